#include "providers/providererrors.h"

#include "i18n/trfunction.h"

#include "providers/ratelimit.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

CANDOR_TR_FUNCTION("candor")

constexpr qsizetype kMaxDetail = 200;
constexpr qsizetype kMaxTitle = 120;
constexpr qsizetype kMaxScannedHtml = 64 * 1024;

QString defaultProviderName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::OpenAi:
        return u"OpenAI"_s;
    case Dialect::Xai:
        return u"xAI"_s;
    case Dialect::Together:
        return u"Together.ai"_s;
    case Dialect::TransformerLab:
        return u"Transformer Lab"_s;
    case Dialect::OpenAiCompatible:
        return u"The server"_s;
    case Dialect::Anthropic:
        return u"Anthropic"_s;
    case Dialect::Ollama:
        return u"Ollama"_s;
    }
    return u"The server"_s;
}

QString providerLabel(Dialect dialect, const QString &name)
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? defaultProviderName(dialect) : trimmed;
}

// One line, at most max characters, so a provider's essay or a stack trace cannot swamp the message.
QString shorten(const QString &text, qsizetype max)
{
    QString s = text.simplified();
    if (s.size() > max)
        s = s.left(max - 1).trimmed() + QChar(0x2026);
    return s;
}

QString jsonScalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d);
    }
    return QString();
}

// The facts of an error body, whatever its shape.
struct ErrorBody
{
    bool html = false;
    bool json = false;
    QString message;
    QString type;
    QString code;
    int fastChatCode = 0; // FastChat/Transformer Lab 5-digit codes (40301, 50002, ...)
    QString param;
    QString requestId;
    QString title; // of an HTML page
    QString text;  // a non-JSON, non-HTML body
};

void readErrorObject(const QJsonObject &e, ErrorBody &b)
{
    b.message = jsonScalarText(e.value(u"message"));
    b.type = jsonScalarText(e.value(u"type"));
    b.code = jsonScalarText(e.value(u"code"));
    b.param = jsonScalarText(e.value(u"param"));
}

int fastChatCodeOf(const QJsonValue &v)
{
    if (!v.isDouble())
        return 0;
    const int code = v.toInt();
    return code >= 10000 && code <= 59999 ? code : 0; // vLLM and friends put the HTTP status here instead
}

void readJsonBody(const QJsonObject &obj, ErrorBody &b)
{
    b.json = true;
    b.requestId = obj.value(u"request_id").toString();
    const QJsonValue error = obj.value(u"error");
    const QJsonValue detail = obj.value(u"detail");
    if (error.isObject()) {
        // OpenAI, Together {id, error:{...}}, Anthropic {type:"error", error:{type, message}}, Anthropic 413 without
        // the top-level type, and Ollama's OpenAI-compatible endpoints.
        readErrorObject(error.toObject(), b);
    } else if (error.isString()) {
        // Ollama {"error":"..."} and xAI {"code":"<status text>","error":"..."}.
        b.message = error.toString();
        b.code = jsonScalarText(obj.value(u"code"));
    } else if (detail.isObject() && detail.toObject().value(u"error").isObject()) {
        // FastAPI's HTTPException wrapper (Transformer Lab 401).
        readErrorObject(detail.toObject().value(u"error").toObject(), b);
    } else if (detail.isString()) {
        b.message = detail.toString();
    } else if (detail.isArray()) {
        // FastAPI validation errors: [{"loc":[...],"msg":"...","type":"..."}].
        const QJsonObject first = detail.toArray().first().toObject();
        b.message = first.value(u"msg").toString();
        b.type = first.value(u"type").toString();
    } else if (obj.contains(u"error_code")) {
        b.message = obj.value(u"text").toString();
        b.code = jsonScalarText(obj.value(u"error_code"));
        b.fastChatCode = fastChatCodeOf(obj.value(u"error_code"));
    } else {
        // FastChat {"object":"error","message","code":int} and other flat shapes.
        b.message = jsonScalarText(obj.value(u"message"));
        b.type = jsonScalarText(obj.value(u"type"));
        b.code = jsonScalarText(obj.value(u"code"));
        b.fastChatCode = fastChatCodeOf(obj.value(u"code"));
    }
    if (b.type == u"error")
        b.type.clear(); // the envelope's type, not the error's
}

QString decodeHtmlEntities(QString s)
{
    s.replace(u"&lt;"_s, u"<"_s);
    s.replace(u"&gt;"_s, u">"_s);
    s.replace(u"&quot;"_s, u"\""_s);
    s.replace(u"&#39;"_s, u"'"_s);
    s.replace(u"&#039;"_s, u"'"_s);
    s.replace(u"&nbsp;"_s, u" "_s);
    s.replace(u"&amp;"_s, u"&"_s);
    return s;
}

