#include "cli/provideroptions.h"

#include "cli/cliutil.h"
#include "providers/providercatalog.h"
#include "secrets/keystore.h"
#include "session/endpointresolver.h"

#include <QEventLoop>

namespace candor::cli {
using namespace Qt::StringLiterals;

void addProviderOptions(QCommandLineParser &parser, bool withModel)
{
    parser.addOptions({
        {u"provider"_s, tr("Provider: %1.").arg(ProviderCatalog::idList()), u"P"_s},
        {u"profile"_s,
         tr("A saved profile (candor-cli profile list): its provider, endpoint and model unless given, and its own "
            "API key first."),
         u"NAME"_s},
        {u"base-url"_s, tr("Endpoint URL (default: the provider's)."), u"URL"_s},
        {u"api-key-env"_s, tr("Take the API key from this environment variable instead of the keychain."), u"VAR"_s},
        {u"timeout"_s,
         tr("Seconds without any data, or with no part of a streamed answer (keep-alives do not count), before a "
            "request times out (default 120, local servers 300)."),
         u"S"_s},
        {u"deadline"_s,
         tr("Seconds a request may take in all before it times out (default 600, local servers 1800; 0 = none)."),
         u"S"_s},
        {u"allow-insecure-key"_s, tr("Allow sending the API key over plain http to another machine (unsafe).")},
    });
    if (withModel)
        parser.addOption({u"model"_s, tr("Model id (default: the provider's suggestion)."), u"M"_s});
}

std::optional<ProviderChoice> resolveProvider(const QCommandLineParser &parser, bool withModel, bool needModel,
                                              int *exitCode, const ProviderDefaults &defaults)
{
    using F = EndpointResolution::Failure;
    *exitCode = ExitUsage;
    EndpointRequest request;
    request.provider = parser.value(u"provider"_s);
    request.profile = parser.value(u"profile"_s);
    request.baseUrl = parser.value(u"base-url"_s);
    // The person named the endpoint on the command line: the stored key may go there. A --config file's base_url
    // alone does not send it anywhere but the provider's own host, loopback or the profile's.
    request.baseUrlExplicit = parser.isSet(u"base-url"_s);
    request.model = withModel ? parser.value(u"model"_s) : QString();
    request.defaultProvider = defaults.provider;
    request.defaultBaseUrl = defaults.baseUrl;
    request.defaultModel = defaults.model;
    request.needModel = needModel;
    request.keyVariable = parser.value(u"api-key-env"_s);
    request.allowInsecureKey = parser.isSet(u"allow-insecure-key"_s);
    if (parser.isSet(u"timeout"_s)) {
        const auto seconds = intOption(parser, u"timeout"_s, 1, 3600);
        if (!seconds)
            return std::nullopt;
        request.inactivityTimeoutMs = *seconds * 1000;
    }
    if (parser.isSet(u"deadline"_s)) {
        const auto seconds = intOption(parser, u"deadline"_s, 0, 86400);
        if (!seconds)
            return std::nullopt;
        request.requestDeadlineMs = *seconds * 1000;
    }
    if (parser.isSet(u"profile"_s) && !ProfileStore::isValidName(request.profile)) {
        printError(tr("--profile: \"%1\" is not a profile name").arg(request.profile));
        return std::nullopt;
    }

    // The keychain, asynchronously; a local loop is fine in a command-line tool.
    KeyStore store;
    EndpointResolver resolver(&store);
    QEventLoop loop;
    EndpointResolution r;
    resolver.resolve(request, &loop, [&](const EndpointResolution &resolution) {
        r = resolution;
        loop.quit();
    });
    loop.exec();

    // The front end names the option to fix; the resolver's sentence is the fallback.
    const ProviderInfo *info = ProviderCatalog::find(r.endpoint.providerId);
    const QString name = info ? info->displayName : r.endpoint.providerId;
    const bool fromProfile = !request.profile.isEmpty();
    switch (r.failure) {
    case F::None: {
        *exitCode = ExitOk;
        ProviderChoice choice;
        choice.endpoint = r.endpoint;
        choice.model = r.model;
        return choice;
    }
    case F::UnknownProfile:
        printError(tr("--profile: there is no profile named \"%1\" (candor-cli profile list shows them)")
                       .arg(request.profile));
        break;
    case F::NoProvider:
        printError(tr("--provider: missing; use one of %1").arg(ProviderCatalog::idList()));
        break;
    case F::UnknownProvider:
        if (fromProfile && request.provider.isEmpty())
            printError(u"--profile: "_s + r.message);
        else
            printError(tr("--provider: \"%1\" is not a provider; use one of %2")
                           .arg(r.endpoint.providerId, ProviderCatalog::idList()));
        break;
    case F::InvalidBaseUrl:
        if (fromProfile && request.baseUrl.isEmpty())
            printError(u"--profile: "_s + r.message);
        else
            printError(tr("--base-url: \"%1\" is not an http(s) URL").arg(request.baseUrl));
        break;
    case F::NoModel:
        printError(tr("--model: missing; %1 has no default model (list them with candor-cli models --provider %2)")
                       .arg(name, r.endpoint.providerId));
        break;
    case F::KeyVariableUnset:
        printError(tr("--api-key-env: the variable %1 is not set or empty").arg(request.keyVariable));
        break;
    case F::KeyHostNotConfirmed:
        printError(tr("--config: the configuration sends requests to %1, which is not %2's own host; the stored %2 "
                      "key is not sent there unless you give the address with --base-url (or pass --api-key-env VAR)")
                       .arg(r.keyHost, name));
        break;
    case F::NoKey:
        *exitCode = ExitFailure;
        if (fromProfile)
            printError(tr("no API key stored for the profile %1 or for %2; store one with \"candor-cli key set "
                          "--profile %1\" or pass --api-key-env VAR")
                           .arg(request.profile, name));
        else
            printError(
                tr("no API key stored for %1; store one with \"candor-cli key set %2\" or pass --api-key-env VAR")
                    .arg(name, r.endpoint.providerId));
        break;
    case F::KeychainUnusable:
        *exitCode = ExitFailure;
        printError(r.message + tr(" (or pass --api-key-env VAR)"));
        break;
    }
    return std::nullopt;
}

} // namespace candor::cli
