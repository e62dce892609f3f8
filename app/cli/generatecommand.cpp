#include "cli/generatecommand.h"

#include "cli/cliutil.h"
#include "cli/exportoptions.h"
#include "cli/llmgeneration.h"
#include "cli/provideroptions.h"
#include "dataset/generationconfig.h"
#include "generation/ladderclaims.h"
#include "session/projectfile.h"
#include "session/session.h"
#include "storage/datasetwriter.h"
#include "storage/exporter.h"
#include "storage/jsonlreader.h"
#include "storage/workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>

namespace candor::cli {
using namespace Qt::StringLiterals;
namespace {
// A template run through the session into a project, as the window runs one: the rows are committed to the
// project in chunks as they are made; --out, when given, is written from the finished rows.
int generateIntoProject(const GenerationConfig &config, const LevelCounts &counts, const QString &projectPath,
                        const ExportOptions &output, bool quiet)
{
    QElapsedTimer timer;
    timer.start();
    Session session;
    QString error;
    if (!session.attachProject(projectPath, config, &error)) {
        printError(u"--project: %1"_s.arg(error));
        return ExitFailure;
    }
    ProgressBar progress(config.count, !quiet);
    QEventLoop loop;
    bool succeeded = false;
    QString summary;
    QObject::connect(&session, &Session::progress, &loop, [&](int done, int) { progress.update(done); });
    QObject::connect(&session, &Session::runFinished, &loop, [&](Session::RunKind, bool done, const QString &text) {
        succeeded = done;
        summary = text;
        loop.quit();
    });
    Session::RunRequest request;
    request.config = config;
    request.counts = counts;
    if (!session.start(request, &error)) {
        printError(error);
        return ExitFailure;
    }
    loop.exec();
    progress.finish();
    if (const WorkspaceError failure = session.workspace()->flush()) {
        printError(failure.message);
        return ExitFailure;
    }
    if (!succeeded) {
        printError(summary);
        return ExitFailure;
    }
    ExportSummary written;
    if (!output.path.isEmpty()) {
        written = session.exportTo(output);
        if (!written.ok) {
            printError(u"--out: %1"_s.arg(written.error));
            return ExitFailure;
        }
    }
    if (!quiet) {
        QStringList perLevel;
        for (int i = 0; i < Rubric::LevelCount; ++i)
            perLevel << u"%1: %2"_s.arg(Rubric::formatReward(Rubric::rewardAt(i))).arg(counts[i]);
        out() << tr("Wrote %n row(s) (%1) to %2 in %3", nullptr, config.count)
                     .arg(perLevel.join(u", "_s), QDir::toNativeSeparators(projectPath),
                          formatSeconds(timer.nsecsElapsed() / 1e9))
              << ladderNote(config, counts) << Qt::endl;
        if (!output.path.isEmpty())
            printExportReport(written, output);
    }
    return ExitOk;
}

// The formats built from ladders or filtered by level (everything but seed JSONL and CSV): the template rows are
// made into a temporary seed file first, then exported from memory as a project's rows are.
int generateTemplateThroughRows(const GenerationConfig &config, const LevelCounts &counts, const ExportOptions &output,
                                bool quiet)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        printError(scratch.errorString());
        return ExitFailure;
    }
    const QString seedPath = scratch.filePath(u"rows.jsonl"_s);
    DatasetWriter writer(seedPath, ExportFormat::Jsonl, true);
    QString error;
    ProgressBar progress(config.count, !quiet);
    if (!writer.open(&error) ||
        !Session::writeTemplateDataset(
            config, counts, writer, ExportFormat::Jsonl, true, [&progress](qint64 done) { progress.update(done); },
            &error) ||
        !writer.commit(&error)) {
        if (error.isEmpty())
            error = writer.errorString();
        writer.cancel();
        printError(error);
        return ExitFailure;
    }
    progress.finish();
    JsonlReader::Result rows;
    if (!JsonlReader::readAll(seedPath, &rows, &error)) {
        printError(error);
        return ExitFailure;
    }
    ExportOptions withClaims = output;
    LadderClaims::addTo(withClaims);
    const ExportSummary written = exportRows(rows.rows, withClaims);
    if (!written.ok) {
        printError(u"--out: %1"_s.arg(written.error) +
                   tr(" (nothing was written; any earlier file at that path is unchanged)"));
        return ExitFailure;
    }
    if (!quiet)
        printExportReport(written, output);
    return ExitOk;
}
} // namespace

