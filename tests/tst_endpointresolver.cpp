// The profile store and the endpoint resolver that the window and candor-cli share: profiles in the window's
// settings format, and provider + profile + URL + model + key source turned into an endpoint or a typed reason.
// Key look-ups use session-only keys (memory) where that proves the order, and the real gnome-keyring of
// tests/run-tests.sh where only the keychain can (a profile without its own key falling back to its provider's).
#include "config.h"
#include "providers/providercatalog.h"
#include "secrets/keystore.h"
#include "session/endpointresolver.h"
#include "session/profiles.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace candor;

using Failure = EndpointResolution::Failure;
using KeySource = EndpointResolution::KeySource;
Q_DECLARE_METATYPE(candor::EndpointResolution::Failure)
Q_DECLARE_METATYPE(candor::EndpointResolution::KeySource)

namespace {

const QString kService = u"org.candor.Candor.tests.resolver"_s;
const QString kKeyVar = u"CANDOR_RESOLVER_TEST_KEY"_s;

// Waits for one resolve(); a test fails rather than hangs when no answer comes.
EndpointResolution resolveNow(EndpointResolver &resolver, const EndpointRequest &request, bool *answered)
{
    EndpointResolution result;
    *answered = false;
    bool inside = true;
    bool calledInside = false;
    resolver.resolve(request, &resolver, [&](const EndpointResolution &r) {
        calledInside = inside;
        result = r;
        *answered = true;
    });
    inside = false;
    if (calledInside)
        qWarning("the callback ran inside resolve()");
    if (!QTest::qWaitFor([&] { return *answered; }, 20000))
        qWarning("resolve() did not answer in time");
    *answered = *answered && !calledInside;
    return result;
}

bool keychainTestsAllowed()
{
    // Never a person's own keyring: tests/run-tests.sh provides a throw-away one.
    return qEnvironmentVariable("HOME").startsWith(u"/tmp/candor-tests."_s) &&
           qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

KeychainError storeKey(KeyStore &keys, const QString &entry, const QString &key)
{
    KeychainError result;
    bool done = false;
    result.kind = KeychainError::Kind::Failed; // if no answer comes
    keys.store(entry, key, &keys, [&](const KeychainError &e) {
        result = e;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("the keychain did not answer in time");
    return result;
}

void removeKey(KeyStore &keys, const QString &entry)
{
    bool done = false;
    keys.remove(entry, &keys, [&](const KeychainError &) { done = true; });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("the keychain did not answer in time");
}

} // namespace

class TestEndpointResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void init()
    {
        QFile::remove(iniFile());
        qunsetenv(kKeyVar.toLocal8Bit().constData());
    }

    void storeRoundTrip();
    void storeRejectsBadNames_data();
    void storeRejectsBadNames();
    void storeKeepsTheWindowFormat();
    void defaultStoreIsTheWindowSettings();

    void endpointUrlCheck_data();
    void endpointUrlCheck();
    void prepare_data();
    void prepare();
    void keySources_data();
    void keySources();
    void profileKeyFallsBackToProviderKeyInKeychain();
    void storedKeyGoesOnlyToItsHost_data();
    void storedKeyGoesOnlyToItsHost();

private:
    QString iniFile() const { return m_dir.filePath(u"profiles.ini"_s); }
    QTemporaryDir m_dir;
};

void TestEndpointResolver::storeRoundTrip()
{
    ProfileStore store(iniFile());
    QCOMPARE(store.names(), QStringList());
    QVERIFY(store.save({u"lab server"_s, u"openai-compatible"_s, u"http://127.0.0.1:8000/v1"_s, u"served"_s}));
    QVERIFY(store.save({u"Alpha"_s, u"ollama"_s, QString(), QString()}));
    QVERIFY(store.save({u"  zeta  "_s, u"openai"_s, QString(), u"gpt-4o-mini"_s})); // saved trimmed
    QCOMPARE(store.names(), (QStringList{u"Alpha"_s, u"lab server"_s, u"zeta"_s}));

    // A second store on the same file sees it all: nothing is cached between calls.
    ProfileStore other(iniFile());
    const std::optional<Profile> lab = other.load(u"lab server"_s);
    QVERIFY(lab);
    QCOMPARE(lab->name, u"lab server"_s);
    QCOMPARE(lab->provider, u"openai-compatible"_s);
    QCOMPARE(lab->baseUrl, u"http://127.0.0.1:8000/v1"_s);
    QCOMPARE(lab->model, u"served"_s);
    QCOMPARE(lab->keyEntry(), u"apikey/openai-compatible/lab server"_s);
    QVERIFY(other.load(u"Alpha"_s)->baseUrl.isEmpty());
    QVERIFY(!other.load(u"alpha"_s)); // names are case-sensitive
    QVERIFY(!other.contains(u"nobody"_s));

    QVERIFY(other.save({u"Alpha"_s, u"anthropic"_s, QString(), u"claude-x"_s})); // replaces
    QCOMPARE(store.load(u"Alpha"_s)->provider, u"anthropic"_s);
    QCOMPARE(store.names().size(), 3);

    QVERIFY(store.remove(u"lab server"_s));
    QVERIFY(!store.remove(u"lab server"_s));
    QCOMPARE(other.names(), (QStringList{u"Alpha"_s, u"zeta"_s}));
}

void TestEndpointResolver::storeRejectsBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << u"Local Ollama"_s << true;
    QTest::newRow("unicode") << u"Büro 研究"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces only") << u"   "_s << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("backslash") << u"a\\b"_s << false;
}

void TestEndpointResolver::storeRejectsBadNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    ProfileStore store(iniFile());
    QCOMPARE(ProfileStore::isValidName(name), valid);
    QCOMPARE(store.save({name, u"openai"_s, QString(), QString()}), valid);
    QCOMPARE(store.names(), valid ? QStringList{name} : QStringList());
}

