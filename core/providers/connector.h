#pragma once

#include "providers/providertypes.h"
#include "util/clock.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVector>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace candor {
using namespace Qt::StringLiterals;

// One chat request, provider-neutral.
struct ChatRequest
{
    QString model;
    QString system;
    QString user;
    std::optional<double> temperature; // nullopt = the provider's default
    int maxTokens = 1024;
    QJsonObject schema; // JSON Schema the answer must follow; empty = free text
    QString schemaName = u"candor_output"_s;
    bool stream = false;
};

// Where and how to reach one endpoint. The key lives here only in memory, for the connector's lifetime.
struct EndpointSettings
{
    QString providerId; // catalogue id: openai, anthropic, ...
    Dialect dialect = Dialect::OpenAi;
    QUrl baseUrl;
    QString apiKey;
    // Sending a key over plain http to anything but this machine must be asked for explicitly.
    bool allowInsecureKey = false;
    // No byte for this long = timeout; on a stream, no event for this long = timeout too (keep-alive comments and
    // pings do not count, so a server that only pings or trickles bytes cannot hold a request open).
    int inactivityTimeoutMs = 120000;
    // Every request ends by this time after it was sent, whatever arrives (0 = no deadline).
    int requestDeadlineMs = 600000;
    // Longest stream line or event; a longer one fails the request (never a silently shorter answer).
    qsizetype maxStreamLineBytes = 8 * 1024 * 1024;
    qint64 maxResponseBytes = 32LL * 1024 * 1024;
    int maxRedirects = 5;
};

class Connector;
class HttpStream;
class HttpConnectionPool;

// One request in flight. Emits textDelta while streaming, then exactly one of finished / failed.
// The connector owns it and deletes it (deleteLater) after the final signal.
class ChatCall : public QObject
{
    Q_OBJECT
public:
    // Aborts at once; failed(cancelled) follows.
    void cancel();
    bool isDone() const { return m_done; }
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void textDelta(const QString &delta);
    void finished(const candor::ChatResult &result);
    void failed(const candor::ProviderError &error);

private:
    friend class Connector;
    explicit ChatCall(Connector *connector, const ChatRequest &request);

    // How a response ended, whichever transport carried it.
    struct Completion
    {
        int status = 0;         // 0: no HTTP response
        HeaderMap headers;      // names lower-cased
        QByteArray contentType; // lower-cased
        int networkError = 0;   // a QNetworkReply::NetworkError value
        QString errorString;
        QUrl url; // the URL this response answered
    };

    void start();
    void send(const QUrl &url, bool allowDirect = true);
    // Streamed calls over plain or TLS HTTP/1.1 without a proxy go through HttpStream, the rest through
    // QNetworkAccessManager; both feed the handlers below.
    bool sendDirect(const QUrl &url, bool sameOrigin);
    void onReadyRead();
    void onFinished();
    void onHead(int status, const QByteArray &contentType);
    void onBody(QByteArrayView chunk);
    void complete(const Completion &c);
    // The stream's end marker arrived: the answer is whole, whatever the connection does next.
    void completeAtEndMarker();
    void succeedStream(const HeaderMap &headers);
    void stopTimers();
    void onProgressTimeout();
    void onDeadline();
    void dropTransport();
    void fail(const ProviderError &error);
    void succeed(ChatResult result);

    Connector *m_connector;
    ChatRequest m_request;
    QPointer<QNetworkReply> m_reply;
    HttpStream *m_http = nullptr; // created on first use, reused for redirects and retries
    HeaderMap m_directHeaders;    // response headers the streaming transport read
    QByteArray m_body;            // request body
    QByteArray m_buffer;          // non-stream response body
    qint64 m_received = 0;
    int m_redirects = 0;
    int m_attempts = 0;
    bool m_structured = false; // this attempt asked the server to enforce the schema
    bool m_cancelled = false;
    bool m_done = false;
    bool m_streaming = false; // the response is a stream (by request and content type)
    bool m_structuredUsed = false;
    int m_status = -1; // HTTP status of the current response, once known
    QVector<QPair<QByteArray, QByteArray>> m_pendingHeaders;
    QTimer *m_progressTimer = nullptr; // streams: reset by each event, never by keep-alives
    QTimer *m_deadlineTimer = nullptr; // the whole request
    struct StreamState;
    std::unique_ptr<StreamState> m_stream;
    friend struct StreamState;

public:
    ~ChatCall() override;
};

// Talks one wire protocol to one endpoint. Owns its network managers; never one per request.
class Connector : public QObject
{
    Q_OBJECT
public:
    static std::unique_ptr<Connector> create(const EndpointSettings &settings, QObject *parent = nullptr);
    ~Connector() override;

    const EndpointSettings &settings() const { return m_settings; }
    QString providerName() const;

    ChatCall *chat(const ChatRequest &request);
    // Model ids the endpoint offers (chat models where the listing says so).
    void listModels(QObject *context, std::function<void(const QStringList &models, const ProviderError &error)> done);
    // Lists models and checks the chosen one; a one-line verdict.
    void testConnection(const QString &model, QObject *context,
                        std::function<void(bool ok, const QString &verdict)> done);

