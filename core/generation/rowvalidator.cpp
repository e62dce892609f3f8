#include "generation/rowvalidator.h"

#include "i18n/trfunction.h"

#include "dataset/rubric.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
CANDOR_TR_FUNCTION("candor::RowValidator")
} // namespace

RowValidator::RowValidator(const Options &options) : m_options(options) {}

int RowValidator::estimateTokens(const QString &text)
{
    return int((text.size() + 3) / 4);
}

bool RowValidator::isDuplicate(const QString &prompt) const
{
    return m_prompts.contains(normalisedPrompt(prompt));
}

void RowValidator::remember(const Example &row)
{
    m_prompts.insert(normalisedPrompt(row.prompt));
}

RowValidator::Outcome RowValidator::check(const QJsonObject &object, int requestedLevel)
{
    Outcome outcome;
    QJsonObject o = object;
    // Models often omit tags or the reward; both are ours to fill in, the texts are not.
    if (!o.contains(Keys::TargetReward))
        o.insert(Keys::TargetReward, requestedLevel);
    if (!o.contains(Keys::Tags) || o.value(Keys::Tags).isNull())
        o.insert(Keys::Tags, QJsonArray());
    Example row;
    QString error;
    if (!exampleFromJson(o, &row, &error)) {
        outcome.reason = error;
        outcome.reasonKind = u"schema"_s;
        return outcome;
    }
    row.source = ExampleSource::Llm;
    row.flags = FlagNone;
    if (row.targetReward != requestedLevel) {
        if (!m_options.keepLevelMismatch) {
            outcome.reason = tr("labelled level %1 instead of the requested %2")
                                 .arg(Rubric::formatReward(row.targetReward), Rubric::formatReward(requestedLevel));
            outcome.reasonKind = u"level_mismatch"_s;
            return outcome;
        }
        row.flags |= FlagLevelMismatch;
        row.targetReward = requestedLevel;
    }
    // Tags: the domain the model chose, then our behaviour tag, kept unique and lower-case.
    QStringList tags;
    for (const QString &t : std::as_const(row.tags)) {
        const QString tag = t.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags << tag;
    }
    const QString behaviour = Rubric::level(requestedLevel).behaviourTag;
    if (!tags.contains(behaviour))
        tags << behaviour;
    row.tags = tags;

    if (estimateTokens(row.idealAnswer) > maxAnswerTokens())
        row.flags |= FlagTooLong;
    if (m_options.searchHints) {
        if (!isValidSearchHint(row.searchHint))
            row.flags |= FlagBadSearchHint;
    } else {
        row.searchHint.clear();
    }
    const QString key = normalisedPrompt(row.prompt);
    if (m_prompts.contains(key)) {
        outcome.reason = tr("duplicate of an earlier prompt");
        outcome.reasonKind = u"duplicate"_s;
        return outcome;
    }
    m_prompts.insert(key);
    outcome.verdict = Verdict::Accepted;
    outcome.row = row;
    return outcome;
}

} // namespace candor
