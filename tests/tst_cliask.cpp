// candor-cli ask, models and test end to end: the real binary (CANDOR_CLI, set by CTest) against a real HTTP server on
// 127.0.0.1 that plays each provider's wire format (tests/support). The server runs in its own thread because the test
// blocks in QProcess::waitForFinished.
#include "support/providertestserver.h"
#include "support/providerwire.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace candor::test;

using Handler = ProviderTestServer::Handler;
using ResponseList = QList<ScriptedResponse>;

Q_DECLARE_METATYPE(candor::test::ScriptedResponse)
Q_DECLARE_METATYPE(candor::test::ProviderTestServer::Handler)

namespace {

constexpr int kRunTimeoutMs = 60 * 1000;

// The key every keyed run gets through --api-key-env. It must never come back in any output, URL or body.
const QString kKeyVar = u"CANDOR_CLIASK_TEST_KEY"_s;
const QByteArray kKey = "sk-candortest-Zq7Kd93Lw0pXv5Ny2Hr8Tb4M";
const QByteArray kKeyTail = "Zq7Kd93Lw0pXv5Ny2Hr8Tb4M"; // the secret part, should the prefix be cut off
const QString kUnsetVar = u"CANDOR_CLIASK_UNSET_VARIABLE"_s;

// Non-ASCII and the characters Go escapes (\u0026 \u003c \u003e), so every decoder's JSON handling is exercised.
const QString kText = u"Hello, w\u00f6rld & <friends> \u2713"_s;
const QStringList kPieces{u"Hello, "_s, u"w\u00f6rld & "_s, u"<friends> \u2713"_s};

const QByteArray kSchemaJson =
    R"({"type":"object","properties":{"a":{"type":"integer"}},"required":["a"],"additionalProperties":false})";

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

QByteArray describe(const CliResult &r)
{
    return "exit code " + QByteArray::number(r.exitCode) + "\n--- stdout:\n" + r.out.left(4000) + "\n--- stderr:\n" +
           r.err.left(4000);
}

// How the suite reaches one provider: catalogue id, a model, the paths under the base URL, whether it needs a key.
struct Provider
{
    QString id;
    QString model;
    QByteArray chatPath;
    QByteArray modelsPath;
    bool keyed = true;
    QString displayName;
};

Provider providerFor(const QString &id)
{
    if (id == u"anthropic")
        return {id, u"claude-sonnet-4-20250514"_s, "/v1/messages", "/v1/models", true, u"Anthropic"_s};
    if (id == u"xai")
        return {id, u"grok-3-mini"_s, "/v1/chat/completions", "/v1/models", true, u"xAI Grok"_s};
    if (id == u"together")
        return {id,
                u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s,
                "/v1/chat/completions",
                "/v1/models",
                true,
                u"Together.ai"_s};
    if (id == u"ollama")
        return {id, u"llama3.2"_s, "/api/chat", "/api/tags", false, u"Ollama"_s};
    if (id == u"transformerlab")
        return {id, u"Llama-3.2-1B-Instruct"_s, "/v1/chat/completions", "/v1/models", false, u"Transformer Lab"_s};
    if (id == u"openai-compatible")
        return {id,   u"qwen2.5-7b-instruct"_s,     "/v1/chat/completions", "/v1/models",
                true, u"OpenAI-compatible server"_s};
    return {u"openai"_s, u"gpt-4o-mini"_s, "/v1/chat/completions", "/v1/models", true, u"OpenAI"_s};
}

// A successful answer carrying kText, in the provider's own bytes.
ScriptedResponse answer(const QString &provider, bool stream)
{
    if (provider == u"anthropic")
        return stream ? wire::anthropicStream(kPieces) : wire::anthropicMessage(kText);
    if (provider == u"xai")
        return stream ? wire::xaiStream(kPieces) : wire::xaiChat(kText);
    if (provider == u"together")
        return stream ? wire::togetherStream(kPieces) : wire::togetherChat(kText);
    if (provider == u"ollama")
        return stream ? wire::ollamaStream(kPieces) : wire::ollamaChat(kText);
    if (provider == u"transformerlab")
        return stream ? wire::tlabStream(kPieces) : wire::tlabChat(kText);
    if (provider == u"openai-compatible") {
        // A generic server (vLLM-like): no rate-limit headers, and no usage in a stream nobody asked it for.
        wire::OpenAiOptions o;
        o.model = "qwen2.5-7b-instruct";
        o.rateLimit = std::nullopt;
        o.includeUsage = false;
        return stream ? wire::openAiStream(kPieces, o) : wire::openAiChat(kText, o);
    }
    return stream ? wire::openAiStream(kPieces) : wire::openAiChat(kText);
}

// An Anthropic stream cut off after its text: no message_delta (no stop reason), no message_stop.
ScriptedResponse anthropicCutStream()
{
    ScriptedResponse r = wire::anthropicStream({u"Partial "_s, u"answer"_s});
    r.body.truncate(r.body.indexOf("event: message_delta"));
    r.chunking = Chunking::whole();
    return r;
}

ScriptedResponse withHeader(ScriptedResponse r, const QByteArray &name, const QByteArray &value)
{
    r.withHeader(name, value);
    return r;
}

Handler always(const ScriptedResponse &response)
{
    return [response](const RecordedRequest &) { return response; };
}

// Anthropic's model list, paged two at a time whatever limit the client asks for, so the CLI has to follow has_more.
Handler anthropicPagesOfTwo()
{
    const QList<wire::AnthropicModel> all = wire::defaultAnthropicModels();
    return [all](const RecordedRequest &request) {
        RecordedRequest paged = request;
        QUrlQuery query = request.query();
        query.removeAllQueryItems(u"limit"_s);
        query.addQueryItem(u"limit"_s, u"2"_s);
        paged.path = request.pathOnly() + '?' + query.toString(QUrl::FullyEncoded).toUtf8();
        return wire::anthropicModelsPage(all, paged);
    };
}

wire::OllamaModel ollamaModel(const QByteArray &name, const QList<QByteArray> &capabilities = {})
{
    wire::OllamaModel m;
    m.name = name;
    m.capabilities = capabilities;
    return m;
}

wire::TogetherModel togetherModel(const QByteArray &id, const QByteArray &type)
{
    wire::TogetherModel m;
    m.id = id;
    m.type = type;
    return m;
}

QStringList anthropicIds()
{
    QStringList ids;
    for (const wire::AnthropicModel &m : wire::defaultAnthropicModels())
        ids << QString::fromUtf8(m.id);
    return ids;
}

// A value as compact JSON text ("null", "1.34", "\"req_1\"", {"a":1}), so QCOMPARE shows both sides on failure.
QString jsonText(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QString nullOr(int value)
{
    return value < 0 ? u"null"_s : QString::number(value);
}

QString nullOrString(const QString &value)
{
    return value.isEmpty() ? u"null"_s : jsonText(value);
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

// The single JSON object --json promises: one line on stdout, an object with exactly the contract's keys.
bool parseResult(const CliResult &r, QJsonObject *object, QString *why)
{
    if (!r.out.endsWith('\n') || r.out.count('\n') != 1) {
        *why = u"stdout is not exactly one line"_s;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    if (!doc.isObject()) {
        *why = u"stdout is not a JSON object: "_s + parseError.errorString();
        return false;
    }
    const QJsonObject o = doc.object();
    const QStringList expected{u"error"_s, u"finish"_s, u"json"_s, u"ok"_s, u"request_id"_s, u"text"_s, u"usage"_s};
    if (sortedKeys(o) != expected) {
        *why = u"keys are "_s + sortedKeys(o).join(u',');
        return false;
    }
    if (!o.value(u"ok").isBool() || !o.value(u"text").isString() || !o.value(u"finish").isString()) {
        *why = u"ok, text or finish has the wrong type"_s;
        return false;
    }
    const QStringList finishes{u"stop"_s,    u"length"_s, u"tool"_s,   u"filtered"_s,
                               u"refusal"_s, u"error"_s,  u"unknown"_s};
    if (!finishes.contains(o.value(u"finish").toString())) {
        *why = u"finish is "_s + o.value(u"finish").toString();
        return false;
    }
    if (sortedKeys(o.value(u"usage").toObject()) != QStringList{u"input"_s, u"output"_s}) {
        *why = u"usage is "_s + jsonText(o.value(u"usage"));
        return false;
    }
    const QJsonValue error = o.value(u"error");
    if (!error.isNull()) {
        const QStringList errorKeys{u"http_status"_s, u"kind"_s, u"message"_s, u"retry_after_s"_s, u"retryable"_s};
        if (!error.isObject() || sortedKeys(error.toObject()) != errorKeys) {
            *why = u"error is "_s + jsonText(error);
            return false;
        }
    }
    if (o.value(u"ok").toBool() != error.isNull()) {
        *why = u"ok and error disagree"_s;
        return false;
    }
    *object = o;
    return true;
}

} // namespace

class TestCliAsk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void askSuccess_data();
    void askSuccess();
    void askErrors_data();
    void askErrors();
    void retries_data();
    void retries();

    void askConformance_data();
    void askConformance();
    void helpSaysWhatJsonHolds();

    void schemaAnswers_data();
    void schemaAnswers();
    void schemaFallsBackWithoutResponseFormat();
    void schemaLengthCut_data();
    void schemaLengthCut();

    void timeout_data();
    void timeout();

    void models_data();
    void models();
    void serverEchoingTheKeyIsScrubbed();
    void testVerdict_data();
    void testVerdict();

    void badArguments_data();
    void badArguments();
    void missingKey_data();
    void missingKey();
    void keyNotSentOverPlainHttp_data();
    void keyNotSentOverPlainHttp();

private:
    // Runs candor-cli; false (with a warning) if it did not start, hung, crashed or printed the API key.
    bool run(const QStringList &args, CliResult *result, bool withKeyVariable = true);
    QProcessEnvironment environment(bool withKeyVariable) const;
    QString baseUrl(const QString &provider) const;
    // COMMAND --provider P --base-url URL [--model M] [--api-key-env VAR] for the provider's setup.
    QStringList providerArgs(const QString &command, const QString &provider, bool withModel = true) const;
    QString schemaPath() const { return m_dir.filePath(u"schema.json"_s); }

    QString m_cli;
    QTemporaryDir m_dir;
    QTemporaryDir m_runtimeDir; // an empty XDG_RUNTIME_DIR: no session bus socket to find
    std::unique_ptr<ProviderTestServer> m_server;
};

void TestCliAsk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("CANDOR_CLI");
    QVERIFY2(!m_cli.isEmpty(), "CANDOR_CLI is not set; run the suite through ctest");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    QVERIFY2(m_runtimeDir.isValid(), qPrintable(m_runtimeDir.errorString()));
    QFile schema(schemaPath());
    QVERIFY(schema.open(QIODevice::WriteOnly));
    QVERIFY(schema.write(kSchemaJson) == kSchemaJson.size());
}

void TestCliAsk::init()
{
    m_server = std::make_unique<ProviderTestServer>(ProviderTestServer::Threading::OwnThread);
    QVERIFY(m_server->listen());
}

void TestCliAsk::cleanup()
{
    if (!m_server)
        return;
    const QList<RecordedRequest> requests = m_server->requests();
    m_server.reset();
    // The key travels only in its auth header: never in a URL, a body or any other header.
    for (const RecordedRequest &r : requests) {
        QVERIFY2(!r.path.contains(kKeyTail), r.path.constData());
        QVERIFY2(!r.body.contains(kKeyTail), r.body.left(2000).constData());
        for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it) {
            if (it.key() != "authorization" && it.key() != "x-api-key")
                QVERIFY2(!it.value().contains(kKeyTail), it.key().constData());
        }
    }
}