void TestEndpointResolver::storeKeepsTheWindowFormat()
{
    // What ProviderForm wrote before the store existed: providerProfiles/NAME/{provider, baseUrl, model}.
    {
        QSettings old(iniFile(), QSettings::IniFormat);
        old.setValue(u"providerProfiles/Old one/provider"_s, u"ollama"_s);
        old.setValue(u"providerProfiles/Old one/baseUrl"_s, u"http://127.0.0.1:11434"_s);
        old.setValue(u"providerProfiles/Old one/model"_s, u"llama3.1:8b"_s);
        old.setValue(u"unrelated/setting"_s, 1);
    }
    ProfileStore store(iniFile());
    QCOMPARE(store.names(), QStringList{u"Old one"_s});
    const std::optional<Profile> p = store.load(u"Old one"_s);
    QVERIFY(p);
    QCOMPARE(p->provider, u"ollama"_s);
    QCOMPARE(p->baseUrl, u"http://127.0.0.1:11434"_s);
    QCOMPARE(p->model, u"llama3.1:8b"_s);

    QVERIFY(store.save({u"New"_s, u"xai"_s, u"https://api.x.ai/v1"_s, u"grok-3-mini"_s}));
    QVERIFY(store.remove(u"Old one"_s));
    QSettings check(iniFile(), QSettings::IniFormat);
    QCOMPARE(check.value(u"providerProfiles/New/provider"_s).toString(), u"xai"_s);
    QCOMPARE(check.value(u"providerProfiles/New/baseUrl"_s).toString(), u"https://api.x.ai/v1"_s);
    QCOMPARE(check.value(u"providerProfiles/New/model"_s).toString(), u"grok-3-mini"_s);
    QVERIFY(!check.contains(u"providerProfiles/Old one/provider"_s));
    QCOMPARE(check.value(u"unrelated/setting"_s).toInt(), 1);
}

void TestEndpointResolver::defaultStoreIsTheWindowSettings()
{
    // The window's QSettings (organisation and application "Candor") is where both front ends keep profiles.
    ProfileStore store;
    const QString name = u"shared-%1"_s.arg(QCoreApplication::applicationPid());
    QVERIFY(store.save({name, u"together"_s, QString(), u"m"_s}));
    {
        QSettings window(QString::fromUtf8(CANDOR_ORGANIZATION), u"Candor"_s);
        QCOMPARE(window.value(u"providerProfiles/%1/provider"_s.arg(name)).toString(), u"together"_s);
        QVERIFY2(window.fileName().startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)),
                 qPrintable(window.fileName()));
    }
    QVERIFY(store.remove(name));
    QVERIFY(!ProfileStore().contains(name));
}

