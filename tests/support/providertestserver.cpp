#include "support/providertestserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace candor::test {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
// Body pieces are only produced while the socket's own buffer is small, so a 50 MB generated body never sits
// in memory at once.
constexpr qint64 kHighWater = 512 * 1024;
constexpr qint64 kLowWater = 128 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue"_ba;
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 202:
        return "Accepted"_ba;
    case 204:
        return "No Content"_ba;
    case 301:
        return "Moved Permanently"_ba;
    case 302:
        return "Found"_ba;
    case 303:
        return "See Other"_ba;
    case 304:
        return "Not Modified"_ba;
    case 307:
        return "Temporary Redirect"_ba;
    case 308:
        return "Permanent Redirect"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 402:
        return "Payment Required"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 408:
        return "Request Timeout"_ba;
    case 409:
        return "Conflict"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 499:
        return "Client Closed Request"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 501:
        return "Not Implemented"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    case 520:
        return "Unknown Error"_ba;
    case 524:
        return "A Timeout Occurred"_ba;
    case 529:
        return "Site Overloaded"_ba;
    default:
        return "Status"_ba;
    }
}

// True when the comma-separated header value lists `token` (case-insensitive), e.g. "Connection: keep-alive, close".
bool hasToken(const QByteArray &value, const QByteArray &token)
{
    const QList<QByteArray> parts = value.split(',');
    return std::any_of(parts.begin(), parts.end(),
                       [&](const QByteArray &p) { return p.trimmed().compare(token, Qt::CaseInsensitive) == 0; });
}

bool methodMatches(const QByteArray &routeMethod, const QByteArray &method)
{
    return routeMethod.isEmpty() || routeMethod == "*" || routeMethod.compare(method, Qt::CaseInsensitive) == 0;
}

