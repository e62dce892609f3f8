// Anthropic Messages API: x-api-key auth, top-level system, forced tool use for structured output, named SSE events.
#include "providers/connector.h"

#include "providers/providererrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace candor {
using namespace Qt::StringLiterals;
namespace {

constexpr char kToolName[] = "emit_output";

FinishReason mapStop(const QString &stop)
{
    if (stop == QLatin1String("end_turn") || stop == QLatin1String("stop_sequence"))
        return FinishReason::Stop;
    if (stop == QLatin1String("max_tokens") || stop == QLatin1String("model_context_window_exceeded"))
        return FinishReason::Length;
    if (stop == QLatin1String("tool_use"))
        return FinishReason::Tool;
    if (stop == QLatin1String("refusal"))
        return FinishReason::Refusal;
    return FinishReason::Unknown;
}

void readUsage(const QJsonObject &usage, ChatResult *result)
{
    // Input is everything the model read: plain, cache writes and cache reads.
    if (usage.value(u"input_tokens"_s).isDouble()) {
        result->inputTokens = qint64(usage.value(u"input_tokens"_s).toDouble() +
                                     usage.value(u"cache_creation_input_tokens"_s).toDouble() +
                                     usage.value(u"cache_read_input_tokens"_s).toDouble());
    }
    if (usage.value(u"output_tokens"_s).isDouble())
        result->outputTokens = qint64(usage.value(u"output_tokens"_s).toDouble());
}

// The tool's input schema must be an object: a top-level array schema is wrapped.
QJsonObject toolSchema(const QJsonObject &schema, bool *wrapped)
{
    *wrapped = schema.value(u"type"_s).toString() != QLatin1String("object");
    if (!*wrapped)
        return schema;
    return QJsonObject{{u"type"_s, u"object"_s},
                       {u"properties"_s, QJsonObject{{u"value"_s, schema}}},
                       {u"required"_s, QJsonArray{u"value"_s}}};
}

class AnthropicConnector : public Connector
{
public:
    AnthropicConnector(const EndpointSettings &settings, QObject *parent) : Connector(settings, parent) {}

protected:
    void addAuth(QVector<QPair<QByteArray, QByteArray>> &headers) const override
    {
        if (!m_settings.apiKey.isEmpty())
            headers.append(qMakePair(QByteArrayLiteral("x-api-key"), m_settings.apiKey.toUtf8()));
        headers.append(qMakePair(QByteArrayLiteral("anthropic-version"), QByteArrayLiteral("2023-06-01")));
    }