void TestEndpointResolver::endpointUrlCheck_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::newRow("https") << u"https://api.openai.com/v1"_s << true;
    QTest::newRow("http loopback port") << u"http://127.0.0.1:11434"_s << true;
    QTest::newRow("ipv6") << u"http://[::1]:8000/v1"_s << true;
    QTest::newRow("ftp") << u"ftp://example.com"_s << false;
    QTest::newRow("no scheme") << u"api.openai.com/v1"_s << false;
    QTest::newRow("no host") << u"http://"_s << false;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"http://exa mple.com"_s << false;
}

void TestEndpointResolver::endpointUrlCheck()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QCOMPARE(EndpointResolver::isValidEndpointUrl(QUrl(url)), valid);
}

void TestEndpointResolver::prepare_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("defaults"); // provider, base URL, model of a loaded configuration
    QTest::addColumn<bool>("needModel");
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<QString>("wantProvider");
    QTest::addColumn<QString>("wantUrl");
    QTest::addColumn<QString>("wantModel");

    const QStringList none;
    const QString lab = u"http://127.0.0.1:8000/v1"_s;
    // Profiles saved in init: "lab" (openai-compatible, lab URL, served-model), "bare ollama" (ollama, defaults),
    // "broken url" (openai, ftp://x), "unknown provider" (acme).
    QTest::newRow("explicit only") << u"openai"_s << QString() << QString() << u"gpt-4o"_s << none << true
                                   << Failure::None << u"openai"_s << u"https://api.openai.com/v1"_s << u"gpt-4o"_s;
    QTest::newRow("profile supplies all") << QString() << u"lab"_s << QString() << QString() << none << true
                                          << Failure::None << u"openai-compatible"_s << lab << u"served-model"_s;
    QTest::newRow("explicit model overrides profile")
        << QString() << u"lab"_s << QString() << u"other-model"_s << none << true << Failure::None
        << u"openai-compatible"_s << lab << u"other-model"_s;
    QTest::newRow("explicit URL overrides profile")
        << QString() << u"lab"_s << u"http://127.0.0.1:9/v1"_s << QString() << none << true << Failure::None
        << u"openai-compatible"_s << u"http://127.0.0.1:9/v1"_s << u"served-model"_s;
    QTest::newRow("other provider ignores profile URL and model")
        << u"anthropic"_s << u"lab"_s << QString() << QString() << none << true << Failure::None << u"anthropic"_s
        << u"https://api.anthropic.com/v1"_s << ProviderCatalog::find(u"anthropic"_s)->defaultModel;
    QTest::newRow("profile with provider defaults")
        << QString() << u"bare ollama"_s << QString() << QString() << none << false << Failure::None << u"ollama"_s
        << ProviderCatalog::find(u"ollama"_s)->defaultBaseUrl << ProviderCatalog::find(u"ollama"_s)->defaultModel;
    QTest::newRow("profile beats configuration")
        << QString() << u"lab"_s << QString() << QString()
        << QStringList{u"openai"_s, u"https://proxy.example/v1"_s, u"gpt-4o"_s} << true << Failure::None
        << u"openai-compatible"_s << lab << u"served-model"_s;
    QTest::newRow("configuration when nothing else")
        << QString() << QString() << QString() << QString()
        << QStringList{u"openai"_s, u"https://proxy.example/v1"_s, u"gpt-4o"_s} << true << Failure::None << u"openai"_s
        << u"https://proxy.example/v1"_s << u"gpt-4o"_s;
    QTest::newRow("provider detected from model")
        << QString() << QString() << QString() << u"claude-3-5-haiku-latest"_s << none << true << Failure::None
        << u"anthropic"_s << u"https://api.anthropic.com/v1"_s << u"claude-3-5-haiku-latest"_s;
    QTest::newRow("unknown profile") << u"openai"_s << u"nobody"_s << QString() << QString() << none << true
                                     << Failure::UnknownProfile << QString() << QString() << QString();
    QTest::newRow("no provider") << QString() << QString() << QString() << QString() << none << false
                                 << Failure::NoProvider << QString() << QString() << QString();
    QTest::newRow("unknown provider") << u"acme"_s << QString() << QString() << QString() << none << false
                                      << Failure::UnknownProvider << u"acme"_s << QString() << QString();
    QTest::newRow("profile with unknown provider")
        << QString() << u"unknown provider"_s << QString() << QString() << none << false << Failure::UnknownProvider
        << u"acme"_s << QString() << QString();
    QTest::newRow("bad explicit URL") << u"openai"_s << QString() << u"ftp://x"_s << QString() << none << false
                                      << Failure::InvalidBaseUrl << u"openai"_s << QString() << QString();
    QTest::newRow("bad profile URL") << QString() << u"broken url"_s << QString() << QString() << none << false
                                     << Failure::InvalidBaseUrl << u"openai"_s << QString() << QString();
    QTest::newRow("model needed, none known")
        << u"openai-compatible"_s << QString() << u"http://127.0.0.1:1/v1"_s << QString() << none << true
        << Failure::NoModel << u"openai-compatible"_s << QString() << QString();
}