ScriptedResponse unmatchedResponse(const RecordedRequest &request)
{
    ScriptedResponse r;
    r.status = 404;
    r.headers = {{"Content-Type"_ba, "application/json"_ba}};
    const QJsonObject error{{u"message"_s, u"ProviderTestServer: no scripted response for %1 %2"_s.arg(
                                               QString::fromUtf8(request.method), QString::fromUtf8(request.path))},
                            {u"type"_s, u"invalid_request_error"_s},
                            {u"param"_s, QJsonValue::Null},
                            {u"code"_s, u"unmatched_route"_s}};
    r.body = QJsonDocument(QJsonObject{{u"error"_s, error}}).toJson(QJsonDocument::Compact);
    return r;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray RecordedRequest::pathOnly() const
{
    const qsizetype q = path.indexOf('?');
    return q < 0 ? path : path.left(q);
}

QUrlQuery RecordedRequest::query() const
{
    const qsizetype q = path.indexOf('?');
    return q < 0 ? QUrlQuery() : QUrlQuery(QString::fromUtf8(path.mid(q + 1)));
}

Chunking Chunking::oneByte()
{
    Chunking c;
    c.mode = Mode::OneByte;
    return c;
}

Chunking Chunking::random(quint32 seed, int maxPiece)
{
    Chunking c;
    c.mode = Mode::Random;
    c.seed = seed;
    c.maxPiece = std::max(1, maxPiece);
    return c;
}

Chunking Chunking::explicitCuts(QList<qint64> cutPoints)
{
    Chunking c;
    c.mode = Mode::Explicit;
    std::sort(cutPoints.begin(), cutPoints.end());
    c.cutPoints = std::move(cutPoints);
    return c;
}

ScriptedResponse ScriptedResponse::decline()
{
    ScriptedResponse r;
    r.status = 0;
    return r;
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

ScriptedResponse &ScriptedResponse::withoutHeader(const QByteArray &name)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    return *this;
}

QByteArray ScriptedResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool ScriptedResponse::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.begin(), headers.end(),
                       [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
}

// ---------------------------------------------------------------------------------------------------------------
// Shared between the public object and the serving thread; everything here is guarded by `mutex`.

struct ProviderTestServer::State
{
    struct Route
    {
        QByteArray method;
        QByteArray prefix;
        QList<ScriptedResponse> queue;
        std::optional<ScriptedResponse> fallback;
        Handler handler;
    };

    mutable QMutex mutex;
    QList<Route> routes;
    Handler globalHandler;
    QList<RecordedRequest> requests;
    // Serial numbers survive clearRequests(): serial - base is the index in `requests`, negative once cleared.
    int base = 0;
    int active = 0;
    int peak = 0;
    int accepted = 0;
    int open = 0;
    QElapsedTimer clock;

    Route &route(const QByteArray &method, const QByteArray &prefix)
    {
        for (Route &r : routes) {
            if (r.method == method && r.prefix == prefix)
                return r;
        }
        routes.append(Route{method, prefix, {}, std::nullopt, {}});
        return routes.last();
    }

    RecordedRequest *find(int serial)
    {
        const int i = serial - base;
        return i >= 0 && i < requests.size() ? &requests[i] : nullptr;
    }
};

// ---------------------------------------------------------------------------------------------------------------

class ProviderTestServer::Core : public QObject
{
public:
    explicit Core(ProviderTestServer *owner) : m_owner(owner) {}

    bool listen();
    quint16 port() const { return m_server ? m_server->serverPort() : 0; }
    void shutdown();
    void closeAll();

    ProviderTestServer *owner() const { return m_owner; }
    State &state() const { return *m_owner->m_state; }
    bool shuttingDown() const { return m_shuttingDown; }
    void forget(Connection *connection) { m_connections.remove(connection); }

private:
    void accept();

    ProviderTestServer *m_owner;
    QTcpServer *m_server = nullptr;
    QSet<Connection *> m_connections;
    int m_nextId = 1;
    bool m_shuttingDown = false;
};

class ProviderTestServer::Connection : public QObject
{
public:
    Connection(Core *core, QTcpSocket *socket, int id);
    ~Connection() override;
    void drop();

private:
    struct Pending
    {
        int serial = -1;
        ScriptedResponse response;
        bool keepAlive = true;
        bool headRequest = false;
    };
    enum class Phase
    {
        Latency,
        Sending,
        Waiting,
        Draining
    };
    struct Job : Pending
    {
        explicit Job(Pending &&p) : Pending(std::move(p)), rng(response.chunking.seed) {}
        Phase phase = Phase::Sending;
        bool hasBody = true;
        bool chunked = false;
        bool stallDone = false;
        qint64 sent = 0; // body bytes, without chunk framing
        qint64 staticOffset = 0;
        QByteArray generated;
        qint64 generatedOffset = 0;
        bool generatorEnded = false;
        qint64 nextPieceDueMs = -1; // on the connection's clock; -1: the next piece starts the schedule
        QRandomGenerator rng;
    };
    enum class BodyStatus
    {
        Incomplete,
        Complete,
        Bad
    };

    void onReadyRead();
    void parse();
    BodyStatus parseChunkedBody(QByteArray &body, qsizetype &consumed) const;
    void completeRequest(QByteArray &&body);
    void fail(int status);
    void startNext();
    void begin();
    void writeHead();
    void pump();
    QByteArray nextPiece();
    void finishResponse();
    void closeEarly();
    void closeGracefully();
    void resetConnection();
    void onTimer();
    void onBytesWritten();
    void onDisconnected();
    void finished(int serial, bool complete, bool clientGone);

    Core *m_core;
    QTcpSocket *m_socket;
    const int m_id;
    QTimer m_timer;
    QElapsedTimer m_clock; // paces body pieces
    QByteArray m_in;
    // The request being parsed.
    bool m_headParsed = false;
    RecordedRequest m_current;
    bool m_currentChunked = false;
    qint64 m_contentLength = 0;
    bool m_sentContinue = false;
    bool m_noMoreRequests = false; // after "Connection: close" or a protocol error
    bool m_closing = false;
    bool m_gone = false;
    bool m_serverDropped = false;
    QList<Pending> m_pending;
    std::optional<Job> m_job;
};

// ---------------------------------------------------------------------------------------------------------------

bool ProviderTestServer::Core::listen()
{
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(4096);
    m_server->setListenBacklogSize(1024);
    connect(m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void ProviderTestServer::Core::accept()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        {
            QMutexLocker lock(&state().mutex);
            ++state().accepted;
            ++state().open;
        }
        m_connections.insert(new Connection(this, socket, m_nextId++));
    }
}

void ProviderTestServer::Core::shutdown()
{
    m_shuttingDown = true;
    delete m_server;
    m_server = nullptr;
    const QSet<Connection *> connections = m_connections;
    for (Connection *c : connections)
        delete c;
}

void ProviderTestServer::Core::closeAll()
{
    const QSet<Connection *> connections = m_connections;
    for (Connection *c : connections)
        c->drop();
}

// ---------------------------------------------------------------------------------------------------------------

ProviderTestServer::Connection::Connection(Core *core, QTcpSocket *socket, int id)
    : QObject(core), m_core(core), m_socket(socket), m_id(id)
{
    socket->setParent(this);
    // Every piece must leave as its own segment, or the splits the test asked for would merge on the wire.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    m_clock.start();
    connect(&m_timer, &QTimer::timeout, this, [this] { onTimer(); });
    connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { onBytesWritten(); });
    connect(socket, &QTcpSocket::disconnected, this, [this] { onDisconnected(); });
    if (socket->bytesAvailable() > 0)
        QTimer::singleShot(0, this, [this] { onReadyRead(); });
}

