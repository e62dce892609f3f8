// OpenAI Chat Completions and everything that speaks it: xAI, Together.ai, Transformer Lab, generic servers.
#include "providers/connector.h"

#include "providers/providererrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace candor {
using namespace Qt::StringLiterals;
namespace {

FinishReason mapFinish(const QJsonValue &value)
{
    const QString f = value.toString();
    if (f == QLatin1String("stop") || f == QLatin1String("eos") || f == QLatin1String("end_turn"))
        return FinishReason::Stop;
    if (f == QLatin1String("length"))
        return FinishReason::Length;
    if (f == QLatin1String("tool_calls") || f == QLatin1String("function_call"))
        return FinishReason::Tool;
    if (f == QLatin1String("content_filter"))
        return FinishReason::Filtered;
    if (f == QLatin1String("refusal"))
        return FinishReason::Refusal;
    if (f == QLatin1String("error"))
        return FinishReason::Error;
    return FinishReason::Unknown;
}

std::optional<qint64> optionalInt(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    return std::nullopt;
}

void readUsage(const QJsonValue &usageValue, ChatResult *result)
{
    if (!usageValue.isObject())
        return;
    const QJsonObject usage = usageValue.toObject();
    if (auto in = optionalInt(usage.value(u"prompt_tokens"_s)))
        result->inputTokens = in;
    if (auto out = optionalInt(usage.value(u"completion_tokens"_s)))
        result->outputTokens = out;
}

constexpr qsizetype kAbsent = -1;
constexpr qsizetype kUnreadable = -2;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Position just past `"key"` and the colon after it (any JSON whitespace, line breaks too: a chunk may span several
// data: lines), kAbsent when the key is not there, kUnreadable when it is there but not as a plain key.
qsizetype valueOf(const QByteArray &data, const char *quotedKey)
{
    const qsizetype at = data.indexOf(quotedKey);
    if (at < 0)
        return kAbsent;
    qsizetype i = at + qsizetype(qstrlen(quotedKey));
    while (i < data.size() && isJsonSpace(data[i]))
        ++i;
    if (i >= data.size() || data[i] != ':')
        return kUnreadable;
    ++i;
    while (i < data.size() && isJsonSpace(data[i]))
        ++i;
    return i;
}

// The choice an answer is read from: index 0, as the SDKs do (a server may send n > 1 choices, in any order).
QJsonObject firstChoice(const QJsonArray &choices)
{
    for (const QJsonValue &v : choices) {
        const QJsonObject choice = v.toObject();
        if (choice.value(u"index"_s).toInt(-1) == 0)
            return choice;
    }
    for (const QJsonValue &v : choices) {
        if (!v.toObject().contains(u"index"_s))
            return v.toObject();
    }
    return {};
}

bool isNullAt(const QByteArray &data, qsizetype i)
{
    return i >= 0 && data.mid(i, 4) == "null";
}

// Decodes the JSON string starting at data[i] (the opening quote). False on anything unexpected, so the caller
// falls back to the full parser.
bool decodeJsonString(const QByteArray &data, qsizetype i, QString *out)
{
    if (i < 0 || i >= data.size() || data[i] != '"')
        return false;
    QByteArray utf8;
    for (++i; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"') {
            *out = QString::fromUtf8(utf8);
            return true;
        }
        if (c != '\\') {
            utf8 += c;
            continue;
        }
        if (++i >= data.size())
            return false;
        switch (data[i]) {
        case '"':
            utf8 += '"';
            break;
        case '\\':
            utf8 += '\\';
            break;
        case '/':
            utf8 += '/';
            break;
        case 'n':
            utf8 += '\n';
            break;
        case 't':
            utf8 += '\t';
            break;
        case 'r':
            utf8 += '\r';
            break;
        case 'b':
            utf8 += '\b';
            break;
        case 'f':
            utf8 += '\f';
            break;
        case 'u': {
            auto hex4 = [&](qsizetype at, char16_t *unit) {
                if (at + 4 > data.size())
                    return false;
                bool ok = false;
                *unit = char16_t(data.mid(at, 4).toUInt(&ok, 16));
                return ok;
            };
            char16_t unit = 0;
            if (!hex4(i + 1, &unit))
                return false;
            i += 4;
            QString decoded{QChar(unit)};
            if (QChar::isHighSurrogate(unit)) {
                char16_t low = 0;
                if (i + 2 < data.size() && data[i + 1] == '\\' && data[i + 2] == 'u' && hex4(i + 3, &low) &&
                    QChar::isLowSurrogate(low)) {
                    decoded += QChar(low);
                    i += 6;
                } else {
                    return false;
                }
            }
            utf8 += decoded.toUtf8();
            break;
        }
        default:
            return false;
        }
    }
    return false; // no closing quote
}

// Reasoning models accept neither a temperature nor max_tokens.
bool isReasoningModel(const QString &model)
{
    static const QRegularExpression re(u"^(o[1-9]|gpt-5)"_s);
    return re.match(model.toLower()).hasMatch();
}

class OpenAiConnector : public Connector
{
public:
    OpenAiConnector(const EndpointSettings &settings, QObject *parent) : Connector(settings, parent) {}

protected:
    bool supportsStructuredOutput() const override
    {
        // Transformer Lab silently ignores response_format: ask for JSON in the prompt only.
        return m_settings.dialect != Dialect::TransformerLab;
    }

