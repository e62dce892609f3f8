// Dataset files on disk: the JSONL writer and reader, atomic saves, CSV and OpenAI chat exports, and the
// checks behind `candor-cli validate`.
#include "dataset/example.h"
#include "dataset/rubric.h"
#include "storage/datasetcheck.h"
#include "storage/datasetwriter.h"
#include "storage/exporter.h"
#include "storage/jsonlreader.h"
#include "support/strictcsv.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace candor;
using namespace Qt::StringLiterals;
using candor::test::parseCsv;

Q_DECLARE_METATYPE(candor::Example)
Q_DECLARE_METATYPE(candor::ExportFormat)

namespace candor {
// Lets QCOMPARE print a row that differs: the JSONL line with meta plus the fields meta leaves implicit.
char *toString(const Example &e)
{
    QByteArray line;
    appendJsonLine(line, e, true);
    line.chop(1);
    line += " [source=" + sourceName(e.source).toUtf8() + " createdMs=" + QByteArray::number(e.createdMs) + ']';
    return qstrdup(line.constData());
}
} // namespace candor

namespace {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Every entry of a folder, hidden ones included, so a stray temporary file cannot hide.
QStringList folderEntries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

Example makeExample(const QString &prompt, int reward = 0, const QStringList &tags = {u"general"_s})
{
    Example e;
    e.prompt = prompt;
    e.idealAnswer = u"Answer to: "_s + prompt;
    e.expectedFeedback = u"Feedback for: "_s + prompt;
    e.targetReward = reward;
    e.tags = tags;
    return e;
}

// Fills every meta field with a value that is not its default.
Example withFullMeta(Example e)
{
    e.id = u"row-7"_s;
    e.source = ExampleSource::Llm;
    e.provider = u"openai"_s;
    e.model = u"gpt-4o-mini"_s;
    e.createdMs = 1700000000123; // 2023-11-14T22:13:20.123Z
    e.status = ReviewStatus::Accepted;
    e.flags = FlagEdited | FlagTooLong;
    return e;
}

bool writeExamples(const QString &path, ExportFormat format, bool withMeta, const QVector<Example> &rows,
                   QString *error)
{
    DatasetWriter writer(path, format, withMeta);
    if (!writer.open(error))
        return false;
    for (const Example &e : rows) {
        if (!writer.write(e)) {
            *error = writer.errorString();
            writer.cancel();
            return false;
        }
    }
    return writer.commit(error);
}

// A seed-format line (no newline) with the given raw JSON for prompt, reward and tags.
QByteArray jsonRow(const QByteArray &prompt, const QByteArray &reward = "0", const QByteArray &tags = "[\"t\"]")
{
    return "{\"prompt\":\"" + prompt +
           "\",\"ideal_answer\":\"A\",\"expected_feedback\":\"F\",\"target_reward\":" + reward + ",\"tags\":" + tags +
           "}";
}

QStringList csvFields(const Example &e, bool withMeta)
{
    QStringList fields{
        e.prompt,    e.idealAnswer, e.expectedFeedback, QString::number(e.targetReward), e.tags.join(QLatin1Char('|')),
        e.searchHint};
    if (withMeta) {
        fields << e.id << sourceName(e.source) << e.provider << e.model
               << (e.createdMs > 0 ? QDateTime::fromMSecsSinceEpoch(e.createdMs, Qt::UTC).toString(Qt::ISODateWithMs)
                                   : QString())
               << statusName(e.status) << flagNames(e.flags).join(QLatin1Char('|'));
    }
    return fields;
}

// Sets a file size limit (RLIMIT_FSIZE) for this process and puts the old one back on destruction, so a
// failing check cannot leave the rest of the suite unable to write.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // get EFBIG from write() instead of being killed
        if (getrlimit(RLIMIT_FSIZE, &m_old) != 0)
            return;
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { restore(); }
    bool active() const { return m_active; }
    void restore()
    {
        if (m_active)
            setrlimit(RLIMIT_FSIZE, &m_old);
        m_active = false;
        if (m_oldHandler != SIG_ERR) {
            std::signal(SIGXFSZ, m_oldHandler);
            m_oldHandler = SIG_ERR;
        }
    }
    rlim_t oldLimit() const { return m_old.rlim_cur; }

private:
    rlimit m_old{};
    bool m_active = false;
    void (*m_oldHandler)(int) = SIG_ERR;
};

} // namespace

class TestDatasetFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // JSONL writing and reading
    void jsonString_data();
    void jsonString();
    void jsonlRoundTrip_data();
    void jsonlRoundTrip();
    void jsonlManyRowsRoundTrip();
    void jsonlRawUtf8AndKeyOrder();
    void readerDamagedFile_data();
    void readerDamagedFile();
    void readerLongLine_data();
    void readerLongLine();
    void readerMissingFile();

    // atomic saves
    void cancelKeepsOldFile_data();
    void cancelKeepsOldFile();
    void commitReplacesOldFile();
    void diskFullKeepsOldFile_data();
    void diskFullKeepsOldFile();
    void openErrors_data();
    void openErrors();
    void writesIntoFifo();
    void writesIntoCharacterDevice();
    void refusesSocket();

    // exports
    void csvHeader_data();
    void csvHeader();
    void csvRoundTrip_data();
    void csvRoundTrip();
    void csvFormulaCellsAreDefused();
    void openAiChat();
    void formatNames();

    // checks
    void checkDatasetCounts();
    void checkDatasetDuplicates_data();
    void checkDatasetDuplicates();
    void checkDatasetProblems();
    void checkDatasetMissingFile();
    void checkEveryExportFormat_data();
    void checkEveryExportFormat();
    void checkDamagedCsv();
    void hugeRewardIsOutsideTheRubric();
    void checkDamagedChat();
    void checkKeepsFirstProblems();
    void formatFromContentAndName_data();
    void formatFromContentAndName();
    void normalisedPrompt_data();
    void normalisedPrompt();
    void isValidSearchHint_data();
    void isValidSearchHint();

private:
    QTemporaryDir m_tmp;
};

void TestDatasetFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_tmp.isValid(), qPrintable(m_tmp.errorString()));
}

// ---------------------------------------------------------------------------------------------------------
// JSONL

void TestDatasetFiles::jsonString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << u"hello"_s << QByteArray(R"("hello")");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("quote") << u"say \"hi\""_s << QByteArray(R"("say \"hi\"")");
    QTest::newRow("backslash") << u"C:\\dir\\"_s << QByteArray(R"("C:\\dir\\")");
    QTest::newRow("newline") << u"a\nb"_s << QByteArray(R"("a\nb")");
    QTest::newRow("carriage return") << u"a\r\nb"_s << QByteArray(R"("a\r\nb")");
    QTest::newRow("tab") << u"a\tb"_s << QByteArray(R"("a\tb")");
    QTest::newRow("control 0x01") << QString(u"a"_s + QChar(0x01) + u"b"_s) << QByteArray(R"("a\u0001b")");
    QTest::newRow("control 0x1f") << QString(u"a"_s + QChar(0x1f)) << QByteArray(R"("a\u001f")");
    QTest::newRow("slash and DEL stay raw") << QString(u"a/b"_s + QChar(0x7f)) << QByteArray("\"a/b\x7f\"");
    QTest::newRow("unicode stays raw UTF-8") << u"é 中文 😀"_s << QByteArray("\"é 中文 😀\"");
}

void TestDatasetFiles::jsonString()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);

    QByteArray out = "prefix:";
    appendJsonString(out, text);
    QCOMPARE(out, "prefix:" + expected);

    // What we write, a standard JSON parser reads back unchanged.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + expected + "]");
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().at(0).toString(), text);
}

void TestDatasetFiles::jsonlRoundTrip_data()
{
    QTest::addColumn<Example>("example");
    QTest::addColumn<bool>("withMeta");

    const QString control = u"bell"_s + QChar(0x01) + u" and unit separator"_s + QChar(0x1f);
    for (bool meta : {false, true}) {
        const char *suffix = meta ? " +meta" : "";
        auto add = [&](const char *name, Example e) {
            if (meta)
                e = withFullMeta(e);
            QTest::addRow("%s%s", name, suffix) << e << meta;
        };
        add("plain", makeExample(u"What is the capital of France?"_s, 2));
        add("unicode", makeExample(u"Qu'est-ce que le café? 中文 emoji 😀🎉"_s, -1, {u"français"_s, u"中文"_s}));
        add("quotes and backslashes", makeExample(u"He said \"C:\\temp\\\" twice: \"\"\\\\"_s, 1));
        add("newlines and tabs", makeExample(u"line one\nline two\r\nline three\tcol\n"_s, 0));
        add("control characters", makeExample(control, -2));
        add("many tags", makeExample(u"tags"_s, 0, {u"a"_s, u"b,c"_s, u"d|e"_s, u"\"q\""_s}));
        add("no tags", makeExample(u"no tags at all"_s, 2, {}));
        Example hinted = makeExample(u"Who won the 2022 World Cup?"_s, 0);
        hinted.searchHint = u"[SEARCH:2022 World Cup \"winner\" 中文]"_s;
        add("search hint", hinted);
    }
    // Meta fields one at a time at their defaults and non-defaults.
    Example partial = makeExample(u"partial meta"_s, 1);
    partial.id = u"only-id"_s;
    partial.source = ExampleSource::Template;
    QTest::newRow("meta: id and defaults only") << partial << true;
    Example fallback = withFullMeta(makeExample(u"fallback"_s, -2));
    fallback.source = ExampleSource::Fallback;
    fallback.status = ReviewStatus::Rejected;
    fallback.flags = FlagLevelMismatch | FlagBadSearchHint | FlagDuplicate;
    fallback.provider = u"prov \"x\"\n"_s;
    QTest::newRow("meta: fallback, rejected, other flags") << fallback << true;
    Example imported = withFullMeta(makeExample(u"imported"_s, 0));
    imported.source = ExampleSource::Imported;
    imported.flags = FlagEdited | FlagLevelMismatch | FlagTooLong | FlagBadSearchHint | FlagDuplicate;
    QTest::newRow("meta: imported, all flags") << imported << true;
}