ProviderTestServer::Connection::~Connection()
{
    m_core->forget(this);
    // The socket is destroyed with us; it must not call back into a half-destroyed connection.
    m_socket->disconnect(this);
    m_timer.stop();
    if (!m_gone && !m_core->shuttingDown()) {
        m_gone = true;
        if (m_job)
            finished(m_job->serial, false, false);
        for (const Pending &p : std::as_const(m_pending))
            finished(p.serial, false, false);
        QMutexLocker lock(&m_core->state().mutex);
        --m_core->state().open;
    }
    m_socket->abort();
}

void ProviderTestServer::Connection::drop()
{
    m_serverDropped = true;
    m_socket->abort();
    onDisconnected(); // abort() may or may not have emitted disconnected(); this is idempotent
}

void ProviderTestServer::Connection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (m_noMoreRequests || m_gone)
        return;
    m_in += data;
    parse();
}

void ProviderTestServer::Connection::parse()
{
    while (!m_noMoreRequests && !m_gone) {
        if (!m_headParsed) {
            // RFC 9112 2.2: ignore empty lines before a request line.
            while (m_in.startsWith("\r\n") || m_in.startsWith("\n"))
                m_in.remove(0, m_in.startsWith("\r\n") ? 2 : 1);
            qsizetype end = m_in.indexOf("\r\n\r\n");
            qsizetype separator = 4;
            const qsizetype bareEnd = m_in.indexOf("\n\n");
            if (bareEnd >= 0 && (end < 0 || bareEnd < end)) {
                end = bareEnd;
                separator = 2;
            }
            if (end < 0) {
                if (m_in.size() > kMaxHeadBytes)
                    fail(431);
                return;
            }
            const QByteArray head = m_in.left(end);
            m_in.remove(0, end + separator);

            QList<QByteArray> lines = head.split('\n');
            for (QByteArray &line : lines) {
                if (line.endsWith('\r'))
                    line.chop(1);
            }
            const QList<QByteArray> requestLine = lines.takeFirst().split(' ');
            if (requestLine.size() != 3 || requestLine[0].isEmpty() || requestLine[1].isEmpty() ||
                !requestLine[2].startsWith("HTTP/1.")) {
                fail(400);
                return;
            }
            m_current = RecordedRequest();
            m_current.method = requestLine[0];
            m_current.path = requestLine[1];
            m_current.httpVersion = requestLine[2];
            for (const QByteArray &line : std::as_const(lines)) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0) {
                    fail(400);
                    return;
                }
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                auto it = m_current.headers.find(name);
                if (it == m_current.headers.end())
                    m_current.headers.insert(name, value);
                else
                    *it += ", "_ba + value;
            }
            m_currentChunked = hasToken(m_current.header("transfer-encoding"), "chunked"_ba);
            m_contentLength = 0;
            if (!m_currentChunked && m_current.hasHeader("content-length")) {
                bool ok = false;
                m_contentLength = m_current.header("content-length").toLongLong(&ok);
                if (!ok || m_contentLength < 0) {
                    fail(400);
                    return;
                }
            }
            m_headParsed = true;
            m_sentContinue = false;
        }

        QByteArray body;
        if (m_currentChunked) {
            qsizetype consumed = 0;
            const BodyStatus status = parseChunkedBody(body, consumed);
            if (status == BodyStatus::Bad) {
                fail(400);
                return;
            }
            if (status == BodyStatus::Incomplete) {
                if (!m_sentContinue && hasToken(m_current.header("expect"), "100-continue"_ba)) {
                    m_sentContinue = true;
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                }
                return;
            }
            m_in.remove(0, consumed);
        } else {
            if (m_in.size() < m_contentLength) {
                if (!m_sentContinue && hasToken(m_current.header("expect"), "100-continue"_ba)) {
                    m_sentContinue = true;
                    m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                }
                return;
            }
            body = m_in.left(m_contentLength);
            m_in.remove(0, m_contentLength);
        }
        m_headParsed = false;
        completeRequest(std::move(body));
    }
}

