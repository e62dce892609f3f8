// A real HTTP/1.1 server on 127.0.0.1 that plays scripted LLM-provider responses byte for byte, so connector,
// engine and CLI tests run against the wire formats in PROTOCOLS.md instead of mocks. Built on QTcpServer (not
// QHttpServer) because the tests need byte-level control: arbitrary chunk splits, stalls, truncation.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QThread;

namespace candor::test {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the server parsed it, plus what happened to its response.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;                       // the request target as sent: path plus "?query"
    QByteArray httpVersion;                // "HTTP/1.1"
    QHash<QByteArray, QByteArray> headers; // names lower-cased; repeated headers joined with ", "
    QByteArray body;                       // de-chunked when the client sent Transfer-Encoding: chunked
    int connectionId = -1;                 // equal ids = the same TCP connection (keep-alive)
    int index = -1;                        // position in ProviderTestServer::requests()
    qint64 receivedAtMs = 0;               // since listen(), when the request was complete

    // Filled in while the response goes out.
    int responseStatus = 0;          // status line sent (0: not yet, or raw response)
    bool responseComplete = false;   // every scripted byte was handed to the socket
    bool clientDisconnected = false; // the client went away before the response was complete
    qint64 bodyBytesSent = 0;        // body bytes written (without chunk framing)

    QJsonObject json() const; // the body as a JSON object; empty when it is not one
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QByteArray pathOnly() const;
    QUrlQuery query() const;
};

// How the body bytes are cut into separate writes (and, with chunked transfer, separate HTTP chunks). Each piece
// goes out in its own event-loop turn, so clients see the splits the tests ask for.
struct Chunking
{
    enum class Mode
    {
        Whole,
        OneByte,
        Random,
        Explicit
    };
    Mode mode = Mode::Whole;
    quint32 seed = 0;        // Random: the same seed gives the same splits
    int maxPiece = 64;       // Random: pieces are 1..maxPiece bytes
    QList<qint64> cutPoints; // Explicit: body offsets where a new piece starts

    static Chunking whole() { return {}; }
    static Chunking oneByte();
    static Chunking random(quint32 seed, int maxPiece = 64);
    static Chunking explicitCuts(QList<qint64> cutPoints);
};

struct ScriptedResponse
{
    int status = 200;
    QByteArray reason; // empty: the standard phrase for the status
    HeaderList headers;
    QByteArray body;
    // Produces further body pieces lazily after `body` (huge or endless bodies); an empty piece ends the body.
    // The response is copied per request, so keep state in the lambda's captures (mutable), not outside.
    std::function<QByteArray()> bodyGenerator;

    Chunking chunking;
    int latencyMs = 0;           // before the status line
    int chunkDelayMs = 0;        // between body pieces
    qint64 stallAfterBytes = -1; // after this many body bytes, send nothing for stallMs
    int stallMs = 0;
    // Close the connection after this many body bytes: a truncated body (curl: exit 18, Python: IncompleteRead).
    // Qt 6.4's QNetworkReply reports RemoteHostClosedError for a Content-Length body cut right behind the data,
    // but finishes most cut chunked bodies, and Content-Length bodies cut after a pause, with NoError (it takes
    // EOF as the end of the body); a cut GET may also be re-sent on a new connection (POST is not). Connectors
    // must check completeness themselves: Content-Length, [DONE] / message_stop / "done":true.
    qint64 closeEarlyAfterBytes = -1;
    int closeEarlyGraceMs = 0;        // pause between the last byte and the close
    bool closeEarlyWithReset = false; // RST (SO_LINGER 0) instead of FIN; bytes still in flight may be lost
    // Transfer-Encoding: chunked (true) or Content-Length (false). Unset: chunked for text/event-stream,
    // application/x-ndjson and generated bodies. A generated body without chunking ends by closing.
    // When `headers` already carry Content-Length or Transfer-Encoding, the body is sent verbatim instead.
    std::optional<bool> chunkedTransfer;
    bool closeConnection = false; // send "Connection: close" and close after this response
    bool raw = false;             // `body` is the whole response (status line included); closes afterwards

    // What a handler returns to pass a request on (status 0).
    static ScriptedResponse decline();

    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
    ScriptedResponse &withoutHeader(const QByteArray &name);
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    bool hasHeader(const QByteArray &name) const;
};

class ProviderTestServer : public QObject
{
    Q_OBJECT
public:
    // Called for every request that no queued response answers; return ScriptedResponse::decline() (any
    // status <= 0) to pass the request on to the next handler or default.
    using Handler = std::function<ScriptedResponse(const RecordedRequest &)>;

    // CallerThread: sockets, timers and handlers live in the creating thread (deterministic, needs its event
    // loop running). OwnThread: a private thread serves, so a test may block (e.g. QProcess::waitForFinished);
    // handlers then run in that thread and must only touch thread-safe state.
    enum class Threading
    {
        CallerThread,
        OwnThread
    };

    explicit ProviderTestServer(QObject *parent = nullptr);
    explicit ProviderTestServer(Threading threading, QObject *parent = nullptr);
    ~ProviderTestServer() override;

    bool listen(); // 127.0.0.1, ephemeral port
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;                // http://127.0.0.1:PORT
    QUrl url(const QString &path) const; // baseUrl() + path; path starts with '/' and may carry a query

    // Routing. A route is a method ("" or "*" for any) plus a prefix of the request target. Order of lookup:
    // queued responses (oldest first, longest matching prefix) -> route handlers -> the global handler ->
    // defaults -> 404 JSON.
    void enqueue(const QByteArray &method, const QByteArray &pathPrefix, const ScriptedResponse &response);
    void setDefault(const QByteArray &method, const QByteArray &pathPrefix, const ScriptedResponse &response);
    void setHandler(const QByteArray &method, const QByteArray &pathPrefix, Handler handler);
    void setHandler(Handler handler);
    int queuedCount(const QByteArray &method, const QByteArray &pathPrefix) const;
    void clearRoutes(); // queues, defaults and handlers

    // Recording.
    QList<RecordedRequest> requests() const;
    RecordedRequest request(int index) const;
    RecordedRequest lastRequest() const;
    int requestCount() const;
    void clearRequests();              // also restarts maxConcurrentRequests() from the requests now in progress
    int activeRequests() const;        // received, response not finished yet
    int maxConcurrentRequests() const; // peak of activeRequests()
    int connectionCount() const;       // TCP connections accepted so far
    int openConnectionCount() const;
    void closeAllConnections(); // like a server dropping idle keep-alive connections

    // Both are queued to this object's thread, so slots may safely call back into the server.
Q_SIGNALS:
    void requestReceived(int index);
    void responseFinished(int index); // complete, truncated on purpose, or the client went away

private:
    struct State;
    class Core;
    class Connection;
    friend class Core;
    friend class Connection;

    ScriptedResponse responseFor(const RecordedRequest &request);
    void post(std::function<void()> function); // runs `function` in this object's thread
    void runInCore(const std::function<void()> &function);

    Threading m_threading = Threading::CallerThread;
    State *m_state = nullptr;
    Core *m_core = nullptr;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace candor::test
