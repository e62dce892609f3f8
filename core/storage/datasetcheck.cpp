#include "storage/datasetcheck.h"

#include <QCoreApplication>
#include <QHash>

namespace candor {

DuplicateFinder::Result DuplicateFinder::add(const Example &row, qint64 line)
{
    Result result;
    if (!Rubric::isValid(row.targetReward))
        return result;
    const int index = Rubric::indexOf(row.targetReward);
    Seen &s = m_seen[normalisedPrompt(row.prompt)];
    if (s.firstLine[index]) {
        result.firstLine = s.firstLine[index];
    } else {
        s.firstLine[index] = line;
        // Counted once per prompt, when it reaches its second level.
        result.newShared = s.levels && (s.levels & (s.levels - 1)) == 0;
        s.levels |= 1 << index;
    }
    return result;
}

bool checkDataset(const QString &path, DatasetReport *report, QString *fatalError)
{
    DuplicateFinder duplicates;
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
            const DuplicateFinder::Result seen = duplicates.add(row, line);
            if (seen.firstLine)
                report->duplicates.append({line, seen.firstLine});
            else if (seen.newShared)
                ++report->sharedPrompts;
            return true;
        },
        [&](const LineError &error) { report->errors.append(error); }, fatalError);
    return ok;
}

} // namespace candor
