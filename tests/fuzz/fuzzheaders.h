// Splits fuzz input into response headers ("Name: value" lines up to a blank line) and the body after them.
#pragma once

#include "providers/providertypes.h"

#include <QByteArray>
#include <QByteArrayView>

namespace candor::fuzz {

inline HeaderMap headersAndBody(QByteArrayView input, QByteArray *body)
{
    HeaderMap headers;
    qsizetype end = input.toByteArray().indexOf("\n\n");
    const QByteArrayView head = end < 0 ? input : input.first(end);
    *body = end < 0 ? QByteArray() : input.sliced(end + 2).toByteArray();
    for (const QByteArray &line : head.toByteArray().split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return headers;
}

} // namespace candor::fuzz
