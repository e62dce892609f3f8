// Every error case of PROTOCOLS.md, per provider: the kind, whether a retry helps, the server's delay, the provider's
// code and request id, and a message that names the provider and never shows a key.
#include "providers/providererrors.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(candor::Dialect)
Q_DECLARE_METATYPE(candor::ErrorKind)

namespace {

const QDateTime kNow(QDate(2025, 8, 21), QTime(12, 40, 30), Qt::UTC);
const QByteArray kJson("application/json");
constexpr double kNoDelay = -1;

HeaderMap json(HeaderMap extra = {})
{
    extra.insert("content-type", kJson);
    return extra;
}

QByteArray openAiError(const char *message, const char *type, const char *code, const char *param = nullptr)
{
    const QByteArray p = param ? QByteArray("\"") + param + '"' : QByteArray("null");
    const QByteArray c = code ? QByteArray("\"") + code + '"' : QByteArray("null");
    return QByteArray("{\n  \"error\": {\n    \"message\": \"") + message + "\",\n    \"type\": \"" + type +
           "\",\n    \"param\": " + p + ",\n    \"code\": " + c + "\n  }\n}\n";
}

QByteArray anthropicError(const char *type, const char *message)
{
    return QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"") + type + "\",\"message\":\"" + message +
           "\"},\"request_id\":\"req_011CSHoEeqs5C35K2UUqR7Fy\"}";
}

QByteArray fastChatError(int code, const char *message)
{
    return QByteArray("{\"object\":\"error\",\"message\":\"") + message + "\",\"code\":" + QByteArray::number(code) +
           "}";
}

QByteArray ollamaError(const char *message)
{
    return QByteArray("{\"error\":\"") + message + "\"}";
}

void row(const char *name, Dialect dialect, const QString &provider, int status, const HeaderMap &headers,
         const QByteArray &body, const QString &model, ErrorKind kind, bool retryable, double retryAfter,
         const QString &code, const QString &requestId, const QStringList &contains, const QString &secret = {})
{
    QTest::newRow(name) << dialect << provider << status << headers << body << model << kind << retryable << retryAfter
                        << code << requestId << contains << secret;
}

} // namespace

class TestProviderErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void http_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<HeaderMap>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("model");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<double>("retryAfter");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QStringList>("contains");
        QTest::addColumn<QString>("secret");

        using K = ErrorKind;
        const Dialect oai = Dialect::OpenAi;
        const QString openai = u"OpenAI"_s;
        const QString mini = u"gpt-4o-mini"_s;

        // ---- OpenAI -------------------------------------------------------------------------------------------
        row("openai 401 invalid_api_key", oai, openai, 401, json({{"x-request-id", "req_abc123"}}),
            openAiError("Incorrect API key provided: sk-abc12***************************wxyz. You can find your API "
                        "key at https://platform.openai.com/account/api-keys.",
                        "invalid_request_error", "invalid_api_key"),
            mini, K::Auth, false, kNoDelay, u"invalid_api_key"_s, u"req_abc123"_s,
            {u"OpenAI rejected the API key (HTTP 401). Store a new key for this provider."_s}, u"sk-abc12"_s);
        row("openai 404 model_not_found", oai, openai, 404, json(),
            openAiError("The model `gpt-x` does not exist or you do not have access to it.", "invalid_request_error",
                        "model_not_found"),
            u"gpt-x"_s, K::ModelNotFound, false, kNoDelay, u"model_not_found"_s, QString(),
            {u"OpenAI: model \"gpt-x\" does not exist or you have no access to it (HTTP 404). Pick another model or "
             u"refresh the model list."_s});
        const char *tpm = "Rate limit reached for gpt-4o-mini in organization org-abc on tokens per min (TPM): Limit "
                          "200000, Used 199000, Requested 1538. Please try again in 7s. Visit "
                          "https://platform.openai.com/account/rate-limits to learn more.";
        row("openai 429 delay from reset header", oai, openai, 429,
            json({{"x-ratelimit-remaining-tokens", "0"},
                  {"x-ratelimit-reset-tokens", "1.34s"},
                  {"x-ratelimit-remaining-requests", "499"},
                  {"x-ratelimit-reset-requests", "120ms"}}),
            openAiError(tpm, "tokens", "rate_limit_exceeded"), mini, K::RateLimited, true, 1.34,
            u"rate_limit_exceeded"_s, QString(),
            {u"OpenAI: rate limit reached (HTTP 429 rate_limit_exceeded)"_s, u"Wait 1.4 s"_s});
        row("openai 429 delay from text", oai, openai, 429, json(),
            openAiError("Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1. "
                        "Please try again in 20ms.",
                        "requests", "rate_limit_exceeded"),
            mini, K::RateLimited, true, 0.02, u"rate_limit_exceeded"_s, QString(), {u"Wait 0.1 s"_s});
        row("openai 429 retry-after beats reset and text", oai, openai, 429,
            json({{"retry-after", "3"}, {"x-ratelimit-remaining-tokens", "0"}, {"x-ratelimit-reset-tokens", "9s"}}),
            openAiError(tpm, "tokens", "rate_limit_exceeded"), mini, K::RateLimited, true, 3.0,
            u"rate_limit_exceeded"_s, QString(), {u"Wait 3 s"_s});
        // Retry-After says 1 s for a wait of 92 ms (whole seconds, rounded up); the text's 92 ms is the same wait.
        row("openai 429 whole-second retry-after refined by the text", oai, openai, 429, json({{"retry-after", "1"}}),
            openAiError("Rate limit reached for test-model in organization org-abc on requests per min (RPM): Limit "
                        "600, Used 600, Requested 1. Please try again in 92ms.",
                        "requests", "rate_limit_exceeded"),
            mini, K::RateLimited, true, 0.092, u"rate_limit_exceeded"_s, QString(), {u"Wait 0.1 s"_s});
        row("openai 429 retry-after-ms beats retry-after", oai, openai, 429,
            json({{"retry-after-ms", "1500"}, {"retry-after", "3"}}), openAiError(tpm, "tokens", "rate_limit_exceeded"),
            mini, K::RateLimited, true, 1.5, u"rate_limit_exceeded"_s, QString(), {u"Wait 1.5 s"_s});
        row("openai 429 no delay anywhere", oai, openai, 429, json(),
            openAiError("Rate limit reached for requests", "requests", "rate_limit_exceeded"), mini, K::RateLimited,
            true, kNoDelay, u"rate_limit_exceeded"_s, QString(), {u"Wait a little before retrying"_s});
        row("openai 429 insufficient_quota", oai, openai, 429, json(),
            openAiError("You exceeded your current quota, please check your plan and billing details. For more "
                        "information on this error, read the docs: "
                        "https://platform.openai.com/docs/guides/error-codes/api-errors.",
                        "insufficient_quota", "insufficient_quota"),
            mini, K::Quota, false, kNoDelay, u"insufficient_quota"_s, QString(),
            {u"OpenAI: your quota is used up (HTTP 429 insufficient_quota). Check your plan and billing; retrying "
             u"will not help."_s});
        row("openai 429 request too large", oai, openai, 429, json(),
            openAiError("Request too large for gpt-4o in organization org-abc on tokens per min (TPM): Limit 30000, "
                        "Requested 31538. The input or output tokens must be reduced in order to run successfully.",
                        "tokens", "rate_limit_exceeded"),
            mini, K::TooLarge, false, kNoDelay, u"rate_limit_exceeded"_s, QString(),
            {u"per-minute token limit"_s, u"retrying will not help"_s});
        row("openai 400 context_length_exceeded", oai, openai, 400, json(),
            openAiError("This model's maximum context length is 128000 tokens. However, your messages resulted in "
                        "130000 tokens. Please reduce the length of the messages.",
                        "invalid_request_error", "context_length_exceeded", "messages"),
            mini, K::TooLarge, false, kNoDelay, u"context_length_exceeded"_s, QString(),
            {u"context window"_s, u"HTTP 400 context_length_exceeded"_s});
        row("openai 400 unsupported_parameter", oai, openai, 400, json(),
            openAiError("Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                        "'max_completion_tokens' instead.",
                        "invalid_request_error", "unsupported_parameter", "max_tokens"),
            u"o3-mini"_s, K::BadRequest, false, kNoDelay, u"unsupported_parameter"_s, QString(),
            {u"OpenAI rejected the request (HTTP 400 unsupported_parameter, parameter \"max_tokens\")"_s,
             u"max_completion_tokens"_s});
        row("openai 400 unsupported_value", oai, openai, 400, json(),
            openAiError("Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) "
                        "value is supported.",
                        "invalid_request_error", "unsupported_value", "temperature"),
            u"o3-mini"_s, K::BadRequest, false, kNoDelay, u"unsupported_value"_s, QString(), {u"temperature"_s});
        row("openai 403 region", oai, openai, 403, json(),
            QByteArray("{\"error\":{\"code\":\"unsupported_country_region_territory\",\"message\":\"Country, region, "
                       "or territory not supported\",\"param\":null,\"type\":\"request_forbidden\"}}"),
            mini, K::Auth, false, kNoDelay, u"unsupported_country_region_territory"_s, QString(),
            {u"does not serve your country"_s});
        row("openai 413 plain text", oai, openai, 413, {{"content-type", "text/plain"}},
            QByteArray("Request Entity Too Large"), mini, K::TooLarge, false, kNoDelay, QString(), QString(),
            {u"the request is too large (HTTP 413)"_s, u"Request Entity Too Large"_s});
        row("openai 500 server_error", oai, openai, 500, json({{"x-request-id", "req_500"}}),
            openAiError("The server had an error while processing your request. Sorry about that!", "server_error",
                        nullptr),
            mini, K::Server, true, kNoDelay, u"server_error"_s, u"req_500"_s,
            {u"internal error (HTTP 500 server_error)"_s, u"Sorry about that!"_s});
        row("openai 503 overloaded", oai, openai, 503, json(),
            openAiError("That model is currently overloaded with other requests. You can retry your request, or "
                        "contact us through our help center at help.openai.com if the error persists.",
                        "server_error", nullptr),
            mini, K::Overloaded, true, kNoDelay, u"server_error"_s, QString(), {u"OpenAI is overloaded"_s});
        row("openai 503 service unavailable", oai, openai, 503, json(),
            openAiError("Service Unavailable.", "service_unavailable_error", nullptr), mini, K::Server, true, kNoDelay,
            u"service_unavailable_error"_s, QString(), {u"HTTP 503"_s});
        row("openai 503 with retry-after date", oai, openai, 503,
            json({{"retry-after", "Thu, 21 Aug 2025 12:41:00 GMT"}}),
            openAiError("Service Unavailable.", "service_unavailable_error", nullptr), mini, K::Server, true, 30.0,
            u"service_unavailable_error"_s, QString(), {u"HTTP 503"_s});
        row("openai 502 Cloudflare HTML", oai, openai, 502, {{"content-type", "text/html; charset=UTF-8"}},
            QByteArray("<!DOCTYPE html>\n<!--[if lt IE 7]> <html class=\"no-js ie6 oldie\" lang=\"en-US\"> "
                       "<![endif]-->\n<head>\n<title>api.openai.com | 502: Bad gateway</title>\n<meta "
                       "charset=\"UTF-8\" />\n<style>body{margin:0}</style></head><body><div id=\"cf-wrapper\"><h1>Bad "
                       "gateway</h1><span>Error code 502</span></div></body></html>"),
            mini, K::UpstreamUnavailable, true, kNoDelay, QString(), QString(),
            {u"\"api.openai.com | 502: Bad gateway\""_s, u"HTTP 502"_s, u"retrying usually helps"_s});
        row("504 nginx HTML", oai, openai, 504, {{"content-type", "text/html"}},
            QByteArray("<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 "
                       "Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"),
            mini, K::UpstreamUnavailable, true, kNoDelay, QString(), QString(), {u"504 Gateway Time-out"_s});
        row("503 HTML without content type or title", oai, openai, 503, {},
            QByteArray("  <html><body><h1>Service Unavailable</h1></body></html>"), mini, K::UpstreamUnavailable, true,
            kNoDelay, QString(), QString(), {u"with an HTML page instead"_s});
        row("HTML title with entities", oai, openai, 502, {{"content-type", "text/html"}},
            QByteArray("<html><head><title>\n  Bad &amp; broken &lt;gateway&gt;\n</title></head></html>"), mini,
            K::UpstreamUnavailable, true, kNoDelay, QString(), QString(), {u"\"Bad & broken <gateway>\""_s});
        row("HTML 429 from a gateway", oai, openai, 429, {{"content-type", "text/html"}, {"retry-after", "5"}},
            QByteArray("<html><head><title>429 Too Many Requests</title></head></html>"), mini, K::RateLimited, true,
            5.0, QString(), QString(), {u"Wait 5 s"_s});
        row("HTML 403 from a firewall", oai, openai, 403, {{"content-type", "text/html"}},
            QByteArray("<html><head><title>Attention Required! | Cloudflare</title></head></html>"), mini,
            K::InvalidResponse, false, kNoDelay, QString(), QString(), {u"Attention Required! | Cloudflare"_s});
        row("openai 429 server delay too long", oai, openai, 429, json({{"retry-after", "600"}}),
            openAiError(tpm, "tokens", "rate_limit_exceeded"), mini, K::RateLimited, false, 600.0,
            u"rate_limit_exceeded"_s, QString(), {u"Wait 10 min"_s, u"OpenAI asks to wait 10 min"_s});
        // A Retry-After no server means is ignored, never printed as "Wait -9223372036854775808 min".
        row("openai 429 absurd retry-after", oai, openai, 429,
            json({{"retry-after", "1" + QByteArray(40, '0')}, {"retry-after-ms", "1" + QByteArray(40, '0')}}),
            openAiError(tpm, "tokens", "rate_limit_exceeded"), mini, K::RateLimited, true, 7.0,
            u"rate_limit_exceeded"_s, QString(), {u"Wait 7 s"_s});
        row("openai 429 reset centuries away", oai, openai, 429,
            json({{"x-ratelimit-remaining-tokens", "0"}, {"x-ratelimit-reset-tokens", "99999999999999h"}}),
            openAiError(tpm, "tokens", "rate_limit_exceeded"), mini, K::RateLimited, false, 99999999999999.0 * 3600,
            u"rate_limit_exceeded"_s, QString(), {u"277777 h 47 min"_s});
        row("x-should-retry false wins", oai, openai, 429, json({{"x-should-retry", "false"}}),
            openAiError(tpm, "tokens", "rate_limit_exceeded"), mini, K::RateLimited, false, 7.0,
            u"rate_limit_exceeded"_s, QString(), {u"HTTP 429"_s});
        row("x-should-retry true wins", oai, openai, 400, json({{"x-should-retry", "true"}}),
            openAiError("Something odd.", "invalid_request_error", nullptr), mini, K::BadRequest, true, kNoDelay,
            u"invalid_request_error"_s, QString(), {u"Something odd."_s});
        row("520 without body", oai, openai, 520, {}, QByteArray(), mini, K::UpstreamUnavailable, true, kNoDelay,
            QString(), QString(), {u"HTTP 520"_s});
        row("408", oai, openai, 408, {}, QByteArray(), mini, K::Timeout, true, kNoDelay, QString(), QString(),
            {u"HTTP 408"_s});
        row("409", oai, openai, 409, json(), openAiError("Conflict.", "invalid_request_error", nullptr), mini,
            K::Server, true, kNoDelay, u"invalid_request_error"_s, QString(), {u"conflict"_s});
        row("422", oai, openai, 422, json(), openAiError("Bad field.", "invalid_request_error", nullptr), mini,
            K::BadRequest, false, kNoDelay, u"invalid_request_error"_s, QString(), {u"Bad field."_s});
        row("unexpected 302", oai, openai, 302, {}, QByteArray(), mini, K::InvalidResponse, false, kNoDelay, QString(),
            QString(), {u"unexpected HTTP status 302"_s});

        // ---- xAI ----------------------------------------------------------------------------------------------
        const Dialect xai = Dialect::Xai;
        const QString xaiName = u"xAI"_s;
        row("xai 400 incorrect key", xai, xaiName, 400, json(),
            QByteArray("{\"code\":\"Client specified an invalid argument\",\"error\":\"Incorrect API key provided: "
                       "xa***9Q. You can obtain an API key from https://console.x.ai.\"}"),
            u"grok-4"_s, K::Auth, false, kNoDelay, u"Client specified an invalid argument"_s, QString(),
            {u"xAI rejected the API key (HTTP 400). Store a new key for this provider."_s}, u"xa***9Q"_s);
        row("xai 401 missing key", xai, xaiName, 401, json(),
            QByteArray("{\"code\":\"Unauthenticated\",\"error\":\"No API key provided.\"}"), u"grok-4"_s, K::Auth,
            false, kNoDelay, u"Unauthenticated"_s, QString(), {u"xAI rejected the API key (HTTP 401)"_s});
        row("xai 403 no credits", xai, xaiName, 403, json(),
            QByteArray("{\"code\":\"The caller does not have permission to execute the specified operation\","
                       "\"error\":\"Your team does not have any credits or licenses yet. Purchase credits at "
                       "https://console.x.ai.\"}"),
            u"grok-4"_s, K::Quota, false, kNoDelay,
            u"The caller does not have permission to execute the specified operation"_s, QString(),
            {u"xAI: your quota is used up (HTTP 403)"_s});
        row("xai 404 model", xai, xaiName, 404, json(),
            QByteArray("{\"code\":\"Some requested entity was not found\",\"error\":\"The model grok-9 does not exist "
                       "or your team does not have access to it.\"}"),
            u"grok-9"_s, K::ModelNotFound, false, kNoDelay, u"Some requested entity was not found"_s, QString(),
            {u"xAI: model \"grok-9\" does not exist"_s});
        row("xai 422", xai, xaiName, 422, json(),
            QByteArray("{\"code\":\"Client specified an invalid argument\",\"error\":\"Failed to deserialize the JSON "
                       "body into the target type: messages[0]: missing field `role`\"}"),
            u"grok-4"_s, K::BadRequest, false, kNoDelay, u"Client specified an invalid argument"_s, QString(),
            {u"missing field `role`"_s});
        row("xai 429", xai, xaiName, 429, json(),
            QByteArray("{\"code\":\"Too many requests\",\"error\":\"Your team has hit its rate limit.\"}"), u"grok-4"_s,
            K::RateLimited, true, kNoDelay, u"Too many requests"_s, QString(),
            {u"xAI: rate limit reached (HTTP 429)"_s});

        // ---- Together -----------------------------------------------------------------------------------------
        const Dialect tog = Dialect::Together;
        const QString together = u"Together.ai"_s;
        const QString llama = u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s;
        row("together 400 model_not_available", tog, together, 400, json({{"x-request-id", "tg-req-1"}}),
            QByteArray(
                "{\"id\":\"8b43a5cfadf99e5c-SJC\",\"error\":{\"message\":\"Unable to access model "
                "meta-llama/Llama-9. Please visit https://api.together.ai/models to view the list of supported "
                "models.\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"model_not_available\"}}"),
            u"meta-llama/Llama-9"_s, K::ModelNotFound, false, kNoDelay, u"model_not_available"_s, u"tg-req-1"_s,
            {u"Together.ai: model \"meta-llama/Llama-9\" is not available (HTTP 400 model_not_available)"_s});
        row("together 404 model_not_found", tog, together, 404, json(),
            QByteArray("{\"id\":\"x\",\"error\":{\"message\":\"Model not found\",\"type\":\"invalid_request_error\","
                       "\"param\":null,\"code\":\"model_not_found\"}}"),
            llama, K::ModelNotFound, false, kNoDelay, u"model_not_found"_s, QString(),
            {u"does not exist or you have no access to it (HTTP 404)"_s});
        row("together dedicated endpoint not running", tog, together, 400, json(),
            QByteArray("{\"id\":\"x\",\"error\":{\"message\":\"The dedicated endpoint is not running.\",\"type\":"
                       "\"invalid_request_error\",\"param\":null,\"code\":\"dedicated_endpoint_not_running\"}}"),
            llama, K::ModelNotFound, false, kNoDelay, u"dedicated_endpoint_not_running"_s, QString(),
            {u"is not available"_s});
        row("together 401 with hex key echoed", tog, together, 401, json(),
            QByteArray("{\"id\":\"x\",\"error\":{\"message\":\"Invalid API key provided: "
                       "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\",\"type\":"
                       "\"invalid_request_error\",\"param\":null,\"code\":\"invalid_api_key\"}}"),
            llama, K::Auth, false, kNoDelay, u"invalid_api_key"_s, QString(),
            {u"Together.ai rejected the API key (HTTP 401)"_s}, u"0123456789abcdef0123456789abcdef"_s);
        row("together 429 with reset seconds", tog, together, 429,
            json({{"x-ratelimit-limit", "600"}, {"x-ratelimit-remaining", "0"}, {"x-ratelimit-reset", "2"}}),
            QByteArray("{\"id\":\"x\",\"error\":{\"message\":\"You have exceeded the rate limit.\",\"type\":"
                       "\"rate_limit_exceeded\",\"param\":null,\"code\":null}}"),
            llama, K::RateLimited, true, 2.0, u"rate_limit_exceeded"_s, QString(), {u"Wait 2 s"_s});
        row("together 503 overloaded", tog, together, 503, json(),
            QByteArray("{\"id\":\"x\",\"error\":{\"message\":\"The server is overloaded or not ready yet.\",\"type\":"
                       "\"server_error\",\"param\":null,\"code\":null}}"),
            llama, K::Overloaded, true, kNoDelay, u"server_error"_s, QString(), {u"Together.ai is overloaded"_s});
        row("together 524 Cloudflare", tog, together, 524, {{"content-type", "text/html"}},
            QByteArray("<html><head><title>api.together.xyz | 524: A timeout occurred</title></head></html>"), llama,
            K::UpstreamUnavailable, true, kNoDelay, QString(), QString(), {u"524: A timeout occurred"_s});

        // ---- Anthropic ----------------------------------------------------------------------------------------
        const Dialect ant = Dialect::Anthropic;
        const QString anthropic = u"Anthropic"_s;
        const QString sonnet = u"claude-sonnet-4-5"_s;
        const QString reqId = u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;
        row("anthropic 400 invalid_request_error", ant, anthropic, 400, json({{"request-id", "req_header"}}),
            anthropicError("invalid_request_error", "max_tokens: Field required"), sonnet, K::BadRequest, false,
            kNoDelay, u"invalid_request_error"_s, u"req_header"_s,
            {u"Anthropic rejected the request (HTTP 400)"_s, u"max_tokens: Field required"_s});
        row("anthropic 401 authentication_error", ant, anthropic, 401, json(),
            QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\",\"message\":\"invalid "
                       "x-api-key sk-ant-api03-AbCdEf0123456789-_xyzXYZ\",\"details\":null},\"request_id\":"
                       "\"req_011CSHoEeqs5C35K2UUqR7Fy\"}"),
            sonnet, K::Auth, false, kNoDelay, u"authentication_error"_s, reqId,
            {u"Anthropic rejected the API key (HTTP 401). Store a new key for this provider."_s}, u"sk-ant-api03"_s);
        row("anthropic 402 billing_error", ant, anthropic, 402, json(),
            anthropicError("billing_error", "Your credit balance is too low to access the Anthropic API."), sonnet,
            K::Quota, false, kNoDelay, u"billing_error"_s, reqId, {u"HTTP 402 billing_error"_s});
        row("anthropic 403 permission_error", ant, anthropic, 403, json(),
            anthropicError("permission_error", "Your API key does not have permission to use the specified resource."),
            sonnet, K::Auth, false, kNoDelay, u"permission_error"_s, reqId, {u"HTTP 403 permission_error"_s});
        row("anthropic 404 not_found_error", ant, anthropic, 404, json(),
            anthropicError("not_found_error", "model: claude-x"), u"claude-x"_s, K::ModelNotFound, false, kNoDelay,
            u"not_found_error"_s, reqId, {u"Anthropic: model \"claude-x\" does not exist"_s});
        row("anthropic 413 without top-level type", ant, anthropic, 413, json(),
            QByteArray("{\"error\":{\"type\":\"request_too_large\",\"message\":\"Request exceeds the maximum "
                       "size\"}}"),
            sonnet, K::TooLarge, false, kNoDelay, u"request_too_large"_s, QString(),
            {u"HTTP 413 request_too_large"_s, u"Request exceeds the maximum size"_s});
        row("anthropic 429 retry-after", ant, anthropic, 429, json({{"retry-after", "12"}, {"x-should-retry", "true"}}),
            anthropicError("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
            sonnet, K::RateLimited, true, 12.0, u"rate_limit_error"_s, reqId, {u"Wait 12 s"_s});
        row("anthropic 429 reset header", ant, anthropic, 429,
            json({{"anthropic-ratelimit-requests-remaining", "0"},
                  {"anthropic-ratelimit-requests-reset", "2025-08-21T12:41:00Z"},
                  {"anthropic-ratelimit-tokens-remaining", "5000"},
                  {"anthropic-ratelimit-tokens-reset", "2025-08-21T12:41:20Z"}}),
            anthropicError("rate_limit_error", "Rate limited"), sonnet, K::RateLimited, true, 30.0,
            u"rate_limit_error"_s, reqId, {u"Wait 30 s"_s});
        row("anthropic 500 api_error", ant, anthropic, 500, json(),
            anthropicError("api_error", "Internal server error"), sonnet, K::Server, true, kNoDelay, u"api_error"_s,
            reqId, {u"HTTP 500 api_error"_s});
        row("anthropic 504 timeout_error", ant, anthropic, 504, json(),
            anthropicError("timeout_error", "Request timed out"), sonnet, K::Timeout, true, kNoDelay,
            u"timeout_error"_s, reqId, {u"streaming"_s});
        row("anthropic 529 overloaded_error", ant, anthropic, 529, json({{"x-should-retry", "true"}}),
            anthropicError("overloaded_error", "Overloaded"), sonnet, K::Overloaded, true, kNoDelay,
            u"overloaded_error"_s, reqId, {u"Anthropic is overloaded (HTTP 529 overloaded_error)"_s});
        row("529 without body", ant, anthropic, 529, {}, QByteArray(), sonnet, K::Overloaded, true, kNoDelay, QString(),
            QString(), {u"HTTP 529"_s});

        // ---- Ollama -------------------------------------------------------------------------------------------
        const Dialect oll = Dialect::Ollama;
        const QString ollama = u"Ollama"_s;
        const HeaderMap ollamaJson{{"content-type", "application/json; charset=utf-8"}};
        row("ollama 404 current wording", oll, ollama, 404, ollamaJson, ollamaError("model 'llama9' not found"),
            u"llama9"_s, K::ModelNotFound, false, kNoDelay, QString(), QString(),
            {u"Ollama has no model \"llama9\" installed (HTTP 404)"_s, u"ollama pull llama9"_s});
        row("ollama 404 older wording", oll, ollama, 404, ollamaJson,
            ollamaError("model \\\"llama9\\\" not found, try pulling it first"), u"llama9"_s, K::ModelNotFound, false,
            kNoDelay, QString(), QString(), {u"ollama pull llama9"_s});
        row("ollama 404 unknown wording", oll, ollama, 404, ollamaJson, ollamaError("no such thing"), u"llama9"_s,
            K::ModelNotFound, false, kNoDelay, QString(), QString(), {u"ollama pull llama9"_s});
        row("ollama 503 busy", oll, ollama, 503, ollamaJson,
            ollamaError("server busy, please try again.  maximum pending requests exceeded"), u"llama3.2"_s,
            K::Overloaded, true, kNoDelay, QString(), QString(), {u"Ollama is overloaded (HTTP 503)"_s});
        row("ollama 400", oll, ollama, 400, ollamaJson, ollamaError("model is required"), QString(), K::BadRequest,
            false, kNoDelay, QString(), QString(), {u"model is required"_s});
        row("ollama 500", oll, ollama, 500, ollamaJson,
            ollamaError("llama runner process has terminated: signal: killed"), u"llama3.2"_s, K::Server, true,
            kNoDelay, QString(), QString(), {u"llama runner process has terminated"_s});
        row("ollama 502 cloud model", oll, ollama, 502, ollamaJson, ollamaError("remote model is unreachable"),
            u"gpt-oss:120b-cloud"_s, K::UpstreamUnavailable, true, kNoDelay, QString(), QString(),
            {u"remote model is unreachable"_s});
        row("ollama 499 cancelled", oll, ollama, 499, ollamaJson, ollamaError("context canceled"), u"llama3.2"_s,
            K::Cancelled, false, kNoDelay, QString(), QString(), {u"cancelled"_s});
        row("ollama /v1 404 OpenAI shape", oll, ollama, 404, ollamaJson,
            QByteArray("{\"error\":{\"message\":\"model \\\"llama9\\\" not found, try pulling it first\",\"type\":"
                       "\"api_error\",\"param\":null,\"code\":null}}"),
            u"llama9"_s, K::ModelNotFound, false, kNoDelay, u"api_error"_s, QString(), {u"ollama pull llama9"_s});

        // ---- Transformer Lab (FastChat) -----------------------------------------------------------------------
        const Dialect tl = Dialect::TransformerLab;
        const QString tlab = u"Transformer Lab"_s;
        const QString mistral = u"mistral-7b"_s;
        row("tlab 40301 lists loaded models", tl, tlab, 400, json(),
            fastChatError(40301, "Expected model: Llama-3.2-1B-Instruct&&Qwen2.5-7B-Instruct. Your model: mistral-7b"),
            mistral, K::ModelNotLoaded, false, kNoDelay, u"40301"_s, QString(),
            {u"Transformer Lab has no model \"mistral-7b\" running (loaded: Llama-3.2-1B-Instruct, "
             u"Qwen2.5-7B-Instruct). Start that model in Transformer Lab or choose a loaded one."_s});
        row("tlab 40301 nothing loaded", tl, tlab, 400, json(),
            fastChatError(40301, "Expected model: . Your model: mistral-7b"), QString(), K::ModelNotLoaded, false,
            kNoDelay, u"40301"_s, QString(),
            {u"Transformer Lab has no model \"mistral-7b\" running (no model is loaded)."_s});
        row("tlab 40303 context", tl, tlab, 400, json(),
            fastChatError(40303, "This model's maximum context length is 2048 tokens. However, you requested 3000 "
                                 "tokens (1000 in the messages, 2000 in the completion)."),
            mistral, K::TooLarge, false, kNoDelay, u"40303"_s, QString(),
            {u"context window (HTTP 400 code 40303)"_s, u"maximum context length is 2048"_s});
        row("tlab 40101", tl, tlab, 400, json(), fastChatError(40101, "Invalid API key"), mistral, K::Auth, false,
            kNoDelay, u"40101"_s, QString(), {u"Transformer Lab rejected the API key"_s});
        row("tlab 40102", tl, tlab, 400, json(), fastChatError(40102, "No API key"), mistral, K::Auth, false, kNoDelay,
            u"40102"_s, QString(), {u"Transformer Lab rejected the API key"_s});
        row("tlab 42901", tl, tlab, 400, json(), fastChatError(42901, "Rate limit"), mistral, K::RateLimited, true,
            kNoDelay, u"42901"_s, QString(), {u"rate limit reached"_s});
        row("tlab 42902", tl, tlab, 400, json(), fastChatError(42902, "Quota exceeded"), mistral, K::Quota, false,
            kNoDelay, u"42902"_s, QString(), {u"quota is used up"_s});
        row("tlab 42903", tl, tlab, 400, json(), fastChatError(42903, "Engine overloaded"), mistral, K::Overloaded,
            true, kNoDelay, u"42903"_s, QString(), {u"Transformer Lab is overloaded"_s});
        row("tlab 50001", tl, tlab, 400, json(), fastChatError(50001, "Internal error"), mistral, K::Server, true,
            kNoDelay, u"50001"_s, QString(), {u"internal error"_s});
        row("tlab 50002 GPU", tl, tlab, 400, json(), fastChatError(50002, "CUDA out of memory"), mistral, K::Server,
            true, kNoDelay, u"50002"_s, QString(), {u"GPU memory"_s});
        row("tlab 50006 no worker", tl, tlab, 400, json(), fastChatError(50006, "Controller timeout"), mistral,
            K::Server, true, kNoDelay, u"50006"_s, QString(), {u"no model worker"_s});
        row("tlab 40001 validation", tl, tlab, 400, json(),
            fastChatError(40001, "1 validation error: messages field required"), mistral, K::BadRequest, false,
            kNoDelay, u"40001"_s, QString(), {u"messages field required"_s});
        row("tlab 40302 out of range", tl, tlab, 400, json(),
            fastChatError(40302, "3.5 is greater than the maximum of 2 - 'temperature'"), mistral, K::BadRequest, false,
            kNoDelay, u"40302"_s, QString(), {u"'temperature'"_s});
        row("tlab 401 detail wrapper", tl, tlab, 401, json(),
            QByteArray("{\"detail\":{\"error\":{\"message\":\"\",\"type\":\"invalid_request_error\",\"param\":null,"
                       "\"code\":\"invalid_api_key\"}}}"),
            mistral, K::Auth, false, kNoDelay, u"invalid_api_key"_s, QString(),
            {u"Transformer Lab rejected the API key (HTTP 401). Store a new key for this provider."_s});
        row("tlab 500 plain text", tl, tlab, 500, {{"content-type", "text/plain; charset=utf-8"}},
            QByteArray("Internal Server Error"), mistral, K::Server, true, kNoDelay, QString(), QString(),
            {u"Transformer Lab had an internal error (HTTP 500)"_s, u"\"Internal Server Error\""_s});
        row("tlab 404 no OpenAI endpoint", tl, tlab, 404, json(), QByteArray("{\"detail\":\"Not Found\"}"), mistral,
            K::InvalidResponse, false, kNoDelay, QString(), QString(),
            {u"this Transformer Lab version has no OpenAI-compatible endpoint"_s});

        // ---- Other OpenAI-compatible servers -------------------------------------------------------------------
        const Dialect gen = Dialect::OpenAiCompatible;
        const QString vllm = u"My vLLM"_s;
        row("vllm 404 model", gen, vllm, 404, json(),
            QByteArray("{\"object\":\"error\",\"message\":\"The model `qwen` does not exist.\",\"type\":"
                       "\"NotFoundError\",\"param\":null,\"code\":404}"),
            u"qwen"_s, K::ModelNotFound, false, kNoDelay, u"404"_s, QString(), {u"My vLLM: model \"qwen\""_s});
        row("generic 404 endpoint", gen, vllm, 404, json(), QByteArray("{\"detail\":\"Not Found\"}"), u"qwen"_s,
            K::InvalidResponse, false, kNoDelay, QString(), QString(), {u"Check the base URL"_s});
        row("generic 404 HTML", gen, vllm, 404, {{"content-type", "text/html"}},
            QByteArray("<html><head><title>404 Not Found</title></head></html>"), u"qwen"_s, K::InvalidResponse, false,
            kNoDelay, QString(), QString(), {u"404 Not Found"_s, u"Check the base URL"_s});
        row("FastChat code on a generic server", gen, vllm, 400, json(), fastChatError(42901, "Rate limit"), u"qwen"_s,
            K::RateLimited, true, kNoDelay, u"42901"_s, QString(), {u"My vLLM: rate limit reached"_s});
        row("FastAPI 422 validation", gen, vllm, 422, json(),
            QByteArray("{\"detail\":[{\"loc\":[\"body\",\"messages\"],\"msg\":\"field required\",\"type\":"
                       "\"value_error.missing\"}]}"),
            u"qwen"_s, K::BadRequest, false, kNoDelay, u"value_error.missing"_s, QString(), {u"field required"_s});
    }
    void http()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(HeaderMap, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, model);
        QFETCH(ErrorKind, kind);
        QFETCH(bool, retryable);
        QFETCH(double, retryAfter);
        QFETCH(QString, code);
        QFETCH(QString, requestId);
        QFETCH(QStringList, contains);
        QFETCH(QString, secret);

        const ProviderError e = classifyHttpFailure(dialect, provider, status, headers, body, model, kNow);
        const QByteArray why = e.message.toUtf8();
        QCOMPARE(errorKindName(e.kind), errorKindName(kind));
        QVERIFY(e.isError());
        QVERIFY2(e.retryable == retryable, why.constData());
        QCOMPARE(e.httpStatus, status);
        if (retryAfter < 0) {
            QVERIFY2(!e.retryAfterSeconds.has_value(), qPrintable(QString::number(e.retryAfterSeconds.value_or(0))));
        } else {
            QVERIFY(e.retryAfterSeconds.has_value());
            QCOMPARE(*e.retryAfterSeconds, retryAfter);
        }
        QCOMPARE(e.providerCode, code);
        QCOMPARE(e.requestId, requestId);
        QVERIFY2(e.message.contains(provider), why.constData());
        for (const QString &fragment : contains)
            QVERIFY2(e.message.contains(fragment), qPrintable(u"missing \""_s + fragment + u"\" in: "_s + e.message));
        QVERIFY2(!e.message.contains(u'<') || e.message.contains(u"<gateway>"), why.constData()); // no HTML dumped
        QVERIFY2(!e.message.contains(u'\n'), why.constData());
        QVERIFY2(e.message.size() < 700, why.constData());
        if (!secret.isEmpty()) {
            QVERIFY2(!e.message.contains(secret), why.constData());
            QVERIFY2(e.message.contains(u"[redacted]"_s), why.constData());
        }
    }

    void providerNameFallsBack()
    {
        const ProviderError e =
            classifyHttpFailure(Dialect::Anthropic, QString(), 529, {}, QByteArray(), QString(), kNow);
        QVERIFY2(e.message.startsWith(u"Anthropic is overloaded"_s), qPrintable(e.message));
    }

    // Found by fuzzing: a reset header of 90 digits made the delay in the message overflow (undefined behaviour,
    // "-9223372036854775808 min"). The reproducer is tests/fuzz/corpus/providererrors/crash-huge-reset.txt.
    void hugeServerDelaysStayReadable()
    {
        const QByteArray huge = QByteArray(90, '3') + "12ms";
        const ProviderError e = classifyHttpFailure(Dialect::OpenAi, u"OpenAI"_s, 429,
                                                    {{"x-ratelimit-reset-requests", huge}, {"retry-after", "1e300"}},
                                                    QByteArray(), QString(), kNow);
        QCOMPARE(e.kind, ErrorKind::RateLimited);
        QVERIFY2(!e.message.contains(u'-'), qPrintable(e.message));
        QVERIFY2(e.message.contains(u" h"_s), qPrintable(e.message));
    }

    void requestIdSources()
    {
        const QByteArray body = anthropicError("api_error", "x");
        QCOMPARE(classifyHttpFailure(Dialect::Anthropic, u"Anthropic"_s, 500,
                                     {{"x-request-id", "a"}, {"request-id", "b"}}, body, QString(), kNow)
                     .requestId,
                 u"a"_s);
        QCOMPARE(
            classifyHttpFailure(Dialect::Anthropic, u"Anthropic"_s, 500, {{"request-id", "b"}}, body, QString(), kNow)
                .requestId,
            u"b"_s);
        QCOMPARE(classifyHttpFailure(Dialect::Anthropic, u"Anthropic"_s, 500, {}, body, QString(), kNow).requestId,
                 u"req_011CSHoEeqs5C35K2UUqR7Fy"_s);
    }

    void longTextsAreShortened()
    {
        const QByteArray longMessage(1000, 'a');
        const ProviderError e = classifyHttpFailure(
            Dialect::OpenAi, u"OpenAI"_s, 400, json(),
            openAiError(longMessage.constData(), "invalid_request_error", nullptr), QString(), kNow);
        QVERIFY2(e.message.size() < 450, qPrintable(e.message));
        QVERIFY(e.message.contains(QChar(0x2026)));

        const QByteArray page = "<html><head><title>" + QByteArray(300, 't') + "</title></head><body>" +
                                QByteArray(100000, 'b') + "</body></html>";
        const ProviderError h = classifyHttpFailure(Dialect::OpenAi, u"OpenAI"_s, 502, {{"content-type", "text/html"}},
                                                    page, QString(), kNow);
        QCOMPARE(errorKindName(h.kind), errorKindName(ErrorKind::UpstreamUnavailable));
        QVERIFY2(h.message.size() < 400, qPrintable(h.message));
        QVERIFY(!h.message.contains(u"bbbb"_s));
    }

    void stream_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<bool>("textShown"); // whether text had arrived: a transient failure is retryable either way
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("contains");

        using K = ErrorKind;
        const QByteArray openAiServer = "{\"error\":{\"message\":\"The server had an error while processing your "
                                        "request. Sorry about that!\",\"type\":\"server_error\",\"param\":null,"
                                        "\"code\":null}}";
        QTest::newRow("openai server_error before text")
            << Dialect::OpenAi << u"OpenAI"_s << openAiServer << false << K::Server << true << u"server_error"_s
            << u"Retrying usually helps."_s;
        QTest::newRow("openai server_error after text")
            << Dialect::OpenAi << u"OpenAI"_s << openAiServer << true << K::Server << true << u"server_error"_s
            << u"Retrying usually helps"_s;
        QTest::newRow("openai rate limit")
            << Dialect::OpenAi << u"OpenAI"_s
            << QByteArray("{\"error\":{\"message\":\"Rate limit reached\",\"type\":"
                          "\"tokens\",\"code\":\"rate_limit_exceeded\"}}")
            << false << K::RateLimited << true << u"rate_limit_exceeded"_s << u"Rate limit reached"_s;
        QTest::newRow("openai key in stream error")
            << Dialect::OpenAi << u"OpenAI"_s
            << QByteArray("{\"error\":{\"message\":\"Incorrect API key provided: sk-proj-AbCdEf0123456789xyz\","
                          "\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}")
            << false << K::Auth << false << u"invalid_api_key"_s << u"[redacted]"_s;
        QTest::newRow("together invalid request")
            << Dialect::Together << u"Together.ai"_s
            << QByteArray("{\"error\":{\"message\":\"Input validation error\",\"type\":\"invalid_request_error\","
                          "\"param\":null,\"code\":null}}")
            << false << K::BadRequest << false << u"invalid_request_error"_s << u"Input validation error"_s;
        const QByteArray overloaded =
            "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}";
        QTest::newRow("anthropic overloaded before text")
            << Dialect::Anthropic << u"Anthropic"_s << overloaded << false << K::Overloaded << true
            << u"overloaded_error"_s << u"Anthropic stopped the answer"_s;
        QTest::newRow("anthropic overloaded after text")
            << Dialect::Anthropic << u"Anthropic"_s << overloaded << true << K::Overloaded << true
            << u"overloaded_error"_s << u"Retrying usually helps"_s;
        QTest::newRow("anthropic api_error")
            << Dialect::Anthropic << u"Anthropic"_s
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"api_error\","
                          "\"message\":\"Internal server error\"}}")
            << false << K::Server << true << u"api_error"_s << u"Internal server error"_s;
        QTest::newRow("anthropic invalid_request_error")
            << Dialect::Anthropic << u"Anthropic"_s
            << QByteArray("{\"type\":\"error\",\"error\":{\"type\":\"invalid_request_error\",\"message\":\"bad\"}}")
            << false << K::BadRequest << false << u"invalid_request_error"_s << u"bad"_s;
        QTest::newRow("ollama model not found")
            << Dialect::Ollama << u"Ollama"_s << QByteArray("{\"error\":\"model 'x' not found\"}") << false
            << K::ModelNotFound << false << QString() << u"model 'x' not found"_s;
        QTest::newRow("ollama runner failure")
            << Dialect::Ollama << u"Ollama"_s
            << QByteArray("{\"error\":\"an error was encountered while running the model: CUDA error\"}") << false
            << K::Server << true << QString() << u"CUDA error"_s;
        QTest::newRow("ollama busy") << Dialect::Ollama << u"Ollama"_s
                                     << QByteArray("{\"error\":\"server busy, please try again.  maximum pending "
                                                   "requests exceeded\"}")
                                     << false << K::Overloaded << true << QString() << u"server busy"_s;
        const QByteArray tlTraffic = "{\"error_code\": 50002, \"text\": \"**NETWORK ERROR DUE TO HIGH TRAFFIC. PLEASE "
                                     "REGENERATE OR REFRESH THIS PAGE.**\\n\\n(CUDA out of memory)\"}";
        QTest::newRow("tlab 50002 before text") << Dialect::TransformerLab << u"Transformer Lab"_s << tlTraffic << false
                                                << K::Server << true << u"50002"_s << u"HIGH TRAFFIC"_s;
        QTest::newRow("tlab 50002 after text") << Dialect::TransformerLab << u"Transformer Lab"_s << tlTraffic << true
                                               << K::Server << true << u"50002"_s << u"Retrying usually helps"_s;
        QTest::newRow("tlab 40303") << Dialect::TransformerLab << u"Transformer Lab"_s
                                    << QByteArray("{\"error_code\": 40303, \"text\": \"too long\"}") << false
                                    << K::TooLarge << false << u"40303"_s << u"fewer rows"_s;
        QTest::newRow("xai string error")
            << Dialect::Xai << u"xAI"_s << QByteArray("{\"code\":\"Internal\",\"error\":\"stream failed\"}") << false
            << K::Server << true << QString() << u"stream failed"_s;
        // Not errors.
        QTest::newRow("tlab error_code 0")
            << Dialect::TransformerLab << u"Transformer Lab"_s << QByteArray("{\"error_code\": 0, \"text\": \"hello\"}")
            << false << K::None << false << QString() << QString();
        QTest::newRow("openai content chunk")
            << Dialect::OpenAi << u"OpenAI"_s
            << QByteArray("{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hi\"}}],\"usage\":null}")
            << false << K::None << false << QString() << QString();
        QTest::newRow("anthropic delta") << Dialect::Anthropic << u"Anthropic"_s
                                         << QByteArray("{\"type\":\"content_block_delta\",\"index\":0,\"delta\":{"
                                                       "\"type\":\"text_delta\",\"text\":\"error\"}}")
                                         << false << K::None << false << QString() << QString();
        QTest::newRow("ollama null error")
            << Dialect::Ollama << u"Ollama"_s << QByteArray("{\"error\":null,\"done\":false}") << false << K::None
            << false << QString() << QString();
        QTest::newRow("openai null error")
            << Dialect::OpenAi << u"OpenAI"_s << QByteArray("{\"id\":\"c\",\"choices\":[],\"error\":null}") << false
            << K::None << false << QString() << QString();
        QTest::newRow("openai empty error") << Dialect::OpenAi << u"OpenAI"_s << QByteArray("{\"error\":\"\"}") << false
                                            << K::None << false << QString() << QString();
    }
    void stream()
    {
        QFETCH(Dialect, dialect);
        QFETCH(QString, provider);
        QFETCH(QByteArray, payload);
        QFETCH(ErrorKind, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, code);
        QFETCH(QString, contains);

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(payload, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const ProviderError e = classifyStreamError(dialect, provider, doc.object());
        QCOMPARE(errorKindName(e.kind), errorKindName(kind));
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.providerCode, code);
        QCOMPARE(e.httpStatus, 0);
        if (kind == ErrorKind::None) {
            QVERIFY(e.message.isEmpty());
            return;
        }
        QVERIFY2(e.message.contains(provider), qPrintable(e.message));
        QVERIFY2(e.message.contains(contains), qPrintable(e.message));
        QVERIFY2(!e.message.contains(u"sk-proj"_s), qPrintable(e.message));
    }

    void network_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<QString>("contains");
        QTest::addColumn<QString>("mustNotContain");

        using K = ErrorKind;
        QTest::newRow("ollama not running")
            << u"Ollama"_s << int(QNetworkReply::ConnectionRefusedError) << u"Connection refused"_s
            << QUrl(u"http://localhost:11434/api/chat"_s) << K::Network << true
            << u"Nothing is listening at http://localhost:11434. Is Ollama running?"_s << u"/api/chat"_s;
        QTest::newRow("transformer lab not running")
            << u"Transformer Lab"_s << int(QNetworkReply::ConnectionRefusedError) << u"Connection refused"_s
            << QUrl(u"http://127.0.0.1:8338/v1/chat/completions"_s) << K::Network << true
            << u"Nothing is listening at http://127.0.0.1:8338. Is Transformer Lab running?"_s << QString();
        QTest::newRow("IPv6 loopback") << u"Ollama"_s << int(QNetworkReply::ConnectionRefusedError)
                                       << u"Connection refused"_s << QUrl(u"http://[::1]:11434/api/chat"_s)
                                       << K::Network << true << u"Nothing is listening at http://[::1]:11434"_s
                                       << QString();
        QTest::newRow("remote refused") << u"OpenAI"_s << int(QNetworkReply::ConnectionRefusedError)
                                        << u"Connection refused"_s << QUrl(u"https://api.openai.com/v1"_s) << K::Network
                                        << true << u"OpenAI refused the connection"_s << u"Nothing is listening"_s;
        QTest::newRow("host not found") << u"OpenAI"_s << int(QNetworkReply::HostNotFoundError)
                                        << u"Host api.opnai.com not found"_s << QUrl(u"https://api.opnai.com/v1"_s)
                                        << K::Network << true << u"\"api.opnai.com\" could not be found"_s << QString();
        QTest::newRow("timeout") << u"Anthropic"_s << int(QNetworkReply::TimeoutError) << u"Operation timed out"_s
                                 << QUrl(u"https://api.anthropic.com/v1/messages"_s) << K::Timeout << true
                                 << u"did not answer in time"_s << QString();
        QTest::newRow("cancelled is not a timeout")
            << u"Anthropic"_s << int(QNetworkReply::OperationCanceledError) << u"Operation canceled"_s
            << QUrl(u"https://api.anthropic.com/v1/messages"_s) << K::Cancelled << false << u"cancelled"_s << u"time"_s;
        QTest::newRow("TLS") << u"My server"_s << int(QNetworkReply::SslHandshakeFailedError)
                             << u"SSL handshake failed: The certificate is self-signed, and untrusted"_s
                             << QUrl(u"https://10.0.0.5:8443/v1"_s) << K::Network << true
                             << u"secure connection to https://10.0.0.5:8443 failed"_s << QString();
        QTest::newRow("remote closed") << u"Together.ai"_s << int(QNetworkReply::RemoteHostClosedError)
                                       << u"Connection closed"_s << QUrl(u"https://api.together.xyz/v1"_s) << K::Network
                                       << true << u"closed the connection"_s << QString();
        QTest::newRow("network down") << u"xAI"_s << int(QNetworkReply::TemporaryNetworkFailureError)
                                      << u"Network unreachable"_s << QUrl(u"https://api.x.ai/v1"_s) << K::Network
                                      << true << u"network is not available"_s << QString();
        QTest::newRow("insecure redirect")
            << u"My server"_s << int(QNetworkReply::InsecureRedirectError) << u"Insecure redirect"_s
            << QUrl(u"https://example.com/v1"_s) << K::Insecure << false << u"https to plain http"_s << QString();
        QTest::newRow("redirect loop") << u"My server"_s << int(QNetworkReply::TooManyRedirectsError)
                                       << u"Too many redirects"_s << QUrl(u"https://example.com/v1"_s)
                                       << K::InvalidResponse << false << u"redirected too many times"_s << QString();
        QTest::newRow("proxy credentials")
            << u"OpenAI"_s << int(QNetworkReply::ProxyAuthenticationRequiredError) << u"Proxy requires authentication"_s
            << QUrl(u"https://api.openai.com"_s) << K::Network << false << u"proxy"_s << QString();
        QTest::newRow("protocol failure")
            << u"OpenAI"_s << int(QNetworkReply::ProtocolFailure) << u"HTTP/2 stream reset"_s
            << QUrl(u"https://api.openai.com/v1"_s) << K::Network << true << u"HTTP/2 stream reset"_s << QString();
        QTest::newRow("credentials in the URL stay out")
            << u"My server"_s << int(QNetworkReply::UnknownNetworkError)
            << u"Error transferring https://user:pw@api.example.com/v1/chat?key=sk-secret12345678 - failed"_s
            << QUrl(u"https://user:pw@api.example.com/v1/chat?key=sk-secret12345678"_s) << K::Network << true
            << u"https://api.example.com"_s << u"sk-secret"_s;
    }
    void network()
    {
        QFETCH(QString, provider);
        QFETCH(int, code);
        QFETCH(QString, errorString);
        QFETCH(QUrl, url);
        QFETCH(ErrorKind, kind);
        QFETCH(bool, retryable);
        QFETCH(QString, contains);
        QFETCH(QString, mustNotContain);

        const ProviderError e = networkFailure(provider, code, errorString, url);
        QCOMPARE(errorKindName(e.kind), errorKindName(kind));
        QCOMPARE(e.retryable, retryable);
        QCOMPARE(e.httpStatus, 0);
        QVERIFY2(e.message.contains(provider), qPrintable(e.message));
        QVERIFY2(e.message.contains(contains), qPrintable(e.message));
        if (!mustNotContain.isEmpty())
            QVERIFY2(!e.message.contains(mustNotContain), qPrintable(e.message));
        QVERIFY2(!e.message.contains(u"pw@"_s), qPrintable(e.message));
    }

    void scrub_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");

        QTest::newRow("OpenAI masked echo")
            << u"Incorrect API key provided: sk-abc12***************************wxyz. You can find it."_s
            << u"Incorrect API key provided: [redacted]. You can find it."_s;
        QTest::newRow("OpenAI project key")
            << u"key sk-proj-AbCdEf0123456789AbCdEf0123456789_-xy leaked"_s << u"key [redacted] leaked"_s;
        QTest::newRow("Anthropic key") << u"x-api-key: sk-ant-api03-AbCdEf0123456789-xyz_ABC"_s
                                       << u"x-api-key: [redacted]"_s;
        QTest::newRow("xAI key") << u"(xai-AbCdEf0123456789AbCdEf)"_s << u"([redacted])"_s;
        QTest::newRow("xAI masked echo") << u"Incorrect API key provided: xa***9Q."_s
                                         << u"Incorrect API key provided: [redacted]."_s;
        QTest::newRow("Together key") << u"tgp_v1_AbCdEf0123456789abcdef"_s << u"[redacted]"_s;
        QTest::newRow("Bearer") << u"Authorization: Bearer abcdefghijklmnop1234"_s
                                << u"Authorization: Bearer [redacted]"_s;
        QTest::newRow("bearer lower-case") << u"bearer eyJhbGciOi.eyJzdWIi.SflKxwRJ"_s << u"bearer [redacted]"_s;
        QTest::newRow("hex run") << u"hash 0123456789abcdef0123456789abcdef end"_s << u"hash [redacted] end"_s;
        QTest::newRow("base64 run") << u"token QWxhZGRpbjpvcGVuIHNlc2FtZQ9876543210abcd== here"_s
                                    << u"token [redacted] here"_s;
        QTest::newRow("several") << u"sk-aaaaaaaaaaaa and xai-bbbbbbbbbbbb"_s << u"[redacted] and [redacted]"_s;
        // Left alone.
        const QStringList keep = {u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s,
                                  u"Qwen2-VL-72B-Instruct-AWQ-fixed-quant-v2"_s,
                                  u"task-runner and sk-learn"_s,
                                  u"https://platform.openai.com/account/api-keys"_s,
                                  u"req_011CSHoEeqs5C35K2UUqR7Fy"_s,
                                  u"dedicated_endpoint_not_running"_s,
                                  u"**NETWORK ERROR DUE TO HIGH TRAFFIC.**"_s,
                                  u"Bearer token missing"_s,
                                  u"The model `gpt-4o-mini-2024-07-18` does not exist"_s,
                                  u"deadbeef"_s,
                                  QString()};
        for (const QString &k : keep)
            QTest::newRow(qPrintable(u"keep: "_s + k)) << k << k;
    }
    void scrub()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(scrubSecrets(input), expected);
    }

    // Randomised keys of every provider's shape in random surroundings (runs of "_" and "-", quotes, JSON, URLs,
    // masked echoes): the secret part never survives. Seeded, so a failure repeats; the seed is in the message.
    void scrubFuzz()
    {
        const QStringList prefixes{u"sk-"_s,  u"sk-proj-"_s, u"sk-ant-api03-"_s, u"xai-"_s,
                                   u"gsk_"_s, u"tgp_v1_"_s,  u"sess-"_s,         QString()};
        const QString alphabet = u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"_s;
        const QStringList before{
            u""_s,           u" "_s,   u"_"_s,       u"___"_s, u"--------"_s, u"_-_-_-"_s, u"\""_s,
            u"key="_s,       u"?k="_s, u"Bearer "_s, u"("_s,   u"'"_s,        u"\n"_s,     u"__________________"_s,
            u"x-api-key: "_s};
        const QStringList after{u""_s, u" "_s, u"_"_s, u"---"_s, u"\""_s, u"."_s, u")"_s, u"&x=1"_s, u"\n"_s};
        for (int round = 0; round < 20000; ++round) {
            QRandomGenerator rng(quint32(0xC0FFEE + round));
            const QString &prefix = prefixes.at(rng.bounded(prefixes.size()));
            QString secret;
            const int length = 32 + rng.bounded(40);
            // A realistic key: letters and digits, never only letters; keys with a known prefix (sk-proj-...) also
            // carry a dash or underscore inside now and then. Keys of no known shape are caught as long runs.
            for (int i = 0; i < length; ++i) {
                if (!prefix.isEmpty() && i > 0 && i < length - 1 && rng.bounded(12) == 0)
                    secret += rng.bounded(2) ? u'-' : u'_';
                else
                    secret += alphabet.at(rng.bounded(alphabet.size()));
            }
            secret[rng.bounded(length / 2)] = QLatin1Char('0' + char(rng.bounded(10)));
            secret[length / 2 + rng.bounded(length / 2)] = QLatin1Char('a' + char(rng.bounded(26)));
            const QString key = prefix + secret;
            const QString text = u"Error: "_s + before.at(rng.bounded(before.size())) + key +
                                 after.at(rng.bounded(after.size())) + u" please check."_s;
            const QString clean = scrubSecrets(text);
            // No 12 characters in a row of the secret may survive.
            for (int i = 0; i + 12 <= secret.size(); ++i) {
                const QString piece = secret.mid(i, 12);
                if (clean.contains(piece))
                    QFAIL(qPrintable(u"round %1: \"%2\" survived in \"%3\""_s.arg(round).arg(piece, clean)));
            }
            // And with the key known, even a key of no known shape is gone, whole or by its last 16 characters.
            const QString known = scrubSecrets(u"id "_s + key.right(16) + u" / "_s + key, key);
            QVERIFY2(!known.contains(key.right(16)), qPrintable(known));
            QVERIFY(!scrubIdentifier(u"req_"_s + key, key).contains(key.right(16)));
        }
    }
};

QTEST_GUILESS_MAIN(TestProviderErrors)
#include "tst_providererrors.moc"
