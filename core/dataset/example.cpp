#include "dataset/example.h"

#include "dataset/rubric.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace candor {
using namespace Qt::StringLiterals;

bool Example::operator==(const Example &o) const
{
    return prompt == o.prompt && idealAnswer == o.idealAnswer && expectedFeedback == o.expectedFeedback &&
           targetReward == o.targetReward && tags == o.tags && searchHint == o.searchHint && id == o.id &&
           source == o.source && provider == o.provider && model == o.model && createdMs == o.createdMs &&
           status == o.status && flags == o.flags && rejectReason == o.rejectReason && group == o.group &&
           levelSet == o.levelSet && templateId == o.templateId && topic == o.topic && language == o.language &&
           seed == o.seed && (judge == o.judge || (judge && o.judge && *judge == *o.judge));
}

bool JudgeVerdict::operator==(const JudgeVerdict &o) const
{
    return level == o.level && votes == o.votes && reasoning == o.reasoning && provider == o.provider &&
           model == o.model && atMs == o.atMs;
}

QByteArray judgeJson(const JudgeVerdict &j)
{
    QByteArray out = "{\"level\":";
    out.append(QByteArray::number(j.level));
    out.append(",\"votes\":[");
    for (qsizetype i = 0; i < j.votes.size(); ++i) {
        if (i)
            out.append(',');
        out.append(QByteArray::number(j.votes.at(i)));
    }
    out.append("],\"reasoning\":");
    appendJsonString(out, j.reasoning);
    out.append(",\"provider\":");
    appendJsonString(out, j.provider);
    out.append(",\"model\":");
    appendJsonString(out, j.model);
    if (j.atMs > 0) {
        out.append(",\"at\":");
        appendJsonString(out, QDateTime::fromMSecsSinceEpoch(j.atMs, Qt::UTC).toString(Qt::ISODateWithMs));
    }
    out.append('}');
    return out;
}

std::shared_ptr<const JudgeVerdict> judgeFromJson(const QJsonObject &judge)
{
    const int judged = judge.value(u"level"_s).toInt(99);
    if (!Rubric::isValid(judged))
        return nullptr;
    auto verdict = std::make_shared<JudgeVerdict>();
    verdict->level = judged;
    for (const QJsonValue &vote : judge.value(u"votes"_s).toArray()) {
        if (Rubric::isValid(vote.toInt(99)))
            verdict->votes << vote.toInt();
    }
    verdict->reasoning = judge.value(u"reasoning"_s).toString();
    verdict->provider = judge.value(u"provider"_s).toString();
    verdict->model = judge.value(u"model"_s).toString();
    const QDateTime at = QDateTime::fromString(judge.value(u"at"_s).toString(), Qt::ISODateWithMs);
    verdict->atMs = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    return verdict;
}

int JudgeVerdict::spread() const
{
    if (votes.isEmpty())
        return 0;
    const auto [low, high] = std::minmax_element(votes.begin(), votes.end());
    return *high - *low;
}

QList<int> levelsOf(quint8 levelSet)
{
    QList<int> levels;
    for (int reward = -2; reward <= 2; ++reward) {
        if (levelSet & levelBit(reward))
            levels << reward;
    }
    return levels;
}

QString sourceName(ExampleSource source)
{
    switch (source) {
    case ExampleSource::Template:
        return u"template"_s;
    case ExampleSource::Llm:
        return u"llm"_s;
    case ExampleSource::Fallback:
        return u"fallback"_s;
    case ExampleSource::Imported:
        return u"imported"_s;
    }
    return QString();
}

bool sourceFromName(const QString &name, ExampleSource *out)
{
    for (auto s : {ExampleSource::Template, ExampleSource::Llm, ExampleSource::Fallback, ExampleSource::Imported}) {
        if (sourceName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

QString statusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Pending:
        return u"pending"_s;
    case ReviewStatus::Accepted:
        return u"accepted"_s;
    case ReviewStatus::Rejected:
        return u"rejected"_s;
    }
    return QString();
}

bool statusFromName(const QString &name, ReviewStatus *out)
{
    for (auto s : {ReviewStatus::Pending, ReviewStatus::Accepted, ReviewStatus::Rejected}) {
        if (statusName(s) == name) {
            *out = s;
            return true;
        }
    }
    return false;
}

namespace {
struct FlagName
{
    unsigned bit;
    const char16_t *name;
};
constexpr FlagName kFlagNames[] = {
    {FlagEdited, u"edited"},       {FlagLevelMismatch, u"level_mismatch"},
    {FlagTooLong, u"too_long"},    {FlagBadSearchHint, u"bad_search_hint"},
    {FlagDuplicate, u"duplicate"}, {FlagOffByMoreThanOne, u"off_by_more_than_one"},
};
} // namespace

QStringList flagNames(unsigned flags)
{
    QStringList names;
    for (const auto &f : kFlagNames) {
        if (flags & f.bit)
            names << QString::fromUtf16(f.name);
    }
    return names;
}

unsigned flagsFromNames(const QStringList &names)
{
    unsigned flags = 0;
    for (const auto &f : kFlagNames) {
        if (names.contains(QString::fromUtf16(f.name)))
            flags |= f.bit;
    }
    return flags;
}

void appendJsonEscapedUtf8(QByteArray &out, const char *s, qsizetype n)
{
    static const char hex[] = "0123456789abcdef";
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out.append(s + runStart, n - runStart);
}

void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    appendJsonEscapedUtf8(out, utf8.constData(), utf8.size());
    out.append('"');
}

