#include "session/endpointresolver.h"

#include "providers/providercatalog.h"

#include <QHostAddress>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace candor {
namespace {

// providerId is kept so that a front end can name the provider in its own message.
EndpointResolution failed(EndpointResolution::Failure failure, const QString &message,
                          const QString &providerId = QString())
{
    EndpointResolution r;
    r.endpoint.providerId = providerId;
    r.failure = failure;
    r.message = message;
    return r;
}

} // namespace

EndpointResolver::EndpointResolver(KeyStore *keys, QObject *parent) : EndpointResolver(keys, ProfileStore(), parent) {}

EndpointResolver::EndpointResolver(KeyStore *keys, const ProfileStore &profiles, QObject *parent)
    : QObject(parent), m_keys(keys), m_profiles(profiles)
{}

bool EndpointResolver::keyHostTrusted(const QUrl &url, const ProviderInfo &info, const QString &profileHost,
                                      const EndpointRequest &request)
{
    const QString host = url.host().toLower();
    if (request.baseUrlExplicit || host == QUrl(info.defaultBaseUrl).host().toLower() ||
        (!profileHost.isEmpty() && host == profileHost))
        return true;
    for (const QString &confirmed : request.confirmedKeyHosts) {
        if (confirmed.compare(host, Qt::CaseInsensitive) == 0)
            return true;
    }
    if (host == "localhost"_L1 || host.endsWith(".localhost"_L1))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool EndpointResolver::isValidEndpointUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) && !url.host().isEmpty();
}

EndpointResolution EndpointResolver::prepare(const EndpointRequest &request) const
{
    using F = EndpointResolution::Failure;
    QString providerId = request.provider.trimmed();
    QString model = request.model.trimmed();
    QString baseUrl = request.baseUrl.trimmed();

    QString profileHost;
    if (!request.profile.isEmpty()) {
        const std::optional<Profile> profile = m_profiles.load(request.profile);
        if (!profile)
            return failed(F::UnknownProfile, tr("There is no profile named \"%1\".").arg(request.profile));
        if (providerId.isEmpty())
            providerId = profile->provider;
        if (providerId == profile->provider) {
            if (model.isEmpty())
                model = profile->model;
            if (baseUrl.isEmpty())
                baseUrl = profile->baseUrl;
            profileHost = QUrl(profile->baseUrl).host().toLower();
        }
    }
    // A configuration's model and URL only count for the provider it was written for.
    const bool sameProvider = providerId.isEmpty() || providerId == request.defaultProvider;
    if (providerId.isEmpty() && model.isEmpty())
        providerId = request.defaultProvider;
    if (model.isEmpty() && sameProvider)
        model = request.defaultModel;
    if (baseUrl.isEmpty() && sameProvider)
        baseUrl = request.defaultBaseUrl;
    if (providerId.isEmpty() && !model.isEmpty())
        providerId = ProviderCatalog::detectFromModel(model);
    if (providerId.isEmpty())
        return failed(F::NoProvider, tr("No provider is chosen; use one of %1.").arg(ProviderCatalog::idList()));
    const ProviderInfo *info = ProviderCatalog::find(providerId);
    if (!info)
        return failed(F::UnknownProvider,
                      tr("\"%1\" is not a provider; use one of %2.").arg(providerId, ProviderCatalog::idList()),
                      providerId);

    EndpointResolution r;
    r.profile = request.profile;
    r.endpoint = endpointFor(info->id, baseUrl);
    r.keyHostTrusted = keyHostTrusted(r.endpoint.baseUrl, *info, profileHost, request);
    if (!isValidEndpointUrl(r.endpoint.baseUrl))
        return failed(F::InvalidBaseUrl, tr("The endpoint \"%1\" is not an http(s) address.").arg(baseUrl), info->id);
    r.endpoint.allowInsecureKey = request.allowInsecureKey;
    if (request.inactivityTimeoutMs > 0)
        r.endpoint.inactivityTimeoutMs = request.inactivityTimeoutMs;
    if (request.requestDeadlineMs >= 0)
        r.endpoint.requestDeadlineMs = request.requestDeadlineMs;
    r.model = model.isEmpty() ? info->defaultModel : model;
    if (request.needModel && r.model.isEmpty())
        return failed(F::NoModel, tr("No model is chosen and %1 has no default model.").arg(info->displayName),
                      info->id);

    if (!request.givenKey.trimmed().isEmpty()) {
        r.endpoint.apiKey = request.givenKey.trimmed();
        r.keySource = EndpointResolution::KeySource::Given;
    } else if (!request.keyVariable.isEmpty()) {
        const QString key = qEnvironmentVariable(request.keyVariable.toLocal8Bit().constData()).trimmed();
        if (key.isEmpty())
            return failed(F::KeyVariableUnset,
                          tr("The environment variable %1 is not set or empty.").arg(request.keyVariable));
        r.endpoint.apiKey = key;
        r.keySource = EndpointResolution::KeySource::Environment;
    }
    return r;
}

