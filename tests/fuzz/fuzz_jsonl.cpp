// The dataset JSONL reader: a whole file (block-wise line splitting, byte order mark, over-long lines) and each line
// through the row parser.
#include "fuzzinput.h"
#include "storage/jsonlreader.h"

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    for (const QByteArrayView line : input.toByteArray().split('\n')) {
        Example row;
        QString error;
        JsonlReader::parseLine(line.toByteArray(), &row, &error);
    }
    JsonlReader::Result result;
    QString fatal;
    JsonlReader::readAll(fuzz::scratchFile(input, ".jsonl"), &result, &fatal);
    return 0;
}