QProcessEnvironment TestCliAsk::environment(bool withKeyVariable) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No run may reach a real keychain (keyless providers still look there): no session bus, no display to autolaunch
    // one, no runtime directory holding a bus socket.
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.remove(u"DISPLAY"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_runtimeDir.path());
    env.remove(kUnsetVar);
    if (withKeyVariable)
        env.insert(kKeyVar, QString::fromLatin1(kKey));
    else
        env.remove(kKeyVar);
    return env;
}

bool TestCliAsk::run(const QStringList &args, CliResult *result, bool withKeyVariable)
{
    QProcess process;
    process.setProgram(m_cli);
    process.setArguments(args);
    process.setProcessEnvironment(environment(withKeyVariable));
    process.setWorkingDirectory(m_dir.path());
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(30000)) {
        qWarning("cannot start %s: %s", qPrintable(m_cli), qPrintable(process.errorString()));
        return false;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(kRunTimeoutMs)) {
        qWarning("candor-cli %s did not finish in time", qPrintable(args.join(u' ')));
        process.kill();
        process.waitForFinished(10000);
        return false;
    }
    result->elapsedMs = timer.elapsed();
    result->out = process.readAllStandardOutput();
    result->err = process.readAllStandardError();
    result->exitCode = process.exitCode();
    if (process.exitStatus() != QProcess::NormalExit) {
        qWarning("candor-cli %s crashed\n%s", qPrintable(args.join(u' ')), describe(*result).constData());
        return false;
    }
    if (result->out.contains(kKeyTail) || result->err.contains(kKeyTail)) {
        qWarning("candor-cli %s printed the API key\n%s", qPrintable(args.join(u' ')), describe(*result).constData());
        return false;
    }
    return true;
}

QString TestCliAsk::baseUrl(const QString &provider) const
{
    // OpenAI-style and Anthropic base URLs end in /v1; Ollama's is the bare host.
    return provider == u"ollama" ? m_server->baseUrl().toString() : m_server->url(u"/v1"_s).toString();
}

QStringList TestCliAsk::providerArgs(const QString &command, const QString &provider, bool withModel) const
{
    const Provider p = providerFor(provider);
    QStringList args{command, u"--provider"_s, p.id, u"--base-url"_s, baseUrl(provider)};
    if (withModel)
        args << u"--model"_s << p.model;
    if (p.keyed)
        args << u"--api-key-env"_s << kKeyVar;
    return args;
}

// ---------------------------------------------------------------------------------------------------------------
// ask: answers

void TestCliAsk::askSuccess_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("auth"); // bearer, x-api-key or none
    QTest::addColumn<int>("input");    // usage; -1: null (the provider did not say)
    QTest::addColumn<int>("output");
    QTest::addColumn<QString>("requestId"); // empty: null

    // The request id is the provider's own (x-request-id / request-id header) where it sends one, the same id its
    // error responses and support pages use; otherwise the response id.
    const QString openAiRequestId = u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;
    const QString anthropicRequestId = u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;
    for (const bool stream : {false, true}) {
        const char *mode = stream ? "stream" : "whole";
        QTest::addRow("openai %s", mode) << u"openai"_s << stream << u"bearer"_s << 12 << 34 << openAiRequestId;
        QTest::addRow("anthropic %s", mode)
            << u"anthropic"_s << stream << u"x-api-key"_s << 12 << 34 << anthropicRequestId;
        QTest::addRow("xai %s", mode) << u"xai"_s << stream << u"bearer"_s << 12 << 34
                                      << u"3f9c2b7e-1d4a-4c8e-9b6f-0a2d5e8c7b14"_s;
        QTest::addRow("together %s", mode)
            << u"together"_s << stream << u"bearer"_s << 12 << 34 << u"8b43a5cfadf99e5c-SJC"_s;
        QTest::addRow("ollama %s", mode) << u"ollama"_s << stream << u"none"_s << 26 << 298 << QString();
        // Transformer Lab streams carry no usage at all.
        QTest::addRow("transformerlab %s", mode) << u"transformerlab"_s << stream << u"none"_s << (stream ? -1 : 12)
                                                 << (stream ? -1 : 34) << u"chatcmpl-3Xq8JkFh6SdA9pLmNo2rTu"_s;
        QTest::addRow("openai-compatible %s", mode) << u"openai-compatible"_s << stream << u"bearer"_s
                                                    << (stream ? -1 : 12) << (stream ? -1 : 34) << openAiRequestId;
    }
}