ProviderTestServer::Connection::BodyStatus ProviderTestServer::Connection::parseChunkedBody(QByteArray &body,
                                                                                            qsizetype &consumed) const
{
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = m_in.indexOf("\r\n", pos);
        if (eol < 0)
            return BodyStatus::Incomplete;
        QByteArray sizeText = m_in.mid(pos, eol - pos);
        const qsizetype semicolon = sizeText.indexOf(';'); // chunk extensions
        if (semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return BodyStatus::Bad;
        pos = eol + 2;
        if (size == 0) {
            for (;;) { // trailer fields up to an empty line
                const qsizetype e = m_in.indexOf("\r\n", pos);
                if (e < 0)
                    return BodyStatus::Incomplete;
                const bool empty = e == pos;
                pos = e + 2;
                if (empty) {
                    consumed = pos;
                    return BodyStatus::Complete;
                }
            }
        }
        if (m_in.size() < pos + size + 2)
            return BodyStatus::Incomplete;
        body += m_in.mid(pos, size);
        pos += size + 2;
    }
}

void ProviderTestServer::Connection::completeRequest(QByteArray &&body)
{
    RecordedRequest request = std::move(m_current);
    request.body = std::move(body);
    request.connectionId = m_id;

    const QByteArray connection = request.header("connection");
    const bool keepAlive =
        request.httpVersion == "HTTP/1.0" ? hasToken(connection, "keep-alive"_ba) : !hasToken(connection, "close"_ba);
    if (!keepAlive)
        m_noMoreRequests = true;

    State &state = m_core->state();
    int serial = 0;
    {
        QMutexLocker lock(&state.mutex);
        request.index = int(state.requests.size());
        request.receivedAtMs = state.clock.elapsed();
        serial = state.base + request.index;
        state.requests.append(request);
        ++state.active;
        state.peak = std::max(state.peak, state.active);
    }
    ProviderTestServer *owner = m_core->owner();
    ScriptedResponse response = owner->responseFor(request);
    const int index = request.index;
    owner->post([owner, index] { Q_EMIT owner->requestReceived(index); });

    m_pending.append(Pending{serial, std::move(response), keepAlive, request.method == "HEAD"});
    startNext();
}

