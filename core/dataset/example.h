#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace candor {
using namespace Qt::StringLiterals;

// Where a row came from; written to meta.source.
enum class ExampleSource
{
    Template,
    Llm,
    Fallback,
    Imported
};
// Where a row stands in the spot-check review; written to meta.status.
enum class ReviewStatus
{
    Pending,
    Accepted,
    Rejected
};

// Problems noticed about a row; kept as bits so filters can combine them.
enum ExampleFlag : unsigned
{
    FlagNone = 0,
    FlagEdited = 1u << 0,        // changed by hand after generation
    FlagLevelMismatch = 1u << 1, // the model labelled it with another level than requested
    FlagTooLong = 1u << 2,       // breaks the length rule
    FlagBadSearchHint = 1u << 3, // search hint present but not [SEARCH:...]
    FlagDuplicate = 1u << 4,     // prompt repeats an earlier one
    // A judge model put the row two or more levels from its target (FlagLevelMismatch marks any difference).
    FlagOffByMoreThanOne = 1u << 6,
};

// A judge model's verdict on a row (meta.judge): the majority of its votes and what it said.
struct JudgeVerdict
{
    int level = 0;     // the majority vote (the median when no level has a majority), -2..+2
    QList<int> votes;  // every vote, in the order they came
    QString reasoning; // the reasoning behind a vote for the majority level
    QString provider;
    QString model;
    qint64 atMs = 0;    // when, ms since epoch, UTC
    int spread() const; // highest vote minus lowest

    bool operator==(const JudgeVerdict &other) const;
};

// One dataset row: the six seed keys plus optional provenance ("meta").
struct Example
{
    QString prompt;
    QString idealAnswer;
    QString expectedFeedback;
    int targetReward = 0;
    QStringList tags;
    QString searchHint; // empty = absent

    // meta
    QString id;
    ExampleSource source = ExampleSource::Template;
    QString provider;
    QString model;
    qint64 createdMs = 0; // ms since epoch, UTC; 0 = unknown
    ReviewStatus status = ReviewStatus::Pending;
    unsigned flags = FlagNone;
    QString rejectReason; // the reviewer's short reason or comment; written to meta.reject_reason when not empty

    // Provenance (meta): where the row came from, so a file says how to make it again.
    QString group;               // meta.group: the contrast ladder (one prompt, several levels) the row belongs to
    quint8 levelSet = 0;         // meta.level_set: the ladder's levels as bits (levelBit()); 0 = not in a ladder
    QString templateId;          // meta.template: the bank template or ladder that rendered it ("geography#3")
    QString topic;               // meta.topic: the user's topic it was made for; empty = any domain
    QString language;            // meta.language: the language the row is written in; empty = not recorded
    std::optional<quint64> seed; // meta.seed: the run's seed
    std::shared_ptr<const JudgeVerdict> judge; // meta.judge; nothing until a judge has seen the row

    bool operator==(const Example &other) const;
    bool operator!=(const Example &other) const { return !(*this == other); }
};

// A verdict as the JSON object meta.judge holds, and back (nothing for an object without a valid level).
QByteArray judgeJson(const JudgeVerdict &verdict);
std::shared_ptr<const JudgeVerdict> judgeFromJson(const QJsonObject &object);

// A level's bit in Example::levelSet.
inline quint8 levelBit(int reward)
{
    return reward >= -2 && reward <= 2 ? quint8(1u << (reward + 2)) : quint8(0);
}
// The levels of a level set, lowest first.
QList<int> levelsOf(quint8 levelSet);

QString sourceName(ExampleSource source);
bool sourceFromName(const QString &name, ExampleSource *out);
QString statusName(ReviewStatus status);
bool statusFromName(const QString &name, ReviewStatus *out);
QStringList flagNames(unsigned flags);
unsigned flagsFromNames(const QStringList &names);

// The seed keys, exactly as downstream tools read them.
namespace Keys {
inline const QString Prompt = u"prompt"_s;
inline const QString IdealAnswer = u"ideal_answer"_s;
inline const QString ExpectedFeedback = u"expected_feedback"_s;
inline const QString TargetReward = u"target_reward"_s;
inline const QString Tags = u"tags"_s;
inline const QString SearchHint = u"search_hint"_s;
inline const QString Meta = u"meta"_s;
} // namespace Keys

// Appends one JSONL line (with the trailing newline): seed keys in order, raw UTF-8, meta only if asked.
void appendJsonLine(QByteArray &out, const Example &example, bool withMeta);
// Appends text as a JSON string literal (quotes included); non-ASCII stays raw UTF-8.
void appendJsonString(QByteArray &out, const QString &text);
void appendJsonEscapedUtf8(QByteArray &out, const char *utf8, qsizetype size);

// Reads a row from a parsed JSON object. On failure returns false and says which key is wrong.
bool exampleFromJson(const QJsonObject &object, Example *out, QString *error);

// Normalised form of a prompt used to spot duplicates: case, spacing and end punctuation ignored.
QString normalisedPrompt(const QString &prompt);

// Checks a search hint has the [SEARCH:query] form with a non-empty query.
bool isValidSearchHint(const QString &hint);

} // namespace candor