void appendJsonLine(QByteArray &out, const Example &e, bool withMeta)
{
    out.append("{\"prompt\":");
    appendJsonString(out, e.prompt);
    out.append(",\"ideal_answer\":");
    appendJsonString(out, e.idealAnswer);
    out.append(",\"expected_feedback\":");
    appendJsonString(out, e.expectedFeedback);
    out.append(",\"target_reward\":");
    out.append(QByteArray::number(e.targetReward));
    out.append(",\"tags\":[");
    for (qsizetype i = 0; i < e.tags.size(); ++i) {
        if (i)
            out.append(',');
        appendJsonString(out, e.tags.at(i));
    }
    out.append(']');
    if (!e.searchHint.isEmpty()) {
        out.append(",\"search_hint\":");
        appendJsonString(out, e.searchHint);
    }
    if (withMeta) {
        out.append(",\"meta\":{\"id\":");
        appendJsonString(out, e.id);
        out.append(",\"source\":");
        appendJsonString(out, sourceName(e.source));
        if (!e.provider.isEmpty()) {
            out.append(",\"provider\":");
            appendJsonString(out, e.provider);
        }
        if (!e.model.isEmpty()) {
            out.append(",\"model\":");
            appendJsonString(out, e.model);
        }
        if (e.createdMs > 0) {
            out.append(",\"created\":");
            appendJsonString(out, QDateTime::fromMSecsSinceEpoch(e.createdMs, Qt::UTC).toString(Qt::ISODateWithMs));
        }
        if (!e.group.isEmpty()) {
            out.append(",\"group\":");
            appendJsonString(out, e.group);
        }
        if (e.levelSet) {
            out.append(",\"level_set\":[");
            const QList<int> levels = levelsOf(e.levelSet);
            for (qsizetype i = 0; i < levels.size(); ++i) {
                if (i)
                    out.append(',');
                out.append(QByteArray::number(levels.at(i)));
            }
            out.append(']');
        }
        if (!e.templateId.isEmpty()) {
            out.append(",\"template\":");
            appendJsonString(out, e.templateId);
        }
        if (!e.topic.isEmpty()) {
            out.append(",\"topic\":");
            appendJsonString(out, e.topic);
        }
        if (!e.language.isEmpty()) {
            out.append(",\"language\":");
            appendJsonString(out, e.language);
        }
        if (e.seed) {
            // A string, as in a configuration: JSON numbers are doubles to many readers and lose 64-bit seeds.
            out.append(",\"seed\":\"");
            out.append(QByteArray::number(*e.seed));
            out.append('"');
        }
        out.append(",\"status\":");
        appendJsonString(out, statusName(e.status));
        if (e.flags) {
            out.append(",\"flags\":[");
            const QStringList names = flagNames(e.flags);
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (i)
                    out.append(',');
                appendJsonString(out, names.at(i));
            }
            out.append(']');
        }
        if (!e.rejectReason.isEmpty()) {
            out.append(",\"reject_reason\":");
            appendJsonString(out, e.rejectReason);
        }
        if (e.judge) {
            out.append(",\"judge\":");
            out.append(judgeJson(*e.judge));
        }
        out.append('}');
    }
    out.append("}\n", 2);
}

namespace {
bool requireString(const QJsonObject &o, const QString &key, QString *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        *error = u"missing key \"%1\""_s.arg(key);
        return false;
    }
    if (!v.isString()) {
        *error = u"\"%1\" must be a string"_s.arg(key);
        return false;
    }
    *out = v.toString();
    if (out->trimmed().isEmpty()) {
        *error = u"\"%1\" is empty"_s.arg(key);
        return false;
    }
    return true;
}
} // namespace

