#include "generation/rowvalidator.h"

#include "i18n/trfunction.h"

#include "dataset/rubric.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtMath>

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
    const NearDuplicateMatch match = m_prompts.find(normalisedPrompt(prompt));
    return match.exact;
}

bool RowValidator::isNearDuplicate(const QString &prompt) const
{
    const NearDuplicateMatch match = m_prompts.find(normalisedPrompt(prompt));
    return match.found() && !match.exact;
}

void RowValidator::remember(const Example &row)
{
    remember(row.prompt);
}

void RowValidator::remember(const QString &prompt)
{
    m_prompts.add(normalisedPrompt(prompt));
}

RowValidator::Outcome RowValidator::check(const QJsonObject &object, int requestedLevel, PromptRule rule)
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
    if (m_options.searchHints && !isValidSearchHint(row.searchHint)) {
        // A bare query is the hint without its brackets: repaired. No usable query at all: the row is turned away,
        // so the engine asks for another (the summary counts them); never accepted without its hint.
        QString query = row.searchHint.trimmed();
        if (query.startsWith(u"[SEARCH:"_s, Qt::CaseInsensitive))
            query = query.mid(8);
        if (query.startsWith(u'['))
            query = query.mid(1);
        if (query.endsWith(u']'))
            query.chop(1);
        query = query.simplified();
        if (query.isEmpty() || query.contains(u'[') || query.contains(u']')) {
            outcome.reason = row.searchHint.isEmpty() ? tr("no search hint") : tr("an unusable search hint");
            outcome.reasonKind = u"bad_search_hint"_s;
            return outcome;
        }
        row.searchHint = u"[SEARCH:%1]"_s.arg(query);
    } else if (!m_options.searchHints) {
        row.searchHint.clear();
    }
    if (rule == PromptRule::Unique) {
        const QString key = normalisedPrompt(row.prompt);
        const NearDuplicateMatch match = m_prompts.find(key);
        if (match.exact) {
            outcome.reason = tr("duplicate of an earlier prompt");
            outcome.reasonKind = u"duplicate"_s;
            return outcome;
        }
        if (match.found()) {
            outcome.reason = tr("near-duplicate of an earlier prompt (%1% alike)").arg(qFloor(match.similarity * 100));
            outcome.reasonKind = u"near_duplicate"_s;
            return outcome;
        }
        m_prompts.add(key);
    }
    outcome.verdict = Verdict::Accepted;
    outcome.row = row;
    return outcome;
}

} // namespace candor
