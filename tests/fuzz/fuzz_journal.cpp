// The run journal reader (--resume): header, rows, damaged lines.
#include "fuzzinput.h"
#include "storage/runjournal.h"

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    RunJournal::Contents contents;
    QString error;
    RunJournal::load(fuzz::scratchFile(fuzz::bytes(data, size), ".journal"), &contents, &error);
    return 0;
}
