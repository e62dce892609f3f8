#include "support/providerwire.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace candor::test::wire {

namespace {

constexpr qsizetype kGeneratedPiece = 64 * 1024;

const QByteArray kSse = "text/event-stream; charset=utf-8"_ba;
const QByteArray kDone = "data: [DONE]\n\n"_ba;

Json nullable(const QByteArray &value)
{
    return value.isEmpty() ? Json() : Json(value);
}

void addHeaders(ScriptedResponse &r, const HeaderList &headers)
{
    for (const auto &h : headers)
        r.withHeader(h.first, h.second);
}

ScriptedResponse withBody(int status, const QByteArray &contentType, const QByteArray &body)
{
    ScriptedResponse r;
    r.status = status;
    r.headers = {{"Content-Type"_ba, contentType}};
    r.body = body;
    r.chunkedTransfer = false;
    return r;
}

// Splits text into about `parts` pieces without cutting a UTF-16 surrogate pair (each piece must stay a valid
// JSON string).
QList<QByteArray> splitText(const QByteArray &utf8, int parts)
{
    const QString text = QString::fromUtf8(utf8);
    QList<QByteArray> out;
    if (text.isEmpty() || parts <= 1)
        return {utf8};
    const qsizetype step = std::max<qsizetype>(1, (text.size() + parts - 1) / parts);
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = std::min(text.size(), pos + step);
        if (end < text.size() && text.at(end).isLowSurrogate())
            ++end;
        out.append(QStringView(text).mid(pos, end - pos).toUtf8());
        pos = end;
    }
    return out;
}

// ------------------------------------------------------------------------------------------------- OpenAI

Json openAiUsage(const Usage &u)
{
    return Json::object(
        {{"prompt_tokens", u.input},
         {"completion_tokens", u.output},
         {"total_tokens", u.input + u.output},
         {"prompt_tokens_details", Json::object({{"cached_tokens", u.cachedInput}, {"audio_tokens", 0}})},
         {"completion_tokens_details", Json::object({{"reasoning_tokens", u.reasoning},
                                                     {"audio_tokens", 0},
                                                     {"accepted_prediction_tokens", 0},
                                                     {"rejected_prediction_tokens", 0}})}});
}

HeaderList openAiHeaders(const OpenAiOptions &o, const QByteArray &contentType)
{
    HeaderList h{
        {"Content-Type"_ba, contentType},       {"openai-organization"_ba, "user-candortest"_ba},
        {"openai-processing-ms"_ba, "312"_ba},  {"openai-project"_ba, "proj_candortest"_ba},
        {"openai-version"_ba, "2020-10-01"_ba}, {"x-request-id"_ba, o.requestId},
    };
    if (o.rateLimit)
        h += openAiRateLimitHeaders(*o.rateLimit);
    return h;
}

Json openAiChunk(const OpenAiOptions &o, const Json &choices, int serial)
{
    Json c = Json::object({{"id", o.id},
                           {"object", "chat.completion.chunk"},
                           {"created", o.created},
                           {"model", o.model},
                           {"service_tier", o.serviceTier},
                           {"system_fingerprint", o.systemFingerprint},
                           {"choices", choices}});
    if (o.includeUsage)
        c.insert("usage", Json());
    if (o.obfuscation) {
        static const QByteArray pads[] = {"uRM", "Zq1x", "7", "kOa9F", "Xb"};
        c.insert("obfuscation", pads[serial % 5]);
    }
    return c;
}

Json openAiChoice(const Json &delta, const Json &finish)
{
    return Json::array(
        {Json::object({{"index", 0}, {"delta", delta}, {"logprobs", Json()}, {"finish_reason", finish}})});
}

// The role chunk and one content chunk per piece; `deltaKey` is "content" or "refusal".
QList<QByteArray> openAiOpening(const QStringList &pieces, const OpenAiOptions &o, const QByteArray &deltaKey)
{
    QList<QByteArray> events;
    int serial = 0;
    const Json role = deltaKey == "refusal"
                          ? Json::object({{"role", "assistant"}, {"content", Json()}, {"refusal", ""}})
                          : Json::object({{"role", "assistant"}, {"content", ""}, {"refusal", Json()}});
    events.append(sseEvent(openAiChunk(o, openAiChoice(role, Json()), serial++).dump()));
    for (const QString &piece : pieces)
        events.append(
            sseEvent(openAiChunk(o, openAiChoice(Json::object({{deltaKey, piece}}), Json()), serial++).dump()));
    return events;
}

QList<QByteArray> openAiClosing(const OpenAiOptions &o, int serial)
{
    QList<QByteArray> events;
    events.append(sseEvent(openAiChunk(o, openAiChoice(Json::object(), nullable(o.finishReason)), serial++).dump()));
    if (o.includeUsage) {
        Json usageChunk = openAiChunk(o, Json::array(), serial);
        usageChunk.insert("usage", openAiUsage(o.usage));
        events.append(sseEvent(usageChunk.dump()));
    }
    events.append(kDone);
    return events;
}

ScriptedResponse openAiStreamResponse(const QList<QByteArray> &events, const OpenAiOptions &o)
{
    ScriptedResponse r = streamOf(events, kSse);
    r.headers = openAiHeaders(o, kSse);
    addHeaders(r, o.extraHeaders);
    return r;
}

ScriptedResponse openAiJson(int status, const Json &body, const OpenAiOptions &o)
{
    ScriptedResponse r = withBody(status, "application/json"_ba, body.dump(JsonStyle::pretty(2)) + '\n');
    r.headers = openAiHeaders(o, "application/json"_ba);
    addHeaders(r, o.extraHeaders);
    return r;
}

// ------------------------------------------------------------------------------------------------- Anthropic

Json anthropicUsage(const Usage &u, int outputTokens)
{
    return Json::object(
        {{"input_tokens", u.input},
         {"cache_creation_input_tokens", 0},
         {"cache_read_input_tokens", u.cachedInput},
         {"cache_creation", Json::object({{"ephemeral_5m_input_tokens", 0}, {"ephemeral_1h_input_tokens", 0}})},
         {"output_tokens", outputTokens},
         {"service_tier", "standard"}});
}

HeaderList anthropicHeaders(const AnthropicOptions &o, const QByteArray &contentType)
{
    HeaderList h{{"Content-Type"_ba, contentType},
                 {"request-id"_ba, o.requestId},
                 {"anthropic-organization-id"_ba, "5d1f0c3e-7b2a-4e6f-9c8d-1a2b3c4d5e6f"_ba}};
    if (contentType.startsWith("text/event-stream"))
        h.append({"Cache-Control"_ba, "no-cache"_ba});
    if (o.rateLimit)
        h += anthropicRateLimitHeaders(*o.rateLimit);
    return h;
}

QByteArray anthropicEvent(const AnthropicOptions &o, const QByteArray &name, const QByteArray &json)
{
    const QByteArray eol = o.crlf ? "\r\n"_ba : "\n"_ba;
    return "event: "_ba + name + eol + "data: "_ba + json + (o.trailingSpaces ? "    "_ba : QByteArray()) + eol + eol;
}

