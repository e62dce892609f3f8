#include "providers/httpstream.h"

#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QTcpSocket>

#include <limits>
#include <utility>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcNet)

namespace candor {

namespace {

// An idle connection older than this is closed instead of reused: servers drop idle keep-alive connections after
// some seconds, and a request sent into a connection the server is closing has to be sent again.
constexpr qint64 kMaxIdleMs = 30000;
constexpr int kMaxIdlePerOrigin = 32;
// A response head larger than this is not HTTP from a sane server.
constexpr qint64 kMaxHeadBytes = 256 * 1024;

bool isHttps(const QUrl &url)
{
    return url.scheme() == QLatin1String("https");
}

int defaultPort(const QUrl &url)
{
    return isHttps(url) ? 443 : 80;
}

QString originOf(const QUrl &url)
{
    return url.scheme() + QLatin1String("://") + url.host() + QLatin1Char(':') +
           QString::number(url.port(defaultPort(url)));
}

int networkErrorFor(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError:
        return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError:
        return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError:
        return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError:
        return QNetworkReply::SslHandshakeFailedError;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::TemporaryError:
        return QNetworkReply::TemporaryNetworkFailureError;
    case QAbstractSocket::ProxyConnectionRefusedError:
        return QNetworkReply::ProxyConnectionRefusedError;
    case QAbstractSocket::ProxyConnectionClosedError:
        return QNetworkReply::ProxyConnectionClosedError;
    case QAbstractSocket::ProxyNotFoundError:
        return QNetworkReply::ProxyNotFoundError;
    default:
        return QNetworkReply::UnknownNetworkError;
    }
}

// The hexadecimal size at the start of a chunk-size line (extensions after ';' ignored); -1 when there is none.
qint64 chunkSize(QByteArrayView line)
{
    qint64 size = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        const char c = line[i];
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            break;
        if (size > (std::numeric_limits<qint64>::max() >> 4))
            return -1;
        size = size * 16 + digit;
    }
    if (i == 0)
        return -1;
    for (; i < line.size(); ++i) {
        if (line[i] == ';')
            break;
        if (line[i] != ' ' && line[i] != '\t')
            return -1;
    }
    return size;
}

bool hasToken(const QByteArray &headerValue, QByteArrayView token)
{
    for (const QByteArray &part : headerValue.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// HttpConnectionPool

HttpConnectionPool::HttpConnectionPool(QObject *parent) : QObject(parent) {}

HttpConnectionPool::~HttpConnectionPool()
{
    clear();
}

QAbstractSocket *HttpConnectionPool::take(const QString &origin)
{
    auto it = m_idle.find(origin);
    while (it != m_idle.end() && !it->isEmpty()) {
        const Idle idle = it->takeLast(); // the most recently used one is the least likely to be closing
        idle.socket->disconnect(this);
        if (idle.socket->state() == QAbstractSocket::ConnectedState && idle.socket->bytesAvailable() == 0 &&
            idle.since.elapsed() < kMaxIdleMs)
            return idle.socket;
        discard(idle.socket);
    }
    return nullptr;
}

void HttpConnectionPool::put(const QString &origin, QAbstractSocket *socket)
{
    QVector<Idle> &list = m_idle[origin];
    if (list.size() >= kMaxIdlePerOrigin || socket->state() != QAbstractSocket::ConnectedState) {
        discard(socket);
        return;
    }
    // An idle connection that the server closes, or that sends anything unasked, is of no further use.
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QAbstractSocket::readyRead, this, [this, socket] { forget(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] { forget(socket); });
    Idle idle;
    idle.socket = socket;
    idle.since.start();
    list.append(idle);
}

void HttpConnectionPool::forget(QAbstractSocket *socket)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).socket == socket) {
                it->remove(i);
                discard(socket);
                return;
            }
        }
    }
}

