// Ready-made provider responses for ProviderTestServer: the exact bytes (field order, layout, escapes, headers)
// each provider sends, per /work/shared/PROTOCOLS.md. Streams are cut at event boundaries with a 1 ms pause
// between events, so clients see deltas arrive one by one; change `chunking` / `chunkDelayMs` on the result to
// split them differently.
#pragma once

#include "support/providertestserver.h"
#include "support/wirejson.h"

#include <QStringList>

#include <optional>

namespace candor::test::wire {
using namespace Qt::StringLiterals;

struct Usage
{
    int input = 12;
    int output = 34;
    int cachedInput = 0;
    int reasoning = 0;
};

// ----------------------------------------------------------------------------------------------------------- //
// Generic

// One streamed response: `events` are the complete wire units (SSE events incl. their blank line, or NDJSON
// lines); each becomes its own piece.
ScriptedResponse streamOf(const QList<QByteArray> &events, const QByteArray &contentType, int chunkDelayMs = 1);
ScriptedResponse jsonResponse(int status, const QByteArray &body, const HeaderList &extraHeaders = {});
ScriptedResponse textResponse(int status, const QByteArray &body, const QByteArray &contentType = "text/plain");
// nginx-style HTML error page as proxies and CDNs send it (502, 503, 504, ...).
ScriptedResponse htmlProxyError(int status = 502);
ScriptedResponse redirect(int status, const QByteArray &location);

enum class Dialect
{
    OpenAi,
    Anthropic,
    Ollama
};
// A valid stream of about `totalBytes` body bytes (SSE or NDJSON), generated lazily piece by piece; it ends
// properly ([DONE] / message_stop / done:true). Its text is the word "lorem " repeated.
ScriptedResponse hugeStream(Dialect dialect, qint64 totalBytes);
// A stream that never ends: keep-alives and small deltas every `intervalMs` until the client disconnects.
ScriptedResponse endlessStream(Dialect dialect, int intervalMs = 5);

// The delivery modes a wire conformance case goes through: the whole body in one write, one byte per write, random
// cuts, and CRLF line ends (randomly cut too). Named "whole", "one byte", "random cuts", "crlf".
QList<QPair<QByteArray, ScriptedResponse>> deliveryModes(const ScriptedResponse &response);

// SSE framing: "event: <event>\n" (if any) + one "data: " line per line of `data` + blank line.
QByteArray sseEvent(const QByteArray &data, const QByteArray &event = {});

// Reference decoders for tests of the builders themselves (the connectors have their own).
struct SseEvent
{
    QByteArray event;
    QByteArray data; // data lines joined with \n, trailing spaces kept
};
QList<SseEvent> parseSse(const QByteArray &body); // LF, CRLF or CR line ends; comments ignored
QList<QByteArray> parseNdjson(const QByteArray &body);
QByteArray wholeBody(const ScriptedResponse &response, qint64 limit = 64 * 1024 * 1024); // body + generator

// ----------------------------------------------------------------------------------------------------------- //
// OpenAI Chat Completions (also the base shape for xAI, Together and Transformer Lab)

struct OpenAiRateLimit
{
    int limitRequests = 5000;
    int limitTokens = 4000000;
    int remainingRequests = 4999;
    int remainingTokens = 3999850;
    QByteArray resetRequests = "12ms"; // Go-style durations
    QByteArray resetTokens = "2ms";
};
HeaderList openAiRateLimitHeaders(const OpenAiRateLimit &limits = {});

struct OpenAiOptions
{
    QByteArray model = "gpt-4o-mini-2024-07-18"; // the resolved snapshot, as the API answers
    QByteArray id = "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT";
    qint64 created = 1741569952;
    QByteArray finishReason = "stop";
    Usage usage;
    QByteArray requestId = "req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b";
    QByteArray systemFingerprint = "fp_06737a9306";
    QByteArray serviceTier = "default";
    std::optional<OpenAiRateLimit> rateLimit = OpenAiRateLimit{};
    bool includeUsage = true; // streams: stream_options.include_usage (usage:null per chunk + a usage chunk)
    bool obfuscation = false; // streams: the random padding field
    HeaderList extraHeaders;
};

ScriptedResponse openAiChat(const QString &text, const OpenAiOptions &options = {});
ScriptedResponse openAiStream(const QStringList &pieces, const OpenAiOptions &options = {});
// content:null + refusal (structured outputs).
ScriptedResponse openAiRefusal(const QString &refusal = u"I'm sorry, I can't help with that."_s,
                               const OpenAiOptions &options = {});
ScriptedResponse openAiRefusalStream(const QStringList &pieces, const OpenAiOptions &options = {});
ScriptedResponse openAiEmptyChoices(const OpenAiOptions &options = {});
// Role chunk, content chunks, then data: {"error":{...}} and the end of the body without [DONE].
ScriptedResponse openAiMidStreamError(
    const QStringList &piecesBefore,
    const QString &message = u"The server had an error while processing your request. Sorry about that!"_s,
    const QByteArray &type = "server_error", const QByteArray &code = {}, const OpenAiOptions &options = {});
// Role chunk and content chunks; no finish_reason, no usage, no [DONE] (the body ends cleanly).
ScriptedResponse openAiTruncatedStream(const QStringList &pieces, const OpenAiOptions &options = {});
// {"error":{"message","type","param","code"}}; an empty code/param is written as null.
ScriptedResponse openAiError(int status, const QByteArray &type, const QByteArray &code, const QString &message,
                             const HeaderList &extraHeaders = {}, const QByteArray &param = {});

enum class OpenAiFailure
{
    InvalidApiKey,             // 401 invalid_api_key
    ModelNotFound,             // 404 model_not_found
    RateLimited,               // 429 rate_limit_exceeded, "Please try again in 1.34s.", x-ratelimit-* exhausted
    InsufficientQuota,         // 429 insufficient_quota (not retryable)
    RequestTooLarge,           // 429 "Request too large for ..." (not retryable)
    ContextLengthExceeded,     // 400 context_length_exceeded
    UnsupportedParameter,      // 400 unsupported_parameter, param max_tokens
    ResponseFormatUnsupported, // 400 response_format json_schema rejected (param response_format, code null)
    ServerError,               // 500 server_error
    Overloaded                 // 503 "That model is currently overloaded..."
};
ScriptedResponse openAiError(OpenAiFailure failure, const QByteArray &model = "gpt-4o-mini");
ScriptedResponse openAiModels(const QList<QByteArray> &ids, const QByteArray &ownedBy = "system");

// ----------------------------------------------------------------------------------------------------------- //
// xAI

struct XaiOptions
{
    QByteArray model = "grok-3-mini";
    QByteArray id = "3f9c2b7e-1d4a-4c8e-9b6f-0a2d5e8c7b14";
    qint64 created = 1741569952;
    QByteArray finishReason = "stop";
    Usage usage;
    QByteArray systemFingerprint = "fp_d133ae3397";
    HeaderList extraHeaders;
};
ScriptedResponse xaiChat(const QString &text, const XaiOptions &options = {});
// Cumulative usage in every chunk, role repeated, finish_reason absent until the last chunk, which carries the
// last piece and the finish_reason; then [DONE].
ScriptedResponse xaiStream(const QStringList &pieces, const XaiOptions &options = {});
ScriptedResponse xaiError(int status, const QByteArray &code, const QString &error);
ScriptedResponse xaiBadKey(); // 400 {"code":"Client specified an invalid argument","error":"Incorrect API key ..."}

// ----------------------------------------------------------------------------------------------------------- //
// Together.ai

struct TogetherOptions
{
    QByteArray model = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
    QByteArray id = "8b43a5cfadf99e5c-SJC";
    qint64 created = 1741569952;
    QByteArray finishReason = "eos";
    Usage usage;
    quint64 seed = 14681543869034921787ULL; // > 2^53: a double cannot hold it
    QByteArray requestId = "8b43a5cfadf99e5c-SJC";
    bool rateLimitHeaders = true;
    HeaderList extraHeaders;
};
ScriptedResponse togetherChat(const QString &text, const TogetherOptions &options = {});
// choices[].text duplicates delta.content; usage:null until the final chunk, which carries usage + finish_reason.
ScriptedResponse togetherStream(const QStringList &pieces, const TogetherOptions &options = {});
struct TogetherModel
{
    QByteArray id;
    QByteArray type = "chat"; // chat, language, code, image, embedding, moderation, rerank, audio, ...
    QByteArray displayName;
    int contextLength = 131072;
};
ScriptedResponse togetherModels(const QList<TogetherModel> &models); // a bare JSON array
ScriptedResponse togetherError(int status, const QByteArray &type, const QByteArray &code, const QString &message);
ScriptedResponse togetherModelNotAvailable(const QByteArray &model); // 400 model_not_available

// ----------------------------------------------------------------------------------------------------------- //
// Anthropic Messages

struct AnthropicRateLimit
{
    int requestsLimit = 50;
    int requestsRemaining = 49;
    QByteArray requestsReset = "2025-08-21T12:40:59Z"; // RFC 3339
    int tokensLimit = 90000;
    int tokensRemaining = 89000;
    QByteArray tokensReset = "2025-08-21T12:40:59Z";
    int inputTokensLimit = 50000;
    int inputTokensRemaining = 49500;
    QByteArray inputTokensReset = "2025-08-21T12:40:59Z";
    int outputTokensLimit = 40000;
    int outputTokensRemaining = 39500;
    QByteArray outputTokensReset = "2025-08-21T12:40:59Z";
};
HeaderList anthropicRateLimitHeaders(const AnthropicRateLimit &limits = {});

struct AnthropicOptions
{
    QByteArray model = "claude-sonnet-4-20250514";
    QByteArray id = "msg_01XFDUDYJgAACzvnptvVoYEL";
    QByteArray stopReason; // empty: end_turn for text, tool_use for a tool_use block
    Usage usage;
    QByteArray requestId = "req_011CSHoEeqs5C35K2UUqR7Fy";
    std::optional<AnthropicRateLimit> rateLimit = AnthropicRateLimit{};
    bool pings = true;           // streams: a ping event after the first content_block_start
    bool trailingSpaces = false; // streams: spaces after the data JSON, as in Anthropic's recorded fixtures
    bool crlf = false;           // streams: CRLF line endings
    HeaderList extraHeaders;
};
struct AnthropicToolUse
{
    QByteArray id = "toolu_01A09q90qw90lq917835lq9";
    QByteArray name = "record_rows";
    QByteArray inputJson = "{}";   // the input object, already serialised
    QList<QByteArray> partialJson; // streams: the fragments; empty = inputJson cut into a few pieces
};

ScriptedResponse anthropicMessage(const QString &text, const AnthropicOptions &options = {});
ScriptedResponse anthropicMessage(const QStringList &textBlocks, const AnthropicOptions &options);
// A forced-tool answer: one tool_use block (after optional text blocks), stop_reason tool_use.
ScriptedResponse anthropicToolUseMessage(const AnthropicToolUse &tool, const AnthropicOptions &options = {},
                                         const QStringList &textBlocksBefore = {});
ScriptedResponse anthropicStream(const QStringList &pieces, const AnthropicOptions &options = {});
// content_block_start tool_use, input_json_delta partial_json fragments ("" first), stop_reason tool_use.
ScriptedResponse anthropicToolUseStream(const AnthropicToolUse &tool, const AnthropicOptions &options = {});
// HTTP 200, some text, then "event: error" (overloaded_error by default) and the end of the body.
ScriptedResponse anthropicStreamErrorAfterText(const QStringList &piecesBefore,
                                               const QByteArray &errorType = "overloaded_error",
                                               const QString &message = u"Overloaded"_s,
                                               const AnthropicOptions &options = {});
// {"type":"error","error":{"type","message"},"request_id"}
ScriptedResponse anthropicError(int status, const QByteArray &type, const QString &message,
                                const HeaderList &extraHeaders = {},
                                const QByteArray &requestId = "req_011CSHoEeqs5C35K2UUqR7Fy");
ScriptedResponse anthropicOverloaded(); // 529, x-should-retry: true, no retry-after
ScriptedResponse anthropicRateLimited(int retryAfterSeconds = 7, const AnthropicRateLimit &limits = {});
ScriptedResponse anthropicAuthError();                       // 401 authentication_error "invalid x-api-key"
ScriptedResponse anthropicNotFound(const QByteArray &model); // 404 not_found_error
ScriptedResponse anthropicRequestTooLarge();                 // 413 from the edge, without the top-level "type"

struct AnthropicModel
{
    QByteArray id;
    QByteArray displayName;
    QByteArray createdAt = "2025-05-22T00:00:00Z";
};
QList<AnthropicModel> defaultAnthropicModels(); // five models, newest first
// One page {"data","has_more","first_id","last_id"}.
ScriptedResponse anthropicModels(const QList<AnthropicModel> &page, bool hasMore);
// The page `request` asks for out of `all` (newest first), honouring limit (default 20), after_id, before_id.
ScriptedResponse anthropicModelsPage(const QList<AnthropicModel> &all, const RecordedRequest &request);
ProviderTestServer::Handler anthropicModelsHandler(const QList<AnthropicModel> &all);

// ----------------------------------------------------------------------------------------------------------- //
// Ollama (Go encoding/json: field order of the structs, <>& escaped as \u003c \u003e \u0026)

struct OllamaOptions
{
    QByteArray model = "llama3.2";
    QByteArray createdAt = "2024-07-22T20:33:28.123648Z"; // RFC 3339 with nanoseconds
    QByteArray doneReason = "stop";
    int promptEvalCount = 26; // 0 omits the field (omitempty)
    int evalCount = 298;
    qint64 totalDuration = 5191566416; // nanoseconds
    qint64 loadDuration = 2154458;
    qint64 promptEvalDuration = 383809000;
    qint64 evalDuration = 4799921000;
    bool generate = false; // /api/generate: "response" instead of "message", plus "context"
};
ScriptedResponse ollamaChat(const QString &text, const OllamaOptions &options = {});
// application/x-ndjson, one object per line, final line done:true with done_reason and metrics.
ScriptedResponse ollamaStream(const QStringList &pieces, const OllamaOptions &options = {});
// Some lines, then {"error":"..."} with HTTP 200.
ScriptedResponse
ollamaStreamError(const QStringList &piecesBefore,
                  const QString &error = u"an error was encountered while running the model: unexpected EOF"_s,
                  const OllamaOptions &options = {});
ScriptedResponse ollamaError(int status, const QString &error);
// 404 "model 'x' not found", or the older `model "x" not found, try pulling it first`.
ScriptedResponse ollamaModelNotFound(const QByteArray &model, bool legacyWording = false);
ScriptedResponse ollamaBusy(); // 503 "server busy, please try again.  maximum pending requests exceeded"
struct OllamaModel
{
    QByteArray name;
    QByteArray family = "llama";
    QByteArray parameterSize = "3.2B";
    QByteArray quantization = "Q4_K_M";
    qint64 size = 2019393189;
    QByteArray digest = "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72";
    QByteArray modifiedAt = "2024-10-01T14:22:07.123456789+02:00";
    QList<QByteArray> capabilities; // empty: field left out (older servers)
};
ScriptedResponse ollamaTags(const QList<OllamaModel> &models);

// ----------------------------------------------------------------------------------------------------------- //
// Transformer Lab (FastChat-derived server)

struct TlabOptions
{
    QByteArray model = "Llama-3.2-1B-Instruct"; // echoed as requested
    QByteArray id = "chatcmpl-3Xq8JkFh6SdA9pLmNo2rTu";
    qint64 created = 1741569952;
    QByteArray finishReason = "stop";
    Usage usage;
};
ScriptedResponse tlabChat(const QString &text, const TlabOptions &options = {});
// First chunk sorted keys with ", "/": ", content chunks without object/created, a closing chunk with delta:{}
// and finish_reason, [DONE]; no usage.
ScriptedResponse tlabStream(const QStringList &pieces, const TlabOptions &options = {});
ScriptedResponse
tlabStreamWorkerError(const QStringList &piecesBefore, int errorCode = 50002,
                      const QString &text = u"**NETWORK ERROR DUE TO HIGH TRAFFIC. PLEASE REGENERATE OR REFRESH THIS "
                                            "PAGE.**\n\n(CUDA out of memory. Tried to allocate 20.00 MiB)"_s,
                      const TlabOptions &options = {});
ScriptedResponse tlabError(int code, const QString &message); // HTTP 400 {"object":"error","message","code"}
ScriptedResponse tlabModelNotLoaded(const QList<QByteArray> &loaded, const QByteArray &requested); // code 40301
ScriptedResponse tlabBadKey();      // 401 {"detail":{"error":{...,"code":"invalid_api_key"}}}
ScriptedResponse tlabInternal500(); // text/plain "Internal Server Error"
ScriptedResponse tlabModels(const QList<QByteArray> &ids);

} // namespace candor::test::wire