void TestCliAsk::askSuccess()
{
    QFETCH(QString, provider);
    QFETCH(bool, stream);
    QFETCH(QString, auth);
    QFETCH(int, input);
    QFETCH(int, output);
    QFETCH(QString, requestId);

    const Provider p = providerFor(provider);
    m_server->enqueue("POST", p.chatPath, answer(provider, stream));
    QStringList args = providerArgs(u"ask"_s, provider) << u"--json"_s;
    if (stream)
        args << u"--stream"_s;
    args << u"Say hello."_s;

    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QJsonObject o;
    QString why;
    QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
    QCOMPARE(o.value(u"ok").toBool(), true);
    QCOMPARE(o.value(u"text").toString(), kText);
    QCOMPARE(jsonText(o.value(u"json")), u"null"_s);
    QCOMPARE(o.value(u"finish").toString(), u"stop"_s);
    QCOMPARE(jsonText(o.value(u"usage").toObject().value(u"input")), nullOr(input));
    QCOMPARE(jsonText(o.value(u"usage").toObject().value(u"output")), nullOr(output));
    QCOMPARE(jsonText(o.value(u"request_id")), nullOrString(requestId));
    QCOMPARE(jsonText(o.value(u"error")), u"null"_s);

    QCOMPARE(m_server->requestCount(), 1);
    const RecordedRequest request = m_server->request(0);
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.path, p.chatPath);
    if (auth == u"bearer") {
        QCOMPARE(request.header("authorization"), "Bearer " + kKey);
        QVERIFY(!request.hasHeader("x-api-key"));
    } else if (auth == u"x-api-key") {
        QCOMPARE(request.header("x-api-key"), kKey);
        QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!request.hasHeader("authorization"));
    } else {
        QVERIFY2(!request.hasHeader("authorization"), request.header("authorization").constData());
        QVERIFY(!request.hasHeader("x-api-key"));
    }
    const QJsonObject body = request.json();
    QCOMPARE(body.value(u"model").toString(), p.model);
    QCOMPARE(jsonText(body.value(u"messages").toArray().last().toObject().value(u"content")),
             jsonText(u"Say hello."_s));
    if (stream)
        QCOMPARE(body.value(u"stream").toBool(), true);
    else if (provider == u"ollama")
        QCOMPARE(jsonText(body.value(u"stream")), u"false"_s); // Ollama streams unless told not to
    else
        QCOMPARE(body.value(u"stream").toBool(), false);
    // Usage is asked for in streams where the provider documents stream_options, and never sent elsewhere.
    const bool asksUsage = stream && (provider == u"openai" || provider == u"xai" || provider == u"together");
    QCOMPARE(body.value(u"stream_options").toObject().value(u"include_usage").toBool(), asksUsage);
    if (!asksUsage)
        QVERIFY(!body.contains(u"stream_options"));

    // Without --json, stdout is the answer and a newline.
    m_server->clearRequests();
    m_server->enqueue("POST", p.chatPath, answer(provider, stream));
    args.removeAll(u"--json"_s);
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QCOMPARE(r.out, kText.toUtf8() + '\n');
    QCOMPARE(m_server->requestCount(), 1);
}

// ---------------------------------------------------------------------------------------------------------------
// ask: errors, one request each

void TestCliAsk::askErrors_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("retryAfter"); // JSON text of retry_after_s
    QTest::addColumn<int>("httpStatus");     // -1: null

    using F = wire::OpenAiFailure;
    const QString null = u"null"_s;
    const auto row = [](const char *name) -> QTestData & { return QTest::newRow(name); };

    row("openai 401") << u"openai"_s << false << wire::openAiError(F::InvalidApiKey) << u"auth"_s << false << null
                      << 401;
    row("openai 429 rate limit") << u"openai"_s << false << wire::openAiError(F::RateLimited) << u"rate_limited"_s
                                 << true << u"1.34"_s << 429;
    row("openai 429 insufficient_quota") << u"openai"_s << false << wire::openAiError(F::InsufficientQuota)
                                         << u"quota"_s << false << null << 429;
    row("openai 429 request too large") << u"openai"_s << false << wire::openAiError(F::RequestTooLarge)
                                        << u"too_large"_s << false << null << 429;
    row("openai 400 context length") << u"openai"_s << false << wire::openAiError(F::ContextLengthExceeded)
                                     << u"too_large"_s << false << null << 400;
    row("openai 404 model") << u"openai"_s << false << wire::openAiError(F::ModelNotFound) << u"model_not_found"_s
                            << false << null << 404;
    row("openai 500") << u"openai"_s << false << wire::openAiError(F::ServerError) << u"server"_s << true << null
                      << 500;
    row("openai 503 overloaded") << u"openai"_s << false << wire::openAiError(F::Overloaded) << u"overloaded"_s << true
                                 << null << 503;
    row("openai 502 html page") << u"openai"_s << false << wire::htmlProxyError(502) << u"upstream_unavailable"_s
                                << true << null << 502;
    row("openai empty choices") << u"openai"_s << false << wire::openAiEmptyChoices() << u"empty_response"_s << true
                                << null << 200;
    row("openai stream without [DONE]") << u"openai"_s << true << wire::openAiTruncatedStream(kPieces) << u"truncated"_s
                                        << true << null << 200;
    // After text was shown a retry would repeat it: not retryable.
    row("openai mid-stream error") << u"openai"_s << true << wire::openAiMidStreamError({u"Hel"_s}) << u"server"_s
                                   << true << null << 200;

    row("anthropic 401") << u"anthropic"_s << false << wire::anthropicAuthError() << u"auth"_s << false << null << 401;
    row("anthropic 404 model") << u"anthropic"_s << false << wire::anthropicNotFound("claude-sonnet-4-20250514")
                               << u"model_not_found"_s << false << null << 404;
    row("anthropic 413 from the edge") << u"anthropic"_s << false << wire::anthropicRequestTooLarge() << u"too_large"_s
                                       << false << null << 413;
    row("anthropic 429 retry-after 7") << u"anthropic"_s << false << wire::anthropicRateLimited(7) << u"rate_limited"_s
                                       << true << u"7"_s << 429;
    row("anthropic 529 overloaded") << u"anthropic"_s << false << wire::anthropicOverloaded() << u"overloaded"_s << true
                                    << null << 529;
    row("anthropic 500 api_error") << u"anthropic"_s << false
                                   << wire::anthropicError(500, "api_error", u"Internal server error"_s) << u"server"_s
                                   << true << null << 500;
    row("anthropic 502 html page") << u"anthropic"_s << false << wire::htmlProxyError(502) << u"upstream_unavailable"_s
                                   << true << null << 502;
    row("anthropic stream error event") << u"anthropic"_s << true << wire::anthropicStreamErrorAfterText({u"Par"_s})
                                        << u"overloaded"_s << true << null << 200;
    row("anthropic stream without message_stop")
        << u"anthropic"_s << true << anthropicCutStream() << u"truncated"_s << true << null << 200;

    row("xai 400 bad key") << u"xai"_s << false << wire::xaiBadKey() << u"auth"_s << false << null << 400;
    row("xai 429") << u"xai"_s << false << wire::xaiError(429, "Too many requests", u"Rate limit exceeded."_s)
                   << u"rate_limited"_s << true << null << 429;

    row("together 400 model_not_available")
        << u"together"_s << false << wire::togetherModelNotAvailable("meta-llama/Llama-3.3-70B-Instruct-Turbo")
        << u"model_not_found"_s << false << null << 400;
    row("together 401") << u"together"_s << false
                        << wire::togetherError(401, "invalid_request_error", "invalid_api_key",
                                               u"Invalid API key provided. You can find your API key at "
                                               "https://api.together.xyz/settings/api-keys."_s)
                        << u"auth"_s << false << null << 401;

    row("ollama 404 model") << u"ollama"_s << false << wire::ollamaModelNotFound("llama3.2") << u"model_not_found"_s
                            << false << null << 404;
    row("ollama 404 model, old wording") << u"ollama"_s << false << wire::ollamaModelNotFound("llama3.2", true)
                                         << u"model_not_found"_s << false << null << 404;
    row("ollama 503 busy") << u"ollama"_s << false << wire::ollamaBusy() << u"overloaded"_s << true << null << 503;
    row("ollama 500") << u"ollama"_s << false
                      << wire::ollamaError(500, u"llama runner process has terminated: signal: killed"_s) << u"server"_s
                      << true << null << 500;
    row("ollama stream error line") << u"ollama"_s << true << wire::ollamaStreamError({u"Hel"_s}) << u"server"_s << true
                                    << null << 200;

    row("transformerlab 40301 model not loaded")
        << u"transformerlab"_s << false << wire::tlabModelNotLoaded({"Qwen2.5-7B-Instruct"}, "Llama-3.2-1B-Instruct")
        << u"model_not_loaded"_s << false << null << 400;
    row("transformerlab 40303 context") << u"transformerlab"_s << false
                                        << wire::tlabError(40303, u"This model's maximum context length is 2048 "
                                                                  "tokens. However, you requested 4100 tokens."_s)
                                        << u"too_large"_s << false << null << 400;
    row("transformerlab 401") << u"transformerlab"_s << false << wire::tlabBadKey() << u"auth"_s << false << null
                              << 401;
    row("transformerlab 500 text") << u"transformerlab"_s << false << wire::tlabInternal500() << u"server"_s << true
                                   << null << 500;
    row("transformerlab stream worker error")
        << u"transformerlab"_s << true << wire::tlabStreamWorkerError({u"Hel"_s}) << u"server"_s << true << null << 200;

    row("openai-compatible 502 html page") << u"openai-compatible"_s << false << wire::htmlProxyError(502)
                                           << u"upstream_unavailable"_s << true << null << 502;
    row("openai-compatible 504 html page") << u"openai-compatible"_s << false << wire::htmlProxyError(504)
                                           << u"upstream_unavailable"_s << true << null << 504;
    row("openai-compatible empty choices")
        << u"openai-compatible"_s << false << wire::openAiEmptyChoices() << u"empty_response"_s << true << null << 200;
}

