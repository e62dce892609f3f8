#include "cli/exportoptions.h"

#include "cli/cliutil.h"

#include <QRegularExpression>

namespace candor::cli {
using namespace Qt::StringLiterals;

QString formatNameList()
{
    QStringList names;
    for (ExportFormat format : allFormats())
        names << formatName(format);
    return names.join(u", "_s);
}

void addTrainerOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"pairs"_s,
         tr("dpo, dpo-chat, rm, openai-preference, hf: how a ladder (rows answering the same prompt) becomes pairs: "
            "adjacent (default; each level with the nearest lower one), all (every higher-lower pair) or "
            "best-vs-rest."),
         u"MODE"_s, u"adjacent"_s},
        {u"min-margin"_s,
         tr("dpo, dpo-chat, rm, openai-preference, hf: the least level difference between chosen and rejected "
            "(1 to 4, default 1)."),
         u"N"_s, u"1"_s},
        {u"kto-threshold"_s, tr("kto, hf: label = true for rows at this level or above (-1 to 2, default 1)."), u"N"_s,
         u"1"_s},
        {u"sft-min-level"_s,
         tr("openai-chat: only rows at this level or above become assistant turns (-2 to 2, default 2; lower "
            "levels train the model to hedge, guess or fabricate)."),
         u"N"_s, u"2"_s},
        {u"confidence"_s,
         tr("rlwhf: metadata.confidence_score per level, the confidence an answer at that level expresses (default "
            "-2:0.95,-1:0.85,0:0.1,1:0.6,2:0.9; levels left out keep theirs)."),
         u"LEVEL:VALUE,..."_s},
        {u"split"_s,
         tr("hf: train, validation and test fractions (default 0.9,0.05,0.05); every ladder stays in one split."),
         u"T,V,T"_s, u"0.9,0.05,0.05"_s},
        {u"license"_s,
         tr("hf (required): the dataset card's licence, e.g. cc-by-4.0, apache-2.0 or other; the terms of generated "
            "data depend on the provider, so Candor never picks one."),
         u"ID"_s},
        {u"hf-language"_s, tr("hf: the dataset card's language code (default en)."), u"CODE"_s, u"en"_s},
        {u"hf-name"_s, tr("hf: the dataset card's pretty_name (default \"Candor honesty dataset\")."), u"NAME"_s},
    });
}

std::optional<int> readExportOptions(const QCommandLineParser &parser, bool allowJsonlMeta, quint64 seed,
                                     ExportOptions *options)
{
    QString format = parser.value(u"format"_s);
    options->withMeta = parser.isSet(u"with-meta"_s);
    if (allowJsonlMeta && format == u"jsonl-meta"_s) {
        format = u"jsonl"_s;
        options->withMeta = true;
    }
    if (!formatFromName(format, &options->format)) {
        printError(
            tr("--format: \"%1\" is not a format; use %2")
                .arg(parser.value(u"format"_s), (allowJsonlMeta ? u"jsonl-meta, "_s : QString()) + formatNameList()));
        return ExitUsage;
    }
    const ExportFormat f = options->format;
    if (parser.isSet(u"with-meta"_s) && !formatHasMeta(f)) {
        printError(tr("--with-meta: the %1 format has no meta object (only jsonl, csv and hf carry it)").arg(format));
        return ExitUsage;
    }
    // An option the format does not read would be ignored in silence: refuse it instead.
    const bool pairs = isPairFormat(f) || f == ExportFormat::Hf;
    const struct
    {
        const char16_t *name;
        bool applies;
        const char *formats;
    } scoped[] = {
        {u"pairs", pairs, "dpo, dpo-chat, rm, openai-preference and hf"},
        {u"min-margin", pairs, "dpo, dpo-chat, rm, openai-preference and hf"},
        {u"kto-threshold", f == ExportFormat::Kto || f == ExportFormat::Hf, "kto and hf"},
        {u"sft-min-level", f == ExportFormat::OpenAiChat, "openai-chat"},
        {u"confidence", f == ExportFormat::Rlwhf, "rlwhf"},
        {u"split", f == ExportFormat::Hf, "hf"},
        {u"license", f == ExportFormat::Hf, "hf"},
        {u"hf-language", f == ExportFormat::Hf, "hf"},
        {u"hf-name", f == ExportFormat::Hf, "hf"},
    };
    for (const auto &option : scoped) {
        const QString name = QString::fromUtf16(option.name);
        if (parser.isSet(name) && !option.applies) {
            printError(tr("--%1 applies to %2, not to %3").arg(name, QString::fromLatin1(option.formats), format));
            return ExitUsage;
        }
    }
    if (!pairModeFromName(parser.value(u"pairs"_s), &options->pairs)) {
        printError(
            tr("--pairs: \"%1\" is not a mode; use adjacent, all or best-vs-rest").arg(parser.value(u"pairs"_s)));
        return ExitUsage;
    }
    const auto margin = intOption(parser, u"min-margin"_s, 1, 4);
    const auto kto = intOption(parser, u"kto-threshold"_s, -1, 2);
    const auto sft = intOption(parser, u"sft-min-level"_s, -2, 2);
    if (!margin || !kto || !sft)
        return ExitUsage;
    if (parser.isSet(u"confidence"_s)) {
        QString error;
        if (!parseConfidence(parser.value(u"confidence"_s), &options->confidence, &error)) {
            printError(u"--confidence: %1"_s.arg(error));
            return ExitUsage;
        }
    }
    options->minMargin = *margin;
    options->ktoThreshold = *kto;
    options->sftMinLevel = *sft;
    const QStringList fractions = parser.value(u"split"_s).split(u',');
    double sum = 0;
    bool good = fractions.size() == 3;
    for (int i = 0; good && i < 3; ++i) {
        options->split[std::size_t(i)] = fractions.at(i).trimmed().toDouble(&good);
        good = good && options->split[std::size_t(i)] >= 0;
        sum += options->split[std::size_t(i)];
    }
    if (!good || qAbs(sum - 1.0) > 1e-6 || options->split[0] <= 0) {
        printError(tr("--split: \"%1\" is not three fractions for train, validation and test that add up to 1 "
                      "(e.g. 0.9,0.05,0.05; train above 0)")
                       .arg(parser.value(u"split"_s)));
        return ExitUsage;
    }
    options->seed = seed;
    options->license = parser.value(u"license"_s).trimmed();
    options->language = parser.value(u"hf-language"_s).trimmed();
    options->prettyName = parser.value(u"hf-name"_s).trimmed();
    if (f == ExportFormat::Hf) {
        if (options->license.isEmpty()) {
            printError(tr("--license: the hf format needs a licence for the dataset card (e.g. --license cc-by-4.0); "
                          "check the terms of the provider that generated the rows"));
            return ExitUsage;
        }
        static const QRegularExpression licence(u"^[a-z0-9][a-z0-9.+-]*$"_s);
        if (!licence.match(options->license).hasMatch()) {
            printError(tr("--license: \"%1\" is not a licence identifier as the Hub writes them (lower case, like "
                          "cc-by-4.0, mit or other)")
                           .arg(options->license));
            return ExitUsage;
        }
        static const QRegularExpression language(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
        if (!language.match(options->language).hasMatch()) {
            printError(tr("--hf-language: \"%1\" is not a language code (e.g. en, de, pt-BR)").arg(options->language));
            return ExitUsage;
        }
    }
    return std::nullopt;
}

void printExportReport(const ExportSummary &summary, const ExportOptions &options)
{
    for (const QString &line : exportReport(summary, options))
        out() << line << Qt::endl;
}

} // namespace candor::cli