void ProviderTestServer::Connection::fail(int status)
{
    m_noMoreRequests = true;
    const QByteArray text = reasonPhrase(status);
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + text +
                     "\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "_ba +
                     QByteArray::number(text.size()) + "\r\n\r\n"_ba + text;
    m_socket->write(out);
    closeGracefully();
}

void ProviderTestServer::Connection::startNext()
{
    if (m_job || m_pending.isEmpty() || m_gone || m_closing)
        return;
    m_job.emplace(m_pending.takeFirst());
    if (m_job->response.latencyMs > 0) {
        m_job->phase = Phase::Latency;
        m_timer.start(m_job->response.latencyMs);
        return;
    }
    begin();
}

void ProviderTestServer::Connection::begin()
{
    m_job->phase = Phase::Sending;
    if (!m_job->response.raw)
        writeHead();
    if (!m_job->hasBody) {
        finishResponse();
        return;
    }
    pump();
}

void ProviderTestServer::Connection::writeHead()
{
    Job &job = *m_job;
    const ScriptedResponse &r = job.response;
    const int status = r.status;
    job.hasBody = !job.headRequest && !(status >= 100 && status < 200) && status != 204 && status != 304;
    const bool verbatim = r.hasHeader("content-length"_ba) || r.hasHeader("transfer-encoding"_ba);
    const bool generated = bool(r.bodyGenerator);
    const QByteArray type = r.header("content-type"_ba).toLower();
    bool chunked = r.chunkedTransfer.value_or(generated || type.startsWith("text/event-stream") ||
                                              type.startsWith("application/x-ndjson"));
    if (verbatim || !job.hasBody)
        chunked = false;
    job.chunked = chunked;
    const bool closeDelimited = job.hasBody && !verbatim && !chunked && generated;
    if (closeDelimited || r.closeConnection)
        job.keepAlive = false;

    QByteArray head = "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' +
                      (r.reason.isEmpty() ? reasonPhrase(status) : r.reason) + "\r\n"_ba;
    for (const auto &h : r.headers)
        head += h.first + ": "_ba + h.second + "\r\n"_ba;
    if (!verbatim) {
        if (chunked)
            head += "Transfer-Encoding: chunked\r\n"_ba;
        else if (!closeDelimited && status != 204 && status != 304 && !(status >= 100 && status < 200))
            head += "Content-Length: "_ba + QByteArray::number(r.body.size()) + "\r\n"_ba;
    }
    if (!job.keepAlive && !r.hasHeader("connection"_ba))
        head += "Connection: close\r\n"_ba;
    head += "\r\n"_ba;
    m_socket->write(head);
    m_socket->flush(); // streaming clients must see the headers before the first body byte

    QMutexLocker lock(&m_core->state().mutex);
    if (RecordedRequest *rec = m_core->state().find(job.serial))
        rec->responseStatus = status;
}

