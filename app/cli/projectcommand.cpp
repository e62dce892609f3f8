#include "cli/projectcommand.h"

#include "cli/cliutil.h"
#include "cli/exportoptions.h"
#include "dataset/rubric.h"
#include "generation/ladderclaims.h"
#include "storage/datasetwriter.h"
#include "storage/exporter.h"
#include "storage/jsonlreader.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace candor::cli {
namespace {

std::unique_ptr<Workspace> openProject(const QString &path)
{
    WorkspaceError error;
    auto workspace = Workspace::open(path, false, &error);
    if (!workspace)
        printError(error.message);
    return workspace;
}

} // namespace

int runProject(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Show what a Candor project holds.") + u"\n\n  project info PROJECT   "_s +
                                     tr("rows per level and review status, runs, review actions and size"));
    parser.addHelpOption();
    parser.addPositionalArgument(u"project"_s, tr("The command."));
    parser.addPositionalArgument(u"ACTION"_s, tr("info."));
    parser.addPositionalArgument(u"PROJECT"_s, tr("A .candor project."));
    parser.addOption({u"json"_s, tr("Print one JSON object instead of text.")});
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.value(1) != u"info"_s || positional.size() != 3) {
        printError(positional.size() < 3 ? tr("project: give an action and a project (project info PROJECT)")
                                         : tr("project: \"%1\" is not an action; use info").arg(positional.value(1)));
        return ExitUsage;
    }
    const auto workspace = openProject(positional.at(2));
    if (!workspace)
        return ExitFailure;
    const WorkspaceInfo info = workspace->info();
    const QVector<WorkspaceRun> runs = workspace->runs();
    if (parser.isSet(u"json"_s)) {
        QJsonObject levels;
        for (int i = 0; i < Rubric::LevelCount; ++i)
            levels.insert(Rubric::formatReward(Rubric::rewardAt(i)), info.levels[std::size_t(i)]);
        QJsonObject statuses;
        for (ReviewStatus s : {ReviewStatus::Pending, ReviewStatus::Accepted, ReviewStatus::Rejected})
            statuses.insert(statusName(s), info.statuses[std::size_t(s)]);
        const QJsonObject o{{u"rows"_s, info.rows},       {u"levels"_s, levels},
                            {u"statuses"_s, statuses},    {u"edited"_s, info.edited},
                            {u"runs"_s, info.runs},       {u"review_actions"_s, info.reviewActions},
                            {u"bytes"_s, info.fileBytes}, {u"schema_version"_s, info.schemaVersion}};
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << Qt::endl;
        return ExitOk;
    }
    const QLocale locale;
    out() << QDir::toNativeSeparators(workspace->path()) << Qt::endl;
    out() << tr("Rows: %1").arg(locale.toString(info.rows)) << Qt::endl;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        out() << u"  %1  %2  %3"_s.arg(Rubric::formatReward(Rubric::rewardAt(i)), 3)
                     .arg(locale.toString(info.levels[std::size_t(i)]), 10)
                     .arg(Rubric::displayLabel(Rubric::rewardAt(i)))
              << Qt::endl;
    }
    out() << tr("Review: %1 pending, %2 accepted, %3 rejected, %4 edited")
                 .arg(locale.toString(info.statuses[0]), locale.toString(info.statuses[1]),
                      locale.toString(info.statuses[2]), locale.toString(info.edited))
          << Qt::endl;
    out() << tr("Runs: %1; review actions: %2; size: %3")
                 .arg(locale.toString(info.runs), locale.toString(info.reviewActions),
                      locale.formattedDataSize(info.fileBytes))
          << Qt::endl;
    for (const WorkspaceRun &run : runs) {
        out() << u"  #%1 %2 %3: %4"_s.arg(run.id).arg(
                     run.kind, locale.toString(QDateTime::fromMSecsSinceEpoch(run.startedMs), QLocale::ShortFormat),
                     run.summary.isEmpty() ? tr("did not finish") : run.summary)
              << Qt::endl;
    }
    return ExitOk;
}

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a Candor project's rows in the format a trainer reads.\n\n"
           "Preference formats pair rows that answer the same prompt (a ladder): the higher level is chosen, the\n"
           "lower rejected, ties never pair. The report says what was written and every row left out, and why."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"export"_s, tr("The command."));
    parser.addPositionalArgument(u"PROJECT"_s, tr("A .candor project."));
    parser.addOptions({
        {u"format"_s,
         tr("jsonl (seed format, default), jsonl-meta (with the meta object), csv, openai-chat (SFT), dpo, dpo-chat, "
            "rm, kto, openai-preference, rlwhf, grpo, reference or hf (a Hugging Face dataset folder)."),
         u"FORMAT"_s, u"jsonl"_s},
        {u"rows"_s, tr("all (default), accepted or not-rejected."), u"ROWS"_s, u"all"_s},
        {u"out"_s, tr("The file to write (replaced atomically); for hf the folder."), u"FILE"_s},
        {u"with-meta"_s, tr("jsonl, csv, hf: include the \"meta\" object (id, source, provider, status, ...).")},
        {u"seed"_s, tr("hf: the seed of the train/validation/test split (default 42)."), u"S"_s, u"42"_s},
    });
    addTrainerOptions(parser);
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(tr("export: give one PROJECT"));
        return ExitUsage;
    }
    ExportOptions options;
    const auto seed = uint64Option(parser, u"seed"_s);
    if (!seed)
        return ExitUsage;
    if (parser.isSet(u"seed"_s) && parser.value(u"format"_s) != u"hf"_s) {
        printError(tr("--seed applies to hf, not to %1").arg(parser.value(u"format"_s)));
        return ExitUsage;
    }
    if (const auto failed = readExportOptions(parser, true, *seed, &options))
        return *failed;
    const QString rows = parser.value(u"rows"_s);
    if (rows == u"all"_s)
        options.selection = ExportSelection::All;
    else if (rows == u"accepted"_s)
        options.selection = ExportSelection::AcceptedOnly;
    else if (rows == u"not-rejected"_s)
        options.selection = ExportSelection::AllButRejected;
    else {
        printError(tr("--rows: \"%1\" is not a choice; use all, accepted or not-rejected").arg(rows));
        return ExitUsage;
    }
    options.path = parser.value(u"out"_s);
    if (options.path.isEmpty()) {
        printError(tr("export: --out FILE is missing"));
        return ExitUsage;
    }
    const auto workspace = openProject(positional.at(1));
    if (!workspace)
        return ExitFailure;
    QVector<Example> all;
    WorkspaceError error;
    const bool read = workspace->readRows(
        16384, [&all](int, QVector<Example> chunk, QVector<std::optional<Example>>) { all += chunk; }, &error);
    if (!read) {
        printError(error.message);
        return ExitFailure;
    }
    ExportOptions withClaims = options;
    LadderClaims::addTo(withClaims);
    const ExportSummary summary = exportRows(all, withClaims);
    if (!summary.ok) {
        printError(summary.error);
        return ExitFailure;
    }
    printExportReport(summary, options);
    return ExitOk;
}

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Append the rows of a JSONL dataset to a Candor project (made when missing)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"import"_s, tr("The command."));
    parser.addPositionalArgument(u"FILE"_s, tr("A JSONL dataset (seed format, with or without meta)."));
    parser.addOption({u"project"_s, tr("The .candor project to add the rows to."), u"PROJECT"_s});
    if (!parser.parse(args)) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(tr("import: give one FILE"));
        return ExitUsage;
    }
    if (!parser.isSet(u"project"_s)) {
        printError(tr("import: --project PROJECT is missing"));
        return ExitUsage;
    }
    WorkspaceError failure;
    auto workspace = Workspace::open(parser.value(u"project"_s), true, &failure);
    if (!workspace) {
        printError(failure.message);
        return ExitFailure;
    }
    // The project's ids stay unique: an imported id that is taken gets a suffix, a missing one a fresh id.
    QSet<QString> ids;
    int next = 0;
    if (!workspace->readRows(
            16384,
            [&](int, QVector<Example> rows, QVector<std::optional<Example>>) {
                for (const Example &e : rows)
                    ids.insert(e.id);
                next += int(rows.size());
            },
            &failure)) {
        printError(failure.message);
        return ExitFailure;
    }
    WorkspaceRun run;
    run.kind = u"import"_s;
    run.config = QJsonObject{{u"file"_s, QFileInfo(positional.at(1)).absoluteFilePath()}};
    run.id = workspace->beginRun(run);
    const int first = next;
    QVector<Example> chunk;
    int bad = 0;
    QString fatal;
    const bool read = JsonlReader::read(
        positional.at(1),
        [&](Example &&row, qint64) {
            QString id = row.id.isEmpty() ? u"imp-%1"_s.arg(next) : row.id;
            for (int n = 2; ids.contains(id); ++n)
                id = (row.id.isEmpty() ? u"imp-%1"_s.arg(next) : row.id) + u"-%1"_s.arg(n);
            row.id = id;
            ids.insert(id);
            chunk.append(std::move(row));
            if (chunk.size() >= 4096) {
                const int firstSeq = next + 1 - int(chunk.size());
                workspace->appendRows(firstSeq, std::exchange(chunk, {}));
            }
            ++next;
            return true;
        },
        [&](const LineError &error) {
            if (++bad <= 10)
                printError(tr("%1 line %2: %3").arg(positional.at(1)).arg(error.line).arg(error.message));
        },
        &fatal);
    if (!chunk.isEmpty()) {
        const int firstSeq = next - int(chunk.size());
        workspace->appendRows(firstSeq, std::exchange(chunk, {}));
    }
    run.rows = next - first;
    run.outcome = read ? u"completed"_s : u"failed"_s;
    run.summary = tr("Imported %1 rows from %2.").arg(next - first).arg(positional.at(1));
    workspace->finishRun(run);
    if (const WorkspaceError error = workspace->flush()) {
        printError(error.message);
        return ExitFailure;
    }
    if (!read) {
        printError(fatal);
        return ExitFailure;
    }
    out() << tr("Imported %1 rows from %2 into %3; %4 lines could not be read.")
                 .arg(QLocale().toString(next - first), QDir::toNativeSeparators(positional.at(1)),
                      QDir::toNativeSeparators(workspace->path()), QLocale().toString(bad))
          << Qt::endl;
    return bad ? ExitFailure : ExitOk;
}

} // namespace candor::cli
