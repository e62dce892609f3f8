// The streaming transport's HTTP/1.1 response reader: status line, interim answers, headers, Content-Length,
// chunked framing with extensions and trailers, read-until-close, in arbitrary pieces.
#include "fuzzinput.h"
#include "providers/httpstream.h"

#include <cstdlib>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpConnectionPool pool;
    bool ended = false;
    bool headSeen = false;
    qint64 bodyBytes = 0;
    HttpStream::Handlers handlers;
    handlers.head = [&](int status, const HeaderMap &) {
        if (headSeen || ended || status < 200 || status > 999)
            std::abort(); // one final head, before the end
        headSeen = true;
    };
    handlers.body = [&](QByteArrayView bytes) {
        if (!headSeen || ended)
            std::abort();
        bodyBytes += bytes.size();
    };
    handlers.end = [&](const HttpStream::Failure &) {
        if (ended)
            std::abort(); // exactly once
        ended = true;
    };
    HttpStream stream(&pool, handlers);
    const QVector<QByteArrayView> cut = fuzz::pieces(fuzz::bytes(data, size));
    for (const QByteArrayView piece : cut)
        stream.readResponseBytes(piece);
    stream.endOfResponseBytes();
    if (!ended || bodyBytes > qint64(size))
        std::abort();
    return 0;
}
