// The reward distribution spec (--distribution, project files): parse, split over a total, print back.
#include "dataset/distribution.h"
#include "fuzzinput.h"

#include <cstdlib>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString spec = QString::fromUtf8(fuzz::bytes(data, size));
    QString error;
    const std::optional<Distribution> d = Distribution::parse(spec, &error);
    if (!d)
        return 0;
    for (const int total : {0, 1, 7, 1000, 10000000}) {
        QString why;
        if (const auto counts = d->countsFor(total, &why)) {
            if (totalOf(*counts) != total)
                std::abort(); // counts must sum to the total asked for
        }
    }
    QString again;
    const std::optional<Distribution> round = Distribution::parse(d->toSpec(), &again);
    if (!round || *round != *d)
        std::abort(); // what Candor prints it must read back
    return 0;
}
