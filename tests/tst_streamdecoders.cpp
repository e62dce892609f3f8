// SSE and NDJSON decoding and the line buffer under both: the events and lines must not depend on where the network
// split the bytes.
#include "providers/linebuffer.h"
#include "providers/streamdecoders.h"

#include <QRandomGenerator>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

// "event|data|id" per event: readable in a failure message and comparable as a list.
QByteArrayList describe(const QVector<SseDecoder::Event> &events)
{
    QByteArrayList out;
    for (const SseDecoder::Event &e : events)
        out.append(e.event + '|' + e.data + '|' + e.id);
    return out;
}

QByteArrayList sseWhole(const QByteArray &bytes, qsizetype max = kDefaultMaxStreamLine)
{
    SseDecoder d(max);
    QVector<SseDecoder::Event> events = d.feed(bytes);
    events += d.finish();
    return describe(events);
}

QByteArrayList sseChunks(const QList<QByteArray> &chunks, qsizetype max = kDefaultMaxStreamLine)
{
    SseDecoder d(max);
    QVector<SseDecoder::Event> events;
    for (const QByteArray &c : chunks)
        events += d.feed(c);
    events += d.finish();
    return describe(events);
}

QList<QByteArray> bytewise(const QByteArray &bytes)
{
    QList<QByteArray> chunks;
    for (const char c : bytes)
        chunks.append(QByteArray(1, c));
    return chunks;
}

QList<QByteArray> randomSplit(const QByteArray &bytes, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QByteArray> chunks;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype len = rng.bounded(0, 12); // empty pieces happen too
        chunks.append(bytes.mid(pos, len));
        pos += len;
    }
    return chunks;
}

// What a line buffer reports, in order: "L:line" per line, "O" per over-long line, "F:line" for the last line that
// finish() hands back, and "overflowed" at the end when the flag is set.
QByteArrayList lineBufferReport(LineBuffer::Breaks breaks, qsizetype max, const QList<QByteArray> &pieces)
{
    LineBuffer buffer(breaks, max);
    QByteArrayList out;
    for (const QByteArray &piece : pieces) {
        qsizetype pos = 0;
        QByteArrayView line;
        for (LineBuffer::Next next; (next = buffer.next(piece, &pos, &line)) != LineBuffer::Next::NeedMore;)
            out.append(next == LineBuffer::Next::Line ? "L:" + line.toByteArray() : QByteArray("O"));
        if (pos != piece.size())
            out.append("NeedMore before the end of a piece");
    }
    QByteArray last;
    if (buffer.finish(&last))
        out.append("F:" + last);
    if (buffer.overflowed())
        out.append("overflowed");
    if (buffer.hasPending())
        out.append("pending after finish");
    return out;
}

QList<QByteArray> ndjsonChunks(const QList<QByteArray> &chunks, qsizetype max = kDefaultMaxStreamLine)
{
    NdjsonDecoder d(max);
    QList<QByteArray> lines;
    for (const QByteArray &c : chunks)
        lines += d.feed(c);
    lines += d.finish();
    return lines;
}

// Recorded-style streams. é = C3 A9, 中 = E4 B8 AD, 🔑 = F0 9F 94 91: splits land inside them.
const QByteArray kOpenAiStream =
    "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"gpt-4o-mini\","
    "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\",\"refusal\":null},\"logprobs\":null,"
    "\"finish_reason\":null}],\"usage\":null,\"obfuscation\":\"x1\"}\n\n"
    "data: {\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Caf\xC3\xA9 \xE4\xB8\xAD\"},"
    "\"finish_reason\":null}],\"usage\":null}\n\n"
    ": keep-alive\n\n"
    "data: {\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\" \xF0\x9F\x94\x91\"},"
    "\"finish_reason\":null}],\"usage\":null}\n\n"
    "data: {\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":null}"
    "\n\n"
    "data: {\"id\":\"chatcmpl-1\",\"choices\":[],\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":3,"
    "\"total_tokens\":12}}\n\n"
    "data: [DONE]\n\n";