    HttpRequest buildChat(const ChatRequest &request, bool structured) const override
    {
        HttpRequest http;
        http.path = u"/messages"_s;
        QJsonObject body;
        body.insert(u"model"_s, request.model);
        body.insert(u"max_tokens"_s, request.maxTokens); // required by Anthropic
        if (!request.system.isEmpty())
            body.insert(u"system"_s, request.system);
        body.insert(u"messages"_s, QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, request.user}}});
        // Anthropic's range is 0..1, not 0..2.
        if (request.temperature)
            body.insert(u"temperature"_s, qBound(0.0, *request.temperature, 1.0));
        if (request.stream)
            body.insert(u"stream"_s, true);
        if (structured) {
            bool wrapped = false;
            const QJsonObject schema = toolSchema(request.schema, &wrapped);
            body.insert(u"tools"_s, QJsonArray{QJsonObject{{u"name"_s, QString::fromLatin1(kToolName)},
                                                           {u"description"_s, u"Return the requested output."_s},
                                                           {u"input_schema"_s, schema}}});
            body.insert(u"tool_choice"_s,
                        QJsonObject{{u"type"_s, u"tool"_s}, {u"name"_s, QString::fromLatin1(kToolName)}});
        }
        http.body = body;
        return http;
    }

    bool parseChat(const QByteArray &body, const ChatRequest &request, bool structured, ChatResult *result,
                   ProviderError *error) const override
    {
        QJsonObject root;
        if (!parseObject(body, Connector::tr("the body"), &root, error))
            return false;
        if (root.value(u"type"_s).toString() == QLatin1String("error")) {
            *error = classifyStreamError(Dialect::Anthropic, providerName(), root);
            return false;
        }
        result->model = root.value(u"model"_s).toString();
        result->requestId = root.value(u"id"_s).toString();
        result->finish = mapStop(root.value(u"stop_reason"_s).toString());
        readUsage(root.value(u"usage"_s).toObject(), result);
        for (const QJsonValue &v : root.value(u"content"_s).toArray()) {
            const QJsonObject block = v.toObject();
            const QString type = block.value(u"type"_s).toString();
            if (type == QLatin1String("text")) {
                result->text += block.value(u"text"_s).toString();
            } else if (type == QLatin1String("tool_use") && structured &&
                       block.value(u"name"_s).toString() == QLatin1String(kToolName)) {
                // Only Candor's own forced tool carries the answer; a tool the model chose itself is not text.
                QJsonValue input = block.value(u"input"_s);
                bool wrapped = false;
                toolSchema(request.schema, &wrapped);
                if (wrapped)
                    input = input.toObject().value(u"value"_s);
                result->json = input;
                result->text =
                    QString::fromUtf8(input.isArray() ? QJsonDocument(input.toArray()).toJson(QJsonDocument::Compact)
                                                      : QJsonDocument(input.toObject()).toJson(QJsonDocument::Compact));
            }
        }
        // A forced tool call is the expected way to finish, not an interruption.
        if (result->finish == FinishReason::Tool && result->json)
            result->finish = FinishReason::Stop;
        return true;
    }

    StreamProgress onStreamEvent(const StreamEvent &event, ChatResult *partial, StreamContext *context) const override
    {
        StreamProgress progress;
        const QByteArray data = event.data.trimmed(); // Anthropic's own fixtures carry trailing spaces
        if (data.isEmpty())
            return progress;
        QJsonObject payload;
        if (!parseObject(data, Connector::tr("a stream event"), &payload, &progress.error))
            return progress;
        QString type = QString::fromUtf8(event.event);
        if (type.isEmpty())
            type = payload.value(u"type"_s).toString();
        if (type == QLatin1String("message_start")) {
            const QJsonObject message = payload.value(u"message"_s).toObject();
            partial->model = message.value(u"model"_s).toString();
            partial->requestId = message.value(u"id"_s).toString();
            readUsage(message.value(u"usage"_s).toObject(), partial);
        } else if (type == QLatin1String("content_block_start")) {
            const QJsonObject block = payload.value(u"content_block"_s).toObject();
            if (context->structured && block.value(u"type"_s).toString() == QLatin1String("tool_use") &&
                block.value(u"name"_s).toString() == QLatin1String(kToolName))
                context->forcedToolBlock = payload.value(u"index"_s).toInt(-1);
        } else if (type == QLatin1String("content_block_delta")) {
            const QJsonObject delta = payload.value(u"delta"_s).toObject();
            const QString deltaType = delta.value(u"type"_s).toString();
            if (deltaType == QLatin1String("text_delta")) {
                progress.delta = delta.value(u"text"_s).toString();
            } else if (deltaType == QLatin1String("input_json_delta") && context->forcedToolBlock >= 0 &&
                       payload.value(u"index"_s).toInt(-2) == context->forcedToolBlock) {
                // Candor's forced tool call is the answer; the input of any other tool (a server tool's query, a
                // tool the model picked itself) is not.
                progress.delta = delta.value(u"partial_json"_s).toString();
            }
        } else if (type == QLatin1String("message_delta")) {
            const QJsonObject delta = payload.value(u"delta"_s).toObject();
            const QString stop = delta.value(u"stop_reason"_s).toString();
            if (!stop.isEmpty())
                partial->finish = mapStop(stop);
            // The final usage may restate the input (and cache) counts as well as the output.
            readUsage(payload.value(u"usage"_s).toObject(), partial);
        } else if (type == QLatin1String("message_stop")) {
            progress.done = true;
        } else if (type == QLatin1String("error")) {
            progress.error = classifyStreamError(Dialect::Anthropic, providerName(), payload);
        } else if (type == QLatin1String("ping")) {
            progress.keepAlive = true;
        }
        // ping, content_block_start/stop and unknown events carry nothing Candor needs.
        return progress;
    }

    void completeStream(ChatResult *result, const ChatRequest &request) const override
    {
        if (result->finish != FinishReason::Tool || request.schema.isEmpty())
            return;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(result->text.toUtf8(), &parseError);
        if (!doc.isObject())
            return; // left to the usual extraction, which reports what is wrong
        bool wrapped = false;
        toolSchema(request.schema, &wrapped);
        result->json = wrapped ? doc.object().value(u"value"_s) : QJsonValue(doc.object());
        result->finish = FinishReason::Stop;
    }

    HttpRequest buildModelList(const QString &pageToken) const override
    {
        HttpRequest http;
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"100"_s);
        if (!pageToken.isEmpty())
            query.addQueryItem(u"after_id"_s, pageToken);
        http.path = u"/models?"_s + query.toString(QUrl::FullyEncoded);
        return http;
    }

    bool parseModelList(const QByteArray &body, QStringList *models, QString *nextPage,
                        ProviderError *error) const override
    {
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        if (!root.value(u"data"_s).isArray()) {
            *error = invalid(Connector::tr("the model list has no \"data\" array"));
            return false;
        }
        for (const QJsonValue &v : root.value(u"data"_s).toArray()) {
            const QString id = v.toObject().value(u"id"_s).toString();
            if (!id.isEmpty())
                *models << id;
        }
        if (root.value(u"has_more"_s).toBool())
            *nextPage = root.value(u"last_id"_s).toString();
        return true;
    }
};

} // namespace

std::unique_ptr<Connector> createAnthropicConnector(const EndpointSettings &settings, QObject *parent)
{
    return std::make_unique<AnthropicConnector>(settings, parent);
}

} // namespace candor
