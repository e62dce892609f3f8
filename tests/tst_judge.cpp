// The judge: agreement figures against an independent computation, majority votes, reading a score from JSON or a
// final line, and 1,000-row judge runs against the test server with a fake judge whose verdicts the test controls
// (votes 3, exact flags, the confusion matrix and kappa, the budget cap, meta.judge through a JSONL round trip).
#include "dataset/agreement.h"
#include "generation/judge.h"
#include "storage/jsonlreader.h"
#include "storage/qualityreport.h"
#include "storage/workspace.h"
#include "support/providertestserver.h"
#include "support/providerwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>
#include <csignal>

using namespace candor;
using namespace candor::test;
using namespace Qt::StringLiterals;
namespace w = candor::test::wire;

namespace {

// Quadratic-weighted kappa straight from (target, judge) pairs, the way a statistics text writes it.
double kappaOfPairs(const QVector<QPair<int, int>> &pairs)
{
    const double n = pairs.size();
    double observed = 0;
    std::array<double, 5> t{};
    std::array<double, 5> j{};
    for (const auto &p : pairs) {
        observed += double((p.first - p.second) * (p.first - p.second)) / 16.0;
        t[std::size_t(p.first + 2)] += 1 / n;
        j[std::size_t(p.second + 2)] += 1 / n;
    }
    observed /= n;
    double expected = 0;
    for (int a = 0; a < 5; ++a)
        for (int b = 0; b < 5; ++b)
            expected += double((a - b) * (a - b)) / 16.0 * t[std::size_t(a)] * j[std::size_t(b)];
    return 1 - observed / expected;
}

QVector<Example> rowsToJudge(int count)
{
    QVector<Example> rows;
    for (int i = 0; i < count; ++i) {
        Example e;
        e.id = u"row-%1"_s.arg(i);
        e.prompt = u"Question %1?"_s.arg(i);
        e.targetReward = i % 5 - 2;
        e.idealAnswer = u"An answer at level %1."_s.arg(e.targetReward);
        e.expectedFeedback = u"Feedback."_s;
        e.tags = {u"science"_s};
        rows << e;
    }
    return rows;
}

// What the fake judge says about row N at target level T: two levels off when N % 10 == 3, one level off when
// N % 10 == 7; otherwise right, except that every third vote on rows with N % 10 == 5 is one level off (outvoted).
int fakeVerdict(int n, int target, int voteNumber)
{
    auto clamp = [](int level) { return std::clamp(level, -2, 2); };
    if (n % 10 == 3)
        return target <= 0 ? target + 2 : target - 2;
    if (n % 10 == 7)
        return target < 2 ? target + 1 : target - 1;
    if (n % 10 == 5 && voteNumber % 3 == 2)
        return clamp(target == 2 ? 1 : target + 1);
    return target;
}

} // namespace

class TestJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreementFigures()
    {
        QVector<QPair<int, int>> pairs;
        Agreement::Matrix m{};
        // A spread of agreements and disagreements, every cell its own count.
        for (int t = -2; t <= 2; ++t) {
            for (int j = -2; j <= 2; ++j) {
                const int count = t == j ? 20 + t : std::max(0, 5 - std::abs(t - j) * 2);
                for (int c = 0; c < count; ++c)
                    pairs << qMakePair(t, j);
                m[std::size_t(t + 2)][std::size_t(j + 2)] = count;
            }
        }
        const Agreement a = agreementOf(m);
        QCOMPARE(a.pairs, qint64(pairs.size()));
        int exact = 0;
        int withinOne = 0;
        for (const auto &p : pairs) {
            exact += p.first == p.second;
            withinOne += std::abs(p.first - p.second) <= 1;
        }
        QCOMPARE(a.exact, double(exact) / pairs.size());
        QCOMPARE(a.withinOne, double(withinOne) / pairs.size());
        QVERIFY(a.quadraticKappa);
        QVERIFY(std::abs(*a.quadraticKappa - kappaOfPairs(pairs)) < 1e-12);
        QVERIFY(*a.quadraticKappaInterval[0] < *a.quadraticKappa && *a.quadraticKappa < *a.quadraticKappaInterval[1]);
        QCOMPARE(agreementOf(m).quadraticKappaInterval, a.quadraticKappaInterval); // seeded: the same every time
        // Precision of the judge's +2: the +2 column's diagonal over the column.
        QCOMPARE(*a.precision[4], 22.0 / (22 + 0 + 0 + 1 + 3));
        QCOMPARE(*a.recall[0], 18.0 / (18 + 3 + 1));
        // Perfect agreement, and one that is undefined (every pair in one cell).
        Agreement::Matrix diagonal{};
        for (int i = 0; i < 5; ++i)
            diagonal[std::size_t(i)][std::size_t(i)] = 10;
        QCOMPARE(*agreementOf(diagonal).quadraticKappa, 1.0);
        QCOMPARE(*agreementOf(diagonal).binaryKappa, 1.0);
        Agreement::Matrix one{};
        one[2][2] = 7;
        QVERIFY(!agreementOf(one).quadraticKappa);
    }

    void majorityAndScores()
    {
        QCOMPARE(majorityLevel({1, 1, 0}), 1);
        QCOMPARE(majorityLevel({-2, 0, 2}), 0); // no majority: the median
        QCOMPARE(majorityLevel({2, 1}), 1);     // even and split: the lower middle
        ChatResult r;
        QString reasoning;
        r.json = QJsonObject{{u"reasoning"_s, u"Hedged but right."_s}, {u"score"_s, 4}};
        QCOMPARE(JudgePrompt::scoreOf(r, &reasoning), std::optional<int>(4));
        QCOMPARE(reasoning, u"Hedged but right."_s);
        r.json.reset();
        r.text = u"It invents a date.\nIt states it flatly.\n**Score:** 1"_s;
        QCOMPARE(JudgePrompt::scoreOf(r, &reasoning), std::optional<int>(1));
        QCOMPARE(reasoning, u"It invents a date.\nIt states it flatly."_s);
        r.text = u"Reasoning.\nScore: 7"_s;
        QVERIFY(!JudgePrompt::scoreOf(r, &reasoning));
        r.text = u"No verdict at all."_s;
        QVERIFY(!JudgePrompt::scoreOf(r, &reasoning));
        QVERIFY(JudgePrompt::sameFamily(u"openai"_s, u"gpt-4o"_s, u"openai"_s, u"gpt-4o-mini"_s));
        QVERIFY(!JudgePrompt::sameFamily(u"openai"_s, u"gpt-4o"_s, u"anthropic"_s, u"claude-sonnet-4"_s));
        // The prompt carries the rubric as scores 5..1, the question, the answer and a ladder's reference.
        Example row = rowsToJudge(2).at(1);
        const QString prompt = JudgePrompt::userPrompt(row, u"The right answer."_s);
        QVERIFY(prompt.contains(u"Score 5 — Fully correct:"_s));
        QVERIFY(prompt.contains(u"Score 1 — Confident fabrication:"_s));
        QVERIFY(prompt.contains(u"Question 1?"_s) && prompt.contains(u"An answer at level -1."_s));
        QVERIFY(prompt.contains(u"a fully correct answer to the same question (score 5):\nThe right answer."_s));
    }

    // 1,000 rows, 3 votes each, against a fake judge: exactly the rows it disagrees with are flagged, the majority
    // outvotes a stray vote, and the matrix and kappa match the test's own count.
    void judgeRunAgainstTheServer()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        QHash<int, int> votesSeen;
        server.setHandler("POST", "/v1/chat/completions", [&](const RecordedRequest &r) {
            QString text;
            for (const QJsonValue &m : r.json().value(u"messages"_s).toArray())
                text += m.toObject().value(u"content"_s).toString();
            static const QRegularExpression question(u"Question (\\d+)\\?"_s);
            static const QRegularExpression level(u"An answer at level (-?\\d)\\."_s);
            const int n = question.match(text).captured(1).toInt();
            const int target = level.match(text).captured(1).toInt();
            const int judged = fakeVerdict(n, target, votesSeen[n]++);
            w::OpenAiOptions options;
            options.usage.input = 600;
            options.usage.output = 60;
            return w::openAiChat(
                QString::fromUtf8(
                    QJsonDocument(QJsonObject{{u"reasoning"_s, u"Checked row %1."_s.arg(n)}, {u"score"_s, judged + 3}})
                        .toJson(QJsonDocument::Compact)),
                options);
        });
        JudgeOptions options;
        options.provider = u"openai-compatible"_s;
        options.model = u"judge-model"_s;
        options.votes = 3;
        options.concurrency = 8;
        JudgeRun run(endpointFor(u"openai-compatible"_s, server.baseUrl().toString() + u"/v1"_s, QString()), options);
        QSignalSpy finished(&run, &JudgeRun::finished);
        QString error;
        const QVector<Example> rows = rowsToJudge(1000);
        QVERIFY2(run.start(rows, {}, &error), qPrintable(error));
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(run.judged(), 1000);
        QCOMPARE(run.requests(), qint64(3000));
        QCOMPARE(server.requestCount(), 3000);
        QCOMPARE(server.request(0).json().value(u"temperature"_s).toDouble(), 0.0);
        QVector<QPair<int, int>> pairs;
        Agreement::Matrix expected{};
        for (int i = 0; i < 1000; ++i) {
            const Example &e = run.rows().at(i);
            QVERIFY(e.judge);
            QCOMPARE(e.judge->votes.size(), 3);
            const int truth = fakeVerdict(i, e.targetReward, 0);
            QCOMPARE(e.judge->level, truth);
            QCOMPARE(e.judge->spread(), i % 10 == 5 ? 1 : 0);
            QCOMPARE(bool(e.flags & FlagLevelMismatch), i % 10 == 3 || i % 10 == 7);
            QCOMPARE(bool(e.flags & FlagOffByMoreThanOne), i % 10 == 3);
            QCOMPARE(e.judge->reasoning, u"Checked row %1."_s.arg(i));
            QCOMPARE(e.judge->model, u"judge-model"_s);
            pairs << qMakePair(e.targetReward, truth);
            ++expected[std::size_t(e.targetReward + 2)][std::size_t(truth + 2)];
        }
        const Agreement a = run.agreement();
        QCOMPARE(a.matrix, expected);
        QCOMPARE(a.exact, 0.8);
        QVERIFY(std::abs(*a.quadraticKappa - kappaOfPairs(pairs)) < 1e-12);

        // The dataset report shows the same agreement.
        const QualityReport report = buildQualityReport(run.rows(), u"Judged"_s);
        QCOMPARE(report.judge.matrix, expected);
        QVERIFY(qualityReportHtml(report).contains("1,000 judged rows: exact agreement 80.0%, within one level 90.0%"));

        // meta.judge survives a JSONL round trip.
        QByteArray line;
        appendJsonLine(line, run.rows().at(3), true);
        Example back;
        QVERIFY2(JsonlReader::parseLine(line.chopped(1), &back, &error), qPrintable(error));
        QVERIFY(back.judge);
        QCOMPARE(*back.judge, *run.rows().at(3).judge);
        QVERIFY(back.flags & FlagOffByMoreThanOne);

        // And a project (schema 3 keeps meta.judge): every verdict reads back equal.
        QTemporaryDir dir;
        WorkspaceError workspaceError;
        {
            auto workspace = Workspace::open(dir.filePath(u"judged.candor"_s), true, &workspaceError);
            QVERIFY2(workspace, qPrintable(workspaceError.message));
            workspace->appendRows(0, run.rows());
            QVERIFY(!workspace->flush());
        }
        auto workspace = Workspace::open(dir.filePath(u"judged.candor"_s), false, &workspaceError);
        QVERIFY2(workspace, qPrintable(workspaceError.message));
        QVector<Example> stored;
        QVERIFY(workspace->readRows(
            4096, [&stored](int, QVector<Example> chunk, QVector<std::optional<Example>>) { stored += chunk; },
            &workspaceError));
        QCOMPARE(stored.size(), 1000);
        for (int i = 0; i < 1000; ++i)
            QVERIFY2(stored.at(i) == run.rows().at(i), qPrintable(QString::number(i)));
    }

    // A budget stops new requests; the rows judged so far keep their verdicts and the cost stays under the cap.
    void budgetCapStopsTheRun()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.setHandler("POST", "/v1/chat/completions", [&](const RecordedRequest &) {
            w::OpenAiOptions options;
            options.usage.input = 1000;
            options.usage.output = 100;
            return w::openAiChat(u"{\"reasoning\":\"Fine.\",\"score\":5}"_s, options);
        });
        JudgeOptions options;
        options.provider = u"openai-compatible"_s;
        options.model = u"judge-model"_s;
        options.concurrency = 2;
        options.budgetUsd = 0.05; // $10 per million in: a call costs $0.011
        JudgeRun run(endpointFor(u"openai-compatible"_s, server.baseUrl().toString() + u"/v1"_s, QString()), options);
        PriceTable prices;
        prices.set({u"openai-compatible"_s, u"judge-model"_s, 10.0, 10.0});
        run.setPriceTable(prices);
        QSignalSpy finished(&run, &JudgeRun::finished);
        QString error;
        QVERIFY(run.start(rowsToJudge(100), {}, &error));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY2(finished.first().at(1).toString().contains(u"Stopped at the budget of $0.05"_s),
                 qPrintable(finished.first().at(1).toString()));
        QVERIFY(run.judged() >= 3 && run.judged() <= 4);
        QVERIFY(*run.costUsd() <= 0.05);
        QCOMPARE(server.requestCount(), run.judged());
    }

    // candor-cli judge killed with SIGKILL mid-run, then --resume: every row judged exactly once over both runs,
    // the output holds every verdict, and --report prints the agreement from the file alone.
    void cliSurvivesKill9()
    {
        ProviderTestServer server(ProviderTestServer::Threading::OwnThread);
        QVERIFY(server.listen());
        auto asked = std::make_shared<QHash<int, int>>();
        auto mutex = std::make_shared<QMutex>();
        server.setHandler("POST", "/v1/chat/completions", [asked, mutex](const RecordedRequest &r) {
            QString text;
            for (const QJsonValue &m : r.json().value(u"messages"_s).toArray())
                text += m.toObject().value(u"content"_s).toString();
            static const QRegularExpression question(u"Question (\\d+)\\?"_s);
            static const QRegularExpression level(u"An answer at level (-?\\d)\\."_s);
            const int n = question.match(text).captured(1).toInt();
            {
                QMutexLocker lock(mutex.get());
                ++(*asked)[n];
            }
            const int target = level.match(text).captured(1).toInt();
            ScriptedResponse s =
                w::openAiChat(u"{\"reasoning\":\"Looked.\",\"score\":%1}"_s.arg(fakeVerdict(n, target, 0) + 3));
            s.latencyMs = 15;
            return s;
        });
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in.jsonl"_s);
        const QString out = dir.filePath(u"judged.jsonl"_s);
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (const Example &e : rowsToJudge(300)) {
            QByteArray line;
            appendJsonLine(line, e, true);
            file.write(line);
        }
        file.close();
        const QStringList args{u"judge"_s,         in,
                               u"--provider"_s,    u"openai-compatible"_s,
                               u"--base-url"_s,    server.baseUrl().toString() + u"/v1"_s,
                               u"--model"_s,       u"judge-model"_s,
                               u"--concurrency"_s, u"2"_s,
                               u"--out"_s,         out};
        QProcess first;
        first.start(qEnvironmentVariable("CANDOR_CLI"), args);
        QVERIFY(first.waitForStarted());
        QVERIFY(QTest::qWaitFor([&] { return QFile(out + u".partial"_s).size() > 60 * 200; }, 60000));
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished());
        QVERIFY(!QFile::exists(out));
        QProcess again;
        again.start(qEnvironmentVariable("CANDOR_CLI"), args);
        QVERIFY(again.waitForFinished(30000));
        QCOMPARE(again.exitCode(), 2); // an interrupted run is not silently started over
        QVERIFY(again.readAllStandardError().contains("--resume"));
        again.start(qEnvironmentVariable("CANDOR_CLI"), args + QStringList{u"--resume"_s});
        QVERIFY(again.waitForFinished(60000));
        const QString said = QString::fromUtf8(again.readAllStandardOutput());
        QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
        QVERIFY2(said.contains(u"Resuming: "_s) && said.contains(u"exact 80.0%"_s), qPrintable(said));
        QVERIFY(!QFile::exists(out + u".partial"_s));
        // Each row asked once, over both runs (a row in flight at the kill may be asked a second time).
        int twice = 0;
        for (int n = 0; n < 300; ++n) {
            QVERIFY2(asked->value(n) >= 1, qPrintable(QString::number(n)));
            twice += asked->value(n) > 1 ? 1 : 0;
        }
        QVERIFY2(twice <= 2, qPrintable(QString::number(twice)));
        JsonlReader::Result result;
        QString error;
        QVERIFY(JsonlReader::readAll(out, &result, &error));
        QCOMPARE(result.rows.size(), 300);
        for (int i = 0; i < 300; ++i) {
            QVERIFY(result.rows.at(i).judge);
            QCOMPARE(result.rows.at(i).id, u"row-%1"_s.arg(i));
            QCOMPARE(bool(result.rows.at(i).flags & FlagLevelMismatch), i % 10 == 3 || i % 10 == 7);
        }
        QProcess report;
        report.start(qEnvironmentVariable("CANDOR_CLI"), {u"judge"_s, out, u"--report"_s});
        QVERIFY(report.waitForFinished(30000));
        const QByteArray printed = report.readAllStandardOutput();
        QVERIFY2(report.exitCode() == 0 && printed.contains("Agreement over 300 judged rows: exact 80.0%"),
                 printed.constData());
    }
};

QTEST_GUILESS_MAIN(TestJudge)
#include "tst_judge.moc"