void HttpConnectionPool::discard(QAbstractSocket *socket)
{
    if (!socket)
        return;
    socket->disconnect();
    socket->abort();
    socket->deleteLater();
}

int HttpConnectionPool::idleCount() const
{
    int n = 0;
    for (const auto &list : m_idle)
        n += int(list.size());
    return n;
}

void HttpConnectionPool::clear()
{
    const auto idle = std::exchange(m_idle, {});
    for (const auto &list : idle) {
        for (const Idle &i : list)
            discard(i.socket);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// HttpStream

HttpStream::HttpStream(HttpConnectionPool *pool, Handlers handlers, QObject *parent)
    : QObject(parent), m_pool(pool), m_handlers(std::move(handlers)),
      m_lines(LineBuffer::Breaks::LfOnly, kMaxHeadBytes), m_timer(this) // a child: moves with us
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpStream::onTimer);
}

HttpStream::~HttpStream()
{
    abort();
}

bool HttpStream::canCarry(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (isHttps(url)) {
#if QT_CONFIG(ssl)
        if (!QSslSocket::supportsSsl())
            return false;
#else
        return false;
#endif
    } else if (url.scheme() != QLatin1String("http")) {
        return false;
    }
    // Proxies (application settings or http_proxy and friends) stay with QNetworkAccessManager.
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    if (!proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy &&
        proxies.first().type() != QNetworkProxy::DefaultProxy)
        return false;
    return true;
}

bool HttpStream::headersAreSafe(const QVector<QPair<QByteArray, QByteArray>> &headers)
{
    for (const auto &h : headers) {
        if (h.first.isEmpty())
            return false;
        for (const char c : h.first) {
            if (c == ':' || c == '\r' || c == '\n' || c == ' ' || c == '\0')
                return false;
        }
        for (const char c : h.second) {
            if (c == '\r' || c == '\n' || c == '\0')
                return false;
        }
    }
    return true;
}

void HttpStream::start(const QByteArray &method, const QUrl &url, const QVector<QPair<QByteArray, QByteArray>> &headers,
                       const QByteArray &body, int inactivityTimeoutMs)
{
    abort();
    m_url = url;
    m_origin = originOf(url);
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port(-1) != -1 && url.port() != defaultPort(url))
        host += ':' + QByteArray::number(url.port());

    m_request.clear();
    m_request.reserve(256 + body.size() + headers.size() * 64);
    m_request += method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &h : headers)
        m_request += h.first + ": " + h.second + "\r\n";
    m_request += "Content-Length: " + QByteArray::number(body.size()) + "\r\nAccept-Encoding: identity\r\n\r\n";
    m_request += body;

    m_timeoutMs = qMax(1, inactivityTimeoutMs);
    m_activity.start();
    m_timer.start(m_timeoutMs);
    connectSocket(true);
}

void HttpStream::readResponseBytes(QByteArrayView bytes)
{
    if (m_phase == Phase::Idle) {
        resetResponse();
        m_phase = Phase::StatusLine;
    }
    if (!isActive() || bytes.isEmpty())
        return;
    m_gotBytes = true;
    consume(bytes.toByteArray());
}

void HttpStream::endOfResponseBytes()
{
    if (m_phase == Phase::Idle)
        readResponseBytes({});
    if (isActive())
        closedByServer();
}

void HttpStream::resetResponse()
{
    m_framing = Framing::None;
    m_gotBytes = false;
    m_keepAlive = false;
    m_http10 = false;
    m_status = 0;
    m_remaining = 0;
    m_headBytes = 0;
    m_lines.reset();
    m_bodyOut.clear();
    m_headers.clear();
}

