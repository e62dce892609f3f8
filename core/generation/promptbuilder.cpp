#include "generation/promptbuilder.h"

#include "dataset/rubric.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace candor {
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
    return readResource(QStringLiteral(":/prompts/system.txt"));
}

QString PromptBuilder::defaultLevelTemplate()
{
    return readResource(QStringLiteral(":/prompts/level.txt"));
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
        const QString path = QStringLiteral(":/prompts/%1/%2").arg(candidate, file);
        if (QFile::exists(path))
            return path;
    }
    return QString();
}
} // namespace

QString PromptBuilder::defaultSystemPrompt(const QString &uiLanguage)
{
    const QString path = translatedPromptPath(uiLanguage, QStringLiteral("system.txt"));
    return path.isEmpty() ? defaultSystemPrompt() : readResource(path);
}

QString PromptBuilder::defaultLevelTemplate(const QString &uiLanguage)
{
    const QString path = translatedPromptPath(uiLanguage, QStringLiteral("level.txt"));
    return path.isEmpty() ? defaultLevelTemplate() : readResource(path);
}

bool PromptBuilder::hasTranslatedDefaults(const QString &uiLanguage)
{
    return !translatedPromptPath(uiLanguage, QStringLiteral("system.txt")).isEmpty() &&
           !translatedPromptPath(uiLanguage, QStringLiteral("level.txt")).isEmpty();
}

QStringList PromptBuilder::variables()
{
    return {QStringLiteral("count"),
            QStringLiteral("level"),
            QStringLiteral("level_number"),
            QStringLiteral("level_label"),
            QStringLiteral("level_description"),
            QStringLiteral("level_guidance"),
            QStringLiteral("question_rule"),
            QStringLiteral("behaviour_tag"),
            QStringLiteral("topic"),
            QStringLiteral("focus"),
            QStringLiteral("difficulty"),
            QStringLiteral("length_rule"),
            QStringLiteral("search_hint_rule"),
            QStringLiteral("language")};
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

QString PromptBuilder::userPrompt(const BatchSpec &batch) const
{
    const RubricLevel &level = Rubric::level(batch.level);
    QString text = m_config.promptTemplates.value(batch.level);
    if (text.trimmed().isEmpty())
        text = defaultLevelTemplate();
    const QString lengthRule =
        m_config.longForm
            ? QStringLiteral("Write a detailed answer of up to about 500 tokens (several paragraphs are fine).")
            : QStringLiteral("Keep the answer concise: under 220 tokens.");
    const QString hintRule =
        m_config.searchHints
            ? QStringLiteral("- \"search_hint\": a web search that would verify the answer, written exactly as "
                             "[SEARCH:your query].\n")
            : QString();
    const QString topic = batch.topic.trimmed().isEmpty()
                              ? QStringLiteral("any subject (science, history, geography, medicine, law, finance, "
                                               "software, mathematics, current events, arts and culture, ...)")
                              : batch.topic.trimmed();
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("count"), QString::number(batch.count)},
        {QStringLiteral("level_number"), QString::number(batch.level)},
        {QStringLiteral("level_label"), level.label},
        {QStringLiteral("level_description"), level.description},
        {QStringLiteral("level_guidance"), level.guidance},
        {QStringLiteral("level"), Rubric::formatReward(batch.level)},
        {QStringLiteral("question_rule"), level.questionRule},
        {QStringLiteral("behaviour_tag"), level.behaviourTag},
        {QStringLiteral("topic"), topic},
        {QStringLiteral("focus"), focusFor(batch.variation)},
        {QStringLiteral("difficulty"), difficultyFor(batch.variation)},
        {QStringLiteral("length_rule"), lengthRule},
        {QStringLiteral("search_hint_rule"), hintRule},
        {QStringLiteral("language"), m_config.language.isEmpty() ? QStringLiteral("English") : m_config.language},
    };
    // One pass over the text, so a value that itself contains {braces} is never substituted again.
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

QJsonObject PromptBuilder::outputSchema() const
{
    auto str = [] { return QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}; };
    QJsonObject properties{
        {QStringLiteral("prompt"), str()},
        {QStringLiteral("ideal_answer"), str()},
        {QStringLiteral("expected_feedback"), str()},
        {QStringLiteral("target_reward"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
        {QStringLiteral("tags"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), str()}}},
    };
    QJsonArray required{QStringLiteral("prompt"), QStringLiteral("ideal_answer"), QStringLiteral("expected_feedback"),
                        QStringLiteral("target_reward"), QStringLiteral("tags")};
    if (m_config.searchHints) {
        properties.insert(QStringLiteral("search_hint"), str());
        required.append(QStringLiteral("search_hint"));
    }
    const QJsonObject row{{QStringLiteral("type"), QStringLiteral("object")},
                          {QStringLiteral("properties"), properties},
                          {QStringLiteral("required"), required},
                          {QStringLiteral("additionalProperties"), false}};
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("examples"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), row}}}}},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("examples")}},
        {QStringLiteral("additionalProperties"), false},
    };
}

int PromptBuilder::maxTokensFor(int rows) const
{
    // Prompt + feedback + JSON overhead per row on top of the answer budget, and a floor for tiny batches.
    const int perRow = maxRowTokens() + 160;
    return qMin(m_config.maxTokens, qMax(512, rows * perRow + 100));
}

} // namespace candor
