#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace candor {

// The wire protocols Candor speaks; one connector each.
enum class WireProtocol
{
    OpenAiCompatible,
    Anthropic,
    Ollama
};
// How a provider expects its key.
enum class AuthScheme
{
    None,
    Bearer,
    XApiKey,
    OptionalBearer
};

// What Candor knows about a provider before talking to it. Data, not behaviour.
struct ProviderInfo
{
    QString id;          // the name on the command line: openai, anthropic, ...
    QString displayName; // for people
    WireProtocol protocol = WireProtocol::OpenAiCompatible;
    QString defaultBaseUrl;
    AuthScheme auth = AuthScheme::Bearer;
    bool keyRequired = true;
    QString keyHint; // what keys look like, e.g. "sk-..."
    QString keyPage; // where a user gets a key
    QStringList suggestedModels;
    QString defaultModel;
    bool local = false; // runs on the user's machine (no key, no cost)
};

namespace ProviderCatalog {
const QVector<ProviderInfo> &all();
// nullptr when the id is unknown.
const ProviderInfo *find(const QString &id);
// "openai, anthropic, ..." for messages.
QString idList();
// The provider a model name alone points to (gpt-/o1/o3/o4 -> openai, claude- -> anthropic, grok- -> xai,
// org/model -> together, name:tag -> ollama); empty if the name says nothing.
QString detectFromModel(const QString &model);
// The keychain entry for a provider profile's API key ("apikey/openai", "apikey/openai/work").
QString keyEntry(const QString &providerId, const QString &profile = QString());
} // namespace ProviderCatalog

} // namespace candor