void TestCliAsk::askErrors()
{
    QFETCH(QString, provider);
    QFETCH(bool, stream);
    QFETCH(ScriptedResponse, response);
    QFETCH(QString, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, retryAfter);
    QFETCH(int, httpStatus);

    const Provider p = providerFor(provider);
    m_server->enqueue("POST", p.chatPath, response);
    QStringList args = providerArgs(u"ask"_s, provider) << u"--json"_s << u"--retries"_s << u"0"_s;
    if (stream)
        args << u"--stream"_s;
    args << u"Say hello."_s;

    CliResult r;
    QVERIFY(run(args, &r));
    QCOMPARE(r.exitCode, 1);
    QJsonObject o;
    QString why;
    QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
    QCOMPARE(o.value(u"ok").toBool(), false);
    QCOMPARE(o.value(u"finish").toString(), u"error"_s);
    const QJsonObject error = o.value(u"error").toObject();
    QCOMPARE(error.value(u"kind").toString(), kind);
    QCOMPARE(error.value(u"retryable").toBool(), retryable);
    QCOMPARE(jsonText(error.value(u"retry_after_s")), retryAfter);
    QCOMPARE(jsonText(error.value(u"http_status")), nullOr(httpStatus));
    const QString message = error.value(u"message").toString();
    QVERIFY2(!message.trimmed().isEmpty(), describe(r).constData());
    QVERIFY2(!message.contains(u'\n'), qPrintable(message));
    QVERIFY2(!message.contains(u"<html"_s, Qt::CaseInsensitive), qPrintable(message));
    // --retries 0: exactly one request, whatever the kind.
    QCOMPARE(m_server->requestCount(), 1);
}

// ---------------------------------------------------------------------------------------------------------------
// ask: retries

void TestCliAsk::retries_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<ResponseList>("responses");
    QTest::addColumn<int>("retries");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("kind"); // of the final error

    using F = wire::OpenAiFailure;
    const ScriptedResponse e500 = wire::openAiError(F::ServerError);
    const ScriptedResponse e500now = withHeader(e500, "retry-after", "0");
    const ScriptedResponse ok = wire::openAiChat(kText);

    // The first 500 waits the backoff (about 0.5 s), the second the server's retry-after: 0.
    QTest::newRow("openai 500, 500, answer; --retries 2")
        << u"openai"_s << ResponseList{e500, e500now, ok} << 2 << true << 3 << QString();
    QTest::newRow("openai 500, 500; --retries 1")
        << u"openai"_s << ResponseList{e500now, e500now, ok} << 1 << false << 2 << u"server"_s;
    QTest::newRow("openai 401; --retries 3")
        << u"openai"_s << ResponseList{wire::openAiError(F::InvalidApiKey), ok} << 3 << false << 1 << u"auth"_s;
    QTest::newRow("openai 404; --retries 2") << u"openai"_s << ResponseList{wire::openAiError(F::ModelNotFound), ok}
                                             << 2 << false << 1 << u"model_not_found"_s;
    QTest::newRow("openai insufficient_quota; --retries 2")
        << u"openai"_s << ResponseList{wire::openAiError(F::InsufficientQuota), ok} << 2 << false << 1 << u"quota"_s;
    QTest::newRow("openai rate limited (retry-after 0), answer; --retries 1")
        << u"openai"_s << ResponseList{withHeader(wire::openAiError(F::RateLimited), "retry-after", "0"), ok} << 1
        << true << 2 << QString();
    QTest::newRow("openai html 502, answer; --retries 1")
        << u"openai"_s << ResponseList{withHeader(wire::htmlProxyError(502), "retry-after", "0"), ok} << 1 << true << 2
        << QString();
    QTest::newRow("openai empty choices, answer; --retries 1")
        << u"openai"_s << ResponseList{wire::openAiEmptyChoices(), ok} << 1 << true << 2 << QString();
    // A server that asks for more than Candor waits on its own gets reported, not waited for.
    QTest::newRow("anthropic 429 retry-after 200; --retries 1")
        << u"anthropic"_s << ResponseList{wire::anthropicRateLimited(200), wire::anthropicMessage(kText)} << 1 << false
        << 1 << u"rate_limited"_s;
    QTest::newRow("anthropic 529, answer; --retries 1")
        << u"anthropic"_s << ResponseList{wire::anthropicOverloaded(), wire::anthropicMessage(kText)} << 1 << true << 2
        << QString();
    QTest::newRow("together 400 model_not_available; --retries 2")
        << u"together"_s
        << ResponseList{wire::togetherModelNotAvailable("meta-llama/Llama-3.3-70B-Instruct-Turbo"),
                        wire::togetherChat(kText)}
        << 2 << false << 1 << u"model_not_found"_s;
    QTest::newRow("ollama 503 busy, answer; --retries 1")
        << u"ollama"_s << ResponseList{withHeader(wire::ollamaBusy(), "retry-after", "0"), wire::ollamaChat(kText)} << 1
        << true << 2 << QString();
    QTest::newRow("transformerlab 40301; --retries 2")
        << u"transformerlab"_s
        << ResponseList{wire::tlabModelNotLoaded({"Qwen2.5-7B-Instruct"}, "Llama-3.2-1B-Instruct"),
                        wire::tlabChat(kText)}
        << 2 << false << 1 << u"model_not_loaded"_s;
}

void TestCliAsk::retries()
{
    QFETCH(QString, provider);
    QFETCH(ResponseList, responses);
    QFETCH(int, retries);
    QFETCH(bool, ok);
    QFETCH(int, requests);
    QFETCH(QString, kind);

    const Provider p = providerFor(provider);
    for (const ScriptedResponse &response : std::as_const(responses))
        m_server->enqueue("POST", p.chatPath, response);
    const QStringList args = providerArgs(u"ask"_s, provider)
                             << u"--json"_s << u"--retries"_s << QString::number(retries) << u"Say hello."_s;
    CliResult r;
    QVERIFY(run(args, &r));
    QJsonObject o;
    QString why;
    QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
    QCOMPARE(r.exitCode, ok ? 0 : 1);
    QCOMPARE(o.value(u"ok").toBool(), ok);
    if (ok)
        QCOMPARE(o.value(u"text").toString(), kText);
    else
        QCOMPARE(o.value(u"error").toObject().value(u"kind").toString(), kind);
    QCOMPARE(m_server->requestCount(), requests);
    // Every attempt is the same request.
    const QList<RecordedRequest> sent = m_server->requests();
    for (const RecordedRequest &request : sent) {
        QCOMPARE(request.path, p.chatPath);
        QCOMPARE(request.body, sent.constFirst().body);
    }
}

// ---------------------------------------------------------------------------------------------------------------
// ask: wire conformance (issue 17), every response through every delivery mode of the test server

void TestCliAsk::askConformance_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<ResponseList>("responses");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("kind");      // of the error; empty when ok
    QTest::addColumn<bool>("retryable");    // of the error
    QTest::addColumn<QString>("json");      // the "json" member, compact
    QTest::addColumn<QString>("requestId"); // empty: not checked

    ScriptedResponse silentClose;
    silentClose.raw = true; // the connection closes before any response byte
    const ScriptedResponse ok = wire::openAiChat(kText);
    const QString openAiRequestId = u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;

    // 6. A failure mid-stream is transient: asked again (only with --json, where no text was printed yet).
    QTest::newRow("6 mid-stream server_error, answer; --stream --retries 1")
        << u"openai"_s
        << ResponseList{withHeader(wire::openAiMidStreamError({u"Hel"_s}), "retry-after", "0"),
                        wire::openAiStream(kPieces)}
        << QStringList{u"--stream"_s, u"--retries"_s, u"1"_s} << true << 2 << QString() << false << u"null"_s
        << openAiRequestId;
    // 12. ... and a failed stream names its request by the header's id.
    QTest::newRow("6 mid-stream server_error; --stream --retries 0")
        << u"openai"_s << ResponseList{wire::openAiMidStreamError({u"Hel"_s}), ok}
        << QStringList{u"--stream"_s, u"--retries"_s, u"0"_s} << false << 1 << u"server"_s << true << u"null"_s
        << openAiRequestId;
    QTest::newRow("6 anthropic overloaded mid-stream, answer; --stream --retries 1")
        << u"anthropic"_s
        << ResponseList{withHeader(wire::anthropicStreamErrorAfterText({u"Hel"_s}), "retry-after", "0"),
                        wire::anthropicStream(kPieces)}
        << QStringList{u"--stream"_s, u"--retries"_s, u"1"_s} << true << 2 << QString() << false << u"null"_s
        << u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;

    // 7. A refusal under --schema is a refusal, not retried.
    QTest::newRow("7 refusal; --schema") << u"openai"_s << ResponseList{wire::openAiRefusal(), ok}
                                         << QStringList{u"--schema"_s, u"SCHEMA"_s} << false << 1 << u"refusal"_s
                                         << false << u"null"_s << openAiRequestId;
    QTest::newRow("7 refusal stream; --schema --stream")
        << u"openai"_s << ResponseList{wire::openAiRefusalStream({u"I'm sorry, "_s, u"I can't."_s}), ok}
        << QStringList{u"--schema"_s, u"SCHEMA"_s, u"--stream"_s} << false << 1 << u"refusal"_s << false << u"null"_s
        << openAiRequestId;

    // 8. --retries 0 is one request on every transport, however the connection ends.
    for (const bool stream : {false, true}) {
        const QStringList streamed = stream ? QStringList{u"--stream"_s} : QStringList();
        QTest::addRow("8 closed before any byte; --retries 0%s", stream ? " --stream" : "")
            << u"openai"_s << ResponseList{silentClose, ok} << (QStringList{u"--retries"_s, u"0"_s} + streamed) << false
            << 1 << u"network"_s << true << u"null"_s << QString();
        QTest::addRow("8 closed before any byte, answer; --retries 1%s", stream ? " --stream" : "")
            << u"openai"_s << ResponseList{silentClose, stream ? wire::openAiStream(kPieces) : ok}
            << (QStringList{u"--retries"_s, u"1"_s} + streamed) << true << 2 << QString() << false << u"null"_s
            << QString();
    }

    // 11. Without --schema, an answer that is JSON comes back as JSON too.
    const QString answerJson = u"{\"a\": [1, 2], \"b\": \"\u00e9\"}"_s;
    QTest::newRow("11 JSON answer") << u"openai"_s << ResponseList{wire::openAiChat(answerJson)} << QStringList()
                                    << true << 1 << QString() << false << u"{\"a\":[1,2],\"b\":\"\u00e9\"}"_s
                                    << openAiRequestId;
    QTest::newRow("11 JSON answer; --stream")
        << u"ollama"_s << ResponseList{wire::ollamaStream({answerJson.left(7), answerJson.mid(7)})}
        << QStringList{u"--stream"_s} << true << 1 << QString() << false << u"{\"a\":[1,2],\"b\":\"\u00e9\"}"_s
        << QString();
    QTest::newRow("11 prose answer") << u"openai"_s << ResponseList{ok} << QStringList() << true << 1 << QString()
                                     << false << u"null"_s << openAiRequestId;
}

