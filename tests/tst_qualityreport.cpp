// The dataset report: its counts against the rows they come from (20,000 template rows), the cue and length
// warnings on rows made to give their level away, the HTML as well-formed XML, candor-cli report on a project and a
// JSONL file, and the file opened in a real browser (headless Chromium) whose DOM shows the same counts.
#include "generation/templatebank.h"
#include "generation/templategenerator.h"
#include "storage/qualityreport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

QVector<Example> templateRows(int count, quint64 seed)
{
    TemplateGenerator::Options options;
    options.seed = seed;
    TemplateGenerator generator(TemplateBank::builtIn(), options);
    QString error;
    const LevelCounts counts{count / 5, count / 5, count / 5, count / 5, count / 5};
    if (!generator.plan(counts, &error))
        qFatal("cannot plan: %s", qPrintable(error));
    return generator.examples(0, generator.rowCount());
}

Example row(int level, const QString &prompt, const QString &answer)
{
    Example e;
    e.prompt = prompt;
    e.idealAnswer = answer;
    e.expectedFeedback = u"Feedback."_s;
    e.targetReward = level;
    e.tags = {u"science"_s};
    return e;
}

// The XML parser's verdict on the whole file: empty when it is well-formed.
QString xmlProblem(const QByteArray &html)
{
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    return xml.hasError() ? u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber()) : QString();
}