QByteArray anthropicMessageStart(const AnthropicOptions &o)
{
    const Json message = Json::object({{"id", o.id},
                                       {"type", "message"},
                                       {"role", "assistant"},
                                       {"model", o.model},
                                       {"content", Json::array()},
                                       {"stop_reason", Json()},
                                       {"stop_sequence", Json()},
                                       {"usage", anthropicUsage(o.usage, 1)}});
    return anthropicEvent(o, "message_start", Json::object({{"type", "message_start"}, {"message", message}}).dump());
}

QByteArray anthropicPing(const AnthropicOptions &o)
{
    return anthropicEvent(o, "ping", R"({"type": "ping"})"_ba);
}

QByteArray anthropicTextDelta(const AnthropicOptions &o, int index, const QString &text)
{
    return anthropicEvent(o, "content_block_delta",
                          Json::object({{"type", "content_block_delta"},
                                        {"index", index},
                                        {"delta", Json::object({{"type", "text_delta"}, {"text", text}})}})
                              .dump());
}

QByteArray anthropicBlockStop(const AnthropicOptions &o, int index)
{
    return anthropicEvent(o, "content_block_stop",
                          Json::object({{"type", "content_block_stop"}, {"index", index}}).dump());
}

QList<QByteArray> anthropicEnd(const AnthropicOptions &o, const QByteArray &stopReason)
{
    const Json delta = Json::object({{"type", "message_delta"},
                                     {"delta", Json::object({{"stop_reason", stopReason}, {"stop_sequence", Json()}})},
                                     {"usage", Json::object({{"output_tokens", o.usage.output}})}});
    return {anthropicEvent(o, "message_delta", delta.dump()),
            anthropicEvent(o, "message_stop", Json::object({{"type", "message_stop"}}).dump())};
}

// message_start, the text block start, a ping, one delta per piece.
QList<QByteArray> anthropicTextOpening(const QStringList &pieces, const AnthropicOptions &o)
{
    QList<QByteArray> events{anthropicMessageStart(o)};
    events.append(anthropicEvent(o, "content_block_start",
                                 Json::object({{"type", "content_block_start"},
                                               {"index", 0},
                                               {"content_block", Json::object({{"type", "text"}, {"text", ""}})}})
                                     .dump()));
    if (o.pings)
        events.append(anthropicPing(o));
    for (const QString &piece : pieces)
        events.append(anthropicTextDelta(o, 0, piece));
    return events;
}

ScriptedResponse anthropicStreamResponse(const QList<QByteArray> &events, const AnthropicOptions &o)
{
    ScriptedResponse r = streamOf(events, kSse);
    r.headers = anthropicHeaders(o, kSse);
    addHeaders(r, o.extraHeaders);
    return r;
}

Json anthropicModelJson(const AnthropicModel &m)
{
    return Json::object(
        {{"type", "model"}, {"id", m.id}, {"display_name", m.displayName}, {"created_at", m.createdAt}});
}

// ------------------------------------------------------------------------------------------------- Ollama

void addOllamaMetrics(Json &j, const OllamaOptions &o)
{
    // Go's omitempty: zero values are left out.
    const auto add = [&j](const QByteArray &key, qint64 v) {
        if (v != 0)
            j.insert(key, v);
    };
    add("total_duration", o.totalDuration);
    add("load_duration", o.loadDuration);
    add("prompt_eval_count", o.promptEvalCount);
    add("prompt_eval_duration", o.promptEvalDuration);
    add("eval_count", o.evalCount);
    add("eval_duration", o.evalDuration);
}

Json ollamaObject(const OllamaOptions &o, const QString &text, bool done)
{
    Json j = Json::object({{"model", o.model}, {"created_at", o.createdAt}});
    if (o.generate)
        j.insert("response", text);
    else
        j.insert("message", Json::object({{"role", "assistant"}, {"content", text}}));
    j.insert("done", done);
    if (done) {
        if (!o.doneReason.isEmpty())
            j.insert("done_reason", o.doneReason);
        if (o.generate)
            j.insert("context", Json::array({128006, 882, 128007, 271}));
        addOllamaMetrics(j, o);
    }
    return j;
}

const QByteArray kOllamaJson = "application/json; charset=utf-8"_ba;
const QByteArray kNdjson = "application/x-ndjson"_ba;

// ------------------------------------------------------------------------------------------------- Transformer Lab

QByteArray tlabFirstChunk(const TlabOptions &o)
{
    const Json chunk = Json::object(
        {{"id", o.id},
         {"object", "chat.completion.chunk"},
         {"created", o.created},
         {"model", o.model},
         {"choices", Json::array({Json::object({{"index", 0},
                                                {"delta", Json::object({{"role", "assistant"}, {"content", Json()}})},
                                                {"finish_reason", Json()}})})}});
    return sseEvent(chunk.dump(JsonStyle::pythonSorted()));
}

QByteArray tlabContentChunk(const TlabOptions &o, const QString &piece)
{
    const Json chunk = Json::object(
        {{"id", o.id},
         {"model", o.model},
         {"choices", Json::array({Json::object(
                         {{"index", 0}, {"delta", Json::object({{"content", piece}})}, {"finish_reason", Json()}})})}});
    return sseEvent(chunk.dump(JsonStyle::python()));
}

} // namespace

// ================================================================================================= Generic

ScriptedResponse streamOf(const QList<QByteArray> &events, const QByteArray &contentType, int chunkDelayMs)
{
    ScriptedResponse r;
    r.headers = {{"Content-Type"_ba, contentType}};
    QList<qint64> cuts;
    for (const QByteArray &e : events) {
        r.body += e;
        cuts.append(r.body.size());
    }
    if (!cuts.isEmpty())
        cuts.removeLast();
    r.chunking = Chunking::explicitCuts(cuts);
    r.chunkDelayMs = chunkDelayMs;
    r.chunkedTransfer = true;
    return r;
}

QList<QPair<QByteArray, ScriptedResponse>> deliveryModes(const ScriptedResponse &response)
{
    ScriptedResponse whole = response;
    whole.chunking = Chunking::whole();
    whole.chunkDelayMs = 0;
    ScriptedResponse oneByte = response;
    oneByte.chunking = Chunking::oneByte();
    oneByte.chunkDelayMs = 0;
    ScriptedResponse random = response;
    random.chunking = Chunking::random(17, 9);
    random.chunkDelayMs = 0;
    ScriptedResponse crlf = random;
    crlf.chunking = Chunking::random(23, 5);
    crlf.body.replace("\r\n", "\n");
    crlf.body.replace("\n", "\r\n");
    if (crlf.stallAfterBytes >= 0)
        crlf.stallAfterBytes = crlf.body.size();
    return {{"whole"_ba, whole}, {"one byte"_ba, oneByte}, {"random cuts"_ba, random}, {"crlf"_ba, crlf}};
}

