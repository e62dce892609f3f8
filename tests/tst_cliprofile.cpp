// candor-cli profile and --profile end to end: the real binary (CANDOR_CLI) with its own settings folder
// (XDG_CONFIG_HOME), talking to the provider test server on 127.0.0.1. The profile's own key from the keychain is
// covered where tests/run-tests.sh provides its throw-away gnome-keyring.
#include "support/providertestserver.h"
#include "support/providerwire.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace candor::test;

namespace {

const QString kKeyVar = u"CANDOR_CLIPROFILE_TEST_KEY"_s;
const QByteArray kKey = "sk-profiletest-Vb81Qx4Rm0Wc6Jh2Ys9K";
const QByteArray kProfileKey = "sk-ownprofile-Hd72Kq0Nz5Lr8Tc3Wf6P";

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray describe(const CliResult &r)
{
    return "exit code " + QByteArray::number(r.exitCode) + "\n--- stdout:\n" + r.out.left(4000) + "\n--- stderr:\n" +
           r.err.left(4000);
}

wire::OllamaModel ollamaModel(const QByteArray &name)
{
    wire::OllamaModel m;
    m.name = name;
    return m;
}

bool keychainTestsAllowed()
{
    return qEnvironmentVariable("HOME").startsWith(u"/tmp/candor-tests."_s) &&
           qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void saveListShowDelete();
    void unknownProfile_data();
    void unknownProfile();
    void badArguments_data();
    void badArguments();
    void askWithProfile_data();
    void askWithProfile();
    void modelsWithProfile();
    void profileKeyFromKeychain();

private:
    bool run(const QStringList &args, CliResult *result, bool keychain = false, const QByteArray &input = {});

    QString m_cli;
    std::unique_ptr<QTemporaryDir> m_config; // this test's XDG_CONFIG_HOME: the settings file candor-cli reads
    QTemporaryDir m_runtimeDir;              // an empty XDG_RUNTIME_DIR: no session bus socket to find
    std::unique_ptr<ProviderTestServer> m_server;
};

void TestCliProfile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("CANDOR_CLI");
    QVERIFY2(!m_cli.isEmpty(), "CANDOR_CLI is not set; run the suite through ctest");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    QVERIFY(m_runtimeDir.isValid());
}

void TestCliProfile::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    m_server = std::make_unique<ProviderTestServer>(ProviderTestServer::Threading::OwnThread);
    QVERIFY(m_server->listen());
}

void TestCliProfile::cleanup()
{
    if (!m_server)
        return;
    // A key travels only in its auth header.
    for (const RecordedRequest &r : m_server->requests()) {
        QVERIFY(!r.path.contains(kKey) && !r.body.contains(kKey));
        QVERIFY(!r.path.contains(kProfileKey) && !r.body.contains(kProfileKey));
    }
    m_server.reset();
}

bool TestCliProfile::run(const QStringList &args, CliResult *result, bool keychain, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_CONFIG_HOME"_s, m_config->path());
    env.insert(kKeyVar, QString::fromLatin1(kKey));
    if (!keychain) {
        // No run but the keychain one may reach a keyring: no session bus, no display, no bus socket.
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtimeDir.path());
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_cli, args);
    if (!process.waitForStarted(30000))
        return false;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished(10000);
        qWarning("candor-cli %s did not finish", qPrintable(args.join(u' ')));
        return false;
    }
    result->out = process.readAllStandardOutput();
    result->err = process.readAllStandardError();
    result->exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    for (const QByteArray &key : {kKey, kProfileKey}) {
        if (result->out.contains(key.mid(8)) || result->err.contains(key.mid(8))) {
            qWarning("candor-cli %s printed an API key", qPrintable(args.join(u' ')));
            return false;
        }
    }
    return true;
}

