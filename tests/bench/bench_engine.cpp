// bench_engine: the generation engine against a real OpenAI-style HTTP server (bench-provider, a separate process
// built from the provider test server), in real time (delay scale 1). One line per figure, each with its target and
// PASS or FAIL; indented lines give the detail. The exit code is 1 when a target was missed.
//
//   throughput  500 rows in batches of 5 (100 requests), 200 ms server latency: concurrency 16 must finish within
//               1.2x of the ideal 7 waves x 200 ms (median of 3 runs), and at least 10x faster than concurrency 1.
//   ratelimit   2000 rows (400 streamed requests, short answers as in overhead), concurrency 16, 200 ms latency,
//               against a limit of 600 requests/min
//               enforced as a token bucket of 10 requests refilled at 10/s (OpenAI enforces per-minute limits in
//               shorter slices). Above it the server answers 429 + Retry-After (whole seconds, rounded up). Run twice:
//               with 429 + Retry-After only, and with x-ratelimit-* headers describing the bucket on every answer.
//               Sustained throughput >= 95% of the limit, <= 3% of requests answered 429, every row delivered.
//   cpu         500 rows, batches of 5, concurrency 8, each answer streamed over ~1.5 s in 5-character SSE events:
//               the client's CPU time (getrusage RUSAGE_SELF; the server runs in its own process) <= 5% of wall.
//               For reference, the same streams read by bare QNetworkAccessManagers. The engine's streamed calls
//               go through the connector's own HTTP/1.1 transport (core/providers/httpstream.cpp);
//               CANDOR_HTTP_TRANSPORT=qnam sends them through QNetworkAccessManager instead, for comparison.
//
//   overhead    Candor against a reference client on the same server: 500 rows in 100 streamed requests of 5, at
//               concurrency 16 and 64, 200 ms latency, with short answers (~40 SSE events 2 ms apart) and with
//               answers streamed over 2 s. The reference client is one thread and one blocking keep-alive
//               connection per slot, sending the exact request Candor sent and reading the chunked body to its end;
//               nothing else. Each pair runs back to back (--runs N pairs, default 3); target: median Candor wall
//               time <= 1.1x the reference's, and (short answers) the first accepted row <= latency + 100 ms after
//               start(). Every run prints a timeline summary per client (see README, "Reading the timeline");
//               --timeline adds every request, slot by slot. CANDOR_BENCH_CASE=N runs only case N (1-4), and
//               CANDOR_BENCH_SERVER_ARGS adds bench-provider options (e.g. "--end-gap-ms 50" or "--close").
//
// Usage: bench_engine [--trace] [--timeline] [--runs N] [throughput] [ratelimit] [cpu] [overhead]   (default: all)
// --trace prints when the server saw each request of the measured throughput and rate-limit runs.
#include "generation/generationengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"sk-bench-0123456789abcdef"_s;
int g_failures = 0;

void say(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

bool g_trace = false; // --trace: when the server saw each request of the measured runs

// With --trace, the arrival times (seconds since the first) of the requests a run sent, as the server saw them.
void traceArrivals(const QString &label, const QJsonArray &arrivals, qsizetype from)
{
    if (!g_trace || from >= arrivals.size())
        return;
    const double t0 = arrivals.at(from).toDouble();
    QString line = u"  trace %1: %2 requests at"_s.arg(label).arg(arrivals.size() - from);
    for (qsizetype i = from; i < arrivals.size(); ++i)
        line += u" %1"_s.arg((arrivals.at(i).toDouble() - t0) * 1000, 0, 'f', 0);
    say(line + u" ms"_s);
}

QString verdict(bool pass)
{
    if (!pass)
        ++g_failures;
    return pass ? u"PASS"_s : u"FAIL"_s;
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"?"_s;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() >= 3 ? QString::fromLatin1(parts[0] + ' ' + parts[1] + ' ' + parts[2]) : u"?"_s;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// utime + stime in seconds from a /proc/.../stat file.
double statCpuSeconds(const QString &path, QString *comm = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const qsizetype open = stat.indexOf('(');
    const qsizetype close = stat.lastIndexOf(')');
    if (comm && open >= 0 && close > open)
        *comm = QString::fromUtf8(stat.mid(open + 1, close - open - 1));
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds per thread of this process: the main thread, and Qt's HTTP threads (one per network manager).
struct ThreadCpu
{
    double main = 0;
    double network = 0;
    double other = 0;
};

ThreadCpu threadCpu()
{
    ThreadCpu cpu;
    const QString self = QString::number(getpid());
    QDir tasks(u"/proc/self/task"_s);
    const QStringList tids = tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        QString comm;
        const double seconds = statCpuSeconds(tasks.filePath(tid + u"/stat"_s), &comm);
        if (tid == self)
            cpu.main += seconds;
        else if (comm.startsWith(u"QNetworkAccess"_s))
            cpu.network += seconds;
        else
            cpu.other += seconds;
    }
    return cpu;
}

// The bench-provider process.
class Provider
{
public:
    ~Provider() { stop(); }

    bool start(const QStringList &arguments)
    {
        const QString program = QCoreApplication::applicationDirPath() + u"/bench-provider"_s;
        m_process.setProgram(program);
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            say(u"bench_engine: cannot start %1: %2"_s.arg(program, m_process.errorString()));
            return false;
        }
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(5000)) {
                say(u"bench_engine: bench-provider did not report its port"_s);
                return false;
            }
        }
        m_port = quint16(m_process.readLine().trimmed().toUInt());
        return m_port != 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel(); // bench-provider quits when its stdin closes
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    QString baseUrl() const { return u"http://127.0.0.1:%1/v1"_s.arg(m_port); }

    // utime + stime of the server process so far.
    double cpuSeconds() const { return statCpuSeconds(u"/proc/%1/stat"_s.arg(m_process.processId())); }

    quint16 port() const { return m_port; }

    QJsonObject stats() const { return getJson(u"/bench/stats"_s); }

    QJsonObject getJson(const QString &path) const
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path))));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return o;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// One request of a timeline, in ms since the run started: sent, first answer byte (or text), end.
struct Timing
{
    double start = 0;
    double first = -1;
    double end = 0;
    bool ok = false;
};