void ProviderTestServer::Connection::pump()
{
    while (m_job && !m_gone && m_job->phase == Phase::Sending) {
        Job &job = *m_job;
        const ScriptedResponse &r = job.response;
        if (!job.stallDone && r.stallAfterBytes >= 0 && job.sent >= r.stallAfterBytes) {
            job.stallDone = true;
            m_socket->flush();
            job.phase = Phase::Waiting;
            job.nextPieceDueMs = -1;
            m_timer.start(r.stallMs);
            return;
        }
        if (r.closeEarlyAfterBytes >= 0 && job.sent >= r.closeEarlyAfterBytes) {
            closeEarly();
            return;
        }
        if (m_socket->bytesToWrite() > kHighWater) {
            job.phase = Phase::Draining;
            return;
        }
        const QByteArray piece = nextPiece();
        if (piece.isEmpty()) {
            finishResponse();
            return;
        }
        if (job.chunked)
            m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n"_ba + piece + "\r\n"_ba);
        else
            m_socket->write(piece);
        job.sent += piece.size();
        {
            QMutexLocker lock(&m_core->state().mutex);
            if (RecordedRequest *rec = m_core->state().find(job.serial))
                rec->bodyBytesSent = job.sent;
        }
        if (r.chunkDelayMs > 0 || r.chunking.mode != Chunking::Mode::Whole) {
            // One piece per event-loop turn (or per delay), so pieces stay apart on the wire. Pieces are due at fixed
            // intervals: a loop busy with many streams fires timers late, and restarting the delay from there would
            // stretch a stream by that lateness on every piece, the more the more streams arrived together.
            m_socket->flush();
            job.phase = Phase::Waiting;
            const qint64 now = m_clock.elapsed();
            const qint64 delay = std::max(0, r.chunkDelayMs);
            job.nextPieceDueMs = job.nextPieceDueMs < 0 ? now + delay : job.nextPieceDueMs + delay;
            if (job.nextPieceDueMs < now - delay)
                job.nextPieceDueMs = now + delay; // far behind (a stall, a full socket): no burst to catch up
            m_timer.start(int(std::max<qint64>(0, job.nextPieceDueMs - now)));
            return;
        }
    }
}

QByteArray ProviderTestServer::Connection::nextPiece()
{
    Job &job = *m_job;
    const ScriptedResponse &r = job.response;
    bool fromStatic = true;
    qint64 available = r.body.size() - job.staticOffset;
    if (available <= 0) {
        fromStatic = false;
        if (!r.bodyGenerator)
            return {};
        if (job.generatedOffset >= job.generated.size()) {
            if (job.generatorEnded)
                return {};
            job.generated = r.bodyGenerator();
            job.generatedOffset = 0;
            if (job.generated.isEmpty()) {
                job.generatorEnded = true;
                return {};
            }
        }
        available = job.generated.size() - job.generatedOffset;
    }

    qint64 length = available;
    switch (r.chunking.mode) {
    case Chunking::Mode::Whole:
        break;
    case Chunking::Mode::OneByte:
        length = 1;
        break;
    case Chunking::Mode::Random:
        length = qint64(job.rng.bounded(quint32(1), quint32(std::max(1, r.chunking.maxPiece)) + 1));
        break;
    case Chunking::Mode::Explicit:
        for (const qint64 cut : r.chunking.cutPoints) {
            if (cut > job.sent) {
                length = cut - job.sent;
                break;
            }
        }
        break;
    }
    length = std::min(length, available);
    if (!job.stallDone && r.stallAfterBytes > job.sent)
        length = std::min(length, r.stallAfterBytes - job.sent);
    if (r.closeEarlyAfterBytes > job.sent)
        length = std::min(length, r.closeEarlyAfterBytes - job.sent);

    QByteArray piece;
    if (fromStatic) {
        piece = r.body.mid(job.staticOffset, length);
        job.staticOffset += length;
    } else {
        piece = job.generated.mid(job.generatedOffset, length);
        job.generatedOffset += length;
        if (job.generatedOffset >= job.generated.size()) {
            job.generated.clear();
            job.generatedOffset = 0;
        }
    }
    return piece;
}

void ProviderTestServer::Connection::finishResponse()
{
    if (m_job->chunked)
        m_socket->write("0\r\n\r\n");
    m_socket->flush();
    const int serial = m_job->serial;
    const bool keepAlive = m_job->keepAlive && !m_job->response.raw;
    m_job.reset();
    m_timer.stop();
    finished(serial, true, false);
    if (!keepAlive) {
        closeGracefully();
        return;
    }
    startNext();
}

void ProviderTestServer::Connection::closeEarly()
{
    const int serial = m_job->serial;
    const int grace = m_job->response.closeEarlyGraceMs;
    const bool reset = m_job->response.closeEarlyWithReset;
    m_job.reset();
    m_timer.stop();
    finished(serial, false, false);
    m_socket->flush();
    m_noMoreRequests = true;
    m_closing = true; // no further responses on this connection while the close is pending
    const auto close = [this, reset] {
        if (m_gone)
            return;
        if (reset) {
            resetConnection();
            return;
        }
        closeGracefully();
    };
    if (grace <= 0)
        close();
    else
        QTimer::singleShot(grace, this, close);
}

