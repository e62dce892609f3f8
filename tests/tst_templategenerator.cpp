// The offline generator: exact counts, determinism, diversity, topics, options, and that its fast JSON path
// writes exactly what the row objects hold.
#include "generation/templategenerator.h"

#include "storage/jsonlreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<TemplateGenerator> makeGenerator(const TemplateGenerator::Options &options, const LevelCounts &counts)
{
    auto bank = TemplateBank::builtIn();
    if (!bank)
        return nullptr;
    auto generator = std::make_unique<TemplateGenerator>(bank, options);
    QString error;
    if (!generator->plan(counts, &error)) {
        qWarning() << error;
        return nullptr;
    }
    return generator;
}

QByteArray jsonl(const TemplateGenerator &g, bool withMeta = false)
{
    QByteArray out;
    g.appendJsonl(out, 0, g.rowCount(), withMeta);
    return out;
}

} // namespace

class TestTemplateGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactCountsPerLevel()
    {
        const LevelCounts counts{3, 0, 17, 250, 1};
        auto g = makeGenerator({}, counts);
        QVERIFY(g);
        QCOMPARE(g->rowCount(), qint64(271));
        LevelCounts seen{};
        for (const Example &e : g->examples(0, g->rowCount()))
            ++seen[Rubric::indexOf(e.targetReward)];
        QCOMPARE(seen, counts);
    }

    void deterministic()
    {
        TemplateGenerator::Options o;
        o.seed = 7;
        o.searchHints = true;
        auto a = makeGenerator(o, {100, 100, 100, 100, 100});
        auto b = makeGenerator(o, {100, 100, 100, 100, 100});
        QVERIFY(a && b);
        QCOMPARE(jsonl(*a), jsonl(*b));
        o.seed = 8;
        auto c = makeGenerator(o, {100, 100, 100, 100, 100});
        QVERIFY(c);
        QVERIFY(jsonl(*a) != jsonl(*c));
        // Different seeds make different datasets, not the same rows reordered.
        const QList<QByteArray> listA = jsonl(*a).split('\n');
        const QSet<QByteArray> linesA(listA.begin(), listA.end());
        int shared = 0;
        for (const QByteArray &line : jsonl(*c).split('\n'))
            shared += linesA.contains(line) && !line.isEmpty();
        QVERIFY2(shared < 250, qPrintable(QString::number(shared)));
    }

    void chunksMatchWhole()
    {
        auto g = makeGenerator({}, {1000, 1000, 1000, 1000, 1000});
        QVERIFY(g);
        QByteArray chunked;
        for (qint64 begin = 0; begin < g->rowCount(); begin += 777)
            g->appendJsonl(chunked, begin, qMin(g->rowCount(), begin + 777), true);
        QCOMPARE(chunked, jsonl(*g, true));
        QCOMPARE(g->exampleAt(4321), g->examples(4321, 4322).first());
    }

    // The fast path writes bytes straight from compiled templates; it must equal serialising the rows.
    void fastPathMatchesRows_data()
    {
        QTest::addColumn<bool>("searchHints");
        QTest::addColumn<bool>("longForm");
        QTest::addColumn<bool>("withMeta");
        QTest::addColumn<QStringList>("topics");
        QTest::newRow("plain") << false << false << false << QStringList();
        QTest::newRow("hints long meta") << true << true << true << QStringList();
        QTest::newRow("free topic with quotes")
            << true << false << true << QStringList{u"the \"Tarot\" \\ café 中文"_s, u"history"_s};
    }
    void fastPathMatchesRows()
    {
        QFETCH(bool, searchHints);
        QFETCH(bool, longForm);
        QFETCH(bool, withMeta);
        QFETCH(QStringList, topics);
        TemplateGenerator::Options o;
        o.searchHints = searchHints;
        o.longForm = longForm;
        o.topics = topics;
        o.createdMs = 1764000000123;
        auto g = makeGenerator(o, {300, 300, 300, 300, 300});
        QVERIFY(g);
        QByteArray expected;
        for (const Example &e : g->examples(0, g->rowCount()))
            appendJsonLine(expected, e, withMeta);
        const QByteArray fast = jsonl(*g, withMeta);
        QCOMPARE(fast, expected);
        // And every line reads back as a valid row.
        for (const QByteArray &line : fast.split('\n')) {
            if (line.isEmpty())
                continue;
            Example e;
            QString error;
            QVERIFY2(JsonlReader::parseLine(line, &e, &error), qPrintable(error));
        }
    }

    // The bar: of 10,000 rows at least 9,000 prompts are distinct.
    void diversity_data()
    {
        QTest::addColumn<QStringList>("topics");
        QTest::newRow("all domains") << QStringList();
        QTest::newRow("free topic") << QStringList{u"beekeeping"_s};
        QTest::newRow("two domains") << QStringList{u"science"_s, u"history"_s};
    }
    void diversity()
    {
        QFETCH(QStringList, topics);
        TemplateGenerator::Options o;
        o.topics = topics;
        auto g = makeGenerator(o, {2000, 2000, 2000, 2000, 2000});
        QVERIFY(g);
        QSet<QString> prompts;
        QSet<QString> perLevel;
        for (const Example &e : g->examples(0, g->rowCount())) {
            prompts.insert(e.prompt);
            perLevel.insert(QString::number(e.targetReward) + e.prompt);
        }
        qInfo("%lld distinct prompts of 10000 (%lld distinct per level)", qint64(prompts.size()),
              qint64(perLevel.size()));
        QVERIFY2(prompts.size() >= 9000, qPrintable(QString::number(prompts.size())));
        QCOMPARE(perLevel.size(), 10000); // no prompt repeats within a level
    }

    void topicSelectsDomain()
    {
        TemplateGenerator::Options o;
        o.topics = {u"a history of the world"_s};
        auto g = makeGenerator(o, {50, 50, 50, 50, 50});
        QVERIFY(g);
        for (const Example &e : g->examples(0, g->rowCount()))
            QCOMPARE(e.tags.first(), u"history"_s);
    }

    void freeTopicIsWovenIn()
    {
        TemplateGenerator::Options o;
        o.topics = {u"beekeeping"_s};
        auto g = makeGenerator(o, {40, 40, 40, 40, 40});
        QVERIFY(g);
        for (const Example &e : g->examples(0, g->rowCount())) {
            QCOMPARE(e.tags.first(), u"general"_s);
            QVERIFY2(e.prompt.contains(u"beekeeping"_s), qPrintable(e.prompt));
        }
    }

    void rowShape()
    {
        TemplateGenerator::Options o;
        o.searchHints = true;
        auto g = makeGenerator(o, {100, 100, 100, 100, 100});
        QVERIFY(g);
        for (const Example &e : g->examples(0, g->rowCount())) {
            QCOMPARE(e.tags.size(), 3);
            QCOMPARE(e.tags.at(1), Rubric::level(e.targetReward).behaviourTag);
            QVERIFY(QStringList({u"beginner"_s, u"intermediate"_s, u"advanced"_s}).contains(e.tags.at(2)));
            QVERIFY2(isValidSearchHint(e.searchHint), qPrintable(e.searchHint));
            QVERIFY(!e.prompt.trimmed().isEmpty());
            QVERIFY(!e.expectedFeedback.trimmed().isEmpty());
            QCOMPARE(e.source, ExampleSource::Template);
        }
        auto noHints = makeGenerator({}, {10, 10, 10, 10, 10});
        for (const Example &e : noHints->examples(0, noHints->rowCount()))
            QVERIFY(e.searchHint.isEmpty());
    }

    void longFormIsLonger()
    {
        TemplateGenerator::Options shortOptions;
        TemplateGenerator::Options longOptions;
        longOptions.longForm = true;
        auto s = makeGenerator(shortOptions, {200, 200, 200, 200, 200});
        auto l = makeGenerator(longOptions, {200, 200, 200, 200, 200});
        QVERIFY(s && l);
        qint64 shortChars = 0, longChars = 0;
        const auto shortRows = s->examples(0, s->rowCount());
        const auto longRows = l->examples(0, l->rowCount());
        for (int i = 0; i < shortRows.size(); ++i) {
            QCOMPARE(longRows.at(i).prompt, shortRows.at(i).prompt);
            QVERIFY(longRows.at(i).idealAnswer.startsWith(shortRows.at(i).idealAnswer));
            shortChars += shortRows.at(i).idealAnswer.size();
            longChars += longRows.at(i).idealAnswer.size();
        }
        QVERIFY2(longChars > shortChars * 13 / 10, qPrintable(u"%1 vs %2"_s.arg(longChars).arg(shortChars)));
    }

    void fallbackRows()
    {
        auto g = makeGenerator({}, {1, 1, 1, 1, 1});
        QVERIFY(g);
        const Example e = g->exampleForLevel(-1, 3);
        QCOMPARE(e.targetReward, -1);
        QCOMPARE(e.source, ExampleSource::Fallback);
        QVERIFY(!e.prompt.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTemplateGenerator)
#include "tst_templategenerator.moc"
