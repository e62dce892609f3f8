#include "storage/datasetcheck.h"

#include <QCoreApplication>
#include <QHash>

namespace candor {

bool checkDataset(const QString &path, DatasetReport *report, QString *fatalError)
{
    // normalised prompt -> (line of first use, bit set of levels seen)
    struct Seen
    {
        qint64 firstLine[Rubric::LevelCount] = {0, 0, 0, 0, 0};
        int levels = 0;
    };
    QHash<QString, Seen> seen;
    const bool ok = JsonlReader::read(
        path,
        [&](Example &&row, qint64 line) {
            ++report->rows;
            const int index = Rubric::indexOf(row.targetReward);
            ++report->perLevel[index];
            if (!row.searchHint.isEmpty() && !isValidSearchHint(row.searchHint))
                report->errors.append(
                    {line, QCoreApplication::translate("candor::DatasetCheck",
                                                       "\"search_hint\" must look like [SEARCH:query]")});
            if (row.tags.isEmpty())
                report->warnings.append({line, QCoreApplication::translate("candor::DatasetCheck", "no tags")});
            Seen &s = seen[normalisedPrompt(row.prompt)];
            if (s.firstLine[index]) {
                report->duplicates.append({line, s.firstLine[index]});
            } else {
                s.firstLine[index] = line;
                // Counted once per prompt, when it reaches its second level.
                if (s.levels && (s.levels & (s.levels - 1)) == 0)
                    ++report->sharedPrompts;
                s.levels |= 1 << index;
            }
            return true;
        },
        [&](const LineError &error) { report->errors.append(error); }, fatalError);
    return ok;
}

} // namespace candor
