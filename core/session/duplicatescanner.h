#pragma once

#include "dataset/datasetstore.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace candor {

// Keeps the store's FlagDuplicate right: a row is flagged when its prompt repeats, or nearly repeats
// (NearDuplicateIndex), the prompt of an earlier row at the same level; a contrast ladder's rows are not compared
// with each other. The same rule as `candor-cli validate --near-duplicates`, so the window and validate find the same
// rows. The index is built on a worker from a snapshot, over both cores; the GUI thread only applies the result.
class DuplicateScanner : public QObject
{
    Q_OBJECT
public:
    explicit DuplicateScanner(DatasetStore *store, QObject *parent = nullptr);
    ~DuplicateScanner() override;

    // Scans the store as it is now; a scan already running is cancelled first.
    void scan();
    // Scans once the store has been quiet for a moment (edits come in bursts: typing, undo of many rows).
    void scheduleScan();
    void cancel();
    bool isRunning() const { return m_watcher.isRunning() || m_rescan || m_pending; }
    // True while the store's flags are being set from a scan (its rowsChanged is no edit of anyone's).
    bool isApplying() const { return m_applying; }
    // Rows flagged by the last scan: exact repeats and near-duplicates.
    qint64 exactCount() const { return m_exact; }
    qint64 nearCount() const { return m_near; }

Q_SIGNALS:
    // A scan was applied to the store (flags set and cleared).
    void finished(qint64 exact, qint64 near);

private:
    struct Result
    {
        std::vector<quint8> kind; // per row: 0 none, 1 exact, 2 near
        int size = 0;
        quint64 revision = 0;
    };
    void apply();
    void applySlice();

    DatasetStore *m_store;
    QFutureWatcher<std::shared_ptr<Result>> m_watcher;
    QTimer m_quiet;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_revision = 0; // bumped by every change to the store that the scan did not make
    bool m_applying = false;
    std::shared_ptr<Result> m_pending; // a result being applied, a block of rows at a time
    int m_nextRow = 0;
    bool m_rescan = false; // the store changed while a scan ran: run again when it ends
    qint64 m_exact = 0;
    qint64 m_near = 0;
};

} // namespace candor