void ProviderTestServer::Connection::resetConnection()
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hard{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    m_serverDropped = true;
    m_socket->abort();
    onDisconnected();
}

void ProviderTestServer::Connection::closeGracefully()
{
    m_noMoreRequests = true;
    m_closing = true;
    for (const Pending &p : std::as_const(m_pending))
        finished(p.serial, false, false);
    m_pending.clear();
    // Writes what is buffered, then sends FIN: the client sees a clean close after exactly the bytes sent.
    m_socket->disconnectFromHost();
}

void ProviderTestServer::Connection::onTimer()
{
    if (!m_job || m_gone)
        return;
    if (m_job->phase == Phase::Latency) {
        begin();
    } else if (m_job->phase == Phase::Waiting) {
        m_job->phase = Phase::Sending;
        pump();
    }
}

void ProviderTestServer::Connection::onBytesWritten()
{
    if (m_job && !m_gone && m_job->phase == Phase::Draining && m_socket->bytesToWrite() <= kLowWater) {
        m_job->phase = Phase::Sending;
        pump();
    }
}

void ProviderTestServer::Connection::onDisconnected()
{
    if (m_gone)
        return;
    m_gone = true;
    m_timer.stop();
    const bool clientGone = !m_serverDropped;
    if (m_job)
        finished(m_job->serial, false, clientGone);
    for (const Pending &p : std::as_const(m_pending))
        finished(p.serial, false, clientGone);
    m_job.reset();
    m_pending.clear();
    {
        QMutexLocker lock(&m_core->state().mutex);
        --m_core->state().open;
    }
    deleteLater();
}

void ProviderTestServer::Connection::finished(int serial, bool complete, bool clientGone)
{
    State &state = m_core->state();
    int index = -1;
    {
        QMutexLocker lock(&state.mutex);
        state.active = std::max(0, state.active - 1);
        if (RecordedRequest *rec = state.find(serial)) {
            rec->responseComplete = complete;
            rec->clientDisconnected = clientGone;
            index = rec->index;
        }
    }
    if (index >= 0 && !m_core->shuttingDown()) {
        ProviderTestServer *owner = m_core->owner();
        owner->post([owner, index] { Q_EMIT owner->responseFinished(index); });
    }
}

// ---------------------------------------------------------------------------------------------------------------

ProviderTestServer::ProviderTestServer(QObject *parent) : ProviderTestServer(Threading::CallerThread, parent) {}

ProviderTestServer::ProviderTestServer(Threading threading, QObject *parent)
    : QObject(parent), m_threading(threading), m_state(new State)
{}

ProviderTestServer::~ProviderTestServer()
{
    if (m_core) {
        runInCore([this] { m_core->shutdown(); });
        if (m_thread) {
            m_thread->quit();
            m_thread->wait();
        }
        delete m_core;
    }
    delete m_thread;
    delete m_state;
}

bool ProviderTestServer::listen()
{
    if (m_core)
        return m_port != 0;
    m_core = new Core(this);
    if (m_threading == Threading::OwnThread) {
        m_thread = new QThread;
        m_thread->setObjectName(u"ProviderTestServer"_s);
        m_core->moveToThread(m_thread);
        m_thread->start();
    }
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->clock.start();
    }
    bool ok = false;
    runInCore([&] {
        ok = m_core->listen();
        m_port = ok ? m_core->port() : 0;
    });
    return ok;
}

QUrl ProviderTestServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:"_s + QString::number(m_port));
}

QUrl ProviderTestServer::url(const QString &path) const
{
    return QUrl(baseUrl().toString() + path);
}

