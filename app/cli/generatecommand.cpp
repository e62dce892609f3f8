#include "cli/generatecommand.h"

#include "cli/cliutil.h"
#include "cli/llmgeneration.h"
#include "cli/provideroptions.h"
#include "dataset/generationconfig.h"
#include "session/projectfile.h"
#include "session/session.h"
#include "storage/datasetwriter.h"

#include <QDir>
#include <QElapsedTimer>

namespace candor::cli {
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
        const auto loaded = ProjectFile::load(parser.value(QStringLiteral("config")), &error);
        if (!loaded) {
            printError(QStringLiteral("--config: %1").arg(error));
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
    DatasetWriter writer(outPath, format, withMeta);
    if (!writer.open(&error)) {
        printError(QStringLiteral("--out: %1").arg(error));
        return ExitFailure;
    }
    ProgressBar progress(config.count, !quiet);
    if (!Session::writeTemplateDataset(
            config, *counts, writer, format, withMeta, [&progress](qint64 done) { progress.update(done); }, &error) ||
        !writer.commit(&error)) {
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
