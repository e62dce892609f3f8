#include "dataset/generationconfig.h"

#include "i18n/trfunction.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
CANDOR_TR_FUNCTION("candor::GenerationConfig")

constexpr int kMaxRows = Distribution::MaxRows;
} // namespace

QString modeName(GenerationMode mode)
{
    return mode == GenerationMode::Llm ? u"llm"_s : u"template"_s;
}

bool modeFromName(const QString &name, GenerationMode *out)
{
    if (name == QLatin1String("llm")) {
        *out = GenerationMode::Llm;
        return true;
    }
    if (name == QLatin1String("template") || name == QLatin1String("templates")) {
        *out = GenerationMode::Template;
        return true;
    }
    return false;
}

QString ladderModeName(LadderMode mode)
{
    switch (mode) {
    case LadderMode::Ladders:
        return u"ladders"_s;
    case LadderMode::Mix:
        return u"mix"_s;
    case LadderMode::Independent:
        break;
    }
    return u"independent"_s;
}

bool ladderModeFromName(const QString &name, LadderMode *out)
{
    for (LadderMode mode : {LadderMode::Independent, LadderMode::Ladders, LadderMode::Mix}) {
        if (name == ladderModeName(mode)) {
            *out = mode;
            return true;
        }
    }
    return false;
}

int RowPlan::ladderSize() const
{
    return int(levelsOf(levelSet).size());
}

std::optional<LevelCounts> GenerationConfig::levelCounts(QString *error) const
{
    if (ladderMode != LadderMode::Ladders)
        return distribution.countsFor(count, error);
    const QList<int> levels = levelsOf(ladderLevels);
    if (levels.size() < 2) {
        *error = tr("a ladder needs at least two levels");
        return std::nullopt;
    }
    if (count % levels.size() != 0) {
        *error = tr("in ladder mode every prompt is answered at each of the %1 levels, so the number of rows must be a "
                    "multiple of %1 (%2 rows = %3 ladders, %4 rows = %5)")
                     .arg(levels.size())
                     .arg(count / levels.size() * levels.size())
                     .arg(count / levels.size())
                     .arg((count / levels.size() + 1) * levels.size())
                     .arg(count / levels.size() + 1);
        return std::nullopt;
    }
    LevelCounts counts{};
    for (int level : levels)
        counts[std::size_t(Rubric::indexOf(level))] = count / int(levels.size());
    return counts;
}

RowPlan GenerationConfig::rowPlan(const LevelCounts &counts) const
{
    RowPlan plan;
    plan.independent = counts;
    if (ladderMode == LadderMode::Independent)
        return plan;
    plan.levelSet = ladderLevels;
    const QList<int> levels = levelsOf(ladderLevels);
    if (levels.size() < 2)
        return plan;
    // Never more ladders than the scarcest level of the set has rows.
    int ladders = std::numeric_limits<int>::max();
    for (int level : levels)
        ladders = std::min(ladders, counts[std::size_t(Rubric::indexOf(level))]);
    if (ladderMode == LadderMode::Mix)
        ladders = std::min(ladders, int(std::floor(ladderShare * totalOf(counts) / double(levels.size()))));
    plan.ladders = std::max(ladders, 0);
    for (int level : levels)
        plan.independent[std::size_t(Rubric::indexOf(level))] -= plan.ladders;
    return plan;
}

bool GenerationConfig::validate(QString *error) const
{
    if (count < 1 || count > kMaxRows) {
        *error = tr("the number of rows must be between 1 and %1 (got %2)").arg(kMaxRows).arg(count);
        return false;
    }
    if (!levelCounts(error))
        return false;
    if (!(ladderShare >= 0 && ladderShare <= 1)) {
        *error = tr("the share of rows in ladders must be between 0 and 1 (got %1)").arg(ladderShare);
        return false;
    }
    if (temperature < 0 || temperature > 2) {
        *error = tr("temperature must be between 0 and 2 (got %1)").arg(temperature);
        return false;
    }
    if (maxTokens < 16 || maxTokens > 1000000) {
        *error = tr("max tokens must be between 16 and 1000000 (got %1)").arg(maxTokens);
        return false;
    }
    if (batchSize < 1 || batchSize > 50) {
        *error = tr("batch size must be between 1 and 50 (got %1)").arg(batchSize);
        return false;
    }
    if (pauseAfterFailures < 0 || pauseAfterFailures > 1000) {
        *error = tr("pause_after_failures must be between 0 and 1000 (got %1)").arg(pauseAfterFailures);
        return false;
    }
    if (concurrency < 1 || concurrency > 64) {
        *error = tr("concurrency must be between 1 and 64 (got %1)").arg(concurrency);
        return false;
    }
    if (budgetUsd < 0) {
        *error = tr("the budget cannot be negative (got %1)").arg(budgetUsd);
        return false;
    }
    return true;
}