void ProviderTestServer::runInCore(const std::function<void()> &function)
{
    if (!m_thread || QThread::currentThread() == m_thread)
        function();
    else
        QMetaObject::invokeMethod(m_core, function, Qt::BlockingQueuedConnection);
}

void ProviderTestServer::post(std::function<void()> function)
{
    // Always queued: a slot may call back into the server (enqueue, closeAllConnections) while we are parsing.
    QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection);
}

void ProviderTestServer::enqueue(const QByteArray &method, const QByteArray &pathPrefix,
                                 const ScriptedResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->route(method, pathPrefix).queue.append(response);
}

void ProviderTestServer::setDefault(const QByteArray &method, const QByteArray &pathPrefix,
                                    const ScriptedResponse &response)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->route(method, pathPrefix).fallback = response;
}

void ProviderTestServer::setHandler(const QByteArray &method, const QByteArray &pathPrefix, Handler handler)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->route(method, pathPrefix).handler = std::move(handler);
}

void ProviderTestServer::setHandler(Handler handler)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->globalHandler = std::move(handler);
}

int ProviderTestServer::queuedCount(const QByteArray &method, const QByteArray &pathPrefix) const
{
    QMutexLocker lock(&m_state->mutex);
    for (const State::Route &r : std::as_const(m_state->routes)) {
        if (r.method == method && r.prefix == pathPrefix)
            return int(r.queue.size());
    }
    return 0;
}

void ProviderTestServer::clearRoutes()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->routes.clear();
    m_state->globalHandler = nullptr;
}

ScriptedResponse ProviderTestServer::responseFor(const RecordedRequest &request)
{
    const auto matches = [&](const State::Route &r) {
        return methodMatches(r.method, request.method) && request.path.startsWith(r.prefix);
    };
    QList<QPair<qsizetype, Handler>> handlers;
    Handler global;
    {
        QMutexLocker lock(&m_state->mutex);
        State::Route *best = nullptr;
        for (State::Route &r : m_state->routes) {
            if (matches(r) && !r.queue.isEmpty() && (!best || r.prefix.size() > best->prefix.size()))
                best = &r;
        }
        if (best)
            return best->queue.takeFirst();
        for (const State::Route &r : std::as_const(m_state->routes)) {
            if (matches(r) && r.handler)
                handlers.append({r.prefix.size(), r.handler});
        }
        global = m_state->globalHandler;
    }
    // Handlers run unlocked: they may call back into the server (requestCount(), enqueue()).
    std::stable_sort(handlers.begin(), handlers.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (global)
        handlers.append({0, global});
    for (const auto &h : std::as_const(handlers)) {
        ScriptedResponse response = h.second(request);
        if (response.status > 0)
            return response;
    }
    {
        QMutexLocker lock(&m_state->mutex);
        const State::Route *best = nullptr;
        for (const State::Route &r : std::as_const(m_state->routes)) {
            if (matches(r) && r.fallback && (!best || r.prefix.size() > best->prefix.size()))
                best = &r;
        }
        if (best)
            return *best->fallback;
    }
    return unmatchedResponse(request);
}

QList<RecordedRequest> ProviderTestServer::requests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests;
}

RecordedRequest ProviderTestServer::request(int index) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests.value(index);
}

RecordedRequest ProviderTestServer::lastRequest() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests.isEmpty() ? RecordedRequest() : m_state->requests.last();
}

int ProviderTestServer::requestCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return int(m_state->requests.size());
}

void ProviderTestServer::clearRequests()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->base += int(m_state->requests.size());
    m_state->requests.clear();
    m_state->peak = m_state->active;
}

int ProviderTestServer::activeRequests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->active;
}

int ProviderTestServer::maxConcurrentRequests() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->peak;
}

int ProviderTestServer::connectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->accepted;
}

int ProviderTestServer::openConnectionCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->open;
}

void ProviderTestServer::closeAllConnections()
{
    if (m_core)
        runInCore([this] { m_core->closeAll(); });
}

} // namespace candor::test
