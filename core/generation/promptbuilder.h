#pragma once

#include "dataset/generationconfig.h"
#include "dataset/rubric.h"

#include <QJsonObject>
#include <QString>

namespace candor {

// Replaces each {name} in text by its value in one pass, so a value that itself contains {braces} is never
// substituted again; an unknown {name} stays as it is.
QString substituteVariables(const QString &text, const QList<QPair<QString, QString>> &values);

// One planned request: which level, how many rows, and what to steer the model towards.
struct BatchSpec
{
    int level = 0;
    int count = 5;
    QString topic;     // empty = any topic
    int variation = 0; // picks the focus and difficulty so batches differ
    // A contrast-ladder request: `count` questions, each answered once at every level of this set (Example::levelSet
    // bits); `level` is then unused. 0 = a request for independent rows of one level.
    quint8 ladderLevels = 0;
    QString ladderPrompt; // a ladder's repair: its question, answered only at the missing levels (ladderLevels)

    bool isLadder() const { return ladderLevels != 0; }
};

// Builds the system and user prompts for a batch from the (editable) per-level templates. Variables:
// {count} {level} {level_number} {level_label} {level_description} {level_guidance} {question_rule}
// {behaviour_tag} {topic} {focus} {difficulty} {length_rule} {search_hint_rule} {language}.
class PromptBuilder
{
public:
    explicit PromptBuilder(const GenerationConfig &config);

    // The built-in defaults, in English: what a run uses when the project stores no template of its own.
    static QString defaultSystemPrompt();
    static QString defaultLevelTemplate();
    // The same defaults written in a UI language (a locale name: "de", "pt_BR"), for the template editor to
    // offer; English when there is no translation. The rows' language is the separate {language} setting.
    static QString defaultSystemPrompt(const QString &uiLanguage);
    static QString defaultLevelTemplate(const QString &uiLanguage);
    // Whether translated defaults exist for a UI language.
    static bool hasTranslatedDefaults(const QString &uiLanguage);
    // Every variable a template may use, for the editor's help and the checks.
    static QStringList variables();

    QString systemPrompt() const;
    QString userPrompt(const BatchSpec &batch) const;
    // JSON Schema of the answer: {"examples":[row, ...]}; closed objects so strict modes accept it.
    QJsonObject outputSchema() const;
    // The schema a batch's answer must follow: outputSchema(), or for a ladder request
    // {"ladders":[{"prompt", "answers":{"-2":{...}, ..., "+2":{...}}}]} with every asked level required.
    QJsonObject outputSchema(const BatchSpec &batch) const;
    // The key of a level's answer in a ladder: "-2", "-1", "0", "+1", "+2".
    static QString ladderKey(int level) { return Rubric::formatReward(level); }
    // Tokens one row may use, by the length rule (concise or long form).
    int maxRowTokens() const { return m_config.longForm ? 500 : 220; }
    // A max_tokens budget for a batch of n rows, with room for the JSON around them.
    int maxTokensFor(int rows) const;
    // Rows a batch asks for: its count, or for ladders count × levels.
    static int rowsAsked(const BatchSpec &batch);

    static QString focusFor(int variation);
    static QString difficultyFor(int variation);

private:
    GenerationConfig m_config;
};

} // namespace candor
