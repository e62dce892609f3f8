#include "generation/promptbuilder.h"

#include "dataset/rubric.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace candor {
using namespace Qt::StringLiterals;
namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll()).trimmed();
}

// Sub-angles that make successive batches of one level differ.
const char *const kFocus[] = {
    "well-known facts",
    "dates and chronology",
    "numbers, quantities and statistics",
    "people and their work",
    "places and geography of the topic",
    "causes, mechanisms and explanations",
    "recent developments and current state",
    "comparisons between related things",
    "definitions and terminology",
    "lesser-known details",
    "records, firsts and superlatives",
    "predictions and open questions",
};
const char *const kDifficulty[] = {"beginner", "intermediate", "advanced"};

} // namespace

PromptBuilder::PromptBuilder(const GenerationConfig &config) : m_config(config) {}

QString PromptBuilder::defaultSystemPrompt()
{
    return readResource(u":/prompts/system.txt"_s);
}

QString PromptBuilder::defaultLevelTemplate()
{
    return readResource(u":/prompts/level.txt"_s);
}

namespace {
// ":/prompts/de/level.txt" for "de" or "de_AT"; empty when there is no translation of that file.
QString translatedPromptPath(const QString &uiLanguage, const QString &file)
{
    QString language = uiLanguage;
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString &candidate : {language, language.section(QLatin1Char('_'), 0, 0)}) {
        if (candidate.isEmpty() || candidate == QLatin1String("en"))
            continue;
        const QString path = u":/prompts/%1/%2"_s.arg(candidate, file);
        if (QFile::exists(path))
            return path;
    }
    return QString();
}
} // namespace

QString PromptBuilder::defaultSystemPrompt(const QString &uiLanguage)
{
    const QString path = translatedPromptPath(uiLanguage, u"system.txt"_s);
    return path.isEmpty() ? defaultSystemPrompt() : readResource(path);
}

QString PromptBuilder::defaultLevelTemplate(const QString &uiLanguage)
{
    const QString path = translatedPromptPath(uiLanguage, u"level.txt"_s);
    return path.isEmpty() ? defaultLevelTemplate() : readResource(path);
}

bool PromptBuilder::hasTranslatedDefaults(const QString &uiLanguage)
{
    return !translatedPromptPath(uiLanguage, u"system.txt"_s).isEmpty() &&
           !translatedPromptPath(uiLanguage, u"level.txt"_s).isEmpty();
}

QStringList PromptBuilder::variables()
{
    return {u"count"_s,          u"level"_s,         u"level_number"_s,     u"level_label"_s, u"level_description"_s,
            u"level_guidance"_s, u"question_rule"_s, u"behaviour_tag"_s,    u"topic"_s,       u"focus"_s,
            u"difficulty"_s,     u"length_rule"_s,   u"search_hint_rule"_s, u"language"_s};
}

QString PromptBuilder::focusFor(int variation)
{
    constexpr int n = int(sizeof(kFocus) / sizeof(kFocus[0]));
    return QString::fromLatin1(kFocus[((variation % n) + n) % n]);
}

QString PromptBuilder::difficultyFor(int variation)
{
    // Steps differently from the focus so the pairs do not repeat in lockstep.
    return QString::fromLatin1(kDifficulty[((variation / 2) % 3 + 3) % 3]);
}

QString PromptBuilder::systemPrompt() const
{
    return m_config.systemPrompt.trimmed().isEmpty() ? defaultSystemPrompt() : m_config.systemPrompt;
}