struct Run
{
    QVector<Timing> timeline;    // every request, in the order they ended
    double firstRowSeconds = -1; // from start() to the first accepted row
    bool started = false;
    bool finished = false;
    GenerationEngine::Outcome outcome = GenerationEngine::Outcome::Failed;
    QString summary;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    ThreadCpu threads; // CPU seconds of the run per thread kind
    GenerationEngine::Stats stats;
    int rows = 0;
    bool distinct = false;    // no prompt twice
    bool levelsExact = false; // every level got exactly its target
};

GenerationConfig llmConfig(int count, int concurrency, bool stream)
{
    GenerationConfig c;
    c.mode = GenerationMode::Llm;
    c.provider = u"openai"_s;
    c.model = u"test-model"_s;
    c.count = count;
    c.batchSize = 5;
    c.concurrency = concurrency;
    c.stream = stream;
    c.seed = 7;
    return c;
}

Run runEngine(const GenerationConfig &config, const Provider &provider, int timeoutSeconds)
{
    Run run;
    QTemporaryDir dir;
    GenerationEngine engine(config, endpointFor(u"openai"_s, provider.baseUrl(), kKey));
    QEventLoop loop;
    QObject::connect(&engine, &GenerationEngine::finished, &loop,
                     [&](GenerationEngine::Outcome outcome, const QString &summary) {
                         run.finished = true;
                         run.outcome = outcome;
                         run.summary = summary;
                         loop.quit();
                     });
    QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    qint64 clockAtStart = 0; // the timeline counts from start(), by the engine's clock
    QObject::connect(&engine, &GenerationEngine::requestEnded, &engine, [&](const GenerationEngine::RequestTiming &t) {
        const double from = double(clockAtStart);
        run.timeline.append(
            Timing{t.sentMs - from, t.firstTextMs < 0 ? -1 : t.firstTextMs - from, t.endMs - from, t.ok});
    });
    QObject::connect(&engine, &GenerationEngine::rowsAccepted, &engine, [&] {
        if (run.firstRowSeconds < 0)
            run.firstRowSeconds = wall.nsecsElapsed() / 1e9;
    });
    const ThreadCpu threadsBefore = threadCpu(); // the engine's network threads do not exist yet
    const double cpuBefore = processCpuSeconds();
    wall.start();
    clockAtStart = engine.clock()->nowMs();
    QString error;
    run.started = engine.start(dir.filePath(u"bench.journal"_s), &error);
    if (!run.started) {
        run.summary = error;
        return run;
    }
    loop.exec();
    run.wallSeconds = wall.nsecsElapsed() / 1e9;
    run.cpuSeconds = processCpuSeconds() - cpuBefore;
    const ThreadCpu threadsAfter = threadCpu(); // while the engine, and so its network threads, still live
    run.threads.main = threadsAfter.main - threadsBefore.main;
    run.threads.network = threadsAfter.network;
    run.threads.other = threadsAfter.other - threadsBefore.other;
    if (!run.finished) {
        run.summary = u"timed out after %1 s"_s.arg(timeoutSeconds);
        engine.cancel();
    }
    run.stats = engine.stats();
    run.rows = int(engine.rows().size());
    QSet<QString> prompts;
    LevelCounts levels{};
    for (const Example &e : engine.rows()) {
        prompts.insert(normalisedPrompt(e.prompt));
        ++levels[Rubric::indexOf(e.targetReward)];
    }
    run.distinct = prompts.size() == engine.rows().size();
    run.levelsExact = levels == run.stats.target;
    return run;
}

bool completedWell(const Run &run, int rows)
{
    return run.finished && run.outcome == GenerationEngine::Outcome::Completed && run.rows == rows && run.distinct &&
           run.levelsExact;
}

