#include "providers/providercatalog.h"

#include <QRegularExpression>

namespace candor {
using namespace Qt::StringLiterals;

const QVector<ProviderInfo> &ProviderCatalog::all()
{
    static const QVector<ProviderInfo> providers = [] {
        QVector<ProviderInfo> list;
        ProviderInfo p;

        p = {};
        p.id = u"openai"_s;
        p.displayName = u"OpenAI"_s;
        p.defaultBaseUrl = u"https://api.openai.com/v1"_s;
        p.keyHint = u"sk-…"_s;
        p.keyPage = u"https://platform.openai.com/api-keys"_s;
        p.suggestedModels = {u"gpt-4o-mini"_s, u"gpt-4o"_s, u"gpt-4.1-mini"_s, u"gpt-4.1"_s, u"o4-mini"_s};
        p.defaultModel = u"gpt-4o-mini"_s;
        list << p;

        p = {};
        p.id = u"anthropic"_s;
        p.displayName = u"Anthropic"_s;
        p.protocol = WireProtocol::Anthropic;
        p.defaultBaseUrl = u"https://api.anthropic.com/v1"_s;
        p.auth = AuthScheme::XApiKey;
        p.keyHint = u"sk-ant-…"_s;
        p.keyPage = u"https://console.anthropic.com/settings/keys"_s;
        p.suggestedModels = {u"claude-sonnet-4-5"_s, u"claude-haiku-4-5"_s, u"claude-opus-4-1"_s};
        p.defaultModel = u"claude-sonnet-4-5"_s;
        list << p;

        p = {};
        p.id = u"xai"_s;
        p.displayName = u"xAI Grok"_s;
        p.defaultBaseUrl = u"https://api.x.ai/v1"_s;
        p.keyHint = u"xai-…"_s;
        p.keyPage = u"https://console.x.ai"_s;
        p.suggestedModels = {u"grok-4"_s, u"grok-3"_s, u"grok-3-mini"_s};
        p.defaultModel = u"grok-3-mini"_s;
        list << p;

        p = {};
        p.id = u"together"_s;
        p.displayName = u"Together.ai"_s;
        p.defaultBaseUrl = u"https://api.together.xyz/v1"_s;
        p.keyHint = u"a 64-character key"_s;
        p.keyPage = u"https://api.together.ai/settings/api-keys"_s;
        p.suggestedModels = {u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s, u"Qwen/Qwen2.5-72B-Instruct-Turbo"_s,
                             u"deepseek-ai/DeepSeek-V3"_s};
        p.defaultModel = u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s;
        list << p;

        p = {};
        p.id = u"ollama"_s;
        p.displayName = u"Ollama"_s;
        p.protocol = WireProtocol::Ollama;
        p.defaultBaseUrl = u"http://localhost:11434"_s;
        p.auth = AuthScheme::None;
        p.keyRequired = false;
        p.suggestedModels = {u"llama3.1:8b"_s, u"qwen2.5:7b"_s, u"mistral:7b"_s};
        p.defaultModel = u"llama3.1:8b"_s;
        p.local = true;
        list << p;

        p = {};
        p.id = u"transformerlab"_s;
        p.displayName = u"Transformer Lab"_s;
        // Port 8338 since January 2025; the old 8000 is gone.
        p.defaultBaseUrl = u"http://localhost:8338/v1"_s;
        p.auth = AuthScheme::OptionalBearer;
        p.keyRequired = false;
        p.local = true;
        list << p;

        p = {};
        p.id = u"openai-compatible"_s;
        p.displayName = u"OpenAI-compatible server"_s;
        p.defaultBaseUrl = u"http://localhost:8000/v1"_s;
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
    return ids.join(u", "_s);
}

QString ProviderCatalog::detectFromModel(const QString &modelIn)
{
    const QString model = modelIn.trimmed().toLower();
    if (model.isEmpty())
        return QString();
    static const QRegularExpression openAi(u"^(gpt-|chatgpt-|o1($|-)|o3($|-)|o4($|-)|ft:gpt-)"_s);
    if (openAi.match(model).hasMatch())
        return u"openai"_s;
    if (model.startsWith(QLatin1String("claude-")))
        return u"anthropic"_s;
    if (model.startsWith(QLatin1String("grok-")))
        return u"xai"_s;
    static const QRegularExpression orgModel(u"^[a-z0-9][a-z0-9._-]*/[a-z0-9][a-z0-9._:-]*$"_s);
    if (orgModel.match(model).hasMatch())
        return u"together"_s;
    static const QRegularExpression nameTag(u"^[a-z0-9][a-z0-9._-]*:[a-z0-9][a-z0-9._-]*$"_s);
    if (nameTag.match(model).hasMatch())
        return u"ollama"_s;
    return QString();
}

QString ProviderCatalog::keyEntry(const QString &providerId, const QString &profile)
{
    if (profile.isEmpty() || profile == QLatin1String("default"))
        return u"apikey/"_s + providerId;
    return u"apikey/%1/%2"_s.arg(providerId, profile);
}

} // namespace candor
