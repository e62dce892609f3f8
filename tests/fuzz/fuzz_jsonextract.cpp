// JSON out of model text: the whole-answer extraction, the rows it carries, and the incremental row reader fed in
// pieces as a stream would deliver them.
#include "fuzzinput.h"
#include "text/jsonextract.h"

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(input);
    for (const bool lengthCut : {false, true}) {
        const JsonExtraction extraction = extractJson(text, lengthCut);
        if (extraction.ok)
            rowsFromJson(extraction.value);
    }
    IncrementalJsonRows rows;
    for (const QByteArrayView piece : fuzz::pieces(input))
        rows.feed(QString::fromUtf8(piece));
    QVector<QJsonObject> late;
    rows.finish(&late);
    return 0;
}
