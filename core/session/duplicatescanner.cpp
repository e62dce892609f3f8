#include "session/duplicatescanner.h"

#include "text/nearduplicates.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace candor {

DuplicateScanner::DuplicateScanner(DatasetStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    auto changed = [this] {
        if (m_applying)
            return;
        ++m_revision;
        if (m_watcher.isRunning())
            m_rescan = true;
    };
    // Review actions change no prompt: only appends, resets and prompt changes make a scan stale.
    connect(m_store, &DatasetStore::rowsAppended, this, changed);
    connect(m_store, &DatasetStore::promptChanged, this, changed);
    connect(m_store, &DatasetStore::resetDone, this, changed);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Result>>::finished, this, &DuplicateScanner::apply);
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(300);
    connect(&m_quiet, &QTimer::timeout, this, &DuplicateScanner::scan);
}

void DuplicateScanner::scheduleScan()
{
    m_quiet.start();
}

DuplicateScanner::~DuplicateScanner()
{
    cancel();
    m_watcher.waitForFinished();
}

void DuplicateScanner::cancel()
{
    m_quiet.stop();
    m_pending.reset();
    if (m_cancel)
        m_cancel->store(true);
    m_rescan = false;
}

void DuplicateScanner::scan()
{
    m_quiet.stop();
    m_pending.reset();
    if (m_watcher.isRunning()) {
        // Let the running scan end (it is told to stop early); its result is stale and a new one starts then.
        if (m_cancel)
            m_cancel->store(true);
        m_rescan = true;
        return;
    }
    m_rescan = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // A pool of its own: a scan of a million rows must not hold up the filter and load workers of the global pool.
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    m_watcher.setFuture(QtConcurrent::run(
        &pool,
        [held = m_store->snapshot(), revision = m_revision, cancel = m_cancel]() mutable -> std::shared_ptr<Result> {
            // The snapshot goes when the scan ends, before the result is handed over: a block still shared then would
            // be copied when the flags are set.
            const DatasetSnapshot snapshot = std::exchange(held, DatasetSnapshot());
#ifdef Q_OS_LINUX
            // Below the GUI thread: on two cores the scan would otherwise take the window's turn (its threads
            // inherit this).
            setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
#endif
            const int n = snapshot.size();
            QVector<QString> prompts(n);
            QVector<int> levels(n);
            QVector<quint64> groups(n);
            auto prepare = [&](int begin, int end) {
                for (int row = begin; row < end && !cancel->load(std::memory_order_relaxed); ++row) {
                    const Example &e = snapshot.at(row);
                    prompts[row] = normalisedPrompt(e.prompt);
                    levels[row] = e.targetReward;
                    // Any non-zero number names the ladder, as validate numbers them.
                    groups[row] = e.group.isEmpty() ? 0 : (quint64(qHash(e.group, 0x1adde5)) | 1);
                }
            };
            std::thread other(prepare, n / 2, n);
            prepare(0, n / 2);
            other.join();
            auto result = std::make_shared<Result>();
            result->size = n;
            result->revision = revision;
            if (cancel->load())
                return result;
            const QVector<NearDuplicateMatch> matches = NearDuplicateIndex::findAll(
                prompts, levels, groups, NearDuplicateIndex::DefaultThreshold, 0, cancel.get());
            if (matches.size() != n)
                return result;
            result->kind.resize(std::size_t(n));
            for (int row = 0; row < n; ++row)
                result->kind[std::size_t(row)] = matches[row].exact ? 1 : matches[row].found() ? 2 : 0;
            return result;
        }));
}

void DuplicateScanner::apply()
{
    const std::shared_ptr<Result> result = m_watcher.result();
    const bool complete = result && !m_cancel->load() && int(result->kind.size()) == result->size;
    // A store that changed while the scan ran (an edited prompt, more rows) gets a new scan instead.
    if (complete && result->revision == m_revision) {
        m_exact = m_near = 0;
        for (const quint8 k : result->kind) {
            m_exact += k == 1;
            m_near += k == 2;
        }
        m_rescan = false;
        m_pending = result;
        m_nextRow = 0;
        applySlice();
        return;
    }
    if (m_rescan || complete) {
        m_rescan = false;
        scan();
    }
}

void DuplicateScanner::applySlice()
{
    if (!m_pending)
        return;
    if (m_pending->revision != m_revision) {
        // An edit between two slices: the rest of the result may be stale.
        m_pending.reset();
        scan();
        return;
    }
    // One block of rows per turn of the event loop: the table, the filter and a project follow each slice, and no
    // turn takes long, whatever the number of rows.
    const int end = std::min(m_pending->size, m_nextRow + detail::BlockRows);
    m_applying = true;
    m_store->setFlag(FlagDuplicate, m_pending->kind, m_nextRow, end);
    m_applying = false;
    m_nextRow = end;
    if (m_nextRow < m_pending->size) {
        QTimer::singleShot(0, this, &DuplicateScanner::applySlice);
        return;
    }
    m_pending.reset();
    Q_EMIT finished(m_exact, m_near);
}

} // namespace candor
