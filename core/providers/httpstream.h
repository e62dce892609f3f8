// A lean HTTP/1.1 client for streamed chat responses. Qt 6.4's QNetworkAccessManager hands every received chunk from
// its own HTTP thread to the caller's thread, which costs more CPU than all of Candor's stream handling; this
// transport reads the socket in the connector's own thread, parses status line, headers, Content-Length and chunked
// framing itself and hands body bytes straight to the caller in one slice per read.
#pragma once

#include "providers/linebuffer.h"
#include "providers/providertypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVector>

#include <functional>

class QAbstractSocket;

namespace candor {

// Idle keep-alive connections of one connector, per origin (scheme, host, port). Sockets stay children of the
// pool for their whole life, so they never outlive the connector.
class HttpConnectionPool : public QObject
{
    Q_OBJECT
public:
    explicit HttpConnectionPool(QObject *parent = nullptr);
    ~HttpConnectionPool() override;

    // An idle, still connected socket for the origin, or nullptr.
    QAbstractSocket *take(const QString &origin);
    // A socket whose last response ended cleanly; it waits here for the next request to the same origin.
    void put(const QString &origin, QAbstractSocket *socket);
    // Closes a socket that is not coming back.
    static void discard(QAbstractSocket *socket);
    int idleCount() const;
    int connectionsOpened() const { return m_opened; }
    void noteOpened() { ++m_opened; }
    void clear();

private:
    struct Idle
    {
        QAbstractSocket *socket = nullptr;
        QElapsedTimer since;
    };
    void forget(QAbstractSocket *socket);

    QHash<QString, QVector<Idle>> m_idle;
    int m_opened = 0;
};

// One HTTP/1.1 request and its response on a pooled or new connection. Callbacks run in the thread the stream lives
// in; after end (or abort()) none follows.
class HttpStream : public QObject
{
    Q_OBJECT
public:
    struct Failure
    {
        int networkError = 0; // a QNetworkReply::NetworkError value; 0 = none
        QString errorString;
        bool timedOut = false; // nothing arrived for the inactivity timeout
        // The transport cannot carry this exchange (e.g. the TLS handshake failed before anything was sent): the
        // caller should send it through QNetworkAccessManager instead, which reports its own verdict.
        bool fallback = false;
        bool isError() const { return networkError != 0 || timedOut || fallback; }
    };
    struct Handlers
    {
        std::function<void(int status, const HeaderMap &headers)> head; // header names lower-cased
        std::function<void(QByteArrayView bytes)> body;                 // de-chunked body bytes, one slice per read
        std::function<void(const Failure &failure)> end;                // exactly once, unless aborted
    };

    HttpStream(HttpConnectionPool *pool, Handlers handlers, QObject *parent = nullptr);
    ~HttpStream() override;

    // Whether this transport can carry a request to url: plain http or https with TLS support, no proxy in the way.
    static bool canCarry(const QUrl &url);
    // Header lines for a request (name: value pairs); false when a name or value could break the framing.
    static bool headersAreSafe(const QVector<QPair<QByteArray, QByteArray>> &headers);

    // Sends method + url with the given header pairs and body. Content-Length, Host, Connection and Accept-Encoding
    // are added here.
    void start(const QByteArray &method, const QUrl &url, const QVector<QPair<QByteArray, QByteArray>> &headers,
               const QByteArray &body, int inactivityTimeoutMs);
    // Closes the connection at once; no callback follows.
    void abort();
    bool isActive() const { return m_phase != Phase::Idle && m_phase != Phase::Done; }
    const QUrl &url() const { return m_url; }
    bool reusedConnection() const { return m_reused; }

    // Reads response bytes as if the connection had delivered them, without a socket (the fuzz harness drives the
    // parser this way); endOfResponseBytes() is the server closing the connection.
    void readResponseBytes(QByteArrayView bytes);
    void endOfResponseBytes();

private:
    enum class Phase
    {
        Idle,
        Connecting,
        StatusLine,
        Headers,
        Body,      // Content-Length or until close
        ChunkSize, // a chunk-size line
        ChunkData, // inside a chunk
        ChunkEnd,  // the CRLF after a chunk's data
        Trailers,  // after the last chunk
        Done
    };
    enum class Framing
    {
        None,
        Length,
        Chunked,
        UntilClose
    };

    void resetResponse();
    void connectSocket(bool allowReuse);
    void attach(QAbstractSocket *socket);
    void detach();
    void sendRequest();
    void onReadyRead();
    void onDisconnected();
    void closedByServer(); // after the bytes that came before the close were read
    void onSocketError(int socketError);
    void onTimer();
    // Parses data; body bytes are collected and handed on once per call. False when the stream ended or was aborted.
    bool consume(const QByteArray &data);
    bool takeLine(const QByteArray &data, qsizetype &pos, QByteArrayView *line);
    bool handleHeadLine(QByteArrayView line);
    bool headersDone();
    bool flushBody();
    void finishResponse(bool leftoverBytes);
    void finish(const Failure &failure);
    void failProtocol(const QString &what);

    HttpConnectionPool *m_pool;
    Handlers m_handlers;
    QPointer<QAbstractSocket> m_socket;
    QUrl m_url;
    QString m_origin;
    QByteArray m_request; // head and body
    Phase m_phase = Phase::Idle;
    Framing m_framing = Framing::None;
    bool m_reused = false;
    bool m_gotBytes = false; // any response byte on this connection
    bool m_keepAlive = false;
    bool m_http10 = false;
    int m_status = 0;
    qint64 m_remaining = 0; // of the Content-Length body or the current chunk
    qint64 m_headBytes = 0;
    LineBuffer m_lines; // status, header, chunk-size and trailer lines
    QByteArray m_bodyOut;
    HeaderMap m_headers;
    QTimer m_timer;
    QElapsedTimer m_activity;
    int m_timeoutMs = 0;
    int m_tokens = 0; // incremented on abort/finish so callbacks can tell the stream ended under them
};

} // namespace candor