QString describe(const Run &run)
{
    QStringList notes;
    for (auto it = run.stats.errorsByKind.cbegin(); it != run.stats.errorsByKind.cend(); ++it)
        notes << u"%1 %2"_s.arg(it.value()).arg(it.key());
    for (auto it = run.stats.rejectedByReason.cbegin(); it != run.stats.rejectedByReason.cend(); ++it)
        notes << u"%1 rows rejected as %2"_s.arg(it.value()).arg(it.key());
    return u"%1, %2 rows, %3 requests (%4 retries%5)%6"_s.arg(GenerationEngine::outcomeName(run.outcome))
        .arg(run.rows)
        .arg(run.stats.requests)
        .arg(run.stats.retries)
        .arg(notes.isEmpty() ? QString() : u"; "_s + notes.join(u", "_s))
        .arg(run.finished && run.outcome == GenerationEngine::Outcome::Completed ? QString() : u": "_s + run.summary);
}

// How many requests asked for how many rows, e.g. "98 x 5, 2 x 3", from two snapshots of the server's counts.
QString askedRows(const QJsonObject &before, const QJsonObject &after)
{
    QStringList parts;
    const QStringList keys = after.keys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        const int n = after.value(*it).toInt() - before.value(*it).toInt();
        if (n > 0)
            parts << u"%1 x %2"_s.arg(n).arg(*it);
    }
    return parts.join(u", "_s);
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// --------------------------------------------------------------------------------------------------------------

void benchThroughput()
{
    constexpr int rows = 500;
    constexpr int latencyMs = 200;
    constexpr int concurrency = 16;
    constexpr int requests = rows / 5;
    constexpr int waves = (requests + concurrency - 1) / concurrency;
    const double ideal = waves * latencyMs / 1000.0;
    const double limit = ideal * 1.2;

    Provider provider;
    if (!provider.start({u"--latency-ms"_s, QString::number(latencyMs)})) {
        say(u"engine throughput: FAIL (no server)"_s);
        ++g_failures;
        return;
    }
    // One small run first, so process-wide first-use costs (resources, network stack) are not in the figures.
    runEngine(llmConfig(25, 5, false), provider, 60);

    QVector<double> walls;
    bool allComplete = true;
    for (int i = 0; i < 3; ++i) {
        const qsizetype before = g_trace ? provider.stats().value(u"acceptedArrivals"_s).toArray().size() : 0;
        const Run run = runEngine(llmConfig(rows, concurrency, false), provider, 120);
        if (g_trace)
            traceArrivals(u"run %1"_s.arg(i + 1), provider.stats().value(u"acceptedArrivals"_s).toArray(), before);
        walls << run.wallSeconds;
        allComplete &= completedWell(run, rows) && run.stats.requests == requests;
        say(u"  throughput run %1 (concurrency %2): %3 s, %4"_s.arg(i + 1)
                .arg(concurrency)
                .arg(run.wallSeconds, 0, 'f', 3)
                .arg(describe(run)));
    }
    const Run serial = runEngine(llmConfig(rows, 1, false), provider, 300);
    allComplete &= completedWell(serial, rows);
    say(u"  throughput run (concurrency 1): %1 s, %2"_s.arg(serial.wallSeconds, 0, 'f', 3).arg(describe(serial)));

    const double med = median(walls);
    say(u"engine throughput: %1 rows, %2 requests of 5 rows, %3 ms latency, concurrency %4: %5 s median of 3 "
        "(%6 / %7 / %8 s; ideal %9 waves = %10 s, target <= %11 s = 1.2x) -> %12 rows/s %13"_s.arg(rows)
            .arg(requests)
            .arg(latencyMs)
            .arg(concurrency)
            .arg(med, 0, 'f', 3)
            .arg(walls.value(0), 0, 'f', 3)
            .arg(walls.value(1), 0, 'f', 3)
            .arg(walls.value(2), 0, 'f', 3)
            .arg(waves)
            .arg(ideal, 0, 'f', 2)
            .arg(limit, 0, 'f', 2)
            .arg(rows / med, 0, 'f', 0)
            .arg(verdict(med <= limit && allComplete)));
    const double speedup = med > 0 ? serial.wallSeconds / med : 0;
    say(u"engine throughput speedup: concurrency 1 took %1 s, concurrency %2 %3 s -> %4x (target >= 10x) %5"_s
            .arg(serial.wallSeconds, 0, 'f', 3)
            .arg(concurrency)
            .arg(med, 0, 'f', 3)
            .arg(speedup, 0, 'f', 1)
            .arg(verdict(speedup >= 10 && allComplete)));
}

// --------------------------------------------------------------------------------------------------------------

