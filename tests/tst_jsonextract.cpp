// JSON out of model text: whole, fenced, bracket-matched, truncated; and rows out of a stream as they complete.
#include "text/jsonextract.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString();
}

QStringList compact(const QVector<QJsonObject> &rows)
{
    QStringList out;
    for (const QJsonObject &o : rows)
        out.append(compact(QJsonValue(o)));
    return out;
}

struct StreamResult
{
    QStringList rows;
    bool complete = false;
    int malformed = 0;
};

StreamResult runPieces(const QStringList &pieces)
{
    IncrementalJsonRows parser;
    QVector<QJsonObject> rows;
    for (const QString &p : pieces)
        rows += parser.feed(p);
    StreamResult r;
    r.complete = parser.finish(&rows);
    r.rows = compact(rows);
    r.malformed = parser.malformedCount();
    return r;
}

QStringList charPieces(const QString &text)
{
    QStringList pieces;
    for (const QChar c : text)
        pieces.append(QString(c)); // splits surrogate pairs too
    return pieces;
}

QStringList randomPieces(const QString &text, quint32 seed)
{
    QRandomGenerator rng(seed);
    QStringList pieces;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype len = rng.bounded(0, 9);
        pieces.append(text.mid(pos, len));
        pos += len;
    }
    return pieces;
}

} // namespace

