#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace candor {

// How each server family shapes its requests, responses and errors. One connector serves several dialects
// (the OpenAI-compatible connector speaks OpenAI, xAI, Together, Transformer Lab and generic servers).
enum class Dialect
{
    OpenAi,
    Xai,
    Together,
    TransformerLab,
    OpenAiCompatible,
    Anthropic,
    Ollama
};

// The kinds of failure Candor tells apart. Each maps to what a person (or the scheduler) should do.
enum class ErrorKind
{
    None,
    Auth,                // key missing, wrong or not allowed
    RateLimited,         // slow down and retry
    Quota,               // billing / credits exhausted: no retry
    ModelNotFound,       // pick another model
    ModelNotLoaded,      // local server has no such model running
    BadRequest,          // the request itself is wrong
    TooLarge,            // request or context too large
    Overloaded,          // provider busy (529, 503 busy): back off and retry
    Server,              // 5xx: retry
    UpstreamUnavailable, // a proxy/gateway could not reach the provider (502/504, HTML pages)
    Truncated,           // output cut by the token limit or the stream ended early
    EmptyResponse,       // no choices / no text
    Timeout,             // no data within the inactivity timeout
    Network,             // connection refused, DNS, TLS, reset
    InvalidResponse,     // not the protocol we expected
    Cancelled,           // the user or the engine stopped it
    Insecure,            // refused for safety: https->http redirect, key over plain http
    Refused              // the model declined to answer (a refusal where JSON was required): asking again will not help
};

// "rate_limited", "model_not_found", ... as used in logs and candor-cli --json.
QString errorKindName(ErrorKind kind);

// One failure, typed. message is a sentence a person can act on; it never contains a key.
struct ProviderError
{
    ErrorKind kind = ErrorKind::None;
    bool retryable = false;
    std::optional<double> retryAfterSeconds; // server-given delay, when it sent one
    int httpStatus = 0;                      // 0 = no HTTP status (network, timeout, ...)
    QString message;
    QString providerCode; // e.g. "insufficient_quota", "overloaded_error", "40301"
    QString requestId;

    bool isError() const { return kind != ErrorKind::None; }
};

// Lower-case header name -> value.
using HeaderMap = QHash<QByteArray, QByteArray>;

// Everything the rate-limit headers of one response say. Absent facts stay empty (never 0).
struct RateLimitSnapshot
{
    std::optional<qint64> limitRequests;
    std::optional<qint64> remainingRequests;
    std::optional<qint64> limitTokens;
    std::optional<qint64> remainingTokens;
    std::optional<double> resetRequestsSeconds; // from now
    std::optional<double> resetTokensSeconds;   // from now
    std::optional<double> retryAfterSeconds;    // retry-after-ms / retry-after
    std::optional<bool> shouldRetry;            // x-should-retry

    bool isEmpty() const
    {
        return !limitRequests && !remainingRequests && !limitTokens && !remainingTokens && !resetRequestsSeconds &&
               !resetTokensSeconds && !retryAfterSeconds && !shouldRetry;
    }
};

// Why a generation stopped, normalised over providers.
enum class FinishReason
{
    Stop,
    Length,
    Tool,
    Filtered,
    Refusal,
    Error,
    Unknown
};
QString finishReasonName(FinishReason reason);

// A normalised successful answer.
struct ChatResult
{
    QString text;
    std::optional<QJsonValue> json; // extracted or structured JSON, when there was any
    FinishReason finish = FinishReason::Unknown;
    std::optional<qint64> inputTokens; // unknown is not 0
    std::optional<qint64> outputTokens;
    QString requestId;
    QString model; // as the server reported it
    RateLimitSnapshot rateLimit;
    bool structuredOutputUsed = false; // the server enforced the schema
    QString jsonError;                 // why no JSON could be taken from the text, when JSON was asked for
};

} // namespace candor
