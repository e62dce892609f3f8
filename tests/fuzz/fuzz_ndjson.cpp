// NDJSON decoder (Ollama streams): any bytes, any cutting. The lines must not depend on where the pieces were cut.
#include "fuzzinput.h"
#include "providers/streamdecoders.h"

#include <cstdlib>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QVector<QByteArrayView> cut = fuzz::pieces(fuzz::bytes(data, size));
    for (const qsizetype cap : {qsizetype(32), kDefaultMaxStreamLine}) {
        NdjsonDecoder piecewise(cap);
        QVector<QByteArray> expected;
        QByteArray joined;
        for (const QByteArrayView piece : cut) {
            expected += piecewise.feed(piece);
            joined.append(piece);
        }
        expected += piecewise.finish();
        NdjsonDecoder oneGo(cap);
        QVector<QByteArray> together = oneGo.feed(joined);
        together += oneGo.finish();
        if (expected != together || piecewise.overflowed() != oneGo.overflowed())
            std::abort();
    }
    return 0;
}
