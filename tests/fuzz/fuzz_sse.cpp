// Server-sent events decoder: any bytes, any cutting. The events must not depend on where the pieces were cut.
#include "fuzzinput.h"
#include "providers/streamdecoders.h"

#include <cstdlib>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const QVector<QByteArrayView> cut = fuzz::pieces(input);
    // A small cap too, so over-long lines and events are reached without megabytes of input.
    for (const qsizetype cap : {qsizetype(48), kDefaultMaxStreamLine}) {
        SseDecoder whole(cap);
        QVector<SseDecoder::Event> expected;
        for (const QByteArrayView piece : cut)
            expected += whole.feed(piece);
        SseDecoder oneGo(cap);
        QByteArray joined;
        for (const QByteArrayView piece : cut)
            joined.append(piece);
        QVector<SseDecoder::Event> together = oneGo.feed(joined);
        expected += whole.finish();
        together += oneGo.finish();
        if (expected != together || whole.overflowed() != oneGo.overflowed())
            std::abort();
    }
    return 0;
}