const QByteArray kAnthropicStream =
    "event: message_start\r\n"
    "data: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\","
    "\"content\":[],\"model\":\"claude-sonnet-4\",\"stop_reason\":null,\"usage\":{\"input_tokens\":25,"
    "\"output_tokens\":1}}}\r\n\r\n"
    "event: content_block_start\r\n"
    "data: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}   \r\n"
    "\r\n"
    "event: ping\r\n"
    "data: {\"type\": \"ping\"}\r\n\r\n"
    "event: content_block_delta\r\n"
    "data: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"H\xC3\xA9 "
    "\xE4\xB8\xAD \xF0\x9F\x94\x91\"}}  \r\n\r\n"
    "event: content_block_stop\r\n"
    "data: {\"type\":\"content_block_stop\",\"index\":0}\r\n\r\n"
    "event: message_delta\r\n"
    "data: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\",\"stop_sequence\":null},"
    "\"usage\":{\"output_tokens\":7}}\r\n\r\n"
    "event: message_stop\r\n"
    "data: {\"type\":\"message_stop\"}\r\n\r\n";

const QByteArray kTransformerLabStream =
    "data: {\"choices\": [{\"delta\": {\"content\": null, \"role\": \"assistant\"}, \"finish_reason\": null, "
    "\"index\": 0}], \"created\": 1730000000, \"id\": \"chatcmpl-abcdefghijklmnopqrstuv\", \"model\": "
    "\"Llama-3.2-1B-Instruct\", \"object\": \"chat.completion.chunk\"}\n\n"
    "data: {\"id\": \"chatcmpl-abcdefghijklmnopqrstuv\", \"model\": \"Llama-3.2-1B-Instruct\", \"choices\": "
    "[{\"index\": 0, \"delta\": {\"content\": \"[{\\\"prompt\\\": \\\"Caf\xC3\xA9?\\\"\"}, \"finish_reason\": null}]}"
    "\n\n"
    "data: {\"id\": \"chatcmpl-abcdefghijklmnopqrstuv\", \"model\": \"Llama-3.2-1B-Instruct\", \"choices\": "
    "[{\"index\": 0, \"delta\": {\"content\": \"\xE4\xB8\xAD\xF0\x9F\x94\x91}]\"}, \"finish_reason\": null}]}\n\n"
    "data: {\"error_code\": 50002, \"text\": \"**NETWORK ERROR DUE TO HIGH TRAFFIC. PLEASE REGENERATE OR REFRESH "
    "THIS PAGE.**\\n\\n(CUDA out of memory)\"}\n\n"
    "data: {\"id\": \"chatcmpl-abcdefghijklmnopqrstuv\", \"model\": \"Llama-3.2-1B-Instruct\", \"choices\": "
    "[{\"index\": 0, \"delta\": {}, \"finish_reason\": \"stop\"}]}\n\n"
    "data: [DONE]\n\n";

// Everything else the parser must get right, in one stream: CR-only and mixed line ends, ids, multi-line data,
// comments, unknown fields, retry, an event without data, a field without a colon.
const QByteArray kMixedStream = "id: 1\r"
                                "data: first\r"
                                "data: second\r\r"
                                ": comment\r\n"
                                "retry: 3000\n"
                                "foo: bar\n"
                                "event: update\n"
                                "data:no-space\n"
                                "data:  two-spaces\n\n"
                                "event: heartbeat\r\n\r\n"
                                "data\n\n"
                                "id: 2\n"
                                "data: \xF0\x9F\x94\x91\r\n\n"
                                "data: unterminated tail";

QByteArrayList expectedMixed()
{
    return {QByteArray("|first\nsecond|1"),    QByteArray("update|no-space\n two-spaces|1"),
            QByteArray("heartbeat||1"),        QByteArray("||1"),
            QByteArray("|\xF0\x9F\x94\x91|2"), QByteArray("|unterminated tail|2")};
}

QByteArrayList expectedOpenAi()
{
    QByteArrayList out;
    for (const QByteArray &block : kOpenAiStream.split('\n')) {
        if (block.startsWith("data: "))
            out.append('|' + block.mid(6) + '|');
    }
    return out;
}