QString substituteVariables(const QString &text, const QList<QPair<QString, QString>> &values)
{
    QString out;
    out.reserve(text.size() * 2);
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i);
            if (close > i) {
                const QStringView name = QStringView(text).mid(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto &v : values) {
                    if (name == v.first) {
                        out += v.second;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += text.at(i++);
    }
    return out;
}

QString PromptBuilder::userPrompt(const BatchSpec &batch) const
{
    const QString lengthRule =
        m_config.longForm ? u"Write a detailed answer of up to about 500 tokens (several paragraphs are fine)."_s
                          : u"Keep the answer concise: under 220 tokens."_s;
    const QString hintRule = m_config.searchHints
                                 ? u"- \"search_hint\": a web search that would verify the answer, written exactly as "
                                   "[SEARCH:your query].\n"_s
                                 : QString();
    const QString topic = batch.topic.trimmed().isEmpty()
                              ? u"any subject (science, history, geography, medicine, law, finance, "
                                "software, mathematics, current events, arts and culture, ...)"_s
                              : batch.topic.trimmed();
    const QString language = m_config.language.isEmpty() ? u"English"_s : m_config.language;
    if (batch.isLadder()) {
        // The ladder texts are built in: the per-level templates describe one level each, a ladder all of them.
        QStringList levels;
        QStringList keys;
        for (int reward : levelsOf(batch.ladderLevels)) {
            const RubricLevel &level = Rubric::level(reward);
            levels << u"- %1 (%2; behaviour tag \"%3\"): %4 The answer: %5"_s.arg(
                ladderKey(reward), level.label, level.behaviourTag, level.description, level.guidance);
            keys << u"\"%1\""_s.arg(ladderKey(reward));
        }
        const QList<QPair<QString, QString>> values = {
            {u"count"_s, QString::number(batch.count)},
            {u"ladder_levels"_s, levels.join(u'\n')},
            {u"ladder_keys"_s, keys.join(u", "_s)},
            {u"prompt"_s, batch.ladderPrompt},
            {u"topic"_s, topic},
            {u"focus"_s, focusFor(batch.variation)},
            {u"difficulty"_s, difficultyFor(batch.variation)},
            {u"length_rule"_s, lengthRule},
            {u"search_hint_rule"_s, hintRule},
            {u"language"_s, language},
        };
        return substituteVariables(
            readResource(batch.ladderPrompt.isEmpty() ? u":/prompts/ladder.txt"_s : u":/prompts/ladder-repair.txt"_s),
            values);
    }
    const RubricLevel &level = Rubric::level(batch.level);
    QString text = m_config.promptTemplates.value(batch.level);
    if (text.trimmed().isEmpty())
        text = defaultLevelTemplate();
    const QList<QPair<QString, QString>> values = {
        {u"count"_s, QString::number(batch.count)},
        {u"level_number"_s, QString::number(batch.level)},
        {u"level_label"_s, level.label},
        {u"level_description"_s, level.description},
        {u"level_guidance"_s, level.guidance},
        {u"level"_s, Rubric::formatReward(batch.level)},
        {u"question_rule"_s, level.questionRule},
        {u"behaviour_tag"_s, level.behaviourTag},
        {u"topic"_s, topic},
        {u"focus"_s, focusFor(batch.variation)},
        {u"difficulty"_s, difficultyFor(batch.variation)},
        {u"length_rule"_s, lengthRule},
        {u"search_hint_rule"_s, hintRule},
        {u"language"_s, language},
    };
    return substituteVariables(text, values);
}

QJsonObject PromptBuilder::outputSchema() const
{
    auto str = [] { return QJsonObject{{u"type"_s, u"string"_s}}; };
    QJsonObject properties{
        {u"prompt"_s, str()},
        {u"ideal_answer"_s, str()},
        {u"expected_feedback"_s, str()},
        {u"target_reward"_s, QJsonObject{{u"type"_s, u"integer"_s}}},
        {u"tags"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, str()}}},
    };
    QJsonArray required{u"prompt"_s, u"ideal_answer"_s, u"expected_feedback"_s, u"target_reward"_s, u"tags"_s};
    if (m_config.searchHints) {
        properties.insert(u"search_hint"_s, str());
        required.append(u"search_hint"_s);
    }
    const QJsonObject row{{u"type"_s, u"object"_s},
                          {u"properties"_s, properties},
                          {u"required"_s, required},
                          {u"additionalProperties"_s, false}};
    return QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"examples"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, row}}}}},
        {u"required"_s, QJsonArray{u"examples"_s}},
        {u"additionalProperties"_s, false},
    };
}

QJsonObject PromptBuilder::outputSchema(const BatchSpec &batch) const
{
    if (!batch.isLadder())
        return outputSchema();
    auto str = [] { return QJsonObject{{u"type"_s, u"string"_s}}; };
    const QJsonObject answer{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"ideal_answer"_s, str()},
                                      {u"expected_feedback"_s, str()},
                                      {u"tags"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, str()}}}}},
        {u"required"_s, QJsonArray{u"ideal_answer"_s, u"expected_feedback"_s, u"tags"_s}},
        {u"additionalProperties"_s, false},
    };
    // Every asked level is a required key: a strict server cannot return a ladder with a level missing.
    QJsonObject answerProperties;
    QJsonArray answerKeys;
    for (int reward : levelsOf(batch.ladderLevels)) {
        answerProperties.insert(ladderKey(reward), answer);
        answerKeys.append(ladderKey(reward));
    }
    QJsonObject properties{
        {u"prompt"_s, str()},
        {u"answers"_s, QJsonObject{{u"type"_s, u"object"_s},
                                   {u"properties"_s, answerProperties},
                                   {u"required"_s, answerKeys},
                                   {u"additionalProperties"_s, false}}},
    };
    QJsonArray required{u"prompt"_s, u"answers"_s};
    if (m_config.searchHints) {
        properties.insert(u"search_hint"_s, str());
        required.append(u"search_hint"_s);
    }
    const QJsonObject ladder{{u"type"_s, u"object"_s},
                             {u"properties"_s, properties},
                             {u"required"_s, required},
                             {u"additionalProperties"_s, false}};
    return QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s, QJsonObject{{u"ladders"_s, QJsonObject{{u"type"_s, u"array"_s}, {u"items"_s, ladder}}}}},
        {u"required"_s, QJsonArray{u"ladders"_s}},
        {u"additionalProperties"_s, false},
    };
}

int PromptBuilder::rowsAsked(const BatchSpec &batch)
{
    return batch.isLadder() ? batch.count * int(levelsOf(batch.ladderLevels).size()) : batch.count;
}

int PromptBuilder::maxTokensFor(int rows) const
{
    // Prompt + feedback + JSON overhead per row on top of the answer budget, and a floor for tiny batches.
    const int perRow = maxRowTokens() + 160;
    return qMin(m_config.maxTokens, qMax(512, rows * perRow + 100));
}

} // namespace candor