void TestDatasetFiles::jsonlRoundTrip()
{
    QFETCH(Example, example);
    QFETCH(bool, withMeta);

    const QString path = m_tmp.filePath(u"roundtrip.jsonl"_s);
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::Jsonl, withMeta, {example}, &error), qPrintable(error));

    JsonlReader::Result result;
    QVERIFY2(JsonlReader::readAll(path, &result, &error), qPrintable(error));
    QCOMPARE(result.errors.size(), 0);
    QCOMPARE(result.rows.size(), 1);
    QCOMPARE(result.rowLines, QVector<qint64>{1});

    Example expected = example;
    if (!withMeta) {
        // Without meta nothing about provenance is stored; the reader marks such rows as imported.
        expected.id.clear();
        expected.source = ExampleSource::Imported;
        expected.provider.clear();
        expected.model.clear();
        expected.createdMs = 0;
        expected.status = ReviewStatus::Pending;
        expected.flags = FlagNone;
    }
    const Example &row = result.rows.first();
    QCOMPARE(row.prompt, expected.prompt);
    QCOMPARE(row.idealAnswer, expected.idealAnswer);
    QCOMPARE(row.expectedFeedback, expected.expectedFeedback);
    QCOMPARE(row.targetReward, expected.targetReward);
    QCOMPARE(row.tags, expected.tags);
    QCOMPARE(row.searchHint, expected.searchHint);
    QCOMPARE(row.id, expected.id);
    QCOMPARE(int(row.source), int(expected.source));
    QCOMPARE(row.provider, expected.provider);
    QCOMPARE(row.model, expected.model);
    QCOMPARE(row.createdMs, expected.createdMs);
    QCOMPARE(int(row.status), int(expected.status));
    QCOMPARE(flagNames(row.flags), flagNames(expected.flags));
    QCOMPARE(row, expected);

    // The file is exactly one line, and parseLine() agrees with the streaming reader.
    const QByteArray bytes = readBytes(path);
    QCOMPARE(bytes.count('\n'), 1);
    QVERIFY(bytes.endsWith('\n'));
    Example parsed;
    QVERIFY2(JsonlReader::parseLine(bytes.chopped(1), &parsed, &error), qPrintable(error));
    QCOMPARE(parsed, expected);
}

void TestDatasetFiles::jsonlManyRowsRoundTrip()
{
    // Enough rows to cross the writer's 1 MB flush threshold and the reader's 4 MB blocks several times.
    QVector<Example> rows;
    const QString filler(300, QLatin1Char('x'));
    for (int i = 0; i < 12000; ++i) {
        Example e = makeExample(u"Question %1 é中文😀 \"q\" \\ %2"_s.arg(i).arg(filler), Rubric::rewardAt(i % 5));
        if (i % 3 == 0)
            e.searchHint = u"[SEARCH:question %1]"_s.arg(i);
        rows << withFullMeta(e);
        rows.last().id = u"id-%1"_s.arg(i);
    }
    const QString path = m_tmp.filePath(u"many.jsonl"_s);
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::Jsonl, true, rows, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 9 * 1024 * 1024);

    JsonlReader::Result result;
    QVERIFY2(JsonlReader::readAll(path, &result, &error), qPrintable(error));
    QCOMPARE(result.errors.size(), 0);
    QCOMPARE(result.rows.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(result.rowLines.at(i), qint64(i + 1));
        QCOMPARE(result.rows.at(i), rows.at(i));
    }
}

void TestDatasetFiles::jsonlRawUtf8AndKeyOrder()
{
    Example e = makeExample(u"Qu'est-ce que 中文 ? é 😀"_s, 1, {u"langue"_s, u"中文"_s});
    e.idealAnswer = u"Réponse"_s;
    e.expectedFeedback = u"Good"_s;
    e.searchHint = u"[SEARCH:中文]"_s;
    Example noHint = e;
    noHint.searchHint.clear();
    noHint.targetReward = -2;

    const QString path = m_tmp.filePath(u"order.jsonl"_s);
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::Jsonl, false, {e, noHint}, &error), qPrintable(error));
    const QByteArray bytes = readBytes(path);

    // Raw UTF-8, no \u escapes for non-ASCII text.
    QVERIFY(bytes.contains("中文"));
    QVERIFY(bytes.contains("é"));
    QVERIFY(bytes.contains("😀"));
    QVERIFY(!bytes.contains("\\u"));

    const QByteArray expected =
        R"({"prompt":"Qu'est-ce que 中文 ? é 😀","ideal_answer":"Réponse","expected_feedback":"Good",)"
        R"("target_reward":1,"tags":["langue","中文"],"search_hint":"[SEARCH:中文]"})"
        "\n"
        R"({"prompt":"Qu'est-ce que 中文 ? é 😀","ideal_answer":"Réponse","expected_feedback":"Good",)"
        R"("target_reward":-2,"tags":["langue","中文"]})"
        "\n";
    QCOMPARE(bytes, expected);
    QVERIFY(!bytes.split('\n').at(1).contains("search_hint"));

    // With meta the meta object comes last, its keys in a fixed order too.
    QByteArray line;
    appendJsonLine(line, withFullMeta(e), true);
    const QByteArray expectedMeta =
        R"({"prompt":"Qu'est-ce que 中文 ? é 😀","ideal_answer":"Réponse","expected_feedback":"Good",)"
        R"("target_reward":1,"tags":["langue","中文"],"search_hint":"[SEARCH:中文]",)"
        R"("meta":{"id":"row-7","source":"llm","provider":"openai","model":"gpt-4o-mini",)"
        R"("created":"2023-11-14T22:13:20.123Z","status":"accepted","flags":["edited","too_long"]}})"
        "\n";
    QCOMPARE(line, expectedMeta);

    // Defaults: empty provider/model, no timestamp and no flags are left out of meta.
    Example bare = noHint;
    bare.id = u"x"_s;
    line.clear();
    appendJsonLine(line, bare, true);
    QVERIFY2(line.endsWith(R"("tags":["langue","中文"],"meta":{"id":"x","source":"template","status":"pending"}})"
                           "\n"),
             line.constData());
}

