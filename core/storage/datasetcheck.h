#pragma once

#include "dataset/rubric.h"
#include "storage/jsonlreader.h"

namespace candor {

// What `candor-cli validate` reports about a dataset file.
struct DatasetReport
{
    struct Duplicate
    {
        qint64 line = 0;
        qint64 firstLine = 0; // where the same prompt (same level) first appeared
    };
    qint64 rows = 0;
    LevelCounts perLevel{};
    QVector<LineError> errors;     // schema problems: the line is not a usable row
    QVector<LineError> warnings;   // usable rows with something worth a look
    QVector<Duplicate> duplicates; // same normalised prompt at the same level
    qint64 sharedPrompts = 0;      // prompts that appear at more than one level (fine for preference pairs)
    bool hasProblems() const { return !errors.isEmpty() || !duplicates.isEmpty(); }
};

// Reads and checks a JSONL dataset. False only if the file cannot be read (fatalError says why).
bool checkDataset(const QString &path, DatasetReport *report, QString *fatalError);

} // namespace candor
