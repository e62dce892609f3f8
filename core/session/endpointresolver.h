#pragma once

#include "providers/connector.h"
#include "providers/providercatalog.h"
#include "secrets/keystore.h"
#include "session/profiles.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace candor {

// What a front end asks for. Explicit fields win over the profile, the profile over the defaults (a loaded
// configuration); a profile's or default's base URL and model only count for the provider they were saved for.
struct EndpointRequest
{
    QString provider; // catalogue id; empty: the profile's, the defaults', or detected from the model
    QString profile;  // empty: no profile
    QString baseUrl;  // empty: the profile's, the defaults', or the provider's
    QString model;    // empty: the profile's, the defaults', or the provider's suggestion
    QString defaultProvider;
    QString defaultBaseUrl;
    QString defaultModel;
    bool needModel = false; // a missing model is a failure, not an empty string

    // Key sources that replace the keychain: a key given for this request (the window's typed, unsaved key), or the
    // environment variable the CLI's --api-key-env names. Without either, the profile's keychain entry is read, then
    // the provider's; KeyStore answers with a session-only key where the window set one.
    QString givenKey;
    QString keyVariable;

    // A key from the keychain goes only to a host it is meant for: loopback, the provider's own host, the host of
    // the profile it was saved with, a base URL the person gave explicitly (baseUrlExplicit: --base-url, a URL they
    // typed), or a host listed here (the window's confirmations). A project or configuration file naming another
    // host gets KeyHostNotConfirmed instead of the key.
    bool baseUrlExplicit = false;
    QStringList confirmedKeyHosts;

    bool allowInsecureKey = false;
    int inactivityTimeoutMs = 0; // 0: the provider's default
    int requestDeadlineMs = -1;  // -1: the provider's default, 0: no deadline
};

// The outcome: a ready endpoint, or why there is none.
struct EndpointResolution
{
    enum class Failure
    {
        None,
        UnknownProfile,      // no saved profile has this name
        NoProvider,          // nothing says which provider
        UnknownProvider,     // not a catalogue id
        InvalidBaseUrl,      // not an http(s) URL with a host
        NoModel,             // a model is needed and the provider has no default
        KeyVariableUnset,    // the named environment variable is unset or empty
        KeyHostNotConfirmed, // a stored key would go to a host nobody confirmed (keyHost names it)
        NoKey,               // the provider needs a key and none is stored
        KeychainUnusable     // the keychain could not be read (keychainError says why)
    };
    enum class KeySource
    {
        None,             // no key (the provider needs none)
        Given,            // EndpointRequest::givenKey
        Environment,      // EndpointRequest::keyVariable
        ProfileKeychain,  // the profile's own entry (or its session-only key)
        ProviderKeychain, // the provider's entry (or its session-only key)
    };

    Failure failure = Failure::None;
    QString message; // one sentence a person can act on; empty when ok
    EndpointSettings endpoint;
    QString model;
    QString profile; // the profile used, if any
    KeySource keySource = KeySource::None;
    bool keyHostTrusted = true;  // a stored key may go to this endpoint's host (see EndpointRequest)
    KeychainError keychainError; // for NoKey and KeychainUnusable
    QString keyHost;             // for KeyHostNotConfirmed: the host that would have received the stored key

    bool ok() const { return failure == Failure::None; }
    // The failure is in what was asked (fix the options) rather than in the key or keychain.
    bool isUsageError() const { return failure != Failure::None && failure < Failure::NoKey; }
};

// Turns provider + profile + base URL + model + key source into ready EndpointSettings, the same way for the window
// and for candor-cli. The keychain is read asynchronously; the callback runs later on this thread, never inside
// resolve(), and only while context is alive.
class EndpointResolver : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const EndpointResolution &resolution)>;

    explicit EndpointResolver(KeyStore *keys, QObject *parent = nullptr);
    EndpointResolver(KeyStore *keys, const ProfileStore &profiles, QObject *parent = nullptr);

    // Everything but the key, at once: provider, URL, model, the environment variable's presence.
    EndpointResolution prepare(const EndpointRequest &request) const;
    void resolve(const EndpointRequest &request, QObject *context, Done done);
    // The key for a provider and profile: the profile's own entry, else (when it has none) the provider's. The
    // callback runs later, only while context is alive; the key is empty with the error when none could be read.
    using KeyDone =
        std::function<void(const QString &key, const KeychainError &error, EndpointResolution::KeySource source)>;
    void readKey(const QString &providerId, const QString &profile, QObject *context, KeyDone done);

    const ProfileStore &profiles() const { return m_profiles; }

    // The one check of an endpoint address: http or https with a host.
    static bool isValidEndpointUrl(const QUrl &url);
    // Whether a key from the keychain may go to url's host (the rule is on EndpointRequest).
    static bool keyHostTrusted(const QUrl &url, const ProviderInfo &info, const QString &profileHost,
                               const EndpointRequest &request);

Q_SIGNALS:
    // Emitted for every resolve() call as well as the callback, for those who prefer a signal.
    void resolved(const candor::EndpointResolution &resolution);

private:
    void finish(EndpointResolution resolution, QObject *context, const Done &done);

    KeyStore *m_keys;
    ProfileStore m_profiles;
};

} // namespace candor

Q_DECLARE_METATYPE(candor::EndpointResolution)
