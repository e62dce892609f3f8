// Anthropic Messages API: x-api-key auth, top-level system, forced tool use for structured output, named SSE events.
#include "providers/connector.h"

#include "providers/providererrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace candor {
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
    if (usage.value(QStringLiteral("input_tokens")).isDouble()) {
        result->inputTokens = qint64(usage.value(QStringLiteral("input_tokens")).toDouble() +
                                     usage.value(QStringLiteral("cache_creation_input_tokens")).toDouble() +
                                     usage.value(QStringLiteral("cache_read_input_tokens")).toDouble());
    }
    if (usage.value(QStringLiteral("output_tokens")).isDouble())
        result->outputTokens = qint64(usage.value(QStringLiteral("output_tokens")).toDouble());
}

// The tool's input schema must be an object: a top-level array schema is wrapped.
QJsonObject toolSchema(const QJsonObject &schema, bool *wrapped)
{
    *wrapped = schema.value(QStringLiteral("type")).toString() != QLatin1String("object");
    if (!*wrapped)
        return schema;
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), QJsonObject{{QStringLiteral("value"), schema}}},
                       {QStringLiteral("required"), QJsonArray{QStringLiteral("value")}}};
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
        http.path = QStringLiteral("/messages");
        QJsonObject body;
        body.insert(QStringLiteral("model"), request.model);
        body.insert(QStringLiteral("max_tokens"), request.maxTokens); // required by Anthropic
        if (!request.system.isEmpty())
            body.insert(QStringLiteral("system"), request.system);
        body.insert(QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                                       {QStringLiteral("content"), request.user}}});
        // Anthropic's range is 0..1, not 0..2.
        if (request.temperature)
            body.insert(QStringLiteral("temperature"), qBound(0.0, *request.temperature, 1.0));
        if (request.stream)
            body.insert(QStringLiteral("stream"), true);
        if (structured) {
            bool wrapped = false;
            const QJsonObject schema = toolSchema(request.schema, &wrapped);
            body.insert(
                QStringLiteral("tools"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QString::fromLatin1(kToolName)},
                                       {QStringLiteral("description"), QStringLiteral("Return the requested output.")},
                                       {QStringLiteral("input_schema"), schema}}});
            body.insert(QStringLiteral("tool_choice"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("tool")},
                                    {QStringLiteral("name"), QString::fromLatin1(kToolName)}});
        }
        http.body = body;
        return http;
    }

    bool parseChat(const QByteArray &body, const ChatRequest &request, ChatResult *result,
                   ProviderError *error) const override
    {
        QJsonObject root;
        if (!parseObject(body, Connector::tr("the body"), &root, error))
            return false;
        if (root.value(QStringLiteral("type")).toString() == QLatin1String("error")) {
            *error = classifyStreamError(Dialect::Anthropic, providerName(), root, false);
            return false;
        }
        result->model = root.value(QStringLiteral("model")).toString();
        result->requestId = root.value(QStringLiteral("id")).toString();
        result->finish = mapStop(root.value(QStringLiteral("stop_reason")).toString());
        readUsage(root.value(QStringLiteral("usage")).toObject(), result);
        for (const QJsonValue &v : root.value(QStringLiteral("content")).toArray()) {
            const QJsonObject block = v.toObject();
            const QString type = block.value(QStringLiteral("type")).toString();
            if (type == QLatin1String("text")) {
                result->text += block.value(QStringLiteral("text")).toString();
            } else if (type == QLatin1String("tool_use")) {
                QJsonValue input = block.value(QStringLiteral("input"));
                bool wrapped = false;
                toolSchema(request.schema, &wrapped);
                if (wrapped)
                    input = input.toObject().value(QStringLiteral("value"));
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

    StreamProgress onStreamEvent(const StreamEvent &event, ChatResult *partial, bool textShown) const override
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
            type = payload.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("message_start")) {
            const QJsonObject message = payload.value(QStringLiteral("message")).toObject();
            partial->model = message.value(QStringLiteral("model")).toString();
            partial->requestId = message.value(QStringLiteral("id")).toString();
            readUsage(message.value(QStringLiteral("usage")).toObject(), partial);
        } else if (type == QLatin1String("content_block_delta")) {
            const QJsonObject delta = payload.value(QStringLiteral("delta")).toObject();
            const QString deltaType = delta.value(QStringLiteral("type")).toString();
            if (deltaType == QLatin1String("text_delta"))
                progress.delta = delta.value(QStringLiteral("text")).toString();
            else if (deltaType == QLatin1String("input_json_delta"))
                progress.delta = delta.value(QStringLiteral("partial_json")).toString(); // forced tool JSON
        } else if (type == QLatin1String("message_delta")) {
            const QJsonObject delta = payload.value(QStringLiteral("delta")).toObject();
            const QString stop = delta.value(QStringLiteral("stop_reason")).toString();
            if (!stop.isEmpty())
                partial->finish = mapStop(stop);
            const QJsonObject usage = payload.value(QStringLiteral("usage")).toObject();
            if (usage.value(QStringLiteral("output_tokens")).isDouble())
                partial->outputTokens = qint64(usage.value(QStringLiteral("output_tokens")).toDouble());
        } else if (type == QLatin1String("message_stop")) {
            progress.done = true;
        } else if (type == QLatin1String("error")) {
            progress.error = classifyStreamError(Dialect::Anthropic, providerName(), payload, textShown);
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
        result->json = wrapped ? doc.object().value(QStringLiteral("value")) : QJsonValue(doc.object());
        result->finish = FinishReason::Stop;
    }

    HttpRequest buildModelList(const QString &pageToken) const override
    {
        HttpRequest http;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (!pageToken.isEmpty())
            query.addQueryItem(QStringLiteral("after_id"), pageToken);
        http.path = QStringLiteral("/models?") + query.toString(QUrl::FullyEncoded);
        return http;
    }

    bool parseModelList(const QByteArray &body, QStringList *models, QString *nextPage,
                        ProviderError *error) const override
    {
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        if (!root.value(QStringLiteral("data")).isArray()) {
            *error = invalid(Connector::tr("the model list has no \"data\" array"));
            return false;
        }
        for (const QJsonValue &v : root.value(QStringLiteral("data")).toArray()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            if (!id.isEmpty())
                *models << id;
        }
        if (root.value(QStringLiteral("has_more")).toBool())
            *nextPage = root.value(QStringLiteral("last_id")).toString();
        return true;
    }
};

} // namespace

std::unique_ptr<Connector> createAnthropicConnector(const EndpointSettings &settings, QObject *parent)
{
    return std::make_unique<AnthropicConnector>(settings, parent);
}

} // namespace candor