void TestCliAsk::askConformance()
{
    QFETCH(QString, provider);
    QFETCH(ResponseList, responses);
    QFETCH(QStringList, options);
    QFETCH(bool, ok);
    QFETCH(int, requests);
    QFETCH(QString, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, json);
    QFETCH(QString, requestId);

    const Provider p = providerFor(provider);
    options.replaceInStrings(u"SCHEMA"_s, schemaPath());
    for (int mode = 0; mode < 4; ++mode) {
        m_server->clearRoutes();
        m_server->clearRequests();
        QByteArray name;
        for (const ScriptedResponse &response : std::as_const(responses)) {
            const auto delivered = wire::deliveryModes(response).at(mode);
            name = delivered.first;
            m_server->enqueue("POST", p.chatPath, delivered.second);
        }
        const QStringList args = providerArgs(u"ask"_s, provider) << u"--json"_s << options << u"Say hello."_s;
        CliResult r;
        QVERIFY2(run(args, &r), name.constData());
        QJsonObject o;
        QString why;
        QVERIFY2(parseResult(r, &o, &why),
                 qPrintable(QString::fromUtf8(name) + u": "_s + why + u'\n' + QString::fromUtf8(describe(r))));
        QVERIFY2(r.exitCode == (ok ? 0 : 1), qPrintable(QString::fromUtf8(name + "\n" + describe(r))));
        QCOMPARE(o.value(u"ok").toBool(), ok);
        if (ok) {
            QCOMPARE(o.value(u"text").toString(), json == u"null"_s ? kText : o.value(u"text").toString());
        } else {
            const QJsonObject error = o.value(u"error").toObject();
            QVERIFY2(error.value(u"kind").toString() == kind,
                     qPrintable(QString::fromUtf8(name) + u": "_s + jsonText(error)));
            QCOMPARE(error.value(u"retryable").toBool(), retryable);
        }
        QVERIFY2(jsonText(o.value(u"json")) == json, qPrintable(QString::fromUtf8(name) + u": "_s + jsonText(o)));
        if (!requestId.isEmpty())
            QVERIFY2(jsonText(o.value(u"request_id")) == jsonText(requestId),
                     qPrintable(QString::fromUtf8(name) + u": "_s + jsonText(o.value(u"request_id"))));
        QVERIFY2(m_server->requestCount() == requests,
                 qPrintable(QString::fromUtf8(name) + u": "_s + QString::number(m_server->requestCount())));
    }
}

void TestCliAsk::helpSaysWhatJsonHolds()
{
    CliResult r;
    QVERIFY(run({u"ask"_s, u"--help"_s}, &r));
    QCOMPARE(r.exitCode, 0);
    const QString help = QString::fromUtf8(r.out).simplified();
    QVERIFY2(help.contains(u"\"json\" member holds the answer parsed as JSON"_s), r.out.constData());
}

// ---------------------------------------------------------------------------------------------------------------
// ask --schema

void TestCliAsk::schemaAnswers_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<QString>("enforcement"); // response_format, tools, format or none (prompt only)
    QTest::addColumn<QString>("text");

    const QString json = u"{\"a\":1}"_s;
    wire::AnthropicToolUse tool;
    tool.name = "emit_output"; // the forced tool Candor asks for
    tool.inputJson = "{\"a\":1}";

    QTest::newRow("openai") << u"openai"_s << false << wire::openAiChat(json) << u"response_format"_s << json;
    QTest::newRow("openai stream") << u"openai"_s << true << wire::openAiStream({u"{\"a\""_s, u":1}"_s})
                                   << u"response_format"_s << json;
    QTest::newRow("xai") << u"xai"_s << false << wire::xaiChat(json) << u"response_format"_s << json;
    QTest::newRow("together") << u"together"_s << false << wire::togetherChat(json) << u"response_format"_s << json;
    QTest::newRow("anthropic tool_use") << u"anthropic"_s << false << wire::anthropicToolUseMessage(tool) << u"tools"_s
                                        << json;
    QTest::newRow("anthropic tool_use stream")
        << u"anthropic"_s << true << wire::anthropicToolUseStream(tool) << u"tools"_s << json;
    QTest::newRow("ollama") << u"ollama"_s << false << wire::ollamaChat(json) << u"format"_s << json;
    // Transformer Lab ignores response_format: the JSON comes out of the text.
    const QString prose = u"Sure, here it is:\n{\"a\": 1}\nAnything else?"_s;
    QTest::newRow("transformerlab") << u"transformerlab"_s << false << wire::tlabChat(prose) << u"none"_s << prose;
}

void TestCliAsk::schemaAnswers()
{
    QFETCH(QString, provider);
    QFETCH(bool, stream);
    QFETCH(ScriptedResponse, response);
    QFETCH(QString, enforcement);
    QFETCH(QString, text);

    const Provider p = providerFor(provider);
    m_server->enqueue("POST", p.chatPath, response);
    QStringList args = providerArgs(u"ask"_s, provider) << u"--json"_s << u"--schema"_s << schemaPath();
    if (stream)
        args << u"--stream"_s;
    args << u"Give me a."_s;
    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QJsonObject o;
    QString why;
    QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
    QCOMPARE(o.value(u"ok").toBool(), true);
    QCOMPARE(jsonText(o.value(u"json")), u"{\"a\":1}"_s);
    QCOMPARE(o.value(u"text").toString(), text);
    QCOMPARE(o.value(u"finish").toString(), u"stop"_s);

    QCOMPARE(m_server->requestCount(), 1);
    const QJsonObject body = m_server->request(0).json();
    const QJsonObject schema = QJsonDocument::fromJson(kSchemaJson).object();
    if (enforcement == u"response_format") {
        const QJsonObject format = body.value(u"response_format").toObject();
        QCOMPARE(format.value(u"type").toString(), u"json_schema"_s);
        const QJsonObject jsonSchema = format.value(u"json_schema").toObject();
        QVERIFY(!jsonSchema.value(u"name").toString().isEmpty());
        QCOMPARE(jsonText(jsonSchema.value(u"schema")), jsonText(schema));
        QCOMPARE(jsonSchema.value(u"strict").toBool(), true); // the schema is closed and complete
    } else if (enforcement == u"tools") {
        const QJsonArray tools = body.value(u"tools").toArray();
        QCOMPARE(tools.size(), qsizetype(1));
        QCOMPARE(jsonText(tools.first().toObject().value(u"input_schema")), jsonText(schema));
        const QJsonObject choice = body.value(u"tool_choice").toObject();
        QCOMPARE(choice.value(u"type").toString(), u"tool"_s);
        QCOMPARE(choice.value(u"name").toString(), tools.first().toObject().value(u"name").toString());
        QVERIFY(!body.contains(u"response_format"));
    } else if (enforcement == u"format") {
        QCOMPARE(jsonText(body.value(u"format")), jsonText(schema));
    } else {
        QVERIFY(!body.contains(u"response_format"));
        QVERIFY(!body.contains(u"tools"));
        QVERIFY(!body.contains(u"format"));
    }
}