ScriptedResponse jsonResponse(int status, const QByteArray &body, const HeaderList &extraHeaders)
{
    ScriptedResponse r = withBody(status, "application/json"_ba, body);
    addHeaders(r, extraHeaders);
    return r;
}

ScriptedResponse textResponse(int status, const QByteArray &body, const QByteArray &contentType)
{
    return withBody(status, contentType, body);
}

ScriptedResponse htmlProxyError(int status)
{
    QByteArray title;
    switch (status) {
    case 413:
        title = "413 Request Entity Too Large";
        break;
    case 429:
        title = "429 Too Many Requests";
        break;
    case 500:
        title = "500 Internal Server Error";
        break;
    case 502:
        title = "502 Bad Gateway";
        break;
    case 503:
        title = "503 Service Temporarily Unavailable";
        break;
    case 504:
        title = "504 Gateway Time-out";
        break;
    default:
        title = QByteArray::number(status) + " Error";
        break;
    }
    // nginx's built-in error page, CRLF line ends included.
    const QByteArray body = "<html>\r\n<head><title>"_ba + title + "</title></head>\r\n<body>\r\n<center><h1>"_ba +
                            title + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"_ba;
    ScriptedResponse r = withBody(status, "text/html"_ba, body);
    r.withHeader("Server"_ba, "nginx"_ba);
    return r;
}

ScriptedResponse redirect(int status, const QByteArray &location)
{
    ScriptedResponse r;
    r.status = status;
    r.headers = {{"Location"_ba, location}};
    r.chunkedTransfer = false;
    return r;
}

QByteArray sseEvent(const QByteArray &data, const QByteArray &event)
{
    QByteArray out;
    if (!event.isEmpty())
        out += "event: "_ba + event + '\n';
    const QList<QByteArray> lines = data.split('\n');
    for (const QByteArray &line : lines)
        out += "data: "_ba + line + '\n';
    out += '\n';
    return out;
}

namespace {

// Stream pieces shared by hugeStream() and endlessStream().
QByteArray dialectOpening(Dialect dialect)
{
    switch (dialect) {
    case Dialect::OpenAi:
        return openAiOpening({}, OpenAiOptions{}, "content").constFirst();
    case Dialect::Anthropic:
        return anthropicTextOpening({}, AnthropicOptions{}).join();
    case Dialect::Ollama:
        return {};
    }
    return {};
}

QByteArray dialectDelta(Dialect dialect, const QString &text)
{
    switch (dialect) {
    case Dialect::OpenAi: {
        OpenAiOptions o;
        o.includeUsage = false;
        return sseEvent(openAiChunk(o, openAiChoice(Json::object({{"content", text}}), Json()), 1).dump());
    }
    case Dialect::Anthropic:
        return anthropicTextDelta(AnthropicOptions{}, 0, text);
    case Dialect::Ollama:
        return ollamaObject(OllamaOptions{}, text, false).dump(JsonStyle::go()) + '\n';
    }
    return {};
}

QByteArray dialectClosing(Dialect dialect)
{
    switch (dialect) {
    case Dialect::OpenAi: {
        OpenAiOptions o;
        o.includeUsage = false;
        return openAiClosing(o, 2).join();
    }
    case Dialect::Anthropic: {
        AnthropicOptions o;
        return anthropicBlockStop(o, 0) + anthropicEnd(o, "end_turn").join();
    }
    case Dialect::Ollama:
        return ollamaObject(OllamaOptions{}, QString(), true).dump(JsonStyle::go()) + '\n';
    }
    return {};
}

QByteArray dialectKeepAlive(Dialect dialect)
{
    switch (dialect) {
    case Dialect::OpenAi:
        return ": keep-alive\n\n"_ba;
    case Dialect::Anthropic:
        return anthropicPing(AnthropicOptions{});
    case Dialect::Ollama:
        return {};
    }
    return {};
}

QByteArray dialectContentType(Dialect dialect)
{
    return dialect == Dialect::Ollama ? kNdjson : kSse;
}

} // namespace

ScriptedResponse hugeStream(Dialect dialect, qint64 totalBytes)
{
    ScriptedResponse r;
    r.headers = {{"Content-Type"_ba, dialectContentType(dialect)}};
    r.chunkedTransfer = true;
    const QByteArray opening = dialectOpening(dialect);
    const QByteArray delta = dialectDelta(dialect, u"lorem lorem lorem lorem lorem lorem lorem lorem "_s);
    const QByteArray closing = dialectClosing(dialect);
    // Only one 64 KB piece exists at a time; the server asks for the next when the socket has drained.
    r.bodyGenerator = [opening, delta, closing, totalBytes, produced = qint64(0), stage = 0]() mutable {
        QByteArray piece;
        if (stage == 0) {
            piece += opening;
            stage = 1;
        }
        if (stage == 1) {
            const qint64 deltaBudget = totalBytes - closing.size();
            while (piece.size() < kGeneratedPiece && produced + piece.size() + delta.size() <= deltaBudget)
                piece += delta;
            if (produced + piece.size() + delta.size() > deltaBudget) {
                piece += closing;
                stage = 2;
            }
        } else if (stage == 2) {
            stage = 3;
        }
        produced += piece.size();
        return piece;
    };
    return r;
}

ScriptedResponse endlessStream(Dialect dialect, int intervalMs)
{
    ScriptedResponse r;
    r.headers = {{"Content-Type"_ba, dialectContentType(dialect)}};
    r.chunkedTransfer = true;
    r.chunkDelayMs = std::max(1, intervalMs);
    const QByteArray opening = dialectOpening(dialect);
    const QByteArray keepAlive = dialectKeepAlive(dialect);
    const QByteArray delta = dialectDelta(dialect, u"lorem "_s);
    r.bodyGenerator = [opening, keepAlive, delta, n = 0]() mutable {
        const int i = n++;
        if (i == 0 && !opening.isEmpty())
            return opening;
        return (i % 2 == 0 && !keepAlive.isEmpty()) ? keepAlive : delta;
    };
    return r;
}

QList<SseEvent> parseSse(const QByteArray &body)
{
    QList<SseEvent> events;
    SseEvent current;
    bool hasData = false;
    qsizetype pos = 0;
    const qsizetype n = body.size();
    while (pos < n) {
        qsizetype end = pos;
        while (end < n && body.at(end) != '\n' && body.at(end) != '\r')
            ++end;
        if (end >= n)
            break; // an unterminated last line is not a complete event
        const QByteArray line = body.mid(pos, end - pos);
        pos = end + ((body.at(end) == '\r' && end + 1 < n && body.at(end + 1) == '\n') ? 2 : 1);
        if (line.isEmpty()) {
            if (hasData || !current.event.isEmpty())
                events.append(current);
            current = SseEvent();
            hasData = false;
            continue;
        }
        if (line.startsWith(':'))
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "data") {
            if (hasData)
                current.data += '\n';
            current.data += value;
            hasData = true;
        } else if (field == "event") {
            current.event = value;
        }
    }
    return events;
}