class TestJsonExtract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("lengthCut");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("truncated");
        QTest::addColumn<QString>("expected"); // compact JSON, keys sorted as QJsonObject keeps them
        QTest::addColumn<QString>("error");

        QTest::newRow("whole object") << u"{\"a\":1}"_s << false << true << false << u"{\"a\":1}"_s << QString();
        QTest::newRow("whole array padded") << u"\n  [ {\"a\": 1}, {\"b\": [2, 3]} ]  \n"_s << false << true << false
                                            << u"[{\"a\":1},{\"b\":[2,3]}]"_s << QString();
        QTest::newRow("json fence with prose") << u"Here you go:\n```json\n[{\"prompt\":\"Q\"}]\n```\nEnjoy!"_s << false
                                               << true << false << u"[{\"prompt\":\"Q\"}]"_s << QString();
        QTest::newRow("bare fence") << u"```\n{\"a\":true}\n```"_s << false << true << false << u"{\"a\":true}"_s
                                    << QString();
        QTest::newRow("upper-case fence")
            << u"```JSON\n{\"a\":null}\n```"_s << false << true << false << u"{\"a\":null}"_s << QString();
        QTest::newRow("second fence holds the JSON")
            << u"```python\nprint([1, 2)\n```\nand the data:\n```json\n{\"ok\":1}\n```"_s << false << true << false
            << u"{\"ok\":1}"_s << QString();
        QTest::newRow("fence without closing")
            << u"```json\n{\"a\":1}\n"_s << false << true << false << u"{\"a\":1}"_s << QString();
        QTest::newRow("leading prose") << u"Sure! Here are the rows:\n[{\"prompt\":\"a\"}]"_s << false << true << false
                                       << u"[{\"prompt\":\"a\"}]"_s << QString();
        QTest::newRow("trailing prose") << u"[{\"prompt\":\"a\"}]\nLet me know if you need more."_s << false << true
                                        << false << u"[{\"prompt\":\"a\"}]"_s << QString();
        QTest::newRow("prose on both sides") << u"Result: {\"a\": {\"b\": [1, {\"c\": 2}]}} -- done."_s << false << true
                                             << false << u"{\"a\":{\"b\":[1,{\"c\":2}]}}"_s << QString();
        QTest::newRow("brackets inside strings")
            << u"Here: {\"prompt\":\"What is [x] and {y}?\",\"tags\":[\"a]\",\"b{\"]} thanks"_s << false << true
            << false << u"{\"prompt\":\"What is [x] and {y}?\",\"tags\":[\"a]\",\"b{\"]}"_s << QString();
        QTest::newRow("escaped quotes") << u"x {\"prompt\":\"He said \\\"hi {there}\\\"\",\"n\":1} y"_s << false << true
                                        << false << u"{\"n\":1,\"prompt\":\"He said \\\"hi {there}\\\"\"}"_s
                                        << QString();
        QTest::newRow("escaped backslash before quote")
            << u"pre {\"path\":\"C:\\\\\",\"x\":\"]\"} post"_s << false << true << false
            << u"{\"path\":\"C:\\\\\",\"x\":\"]\"}"_s << QString();
        QTest::newRow("prose bracket before the JSON")
            << u"Rows [see below]: {\"a\":1}"_s << false << true << false << u"{\"a\":1}"_s << QString();
        QTest::newRow("prose brace before the JSON")
            << u"Use {placeholder} style: [{\"a\":1}]"_s << false << true << false << u"[{\"a\":1}]"_s << QString();
        QTest::newRow("broken object then a good one")
            << u"{\"a\": } and then {\"b\":2}"_s << false << true << false << u"{\"b\":2}"_s << QString();
        QTest::newRow("examples wrapper")
            << u"{\"examples\":[{\"prompt\":\"a\"},{\"prompt\":\"b\"}]}"_s << false << true << false
            << u"{\"examples\":[{\"prompt\":\"a\"},{\"prompt\":\"b\"}]}"_s << QString();
        QTest::newRow("Go escapes") << u"{\"a\":\"\\u003cb\\u003e \\u0026\"}"_s << false << true << false
                                    << u"{\"a\":\"<b> &\"}"_s << QString();
        QTest::newRow("unicode") << u"Voil\u00E0: [{\"prompt\":\"Caf\u00E9 \u4E2D \U0001F511\"}]"_s << false << true
                                 << false << u"[{\"prompt\":\"Caf\u00E9 \u4E2D \U0001F511\"}]"_s << QString();
        QTest::newRow("complete despite length cut") << u"[1,2]"_s << true << true << false << u"[1,2]"_s << QString();

        QTest::newRow("cut by the token limit") << u"[{\"prompt\":\"a\"},{\"prompt\":\"b"_s << true << false << true
                                                << QString() << u"the answer was cut off by the token limit"_s;
        QTest::newRow("cut inside a fence") << u"```json\n[{\"a\":1},\n"_s << true << false << true << QString()
                                            << u"the answer was cut off by the token limit"_s;
        QTest::newRow("cut prose only") << u"I cannot help with that because"_s << true << false << true << QString()
                                        << u"the answer was cut off by the token limit"_s;
        QTest::newRow("empty with length cut")
            << u"  "_s << true << false << true << QString() << u"the answer was cut off by the token limit"_s;
        QTest::newRow("ends early without length cut")
            << u"[{\"prompt\":\"a\"},{\"prompt\":\"b"_s << false << false << true << QString()
            << u"the JSON ends before its closing bracket"_s;
        QTest::newRow("ends on an opening bracket") << u"Here is the JSON: ["_s << false << false << true << QString()
                                                    << u"the JSON ends before its closing bracket"_s;
        QTest::newRow("no JSON") << u"I cannot help with that."_s << false << false << false << QString()
                                 << u"the answer contains no JSON object or array"_s;
        QTest::newRow("scalar only") << u"42"_s << false << false << false << QString()
                                     << u"the answer contains no JSON object or array"_s;
        QTest::newRow("braces inside a string only") << u"\"{not json}\""_s << false << false << false << QString()
                                                     << u"the answer contains no JSON object or array"_s;
        QTest::newRow("invalid JSON") << u"{\"a\": 1,}"_s << false << false << false << QString() << u"invalid JSON"_s;
        QTest::newRow("empty") << QString() << false << false << false << QString() << u"the answer is empty"_s;
    }
    void extract()
    {
        QFETCH(QString, text);
        QFETCH(bool, lengthCut);
        QFETCH(bool, ok);
        QFETCH(bool, truncated);
        QFETCH(QString, expected);
        QFETCH(QString, error);

        const JsonExtraction r = extractJson(text, lengthCut);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.truncated, truncated);
        if (ok) {
            QCOMPARE(compact(r.value), expected);
            QVERIFY(r.error.isEmpty());
        } else {
            QVERIFY(r.value.isUndefined() || r.value.isNull());
            QVERIFY2(r.error.contains(error), qPrintable(r.error));
            QVERIFY(!r.error.contains(u"invalid JSON"_s) || !truncated); // a cut answer is never "invalid"
        }
    }

    void rowsFromJson_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QStringList>("prompts");

        QTest::newRow("array") << u"[{\"prompt\":\"a\"},{\"prompt\":\"b\"}]"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("array skips non-objects")
            << u"[{\"prompt\":\"a\"},1,\"x\",[2],{\"prompt\":\"b\"}]"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("examples wrapper") << u"{\"examples\":[{\"prompt\":\"a\"}]}"_s << QStringList{u"a"_s};
        QTest::newRow("rows wrapper after scalar array")
            << u"{\"tags\":[\"x\"],\"rows\":[{\"prompt\":\"r\"}]}"_s << QStringList{u"r"_s};
        QTest::newRow("single row") << u"{\"prompt\":\"only\",\"tags\":[\"t\"]}"_s << QStringList{u"only"_s};
        QTest::newRow("object without rows") << u"{\"message\":\"no\"}"_s << QStringList{};
        QTest::newRow("empty array") << u"[]"_s << QStringList{};
    }
    void rowsFromJson()
    {
        QFETCH(QString, json);
        QFETCH(QStringList, prompts);
        const JsonExtraction r = extractJson(json, false);
        QVERIFY(r.ok);
        QStringList got;
        for (const QJsonObject &o : candor::rowsFromJson(r.value))
            got.append(o.value(u"prompt").toString());
        QCOMPARE(got, prompts);
        QVERIFY(candor::rowsFromJson(QJsonValue(42)).isEmpty());
    }

    void incremental_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("malformed");
        QTest::addColumn<bool>("sameAsWhole"); // compare with extractJson + rowsFromJson

        QTest::newRow("bare array") << u"[{\"prompt\":\"a\",\"n\":1},{\"prompt\":\"b\",\"n\":2}]"_s << 2 << true << 0
                                    << true;
        QTest::newRow("fence and prose")
            << u"Sure!\n```json\n[\n  {\"prompt\": \"a [x]\", \"tags\": [\"t1\", \"t2\"]},\n  {\"prompt\": \"b "
               u"{y}\"}\n]\n```\nHope this helps."_s
            << 2 << true << 0 << true;
        QTest::newRow("examples wrapper")
            << u"{\"examples\": [{\"prompt\":\"a\"},{\"prompt\":\"b\"},{\"prompt\":\"c\"}]}"_s << 3 << true << 0
            << true;
        QTest::newRow("rows after other members")
            << u"{\"note\":\"[{ not rows }]\",\"tags\":[\"x\",{\"y\":1}],\"rows\":[{\"prompt\":\"a\"}]}"_s << 1 << true
            << 0 << true;
        QTest::newRow("escapes and brackets in strings")
            << u"[{\"prompt\":\"He said \\\"}]\\\" and \\\\\",\"x\":\"{[\"},{\"prompt\":\"\\\\\\\"\"}]"_s << 2 << true
            << 0 << true;
        QTest::newRow("single row object") << u"{\"prompt\":\"only\",\"tags\":[\"a\"]}"_s << 1 << true << 0 << true;
        QTest::newRow("object without rows") << u"{\"message\":\"no\"}"_s << 0 << true << 0 << true;
        QTest::newRow("empty array") << u"Here: []"_s << 0 << true << 0 << true;
        QTest::newRow("prose brackets first")
            << u"Rows [see below] and {name} placeholders:\n[{\"prompt\":\"a\"}]"_s << 1 << true << 0 << true;
        QTest::newRow("trailing JSON ignored")
            << u"[{\"prompt\":\"a\"}] and then {\"prompt\":\"zzz\"}"_s << 1 << true << 0 << true;
        QTest::newRow("unicode")
            << u"[{\"prompt\":\"Caf\u00E9 \u4E2D \U0001F511\"},{\"prompt\":\"\\u00e9\\ud83d\\udd11\"}]"_s << 2 << true
            << 0 << true;
        QTest::newRow("nested objects in rows")
            << u"[{\"prompt\":\"a\",\"meta\":{\"k\":{\"j\":[{\"z\":1}]}}},{\"prompt\":\"b\"}]"_s << 2 << true << 0
            << true;
        QTest::newRow("non-object elements")
            << u"[{\"prompt\":\"a\"}, 42, \"s\", [1], {\"prompt\":\"b\"}]"_s << 2 << true << 3 << true;
        QTest::newRow("truncated") << u"[{\"prompt\":\"a\"},{\"prompt\":\"b"_s << 1 << false << 0 << false;
        QTest::newRow("malformed middle row")
            << u"[{\"prompt\":\"a\"},{\"prompt\": x},{\"prompt\":\"c\"}]"_s << 2 << true << 1 << false;
        QTest::newRow("wrapper missing its last brace")
            << u"{\"examples\":[{\"prompt\":\"a\"}]"_s << 1 << true << 0 << false;
        QTest::newRow("no JSON") << u"I can't do that."_s << 0 << false << 0 << false;
    }
    void incremental()
    {
        QFETCH(QString, text);
        QFETCH(int, rows);
        QFETCH(bool, complete);
        QFETCH(int, malformed);
        QFETCH(bool, sameAsWhole);

        const StreamResult whole = runPieces({text});
        QCOMPARE(whole.rows.size(), rows);
        QCOMPARE(whole.complete, complete);
        QCOMPARE(whole.malformed, malformed);

        const StreamResult single = runPieces(charPieces(text));
        QCOMPARE(single.rows, whole.rows);
        QCOMPARE(single.complete, complete);
        QCOMPARE(single.malformed, malformed);
        for (quint32 seed = 1; seed <= 40; ++seed) {
            const StreamResult r = runPieces(randomPieces(text, seed));
            QCOMPARE(r.rows, whole.rows);
            QCOMPARE(r.complete, complete);
            QCOMPARE(r.malformed, malformed);
        }

        if (sameAsWhole) {
            const JsonExtraction x = extractJson(text, false);
            QVERIFY2(x.ok, qPrintable(x.error));
            QCOMPARE(compact(candor::rowsFromJson(x.value)), whole.rows);
        }
    }

    void rowsArriveWithTheirClosingBrace()
    {
        const QString text = u"[{\"prompt\":\"a\"}, {\"prompt\":\"b}\", \"t\":[\"]\"]}]"_s;
        IncrementalJsonRows parser;
        QList<qsizetype> at;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const auto rows = parser.feed(QStringView(text).mid(i, 1));
            for (qsizetype k = 0; k < rows.size(); ++k)
                at.append(i);
        }
        QCOMPARE(at, (QList<qsizetype>{text.indexOf(u'}'), text.lastIndexOf(u'}')}));
        QVERIFY(parser.finish());
        QCOMPARE(parser.rowsEmitted(), 2);
        QVERIFY(parser.arrayClosed());
    }

    void singleRowOnlyAtFinish()
    {
        IncrementalJsonRows parser;
        QVERIFY(parser.feed(u"{\"prompt\":\"only\"}"_s).isEmpty());
        QVector<QJsonObject> late;
        QVERIFY(parser.finish(&late));
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().value(u"prompt").toString(), u"only"_s);
    }

    void errorsAreReported()
    {
        IncrementalJsonRows parser;
        const auto rows = parser.feed(u"[{\"prompt\":\"a\"},{\"prompt\": x},"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(parser.malformedCount(), 1);
        QVERIFY2(parser.lastError().contains(u"row 2"_s), qPrintable(parser.lastError()));
        QVERIFY(!parser.finish());
        QCOMPARE(parser.lastError(), u"the JSON ends before its closing bracket"_s);

        IncrementalJsonRows none;
        none.feed(u"no json here"_s);
        QVERIFY(!none.started());
        QVERIFY(!none.finish());
        QCOMPARE(none.lastError(), u"the answer contains no JSON object or array"_s);

        parser.reset();
        QCOMPARE(parser.malformedCount(), 0);
        QCOMPARE(parser.feed(u"[{\"prompt\":\"z\"}]"_s).size(), 1);
        QVERIFY(parser.finish());
    }
};

QTEST_GUILESS_MAIN(TestJsonExtract)
#include "tst_jsonextract.moc"