void TestEndpointResolver::prepare()
{
    QFETCH(QString, provider);
    QFETCH(QString, profile);
    QFETCH(QString, baseUrl);
    QFETCH(QString, model);
    QFETCH(QStringList, defaults);
    QFETCH(bool, needModel);
    QFETCH(Failure, failure);
    QFETCH(QString, wantProvider);
    QFETCH(QString, wantUrl);
    QFETCH(QString, wantModel);

    if (failure == Failure::NoModel && !ProviderCatalog::find(provider)->defaultModel.isEmpty())
        QSKIP("this provider has a default model in this catalogue");
    ProfileStore store(iniFile());
    QVERIFY(store.save({u"lab"_s, u"openai-compatible"_s, u"http://127.0.0.1:8000/v1"_s, u"served-model"_s}));
    QVERIFY(store.save({u"bare ollama"_s, u"ollama"_s, QString(), QString()}));
    QVERIFY(store.save({u"broken url"_s, u"openai"_s, u"ftp://x"_s, QString()}));
    QVERIFY(store.save({u"unknown provider"_s, u"acme"_s, QString(), QString()}));

    KeyStore keys(kService, nullptr);
    EndpointResolver resolver(&keys, store);
    EndpointRequest request;
    request.provider = provider;
    request.profile = profile;
    request.baseUrl = baseUrl;
    request.model = model;
    request.defaultProvider = defaults.value(0);
    request.defaultBaseUrl = defaults.value(1);
    request.defaultModel = defaults.value(2);
    request.needModel = needModel;
    const EndpointResolution r = resolver.prepare(request);
    QCOMPARE(r.failure, failure);
    QCOMPARE(r.ok(), failure == Failure::None);
    QCOMPARE(r.message.isEmpty(), failure == Failure::None);
    QCOMPARE(r.isUsageError(), failure != Failure::None);
    QCOMPARE(r.endpoint.providerId, wantProvider);
    if (failure != Failure::None)
        return;
    QCOMPARE(r.endpoint.baseUrl.toString(), wantUrl);
    QCOMPARE(r.model, wantModel);
    QCOMPARE(r.profile, profile);
    QCOMPARE(r.endpoint.dialect, dialectForProvider(wantProvider));
    QCOMPARE(r.keySource, KeySource::None); // the keychain is resolve()'s business
}

void TestEndpointResolver::keySources_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("givenKey");
    QTest::addColumn<QString>("keyVariable");     // "set" names a variable holding env-key, "unset" one that is empty
    QTest::addColumn<QStringList>("sessionKeys"); // entry=key pairs
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<KeySource>("source");
    QTest::addColumn<QString>("key");

    const QStringList both{u"apikey/openai/work=profile-key"_s, u"apikey/openai=provider-key"_s};
    QTest::newRow("profile key first") << u"openai"_s << u"work"_s << QString() << QString() << both << Failure::None
                                       << KeySource::ProfileKeychain << u"profile-key"_s;
    QTest::newRow("provider key without profile") << u"openai"_s << QString() << QString() << QString() << both
                                                  << Failure::None << KeySource::ProviderKeychain << u"provider-key"_s;
    QTest::newRow("typed key beats keychain") << u"openai"_s << u"work"_s << u" typed-key "_s << QString() << both
                                              << Failure::None << KeySource::Given << u"typed-key"_s;
    QTest::newRow("variable beats keychain") << u"openai"_s << u"work"_s << QString() << u"set"_s << both
                                             << Failure::None << KeySource::Environment << u"env-key"_s;
    QTest::newRow("variable unset") << u"openai"_s << u"work"_s << QString() << u"unset"_s << both
                                    << Failure::KeyVariableUnset << KeySource::None << QString();
    QTest::newRow("profile named default is the provider's entry")
        << u"openai"_s << u"default"_s << QString() << QString() << QStringList{u"apikey/openai=provider-key"_s}
        << Failure::None << KeySource::ProviderKeychain << u"provider-key"_s;
}