QList<QByteArray> parseNdjson(const QByteArray &body)
{
    QList<QByteArray> lines;
    for (QByteArray line : body.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.append(line);
    }
    return lines;
}

QByteArray wholeBody(const ScriptedResponse &response, qint64 limit)
{
    QByteArray out = response.body;
    if (response.bodyGenerator) {
        auto generator = response.bodyGenerator; // a copy: the response itself stays unplayed
        while (out.size() < limit) {
            const QByteArray piece = generator();
            if (piece.isEmpty())
                break;
            out += piece;
        }
    }
    return out;
}

// ================================================================================================= OpenAI

HeaderList openAiRateLimitHeaders(const OpenAiRateLimit &l)
{
    return {{"x-ratelimit-limit-requests"_ba, QByteArray::number(l.limitRequests)},
            {"x-ratelimit-limit-tokens"_ba, QByteArray::number(l.limitTokens)},
            {"x-ratelimit-remaining-requests"_ba, QByteArray::number(l.remainingRequests)},
            {"x-ratelimit-remaining-tokens"_ba, QByteArray::number(l.remainingTokens)},
            {"x-ratelimit-reset-requests"_ba, l.resetRequests},
            {"x-ratelimit-reset-tokens"_ba, l.resetTokens}};
}

ScriptedResponse openAiChat(const QString &text, const OpenAiOptions &o)
{
    const Json message =
        Json::object({{"role", "assistant"}, {"content", text}, {"refusal", Json()}, {"annotations", Json::array()}});
    const Json body =
        Json::object({{"id", o.id},
                      {"object", "chat.completion"},
                      {"created", o.created},
                      {"model", o.model},
                      {"choices", Json::array({Json::object({{"index", 0},
                                                             {"message", message},
                                                             {"logprobs", Json()},
                                                             {"finish_reason", nullable(o.finishReason)}})})},
                      {"usage", openAiUsage(o.usage)},
                      {"service_tier", o.serviceTier},
                      {"system_fingerprint", o.systemFingerprint}});
    return openAiJson(200, body, o);
}

ScriptedResponse openAiStream(const QStringList &pieces, const OpenAiOptions &o)
{
    QList<QByteArray> events = openAiOpening(pieces, o, "content");
    events += openAiClosing(o, int(events.size()));
    return openAiStreamResponse(events, o);
}

ScriptedResponse openAiRefusal(const QString &refusal, const OpenAiOptions &o)
{
    const Json message = Json::object(
        {{"role", "assistant"}, {"content", Json()}, {"refusal", refusal}, {"annotations", Json::array()}});
    const Json body =
        Json::object({{"id", o.id},
                      {"object", "chat.completion"},
                      {"created", o.created},
                      {"model", o.model},
                      {"choices", Json::array({Json::object({{"index", 0},
                                                             {"message", message},
                                                             {"logprobs", Json()},
                                                             {"finish_reason", nullable(o.finishReason)}})})},
                      {"usage", openAiUsage(o.usage)},
                      {"service_tier", o.serviceTier},
                      {"system_fingerprint", o.systemFingerprint}});
    return openAiJson(200, body, o);
}

ScriptedResponse openAiRefusalStream(const QStringList &pieces, const OpenAiOptions &o)
{
    QList<QByteArray> events = openAiOpening(pieces, o, "refusal");
    events += openAiClosing(o, int(events.size()));
    return openAiStreamResponse(events, o);
}

ScriptedResponse openAiEmptyChoices(const OpenAiOptions &o)
{
    const Json body = Json::object({{"id", o.id},
                                    {"object", "chat.completion"},
                                    {"created", o.created},
                                    {"model", o.model},
                                    {"choices", Json::array()},
                                    {"usage", openAiUsage(o.usage)}});
    return openAiJson(200, body, o);
}

ScriptedResponse openAiMidStreamError(const QStringList &piecesBefore, const QString &message, const QByteArray &type,
                                      const QByteArray &code, const OpenAiOptions &o)
{
    QList<QByteArray> events = openAiOpening(piecesBefore, o, "content");
    const Json error =
        Json::object({{"message", message}, {"type", type}, {"param", Json()}, {"code", nullable(code)}});
    events.append(sseEvent(Json::object({{"error", error}}).dump()));
    return openAiStreamResponse(events, o);
}

ScriptedResponse openAiTruncatedStream(const QStringList &pieces, const OpenAiOptions &o)
{
    return openAiStreamResponse(openAiOpening(pieces, o, "content"), o);
}

ScriptedResponse openAiError(int status, const QByteArray &type, const QByteArray &code, const QString &message,
                             const HeaderList &extraHeaders, const QByteArray &param)
{
    const Json body = Json::object(
        {{"error",
          Json::object({{"message", message}, {"type", type}, {"param", nullable(param)}, {"code", nullable(code)}})}});
    // OpenAI's error bodies are indented by 4 and end with a newline, unlike its 2-space completions.
    ScriptedResponse r = withBody(status, "application/json; charset=utf-8"_ba, body.dump(JsonStyle::pretty(4)) + '\n');
    r.headers.append({"x-request-id"_ba, "req_9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d"_ba});
    r.headers.append({"openai-version"_ba, "2020-10-01"_ba});
    addHeaders(r, extraHeaders);
    return r;
}

