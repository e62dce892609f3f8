#include "providers/connector.h"

#include "config.h"
#include "providers/httpstream.h"
#include "providers/providercatalog.h"
#include "providers/providererrors.h"
#include "providers/ratelimit.h"
#include "providers/streamdecoders.h"
#include "text/jsonextract.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcNet, "candor.net", QtInfoMsg)

namespace candor {
using namespace Qt::StringLiterals;

std::unique_ptr<Connector> createOpenAiConnector(const EndpointSettings &settings, QObject *parent);
std::unique_ptr<Connector> createAnthropicConnector(const EndpointSettings &settings, QObject *parent);
std::unique_ptr<Connector> createOllamaConnector(const EndpointSettings &settings, QObject *parent);

namespace {

// Quirks learned from servers, shared by every connector in the process ("endpoint|model|feature").
QSet<QString> &quirks()
{
    static QSet<QString> set;
    return set;
}
QMutex &quirksMutex()
{
    static QMutex mutex;
    return mutex;
}

HeaderMap headersOf(const QNetworkReply *reply)
{
    HeaderMap map;
    for (const auto &pair : reply->rawHeaderPairs())
        map.insert(pair.first.toLower(), pair.second);
    return map;
}

// The id support staff can look up is the request id header; the body's id (chatcmpl-…, msg_…) is only the
// fallback for servers that send no header.
QString safeRequestId(QString id, const QString &apiKey)
{
    // A server could echo anything here: never let the key through.
    if (!apiKey.isEmpty() && (id.contains(apiKey) || id.contains(apiKey.right(16))))
        return u"[redacted]"_s;
    return id;
}

void adoptRequestId(ChatResult &result, const HeaderMap &headers, const QString &apiKey)
{
    const QByteArray id = headers.value("x-request-id", headers.value("request-id"));
    if (!id.isEmpty())
        result.requestId = QString::fromLatin1(id);
    result.requestId = safeRequestId(result.requestId, apiKey);
}

// A failure inside a stream names the request the way a success would: the header's id, else the stream's own.
void adoptRequestId(ProviderError &error, const ChatResult &partial, const HeaderMap &headers, const QString &apiKey)
{
    if (!error.requestId.isEmpty())
        return;
    ChatResult named = partial;
    adoptRequestId(named, headers, apiKey);
    error.requestId = named.requestId;
}

// CANDOR_HTTP_TRANSPORT=qnam sends streamed calls through QNetworkAccessManager too (for comparisons and as a way
// out should a server not get along with the streaming transport).
bool directTransportEnabled()
{
    static const bool enabled = qEnvironmentVariable("CANDOR_HTTP_TRANSPORT") != QLatin1String("qnam");
    return enabled;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// After a stream's end marker the answer is whole; the transport gets this long to read the end of the body, so its
// connection can be kept for the next request, before the call finishes without it.
constexpr int kEndOfBodyGraceMs = 200;

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// ChatCall

struct ChatCall::StreamState
{
    explicit StreamState(qsizetype maxLine) : sse(maxLine), ndjson(maxLine) {}
    SseDecoder sse;
    NdjsonDecoder ndjson;
    ChatResult partial;
    Connector::StreamContext context;
    bool textShown = false;
    bool done = false;
    bool graceStarted = false;
};

ChatCall::ChatCall(Connector *connector, const ChatRequest &request)
    : QObject(connector), m_connector(connector), m_request(request)
{}

ChatCall::~ChatCall()
{
    dropTransport();
}

void ChatCall::dropTransport()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_http)
        m_http->abort();
}

void ChatCall::start()
{
    if (m_attempts == 0 && m_connector->m_settings.requestDeadlineMs > 0) {
        m_deadlineTimer = new QTimer(this);
        m_deadlineTimer->setSingleShot(true);
        connect(m_deadlineTimer, &QTimer::timeout, this, &ChatCall::onDeadline);
        m_deadlineTimer->start(m_connector->m_settings.requestDeadlineMs);
    }
    ++m_attempts;
    m_structured = !m_request.schema.isEmpty() && m_connector->supportsStructuredOutput() &&
                   !m_connector->hasQuirk(m_request.model, u"structured"_s);
    const Connector::HttpRequest http = m_connector->buildChat(m_request, m_structured);
    m_body = QJsonDocument(http.body).toJson(QJsonDocument::Compact);
    const QUrl url = m_connector->endpointUrl(http.path);
    m_redirects = 0;
    m_pendingHeaders = http.headers;
    send(url);
}

void ChatCall::send(const QUrl &url, bool allowDirect)
{
    const ProviderError unsafe = m_connector->checkKeySafety(url);
    if (unsafe.isError()) {
        fail(unsafe);
        return;
    }
    m_buffer.clear();
    m_received = 0;
    m_streaming = false;
    m_status = -1;
    m_stream = std::make_unique<StreamState>(m_connector->m_settings.maxStreamLineBytes);
    m_stream->context.request = &m_request;
    m_stream->context.structured = m_structured;
    if (m_progressTimer)
        m_progressTimer->stop();
    // Auth goes only to the endpoint's own host: a redirect elsewhere loses it.
    const bool sameOrigin = url.host() == m_connector->m_settings.baseUrl.host() &&
                            url.port(-1) == m_connector->m_settings.baseUrl.port(-1) &&
                            url.scheme() == m_connector->m_settings.baseUrl.scheme();
    // Every call goes through the connector's own transport where it can: QNetworkAccessManager re-sends a POST on
    // its own when a connection closes before the answer, and a re-send must be Candor's decision (its retry policy,
    // its backoff), so that --retries 0 means one request.
    if (allowDirect && sendDirect(url, sameOrigin))
        return;
    QNetworkRequest request = m_connector->networkRequest(url, m_pendingHeaders, sameOrigin);
    qCDebug(lcNet) << "POST" << url.toString(QUrl::RemoveUserInfo) << "attempt" << m_attempts;
    m_reply = m_connector->nextManager()->post(request, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatCall::onFinished);
}

bool ChatCall::sendDirect(const QUrl &url, bool sameOrigin)
{
    if (!directTransportEnabled() || !HttpStream::canCarry(url))
        return false;
    QVector<QPair<QByteArray, QByteArray>> headers;
    headers.reserve(m_pendingHeaders.size() + 4);
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    headers.append({QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Candor/" CANDOR_VERSION)});
    headers += m_pendingHeaders;
    if (sameOrigin)
        m_connector->addAuth(headers);
    if (!HttpStream::headersAreSafe(headers))
        return false;
    if (!m_http) {
        HttpStream::Handlers handlers;
        handlers.head = [this](int status, const HeaderMap &received) {
            m_directHeaders = received;
            onHead(status, received.value("content-type").toLower());
        };
        handlers.body = [this](QByteArrayView bytes) { onBody(bytes); };
        handlers.end = [this](const HttpStream::Failure &failure) {
            if (m_done)
                return;
            if (failure.fallback) {
                qCInfo(lcNet) << m_connector->providerName()
                              << "streaming transport could not connect securely; using QNetworkAccessManager";
                send(m_http->url(), false);
                return;
            }
            Completion c;
            c.status = m_status > 0 ? m_status : 0;
            if (c.status > 0) {
                c.headers = m_directHeaders;
                c.contentType = m_directHeaders.value("content-type").toLower();
            }
            c.networkError = failure.networkError;
            c.errorString = failure.errorString;
            c.url = m_http->url();
            complete(c);
        };
        m_http = new HttpStream(m_connector->m_pool, std::move(handlers), this);
    }
    m_directHeaders.clear();
    qCDebug(lcNet) << "POST" << url.toString(QUrl::RemoveUserInfo) << "attempt" << m_attempts << "(stream)";
    m_http->start(QByteArrayLiteral("POST"), url, headers, m_body, m_connector->m_settings.inactivityTimeoutMs);
    return true;
}

void ChatCall::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply && !m_reply->isFinished()) {
        m_reply->abort(); // finished() follows at once and reports cancelled
    } else {
        dropTransport();
        fail({ErrorKind::Cancelled, false, std::nullopt, qMax(0, m_status), tr("The request was cancelled."), {}, {}});
    }
}

void ChatCall::onHead(int status, const QByteArray &contentType)
{
    // Status and content type are decided once per response, not on every chunk of a long stream.
    m_status = status;
    m_streaming = m_request.stream && m_status >= 200 && m_status < 300 &&
                  (contentType.contains("event-stream") || contentType.contains("ndjson") ||
                   (m_connector->ndjsonStream() && !contentType.contains("application/json")));
    if (m_streaming && m_connector->m_settings.inactivityTimeoutMs > 0) {
        if (!m_progressTimer) {
            m_progressTimer = new QTimer(this);
            m_progressTimer->setSingleShot(true);
            connect(m_progressTimer, &QTimer::timeout, this, &ChatCall::onProgressTimeout);
        }
        m_progressTimer->start(m_connector->m_settings.inactivityTimeoutMs);
    }
}

void ChatCall::onProgressTimeout()
{
    if (m_done)
        return;
    dropTransport();
    fail({ErrorKind::Timeout,
          true,
          std::nullopt,
          qMax(0, m_status),
          tr("%1 sent no part of the answer for %2 s (only keep-alives or stray bytes); the request timed out. Try "
             "again, or raise the timeout for slow local models.")
              .arg(m_connector->providerName())
              .arg(m_connector->m_settings.inactivityTimeoutMs / 1000),
          {},
          {}});
}

void ChatCall::onDeadline()
{
    if (m_done)
        return;
    dropTransport();
    fail({ErrorKind::Timeout,
          true,
          std::nullopt,
          qMax(0, m_status),
          tr("%1 did not finish the answer within %2 s; the request timed out. Try again, or ask for a shorter "
             "answer.")
              .arg(m_connector->providerName())
              .arg(m_connector->m_settings.requestDeadlineMs / 1000),
          {},
          {}});
}

void ChatCall::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    if (m_status < 0)
        onHead(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
               m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower());
    onBody(m_reply->readAll());
}