void TestCliAsk::schemaFallsBackWithoutResponseFormat()
{
    // A server that refuses json_schema gets the same request once more without it; the JSON comes from the text.
    m_server->enqueue("POST", "/v1/chat/completions",
                      wire::openAiError(wire::OpenAiFailure::ResponseFormatUnsupported));
    const QString fenced = u"```json\n{\"a\": 1}\n```"_s;
    m_server->enqueue("POST", "/v1/chat/completions", wire::openAiChat(fenced));
    const QStringList args = providerArgs(u"ask"_s, u"openai"_s)
                             << u"--json"_s << u"--schema"_s << schemaPath() << u"Give me a."_s;
    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QJsonObject o;
    QString why;
    QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
    QCOMPARE(o.value(u"ok").toBool(), true);
    QCOMPARE(o.value(u"text").toString(), fenced);
    QCOMPARE(jsonText(o.value(u"json")), u"{\"a\":1}"_s);

    QCOMPARE(m_server->requestCount(), 2);
    const QJsonObject first = m_server->request(0).json();
    const QJsonObject second = m_server->request(1).json();
    QVERIFY(first.contains(u"response_format"));
    QVERIFY2(!second.contains(u"response_format"), m_server->request(1).body.constData());
    QCOMPARE(second.value(u"model").toString(), u"gpt-4o-mini"_s);
    QCOMPARE(jsonText(second.value(u"messages")), jsonText(first.value(u"messages")));
}

void TestCliAsk::schemaLengthCut_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<ScriptedResponse>("response");

    const QString cut = u"{\"a\": [1, 2"_s;
    wire::OpenAiOptions openAi;
    openAi.finishReason = "length";
    QTest::newRow("openai") << u"openai"_s << false << wire::openAiChat(cut, openAi);
    QTest::newRow("openai stream") << u"openai"_s << true << wire::openAiStream({u"{\"a\": "_s, u"[1, 2"_s}, openAi);
    wire::OllamaOptions ollama;
    ollama.doneReason = "length";
    QTest::newRow("ollama") << u"ollama"_s << false << wire::ollamaChat(cut, ollama);
    wire::AnthropicToolUse tool;
    tool.name = "emit_output";
    tool.inputJson = "{\"a\": [1, 2";
    tool.partialJson = {"", "{\"a\": ", "[1, 2"};
    wire::AnthropicOptions anthropic;
    anthropic.stopReason = "max_tokens";
    QTest::newRow("anthropic tool stream at max_tokens")
        << u"anthropic"_s << true << wire::anthropicToolUseStream(tool, anthropic);
}

void TestCliAsk::schemaLengthCut()
{
    QFETCH(QString, provider);
    QFETCH(bool, stream);
    QFETCH(ScriptedResponse, response);

    const Provider p = providerFor(provider);
    m_server->enqueue("POST", p.chatPath, response);
    QStringList args = providerArgs(u"ask"_s, provider) << u"--json"_s << u"--schema"_s << schemaPath();
    if (stream)
        args << u"--stream"_s;
    args << u"Give me a."_s;
    CliResult r;
    QVERIFY(run(args, &r));
    QCOMPARE(r.exitCode, 1);
    QJsonObject o;
    QString why;
    QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
    QCOMPARE(o.value(u"ok").toBool(), false);
    QCOMPARE(o.value(u"text").toString(), u"{\"a\": [1, 2"_s);
    QCOMPARE(jsonText(o.value(u"json")), u"null"_s);
    QCOMPARE(o.value(u"finish").toString(), u"length"_s);
    // Cut off by the token limit: "truncated", never "invalid".
    QCOMPARE(o.value(u"error").toObject().value(u"kind").toString(), u"truncated"_s);
    QCOMPARE(m_server->requestCount(), 1);
}

// ---------------------------------------------------------------------------------------------------------------
// --timeout

void TestCliAsk::timeout_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<QStringList>("limits"); // empty: --timeout 1

    // The server stays silent for 5 s; --timeout 1 must end the wait after about 1 s.
    ScriptedResponse late = wire::openAiChat(kText);
    late.latencyMs = 5000;
    QTest::newRow("no status line") << u"openai"_s << false << late << QStringList();

    ScriptedResponse stalledBody = wire::openAiChat(kText);
    stalledBody.stallAfterBytes = 20;
    stalledBody.stallMs = 5000;
    QTest::newRow("body stalls") << u"openai"_s << false << stalledBody << QStringList();

    ScriptedResponse stalledStream = wire::openAiStream(kPieces);
    stalledStream.stallAfterBytes = stalledStream.body.indexOf("\n\n") + 2; // after the first event
    stalledStream.stallMs = 5000;
    QTest::newRow("stream stalls") << u"openai"_s << true << stalledStream << QStringList();

    ScriptedResponse stalledLines = wire::ollamaStream(kPieces);
    stalledLines.stallAfterBytes = stalledLines.body.indexOf('\n') + 1;
    stalledLines.stallMs = 5000;
    QTest::newRow("ollama stream stalls") << u"ollama"_s << true << stalledLines << QStringList();

    ScriptedResponse lateAnthropic = wire::anthropicMessage(kText);
    lateAnthropic.latencyMs = 5000;
    QTest::newRow("anthropic no status line") << u"anthropic"_s << false << lateAnthropic << QStringList();

    // Issue 18.10: bytes that carry no part of the answer do not keep a request alive.
    ScriptedResponse pings = wire::streamOf({wire::sseEvent(R"({"id":"c","model":"m","choices":[{"index":0,)"
                                                            R"("delta":{"content":"Hel"},"finish_reason":null}]})")},
                                            "text/event-stream");
    pings.chunkDelayMs = 50;
    pings.bodyGenerator = [] { return QByteArray(": ping\n\n"); };
    QTest::newRow("stream only pings") << u"openai"_s << true << pings << QStringList();
    ScriptedResponse anthropicPings = wire::anthropicStream(kPieces);
    anthropicPings.body.truncate(anthropicPings.body.indexOf("event: content_block_delta"));
    anthropicPings.chunking = Chunking::whole();
    anthropicPings.chunkDelayMs = 50;
    anthropicPings.bodyGenerator = [] { return QByteArray("event: ping\ndata: {\"type\": \"ping\"}\n\n"); };
    QTest::newRow("anthropic only pings") << u"anthropic"_s << true << anthropicPings << QStringList();
    ScriptedResponse trickle = pings;
    trickle.bodyGenerator = [] { return QByteArray("d"); };
    QTest::newRow("stream trickles bytes") << u"openai"_s << true << trickle << QStringList();
    // ... nor does an answer that keeps coming past the deadline.
    QTest::newRow("stream past --deadline") << u"openai"_s << true << wire::endlessStream(wire::Dialect::OpenAi, 20)
                                            << QStringList{u"--timeout"_s, u"10"_s, u"--deadline"_s, u"1"_s};
    ScriptedResponse slowBody = wire::openAiChat(kText);
    slowBody.chunking = Chunking::oneByte();
    slowBody.chunkDelayMs = 20;
    QTest::newRow("body past --deadline")
        << u"openai"_s << false << slowBody << QStringList{u"--timeout"_s, u"10"_s, u"--deadline"_s, u"1"_s};
}

void TestCliAsk::timeout()
{
    QFETCH(QString, provider);
    QFETCH(bool, stream);
    QFETCH(ScriptedResponse, response);
    QFETCH(QStringList, limits);

    const Provider p = providerFor(provider);
    m_server->enqueue("POST", p.chatPath, response);
    if (limits.isEmpty())
        limits = QStringList{u"--timeout"_s, u"1"_s};
    QStringList args = providerArgs(u"ask"_s, provider) << u"--json"_s << u"--retries"_s << u"0"_s << limits;
    if (stream)
        args << u"--stream"_s;
    args << u"Say hello."_s;
    CliResult r;
    QVERIFY(run(args, &r));
    QCOMPARE(r.exitCode, 1);
    QJsonObject o;
    QString why;
    QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
    QCOMPARE(o.value(u"ok").toBool(), false);
    const QJsonObject error = o.value(u"error").toObject();
    QCOMPARE(error.value(u"kind").toString(), u"timeout"_s);
    QCOMPARE(error.value(u"retryable").toBool(), true);
    QVERIFY2(r.elapsedMs < 4000, qPrintable(u"took %1 ms"_s.arg(r.elapsedMs)));
    QCOMPARE(m_server->requestCount(), 1);
}

// ---------------------------------------------------------------------------------------------------------------
// models and test

