#include "cli/validatecommand.h"

#include "cli/cliutil.h"
#include "storage/datasetcheck.h"

#include <QDir>

namespace candor::cli {

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a seed-format JSONL dataset: rows per level, schema errors with line numbers and duplicate\n"
           "prompts. Exits 0 when the file is clean, 1 when it has problems, 2 when it cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("validate"), tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The JSONL dataset to check."));
    parser.addOption({QStringLiteral("max-problems"),
                      tr("Print at most N problem lines of each kind (default 50; 0 = all)."), QStringLiteral("N"),
                      QStringLiteral("50")});
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(positional.size() < 2 ? tr("validate: FILE is missing (candor-cli validate FILE)")
                                         : tr("validate: one FILE only, got \"%1\" too").arg(positional.at(2)));
        return ExitUsage;
    }
    const auto maxProblems = intOption(parser, QStringLiteral("max-problems"), 0, 1 << 30);
    if (!maxProblems)
        return ExitUsage;
    const int limit = *maxProblems == 0 ? (1 << 30) : *maxProblems;
    const QString &path = positional.at(1);

    DatasetReport report;
    QString error;
    if (!checkDataset(path, &report, &error)) {
        printError(error);
        return ExitUsage;
    }

    QTextStream &o = out();
    o << tr("%1: %n row(s)", nullptr, pluralCount(report.rows)).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const int reward = Rubric::rewardAt(i);
        o << QStringLiteral("  %1  %2: %3")
                 .arg(Rubric::formatReward(reward), 2)
                 .arg(Rubric::level(reward).label, -26)
                 .arg(report.perLevel[i])
          << Qt::endl;
    }
    auto printMore = [&](qsizetype count) {
        if (count > limit)
            o << tr("  ... and %n more", nullptr, pluralCount(count - limit)) << Qt::endl;
    };
    auto printList = [&](const QString &title, const QVector<LineError> &list) {
        if (list.isEmpty())
            return;
        o << title << Qt::endl;
        for (int i = 0; i < list.size() && i < limit; ++i)
            o << tr("  line %1: %2").arg(QString::number(list.at(i).line), list.at(i).message) << Qt::endl;
        printMore(list.size());
    };
    printList(tr("errors (%n):", nullptr, int(report.errors.size())), report.errors);
    if (!report.duplicates.isEmpty()) {
        o << tr("duplicate prompts (%n):", nullptr, int(report.duplicates.size())) << Qt::endl;
        for (int i = 0; i < report.duplicates.size() && i < limit; ++i)
            o << tr("  line %1: same prompt and level as line %2")
                     .arg(report.duplicates.at(i).line)
                     .arg(report.duplicates.at(i).firstLine)
              << Qt::endl;
        printMore(report.duplicates.size());
    }
    printList(tr("warnings (%n):", nullptr, int(report.warnings.size())), report.warnings);
    if (report.sharedPrompts)
        o << tr("%n prompt(s) appear at more than one level (fine for preference pairs)", nullptr,
                pluralCount(report.sharedPrompts))
          << Qt::endl;
    if (report.rows == 0 && report.errors.isEmpty()) {
        o << tr("no rows") << Qt::endl;
        return ExitFailure;
    }
    if (report.hasProblems()) {
        // Two counts in one line: no plural forms, and the English stays as scripts have always seen it.
        o << tr("FAILED: %1 errors, %2 duplicates").arg(report.errors.size()).arg(report.duplicates.size()) << Qt::endl;
        return ExitFailure;
    }
    o << tr("OK") << Qt::endl;
    return ExitOk;
}

} // namespace candor::cli
