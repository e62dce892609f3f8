#include "validatecommand.h"

#include "cliutil.h"
#include "datasetcheck.h"

#include <QDir>

namespace candor::cli {

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check a seed-format JSONL dataset: rows per level, schema errors with line numbers and duplicate\n"
        "prompts. Exits 0 when the file is clean, 1 when it has problems, 2 when it cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("validate"), QStringLiteral("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The JSONL dataset to check."));
    parser.addOption({QStringLiteral("max-problems"),
                      QStringLiteral("Print at most N problem lines of each kind (default 50; 0 = all)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(positional.size() < 2
                       ? QStringLiteral("validate: FILE is missing (candor-cli validate FILE)")
                       : QStringLiteral("validate: one FILE only, got \"%1\" too").arg(positional.at(2)));
        return ExitUsage;
    }
    const auto maxProblems = intOption(parser, QStringLiteral("max-problems"), 0, 1 << 30);
    if (!maxProblems)
        return ExitUsage;
    const int limit = *maxProblems == 0 ? (1 << 30) : *maxProblems;
    const QString path = positional.at(1);

    DatasetReport report;
    QString error;
    if (!checkDataset(path, &report, &error)) {
        printError(error);
        return ExitUsage;
    }

    QTextStream &o = out();
    o << QDir::toNativeSeparators(path) << ": " << report.rows << " rows" << Qt::endl;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const int reward = Rubric::rewardAt(i);
        o << QStringLiteral("  %1  %2: %3")
                 .arg(Rubric::formatReward(reward), 2)
                 .arg(Rubric::level(reward).label, -26)
                 .arg(report.perLevel[i])
          << Qt::endl;
    }
    auto printList = [&](const QString &title, const QVector<LineError> &list) {
        if (list.isEmpty())
            return;
        o << title << " (" << list.size() << "):" << Qt::endl;
        for (int i = 0; i < list.size() && i < limit; ++i)
            o << "  line " << list.at(i).line << ": " << list.at(i).message << Qt::endl;
        if (list.size() > limit)
            o << "  ... and " << (list.size() - limit) << " more" << Qt::endl;
    };
    printList(QStringLiteral("errors"), report.errors);
    if (!report.duplicates.isEmpty()) {
        o << "duplicate prompts (" << report.duplicates.size() << "):" << Qt::endl;
        for (int i = 0; i < report.duplicates.size() && i < limit; ++i)
            o << "  line " << report.duplicates.at(i).line << ": same prompt and level as line "
              << report.duplicates.at(i).firstLine << Qt::endl;
        if (report.duplicates.size() > limit)
            o << "  ... and " << (report.duplicates.size() - limit) << " more" << Qt::endl;
    }
    printList(QStringLiteral("warnings"), report.warnings);
    if (report.sharedPrompts)
        o << report.sharedPrompts << " prompts appear at more than one level (fine for preference pairs)" << Qt::endl;
    if (report.rows == 0 && report.errors.isEmpty()) {
        o << "no rows" << Qt::endl;
        return ExitFailure;
    }
    if (report.hasProblems()) {
        o << "FAILED: " << report.errors.size() << " errors, " << report.duplicates.size() << " duplicates" << Qt::endl;
        return ExitFailure;
    }
    o << "OK" << Qt::endl;
    return ExitOk;
}

} // namespace candor::cli