void TestDatasetFiles::readerDamagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expectedPrompts");
    QTest::addColumn<QList<qint64>>("expectedRowLines");
    QTest::addColumn<QList<qint64>>("expectedErrorLines");
    QTest::addColumn<QStringList>("errorFragments"); // one per error, matched case-insensitively

    const QByteArray p1 = jsonRow("p1");
    const QByteArray p3 = jsonRow("p3");

    auto addBadMiddle = [&](const char *name, const QByteArray &bad, const QString &fragment) {
        QTest::newRow(name) << QByteArray(p1 + '\n' + bad + '\n' + p3 + '\n') << QStringList{u"p1"_s, u"p3"_s}
                            << QList<qint64>{1, 3} << QList<qint64>{2} << QStringList{fragment};
    };
    addBadMiddle("invalid JSON", R"({"prompt": "p2", "ideal_answer": )", u"invalid JSON"_s);
    addBadMiddle("truncated object", R"({"prompt":"p2")", u"invalid JSON"_s);
    addBadMiddle("not an object: array", "[1,2]", u"not a JSON object"_s);
    addBadMiddle("missing key ideal_answer",
                 R"({"prompt":"p2","expected_feedback":"F","target_reward":0,"tags":["t"]})",
                 uR"(missing key "ideal_answer")"_s);
    addBadMiddle("missing key target_reward", R"({"prompt":"p2","ideal_answer":"A","expected_feedback":"F","tags":[]})",
                 uR"(missing key "target_reward")"_s);
    addBadMiddle("missing key tags", R"({"prompt":"p2","ideal_answer":"A","expected_feedback":"F","target_reward":0})",
                 uR"(missing key "tags")"_s);
    addBadMiddle("target_reward is a word", jsonRow("p2", "\"abc\""), u"target_reward"_s);
    addBadMiddle("target_reward is fractional", jsonRow("p2", "1.5"), u"target_reward"_s);
    addBadMiddle("target_reward is null", jsonRow("p2", "null"), u"target_reward"_s);
    addBadMiddle("target_reward out of range (3)", jsonRow("p2", "3"), u"\"target_reward\" is 3, outside"_s);
    addBadMiddle("target_reward out of range (-3)", jsonRow("p2", "-3"), u"\"target_reward\" is -3, outside"_s);
    addBadMiddle("tags not an array", jsonRow("p2", "0", "\"a,b\""), u"\"tags\" must be an array"_s);
    addBadMiddle("tags hold a number", jsonRow("p2", "0", "[\"a\",1]"), u"\"tags\" must be an array"_s);
    addBadMiddle("empty prompt", jsonRow(""), u"\"prompt\" is empty"_s);
    addBadMiddle("blank prompt", jsonRow("  \\t "), u"\"prompt\" is empty"_s);
    addBadMiddle("prompt not a string",
                 R"({"prompt":5,"ideal_answer":"A","expected_feedback":"F","target_reward":0,"tags":[]})",
                 u"\"prompt\" must be a string"_s);
    addBadMiddle("search_hint not a string",
                 R"({"prompt":"p2","ideal_answer":"A","expected_feedback":"F","target_reward":0,"tags":[],)"
                 R"("search_hint":7})",
                 u"\"search_hint\" must be a string"_s);
    addBadMiddle("meta not an object",
                 R"({"prompt":"p2","ideal_answer":"A","expected_feedback":"F","target_reward":0,"tags":[],)"
                 R"("meta":"x"})",
                 u"\"meta\" must be an object"_s);
    addBadMiddle("invalid UTF-8", jsonRow("bad \xff\xfe bytes"), u"UTF-8"_s);
    addBadMiddle("truncated UTF-8 sequence", jsonRow("cut \xe4\xb8"), u"UTF-8"_s);
    // Strict JSON parsers refuse these, so validate and the reader report them rather than pass them on.
    addBadMiddle("raw tab in a string", jsonRow("tab\there"), u"raw control character U+0009"_s);
    addBadMiddle("raw newline-like control character", jsonRow("bell\x07"), u"raw control character U+0007"_s);
    addBadMiddle("lone high surrogate", jsonRow("x\\ud800y"), u"lone surrogate escape \\ud800"_s);
    addBadMiddle("lone low surrogate", jsonRow("x\\uDC00"), u"lone surrogate escape \\uDC00"_s);
    addBadMiddle("high surrogate before a non-surrogate", jsonRow("\\ud83d\\u0041"), u"lone surrogate"_s);
    // 1e30 once went through a cast to int (undefined behaviour) before the range check.
    addBadMiddle("target_reward far out of range (1e30)", jsonRow("p2", "1e30"), u"outside the rubric"_s);

    QTest::newRow("empty lines are skipped but counted")
        << QByteArray("\n" + p1 + "\n\n   \n\t\n" + p3 + "\n\n") << QStringList{u"p1"_s, u"p3"_s} << QList<qint64>{2, 6}
        << QList<qint64>{} << QStringList{};
    QTest::newRow("CRLF line endings") << QByteArray(p1 + "\r\n" + p3 + "\r\n") << QStringList{u"p1"_s, u"p3"_s}
                                       << QList<qint64>{1, 2} << QList<qint64>{} << QStringList{};
    QTest::newRow("CRLF with a bad line")
        << QByteArray(p1 + "\r\n\r\n[1]\r\n" + p3 + "\r\n") << QStringList{u"p1"_s, u"p3"_s} << QList<qint64>{1, 4}
        << QList<qint64>{3} << QStringList{u"not a JSON object"_s};
    QTest::newRow("UTF-8 BOM at the start")
        << QByteArray("\xEF\xBB\xBF" + p1 + '\n' + p3 + '\n') << QStringList{u"p1"_s, u"p3"_s} << QList<qint64>{1, 2}
        << QList<qint64>{} << QStringList{};
    QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBF" + p1 + "\r\n" + p3 + "\r\n")
                                  << QStringList{u"p1"_s, u"p3"_s} << QList<qint64>{1, 2} << QList<qint64>{}
                                  << QStringList{};
    QTest::newRow("last line without newline") << QByteArray(p1 + '\n' + p3) << QStringList{u"p1"_s, u"p3"_s}
                                               << QList<qint64>{1, 2} << QList<qint64>{} << QStringList{};
    QTest::newRow("bad last line without newline")
        << QByteArray(p1 + "\n{\"prompt\":") << QStringList{u"p1"_s} << QList<qint64>{1} << QList<qint64>{2}
        << QStringList{u"invalid JSON"_s};
    QTest::newRow("only a newline") << QByteArray("\n") << QStringList{} << QList<qint64>{} << QList<qint64>{}
                                    << QStringList{};
    QTest::newRow("empty file") << QByteArray() << QStringList{} << QList<qint64>{} << QList<qint64>{} << QStringList{};
    QTest::newRow("escaped control characters and surrogate pairs are accepted")
        << QByteArray(jsonRow("tab\\there \\u0007 \\ud83d\\ude00 \\\\ud800") + '\n' + p3)
        << QStringList{u"tab\there \u0007 \U0001F600 \\ud800"_s, u"p3"_s} << QList<qint64>{1, 2} << QList<qint64>{}
        << QStringList{};
    QTest::newRow("reward as string is accepted")
        << QByteArray(jsonRow("p1", "\"+2\"") + '\n' + jsonRow("p3", "2.0")) << QStringList{u"p1"_s, u"p3"_s}
        << QList<qint64>{1, 2} << QList<qint64>{} << QStringList{};
    QTest::newRow("many problems") << QByteArray(p1 + "\n" + "{oops\n" + "\n" + "[1,2]\n" + jsonRow("p5", "\"abc\"") +
                                                 "\n" + jsonRow("p6", "3") + "\n" + jsonRow("p7", "0", "{}") + "\n" +
                                                 jsonRow("") + "\n" + jsonRow("\xff\xfe") + "\r\n" +
                                                 jsonRow("p10", "-2") + "\r\n" + p3)
                                   << QStringList{u"p1"_s, u"p10"_s, u"p3"_s} << QList<qint64>{1, 10, 11}
                                   << QList<qint64>{2, 4, 5, 6, 7, 8, 9}
                                   << QStringList{u"invalid JSON"_s, u"not a JSON object"_s, u"target_reward"_s,
                                                  u"outside"_s,      u"\"tags\""_s,          u"\"prompt\" is empty"_s,
                                                  u"UTF-8"_s};
}

void TestDatasetFiles::readerDamagedFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expectedPrompts);
    QFETCH(QList<qint64>, expectedRowLines);
    QFETCH(QList<qint64>, expectedErrorLines);
    QFETCH(QStringList, errorFragments);
    QCOMPARE(expectedErrorLines.size(), errorFragments.size());

    const QString path = m_tmp.filePath(u"damaged.jsonl"_s);
    QVERIFY(writeBytes(path, content));

    JsonlReader::Result result;
    QString fatal;
    QVERIFY2(JsonlReader::readAll(path, &result, &fatal), qPrintable(fatal));
    QVERIFY(fatal.isEmpty());

    QStringList prompts;
    for (const Example &e : std::as_const(result.rows))
        prompts << e.prompt;
    QCOMPARE(prompts, expectedPrompts);
    QCOMPARE(result.rowLines, expectedRowLines);

    QList<qint64> errorLines;
    for (const LineError &e : std::as_const(result.errors))
        errorLines << e.line;
    QCOMPARE(errorLines, expectedErrorLines);
    for (int i = 0; i < result.errors.size(); ++i) {
        const QString &message = result.errors.at(i).message;
        QVERIFY2(message.contains(errorFragments.at(i), Qt::CaseInsensitive),
                 qPrintable(u"line %1: \"%2\" does not mention \"%3\""_s.arg(result.errors.at(i).line)
                                .arg(message, errorFragments.at(i))));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    }

    // The streaming API delivers the same, in file order.
    QList<qint64> order;
    const auto onRow = [&order](Example &&, qint64 line) {
        order << line;
        return true;
    };
    const auto onError = [&order](const LineError &e) { order << -e.line; };
    QVERIFY(JsonlReader::read(path, onRow, onError, &fatal));
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(qAbs(order.at(i)) > qAbs(order.at(i - 1)));
    QCOMPARE(order.size(), expectedRowLines.size() + expectedErrorLines.size());
}

void TestDatasetFiles::readerLongLine_data()
{
    QTest::addColumn<qint64>("longLineBytes");
    // 17 MB: just over the limit, ends in the reader's fifth 4 MB block. 25 MB: spans a whole block more.
    QTest::newRow("17 MB") << qint64(17) * 1024 * 1024;
    QTest::newRow("25 MB") << qint64(25) * 1024 * 1024;
}

