#include "providers/streamdecoders.h"

namespace candor {

// ---------------------------------------------------------------------------------------------------------------
// SseDecoder

QVector<SseDecoder::Event> SseDecoder::feed(QByteArrayView chunk)
{
    QVector<Event> out;
    qsizetype pos = 0;
    QByteArrayView line;
    for (;;) {
        switch (m_lines.next(chunk, &pos, &line)) {
        case LineBuffer::Next::NeedMore:
            return out;
        case LineBuffer::Next::Line:
            processLine(line, out);
            break;
        case LineBuffer::Next::Overflow:
            m_overflowed = true;
            m_eventBroken = true;
            break;
        }
    }
}

QVector<SseDecoder::Event> SseDecoder::finish()
{
    QVector<Event> out;
    QByteArray last;
    if (m_lines.finish(&last))
        processLine(last, out);
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
    return m_lines.hasPending() || m_hasData || m_hasEvent;
}

void SseDecoder::reset()
{
    m_lines.reset();
    clearEvent();
    m_lastId.clear();
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
    qsizetype pos = 0;
    QByteArrayView line;
    for (;;) {
        switch (m_lines.next(chunk, &pos, &line)) {
        case LineBuffer::Next::NeedMore:
            return out;
        case LineBuffer::Next::Line:
            emitLine(line, out);
            break;
        case LineBuffer::Next::Overflow:
            break; // the line buffer remembers it for overflowed()
        }
    }
}

QVector<QByteArray> NdjsonDecoder::finish()
{
    QVector<QByteArray> out;
    QByteArray last;
    if (m_lines.finish(&last))
        emitLine(last, out);
    return out;
}

void NdjsonDecoder::emitLine(QByteArrayView line, QVector<QByteArray> &out)
{
    // The line buffer has already dropped the CR of a CRLF.
    if (line.trimmed().isEmpty())
        return;
    out.append(line.toByteArray());
}

} // namespace candor
