#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace candor {

// Splits bytes that arrive in arbitrary pieces into complete lines. Piece boundaries never change the result: a
// piece may end inside a line or, with CR line ends, between the CR and the LF of one line break. A line longer than
// the cap is dropped whole (up to its line break) and reported once, so a server that never sends a line break
// cannot make the buffer grow without bound.
class LineBuffer
{
public:
    enum class Breaks
    {
        Any,   // CR, LF or CRLF end a line (server-sent events)
        LfOnly // only LF ends a line and one CR before it is dropped; a bare CR is an ordinary byte (NDJSON, HTTP)
    };
    enum class Next
    {
        NeedMore, // the rest of the piece is buffered (or dropped): feed the next one
        Line,     // *line holds a complete line, without its line break
        Overflow  // a line outgrew the cap; its bytes are dropped up to its line break
    };

    LineBuffer(Breaks breaks, qsizetype maxLine) : m_breaks(breaks), m_max(maxLine) {}

    // Reads on from *pos in piece and stops at the first thing to report. A line view stays valid until the next
    // call. Call it with the same piece until it says NeedMore. The cap counts the bytes between two line breaks
    // (with LfOnly, a CR before the LF counts).
    Next next(QByteArrayView piece, qsizetype *pos, QByteArrayView *line);
    // End of input: true with the last line when bytes without a line break were waiting (not a dropped line).
    // The buffer is then empty; overflowed() stays as it was.
    bool finish(QByteArray *line);

    // Bytes of an unfinished line are waiting, or an over-long line is being dropped.
    bool hasPending() const { return (!m_line.isEmpty() && !m_lineTaken) || m_droppingLine; }
    bool isDroppingLine() const { return m_droppingLine; }
    // A line was longer than the cap. Stays set until reset().
    bool overflowed() const { return m_overflowed; }
    // Empty again, as if new; also forgets an overflow.
    void reset();

private:
    QByteArrayView deliver(QByteArrayView line);

    Breaks m_breaks;
    qsizetype m_max;
    QByteArray m_line;        // an unfinished line, or the buffered line last handed out
    bool m_lineTaken = false; // m_line was handed out as a line: clear it on the next call
    bool m_skipLf = false;    // the last piece ended in CR: a leading LF in the next one belongs to it
    bool m_droppingLine = false;
    bool m_overflowed = false;
};

} // namespace candor