QByteArrayList expectedAnthropic()
{
    QByteArrayList out;
    QByteArray event;
    for (QByteArray line : kAnthropicStream.split('\n')) {
        line.chop(1); // the CR
        if (line.startsWith("event: "))
            event = line.mid(7);
        else if (line.startsWith("data: "))
            out.append(event + '|' + line.mid(6) + '|');
    }
    return out;
}

QByteArrayList expectedTransformerLab()
{
    QByteArrayList out;
    for (const QByteArray &line : kTransformerLabStream.split('\n')) {
        if (line.startsWith("data: "))
            out.append('|' + line.mid(6) + '|');
    }
    return out;
}

const QByteArray kOllamaStream =
    "{\"model\":\"llama3.2\",\"created_at\":\"2025-01-01T00:00:00.123456789Z\",\"message\":{\"role\":\"assistant\","
    "\"content\":\"\\u003cb\\u003eCaf\xC3\xA9\"},\"done\":false}\n"
    "{\"model\":\"llama3.2\",\"created_at\":\"2025-01-01T00:00:00.2Z\",\"message\":{\"role\":\"assistant\","
    "\"content\":\" \xE4\xB8\xAD \xF0\x9F\x94\x91\"},\"done\":false}\r\n"
    "\n"
    "   \n"
    "{\"error\":\"an error was encountered while running the model\"}\n"
    "{\"model\":\"llama3.2\",\"message\":{\"role\":\"assistant\",\"content\":\"\"},\"done\":true,"
    "\"done_reason\":\"stop\",\"eval_count\":3}";

QList<QByteArray> expectedOllama()
{
    QList<QByteArray> out;
    for (QByteArray line : kOllamaStream.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            out.append(line);
    }
    return out;
}

} // namespace

