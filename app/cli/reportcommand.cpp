#include "cli/reportcommand.h"

#include "cli/cliutil.h"
#include "storage/jsonlreader.h"
#include "storage/qualityreport.h"
#include "storage/workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace candor::cli {
using namespace Qt::StringLiterals;

namespace {
// A project is a SQLite database; anything else is read as JSONL.
bool isProject(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a dataset report: counts per level, domain, source and status, answer and feedback lengths per "
           "level, the words that give a level away, duplicates and the configuration, as one self-contained HTML "
           "file (inline SVG, no script)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"report"_s, tr("The command."));
    parser.addPositionalArgument(u"IN"_s, tr("A JSONL dataset or a .candor project."));
    parser.addOptions({
        {u"out"_s, tr("The HTML file to write (replaced atomically)."), u"FILE"_s},
        {u"title"_s, tr("The report's title (default: the input's file name)."), u"TEXT"_s},
    });
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
        printError(tr("report: give one IN, a JSONL dataset or a .candor project"));
        return ExitUsage;
    }
    const QString in = positional.at(1);
    const QString outPath = parser.value(u"out"_s);
    if (outPath.isEmpty()) {
        printError(tr("report: --out FILE is missing"));
        return ExitUsage;
    }
    if (!QFileInfo(in).isFile()) {
        printError(tr("%1 is not a readable file").arg(QDir::toNativeSeparators(in)));
        return ExitFailure;
    }
    QVector<Example> rows;
    QJsonObject config;
    if (isProject(in)) {
        WorkspaceError error;
        const auto workspace = Workspace::open(in, false, &error);
        if (!workspace) {
            printError(error.message);
            return ExitFailure;
        }
        if (!workspace->readRows(
                16384, [&rows](int, QVector<Example> chunk, QVector<std::optional<Example>>) { rows += chunk; },
                &error)) {
            printError(error.message);
            return ExitFailure;
        }
        config = Workspace::readConfig(in, &error).value_or(QJsonObject());
    } else {
        JsonlReader::Result result;
        QString error;
        if (!JsonlReader::readAll(in, &result, &error)) {
            printError(error);
            return ExitFailure;
        }
        if (!result.errors.isEmpty())
            err() << tr("%n line(s) could not be read and are not in the report (candor-cli validate names them).",
                        nullptr, int(result.errors.size()))
                  << Qt::endl;
        rows = std::move(result.rows);
    }
    const QString title =
        parser.isSet(u"title"_s) ? parser.value(u"title"_s) : tr("Dataset report: %1").arg(QFileInfo(in).fileName());
    const QualityReport report = buildQualityReport(rows, title, config);
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(qualityReportHtml(report)) < 0 || !file.commit()) {
        printError(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(outPath), file.errorString()));
        return ExitFailure;
    }
    out()
        << tr("Wrote the report of %Ln row(s) to %1", nullptr, int(report.rows)).arg(QDir::toNativeSeparators(outPath))
        << Qt::endl;
    for (const QString &warning : report.warnings)
        out() << tr("Warning: %1").arg(warning) << Qt::endl;
    return ExitOk;
}

} // namespace candor::cli
