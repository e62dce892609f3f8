// bench_preview: the spot-check table at a million rows, as the GUI sees it. Loads a JSONL file on a worker thread
// into the window's ReviewPanel (DatasetStore -> PreviewModel -> PreviewFilterModel -> a shown QTableView, offscreen),
// then times text filters, clearing them, sorting by level, and scrolling with forced repaints. Prints one line per
// figure, including the longest time the GUI thread was blocked during each step. Usage: bench_preview FILE.jsonl
#include "dataset/datasetstore.h"
#include "previewfiltermodel.h"
#include "previewmodel.h"
#include "reviewpanel.h"
#include "session/duplicatescanner.h"
#include "storage/jsonlreader.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// The longest gap between two turns of the event loop while it runs: how long the GUI could not respond.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        // 1 ms, not 0: a zero timer would spin the GUI thread and steal a core from the workers being measured.
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        m_worst = std::max(m_worst, m_clock.nsecsElapsed() - m_last);
        return ms(m_worst);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Runs the event loop until the filter model has swapped in its result (or at once if nothing is pending).
void waitApplied(PreviewFilterModel &proxy)
{
    if (!proxy.isBusy())
        return;
    QEventLoop loop;
    QObject::connect(&proxy, &PreviewFilterModel::filterApplied, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

struct LoadFigures
{
    int rows = 0;
    int chunks = 0;
    qint64 wallNs = 0;
    qint64 appendNs = 0;    // GUI thread time inside store.append (store + model + proxy + view)
    qint64 maxAppendNs = 0; // the longest single chunk
    double stallMs = 0;
    QString error;
};

// Reading and parsing happen on a worker; the GUI thread only appends finished chunks, as the app does.
LoadFigures load(const QString &path, DatasetStore &store, StallMeter &meter)
{
    // 16,384 rows a chunk: ~10 ms of GUI time each and one repaint per chunk (4,096 gave four times the repaints).
    constexpr int kChunk = 16384;
    LoadFigures f;
    QEventLoop loop;
    QElapsedTimer wall;
    wall.start();
    meter.start();
    auto appendChunk = [&](QVector<Example> chunk) {
        QElapsedTimer t;
        t.start();
        store.append(std::move(chunk));
        const qint64 ns = t.nsecsElapsed();
        f.appendNs += ns;
        f.maxAppendNs = std::max(f.maxAppendNs, ns);
        ++f.chunks;
    };
    auto finished = QtConcurrent::run([&] {
        StringPool pool; // shared tag strings, made here rather than on the GUI thread
        QVector<Example> chunk;
        chunk.reserve(kChunk);
        auto post = [&] {
            QMetaObject::invokeMethod(
                &store, [&appendChunk, rows = std::move(chunk)]() mutable { appendChunk(std::move(rows)); },
                Qt::QueuedConnection);
            chunk = QVector<Example>();
            chunk.reserve(kChunk);
        };
        QString error;
        const bool ok = JsonlReader::read(
            path,
            [&](Example &&row, qint64) {
                pool.share(row);
                chunk.append(std::move(row));
                if (chunk.size() == kChunk)
                    post();
                return true;
            },
            [](const LineError &) {}, &error);
        if (!chunk.isEmpty())
            post();
        QMetaObject::invokeMethod(
            &store,
            [&loop, &f, ok, error] {
                if (!ok)
                    f.error = error;
                loop.quit();
            },
            Qt::QueuedConnection);
    });
    loop.exec();
    finished.waitForFinished();
    f.wallNs = wall.nsecsElapsed();
    f.stallMs = meter.stopMs();
    f.rows = store.size();
    return f;
}

struct Timed
{
    double totalMs = 0;
    double stallMs = 0;
    int rows = 0;
};

// From the call to the new rows painted in the view.
template <class Change> Timed timeChange(PreviewFilterModel &proxy, QTableView &view, StallMeter &meter, Change change)
{
    QElapsedTimer t;
    meter.start();
    t.start();
    change();
    waitApplied(proxy);
    view.viewport()->repaint();
    Timed r;
    r.totalMs = ms(t.nsecsElapsed());
    r.stallMs = meter.stopMs();
    r.rows = proxy.rowCount();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The offscreen platform says it cannot propagate size hints each time a label resizes; not a figure.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        if (!message.contains(QLatin1String("propagateSizeHints")))
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    });
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // one figure per line, as it is measured
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo::exists(args.at(1))) {
        std::fprintf(stderr, "usage: bench_preview FILE.jsonl  (make one with: candor-cli generate --mode template "
                             "--count 1000000 --out FILE.jsonl)\n");
        return 2;
    }
    const QString &path = args.at(1);

    // The app's own review panel: store, model, filter proxy, the table with its level badges, the detail pane and
    // the counts, exactly as the window shows them.
    DatasetStore store;
    ReviewPanel panel(&store);
    PreviewFilterModel &proxy = *panel.filterModel();
    QTableView &view = *panel.table();
    panel.resize(1600, 1000);
    panel.show();
    app.processEvents();
    StallMeter meter;
    const qint64 rssBefore = residentKb();

    // 1. Load.
    const LoadFigures f = load(path, store, meter);
    if (!f.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(f.error));
        return 1;
    }
    view.viewport()->repaint();
    std::printf("load: %d rows (%lld MB file) in %.0f ms wall (worker reads and parses) -> %.0f rows/s\n", f.rows,
                QFileInfo(path).size() / 1000000, ms(f.wallNs), f.rows / (ms(f.wallNs) / 1000.0));
    std::printf("load, GUI thread: %d chunks appended to store+model+proxy+view in %.0f ms total, %.2f ms per chunk "
                "on average, %.2f ms the longest; longest GUI stall %.1f ms\n",
                f.chunks, ms(f.appendNs), ms(f.appendNs) / std::max(1, f.chunks), ms(f.maxAppendNs), f.stallMs);
    std::printf("memory: %.0f MB resident for %d rows (%.0f bytes per row)\n", (residentKb() - rssBefore) / 1024.0,
                f.rows, (residentKb() - rssBefore) * 1024.0 / std::max(1, f.rows));

    // 1b. The Duplicate flag: exact and near duplicates found on a worker (DuplicateScanner, as the session runs it
    //     after every load), the flags applied on the GUI thread and the table and filter told. Target: no GUI stall
    //     over 50 ms.
    {
        DuplicateScanner scanner(&store);
        QEventLoop loop;
        QObject::connect(&scanner, &DuplicateScanner::finished, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        meter.start();
        scanner.scan();
        loop.exec();
        view.viewport()->repaint();
        const double stall = meter.stopMs();
        std::printf("duplicate flags: %d rows scanned in %.0f ms wall (worker), %lld exact and %lld near duplicates "
                    "flagged; longest GUI stall %.1f ms (target <= 50 ms): %s\n",
                    store.size(), ms(t.nsecsElapsed()), scanner.exactCount(), scanner.nearCount(), stall,
                    stall <= 50.0 ? "PASS" : "FAIL");
        std::fflush(stdout);
    }
    if (args.size() > 2 && args.at(2) == u"duplicates"_s)
        return 0;

    // 2. Text filters, through the real path: debounced, scanned on a worker, swapped in with a layout change.
    const int debounce = proxy.textDebounce();
    for (const QString &needle : {u"Hudson"_s, u"the"_s, u"zzzq"_s, u"capital of"_s}) {
        const Timed t = timeChange(proxy, view, meter, [&] { proxy.setText(needle); });
        std::printf("filter text \"%s\": %d rows in view %.0f ms after the keystroke (%d ms debounce + %.0f ms scan "
                    "and swap); longest GUI stall %.1f ms\n",
                    qPrintable(needle), t.rows, t.totalMs, debounce, t.totalMs - debounce, t.stallMs);
    }
    {
        // Typing "Hudson" a key every 60 ms: one scan at the end, not six.
        QElapsedTimer t;
        t.start();
        meter.start();
        proxy.setText(QString());
        proxy.applyNow();
        const QString word = u"Hudson"_s;
        for (qsizetype i = 1; i <= word.size(); ++i) {
            proxy.setText(word.left(i));
            QEventLoop pause;
            QTimer::singleShot(60, &pause, &QEventLoop::quit);
            pause.exec();
        }
        waitApplied(proxy);
        view.viewport()->repaint();
        std::printf("typing \"Hudson\" (6 keys, 60 ms apart): %d rows in view %.0f ms after the first key; longest GUI "
                    "stall %.1f ms\n",
                    proxy.rowCount(), ms(t.nsecsElapsed()), meter.stopMs());
    }
    const Timed cleared = timeChange(proxy, view, meter, [&] { proxy.setText(QString()); });
    std::printf("clear filter: %d rows in view after %.0f ms (%d ms debounce); longest GUI stall %.1f ms\n",
                cleared.rows, cleared.totalMs, debounce, cleared.stallMs);
    const Timed levels = timeChange(proxy, view, meter, [&] { proxy.setLevels({2}); });
    std::printf("filter level +2: %d rows in view after %.0f ms; longest GUI stall %.1f ms\n", levels.rows,
                levels.totalMs, levels.stallMs);
    const Timed noLevels = timeChange(proxy, view, meter, [&] { proxy.setLevels({}); });
    std::printf("clear level filter: %d rows in view after %.0f ms; longest GUI stall %.1f ms\n", noLevels.rows,
                noLevels.totalMs, noLevels.stallMs);

    // 3. Sorting.
    const Timed byLevel = timeChange(proxy, view, meter, [&] { proxy.sort(PreviewModel::Level, Qt::AscendingOrder); });
    std::printf("sort by level: %d rows in view after %.0f ms; longest GUI stall %.1f ms\n", byLevel.rows,
                byLevel.totalMs, byLevel.stallMs);
    const Timed byLevelDown =
        timeChange(proxy, view, meter, [&] { proxy.sort(PreviewModel::Level, Qt::DescendingOrder); });
    std::printf("sort by level, descending: %.0f ms; longest GUI stall %.1f ms\n", byLevelDown.totalMs,
                byLevelDown.stallMs);
    const Timed byPrompt =
        timeChange(proxy, view, meter, [&] { proxy.sort(PreviewModel::Prompt, Qt::AscendingOrder); });
    std::printf("sort by prompt (text): %.0f ms; longest GUI stall %.1f ms\n", byPrompt.totalMs, byPrompt.stallMs);
    const Timed textSorted = timeChange(proxy, view, meter, [&] { proxy.setText(u"Hudson"_s); });
    std::printf("filter text \"Hudson\" while sorted by prompt: %d rows in view after %.0f ms; longest GUI stall "
                "%.1f ms\n",
                textSorted.rows, textSorted.totalMs, textSorted.stallMs);
    timeChange(proxy, view, meter, [&] { proxy.setText(QString()); });
    const Timed unsorted = timeChange(proxy, view, meter, [&] { proxy.sort(-1); });
    std::printf("back to store order: %.0f ms; longest GUI stall %.1f ms\n", unsorted.totalMs, unsorted.stallMs);

    // 3b. A file of contrast ladders: one ladder shown side by side (L on a row), then every row again.
    if (!store.at(store.size() / 2).group.isEmpty()) {
        int ladders = 0;
        for (int row = 0; row < store.size(); ++row)
            ladders += row == 0 || store.at(row).group != store.at(row - 1).group;
        panel.setCurrentRow(store.size() / 2);
        QAction *show = panel.findChild<QAction *>(QStringLiteral("showLadderAction"));
        const Timed one = timeChange(proxy, view, meter, [&] { show->trigger(); });
        std::printf("show one ladder of %d (L): %d rows in view after %.0f ms; longest GUI stall %.1f ms (target "
                    "<= 50 ms)\n",
                    ladders, one.rows, one.totalMs, one.stallMs);
        const Timed all = timeChange(proxy, view, meter, [&] { panel.clearFilters(); });
        std::printf("every row again: %d rows in view after %.0f ms; longest GUI stall %.1f ms (target <= 50 ms)\n",
                    all.rows, all.totalMs, all.stallMs);
    }

    // 4. Incremental updates at a million rows, on the GUI thread.
    {
        proxy.setStatuses({ReviewStatus::Pending});
        proxy.applyNow();
        QElapsedTimer t;
        t.start();
        store.setStatus(store.size() / 2, ReviewStatus::Accepted);
        std::printf("accept one row under a \"pending\" filter (%d rows shown): %.2f ms on the GUI thread (one "
                    "beginRemoveRows)\n",
                    proxy.rowCount(), ms(t.nsecsElapsed()));
        proxy.setStatuses({});
        proxy.setText(u"Hudson"_s);
        proxy.applyNow();
        QVector<Example> more;
        for (int i = 0; i < 1000; ++i) {
            Example e = store.at(i);
            e.id.clear();
            more.append(e);
        }
        const int before = proxy.rowCount();
        t.restart();
        store.append(more);
        std::printf("append 1,000 rows to %d under the text filter \"Hudson\": %.2f ms on the GUI thread, %d of them "
                    "shown\n",
                    store.size() - 1000, ms(t.nsecsElapsed()), proxy.rowCount() - before);
        proxy.setText(QString());
        proxy.applyNow();
    }

    // 5. Scrolling: page down with a forced repaint per step, then random jumps.
    auto scroll = [&](const char *what, int steps, auto nextValue) {
        QScrollBar *bar = view.verticalScrollBar();
        bar->setValue(0);
        view.viewport()->repaint();
        std::vector<double> frames;
        frames.reserve(std::size_t(steps));
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < steps; ++i) {
            QElapsedTimer t;
            t.start();
            bar->setValue(nextValue(bar));
            view.viewport()->repaint();
            frames.push_back(ms(t.nsecsElapsed()));
        }
        const double sum = ms(total.nsecsElapsed());
        std::sort(frames.begin(), frames.end());
        const double p99 = frames[std::size_t(double(frames.size() - 1) * 0.99)];
        std::printf("scroll %s: %d frames, %.2f ms per frame (%.0f fps), p99 %.2f ms, worst %.2f ms; ended at row "
                    "%d of %d, %d rows per page\n",
                    what, steps, sum / steps, steps / (sum / 1000.0), p99, frames.back(), view.rowAt(0),
                    proxy.rowCount(), bar->pageStep());
    };
    const auto pageDown = [](QScrollBar *bar) { return std::min(bar->maximum(), bar->value() + bar->pageStep()); };
    scroll("page down", 2000, pageDown);
    quint32 seed = 12345;
    scroll("random jumps", 1000, [&seed](QScrollBar *bar) {
        seed = seed * 1664525u + 1013904223u;
        return int(seed % quint32(bar->maximum() + 1));
    });
    proxy.sort(PreviewModel::Level, Qt::DescendingOrder);
    proxy.applyNow();
    scroll("page down, sorted by level", 1000, pageDown);
    // The same view over a small result: the frame cost is the painting of one page, whatever the row count.
    proxy.sort(-1);
    proxy.setText(u"capital of"_s);
    proxy.applyNow();
    scroll("page down, filtered", 500, pageDown);
    proxy.setText(QString());
    proxy.applyNow();

    // 6. Clearing the store (a new dataset).
    QElapsedTimer t;
    t.start();
    store.clear();
    view.viewport()->repaint();
    std::printf("clear store: %.1f ms on the GUI thread (the rows are freed on a worker)\n", ms(t.nsecsElapsed()));
    return 0;
}
