#include "text/jsonextract.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

// Past this many candidate openings the text is not JSON with some prose around it; stop trying.
constexpr int kMaxCandidates = 100;

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t';
}

bool parseJson(QStringView text, QJsonValue *value, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("candor::JsonExtract", "invalid JSON (%1 at byte %2)")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return false;
    }
    if (doc.isObject())
        *value = doc.object();
    else if (doc.isArray())
        *value = doc.array();
    else
        return false;
    return true;
}

// The index of the bracket that closes the one at start, or -1 when the text ends first.
qsizetype matchingBracket(QStringView s, qsizetype start)
{
    int depth = 0;
    bool inString = false;
    bool escape = false;
    for (qsizetype i = start; i < s.size(); ++i) {
        const QChar c = s[i];
        if (inString) {
            if (escape)
                escape = false;
            else if (c == u'\\')
                escape = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

enum class Probe
{
    Plausible,
    NotJson,
    TextEnds
};

// Prose brackets ("[see below]", "{name}") are told apart from JSON by the character that follows them.
Probe probeOpening(QStringView s, qsizetype start)
{
    qsizetype j = start + 1;
    while (j < s.size() && isJsonSpace(s[j]))
        ++j;
    if (j == s.size())
        return Probe::TextEnds;
    const QChar c = s[j];
    if (s[start] == u'{')
        return c == u'"' || c == u'}' ? Probe::Plausible : Probe::NotJson;
    const bool value = c == u'{' || c == u'[' || c == u']' || c == u'"' || c == u'-' || c.isDigit() || c == u't' ||
                       c == u'f' || c == u'n';
    return value ? Probe::Plausible : Probe::NotJson;
}

} // namespace

JsonExtraction extractJson(const QString &text, bool lengthCut)
{
    JsonExtraction r;
    const QStringView whole = QStringView(text).trimmed();
    // 1. The whole text.
    if (!whole.isEmpty() && parseJson(whole, &r.value, nullptr)) {
        r.ok = true;
        return r;
    }
    // 2. The inside of a fence: ```json ... ``` (a missing closing fence leaves the rest of the text).
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(u"```"_s, from);
        if (open < 0)
            break;
        qsizetype contentStart = open + 3;
        while (contentStart < text.size() && !isJsonSpace(text[contentStart]) && text[contentStart] != u'{' &&
               text[contentStart] != u'[')
            ++contentStart; // the info string ("json", "JSON", "jsonc")
        const qsizetype close = text.indexOf(u"```"_s, contentStart);
        const QStringView content =
            QStringView(text).mid(contentStart, close < 0 ? -1 : close - contentStart).trimmed();
        if (!content.isEmpty() && parseJson(content, &r.value, nullptr)) {
            r.ok = true;
            return r;
        }
        if (close < 0)
            break;
        from = close + 3;
    }
    // 3. From the first plausible { or [ to its matching bracket.
    QString firstError;
    bool unclosed = false;
    bool anyCandidate = false;
    qsizetype pos = 0;
    for (int attempt = 0; attempt < kMaxCandidates; ++attempt) {
        qsizetype start = -1;
        for (qsizetype i = pos; i < text.size(); ++i) {
            if (text[i] == u'{' || text[i] == u'[') {
                start = i;
                break;
            }
        }
        if (start < 0)
            break;
        const Probe probe = probeOpening(text, start);
        if (probe == Probe::TextEnds) {
            unclosed = true;
            break;
        }
        if (probe == Probe::NotJson) {
            pos = start + 1;
            continue;
        }
        anyCandidate = true;
        const qsizetype end = matchingBracket(text, start);
        if (end < 0) {
            // Everything after an unclosed opening is inside it: a later candidate would only be a fragment.
            unclosed = true;
            break;
        }
        QString error;
        if (parseJson(QStringView(text).mid(start, end - start + 1), &r.value, &error)) {
            r.ok = true;
            return r;
        }
        if (firstError.isEmpty())
            firstError = error;
        pos = end + 1;
    }
    r.value = QJsonValue();
    if (lengthCut) {
        r.truncated = true;
        r.error = QCoreApplication::translate("candor::JsonExtract", "the answer was cut off by the token limit");
    } else if (unclosed) {
        r.truncated = true;
        r.error = QCoreApplication::translate("candor::JsonExtract", "the JSON ends before its closing bracket");
    } else if (whole.isEmpty()) {
        r.error = QCoreApplication::translate("candor::JsonExtract", "the answer is empty");
    } else if (anyCandidate && !firstError.isEmpty()) {
        r.error = firstError;
    } else {
        r.error = QCoreApplication::translate("candor::JsonExtract", "the answer contains no JSON object or array");
    }
    return r;
}

QVector<QJsonObject> rowsFromJson(const QJsonValue &value)
{
    QVector<QJsonObject> rows;
    const auto objectsOf = [&rows](const QJsonArray &array) {
        for (const QJsonValue &v : array) {
            if (v.isObject())
                rows.append(v.toObject());
        }
    };
    if (value.isArray()) {
        objectsOf(value.toArray());
        return rows;
    }
    if (!value.isObject())
        return rows;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue member = it.value();
        if (member.isArray() && !member.toArray().isEmpty() && member.toArray().first().isObject()) {
            objectsOf(member.toArray());
            return rows;
        }
    }
    if (object.contains(u"prompt"))
        rows.append(object);
    return rows;
}