void HttpStream::connectSocket(bool allowReuse)
{
    resetResponse();
    m_phase = Phase::Connecting;

    QAbstractSocket *socket = allowReuse ? m_pool->take(m_origin) : nullptr;
    m_reused = socket != nullptr;
    if (!socket) {
#if QT_CONFIG(ssl)
        if (isHttps(m_url)) {
            auto *ssl = new QSslSocket(m_pool);
            QSslConfiguration config = ssl->sslConfiguration();
            config.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
            ssl->setSslConfiguration(config);
            socket = ssl;
        }
#endif
        if (!socket)
            socket = new QTcpSocket(m_pool);
        socket->setProxy(QNetworkProxy::NoProxy);
        m_pool->noteOpened();
    }
    attach(socket);
    if (m_reused) {
        sendRequest();
        return;
    }
    const quint16 port = quint16(m_url.port(defaultPort(m_url)));
#if QT_CONFIG(ssl)
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        ssl->connectToHostEncrypted(m_url.host(), port);
        return;
    }
#endif
    socket->connectToHost(m_url.host(), port);
}

void HttpStream::attach(QAbstractSocket *socket)
{
    m_socket = socket;
    connect(socket, &QAbstractSocket::readyRead, this, &HttpStream::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &HttpStream::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) { onSocketError(int(error)); });
#if QT_CONFIG(ssl)
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        connect(ssl, &QSslSocket::encrypted, this, &HttpStream::sendRequest);
        return;
    }
#endif
    connect(socket, &QAbstractSocket::connected, this, &HttpStream::sendRequest);
}

void HttpStream::detach()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void HttpStream::sendRequest()
{
    if (!m_socket || m_phase != Phase::Connecting)
        return;
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_phase = Phase::StatusLine;
    m_activity.restart();
    m_socket->write(m_request);
}

void HttpStream::abort()
{
    if (m_phase == Phase::Idle || m_phase == Phase::Done)
        return;
    ++m_tokens;
    m_phase = Phase::Done;
    m_timer.stop();
    detach();
    HttpConnectionPool::discard(m_socket);
    m_socket = nullptr;
}

void HttpStream::onTimer()
{
    if (!isActive())
        return;
    const qint64 idle = m_activity.elapsed();
    if (idle < m_timeoutMs) {
        m_timer.start(int(m_timeoutMs - idle));
        return;
    }
    Failure f;
    f.timedOut = true;
    f.networkError = QNetworkReply::OperationCanceledError;
    finish(f);
}

void HttpStream::onReadyRead()
{
    if (!m_socket || !isActive())
        return;
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    m_activity.restart();
    m_gotBytes = true;
    consume(data);
}

void HttpStream::onDisconnected()
{
    if (!m_socket || !isActive())
        return;
    // What the server wrote before it closed is still to be read.
    if (m_socket->bytesAvailable() > 0) {
        const int token = m_tokens;
        onReadyRead();
        if (token != m_tokens || !isActive())
            return;
    }
    // A kept-alive connection the server closed as the request went out is not re-sent here: the server may have
    // read the request, and whether to send it again is the caller's retry policy's decision.
    closedByServer();
}

void HttpStream::closedByServer()
{
    if (m_phase == Phase::Body && m_framing == Framing::UntilClose) {
        m_keepAlive = false;
        finishResponse(false);
        return;
    }
    Failure f;
    f.networkError = QNetworkReply::RemoteHostClosedError;
    f.errorString = tr("Connection closed");
    finish(f);
}

void HttpStream::onSocketError(int socketError)
{
    if (!m_socket || !isActive())
        return;
    const auto error = QAbstractSocket::SocketError(socketError);
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    Failure f;
    f.networkError = networkErrorFor(error);
    f.errorString = m_socket->errorString();
    // TLS trouble before anything came back goes to QNetworkAccessManager, which gives its own verdict (and may
    // succeed where this transport cannot, e.g. with HTTP/2 only).
    f.fallback = error == QAbstractSocket::SslHandshakeFailedError ||
                 (error == QAbstractSocket::SslInternalError || error == QAbstractSocket::SslInvalidUserDataError);
    f.fallback = f.fallback && !m_gotBytes;
    finish(f);
}