ScriptedResponse openAiError(OpenAiFailure failure, const QByteArray &model)
{
    const QString m = QString::fromUtf8(model);
    switch (failure) {
    case OpenAiFailure::InvalidApiKey:
        return openAiError(401, "invalid_request_error", "invalid_api_key",
                           u"Incorrect API key provided: sk-proj-********************abcd. You can find your API key "
                           "at https://platform.openai.com/account/api-keys."_s);
    case OpenAiFailure::ModelNotFound:
        return openAiError(404, "invalid_request_error", "model_not_found",
                           u"The model `%1` does not exist or you do not have access to it."_s.arg(m));
    case OpenAiFailure::RateLimited: {
        OpenAiRateLimit limits;
        limits.limitRequests = 500;
        limits.limitTokens = 200000;
        limits.remainingRequests = 499;
        limits.remainingTokens = 0;
        limits.resetRequests = "120ms";
        limits.resetTokens = "1.34s";
        return openAiError(429, "tokens", "rate_limit_exceeded",
                           u"Rate limit reached for %1 in organization org-candortest on tokens per min (TPM): Limit "
                           "200000, Used 199466, Requested 1448. Please try again in 1.34s. Visit "
                           "https://platform.openai.com/account/rate-limits to learn more."_s.arg(m),
                           openAiRateLimitHeaders(limits));
    }
    case OpenAiFailure::InsufficientQuota:
        return openAiError(429, "insufficient_quota", "insufficient_quota",
                           u"You exceeded your current quota, please check your plan and billing details. For more "
                           "information on this error, read the docs: "
                           "https://platform.openai.com/docs/guides/error-codes/api-errors."_s);
    case OpenAiFailure::RequestTooLarge:
        return openAiError(
            429, "tokens", "rate_limit_exceeded",
            u"Request too large for %1 in organization org-candortest on tokens per min (TPM): Limit "
            "30000, Requested 31538. The input or output tokens must be reduced in order to run "
            "successfully. Visit https://platform.openai.com/account/rate-limits to learn more."_s.arg(m));
    case OpenAiFailure::ContextLengthExceeded:
        return openAiError(400, "invalid_request_error", "context_length_exceeded",
                           u"This model's maximum context length is 128000 tokens. However, your messages resulted "
                           "in 130412 tokens. Please reduce the length of the messages."_s,
                           {}, "messages");
    case OpenAiFailure::UnsupportedParameter:
        return openAiError(400, "invalid_request_error", "unsupported_parameter",
                           u"Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                           "'max_completion_tokens' instead."_s,
                           {}, "max_tokens");
    case OpenAiFailure::ResponseFormatUnsupported:
        return openAiError(400, "invalid_request_error", {},
                           u"Invalid parameter: 'response_format' of type 'json_schema' is not supported with this "
                           "model. Learn more about supported models at the Structured Outputs guide: "
                           "https://platform.openai.com/docs/guides/structured-outputs"_s,
                           {}, "response_format");
    case OpenAiFailure::ServerError:
        return openAiError(500, "server_error", {},
                           u"The server had an error while processing your request. Sorry about that!"_s);
    case OpenAiFailure::Overloaded:
        return openAiError(503, "server_error", {},
                           u"That model is currently overloaded with other requests. You can retry your request, or "
                           "contact us through our help center at help.openai.com if the error persists."_s);
    }
    return openAiError(500, "server_error", {}, u"unknown"_s);
}

ScriptedResponse openAiModels(const QList<QByteArray> &ids, const QByteArray &ownedBy)
{
    Json data = Json::array();
    qint64 created = 1686935002;
    for (const QByteArray &id : ids) {
        data.append(Json::object({{"id", id}, {"object", "model"}, {"created", created}, {"owned_by", ownedBy}}));
        created += 86400;
    }
    const Json body = Json::object({{"object", "list"}, {"data", data}});
    return openAiJson(200, body, OpenAiOptions{});
}

// ================================================================================================= xAI

namespace {

Json xaiUsage(const Usage &u, int output)
{
    return Json::object(
        {{"prompt_tokens", u.input},
         {"completion_tokens", output},
         {"total_tokens", u.input + output},
         {"prompt_tokens_details",
          Json::object(
              {{"text_tokens", u.input}, {"audio_tokens", 0}, {"image_tokens", 0}, {"cached_tokens", u.cachedInput}})},
         {"completion_tokens_details", Json::object({{"reasoning_tokens", u.reasoning},
                                                     {"audio_tokens", 0},
                                                     {"accepted_prediction_tokens", 0},
                                                     {"rejected_prediction_tokens", 0}})},
         {"num_sources_used", 0}});
}

} // namespace

ScriptedResponse xaiChat(const QString &text, const XaiOptions &o)
{
    const Json message = Json::object({{"role", "assistant"}, {"content", text}, {"refusal", Json()}});
    const Json body = Json::object(
        {{"id", o.id},
         {"object", "chat.completion"},
         {"created", o.created},
         {"model", o.model},
         {"choices", Json::array({Json::object(
                         {{"index", 0}, {"message", message}, {"finish_reason", nullable(o.finishReason)}})})},
         {"usage", xaiUsage(o.usage, o.usage.output)},
         {"system_fingerprint", o.systemFingerprint}});
    ScriptedResponse r = withBody(200, "application/json"_ba, body.dump());
    addHeaders(r, o.extraHeaders);
    return r;
}

ScriptedResponse xaiStream(const QStringList &pieces, const XaiOptions &o)
{
    const QStringList parts = pieces.isEmpty() ? QStringList{QString()} : pieces;
    QList<QByteArray> events;
    const qsizetype n = parts.size();
    for (qsizetype i = 0; i < n; ++i) {
        const bool last = i == n - 1;
        Json choice =
            Json::object({{"index", 0}, {"delta", Json::object({{"content", parts.at(i)}, {"role", "assistant"}})}});
        if (last)
            choice.insert("finish_reason", nullable(o.finishReason)); // the key is absent before the last chunk
        const int cumulative = int(std::lround(double(o.usage.output) * double(i + 1) / double(n)));
        const Json chunk = Json::object({{"id", o.id},
                                         {"object", "chat.completion.chunk"},
                                         {"created", o.created},
                                         {"model", o.model},
                                         {"choices", Json::array({choice})},
                                         {"usage", xaiUsage(o.usage, cumulative)},
                                         {"system_fingerprint", o.systemFingerprint}});
        events.append(sseEvent(chunk.dump()));
    }
    events.append(kDone);
    ScriptedResponse r = streamOf(events, kSse);
    addHeaders(r, o.extraHeaders);
    return r;
}

ScriptedResponse xaiError(int status, const QByteArray &code, const QString &error)
{
    return withBody(status, "application/json"_ba, Json::object({{"code", code}, {"error", error}}).dump());
}

ScriptedResponse xaiBadKey()
{
    return xaiError(400, "Client specified an invalid argument",
                    u"Incorrect API key provided: xa***9Q. You can obtain an API key from https://console.x.ai."_s);
}

// ================================================================================================= Together

namespace {

Json togetherUsage(const Usage &u)
{
    return Json::object({{"prompt_tokens", u.input},
                         {"completion_tokens", u.output},
                         {"total_tokens", u.input + u.output},
                         {"cached_tokens", u.cachedInput}});
}

HeaderList togetherHeaders(const TogetherOptions &o, const QByteArray &contentType)
{
    HeaderList h{{"Content-Type"_ba, contentType},
                 {"x-request-id"_ba, o.requestId},
                 {"x-together-traceid"_ba, "b3f2c1d0e9a8f7e6d5c4b3a2f1e0d9c8"_ba}};
    if (o.rateLimitHeaders) {
        h += HeaderList{{"x-ratelimit-limit"_ba, "10"_ba},
                        {"x-ratelimit-remaining"_ba, "9"_ba},
                        {"x-ratelimit-reset"_ba, "1"_ba},
                        {"x-tokenlimit-limit"_ba, "200000"_ba},
                        {"x-tokenlimit-remaining"_ba, "199000"_ba}};
    }
    return h;
}

} // namespace

ScriptedResponse togetherChat(const QString &text, const TogetherOptions &o)
{
    const Json choice = Json::object(
        {{"finish_reason", nullable(o.finishReason)},
         {"seed", o.seed},
         {"logprobs", Json()},
         {"index", 0},
         {"message", Json::object({{"role", "assistant"}, {"content", text}, {"tool_calls", Json::array()}})}});
    const Json body = Json::object({{"id", o.id},
                                    {"object", "chat.completion"},
                                    {"created", o.created},
                                    {"model", o.model},
                                    {"prompt", Json::array()},
                                    {"choices", Json::array({choice})},
                                    {"usage", togetherUsage(o.usage)}});
    ScriptedResponse r = withBody(200, "application/json; charset=utf-8"_ba, body.dump());
    r.headers = togetherHeaders(o, "application/json; charset=utf-8"_ba);
    addHeaders(r, o.extraHeaders);
    return r;
}

