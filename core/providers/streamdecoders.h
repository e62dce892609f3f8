#pragma once

#include "providers/linebuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace candor {

// Longest line (and, for SSE, longest event) a decoder buffers before it gives up on it. A server that never sends a
// line break must not make Candor grow its buffer without bound.
inline constexpr qsizetype kDefaultMaxStreamLine = 8 * 1024 * 1024;

// Server-sent events (WHATWG "text/event-stream" parsing rules) over bytes that arrive in arbitrary pieces. Chunk
// boundaries never change the result: a piece may end inside a field name, inside a multi-byte UTF-8 character or
// between the CR and LF of a line break. Data stays bytes; the caller decodes complete payloads.
class SseDecoder
{
public:
    struct Event
    {
        QByteArray event; // the "event:" field; empty means the default type ("message")
        QByteArray data;  // "data:" lines joined with "\n"
        QByteArray id;    // the last event id seen on the stream (it persists across events, as the spec says)

        bool operator==(const Event &other) const
        {
            return event == other.event && data == other.data && id == other.id;
        }
        bool operator!=(const Event &other) const { return !(*this == other); }
    };

    explicit SseDecoder(qsizetype maxBuffer = kDefaultMaxStreamLine)
        : m_max(maxBuffer), m_lines(LineBuffer::Breaks::Any, maxBuffer)
    {}

    // The events completed by this piece, in order.
    QVector<Event> feed(QByteArrayView chunk);
    // End of stream: an event that has data but lacks its final blank line is still delivered (some servers omit
    // it), as is a last line without a line break. The decoder is then empty and ready for a new stream.
    QVector<Event> finish();
    // Bytes or fields are waiting for a line break or a blank line.
    bool hasPending() const;
    // A line or event was longer than the cap and was dropped. Stays set until reset().
    bool overflowed() const { return m_overflowed; }
    void reset();

private:
    void processLine(QByteArrayView line, QVector<Event> &out);
    void dispatch(QVector<Event> &out);
    void clearEvent();

    qsizetype m_max;
    LineBuffer m_lines;
    QByteArray m_data;
    QByteArray m_event;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_hasEvent = false;
    bool m_eventBroken = false; // a line of the current event was dropped: do not deliver a corrupt event
    bool m_seenFirstLine = false;
    bool m_overflowed = false; // a line (in the line buffer) or an event's data outgrew the cap
};

// Newline-delimited JSON (Ollama) over arbitrary pieces: one complete line per element, without its line break or a
// trailing CR; blank lines are skipped.
class NdjsonDecoder
{
public:
    explicit NdjsonDecoder(qsizetype maxLine = kDefaultMaxStreamLine) : m_lines(LineBuffer::Breaks::LfOnly, maxLine) {}

    QVector<QByteArray> feed(QByteArrayView chunk);
    // End of stream: the last line, when it had no line break. The decoder is then empty.
    QVector<QByteArray> finish();
    bool hasPending() const { return m_lines.hasPending() && !m_lines.isDroppingLine(); }
    // A line was longer than the cap and was dropped. Stays set until reset().
    bool overflowed() const { return m_lines.overflowed(); }
    void reset() { m_lines.reset(); }

private:
    static void emitLine(QByteArrayView line, QVector<QByteArray> &out);

    LineBuffer m_lines;
};

} // namespace candor