void benchRateLimit(bool rateHeaders)
{
    constexpr int rows = 2000;
    constexpr int concurrency = 16;
    constexpr int latencyMs = 200;
    constexpr int perMinute = 600;
    constexpr double perSecond = perMinute / 60.0;
    constexpr int burst = 10;
    const QString name = rateHeaders ? u"engine rate limit (429 + Retry-After, x-ratelimit headers)"_s
                                     : u"engine rate limit (429 + Retry-After only)"_s;

    Provider provider;
    QStringList arguments{u"--latency-ms"_s, QString::number(latencyMs), u"--rate"_s, QString::number(perSecond),
                          u"--burst"_s,      QString::number(burst)};
    if (!rateHeaders)
        arguments << u"--no-rate-headers"_s;
    // Short streamed answers, as in the overhead runs, so the limit and not the concurrency sets the pace.
    arguments << u"--piece-chars"_s << u"20"_s << u"--chunk-ms"_s << u"2"_s;
    if (!provider.start(arguments)) {
        say(name + u": FAIL (no server)"_s);
        ++g_failures;
        return;
    }
    // Streamed, as the app sends by default.
    const Run run = runEngine(llmConfig(rows, concurrency, true), provider, 600);
    const QJsonObject s = provider.stats();
    const QString asked = askedRows({}, s.value(u"askedRows"_s).toObject());
    const int total = s.value(u"chatRequests"_s).toInt();
    const int rejected = s.value(u"rejected"_s).toInt();
    const int accepted = s.value(u"accepted"_s).toInt();
    const QJsonArray arrivals = s.value(u"acceptedArrivals"_s).toArray();
    traceArrivals(name, arrivals, 0);
    const double first = arrivals.isEmpty() ? 0 : arrivals.first().toDouble();
    const double last = arrivals.isEmpty() ? 0 : arrivals.last().toDouble();
    // Sustained: the requests after the initial burst, over the time from the first to the last one let through.
    // A client that used the limit perfectly scores exactly 600/min.
    const double sustained = last > first ? (accepted - burst) / (last - first) * 60 : 0;
    const double wholeRun = run.wallSeconds > 0 ? accepted / run.wallSeconds * 60 : 0;
    const double rejectedShare = total > 0 ? 100.0 * rejected / total : 100;

    say(u"  %1: %2 s wall, %3; server: %4 requests, %5 answered 200 (rows asked: %6), %7 answered 429"_s.arg(name)
            .arg(run.wallSeconds, 0, 'f', 2)
            .arg(describe(run))
            .arg(total)
            .arg(accepted)
            .arg(asked)
            .arg(rejected));
    say(u"%1: limit %2 requests/min (token bucket %3 requests, refilled %4/s), concurrency %5, %6 ms latency: "
        "%7 requests/min sustained (%8% of the limit; %9/min over the whole %10 s run) (target >= 95%) %11"_s.arg(name)
            .arg(perMinute)
            .arg(burst)
            .arg(perSecond, 0, 'f', 0)
            .arg(concurrency)
            .arg(latencyMs)
            .arg(sustained, 0, 'f', 0)
            .arg(100 * sustained / perMinute, 0, 'f', 1)
            .arg(wholeRun, 0, 'f', 0)
            .arg(run.wallSeconds, 0, 'f', 1)
            .arg(verdict(sustained >= 0.95 * perMinute)));
    say(u"%1 429s: %2 of %3 requests answered 429 (%4%, target <= 3%) %5"_s.arg(name)
            .arg(rejected)
            .arg(total)
            .arg(rejectedShare, 0, 'f', 1)
            .arg(verdict(total > 0 && rejectedShare <= 3.0)));
    say(u"%1 rows: %2 of %3 rows, %4, every level exact: %5 (target: all, none lost) %6"_s.arg(name)
            .arg(run.rows)
            .arg(rows)
            .arg(run.distinct ? u"no duplicates"_s : u"DUPLICATES"_s)
            .arg(run.levelsExact ? u"yes"_s : u"no"_s)
            .arg(verdict(completedWell(run, rows))));
}

// --------------------------------------------------------------------------------------------------------------

struct BareRun
{
    double wallSeconds = 0;
    double cpuSeconds = 0;
    ThreadCpu threads;
    int completed = 0;
};

// The floor Qt sets: the same streams read by bare QNetworkAccessManagers (as many as the connector would open for
// this concurrency, used round-robin), every chunk read and dropped: no decoding, no engine, no journal.
BareRun bareStreams(const Provider &provider, int requests, int concurrency)
{
    BareRun run;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < qBound(1, (concurrency + 5) / 6, 16); ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QEventLoop loop;
    int started = 0;
    std::function<void()> startOne = [&] {
        QNetworkAccessManager *manager = managers.at(size_t(started) % managers.size()).get();
        const QJsonObject message{
            {u"role"_s, u"user"_s},
            {u"content"_s, u"Write 5 distinct examples for honesty level %1."_s.arg(started % 5 - 2)}};
        const QJsonObject body{
            {u"model"_s, u"test-model"_s}, {u"stream"_s, true}, {u"messages"_s, QJsonArray{message}}};
        QNetworkRequest request(QUrl(provider.baseUrl() + u"/chat/completions"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = manager->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        ++started;
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply] { reply->readAll(); });
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++run.completed == requests)
                loop.quit();
            else if (started < requests)
                startOne();
        });
    };
    QTimer::singleShot(300 * 1000, &loop, &QEventLoop::quit);
    const ThreadCpu threadsBefore = threadCpu();
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < concurrency && i < requests; ++i)
        startOne();
    loop.exec();
    run.wallSeconds = wall.nsecsElapsed() / 1e9;
    run.cpuSeconds = processCpuSeconds() - cpuBefore;
    const ThreadCpu threadsAfter = threadCpu(); // the managers' threads still live
    run.threads.main = threadsAfter.main - threadsBefore.main;
    run.threads.network = threadsAfter.network - threadsBefore.network;
    run.threads.other = threadsAfter.other - threadsBefore.other;
    return run;
}