ErrorBody parseBody(const QByteArray &body, const QByteArray &contentType)
{
    ErrorBody b;
    const QByteArray ct = contentType.toLower();
    const QByteArray start = body.left(512).trimmed().toLower();
    b.html =
        ct.contains("html") || (!ct.contains("json") && (start.startsWith("<!doctype") || start.startsWith("<html") ||
                                                         start.startsWith("<head") || start.startsWith("<body")));
    if (b.html) {
        static const QRegularExpression title(u"<title[^>]*>(.*?)</title>"_s,
                                              QRegularExpression::CaseInsensitiveOption |
                                                  QRegularExpression::DotMatchesEverythingOption);
        const QString page = QString::fromUtf8(body.left(kMaxScannedHtml));
        const QRegularExpressionMatch m = title.match(page);
        if (m.hasMatch())
            b.title = shorten(decodeHtmlEntities(m.captured(1)), kMaxTitle);
        return b;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        readJsonBody(doc.object(), b);
        return b;
    }
    b.text = QString::fromUtf8(body.left(4096)).simplified();
    return b;
}

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == u"localhost" || h.endsWith(u".localhost"))
        return true;
    const QHostAddress address(h);
    return !address.isNull() &&
           (address.isLoopback() || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6);
}

// "1.3 s", "45 s", "6 min", "1 h 2 min": how long a person has to wait, readably.
QString formatDelay(double seconds)
{
    // Bounded before any conversion: a huge delay (a reset date far away) once printed as -9223372036854775808 min.
    if (!(seconds >= 0))
        seconds = 0;
    seconds = std::min(seconds, 1e9);
    if (seconds < 10)
        return tr("%1 s").arg(QString::number(std::ceil(seconds * 10) / 10, 'g', 3));
    if (seconds < 120)
        return tr("%1 s").arg(qint64(std::ceil(seconds)));
    const qint64 minutes = qint64(std::ceil(seconds / 60));
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

bool containsAny(const QString &haystack, std::initializer_list<const char16_t *> needles)
{
    for (const char16_t *n : needles) {
        if (haystack.contains(QStringView(n), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool looksLikeKeyProblem(const QString &message)
{
    static const QRegularExpression re(
        u"(incorrect|invalid|missing|no|wrong|revoked|expired)\\s+(x-)?api[ _-]?key|api[ _-]?key\\s+(is\\s+)?"
        u"(not valid|invalid|incorrect|missing|required|expired|revoked)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(message).hasMatch();
}

// Codes are shown in messages when they add something the sentence does not already say.
bool codeWorthShowing(const QString &code, int httpStatus)
{
    if (code.isEmpty() || code.contains(u' ') || code == QString::number(httpStatus))
        return false;
    static const QStringList redundant = {u"model_not_found"_s, u"not_found_error"_s, u"invalid_api_key"_s,
                                          u"authentication_error"_s, u"invalid_request_error"_s};
    return !redundant.contains(code);
}

QString httpTag(int status, const QString &code, const QString &param = QString())
{
    QString tag = u"HTTP "_s + QString::number(status);
    if (codeWorthShowing(code, status)) {
        bool numeric = false;
        code.toInt(&numeric);
        tag += numeric ? u" code "_s + code : u" "_s + code;
    }
    if (!param.isEmpty())
        tag += u", parameter \""_s + param + u'"';
    return tag;
}

QString quoted(const QString &providerName, const QString &detail)
{
    if (detail.isEmpty())
        return QString();
    return u" "_s + tr("%1 said: \"%2\"").arg(providerName, detail);
}

QString modelLabel(const QString &model)
{
    return model.isEmpty() ? tr("(unnamed)") : model;
}

// Transformer Lab / FastChat 40301: "Expected model: a&&b. Your model: x".
QStringList loadedModelsFrom(const QString &message, QString *requested)
{
    static const QRegularExpression re(u"Expected model:\\s*(.*?)\\.\\s*Your model:\\s*(.*)$"_s,
                                       QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(message);
    if (!m.hasMatch())
        return {};
    if (requested)
        *requested = m.captured(2).trimmed();
    QStringList models;
    const QStringList parts = m.captured(1).split(u"&&"_s);
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            models.append(p.trimmed());
    }
    return models;
}

bool kindIsTransient(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::RateLimited:
    case ErrorKind::Overloaded:
    case ErrorKind::Server:
    case ErrorKind::UpstreamUnavailable:
    case ErrorKind::Timeout:
    case ErrorKind::Network:
        return true;
    default:
        return false;
    }
}

// FastChat's error codes (Transformer Lab answers every one of them with HTTP 400).
ErrorKind fastChatKind(int code)
{
    switch (code) {
    case 40101:
    case 40102:
        return ErrorKind::Auth;
    case 40301:
        return ErrorKind::ModelNotLoaded;
    case 40303:
        return ErrorKind::TooLarge;
    case 42901:
        return ErrorKind::RateLimited;
    case 42902:
        return ErrorKind::Quota;
    case 42903:
        return ErrorKind::Overloaded;
    default:
        return code >= 50000 ? ErrorKind::Server : ErrorKind::BadRequest;
    }
}

// The kind an error's type/code/message names, independent of any HTTP status (used for stream errors).
ErrorKind kindFromCodes(const QString &type, const QString &code, const QString &message)
{
    const auto is = [&](const char16_t *name) {
        return type.compare(QStringView(name), Qt::CaseInsensitive) == 0 ||
               code.compare(QStringView(name), Qt::CaseInsensitive) == 0;
    };
    if (is(u"insufficient_quota") || is(u"billing_error"))
        return ErrorKind::Quota;
    if (is(u"invalid_api_key") || is(u"authentication_error") || is(u"permission_error") ||
        looksLikeKeyProblem(message))
        return ErrorKind::Auth;
    if (is(u"rate_limit_exceeded") || is(u"rate_limit_error"))
        return message.startsWith(u"Request too large", Qt::CaseInsensitive) ? ErrorKind::TooLarge
                                                                             : ErrorKind::RateLimited;
    if (is(u"context_length_exceeded") || is(u"request_too_large"))
        return ErrorKind::TooLarge;
    if (is(u"model_not_found") || is(u"model_not_available") || is(u"not_found_error") ||
        is(u"dedicated_endpoint_not_running"))
        return ErrorKind::ModelNotFound;
    if (is(u"overloaded_error") || containsAny(message, {u"overloaded", u"server busy"}))
        return ErrorKind::Overloaded;
    if (is(u"timeout_error"))
        return ErrorKind::Timeout;
    if (is(u"api_error") || is(u"server_error") || is(u"internal_server_error") || is(u"service_unavailable_error"))
        return ErrorKind::Server;
    if (is(u"invalid_request_error") || is(u"unsupported_parameter") || is(u"unsupported_value") ||
        is(u"invalid_value"))
        return ErrorKind::BadRequest;
    return ErrorKind::None;
}

struct Verdict
{
    ErrorKind kind = ErrorKind::None;
    bool retryable = false;
    QString sentence;       // may contain %DELAY% for rate limits
    bool withDetail = true; // append the provider's own words
};

Verdict classifyHtml(const QString &name, int status, const ErrorBody &b)
{
    Verdict v;
    v.withDetail = false;
    const QString page = b.title.isEmpty() ? tr("an HTML page") : tr("an HTML page \"%1\"").arg(b.title);
    if (status >= 500) {
        v.kind = ErrorKind::UpstreamUnavailable;
        v.retryable = true;
        v.sentence = tr("%1 could not be reached: a proxy or gateway answered HTTP %2 with %3 instead of the "
                        "provider's reply. This is usually temporary; retrying usually helps.")
                         .arg(name)
                         .arg(status)
                         .arg(page);
    } else if (status == 429) {
        v.kind = ErrorKind::RateLimited;
        v.retryable = true;
        v.sentence = tr("%1: a proxy or gateway is rate-limiting requests (HTTP 429, %2). Wait %DELAY% before "
                        "retrying or lower the concurrency.")
                         .arg(name, page);
    } else if (status == 413) {
        v.kind = ErrorKind::TooLarge;
        v.sentence = tr("%1: the request is too large for a proxy or gateway (HTTP 413, %2). Ask for fewer rows per "
                        "request.")
                         .arg(name, page);
    } else if (status == 401 || status == 407) {
        v.kind = ErrorKind::Auth;
        v.sentence = tr("%1: a proxy or gateway asks for credentials (HTTP %2, %3). Check the base URL and proxy "
                        "settings.")
                         .arg(name)
                         .arg(status)
                         .arg(page);
    } else if (status == 408) {
        v.kind = ErrorKind::Timeout;
        v.retryable = true;
        v.sentence = tr("%1: a proxy or gateway timed out (HTTP 408, %2). Retrying usually helps.").arg(name, page);
    } else {
        v.kind = ErrorKind::InvalidResponse;
        v.sentence = tr("%1: the server answered HTTP %2 with %3 instead of an API reply. Check the base URL, VPN "
                        "and proxy settings.")
                         .arg(name)
                         .arg(status)
                         .arg(page);
    }
    return v;
}

Verdict classifyFastChat(const QString &name, int status, const ErrorBody &b, const QString &model)
{
    Verdict v;
    v.kind = fastChatKind(b.fastChatCode);
    v.retryable = kindIsTransient(v.kind);
    const QString tag = httpTag(status, QString::number(b.fastChatCode));
    switch (v.kind) {
    case ErrorKind::ModelNotLoaded: {
        QString requested;
        const QStringList loaded = loadedModelsFrom(b.message, &requested);
        const QString wanted = model.isEmpty() ? requested : model;
        const QString list = loaded.isEmpty() ? tr("no model is loaded") : tr("loaded: %1").arg(loaded.join(u", "));
        v.sentence = tr("%1 has no model \"%2\" running (%3). Start that model in %1 or choose a loaded one.")
                         .arg(name, modelLabel(wanted), list);
        v.withDetail = false;
        break;
    }
    case ErrorKind::Auth:
        v.sentence = tr("%1 rejected the API key (%2). Store a new key for this provider.").arg(name, tag);
        break;
    case ErrorKind::TooLarge:
        v.sentence = tr("%1: the prompt plus the requested answer do not fit the model's context window (%2). Ask for "
                        "fewer rows per request or lower max tokens.")
                         .arg(name, tag);
        break;
    case ErrorKind::RateLimited:
        v.sentence =
            tr("%1: rate limit reached (%2). Wait %DELAY% before retrying or lower the concurrency.").arg(name, tag);
        break;
    case ErrorKind::Quota:
        v.sentence =
            tr("%1: your quota is used up (%2). Check your plan and billing; retrying will not help.").arg(name, tag);
        break;
    case ErrorKind::Overloaded:
        v.sentence = tr("%1 is overloaded (%2). Retry in a little while or lower the concurrency.").arg(name, tag);
        break;
    case ErrorKind::Server:
        if (b.fastChatCode == 50002)
            v.sentence = tr("%1's model worker failed, probably out of GPU memory (%2). Retrying may help; otherwise "
                            "lower max tokens or the concurrency.")
                             .arg(name, tag);
        else if (b.fastChatCode == 50005 || b.fastChatCode == 50006)
            v.sentence = tr("%1 has no model worker answering (%2). Check that a model is running in %1; retrying "
                            "may help.")
                             .arg(name, tag);
        else
            v.sentence =
                tr("%1 had an internal error (%2). This is usually temporary; try again later.").arg(name, tag);
        break;
    default:
        v.sentence = tr("%1 rejected the request (%2). Check the model's settings (temperature, max tokens) for "
                        "this provider.")
                         .arg(name, tag);
        break;
    }
    return v;
}

Verdict classifyStatus(Dialect dialect, const QString &name, int status, const ErrorBody &b, const QString &model)
{
    Verdict v;
    const QString typeL = b.type.toLower();
    const QString codeL = b.code.toLower();
    const auto is = [&](const char16_t *token) { return typeL == QStringView(token) || codeL == QStringView(token); };
    const QString &msg = b.message;
    const QString shownCode = b.code.isEmpty() || b.code.contains(u' ') ? b.type : b.code;
    const QString tag = httpTag(status, shownCode, status == 400 || status == 422 ? b.param : QString());

    if (is(u"insufficient_quota") || is(u"billing_error") || status == 402 ||
        msg.contains(u"exceeded your current quota", Qt::CaseInsensitive) ||
        (status == 403 && containsAny(msg, {u"credit", u"billing", u"spending limit"}))) {
        v.kind = ErrorKind::Quota;
        v.sentence =
            tr("%1: your quota is used up (%2). Check your plan and billing; retrying will not help.").arg(name, tag);
        return v;
    }
    if (is(u"unsupported_country_region_territory")) {
        v.kind = ErrorKind::Auth;
        v.sentence =
            tr("%1 does not serve your country, region or territory (%2). Use another provider.").arg(name, tag);
        return v;
    }
    if (is(u"invalid_api_key") || is(u"authentication_error") || status == 401 ||
        ((status == 400 || status == 403) && looksLikeKeyProblem(msg))) {
        v.kind = ErrorKind::Auth;
        v.sentence = tr("%1 rejected the API key (HTTP %2). Store a new key for this provider.").arg(name).arg(status);
        return v;
    }
    if (status == 403 || is(u"permission_error")) {
        v.kind = ErrorKind::Auth;
        v.sentence = tr("%1 refused this request with the stored key (%2). Check that the key's account or project "
                        "may use this model.")
                         .arg(name, tag);
        return v;
    }
    if (status == 429 || is(u"rate_limit_exceeded") || is(u"rate_limit_error")) {
        if (msg.startsWith(u"Request too large", Qt::CaseInsensitive)) {
            v.kind = ErrorKind::TooLarge;
            v.sentence = tr("%1: this request alone is larger than your per-minute token limit (%2). Ask for fewer "
                            "rows per request or lower max tokens; retrying will not help.")
                             .arg(name, tag);
            return v;
        }
        v.kind = ErrorKind::RateLimited;
        v.retryable = true;
        v.sentence =
            tr("%1: rate limit reached (%2). Wait %DELAY% before retrying or lower the concurrency.").arg(name, tag);
        return v;
    }
    if (is(u"context_length_exceeded") ||
        ((status == 400 || status == 422) &&
         containsAny(msg, {u"maximum context length", u"context window", u"context length", u"prompt is too long"}))) {
        v.kind = ErrorKind::TooLarge;
        v.sentence = tr("%1: the prompt plus the requested answer do not fit the model's context window (%2). Ask for "
                        "fewer rows per request or lower max tokens.")
                         .arg(name, tag);
        return v;
    }
    if (status == 413 || is(u"request_too_large")) {
        v.kind = ErrorKind::TooLarge;
        v.sentence = tr("%1: the request is too large (%2). Ask for fewer rows per request.").arg(name, tag);
        return v;
    }
    const bool modelCode = is(u"model_not_found") || is(u"model_not_available") || is(u"not_found_error") ||
                           is(u"dedicated_endpoint_not_running");
    if (modelCode || status == 404) {
        if (dialect == Dialect::TransformerLab && !modelCode) {
            // FastChat reports unknown models as 400/40301, so a 404 means the route itself is missing.
            v.kind = ErrorKind::InvalidResponse;
            v.sentence = tr("%1: this Transformer Lab version has no OpenAI-compatible endpoint (HTTP 404). Use "
                            "Transformer Lab v0.33.0 or older, or serve the model with another OpenAI-compatible "
                            "server.")
                             .arg(name);
            v.withDetail = false;
            return v;
        }
        if (dialect == Dialect::Ollama && status == 404) {
            // Ollama's wording changed between releases ("model 'x' not found" / "... try pulling it first").
            v.kind = ErrorKind::ModelNotFound;
            v.sentence = tr("%1 has no model \"%2\" installed (HTTP 404). Pull it with \"ollama pull %2\" "
                            "or pick an installed model.")
                             .arg(name, modelLabel(model));
            return v;
        }
        if (!modelCode && !msg.contains(u"model", Qt::CaseInsensitive)) {
            v.kind = ErrorKind::InvalidResponse;
            v.sentence = tr("%1: the server has no such endpoint (HTTP 404). Check the base URL.").arg(name);
            return v;
        }
        v.kind = ErrorKind::ModelNotFound;
        if (is(u"model_not_available") || is(u"dedicated_endpoint_not_running"))
            v.sentence = tr("%1: model \"%2\" is not available (%3). Pick another model or refresh the model "
                            "list.")
                             .arg(name, modelLabel(model), tag);
        else
            v.sentence = tr("%1: model \"%2\" does not exist or you have no access to it (HTTP %3). Pick "
                            "another model or refresh the model list.")
                             .arg(name, modelLabel(model))
                             .arg(status);
        return v;
    }
    if (is(u"overloaded_error") || status == 529 ||
        (status == 503 && containsAny(msg, {u"overload", u"busy", u"capacity", u"too many requests"}))) {
        v.kind = ErrorKind::Overloaded;
        v.retryable = true;
        v.sentence = tr("%1 is overloaded (%2). Retry in a little while or lower the concurrency.").arg(name, tag);
        return v;
    }
    if (is(u"timeout_error") || status == 408) {
        v.kind = ErrorKind::Timeout;
        v.retryable = true;
        v.sentence = tr("%1 timed out while working on the request (%2). Retry; for long answers use streaming or ask "
                        "for fewer rows per request.")
                         .arg(name, tag);
        return v;
    }
    if (status == 499) {
        v.kind = ErrorKind::Cancelled;
        v.sentence = tr("%1 reports that the request was cancelled (%2).").arg(name, tag);
        return v;
    }
    if (status == 502 || status == 504 || (status >= 520 && status <= 527) || status == 530) {
        v.kind = ErrorKind::UpstreamUnavailable;
        v.retryable = true;
        v.sentence = tr("%1 could not be reached through its gateway (%2). This is usually temporary; retrying usually "
                        "helps.")
                         .arg(name, tag);
        return v;
    }
    if (status >= 500) {
        v.kind = ErrorKind::Server;
        v.retryable = true;
        v.sentence =
            tr("%1 had an internal error (%2). This is usually temporary; retrying usually helps.").arg(name, tag);
        return v;
    }
    if (status == 409) {
        // The official SDKs retry conflicts: they come from transient lock contention on the provider's side.
        v.kind = ErrorKind::Server;
        v.retryable = true;
        v.sentence = tr("%1 reported a conflict (%2). Retrying usually helps.").arg(name, tag);
        return v;
    }
    if (status >= 400) {
        v.kind = ErrorKind::BadRequest;
        v.sentence = tr("%1 rejected the request (%2). Check the model's settings (temperature, max tokens, JSON "
                        "mode) for this provider.")
                         .arg(name, tag);
        return v;
    }
    v.kind = ErrorKind::InvalidResponse;
    v.sentence = tr("%1 answered with the unexpected HTTP status %2.").arg(name).arg(status);
    return v;
}

// For a rate limit: the reset of whichever limit is exhausted (the later one if both are); if the headers don't say
// which, the later of the resets given.
std::optional<double> resetDelay(const RateLimitSnapshot &rl)
{
    std::optional<double> exhausted;
    std::optional<double> any;
    const auto take = [](std::optional<double> &slot, double value) { slot = slot ? std::max(*slot, value) : value; };
    if (rl.resetRequestsSeconds) {
        take(any, *rl.resetRequestsSeconds);
        if (rl.remainingRequests && *rl.remainingRequests == 0)
            take(exhausted, *rl.resetRequestsSeconds);
    }
    if (rl.resetTokensSeconds) {
        take(any, *rl.resetTokensSeconds);
        if (rl.remainingTokens && *rl.remainingTokens == 0)
            take(exhausted, *rl.resetTokensSeconds);
    }
    return exhausted ? exhausted : any;
}

} // namespace

ProviderError classifyHttpFailure(Dialect dialect, const QString &providerName, int httpStatus,
                                  const HeaderMap &headers, const QByteArray &body, const QString &model,
                                  const QDateTime &now)
{
    ProviderError e;
    e.httpStatus = httpStatus;
    const QString name = providerLabel(dialect, providerName);
    const RateLimitSnapshot rl = parseRateLimitHeaders(headers, now);
    const ErrorBody b = parseBody(body, headerValue(headers, "content-type"));

    Verdict v;
    if (b.html)
        v = classifyHtml(name, httpStatus, b);
    else if (b.fastChatCode != 0)
        v = classifyFastChat(name, httpStatus, b, model);
    else
        v = classifyStatus(dialect, name, httpStatus, b, model);
    e.kind = v.kind;
    e.retryable = v.retryable;

    if (b.fastChatCode != 0)
        e.providerCode = QString::number(b.fastChatCode);
    else
        e.providerCode = !b.code.isEmpty() ? b.code : b.type;
    for (const QByteArray &h : {QByteArray("x-request-id"), QByteArray("request-id")}) {
        if (e.requestId.isEmpty())
            e.requestId = QString::fromUtf8(headerValue(headers, h).trimmed());
    }
    if (e.requestId.isEmpty())
        e.requestId = b.requestId;

    // Delay: retry-after-ms, then retry-after (both in the snapshot), then a rate-limit reset, then the text.
    e.retryAfterSeconds = rl.retryAfterSeconds;
    if (e.retryAfterSeconds && e.retryable && headerValue(headers, "retry-after-ms").trimmed().isEmpty()) {
        // Retry-After counts whole seconds, so a limit that frees up in 92 ms says 1 s, and waiting the whole second
        // leaves a tenth of a per-second limit unused after every refusal. When the text names a shorter wait that
        // rounds up to exactly the header's, it is the same wait, only more precise.
        const auto text = parseTryAgainIn(b.message);
        if (text && *text > 0 && *text < *e.retryAfterSeconds && std::ceil(*text) == *e.retryAfterSeconds)
            e.retryAfterSeconds = text;
    }
    if (!e.retryAfterSeconds && e.kind == ErrorKind::RateLimited)
        e.retryAfterSeconds = resetDelay(rl);
    if (!e.retryAfterSeconds && e.retryable)
        e.retryAfterSeconds = parseTryAgainIn(b.message);

    if (rl.shouldRetry)
        e.retryable = *rl.shouldRetry; // the server knows better than its status code

    QString message = v.sentence;
    message.replace(u"%DELAY%"_s, e.retryAfterSeconds ? formatDelay(*e.retryAfterSeconds) : tr("a little"));
    if (e.retryAfterSeconds && *e.retryAfterSeconds > kMaxServerRetryDelaySeconds && e.retryable) {
        e.retryable = false;
        message += u" "_s + tr("%1 asks to wait %2 before the next attempt, longer than Candor waits on its own; try "
                               "again after that.")
                                .arg(name, formatDelay(*e.retryAfterSeconds));
    }
    // The provider's own words go last, so they never run into one of our sentences.
    if (v.withDetail) {
        const QString detail = shorten(b.message.trimmed().isEmpty() ? b.text : b.message, kMaxDetail);
        message += quoted(name, detail);
    }
    e.message = scrubSecrets(message);
    return e;
}

ProviderError classifyStreamError(Dialect dialect, const QString &providerName, const QJsonObject &payload)
{
    ProviderError e;
    const QString name = providerLabel(dialect, providerName);
    ErrorBody b;
    const QJsonValue error = payload.value(u"error");
    const QJsonValue errorCode = payload.value(u"error_code");
    bool fastChat = false;
    if (error.isObject()) {
        readErrorObject(error.toObject(), b);
    } else if (error.isString() && !error.toString().isEmpty()) {
        b.message = error.toString();
    } else if (errorCode.isDouble() && errorCode.toInt() != 0) {
        fastChat = true;
        b.fastChatCode = errorCode.toInt();
        b.code = QString::number(b.fastChatCode);
        b.message = payload.value(u"text").toString();
    } else if (errorCode.isString() && !errorCode.toString().isEmpty() && errorCode.toString() != u"0"_s) {
        fastChat = true;
        b.fastChatCode = errorCode.toString().toInt();
        b.code = errorCode.toString();
        b.message = payload.value(u"text").toString();
    } else {
        return e; // not an error
    }
    e.requestId = payload.value(u"request_id").toString();
    e.providerCode = !b.code.isEmpty() ? b.code : b.type;

    ErrorKind kind = ErrorKind::None;
    if (fastChat) {
        kind = fastChatKind(b.fastChatCode);
    } else {
        kind = kindFromCodes(b.type, b.code, b.message);
        if (kind == ErrorKind::None) {
            if (b.message.contains(u"not found", Qt::CaseInsensitive) &&
                b.message.contains(u"model", Qt::CaseInsensitive))
                kind = ErrorKind::ModelNotFound;
            else if (containsAny(b.message, {u"busy", u"try again"}))
                kind = ErrorKind::Overloaded;
            else
                kind = ErrorKind::Server; // an unexplained failure of a running generation is the server's
        }
    }
    e.kind = kind;
    const bool transient = kindIsTransient(kind);
    e.retryable = transient;

    const QString codeText = e.providerCode.isEmpty() ? QString() : u" ("_s + e.providerCode + u')';
    QString message = tr("%1 stopped the answer with an error%2.").arg(name, codeText);
    QString action;
    if (e.retryable)
        action = tr("Retrying usually helps.");
    else if (kind == ErrorKind::Auth)
        action = tr("Store a new key for this provider.");
    else if (kind == ErrorKind::Quota)
        action = tr("Check your plan and billing; retrying will not help.");
    else if (kind == ErrorKind::TooLarge)
        action = tr("Ask for fewer rows per request or lower max tokens.");
    else if (kind == ErrorKind::ModelNotFound || kind == ErrorKind::ModelNotLoaded)
        action = tr("Pick another model or start it first.");
    else
        action = tr("Check the model's settings for this provider.");
    message += u" "_s + action + quoted(name, shorten(b.message, kMaxDetail));
    e.message = scrubSecrets(message);
    return e;
}

ProviderError networkFailure(const QString &providerName, int qNetworkReplyError, const QString &errorString,
                             const QUrl &url)
{
    ProviderError e;
    e.kind = ErrorKind::Network;
    e.retryable = true;
    const QString name = providerName.trimmed().isEmpty() ? tr("The server") : providerName.trimmed();
    const QUrl base = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString where = base.toDisplayString();
    const QString host = url.host();
    // Qt's text can repeat the full URL, query and all; show only the base.
    QString qtText = errorString;
    if (!url.isEmpty())
        qtText.replace(url.toString(), where);
    qtText = shorten(qtText, kMaxDetail);
    const QString qtSuffix = qtText.isEmpty() ? QString() : u" ("_s + qtText + u')';

    QString message;
    switch (qNetworkReplyError) {
    case QNetworkReply::ConnectionRefusedError:
        if (isLoopbackHost(host))
            message = tr("Nothing is listening at %1. Is %2 running?").arg(where, name);
        else
            message = tr("%1 refused the connection at %2. Check the base URL or try again later.").arg(name, where);
        break;
    case QNetworkReply::RemoteHostClosedError:
        message = tr("%1 closed the connection unexpectedly (%2). Retrying usually helps.").arg(name, where);
        break;
    case QNetworkReply::HostNotFoundError:
        message = tr("%1: the host \"%2\" could not be found. Check the base URL and your internet "
                     "connection.")
                      .arg(name, host);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        e.kind = ErrorKind::Timeout;
        message = tr("%1 did not answer in time (%2). Check your connection; retrying usually helps.").arg(name, where);
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = ErrorKind::Cancelled;
        e.retryable = false;
        message = tr("The request to %1 was cancelled.").arg(name);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        message = tr("%1: the secure connection to %2 failed%3. Check the base URL (https or http), the system "
                     "clock and any proxy.")
                      .arg(name, where, qtSuffix);
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        message = tr("The network is not available, so %1 cannot be reached. Check your connection.").arg(name);
        break;
    case QNetworkReply::TooManyRedirectsError:
        e.kind = ErrorKind::InvalidResponse;
        e.retryable = false;
        message = tr("%1 at %2 redirected too many times. Check the base URL.").arg(name, where);
        break;
    case QNetworkReply::InsecureRedirectError:
        e.kind = ErrorKind::Insecure;
        e.retryable = false;
        message = tr("%1 at %2 redirected from https to plain http; Candor does not follow that. Check the base URL.")
                      .arg(name, where);
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.retryable = false;
        message = tr("The proxy in front of %1 asks for credentials. Check the proxy settings.").arg(name);
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::UnknownProxyError:
        message = tr("The proxy in front of %1 failed%2. Check the proxy settings.").arg(name, qtSuffix);
        break;
    default:
        message = tr("The connection to %1 at %2 failed%3.").arg(name, where, qtSuffix);
        if (e.retryable)
            message += u" "_s + tr("Retrying usually helps.");
        break;
    }
    e.message = scrubSecrets(message);
    return e;
}

QString scrubSecrets(const QString &text)
{
    static const QString redacted = u"[redacted]"_s;
    static const QRegularExpression bearer(u"\\b(Bearer)\\s+[A-Za-z0-9._~+/=*-]{8,}"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    // Known key prefixes, including masked echoes such as "sk-abc***xyz".
    // Not after a letter or digit ("task-runner" is no key), but after anything else, "_" and "-" runs included.
    static const QRegularExpression prefixed(u"(?<![A-Za-z0-9])(?:sk|xai|gsk|tgp_v1|sess)[-_][A-Za-z0-9_*-]{6,}"_s);
    // Other masked echoes ("xa***9Q").
    static const QRegularExpression masked(u"[A-Za-z0-9_-]{2,}\\*{3,}[A-Za-z0-9_-]*"_s);
    static const QRegularExpression hex(u"\\b[0-9A-Fa-f]{32,}\\b"_s);
    static const QRegularExpression run(u"[A-Za-z0-9+/_=-]{32,}"_s);

    QString s = text;
    s.replace(bearer, u"\\1 "_s + redacted);
    s.replace(prefixed, redacted);
    s.replace(masked, redacted);
    s.replace(hex, redacted);
    // A long run of key characters is a secret when it mixes letters and digits and is not a dash-separated name
    // (model ids such as "Qwen2-VL-72B-Instruct-AWQ" are long too).
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = run.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Runs of "_" or "-" around a key are not part of it, and must not make it look like a dashed name.
        qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd();
        while (start < end && (s.at(start) == u'_' || s.at(start) == u'-'))
            ++start;
        while (end > start && (s.at(end - 1) == u'_' || s.at(end - 1) == u'-'))
            --end;
        const QStringView token = QStringView(s).mid(start, end - start);
        if (token.size() < 32)
            continue;
        int digits = 0, letters = 0, separators = 0;
        for (const QChar c : token) {
            if (c.isDigit())
                ++digits;
            else if (c.isLetter())
                ++letters;
            else if (c != u'=')
                ++separators;
        }
        if (digits == 0 || letters == 0 || separators * 8 > token.size())
            continue;
        out += QStringView(s).mid(last, start - last);
        out += redacted;
        last = end;
    }
    out += QStringView(s).mid(last);
    return out;
}

namespace {
QString withoutKey(QString text, const QString &key)
{
    // The key itself, and its last 16 characters (what a server that masks the rest still shows).
    if (key.size() >= 8) {
        text.replace(key, u"[redacted]"_s);
        if (key.size() >= 24)
            text.replace(key.right(16), u"[redacted]"_s);
    }
    return text;
}
} // namespace

QString scrubSecrets(const QString &text, const QString &key)
{
    return scrubSecrets(withoutKey(text, key));
}

QString scrubIdentifier(const QString &id, const QString &key)
{
    static const QRegularExpression prefixed(u"(?<![A-Za-z0-9])(?:sk|xai|gsk|tgp_v1|sess)[-_][A-Za-z0-9_*-]{16,}"_s);
    QString s = withoutKey(id, key);
    s.replace(prefixed, u"[redacted]"_s);
    return s;
}

ProviderError scrubbed(ProviderError error, const QString &key)
{
    error.message = scrubSecrets(error.message, key);
    error.providerCode = scrubIdentifier(error.providerCode, key);
    error.requestId = scrubIdentifier(error.requestId, key);
    return error;
}

} // namespace candor
