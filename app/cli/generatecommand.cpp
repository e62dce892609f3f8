#include "cli/generatecommand.h"

#include "cli/cliutil.h"
#include "cli/llmgeneration.h"
#include "cli/provideroptions.h"
#include "generation/generationconfig.h"
#include "generation/templategenerator.h"
#include "storage/datasetwriter.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <QMutex>

#include <deque>
#include <vector>

namespace candor::cli {
namespace {

constexpr qint64 kChunkRows = 16384;

// Chunk buffers are reused: fresh multi-megabyte allocations would be page-faulted in again for every chunk,
// which costs more than generating the rows.
class BufferPool
{
public:
    QByteArray take()
    {
        QMutexLocker lock(&m_mutex);
        if (m_free.empty())
            return QByteArray();
        QByteArray buffer = std::move(m_free.back());
        m_free.pop_back();
        return buffer;
    }
    void give(QByteArray &&buffer)
    {
        buffer.resize(0); // keeps the capacity
        QMutexLocker lock(&m_mutex);
        m_free.push_back(std::move(buffer));
    }

private:
    QMutex m_mutex;
    std::vector<QByteArray> m_free;
};

// Generates the plan chunk by chunk on the thread pool and writes the chunks in order, so the file is
// byte-identical whatever the number of threads.
bool writeTemplateRows(const TemplateGenerator &generator, DatasetWriter &writer, ExportFormat format, bool withMeta,
                       ProgressBar &progress)
{
    const qint64 total = generator.rowCount();
    std::deque<QFuture<QByteArray>> inFlight;
    const int depth = qMax(2, QThreadPool::globalInstance()->maxThreadCount() * 2);
    qint64 next = 0;
    qint64 done = 0;
    BufferPool pool;
    auto encode = [&generator, &pool, format, withMeta](qint64 begin, qint64 end) {
        QByteArray bytes = pool.take();
        bytes.reserve((end - begin) * 640);
        if (format == ExportFormat::Jsonl) {
            generator.appendJsonl(bytes, begin, end, withMeta);
        } else {
            for (const Example &e : generator.examples(begin, end)) {
                if (format == ExportFormat::Csv)
                    DatasetWriter::appendCsvRow(bytes, e, withMeta);
                else
                    DatasetWriter::appendOpenAiChatLine(bytes, e);
            }
        }
        return bytes;
    };
    while (done < total) {
        while (next < total && int(inFlight.size()) < depth) {
            const qint64 end = qMin(total, next + kChunkRows);
            inFlight.push_back(QtConcurrent::run(encode, next, end));
            next = end;
        }
        QByteArray bytes = inFlight.front().takeResult();
        inFlight.pop_front();
        const qint64 rows = qMin(total, done + kChunkRows) - done;
        const bool written = writer.writeEncoded(bytes, rows);
        pool.give(std::move(bytes));
        if (!written) {
            for (auto &f : inFlight)
                f.waitForFinished();
            return false;
        }
        done = qMin(total, done + kChunkRows);
        progress.update(done);
    }
    return true;
}

} // namespace

int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generate an honesty training dataset.\n\n"
           "Template mode works offline with no set-up: rows come from Candor's built-in template bank,\n"
           "deterministically from --seed. LLM mode asks a provider; every accepted row is journaled beside\n"
           "the output (FILE.journal) so an interrupted run continues with --resume."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("generate"), tr("The command."));
    parser.addOptions({
        {QStringLiteral("mode"), tr("Where rows come from: template (offline, the default) or llm (a provider)."),
         QStringLiteral("template|llm"), QStringLiteral("template")},
        {QStringLiteral("count"), tr("Number of rows (1 to 10000000). Optional when --distribution gives counts."),
         QStringLiteral("N")},
        {QStringLiteral("distribution"),
         tr("Rows per level: balanced (default), counts like -2:10,-1:10,0:10,1:10,2:10, or "
            "percentages like -2:10%,-1:20%,0:40%,1:20%,2:10%. Levels left out get none."),
         QStringLiteral("SPEC"), QStringLiteral("balanced")},
        {QStringLiteral("topic"),
         tr("A topic. One that names a domain (science, history, law, ...) selects it; any other is "
            "woven into general templates. Repeat for several topics."),
         QStringLiteral("T")},
        {QStringLiteral("seed"), tr("Seed; the same seed and options give the same file."), QStringLiteral("S"),
         QStringLiteral("42")},
        {QStringLiteral("search-hints"), tr("Add a search_hint ([SEARCH:query]) to every row.")},
        {QStringLiteral("long-form"), tr("Write longer, more detailed answers.")},
        {QStringLiteral("out"), tr("Output file (required). Written atomically."), QStringLiteral("FILE")},
        {QStringLiteral("format"),
         tr("jsonl (seed format, default), csv (RFC 4180) or openai-chat (chat fine-tuning JSONL)."),
         QStringLiteral("FORMAT"), QStringLiteral("jsonl")},
        {QStringLiteral("with-meta"), tr("Include the \"meta\" object (id, source, created, status) in each row.")},
        {QStringLiteral("quiet"), tr("No progress bar and no summary line.")},
        {QStringLiteral("config"),
         tr("Start from a saved configuration or project (JSON, as the app writes it: prompt templates, "
            "provider, model, ...); options given here override it."),
         QStringLiteral("FILE")},
    });
    addProviderOptions(parser, true);
    addLlmOptions(parser);
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    if (parser.positionalArguments().size() > 1) {
        printError(tr("generate: unexpected argument \"%1\"").arg(parser.positionalArguments().at(1)));
        return ExitUsage;
    }

    GenerationConfig config;
    QString error;
    const bool fromFile = parser.isSet(QStringLiteral("config"));
    if (fromFile) {
        QFile file(parser.value(QStringLiteral("config")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("--config: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return ExitUsage;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        // A project file keeps the configuration under "config"; a bare configuration is the object itself.
        QJsonObject object = doc.object();
        if (object.value(QStringLiteral("config")).isObject())
            object = object.value(QStringLiteral("config")).toObject();
        const auto loaded = doc.isObject() ? GenerationConfig::fromJson(object, &error) : std::nullopt;
        if (!loaded) {
            printError(tr("--config: %1 is not a Candor configuration (%2)")
                           .arg(file.fileName(), doc.isObject() ? error : parseError.errorString()));
            return ExitUsage;
        }
        config = *loaded;
    }
    // Options override the configuration only where they are given.
    if (parser.isSet(QStringLiteral("mode")) && !modeFromName(parser.value(QStringLiteral("mode")), &config.mode)) {
        printError(tr("--mode: \"%1\" is not a mode; use template or llm").arg(parser.value(QStringLiteral("mode"))));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("distribution"))) {
        const auto distribution = Distribution::parse(parser.value(QStringLiteral("distribution")), &error);
        if (!distribution) {
            printError(QStringLiteral("--distribution: %1").arg(error));
            return ExitUsage;
        }
        config.distribution = *distribution;
    }
    if (parser.isSet(QStringLiteral("count"))) {
        const auto count = intOption(parser, QStringLiteral("count"), 1, 10000000);
        if (!count)
            return ExitUsage;
        config.count = *count;
    } else if (config.distribution.fixedTotal() > 0) {
        config.count = config.distribution.fixedTotal();
    } else if (!fromFile) {
        printError(tr("--count: missing; say how many rows to generate (e.g. --count 1000)"));
        return ExitUsage;
    }
    const auto counts = config.distribution.countsFor(config.count, &error);
    if (!counts) {
        printError(QStringLiteral("--distribution: %1").arg(error));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        const auto seed = uint64Option(parser, QStringLiteral("seed"));
        if (!seed)
            return ExitUsage;
        config.seed = *seed;
    }
    if (parser.isSet(QStringLiteral("topic")))
        config.topics = parser.values(QStringLiteral("topic"));
    config.searchHints |= parser.isSet(QStringLiteral("search-hints"));
    config.longForm |= parser.isSet(QStringLiteral("long-form"));
    const bool withMeta = parser.isSet(QStringLiteral("with-meta"));
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    ExportFormat format;
    if (!formatFromName(parser.value(QStringLiteral("format")), &format)) {
        printError(tr("--format: \"%1\" is not a format; use jsonl, csv or openai-chat")
                       .arg(parser.value(QStringLiteral("format"))));
        return ExitUsage;
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    const bool estimateOnly = config.mode == GenerationMode::Llm && parser.isSet(QStringLiteral("estimate"));
    if (outPath.isEmpty() && !estimateOnly) {
        printError(tr("--out: missing; say where to write the dataset (e.g. --out dataset.jsonl)"));
        return ExitUsage;
    }

    if (!fromFile)
        config.provider.clear(); // only --provider (or a configuration) names one
    if (config.mode == GenerationMode::Llm)
        return runLlmGeneration(parser, config, outPath, format, withMeta, quiet);

    QElapsedTimer timer;
    timer.start();
    const auto bank = TemplateBank::builtIn(&error);
    if (!bank) {
        printError(tr("the built-in template bank could not be loaded: %1").arg(error));
        return ExitFailure;
    }
    TemplateGenerator::Options options;
    options.seed = config.seed;
    options.topics = config.topics;
    options.searchHints = config.searchHints;
    options.longForm = config.longForm;
    options.createdMs = QDateTime::currentMSecsSinceEpoch();
    TemplateGenerator generator(bank, options);
    if (!generator.plan(*counts, &error)) {
        printError(error);
        return ExitFailure;
    }

    DatasetWriter writer(outPath, format, withMeta);
    if (!writer.open(&error)) {
        printError(QStringLiteral("--out: %1").arg(error));
        return ExitFailure;
    }
    ProgressBar progress(config.count, !quiet);
    if (!writeTemplateRows(generator, writer, format, withMeta, progress) || !writer.commit(&error)) {
        if (error.isEmpty())
            error = writer.errorString();
        writer.cancel();
        printError(error + tr(" (nothing was written; any earlier file at that path is unchanged)"));
        return ExitFailure;
    }
    if (!quiet) {
        progress.finish();
        QStringList perLevel;
        for (int i = 0; i < Rubric::LevelCount; ++i)
            perLevel << QStringLiteral("%1: %2").arg(Rubric::formatReward(Rubric::rewardAt(i))).arg((*counts)[i]);
        out() << tr("Wrote %n row(s) (%1) to %2 in %3", nullptr, config.count)
                     .arg(perLevel.join(QStringLiteral(", ")), QDir::toNativeSeparators(outPath),
                          formatSeconds(timer.nsecsElapsed() / 1e9))
              << Qt::endl;
    }
    return ExitOk;
}

} // namespace candor::cli
