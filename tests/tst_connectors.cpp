// Every connector against a real HTTP server on 127.0.0.1 that speaks each provider's wire protocol:
// successes streamed and not (with any chunking), every error case of PROTOCOLS.md, structured output and its
// fallback, timeouts, cancellation, size caps, redirects, key safety and model listing.
#include "providers/connector.h"
#include "support/providertestserver.h"
#include "support/providerwire.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace candor;
using namespace candor::test;
using namespace Qt::StringLiterals;
namespace w = candor::test::wire;

Q_DECLARE_METATYPE(candor::test::ScriptedResponse)

namespace {

const QString kKey = u"sk-test-CANARY-0123456789abcdef"_s;

struct Outcome
{
    bool done = false;
    bool ok = false;
    ChatResult result;
    ProviderError error;
    QStringList deltas;
};

Outcome runChat(Connector &connector, const ChatRequest &request, int timeoutMs = 20000)
{
    Outcome outcome;
    ChatCall *call = connector.chat(request);
    QObject::connect(call, &ChatCall::textDelta, [&](const QString &d) { outcome.deltas << d; });
    QObject::connect(call, &ChatCall::finished, [&](const ChatResult &r) {
        outcome.done = outcome.ok = true;
        outcome.result = r;
    });
    QObject::connect(call, &ChatCall::failed, [&](const ProviderError &e) {
        outcome.done = true;
        outcome.error = e;
    });
    // A real event loop, not QTest::qWaitFor: that one sleeps 10 ms between polls, so the server's separate writes
    // would reach the client merged and the chunkings would not be tested as written.
    if (!outcome.done) {
        QEventLoop loop;
        QObject::connect(call, &QObject::destroyed, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!outcome.done)
        outcome.error.message = u"timed out waiting for the call"_s;
    return outcome;
}

QString basePath(const QString &provider)
{
    if (provider == u"ollama"_s)
        return QString();
    return u"/v1"_s;
}

QByteArray chatPath(const QString &provider)
{
    if (provider == u"anthropic"_s)
        return "/v1/messages";
    if (provider == u"ollama"_s)
        return "/api/chat";
    return "/v1/chat/completions";
}

EndpointSettings endpoint(const ProviderTestServer &server, const QString &provider)
{
    EndpointSettings s = endpointFor(provider, server.baseUrl().toString() + basePath(provider), kKey);
    if (provider == u"ollama"_s)
        s.apiKey.clear();
    return s;
}

ChatRequest request(bool stream, const QString &model = u"test-model"_s)
{
    ChatRequest r;
    r.model = model;
    r.system = u"You are terse."_s;
    r.user = u"Say hello."_s;
    r.temperature = 0.5;
    r.maxTokens = 100;
    r.stream = stream;
    return r;
}

const QStringList kPieces = {u"Hel"_s, u"lo, wör"_s, u"ld 🔑 中"_s, u"文!"_s};
const QString kText = kPieces.join(QString());

// A whole HTTP/1.1 exchange written by hand for the streaming transport: an interim 100 Continue, then the SSE body in
// chunks of growing odd sizes with upper- and lower-case hex sizes, a chunk extension and a trailer.
QByteArray rawChunkedResponse(const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 100 Continue\r\n\r\n"
                     "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nX-Request-Id: req_raw\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n";
    qsizetype pos = 0;
    int size = 1;
    int n = 0;
    while (pos < body.size()) {
        const qsizetype length = qMin<qsizetype>(size, body.size() - pos);
        QByteArray hex = QByteArray::number(qulonglong(length), 16);
        if (++n % 2 == 0)
            hex = hex.toUpper();
        out += hex + (n % 3 == 0 ? ";name=value" : "") + "\r\n" + body.mid(pos, length) + "\r\n";
        pos += length;
        size = size >= 200 ? 3 : size * 2 + 1;
    }
    out += "0\r\nX-Trailer: ignored\r\n\r\n";
    return out;
}

// Collects what candor.net logs while alive.
struct NetLogCapture
{
    static QStringList &lines()
    {
        static QStringList list;
        return list;
    }
    NetLogCapture()
    {
        lines().clear();
        QLoggingCategory::setFilterRules(u"candor.net.debug=true"_s);
        m_previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { lines() << message; });
    }
    ~NetLogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    QtMessageHandler m_previous = nullptr;
};

// --- Wire conformance (issue 17) ----------------------------------------------------------------------------------

// One OpenAI-style chunk with the given choices.
QByteArray openAiChunk(const QByteArray &choices, const QByteArray &extra = {})
{
    return w::sseEvent("{\"id\":\"chatcmpl-c\",\"object\":\"chat.completion.chunk\",\"model\":\"m-1\",\"choices\":" +
                       choices + extra + "}");
}

QByteArray contentChoice(int index, const QByteArray &content, const QByteArray &finish = "null")
{
    return "{\"index\":" + QByteArray::number(index) + ",\"delta\":{\"content\":\"" + content +
           "\"},\"finish_reason\":" + finish + "}";
}

QByteArray anthropicEvent(const QByteArray &type, const QByteArray &payload)
{
    return w::sseEvent("{\"type\":\"" + type + "\"" + (payload.isEmpty() ? QByteArray() : "," + payload) + "}", type);
}

QByteArray anthropicStart(int inputTokens = 12)
{
    return anthropicEvent("message_start", "\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
                                           "\"model\":\"claude-x\",\"content\":[],\"usage\":{\"input_tokens\":" +
                                               QByteArray::number(inputTokens) + ",\"output_tokens\":1}}");
}

QByteArray anthropicBlock(int index, const QByteArray &block, const QList<QByteArray> &deltas)
{
    QByteArray out =
        anthropicEvent("content_block_start", "\"index\":" + QByteArray::number(index) + ",\"content_block\":" + block);
    for (const QByteArray &d : deltas)
        out += anthropicEvent("content_block_delta", "\"index\":" + QByteArray::number(index) + ",\"delta\":" + d);
    return out + anthropicEvent("content_block_stop", "\"index\":" + QByteArray::number(index));
}

QByteArray anthropicEnd(const QByteArray &stop, const QByteArray &usage = "{\"output_tokens\":34}")
{
    return anthropicEvent("message_delta",
                          "\"delta\":{\"stop_reason\":\"" + stop + "\",\"stop_sequence\":null},\"usage\":" + usage) +
           anthropicEvent("message_stop", {});
}

ScriptedResponse sseResponse(const QByteArray &body)
{
    ScriptedResponse r;
    r.headers = {{"Content-Type", "text/event-stream"}, {"x-request-id", "req_conformance"}};
    r.body = body;
    r.chunkedTransfer = true;
    return r;
}

// A response with neither Content-Length nor chunked framing: the body ends when the server closes.
ScriptedResponse closeDelimited(const QByteArray &contentType, const QByteArray &body)
{
    ScriptedResponse r;
    r.raw = true;
    r.body = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nConnection: close\r\n\r\n" + body;
    return r;
}

struct Expect
{
    bool ok = true;
    QString text;   // ok: the answer
    QString finish; // ok: the finish reason, when not empty
    QString kind;   // failed: the kind
    bool retryable = false;
    QString mentions;  // failed: a word of the message
    qint64 input = -2; // -2: not checked, -1: unknown
    qint64 output = -2;
    QString requestId; // checked when not empty
    int withinMs = 0;  // the call ends this soon (0: not checked)
    bool schema = false;
    QString json; // ok with a schema: the JSON, compact
};

} // namespace

Q_DECLARE_METATYPE(Expect)

namespace {} // namespace