bool HttpStream::takeLine(const QByteArray &data, qsizetype &pos, QByteArrayView *line)
{
    const qsizetype from = pos;
    const LineBuffer::Next next = m_lines.next(data, &pos, line);
    m_headBytes += pos - from;
    if (next == LineBuffer::Next::Overflow)
        failProtocol(tr("a header or chunk line is too long"));
    return next == LineBuffer::Next::Line;
}

bool HttpStream::consume(const QByteArray &data)
{
    const int token = m_tokens;
    qsizetype pos = 0;
    const qsizetype size = data.size();
    QByteArrayView single; // the one body slice of this read, delivered without a copy
    auto addBody = [&](qsizetype from, qsizetype length) {
        if (length <= 0)
            return;
        if (single.isNull() && m_bodyOut.isEmpty()) {
            single = QByteArrayView(data.constData() + from, length);
            return;
        }
        if (!single.isNull()) {
            m_bodyOut.append(single);
            single = QByteArrayView();
        }
        m_bodyOut.append(data.constData() + from, length);
    };
    auto flush = [&]() -> bool {
        const QByteArrayView out = single.isNull() ? QByteArrayView(m_bodyOut) : single;
        single = QByteArrayView();
        if (out.isEmpty())
            return true;
        m_handlers.body(out);
        m_bodyOut.resize(0);
        return token == m_tokens;
    };
    bool complete = false;
    while (pos < size && !complete) {
        switch (m_phase) {
        case Phase::StatusLine:
        case Phase::Headers:
        case Phase::ChunkSize:
        case Phase::ChunkEnd:
        case Phase::Trailers: {
            QByteArrayView line;
            if (!takeLine(data, pos, &line))
                break;
            if (m_phase == Phase::StatusLine || m_phase == Phase::Headers) {
                if (m_headBytes > kMaxHeadBytes) {
                    failProtocol(tr("the response head is too large"));
                    return false;
                }
                if (m_phase == Phase::Headers && line.isEmpty()) {
                    if (!headersDone())
                        return false;
                    complete = m_framing == Framing::None && m_phase == Phase::Body;
                    continue;
                }
                if (!handleHeadLine(line))
                    return false;
            } else if (m_phase == Phase::ChunkSize) {
                const qint64 length = chunkSize(line);
                if (length < 0) {
                    failProtocol(tr("a chunk size is malformed"));
                    return false;
                }
                if (length == 0) {
                    m_phase = Phase::Trailers;
                } else {
                    m_remaining = length;
                    m_phase = Phase::ChunkData;
                }
            } else if (m_phase == Phase::ChunkEnd) {
                if (!line.isEmpty()) {
                    failProtocol(tr("a chunk does not end where its size says"));
                    return false;
                }
                m_phase = Phase::ChunkSize;
            } else { // trailers are read and ignored
                if (line.isEmpty())
                    complete = true;
            }
            break;
        }
        case Phase::Body: {
            const qsizetype n =
                m_framing == Framing::Length ? qsizetype(qMin<qint64>(m_remaining, size - pos)) : size - pos;
            addBody(pos, n);
            pos += n;
            if (m_framing == Framing::Length) {
                m_remaining -= n;
                complete = m_remaining == 0;
            }
            break;
        }
        case Phase::ChunkData: {
            const qsizetype n = qsizetype(qMin<qint64>(m_remaining, size - pos));
            addBody(pos, n);
            pos += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_phase = Phase::ChunkEnd;
            break;
        }
        default:
            // Bytes outside a response (after the end, or before the request went out): nothing to do with them.
            pos = size;
            break;
        }
    }
    if (token != m_tokens) // the stream failed on a malformed line
        return false;
    if (!flush())
        return false;
    if (complete) {
        finishResponse(pos < size);
        return false;
    }
    return true;
}