QVector<QJsonObject> IncrementalJsonRows::feed(QStringView delta)
{
    QVector<QJsonObject> out;
    for (const QChar c : delta) {
        switch (m_state) {
        case State::Seeking:
        case State::Probing:
            seek(c);
            if (m_state == State::InJson)
                step(c, out);
            break;
        case State::InJson:
            step(c, out);
            break;
        case State::Done:
            return out;
        }
    }
    return out;
}

// Before the JSON: find an opening bracket and let the next non-space character confirm it (see probeOpening; a row
// array must start with an object or be empty).
void IncrementalJsonRows::seek(QChar c)
{
    if (m_state == State::Probing) {
        if (isJsonSpace(c))
            return;
        const bool confirmed = m_opener == u'[' ? (c == u'{' || c == u']') : (c == u'"' || c == u'}');
        if (confirmed) {
            m_state = State::InJson;
            m_depth = 1;
            if (m_opener == u'[') {
                m_rowDepth = 1;
                m_expectElement = true;
            } else {
                m_captureTop = true;
                m_top = QString(m_opener);
            }
            return; // the caller hands c to step()
        }
        m_state = State::Seeking; // c may itself open the JSON
    }
    if (c == u'{' || c == u'[') {
        m_state = State::Probing;
        m_opener = c;
    }
}

void IncrementalJsonRows::step(QChar c, QVector<QJsonObject> &out)
{
    if (m_inRow)
        m_row.append(c);
    if (m_captureTop)
        m_top.append(c);
    if (m_inString) {
        if (m_escape)
            m_escape = false;
        else if (c == u'\\')
            m_escape = true;
        else if (c == u'"')
            m_inString = false;
        return;
    }
    if (isJsonSpace(c))
        return;

    if (m_probingArray) {
        // The first element of an array directly inside the top-level object decides whether it holds the rows.
        m_probingArray = false;
        if (c == u'{') {
            m_rowDepth = m_depth;
            m_expectElement = true;
            m_captureTop = false;
            m_top.clear();
        }
    }

    const bool atRowLevel = m_rowDepth > 0 && m_depth == m_rowDepth && !m_inRow;
    if (atRowLevel) {
        if (c == u',') {
            m_expectElement = true;
            return;
        }
        if (m_expectElement && c != u']') {
            m_expectElement = false;
            ++m_elementIndex;
            if (c == u'{') {
                m_inRow = true;
                m_row = QString(c);
            } else {
                reportMalformed(
                    QCoreApplication::translate("candor::JsonExtract", "element %1 of the array is not an object")
                        .arg(m_elementIndex));
            }
        }
    }

    switch (c.unicode()) {
    case u'"':
        m_inString = true;
        break;
    case u'{':
        ++m_depth;
        break;
    case u'[':
        ++m_depth;
        if (m_rowDepth == 0 && m_depth == 2 && !m_inRow)
            m_probingArray = true;
        break;
    case u'}':
    case u']':
        --m_depth;
        if (m_inRow && m_depth == m_rowDepth) {
            completeRow(out);
        } else if (m_rowDepth > 0 && m_depth == m_rowDepth - 1 && !m_inRow) {
            m_arrayClosed = true;
            m_state = State::Done; // only the first array carries rows
        }
        if (m_depth <= 0) {
            m_topClosed = true;
            m_captureTop = false;
            m_state = State::Done;
        }
        break;
    default:
        break;
    }
}

void IncrementalJsonRows::completeRow(QVector<QJsonObject> &out)
{
    m_inRow = false;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(m_row.toUtf8(), &parseError);
    m_row.clear();
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        reportMalformed(QCoreApplication::translate("candor::JsonExtract", "row %1 is not valid JSON (%2)")
                            .arg(m_elementIndex)
                            .arg(parseError.errorString()));
        return;
    }
    out.append(doc.object());
    ++m_emitted;
}

void IncrementalJsonRows::reportMalformed(const QString &why)
{
    ++m_malformed;
    m_lastError = why;
}

bool IncrementalJsonRows::finish(QVector<QJsonObject> *lateRows)
{
    if (m_arrayClosed)
        return true;
    if (m_rowDepth == 0 && m_topClosed) {
        if (!m_top.isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(m_top.toUtf8(), &parseError);
            if (parseError.error == QJsonParseError::NoError && doc.isObject() && doc.object().contains(u"prompt")) {
                if (lateRows)
                    lateRows->append(doc.object());
                ++m_emitted;
            } else if (parseError.error != QJsonParseError::NoError) {
                reportMalformed(QCoreApplication::translate("candor::JsonExtract", "invalid JSON (%1)")
                                    .arg(parseError.errorString()));
                return false;
            }
            m_top.clear();
        }
        return true;
    }
    m_lastError =
        started() ? QCoreApplication::translate("candor::JsonExtract", "the JSON ends before its closing bracket")
                  : QCoreApplication::translate("candor::JsonExtract", "the answer contains no JSON object or array");
    return false;
}

} // namespace candor
