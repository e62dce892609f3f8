// The project / --config loader: a .candor file or a bare configuration object.
#include "fuzzinput.h"
#include "session/projectfile.h"

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    if (const auto config = ProjectFile::load(fuzz::scratchFile(fuzz::bytes(data, size), ".candor"), &error)) {
        // What loaded must survive its own JSON round trip.
        QString again;
        GenerationConfig::fromJson(config->toJson(), &again);
    }
    return 0;
}