bool HttpStream::handleHeadLine(QByteArrayView line)
{
    if (m_phase == Phase::StatusLine) {
        if (line.isEmpty())
            return true; // stray line breaks before a status line are tolerated
        // "HTTP/1.1 200 OK": the reason phrase is optional and never relied on.
        if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' ') {
            failProtocol(tr("the server did not answer with HTTP/1.x"));
            return false;
        }
        m_http10 = line[7] == '0';
        int status = 0;
        for (int i = 9; i < 12; ++i) {
            if (line[i] < '0' || line[i] > '9') {
                failProtocol(tr("the status line is malformed"));
                return false;
            }
            status = status * 10 + (line[i] - '0');
        }
        // 1xx answers are interim; anything below 100 is no HTTP status at all (found by fuzzing: "099" was taken as a
        // final answer).
        if (status < 100 || (line.size() > 12 && line[12] != ' ')) {
            failProtocol(tr("the status line is malformed"));
            return false;
        }
        m_status = status;
        m_headers.clear();
        m_phase = Phase::Headers;
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return true; // not a header line; ignored like most clients do
    const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
    const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
    auto it = m_headers.find(name);
    if (it == m_headers.end())
        m_headers.insert(name, value);
    else
        *it += ", " + value;
    return true;
}

bool HttpStream::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        if (m_status == 101) {
            failProtocol(tr("the server switched protocols"));
            return false;
        }
        m_phase = Phase::StatusLine; // an interim answer (100 Continue, 103 Early Hints): the real one follows
        m_headers.clear();
        return true;
    }
    const QByteArray connection = m_headers.value("connection");
    m_keepAlive = m_http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    const QByteArray encoding = m_headers.value("content-encoding").trimmed();
    if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0) {
        failProtocol(tr("the response is compressed (%1) although it was asked not to be")
                         .arg(QString::fromLatin1(encoding.left(40))));
        return false;
    }
    const QByteArray transfer = m_headers.value("transfer-encoding");
    m_phase = Phase::Body;
    if (m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
    } else if (!transfer.isEmpty()) {
        if (!transfer.trimmed().toLower().endsWith("chunked")) {
            m_framing = Framing::UntilClose; // RFC 9112: a final coding other than chunked means read until close
            m_keepAlive = false;
        } else {
            m_framing = Framing::Chunked;
            m_phase = Phase::ChunkSize;
        }
    } else if (m_headers.contains("content-length")) {
        bool ok = false;
        const qint64 length = m_headers.value("content-length").trimmed().toLongLong(&ok);
        if (!ok || length < 0) {
            failProtocol(tr("the Content-Length is malformed"));
            return false;
        }
        m_remaining = length;
        m_framing = length == 0 ? Framing::None : Framing::Length;
    } else {
        m_framing = Framing::UntilClose;
        m_keepAlive = false;
    }
    const int token = m_tokens;
    m_handlers.head(m_status, m_headers);
    return token == m_tokens;
}

void HttpStream::finishResponse(bool leftoverBytes)
{
    QAbstractSocket *socket = m_socket;
    m_socket = nullptr;
    m_phase = Phase::Done;
    m_timer.stop();
    if (socket) {
        socket->disconnect(this);
        if (m_keepAlive && !leftoverBytes && socket->state() == QAbstractSocket::ConnectedState &&
            socket->bytesAvailable() == 0)
            m_pool->put(m_origin, socket);
        else
            HttpConnectionPool::discard(socket);
    }
    finish(Failure());
}

void HttpStream::finish(const Failure &failure)
{
    ++m_tokens;
    m_phase = Phase::Done;
    m_timer.stop();
    if (m_socket) {
        detach();
        HttpConnectionPool::discard(m_socket);
        m_socket = nullptr;
    }
    // Last: the handler may start the next request on this object (a redirect).
    const auto end = m_handlers.end;
    end(failure);
}

void HttpStream::failProtocol(const QString &what)
{
    Failure f;
    f.networkError = QNetworkReply::ProtocolFailure;
    f.errorString = what;
    finish(f);
}

} // namespace candor