bool exampleFromJson(const QJsonObject &o, Example *out, QString *error)
{
    Example e;
    if (!requireString(o, Keys::Prompt, &e.prompt, error) ||
        !requireString(o, Keys::IdealAnswer, &e.idealAnswer, error) ||
        !requireString(o, Keys::ExpectedFeedback, &e.expectedFeedback, error))
        return false;

    const QJsonValue reward = o.value(Keys::TargetReward);
    if (reward.isUndefined()) {
        *error = u"missing key \"target_reward\""_s;
        return false;
    }
    // Accept 2, 2.0 and "2"/"+2" (some tools write strings) but never 1.5.
    double r = 0;
    bool ok = false;
    if (reward.isDouble()) {
        r = reward.toDouble();
        ok = true;
    } else if (reward.isString()) {
        r = reward.toString().trimmed().toDouble(&ok);
    }
    // Range-check as a double first: converting 1e30 (or NaN) to int is undefined behaviour.
    if (!ok || !std::isfinite(r) || r != std::floor(r)) {
        *error = u"\"target_reward\" must be an integer from -2 to 2"_s;
        return false;
    }
    if (r < Rubric::MinReward || r > Rubric::MaxReward) {
        *error = u"\"target_reward\" is %1, outside the rubric (-2 to 2)"_s.arg(QString::number(r, 'g', 17));
        return false;
    }
    e.targetReward = static_cast<int>(r);

    const QJsonValue tags = o.value(Keys::Tags);
    if (tags.isUndefined()) {
        *error = u"missing key \"tags\""_s;
        return false;
    }
    if (!tags.isArray()) {
        *error = u"\"tags\" must be an array of strings"_s;
        return false;
    }
    for (const QJsonValue &t : tags.toArray()) {
        if (!t.isString()) {
            *error = u"\"tags\" must be an array of strings"_s;
            return false;
        }
        e.tags << t.toString();
    }

    const QJsonValue hint = o.value(Keys::SearchHint);
    if (!hint.isUndefined() && !hint.isNull()) {
        if (!hint.isString()) {
            *error = u"\"search_hint\" must be a string"_s;
            return false;
        }
        e.searchHint = hint.toString();
    }

    const QJsonValue metaValue = o.value(Keys::Meta);
    e.source = ExampleSource::Imported;
    if (metaValue.isObject()) {
        const QJsonObject meta = metaValue.toObject();
        e.id = meta.value(u"id"_s).toString();
        ExampleSource source;
        if (sourceFromName(meta.value(u"source"_s).toString(), &source))
            e.source = source;
        e.provider = meta.value(u"provider"_s).toString();
        e.model = meta.value(u"model"_s).toString();
        const QString created = meta.value(u"created"_s).toString();
        if (!created.isEmpty()) {
            const QDateTime dt = QDateTime::fromString(created, Qt::ISODateWithMs);
            if (dt.isValid())
                e.createdMs = dt.toMSecsSinceEpoch();
        }
        ReviewStatus status;
        if (statusFromName(meta.value(u"status"_s).toString(), &status))
            e.status = status;
        QStringList names;
        for (const QJsonValue &f : meta.value(u"flags"_s).toArray())
            names << f.toString();
        e.flags = flagsFromNames(names);
        e.rejectReason = meta.value(u"reject_reason"_s).toString();
        e.group = meta.value(u"group"_s).toString();
        for (const QJsonValue &level : meta.value(u"level_set"_s).toArray())
            e.levelSet |= levelBit(level.toInt(99));
        e.templateId = meta.value(u"template"_s).toString();
        e.topic = meta.value(u"topic"_s).toString();
        e.language = meta.value(u"language"_s).toString();
        bool seedOk = false;
        const quint64 seed = meta.value(u"seed"_s).toString().toULongLong(&seedOk);
        if (seedOk)
            e.seed = seed;
        e.judge = judgeFromJson(meta.value(u"judge"_s).toObject());
    } else if (!metaValue.isUndefined() && !metaValue.isNull()) {
        *error = u"\"meta\" must be an object"_s;
        return false;
    }
    *out = std::move(e);
    return true;
}

QString normalisedPrompt(const QString &prompt)
{
    QString s = prompt.simplified().toCaseFolded();
    while (!s.isEmpty() && (s.back().isPunct() || s.back().isSpace()))
        s.chop(1);
    return s;
}

bool isValidSearchHint(const QString &hint)
{
    static const QString open = u"[SEARCH:"_s;
    return hint.startsWith(open) && hint.endsWith(QLatin1Char(']')) && hint.size() > open.size() + 1 &&
           !QStringView(hint).mid(open.size(), hint.size() - open.size() - 1).trimmed().isEmpty();
}

} // namespace candor