void TestDatasetFiles::readerLongLine()
{
    QFETCH(qint64, longLineBytes);
    QVERIFY(longLineBytes > JsonlReader::MaxLineBytes);

    // The long line is otherwise a valid row, so only its length can be the reason it is refused.
    const QByteArray head = "{\"prompt\":\"";
    const QByteArray tail = "\",\"ideal_answer\":\"A\",\"expected_feedback\":\"F\",\"target_reward\":0,\"tags\":[]}";
    QByteArray content = jsonRow("before") + '\n';
    content.reserve(content.size() + longLineBytes + 1024);
    content += head;
    content += QByteArray(longLineBytes - head.size() - tail.size(), 'x');
    content += tail;
    content += '\n';
    content += jsonRow("after") + '\n';

    const QString path = m_tmp.filePath(u"long.jsonl"_s);
    QVERIFY(writeBytes(path, content));
    content.clear();
    content.squeeze();

    JsonlReader::Result result;
    QString fatal;
    QVERIFY2(JsonlReader::readAll(path, &result, &fatal), qPrintable(fatal));
    QString seen;
    for (int i = 0; i < result.rows.size(); ++i)
        seen +=
            u"row at line %1 (prompt of %2 chars); "_s.arg(result.rowLines.at(i)).arg(result.rows.at(i).prompt.size());
    for (const LineError &e : std::as_const(result.errors))
        seen += u"error at line %1: %2; "_s.arg(e.line).arg(e.message);
    QVERIFY2(result.errors.size() == 1, qPrintable(u"expected one error for line 2, got: "_s + seen));
    QCOMPARE(result.errors.first().line, qint64(2));
    QVERIFY2(result.errors.first().message.contains(u"longer than 16 MB"_s), qPrintable(result.errors.first().message));
    QVERIFY2(result.errors.first().message.contains(u"skipped"_s), qPrintable(result.errors.first().message));
    QCOMPARE(result.rows.size(), 2);
    QCOMPARE(result.rows.at(0).prompt, u"before"_s);
    QCOMPARE(result.rows.at(1).prompt, u"after"_s);
    QCOMPARE(result.rowLines, (QVector<qint64>{1, 3}));
    QFile::remove(path);
}

void TestDatasetFiles::readerMissingFile()
{
    const QString path = m_tmp.filePath(u"no-such-file.jsonl"_s);
    JsonlReader::Result result;
    QString fatal;
    QVERIFY(!JsonlReader::readAll(path, &result, &fatal));
    QVERIFY2(fatal.contains(u"no-such-file.jsonl"_s), qPrintable(fatal));
    QVERIFY(result.rows.isEmpty());
    QVERIFY(result.errors.isEmpty());
}

// ---------------------------------------------------------------------------------------------------------
// Atomic saves

void TestDatasetFiles::cancelKeepsOldFile_data()
{
    QTest::addColumn<bool>("explicitCancel");
    QTest::newRow("cancel()") << true;
    QTest::newRow("destroyed without commit") << false;
}

void TestDatasetFiles::cancelKeepsOldFile()
{
    QFETCH(bool, explicitCancel);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"data.jsonl"_s);
    const QByteArray old = "old content, must survive\n";
    QVERIFY(writeBytes(path, old));

    {
        DatasetWriter writer(path, ExportFormat::Jsonl, false);
        QString error;
        QVERIFY2(writer.open(&error), qPrintable(error));
        // Enough to force at least one flush to the temporary file.
        for (int i = 0; i < 5000; ++i)
            QVERIFY(writer.write(makeExample(u"row %1 %2"_s.arg(i).arg(QString(400, QLatin1Char('y'))))));
        QVERIFY(writer.bytesWritten() > 0);
        QCOMPARE(writer.rowsWritten(), qint64(5000));
        QCOMPARE(readBytes(path), old); // nothing reaches the target before commit
        if (explicitCancel) {
            writer.cancel();
            QCOMPARE(readBytes(path), old);
        }
    }
    QCOMPARE(readBytes(path), old);
    QCOMPARE(folderEntries(dir.path()), QStringList{u"data.jsonl"_s});
}

void TestDatasetFiles::commitReplacesOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"data.jsonl"_s);
    QVERIFY(writeBytes(path, QByteArray(3 * 1024 * 1024, 'o'))); // longer than the new content

    const QVector<Example> rows{makeExample(u"one"_s, -2), makeExample(u"two"_s, 2)};
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::Jsonl, false, rows, &error), qPrintable(error));

    QByteArray expected;
    for (const Example &e : rows)
        appendJsonLine(expected, e, false);
    QCOMPARE(readBytes(path), expected);
    QCOMPARE(folderEntries(dir.path()), QStringList{u"data.jsonl"_s});

    // A new file where none was before.
    const QString fresh = dir.filePath(u"fresh.jsonl"_s);
    QVERIFY2(writeExamples(fresh, ExportFormat::Jsonl, false, rows, &error), qPrintable(error));
    QCOMPARE(readBytes(fresh), expected);
    QCOMPARE(folderEntries(dir.path()), (QStringList{u"data.jsonl"_s, u"fresh.jsonl"_s}));
}

void TestDatasetFiles::diskFullKeepsOldFile_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("encoded"); // use writeEncoded(), the template generator's fast path

    QTest::newRow("jsonl write()") << ExportFormat::Jsonl << false;
    QTest::newRow("jsonl writeEncoded()") << ExportFormat::Jsonl << true;
    QTest::newRow("csv") << ExportFormat::Csv << false;
    QTest::newRow("openai-chat") << ExportFormat::OpenAiChat << false;
}

void TestDatasetFiles::diskFullKeepsOldFile()
{
    QFETCH(ExportFormat, format);
    QFETCH(bool, encoded);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"full-disk.jsonl"_s);
    const QByteArray old = "the previous dataset\n";
    QVERIFY(writeBytes(path, old));

    QVector<Example> rows;
    for (int i = 0; i < 4000; ++i) // about 2 MB
        rows << makeExample(u"row %1 %2"_s.arg(i).arg(QString(480, QLatin1Char('z'))), Rubric::rewardAt(i % 5));

    bool opened = false;
    bool writeFailed = false;
    bool committed = true;
    QString openError;
    QString commitError;
    rlim_t limitBefore = 0;
    {
        FileSizeLimit limit(64 * 1024);
        QVERIFY2(limit.active(), "setrlimit(RLIMIT_FSIZE) failed");
        limitBefore = limit.oldLimit();

        DatasetWriter writer(path, format, false);
        opened = writer.open(&openError);
        if (opened) {
            if (encoded) {
                for (int i = 0; i < rows.size() && !writeFailed; i += 100) {
                    QByteArray chunk;
                    const int end = qMin(i + 100, int(rows.size()));
                    for (int k = i; k < end; ++k)
                        appendJsonLine(chunk, rows.at(k), false);
                    writeFailed = !writer.writeEncoded(chunk, end - i);
                }
            } else {
                for (int i = 0; i < rows.size() && !writeFailed; ++i)
                    writeFailed = !writer.write(rows.at(i));
            }
            committed = writer.commit(&commitError);
        }
        limit.restore();
    }
    rlimit now{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &now), 0);
    QCOMPARE(now.rlim_cur, limitBefore);

    QVERIFY2(opened, qPrintable(openError));
    QVERIFY2(writeFailed, "no write() reported the failure");
    QVERIFY(!committed);
    QVERIFY(!commitError.isEmpty());
    QVERIFY2(commitError.contains(u"full-disk.jsonl"_s), qPrintable(commitError));
    // The cause in words (EFBIG here), never Qt's "Unknown error".
    QVERIFY2(commitError.contains(u"larger than the system allows"_s), qPrintable(commitError));
    QVERIFY2(!commitError.contains(u"Unknown error"_s), qPrintable(commitError));
    QCOMPARE(readBytes(path), old);
    QCOMPARE(folderEntries(dir.path()), QStringList{u"full-disk.jsonl"_s});

    // With the limit gone the same rows save fine.
    QString error;
    QVERIFY2(writeExamples(path, format, false, rows, &error), qPrintable(error));
    QVERIFY(QFileInfo(path).size() > 2 * 1000 * 1000);
}

namespace {
mode_t nodeType(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}
} // namespace

// A FIFO is streamed into, never renamed over: the node stays a FIFO and the reader gets every byte.
void TestDatasetFiles::writesIntoFifo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"pipe"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);

    QByteArray received;
    std::thread reader([&received, name = QFile::encodeName(fifo)] {
        const int fd = ::open(name.constData(), O_RDONLY);
        if (fd < 0)
            return;
        char buffer[65536];
        ssize_t n = 0;
        while ((n = ::read(fd, buffer, sizeof buffer)) > 0)
            received.append(buffer, n);
        ::close(fd);
    });
    QVector<Example> rows;
    for (int i = 0; i < 3000; ++i) // past the 1 MB flush, so it is streamed in more than one write
        rows << makeExample(u"row %1 %2"_s.arg(i).arg(QString(400, QLatin1Char('f'))), Rubric::rewardAt(i % 5));
    QString error;
    const bool written = writeExamples(fifo, ExportFormat::Jsonl, false, rows, &error);
    // Should the writer never have opened the FIFO, a writer of our own lets the reader see its end.
    const int unblock = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
    if (unblock >= 0)
        ::close(unblock);
    reader.join();
    QVERIFY2(written, qPrintable(error));

    QByteArray expected;
    for (const Example &e : std::as_const(rows))
        appendJsonLine(expected, e, false);
    QCOMPARE(received.size(), expected.size());
    QVERIFY(received == expected);
    QCOMPARE(nodeType(fifo), mode_t(S_IFIFO));
    QCOMPARE(folderEntries(dir.path()), QStringList{u"pipe"_s}); // no temporary file left beside it
}