void TestCliAsk::models_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<Handler>("handler");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines"); // stdout on success
    QTest::addColumn<int>("requests");
    QTest::addColumn<QStringList>("mentions"); // in the one stderr line on failure

    // OpenAI's list mixes every kind of model without saying which is which: the CLI keeps the chat models.
    QTest::newRow("openai") << u"openai"_s
                            << always(wire::openAiModels({"gpt-4o-mini", "text-embedding-3-small", "gpt-4o",
                                                          "whisper-1", "dall-e-3", "tts-1", "gpt-4.1"}))
                            << 0 << QStringList{u"gpt-4o-mini"_s, u"gpt-4o"_s, u"gpt-4.1"_s} << 1 << QStringList();
    QTest::newRow("xai") << u"xai"_s << always(wire::openAiModels({"grok-4", "grok-3-mini"}, "xai")) << 0
                         << QStringList{u"grok-4"_s, u"grok-3-mini"_s} << 1 << QStringList();
    // Together: a bare array whose entries say their type; embedding, image and rerank models are left out.
    QTest::newRow("together bare array") << u"together"_s
                                         << always(wire::togetherModels(
                                                {togetherModel("meta-llama/Llama-3.3-70B-Instruct-Turbo", "chat"),
                                                 togetherModel("BAAI/bge-large-en-v1.5", "embedding"),
                                                 togetherModel("Qwen/Qwen2.5-Coder-32B-Instruct", "code"),
                                                 togetherModel("black-forest-labs/FLUX.1-schnell", "image"),
                                                 togetherModel("Salesforce/Llama-Rank-V1", "rerank"),
                                                 togetherModel("mistralai/Mixtral-8x7B-v0.1", "language")}))
                                         << 0
                                         << QStringList{u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s,
                                                        u"Qwen/Qwen2.5-Coder-32B-Instruct"_s,
                                                        u"mistralai/Mixtral-8x7B-v0.1"_s}
                                         << 1 << QStringList();
    QTest::newRow("anthropic paged") << u"anthropic"_s << anthropicPagesOfTwo() << 0 << anthropicIds() << 3
                                     << QStringList();
    QTest::newRow("ollama tags") << u"ollama"_s
                                 << always(
                                        wire::ollamaTags({ollamaModel("llama3.2:latest"), ollamaModel("qwen2.5:7b")}))
                                 << 0 << QStringList{u"llama3.2:latest"_s, u"qwen2.5:7b"_s} << 1 << QStringList();
    // Newer Ollama says what each model can do; an embedding-only model is no chat model.
    wire::OllamaModel chat = ollamaModel("llama3.2:latest", {"completion", "tools"});
    wire::OllamaModel embed = ollamaModel("nomic-embed-text:latest", {"embedding"});
    embed.family = "nomic-bert";
    QTest::newRow("ollama tags with capabilities") << u"ollama"_s << always(wire::ollamaTags({chat, embed})) << 0
                                                   << QStringList{u"llama3.2:latest"_s} << 1 << QStringList();
    QTest::newRow("transformerlab") << u"transformerlab"_s << always(wire::tlabModels({"Llama-3.2-1B-Instruct"})) << 0
                                    << QStringList{u"Llama-3.2-1B-Instruct"_s} << 1 << QStringList();
    // Transformer Lab v0.33.1 and later have no OpenAI-compatible server: FastAPI's plain 404.
    QTest::newRow("transformerlab 404") << u"transformerlab"_s
                                        << always(wire::jsonResponse(404, R"({"detail":"Not Found"})")) << 1
                                        << QStringList() << 1 << QStringList{u"Transformer Lab"_s, u"404"_s};
    QTest::newRow("openai 401") << u"openai"_s << always(wire::openAiError(wire::OpenAiFailure::InvalidApiKey)) << 1
                                << QStringList() << 1 << QStringList{u"OpenAI"_s, u"API key"_s};
    QTest::newRow("anthropic html 502") << u"anthropic"_s << always(wire::htmlProxyError(502)) << 1 << QStringList()
                                        << 1 << QStringList{u"Anthropic"_s, u"502"_s};
}

// A hostile server echoes the key back in every field it controls: the request id header, the answer's id, an error
// message (behind a run of "_" the scrubber once missed) and model ids. run() fails if the key's secret part is
// printed anywhere.
void TestCliAsk::serverEchoingTheKeyIsScrubbed()
{
    const Provider p = providerFor(u"openai"_s);
    const QByteArray hidden = "________" + kKey;
    wire::OpenAiOptions options;
    options.requestId = "req-" + kKey;
    options.extraHeaders = {{"x-request-id", "id-" + kKey}};
    m_server->enqueue("POST", p.chatPath, wire::openAiChat(kText, options));
    m_server->enqueue("POST", p.chatPath,
                      wire::openAiError(500, "server_error", "code-" + kKey,
                                        u"Internal error for key "_s + QString::fromLatin1(hidden) + u" and -----"_s +
                                            QString::fromLatin1(kKeyTail),
                                        {{"x-request-id", hidden}}));
    for (int i = 0; i < 2; ++i) {
        CliResult r;
        QVERIFY(run(providerArgs(u"ask"_s, u"openai"_s) << u"--json"_s << u"--retries"_s << u"0"_s << u"Hi"_s, &r));
        QJsonObject o;
        QString why;
        QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
        QVERIFY2(o.value(u"request_id"_s).toString().contains(u"[redacted]"_s), describe(r).constData());
    }

    // Printed live with --stream, a key split across pieces is still caught (run() fails on any trace of it).
    const QString key = QString::fromLatin1(kKey);
    m_server->enqueue(
        "POST", p.chatPath,
        wire::openAiStream({u"The key is "_s, key.left(10), key.mid(10, 7), key.mid(17) + u" and more."_s}));
    CliResult streamed;
    QVERIFY(run(providerArgs(u"ask"_s, u"openai"_s) << u"--stream"_s << u"Hi"_s, &streamed));
    QVERIFY2(streamed.exitCode == 0, describe(streamed).constData());
    QVERIFY2(streamed.out.contains("The key is [redacted] and more."), describe(streamed).constData());

    m_server->setHandler("GET", p.modelsPath,
                         always(wire::openAiModels({"gpt-4o-mini", "ft:" + kKey, "x___" + kKeyTail})));
    CliResult r;
    QVERIFY(run(providerArgs(u"models"_s, u"openai"_s, false), &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("gpt-4o-mini\n"), describe(r).constData());
    QVERIFY2(r.out.contains("[redacted]"), describe(r).constData());
}

void TestCliAsk::models()
{
    QFETCH(QString, provider);
    QFETCH(Handler, handler);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);
    QFETCH(int, requests);
    QFETCH(QStringList, mentions);

    const Provider p = providerFor(provider);
    m_server->setHandler("GET", p.modelsPath, handler);
    CliResult r;
    QVERIFY(run(providerArgs(u"models"_s, provider, false), &r));
    // What was printed first, then the exit code, so a failure says as much as it can.
    if (exitCode == 0) {
        QCOMPARE(QString::fromUtf8(r.out), lines.join(u'\n') + u'\n');
    } else {
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(!r.err.contains("<html"), r.err.constData());
        for (const QString &m : std::as_const(mentions))
            QVERIFY2(QString::fromUtf8(r.err).contains(m), qPrintable(m + u" not in: "_s + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, describe(r).constData());
    }
    QVERIFY2(r.exitCode == exitCode, describe(r).constData());
    QCOMPARE(m_server->requestCount(), requests);
    const QList<RecordedRequest> sent = m_server->requests();
    for (const RecordedRequest &request : sent) {
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.pathOnly(), p.modelsPath);
        if (provider == u"anthropic") {
            QCOMPARE(request.header("x-api-key"), kKey);
            QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
        } else if (p.keyed) {
            QCOMPARE(request.header("authorization"), "Bearer " + kKey);
        } else {
            QVERIFY(!request.hasHeader("authorization"));
        }
    }
    if (provider == u"anthropic" && exitCode == 0) {
        // The pages follow each other: after_id is the last id of the page before.
        QCOMPARE(sent.at(1).query().queryItemValue(u"after_id"_s), anthropicIds().at(1));
        QCOMPARE(sent.at(2).query().queryItemValue(u"after_id"_s), anthropicIds().at(3));
    }
}