class TestConnectors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void success_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<ScriptedResponse>("response");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("finish");
        QTest::addColumn<qint64>("input");  // -1 = unknown
        QTest::addColumn<qint64>("output"); // -1 = unknown
        QTest::addColumn<QString>("requestId");

        QTest::newRow("openai") << u"openai"_s << w::openAiChat(kText) << false << u"stop"_s << 12LL << 34LL
                                << u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;
        QTest::newRow("openai stream") << u"openai"_s << w::openAiStream(kPieces) << true << u"stop"_s << 12LL << 34LL
                                       << u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;
        w::OpenAiOptions noUsage;
        noUsage.includeUsage = false;
        QTest::newRow("openai stream no usage") << u"openai"_s << w::openAiStream(kPieces, noUsage) << true << u"stop"_s
                                                << -1LL << -1LL << u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;
        w::OpenAiOptions length;
        length.finishReason = "length";
        QTest::newRow("openai length") << u"openai"_s << w::openAiChat(kText, length) << false << u"length"_s << 12LL
                                       << 34LL << u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;
        QTest::newRow("openai refusal") << u"openai"_s << w::openAiRefusal(kText) << false << u"refusal"_s << 12LL
                                        << 34LL << u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;
        QTest::newRow("xai") << u"xai"_s << w::xaiChat(kText) << false << u"stop"_s << 12LL << 34LL
                             << u"3f9c2b7e-1d4a-4c8e-9b6f-0a2d5e8c7b14"_s;
        QTest::newRow("xai stream") << u"xai"_s << w::xaiStream(kPieces) << true << u"stop"_s << 12LL << 34LL
                                    << u"3f9c2b7e-1d4a-4c8e-9b6f-0a2d5e8c7b14"_s;
        QTest::newRow("together eos") << u"together"_s << w::togetherChat(kText) << false << u"stop"_s << 12LL << 34LL
                                      << u"8b43a5cfadf99e5c-SJC"_s;
        QTest::newRow("together stream") << u"together"_s << w::togetherStream(kPieces) << true << u"stop"_s << 12LL
                                         << 34LL << u"8b43a5cfadf99e5c-SJC"_s;
        QTest::newRow("anthropic") << u"anthropic"_s << w::anthropicMessage(kText) << false << u"stop"_s << 12LL << 34LL
                                   << u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;
        QTest::newRow("anthropic two blocks")
            << u"anthropic"_s << w::anthropicMessage(QStringList{u"Hel"_s, kText.mid(3)}, w::AnthropicOptions())
            << false << u"stop"_s << 12LL << 34LL << u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;
        QTest::newRow("anthropic stream") << u"anthropic"_s << w::anthropicStream(kPieces) << true << u"stop"_s << 12LL
                                          << 34LL << u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;
        w::AnthropicOptions quirky;
        quirky.trailingSpaces = true;
        quirky.crlf = true;
        QTest::newRow("anthropic stream crlf trailing spaces")
            << u"anthropic"_s << w::anthropicStream(kPieces, quirky) << true << u"stop"_s << 12LL << 34LL
            << u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;
        w::AnthropicOptions maxTokens;
        maxTokens.stopReason = "max_tokens";
        QTest::newRow("anthropic max_tokens") << u"anthropic"_s << w::anthropicMessage(kText, maxTokens) << false
                                              << u"length"_s << 12LL << 34LL << u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;
        QTest::newRow("ollama") << u"ollama"_s << w::ollamaChat(kText) << false << u"stop"_s << 26LL << 298LL
                                << QString();
        QTest::newRow("ollama stream") << u"ollama"_s << w::ollamaStream(kPieces) << true << u"stop"_s << 26LL << 298LL
                                       << QString();
        w::OllamaOptions noCounts;
        noCounts.promptEvalCount = 0;
        QTest::newRow("ollama omitted counts")
            << u"ollama"_s << w::ollamaChat(kText, noCounts) << false << u"stop"_s << -1LL << 298LL << QString();
        QTest::newRow("transformerlab") << u"transformerlab"_s << w::tlabChat(kText) << false << u"stop"_s << 12LL
                                        << 34LL << u"chatcmpl-3Xq8JkFh6SdA9pLmNo2rTu"_s;
        QTest::newRow("transformerlab stream") << u"transformerlab"_s << w::tlabStream(kPieces) << true << u"stop"_s
                                               << -1LL << -1LL << u"chatcmpl-3Xq8JkFh6SdA9pLmNo2rTu"_s;
        QTest::newRow("openai-compatible") << u"openai-compatible"_s << w::openAiChat(kText) << false << u"stop"_s
                                           << 12LL << 34LL << u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;
    }

    // Each success under three chunkings: whole and two random cuttings of 1-3 and 1-16 bytes (splits inside UTF-8
    // and between the two newlines of an SSE separator; the decoders' every-byte splits are in tst_streamdecoders).
    void success()
    {
        QFETCH(QString, provider);
        QFETCH(ScriptedResponse, response);
        QFETCH(bool, stream);
        QFETCH(QString, finish);
        QFETCH(qint64, input);
        QFETCH(qint64, output);
        QFETCH(QString, requestId);
        // The builder's own cutting (one piece per event, paced) proves deltas arrive before the end; the random
        // cuttings prove any split decodes to the same text.
        const QList<std::optional<Chunking>> chunkings = {std::nullopt, Chunking::whole(), Chunking::random(7, 3),
                                                          Chunking::random(11, 16)};
        for (const auto &chunking : chunkings) {
            ProviderTestServer server;
            QVERIFY(server.listen());
            ScriptedResponse r = response;
            if (chunking)
                r.chunking = *chunking;
            else
                r.chunkDelayMs = 20;
            server.enqueue("POST", chatPath(provider), r);
            auto connector = Connector::create(endpoint(server, provider));
            const Outcome o = runChat(*connector, request(stream));
            QVERIFY2(o.ok, qPrintable(o.error.message));
            QCOMPARE(o.result.text, kText);
            QCOMPARE(finishReasonName(o.result.finish), finish);
            QCOMPARE(o.result.inputTokens.value_or(-1), input);
            QCOMPARE(o.result.outputTokens.value_or(-1), output);
            if (!requestId.isEmpty())
                QCOMPARE(o.result.requestId, requestId);
            if (stream) {
                if (!chunking)
                    QVERIFY(o.deltas.size() >= 2); // text arrived in pieces, before the end
                QCOMPARE(o.deltas.join(QString()), kText);
            }
            QCOMPARE(server.requestCount(), 1);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<ScriptedResponse>("response");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addColumn<int>("status");
        QTest::addColumn<double>("retryAfter"); // -1 = none
        QTest::addColumn<QString>("mentions");

        using F = w::OpenAiFailure;
        QTest::newRow("openai 401") << u"openai"_s << w::openAiError(F::InvalidApiKey) << false << u"auth"_s << false
                                    << 401 << -1.0 << u"OpenAI"_s;
        QTest::newRow("openai 404") << u"openai"_s << w::openAiError(F::ModelNotFound) << false << u"model_not_found"_s
                                    << false << 404 << -1.0 << u"model"_s;
        QTest::newRow("openai 429 rate") << u"openai"_s << w::openAiError(F::RateLimited) << false << u"rate_limited"_s
                                         << true << 429 << 1.34 << u"OpenAI"_s;
        QTest::newRow("openai 429 quota") << u"openai"_s << w::openAiError(F::InsufficientQuota) << false << u"quota"_s
                                          << false << 429 << -1.0 << u"OpenAI"_s;
        QTest::newRow("openai 429 too large") << u"openai"_s << w::openAiError(F::RequestTooLarge) << false
                                              << u"too_large"_s << false << 429 << -1.0 << u"OpenAI"_s;
        QTest::newRow("openai 400 context") << u"openai"_s << w::openAiError(F::ContextLengthExceeded) << false
                                            << u"too_large"_s << false << 400 << -1.0 << u"OpenAI"_s;
        QTest::newRow("openai 500") << u"openai"_s << w::openAiError(F::ServerError) << false << u"server"_s << true
                                    << 500 << -1.0 << u"OpenAI"_s;
        QTest::newRow("openai 503") << u"openai"_s << w::openAiError(F::Overloaded) << false << u"overloaded"_s << true
                                    << 503 << -1.0 << u"OpenAI"_s;
        QTest::newRow("openai empty choices") << u"openai"_s << w::openAiEmptyChoices() << false << u"empty_response"_s
                                              << true << 200 << -1.0 << u"choices"_s;
        // A failure after HTTP 200 and some text is still transient: the answer was never delivered (issue 17.6).
        QTest::newRow("openai mid-stream error") << u"openai"_s << w::openAiMidStreamError({u"Hel"_s}) << true
                                                 << u"server"_s << true << 200 << -1.0 << u"OpenAI"_s;
        QTest::newRow("openai truncated stream") << u"openai"_s << w::openAiTruncatedStream(kPieces) << true
                                                 << u"truncated"_s << true << 200 << -1.0 << u"ended"_s;
        QTest::newRow("openai html 502") << u"openai"_s << w::htmlProxyError(502) << false << u"upstream_unavailable"_s
                                         << true << 502 << -1.0 << u"OpenAI"_s;
        QTest::newRow("xai bad key 400") << u"xai"_s << w::xaiBadKey() << false << u"auth"_s << false << 400 << -1.0
                                         << u"xAI"_s;
        QTest::newRow("together model 400") << u"together"_s << w::togetherModelNotAvailable("acme/none") << false
                                            << u"model_not_found"_s << false << 400 << -1.0 << u"Together"_s;
        QTest::newRow("anthropic 529") << u"anthropic"_s << w::anthropicOverloaded() << false << u"overloaded"_s << true
                                       << 529 << -1.0 << u"Anthropic"_s;
        QTest::newRow("anthropic 429") << u"anthropic"_s << w::anthropicRateLimited(7) << false << u"rate_limited"_s
                                       << true << 429 << 7.0 << u"Anthropic"_s;
        QTest::newRow("anthropic 401") << u"anthropic"_s << w::anthropicAuthError() << false << u"auth"_s << false
                                       << 401 << -1.0 << u"Anthropic rejected the API key"_s;
        QTest::newRow("anthropic 404") << u"anthropic"_s << w::anthropicNotFound("claude-nope") << false
                                       << u"model_not_found"_s << false << 404 << -1.0 << u"claude-nope"_s;
        QTest::newRow("anthropic 413") << u"anthropic"_s << w::anthropicRequestTooLarge() << false << u"too_large"_s
                                       << false << 413 << -1.0 << u"Anthropic"_s;
        QTest::newRow("anthropic stream error before text")
            << u"anthropic"_s << w::anthropicStreamErrorAfterText({}) << true << u"overloaded"_s << true << 200 << -1.0
            << u"Anthropic"_s;
        QTest::newRow("ollama 404") << u"ollama"_s << w::ollamaModelNotFound("llama9") << false << u"model_not_found"_s
                                    << false << 404 << -1.0 << u"llama9"_s;
        QTest::newRow("ollama 404 legacy") << u"ollama"_s << w::ollamaModelNotFound("llama9", true) << false
                                           << u"model_not_found"_s << false << 404 << -1.0 << u"Ollama"_s;
        QTest::newRow("ollama 503 busy") << u"ollama"_s << w::ollamaBusy() << false << u"overloaded"_s << true << 503
                                         << -1.0 << u"Ollama"_s;
        QTest::newRow("ollama stream error") << u"ollama"_s << w::ollamaStreamError({u"Hel"_s}) << true << u"server"_s
                                             << true << 200 << -1.0 << u"Ollama"_s;
        QTest::newRow("tlab 40301") << u"transformerlab"_s << w::tlabModelNotLoaded({"a", "b"}, "x") << false
                                    << u"model_not_loaded"_s << false << 400 << -1.0 << u"Transformer Lab"_s;
        QTest::newRow("tlab worker error") << u"transformerlab"_s << w::tlabStreamWorkerError({}) << true << u"server"_s
                                           << true << 200 << -1.0 << u"Transformer Lab"_s;
        QTest::newRow("tlab 401") << u"transformerlab"_s << w::tlabBadKey() << false << u"auth"_s << false << 401
                                  << -1.0 << u"Transformer Lab"_s;
        QTest::newRow("tlab 500 text") << u"transformerlab"_s << w::tlabInternal500() << false << u"server"_s << true
                                       << 500 << -1.0 << u"Transformer Lab"_s;
        QTest::newRow("ollama html 502") << u"ollama"_s << w::htmlProxyError(502) << false << u"upstream_unavailable"_s
                                         << true << 502 << -1.0 << u"Ollama"_s;
    }
    void errors()
    {
        QFETCH(QString, provider);
        QFETCH(ScriptedResponse, response);
        QFETCH(bool, stream);
        QFETCH(QString, kind);
        QFETCH(bool, retryable);
        QFETCH(int, status);
        QFETCH(double, retryAfter);
        QFETCH(QString, mentions);
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", chatPath(provider), response);
        auto connector = Connector::create(endpoint(server, provider));
        const Outcome o = runChat(*connector, request(stream));
        QVERIFY(o.done);
        QVERIFY2(!o.ok, qPrintable(o.result.text));
        QCOMPARE(errorKindName(o.error.kind), kind);
        QCOMPARE(o.error.retryable, retryable);
        QCOMPARE(o.error.httpStatus, status);
        if (retryAfter >= 0) {
            QVERIFY(o.error.retryAfterSeconds.has_value());
            QVERIFY(qAbs(*o.error.retryAfterSeconds - retryAfter) < 0.01);
        }
        QVERIFY2(o.error.message.contains(mentions, Qt::CaseInsensitive), qPrintable(o.error.message));
        QVERIFY2(!o.error.message.contains(u"<html"_s, Qt::CaseInsensitive), qPrintable(o.error.message));
        QVERIFY(!o.error.message.contains(kKey));
        QCOMPARE(server.requestCount(), 1);
    }

    void requestShape_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::newRow("openai") << u"openai"_s;
        QTest::newRow("xai") << u"xai"_s;
        QTest::newRow("together") << u"together"_s;
        QTest::newRow("anthropic") << u"anthropic"_s;
        QTest::newRow("ollama") << u"ollama"_s;
        QTest::newRow("transformerlab") << u"transformerlab"_s;
    }
    void requestShape()
    {
        QFETCH(QString, provider);
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse ok = provider == u"anthropic"_s ? w::anthropicMessage(kText)
                              : provider == u"ollama"_s  ? w::ollamaChat(kText)
                                                         : w::openAiChat(kText);
        server.enqueue("POST", chatPath(provider), ok);
        auto connector = Connector::create(endpoint(server, provider));
        QVERIFY(runChat(*connector, request(false)).ok);
        const RecordedRequest r = server.lastRequest();
        QCOMPARE(r.pathOnly(), chatPath(provider));
        QVERIFY(!r.path.contains(kKey.toUtf8()));
        const QJsonObject body = r.json();
        QCOMPARE(body.value(u"model"_s).toString(), u"test-model"_s);
        if (provider == u"anthropic"_s) {
            QCOMPARE(r.header("x-api-key"), kKey.toUtf8());
            QCOMPARE(r.header("anthropic-version"), QByteArray("2023-06-01"));
            QVERIFY(!r.hasHeader("authorization"));
            QCOMPARE(body.value(u"system"_s).toString(), u"You are terse."_s);
            QCOMPARE(body.value(u"max_tokens"_s).toInt(), 100);
            QCOMPARE(body.value(u"messages"_s).toArray().size(), 1);
        } else if (provider == u"ollama"_s) {
            QVERIFY(!r.hasHeader("authorization"));
            QCOMPARE(body.value(u"stream"_s), QJsonValue(false)); // Ollama streams unless told not to
            QCOMPARE(body.value(u"options"_s).toObject().value(u"num_predict"_s).toInt(), 100);
            QCOMPARE(body.value(u"options"_s).toObject().value(u"temperature"_s).toDouble(), 0.5);
        } else {
            QCOMPARE(r.header("authorization"), QByteArray("Bearer ") + kKey.toUtf8());
            const QJsonArray messages = body.value(u"messages"_s).toArray();
            QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"system"_s);
            QCOMPARE(messages.at(1).toObject().value(u"content"_s).toString(), u"Say hello."_s);
            const QString maxKey = provider == u"openai"_s ? u"max_completion_tokens"_s : u"max_tokens"_s;
            QCOMPARE(body.value(maxKey).toInt(), 100);
        }
    }

    void structuredOutput_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("field");
        QTest::newRow("openai") << u"openai"_s << u"response_format"_s;
        QTest::newRow("together") << u"together"_s << u"response_format"_s;
        QTest::newRow("anthropic") << u"anthropic"_s << u"tool_choice"_s;
        QTest::newRow("ollama") << u"ollama"_s << u"format"_s;
        QTest::newRow("transformerlab") << u"transformerlab"_s << QString(); // ignores it: never sent
    }
    void structuredOutput()
    {
        QFETCH(QString, provider);
        QFETCH(QString, field);
        ProviderTestServer server;
        QVERIFY(server.listen());
        const QByteArray json = R"({"examples":[{"prompt":"p","n":1}]})";
        if (provider == u"anthropic"_s) {
            w::AnthropicToolUse tool;
            tool.name = "emit_output";
            tool.inputJson = json;
            server.enqueue("POST", chatPath(provider), w::anthropicToolUseMessage(tool));
        } else if (provider == u"ollama"_s) {
            server.enqueue("POST", chatPath(provider), w::ollamaChat(QString::fromUtf8(json)));
        } else {
            server.enqueue("POST", chatPath(provider),
                           w::openAiChat(u"Here you go:\n```json\n"_s + QString::fromUtf8(json) + u"\n```"_s));
        }
        auto connector = Connector::create(endpoint(server, provider));
        ChatRequest r = request(false);
        r.schema = QJsonDocument::fromJson(R"({"type":"object","properties":{"examples":{"type":"array"}},
            "required":["examples"],"additionalProperties":false})")
                       .object();
        const Outcome o = runChat(*connector, r);
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QVERIFY(o.result.json.has_value());
        QCOMPARE(o.result.json->toObject().value(u"examples"_s).toArray().at(0).toObject().value(u"prompt"_s),
                 QJsonValue(u"p"_s));
        const QJsonObject body = server.lastRequest().json();
        if (field.isEmpty()) {
            QVERIFY(!body.contains(u"response_format"_s));
        } else {
            QVERIFY2(body.contains(field), qPrintable(QString::fromUtf8(server.lastRequest().body)));
        }
        if (provider == u"openai"_s) {
            const QJsonObject format = body.value(u"response_format"_s).toObject();
            QCOMPARE(format.value(u"type"_s).toString(), u"json_schema"_s);
            QCOMPARE(format.value(u"json_schema"_s).toObject().value(u"strict"_s), QJsonValue(true));
        }
    }

    // A server that refuses enforced JSON gets the same request without it, and is remembered.
    void structuredOutputFallback()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", chatPath(u"openai-compatible"_s),
                       w::openAiError(w::OpenAiFailure::ResponseFormatUnsupported));
        server.setDefault("POST", chatPath(u"openai-compatible"_s), w::openAiChat(u"{\"a\": 1}"_s));
        EndpointSettings s = endpoint(server, u"openai-compatible"_s);
        auto connector = Connector::create(s);
        ChatRequest r = request(false, u"fallback-model"_s);
        r.schema = QJsonDocument::fromJson(R"({"type":"object"})").object();
        const Outcome o = runChat(*connector, r);
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QCOMPARE(o.result.json->toObject().value(u"a"_s).toInt(), 1);
        QVERIFY(!o.result.structuredOutputUsed);
        QCOMPARE(server.requestCount(), 2);
        QVERIFY(server.request(0).json().contains(u"response_format"_s));
        QVERIFY(!server.request(1).json().contains(u"response_format"_s));
        QVERIFY(connector->structuredOutputRefused());
        // A new connector for the same endpoint does not ask again.
        auto again = Connector::create(s);
        QVERIFY(runChat(*again, r).ok);
        QCOMPARE(server.requestCount(), 3);
        QVERIFY(!server.request(2).json().contains(u"response_format"_s));
    }

    // A streamed forced tool call arrives as partial JSON deltas and ends as parsed JSON.
    void anthropicToolStream()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        w::AnthropicToolUse tool;
        tool.name = "emit_output";
        tool.inputJson = R"({"examples":[{"prompt":"Is it?","n":2}]})";
        server.enqueue("POST", chatPath(u"anthropic"_s), w::anthropicToolUseStream(tool));
        auto connector = Connector::create(endpoint(server, u"anthropic"_s));
        ChatRequest r = request(true);
        r.schema = QJsonDocument::fromJson(R"({"type":"object"})").object();
        const Outcome o = runChat(*connector, r);
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QVERIFY(o.deltas.size() >= 2);
        QCOMPARE(o.result.json->toObject().value(u"examples"_s).toArray().at(0).toObject().value(u"n"_s).toInt(), 2);
        QCOMPARE(o.result.finish, FinishReason::Stop);
    }

    void lengthCutIsTruncatedNotInvalid()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        w::OpenAiOptions length;
        length.finishReason = "length";
        server.enqueue("POST", chatPath(u"openai"_s),
                       w::openAiChat(u"{\"examples\": [{\"prompt\": \"a\"}, {\"pro"_s, length));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        ChatRequest r = request(false);
        r.schema = QJsonDocument::fromJson(R"({"type":"object"})").object();
        const Outcome o = runChat(*connector, r);
        QVERIFY(o.ok);
        QCOMPARE(o.result.finish, FinishReason::Length);
        QVERIFY(!o.result.json);
        QVERIFY2(o.result.jsonError.contains(u"cut off"_s), qPrintable(o.result.jsonError));
    }

    // A stall mid-stream, or no answer at all before the headers: either way the inactivity timeout ends the call.
    void inactivityTimeout_data()
    {
        QTest::addColumn<int>("latencyMs");
        QTest::addColumn<int>("stallAfterBytes");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("withinMs");
        QTest::newRow("stall mid-stream") << 0 << 20 << 400 << 4000;
        QTest::newRow("nothing before the headers") << 5000 << -1 << 300 << 3000;
    }

    void inactivityTimeout()
    {
        QFETCH(int, latencyMs);
        QFETCH(int, stallAfterBytes);
        QFETCH(int, timeoutMs);
        QFETCH(int, withinMs);
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse slow = w::openAiStream(kPieces);
        slow.latencyMs = latencyMs;
        slow.stallAfterBytes = stallAfterBytes;
        slow.stallMs = 5000;
        server.enqueue("POST", chatPath(u"openai"_s), slow);
        EndpointSettings s = endpoint(server, u"openai"_s);
        s.inactivityTimeoutMs = timeoutMs;
        auto connector = Connector::create(s);
        QElapsedTimer timer;
        timer.start();
        const Outcome o = runChat(*connector, request(true));
        QCOMPARE(errorKindName(o.error.kind), u"timeout"_s);
        QVERIFY(o.error.retryable);
        QVERIFY(timer.elapsed() < withinMs);
    }

    void cancelMidStream()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", chatPath(u"openai"_s), w::endlessStream(w::Dialect::OpenAi, 5));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        ChatCall *call = connector->chat(request(true));
        QSignalSpy deltas(call, &ChatCall::textDelta);
        QSignalSpy failed(call, &ChatCall::failed);
        QVERIFY(deltas.wait(5000));
        call->cancel();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<ProviderError>().kind, ErrorKind::Cancelled);
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() == 1 && server.request(0).clientDisconnected, 5000);
    }

    void responseSizeCap()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", chatPath(u"openai"_s), w::hugeStream(w::Dialect::OpenAi, 50LL * 1024 * 1024));
        EndpointSettings s = endpoint(server, u"openai"_s);
        s.maxResponseBytes = 1024 * 1024;
        auto connector = Connector::create(s);
        const Outcome o = runChat(*connector, request(true), 30000);
        QCOMPARE(errorKindName(o.error.kind), u"invalid_response"_s);
        QVERIFY2(o.error.message.contains(u"larger than 1 MB"_s), qPrintable(o.error.message));
    }

    void keyNeverSentOverPlainHttpToOtherHosts()
    {
        EndpointSettings s = endpointFor(u"openai"_s, u"http://api.example.invalid/v1"_s, kKey);
        auto connector = Connector::create(s);
        const Outcome o = runChat(*connector, request(false));
        QCOMPARE(errorKindName(o.error.kind), u"insecure"_s);
        QVERIFY(!o.error.message.contains(kKey));
        QString verdict;
        connector->testConnection(QString(), this, [&](bool, const QString &v) { verdict = v; });
        QTRY_VERIFY(!verdict.isEmpty());
        QVERIFY2(verdict.contains(u"plain http"_s), qPrintable(verdict));
    }

    // A redirect to another origin loses the key; one to the same origin keeps it.
    void redirectDropsAuthAcrossOrigins()
    {
        ProviderTestServer first;
        ProviderTestServer second;
        QVERIFY(first.listen() && second.listen());
        first.enqueue("POST", "/v1/chat/completions",
                      w::redirect(307, second.url(u"/v1/chat/completions"_s).toEncoded()));
        second.enqueue("POST", "/v1/chat/completions", w::openAiChat(kText));
        auto connector = Connector::create(endpoint(first, u"openai"_s));
        const Outcome o = runChat(*connector, request(false));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QVERIFY(first.lastRequest().hasHeader("authorization"));
        QCOMPARE(second.requestCount(), 1);
        QVERIFY(!second.lastRequest().hasHeader("authorization"));
        QCOMPARE(second.lastRequest().json().value(u"model"_s).toString(), u"test-model"_s);

        first.enqueue("POST", "/v1/chat/completions", w::redirect(307, first.url(u"/v1/other"_s).toEncoded()));
        first.enqueue("POST", "/v1/other", w::openAiChat(kText));
        QVERIFY(runChat(*connector, request(false)).ok);
        QVERIFY(first.lastRequest().hasHeader("authorization"));
    }

    void downgradeRedirectsAreRefused()
    {
        QVERIFY(redirectIsDowngrade(QUrl(u"https://api.openai.com/v1/x"_s), QUrl(u"http://api.openai.com/v1/x"_s)));
        QVERIFY(!redirectIsDowngrade(QUrl(u"https://a/x"_s), QUrl(u"https://b/x"_s)));
        QVERIFY(!redirectIsDowngrade(QUrl(u"http://a/x"_s), QUrl(u"http://b/x"_s)));
    }

    void redirectLoopIsStopped()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.setDefault("POST", "/v1/chat/completions",
                          w::redirect(307, server.url(u"/v1/chat/completions"_s).toEncoded()));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        const Outcome o = runChat(*connector, request(false));
        QCOMPARE(errorKindName(o.error.kind), u"invalid_response"_s);
        QVERIFY(o.error.message.contains(u"redirects"_s));
        QCOMPARE(server.requestCount(), 6);
    }

    void connectionRefused()
    {
        EndpointSettings s = endpointFor(u"ollama"_s, u"http://127.0.0.1:9"_s);
        auto connector = Connector::create(s);
        const Outcome o = runChat(*connector, request(false));
        QCOMPARE(errorKindName(o.error.kind), u"network"_s);
        QVERIFY(o.error.retryable);
        QVERIFY2(o.error.message.contains(u"Ollama"_s), qPrintable(o.error.message));
    }

    void modelLists_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("openai") << u"openai"_s << QStringList{u"gpt-4o-mini"_s, u"gpt-4o"_s};
        QTest::newRow("together") << u"together"_s << QStringList{u"meta-llama/Llama-3.3-70B-Instruct-Turbo"_s};
        QTest::newRow("anthropic") << u"anthropic"_s << QStringList();
        QTest::newRow("ollama") << u"ollama"_s << QStringList{u"llama3.2:latest"_s, u"qwen2.5:7b"_s};
        QTest::newRow("transformerlab") << u"transformerlab"_s << QStringList{u"Llama-3.2-1B-Instruct"_s};
    }
    void modelLists()
    {
        QFETCH(QString, provider);
        QFETCH(QStringList, expected);
        ProviderTestServer server;
        QVERIFY(server.listen());
        if (provider == u"openai"_s) {
            server.enqueue("GET", "/v1/models",
                           w::openAiModels({"gpt-4o-mini", "text-embedding-3-small", "gpt-4o", "whisper-1"}));
        } else if (provider == u"together"_s) {
            w::TogetherModel chat;
            chat.id = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
            w::TogetherModel embedding;
            embedding.id = "BAAI/bge-large-en-v1.5";
            embedding.type = "embedding";
            server.enqueue("GET", "/v1/models", w::togetherModels({chat, embedding}));
        } else if (provider == u"anthropic"_s) {
            server.setHandler("GET", "/v1/models", w::anthropicModelsHandler(w::defaultAnthropicModels()));
            for (const auto &m : w::defaultAnthropicModels())
                expected << QString::fromUtf8(m.id);
        } else if (provider == u"ollama"_s) {
            w::OllamaModel a;
            a.name = "llama3.2:latest";
            w::OllamaModel b;
            b.name = "qwen2.5:7b";
            server.enqueue("GET", "/api/tags", w::ollamaTags({a, b}));
        } else {
            server.enqueue("GET", "/v1/models", w::tlabModels({"Llama-3.2-1B-Instruct"}));
        }
        auto connector = Connector::create(endpoint(server, provider));
        QStringList models;
        ProviderError error;
        bool done = false;
        connector->listModels(this, [&](const QStringList &m, const ProviderError &e) {
            models = m;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(models, expected);
        if (provider == u"anthropic"_s) {
            // Paged with a small limit? At least one request carried the key headers.
            QCOMPARE(server.lastRequest().header("x-api-key"), kKey.toUtf8());
        }
    }

    void transformerLabWithoutOpenAiEndpoint()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.enqueue("GET", "/v1/models", w::jsonResponse(404, R"({"detail":"Not Found"})"));
        auto connector = Connector::create(endpoint(server, u"transformerlab"_s));
        QString verdict;
        bool ok = true;
        connector->testConnection(u"x"_s, this, [&](bool good, const QString &v) {
            ok = good;
            verdict = v;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!verdict.isEmpty(), 10000);
        QVERIFY(!ok);
        QVERIFY2(verdict.contains(u"Transformer Lab"_s), qPrintable(verdict));
    }

    void testConnectionVerdict()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.setDefault("GET", "/v1/models", w::openAiModels({"gpt-4o-mini", "gpt-4o"}));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        QString verdict;
        bool ok = false;
        connector->testConnection(u"gpt-4o"_s, this, [&](bool good, const QString &v) {
            ok = good;
            verdict = v;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!verdict.isEmpty(), 10000);
        QVERIFY(ok);
        QVERIFY2(verdict.contains(u"OpenAI"_s) && verdict.contains(u"2 models"_s) &&
                     verdict.contains(u"gpt-4o is available"_s),
                 qPrintable(verdict));
        QVERIFY(!verdict.contains(u'\n'));
    }

    // Streamed calls travel over the connector's own HTTP/1.1 transport: every error case above must come out the
    // same when the request asked for a stream (servers answer errors with JSON or HTML bodies, not streams).
    void streamedCallErrors_data() { errors_data(); }
    void streamedCallErrors()
    {
        QFETCH(QString, provider);
        QFETCH(ScriptedResponse, response);
        QFETCH(QString, kind);
        QFETCH(bool, retryable);
        QFETCH(int, status);
        QFETCH(double, retryAfter);
        QFETCH(QString, mentions);
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", chatPath(provider), response);
        auto connector = Connector::create(endpoint(server, provider));
        const Outcome o = runChat(*connector, request(true));
        QVERIFY(o.done);
        QVERIFY2(!o.ok, qPrintable(o.result.text));
        QCOMPARE(errorKindName(o.error.kind), kind);
        QCOMPARE(o.error.retryable, retryable);
        QCOMPARE(o.error.httpStatus, status);
        if (retryAfter >= 0) {
            QVERIFY(o.error.retryAfterSeconds.has_value());
            QVERIFY(qAbs(*o.error.retryAfterSeconds - retryAfter) < 0.01);
        }
        QVERIFY2(o.error.message.contains(mentions, Qt::CaseInsensitive), qPrintable(o.error.message));
        QVERIFY2(!o.error.message.contains(u"<html"_s, Qt::CaseInsensitive), qPrintable(o.error.message));
        QVERIFY(!o.error.message.contains(kKey));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(connector->streamConnectionsOpened(), 1); // it did go through the streaming transport
    }

    // Status line, headers, chunk-size lines, chunk data, their CRLFs and UTF-8 characters split at every byte
    // boundary: a bare server writes the response one byte at a time (TCP_NODELAY, a pause between writes), twice
    // over the same kept-alive connection.
    void streamTransportEveryByteBoundary()
    {
        const QByteArray body =
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"H\xc3\xa9\"},\"finish_reason\":null}]}\n\n"
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"llo \xf0\x9f\x94\x91\"},"
            "\"finish_reason\":\"stop\"}]}\r\n\r\n"
            "data: [DONE]\n\n";
        const QString text = u"Héllo 🔑"_s;
        const QByteArray raw = rawChunkedResponse(body);
        QTcpServer tcp;
        QVERIFY(tcp.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&tcp, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = tcp.nextPendingConnection()) {
                ++connections;
                socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                auto *timer = new QTimer(socket);
                timer->setInterval(1);
                auto pos = std::make_shared<qsizetype>(0);
                connect(timer, &QTimer::timeout, socket, [socket, timer, pos, &raw] {
                    socket->write(raw.mid(*pos, 1));
                    if (++*pos >= raw.size()) {
                        timer->stop();
                        *pos = 0;
                    }
                });
                connect(socket, &QTcpSocket::readyRead, socket, [socket, timer] {
                    socket->readAll();
                    if (!timer->isActive())
                        timer->start();
                });
            }
        });
        EndpointSettings s = endpointFor(u"openai"_s, u"http://127.0.0.1:%1/v1"_s.arg(tcp.serverPort()), kKey);
        auto connector = Connector::create(s);
        for (int i = 0; i < 2; ++i) {
            const Outcome o = runChat(*connector, request(true));
            QVERIFY2(o.ok, qPrintable(o.error.message));
            QCOMPARE(o.result.text, text);
            QCOMPARE(o.deltas.join(QString()), text);
            QCOMPARE(o.result.finish, FinishReason::Stop);
            QCOMPARE(o.result.requestId, u"req_raw"_s);
        }
        QCOMPARE(connections, 1);
        QCOMPARE(connector->streamConnectionsOpened(), 1);
    }

    // Sequential streamed calls share one kept-alive connection; parallel ones open their own and are reused later.
    void streamTransportKeepAlive()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.setDefault("POST", chatPath(u"openai"_s), w::openAiStream(kPieces));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        for (int i = 0; i < 3; ++i) {
            const Outcome o = runChat(*connector, request(true));
            QVERIFY2(o.ok, qPrintable(o.error.message));
            QCOMPARE(o.result.text, kText);
        }
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(server.request(1).connectionId, server.request(0).connectionId);
        QCOMPARE(server.request(2).connectionId, server.request(0).connectionId);
        QCOMPARE(connector->streamConnectionsOpened(), 1);
        QCOMPARE(connector->idleStreamConnections(), 1);

        for (int round = 0; round < 2; ++round) {
            int done = 0;
            for (int i = 0; i < 4; ++i) {
                ChatCall *call = connector->chat(request(true));
                connect(call, &ChatCall::finished, this, [&] { ++done; });
            }
            QTRY_COMPARE_WITH_TIMEOUT(done, 4, 10000);
        }
        QCOMPARE(connector->streamConnectionsOpened(), 4);
        QCOMPARE(connector->idleStreamConnections(), 4);
        QCOMPARE(server.connectionCount(), 4);
    }

    // A stream with a Content-Length body (no chunked framing), cut into pieces, keeps its connection too.
    void streamTransportContentLength()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse r = w::openAiStream(kPieces);
        r.chunkedTransfer = false;
        r.chunking = Chunking::random(5, 7);
        server.setDefault("POST", chatPath(u"openai"_s), r);
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        for (int i = 0; i < 2; ++i) {
            const Outcome o = runChat(*connector, request(true));
            QVERIFY2(o.ok, qPrintable(o.error.message));
            QCOMPARE(o.result.text, kText);
            QCOMPARE(o.deltas.join(QString()), kText);
        }
        QCOMPARE(server.request(1).connectionId, server.request(0).connectionId);
        QCOMPARE(connector->streamConnectionsOpened(), 1);
    }

    // A body without length or chunking ends when the server closes; that connection is not kept.
    void streamTransportCloseDelimited()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse r;
        r.raw = true;
        r.body = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n" +
                 w::openAiStream(kPieces).body;
        r.chunking = Chunking::random(3, 40);
        server.enqueue("POST", chatPath(u"openai"_s), r);
        server.enqueue("POST", chatPath(u"openai"_s), w::openAiStream(kPieces));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        for (int i = 0; i < 2; ++i) {
            const Outcome o = runChat(*connector, request(true));
            QVERIFY2(o.ok, qPrintable(o.error.message));
            QCOMPARE(o.result.text, kText);
        }
        QVERIFY(server.request(1).connectionId != server.request(0).connectionId);
        QCOMPARE(connector->streamConnectionsOpened(), 2);
    }

    // A connection cut inside the body (mid-chunk, inside a Content-Length body, with FIN or RST) is a truncated
    // stream, as on the QNetworkAccessManager path; a cut connection is never reused.
    void streamTransportTruncated_data()
    {
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<bool>("reset");
        QTest::newRow("chunked fin") << true << false;
        QTest::newRow("chunked rst") << true << true;
        QTest::newRow("content-length fin") << false << false;
        QTest::newRow("content-length rst") << false << true;
    }
    void streamTransportTruncated()
    {
        QFETCH(bool, chunked);
        QFETCH(bool, reset);
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse r = w::openAiStream(kPieces);
        r.chunkedTransfer = chunked;
        r.closeEarlyAfterBytes = r.body.size() / 2 + 3; // inside an event, and (chunked) inside a chunk
        r.closeEarlyWithReset = reset;
        r.closeEarlyGraceMs = reset ? 50 : 0;
        server.enqueue("POST", chatPath(u"openai"_s), r);
        server.enqueue("POST", chatPath(u"openai"_s), w::openAiStream(kPieces));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        const Outcome cut = runChat(*connector, request(true));
        QVERIFY(cut.done && !cut.ok);
        QCOMPARE(errorKindName(cut.error.kind), u"truncated"_s);
        QVERIFY(cut.error.retryable);
        QCOMPARE(cut.error.httpStatus, 200);
        const Outcome next = runChat(*connector, request(true));
        QVERIFY2(next.ok, qPrintable(next.error.message));
        QCOMPARE(connector->streamConnectionsOpened(), 2);
    }

    // The server closes a kept-alive connection: while idle (the pool notices), or just as the next request goes
    // out (a network error the caller may retry on a new connection). A fresh connection closed without an answer
    // is a network error too.
    void streamTransportServerCloses()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        server.enqueue("POST", chatPath(u"openai"_s), w::openAiStream(kPieces));
        QVERIFY(runChat(*connector, request(true)).ok);
        QCOMPARE(connector->idleStreamConnections(), 1);
        server.closeAllConnections();
        QTRY_COMPARE(connector->idleStreamConnections(), 0);

        server.enqueue("POST", chatPath(u"openai"_s), w::openAiStream(kPieces));
        QVERIFY(runChat(*connector, request(true)).ok);
        QCOMPARE(connector->streamConnectionsOpened(), 2);

        // Closed as the request went out: the server may have read it, so the transport does not send it again on
        // its own; the caller's retry policy decides (and a retry opens a new connection).
        ScriptedResponse silentClose;
        silentClose.raw = true; // no bytes at all, then the close
        server.enqueue("POST", chatPath(u"openai"_s), silentClose);
        server.enqueue("POST", chatPath(u"openai"_s), w::openAiStream(kPieces));
        const Outcome closed = runChat(*connector, request(true));
        QVERIFY(closed.done && !closed.ok);
        QCOMPARE(errorKindName(closed.error.kind), u"network"_s);
        QVERIFY(closed.error.retryable);
        QCOMPARE(server.requestCount(), 3);
        const Outcome retried = runChat(*connector, request(true));
        QVERIFY2(retried.ok, qPrintable(retried.error.message));
        QCOMPARE(server.requestCount(), 4);
        QVERIFY(server.request(3).connectionId != server.request(2).connectionId);

        auto fresh = Connector::create(endpoint(server, u"openai"_s));
        server.enqueue("POST", chatPath(u"openai"_s), silentClose);
        const Outcome failed = runChat(*fresh, request(true));
        QVERIFY(failed.done && !failed.ok);
        QCOMPARE(errorKindName(failed.error.kind), u"network"_s);
        QVERIFY(failed.error.retryable);
        QCOMPARE(server.requestCount(), 5);
    }

    // Something that is not HTTP/1.x is a network failure that names the provider, not a hang or a crash; a broken
    // chunk after a 200 stream began is a truncated stream.
    void streamTransportMalformedResponse_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("kind");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << u"network"_s;
        // Found by fuzzing: a status below 100 was taken as the final answer.
        QTest::newRow("status 099") << QByteArray("HTTP/1.1 099 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: "
                                                  "text/event-stream\r\nContent-Length: 14\r\n\r\ndata: [DONE]\n\n")
                                    << u"network"_s;
        QTest::newRow("http/2 preface") << QByteArray("\0\0\x12\x04\0\0\0\0\0", 9) << u"network"_s;
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                                      "Transfer-Encoding: chunked\r\n\r\nzz\r\ndata\r\n")
                                        << u"truncated"_s;
        QTest::newRow("bad content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                                          "Content-Length: ten\r\n\r\ndata")
                                            << u"network"_s;
        QTest::newRow("gzip") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                                            "Content-Encoding: gzip\r\nContent-Length: 4\r\n\r\n\x1f\x8b\x08\0")
                              << u"network"_s;
    }
    void streamTransportMalformedResponse()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, kind);
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse r;
        r.raw = true;
        r.body = raw;
        server.enqueue("POST", chatPath(u"openai"_s), r);
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        const Outcome o = runChat(*connector, request(true));
        QVERIFY(o.done && !o.ok);
        QCOMPARE(errorKindName(o.error.kind), kind);
        QVERIFY2(o.error.message.contains(u"OpenAI"_s), qPrintable(o.error.message));
    }

    // cancel() closes the connection at once (the server sees the client go) and never returns it to the pool.
    void streamTransportAbort()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", chatPath(u"openai"_s), w::endlessStream(w::Dialect::OpenAi, 5));
        server.enqueue("POST", chatPath(u"openai"_s), w::openAiStream(kPieces));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        ChatCall *call = connector->chat(request(true));
        QSignalSpy deltas(call, &ChatCall::textDelta);
        QSignalSpy failed(call, &ChatCall::failed);
        QVERIFY(deltas.wait(5000));
        call->cancel();
        QCOMPARE(failed.size(), 1);
        const auto error = failed.first().first().value<ProviderError>();
        QCOMPARE(error.kind, ErrorKind::Cancelled);
        QCOMPARE(connector->idleStreamConnections(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(server.request(0).clientDisconnected, 5000);
        QVERIFY(runChat(*connector, request(true)).ok);
        QCOMPARE(connector->streamConnectionsOpened(), 2);
    }

    // A streamed call redirected to another origin loses its key there, as on the other path.
    void streamTransportRedirect()
    {
        ProviderTestServer first;
        ProviderTestServer second;
        QVERIFY(first.listen() && second.listen());
        first.enqueue("POST", "/v1/chat/completions",
                      w::redirect(307, second.url(u"/v1/chat/completions"_s).toEncoded()));
        second.enqueue("POST", "/v1/chat/completions", w::openAiStream(kPieces));
        auto connector = Connector::create(endpoint(first, u"openai"_s));
        const Outcome o = runChat(*connector, request(true));
        QVERIFY2(o.ok, qPrintable(o.error.message));
        QCOMPARE(o.result.text, kText);
        QCOMPARE(first.lastRequest().header("authorization"), QByteArray("Bearer ") + kKey.toUtf8());
        QVERIFY(!second.lastRequest().hasHeader("authorization"));
        QCOMPARE(second.lastRequest().json().value(u"stream"_s), QJsonValue(true));
    }

    // Debug logging of the network layer never shows the key or the request headers.
    void streamTransportLogsNoKey()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.enqueue("POST", chatPath(u"openai"_s), w::openAiError(w::OpenAiFailure::InvalidApiKey));
        server.enqueue("POST", chatPath(u"openai"_s), w::openAiStream(kPieces));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        NetLogCapture capture;
        QVERIFY(!runChat(*connector, request(true)).ok);
        QVERIFY(runChat(*connector, request(true)).ok);
        QVERIFY(!NetLogCapture::lines().isEmpty()); // the capture works
        for (const QString &line : NetLogCapture::lines()) {
            QVERIFY2(!line.contains(kKey) && !line.contains(kKey.right(16)), qPrintable(line));
            QVERIFY2(!line.contains(u"Bearer"_s, Qt::CaseInsensitive), qPrintable(line));
        }
    }

    // Past 6 parallel requests over plain http the connector spreads them over several managers.
    void parallelismBeyondSixConnections()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse slow = w::openAiChat(kText);
        slow.latencyMs = 300;
        server.setDefault("POST", chatPath(u"openai"_s), slow);
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        connector->setParallelism(16);
        QCOMPARE(connector->managerCount(), 3);
        int done = 0;
        for (int i = 0; i < 16; ++i) {
            ChatCall *call = connector->chat(request(false));
            connect(call, &ChatCall::finished, this, [&] { ++done; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 16, 10000);
        QVERIFY2(server.maxConcurrentRequests() >= 12, qPrintable(QString::number(server.maxConcurrentRequests())));
    }

    // Cases where Candor disagreed with what the official SDKs promise (issue 17, items 1-6, 9, 10, 12), each
    // through every delivery mode of the test server.
    void wireConformance_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<ScriptedResponse>("response");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<int>("maxLine"); // the stream line cap; 0: the default
        QTest::addColumn<Expect>("expect");

        Expect hello;
        hello.text = kText;

        // 1. "error": null is no error, in a whole body or in a stream chunk or line.
        ScriptedResponse nullError = w::openAiChat(kText);
        nullError.body.replace(0, 1, "{\"error\": null,");
        QTest::newRow("1 openai body error null") << u"openai"_s << nullError << false << 0 << hello;
        ScriptedResponse nullErrorStream = w::openAiStream(kPieces);
        nullErrorStream.body.replace("data: {", "data: {\"error\":null,");
        QTest::newRow("1 openai chunks error null") << u"openai"_s << nullErrorStream << true << 0 << hello;
        ScriptedResponse ollamaNull = w::ollamaChat(kText);
        ollamaNull.body.replace(0, 1, "{\"error\":null,");
        QTest::newRow("1 ollama body error null") << u"ollama"_s << ollamaNull << false << 0 << hello;
        ScriptedResponse ollamaNullStream = w::ollamaStream(kPieces);
        ollamaNullStream.body.replace("{\"model\"", "{\"error\":null,\"model\"");
        QTest::newRow("1 ollama lines error null") << u"ollama"_s << ollamaNullStream << true << 0 << hello;

        // 2. The end marker ends the answer: what follows is ignored, and an open connection does not hold it.
        Expect quick = hello;
        quick.withinMs = 4000;
        ScriptedResponse heldOpen = w::openAiStream(kPieces);
        heldOpen.stallAfterBytes = heldOpen.body.size();
        heldOpen.stallMs = 15000;
        QTest::newRow("2 openai open after [DONE]") << u"openai"_s << heldOpen << true << 0 << quick;
        ScriptedResponse ollamaHeld = w::ollamaStream(kPieces);
        ollamaHeld.stallAfterBytes = ollamaHeld.body.size();
        ollamaHeld.stallMs = 15000;
        QTest::newRow("2 ollama open after done") << u"ollama"_s << ollamaHeld << true << 0 << quick;
        ScriptedResponse afterDone = w::openAiStream(kPieces);
        afterDone.body += openAiChunk("[" + contentChoice(0, "EXTRA") + "]") +
                          w::sseEvent("{\"error\":{\"message\":\"late\",\"type\":\"server_error\",\"code\":null}}");
        QTest::newRow("2 openai events after [DONE]") << u"openai"_s << afterDone << true << 0 << hello;
        ScriptedResponse ollamaAfter = w::ollamaStream(kPieces);
        ollamaAfter.body += "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"EXTRA\"},"
                            "\"done\":false}\n{\"error\":\"late\"}\n";
        QTest::newRow("2 ollama lines after done") << u"ollama"_s << ollamaAfter << true << 0 << hello;
        ScriptedResponse anthropicAfter = w::anthropicStream(kPieces);
        anthropicAfter.body +=
            anthropicEvent("error", "\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}");
        QTest::newRow("2 anthropic error after message_stop") << u"anthropic"_s << anthropicAfter << true << 0 << hello;

        // 3. A line over the cap fails the call; it is never a shorter success.
        Expect tooLong;
        tooLong.ok = false;
        tooLong.kind = u"invalid_response"_s;
        tooLong.mentions = u"longer than 512 bytes"_s;
        const QStringList longPieces = {u"Hel"_s, QString(2000, u'a'), u"lo"_s};
        QTest::newRow("3 openai line over cap") << u"openai"_s << w::openAiStream(longPieces) << true << 512 << tooLong;
        QTest::newRow("3 ollama line over cap") << u"ollama"_s << w::ollamaStream(longPieces) << true << 512 << tooLong;
        QTest::newRow("3 anthropic event over cap")
            << u"anthropic"_s << w::anthropicStream(longPieces) << true << 512 << tooLong;

        // 4. A close-delimited stream cut inside its last event is a truncated, retryable cut.
        Expect cut;
        cut.ok = false;
        cut.kind = u"truncated"_s;
        cut.retryable = true;
        const QByteArray sse = w::openAiStream(kPieces).body;
        const qsizetype lastContent = sse.indexOf("\"content\":\"\xe6\x96\x87");
        QTest::newRow("4 openai cut in last event")
            << u"openai"_s << closeDelimited("text/event-stream", sse.left(lastContent + 12)) << true << 0 << cut;
        const QByteArray ndjson = w::ollamaStream(kPieces).body;
        QTest::newRow("4 ollama cut in last line")
            << u"ollama"_s
            << closeDelimited("application/x-ndjson", ndjson.left(ndjson.lastIndexOf("\"done\":true") + 4)) << true << 0
            << cut;

        // 5. "event: error" on an OpenAI-compatible stream carries the provider's message, flat or as plain text.
        Expect flat;
        flat.ok = false;
        flat.kind = u"server"_s;
        flat.retryable = true;
        flat.mentions = u"The model crashed"_s;
        flat.requestId = u"req_conformance"_s; // 12: failed streams carry the header's request id too
        QTest::newRow("5 event error flat payload")
            << u"openai-compatible"_s
            << sseResponse(openAiChunk("[" + contentChoice(0, "Hel") + "]") +
                           w::sseEvent("{\"message\":\"The model crashed\",\"type\":\"server_error\"}", "error"))
            << true << 0 << flat;
        QTest::newRow("5 event error plain text")
            << u"openai-compatible"_s
            << sseResponse(openAiChunk("[" + contentChoice(0, "Hel") + "]") + w::sseEvent("The model crashed", "error"))
            << true << 0 << flat;

        // 6. A mid-stream failure of a transient kind is retryable, and says so.
        Expect midStream;
        midStream.ok = false;
        midStream.kind = u"server"_s;
        midStream.retryable = true;
        midStream.mentions = u"Retrying usually helps"_s;
        midStream.requestId = u"req_6f1c2b0e9a4d4e7f8a1b2c3d4e5f6a7b"_s;
        QTest::newRow("6 openai server_error after text")
            << u"openai"_s << w::openAiMidStreamError({u"Hel"_s}) << true << 0 << midStream;
        midStream.kind = u"overloaded"_s;
        midStream.requestId = u"req_011CSHoEeqs5C35K2UUqR7Fy"_s;
        QTest::newRow("6 anthropic overloaded after text")
            << u"anthropic"_s << w::anthropicStreamErrorAfterText({u"Hel"_s}) << true << 0 << midStream;

        // 7. (the connector's part) finish_reason "refusal" is a refusal.
        Expect refusal = hello;
        refusal.finish = u"refusal"_s;
        w::OpenAiOptions refused;
        refused.finishReason = "refusal";
        QTest::newRow("7 finish refusal") << u"openai"_s << w::openAiStream(kPieces, refused) << true << 0 << refusal;

        // 9. Anthropic: only Candor's forced tool is the answer; final usage updates the input counts too.
        Expect serverTool;
        serverTool.text = u"Hello"_s;
        QTest::newRow("9 anthropic server tool input not text")
            << u"anthropic"_s
            << sseResponse(
                   anthropicStart() +
                   anthropicBlock(0, "{\"type\":\"text\",\"text\":\"\"}",
                                  {"{\"type\":\"text_delta\",\"text\":\"Hel\"}"}) +
                   anthropicBlock(
                       1, "{\"type\":\"server_tool_use\",\"id\":\"srvtoolu_1\",\"name\":\"web_search\",\"input\":{}}",
                       {"{\"type\":\"input_json_delta\",\"partial_json\":\"\"}",
                        "{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"query\\\":\\\"x\\\"}\"}"}) +
                   anthropicBlock(2, "{\"type\":\"text\",\"text\":\"\"}",
                                  {"{\"type\":\"text_delta\",\"text\":\"lo\"}"}) +
                   anthropicEnd("end_turn"))
            << true << 0 << serverTool;
        Expect forced;
        forced.schema = true;
        forced.json = u"{\"a\":1}"_s;
        QTest::newRow("9 anthropic forced tool beside another tool")
            << u"anthropic"_s
            << sseResponse(
                   anthropicStart() +
                   anthropicBlock(0, "{\"type\":\"tool_use\",\"id\":\"toolu_0\",\"name\":\"lookup\",\"input\":{}}",
                                  {"{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"q\\\":2}\"}"}) +
                   anthropicBlock(1, "{\"type\":\"tool_use\",\"id\":\"toolu_1\",\"name\":\"emit_output\",\"input\":{}}",
                                  {"{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"a\\\":\"}",
                                   "{\"type\":\"input_json_delta\",\"partial_json\":\"1}\"}"}) +
                   anthropicEnd("tool_use"))
            << true << 0 << forced;
        w::AnthropicToolUse weather;
        weather.name = "get_weather";
        weather.inputJson = "{\"city\":\"Paris\"}";
        QTest::newRow("9 anthropic text beside a tool_use, no schema")
            << u"anthropic"_s << w::anthropicToolUseMessage(weather, {}, {kText}) << false << 0 << hello;
        Expect usage = hello;
        usage.input = 25; // 20 + 5 read from the cache
        usage.output = 34;
        ScriptedResponse finalUsage = w::anthropicStream(kPieces);
        finalUsage.body.replace("\"usage\":{\"output_tokens\":34}",
                                "\"usage\":{\"input_tokens\":20,\"cache_read_input_tokens\":5,\"output_tokens\":34}");
        QTest::newRow("9 anthropic message_delta input tokens") << u"anthropic"_s << finalUsage << true << 0 << usage;

        // 10. Choice 0 is the answer, wherever it sits; finish_reason is read across a line break.
        Expect choiceZero;
        choiceZero.text = u"Hello"_s;
        choiceZero.finish = u"stop"_s;
        QTest::newRow("10 openai stream choices out of order")
            << u"openai"_s
            << sseResponse(
                   openAiChunk("[" + contentChoice(1, "WRONG") + "]") +
                   openAiChunk("[" + contentChoice(1, "NO") + "," + contentChoice(0, "Hel") + "]") +
                   openAiChunk("[" + contentChoice(0, "lo") + "]") + openAiChunk("[" + contentChoice(1, "X") + "]") +
                   openAiChunk("[" + contentChoice(0, "", "\"stop\"") + "," + contentChoice(1, "", "\"stop\"") + "]") +
                   w::sseEvent("[DONE]"))
            << true << 0 << choiceZero;
        ScriptedResponse twoChoices = w::openAiChat(u"Hello"_s);
        twoChoices.body =
            "{\"id\":\"chatcmpl-2\",\"object\":\"chat.completion\",\"model\":\"m-1\",\"choices\":["
            "{\"index\":1,\"message\":{\"role\":\"assistant\",\"content\":\"WRONG\"},\"finish_reason\":\"length\"},"
            "{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Hello\"},\"finish_reason\":\"stop\"}]}";
        QTest::newRow("10 openai body choices out of order") << u"openai"_s << twoChoices << false << 0 << choiceZero;
        Expect lengthCut;
        lengthCut.text = u"Hello"_s;
        lengthCut.finish = u"length"_s;
        QTest::newRow("10 openai finish_reason after a line break")
            << u"openai"_s
            << sseResponse(openAiChunk("[" + contentChoice(0, "Hel") + "]") +
                           "data: {\"id\":\"chatcmpl-c\",\"model\":\"m-1\",\"choices\":[{\"index\":0,\"delta\":{"
                           "\"content\":\"lo\"},\"finish_reason\"\ndata: :\"length\"}]}\n\n" +
                           w::sseEvent("[DONE]"))
            << true << 0 << lengthCut;

        // 12. The request id header is the request id of streamed answers too.
        Expect withId = hello;
        withId.requestId = u"req_stream_header"_s;
        QTest::newRow("12 ollama stream request id")
            << u"ollama"_s << w::ollamaStream(kPieces).withHeader("x-request-id", "req_stream_header") << true << 0
            << withId;
        QTest::newRow("12 transformerlab stream request id")
            << u"transformerlab"_s << w::tlabStream(kPieces).withHeader("x-request-id", "req_stream_header") << true
            << 0 << withId;
        withId.requestId = u"req_conformance"_s;
        withId.text = u"Hello"_s;
        QTest::newRow("12 openai-compatible stream request id")
            << u"openai-compatible"_s
            << sseResponse(openAiChunk("[" + contentChoice(0, "Hel") + "]") +
                           openAiChunk("[" + contentChoice(0, "lo", "\"stop\"") + "]") + w::sseEvent("[DONE]"))
            << true << 0 << withId;
    }
    void wireConformance()
    {
        QFETCH(QString, provider);
        QFETCH(ScriptedResponse, response);
        QFETCH(bool, stream);
        QFETCH(int, maxLine);
        QFETCH(Expect, expect);
        for (const auto &[mode, delivered] : w::deliveryModes(response)) {
            const QByteArray where = "delivery: " + mode;
            ProviderTestServer server;
            QVERIFY(server.listen());
            server.enqueue("POST", chatPath(provider), delivered);
            EndpointSettings s = endpoint(server, provider);
            if (maxLine > 0)
                s.maxStreamLineBytes = maxLine;
            auto connector = Connector::create(s);
            ChatRequest r = request(stream);
            if (expect.schema)
                r.schema = QJsonDocument::fromJson("{\"type\":\"object\"}").object();
            QElapsedTimer timer;
            timer.start();
            const Outcome o = runChat(*connector, r);
            QVERIFY2(o.done, where.constData());
            if (expect.withinMs > 0)
                QVERIFY2(timer.elapsed() < expect.withinMs, where.constData());
            QCOMPARE(server.requestCount(), 1);
            if (!expect.ok) {
                QVERIFY2(!o.ok, qPrintable(QString::fromUtf8(where) + u": succeeded with "_s + o.result.text));
                QVERIFY2(errorKindName(o.error.kind) == expect.kind,
                         qPrintable(QString::fromUtf8(where) + u": "_s + errorKindName(o.error.kind) + u" "_s +
                                    o.error.message));
                QVERIFY2(o.error.retryable == expect.retryable, where.constData());
                QVERIFY2(o.error.message.contains(expect.mentions), qPrintable(o.error.message));
                if (!expect.requestId.isEmpty())
                    QCOMPARE(o.error.requestId, expect.requestId);
                continue;
            }
            QVERIFY2(o.ok, qPrintable(QString::fromUtf8(where) + u": "_s + o.error.message));
            if (expect.schema) {
                QVERIFY2(o.result.json.has_value(), where.constData());
                QCOMPARE(QString::fromUtf8(QJsonDocument(o.result.json->toObject()).toJson(QJsonDocument::Compact)),
                         expect.json);
            } else {
                QVERIFY2(o.result.text == expect.text, qPrintable(QString::fromUtf8(where) + u": "_s + o.result.text));
            }
            if (stream && !expect.schema)
                QCOMPARE(o.deltas.join(QString()), expect.text);
            if (!expect.finish.isEmpty())
                QVERIFY2(finishReasonName(o.result.finish) == expect.finish,
                         qPrintable(QString::fromUtf8(where) + u": "_s + finishReasonName(o.result.finish)));
            if (expect.input != -2)
                QCOMPARE(o.result.inputTokens.value_or(-1), expect.input);
            if (expect.output != -2)
                QCOMPARE(o.result.outputTokens.value_or(-1), expect.output);
            if (!expect.requestId.isEmpty())
                QCOMPARE(o.result.requestId, expect.requestId);
        }
    }

    // 8. One request means one request: a connection reset before any response byte is not sent again by the
    // transport on its own (QNetworkAccessManager re-sends a POST), streamed or not.
    void noResendByTheTransport_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<bool>("reset");
        QTest::newRow("whole close") << false << false;
        QTest::newRow("whole reset") << false << true;
        QTest::newRow("stream close") << true << false;
        QTest::newRow("stream reset") << true << true;
    }
    void noResendByTheTransport()
    {
        QFETCH(bool, stream);
        QFETCH(bool, reset);
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse closeAtOnce = w::openAiChat(kText);
        closeAtOnce.closeEarlyAfterBytes = 0;
        closeAtOnce.closeEarlyWithReset = reset;
        closeAtOnce.latencyMs = 0;
        ScriptedResponse silent;
        silent.raw = true; // nothing at all, then the close
        server.enqueue("POST", chatPath(u"openai"_s), reset ? closeAtOnce : silent);
        server.setDefault("POST", chatPath(u"openai"_s), w::openAiChat(kText));
        auto connector = Connector::create(endpoint(server, u"openai"_s));
        const Outcome o = runChat(*connector, request(stream));
        QVERIFY(o.done);
        QCOMPARE(server.requestCount(), 1);
        QVERIFY2(!o.ok, qPrintable(o.result.text));
        QVERIFY(o.error.retryable);
    }

    // Issue 18.10: a stream that only sends keep-alives, or trickles bytes that never complete an event, ends in a
    // timeout; so does a request that goes on past its deadline.
    void noProgressTimeout_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QByteArray>("tick"); // what the server sends every 20 ms
        QTest::addColumn<QByteArray>("opening");
        QTest::newRow("openai comments") << u"openai"_s << QByteArray(": ping\n\n")
                                         << openAiChunk("[" + contentChoice(0, "Hel") + "]");
        QTest::newRow("anthropic pings") << u"anthropic"_s << anthropicEvent("ping", {}) << anthropicStart();
        QTest::newRow("openai trickle") << u"openai"_s << QByteArray("a")
                                        << openAiChunk("[" + contentChoice(0, "Hel") + "]") + "data: {\"x\":\"";
        QTest::newRow("ollama trickle") << u"ollama"_s << QByteArray(" ")
                                        << QByteArray(
                                               "{\"model\":\"m\",\"message\":{\"content\":\"Hel\"},\"done\":false}\n"
                                               "{\"model\":\"m\",");
    }
    void noProgressTimeout()
    {
        QFETCH(QString, provider);
        QFETCH(QByteArray, tick);
        QFETCH(QByteArray, opening);
        ProviderTestServer server;
        QVERIFY(server.listen());
        ScriptedResponse pinging;
        pinging.headers = {{"Content-Type", provider == u"ollama"_s ? "application/x-ndjson" : "text/event-stream"}};
        pinging.body = opening;
        pinging.chunkDelayMs = 20;
        pinging.bodyGenerator = [tick]() { return tick; };
        server.enqueue("POST", chatPath(provider), pinging);
        EndpointSettings s = endpoint(server, provider);
        s.inactivityTimeoutMs = 600; // bytes arrive every 20 ms: only events count
        auto connector = Connector::create(s);
        QElapsedTimer timer;
        timer.start();
        const Outcome o = runChat(*connector, request(true), 10000);
        QVERIFY2(o.done, "the stream held the request open");
        QCOMPARE(errorKindName(o.error.kind), u"timeout"_s);
        QVERIFY(o.error.retryable);
        QVERIFY2(o.error.message.contains(u"no part of the answer"_s), qPrintable(o.error.message));
        QVERIFY(timer.elapsed() >= 550);
        QVERIFY(timer.elapsed() < 5000);
    }
    void requestDeadline()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        // An answer that keeps coming, a delta every 20 ms, never ends.
        ScriptedResponse endless = w::endlessStream(w::Dialect::OpenAi, 20);
        server.enqueue("POST", chatPath(u"openai"_s), endless);
        ScriptedResponse slowWhole = w::openAiChat(kText);
        slowWhole.chunking = Chunking::oneByte();
        slowWhole.chunkDelayMs = 20; // a byte every 20 ms: never idle, never done in time
        server.enqueue("POST", chatPath(u"openai"_s), slowWhole);
        EndpointSettings s = endpoint(server, u"openai"_s);
        s.inactivityTimeoutMs = 5000;
        s.requestDeadlineMs = 800;
        auto connector = Connector::create(s);
        for (const bool stream : {true, false}) {
            QElapsedTimer timer;
            timer.start();
            const Outcome o = runChat(*connector, request(stream), 10000);
            QVERIFY2(o.done, "the request outlived its deadline");
            QCOMPARE(errorKindName(o.error.kind), u"timeout"_s);
            QVERIFY(o.error.retryable);
            QVERIFY2(o.error.message.contains(u"within 0 s"_s) || o.error.message.contains(u"did not finish"_s),
                     qPrintable(o.error.message));
            QVERIFY(timer.elapsed() >= 750);
            QVERIFY(timer.elapsed() < 5000);
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectors)
#include "tst_connectors.moc"