void ChatCall::onBody(QByteArrayView chunk)
{
    if (m_done)
        return;
    const int status = m_status;
    m_received += chunk.size();
    if (m_received > m_connector->m_settings.maxResponseBytes) {
        // A runaway body is cut off, not buffered.
        ProviderError e = m_connector->invalid(tr("the response is larger than %1 MB and was cut off")
                                                   .arg(m_connector->m_settings.maxResponseBytes >> 20));
        e.httpStatus = status;
        dropTransport();
        fail(e);
        return;
    }
    if (!m_streaming) {
        m_buffer += chunk;
        return;
    }
    // All events of this read are handled first and their text goes out as one delta, so a burst of tiny
    // events costs one signal, not one each.
    QString delta;
    bool progressed = false;
    auto handle = [&](const Connector::StreamEvent &event) {
        if (m_stream->done)
            return true; // after the end marker: nothing that follows belongs to the answer
        Connector::StreamProgress progress = m_connector->onStreamEvent(event, &m_stream->partial, &m_stream->context);
        if (progress.error.isError()) {
            dropTransport();
            ProviderError e = progress.error;
            e.httpStatus = status;
            adoptRequestId(e, m_stream->partial, m_reply ? headersOf(m_reply) : m_directHeaders,
                           m_connector->m_settings.apiKey);
            if (!delta.isEmpty()) {
                m_stream->partial.text += delta;
                Q_EMIT textDelta(delta);
            }
            fail(e);
            return false;
        }
        delta += progress.delta;
        m_stream->done |= progress.done;
        progressed |= !progress.keepAlive;
        return true;
    };
    if (m_stream->done)
        return;
    bool overflowed = false;
    if (m_connector->ndjsonStream()) {
        for (const QByteArray &line : m_stream->ndjson.feed(chunk)) {
            if (!handle({QByteArray(), line}))
                return;
        }
        overflowed = m_stream->ndjson.overflowed();
    } else {
        for (const auto &e : m_stream->sse.feed(chunk)) {
            if (!handle({e.event, e.data}))
                return;
        }
        overflowed = m_stream->sse.overflowed();
    }
    if (!delta.isEmpty()) {
        m_stream->partial.text += delta;
        m_stream->textShown = true;
        Q_EMIT textDelta(delta);
    }
    // A dropped line is a hole in the answer: fail rather than succeed with missing text (the decoder cannot say
    // whether the line came before or after an end marker in the same read; a line of 8 MB after one is no answer).
    if (overflowed) {
        ProviderError e = m_connector->invalid(
            tr("a line of the stream is longer than %1 bytes").arg(m_connector->m_settings.maxStreamLineBytes));
        e.httpStatus = status;
        dropTransport();
        fail(e);
        return;
    }
    if (progressed && m_progressTimer && m_progressTimer->isActive())
        m_progressTimer->start(m_connector->m_settings.inactivityTimeoutMs);
    if (m_stream->done)
        completeAtEndMarker();
}