int runGenerate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generate an honesty training dataset.\n\n"
           "Template mode works offline with no set-up: rows come from Candor's built-in template bank,\n"
           "deterministically from --seed. LLM mode asks a provider; every accepted row is committed to the\n"
           "--project, or journaled beside the output (FILE.journal), so an interrupted run continues with\n"
           "--resume."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"generate"_s, tr("The command."));
    parser.addOptions({
        {u"mode"_s,
         tr("Where rows come from: template (offline; the default without --provider) or llm (a provider; the "
            "default with --provider)."),
         u"template|llm"_s},
        {u"count"_s, tr("Number of rows (1 to 10000000). Optional when --distribution gives counts."), u"N"_s},
        {u"distribution"_s,
         tr("Rows per level: balanced (default), counts like -2:10,-1:10,0:10,1:10,2:10, or "
            "percentages like -2:10%,-1:20%,0:40%,1:20%,2:10%. Levels left out get none."),
         u"SPEC"_s, u"balanced"_s},
        {u"topic"_s,
         tr("A topic. One that names a domain (science, history, law, ...) selects it; any other is "
            "woven into general templates. Repeat for several topics."),
         u"T"_s},
        {u"seed"_s, tr("Seed; the same seed and options give the same file."), u"S"_s, u"42"_s},
        {u"search-hints"_s, tr("Add a search_hint ([SEARCH:query]) to every row.")},
        {u"long-form"_s, tr("Write longer, more detailed answers.")},
        {u"ladders"_s,
         tr("Contrast ladders: \"all\" answers every prompt once at each level of --ladder-levels (the rows are then "
            "ladders x levels), a share such as 0.3 makes that share of the rows ladders and the rest independent "
            "rows, \"none\" (the default) gives every row its own prompt. Ladder rows carry meta.group."),
         u"MODE"_s},
        {u"ladder-levels"_s, tr("The levels of each ladder, comma-separated (default -2,-1,0,1,2)."), u"LEVELS"_s},
        {u"out"_s, tr("Output file (required). Written atomically."), u"FILE"_s},
        {u"format"_s,
         tr("jsonl (seed format, default), csv (RFC 4180), openai-chat (chat fine-tuning JSONL), dpo, dpo-chat, rm, "
            "kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder; --out names it)."),
         u"FORMAT"_s, u"jsonl"_s},
        {u"with-meta"_s,
         tr("Include the \"meta\" object (id, source, created, status) in each row (jsonl, csv and hf only).")},
        {u"quiet"_s, tr("No progress bar and no summary line.")},
        {u"project"_s,
         tr("Write the rows into this Candor project (made when missing; its rows are replaced by this run's, its "
            "run history kept), as the window's Generate Dataset does. --out is then optional."),
         u"FILE"_s},
        {u"config"_s,
         tr("Start from a saved configuration or project (JSON, as the app writes it: prompt templates, "
            "provider, model, ...); options given here override it."),
         u"FILE"_s},
    });
    addTrainerOptions(parser);
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
    const bool fromFile = parser.isSet(u"config"_s);
    if (fromFile) {
        const auto loaded = ProjectFile::load(parser.value(u"config"_s), &error);
        if (!loaded) {
            printError(u"--config: %1"_s.arg(error));
            return ExitUsage;
        }
        config = *loaded;
    }
    // Options override the configuration only where they are given.
    if (parser.isSet(u"mode"_s) && !modeFromName(parser.value(u"mode"_s), &config.mode)) {
        printError(tr("--mode: \"%1\" is not a mode; use template or llm").arg(parser.value(u"mode"_s)));
        return ExitUsage;
    }
    // Naming a provider means asking it: never a template run that quietly ignores --provider.
    if (parser.isSet(u"provider"_s) && !parser.isSet(u"mode"_s)) {
        config.mode = GenerationMode::Llm;
    } else if (parser.isSet(u"provider"_s) && config.mode == GenerationMode::Template) {
        printError(tr("--provider asks a model, but --mode template makes rows from the template bank; leave out "
                      "one of them"));
        return ExitUsage;
    }
    if (parser.isSet(u"distribution"_s)) {
        const auto distribution = Distribution::parse(parser.value(u"distribution"_s), &error);
        if (!distribution) {
            printError(u"--distribution: %1"_s.arg(error));
            return ExitUsage;
        }
        config.distribution = *distribution;
    }
    if (parser.isSet(u"count"_s)) {
        const auto count = intOption(parser, u"count"_s, 1, 10000000);
        if (!count)
            return ExitUsage;
        config.count = *count;
    } else if (config.distribution.fixedTotal() > 0) {
        config.count = config.distribution.fixedTotal();
    } else if (!fromFile) {
        printError(tr("--count: missing; say how many rows to generate (e.g. --count 1000)"));
        return ExitUsage;
    }
    if (parser.isSet(u"ladders"_s)) {
        const QString value = parser.value(u"ladders"_s);
        bool isShare = false;
        const double share = value.toDouble(&isShare);
        if (value == u"all"_s) {
            config.ladderMode = LadderMode::Ladders;
        } else if (value == u"none"_s) {
            config.ladderMode = LadderMode::Independent;
        } else if (isShare && share > 0 && share < 1) {
            config.ladderMode = LadderMode::Mix;
            config.ladderShare = share;
        } else {
            printError(tr("--ladders: \"%1\" is not a choice; use all, none or a share between 0 and 1 such as 0.3")
                           .arg(value));
            return ExitUsage;
        }
    }
    if (parser.isSet(u"ladder-levels"_s)) {
        config.ladderLevels = 0;
        for (const QString &part : parser.value(u"ladder-levels"_s).split(u',')) {
            bool ok = false;
            const int level = part.trimmed().toInt(&ok);
            if (!ok || !Rubric::isValid(level) || (config.ladderLevels & levelBit(level))) {
                printError(tr("--ladder-levels: \"%1\" is not a list of different levels from -2 to 2, such as "
                              "-2,0,2")
                               .arg(parser.value(u"ladder-levels"_s)));
                return ExitUsage;
            }
            config.ladderLevels |= levelBit(level);
        }
    }
    const auto counts = config.levelCounts(&error);
    if (!counts) {
        printError(
            (config.ladderMode == LadderMode::Ladders ? u"--ladders: %1"_s : u"--distribution: %1"_s).arg(error));
        return ExitUsage;
    }
    if (parser.isSet(u"seed"_s)) {
        const auto seed = uint64Option(parser, u"seed"_s);
        if (!seed)
            return ExitUsage;
        config.seed = *seed;
    }
    if (parser.isSet(u"topic"_s))
        config.topics = parser.values(u"topic"_s);
    config.searchHints |= parser.isSet(u"search-hints"_s);
    config.longForm |= parser.isSet(u"long-form"_s);
    const bool quiet = parser.isSet(u"quiet"_s);

    ExportOptions output;
    if (const auto failed = readExportOptions(parser, false, config.seed, &output))
        return *failed;
    const ExportFormat format = output.format;
    const bool withMeta = output.withMeta;
    const QString outPath = parser.value(u"out"_s);
    output.path = outPath;
    const QString projectPath = parser.value(u"project"_s);
    const bool estimateOnly = config.mode == GenerationMode::Llm && parser.isSet(u"estimate"_s);
    if (outPath.isEmpty() && projectPath.isEmpty() && !estimateOnly) {
        printError(tr("--out: missing; say where to write the dataset (e.g. --out dataset.jsonl)"));
        return ExitUsage;
    }

    // Writing the dataset over the configuration it came from would destroy the configuration.
    if (fromFile && !outPath.isEmpty()) {
        const QString configFile = QFileInfo(parser.value(u"config"_s)).canonicalFilePath();
        if (!configFile.isEmpty() && QFileInfo(outPath).canonicalFilePath() == configFile) {
            printError(tr("--out: %1 is the configuration given with --config; write the dataset to another file")
                           .arg(QDir::toNativeSeparators(outPath)));
            return ExitUsage;
        }
    }
    if (!fromFile)
        config.provider.clear(); // only --provider (or a configuration) names one
    if (config.mode == GenerationMode::Llm)
        return runLlmGeneration(parser, config, output, quiet, projectPath);
    if (!projectPath.isEmpty())
        return generateIntoProject(config, *counts, projectPath, output, quiet);
    if (format != ExportFormat::Jsonl && format != ExportFormat::Csv)
        return generateTemplateThroughRows(config, *counts, output, quiet);

    QElapsedTimer timer;
    timer.start();
    DatasetWriter writer(outPath, format, withMeta);
    if (!writer.open(&error)) {
        printError(u"--out: %1"_s.arg(error));
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
            perLevel << u"%1: %2"_s.arg(Rubric::formatReward(Rubric::rewardAt(i))).arg((*counts)[i]);
        out() << tr("Wrote %n row(s) (%1) to %2 in %3", nullptr, config.count)
                     .arg(perLevel.join(u", "_s), QDir::toNativeSeparators(outPath),
                          formatSeconds(timer.nsecsElapsed() / 1e9))
              << ladderNote(config, *counts) << Qt::endl;
    }
    return ExitOk;
}

} // namespace candor::cli
