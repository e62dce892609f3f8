// Ollama's native API: /api/chat with NDJSON streaming, "format" for structured output, /api/tags for models.
#include "providers/connector.h"

#include "providers/providererrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace candor {
namespace {

class OllamaConnector : public Connector
{
public:
    OllamaConnector(const EndpointSettings &settings, QObject *parent) : Connector(settings, parent) {}

protected:
    bool ndjsonStream() const override { return true; }

    HttpRequest buildChat(const ChatRequest &request, bool structured) const override
    {
        HttpRequest http;
        http.path = QStringLiteral("/api/chat");
        QJsonArray messages;
        if (!request.system.isEmpty())
            messages.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                        {QStringLiteral("content"), request.system}});
        messages.append(
            QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), request.user}});
        QJsonObject options{{QStringLiteral("num_predict"), request.maxTokens}};
        if (request.temperature)
            options.insert(QStringLiteral("temperature"), *request.temperature);
        QJsonObject body{{QStringLiteral("model"), request.model},
                         {QStringLiteral("messages"), messages},
                         // Ollama streams unless told otherwise.
                         {QStringLiteral("stream"), request.stream},
                         {QStringLiteral("options"), options}};
        if (structured)
            body.insert(QStringLiteral("format"), request.schema);
        else if (!request.schema.isEmpty())
            body.insert(QStringLiteral("format"), QStringLiteral("json"));
        http.body = body;
        return http;
    }

    static void readFinal(const QJsonObject &o, ChatResult *result)
    {
        const QString reason = o.value(QStringLiteral("done_reason")).toString();
        if (reason == QLatin1String("length"))
            result->finish = FinishReason::Length;
        else if (reason == QLatin1String("stop") || o.value(QStringLiteral("done")).toBool())
            result->finish = FinishReason::Stop;
        // Metric fields are omitted when zero or unknown: absent stays unknown.
        if (o.value(QStringLiteral("prompt_eval_count")).isDouble())
            result->inputTokens = qint64(o.value(QStringLiteral("prompt_eval_count")).toDouble());
        if (o.value(QStringLiteral("eval_count")).isDouble())
            result->outputTokens = qint64(o.value(QStringLiteral("eval_count")).toDouble());
    }

    bool parseChat(const QByteArray &body, const ChatRequest &, ChatResult *result, ProviderError *error) const override
    {
        QJsonObject root;
        if (!parseObject(body, Connector::tr("the body"), &root, error))
            return false;
        if (root.contains(QStringLiteral("error"))) {
            *error = classifyStreamError(Dialect::Ollama, providerName(), root, false);
            return false;
        }
        result->model = root.value(QStringLiteral("model")).toString();
        result->text = root.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
        readFinal(root, result);
        return true;
    }

    StreamProgress onStreamEvent(const StreamEvent &event, ChatResult *partial, bool textShown) const override
    {
        StreamProgress progress;
        QJsonObject line;
        if (!parseObject(event.data, Connector::tr("a stream line"), &line, &progress.error))
            return progress;
        if (line.contains(QStringLiteral("error"))) {
            progress.error = classifyStreamError(Dialect::Ollama, providerName(), line, textShown);
            return progress;
        }
        if (partial->model.isEmpty())
            partial->model = line.value(QStringLiteral("model")).toString();
        progress.delta = line.value(QStringLiteral("message")).toObject().value(QStringLiteral("content")).toString();
        if (line.value(QStringLiteral("done")).toBool()) {
            readFinal(line, partial);
            progress.done = true;
        }
        return progress;
    }

    HttpRequest buildModelList(const QString &) const override
    {
        HttpRequest http;
        http.path = QStringLiteral("/api/tags");
        return http;
    }

    bool parseModelList(const QByteArray &body, QStringList *models, QString *, ProviderError *error) const override
    {
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        if (!root.value(QStringLiteral("models")).isArray()) {
            *error = invalid(Connector::tr("the model list has no \"models\" array"));
            return false;
        }
        for (const QJsonValue &v : root.value(QStringLiteral("models")).toArray()) {
            const QJsonObject m = v.toObject();
            const QString name = m.value(QStringLiteral("name")).toString();
            // Newer servers say what a model can do; embedding-only models cannot chat.
            const QJsonArray capabilities = m.value(QStringLiteral("capabilities")).toArray();
            if (!capabilities.isEmpty() && !capabilities.contains(QStringLiteral("completion")))
                continue;
            if (!name.isEmpty())
                *models << name;
        }
        return true;
    }
};

} // namespace

std::unique_ptr<Connector> createOllamaConnector(const EndpointSettings &settings, QObject *parent)
{
    return std::make_unique<OllamaConnector>(settings, parent);
}

} // namespace candor