void ChatCall::completeAtEndMarker()
{
    if (m_done || m_stream->graceStarted)
        return;
    if (m_progressTimer)
        m_progressTimer->stop();
    if (m_http && m_http->isActive()) {
        // The end of the body usually follows in the same read (then complete() finishes the call at once); a server
        // that holds the connection open only costs this grace.
        m_stream->graceStarted = true;
        QTimer::singleShot(kEndOfBodyGraceMs, this, [this] {
            if (m_done)
                return;
            const HeaderMap headers = m_directHeaders;
            dropTransport();
            succeedStream(headers);
        });
        return;
    }
    const HeaderMap headers = m_reply ? headersOf(m_reply) : m_directHeaders;
    dropTransport();
    succeedStream(headers);
}

void ChatCall::stopTimers()
{
    if (m_progressTimer)
        m_progressTimer->stop();
    if (m_deadlineTimer)
        m_deadlineTimer->stop();
}

void ChatCall::succeedStream(const HeaderMap &headers)
{
    ChatResult result = m_stream->partial;
    result.rateLimit = parseRateLimitHeaders(headers, m_connector->m_clock->utcNow());
    adoptRequestId(result, headers, m_connector->m_settings.apiKey);
    m_connector->completeStream(&result, m_request);
    m_structuredUsed = m_structured;
    succeed(result);
}