// A character device (a private node like /dev/null, made in the test's own folder) is written into and survives.
void TestDatasetFiles::writesIntoCharacterDevice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString node = dir.filePath(u"null"_s);
    if (::mknod(QFile::encodeName(node).constData(), S_IFCHR | 0600, makedev(1, 3)) != 0)
        QSKIP("mknod is not permitted here (needs root or CAP_MKNOD); the FIFO case covers streaming");
    QCOMPARE(nodeType(node), mode_t(S_IFCHR));

    QString error;
    QVERIFY2(writeExamples(node, ExportFormat::Csv, false, {makeExample(u"one"_s), makeExample(u"two"_s)}, &error),
             qPrintable(error));
    QCOMPARE(nodeType(node), mode_t(S_IFCHR));
    QCOMPARE(folderEntries(dir.path()), QStringList{u"null"_s});
}

// Other node types are refused with a message, and left alone.
void TestDatasetFiles::refusesSocket()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sock"_s);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    const QByteArray name = QFile::encodeName(path);
    QVERIFY(size_t(name.size()) < sizeof address.sun_path);
    std::memcpy(address.sun_path, name.constData(), size_t(name.size()));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);

    DatasetWriter writer(path, ExportFormat::Jsonl, false);
    QString error;
    QVERIFY(!writer.open(&error));
    QVERIFY2(error.contains(u"is a socket, not a regular file"_s), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    ::close(fd);
    QCOMPARE(nodeType(path), mode_t(S_IFSOCK));
}

void TestDatasetFiles::openErrors_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("a folder") << u"folder"_s << u"is a folder"_s;
    QTest::newRow("missing parent folder") << u"no/such/dir/data.jsonl"_s << u"does not exist"_s;
}

void TestDatasetFiles::openErrors()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, fragment);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    const QString path = dir.filePath(relativePath);

    DatasetWriter writer(path, ExportFormat::Jsonl, false);
    QString error;
    QVERIFY(!writer.open(&error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
    // The message names the offending path (the folder itself or the missing parent).
    const QString named = QFileInfo(relativePath).fileName() == u"folder"_s ? path : QFileInfo(path).absolutePath();
    QVERIFY2(error.contains(QDir::toNativeSeparators(named)), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(folderEntries(dir.path()), QStringList{u"folder"_s});
    QVERIFY(QFileInfo(dir.filePath(u"folder"_s)).isDir());
    QVERIFY(folderEntries(dir.filePath(u"folder"_s)).isEmpty());
}

// ---------------------------------------------------------------------------------------------------------
// Exports

void TestDatasetFiles::csvHeader_data()
{
    QTest::addColumn<bool>("withMeta");
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("seed") << false
                          << QByteArray("prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint");
    QTest::newRow("meta") << true
                          << QByteArray("prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint,"
                                        "id,source,provider,model,created,status,flags");
}

void TestDatasetFiles::csvHeader()
{
    QFETCH(bool, withMeta);
    QFETCH(QByteArray, header);

    QByteArray out;
    DatasetWriter::appendCsvHeader(out, withMeta);
    QCOMPARE(out, header + "\r\n");

    // An empty export is just the header.
    const QString path = m_tmp.filePath(u"empty.csv"_s);
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::Csv, withMeta, {}, &error), qPrintable(error));
    QCOMPARE(readBytes(path), header + "\r\n");
}

// Model text that a spreadsheet would run as a formula gets OWASP's leading quote in CSV; JSONL keeps it exactly.
void TestDatasetFiles::csvFormulaCellsAreDefused()
{
    const QStringList dangerous{
        u"=HYPERLINK(\"http://x\",\"y\")"_s, u"+1+1"_s, u"-2+3"_s, u"@SUM(A1)"_s, u"\tindent"_s, u"\rreturn"_s};
    QVector<Example> rows;
    for (const QString &text : dangerous) {
        Example e = makeExample(text, -2, {text});
        e.idealAnswer = text;
        e.expectedFeedback = text;
        rows << e;
    }
    rows << makeExample(u"safe = text, with - and + inside"_s, 2);
    const QString csvPath = m_tmp.filePath(u"formulas.csv"_s);
    const QString jsonlPath = m_tmp.filePath(u"formulas.jsonl"_s);
    QString error;
    QVERIFY2(writeExamples(csvPath, ExportFormat::Csv, false, rows, &error), qPrintable(error));
    QVERIFY2(writeExamples(jsonlPath, ExportFormat::Jsonl, false, rows, &error), qPrintable(error));

    QVector<QStringList> records;
    QVERIFY2(parseCsv(readBytes(csvPath), &records, &error), qPrintable(error));
    QCOMPARE(records.size(), rows.size() + 1);
    for (int i = 0; i < dangerous.size(); ++i) {
        const QStringList &fields = records.at(i + 1);
        for (int column : {0, 1, 2, 4}) // prompt, ideal_answer, expected_feedback, tags
            QCOMPARE(fields.at(column), u"'"_s + dangerous.at(i));
        QCOMPARE(fields.at(3), u"-2"_s); // the reward is a number, not model text: left as it is
    }
    QCOMPARE(records.last().at(0), u"safe = text, with - and + inside"_s);

    // JSONL is data for programs: byte for byte what the row holds.
    QByteArray expected;
    for (const Example &e : std::as_const(rows))
        appendJsonLine(expected, e, false);
    QCOMPARE(readBytes(jsonlPath), expected);
    JsonlReader::Result back;
    QVERIFY2(JsonlReader::readAll(jsonlPath, &back, &error), qPrintable(error));
    QCOMPARE(back.rows.first().prompt, dangerous.first());
}

void TestDatasetFiles::csvRoundTrip_data()
{
    QTest::addColumn<bool>("withMeta");
    QTest::newRow("seed columns") << false;
    QTest::newRow("with meta") << true;
}

void TestDatasetFiles::csvRoundTrip()
{
    QFETCH(bool, withMeta);

    QVector<Example> rows;
    rows << makeExample(u"plain question"_s, 2);
    rows << makeExample(u"comma, inside"_s, -2, {u"a"_s, u"b"_s, u"c"_s});
    rows << makeExample(u"He said \"hi\", then \"\"left\"\""_s, -1);
    rows << makeExample(u"line one\nline two\r\nline three\rfour"_s, 0, {u"multi-line"_s});
    rows << makeExample(u"unicode é 中文 😀 and tab\t"_s, 1, {u"中文"_s, u"é"_s});
    rows << makeExample(u"no tags"_s, 0, {});
    Example hinted = makeExample(u"hinted"_s, 2);
    hinted.searchHint = u"[SEARCH:who, \"really\"]"_s;
    rows << hinted;
    if (withMeta) {
        for (Example &e : rows)
            e = withFullMeta(e);
        rows[1].createdMs = 0; // unknown time: empty field
        rows[1].flags = FlagNone;
        rows[1].provider = u"prov,ider \"q\""_s;
    }

    const QString path = m_tmp.filePath(u"export.csv"_s);
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::Csv, withMeta, rows, &error), qPrintable(error));
    const QByteArray bytes = readBytes(path);

    // Raw UTF-8, records ended by CRLF, quoting only where needed.
    QVERIFY(bytes.contains("中文"));
    QVERIFY(bytes.endsWith("\r\n"));
    QVERIFY(bytes.contains("\nplain question,Answer to: plain question,Feedback for: plain question,2,general,"));
    QVERIFY(bytes.contains("\"comma, inside\""));
    QVERIFY(bytes.contains("\"He said \"\"hi\"\", then \"\"\"\"left\"\"\"\"\""));
    QVERIFY(bytes.contains("\"line one\nline two\r\nline three\rfour\""));
    QVERIFY(bytes.contains(",a|b|c,"));
    QVERIFY(bytes.contains(",-2,"));

    QVector<QStringList> records;
    QVERIFY2(parseCsv(bytes, &records, &error), qPrintable(error));
    QCOMPARE(records.size(), rows.size() + 1);
    QByteArray header;
    DatasetWriter::appendCsvHeader(header, withMeta);
    QCOMPARE(records.first(), QString::fromUtf8(header.chopped(2)).split(QLatin1Char(',')));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(records.at(i + 1).size(), withMeta ? 13 : 6);
        QCOMPARE(records.at(i + 1), csvFields(rows.at(i), withMeta));
    }
    if (withMeta) {
        QCOMPARE(records.at(1).at(10), u"2023-11-14T22:13:20.123Z"_s);
        QCOMPARE(records.at(1).at(7), u"llm"_s);
        QCOMPARE(records.at(1).at(11), u"accepted"_s);
        QCOMPARE(records.at(1).at(12), u"edited|too_long"_s);
        QCOMPARE(records.at(1).at(9), u"gpt-4o-mini"_s);
        QCOMPARE(records.at(2).at(10), QString());
        QCOMPARE(records.at(2).at(12), QString());
        QCOMPARE(records.at(2).at(8), u"prov,ider \"q\""_s);
    }
}