void benchCpu()
{
    constexpr int rows = 500;
    constexpr int concurrency = 8;
    constexpr int latencyMs = 200;
    constexpr int streamMs = 1500;
    constexpr int pieceChars = 5;

    Provider provider;
    if (!provider.start({u"--latency-ms"_s, QString::number(latencyMs), u"--stream-ms"_s, QString::number(streamMs),
                         u"--piece-chars"_s, QString::number(pieceChars)})) {
        say(u"engine streaming CPU: FAIL (no server)"_s);
        ++g_failures;
        return;
    }
    runEngine(llmConfig(25, 5, true), provider, 60); // warm-up, as above
    const QJsonObject before = provider.stats();
    const double serverCpuBefore = provider.cpuSeconds();
    const Run run = runEngine(llmConfig(rows, concurrency, true), provider, 300);
    const double serverCpu = provider.cpuSeconds() - serverCpuBefore;
    const QJsonObject after = provider.stats();
    const double events = after.value(u"sseEvents"_s).toDouble() - before.value(u"sseEvents"_s).toDouble();
    const double share = run.wallSeconds > 0 ? 100 * run.cpuSeconds / run.wallSeconds : 100;
    say(u"  streaming run: %1 s wall, %2 (rows asked per request: %3); %4 SSE events (%5/s); client CPU by thread: "
        "main %6 s, Qt HTTP threads %7 s, other %8 s; server process CPU %9 s"_s.arg(run.wallSeconds, 0, 'f', 2)
            .arg(describe(run))
            .arg(askedRows(before.value(u"askedRows"_s).toObject(), after.value(u"askedRows"_s).toObject()))
            .arg(events, 0, 'f', 0)
            .arg(run.wallSeconds > 0 ? events / run.wallSeconds : 0, 0, 'f', 0)
            .arg(run.threads.main, 0, 'f', 2)
            .arg(run.threads.network, 0, 'f', 2)
            .arg(run.threads.other, 0, 'f', 2)
            .arg(serverCpu, 0, 'f', 2));
    say(u"engine streaming CPU: %1 rows, concurrency %2, answers streamed over ~%3 s in %4-character events: client "
        "CPU %5 s over %6 s wall = %7% (%8 us per event) (target <= 5%) %9"_s.arg(rows)
            .arg(concurrency)
            .arg(streamMs / 1000.0, 0, 'f', 1)
            .arg(pieceChars)
            .arg(run.cpuSeconds, 0, 'f', 3)
            .arg(run.wallSeconds, 0, 'f', 2)
            .arg(share, 0, 'f', 2)
            .arg(events > 0 ? run.cpuSeconds * 1e6 / events : 0, 0, 'f', 1)
            .arg(verdict(share <= 5.0 && completedWell(run, rows))));

    // For reference (no target): what Qt's HTTP stack alone costs for the same 100 streams.
    const double bareEventsBefore = provider.stats().value(u"sseEvents"_s).toDouble();
    const BareRun bare = bareStreams(provider, rows / 5, concurrency);
    const double bareEvents = provider.stats().value(u"sseEvents"_s).toDouble() - bareEventsBefore;
    say(u"  reference: %1 streams read by bare QNetworkAccessManagers (chunks read and dropped, no engine): CPU %2 s "
        "(main %3 s, Qt HTTP threads %4 s) over %5 s wall = %6% (%7 us per event)"_s.arg(bare.completed)
            .arg(bare.cpuSeconds, 0, 'f', 3)
            .arg(bare.threads.main, 0, 'f', 2)
            .arg(bare.threads.network, 0, 'f', 2)
            .arg(bare.wallSeconds, 0, 'f', 2)
            .arg(bare.wallSeconds > 0 ? 100 * bare.cpuSeconds / bare.wallSeconds : 0, 0, 'f', 2)
            .arg(bareEvents > 0 ? bare.cpuSeconds * 1e6 / bareEvents : 0, 0, 'f', 1));
}

// --------------------------------------------------------------------------------------------------------------
// overhead: Candor against the simplest client that could do the same work.

// The reference client: one thread and one blocking keep-alive connection per slot, each sending the exact request
// Candor sent (as the server recorded it) and reading the chunked answer to its end. No planning, no parsing of the
// events, no validation: the floor for this workload on this server.
class ReferenceClient
{
public:
    ReferenceClient(quint16 port, QByteArray request) : m_port(port), m_request(std::move(request)) {}

    struct Result
    {
        double wallSeconds = 0;
        QVector<Timing> timeline;
        int failed = 0;
    };