ScriptedResponse togetherStream(const QStringList &pieces, const TogetherOptions &o)
{
    const QStringList parts = pieces.isEmpty() ? QStringList{QString()} : pieces;
    QList<QByteArray> events;
    const qsizetype n = parts.size();
    for (qsizetype i = 0; i < n; ++i) {
        const bool last = i == n - 1;
        const Json delta = Json::object(
            {{"token_id", int(22557 + i)}, {"role", "assistant"}, {"content", parts.at(i)}, {"tool_calls", Json()}});
        const Json choice = Json::object({{"index", 0},
                                          {"text", parts.at(i)},
                                          {"logprobs", Json()},
                                          {"finish_reason", last ? nullable(o.finishReason) : Json()},
                                          {"seed", last ? Json(o.seed) : Json()},
                                          {"delta", delta}});
        const Json chunk = Json::object({{"id", o.id},
                                         {"object", "chat.completion.chunk"},
                                         {"created", o.created},
                                         {"model", o.model},
                                         {"choices", Json::array({choice})},
                                         {"usage", last ? togetherUsage(o.usage) : Json()}});
        events.append(sseEvent(chunk.dump()));
    }
    events.append(kDone);
    ScriptedResponse r = streamOf(events, kSse);
    r.headers = togetherHeaders(o, "text/event-stream;charset=utf-8"_ba);
    addHeaders(r, o.extraHeaders);
    return r;
}

ScriptedResponse togetherModels(const QList<TogetherModel> &models)
{
    Json list = Json::array();
    for (const TogetherModel &m : models) {
        const QByteArray organization = m.id.contains('/') ? m.id.left(m.id.indexOf('/')) : "Together"_ba;
        list.append(Json::object(
            {{"id", m.id},
             {"object", "model"},
             {"created", qint64(1733443200)},
             {"type", m.type},
             {"running", false},
             {"display_name", m.displayName.isEmpty() ? m.id : m.displayName},
             {"organization", organization},
             {"link", QByteArray("https://huggingface.co/"_ba + m.id)},
             {"license", "other"},
             {"context_length", m.contextLength},
             {"config", Json::object({{"chat_template", Json()},
                                      {"stop", Json::strings({"<|eot_id|>"})},
                                      {"bos_token", Json()},
                                      {"eos_token", Json()}})},
             {"pricing",
              Json::object({{"hourly", 0}, {"input", 0.88}, {"output", 0.88}, {"base", 0}, {"finetune", 0}})}}));
    }
    return withBody(200, "application/json; charset=utf-8"_ba, list.dump());
}

ScriptedResponse togetherError(int status, const QByteArray &type, const QByteArray &code, const QString &message)
{
    const Json body = Json::object(
        {{"id", "8b43a5d0cf2f9c62-SJC"},
         {"error", Json::object({{"message", message}, {"type", type}, {"param", Json()}, {"code", nullable(code)}})}});
    return withBody(status, "application/json; charset=utf-8"_ba, body.dump());
}

ScriptedResponse togetherModelNotAvailable(const QByteArray &model)
{
    return togetherError(400, "invalid_request_error", "model_not_available",
                         u"Unable to access model %1. Please visit https://api.together.ai/models to view the list of "
                         "supported models."_s.arg(QString::fromUtf8(model)));
}

// ================================================================================================= Anthropic

HeaderList anthropicRateLimitHeaders(const AnthropicRateLimit &l)
{
    return {{"anthropic-ratelimit-requests-limit"_ba, QByteArray::number(l.requestsLimit)},
            {"anthropic-ratelimit-requests-remaining"_ba, QByteArray::number(l.requestsRemaining)},
            {"anthropic-ratelimit-requests-reset"_ba, l.requestsReset},
            {"anthropic-ratelimit-tokens-limit"_ba, QByteArray::number(l.tokensLimit)},
            {"anthropic-ratelimit-tokens-remaining"_ba, QByteArray::number(l.tokensRemaining)},
            {"anthropic-ratelimit-tokens-reset"_ba, l.tokensReset},
            {"anthropic-ratelimit-input-tokens-limit"_ba, QByteArray::number(l.inputTokensLimit)},
            {"anthropic-ratelimit-input-tokens-remaining"_ba, QByteArray::number(l.inputTokensRemaining)},
            {"anthropic-ratelimit-input-tokens-reset"_ba, l.inputTokensReset},
            {"anthropic-ratelimit-output-tokens-limit"_ba, QByteArray::number(l.outputTokensLimit)},
            {"anthropic-ratelimit-output-tokens-remaining"_ba, QByteArray::number(l.outputTokensRemaining)},
            {"anthropic-ratelimit-output-tokens-reset"_ba, l.outputTokensReset}};
}

namespace {

ScriptedResponse anthropicMessageWithBlocks(const Json &content, const QByteArray &stopReason,
                                            const AnthropicOptions &o)
{
    const Json body = Json::object({{"id", o.id},
                                    {"type", "message"},
                                    {"role", "assistant"},
                                    {"model", o.model},
                                    {"content", content},
                                    {"stop_reason", stopReason},
                                    {"stop_sequence", Json()},
                                    {"usage", anthropicUsage(o.usage, o.usage.output)}});
    ScriptedResponse r = withBody(200, "application/json"_ba, body.dump());
    r.headers = anthropicHeaders(o, "application/json"_ba);
    addHeaders(r, o.extraHeaders);
    return r;
}

} // namespace

ScriptedResponse anthropicMessage(const QString &text, const AnthropicOptions &o)
{
    return anthropicMessage(QStringList{text}, o);
}

ScriptedResponse anthropicMessage(const QStringList &textBlocks, const AnthropicOptions &o)
{
    Json content = Json::array();
    for (const QString &t : textBlocks)
        content.append(Json::object({{"type", "text"}, {"text", t}}));
    return anthropicMessageWithBlocks(content, o.stopReason.isEmpty() ? "end_turn"_ba : o.stopReason, o);
}

ScriptedResponse anthropicToolUseMessage(const AnthropicToolUse &tool, const AnthropicOptions &o,
                                         const QStringList &textBlocksBefore)
{
    Json content = Json::array();
    for (const QString &t : textBlocksBefore)
        content.append(Json::object({{"type", "text"}, {"text", t}}));
    content.append(Json::object(
        {{"type", "tool_use"}, {"id", tool.id}, {"name", tool.name}, {"input", Json::raw(tool.inputJson)}}));
    return anthropicMessageWithBlocks(content, o.stopReason.isEmpty() ? "tool_use"_ba : o.stopReason, o);
}