void TestDatasetFiles::openAiChat()
{
    QVector<Example> rows;
    for (int reward = Rubric::MinReward; reward <= Rubric::MaxReward; ++reward) {
        Example e = makeExample(u"Level %1: \"quoted\"\nnew line é 中文 😀"_s.arg(reward), reward);
        e.searchHint = u"[SEARCH:not exported]"_s;
        rows << withFullMeta(e);
    }
    const QString path = m_tmp.filePath(u"chat.jsonl"_s);
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::OpenAiChat, true, rows, &error), qPrintable(error));
    const QByteArray bytes = readBytes(path);
    QVERIFY(bytes.contains("中文"));
    QVERIFY(bytes.endsWith('\n'));

    QList<QByteArray> lines = bytes.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.size(), rows.size());
    for (int i = 0; i < lines.size(); ++i) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(lines.at(i), &parseError);
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(parseError.errorString()));
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().keys(), QStringList{u"messages"_s});
        const QJsonArray messages = doc.object().value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(0).toObject().value(u"role"_s).toString(), u"system"_s);
        QCOMPARE(messages.at(1).toObject().value(u"role"_s).toString(), u"user"_s);
        QCOMPARE(messages.at(2).toObject().value(u"role"_s).toString(), u"assistant"_s);
        for (const QJsonValue &m : messages)
            QCOMPARE(m.toObject().keys(), (QStringList{u"content"_s, u"role"_s}));
        const QString system = messages.at(0).toObject().value(u"content"_s).toString();
        QCOMPARE(system, chatSystemMessage(rows.at(i).targetReward));
        QVERIFY2(system.contains(Rubric::formatReward(rows.at(i).targetReward)), qPrintable(system));
        QVERIFY2(system.contains(Rubric::level(rows.at(i).targetReward).label), qPrintable(system));
        QCOMPARE(messages.at(1).toObject().value(u"content"_s).toString(), rows.at(i).prompt);
        QCOMPARE(messages.at(2).toObject().value(u"content"_s).toString(), rows.at(i).idealAnswer);
    }
    // Each level gets its own instruction.
    QVERIFY(chatSystemMessage(-2) != chatSystemMessage(2));
}

void TestDatasetFiles::formatNames()
{
    for (auto format : {ExportFormat::Jsonl, ExportFormat::Csv, ExportFormat::OpenAiChat}) {
        ExportFormat parsed = ExportFormat::Jsonl;
        QVERIFY(formatFromName(formatName(format), &parsed));
        QCOMPARE(int(parsed), int(format));
    }
    QCOMPARE(formatName(ExportFormat::Jsonl), u"jsonl"_s);
    QCOMPARE(formatName(ExportFormat::Csv), u"csv"_s);
    QCOMPARE(formatName(ExportFormat::OpenAiChat), u"openai-chat"_s);
    ExportFormat unused;
    QVERIFY(!formatFromName(u"xml"_s, &unused));
    QVERIFY(!formatFromName(QString(), &unused));
}

// ---------------------------------------------------------------------------------------------------------
// checkDataset

void TestDatasetFiles::checkDatasetCounts()
{
    // -2 x1, -1 x2, 0 x3, +1 x0, +2 x4, every prompt different.
    QVector<Example> rows;
    const int rewards[] = {0, -1, 2, 0, 2, -2, -1, 2, 0, 2};
    for (int i = 0; i < 10; ++i)
        rows << makeExample(u"Distinct question number %1?"_s.arg(i), rewards[i]);
    const QString path = m_tmp.filePath(u"counts.jsonl"_s);
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::Jsonl, false, rows, &error), qPrintable(error));

    DatasetReport report;
    QVERIFY2(checkDataset(path, &report, &error), qPrintable(error));
    QCOMPARE(report.rows, qint64(10));
    QCOMPARE(report.perLevel, (LevelCounts{1, 2, 3, 0, 4}));
    QCOMPARE(report.errors.size(), 0);
    QCOMPARE(report.warnings.size(), 0);
    QCOMPARE(report.duplicates.size(), 0);
    QCOMPARE(report.sharedPrompts, qint64(0));
    QVERIFY(!report.hasProblems());
}

void TestDatasetFiles::checkDatasetDuplicates_data()
{
    // Rows are written in order with an unrelated row after the first, so the first is line 1.
    QTest::addColumn<QStringList>("prompts");
    QTest::addColumn<QList<int>>("levels");
    QTest::addColumn<QList<qint64>>("duplicateLines"); // pairs: line, first line
    QTest::addColumn<qint64>("sharedPrompts");

    const QString q = u"What is the capital of France?"_s;
    const QString other = u"An unrelated filler question?"_s;
    auto pair = [&](const char *name, const QString &second, int secondLevel, QList<qint64> dups, qint64 shared) {
        QTest::newRow(name) << QStringList{q, other, second} << QList<int>{2, 0, secondLevel} << dups << shared;
    };
    pair("identical", q, 2, {3, 1}, 0);
    pair("case differs", u"WHAT IS THE CAPITAL OF FRANCE?"_s, 2, {3, 1}, 0);
    pair("whitespace differs", u"  What is  the\tcapital of\n France ?  "_s, 2, {3, 1}, 0);
    pair("trailing punctuation differs", u"What is the capital of France!?..."_s, 2, {3, 1}, 0);
    pair("no trailing punctuation", u"what is the capital of france"_s, 2, {3, 1}, 0);
    pair("same prompt, other level", q, -2, {}, 1);
    pair("normalised same prompt, other level", u"what is the CAPITAL of France"_s, 0, {}, 1);
    pair("different prompt", u"What is the capital of Spain?"_s, 2, {}, 0);
    pair("inner punctuation differs", u"What is the capital of Fran-ce?"_s, 2, {}, 0);

    // sharedPrompts counts prompts ("prompts that appear at more than one level"), not extra levels: one prompt
    // at three levels is one shared prompt.
    QTest::newRow("three levels, then a repeat")
        << QStringList{q, q, other, q, q.toUpper()} << QList<int>{-2, 2, 0, 0, 2} << QList<qint64>{5, 2} << qint64(1);
    QTest::newRow("two prompts shared") << QStringList{q, other, q, other} << QList<int>{-1, -1, 1, 1}
                                        << QList<qint64>{} << qint64(2);
    QTest::newRow("triple at one level") << QStringList{q, q, q} << QList<int>{1, 1, 1} << QList<qint64>{2, 1, 3, 1}
                                         << qint64(0);
}

void TestDatasetFiles::checkDatasetDuplicates()
{
    QFETCH(QStringList, prompts);
    QFETCH(QList<int>, levels);
    QFETCH(QList<qint64>, duplicateLines);
    QFETCH(qint64, sharedPrompts);
    QCOMPARE(prompts.size(), levels.size());

    QVector<Example> rows;
    LevelCounts perLevel{};
    for (int i = 0; i < prompts.size(); ++i) {
        rows << makeExample(prompts.at(i), levels.at(i));
        ++perLevel[Rubric::indexOf(levels.at(i))];
    }
    const QString path = m_tmp.filePath(u"dups.jsonl"_s);
    QString error;
    QVERIFY2(writeExamples(path, ExportFormat::Jsonl, false, rows, &error), qPrintable(error));

    DatasetReport report;
    QVERIFY2(checkDataset(path, &report, &error), qPrintable(error));
    QCOMPARE(report.rows, qint64(prompts.size()));
    QCOMPARE(report.perLevel, perLevel);
    QCOMPARE(report.errors.size(), 0);
    QList<qint64> found;
    for (const auto &d : std::as_const(report.duplicates))
        found << d.line << d.firstLine;
    QCOMPARE(found, duplicateLines);
    QCOMPARE(report.sharedPrompts, sharedPrompts);
    QCOMPARE(report.hasProblems(), !duplicateLines.isEmpty());
}

void TestDatasetFiles::checkDatasetProblems()
{
    QByteArray content;
    content += jsonRow("Good row one?", "2") + '\n'; // 1
    content += R"({"prompt":"Hinted","ideal_answer":"A","expected_feedback":"F","target_reward":0,)"
               R"("tags":["t"],"search_hint":"search for this"})"
               "\n"; // 2: bad hint
    content += R"({"prompt":"Good hint","ideal_answer":"A","expected_feedback":"F","target_reward":1,)"
               R"("tags":["t"],"search_hint":"[SEARCH:good query]"})"
               "\n";                                       // 3
    content += "{not json\n";                              // 4
    content += jsonRow("No tags here", "-1", "[]") + '\n'; // 5: warning
    content += R"({"prompt":"Empty hint","ideal_answer":"A","expected_feedback":"F","target_reward":0,)"
               R"("tags":["t"],"search_hint":"[SEARCH:]"})"
               "\n";                                // 6: bad hint
    content += jsonRow("good row one", "2") + '\n'; // 7: dup of 1
    const QString path = m_tmp.filePath(u"problems.jsonl"_s);
    QVERIFY(writeBytes(path, content));

    DatasetReport report;
    QString error;
    QVERIFY2(checkDataset(path, &report, &error), qPrintable(error));
    QCOMPARE(report.rows, qint64(6));
    QCOMPARE(report.perLevel, (LevelCounts{0, 1, 2, 1, 2}));
    QList<qint64> errorLines;
    for (const LineError &e : std::as_const(report.errors))
        errorLines << e.line;
    std::sort(errorLines.begin(), errorLines.end());
    QCOMPARE(errorLines, (QList<qint64>{2, 4, 6}));
    for (const LineError &e : std::as_const(report.errors)) {
        if (e.line == 2 || e.line == 6)
            QVERIFY2(e.message.contains(u"search_hint"_s) && e.message.contains(u"[SEARCH:"_s), qPrintable(e.message));
        else
            QVERIFY2(e.message.contains(u"invalid JSON"_s), qPrintable(e.message));
    }
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.first().line, qint64(5));
    QVERIFY2(report.warnings.first().message.contains(u"tags"_s), qPrintable(report.warnings.first().message));
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.duplicates.first().line, qint64(7));
    QCOMPARE(report.duplicates.first().firstLine, qint64(1));
    QVERIFY(report.hasProblems());

    // A bad search hint alone is enough to fail the check.
    QVERIFY(writeBytes(path, jsonRow("Fine") + '\n' +
                                 R"({"prompt":"Hinted","ideal_answer":"A","expected_feedback":"F","target_reward":0,)"
                                 R"("tags":["t"],"search_hint":"SEARCH:x"})"));
    DatasetReport hintOnly;
    QVERIFY2(checkDataset(path, &hintOnly, &error), qPrintable(error));
    QCOMPARE(hintOnly.rows, qint64(2));
    QCOMPARE(hintOnly.errors.size(), 1);
    QCOMPARE(hintOnly.errors.first().line, qint64(2));
    QVERIFY(hintOnly.hasProblems());
}