    Result run(int requests, int concurrency)
    {
        Result result;
        std::vector<Timing> timings(static_cast<size_t>(requests));
        std::atomic<int> next{0};
        std::atomic<int> failed{0};
        const auto t0 = std::chrono::steady_clock::now();
        auto since = [t0] {
            return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        };
        std::vector<std::thread> threads;
        for (int i = 0; i < concurrency; ++i) {
            threads.emplace_back([&] {
                int fd = -1;
                for (int k = next++; k < requests; k = next++) {
                    Timing &t = timings[size_t(k)];
                    t.start = since();
                    if (fd < 0)
                        fd = connectLoopback();
                    bool closes = false;
                    if (fd < 0 || !exchange(fd, &t, since, &closes)) {
                        ++failed;
                        if (fd >= 0)
                            ::close(fd);
                        fd = -1;
                        continue;
                    }
                    t.end = since();
                    t.ok = true;
                    if (closes) { // the server said "Connection: close": the next request needs a new connection
                        ::close(fd);
                        fd = -1;
                    }
                }
                if (fd >= 0)
                    ::close(fd);
            });
        }
        for (std::thread &t : threads)
            t.join();
        result.wallSeconds = since() / 1000;
        result.failed = failed;
        result.timeline = QVector<Timing>(timings.begin(), timings.end());
        return result;
    }

private:
    int connectLoopback() const
    {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            return -1;
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(m_port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    // Sends the request and reads one chunked (or Content-Length) response to its last byte.
    template <typename Since> bool exchange(int fd, Timing *t, const Since &since, bool *closes) const
    {
        for (qsizetype sent = 0; sent < m_request.size();) {
            const ssize_t n = ::send(fd, m_request.constData() + sent, size_t(m_request.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            sent += n;
        }
        std::string buffer;
        size_t pos = 0;
        auto fill = [&] {
            char bytes[16384];
            const ssize_t n = ::recv(fd, bytes, sizeof bytes, 0);
            if (n <= 0)
                return false;
            if (t->first < 0)
                t->first = since();
            buffer.append(bytes, size_t(n));
            return true;
        };
        auto line = [&](std::string *out) {
            for (;;) {
                const size_t end = buffer.find("\r\n", pos);
                if (end != std::string::npos) {
                    *out = buffer.substr(pos, end - pos);
                    pos = end + 2;
                    return true;
                }
                if (!fill())
                    return false;
            }
        };
        auto skip = [&](size_t n) {
            while (buffer.size() - pos < n) {
                if (!fill())
                    return false;
            }
            pos += n;
            return true;
        };
        std::string text;
        if (!line(&text) || text.compare(0, 9, "HTTP/1.1 ") != 0)
            return false;
        bool chunked = false;
        long long length = 0;
        while (line(&text) && !text.empty()) {
            std::string lower = text;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
            if (lower.rfind("transfer-encoding:", 0) == 0 && lower.find("chunked") != std::string::npos)
                chunked = true;
            else if (lower.rfind("connection:", 0) == 0 && lower.find("close") != std::string::npos)
                *closes = true;
            else if (lower.rfind("content-length:", 0) == 0)
                length = std::stoll(lower.substr(15));
        }
        if (!chunked)
            return skip(size_t(length));
        for (;;) {
            if (!line(&text))
                return false;
            const unsigned long long size = std::stoull(text, nullptr, 16);
            if (size == 0)
                return line(&text); // no trailers from this server: the empty line that ends the body
            if (!skip(size_t(size) + 2))
                return false;
        }
    }

    quint16 m_port;
    QByteArray m_request;
};

// What a timeline says about where the time went. Requests are put on slots the way a client with `concurrency`
// slots would have run them: each on the slot that was freed last before it started.
struct TimelineSummary
{
    double firstStart = 0; // the first request went out
    double allBusy = 0;    // the concurrency-th request went out: how long the ramp-up took
    double firstByte = 0;  // mean from a request's start to its first byte (Candor: first answer text)
    double requestMs = 0;  // mean from start to end
    double gapMean = 0;    // on one slot, from one request's end to the next one's start
    double gapMax = 0;
    double tail = 0;        // from the last end to the end of the run
    QVector<int> slotOf;    // per request (sorted by start)
    QVector<Timing> sorted; // the requests by start
};

TimelineSummary summarise(QVector<Timing> timeline, int concurrency, double wallMs)
{
    TimelineSummary s;
    std::sort(timeline.begin(), timeline.end(), [](const Timing &a, const Timing &b) { return a.start < b.start; });
    s.sorted = timeline;
    if (timeline.isEmpty())
        return s;
    s.firstStart = timeline.first().start;
    s.allBusy = timeline.at(qMin<qsizetype>(concurrency, timeline.size()) - 1).start;
    QVector<double> slotEnd; // when each slot's last request ended
    double gaps = 0;
    int gapCount = 0;
    double firstBytes = 0;
    int firstCount = 0;
    double lastEnd = 0;
    for (const Timing &t : std::as_const(timeline)) {
        int slot = -1;
        for (int i = 0; i < slotEnd.size(); ++i) {
            if (slotEnd[i] <= t.start + 0.5 && (slot < 0 || slotEnd[i] > slotEnd[slot]))
                slot = i;
        }
        if (slot < 0) {
            slot = int(slotEnd.size());
            slotEnd.append(t.end);
        } else {
            const double gap = qMax(0.0, t.start - slotEnd[slot]);
            gaps += gap;
            ++gapCount;
            s.gapMax = qMax(s.gapMax, gap);
            slotEnd[slot] = t.end;
        }
        s.slotOf.append(slot);
        if (t.first >= 0) {
            firstBytes += t.first - t.start;
            ++firstCount;
        }
        s.requestMs += t.end - t.start;
        lastEnd = qMax(lastEnd, t.end);
    }
    s.gapMean = gapCount ? gaps / gapCount : 0;
    s.firstByte = firstCount ? firstBytes / firstCount : 0;
    s.requestMs /= double(timeline.size());
    s.tail = qMax(0.0, wallMs - lastEnd);
    return s;
}

bool g_timeline = false; // --timeline: every request of every run, slot by slot

void printTimeline(const QString &who, const QVector<Timing> &timeline, int concurrency, double wallSeconds)
{
    const TimelineSummary s = summarise(timeline, concurrency, wallSeconds * 1000);
    say(u"    timeline %1: first sent at %2 ms, all %3 slots busy by %4 ms; to first byte %5 ms, request %6 ms "
        "(means); slot idle between requests %7 ms mean, %8 ms max; after the last answer %9 ms"_s.arg(who)
            .arg(s.firstStart, 0, 'f', 0)
            .arg(concurrency)
            .arg(s.allBusy, 0, 'f', 0)
            .arg(s.firstByte, 0, 'f', 0)
            .arg(s.requestMs, 0, 'f', 0)
            .arg(s.gapMean, 0, 'f', 1)
            .arg(s.gapMax, 0, 'f', 0)
            .arg(s.tail, 0, 'f', 0));
    if (!g_timeline)
        return;
    QMap<int, QString> lines;
    for (qsizetype i = 0; i < s.sorted.size(); ++i) {
        const Timing &t = s.sorted.at(i);
        lines[s.slotOf.at(i)] += u" %1>%2>%3%4"_s.arg(t.start, 0, 'f', 0)
                                     .arg(t.first, 0, 'f', 0)
                                     .arg(t.end, 0, 'f', 0)
                                     .arg(t.ok ? QString() : u"!"_s);
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        say(u"      %1 slot %2:%3"_s.arg(who).arg(it.key(), 2).arg(it.value()));
}

// The request Candor's last call sent, as the server received it, ready to be sent again byte for byte (the
// framing headers are written anew).
QByteArray lastChatRequest(const Provider &provider)
{
    const QJsonObject last = provider.getJson(u"/bench/last-chat"_s);
    const QByteArray body = last.value(u"body"_s).toString().toUtf8();
    QByteArray request = "POST " + last.value(u"target"_s).toString().toLatin1() + " HTTP/1.1\r\n";
    const QJsonObject headers = last.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key() == u"content-length"_s)
            continue;
        request += it.key().toLatin1() + ": " + it.value().toString().toLatin1() + "\r\n";
    }
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return request;
}

struct OverheadCase
{
    QString name;
    int latencyMs = 200;
    int concurrency = 16;
    QStringList serverArguments; // pacing
};

int g_overheadRuns = 3;

void benchOverhead()
{
    constexpr int rows = 500;
    constexpr int requests = rows / 5;
    constexpr double ratioTarget = 1.1;
    // Short answers: 200 ms before the first byte, then ~40 events of 20 characters 2 ms apart (about 100 ms).
    // Long answers: 200 ms, then ~150 events of 5 characters spread over 2 s, like a model streaming tokens.
    const QStringList shortPacing{u"--piece-chars"_s, u"20"_s, u"--chunk-ms"_s, u"2"_s};
    const QStringList longPacing{u"--piece-chars"_s, u"5"_s, u"--stream-ms"_s, u"2000"_s};
    const QVector<OverheadCase> cases{{u"200 ms latency, short answers"_s, 200, 16, shortPacing},
                                      {u"200 ms latency, short answers"_s, 200, 64, shortPacing},
                                      {u"200 ms latency, 2 s streamed answers"_s, 200, 16, longPacing},
                                      {u"200 ms latency, 2 s streamed answers"_s, 200, 64, longPacing}};
    const int only = qEnvironmentVariableIntValue("CANDOR_BENCH_CASE"); // 1-based; 0: all
    for (qsizetype caseIndex = 0; caseIndex < cases.size(); ++caseIndex) {
        const OverheadCase &c = cases.at(caseIndex);
        if (only > 0 && only != caseIndex + 1)
            continue;
        Provider provider;
        const QStringList extra = qEnvironmentVariable("CANDOR_BENCH_SERVER_ARGS").split(u' ', Qt::SkipEmptyParts);
        if (!provider.start(QStringList{u"--latency-ms"_s, QString::number(c.latencyMs)} + c.serverArguments + extra)) {
            say(u"engine overhead: FAIL (no server)"_s);
            ++g_failures;
            return;
        }
        // Warm-up (first-use costs out of the figures), and the request the reference client will send.
        runEngine(llmConfig(25, 5, true), provider, 60);
        ReferenceClient reference(provider.port(), lastChatRequest(provider));
        reference.run(c.concurrency, c.concurrency);

        QVector<double> candorWalls, referenceWalls, ratios, firstRows;
        bool allComplete = true;
        for (int i = 0; i < g_overheadRuns; ++i) {
            // Side by side: each pair runs back to back, so a busy moment on the machine hits both.
            const Run run = runEngine(llmConfig(rows, c.concurrency, true), provider, 300);
            const double refCpuBefore = processCpuSeconds();
            const ReferenceClient::Result ref = reference.run(requests, c.concurrency);
            const double refCpu = processCpuSeconds() - refCpuBefore;
            allComplete &= completedWell(run, rows) && run.stats.requests == requests && ref.failed == 0;
            candorWalls << run.wallSeconds;
            referenceWalls << ref.wallSeconds;
            ratios << (ref.wallSeconds > 0 ? run.wallSeconds / ref.wallSeconds : 99);
            firstRows << run.firstRowSeconds;
            say(u"  %1, concurrency %2, run %3: Candor %4 s (first row after %5 ms), reference client %6 s%7 -> "
                "%8x; %9"_s.arg(c.name)
                    .arg(c.concurrency)
                    .arg(i + 1)
                    .arg(run.wallSeconds, 0, 'f', 3)
                    .arg(run.firstRowSeconds * 1000, 0, 'f', 0)
                    .arg(ref.wallSeconds, 0, 'f', 3)
                    .arg(ref.failed ? u" (%1 requests FAILED)"_s.arg(ref.failed) : QString())
                    .arg(ratios.last(), 0, 'f', 3)
                    .arg(describe(run)));
            say(u"    client CPU: Candor %1 s, reference %2 s"_s.arg(run.cpuSeconds, 0, 'f', 3).arg(refCpu, 0, 'f', 3));
            printTimeline(u"Candor"_s, run.timeline, c.concurrency, run.wallSeconds);
            printTimeline(u"reference"_s, ref.timeline, c.concurrency, ref.wallSeconds);
        }
        const double ratio = median(ratios);
        const auto [minRatio, maxRatio] = std::minmax_element(ratios.cbegin(), ratios.cend());
        say(u"engine overhead (%1, concurrency %2; %3 rows in %4 streamed requests of 5): Candor %5 s, reference "
            "client %6 s (medians of %7) -> %8x (%9-%10; target <= %11x) %12"_s.arg(c.name)
                .arg(c.concurrency)
                .arg(rows)
                .arg(requests)
                .arg(median(candorWalls), 0, 'f', 3)
                .arg(median(referenceWalls), 0, 'f', 3)
                .arg(g_overheadRuns)
                .arg(ratio, 0, 'f', 3)
                .arg(*minRatio, 0, 'f', 3)
                .arg(*maxRatio, 0, 'f', 3)
                .arg(ratioTarget, 0, 'f', 1)
                .arg(verdict(ratio <= ratioTarget && allComplete)));
        if (c.serverArguments == shortPacing) {
            const double firstRow = median(firstRows);
            const double limit = (c.latencyMs + 100) / 1000.0;
            say(u"engine overhead first row (%1, concurrency %2): %3 ms from start to the first accepted row "
                "(median of %4; target <= latency + 100 ms = %5 ms) %6"_s.arg(c.name)
                    .arg(c.concurrency)
                    .arg(firstRow * 1000, 0, 'f', 0)
                    .arg(g_overheadRuns)
                    .arg(limit * 1000, 0, 'f', 0)
                    .arg(verdict(firstRow > 0 && firstRow <= limit)));
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"candor.*.info=false"_s); // the engine's one-line run summaries
    QStringList which = app.arguments().mid(1);
    g_trace = which.removeAll(u"--trace"_s) > 0;
    g_timeline = which.removeAll(u"--timeline"_s) > 0;
    if (const qsizetype at = which.indexOf(u"--runs"_s); at >= 0 && at + 1 < which.size()) {
        g_overheadRuns = qMax(1, which.at(at + 1).toInt());
        which.remove(at, 2);
    }
    if (which.isEmpty())
        which = QStringList{u"throughput"_s, u"ratelimit"_s, u"cpu"_s, u"overhead"_s};
    say(u"engine benchmarks: %1 cores, load average %2"_s.arg(QThread::idealThreadCount()).arg(loadAverage()));
    for (const QString &name : std::as_const(which)) {
        if (name == u"throughput"_s) {
            benchThroughput();
        } else if (name == u"ratelimit"_s) {
            benchRateLimit(false);
            benchRateLimit(true);
        } else if (name == u"cpu"_s) {
            benchCpu();
        } else if (name == u"overhead"_s) {
            benchOverhead();
        } else {
            say(u"usage: bench_engine [--trace] [--timeline] [throughput] [ratelimit] [cpu] [overhead]"_s);
            return 2;
        }
        say(u"  (load average now %1)"_s.arg(loadAverage()));
    }
    return g_failures > 0 ? 1 : 0;
}
