#include "storage/exporter.h"

#include <QCoreApplication>

namespace candor {

bool isSelected(const Example &row, ExportSelection selection)
{
    switch (selection) {
    case ExportSelection::All:
        return true;
    case ExportSelection::AcceptedOnly:
        return row.status == ReviewStatus::Accepted;
    case ExportSelection::AllButRejected:
        return row.status != ReviewStatus::Rejected;
    }
    return true;
}

namespace {
template <typename Rows>
ExportSummary exportAll(const Rows &rows, int count, const ExportOptions &options,
                        const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    ExportSummary summary;
    DatasetWriter writer(options.path, options.format, options.withMeta);
    if (!writer.open(&summary.error))
        return summary;
    qint64 handled = 0;
    for (int i = 0; i < count; ++i) {
        const Example &row = rows.at(i);
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            writer.cancel();
            summary.cancelled = true;
            summary.error = QCoreApplication::translate("candor::Exporter", "The export was cancelled; nothing was "
                                                                            "written.");
            return summary;
        }
        ++handled;
        if (!isSelected(row, options.selection)) {
            ++summary.rowsSkipped;
            continue;
        }
        if (!writer.write(row)) {
            summary.error = writer.errorString();
            writer.cancel();
            return summary;
        }
        ++summary.rowsWritten;
        ++summary.perLevel[Rubric::indexOf(row.targetReward)];
        if (progress && (handled & 0x3fff) == 0)
            progress(handled);
    }
    if (!writer.commit(&summary.error))
        return summary;
    if (progress)
        progress(handled);
    summary.bytes = writer.bytesWritten();
    summary.ok = true;
    return summary;
}

} // namespace

ExportSummary exportRows(const QVector<Example> &rows, const ExportOptions &options,
                         const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    return exportAll(rows, int(rows.size()), options, progress, cancel);
}

ExportSummary exportRows(const DatasetSnapshot &rows, const ExportOptions &options,
                         const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel)
{
    return exportAll(rows, rows.size(), options, progress, cancel);
}

} // namespace candor