void TestDatasetFiles::checkDatasetMissingFile()
{
    DatasetReport report;
    QString error;
    QVERIFY(!checkDataset(m_tmp.filePath(u"missing.jsonl"_s), &report, &error));
    QVERIFY2(error.contains(u"missing.jsonl"_s), qPrintable(error));
    QCOMPARE(report.rows, qint64(0));
}

void TestDatasetFiles::checkEveryExportFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("withMeta");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("seed") << int(ExportFormat::Jsonl) << false << u"rows.jsonl"_s;
    QTest::newRow("seed with meta") << int(ExportFormat::Jsonl) << true << u"rows.jsonl"_s;
    QTest::newRow("csv") << int(ExportFormat::Csv) << false << u"rows.csv"_s;
    QTest::newRow("csv with meta") << int(ExportFormat::Csv) << true << u"rows.csv"_s;
    QTest::newRow("csv, no extension") << int(ExportFormat::Csv) << true << u"rows"_s;
    QTest::newRow("openai chat") << int(ExportFormat::OpenAiChat) << false << u"rows.jsonl"_s;
}

void TestDatasetFiles::checkEveryExportFormat()
{
    QFETCH(int, format);
    QFETCH(bool, withMeta);
    QFETCH(QString, fileName);

    // Every awkward character a writer must quote or escape, at every level, through the core exporter itself.
    QVector<Example> rows;
    const QStringList prompts{u"Plain question?"_s, u"Comma, \"quotes\" and\nline breaks\r\ninside?"_s,
                              u"Qu'est-ce que le café? 中文 😀"_s, u"Tabs\tand a trailing backslash \\"_s,
                              u"Last one, at +2?"_s};
    for (int i = 0; i < prompts.size(); ++i) {
        Example e = withFullMeta(makeExample(prompts.at(i), Rubric::rewardAt(i), {u"tag one"_s, u"zwei"_s}));
        e.searchHint = u"[SEARCH:query, \"quoted\"]"_s;
        rows << e;
    }
    const QString path = m_tmp.filePath(fileName);
    ExportOptions options;
    options.path = path;
    options.format = ExportFormat(format);
    options.withMeta = withMeta;
    options.sftMinLevel = Rubric::MinReward; // every level, so the check counts one row per level
    QVERIFY2(exportRows(rows, options).ok, "the export failed");

    DatasetReport report;
    QString error;
    QVERIFY2(checkDataset(path, &report, &error), qPrintable(error));
    QCOMPARE(int(report.format), format);
    QCOMPARE(report.formatSource, FormatSource::Content);
    QCOMPARE(report.rows, qint64(rows.size()));
    QCOMPARE(report.perLevel, (LevelCounts{1, 1, 1, 1, 1}));
    QCOMPARE(report.withoutLevel, qint64(0));
    QStringList problems;
    for (const LineError &e : std::as_const(report.errors) + report.warnings)
        problems << u"%1: %2"_s.arg(e.line).arg(e.message);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    QCOMPARE(report.errorCount + report.warningCount + report.duplicateCount, qint64(0));
    QVERIFY(!report.hasProblems());

    // The same file forced to its own format checks the same; forced to another, it fails.
    DatasetCheckOptions forced;
    forced.format = ExportFormat(format);
    DatasetReport same;
    QVERIFY2(checkDataset(path, forced, &same, &error), qPrintable(error));
    QCOMPARE(same.formatSource, FormatSource::Option);
    QCOMPARE(same.rows, report.rows);
    QVERIFY(!same.hasProblems());
    forced.format = ExportFormat(format) == ExportFormat::Csv ? ExportFormat::Jsonl : ExportFormat::Csv;
    DatasetReport other;
    QVERIFY2(checkDataset(path, forced, &other, &error), qPrintable(error));
    QVERIFY(other.hasProblems());
    QCOMPARE(other.rows, qint64(0));
    QVERIFY(other.contentFormat && int(*other.contentFormat) == format);
}

// Found by fuzzing validate's reader: a reward of 1e115 was converted to int with undefined behaviour (and reported as
// not an integer). The reproducer is tests/fuzz/corpus/dataset/crash-huge-reward.csv.
void TestDatasetFiles::hugeRewardIsOutsideTheRubric()
{
    for (const QByteArray &reward : {QByteArray("1e115"), QByteArray("-1e300"), QByteArray("2147483648"),
                                     QByteArray("\"4294967298\""), QByteArray("3")}) {
        const QByteArray line = R"({"prompt":"p","ideal_answer":"a","expected_feedback":"f","target_reward":)" +
                                reward + R"(,"tags":["t"]})";
        Example row;
        QString error;
        QVERIFY(!JsonlReader::parseLine(line, &row, &error));
        QVERIFY2(error.contains(u"outside the rubric"_s), qPrintable(QString::fromUtf8(reward) + u": "_s + error));
    }
}

void TestDatasetFiles::checkDamagedCsv()
{
    const QByteArray header = "prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint\r\n";
    QByteArray content = header;                                    // 1
    content += "Good one?,A,F,2,t,\r\n";                            // 2
    content += "\"Spans\r\ntwo lines\",A,F,1,t,\r\n";               // 3-4
    content += "Reward out of range,A,F,3,t,\r\n";                  // 5
    content += "Not a number,A,F,high,t,\r\n";                      // 6
    content += ",A,F,0,t,\r\n";                                     // 7: empty prompt
    content += "Too few,A,F\r\n";                                   // 8
    content += "Too many,A,F,0,t,,extra\r\n";                       // 9
    content += "Bare \"quote,A,F,0,t,\r\n";                         // 10
    content += "\"Closed\"junk,A,F,0,t,\r\n";                       // 11
    content += "Bad hint,A,F,0,t,search this\r\n";                  // 12
    content += "No tags,A,F,-1,,\r\n";                              // 13: warning
    content += "good one,A,F,2,t,\r\n";                             // 14: duplicate of 2
    content += "\"Bad UTF-8 \xff\",A,F,0,t,\r\n";                   // 15
    content += "\"Never closed,A,F,0,t,\r\nmore text,A,F,0,t,\r\n"; // 16-17
    const QString path = m_tmp.filePath(u"damaged.csv"_s);
    QVERIFY(writeBytes(path, content));

    DatasetReport report;
    QString error;
    QVERIFY2(checkDataset(path, &report, &error), qPrintable(error));
    QCOMPARE(report.format, ExportFormat::Csv);
    QCOMPARE(report.rows, qint64(5)); // lines 2, 3, 12 (a row with a bad hint, as in JSONL), 13, 14
    QCOMPARE(report.perLevel, (LevelCounts{0, 1, 1, 1, 2}));
    const QList<QPair<qint64, QString>> expected{
        {5, u"\"target_reward\" is 3, outside the rubric"_s},
        {6, u"\"target_reward\" must be an integer"_s},
        {7, u"\"prompt\" is empty"_s},
        {8, u"3 fields where the header has 6"_s},
        {9, u"7 fields where the header has 6"_s},
        {10, u"a quote inside unquoted field 1"_s},
        {11, u"text after the closing quote of field 1"_s},
        {12, u"\"search_hint\" must look like [SEARCH:query]"_s},
        {15, u"field 1 is not valid UTF-8 text"_s},
        {16, u"a quoted field starting on this line is never closed"_s},
    };
    QCOMPARE(report.errors.size(), expected.size());
    QCOMPARE(report.errorCount, qint64(expected.size()));
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(report.errors.at(i).line, expected.at(i).first);
        QVERIFY2(report.errors.at(i).message.startsWith(expected.at(i).second),
                 qPrintable(report.errors.at(i).message));
    }
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.first().line, qint64(13));
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.duplicates.first().line, qint64(14));
    QCOMPARE(report.duplicates.first().firstLine, qint64(2));

    // A header without Candor's columns says which are missing, once, and no row is checked against it.
    QVERIFY(writeBytes(path, "question,answer\r\nWhat?,That.\r\n"));
    DatasetReport noHeader;
    QVERIFY2(checkDataset(path, &noHeader, &error), qPrintable(error));
    QCOMPARE(noHeader.format, ExportFormat::Csv);
    QCOMPARE(noHeader.formatSource, FormatSource::Extension);
    QCOMPARE(noHeader.errorCount, qint64(1));
    QCOMPARE(noHeader.errors.first().line, qint64(1));
    QVERIFY2(
        noHeader.errors.first().message.contains(u"prompt, ideal_answer, expected_feedback, target_reward, tags"_s),
        qPrintable(noHeader.errors.first().message));
    QCOMPARE(noHeader.warningCount, qint64(2)); // "question" and "answer" are not Candor's
}