QString findChromium()
{
    for (const QString &name : {u"chromium"_s, u"chromium-browser"_s, u"google-chrome"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return QString();
}

} // namespace

class TestQualityReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every figure against the rows, counted here by hand.
    void countsMatchTheRows()
    {
        const QVector<Example> rows = templateRows(20000, 5);
        QCOMPARE(rows.size(), 20000);
        const QualityReport r = buildQualityReport(rows, u"Template rows"_s);
        QCOMPARE(r.rows, qint64(20000));
        for (int l = 0; l < Rubric::LevelCount; ++l) {
            QCOMPARE(r.perLevel[std::size_t(l)], qint64(4000));
            qint64 binned = 0;
            for (qint64 n : r.answers.bins[std::size_t(l)])
                binned += n;
            QCOMPARE(binned, qint64(4000));
        }
        double sum = 0;
        qint64 atMinusTwo = 0;
        QMap<QString, qint64> domains;
        QHash<QString, int> seen;
        qint64 duplicates = 0;
        for (const Example &e : rows) {
            if (e.targetReward == -2) {
                sum += e.idealAnswer.size();
                ++atMinusTwo;
            }
            ++domains[e.tags.value(0)];
            duplicates += seen[QString::number(e.targetReward) + u'|' + normalisedPrompt(e.prompt)]++ > 0 ? 1 : 0;
        }
        QCOMPARE(r.answers.mean[0], sum / double(atMinusTwo));
        QCOMPARE(r.domains.size(), domains.size());
        for (auto it = domains.cbegin(); it != domains.cend(); ++it) {
            qint64 inDomain = 0;
            for (qint64 n : r.domains.value(it.key()))
                inDomain += n;
            QCOMPARE(inDomain, it.value());
        }
        QCOMPARE(r.exactDuplicates, duplicates);
        QCOMPARE(r.sources, (QMap<QString, qint64>{{u"template"_s, 20000}}));
        QCOMPARE(r.statuses, (QMap<QString, qint64>{{u"pending"_s, 20000}}));
        QCOMPARE(r.cueRows, qint64(20000));
        for (int l = 0; l < Rubric::LevelCount; ++l)
            QCOMPARE(r.cues[std::size_t(l)].size(), 10);

        const QByteArray html = qualityReportHtml(r);
        const QString problem = xmlProblem(html);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(html.contains("<td>4,000</td><td>20.0%</td>"));
        QCOMPARE(html.count("<svg "), 1 + 2 * Rubric::LevelCount);
        QVERIFY(!html.contains("<script"));
        QVERIFY(!html.contains("http://") || html.count("http://") == html.count("xmlns=\"http://"));
    }

    // A word that is in every -2 answer and no other, and level-0 answers three times as long: both are warned
    // about, with their figures.
    void surfaceCuesAreWarned()
    {
        QVector<Example> rows;
        for (int i = 0; i < 400; ++i) {
            const int level = i % 5 - 2;
            QString answer = u"The answer to question %1 is about ten words long here."_s.arg(i);
            if (level == -2)
                answer += u" Definitely."_s;
            if (level == 0)
                answer = answer.repeated(3);
            rows << row(level, u"Question %1?"_s.arg(i), answer);
        }
        rows << row(1, u"question 3"_s, u"Again."_s); // the prompt of row 3, at its level: a duplicate
        const QualityReport r = buildQualityReport(rows, u"Cues"_s);
        QCOMPARE(r.cues[0].first().text, u"definitely"_s);
        QCOMPARE(r.cues[0].first().inLevel, 1.0);
        QCOMPARE(r.cues[0].first().elsewhere, 0.0);
        QCOMPARE(r.cues[0].first().balancedAccuracy, 1.0);
        const QString warnings = r.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"Level -2 is given away by \"definitely\": it is in 100.0% of the level's answers "
                                   "and 0.0% of the others"_s),
                 qPrintable(warnings));
        QVERIFY2(warnings.contains(u"Level 0 answers average"_s), qPrintable(warnings));
        QCOMPARE(r.exactDuplicates, qint64(1));
        QCOMPARE(r.duplicateExamples.first(), qMakePair(qint64(3), qint64(400)));
        QVERIFY(xmlProblem(qualityReportHtml(r)).isEmpty());
    }

    // candor-cli report on a project (with its configuration) and on a JSONL file, then the file in Chromium.
    void cliReportOpensInABrowser()
    {
        const QString cli = qEnvironmentVariable("CANDOR_CLI");
        QVERIFY2(!cli.isEmpty(), "CANDOR_CLI is not set; run the suite through ctest");
        const QString project = m_dir.filePath(u"report.candor"_s);
        const QString jsonl = m_dir.filePath(u"report.jsonl"_s);
        QProcess p;
        p.start(cli, {u"generate"_s, u"--count"_s, u"5000"_s, u"--seed"_s, u"9"_s, u"--ladders"_s, u"0.4"_s,
                      u"--project"_s, project, u"--out"_s, jsonl, u"--quiet"_s});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

        const QString fromProject = m_dir.filePath(u"project.html"_s);
        p.start(cli, {u"report"_s, project, u"--out"_s, fromProject});
        QVERIFY(p.waitForFinished(120000));
        const QString said = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(said.startsWith(u"Wrote the report of 5,000 rows to "_s), qPrintable(said));
        QFile file(fromProject);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(xmlProblem(html).isEmpty());
        QVERIFY(html.contains("&quot;seed&quot;: &quot;9&quot;") || html.contains("&quot;seed&quot;: 9"));
        QVERIFY(html.contains("<td>1,000</td><td>20.0%</td>"));
        QVERIFY2(html.contains("400 contrast ladders (2,000 rows in ladders)"), html.left(2000).constData());

        const QString fromJsonl = m_dir.filePath(u"jsonl.html"_s);
        p.start(cli, {u"report"_s, jsonl, u"--out"_s, fromJsonl, u"--title"_s, u"Five thousand rows"_s});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        p.start(cli, {u"report"_s, jsonl});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--out FILE is missing"));

        const QString chromium = findChromium();
        if (chromium.isEmpty())
            QSKIP("Chromium is not installed (packaging/install-deps.sh installs it): the report was not opened in "
                  "a browser");
        // The browser's own parse of the file: the DOM it built holds the same counts and every chart.
        const QStringList headless{u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s,
                                   u"--user-data-dir="_s + m_dir.filePath(u"chromium"_s)};
        p.start(chromium, headless + QStringList{u"--dump-dom"_s, u"file://"_s + fromJsonl});
        QVERIFY(p.waitForFinished(120000));
        const QByteArray dom = p.readAllStandardOutput();
        QVERIFY2(dom.contains("<title>Five thousand rows</title>"), dom.left(500).constData());
        QVERIFY(dom.contains("<td>1,000</td><td>20.0%</td>"));
        QCOMPARE(dom.count("<svg "), 1 + 2 * Rubric::LevelCount);
        const QString shot = m_dir.filePath(u"report.png"_s);
        p.start(chromium, headless + QStringList{u"--window-size=1280,1600"_s, u"--screenshot="_s + shot,
                                                 u"file://"_s + fromJsonl});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(QFile(shot).size() > 20000, qPrintable(QString::number(QFile(shot).size())));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestQualityReport)
#include "tst_qualityreport.moc"