void ChatCall::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    if (!m_cancelled && reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_done || !m_reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();

    Completion c;
    c.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    c.headers = headersOf(reply);
    c.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    c.networkError = int(reply->error());
    c.errorString = reply->errorString();
    c.url = reply->url();
    complete(c);
}

void ChatCall::complete(const Completion &c)
{
    const int status = c.status;
    if (m_status < 0 && status >= 200 && status < 300) {
        const QByteArray &contentType = c.contentType;
        m_streaming = m_request.stream && (contentType.contains("event-stream") || contentType.contains("ndjson") ||
                                           (m_connector->ndjsonStream() && !contentType.contains("application/json")));
    }
    const HeaderMap &headers = c.headers;
    const auto netError = QNetworkReply::NetworkError(c.networkError);
    const QDateTime now = m_connector->m_clock->utcNow();

    if (m_cancelled) {
        fail({ErrorKind::Cancelled, false, std::nullopt, status, tr("The request was cancelled."), {}, {}});
        return;
    }
    // The end marker made the answer whole: how the connection ends after it (a timeout, a reset) changes nothing.
    if (m_streaming && m_stream && m_stream->done) {
        succeedStream(headers);
        return;
    }
    // Redirects are followed by hand: https->http is refused and auth stays with the original host.
    if (status >= 300 && status < 400 && status != 304) {
        const QByteArray location = headers.value("location");
        const QUrl target = c.url.resolved(QUrl::fromEncoded(location));
        if (!target.isValid() || location.isEmpty()) {
            fail(m_connector->invalid(tr("redirect (HTTP %1) without a valid Location").arg(status)));
            return;
        }
        if (redirectIsDowngrade(c.url, target)) {
            fail({ErrorKind::Insecure,
                  false,
                  std::nullopt,
                  status,
                  tr("%1 redirected from https to %2; Candor refuses to downgrade a request that carries an API key.")
                      .arg(m_connector->providerName(), target.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
                  {},
                  {}});
            return;
        }
        if (++m_redirects > m_connector->m_settings.maxRedirects) {
            fail(m_connector->invalid(tr("too many redirects")));
            return;
        }
        send(target);
        return;
    }

    if (netError == QNetworkReply::OperationCanceledError) {
        // Not cancelled by us: the transfer timeout fired.
        fail({ErrorKind::Timeout,
              true,
              std::nullopt,
              0,
              tr("%1 sent nothing for %2 s; the request timed out. Try again, or raise the timeout for slow local "
                 "models.")
                  .arg(m_connector->providerName())
                  .arg(m_connector->m_settings.inactivityTimeoutMs / 1000),
              {},
              {}});
        return;
    }
    if (status == 0) {
        ProviderError e =
            networkFailure(m_connector->providerName(), int(netError), c.errorString, m_connector->m_settings.baseUrl);
        fail(e);
        return;
    }
    if (status < 200 || status >= 300) {
        ProviderError e = classifyHttpFailure(m_connector->m_settings.dialect, m_connector->providerName(), status,
                                              headers, m_buffer, m_request.model, now);
        // A server that cannot enforce JSON or refuses a parameter gets the request again without it.
        if (m_structured && m_connector->isStructuredOutputRejection(e, m_buffer)) {
            qCInfo(lcNet) << m_connector->providerName() << "refused structured output; using prompt-only JSON";
            m_connector->addQuirk(m_request.model, u"structured"_s);
            start();
            return;
        }
        const QString drop = m_connector->adaptableRejection(e, m_buffer, m_request);
        if (!drop.isEmpty() && !m_connector->hasQuirk(m_request.model, drop) && m_attempts < 4) {
            qCInfo(lcNet) << m_connector->providerName() << "refused" << drop << "for" << m_request.model
                          << "; sending without it";
            m_connector->addQuirk(m_request.model, drop);
            start();
            return;
        }
        fail(e);
        return;
    }

    if (m_streaming) {
        // Drain what the decoder still holds (a last event without its blank line), unless the connection broke:
        // then the tail is a fragment.
        QVector<Connector::StreamEvent> events;
        if (netError != QNetworkReply::NoError) {
            // nothing to drain
        } else if (m_connector->ndjsonStream()) {
            for (const QByteArray &line : m_stream->ndjson.finish())
                events.append({QByteArray(), line});
        } else {
            for (const auto &ev : m_stream->sse.finish())
                events.append({ev.event, ev.data});
        }
        for (const auto &event : std::as_const(events)) {
            if (m_stream->done)
                break; // after the end marker: ignored
            const Connector::StreamProgress progress =
                m_connector->onStreamEvent(event, &m_stream->partial, &m_stream->context);
            if (progress.error.isError()) {
                // A tail that does not parse is the fragment of an event the close cut off: a truncated stream.
                if (progress.error.kind == ErrorKind::InvalidResponse)
                    break;
                ProviderError e = progress.error;
                e.httpStatus = status;
                adoptRequestId(e, m_stream->partial, headers, m_connector->m_settings.apiKey);
                fail(e);
                return;
            }
            if (!progress.delta.isEmpty()) {
                m_stream->partial.text += progress.delta;
                m_stream->textShown = true;
                Q_EMIT textDelta(progress.delta);
            }
            m_stream->done |= progress.done;
        }
        if (m_stream->sse.overflowed() || m_stream->ndjson.overflowed()) {
            ProviderError e = m_connector->invalid(
                tr("a line of the stream is longer than %1 bytes").arg(m_connector->m_settings.maxStreamLineBytes));
            e.httpStatus = status;
            fail(e);
            return;
        }
        ChatResult result = m_stream->partial;
        adoptRequestId(result, headers, m_connector->m_settings.apiKey);
        // EOF before the end marker is a cut stream, unless the finish reason had already arrived.
        if (!m_stream->done && result.finish == FinishReason::Unknown) {
            ProviderError e{ErrorKind::Truncated,
                            true,
                            std::nullopt,
                            status,
                            tr("The stream from %1 ended before it was complete (%2 characters received). Try again.")
                                .arg(m_connector->providerName())
                                .arg(result.text.size()),
                            {},
                            result.requestId};
            fail(e);
            return;
        }
        if (!m_stream->done)
            qCInfo(lcNet) << "stream ended without its end marker after a finish reason; accepting";
        succeedStream(headers);
        return;
    }

    if (netError != QNetworkReply::NoError) {
        fail(
            networkFailure(m_connector->providerName(), int(netError), c.errorString, m_connector->m_settings.baseUrl));
        return;
    }
    if (c.contentType.contains("text/html")) {
        fail(classifyHttpFailure(m_connector->m_settings.dialect, m_connector->providerName(), 502, headers, m_buffer,
                                 m_request.model, now));
        return;
    }
    ChatResult result;
    ProviderError error;
    if (!m_connector->parseChat(m_buffer, m_request, m_structured, &result, &error)) {
        error.httpStatus = status;
        if (error.requestId.isEmpty())
            error.requestId = QString::fromLatin1(headers.value("x-request-id", headers.value("request-id")));
        fail(error);
        return;
    }
    result.rateLimit = parseRateLimitHeaders(headers, now);
    adoptRequestId(result, headers, m_connector->m_settings.apiKey);
    m_structuredUsed = m_structured;
    succeed(result);
}

void ChatCall::succeed(ChatResult result)
{
    // Whatever the server sent back may echo the key: scrub it before anything prints, logs or stores it.
    const QString &key = m_connector->m_settings.apiKey;
    result.requestId = scrubIdentifier(result.requestId, key);
    result.model = scrubIdentifier(result.model, key);
    if (key.size() >= 8 && result.text.contains(key)) {
        result.text = scrubSecrets(result.text, key);
        result.json.reset(); // taken again from the scrubbed text below
    }
    result.structuredOutputUsed = m_structuredUsed;
    m_connector->finalizeResult(result, m_request);
    if (result.text.trimmed().isEmpty() && !result.json && result.finish != FinishReason::Refusal) {
        fail({ErrorKind::EmptyResponse,
              true,
              std::nullopt,
              200,
              tr("%1 answered with no text (finish reason: %2).")
                  .arg(m_connector->providerName(), finishReasonName(result.finish)),
              {},
              result.requestId});
        return;
    }
    m_done = true;
    stopTimers();
    Q_EMIT finished(result);
    deleteLater();
}

void ChatCall::fail(const ProviderError &rawError)
{
    if (m_done)
        return;
    m_done = true;
    stopTimers();
    const ProviderError error = scrubbed(rawError, m_connector->m_settings.apiKey);
    qCDebug(lcNet) << m_connector->providerName() << "request failed:" << errorKindName(error.kind);
    Q_EMIT failed(error);
    deleteLater();
}

// ---------------------------------------------------------------------------------------------------------------
// Connector

std::unique_ptr<Connector> Connector::create(const EndpointSettings &settings, QObject *parent)
{
    switch (settings.dialect) {
    case Dialect::Anthropic:
        return createAnthropicConnector(settings, parent);
    case Dialect::Ollama:
        return createOllamaConnector(settings, parent);
    default:
        return createOpenAiConnector(settings, parent);
    }
}

Connector::Connector(const EndpointSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_pool(new HttpConnectionPool(this))
{
    setParallelism(1);
}

int Connector::streamConnectionsOpened() const
{
    return m_pool->connectionsOpened();
}

int Connector::idleStreamConnections() const
{
    return m_pool->idleCount();
}

Connector::~Connector()
{
    abortAll();
}

QString Connector::providerName() const
{
    const ProviderInfo *info = ProviderCatalog::find(m_settings.providerId);
    return info ? info->displayName : m_settings.providerId;
}

void Connector::setParallelism(int requests)
{
    const bool http2 = m_settings.baseUrl.scheme() == QLatin1String("https");
    const int wanted = http2 ? 1 : qBound(1, (requests + 5) / 6, 16);
    while (m_managers.size() < wanted) {
        auto *manager = new QNetworkAccessManager(this);
        // Redirects are handled by ChatCall so https->http and cross-host auth can be refused.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_managers.append(manager);
    }
}

QNetworkAccessManager *Connector::nextManager()
{
    QNetworkAccessManager *manager = m_managers.at(m_nextManager % m_managers.size());
    m_nextManager = (m_nextManager + 1) % int(m_managers.size());
    return manager;
}

void Connector::abortAll()
{
    const auto calls = findChildren<ChatCall *>(QString(), Qt::FindDirectChildrenOnly);
    for (ChatCall *call : calls)
        call->cancel();
    for (const auto &reply : std::as_const(m_listReplies)) {
        if (reply)
            reply->abort();
    }
}

QUrl Connector::endpointUrl(const QString &path) const
{
    QUrl url = m_settings.baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

void Connector::addAuth(QVector<QPair<QByteArray, QByteArray>> &headers) const
{
    if (!m_settings.apiKey.isEmpty())
        headers.append({"Authorization", "Bearer " + m_settings.apiKey.toUtf8()});
}

QNetworkRequest Connector::networkRequest(const QUrl &url, const QVector<QPair<QByteArray, QByteArray>> &headers,
                                          bool withAuth) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Candor/" CANDOR_VERSION));
    request.setTransferTimeout(m_settings.inactivityTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QVector<QPair<QByteArray, QByteArray>> all = headers;
    if (withAuth)
        addAuth(all);
    for (const auto &h : std::as_const(all))
        request.setRawHeader(h.first, h.second);
    return request;
}

ProviderError Connector::checkKeySafety(const QUrl &url) const
{
    if (m_settings.apiKey.isEmpty() || url.scheme() == QLatin1String("https") || isLoopback(url) ||
        m_settings.allowInsecureKey)
        return {};
    return {ErrorKind::Insecure,
            false,
            std::nullopt,
            0,
            tr("Candor will not send the %1 API key over plain http to %2: anyone on the network could read it. Use "
               "https, or allow insecure key transport for this endpoint explicitly.")
                .arg(providerName(), url.host()),
            {},
            {}};
}

ProviderError Connector::invalid(const QString &what) const
{
    return {ErrorKind::InvalidResponse,
            false,
            std::nullopt,
            0,
            tr("%1 sent a response Candor could not read: %2.").arg(providerName(), what),
            {},
            {}};
}

bool Connector::parseObject(const QByteArray &bytes, const QString &what, QJsonObject *object,
                            ProviderError *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = invalid(tr("%1 is not a JSON object (%2)")
                             .arg(what, parseError.error == QJsonParseError::NoError ? tr("another JSON value")
                                                                                     : parseError.errorString()));
        return false;
    }
    *object = doc.object();
    return true;
}

bool Connector::isStructuredOutputRejection(const ProviderError &error, const QByteArray &body) const
{
    if (error.kind != ErrorKind::BadRequest || error.httpStatus < 400 || error.httpStatus >= 500)
        return false;
    const QByteArray lower = body.toLower();
    return lower.contains("response_format") || lower.contains("json_schema") || lower.contains("output_config") ||
           lower.contains("\"format\"") || lower.contains("tool_choice") || lower.contains("structured");
}

QString Connector::adaptableRejection(const ProviderError &, const QByteArray &, const ChatRequest &) const
{
    return QString();
}

bool Connector::hasQuirk(const QString &model, const QString &feature) const
{
    QMutexLocker lock(&quirksMutex());
    return quirks().contains(m_settings.baseUrl.toString() + QLatin1Char('|') + model + QLatin1Char('|') + feature);
}

void Connector::addQuirk(const QString &model, const QString &feature) const
{
    QMutexLocker lock(&quirksMutex());
    quirks().insert(m_settings.baseUrl.toString() + QLatin1Char('|') + model + QLatin1Char('|') + feature);
}

bool Connector::structuredOutputRefused() const
{
    QMutexLocker lock(&quirksMutex());
    const QString prefix = m_settings.baseUrl.toString() + QLatin1Char('|');
    for (const QString &q : quirks()) {
        if (q.startsWith(prefix) && q.endsWith(QLatin1String("|structured")))
            return true;
    }
    return false;
}

void Connector::finalizeResult(ChatResult &result, const ChatRequest &request) const
{
    if (result.json || request.schema.isEmpty())
        return;
    const JsonExtraction extraction = extractJson(result.text, result.finish == FinishReason::Length);
    if (extraction.ok)
        result.json = extraction.value;
    else
        result.jsonError = extraction.error;
}

ChatCall *Connector::chat(const ChatRequest &request)
{
    auto *call = new ChatCall(this, request);
    // Started from the event loop so callers can connect to the signals first.
    QMetaObject::invokeMethod(
        call, [call] { call->start(); }, Qt::QueuedConnection);
    return call;
}

void Connector::listModels(QObject *context, std::function<void(const QStringList &, const ProviderError &)> done)
{
    // Model ids and errors come from the server: scrubbed of the key before anyone prints or stores them.
    const QString key = m_settings.apiKey;
    fetchModels(QString(), {}, QPointer<QObject>(context),
                [key, done = std::move(done)](const QStringList &models, const ProviderError &error) {
                    QStringList clean;
                    clean.reserve(models.size());
                    for (const QString &model : models)
                        clean << scrubIdentifier(model, key);
                    done(clean, error.isError() ? scrubbed(error, key) : error);
                });
}

void Connector::fetchModels(const QString &pageToken, QStringList collected, QPointer<QObject> context,
                            std::function<void(const QStringList &, const ProviderError &)> done)
{
    const HttpRequest http = buildModelList(pageToken);
    const QUrl url = endpointUrl(http.path);
    const ProviderError unsafe = checkKeySafety(url);
    if (unsafe.isError()) {
        QMetaObject::invokeMethod(
            this,
            [context, done, unsafe] {
                if (context)
                    done({}, unsafe);
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = nextManager()->get(networkRequest(url, http.headers, true));
    m_listReplies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [=]() mutable {
        reply->deleteLater();
        m_listReplies.removeAll(reply);
        if (!context)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        ProviderError error;
        if (status == 0) {
            error = reply->error() == QNetworkReply::OperationCanceledError
                        ? ProviderError{ErrorKind::Timeout,
                                        true,
                                        std::nullopt,
                                        0,
                                        tr("%1 did not answer the model list request in time.").arg(providerName()),
                                        {},
                                        {}}
                        : networkFailure(providerName(), int(reply->error()), reply->errorString(), m_settings.baseUrl);
            done({}, error);
            return;
        }
        if (status < 200 || status >= 300 ||
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower().contains("text/html")) {
            done({}, classifyHttpFailure(m_settings.dialect, providerName(), status < 300 ? 502 : status,
                                         headersOf(reply), body, QString(), m_clock->utcNow()));
            return;
        }
        QStringList models;
        QString next;
        if (!parseModelList(body, &models, &next, &error)) {
            done({}, error);
            return;
        }
        collected += models;
        if (!next.isEmpty() && collected.size() < 10000) {
            fetchModels(next, collected, context, done);
            return;
        }
        done(collected, ProviderError());
    });
}

void Connector::testConnection(const QString &model, QObject *context, std::function<void(bool, const QString &)> done)
{
    const QString endpoint = m_settings.baseUrl.toString(QUrl::RemoveUserInfo);
    listModels(context, [this, model, endpoint, done](const QStringList &models, const ProviderError &error) {
        if (error.isError()) {
            done(false, error.message);
            return;
        }
        QString verdict = tr("Connected to %1 at %2: %3 %4 listed")
                              .arg(providerName(), endpoint)
                              .arg(models.size())
                              .arg(models.size() == 1 ? tr("model") : tr("models"));
        if (model.isEmpty()) {
            done(true, verdict + QLatin1Char('.'));
        } else if (models.contains(model)) {
            done(true, verdict + tr("; %1 is available.").arg(model));
        } else {
            // Aliases (gpt-4o-mini) often resolve to snapshots that the listing names differently.
            done(true, verdict + tr("; %1 is not among them (it may still work as an alias).").arg(model));
        }
    });
}

bool redirectIsDowngrade(const QUrl &from, const QUrl &to)
{
    return from.scheme() == QLatin1String("https") && to.scheme() != QLatin1String("https");
}

Dialect dialectForProvider(const QString &providerId)
{
    if (providerId == QLatin1String("anthropic"))
        return Dialect::Anthropic;
    if (providerId == QLatin1String("ollama"))
        return Dialect::Ollama;
    if (providerId == QLatin1String("xai"))
        return Dialect::Xai;
    if (providerId == QLatin1String("together"))
        return Dialect::Together;
    if (providerId == QLatin1String("transformerlab"))
        return Dialect::TransformerLab;
    if (providerId == QLatin1String("openai"))
        return Dialect::OpenAi;
    return Dialect::OpenAiCompatible;
}

EndpointSettings endpointFor(const QString &providerId, const QString &baseUrl, const QString &apiKey)
{
    EndpointSettings s;
    s.providerId = providerId;
    s.dialect = dialectForProvider(providerId);
    const ProviderInfo *info = ProviderCatalog::find(providerId);
    s.baseUrl = QUrl(baseUrl.isEmpty() && info ? info->defaultBaseUrl : baseUrl);
    s.apiKey = apiKey;
    if (info && info->local) {
        s.inactivityTimeoutMs = 300000; // local models may spend minutes loading before the first byte
        s.requestDeadlineMs = 1800000;  // and generate slowly on modest hardware
    }
    return s;
}

} // namespace candor
