#include "providers/streamdecoders.h"

namespace candor {

// ---------------------------------------------------------------------------------------------------------------
// SseDecoder

QVector<SseDecoder::Event> SseDecoder::feed(QByteArrayView chunk)
{
    QVector<Event> out;
    const qsizetype n = chunk.size();
    if (n == 0)
        return out;
    qsizetype pos = 0;
    if (m_skipLf) {
        m_skipLf = false;
        if (chunk[0] == '\n')
            pos = 1;
    }
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && chunk[end] != '\n' && chunk[end] != '\r')
            ++end;
        const QByteArrayView piece = chunk.sliced(pos, end - pos);
        const bool overLimit = m_line.size() + piece.size() > m_max;
        if (end == n) {
            // An unfinished line: keep it, unless it has outgrown the cap.
            if (m_droppingLine) {
                // still inside a dropped line
            } else if (overLimit) {
                m_overflowed = true;
                m_eventBroken = true;
                m_droppingLine = true;
                m_line.clear();
            } else {
                m_line.append(piece);
            }
            break;
        }
        if (m_droppingLine) {
            m_droppingLine = false;
        } else if (overLimit) {
            m_overflowed = true;
            m_eventBroken = true;
            m_line.clear();
        } else if (m_line.isEmpty()) {
            processLine(piece, out);
        } else {
            m_line.append(piece);
            processLine(m_line, out);
            m_line.clear();
        }
        if (chunk[end] == '\r') {
            if (end + 1 == n)
                m_skipLf = true; // the LF of a CRLF may be the first byte of the next piece
            else if (chunk[end + 1] == '\n')
                ++end;
        }
        pos = end + 1;
    }
    return out;
}

QVector<SseDecoder::Event> SseDecoder::finish()
{
    QVector<Event> out;
    if (!m_droppingLine && !m_line.isEmpty()) {
        const QByteArray last = m_line;
        m_line.clear();
        processLine(last, out);
    }
    // Lenient: a server that closes without the final blank line still meant to send its last event.
    if (m_hasData && !m_eventBroken)
        out.append(Event{m_event, m_data, m_lastId});
    const bool overflowed = m_overflowed;
    reset();
    m_overflowed = overflowed;
    return out;
}

bool SseDecoder::hasPending() const
{
    return !m_line.isEmpty() || m_droppingLine || m_hasData || m_hasEvent;
}

void SseDecoder::reset()
{
    m_line.clear();
    clearEvent();
    m_lastId.clear();
    m_skipLf = false;
    m_droppingLine = false;
    m_seenFirstLine = false;
    m_overflowed = false;
}

void SseDecoder::clearEvent()
{
    m_data.clear();
    m_event.clear();
    m_hasData = false;
    m_hasEvent = false;
    m_eventBroken = false;
}

void SseDecoder::dispatch(QVector<Event> &out)
{
    if (!m_eventBroken && (m_hasData || m_hasEvent))
        out.append(Event{m_event, m_data, m_lastId});
    clearEvent();
}

void SseDecoder::processLine(QByteArrayView line, QVector<Event> &out)
{
    if (!m_seenFirstLine) {
        m_seenFirstLine = true;
        if (line.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark may open the stream
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.front() == ':')
        return; // comment / keep-alive
    QByteArrayView field = line;
    QByteArrayView value;
    const qsizetype colon = line.indexOf(':');
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
    }
    if (field == QByteArrayView("data")) {
        if (m_data.size() + value.size() + 1 > m_max) {
            m_overflowed = true;
            m_eventBroken = true;
            m_data.clear();
            return;
        }
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value);
        m_hasData = true;
    } else if (field == QByteArrayView("event")) {
        m_event = value.toByteArray();
        m_hasEvent = true;
    } else if (field == QByteArrayView("id")) {
        if (!value.contains('\0'))
            m_lastId = value.toByteArray();
    }
    // "retry" and unknown fields are ignored.
}

// ---------------------------------------------------------------------------------------------------------------
// NdjsonDecoder

QVector<QByteArray> NdjsonDecoder::feed(QByteArrayView chunk)
{
    QVector<QByteArray> out;
    const qsizetype n = chunk.size();
    qsizetype pos = 0;
    while (pos < n) {
        qsizetype end = chunk.sliced(pos).indexOf('\n');
        end = end < 0 ? n : pos + end;
        const QByteArrayView piece = chunk.sliced(pos, end - pos);
        const bool overLimit = m_line.size() + piece.size() > m_max;
        if (end == n) {
            if (m_droppingLine) {
                // still inside a dropped line
            } else if (overLimit) {
                m_overflowed = true;
                m_droppingLine = true;
                m_line.clear();
            } else {
                m_line.append(piece);
            }
            break;
        }
        if (m_droppingLine) {
            m_droppingLine = false;
        } else if (overLimit) {
            m_overflowed = true;
            m_line.clear();
        } else if (m_line.isEmpty()) {
            emitLine(piece, out);
        } else {
            m_line.append(piece);
            emitLine(m_line, out);
            m_line.clear();
        }
        pos = end + 1;
    }
    return out;
}

QVector<QByteArray> NdjsonDecoder::finish()
{
    QVector<QByteArray> out;
    if (!m_droppingLine && !m_line.isEmpty())
        emitLine(m_line, out);
    m_line.clear();
    m_droppingLine = false;
    return out;
}

void NdjsonDecoder::reset()
{
    m_line.clear();
    m_droppingLine = false;
    m_overflowed = false;
}

void NdjsonDecoder::emitLine(QByteArrayView line, QVector<QByteArray> &out)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.trimmed().isEmpty())
        return;
    out.append(line.toByteArray());
}

} // namespace candor