    HttpRequest buildChat(const ChatRequest &request, bool structured) const override
    {
        HttpRequest http;
        http.path = u"/chat/completions"_s;
        QJsonObject body;
        body.insert(u"model"_s, request.model);
        QJsonArray messages;
        if (!request.system.isEmpty())
            messages.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, request.system}});
        messages.append(QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, request.user}});
        body.insert(u"messages"_s, messages);
        const bool reasoning = m_settings.dialect == Dialect::OpenAi && isReasoningModel(request.model);
        if (request.temperature && !reasoning && !hasQuirk(request.model, u"temperature"_s))
            body.insert(u"temperature"_s, *request.temperature);
        // OpenAI prefers max_completion_tokens (reasoning models require it); the rest read max_tokens. Either
        // side switches when a server refuses the field.
        const bool completionTokens = m_settings.dialect == Dialect::OpenAi
                                          ? !hasQuirk(request.model, u"max_completion_tokens"_s)
                                          : hasQuirk(request.model, u"max_tokens"_s);
        body.insert(completionTokens ? u"max_completion_tokens"_s : u"max_tokens"_s, request.maxTokens);
        if (request.stream) {
            body.insert(u"stream"_s, true);
            // Usage in the last chunk where the API documents it; unknown fields can fail a generic server.
            if (m_settings.dialect == Dialect::OpenAi || m_settings.dialect == Dialect::Xai ||
                m_settings.dialect == Dialect::Together)
                body.insert(u"stream_options"_s, QJsonObject{{u"include_usage"_s, true}});
        }
        if (structured) {
            QJsonObject schema{{u"name"_s, request.schemaName}, {u"schema"_s, request.schema}};
            // strict mode only accepts schemas written for it (closed objects, everything required).
            if (request.schema.value(u"additionalProperties"_s) == QJsonValue(false))
                schema.insert(u"strict"_s, true);
            body.insert(u"response_format"_s, QJsonObject{{u"type"_s, u"json_schema"_s}, {u"json_schema"_s, schema}});
        }
        http.body = body;
        return http;
    }

    QString adaptableRejection(const ProviderError &error, const QByteArray &body,
                               const ChatRequest &request) const override
    {
        if (error.httpStatus != 400)
            return QString();
        const QJsonObject err = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
        const QString param = err.value(u"param"_s).toString();
        const QString message = err.value(u"message"_s).toString();
        if (param == QLatin1String("temperature") && request.temperature)
            return u"temperature"_s;
        if (param == QLatin1String("max_tokens") || message.contains(QLatin1String("max_completion_tokens")))
            return u"max_tokens"_s; // use max_completion_tokens from now on
        if (param == QLatin1String("max_completion_tokens"))
            return u"max_completion_tokens"_s;
        return QString();
    }

    bool parseChat(const QByteArray &body, const ChatRequest &, bool, ChatResult *result,
                   ProviderError *error) const override
    {
        QJsonObject root;
        if (!parseObject(body, Connector::tr("the body"), &root, error))
            return false;
        // Transformer Lab reports worker failures in a 200 body; "error": null is no error.
        const ProviderError inBody = classifyStreamError(m_settings.dialect, providerName(), root);
        if (inBody.isError()) {
            *error = inBody;
            return false;
        }
        const QJsonArray choices = root.value(u"choices"_s).toArray();
        result->model = root.value(u"model"_s).toString();
        result->requestId = root.value(u"id"_s).toString();
        readUsage(root.value(u"usage"_s), result);
        if (choices.isEmpty()) {
            *error = {ErrorKind::EmptyResponse,
                      true,
                      std::nullopt,
                      0,
                      Connector::tr("%1 returned no choices; the server or a gateway dropped the answer.")
                          .arg(providerName()),
                      {},
                      result->requestId};
            return false;
        }
        const QJsonObject choice = firstChoice(choices);
        const QJsonObject message = choice.value(u"message"_s).toObject();
        result->text = message.value(u"content"_s).toString();
        if (result->text.isEmpty() && choice.value(u"text"_s).isString())
            result->text = choice.value(u"text"_s).toString();
        result->finish = mapFinish(choice.value(u"finish_reason"_s));
        const QString refusal = message.value(u"refusal"_s).toString();
        if (!refusal.isEmpty() && result->text.isEmpty()) {
            result->finish = FinishReason::Refusal;
            result->text = refusal;
        }
        return true;
    }

    StreamProgress onStreamEvent(const StreamEvent &event, ChatResult *partial, StreamContext *) const override
    {
        StreamProgress progress;
        const QByteArray data = event.data.trimmed();
        // The event name is read on every dialect: "event: error" carries the provider's message, wrapped in
        // {"error":...} or flat, or as plain text.
        if (event.event == "error") {
            QJsonObject payload = QJsonDocument::fromJson(data).object();
            if (!payload.value(u"error"_s).isObject() && !payload.value(u"error"_s).isString())
                payload = QJsonObject{{u"error"_s, payload.isEmpty()
                                                       ? QJsonValue(QString::fromUtf8(data.isEmpty() ? "error" : data))
                                                       : QJsonValue(payload)}};
            progress.error = classifyStreamError(m_settings.dialect, providerName(), payload);
            return progress;
        }
        if (data.isEmpty())
            return progress;
        if (data == "[DONE]") {
            progress.done = true;
            return progress;
        }
        // Fast path for the common case, a plain content delta of choice 0: no JSON document is built for each of
        // the hundreds of events a second. Anything else (the first chunk, errors, finish reasons, usage, refusals,
        // tool calls, several choices) takes the full parser below.
        if (!partial->model.isEmpty() && !data.contains("error") && !data.contains("refusal") &&
            !data.contains("tool_calls")) {
            const qsizetype finish = valueOf(data, "\"finish_reason\"");
            const qsizetype usage = valueOf(data, "\"usage\"");
            const qsizetype content = valueOf(data, "\"content\"");
            const qsizetype index = valueOf(data, "\"index\"");
            const bool onlyChoiceZero =
                index == kAbsent || (index >= 0 && data.mid(index, 1) == "0" &&
                                     data.indexOf("\"index\"", data.indexOf("\"index\"") + 1) < 0);
            if (onlyChoiceZero && (finish == kAbsent || isNullAt(data, finish)) &&
                (usage == kAbsent || isNullAt(data, usage)) && content >= 0 &&
                decodeJsonString(data, content, &progress.delta))
                return progress;
            progress.delta.clear();
        }
        QJsonObject chunk;
        if (!parseObject(data, Connector::tr("a stream event"), &chunk, &progress.error))
            return progress;
        const ProviderError inChunk = classifyStreamError(m_settings.dialect, providerName(), chunk);
        if (inChunk.isError()) {
            progress.error = inChunk;
            return progress;
        }
        if (partial->model.isEmpty())
            partial->model = chunk.value(u"model"_s).toString();
        if (partial->requestId.isEmpty())
            partial->requestId = chunk.value(u"id"_s).toString();
        // xAI repeats cumulative usage in every chunk; OpenAI and Together send it once at the end.
        readUsage(chunk.value(u"usage"_s), partial);
        const QJsonObject choice = firstChoice(chunk.value(u"choices"_s).toArray());
        if (choice.isEmpty())
            return progress;
        const QJsonObject delta = choice.value(u"delta"_s).toObject();
        progress.delta = delta.value(u"content"_s).toString();
        const QString refusal = delta.value(u"refusal"_s).toString();
        if (!refusal.isEmpty()) {
            progress.delta += refusal;
            partial->finish = FinishReason::Refusal;
        }
        const QJsonValue finish = choice.value(u"finish_reason"_s);
        if (finish.isString() && !finish.toString().isEmpty() && partial->finish != FinishReason::Refusal)
            partial->finish = mapFinish(finish);
        return progress;
    }

    HttpRequest buildModelList(const QString &) const override
    {
        HttpRequest http;
        http.path = u"/models"_s;
        return http;
    }

    bool parseModelList(const QByteArray &body, QStringList *models, QString *, ProviderError *error) const override
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        // Together answers a bare array; everyone else wraps it in {"object":"list","data":[...]}.
        const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(u"data"_s).toArray();
        if (!doc.isArray() && !doc.object().value(u"data"_s).isArray()) {
            *error = invalid(Connector::tr("the model list has no \"data\" array"));
            return false;
        }
        static const QRegularExpression notChat(
            u"(embedding|whisper|tts|dall-e|moderation|davinci-002|babbage-002|transcribe|image|"
            "realtime|audio|search)"_s);
        for (const QJsonValue &v : list) {
            const QJsonObject m = v.toObject();
            const QString id = m.value(u"id"_s).toString();
            if (id.isEmpty())
                continue;
            const QString type = m.value(u"type"_s).toString();
            if (!type.isEmpty() && type != QLatin1String("chat") && type != QLatin1String("language") &&
                type != QLatin1String("code"))
                continue;
            if (m_settings.dialect == Dialect::OpenAi && notChat.match(id).hasMatch())
                continue;
            *models << id;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Connector> createOpenAiConnector(const EndpointSettings &settings, QObject *parent)
{
    return std::make_unique<OpenAiConnector>(settings, parent);
}

} // namespace candor
