#include "cli/validatecommand.h"

#include "cli/cliutil.h"
#include "cli/exportoptions.h"
#include "storage/datasetcheck.h"

#include "i18n/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtMath>

#include <cmath>

namespace candor::cli {
using namespace Qt::StringLiterals;

namespace {

// The format as the report names it for people.
QString formatTitle(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Jsonl:
        return tr("seed JSONL");
    case ExportFormat::Csv:
        return tr("CSV");
    case ExportFormat::OpenAiChat:
        return tr("OpenAI chat JSONL");
    case ExportFormat::Dpo:
        return tr("DPO pairs (TRL, standard)");
    case ExportFormat::DpoChat:
        return tr("DPO pairs (TRL, conversational)");
    case ExportFormat::Rm:
        return tr("reward-model pairs (TRL, implicit prompt)");
    case ExportFormat::Kto:
        return tr("KTO rows (TRL)");
    case ExportFormat::OpenAiPreference:
        return tr("OpenAI-style preference JSONL");
    case ExportFormat::Rlwhf:
        return tr("RLWHF tuples");
    case ExportFormat::Grpo:
        return tr("GRPO prompts");
    case ExportFormat::Reference:
        return tr("reference answers");
    case ExportFormat::Hf:
        return tr("Hugging Face dataset folder");
    }
    return QString();
}

QString formatSourceTitle(FormatSource source)
{
    switch (source) {
    case FormatSource::Option:
        return tr("as --format asks");
    case FormatSource::Content:
        return tr("recognised by its content");
    case FormatSource::Extension:
        return tr("recognised by its file name");
    case FormatSource::Default:
        return tr("the default");
    }
    return QString();
}

QJsonObject problemList(const QVector<LineError> &list, qint64 count)
{
    QJsonArray items;
    for (const LineError &e : list)
        items.append(QJsonObject{{u"line"_s, e.line}, {u"message"_s, e.message}});
    return {{u"count"_s, count}, {u"items"_s, items}};
}

QJsonObject reportJson(const QString &path, const DatasetReport &report)
{
    QJsonObject perLevel;
    for (int i = 0; i < Rubric::LevelCount; ++i)
        perLevel.insert(Rubric::formatReward(Rubric::rewardAt(i)), report.perLevel[i]);
    QJsonArray duplicates;
    for (const auto &d : report.duplicates)
        duplicates.append(QJsonObject{{u"line"_s, d.line}, {u"first_line"_s, d.firstLine}});
    QJsonObject object{
        {u"file"_s, path},
        {u"ok"_s, !report.hasProblems() && report.rows > 0},
        {u"format"_s, formatName(report.format)},
        {u"format_source"_s, formatSourceName(report.formatSource)},
        {u"content_format"_s, report.contentFormat ? QJsonValue(formatName(*report.contentFormat)) : QJsonValue()},
        {u"rows"_s, report.rows},
        {u"per_level"_s, perLevel},
        {u"without_level"_s, report.withoutLevel},
        {u"errors"_s, problemList(report.errors, report.errorCount)},
        {u"warnings"_s, problemList(report.warnings, report.warningCount)},
        {u"duplicates"_s, QJsonObject{{u"count"_s, report.duplicateCount}, {u"items"_s, duplicates}}},
        {u"shared_prompts"_s, report.sharedPrompts},
        {u"labels"_s, QJsonObject{{u"true"_s, report.labelTrue}, {u"false"_s, report.labelFalse}}},
        {u"files"_s, QJsonArray::fromStringList(report.files)},
    };
    if (report.nearDuplicatesChecked) {
        QJsonArray near;
        for (const auto &d : report.nearDuplicates)
            near.append(QJsonObject{{u"line"_s, d.line},
                                    {u"other_line"_s, d.otherLine},
                                    {u"similarity"_s, std::round(d.similarity * 1000.0) / 1000.0}});
        object.insert(u"near_duplicates"_s, QJsonObject{{u"count"_s, report.nearDuplicateCount}, {u"items"_s, near}});
    }
    return object;
}

} // namespace

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check a dataset in any format Candor writes (seed JSONL, CSV, OpenAI chat JSONL, the trainer formats\n"
           "and a Hugging Face folder): rows per level, errors with line numbers and duplicate prompts (with\n"
           "--near-duplicates also prompts that ask the same question in other words). Exits 0\n"
           "when the file is clean, 1 when it has problems, 2 when it cannot be read."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"validate"_s, tr("The command."));
    parser.addPositionalArgument(u"FILE"_s, tr("The dataset to check (for hf, the folder)."));
    parser.addOptions({
        {u"format"_s,
         tr("Check FILE as jsonl (seed rows), csv, openai-chat, dpo, dpo-chat, rm, kto, openai-preference, rlwhf, "
            "grpo, reference or hf instead of recognising the format by its content and name (a folder is hf)."),
         u"FORMAT"_s},
        {u"max-problems"_s,
         tr("Print and keep at most N problems of each kind; all are counted (default 50; 0 = all)."), u"N"_s, u"50"_s},
        {u"json"_s, tr("Print exactly one JSON object with the report or the error.")},
        {u"near-duplicates"_s,
         tr("Also list near-duplicate prompts: the same question in other words as an earlier prompt at the same "
            "level (words reordered, fillers added or left out, typing slips; 5-gram similarity of at least 0.8). "
            "They count as problems, like duplicates.")},
    });
    if (const auto done = parseCommandLine(parser, args))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(positional.size() < 2 ? tr("validate: FILE is missing (candor-cli validate FILE)")
                                         : tr("validate: one FILE only, got \"%1\" too").arg(positional.at(2)));
        return ExitUsage;
    }
    const auto maxProblems = intOption(parser, u"max-problems"_s, 0, 1 << 30);
    if (!maxProblems)
        return ExitUsage;
    DatasetCheckOptions options;
    options.keepProblems = *maxProblems == 0 ? (1 << 30) : *maxProblems;
    options.nearDuplicates = parser.isSet(u"near-duplicates"_s);
    if (parser.isSet(u"format"_s)) {
        ExportFormat format;
        if (!formatFromName(parser.value(u"format"_s), &format)) {
            printError(tr("--format: \"%1\" is not a format; use %2").arg(parser.value(u"format"_s), formatNameList()));
            return ExitUsage;
        }
        options.format = format;
    }
    const bool json = parser.isSet(u"json"_s);
    // The JSON object is for programs: its messages are English in every language.
    if (json)
        loadTranslations(*QCoreApplication::instance(), u"en"_s);
    const int limit = options.keepProblems;
    const QString &path = positional.at(1);

    DatasetReport report;
    QString error;
    if (!checkDataset(path, options, &report, &error)) {
        if (json)
            out() << QJsonDocument(QJsonObject{{u"file"_s, path}, {u"ok"_s, false}, {u"error"_s, error}})
                         .toJson(QJsonDocument::Compact)
                  << Qt::endl;
        else
            printError(error);
        return ExitUsage;
    }
    const bool ok = !report.hasProblems() && report.rows > 0;
    if (json) {
        out() << QJsonDocument(reportJson(path, report)).toJson(QJsonDocument::Compact) << Qt::endl;
        return ok ? ExitOk : ExitFailure;
    }

    QTextStream &o = out();
    o << tr("%1: %n row(s)", nullptr, pluralCount(report.rows)).arg(QDir::toNativeSeparators(path)) << Qt::endl;
    o << tr("format: %1 (%2)").arg(formatTitle(report.format), formatSourceTitle(report.formatSource)) << Qt::endl;
    if (report.contentFormat && *report.contentFormat != report.format)
        o << tr("note: the file looks like %1, not %2; every line is checked as %2 because of --format")
                 .arg(formatTitle(*report.contentFormat), formatTitle(report.format))
          << Qt::endl;
    else if (report.formatSource == FormatSource::Content && report.extensionFormat &&
             (*report.extensionFormat == ExportFormat::Csv) != (report.format == ExportFormat::Csv))
        o << tr("note: the file name says %1, but the content is %2")
                 .arg(formatTitle(*report.extensionFormat), formatTitle(report.format))
          << Qt::endl;
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const int reward = Rubric::rewardAt(i);
        o << u"  %1  %2: %3"_s.arg(Rubric::formatReward(reward), 2)
                 .arg(Rubric::level(reward).label, -26)
                 .arg(report.perLevel[i])
          << Qt::endl;
    }
    if (report.withoutLevel)
        o << tr("  %n row(s) without a level (no system message naming one)", nullptr, pluralCount(report.withoutLevel))
          << Qt::endl;
    auto printMore = [&](qint64 count) {
        if (count > limit)
            o << tr("  ... and %n more", nullptr, pluralCount(count - limit)) << Qt::endl;
    };
    auto printList = [&](const QString &title, const QVector<LineError> &list, qint64 count) {
        if (count == 0)
            return;
        o << title << Qt::endl;
        for (int i = 0; i < list.size() && i < limit; ++i)
            o << tr("  line %1: %2").arg(QString::number(list.at(i).line), list.at(i).message) << Qt::endl;
        printMore(count);
    };
    printList(tr("errors (%n):", nullptr, pluralCount(report.errorCount)), report.errors, report.errorCount);
    if (report.duplicateCount) {
        o << tr("duplicate prompts (%n):", nullptr, pluralCount(report.duplicateCount)) << Qt::endl;
        for (int i = 0; i < report.duplicates.size() && i < limit; ++i)
            o << tr("  line %1: same prompt and level as line %2")
                     .arg(report.duplicates.at(i).line)
                     .arg(report.duplicates.at(i).firstLine)
              << Qt::endl;
        printMore(report.duplicateCount);
    }
    if (report.nearDuplicateCount) {
        o << tr("near-duplicate prompts (%n):", nullptr, pluralCount(report.nearDuplicateCount)) << Qt::endl;
        for (int i = 0; i < report.nearDuplicates.size() && i < limit; ++i) {
            const auto &d = report.nearDuplicates.at(i);
            o << tr("  line %1: nearly the same prompt as line %2 at the same level (%3% alike)")
                     .arg(d.line)
                     .arg(d.otherLine)
                     .arg(qFloor(d.similarity * 100))
              << Qt::endl;
        }
        printMore(report.nearDuplicateCount);
    } else if (report.nearDuplicatesChecked) {
        o << tr("no near-duplicate prompts") << Qt::endl;
    }
    printList(tr("warnings (%n):", nullptr, pluralCount(report.warningCount)), report.warnings, report.warningCount);
    if (report.labelTrue + report.labelFalse > 0)
        o << tr("KTO labels: %1 true (%2%), %3 false")
                 .arg(report.labelTrue)
                 .arg(QLocale().toString(
                     100.0 * double(report.labelTrue) / double(report.labelTrue + report.labelFalse), 'f', 1))
                 .arg(report.labelFalse)
          << Qt::endl;
    for (const QString &file : report.files)
        o << tr("  checked %1").arg(file) << Qt::endl;
    if (report.sharedPrompts)
        o << tr("%n prompt(s) appear at more than one level (fine for preference pairs)", nullptr,
                pluralCount(report.sharedPrompts))
          << Qt::endl;
    if (report.rows == 0 && report.errorCount == 0) {
        o << tr("no rows") << Qt::endl;
        return ExitFailure;
    }
    if (report.hasProblems()) {
        // Two counts in one line: no plural forms, and the English stays as scripts have always seen it.
        if (report.nearDuplicatesChecked)
            o << tr("FAILED: %1 errors, %2 duplicates, %3 near-duplicates")
                     .arg(report.errorCount)
                     .arg(report.duplicateCount)
                     .arg(report.nearDuplicateCount)
              << Qt::endl;
        else
            o << tr("FAILED: %1 errors, %2 duplicates").arg(report.errorCount).arg(report.duplicateCount) << Qt::endl;
        return ExitFailure;
    }
    o << tr("OK") << Qt::endl;
    return ExitOk;
}

} // namespace candor::cli
