#include "providers/linebuffer.h"

namespace candor {

LineBuffer::Next LineBuffer::next(QByteArrayView piece, qsizetype *pos, QByteArrayView *line)
{
    if (m_lineTaken) {
        m_lineTaken = false;
        m_line.clear();
    }
    const qsizetype n = piece.size();
    qsizetype start = *pos;
    if (m_skipLf && start < n) {
        m_skipLf = false;
        if (piece[start] == '\n')
            ++start;
    }
    while (start < n) {
        qsizetype end = start;
        if (m_breaks == Breaks::Any) {
            while (end < n && piece[end] != '\n' && piece[end] != '\r')
                ++end;
        } else {
            const qsizetype lf = piece.sliced(start).indexOf('\n');
            end = lf < 0 ? n : start + lf;
        }
        const QByteArrayView bytes = piece.sliced(start, end - start);
        const bool overLimit = m_line.size() + bytes.size() > m_max;
        if (end == n) {
            // An unfinished line: keep it, unless it has outgrown the cap.
            *pos = n;
            if (m_droppingLine)
                return Next::NeedMore;
            if (!overLimit) {
                m_line.append(bytes);
                return Next::NeedMore;
            }
            m_overflowed = true;
            m_droppingLine = true;
            m_line.clear();
            return Next::Overflow;
        }
        // A line break at end: step over it (and the LF of a CRLF, which may come first in the next piece).
        qsizetype after = end + 1;
        if (piece[end] == '\r') {
            if (after == n)
                m_skipLf = true;
            else if (piece[after] == '\n')
                ++after;
        }
        *pos = after;
        if (m_droppingLine) {
            m_droppingLine = false; // the end of a line already reported
            start = after;
            continue;
        }
        if (overLimit) {
            m_overflowed = true;
            m_line.clear();
            return Next::Overflow;
        }
        if (m_line.isEmpty()) {
            *line = deliver(bytes);
        } else {
            m_line.append(bytes);
            m_lineTaken = true;
            *line = deliver(m_line);
        }
        return Next::Line;
    }
    *pos = start;
    return Next::NeedMore;
}

bool LineBuffer::finish(QByteArray *line)
{
    if (m_lineTaken)
        m_line.clear();
    const bool have = !m_droppingLine && !m_line.isEmpty();
    if (have)
        *line = deliver(m_line).toByteArray();
    m_line.clear();
    m_lineTaken = false;
    m_skipLf = false;
    m_droppingLine = false;
    return have;
}

void LineBuffer::reset()
{
    m_line.clear();
    m_lineTaken = false;
    m_skipLf = false;
    m_droppingLine = false;
    m_overflowed = false;
}

QByteArrayView LineBuffer::deliver(QByteArrayView line)
{
    if (m_breaks == Breaks::LfOnly && line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace candor