void TestCliProfile::saveListShowDelete()
{
    CliResult r;
    QVERIFY(run({u"profile"_s, u"list"_s, u"--json"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"profiles"_s).toArray().size(), 0);

    QVERIFY(run({u"profile"_s, u"save"_s, u"Lab server"_s, u"--provider"_s, u"openai-compatible"_s, u"--base-url"_s,
                 u"http://127.0.0.1:8000/v1"_s, u"--model"_s, u"served-model"_s},
                &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("Lab server"), describe(r).constData());
    QVERIFY(run({u"profile"_s, u"save"_s, u"cloud"_s, u"--provider"_s, u"anthropic"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());

    // The file is the window's settings file, in the window's format.
    QSettings window(m_config->filePath(u"Candor/Candor.conf"_s), QSettings::IniFormat);
    QCOMPARE(window.value(u"providerProfiles/Lab server/provider"_s).toString(), u"openai-compatible"_s);
    QCOMPARE(window.value(u"providerProfiles/Lab server/baseUrl"_s).toString(), u"http://127.0.0.1:8000/v1"_s);
    QCOMPARE(window.value(u"providerProfiles/Lab server/model"_s).toString(), u"served-model"_s);

    QVERIFY(run({u"profile"_s, u"list"_s, u"--json"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonArray list = QJsonDocument::fromJson(r.out).object().value(u"profiles"_s).toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(u"name"_s).toString(), u"cloud"_s);
    QCOMPARE(list.at(0).toObject().value(u"base_url"_s), QJsonValue()); // the provider's default
    QCOMPARE(list.at(1).toObject(), (QJsonObject{{u"name"_s, u"Lab server"_s},
                                                 {u"provider"_s, u"openai-compatible"_s},
                                                 {u"base_url"_s, u"http://127.0.0.1:8000/v1"_s},
                                                 {u"model"_s, u"served-model"_s}}));

    QVERIFY(run({u"profile"_s, u"list"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("cloud") && lines.at(0).contains("anthropic"), r.out.constData());
    QVERIFY2(lines.at(1).startsWith("Lab server") && lines.at(1).contains("served-model"), r.out.constData());

    QVERIFY(run({u"profile"_s, u"show"_s, u"Lab server"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("openai-compatible") && r.out.contains("http://127.0.0.1:8000/v1") &&
                 r.out.contains("served-model"),
             r.out.constData());
    QVERIFY(run({u"profile"_s, u"show"_s, u"cloud"_s, u"--json"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QJsonObject cloud = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(cloud.value(u"provider"_s).toString(), u"anthropic"_s);
    QCOMPARE(cloud.value(u"model"_s), QJsonValue());

    // Saving again replaces.
    QVERIFY(run({u"profile"_s, u"save"_s, u"cloud"_s, u"--provider"_s, u"xai"_s, u"--model"_s, u"grok-3-mini"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY(run({u"profile"_s, u"show"_s, u"cloud"_s, u"--json"_s}, &r));
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"provider"_s).toString(), u"xai"_s);

    QVERIFY(run({u"profile"_s, u"delete"_s, u"cloud"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY(run({u"profile"_s, u"list"_s, u"--json"_s}, &r));
    const QJsonArray after = QJsonDocument::fromJson(r.out).object().value(u"profiles"_s).toArray();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).toObject().value(u"name"_s).toString(), u"Lab server"_s);
}

void TestCliProfile::unknownProfile_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("show") << QStringList{u"profile"_s, u"show"_s, u"nobody"_s};
    QTest::newRow("show --json") << QStringList{u"profile"_s, u"show"_s, u"nobody"_s, u"--json"_s};
    QTest::newRow("delete") << QStringList{u"profile"_s, u"delete"_s, u"nobody"_s};
}

void TestCliProfile::unknownProfile()
{
    QFETCH(QStringList, args);
    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1 && r.err.contains("\"nobody\""), describe(r).constData());
}

void TestCliProfile::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");
    const QString p = u"profile"_s;
    QTest::newRow("no action") << QStringList{p} << u"list, show, save or delete"_s;
    QTest::newRow("bad action") << QStringList{p, u"rename"_s, u"x"_s} << u"\"rename\""_s;
    QTest::newRow("show without NAME") << QStringList{p, u"show"_s} << u"NAME"_s;
    QTest::newRow("save without NAME") << QStringList{p, u"save"_s, u"--provider"_s, u"openai"_s} << u"NAME"_s;
    QTest::newRow("save a/b") << QStringList{p, u"save"_s, u"a/b"_s, u"--provider"_s, u"openai"_s} << u"NAME"_s;
    QTest::newRow("save two names") << QStringList{p, u"save"_s, u"a"_s, u"b"_s, u"--provider"_s, u"openai"_s}
                                    << u"NAME"_s;
    QTest::newRow("save without --provider") << QStringList{p, u"save"_s, u"x"_s} << u"--provider"_s;
    QTest::newRow("save --provider acme")
        << QStringList{p, u"save"_s, u"x"_s, u"--provider"_s, u"acme"_s} << u"--provider"_s;
    QTest::newRow("save --base-url ftp") << QStringList{p,           u"save"_s,       u"x"_s,      u"--provider"_s,
                                                        u"openai"_s, u"--base-url"_s, u"ftp://x"_s}
                                         << u"--base-url"_s;
    QTest::newRow("list --model") << QStringList{p, u"list"_s, u"--model"_s, u"m"_s} << u"--model"_s;
    QTest::newRow("list NAME") << QStringList{p, u"list"_s, u"x"_s} << u"NAME"_s;
    QTest::newRow("delete --json") << QStringList{p, u"delete"_s, u"x"_s, u"--json"_s} << u"--json"_s;
    QTest::newRow("unknown option") << QStringList{p, u"list"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::newRow("ask --profile nobody")
        << QStringList{u"ask"_s, u"--profile"_s, u"nobody"_s, u"--api-key-env"_s, kKeyVar, u"hello"_s}
        << u"--profile"_s;
    QTest::newRow("models --profile a/b") << QStringList{u"models"_s, u"--profile"_s, u"a/b"_s} << u"--profile"_s;
    QTest::newRow("generate --profile nobody")
        << QStringList{u"generate"_s, u"--mode"_s, u"llm"_s,   u"--profile"_s,          u"nobody"_s,
                       u"--count"_s,  u"5"_s,      u"--out"_s, u"@CONFIG@/out.jsonl"_s, u"--api-key-env"_s,
                       kKeyVar}
        << u"--profile"_s;
}

void TestCliProfile::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);
    for (QString &a : args)
        a.replace(u"@CONFIG@"_s, m_config->path());
    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 2, describe(r).constData());
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mention), describe(r).constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliProfile::askWithProfile_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("model");
    QTest::newRow("profile alone") << QStringList() << QByteArray("served-model");
    QTest::newRow("--model overrides") << QStringList{u"--model"_s, u"other-model"_s} << QByteArray("other-model");
}

void TestCliProfile::askWithProfile()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, model);
    CliResult r;
    QVERIFY(run({u"profile"_s, u"save"_s, u"lab"_s, u"--provider"_s, u"openai-compatible"_s, u"--base-url"_s,
                 m_server->url(u"/v1"_s).toString(), u"--model"_s, u"served-model"_s},
                &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    m_server->enqueue("POST", "/v1/chat/completions", wire::openAiChat(u"Hi from the lab."_s));
    QVERIFY(run(QStringList{u"ask"_s, u"--profile"_s, u"lab"_s, u"--api-key-env"_s, kKeyVar, u"--json"_s} + extra +
                    QStringList{u"hello"_s},
                &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.value(u"text"_s).toString(), u"Hi from the lab."_s);
    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->request(0);
    QCOMPARE(request.pathOnly(), QByteArray("/v1/chat/completions"));
    QCOMPARE(request.json().value(u"model"_s).toString().toUtf8(), model);
    QCOMPARE(request.header("authorization"), "Bearer " + kKey);
}

void TestCliProfile::modelsWithProfile()
{
    CliResult r;
    QVERIFY(run({u"profile"_s, u"save"_s, u"local"_s, u"--provider"_s, u"ollama"_s, u"--base-url"_s,
                 m_server->baseUrl().toString()},
                &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    m_server->enqueue("GET", "/api/tags",
                      wire::ollamaTags({ollamaModel("llama3.2:latest"), ollamaModel("qwen2.5:7b")}));
    QVERIFY(run({u"models"_s, u"--profile"_s, u"local"_s}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("llama3.2:latest") && r.out.contains("qwen2.5:7b"), describe(r).constData());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->request(0).pathOnly(), QByteArray("/api/tags"));
}

void TestCliProfile::profileKeyFromKeychain()
{
    if (!keychainTestsAllowed())
        QSKIP("needs the throw-away keyring of tests/run-tests.sh");
    CliResult r;
    QVERIFY(run({u"profile"_s, u"save"_s, u"keyed"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s,
                 m_server->url(u"/v1"_s).toString(), u"--model"_s, u"gpt-4o-mini"_s},
                &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    // key set --profile NAME: the saved profile says which provider the key is for.
    QVERIFY(run({u"key"_s, u"set"_s, u"--profile"_s, u"keyed"_s}, &r, true, kProfileKey + "\n"));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY(run({u"key"_s, u"status"_s, u"openai"_s, u"--profile"_s, u"keyed"_s}, &r, true));
    QVERIFY2(r.exitCode == 0 && r.out.contains("stored (sk-…Wf6P)"), describe(r).constData());

    m_server->enqueue("POST", "/v1/chat/completions", wire::openAiChat(u"Keyed answer."_s));
    QVERIFY(run({u"ask"_s, u"--profile"_s, u"keyed"_s, u"--json"_s, u"hello"_s}, &r, true));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(m_server->requestCount(), 1);
    QCOMPARE(m_server->request(0).header("authorization"), "Bearer " + kProfileKey);

    // Deleting the profile takes its own key with it.
    QVERIFY(run({u"profile"_s, u"delete"_s, u"keyed"_s}, &r, true));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), describe(r).constData());
    QVERIFY(run({u"key"_s, u"status"_s, u"openai"_s, u"--profile"_s, u"keyed"_s}, &r, true));
    QVERIFY2(r.exitCode == 0 && r.out.contains("not stored"), describe(r).constData());
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