void EndpointResolver::readKey(const QString &providerId, const QString &profile, QObject *context, KeyDone done)
{
    const QString providerEntry = ProviderCatalog::keyEntry(providerId);
    const QString profileEntry = ProviderCatalog::keyEntry(providerId, profile);
    KeyStore *keys = m_keys;
    const auto readProvider = [keys, providerEntry, context, done] {
        keys->read(providerEntry, context, [done](const QString &key, const KeychainError &error) {
            done(key, error, EndpointResolution::KeySource::ProviderKeychain);
        });
    };
    if (profileEntry == providerEntry) {
        readProvider();
        return;
    }
    // The profile's own key first; only its absence (not a keychain failure) falls back to the provider's.
    keys->read(profileEntry, context, [readProvider, done](const QString &key, const KeychainError &error) {
        if (error.kind == KeychainError::Kind::NotFound)
            readProvider();
        else
            done(key, error, EndpointResolution::KeySource::ProfileKeychain);
    });
}

void EndpointResolver::resolve(const EndpointRequest &request, QObject *context, Done done)
{
    const EndpointResolution prepared = prepare(request);
    if (!prepared.ok() || prepared.keySource != EndpointResolution::KeySource::None) {
        finish(prepared, context, done);
        return;
    }
    const ProviderInfo *info = ProviderCatalog::find(prepared.endpoint.providerId);
    const bool keyRequired = info && info->keyRequired;
    const QString displayName = info ? info->displayName : prepared.endpoint.providerId;
    QPointer<EndpointResolver> self(this);
    if (!prepared.keyHostTrusted && keyRequired) {
        // The stored key was saved for the provider's own host (or the profile's); a configuration or project that
        // points elsewhere must not receive it without the person's say-so.
        EndpointResolution r = prepared;
        r.failure = EndpointResolution::Failure::KeyHostNotConfirmed;
        r.keyHost = prepared.endpoint.baseUrl.host();
        r.message = tr("The endpoint %1 is not %2's own host, so the stored %2 key is not sent there. Give the address "
                       "explicitly (--base-url) or confirm it to use the key, or give a key for it.")
                        .arg(r.keyHost, displayName);
        finish(r, context, done);
        return;
    }
    readKey(prepared.endpoint.providerId, prepared.profile, context,
            [self, prepared, context, done, keyRequired, displayName](const QString &key, const KeychainError &error,
                                                                      EndpointResolution::KeySource source) {
                if (!self)
                    return;
                EndpointResolution r = prepared;
                if (error.ok()) {
                    r.endpoint.apiKey = key;
                    r.keySource = source;
                } else if (keyRequired) { // a keychain failure matters only where a key is required
                    r.keychainError = error;
                    if (error.kind == KeychainError::Kind::NotFound) {
                        r.failure = EndpointResolution::Failure::NoKey;
                        r.message = tr("No API key is stored for %1.").arg(displayName);
                    } else {
                        r.failure = EndpointResolution::Failure::KeychainUnusable;
                        r.message = error.message;
                    }
                }
                self->finish(r, context, done);
            });
}

void EndpointResolver::finish(EndpointResolution resolution, QObject *context, const Done &done)
{
    QPointer<QObject> guard(context);
    QPointer<EndpointResolver> self(this);
    // Always later, never inside resolve(): callers may rely on it, and the keychain path is later anyway.
    QTimer::singleShot(0, this, [self, guard, resolution, done] {
        if (self)
            Q_EMIT self->resolved(resolution);
        if (guard && done)
            done(resolution);
    });
}

} // namespace candor