namespace {
QJsonArray ladderLevelsJson(quint8 levelSet)
{
    QJsonArray levels;
    for (int level : levelsOf(levelSet))
        levels.append(level);
    return levels;
}
} // namespace

QJsonObject GenerationConfig::toJson() const
{
    QJsonObject prompts;
    for (auto it = promptTemplates.cbegin(); it != promptTemplates.cend(); ++it)
        prompts.insert(QString::number(it.key()), it.value());
    return QJsonObject{
        {u"format"_s, u"candor-config"_s},
        {u"version"_s, FormatVersion},
        {u"mode"_s, modeName(mode)},
        {u"count"_s, count},
        {u"distribution"_s, distribution.toSpec()},
        {u"topics"_s, QJsonArray::fromStringList(topics)},
        // A string, because JSON numbers are doubles and lose 64-bit seeds.
        {u"seed"_s, QString::number(seed)},
        {u"search_hints"_s, searchHints},
        {u"long_form"_s, longForm},
        {u"ladder_mode"_s, ladderModeName(ladderMode)},
        {u"ladder_share"_s, ladderShare},
        {u"ladder_levels"_s, ladderLevelsJson(ladderLevels)},
        {u"language"_s, language},
        {u"allow_fallback"_s, allowFallback},
        {u"keep_level_mismatch"_s, keepLevelMismatch},
        {u"pause_after_failures"_s, pauseAfterFailures},
        {u"provider"_s, provider},
        {u"base_url"_s, baseUrl},
        {u"model"_s, model},
        {u"temperature"_s, temperature},
        {u"max_tokens"_s, maxTokens},
        {u"batch_size"_s, batchSize},
        {u"concurrency"_s, concurrency},
        {u"stream"_s, stream},
        {u"budget_usd"_s, budgetUsd},
        {u"system_prompt"_s, systemPrompt},
        {u"prompt_templates"_s, prompts},
    };
}

namespace {
template <typename T> bool readValue(const QJsonObject &o, const char *key, T *out, QString *error);

bool typeError(const char *key, const char *expected, QString *error)
{
    *error = QCoreApplication::translate("candor::GenerationConfig", "\"%1\" must be %2")
                 .arg(QString::fromLatin1(key), tr(expected));
    return false;
}

template <> bool readValue<int>(const QJsonObject &o, const char *key, int *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        return typeError(key, QT_TRANSLATE_NOOP("candor::GenerationConfig", "a whole number"), error);
    *out = v.toInt();
    return true;
}
template <> bool readValue<double>(const QJsonObject &o, const char *key, double *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isDouble())
        return typeError(key, QT_TRANSLATE_NOOP("candor::GenerationConfig", "a number"), error);
    *out = v.toDouble();
    return true;
}
template <> bool readValue<bool>(const QJsonObject &o, const char *key, bool *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isBool())
        return typeError(key, QT_TRANSLATE_NOOP("candor::GenerationConfig", "true or false"), error);
    *out = v.toBool();
    return true;
}
template <> bool readValue<QString>(const QJsonObject &o, const char *key, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return true;
    if (!v.isString())
        return typeError(key, QT_TRANSLATE_NOOP("candor::GenerationConfig", "a string"), error);
    *out = v.toString();
    return true;
}
} // namespace

