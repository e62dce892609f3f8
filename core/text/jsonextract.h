#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <QVector>

namespace candor {

struct JsonExtraction
{
    bool ok = false;
    QJsonValue value;       // an object or an array when ok
    bool truncated = false; // the text ends inside the JSON (or the token limit cut it): more output was coming
    QString error;          // why not ok, for people
};

// JSON out of model text (PROTOCOLS.md §0): the whole trimmed text; else the inside of a ```json / ``` fence; else
// from the first { or [ to its matching bracket (string- and escape-aware), ignoring prose before and after. When
// nothing parses and lengthCut is set, the answer is reported as cut off by the token limit, never as invalid JSON.
JsonExtraction extractJson(const QString &text, bool lengthCut);

// The rows a complete JSON value carries: the object elements of a top-level array; or of the first array member of a
// top-level object whose first element is an object ({"examples":[...]}, {"rows":[...]}); or the object itself when it
// is a single row (has a "prompt" key). QJsonObject forgets member order, so with several such arrays the
// alphabetically first key wins here, while IncrementalJsonRows takes the first in the text.
QVector<QJsonObject> rowsFromJson(const QJsonValue &value);

// Rows out of a streamed answer, each the moment its closing brace arrives. The rows are the objects in the first
// top-level array (a bare [ {...}, {...} ] or the first array of objects directly inside a top-level object), after any
// leading prose or ``` fence. Brackets inside strings and escaped quotes are handled; a malformed row is counted and
// skipped, never thrown.
class IncrementalJsonRows
{
public:
    // Rows completed by this piece of text, in order.
    QVector<QJsonObject> feed(QStringView delta);
    // End of the answer. Returns whether the JSON that carries the rows was complete: the row array was closed (or,
    // with no row array, the top-level object was closed). A complete top-level object that is itself a row (has a
    // "prompt" key) is only known to be one now; it is appended to lateRows.
    bool finish(QVector<QJsonObject> *lateRows = nullptr);

    int rowsEmitted() const { return m_emitted; }
    int malformedCount() const { return m_malformed; }
    QString lastError() const { return m_lastError; }
    bool started() const { return m_state == State::InJson || m_state == State::Done; }
    bool arrayClosed() const { return m_arrayClosed; }
    void reset() { *this = IncrementalJsonRows(); }

private:
    enum class State
    {
        Seeking,
        Probing,
        InJson,
        Done
    };

    void seek(QChar c);
    void step(QChar c, QVector<QJsonObject> &out);
    void completeRow(QVector<QJsonObject> &out);
    void reportMalformed(const QString &why);

    State m_state = State::Seeking;
    QChar m_opener;
    int m_depth = 0;
    bool m_inString = false;
    bool m_escape = false;
    int m_rowDepth = 0; // nesting depth directly inside the row array; 0 while no row array is known
    bool m_probingArray = false;
    bool m_expectElement = false;
    bool m_inRow = false;
    QString m_row;
    bool m_captureTop = false; // keep the whole top-level object: it may turn out to be a single row
    QString m_top;
    bool m_topClosed = false;
    bool m_arrayClosed = false;
    int m_elementIndex = 0;
    int m_emitted = 0;
    int m_malformed = 0;
    QString m_lastError;
};

} // namespace candor