ScriptedResponse anthropicStream(const QStringList &pieces, const AnthropicOptions &o)
{
    QList<QByteArray> events = anthropicTextOpening(pieces, o);
    events.append(anthropicBlockStop(o, 0));
    events += anthropicEnd(o, o.stopReason.isEmpty() ? "end_turn"_ba : o.stopReason);
    return anthropicStreamResponse(events, o);
}

ScriptedResponse anthropicToolUseStream(const AnthropicToolUse &tool, const AnthropicOptions &o)
{
    QList<QByteArray> events{anthropicMessageStart(o)};
    const Json block =
        Json::object({{"type", "tool_use"}, {"id", tool.id}, {"name", tool.name}, {"input", Json::object()}});
    events.append(
        anthropicEvent(o, "content_block_start",
                       Json::object({{"type", "content_block_start"}, {"index", 0}, {"content_block", block}}).dump()));
    if (o.pings)
        events.append(anthropicPing(o));
    QList<QByteArray> fragments = tool.partialJson;
    if (fragments.isEmpty()) {
        fragments = splitText(tool.inputJson, 4);
        fragments.prepend(QByteArray()); // the API's first fragment is usually empty
    }
    for (const QByteArray &fragment : std::as_const(fragments)) {
        const Json delta = Json::object({{"type", "input_json_delta"}, {"partial_json", fragment}});
        events.append(
            anthropicEvent(o, "content_block_delta",
                           Json::object({{"type", "content_block_delta"}, {"index", 0}, {"delta", delta}}).dump()));
    }
    events.append(anthropicBlockStop(o, 0));
    events += anthropicEnd(o, o.stopReason.isEmpty() ? "tool_use"_ba : o.stopReason);
    return anthropicStreamResponse(events, o);
}

ScriptedResponse anthropicStreamErrorAfterText(const QStringList &piecesBefore, const QByteArray &errorType,
                                               const QString &message, const AnthropicOptions &o)
{
    QList<QByteArray> events = anthropicTextOpening(piecesBefore, o);
    const Json error =
        Json::object({{"type", "error"}, {"error", Json::object({{"type", errorType}, {"message", message}})}});
    events.append(anthropicEvent(o, "error", error.dump()));
    return anthropicStreamResponse(events, o);
}

ScriptedResponse anthropicError(int status, const QByteArray &type, const QString &message,
                                const HeaderList &extraHeaders, const QByteArray &requestId)
{
    const Json body = Json::object({{"type", "error"},
                                    {"error", Json::object({{"type", type}, {"message", message}})},
                                    {"request_id", requestId}});
    ScriptedResponse r = withBody(status, "application/json"_ba, body.dump());
    r.headers.append({"request-id"_ba, requestId});
    addHeaders(r, extraHeaders);
    return r;
}

ScriptedResponse anthropicOverloaded()
{
    return anthropicError(529, "overloaded_error", u"Overloaded"_s, {{"x-should-retry"_ba, "true"_ba}});
}

ScriptedResponse anthropicRateLimited(int retryAfterSeconds, const AnthropicRateLimit &limits)
{
    HeaderList headers{{"retry-after"_ba, QByteArray::number(retryAfterSeconds)}, {"x-should-retry"_ba, "true"_ba}};
    headers += anthropicRateLimitHeaders(limits);
    return anthropicError(
        429, "rate_limit_error",
        u"This request would exceed the rate limit for your organization (5d1f0c3e-7b2a-4e6f-9c8d-1a2b3c4d5e6f) of "
        "50,000 input tokens per minute. For details, refer to: https://docs.claude.com/en/api/rate-limits. You can "
        "see the response headers for current usage. Please reduce the prompt length or the maximum tokens "
        "requested, or try again later."_s,
        headers);
}

ScriptedResponse anthropicAuthError()
{
    return anthropicError(401, "authentication_error", u"invalid x-api-key"_s);
}

ScriptedResponse anthropicNotFound(const QByteArray &model)
{
    return anthropicError(404, "not_found_error", u"model: "_s + QString::fromUtf8(model));
}

ScriptedResponse anthropicRequestTooLarge()
{
    // Produced by the edge before the API: no top-level "type", no request id.
    const Json body = Json::object(
        {{"error", Json::object({{"type", "request_too_large"}, {"message", "Request exceeds the maximum size"}})}});
    return withBody(413, "application/json"_ba, body.dump());
}

QList<AnthropicModel> defaultAnthropicModels()
{
    return {{"claude-opus-4-1-20250805", "Claude Opus 4.1", "2025-08-05T00:00:00Z"},
            {"claude-opus-4-20250514", "Claude Opus 4", "2025-05-22T00:00:00Z"},
            {"claude-sonnet-4-20250514", "Claude Sonnet 4", "2025-05-22T00:00:00Z"},
            {"claude-3-7-sonnet-20250219", "Claude Sonnet 3.7", "2025-02-24T00:00:00Z"},
            {"claude-3-5-haiku-20241022", "Claude Haiku 3.5", "2024-10-22T00:00:00Z"}};
}

ScriptedResponse anthropicModels(const QList<AnthropicModel> &page, bool hasMore)
{
    Json data = Json::array();
    for (const AnthropicModel &m : page)
        data.append(anthropicModelJson(m));
    const Json body = Json::object({{"data", data},
                                    {"has_more", hasMore},
                                    {"first_id", page.isEmpty() ? Json() : Json(page.constFirst().id)},
                                    {"last_id", page.isEmpty() ? Json() : Json(page.constLast().id)}});
    ScriptedResponse r = withBody(200, "application/json"_ba, body.dump());
    r.headers = anthropicHeaders(AnthropicOptions{}, "application/json"_ba);
    return r;
}

ScriptedResponse anthropicModelsPage(const QList<AnthropicModel> &all, const RecordedRequest &request)
{
    const QUrlQuery query = request.query();
    int limit = 20;
    if (query.hasQueryItem(u"limit"_s))
        limit = std::clamp(query.queryItemValue(u"limit"_s).toInt(), 1, 1000);
    const QByteArray afterId = query.queryItemValue(u"after_id"_s).toUtf8();
    const QByteArray beforeId = query.queryItemValue(u"before_id"_s).toUtf8();
    const auto indexOf = [&all](const QByteArray &id) -> qsizetype {
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all.at(i).id == id)
                return i;
        }
        return -1;
    };
    qsizetype begin = 0;
    qsizetype end = all.size();
    bool hasMore = false;
    if (!beforeId.isEmpty()) {
        end = std::max<qsizetype>(0, indexOf(beforeId));
        begin = std::max<qsizetype>(0, end - limit);
        hasMore = begin > 0;
    } else {
        if (!afterId.isEmpty()) {
            const qsizetype i = indexOf(afterId);
            begin = i < 0 ? all.size() : i + 1;
        }
        end = std::min<qsizetype>(all.size(), begin + limit);
        hasMore = end < all.size();
    }
    return anthropicModels(all.mid(begin, end - begin), hasMore);
}

