#include "providers/providercatalog.h"

#include <QRegularExpression>

namespace candor {

const QVector<ProviderInfo> &ProviderCatalog::all()
{
    static const QVector<ProviderInfo> providers = [] {
        QVector<ProviderInfo> list;
        ProviderInfo p;

        p = {};
        p.id = QStringLiteral("openai");
        p.displayName = QStringLiteral("OpenAI");
        p.defaultBaseUrl = QStringLiteral("https://api.openai.com/v1");
        p.keyHint = QStringLiteral("sk-…");
        p.keyPage = QStringLiteral("https://platform.openai.com/api-keys");
        p.suggestedModels = {QStringLiteral("gpt-4o-mini"), QStringLiteral("gpt-4o"), QStringLiteral("gpt-4.1-mini"),
                             QStringLiteral("gpt-4.1"), QStringLiteral("o4-mini")};
        p.defaultModel = QStringLiteral("gpt-4o-mini");
        list << p;

        p = {};
        p.id = QStringLiteral("anthropic");
        p.displayName = QStringLiteral("Anthropic");
        p.protocol = WireProtocol::Anthropic;
        p.defaultBaseUrl = QStringLiteral("https://api.anthropic.com/v1");
        p.auth = AuthScheme::XApiKey;
        p.keyHint = QStringLiteral("sk-ant-…");
        p.keyPage = QStringLiteral("https://console.anthropic.com/settings/keys");
        p.suggestedModels = {QStringLiteral("claude-sonnet-4-5"), QStringLiteral("claude-haiku-4-5"),
                             QStringLiteral("claude-opus-4-1")};
        p.defaultModel = QStringLiteral("claude-sonnet-4-5");
        list << p;

        p = {};
        p.id = QStringLiteral("xai");
        p.displayName = QStringLiteral("xAI Grok");
        p.defaultBaseUrl = QStringLiteral("https://api.x.ai/v1");
        p.keyHint = QStringLiteral("xai-…");
        p.keyPage = QStringLiteral("https://console.x.ai");
        p.suggestedModels = {QStringLiteral("grok-4"), QStringLiteral("grok-3"), QStringLiteral("grok-3-mini")};
        p.defaultModel = QStringLiteral("grok-3-mini");
        list << p;

        p = {};
        p.id = QStringLiteral("together");
        p.displayName = QStringLiteral("Together.ai");
        p.defaultBaseUrl = QStringLiteral("https://api.together.xyz/v1");
        p.keyHint = QStringLiteral("a 64-character key");
        p.keyPage = QStringLiteral("https://api.together.ai/settings/api-keys");
        p.suggestedModels = {QStringLiteral("meta-llama/Llama-3.3-70B-Instruct-Turbo"),
                             QStringLiteral("Qwen/Qwen2.5-72B-Instruct-Turbo"),
                             QStringLiteral("deepseek-ai/DeepSeek-V3")};
        p.defaultModel = QStringLiteral("meta-llama/Llama-3.3-70B-Instruct-Turbo");
        list << p;

        p = {};
        p.id = QStringLiteral("ollama");
        p.displayName = QStringLiteral("Ollama");
        p.protocol = WireProtocol::Ollama;
        p.defaultBaseUrl = QStringLiteral("http://localhost:11434");
        p.auth = AuthScheme::None;
        p.keyRequired = false;
        p.suggestedModels = {QStringLiteral("llama3.1:8b"), QStringLiteral("qwen2.5:7b"), QStringLiteral("mistral:7b")};
        p.defaultModel = QStringLiteral("llama3.1:8b");
        p.local = true;
        list << p;

        p = {};
        p.id = QStringLiteral("transformerlab");
        p.displayName = QStringLiteral("Transformer Lab");
        // Port 8338 since January 2025; the old 8000 is gone.
        p.defaultBaseUrl = QStringLiteral("http://localhost:8338/v1");
        p.auth = AuthScheme::OptionalBearer;
        p.keyRequired = false;
        p.local = true;
        list << p;

        p = {};
        p.id = QStringLiteral("openai-compatible");
        p.displayName = QStringLiteral("OpenAI-compatible server");
        p.defaultBaseUrl = QStringLiteral("http://localhost:8000/v1");
        p.auth = AuthScheme::OptionalBearer;
        p.keyRequired = false;
        list << p;
        return list;
    }();
    return providers;
}

const ProviderInfo *ProviderCatalog::find(const QString &id)
{
    for (const ProviderInfo &p : all()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QString ProviderCatalog::idList()
{
    QStringList ids;
    for (const ProviderInfo &p : all())
        ids << p.id;
    return ids.join(QStringLiteral(", "));
}

QString ProviderCatalog::detectFromModel(const QString &modelIn)
{
    const QString model = modelIn.trimmed().toLower();
    if (model.isEmpty())
        return QString();
    static const QRegularExpression openAi(QStringLiteral("^(gpt-|chatgpt-|o1($|-)|o3($|-)|o4($|-)|ft:gpt-)"));
    if (openAi.match(model).hasMatch())
        return QStringLiteral("openai");
    if (model.startsWith(QLatin1String("claude-")))
        return QStringLiteral("anthropic");
    if (model.startsWith(QLatin1String("grok-")))
        return QStringLiteral("xai");
    static const QRegularExpression orgModel(QStringLiteral("^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._:-]*$"));
    if (orgModel.match(model).hasMatch())
        return QStringLiteral("together");
    static const QRegularExpression nameTag(QStringLiteral("^[a-z0-9][a-z0-9._-]*:[a-z0-9][a-z0-9._-]*$"));
    if (nameTag.match(model).hasMatch())
        return QStringLiteral("ollama");
    return QString();
}

QString ProviderCatalog::keyEntry(const QString &providerId, const QString &profile)
{
    if (profile.isEmpty() || profile == QLatin1String("default"))
        return QStringLiteral("apikey/") + providerId;
    return QStringLiteral("apikey/%1/%2").arg(providerId, profile);
}

} // namespace candor