void TestCliAsk::testVerdict_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<Handler>("handler");
    QTest::addColumn<QString>("model"); // empty: no --model
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions"); // in the one line, stdout on success, stderr on failure

    QTest::newRow("openai") << u"openai"_s << always(wire::openAiModels({"gpt-4o-mini", "gpt-4o", "gpt-4.1"}))
                            << u"gpt-4o-mini"_s << 0 << QStringList{u"OpenAI"_s, u"3 model"_s, u"gpt-4o-mini"_s};
    QTest::newRow("anthropic paged") << u"anthropic"_s << anthropicPagesOfTwo() << u"claude-sonnet-4-20250514"_s << 0
                                     << QStringList{u"Anthropic"_s, u"5 model"_s};
    QTest::newRow("ollama, no model") << u"ollama"_s
                                      << always(wire::ollamaTags(
                                             {ollamaModel("llama3.2:latest"), ollamaModel("qwen2.5:7b")}))
                                      << QString() << 0 << QStringList{u"Ollama"_s, u"2 model"_s};
    QTest::newRow("together") << u"together"_s
                              << always(wire::togetherModels(
                                     {togetherModel("meta-llama/Llama-3.3-70B-Instruct-Turbo", "chat")}))
                              << u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s << 0
                              << QStringList{u"Together.ai"_s, u"1 model"_s};
    QTest::newRow("openai 401") << u"openai"_s << always(wire::openAiError(wire::OpenAiFailure::InvalidApiKey))
                                << u"gpt-4o-mini"_s << 1 << QStringList{u"OpenAI"_s, u"API key"_s};
    QTest::newRow("transformerlab 404") << u"transformerlab"_s
                                        << always(wire::jsonResponse(404, R"({"detail":"Not Found"})"))
                                        << u"Llama-3.2-1B-Instruct"_s << 1
                                        << QStringList{u"Transformer Lab"_s, u"404"_s};
}

void TestCliAsk::testVerdict()
{
    QFETCH(QString, provider);
    QFETCH(Handler, handler);
    QFETCH(QString, model);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);

    const Provider p = providerFor(provider);
    m_server->setHandler("GET", p.modelsPath, handler);
    QStringList args = providerArgs(u"test"_s, provider, false);
    if (!model.isEmpty())
        args << u"--model"_s << model;
    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == exitCode, describe(r).constData());
    const QByteArray line = exitCode == 0 ? r.out : r.err;
    if (exitCode != 0)
        QCOMPARE(r.out, QByteArray());
    QVERIFY2(line.endsWith('\n') && line.count('\n') == 1, describe(r).constData());
    for (const QString &m : std::as_const(mentions))
        QVERIFY2(QString::fromUtf8(line).contains(m), qPrintable(m + u" not in: "_s + QString::fromUtf8(line)));
    QVERIFY(m_server->requestCount() >= 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Wrong command lines and keys

void TestCliAsk::badArguments_data()
{
    // @V1@ becomes the server's /v1 base URL, so a request sent in spite of the error would be seen.
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mention");

    const QString v1 = u"@V1@"_s;
    const QStringList common{u"--base-url"_s, v1, u"--model"_s, u"gpt-4o-mini"_s, u"--api-key-env"_s, kKeyVar};
    const auto ask = [&](const QStringList &extra) {
        return QStringList{u"ask"_s, u"--provider"_s, u"openai"_s} + common + extra;
    };
    QTest::newRow("unknown --provider") << (QStringList{u"ask"_s, u"--provider"_s, u"bogus"_s} + common << u"hello"_s)
                                        << u"--provider"_s;
    QTest::newRow("--base-url ftp://x") << QStringList{u"ask"_s,        u"--provider"_s, u"openai"_s,
                                                       u"--base-url"_s, u"ftp://x"_s,    u"--api-key-env"_s,
                                                       kKeyVar,         u"--model"_s,    u"gpt-4o-mini"_s,
                                                       u"hello"_s}
                                        << u"--base-url"_s;
    QTest::newRow("missing PROMPT") << ask({}) << u"PROMPT"_s;
    QTest::newRow("empty PROMPT") << ask({u""_s}) << u"PROMPT"_s;
    QTest::newRow("--retries -1") << ask({u"--retries"_s, u"-1"_s, u"hello"_s}) << u"--retries"_s;
    QTest::newRow("--retries abc") << ask({u"--retries"_s, u"abc"_s, u"hello"_s}) << u"--retries"_s;
    QTest::newRow("--temperature 5") << ask({u"--temperature"_s, u"5"_s, u"hello"_s}) << u"--temperature"_s;
    QTest::newRow("--schema missing file")
        << ask({u"--schema"_s, u"@DIR@/no-such-schema.json"_s, u"hello"_s}) << u"--schema"_s;
    QTest::newRow("--schema not JSON") << ask({u"--schema"_s, u"@DIR@/not-json.txt"_s, u"hello"_s}) << u"--schema"_s;
    QTest::newRow("--timeout 0") << ask({u"--timeout"_s, u"0"_s, u"hello"_s}) << u"--timeout"_s;
    QTest::newRow("--api-key-env unset")
        << QStringList{u"ask"_s,     u"--provider"_s,  u"openai"_s,        u"--base-url"_s, v1,
                       u"--model"_s, u"gpt-4o-mini"_s, u"--api-key-env"_s, kUnsetVar,       u"hello"_s}
        << u"--api-key-env"_s;
    QTest::newRow("unknown option") << ask({u"--bogus"_s, u"hello"_s}) << u"bogus"_s;
    QTest::newRow("models, unknown --provider")
        << QStringList{u"models"_s, u"--provider"_s, u"bogus"_s, u"--base-url"_s, v1} << u"--provider"_s;
    QTest::newRow("models --base-url ftp://x")
        << QStringList{u"models"_s, u"--provider"_s, u"ollama"_s, u"--base-url"_s, u"ftp://x"_s} << u"--base-url"_s;
    QTest::newRow("test, unknown --provider")
        << QStringList{u"test"_s, u"--provider"_s, u"nope"_s, u"--base-url"_s, v1} << u"--provider"_s;
}

void TestCliAsk::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mention);

    QFile notJson(m_dir.filePath(u"not-json.txt"_s));
    QVERIFY(notJson.open(QIODevice::WriteOnly));
    notJson.write("this is not a schema\n");
    notJson.close();
    for (QString &a : args) {
        a.replace(u"@V1@"_s, m_server->url(u"/v1"_s).toString());
        a.replace(u"@DIR@"_s, m_dir.path());
    }
    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 2, describe(r).constData());
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, describe(r).constData());
    QVERIFY2(QString::fromUtf8(r.err).contains(mention), describe(r).constData());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliAsk::missingKey_data()
{
    QTest::addColumn<QStringList>("args");

    QTest::newRow("ask openai") << QStringList{u"ask"_s,  u"--provider"_s, u"openai"_s,      u"--base-url"_s,
                                               u"@V1@"_s, u"--model"_s,    u"gpt-4o-mini"_s, u"hello"_s};
    QTest::newRow("models anthropic") << QStringList{u"models"_s, u"--provider"_s, u"anthropic"_s, u"--base-url"_s,
                                                     u"@V1@"_s};
    QTest::newRow("test xai") << QStringList{u"test"_s, u"--provider"_s, u"xai"_s, u"--base-url"_s, u"@V1@"_s};
}

void TestCliAsk::missingKey()
{
    QFETCH(QStringList, args);
    for (QString &a : args)
        a.replace(u"@V1@"_s, m_server->url(u"/v1"_s).toString());

    // No --api-key-env and no keychain (the run's environment has no session bus): one clear line, nothing sent.
    CliResult r;
    QVERIFY(run(args, &r, false));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, describe(r).constData());
    const QString line = QString::fromUtf8(r.err);
    QVERIFY2(line.contains(u"--api-key-env"_s), qPrintable(line));
    QVERIFY2(line.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(line));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCliAsk::keyNotSentOverPlainHttp_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("ask") << u"ask"_s;
    QTest::newRow("models") << u"models"_s;
}

void TestCliAsk::keyNotSentOverPlainHttp()
{
    QFETCH(QString, command);
    // 192.0.2.1 (TEST-NET-1) is not this machine: a key must not travel there over plain http.
    QStringList args{
        command, u"--provider"_s, u"openai"_s, u"--base-url"_s, u"http://192.0.2.1/v1"_s, u"--api-key-env"_s, kKeyVar};
    if (command == u"ask")
        args << u"--model"_s << u"gpt-4o-mini"_s << u"--json"_s << u"--retries"_s << u"0"_s << u"hello"_s;
    CliResult r;
    QVERIFY(run(args, &r));
    QVERIFY2(r.exitCode == 1, describe(r).constData());
    QVERIFY2(r.elapsedMs < 10000, qPrintable(u"took %1 ms"_s.arg(r.elapsedMs)));
    if (command == u"ask") {
        QJsonObject o;
        QString why;
        QVERIFY2(parseResult(r, &o, &why), qPrintable(why + u'\n' + QString::fromUtf8(describe(r))));
        QCOMPARE(o.value(u"error").toObject().value(u"kind").toString(), u"insecure"_s);
        QCOMPARE(o.value(u"error").toObject().value(u"retryable").toBool(), false);
    } else {
        QCOMPARE(r.out, QByteArray());
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, describe(r).constData());
        QVERIFY2(r.err.contains("http"), r.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestCliAsk)
#include "tst_cliask.moc"
