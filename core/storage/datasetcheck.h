#pragma once

#include "dataset/rubric.h"
#include "storage/jsonlreader.h"

#include <QHash>

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

// validate's duplicate rule: a row repeats an earlier one when its normalised prompt (normalisedPrompt()) appeared
// before at the same level. The same prompt at another level is fine (preference pairs). Open Dataset flags rows by
// this rule too, so the table and `candor-cli validate` find the same duplicates.
class DuplicateFinder
{
public:
    struct Result
    {
        qint64 firstLine = 0;   // where the same prompt first appeared at this level; 0 = not a duplicate
        bool newShared = false; // the prompt has just reached its second level
    };
    // Notes a row (line counts from 1, or any increasing number) and says whether it repeats an earlier one.
    Result add(const Example &row, qint64 line);

private:
    struct Seen
    {
        qint64 firstLine[Rubric::LevelCount] = {0, 0, 0, 0, 0};
        int levels = 0;
    };
    QHash<QString, Seen> m_seen;
};

// Reads and checks a JSONL dataset. False only if the file cannot be read (fatalError says why).
bool checkDataset(const QString &path, DatasetReport *report, QString *fatalError);

} // namespace candor
