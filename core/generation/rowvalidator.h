#pragma once

#include "dataset/example.h"
#include "text/nearduplicates.h"

#include <QJsonObject>
#include <QString>

namespace candor {

// Checks rows coming back from a model before they are accepted: schema, level, length rule, search hint,
// duplicates and near-duplicates (the same question in other words, NearDuplicateIndex). Keeps the accepted prompts,
// so it lives as long as the run.
class RowValidator
{
public:
    struct Options
    {
        bool searchHints = false;
        bool longForm = false;
        bool keepLevelMismatch = false; // keep a row labelled with another level, at the requested level
    };
    enum class Verdict
    {
        Accepted,
        Rejected
    };
    struct Outcome
    {
        Verdict verdict = Verdict::Rejected;
        Example row;
        QString reason;     // why it was rejected (or what was flagged)
        QString reasonKind; // short machine name: "schema", "level_mismatch", "duplicate", "near_duplicate", ...
    };

    explicit RowValidator(const Options &options);

    // Whether a prompt seen before turns the row away. A contrast ladder's answers share their prompt: the ladder is
    // checked once (isDuplicate()) and its answers with Shared.
    enum class PromptRule
    {
        Unique,
        Shared
    };
    // Validates one object from the model for the requested level. Accepted rows with a Unique prompt are remembered
    // for duplicates; a Unique prompt that nearly repeats a remembered one is turned away as "near_duplicate".
    Outcome check(const QJsonObject &object, int requestedLevel, PromptRule rule = PromptRule::Unique);
    // Registers an existing row (resume, fallback) so later duplicates of it are rejected.
    void remember(const Example &row);
    void remember(const QString &prompt);
    bool isDuplicate(const QString &prompt) const;
    // Not a duplicate, but the same question in other words as a remembered prompt (any level).
    bool isNearDuplicate(const QString &prompt) const;

    // Rough token estimate (4 characters a token), used for the length rule.
    static int estimateTokens(const QString &text);
    int maxAnswerTokens() const { return m_options.longForm ? 500 : 220; }

private:
    Options m_options;
    // Every remembered prompt, normalised, in one scope: an LLM run wants no prompt twice, whatever the level.
    NearDuplicateIndex m_prompts;
};

} // namespace candor
