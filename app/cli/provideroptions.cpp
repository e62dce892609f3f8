#include "cli/provideroptions.h"

#include "cli/cliutil.h"
#include "providers/providercatalog.h"
#include "secrets/keystore.h"

#include <QEventLoop>
#include <QUrl>

namespace candor::cli {

void addProviderOptions(QCommandLineParser &parser, bool withModel)
{
    parser.addOptions({
        {QStringLiteral("provider"), tr("Provider: %1.").arg(ProviderCatalog::idList()), QStringLiteral("P")},
        {QStringLiteral("base-url"), tr("Endpoint URL (default: the provider's)."), QStringLiteral("URL")},
        {QStringLiteral("api-key-env"), tr("Take the API key from this environment variable instead of the keychain."),
         QStringLiteral("VAR")},
        {QStringLiteral("timeout"),
         tr("Seconds without any data before a request times out (default 120, local servers 300)."),
         QStringLiteral("S")},
        {QStringLiteral("allow-insecure-key"),
         tr("Allow sending the API key over plain http to another machine (unsafe).")},
    });
    if (withModel)
        parser.addOption(
            {QStringLiteral("model"), tr("Model id (default: the provider's suggestion)."), QStringLiteral("M")});
}

std::optional<ProviderChoice> resolveProvider(const QCommandLineParser &parser, bool withModel, bool needModel,
                                              int *exitCode, const ProviderDefaults &defaults)
{
    *exitCode = ExitUsage;
    QString providerId =
        parser.isSet(QStringLiteral("provider")) ? parser.value(QStringLiteral("provider")) : QString();
    QString model = withModel ? parser.value(QStringLiteral("model")) : QString();
    // A configuration's model and URL only count for the provider it was written for.
    const bool sameProvider = providerId.isEmpty() || providerId == defaults.provider;
    if (providerId.isEmpty() && model.isEmpty())
        providerId = defaults.provider;
    if (model.isEmpty() && sameProvider)
        model = defaults.model;
    if (providerId.isEmpty() && !model.isEmpty())
        providerId = ProviderCatalog::detectFromModel(model);
    if (providerId.isEmpty()) {
        printError(tr("--provider: missing; use one of %1").arg(ProviderCatalog::idList()));
        return std::nullopt;
    }
    const ProviderInfo *info = ProviderCatalog::find(providerId);
    if (!info) {
        printError(
            tr("--provider: \"%1\" is not a provider; use one of %2").arg(providerId, ProviderCatalog::idList()));
        return std::nullopt;
    }
    ProviderChoice choice;
    QString baseUrl = parser.value(QStringLiteral("base-url"));
    if (baseUrl.isEmpty() && sameProvider)
        baseUrl = defaults.baseUrl;
    choice.endpoint = endpointFor(info->id, baseUrl);
    const QUrl url = choice.endpoint.baseUrl;
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        printError(tr("--base-url: \"%1\" is not an http(s) URL").arg(baseUrl));
        return std::nullopt;
    }
    choice.endpoint.allowInsecureKey = parser.isSet(QStringLiteral("allow-insecure-key"));
    if (parser.isSet(QStringLiteral("timeout"))) {
        const auto seconds = intOption(parser, QStringLiteral("timeout"), 1, 3600);
        if (!seconds)
            return std::nullopt;
        choice.endpoint.inactivityTimeoutMs = *seconds * 1000;
    }
    choice.model = model.isEmpty() ? info->defaultModel : model;
    if (needModel && choice.model.isEmpty()) {
        printError(tr("--model: missing; %1 has no default model (list them with candor-cli models --provider %2)")
                       .arg(info->displayName, info->id));
        return std::nullopt;
    }

    const QString envName = parser.value(QStringLiteral("api-key-env"));
    if (!envName.isEmpty()) {
        const QString key = qEnvironmentVariable(envName.toLocal8Bit().constData()).trimmed();
        if (key.isEmpty()) {
            printError(tr("--api-key-env: the variable %1 is not set or empty").arg(envName));
            return std::nullopt;
        }
        choice.endpoint.apiKey = key;
        *exitCode = ExitOk;
        return choice;
    }
    // The keychain, asynchronously; a local loop is fine in a command-line tool.
    KeyStore store;
    QEventLoop loop;
    KeychainError keyError;
    store.read(ProviderCatalog::keyEntry(info->id), &loop, [&](const QString &key, const KeychainError &error) {
        choice.endpoint.apiKey = key;
        keyError = error;
        loop.quit();
    });
    loop.exec();
    if (!keyError.ok() && info->keyRequired) {
        *exitCode = ExitFailure;
        if (keyError.kind == KeychainError::Kind::NotFound)
            printError(
                tr("no API key stored for %1; store one with \"candor-cli key set %2\" or pass --api-key-env VAR")
                    .arg(info->displayName, info->id));
        else
            printError(keyError.message + tr(" (or pass --api-key-env VAR)"));
        return std::nullopt;
    }
    *exitCode = ExitOk;
    return choice;
}

} // namespace candor::cli
