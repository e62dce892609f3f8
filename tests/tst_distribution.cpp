// Distribution math: balanced, counts and percentages turned into exact per-level counts.
#include "dataset/distribution.h"

#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(candor::LevelCounts)

class TestDistribution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("total");
        QTest::addColumn<LevelCounts>("expected");

        QTest::newRow("balanced 1000") << u"balanced"_s << 1000 << LevelCounts{200, 200, 200, 200, 200};
        QTest::newRow("balanced empty spec") << QString() << 10 << LevelCounts{2, 2, 2, 2, 2};
        // 7/5 = 1.4 each: two extra rows go to the lowest levels on equal remainders.
        QTest::newRow("balanced 7") << u"balanced"_s << 7 << LevelCounts{2, 2, 1, 1, 1};
        QTest::newRow("balanced 3") << u"Balanced"_s << 3 << LevelCounts{1, 1, 1, 0, 0};
        QTest::newRow("balanced 0") << u"balanced"_s << 0 << LevelCounts{0, 0, 0, 0, 0};
        QTest::newRow("counts") << u"-2:10,-1:10,0:10,1:10,2:10"_s << 50 << LevelCounts{10, 10, 10, 10, 10};
        QTest::newRow("counts with spaces and +") << u" -2 : 1 , +2:4 "_s << 5 << LevelCounts{1, 0, 0, 0, 4};
        QTest::newRow("counts partial") << u"0:7"_s << 7 << LevelCounts{0, 0, 7, 0, 0};
        QTest::newRow("percent exact") << u"-2:10%,-1:20%,0:40%,1:20%,2:10%"_s << 100
                                       << LevelCounts{10, 20, 40, 20, 10};
        // 0.7, 1.4, 2.8, 1.4, 0.7: floors 0,1,2,1,0 (4); remainders .7 .4 .8 .4 .7 -> 0, then -2, then +2.
        QTest::newRow("percent remainders") << u"-2:10%,-1:20%,0:40%,1:20%,2:10%"_s << 7 << LevelCounts{1, 1, 3, 1, 1};
        QTest::newRow("percent thirds") << u"-2:33.33%,0:33.33%,2:33.34%"_s << 10 << LevelCounts{3, 0, 3, 0, 4};
        QTest::newRow("percent one level") << u"2:100%"_s << 9 << LevelCounts{0, 0, 0, 0, 9};
        QTest::newRow("percent 1 row") << u"-2:20%,-1:20%,0:20%,1:20%,2:20%"_s << 1 << LevelCounts{1, 0, 0, 0, 0};
        QTest::newRow("percent large") << u"-2:12.5%,-1:12.5%,0:25%,1:25%,2:25%"_s << 1000001
                                       << LevelCounts{125000, 125000, 250001, 250000, 250000};
    }
    void counts()
    {
        QFETCH(QString, spec);
        QFETCH(int, total);
        QFETCH(LevelCounts, expected);
        QString error;
        const auto d = Distribution::parse(spec, &error);
        QVERIFY2(d.has_value(), qPrintable(error));
        const auto counts = d->countsFor(total, &error);
        QVERIFY2(counts.has_value(), qPrintable(error));
        QCOMPARE(*counts, expected);
        QCOMPARE(totalOf(*counts), total);
    }

    void sumsToTotalForManyTotals()
    {
        QString error;
        const auto d = Distribution::parse(u"-2:7%,-1:13%,0:41%,1:19%,2:20%"_s, &error);
        QVERIFY(d);
        for (int n = 0; n < 2000; ++n) {
            const auto c = d->countsFor(n, &error);
            QVERIFY(c);
            QCOMPARE(totalOf(*c), n);
            // Largest remainder never strays more than one row from the exact share.
            const int shares[] = {700, 1300, 4100, 1900, 2000};
            for (int i = 0; i < 5; ++i)
                QVERIFY(std::abs((*c)[i] * 10000.0 - double(n) * shares[i]) < 10000.0);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("total");
        QTest::addColumn<QString>("expectedError");

        QTest::newRow("unknown level") << u"3:10"_s << 10 << u"level 3 is not on the rubric"_s;
        QTest::newRow("unknown level -3") << u"-3:10%,2:90%"_s << 10 << u"level -3 is not on the rubric"_s;
        QTest::newRow("level not a number") << u"x:10"_s << 10 << u"\"x\" is not a rubric level"_s;
        QTest::newRow("negative count") << u"-2:-5,2:10"_s << 5 << u"level -2 has a negative count"_s;
        QTest::newRow("negative percent") << u"-2:-5%,2:105%"_s << 5 << u"level -2 has a negative percentage"_s;
        QTest::newRow("percent sum low") << u"-2:50%,2:40%"_s << 10 << u"percentages add up to 90%, not 100%"_s;
        QTest::newRow("percent sum high") << u"-2:50%,2:60%"_s << 10 << u"percentages add up to 110%, not 100%"_s;
        QTest::newRow("count mismatch") << u"-2:10,2:10"_s << 50
                                        << u"the per-level counts add up to 20 rows but 50 were asked for"_s;
        QTest::newRow("mixed") << u"-2:10,2:90%"_s << 10 << u"mix of counts and percentages"_s;
        QTest::newRow("duplicate level") << u"1:5,1:5"_s << 10 << u"level +1 is given twice"_s;
        QTest::newRow("no colon") << u"-2=10"_s << 10 << u"is not LEVEL:COUNT"_s;
        QTest::newRow("empty part") << u"-2:10,,2:10"_s << 20 << u"is not LEVEL:COUNT"_s;
        QTest::newRow("count not number") << u"0:ten"_s << 10 << u"\"ten\" is not a whole number"_s;
        QTest::newRow("count fraction") << u"0:1.5"_s << 10 << u"\"1.5\" is not a whole number"_s;
        QTest::newRow("zero counts") << u"0:0"_s << 0 << u"add up to 0 rows"_s;
        QTest::newRow("too many decimals") << u"0:33.333%,2:66.667%"_s << 10 << u"at most two decimals"_s;
        QTest::newRow("negative total") << u"balanced"_s << -1 << u"cannot be negative"_s;
        // The 10,000,000-row cap holds for a distribution's total, not only for --count.
        QTest::newRow("counts over the row cap")
            << u"-2:100000000,-1:100000000"_s << 200000000 << u"add up to 200000000 rows; a run has at most 10000000"_s;
        QTest::newRow("counts just over the row cap")
            << u"-2:5000000,2:5000001"_s << 10000001 << u"add up to 10000001 rows; a run has at most 10000000"_s;
        QTest::newRow("total over the row cap") << u"balanced"_s << 10000001 << u"must be at most 10000000"_s;
    }
    void errors()
    {
        QFETCH(QString, spec);
        QFETCH(int, total);
        QFETCH(QString, expectedError);
        QString error;
        const auto d = Distribution::parse(spec, &error);
        if (d) {
            QVERIFY(!d->countsFor(total, &error).has_value());
        }
        QVERIFY2(error.contains(expectedError), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void specRoundTrip_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("balanced") << u"balanced"_s;
        QTest::newRow("counts") << u"-2:1,-1:2,0:3,1:4,2:5"_s;
        QTest::newRow("percent") << u"-2:12.5%,-1:12.5%,0:25%,1:25%,2:25%"_s;
    }
    void specRoundTrip()
    {
        QFETCH(QString, spec);
        QString error;
        const auto d = Distribution::parse(spec, &error);
        QVERIFY(d);
        const auto again = Distribution::parse(d->toSpec(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(*again, *d);
        QCOMPARE(d->toSpec(), spec);
    }

    void fixedTotal()
    {
        QString error;
        QCOMPARE(Distribution::parse(u"-2:3,2:4"_s, &error)->fixedTotal(), 7);
        QCOMPARE(Distribution::parse(u"balanced"_s, &error)->fixedTotal(), -1);
        QCOMPARE(Distribution::parse(u"2:100%"_s, &error)->fixedTotal(), -1);
    }
};

QTEST_GUILESS_MAIN(TestDistribution)
#include "tst_distribution.moc"
