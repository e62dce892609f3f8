// Ollama's native API: /api/chat with NDJSON streaming, "format" for structured output, /api/tags for models.
#include "providers/connector.h"

#include "providers/providererrors.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace candor {
using namespace Qt::StringLiterals;
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
        http.path = u"/api/chat"_s;
        QJsonArray messages;
        if (!request.system.isEmpty())
            messages.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, request.system}});
        messages.append(QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, request.user}});
        QJsonObject options{{u"num_predict"_s, request.maxTokens}};
        if (request.temperature)
            options.insert(u"temperature"_s, *request.temperature);
        QJsonObject body{{u"model"_s, request.model},
                         {u"messages"_s, messages},
                         // Ollama streams unless told otherwise.
                         {u"stream"_s, request.stream},
                         {u"options"_s, options}};
        if (structured)
            body.insert(u"format"_s, request.schema);
        else if (!request.schema.isEmpty())
            body.insert(u"format"_s, u"json"_s);
        http.body = body;
        return http;
    }

    static void readFinal(const QJsonObject &o, ChatResult *result)
    {
        const QString reason = o.value(u"done_reason"_s).toString();
        if (reason == QLatin1String("length"))
            result->finish = FinishReason::Length;
        else if (reason == QLatin1String("stop") || o.value(u"done"_s).toBool())
            result->finish = FinishReason::Stop;
        // Metric fields are omitted when zero or unknown: absent stays unknown.
        if (o.value(u"prompt_eval_count"_s).isDouble())
            result->inputTokens = qint64(o.value(u"prompt_eval_count"_s).toDouble());
        if (o.value(u"eval_count"_s).isDouble())
            result->outputTokens = qint64(o.value(u"eval_count"_s).toDouble());
    }

    bool parseChat(const QByteArray &body, const ChatRequest &, bool, ChatResult *result,
                   ProviderError *error) const override
    {
        QJsonObject root;
        if (!parseObject(body, Connector::tr("the body"), &root, error))
            return false;
        const ProviderError inBody = classifyStreamError(Dialect::Ollama, providerName(), root);
        if (inBody.isError()) {
            *error = inBody;
            return false;
        }
        result->model = root.value(u"model"_s).toString();
        result->text = root.value(u"message"_s).toObject().value(u"content"_s).toString();
        readFinal(root, result);
        return true;
    }

    StreamProgress onStreamEvent(const StreamEvent &event, ChatResult *partial, StreamContext *) const override
    {
        StreamProgress progress;
        QJsonObject line;
        if (!parseObject(event.data, Connector::tr("a stream line"), &line, &progress.error))
            return progress;
        const ProviderError inLine = classifyStreamError(Dialect::Ollama, providerName(), line);
        if (inLine.isError()) {
            progress.error = inLine;
            return progress;
        }
        if (partial->model.isEmpty())
            partial->model = line.value(u"model"_s).toString();
        progress.delta = line.value(u"message"_s).toObject().value(u"content"_s).toString();
        if (line.value(u"done"_s).toBool()) {
            readFinal(line, partial);
            progress.done = true;
        }
        return progress;
    }

    HttpRequest buildModelList(const QString &) const override
    {
        HttpRequest http;
        http.path = u"/api/tags"_s;
        return http;
    }

    bool parseModelList(const QByteArray &body, QStringList *models, QString *, ProviderError *error) const override
    {
        const QJsonObject root = QJsonDocument::fromJson(body).object();
        if (!root.value(u"models"_s).isArray()) {
            *error = invalid(Connector::tr("the model list has no \"models\" array"));
            return false;
        }
        for (const QJsonValue &v : root.value(u"models"_s).toArray()) {
            const QJsonObject m = v.toObject();
            const QString name = m.value(u"name"_s).toString();
            // Newer servers say what a model can do; embedding-only models cannot chat.
            const QJsonArray capabilities = m.value(u"capabilities"_s).toArray();
            if (!capabilities.isEmpty() && !capabilities.contains(u"completion"_s))
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