void TestDatasetFiles::checkDamagedChat()
{
    auto message = [](const char *role, const QString &content) -> QByteArray {
        QByteArray m = "{\"role\":\"" + QByteArray(role) + "\",\"content\":";
        appendJsonString(m, content);
        return m + '}';
    };
    auto chat = [&](const QList<QByteArray> &messages) -> QByteArray {
        return "{\"messages\":[" + messages.join(',') + "]}\n";
    };
    const QByteArray system2 = message("system", chatSystemMessage(2));
    const QByteArray system0 = message("system", chatSystemMessage(0));
    QByteArray content;
    content += chat({system2, message("user", u"Capital of France?"_s), message("assistant", u"Paris."_s)}); // 1
    content += chat({message("user", u"No system?"_s), message("assistant", u"Fine."_s)});                   // 2
    content += chat({system0, message("assistant", u"Swapped"_s), message("user", u"roles"_s)});             // 3
    content += chat({system0, message("user", u"Empty answer?"_s), message("assistant", u"  "_s)});          // 4
    content +=
        chat({system0, message("user", u"Four?"_s), message("assistant", u"A"_s), message("assistant", u"B"_s)}); // 5
    content += jsonRow("A seed row") + '\n';                                                                      // 6
    content += "{\"messages\":[{\"role\":\"system\",\"content\":3},{},{}]}\n";                                    // 7
    content += chat({message("system", u"Be nice."_s), message("user", u"Other system?"_s),
                     message("assistant", u"Yes."_s)}); // 8: warning, no level
    content += "{\"messages\":[\n";                     // 9
    content += chat({system2, message("user", u"capital of france"_s), message("assistant", u"Paris!"_s)}); // 10
    const QString path = m_tmp.filePath(u"chat.jsonl"_s);
    QVERIFY(writeBytes(path, content));

    DatasetReport report;
    QString error;
    QVERIFY2(checkDataset(path, &report, &error), qPrintable(error));
    QCOMPARE(report.format, ExportFormat::OpenAiChat);
    QCOMPARE(report.rows, qint64(4)); // 1, 2, 8, 10
    QCOMPARE(report.perLevel, (LevelCounts{0, 0, 0, 0, 2}));
    QCOMPARE(report.withoutLevel, qint64(2));
    const QList<QPair<qint64, QString>> expected{
        {3, u"message 2 has the role \"assistant\" where Candor writes \"user\""_s},
        {4, u"message 3 (assistant) is empty"_s},
        {5, u"\"messages\" holds 4 messages"_s},
        {6, u"a seed row, not a chat line"_s},
        {7, u"message 1 needs a string \"role\" and a string \"content\""_s},
        {9, u"invalid JSON"_s},
    };
    QCOMPARE(report.errors.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(report.errors.at(i).line, expected.at(i).first);
        QVERIFY2(report.errors.at(i).message.startsWith(expected.at(i).second),
                 qPrintable(report.errors.at(i).message));
    }
    QCOMPARE(report.warnings.size(), 1);
    QCOMPARE(report.warnings.first().line, qint64(8));
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.duplicates.first().line, qint64(10));
    QCOMPARE(report.duplicates.first().firstLine, qint64(1));
}

void TestDatasetFiles::checkKeepsFirstProblems()
{
    // 10,000 broken lines: every one is counted, only the first few are kept.
    QByteArray content;
    for (int i = 0; i < 10000; ++i)
        content += jsonRow(QByteArray::number(i), "7") + '\n';
    const QString path = m_tmp.filePath(u"many-problems.jsonl"_s);
    QVERIFY(writeBytes(path, content));
    DatasetCheckOptions options;
    options.keepProblems = 3;
    DatasetReport report;
    QString error;
    QVERIFY2(checkDataset(path, options, &report, &error), qPrintable(error));
    QCOMPARE(report.errorCount, qint64(10000));
    QCOMPARE(report.errors.size(), 3);
    QCOMPARE(report.errors.at(2).line, qint64(3));
    QVERIFY(report.hasProblems());
}

void TestDatasetFiles::formatFromContentAndName_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("expected"); // -1: nothing

    QTest::newRow("seed") << jsonRow("x") << int(ExportFormat::Jsonl);
    QTest::newRow("seed after a BOM and blank lines")
        << QByteArray("\xEF\xBB\xBF\n\n" + jsonRow("x")) << int(ExportFormat::Jsonl);
    QTest::newRow("chat") << QByteArray(R"({"messages":[{"role":"user","content":"x"}]})")
                          << int(ExportFormat::OpenAiChat);
    QTest::newRow("chat cut short") << QByteArray(R"({ "messages" : [{"role":"system","content":"Answer at)")
                                    << int(ExportFormat::OpenAiChat);
    QTest::newRow("seed cut short") << QByteArray(R"({"prompt":"What is)") << int(ExportFormat::Jsonl);
    QTest::newRow("csv") << QByteArray("prompt,ideal_answer,expected_feedback,target_reward,tags,search_hint\r\n")
                         << int(ExportFormat::Csv);
    QTest::newRow("csv, quoted header") << QByteArray("\"prompt\",\"ideal_answer\"\r\n") << int(ExportFormat::Csv);
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("prose") << QByteArray("Dear reader,\nthis is not a dataset.") << -1;
}

void TestDatasetFiles::formatFromContentAndName()
{
    QFETCH(QByteArray, head);
    QFETCH(int, expected);
    const auto format = formatFromContent(head);
    QCOMPARE(format ? int(*format) : -1, expected);

    QCOMPARE(formatFromExtension(u"/a/b.CSV"_s), std::optional<ExportFormat>(ExportFormat::Csv));
    QCOMPARE(formatFromExtension(u"b.jsonl"_s), std::optional<ExportFormat>(ExportFormat::Jsonl));
    QCOMPARE(formatFromExtension(u"b.txt"_s), std::optional<ExportFormat>());
}

void TestDatasetFiles::normalisedPrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"what is x"_s << u"what is x"_s;
    QTest::newRow("question mark") << u"What is X?"_s << u"what is x"_s;
    QTest::newRow("upper case") << u"WHAT IS X"_s << u"what is x"_s;
    QTest::newRow("spacing") << u"  What   is\tX \n"_s << u"what is x"_s;
    QTest::newRow("space before punctuation") << u"What is X ?"_s << u"what is x"_s;
    QTest::newRow("several end marks") << u"Really?!..."_s << u"really"_s;
    QTest::newRow("ellipsis character") << u"Well…"_s << u"well"_s;
    QTest::newRow("inner punctuation kept") << u"What's up, doc?"_s << u"what's up, doc"_s;
    QTest::newRow("inner newline") << u"line\nbreak"_s << u"line break"_s;
    QTest::newRow("accents") << u"ÉCOLE Été?"_s << u"école été"_s;
    QTest::newRow("full-width question mark") << u"中文是什么？"_s << u"中文是什么"_s;
    QTest::newRow("only punctuation") << u"?!."_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("leading punctuation kept") << u"¿Qué?"_s << u"¿qué"_s;
}

void TestDatasetFiles::normalisedPrompt()
{
    QFETCH(QString, prompt);
    QFETCH(QString, expected);
    QCOMPARE(candor::normalisedPrompt(prompt), expected);
}

void TestDatasetFiles::isValidSearchHint_data()
{
    QTest::addColumn<QString>("hint");
    QTest::addColumn<bool>("valid");

    QTest::newRow("simple") << u"[SEARCH:capital of France]"_s << true;
    QTest::newRow("one character") << u"[SEARCH:x]"_s << true;
    QTest::newRow("spaces around query") << u"[SEARCH: x ]"_s << true;
    QTest::newRow("unicode") << u"[SEARCH:中文 é]"_s << true;
    QTest::newRow("empty query") << u"[SEARCH:]"_s << false;
    QTest::newRow("blank query") << u"[SEARCH:   ]"_s << false;
    QTest::newRow("no brackets") << u"SEARCH:x"_s << false;
    QTest::newRow("no closing bracket") << u"[SEARCH:x"_s << false;
    QTest::newRow("no opening bracket") << u"SEARCH:x]"_s << false;
    QTest::newRow("lower case") << u"[search:x]"_s << false;
    QTest::newRow("leading space") << u" [SEARCH:x]"_s << false;
    QTest::newRow("trailing space") << u"[SEARCH:x] "_s << false;
    QTest::newRow("missing colon") << u"[SEARCH x]"_s << false;
    QTest::newRow("plain text") << u"search for x"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestDatasetFiles::isValidSearchHint()
{
    QFETCH(QString, hint);
    QFETCH(bool, valid);
    QCOMPARE(candor::isValidSearchHint(hint), valid);
}

QTEST_GUILESS_MAIN(TestDatasetFiles)
#include "tst_datasetfiles.moc"
