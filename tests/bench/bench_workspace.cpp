// bench_workspace: the project database at a million rows, through the session as the window drives it.
//   1. a 1,000,000-row template run into the store, with and without a project open (the rows committed to it)
//   2. opening that project: time to the first rows in the store and to the whole load, and resident memory
//   3. one review action, committed: the store's change, the queued write and the commit
#include "session/session.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {
double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

bool waitFor(QSignalSpy &spy, int ms)
{
    return spy.count() > 0 || spy.wait(ms);
}

double templateRun(Session &session, int rows)
{
    Session::RunRequest request;
    request.kind = Session::RunKind::Full;
    request.config.count = rows;
    QString why;
    request.counts = Distribution::balanced().countsFor(rows, &why).value_or(LevelCounts{});
    QSignalSpy finished(&session, &Session::runFinished);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!session.start(request, &error) || !waitFor(finished, 600000)) {
        std::fprintf(stderr, "run failed: %s\n", qPrintable(error));
        return -1;
    }
    if (session.workspace())
        session.workspace()->flush(); // committed, not only queued
    return double(timer.nsecsElapsed()) / 1e9;
}
} // namespace

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The open and review figures, in a process of its own so that its resident memory is the project's alone.
int openAndReview(const QString &path);

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArray(argv[1]) == "--open")
        return openAndReview(QString::fromLocal8Bit(argv[2]));
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.candor"_s);

    // Three runs of each, alternating, so a change in the machine's load falls on both alike.
    std::vector<double> plain;
    std::vector<double> withProject;
    for (int round = 0; round < 3; ++round) {
        {
            Session session;
            plain.push_back(templateRun(session, rows));
        }
        QFile::remove(path);
        Session session;
        QString error;
        if (!session.saveProject(path, GenerationConfig(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        withProject.push_back(templateRun(session, rows));
    }
    std::printf("template run, %d rows, median of 3: %.2f s in memory, %.2f s with the project open and every row "
                "committed (+%.0f %%; target <= +30 %%); project %.0f MB\n",
                rows, median(plain), median(withProject), (median(withProject) / median(plain) - 1) * 100,
                double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    std::fflush(stdout);
    return QProcess::execute(QCoreApplication::applicationFilePath(), {u"--open"_s, path});
}

int openAndReview(const QString &path)
{
    Session session;
    QSignalSpy loaded(&session, &Session::datasetLoaded);
    double firstRows = -1;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(session.store(), &DatasetStore::rowsAppended, &session, [&](int, int) {
        if (firstRows < 0)
            firstRows = double(timer.nsecsElapsed()) / 1e9;
    });
    GenerationConfig config;
    QString error;
    if (!session.openProject(path, &config, &error) || !waitFor(loaded, 600000)) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(error));
        return 1;
    }
    const double full = double(timer.nsecsElapsed()) / 1e9;
    std::printf("open the project: first rows in the store after %.2f s (target < 1 s), all %d after %.2f s (target "
                "<= 3 s); %.0f MB resident\n",
                firstRows, session.store()->size(), full, residentMb());

    std::vector<double> costs;
    for (int i = 0; i < 300; ++i) {
        QElapsedTimer action;
        action.start();
        session.store()->setStatus(i * 7, i % 3 ? ReviewStatus::Accepted : ReviewStatus::Rejected);
        session.workspace()->flush();
        costs.push_back(double(action.nsecsElapsed()) / 1e6);
    }
    std::sort(costs.begin(), costs.end());
    std::printf("one review action committed: median %.2f ms, p99 %.2f ms, max %.2f ms (300 actions; target <= 5 ms)\n",
                costs[costs.size() / 2], costs[costs.size() * 99 / 100], costs.back());

    QElapsedTimer bulk;
    bulk.start();
    QVector<int> all(session.store()->size());
    std::iota(all.begin(), all.end(), 0);
    session.store()->setStatus(all, ReviewStatus::Accepted);
    const double queued = double(bulk.nsecsElapsed()) / 1e6;
    session.workspace()->flush();
    std::printf("bulk accept of all %d rows: %.0f ms on the GUI thread, %.2f s until committed\n",
                session.store()->size(), queued, double(bulk.nsecsElapsed()) / 1e9);
    return 0;
}
