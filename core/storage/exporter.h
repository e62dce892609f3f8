#pragma once

#include "dataset/datasetstore.h"
#include "dataset/example.h"
#include "dataset/rubric.h"
#include "storage/datasetwriter.h"

#include <QVector>

#include <atomic>
#include <functional>

namespace candor {

// Which rows of a reviewed dataset an export takes.
enum class ExportSelection
{
    All,
    AcceptedOnly,
    AllButRejected
};

struct ExportOptions
{
    QString path;
    ExportFormat format = ExportFormat::Jsonl;
    bool withMeta = false;
    ExportSelection selection = ExportSelection::All;
};

struct ExportSummary
{
    bool ok = false;
    bool cancelled = false;
    qint64 rowsWritten = 0;
    qint64 rowsSkipped = 0; // left out by the selection
    LevelCounts perLevel{};
    qint64 bytes = 0;
    QString error;
};

bool isSelected(const Example &row, ExportSelection selection);

// Writes rows atomically; safe to run on a worker thread (it touches only its arguments). progress is called
// with the rows handled so far; cancel may be set from another thread and leaves any earlier file untouched.
ExportSummary exportRows(const QVector<Example> &rows, const ExportOptions &options,
                         const std::function<void(qint64 done)> &progress = {},
                         const std::atomic<bool> *cancel = nullptr);
// The same over a store's snapshot: the GUI exports without copying a million rows first.
ExportSummary exportRows(const DatasetSnapshot &rows, const ExportOptions &options,
                         const std::function<void(qint64 done)> &progress = {},
                         const std::atomic<bool> *cancel = nullptr);

} // namespace candor
