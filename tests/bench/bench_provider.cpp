// bench-provider: a stand-alone OpenAI-style chat server for bench_engine, run as its own process so the
// benchmark's getrusage(RUSAGE_SELF) measures the client alone. It answers POST /v1/chat/completions like the
// FakeModel of tst_engine: it reads "Write N distinct examples for honesty level L" from the prompt and returns N
// fresh rows at level L, as one JSON body or as an SSE stream of small pieces. Optionally it enforces a request
// rate limit with a token bucket (checked when a request arrives) and answers 429 + Retry-After (whole seconds,
// rounded up) above it, with or without OpenAI's x-ratelimit-* headers on every answer. GET /bench/stats returns
// what it saw as JSON; GET /bench/last-chat the last chat request (target, headers, body), so that bench_engine's
// reference client can send exactly what Candor sent. Streams are paced by --stream-ms or --chunk-ms; --end-gap-ms
// holds the end of the body back after [DONE], and --close ends every connection after its answer.
//
// Prints the port it listens on (one line on stdout), then serves until its stdin closes.
#include "support/promptask.h"
#include "support/providertestserver.h"
#include "support/providerwire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSocketNotifier>

#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace candor::test;
using namespace Qt::StringLiterals;
namespace w = candor::test::wire;

namespace {

struct Options
{
    int latencyMs = 200;      // before the status line of a 200 answer
    int rejectLatencyMs = 20; // before the status line of a 429
    int streamMs = 1500;      // a streamed answer is spread over about this long
    int pieceChars = 5;       // characters of model text per SSE event
    int chunkMs = -1;         // >= 0: this pause between SSE events instead of spreading them over streamMs
    double ratePerSecond = 0; // 0: no rate limit
    double burst = 0;         // bucket size (requests); 0: one second's worth
    bool rateHeaders = true;  // x-ratelimit-* headers that describe the bucket
    int endGapMs = 0;         // streams: a pause between the [DONE] event and the end of the body
    bool closeEach = false;   // "Connection: close" on every answer: no keep-alive
};

QByteArray goDuration(double seconds)
{
    if (seconds <= 0)
        return "0s"_ba;
    if (seconds < 1)
        return QByteArray::number(qMax<qint64>(1, qint64(std::ceil(seconds * 1000)))) + "ms"_ba;
    return QByteArray::number(seconds, 'f', 3) + 's';
}

class BenchProvider
{
public:
    explicit BenchProvider(const Options &options) : m_options(options)
    {
        m_capacity = m_options.burst > 0 ? m_options.burst : m_options.ratePerSecond;
        m_tokens = m_capacity;
        m_clock.start();
        m_server.setHandler("POST", "/v1/chat/completions", [this](const RecordedRequest &r) { return chat(r); });
        m_server.setHandler("GET", "/bench/stats", [this](const RecordedRequest &) { return stats(); });
        m_server.setHandler("GET", "/bench/last-chat", [this](const RecordedRequest &) { return lastChat(); });
    }

    bool listen() { return m_server.listen(); }
    quint16 port() const { return m_server.port(); }

private:
    double nowSeconds() const { return m_clock.nsecsElapsed() / 1e9; }

    void refill()
    {
        const double now = nowSeconds();
        m_tokens = qMin(m_capacity, m_tokens + (now - m_lastRefill) * m_options.ratePerSecond);
        m_lastRefill = now;
    }

    // The headers as OpenAI documents them, for the bucket that is enforced: limit = requests permitted before the
    // limit is exhausted, remaining = requests permitted now, reset = time until the limit is back to its initial
    // state (a full bucket). Tokens are not limited here.
    w::OpenAiRateLimit limitState() const
    {
        w::OpenAiRateLimit l;
        l.limitRequests = int(std::lround(m_capacity));
        l.remainingRequests = int(std::floor(m_tokens));
        l.resetRequests = goDuration((m_capacity - m_tokens) / m_options.ratePerSecond);
        return l;
    }