void TestEndpointResolver::keySources()
{
    QFETCH(QString, provider);
    QFETCH(QString, profile);
    QFETCH(QString, givenKey);
    QFETCH(QString, keyVariable);
    QFETCH(QStringList, sessionKeys);
    QFETCH(Failure, failure);
    QFETCH(KeySource, source);
    QFETCH(QString, key);

    ProfileStore store(iniFile());
    if (!profile.isEmpty())
        QVERIFY(store.save({profile, provider, u"http://127.0.0.1:1/v1"_s, u"m"_s}));
    KeyStore keys(kService, nullptr);
    for (const QString &pair : sessionKeys)
        keys.setSessionKey(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    EndpointRequest request;
    request.provider = provider;
    request.profile = profile;
    request.givenKey = givenKey;
    if (keyVariable == u"set") {
        qputenv(kKeyVar.toLocal8Bit().constData(), "env-key");
        request.keyVariable = kKeyVar;
    } else if (keyVariable == u"unset") {
        request.keyVariable = kKeyVar;
    }
    EndpointResolver resolver(&keys, store);
    QSignalSpy resolved(&resolver, &EndpointResolver::resolved);
    bool answered = false;
    const EndpointResolution r = resolveNow(resolver, request, &answered);
    QVERIFY2(answered, "no answer, or an answer inside resolve()");
    QCOMPARE(r.failure, failure);
    QCOMPARE(r.keySource, source);
    QCOMPARE(r.endpoint.apiKey, key);
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.first().first().value<EndpointResolution>().failure, failure);
}

// A project or configuration file names the endpoint; the stored key goes only to the provider's own host,
// loopback, the profile's host, an address given explicitly or one the person confirmed (issue: a .candor file with
// base_url received "Authorization: Bearer <the keychain key>").
void TestEndpointResolver::storedKeyGoesOnlyToItsHost_data()
{
    QTest::addColumn<QString>("configUrl"); // EndpointRequest::defaultBaseUrl, as from --config / a project
    QTest::addColumn<QString>("how");       // "" | "explicit" | "confirmed" | "env" | "profile"
    QTest::addColumn<bool>("keySent");

    const QString attacker = u"https://attacker.invalid/v1"_s;
    QTest::newRow("configuration names another host") << attacker << QString() << false;
    QTest::newRow("look-alike of the official host")
        << u"https://api.openai.com.attacker.invalid/v1"_s << QString() << false;
    QTest::newRow("given explicitly") << attacker << u"explicit"_s << true;
    QTest::newRow("confirmed by the person") << attacker << u"confirmed"_s << true;
    QTest::newRow("a key from the environment, not the keychain") << attacker << u"env"_s << true;
    QTest::newRow("the profile's own host") << u"https://proxy.example/v1"_s << u"profile"_s << true;
    QTest::newRow("official host") << u"https://api.openai.com/v1"_s << QString() << true;
    QTest::newRow("official host, upper case") << u"https://API.OpenAI.com/v1"_s << QString() << true;
    QTest::newRow("loopback 127.0.0.1") << u"http://127.0.0.1:9/v1"_s << QString() << true;
    QTest::newRow("loopback ::1") << u"http://[::1]:9/v1"_s << QString() << true;
    QTest::newRow("localhost") << u"http://localhost:9/v1"_s << QString() << true;
}