    // Qt 6.4 opens at most 6 HTTP/1.1 connections per host and manager: more parallel requests over plain
    // http need several managers, handed out round-robin.
    void setParallelism(int requests);
    int managerCount() const { return int(m_managers.size()); }
    // Connections the streaming transport opened so far, and how many of them wait idle for reuse.
    int streamConnectionsOpened() const;
    int idleStreamConnections() const;
    // Abort everything in flight (quit, cancel-all).
    void abortAll();

    // Whether the server refused enforced JSON before; then prompt-only JSON is used for this endpoint.
    bool structuredOutputRefused() const;

    // The clock that rate-limit resets and Retry-After dates are measured against (not owned; the system clock
    // unless set).
    void setClock(Clock *clock) { m_clock = clock ? clock : Clock::system(); }
    Clock *clock() const { return m_clock; }

protected:
    explicit Connector(const EndpointSettings &settings, QObject *parent);

    struct HttpRequest
    {
        QString path; // appended to the base URL
        QJsonObject body;
        QVector<QPair<QByteArray, QByteArray>> headers;
    };
    // Adds the key in the form the provider wants; the key never goes in a URL.
    virtual void addAuth(QVector<QPair<QByteArray, QByteArray>> &headers) const;
    virtual HttpRequest buildChat(const ChatRequest &request, bool structured) const = 0;
    virtual bool supportsStructuredOutput() const { return true; }
    // Parses a whole (non-stream) 2xx body.
    virtual bool parseChat(const QByteArray &body, const ChatRequest &request, bool structured, ChatResult *result,
                           ProviderError *error) const = 0;
    // Stream handling: called with each complete unit (SSE event or NDJSON line).
    struct StreamEvent
    {
        QByteArray event; // SSE event name, empty otherwise
        QByteArray data;
    };
    struct StreamProgress
    {
        QString delta;          // text to show
        bool done = false;      // the protocol's end marker arrived
        bool keepAlive = false; // a ping that says the server is there, not that the answer goes on
        ProviderError error;    // a failure inside the stream
    };
    // What one stream remembers between its events.
    struct StreamContext
    {
        const ChatRequest *request = nullptr;
        bool structured = false;  // the request asked the server to enforce the schema
        int forcedToolBlock = -1; // Anthropic: the content block of Candor's own forced tool call
    };
    virtual bool ndjsonStream() const { return false; }
    virtual StreamProgress onStreamEvent(const StreamEvent &event, ChatResult *partial,
                                         StreamContext *context) const = 0;
    // Called once a stream ended well, before JSON extraction (e.g. to unwrap a streamed tool call).
    virtual void completeStream(ChatResult *, const ChatRequest &) const {}
    virtual HttpRequest buildModelList(const QString &pageToken) const = 0;
    // Fills models; sets nextPage when the listing continues on another page.
    virtual bool parseModelList(const QByteArray &body, QStringList *models, QString *nextPage,
                                ProviderError *error) const = 0;
    // A 4xx that means "this server does not take enforced JSON" for the given request.
    virtual bool isStructuredOutputRejection(const ProviderError &error, const QByteArray &body) const;
    // Features a server refused for a model (structured output, temperature, max_tokens), remembered per
    // endpoint for the life of the process so later requests do not repeat the failure.
    bool hasQuirk(const QString &model, const QString &feature) const;
    void addQuirk(const QString &model, const QString &feature) const;
    // A rejected parameter the request can do without: the feature name to drop, or empty.
    virtual QString adaptableRejection(const ProviderError &error, const QByteArray &body,
                                       const ChatRequest &request) const;

    ProviderError invalid(const QString &what) const;
    // Parses bytes that must hold one JSON object; what names them in the error ("the body", "a stream event").
    bool parseObject(const QByteArray &bytes, const QString &what, QJsonObject *object, ProviderError *error) const;
    EndpointSettings m_settings;

private:
    friend class ChatCall;
    QNetworkAccessManager *nextManager();
    QNetworkRequest networkRequest(const QUrl &url, const QVector<QPair<QByteArray, QByteArray>> &headers,
                                   bool withAuth) const;
    // Checks that the key may go to url; an error when it may not.
    ProviderError checkKeySafety(const QUrl &url) const;
    QUrl endpointUrl(const QString &path) const;
    void finalizeResult(ChatResult &result, const ChatRequest &request) const;
    void fetchModels(const QString &pageToken, QStringList collected, QPointer<QObject> context,
                     std::function<void(const QStringList &, const ProviderError &)> done);

    QVector<QNetworkAccessManager *> m_managers;
    HttpConnectionPool *m_pool = nullptr; // keep-alive connections of the streaming transport
    int m_nextManager = 0;
    QVector<QPointer<QNetworkReply>> m_listReplies;
    Clock *m_clock = Clock::system();
};

// True when following a redirect from one URL to the other would drop TLS (https -> http).
bool redirectIsDowngrade(const QUrl &from, const QUrl &to);
// The dialect a catalogue provider speaks.
Dialect dialectForProvider(const QString &providerId);
// Builds endpoint settings from the catalogue with optional overrides.
EndpointSettings endpointFor(const QString &providerId, const QString &baseUrl = QString(),
                             const QString &apiKey = QString());

} // namespace candor

Q_DECLARE_METATYPE(candor::ProviderError)
Q_DECLARE_METATYPE(candor::ChatResult)
