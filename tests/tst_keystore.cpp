// API keys in a real keychain: a gnome-keyring Secret Service on the private D-Bus session that
// tests/run-tests.sh starts. Also the failure modes: no session bus and a locked keyring.
#include "secrets/keystore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

struct ReadResult
{
    QString key;
    KeychainError error;
};

ReadResult readKey(KeyStore &store, const QString &entry)
{
    ReadResult result;
    bool done = false;
    QObject context;
    store.read(entry, &context, [&](const QString &key, const KeychainError &error) {
        result = {key, error};
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.error.message = u"timed out"_s;
    return result;
}

KeychainError storeKey(KeyStore &store, const QString &entry, const QString &key)
{
    KeychainError result;
    bool done = false;
    QObject context;
    store.store(entry, key, &context, [&](const KeychainError &error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.message = u"timed out"_s;
    return result;
}

KeychainError removeKey(KeyStore &store, const QString &entry)
{
    KeychainError result;
    bool done = false;
    QObject context;
    store.remove(entry, &context, [&](const KeychainError &error) {
        result = error;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.message = u"timed out"_s;
    return result;
}

QString cli()
{
    return qEnvironmentVariable("CANDOR_CLI");
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Never run against a person's own keyring: tests/run-tests.sh provides a throw-away one.
        QVERIFY2(qEnvironmentVariable("HOME").startsWith(u"/tmp/candor-tests."_s),
                 "run the keychain tests through tests/run-tests.sh (private HOME, D-Bus and gnome-keyring)");
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "no private D-Bus session");
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("openai-like") << u"sk-proj-abcdefghijklmnopqrstuvwxyz0123456789"_s;
        QTest::newRow("unicode") << u"ключ-🔑-鍵-clé-\u00e9\u0301"_s;
        QTest::newRow("8 KB") << QString(8192, u'k');
        QTest::newRow("spaces and quotes") << u"a key with \"quotes\" and 'spaces'"_s;
    }
    void roundTrip()
    {
        QFETCH(QString, key);
        KeyStore store(u"org.candor.Candor.tests"_s, nullptr);
        const QString entry = u"apikey/test-"_s + QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(removeKey(store, entry).ok());
        ReadResult before = readKey(store, entry);
        QCOMPARE(before.error.kind, KeychainError::Kind::NotFound);
        QVERIFY(before.key.isEmpty());

        const KeychainError stored = storeKey(store, entry, key);
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        ReadResult after = readKey(store, entry);
        QVERIFY2(after.error.ok(), qPrintable(after.error.message));
        QCOMPARE(after.key, key);

        // A fresh store object reads what the keychain holds, not a cached copy.
        KeyStore other(u"org.candor.Candor.tests"_s, nullptr);
        QCOMPARE(readKey(other, entry).key, key);

        QVERIFY(storeKey(store, entry, u"overwritten"_s).ok());
        QCOMPARE(readKey(other, entry).key, u"overwritten"_s);

        QVERIFY(removeKey(store, entry).ok());
        QCOMPARE(readKey(other, entry).error.kind, KeychainError::Kind::NotFound);
        // Deleting twice is not an error.
        QVERIFY(removeKey(store, entry).ok());
    }

    void entriesAreSeparate()
    {
        KeyStore store(u"org.candor.Candor.tests"_s, nullptr);
        QVERIFY(storeKey(store, u"apikey/openai"_s, u"sk-one"_s).ok());
        QVERIFY(storeKey(store, u"apikey/openai/work"_s, u"sk-two"_s).ok());
        QCOMPARE(readKey(store, u"apikey/openai"_s).key, u"sk-one"_s);
        QCOMPARE(readKey(store, u"apikey/openai/work"_s).key, u"sk-two"_s);
        KeyStore otherService(u"org.candor.Candor.tests.other"_s, nullptr);
        QCOMPARE(readKey(otherService, u"apikey/openai"_s).error.kind, KeychainError::Kind::NotFound);
        QVERIFY(removeKey(store, u"apikey/openai"_s).ok());
        QVERIFY(removeKey(store, u"apikey/openai/work"_s).ok());
    }

    void sessionKeyWinsAndStaysInMemory()
    {
        KeyStore store(u"org.candor.Candor.tests"_s, nullptr);
        store.setSessionKey(u"apikey/xai"_s, u"xai-session"_s);
        QVERIFY(store.hasSessionKey(u"apikey/xai"_s));
        QCOMPARE(readKey(store, u"apikey/xai"_s).key, u"xai-session"_s);
        KeyStore other(u"org.candor.Candor.tests"_s, nullptr);
        QCOMPARE(readKey(other, u"apikey/xai"_s).error.kind, KeychainError::Kind::NotFound);
        store.clearSessionKey(u"apikey/xai"_s);
        QCOMPARE(readKey(store, u"apikey/xai"_s).error.kind, KeychainError::Kind::NotFound);
    }

    void callbackSkippedWhenContextIsGone()
    {
        KeyStore store(u"org.candor.Candor.tests"_s, nullptr);
        bool called = false;
        auto *context = new QObject;
        store.read(u"apikey/none"_s, context, [&](const QString &, const KeychainError &) { called = true; });
        delete context;
        // QtKeychain runs jobs one at a time in order, so once a later read has answered the first one is done too.
        bool laterAnswered = false;
        store.read(u"apikey/none"_s, this, [&](const QString &, const KeychainError &) { laterAnswered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(laterAnswered, 15000);
        QVERIFY(!called);
    }

    void mask_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("masked");
        QTest::newRow("openai") << u"sk-proj-abcdefghijklmnop1234"_s << u"sk-…1234"_s;
        QTest::newRow("anthropic") << u"sk-ant-api03-xxxxxxxxxxxxxxxxabcd"_s << u"sk-…abcd"_s;
        QTest::newRow("xai") << u"xai-0123456789abcdefWXYZ"_s << u"xai-…WXYZ"_s;
        QTest::newRow("plain") << u"0123456789abcdef0123456789abcdef"_s << u"012…cdef"_s;
        QTest::newRow("short") << u"abcdefgh"_s << u"…gh"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void mask()
    {
        QFETCH(QString, key);
        QFETCH(QString, masked);
        QCOMPARE(KeyStore::mask(key), masked);
    }

    void classifyMessages_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("advice");
        using K = KeychainError::Kind;
        QTest::newRow("no bus") << 7 << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << int(K::Unavailable)
                                << u"no D-Bus session bus"_s;
        QTest::newRow("no service") << 7 << u"The name org.freedesktop.secrets was not provided by any .service files"_s
                                    << int(K::Unavailable) << u"No Secret Service is running"_s;
        QTest::newRow("not unlocked") << 7
                                      << u"Object does not exist at path /org/freedesktop/secrets/collection/login"_s
                                      << int(K::Unavailable) << u"Unlock or create the \"login\" keyring"_s;
        QTest::newRow("locked") << 4 << u"Cannot create an item in a locked collection"_s << int(K::Locked)
                                << u"Unlock it"_s;
        QTest::newRow("no libsecret") << 7 << u"Unknown error"_s << int(K::Unavailable) << u"libsecret-1-0"_s;
        QTest::newRow("not found") << 1 << u"Entry not found"_s << int(K::NotFound) << u"No key is stored"_s;
    }
    void classifyMessages()
    {
        QFETCH(int, code);
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, advice);
        const KeychainError e = KeyStore::classify(code, text, u"apikey/openai"_s);
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(advice), qPrintable(e.message));
        if (e.kind != KeychainError::Kind::NotFound)
            QVERIFY2(e.message.contains(u"session only"_s) || e.message.contains(u"Unlock"_s), qPrintable(e.message));
    }

    // candor-cli against the real keychain: set from stdin, status masked, delete.
    void cliEndToEnd()
    {
        QVERIFY(QFile::exists(cli()));
        const QString canary = u"sk-canary-cli-0123456789ABCD"_s;
        QProcess set;
        set.start(cli(), {u"key"_s, u"set"_s, u"anthropic"_s});
        QVERIFY(set.waitForStarted());
        set.write(canary.toUtf8() + "\n");
        set.closeWriteChannel();
        QVERIFY(set.waitForFinished(30000));
        QCOMPARE(set.exitCode(), 0);
        const QByteArray setOut = set.readAllStandardOutput() + set.readAllStandardError();
        QVERIFY2(setOut.contains("sk-…ABCD"), setOut.constData());
        QVERIFY(!setOut.contains(canary.toUtf8()));

        QProcess status;
        status.start(cli(), {u"key"_s, u"status"_s, u"anthropic"_s});
        QVERIFY(status.waitForFinished(30000));
        QCOMPARE(status.exitCode(), 0);
        const QByteArray statusOut = status.readAllStandardOutput();
        QVERIFY2(statusOut.contains("anthropic") && statusOut.contains("stored (sk-…ABCD)"), statusOut.constData());
        QVERIFY(!statusOut.contains(canary.toUtf8()));

        KeyStore store(nullptr);
        QCOMPARE(readKey(store, u"apikey/anthropic"_s).key, canary);

        QProcess del;
        del.start(cli(), {u"key"_s, u"delete"_s, u"anthropic"_s});
        QVERIFY(del.waitForFinished(30000));
        QCOMPARE(del.exitCode(), 0);
        QCOMPARE(readKey(store, u"apikey/anthropic"_s).error.kind, KeychainError::Kind::NotFound);
    }

    void cliRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("stdinText");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("unknown provider") << QStringList{u"key"_s, u"set"_s, u"acme"_s} << QByteArray("k\n")
                                          << QByteArray("\"acme\" is not a provider");
        QTest::newRow("empty key") << QStringList{u"key"_s, u"set"_s, u"openai"_s} << QByteArray("\n")
                                   << QByteArray("no key on standard input");
        QTest::newRow("no action") << QStringList{u"key"_s} << QByteArray() << QByteArray("say set, delete or status");
        QTest::newRow("bad action") << QStringList{u"key"_s, u"show"_s, u"openai"_s} << QByteArray()
                                    << QByteArray("\"show\" is not an action");
        QTest::newRow("key in argv refused") << QStringList{u"key"_s, u"set"_s, u"openai"_s, u"sk-abc"_s}
                                             << QByteArray() << QByteArray("exactly one PROVIDER");
    }
    void cliRejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, stdinText);
        QFETCH(QByteArray, expected);
        QProcess p;
        p.start(cli(), args);
        QVERIFY(p.waitForStarted());
        p.write(stdinText);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains(expected), err.constData());
        QCOMPARE(err.count('\n'), 1);
    }

    // No session bus at all: a clear message naming the fix, exit 1, no crash.
    void noSessionBus()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(cli(), {u"key"_s, u"set"_s, u"openai"_s});
        QVERIFY(p.waitForStarted());
        p.write("sk-nobus-0000000000001234\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("no D-Bus session bus") && err.contains("session only"), err.constData());
        QVERIFY(!err.contains("sk-nobus"));
    }

    // A keyring that exists but stays locked (unlocked with the wrong password): writes are refused with a
    // message that says to unlock it. Runs its own D-Bus session and gnome-keyring in a separate HOME.
    void lockedKeyring()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString script = uR"(
set -e
for d in home run data config cache; do mkdir -p "$ROOT/$d"; done
chmod 700 "$ROOT/run"
export HOME="$ROOT/home" XDG_RUNTIME_DIR="$ROOT/run" XDG_DATA_HOME="$ROOT/data" XDG_CONFIG_HOME="$ROOT/config" XDG_CACHE_HOME="$ROOT/cache"
unset DBUS_SESSION_BUS_ADDRESS
# First session creates the login keyring with one password ...
dbus-run-session -- sh -c 'printf %s right-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null; sleep 0.5; echo sk-first-000000000000aaaa | "$CLI" key set openai' >/dev/null 2>&1
# ... the second starts it with another, so the collection stays locked.
dbus-run-session -- sh -c 'printf %s wrong-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null; sleep 0.5; echo sk-second-00000000000bbbb | "$CLI" key set openai'
)"_s;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ROOT"_s, dir.path());
        env.insert(u"CLI"_s, cli());
        p.setProcessEnvironment(env);
        p.start(u"sh"_s, {u"-c"_s, script});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("locked") && err.contains("Unlock it"), err.constData());
        QVERIFY(!err.contains("sk-second"));
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