void TestEndpointResolver::storedKeyGoesOnlyToItsHost()
{
    QFETCH(QString, configUrl);
    QFETCH(QString, how);
    QFETCH(bool, keySent);

    ProfileStore store(iniFile());
    KeyStore keys(kService, nullptr);
    keys.setSessionKey(u"apikey/openai"_s, u"sk-stored-for-openai-0001"_s);
    keys.setSessionKey(u"apikey/openai/mine"_s, u"sk-stored-for-profile-0002"_s);
    EndpointRequest request;
    request.defaultProvider = u"openai"_s;
    request.defaultBaseUrl = configUrl;
    request.defaultModel = u"gpt-4o-mini"_s;
    if (how == u"explicit") {
        request.baseUrl = configUrl;
        request.baseUrlExplicit = true;
    } else if (how == u"confirmed") {
        request.confirmedKeyHosts = {u"Attacker.Invalid"_s};
    } else if (how == u"env") {
        qputenv(kKeyVar.toLocal8Bit().constData(), "env-key");
        request.keyVariable = kKeyVar;
    } else if (how == u"profile") {
        QVERIFY(store.save({u"mine"_s, u"openai"_s, configUrl, u"gpt-4o-mini"_s}));
        request.profile = u"mine"_s;
        request.defaultBaseUrl.clear();
    }
    EndpointResolver resolver(&keys, store);
    bool answered = false;
    const EndpointResolution r = resolveNow(resolver, request, &answered);
    QVERIFY(answered);
    if (keySent) {
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(!r.endpoint.apiKey.isEmpty());
        return;
    }
    QCOMPARE(r.failure, Failure::KeyHostNotConfirmed);
    QVERIFY(r.endpoint.apiKey.isEmpty());
    QCOMPARE(r.keyHost, QUrl(configUrl).host());
    QVERIFY2(r.message.contains(r.keyHost) && r.message.contains(u"--base-url"_s), qPrintable(r.message));
}

void TestEndpointResolver::profileKeyFallsBackToProviderKeyInKeychain()
{
    if (!keychainTestsAllowed())
        QSKIP("needs the throw-away keyring of tests/run-tests.sh");
    ProfileStore store(iniFile());
    QVERIFY(store.save({u"own"_s, u"anthropic"_s, QString(), QString()}));
    QVERIFY(store.save({u"borrowing"_s, u"anthropic"_s, QString(), QString()}));
    KeyStore keys(kService, nullptr);
    QVERIFY(storeKey(keys, u"apikey/anthropic"_s, u"sk-ant-provider-0001"_s).ok());
    QVERIFY(storeKey(keys, u"apikey/anthropic/own"_s, u"sk-ant-profile-0002"_s).ok());
    removeKey(keys, u"apikey/anthropic/borrowing"_s);

    EndpointResolver resolver(&keys, store);
    bool answered = false;
    EndpointRequest request;
    request.profile = u"own"_s;
    EndpointResolution r = resolveNow(resolver, request, &answered);
    QVERIFY(answered);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.endpoint.apiKey, u"sk-ant-profile-0002"_s);
    QCOMPARE(r.keySource, KeySource::ProfileKeychain);

    request.profile = u"borrowing"_s;
    r = resolveNow(resolver, request, &answered);
    QVERIFY(answered);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.endpoint.apiKey, u"sk-ant-provider-0001"_s);
    QCOMPARE(r.keySource, KeySource::ProviderKeychain);

    // Neither entry: a provider that needs a key says so, one that does not goes on without.
    removeKey(keys, u"apikey/anthropic"_s);
    r = resolveNow(resolver, request, &answered);
    QVERIFY(answered);
    QCOMPARE(r.failure, Failure::NoKey);
    QCOMPARE(r.keychainError.kind, KeychainError::Kind::NotFound);
    QVERIFY2(r.message.contains(u"Anthropic"_s), qPrintable(r.message));
    QVERIFY(!r.isUsageError());

    request.profile.clear();
    request.provider = u"ollama"_s;
    removeKey(keys, u"apikey/ollama"_s);
    r = resolveNow(resolver, request, &answered);
    QVERIFY(answered);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.keySource, KeySource::None);
    QVERIFY(r.endpoint.apiKey.isEmpty());

    removeKey(keys, u"apikey/anthropic/own"_s);
}

QTEST_GUILESS_MAIN(TestEndpointResolver)
#include "tst_endpointresolver.moc"