    ScriptedResponse chat(const RecordedRequest &request)
    {
        ++m_chatRequests;
        const double arrival = nowSeconds();
        m_lastChat = request;
        const bool limited = m_options.ratePerSecond > 0;
        std::optional<w::OpenAiRateLimit> limits;
        if (limited) {
            refill();
            if (m_tokens < 1) {
                ++m_rejected;
                const double wait = (1 - m_tokens) / m_options.ratePerSecond;
                HeaderList headers{{"retry-after"_ba, QByteArray::number(qMax(1, int(std::ceil(wait))))}};
                if (m_options.rateHeaders)
                    headers += w::openAiRateLimitHeaders(limitState());
                ScriptedResponse r = w::openAiError(
                    429, "requests", "rate_limit_exceeded",
                    u"Rate limit reached for test-model in organization org-candortest on requests per min (RPM): "
                    "Limit %1, Used %1, Requested 1. Please try again in %2. Visit "
                    "https://platform.openai.com/account/rate-limits to learn more."_s
                        .arg(std::lround(m_options.ratePerSecond * 60))
                        .arg(QString::fromLatin1(goDuration(wait))),
                    headers);
                r.latencyMs = m_options.rejectLatencyMs;
                return r;
            }
            m_tokens -= 1;
            limits = limitState();
        }
        m_okArrivals.append(arrival);

        const PromptAsk ask = promptAskOfChat(request.json());
        ++m_asked[ask.count];
        QJsonArray rows;
        for (int i = 0; i < ask.count; ++i) {
            rows.append(QJsonObject{{u"prompt"_s, u"Question %1 about things?"_s.arg(++m_nextRow)},
                                    {u"ideal_answer"_s, u"An answer at level %1."_s.arg(ask.level)},
                                    {u"expected_feedback"_s, u"Feedback naming the behaviour."_s},
                                    {u"target_reward"_s, ask.level},
                                    {u"tags"_s, QJsonArray{u"science"_s, u"intermediate"_s}}});
        }
        const QString text =
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"examples"_s, rows}}).toJson(QJsonDocument::Compact));
        w::OpenAiOptions options;
        options.usage.input = 600;
        options.usage.output = int(text.size() / 4);
        if (limits && m_options.rateHeaders)
            options.rateLimit = limits;
        else if (limited)
            options.rateLimit.reset();

        ScriptedResponse r;
        if (request.json().value(u"stream"_s).toBool()) {
            QStringList pieces;
            for (qsizetype i = 0; i < text.size(); i += m_options.pieceChars)
                pieces << text.mid(i, m_options.pieceChars);
            r = w::openAiStream(pieces, options);
            const int events = int(pieces.size()) + 4; // role, pieces, finish, usage, [DONE]
            m_sseEvents += events;
            r.chunkDelayMs = m_options.chunkMs >= 0 ? m_options.chunkMs : qMax(1, m_options.streamMs / events);
        } else {
            r = w::openAiChat(text, options);
        }
        r.latencyMs = m_options.latencyMs;
        if (m_options.endGapMs > 0 && r.chunkedTransfer.value_or(false)) {
            r.stallAfterBytes = r.body.size();
            r.stallMs = m_options.endGapMs;
        }
        r.closeConnection = m_options.closeEach;
        return r;
    }

    // The last chat request's headers and body, so a reference client can send exactly what Candor sent.
    ScriptedResponse lastChat() const
    {
        QJsonObject headers;
        for (auto it = m_lastChat.headers.cbegin(); it != m_lastChat.headers.cend(); ++it)
            headers.insert(QString::fromLatin1(it.key()), QString::fromLatin1(it.value()));
        const QJsonObject o{{u"target"_s, QString::fromLatin1(m_lastChat.path)},
                            {u"headers"_s, headers},
                            {u"body"_s, QString::fromUtf8(m_lastChat.body)}};
        return w::jsonResponse(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    ScriptedResponse stats() const
    {
        QJsonArray arrivals;
        for (double t : m_okArrivals)
            arrivals.append(t);
        QJsonObject asked; // how many accepted requests asked for how many rows
        for (auto it = m_asked.cbegin(); it != m_asked.cend(); ++it)
            asked.insert(QString::number(it.key()), it.value());
        const QJsonObject o{{u"chatRequests"_s, m_chatRequests},
                            {u"askedRows"_s, asked},
                            {u"rejected"_s, m_rejected},
                            {u"accepted"_s, int(m_okArrivals.size())},
                            {u"sseEvents"_s, double(m_sseEvents)},
                            {u"maxConcurrent"_s, m_server.maxConcurrentRequests()},
                            {u"connections"_s, m_server.connectionCount()},
                            {u"acceptedArrivals"_s, arrivals}};
        return w::jsonResponse(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    Options m_options;
    ProviderTestServer m_server; // serves from this (the main) thread: handlers need no locking
    QElapsedTimer m_clock;
    double m_capacity = 0;
    double m_tokens = 0;
    double m_lastRefill = 0;
    int m_chatRequests = 0;
    int m_rejected = 0;
    int m_nextRow = 0;
    qint64 m_sseEvents = 0;
    QMap<int, int> m_asked;
    RecordedRequest m_lastChat;
    QVector<double> m_okArrivals; // seconds since start, of the requests the limit let through
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"OpenAI-style chat server for bench_engine."_s);
    parser.addHelpOption();
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay before a 200 answer starts."_s, u"ms"_s, u"200"_s);
    const QCommandLineOption rejectLatency(u"reject-latency-ms"_s, u"Delay before a 429."_s, u"ms"_s, u"20"_s);
    const QCommandLineOption streamMs(u"stream-ms"_s, u"Duration of a streamed answer."_s, u"ms"_s, u"1500"_s);
    const QCommandLineOption piece(u"piece-chars"_s, u"Model text per SSE event."_s, u"chars"_s, u"5"_s);
    const QCommandLineOption chunk(u"chunk-ms"_s, u"Pause between SSE events (instead of --stream-ms)."_s, u"ms"_s,
                                   u"-1"_s);
    const QCommandLineOption rate(u"rate"_s, u"Requests per second allowed (0: unlimited)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption burst(u"burst"_s, u"Token bucket size (0: one second's worth)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption noHeaders(u"no-rate-headers"_s, u"Send no x-ratelimit-* headers."_s);
    const QCommandLineOption endGap(u"end-gap-ms"_s, u"Streams: pause between [DONE] and the end of the body."_s,
                                    u"ms"_s, u"0"_s);
    const QCommandLineOption closeEach(u"close"_s, u"Close the connection after every answer."_s);
    parser.addOptions({latency, rejectLatency, streamMs, piece, chunk, rate, burst, noHeaders, endGap, closeEach});
    parser.process(app);

    Options options;
    options.latencyMs = parser.value(latency).toInt();
    options.rejectLatencyMs = parser.value(rejectLatency).toInt();
    options.streamMs = parser.value(streamMs).toInt();
    options.pieceChars = qMax(1, parser.value(piece).toInt());
    options.chunkMs = parser.value(chunk).toInt();
    options.ratePerSecond = parser.value(rate).toDouble();
    options.burst = parser.value(burst).toDouble();
    options.rateHeaders = !parser.isSet(noHeaders);
    options.endGapMs = parser.value(endGap).toInt();
    options.closeEach = parser.isSet(closeEach);

    BenchProvider provider(options);
    if (!provider.listen()) {
        std::fprintf(stderr, "bench-provider: cannot listen on 127.0.0.1\n");
        return 1;
    }
    std::printf("%u\n", unsigned(provider.port()));
    std::fflush(stdout);

    // Serve until the parent closes our stdin (or dies): no orphan servers.
    QSocketNotifier stdinWatch(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinWatch, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    return app.exec();
}