ProviderTestServer::Handler anthropicModelsHandler(const QList<AnthropicModel> &all)
{
    return [all](const RecordedRequest &request) { return anthropicModelsPage(all, request); };
}

// ================================================================================================= Ollama

ScriptedResponse ollamaChat(const QString &text, const OllamaOptions &o)
{
    return withBody(200, kOllamaJson, ollamaObject(o, text, true).dump(JsonStyle::go()));
}

ScriptedResponse ollamaStream(const QStringList &pieces, const OllamaOptions &o)
{
    QList<QByteArray> lines;
    for (const QString &piece : pieces)
        lines.append(ollamaObject(o, piece, false).dump(JsonStyle::go()) + '\n');
    lines.append(ollamaObject(o, QString(), true).dump(JsonStyle::go()) + '\n');
    return streamOf(lines, kNdjson);
}

ScriptedResponse ollamaStreamError(const QStringList &piecesBefore, const QString &error, const OllamaOptions &o)
{
    QList<QByteArray> lines;
    for (const QString &piece : piecesBefore)
        lines.append(ollamaObject(o, piece, false).dump(JsonStyle::go()) + '\n');
    lines.append(Json::object({{"error", error}}).dump(JsonStyle::go()) + '\n');
    return streamOf(lines, kNdjson);
}

ScriptedResponse ollamaError(int status, const QString &error)
{
    return withBody(status, kOllamaJson, Json::object({{"error", error}}).dump(JsonStyle::go()));
}

ScriptedResponse ollamaModelNotFound(const QByteArray &model, bool legacyWording)
{
    const QString m = QString::fromUtf8(model);
    return ollamaError(404, legacyWording ? u"model \"%1\" not found, try pulling it first"_s.arg(m)
                                          : u"model '%1' not found"_s.arg(m));
}

ScriptedResponse ollamaBusy()
{
    return ollamaError(503, u"server busy, please try again.  maximum pending requests exceeded"_s);
}

ScriptedResponse ollamaTags(const QList<OllamaModel> &models)
{
    Json list = Json::array();
    for (const OllamaModel &m : models) {
        const Json details = Json::object({{"parent_model", ""},
                                           {"format", "gguf"},
                                           {"family", m.family},
                                           {"families", Json::strings({m.family})},
                                           {"parameter_size", m.parameterSize},
                                           {"quantization_level", m.quantization}});
        Json entry = Json::object({{"name", m.name},
                                   {"model", m.name},
                                   {"modified_at", m.modifiedAt},
                                   {"size", m.size},
                                   {"digest", m.digest},
                                   {"details", details}});
        if (!m.capabilities.isEmpty())
            entry.insert("capabilities", Json::strings(m.capabilities));
        list.append(entry);
    }
    return withBody(200, kOllamaJson, Json::object({{"models", list}}).dump(JsonStyle::go()));
}

// ================================================================================================= Transformer Lab

ScriptedResponse tlabChat(const QString &text, const TlabOptions &o)
{
    const Json body = Json::object(
        {{"id", o.id},
         {"object", "chat.completion"},
         {"created", o.created},
         {"model", o.model},
         {"choices", Json::array({Json::object({{"index", 0},
                                                {"message", Json::object({{"role", "assistant"}, {"content", text}})},
                                                {"finish_reason", nullable(o.finishReason)}})})},
         {"usage", Json::object({{"prompt_tokens", o.usage.input},
                                 {"total_tokens", o.usage.input + o.usage.output},
                                 {"completion_tokens", o.usage.output}})}});
    return withBody(200, "application/json"_ba, body.dump());
}

ScriptedResponse tlabStream(const QStringList &pieces, const TlabOptions &o)
{
    QList<QByteArray> events{tlabFirstChunk(o)};
    for (const QString &piece : pieces)
        events.append(tlabContentChunk(o, piece));
    const Json closing = Json::object(
        {{"id", o.id},
         {"object", "chat.completion.chunk"},
         {"created", o.created},
         {"model", o.model},
         {"choices", Json::array({Json::object(
                         {{"index", 0}, {"delta", Json::object()}, {"finish_reason", nullable(o.finishReason)}})})}});
    events.append(sseEvent(closing.dump(JsonStyle::python())));
    events.append(kDone);
    return streamOf(events, kSse);
}

ScriptedResponse tlabStreamWorkerError(const QStringList &piecesBefore, int errorCode, const QString &text,
                                       const TlabOptions &o)
{
    QList<QByteArray> events{tlabFirstChunk(o)};
    for (const QString &piece : piecesBefore)
        events.append(tlabContentChunk(o, piece));
    events.append(sseEvent(Json::object({{"text", text}, {"error_code", errorCode}}).dump(JsonStyle::pythonSorted())));
    events.append(kDone);
    return streamOf(events, kSse);
}

ScriptedResponse tlabError(int code, const QString &message)
{
    // FastChat answers every API error with HTTP 400; the cause is in `code`.
    return withBody(400, "application/json"_ba,
                    Json::object({{"object", "error"}, {"message", message}, {"code", code}}).dump());
}

ScriptedResponse tlabModelNotLoaded(const QList<QByteArray> &loaded, const QByteArray &requested)
{
    return tlabError(40301, u"Expected model: %1. Your model: %2"_s.arg(QString::fromUtf8(loaded.join("&&")),
                                                                        QString::fromUtf8(requested)));
}

ScriptedResponse tlabBadKey()
{
    const Json error = Json::object(
        {{"message", ""}, {"type", "invalid_request_error"}, {"param", Json()}, {"code", "invalid_api_key"}});
    return withBody(401, "application/json"_ba, Json::object({{"detail", Json::object({{"error", error}})}}).dump());
}

ScriptedResponse tlabInternal500()
{
    return withBody(500, "text/plain; charset=utf-8"_ba, "Internal Server Error"_ba);
}

ScriptedResponse tlabModels(const QList<QByteArray> &ids)
{
    Json data = Json::array();
    const qint64 created = 1741569952;
    for (const QByteArray &id : ids) {
        const Json permission = Json::object({{"id", "modelperm-Rk3XhG5nVq7wYcT2pLm9sA"},
                                              {"object", "model_permission"},
                                              {"created", created},
                                              {"allow_create_engine", false},
                                              {"allow_sampling", true},
                                              {"allow_logprobs", true},
                                              {"allow_search_indices", true},
                                              {"allow_view", true},
                                              {"allow_fine_tuning", false},
                                              {"organization", "*"},
                                              {"group", Json()},
                                              {"is_blocking", false}});
        data.append(Json::object({{"id", id},
                                  {"object", "model"},
                                  {"created", created},
                                  {"owned_by", "fastchat"},
                                  {"root", id},
                                  {"parent", Json()},
                                  {"permission", Json::array({permission})}}));
    }
    return withBody(200, "application/json"_ba, Json::object({{"object", "list"}, {"data", data}}).dump());
}

} // namespace candor::test::wire