class TestStreamDecoders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sseCases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("expected");

        QTest::newRow("one event") << QByteArray("data: a\n\n") << QByteArrayList{"|a|"};
        QTest::newRow("no space after colon") << QByteArray("data:a\n\n") << QByteArrayList{"|a|"};
        QTest::newRow("only one space stripped") << QByteArray("data:  a \n\n") << QByteArrayList{"| a |"};
        QTest::newRow("multi-line data") << QByteArray("data: a\ndata: b\ndata: c\n\n") << QByteArrayList{"|a\nb\nc|"};
        QTest::newRow("empty data line") << QByteArray("data:\n\n") << QByteArrayList{"||"};
        QTest::newRow("field without colon") << QByteArray("data\ndata\n\n") << QByteArrayList{"|\n|"};
        QTest::newRow("comment only") << QByteArray(": ping\n\n") << QByteArrayList{};
        QTest::newRow("comment between data lines")
            << QByteArray("data: a\n: note\ndata: b\n\n") << QByteArrayList{"|a\nb|"};
        QTest::newRow("event without data") << QByteArray("event: x\n\n") << QByteArrayList{"x||"};
        QTest::newRow("event and data") << QByteArray("event: message_stop\ndata: {}\n\n")
                                        << QByteArrayList{"message_stop|{}|"};
        QTest::newRow("event type resets")
            << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n") << QByteArrayList{"a|1|", "|2|"};
        QTest::newRow("unknown field") << QByteArray("foo: bar\ndata: a\n\n") << QByteArrayList{"|a|"};
        QTest::newRow("retry field") << QByteArray("retry: 1000\ndata: a\n\n") << QByteArrayList{"|a|"};
        QTest::newRow("id persists") << QByteArray("id: 7\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
                                     << QByteArrayList{"|a|7", "|b|7", "|c|"};
        QTest::newRow("id with NUL ignored")
            << QByteArray(QByteArray("id: 1\n\nid: a") + '\0' + "b\ndata: x\n\n") << QByteArrayList{"|x|1"};
        QTest::newRow("blank lines alone") << QByteArray("\n\n\r\n\r\r") << QByteArrayList{};
        QTest::newRow("extra blank lines")
            << QByteArray("data: a\n\n\n\n\ndata: b\n\n") << QByteArrayList{"|a|", "|b|"};
        QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n") << QByteArrayList{"|a|", "|b|"};
        QTest::newRow("CR only") << QByteArray("data: a\r\rdata: b\rdata: c\r\r") << QByteArrayList{"|a|", "|b\nc|"};
        QTest::newRow("mixed line ends") << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n")
                                         << QByteArrayList{"|a\nb\nc|"};
        QTest::newRow("CRLF is one line end") << QByteArray("data: a\r\ndata: b\r\n\r\n") << QByteArrayList{"|a\nb|"};
        QTest::newRow("LF CR is two line ends") << QByteArray("data: a\n\rdata: b\n\n") << QByteArrayList{"|a|", "|b|"};
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF"
                                                       "data: a\n\n")
                                         << QByteArrayList{"|a|"};
        QTest::newRow("BOM only at start") << QByteArray("data: a\n\n\xEF\xBB\xBF"
                                                         "data: b\n\n")
                                           << QByteArrayList{"|a|"};
        QTest::newRow("trailing spaces kept")
            << QByteArray("data: {\"a\":1}   \n\n") << QByteArrayList{"|{\"a\":1}   |"};
        QTest::newRow("colon in value") << QByteArray("data: a: b\n\n") << QByteArrayList{"|a: b|"};
        QTest::newRow("DONE") << QByteArray("data: [DONE]\n\n") << QByteArrayList{"|[DONE]|"};
        QTest::newRow("EOF without blank line") << QByteArray("data: a\n") << QByteArrayList{"|a|"};
        QTest::newRow("EOF without line end") << QByteArray("data: a") << QByteArrayList{"|a|"};
        QTest::newRow("EOF after CR") << QByteArray("data: a\r") << QByteArrayList{"|a|"};
        QTest::newRow("EOF event without data") << QByteArray("event: x\n") << QByteArrayList{};
        QTest::newRow("EOF after comment") << QByteArray("data: a\n\n: bye") << QByteArrayList{"|a|"};
        QTest::newRow("field name case matters") << QByteArray("Data: a\n\n") << QByteArrayList{};
    }
    void sseCases()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, expected);
        QCOMPARE(sseWhole(input), expected);
        QCOMPARE(sseChunks(bytewise(input)), expected);
        for (qsizetype i = 0; i <= input.size(); ++i)
            QCOMPARE(sseChunks({input.left(i), input.mid(i)}), expected);
    }

    void sseSplits_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::newRow("OpenAI") << kOpenAiStream << expectedOpenAi();
        QTest::newRow("Anthropic CRLF") << kAnthropicStream << expectedAnthropic();
        QTest::newRow("Transformer Lab") << kTransformerLabStream << expectedTransformerLab();
        QTest::newRow("mixed") << kMixedStream << expectedMixed();
    }
    void sseSplits()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QByteArrayList, expected);
        QVERIFY(expected.size() >= 6);
        QCOMPARE(sseWhole(stream), expected);
        // Two pieces, split at every byte position (inside fields, UTF-8 sequences, CRLF pairs and separators).
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            const QByteArrayList got = sseChunks({stream.left(i), stream.mid(i)});
            if (got != expected)
                QFAIL(qPrintable(u"split at byte %1 differs"_s.arg(i)));
        }
        // Three pieces around every position, so a piece can be a lone CR, LF or one byte of a character.
        for (qsizetype i = 0; i + 1 <= stream.size(); ++i) {
            const QByteArrayList got = sseChunks({stream.left(i), stream.mid(i, 1), stream.mid(i + 1)});
            if (got != expected)
                QFAIL(qPrintable(u"single byte piece at %1 differs"_s.arg(i)));
        }
        QCOMPARE(sseChunks(bytewise(stream)), expected);
        for (quint32 seed = 1; seed <= 50; ++seed)
            QCOMPARE(sseChunks(randomSplit(stream, seed)), expected);
    }

    void sseUtf8StaysIntact()
    {
        // Decoding each delivered payload as a whole gives the original characters back for every split.
        for (qsizetype i = 0; i <= kAnthropicStream.size(); ++i) {
            SseDecoder d;
            QVector<SseDecoder::Event> events = d.feed(QByteArrayView(kAnthropicStream).first(i));
            events += d.feed(QByteArrayView(kAnthropicStream).sliced(i));
            events += d.finish();
            QCOMPARE(events.size(), 7);
            QVERIFY(QString::fromUtf8(events.at(3).data).contains(u"H\u00E9 \u4E2D \U0001F511"_s));
        }
    }

    void sseCrAtChunkEnd()
    {
        // The CR of a CRLF ends one piece, its LF starts the next: no extra empty line, so no early dispatch.
        SseDecoder d;
        QCOMPARE(d.feed("data: a\r").size(), 0);
        QCOMPARE(d.feed("\ndata: b\r").size(), 0);
        QCOMPARE(d.feed("\n").size(), 0);
        QVERIFY(d.hasPending());
        const auto events = d.feed("\r\n");
        QCOMPARE(describe(events), QByteArrayList{"|a\nb|"});
        QVERIFY(!d.hasPending());
        // An empty piece between CR and LF changes nothing either.
        QCOMPARE(d.feed("data: c\r").size(), 0);
        QCOMPARE(d.feed(QByteArrayView()).size(), 0);
        QCOMPARE(d.feed("\n").size(), 0);
        QCOMPARE(describe(d.feed("\r")), QByteArrayList{"|c|"});
        // ... while a CR followed by a CR is a blank line.
        QCOMPARE(describe(d.feed("data: d\r\r")), QByteArrayList{"|d|"});
    }

    void sseHasPending()
    {
        SseDecoder d;
        QVERIFY(!d.hasPending());
        d.feed("da");
        QVERIFY(d.hasPending());
        d.feed("ta: x\n");
        QVERIFY(d.hasPending());
        QCOMPARE(d.feed("\n").size(), 1);
        QVERIFY(!d.hasPending());
        d.feed(": comment\n");
        QVERIFY(!d.hasPending());
        d.feed("event: e\n");
        QVERIFY(d.hasPending());
        QCOMPARE(d.finish().size(), 0);
        QVERIFY(!d.hasPending());
    }

    void sseFinishResets()
    {
        SseDecoder d;
        QCOMPARE(describe(d.feed("id: 5\ndata: a\n\ndata: b")), QByteArrayList{"|a|5"});
        QCOMPARE(describe(d.finish()), QByteArrayList{"|b|5"});
        QCOMPARE(describe(d.finish()), QByteArrayList{});
        // A new stream starts clean: no id carried over, and its BOM is honoured again.
        QCOMPARE(describe(d.feed("\xEF\xBB\xBF"
                                 "data: c\n\n")),
                 QByteArrayList{"|c|"});
    }

    void sseOverflow_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<bool>("overflowed");

        QTest::newRow("fits") << QByteArray("data: 0123456789\n\n") << QByteArrayList{"|0123456789|"} << false;
        QTest::newRow("long line dropped")
            << QByteArray("data: 0123456789abcdefXYZ\n\ndata: ok\n\n") << QByteArrayList{"|ok|"} << true;
        QTest::newRow("long line drops its event")
            << QByteArray("event: e\ndata: 0123456789abcdefXYZ\ndata: b\n\ndata: ok\n\n") << QByteArrayList{"|ok|"}
            << true;
        QTest::newRow("event data too long")
            << QByteArray("data: 0123456\ndata: 0123456\ndata: 0123456\n\ndata: ok\n\n") << QByteArrayList{"|ok|"}
            << true;
        QTest::newRow("never-ending line")
            << QByteArray(QByteArray(100, 'x') + "\n\ndata: ok\n\n") << QByteArrayList{"|ok|"} << true;
        QTest::newRow("long comment") << QByteArray(QByteArray(": ") + QByteArray(50, 'c') + "\n\ndata: ok\n\n")
                                      << QByteArrayList{"|ok|"} << true;
        QTest::newRow("dropped line spoils its event")
            << QByteArray(QByteArray(100, 'x') + "\ndata: lost\n\ndata: ok\n\n") << QByteArrayList{"|ok|"} << true;
        QTest::newRow("long unterminated tail")
            << QByteArray(QByteArray("data: ok\n\ndata: ") + QByteArray(40, 'z')) << QByteArrayList{"|ok|"} << true;
    }
    void sseOverflow()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, expected);
        QFETCH(bool, overflowed);
        constexpr qsizetype max = 20;
        const QList<QList<QByteArray>> splits = {{input}, bytewise(input), randomSplit(input, 7)};
        for (const QList<QByteArray> &chunks : splits) {
            SseDecoder d(max);
            QVector<SseDecoder::Event> events;
            for (const QByteArray &c : chunks)
                events += d.feed(c);
            events += d.finish();
            QCOMPARE(describe(events), expected);
            QCOMPARE(d.overflowed(), overflowed);
        }
    }

    void ndjsonCases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("expected");

        QTest::newRow("two lines") << QByteArray("{\"a\":1}\n{\"b\":2}\n") << QByteArrayList{"{\"a\":1}", "{\"b\":2}"};
        QTest::newRow("CRLF stripped") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n")
                                       << QByteArrayList{"{\"a\":1}", "{\"b\":2}"};
        QTest::newRow("only the last CR is stripped") << QByteArray("a\r\r\n") << QByteArrayList{"a\r"};
        QTest::newRow("blank lines skipped")
            << QByteArray("\n\n{\"a\":1}\n  \n\r\n\t\n{\"b\":2}\n") << QByteArrayList{"{\"a\":1}", "{\"b\":2}"};
        QTest::newRow("unterminated last line")
            << QByteArray("{\"a\":1}\n{\"done\":true}") << QByteArrayList{"{\"a\":1}", "{\"done\":true}"};
        QTest::newRow("only an unterminated line") << QByteArray("{\"a\":1}") << QByteArrayList{"{\"a\":1}"};
        QTest::newRow("unterminated blank tail") << QByteArray("{\"a\":1}\n   ") << QByteArrayList{"{\"a\":1}"};
        QTest::newRow("empty") << QByteArray() << QByteArrayList{};
        QTest::newRow("inner spaces kept") << QByteArray("  {\"a\": 1}  \n") << QByteArrayList{"  {\"a\": 1}  "};
        QTest::newRow("error line") << QByteArray("{\"error\":\"model 'x' not found\"}\n")
                                    << QByteArrayList{"{\"error\":\"model 'x' not found\"}"};
    }
    void ndjsonCases()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, expected);
        QCOMPARE(ndjsonChunks({input}), expected);
        QCOMPARE(ndjsonChunks(bytewise(input)), expected);
        for (qsizetype i = 0; i <= input.size(); ++i)
            QCOMPARE(ndjsonChunks({input.left(i), input.mid(i)}), expected);
    }

    void ndjsonSplits()
    {
        const QList<QByteArray> expected = expectedOllama();
        QCOMPARE(expected.size(), 4);
        QCOMPARE(ndjsonChunks({kOllamaStream}), expected);
        for (qsizetype i = 0; i <= kOllamaStream.size(); ++i) {
            if (ndjsonChunks({kOllamaStream.left(i), kOllamaStream.mid(i)}) != expected)
                QFAIL(qPrintable(u"split at byte %1 differs"_s.arg(i)));
        }
        QCOMPARE(ndjsonChunks(bytewise(kOllamaStream)), expected);
        for (quint32 seed = 1; seed <= 50; ++seed)
            QCOMPARE(ndjsonChunks(randomSplit(kOllamaStream, seed)), expected);
        QVERIFY(QString::fromUtf8(expected.at(1)).contains(u"\u4E2D \U0001F511"_s));
    }

    void ndjsonOverflow_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("expected");
        QTest::addColumn<bool>("overflowed");
        QTest::newRow("fits") << QByteArray("{\"a\":123}\n") << QByteArrayList{"{\"a\":123}"} << false;
        QTest::newRow("long line dropped")
            << QByteArray("{\"a\":\"0123456789\"}\n{\"b\":1}\n") << QByteArrayList{"{\"b\":1}"} << true;
        QTest::newRow("never-ending line") << QByteArray(200, 'x') << QByteArrayList{} << true;
        QTest::newRow("recovers after the line end")
            << QByteArray(QByteArray(200, 'x') + "\n{\"c\":1}") << QByteArrayList{"{\"c\":1}"} << true;
    }
    void ndjsonOverflow()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, expected);
        QFETCH(bool, overflowed);
        const QList<QList<QByteArray>> splits = {{input}, bytewise(input), randomSplit(input, 3)};
        for (const QList<QByteArray> &chunks : splits) {
            NdjsonDecoder d(12);
            QList<QByteArray> lines;
            for (const QByteArray &c : chunks)
                lines += d.feed(c);
            lines += d.finish();
            QCOMPARE(lines, expected);
            QCOMPARE(d.overflowed(), overflowed);
            d.reset();
            QVERIFY(!d.overflowed());
        }
    }

    void lineBuffer_data()
    {
        QTest::addColumn<bool>("sseBreaks"); // CR, LF or CRLF; otherwise LF only
        QTest::addColumn<int>("max");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("expected");
        using L = QByteArrayList;

        QTest::newRow("any: LF, CR, CRLF, unterminated")
            << true << 64 << QByteArray("a\nb\rc\r\nd") << L{"L:a", "L:b", "L:c", "F:d"};
        QTest::newRow("any: empty lines") << true << 64 << QByteArray("\r\n\r\n\n\r") << L{"L:", "L:", "L:", "L:"};
        QTest::newRow("any: CR then CRLF is two breaks")
            << true << 64 << QByteArray("a\r\r\nb\n") << L{"L:a", "L:", "L:b"};
        QTest::newRow("any: LF CR is two breaks") << true << 64 << QByteArray("a\n\rb") << L{"L:a", "L:", "F:b"};
        QTest::newRow("any: ends in CR") << true << 64 << QByteArray("data: x\r") << L{"L:data: x"};
        QTest::newRow("any: line of exactly the cap") << true << 4 << QByteArray("abcd\r\nab") << L{"L:abcd", "F:ab"};
        QTest::newRow("any: over the cap")
            << true << 4 << QByteArray("abcd\nabcde\r\nxy\n") << L{"L:abcd", "O", "L:xy", "overflowed"};
        QTest::newRow("any: over the cap, unterminated")
            << true << 4 << QByteArray("ok\rabcdefgh") << L{"L:ok", "O", "overflowed"};
        QTest::newRow("any: two over-long lines in a row")
            << true << 3 << QByteArray("abcdef\rghijkl\r\nok\r\n") << L{"O", "O", "L:ok", "overflowed"};

        QTest::newRow("lf: CRLF and LF") << false << 64 << QByteArray("{\"a\":1}\r\n{\"b\":2}\n")
                                         << L{"L:{\"a\":1}", "L:{\"b\":2}"};
        QTest::newRow("lf: a bare CR is whitespace")
            << false << 64 << QByteArray("{\"a\":\r1}\n\r{}\n") << L{"L:{\"a\":\r1}", "L:\r{}"};
        QTest::newRow("lf: one CR is stripped") << false << 64 << QByteArray("x\r\r\n") << L{"L:x\r"};
        QTest::newRow("lf: CR alone on a line") << false << 64 << QByteArray("\r\n\n") << L{"L:", "L:"};
        QTest::newRow("lf: unterminated, trailing CR") << false << 64 << QByteArray("a\ntail\r") << L{"L:a", "F:tail"};
        QTest::newRow("lf: unterminated, inner CR") << false << 64 << QByteArray("a\rb") << L{"F:a\rb"};
        // The cap counts the CR before the LF: the bytes between two line breaks.
        QTest::newRow("lf: CR pushes over the cap")
            << false << 4 << QByteArray("abc\r\nabcd\r\nabcd\n") << L{"L:abc", "O", "L:abcd", "overflowed"};
        QTest::newRow("lf: over the cap, unterminated")
            << false << 4 << QByteArray("{}\n{\"long\":1}") << L{"L:{}", "O", "overflowed"};
    }
    void lineBuffer()
    {
        QFETCH(bool, sseBreaks);
        QFETCH(int, max);
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, expected);
        const auto breaks = sseBreaks ? LineBuffer::Breaks::Any : LineBuffer::Breaks::LfOnly;
        QCOMPARE(lineBufferReport(breaks, max, {input}), expected);
        QCOMPARE(lineBufferReport(breaks, max, bytewise(input)), expected);
        for (qsizetype i = 0; i <= input.size(); ++i) {
            const QList<QByteArray> pieces{input.first(i), input.sliced(i)};
            QCOMPARE(lineBufferReport(breaks, max, pieces), expected);
            // An empty piece anywhere changes nothing, not even between the CR and the LF of a CRLF.
            const QList<QByteArray> withEmpty{input.first(i), QByteArray(), input.sliced(i)};
            QCOMPARE(lineBufferReport(breaks, max, withEmpty), expected);
        }
    }

    // The LF of a CRLF that comes first in the next piece belongs to the CR at the end of the last one.
    void lineBufferCrAtPieceEnd()
    {
        LineBuffer buffer(LineBuffer::Breaks::Any, 64);
        QByteArrayView line;
        qsizetype pos = 0;
        QCOMPARE(buffer.next("a\r", &pos, &line), LineBuffer::Next::Line);
        QCOMPARE(line.toByteArray(), QByteArray("a"));
        QCOMPARE(buffer.next("a\r", &pos, &line), LineBuffer::Next::NeedMore);
        QVERIFY(!buffer.hasPending());
        pos = 0;
        QCOMPARE(buffer.next("\nb\n", &pos, &line), LineBuffer::Next::Line);
        QCOMPARE(line.toByteArray(), QByteArray("b"));
        QCOMPARE(pos, qsizetype(3));
        // Only the first byte of the next piece is skipped, and only when it is an LF.
        pos = 0;
        QCOMPARE(buffer.next("c\r", &pos, &line), LineBuffer::Next::Line);
        pos = 0;
        QCOMPARE(buffer.next("\r", &pos, &line), LineBuffer::Next::Line);
        QCOMPARE(line.toByteArray(), QByteArray(""));
        // With LF-only breaks a CR at a piece end is just a byte of the line.
        LineBuffer lf(LineBuffer::Breaks::LfOnly, 64);
        pos = 0;
        QCOMPARE(lf.next("{}\r", &pos, &line), LineBuffer::Next::NeedMore);
        QVERIFY(lf.hasPending());
        pos = 0;
        QCOMPARE(lf.next("\n", &pos, &line), LineBuffer::Next::Line);
        QCOMPARE(line.toByteArray(), QByteArray("{}"));
    }

    void lineBufferOverflowStaysUntilReset()
    {
        LineBuffer buffer(LineBuffer::Breaks::LfOnly, 4);
        QByteArrayView line;
        qsizetype pos = 0;
        QCOMPARE(buffer.next("abcdef", &pos, &line), LineBuffer::Next::Overflow);
        QVERIFY(buffer.overflowed());
        QVERIFY(buffer.isDroppingLine());
        QVERIFY(buffer.hasPending());
        pos = 0;
        QCOMPARE(buffer.next("gh", &pos, &line), LineBuffer::Next::NeedMore); // reported once per line
        pos = 0;
        QCOMPARE(buffer.next("ij\nok\n", &pos, &line), LineBuffer::Next::Line);
        QCOMPARE(line.toByteArray(), QByteArray("ok"));
        QVERIFY(!buffer.isDroppingLine());
        QByteArray last;
        QVERIFY(!buffer.finish(&last));
        QVERIFY(buffer.overflowed()); // finish() keeps the flag
        buffer.reset();
        QVERIFY(!buffer.overflowed());
    }

    void ndjsonFinishResets()
    {
        NdjsonDecoder d;
        QCOMPARE(d.feed("{\"a\":1}\n{\"b\""), QByteArrayList{"{\"a\":1}"});
        QVERIFY(d.hasPending());
        QCOMPARE(d.finish(), QByteArrayList{"{\"b\""});
        QVERIFY(!d.hasPending());
        QCOMPARE(d.feed("{\"c\":3}\n"), QByteArrayList{"{\"c\":3}"});
    }
};

QTEST_GUILESS_MAIN(TestStreamDecoders)
#include "tst_streamdecoders.moc"
