// candor-cli validate's reader: a dataset file as seed JSONL, CSV (RFC 4180, quoted fields over several lines) or
// OpenAI chat JSONL, forced or recognised from the content. The first byte picks the format.
#include "fuzzinput.h"
#include "storage/datasetcheck.h"

#include <cstdlib>

using namespace candor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    DatasetCheckOptions options;
    options.keepProblems = 3;
    switch (data[0] % 4) {
    case 0:
        options.format = ExportFormat::Jsonl;
        break;
    case 1:
        options.format = ExportFormat::Csv;
        break;
    case 2:
        options.format = ExportFormat::OpenAiChat;
        break;
    default:
        break; // recognised from the content
    }
    DatasetReport report;
    QString fatal;
    if (checkDataset(fuzz::scratchFile(fuzz::bytes(data + 1, size - 1), ".data"), options, &report, &fatal)) {
        // Counts are exact while only the first few problems are kept.
        if (report.errors.size() > 3 || report.errorCount < report.errors.size() ||
            totalOf(report.perLevel) > report.rows)
            std::abort();
    }
    return 0;
}
