// The offline generator: exact counts, determinism, diversity, topics, options, and that its fast JSON path
// writes exactly what the row objects hold.
#include "generation/templategenerator.h"

#include "dataset/generationconfig.h"

#include "storage/jsonlreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

    // Ladder mode: 1,000 rows are 200 ladders of five, each one prompt answered once at every level, grouped and
    // in level order; the same seed gives the same rows, written or as objects, and the fast JSON path agrees.
    void laddersOfFive()
    {
        GenerationConfig config;
        config.count = 1000;
        config.seed = 11;
        config.ladderMode = LadderMode::Ladders;
        QString error;
        const auto counts = config.levelCounts(&error);
        QVERIFY2(counts, qPrintable(error));
        QCOMPARE(*counts, (LevelCounts{200, 200, 200, 200, 200}));
        const RowPlan plan = config.rowPlan(*counts);
        QCOMPARE(plan.ladders, 200);
        QCOMPARE(plan.independent, (LevelCounts{0, 0, 0, 0, 0}));
        auto bank = TemplateBank::builtIn();
        TemplateGenerator g(bank, TemplateGenerator::Options::fromConfig(config));
        QVERIFY2(g.plan(plan, &error), qPrintable(error));
        QCOMPARE(g.rowCount(), qint64(1000));
        const QVector<Example> rows = g.examples(0, g.rowCount());
        QSet<QString> prompts;
        QSet<QString> groups;
        for (int ladder = 0; ladder < 200; ++ladder) {
            const Example &first = rows.at(ladder * 5);
            QVERIFY(!first.group.isEmpty());
            QVERIFY(!groups.contains(first.group));
            groups.insert(first.group);
            QVERIFY(!prompts.contains(normalisedPrompt(first.prompt)));
            prompts.insert(normalisedPrompt(first.prompt));
            QSet<QString> answers;
            for (int level = 0; level < 5; ++level) {
                const Example &row = rows.at(ladder * 5 + level);
                QCOMPARE(row.targetReward, level - 2);
                QCOMPARE(row.group, first.group);
                QCOMPARE(row.prompt, first.prompt);
                QCOMPARE(row.levelSet, quint8(0x1f));
                QVERIFY(row.templateId.contains(u"/ladder#"_s));
                QCOMPARE(g.levelAt(ladder * 5 + level), level - 2);
                answers.insert(row.idealAnswer);
            }
            QCOMPARE(answers.size(), 5); // five different answers to the one prompt
        }
        // Row by row, in chunks, and as JSON: the same rows.
        QCOMPARE(g.exampleAt(637), rows.at(637));
        QVector<Example> chunked = g.examples(0, 333);
        chunked += g.examples(333, 1000);
        QCOMPARE(chunked, rows);
        QByteArray json;
        g.appendJsonl(json, 0, g.rowCount(), true);
        QByteArray fromRows;
        for (const Example &e : rows)
            appendJsonLine(fromRows, e, true);
        QCOMPARE(json, fromRows);
        TemplateGenerator again(bank, TemplateGenerator::Options::fromConfig(config));
        QVERIFY(again.plan(plan, &error));
        QCOMPARE(again.examples(0, again.rowCount()), rows);
        config.seed = 12;
        TemplateGenerator other(bank, TemplateGenerator::Options::fromConfig(config));
        QVERIFY(other.plan(plan, &error));
        QVERIFY(other.examples(0, 5) != rows.mid(0, 5));
        // Not a multiple of the ladder's size: a clear error, with the nearest counts that work.
        config.count = 1001;
        QVERIFY(!config.levelCounts(&error));
        QVERIFY2(error.contains(u"multiple of 5"_s) && error.contains(u"1000 rows = 200 ladders"_s), qPrintable(error));
    }

    // A mix: a share of the rows as ladders over a chosen level set, the rest independent, every level's count exact
    // and no prompt repeated within a level (an independent row never repeats a ladder's prompt at its level).
    void mixOfLaddersAndRows()
    {
        GenerationConfig config;
        config.count = 20000;
        config.ladderMode = LadderMode::Mix;
        config.ladderShare = 0.3;
        config.ladderLevels = levelBit(-2) | levelBit(0) | levelBit(2);
        QString error;
        const LevelCounts counts = *config.levelCounts(&error);
        QCOMPARE(counts, (LevelCounts{4000, 4000, 4000, 4000, 4000}));
        const RowPlan plan = config.rowPlan(counts);
        QCOMPARE(plan.ladders, 2000); // 30 % of 20,000 rows in ladders of three
        QCOMPARE(plan.independent, (LevelCounts{2000, 4000, 2000, 4000, 2000}));
        TemplateGenerator g(TemplateBank::builtIn(), TemplateGenerator::Options::fromConfig(config));
        QVERIFY2(g.plan(plan, &error), qPrintable(error));
        QCOMPARE(g.rowCount(), qint64(20000));
        LevelCounts seen{};
        std::array<QSet<QString>, 5> perLevel;
        int ladderRows = 0;
        for (qint64 from = 0; from < g.rowCount(); from += 4096) {
            for (const Example &e : g.examples(from, std::min<qint64>(from + 4096, g.rowCount()))) {
                const int li = Rubric::indexOf(e.targetReward);
                ++seen[li];
                const QString key = normalisedPrompt(e.prompt);
                QVERIFY2(!perLevel[li].contains(key), qPrintable(e.prompt));
                perLevel[li].insert(key);
                if (!e.group.isEmpty()) {
                    ++ladderRows;
                    QCOMPARE(e.levelSet, config.ladderLevels);
                } else {
                    QCOMPARE(e.levelSet, quint8(0));
                }
            }
        }
        QCOMPARE(seen, counts);
        QCOMPARE(ladderRows, 6000);
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

    // The issue's bar: of 10,000 rows at least 9,000 prompts are distinct.
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

    // README promises no prompt repeats within a level (as validate compares them: case, spacing and end
    // punctuation aside). 20,000 rows once repeated a prompt with the default seed, and --topic history 244.
    void noRepeatWithinALevel_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<QStringList>("topics");
        QTest::addColumn<int>("perLevel");
        for (const quint64 seed :
             {quint64(42), quint64(1), quint64(7), quint64(2024), quint64(18446744073709551615ULL)})
            QTest::addRow("seed %llu", seed) << seed << QStringList() << 4000;
        QTest::newRow("history") << quint64(42) << QStringList{u"history"_s} << 4000;
        QTest::newRow("history seed 3") << quint64(3) << QStringList{u"history"_s} << 4000;
        // A free topic has only the general templates: about 3,800 prompts at the smallest level.
        QTest::newRow("free topic") << quint64(42) << QStringList{u"beekeeping"_s} << 3500;
    }
    void noRepeatWithinALevel()
    {
        QFETCH(quint64, seed);
        QFETCH(QStringList, topics);
        QFETCH(int, perLevel);
        TemplateGenerator::Options o;
        o.seed = seed;
        o.topics = topics;
        auto g = makeGenerator(o, {perLevel, perLevel, perLevel, perLevel, perLevel});
        QVERIFY(g);
        QSet<QString> seen;
        const QVector<Example> rows = g->examples(0, g->rowCount());
        for (const Example &e : rows) {
            const QString key = QString::number(e.targetReward) + u'|' + normalisedPrompt(e.prompt);
            QVERIFY2(!seen.contains(key), qPrintable(u"repeated at level %1: %2"_s.arg(e.targetReward).arg(e.prompt)));
            seen.insert(key);
        }
        // The skips are part of the plan: any chunk still renders exactly the rows of the whole.
        QCOMPARE(g->examples(7777, 7800), rows.mid(7777, 23));
        QCOMPARE(g->exampleAt(g->rowCount() - 1), rows.last());
    }

    // A topic whose bank cannot make the count without repeats is refused up front, with what it can make; that
    // many then plan fine and never repeat.
    void bankTooSmallSaysHowMany()
    {
        auto bank = TemplateBank::builtIn();
        QVERIFY(bank);
        TemplateGenerator::Options o;
        o.topics = {u"sports"_s};
        TemplateGenerator g(bank, o);
        QString error;
        QVERIFY(!g.plan(LevelCounts{0, 0, 1000000, 0, 0}, &error));
        const QRegularExpression pattern(u"can make only about (\\d+) different prompts at level 0 .*not 1000000"_s);
        const QRegularExpressionMatch m = pattern.match(error);
        QVERIFY2(m.hasMatch(), qPrintable(error));
        const int capacity = m.captured(1).toInt();
        QVERIFY2(capacity > 1000 && capacity < 1000000, qPrintable(error));
        QCOMPARE(g.rowCount(), 0);

        TemplateGenerator fits(bank, o);
        QVERIFY2(fits.plan(LevelCounts{0, 0, capacity, 0, 0}, &error), qPrintable(error));
        QSet<QString> prompts;
        for (const Example &e : fits.examples(0, fits.rowCount()))
            prompts.insert(normalisedPrompt(e.prompt));
        QCOMPARE(prompts.size(), capacity);
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