std::optional<GenerationConfig> GenerationConfig::fromJson(const QJsonObject &o, QString *error)
{
    GenerationConfig c;
    const int version = o.value(u"version"_s).toInt(FormatVersion);
    if (version > FormatVersion) {
        *error = tr("this configuration was written by a newer Candor (format %1; this version reads up to %2)")
                     .arg(version)
                     .arg(FormatVersion);
        return std::nullopt;
    }
    QString modeText = modeName(c.mode);
    QString ladderText = ladderModeName(c.ladderMode);
    QString distribution = c.distribution.toSpec();
    QString seedText = QString::number(c.seed);
    if (!readValue(o, "mode", &modeText, error) || !readValue(o, "count", &c.count, error) ||
        !readValue(o, "distribution", &distribution, error) || !readValue(o, "search_hints", &c.searchHints, error) ||
        !readValue(o, "long_form", &c.longForm, error) || !readValue(o, "language", &c.language, error) ||
        !readValue(o, "ladder_mode", &ladderText, error) || !readValue(o, "ladder_share", &c.ladderShare, error) ||
        !readValue(o, "allow_fallback", &c.allowFallback, error) ||
        !readValue(o, "keep_level_mismatch", &c.keepLevelMismatch, error) ||
        !readValue(o, "pause_after_failures", &c.pauseAfterFailures, error) ||
        !readValue(o, "provider", &c.provider, error) || !readValue(o, "base_url", &c.baseUrl, error) ||
        !readValue(o, "model", &c.model, error) || !readValue(o, "temperature", &c.temperature, error) ||
        !readValue(o, "max_tokens", &c.maxTokens, error) || !readValue(o, "batch_size", &c.batchSize, error) ||
        !readValue(o, "concurrency", &c.concurrency, error) || !readValue(o, "stream", &c.stream, error) ||
        !readValue(o, "budget_usd", &c.budgetUsd, error) || !readValue(o, "system_prompt", &c.systemPrompt, error))
        return std::nullopt;

    if (!ladderModeFromName(ladderText, &c.ladderMode)) {
        *error = tr("\"ladder_mode\" must be \"independent\", \"ladders\" or \"mix\" (got \"%1\")").arg(ladderText);
        return std::nullopt;
    }
    const QJsonValue ladderLevels = o.value(u"ladder_levels"_s);
    if (!ladderLevels.isUndefined()) {
        c.ladderLevels = 0;
        for (const QJsonValue &level : ladderLevels.toArray()) {
            const int reward = level.toInt(99);
            if (!ladderLevels.isArray() || !level.isDouble() || !Rubric::isValid(reward)) {
                *error = tr("\"ladder_levels\" must list levels from -2 to 2");
                return std::nullopt;
            }
            c.ladderLevels |= levelBit(reward);
        }
    }
    if (!modeFromName(modeText, &c.mode)) {
        *error = tr("\"mode\" must be \"template\" or \"llm\" (got \"%1\")").arg(modeText);
        return std::nullopt;
    }
    const auto dist = Distribution::parse(distribution, error);
    if (!dist) {
        *error = tr("\"distribution\": %1").arg(*error);
        return std::nullopt;
    }
    c.distribution = *dist;

    const QJsonValue seed = o.value(u"seed"_s);
    if (seed.isString()) {
        bool ok = false;
        c.seed = seed.toString().toULongLong(&ok);
        if (!ok) {
            *error = tr("\"seed\" must be a whole number from 0 to 18446744073709551615");
            return std::nullopt;
        }
    } else if (seed.isDouble()) {
        // A JSON number is a double: only whole numbers up to 2^53 are exact, and converting anything larger
        // (or negative, or fractional) would change the dataset silently. Larger seeds are written as strings.
        const double d = seed.toDouble();
        if (!(d >= 0 && d <= 9007199254740992.0) || d != std::floor(d)) {
            *error = tr("\"seed\" must be a whole number from 0 to 9007199254740992, or a string of digits up to "
                        "18446744073709551615 (got %1)")
                         .arg(d);
            return std::nullopt;
        }
        c.seed = quint64(d);
    } else if (!seed.isUndefined()) {
        typeError("seed", "a whole number", error);
        return std::nullopt;
    }

    const QJsonValue topics = o.value(u"topics"_s);
    if (!topics.isUndefined()) {
        if (!topics.isArray()) {
            typeError("topics", "a list of strings", error);
            return std::nullopt;
        }
        for (const QJsonValue &t : topics.toArray()) {
            if (!t.isString()) {
                typeError("topics", "a list of strings", error);
                return std::nullopt;
            }
            c.topics << t.toString();
        }
    }
    const QJsonObject prompts = o.value(u"prompt_templates"_s).toObject();
    for (auto it = prompts.begin(); it != prompts.end(); ++it) {
        bool ok = false;
        const int level = it.key().toInt(&ok);
        if (!ok || !Rubric::isValid(level) || !it.value().isString()) {
            *error = tr("\"prompt_templates\" maps levels -2..2 to template text; \"%1\" is not valid").arg(it.key());
            return std::nullopt;
        }
        c.promptTemplates.insert(level, it.value().toString());
    }
    if (!c.validate(error))
        return std::nullopt;
    return c;
}

bool GenerationConfig::operator==(const GenerationConfig &o) const
{
    return mode == o.mode && count == o.count && distribution == o.distribution && topics == o.topics &&
           seed == o.seed && searchHints == o.searchHints && longForm == o.longForm && language == o.language &&
           ladderMode == o.ladderMode && ladderShare == o.ladderShare && ladderLevels == o.ladderLevels &&
           allowFallback == o.allowFallback && keepLevelMismatch == o.keepLevelMismatch &&
           pauseAfterFailures == o.pauseAfterFailures && provider == o.provider && baseUrl == o.baseUrl &&
           model == o.model && temperature == o.temperature && maxTokens == o.maxTokens && batchSize == o.batchSize &&
           concurrency == o.concurrency && stream == o.stream && budgetUsd == o.budgetUsd &&
           systemPrompt == o.systemPrompt && promptTemplates == o.promptTemplates;
}

} // namespace candor
