// The trainer exports (DPO, RM, KTO, OpenAI-style preference, RLWHF, GRPO, reference, SFT threshold, the Hugging Face
// folder): byte-for-byte golden files from a fixed row set, exact pair counts, the rules validate checks them by, and
// the card's YAML reader. Set CANDOR_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change.
#include "config.h"
#include "dataset/example.h"
#include "dataset/rubric.h"
#include "generation/ladderclaims.h"
#include "generation/templatebank.h"
#include "generation/templategenerator.h"
#include "storage/datasetcheck.h"
#include "storage/exporter.h"
#include "storage/hfcard.h"
#include "storage/jsonlreader.h"
#include "storage/trainerlines.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {

const QString kGolden = QStringLiteral(CANDOR_GOLDEN_DIR);

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The fixed rows every golden file is made from (tests/data/golden/rows.jsonl): two full five-level ladders (one in
// French with emoji, one from an LLM), an incomplete ladder whose prompt needs JSON escapes (quotes, backslashes,
// CR LF, a tab), a tie (two rows at 0 for one prompt), a lone row and a ladder whose -2 row is rejected. One row
// of the first ladder writes its prompt in another case and without the question mark: the same ladder.
QVector<Example> goldenRows()
{
    JsonlReader::Result result;
    QString error;
    if (!JsonlReader::readAll(kGolden + u"/rows.jsonl"_s, &result, &error) || !result.errors.isEmpty())
        qFatal("cannot read the golden rows: %s", qPrintable(error));
    return result.rows;
}

// Compares bytes with a golden file; CANDOR_UPDATE_GOLDEN=1 writes the file instead.
bool matchesGolden(const QByteArray &actual, const QString &name, QString *problem)
{
    const QString path = kGolden + u'/' + name;
    if (qEnvironmentVariableIntValue("CANDOR_UPDATE_GOLDEN") == 1 && !writeBytes(path, actual)) {
        *problem = u"cannot write "_s + path;
        return false;
    }
    const QByteArray expected = readBytes(path);
    if (expected == actual)
        return true;
    qsizetype at = 0;
    while (at < qMin(expected.size(), actual.size()) && expected.at(at) == actual.at(at))
        ++at;
    *problem = u"%1 differs at byte %2 (expected %3 bytes, got %4):\n  expected: %5\n  actual:   %6"_s.arg(name)
                   .arg(at)
                   .arg(expected.size())
                   .arg(actual.size())
                   .arg(QString::fromUtf8(expected.mid(qMax<qsizetype>(0, at - 40), 120)),
                        QString::fromUtf8(actual.mid(qMax<qsizetype>(0, at - 40), 120)));
    return false;
}

Example row(const QString &prompt, int reward, const QString &answer = QString())
{
    Example e;
    e.prompt = prompt;
    e.idealAnswer = answer.isEmpty() ? u"Answer to %1 at %2"_s.arg(prompt).arg(reward) : answer;
    e.expectedFeedback = u"Feedback."_s;
    e.targetReward = reward;
    e.tags = {u"science"_s, Rubric::level(reward).behaviourTag};
    return e;
}

// n full ladders, each with every level from +2 down to -2, the ladders' rows interleaved.
QVector<Example> fullLadders(int n)
{
    QVector<Example> rows;
    for (int level = Rubric::MaxReward; level >= Rubric::MinReward; --level) {
        for (int i = 0; i < n; ++i)
            rows << row(u"Question %1?"_s.arg(i), level);
    }
    return rows;
}

QStringList problemsOf(const DatasetReport &report)
{
    QStringList problems;
    for (const LineError &e : report.errors)
        problems << u"error line %1: %2"_s.arg(e.line).arg(e.message);
    return problems;
}

} // namespace

class TestTrainerExports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goldenFiles_data();
    void goldenFiles();
    void goldenSummaries();
    void hfGoldenFolder();
    void pairCounts_data();
    void pairCounts();
    void tiesNeverPair();
    void identicalAnswersDoNotPair();
    void ladderKeyIsTheNormalisedPrompt();
    void sameRowsSameBytes();
    void rlwhfMetadata();
    void rlwhfDecompositionFromTheBank();
    void reportSaysWhatWasLeftOut();
    void validateRejectsBrokenLines_data();
    void validateRejectsBrokenLines();
    void hfSplitKeepsLaddersWhole();
    void hfRefusesForeignFolderAndReplacesItsOwn();
    void hfNeedsALicence();
    void validateHfFolder();
    void yamlSubset_data();
    void yamlSubset();
    void cancelLeavesNothing();

private:
    QTemporaryDir m_tmp;
};

void TestTrainerExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    QCOMPARE(goldenRows().size(), 19);
}

void TestTrainerExports::goldenFiles_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("pairs");
    QTest::addColumn<int>("selection");
    QTest::addColumn<int>("level"); // sft-min-level or kto threshold
    QTest::addColumn<QString>("golden");
    QTest::addColumn<qint64>("lines");

    const int adjacent = int(PairMode::Adjacent);
    const int all = int(ExportSelection::All);
    QTest::newRow("dpo") << int(ExportFormat::Dpo) << adjacent << all << 0 << u"dpo.jsonl"_s << qint64(13);
    QTest::newRow("dpo, all pairs") << int(ExportFormat::Dpo) << int(PairMode::All) << all << 0 << u"dpo-all.jsonl"_s
                                    << qint64(26);
    QTest::newRow("dpo, best vs rest, not rejected")
        << int(ExportFormat::Dpo) << int(PairMode::BestVsRest) << int(ExportSelection::AllButRejected) << 0
        << u"dpo-best-not-rejected.jsonl"_s << qint64(12);
    QTest::newRow("dpo-chat") << int(ExportFormat::DpoChat) << adjacent << all << 0 << u"dpo-chat.jsonl"_s
                              << qint64(13);
    QTest::newRow("rm") << int(ExportFormat::Rm) << adjacent << all << 0 << u"rm.jsonl"_s << qint64(13);
    QTest::newRow("openai-preference") << int(ExportFormat::OpenAiPreference) << adjacent << all << 0
                                       << u"openai-preference.jsonl"_s << qint64(13);
    QTest::newRow("kto") << int(ExportFormat::Kto) << adjacent << all << 1 << u"kto.jsonl"_s << qint64(19);
    QTest::newRow("kto, accepted") << int(ExportFormat::Kto) << adjacent << int(ExportSelection::AcceptedOnly) << 2
                                   << u"kto-accepted.jsonl"_s << qint64(5);
    QTest::newRow("rlwhf") << int(ExportFormat::Rlwhf) << adjacent << all << 0 << u"rlwhf.jsonl"_s << qint64(19);
    QTest::newRow("grpo") << int(ExportFormat::Grpo) << adjacent << all << 0 << u"grpo.jsonl"_s << qint64(6);
    QTest::newRow("reference") << int(ExportFormat::Reference) << adjacent << all << 0 << u"reference.jsonl"_s
                               << qint64(4);
    QTest::newRow("openai-chat, +2 only")
        << int(ExportFormat::OpenAiChat) << adjacent << all << 2 << u"sft.jsonl"_s << qint64(4);
    QTest::newRow("openai-chat, from +1")
        << int(ExportFormat::OpenAiChat) << adjacent << all << 1 << u"sft-from-plus-one.jsonl"_s << qint64(6);
}

void TestTrainerExports::goldenFiles()
{
    QFETCH(int, format);
    QFETCH(int, pairs);
    QFETCH(int, selection);
    QFETCH(int, level);
    QFETCH(QString, golden);
    QFETCH(qint64, lines);

    ExportOptions options;
    options.path = m_tmp.filePath(golden);
    options.format = ExportFormat(format);
    options.pairs = PairMode(pairs);
    options.selection = ExportSelection(selection);
    options.sftMinLevel = level;
    options.ktoThreshold = level;
    const ExportSummary summary = exportRows(goldenRows(), options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.rowsWritten, lines);
    const QByteArray bytes = readBytes(options.path);
    QCOMPARE(summary.bytes, qint64(bytes.size()));
    QCOMPARE(qint64(bytes.count('\n')), lines);
    QString problem;
    QVERIFY2(matchesGolden(bytes, golden, &problem), qPrintable(problem));

    // The schema, by validate's rules: every line parses and passes; the format is recognised from the content
    // (grpo lines are seed rows by their keys, so grpo is named).
    DatasetCheckOptions check;
    if (options.format == ExportFormat::Grpo)
        check.format = ExportFormat::Grpo;
    DatasetReport report;
    QVERIFY2(checkDataset(options.path, check, &report, &problem), qPrintable(problem));
    QCOMPARE(int(report.format), format);
    QVERIFY2(report.errorCount == 0, qPrintable(problemsOf(report).join(u'\n')));
    QCOMPARE(report.rows, lines);
    // The tie (two rows at 0 for one prompt) is a same-prompt, same-level repeat by validate's duplicate rule.
    QCOMPARE(report.duplicateCount, qint64(options.format == ExportFormat::Rlwhf ? 1 : 0));
    if (options.format == ExportFormat::Kto) {
        QCOMPARE(report.labelTrue, level == 1 ? qint64(6) : qint64(4)); // +1 and up of all; +2 of the accepted
        QCOMPARE(report.labelTrue + report.labelFalse, lines);
    }

    // And by the line's own shape: every line an object with exactly the format's keys.
    const QHash<int, QStringList> keys{
        {int(ExportFormat::Dpo), {u"chosen"_s, u"prompt"_s, u"rejected"_s}},
        {int(ExportFormat::DpoChat), {u"chosen"_s, u"prompt"_s, u"rejected"_s}},
        {int(ExportFormat::Rm), {u"chosen"_s, u"margin"_s, u"rejected"_s}},
        {int(ExportFormat::OpenAiPreference), {u"input"_s, u"non_preferred_output"_s, u"preferred_output"_s}},
        {int(ExportFormat::Kto), {u"completion"_s, u"label"_s, u"prompt"_s}},
        {int(ExportFormat::Rlwhf), {u"answer"_s, u"feedback"_s, u"metadata"_s, u"prompt"_s, u"reward"_s}},
        {int(ExportFormat::Grpo),
         {u"expected_feedback"_s, u"ideal_answer"_s, u"prompt"_s, u"tags"_s, u"target_reward"_s}},
        {int(ExportFormat::Reference), {u"prompt"_s, u"reference"_s}},
        {int(ExportFormat::OpenAiChat), {u"messages"_s}},
    };
    for (const QByteArray &line : bytes.chopped(1).split('\n')) {
        QJsonParseError parseError;
        const QJsonObject object = QJsonDocument::fromJson(line, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(object.keys(), keys.value(format));
        if (options.format == ExportFormat::Rm) {
            QVERIFY(object.value(u"margin"_s).toDouble() >= 1);
            QVERIFY(line.contains(".0}"));
        }
    }
}

// What each export says it did with the 19 golden rows, counted by hand.
void TestTrainerExports::goldenSummaries()
{
    const QVector<Example> rows = goldenRows();
    ExportOptions options;
    options.path = m_tmp.filePath(u"summary.jsonl"_s);
    options.format = ExportFormat::Dpo;
    ExportSummary s = exportRows(rows, options);
    QVERIFY(s.ok);
    QCOMPARE(s.ladders, qint64(6));
    QCOMPARE(s.pairsWritten, qint64(13));
    // Two full ladders: 4 adjacent pairs each; the escapes ladder +2>0>-2: 2; the tie 0,0>-2: 2; Eiffel +2>-2: 1.
    QCOMPARE(s.pairKinds[4][3], qint64(2));
    QCOMPARE(s.pairKinds[3][2], qint64(2));
    QCOMPARE(s.pairKinds[2][1], qint64(2));
    QCOMPARE(s.pairKinds[1][0], qint64(2));
    QCOMPARE(s.pairKinds[4][2], qint64(1));
    QCOMPARE(s.pairKinds[2][0], qint64(3));
    QCOMPARE(s.pairKinds[4][0], qint64(1));
    QCOMPARE(s.skipped[int(SkipReason::NoPartner)], qint64(1)); // the lone Wi-Fi row
    QCOMPARE(s.skipped[int(SkipReason::NotSelected)], qint64(0));
    QCOMPARE(s.perLevel, (LevelCounts{5, 2, 5, 2, 4}));

    // Without the rejected row the Eiffel ladder has one level left: its +2 row pairs with nothing.
    options.selection = ExportSelection::AllButRejected;
    s = exportRows(rows, options);
    QCOMPARE(s.pairsWritten, qint64(12));
    QCOMPARE(s.skipped[int(SkipReason::NotSelected)], qint64(1));
    QCOMPARE(s.rowsSkipped, qint64(1));
    QCOMPARE(s.skipped[int(SkipReason::NoPartner)], qint64(2));

    // A margin of 3 keeps +2>-1, +2>-2, +1>-2 in the full ladders (adjacent: the nearest level 3 or more below).
    options.selection = ExportSelection::All;
    options.minMargin = 3;
    s = exportRows(rows, options);
    QCOMPARE(s.pairKinds[4][1], qint64(2));
    QCOMPARE(s.pairKinds[3][0], qint64(2));
    QCOMPARE(s.pairKinds[4][0], qint64(2)); // the escapes ladder's and the Eiffel ladder's +2>-2
    QCOMPARE(s.pairsWritten, qint64(6));
    // The full ladders' 0 rows, the escapes ladder's 0 row and the tie ladder's rows are too close to anything.
    QCOMPARE(s.skipped[int(SkipReason::BelowMargin)], qint64(2 + 1 + 3));

    options.format = ExportFormat::Grpo;
    s = exportRows(rows, options);
    QCOMPARE(s.rowsWritten, qint64(6));
    QCOMPARE(s.skipped[int(SkipReason::BelowLevel)], qint64(7));
    QCOMPARE(s.skipped[int(SkipReason::NotLadderBest)], qint64(6));
    options.format = ExportFormat::Reference;
    s = exportRows(rows, options);
    QCOMPARE(s.rowsWritten, qint64(4));
    QCOMPARE(s.skipped[int(SkipReason::BelowLevel)], qint64(15));
    options.format = ExportFormat::Kto;
    s = exportRows(rows, options);
    QCOMPARE(s.ktoDesirable, qint64(6));
    QCOMPARE(s.ktoUndesirable, qint64(13));
    options.format = ExportFormat::OpenAiChat;
    s = exportRows(rows, options);
    QCOMPARE(s.rowsWritten, qint64(4));
    QCOMPARE(s.skipped[int(SkipReason::BelowLevel)], qint64(15));
}

void TestTrainerExports::hfGoldenFolder()
{
    ExportOptions options;
    options.path = m_tmp.filePath(u"hf-golden"_s);
    options.format = ExportFormat::Hf;
    options.license = u"cc-by-4.0"_s;
    options.split = {0.6, 0.2, 0.2};
    options.seed = 7;
    const ExportSummary s = exportRows(goldenRows(), options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.rowsWritten, qint64(19));
    QCOMPARE(s.pairsWritten, qint64(13));
    QCOMPARE(s.splitRows[0] + s.splitRows[1] + s.splitRows[2], qint64(19));
    QCOMPARE(s.splitLadders[0] + s.splitLadders[1] + s.splitLadders[2], qint64(6));
    QStringList files;
    QDirIterator it(options.path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(options.path).relativeFilePath(it.next());
    files.sort();
    QStringList listed = s.files;
    listed.sort();
    QCOMPARE(files, listed);
    QVERIFY(files.contains(u"README.md"_s));
    QVERIFY(files.contains(u"data/seed/train.jsonl"_s));
    QVERIFY(files.contains(u"data/dpo/train.jsonl"_s));
    for (const QString &file : std::as_const(files)) {
        QString problem;
        // The card names the Candor version; the golden card says @VERSION@ so a release does not change it.
        const QByteArray bytes =
            readBytes(QDir(options.path).filePath(file)).replace("Candor " CANDOR_VERSION "\n", "Candor @VERSION@\n");
        QVERIFY2(matchesGolden(bytes, u"hf/"_s + file, &problem), qPrintable(problem));
    }
    // The golden folder holds nothing the export did not write.
    QStringList golden;
    QDirIterator goldenIt(kGolden + u"/hf"_s, QDir::Files, QDirIterator::Subdirectories);
    while (goldenIt.hasNext())
        golden << QDir(kGolden + u"/hf"_s).relativeFilePath(goldenIt.next());
    golden.sort();
    QCOMPARE(golden, files);
}

void TestTrainerExports::pairCounts_data()
{
    QTest::addColumn<int>("ladders");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("margin");
    QTest::addColumn<qint64>("pairs");

    QTest::newRow("4 full ladders, adjacent") << 4 << int(PairMode::Adjacent) << 1 << qint64(16);
    QTest::newRow("4 full ladders, all") << 4 << int(PairMode::All) << 1 << qint64(40);
    QTest::newRow("4 full ladders, best vs rest") << 4 << int(PairMode::BestVsRest) << 1 << qint64(16);
    QTest::newRow("4 full ladders, adjacent, margin 2") << 4 << int(PairMode::Adjacent) << 2 << qint64(12);
    QTest::newRow("4 full ladders, all, margin 2") << 4 << int(PairMode::All) << 2 << qint64(24);
    QTest::newRow("4 full ladders, all, margin 4") << 4 << int(PairMode::All) << 4 << qint64(4);
    QTest::newRow("4 full ladders, best vs rest, margin 3") << 4 << int(PairMode::BestVsRest) << 3 << qint64(8);
    QTest::newRow("1000 full ladders, all") << 1000 << int(PairMode::All) << 1 << qint64(10000);
}

void TestTrainerExports::pairCounts()
{
    QFETCH(int, ladders);
    QFETCH(int, mode);
    QFETCH(int, margin);
    QFETCH(qint64, pairs);

    ExportOptions options;
    options.path = m_tmp.filePath(u"counts.jsonl"_s);
    options.format = ExportFormat::OpenAiPreference;
    options.pairs = PairMode(mode);
    options.minMargin = margin;
    const ExportSummary s = exportRows(fullLadders(ladders), options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.ladders, qint64(ladders));
    QCOMPARE(s.pairsWritten, pairs);
    qint64 kinds = 0;
    for (int c = 0; c < Rubric::LevelCount; ++c) {
        for (int r = 0; r < Rubric::LevelCount; ++r) {
            kinds += s.pairKinds[c][r];
            if (s.pairKinds[c][r]) {
                QVERIFY2(c > r, "a pair's chosen level is always above its rejected level");
                QVERIFY(c - r >= margin);
            }
        }
    }
    QCOMPARE(kinds, pairs);
    QCOMPARE(qint64(readBytes(options.path).count('\n')), pairs);
    DatasetReport report;
    QString error;
    QVERIFY(checkDataset(options.path, &report, &error));
    QCOMPARE(report.rows, pairs);
    QCOMPARE(report.errorCount, qint64(0));
}

void TestTrainerExports::tiesNeverPair()
{
    // +2, +2, 0, 0, -2 for one prompt: adjacent gives 2x2 (+2>0) and 2x1 (0>-2), all adds 2x1 (+2>-2).
    QVector<Example> rows{row(u"Q?"_s, 2, u"A"_s), row(u"Q?"_s, 2, u"B"_s), row(u"Q?"_s, 0, u"C"_s),
                          row(u"Q?"_s, 0, u"D"_s), row(u"Q?"_s, -2, u"E"_s)};
    const auto levelOf = [&rows](int i) { return rows.at(i).targetReward; };
    const QVector<int> ladder{0, 1, 2, 3, 4};
    QVector<PreferencePair> pairs = ladderPairs(ladder, levelOf, PairMode::Adjacent, 1);
    QStringList text;
    for (const PreferencePair &p : pairs)
        text << rows.at(p.chosen).idealAnswer + u'>' + rows.at(p.rejected).idealAnswer;
    QCOMPARE(text, (QStringList{u"A>C"_s, u"A>D"_s, u"B>C"_s, u"B>D"_s, u"C>E"_s, u"D>E"_s}));
    pairs = ladderPairs(ladder, levelOf, PairMode::All, 1);
    QCOMPARE(pairs.size(), 8);
    pairs = ladderPairs(ladder, levelOf, PairMode::BestVsRest, 1);
    text.clear();
    for (const PreferencePair &p : pairs)
        text << rows.at(p.chosen).idealAnswer + u'>' + rows.at(p.rejected).idealAnswer;
    // Levels first (rejected level from high to low), then rows: the fixed order ladderPairs documents.
    QCOMPARE(text, (QStringList{u"A>C"_s, u"A>D"_s, u"B>C"_s, u"B>D"_s, u"A>E"_s, u"B>E"_s}));
    // A ladder of ties only has nothing to prefer.
    QVERIFY(ladderPairs({0, 1}, levelOf, PairMode::All, 1).isEmpty());
}

void TestTrainerExports::identicalAnswersDoNotPair()
{
    ExportOptions options;
    options.path = m_tmp.filePath(u"identical.jsonl"_s);
    options.format = ExportFormat::Dpo;
    const ExportSummary s =
        exportRows({row(u"Q?"_s, 2, u"Same text."_s), row(u"Q?"_s, 1, u" Same text. "_s), row(u"Q?"_s, 0)}, options);
    QVERIFY(s.ok);
    QCOMPARE(s.pairsIdentical, qint64(1));
    QCOMPARE(s.pairsWritten, qint64(1));                        // +1>0
    QCOMPARE(s.skipped[int(SkipReason::NoPartner)], qint64(1)); // the +2 row: its only partner said the same
}

void TestTrainerExports::ladderKeyIsTheNormalisedPrompt()
{
    QCOMPARE(ladderKey(row(u"  What IS the boiling point?  "_s, 2)), ladderKey(row(u"what is the boiling point"_s, 0)));
    QVERIFY(ladderKey(row(u"What is the boiling point?"_s, 2)) != ladderKey(row(u"What is the melting point?"_s, 2)));
    // The pair's prompt is the ladder's first row's prompt, as written.
    ExportOptions options;
    options.path = m_tmp.filePath(u"key.jsonl"_s);
    options.format = ExportFormat::Dpo;
    QVERIFY(exportRows({row(u"What is it?"_s, 2, u"A"_s), row(u"what is it"_s, 0, u"B"_s)}, options).ok);
    QCOMPARE(readBytes(options.path), QByteArray("{\"prompt\":\"What is it?\",\"chosen\":\"A\",\"rejected\":\"B\"}\n"));
}

void TestTrainerExports::sameRowsSameBytes()
{
    const QVector<Example> rows = fullLadders(50);
    for (ExportFormat format : {ExportFormat::Dpo, ExportFormat::Rm, ExportFormat::Kto, ExportFormat::Grpo}) {
        ExportOptions options;
        options.format = format;
        options.pairs = PairMode::All;
        options.path = m_tmp.filePath(u"same-a.jsonl"_s);
        QVERIFY(exportRows(rows, options).ok);
        options.path = m_tmp.filePath(u"same-b.jsonl"_s);
        QVERIFY(exportRows(rows, options).ok);
        QCOMPARE(readBytes(m_tmp.filePath(u"same-a.jsonl"_s)), readBytes(m_tmp.filePath(u"same-b.jsonl"_s)));
    }
    // Ladders come out in the order of their first rows: Question 0 first, though its rows are spread out.
    ExportOptions options;
    options.format = ExportFormat::Dpo;
    options.path = m_tmp.filePath(u"order.jsonl"_s);
    QVERIFY(exportRows(rows, options).ok);
    const QList<QByteArray> lines = readBytes(options.path).split('\n');
    QVERIFY(lines.at(0).startsWith("{\"prompt\":\"Question 0?\""));
    QVERIFY(lines.at(3).startsWith("{\"prompt\":\"Question 0?\""));
    QVERIFY(lines.at(4).startsWith("{\"prompt\":\"Question 1?\""));
}

void TestTrainerExports::rlwhfMetadata()
{
    Example llm = row(u"Q?"_s, -1);
    llm.source = ExampleSource::Llm;
    llm.provider = u"anthropic"_s;
    llm.model = u"claude-x"_s;
    llm.tags = {u"history"_s, u"intermediate"_s}; // no behaviour tag: the level's
    Example templated = row(u"Q?"_s, 1);
    Example imported = row(u"Q?"_s, 0);
    imported.source = ExampleSource::Imported;
    QCOMPARE(rlwhfSourceAi(llm), u"anthropic/claude-x"_s);
    QCOMPARE(rlwhfSourceAi(templated), u"candor-template"_s);
    QCOMPARE(rlwhfSourceAi(imported), u"unknown"_s);
    QCOMPARE(rubricDimension(llm), u"overconfident"_s);
    QCOMPARE(rubricDimension(templated), u"partial-hedged"_s);
    QByteArray line;
    appendRlwhfLine(line, llm, 0.85);
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    QCOMPARE(o.value(u"reward"_s).toInt(), -1);
    QCOMPARE(o.value(u"metadata"_s).toObject().value(u"confidence_score"_s).toDouble(), 0.85);
    // The documented defaults, per level.
    QCOMPARE(Rubric::expressedConfidence(-2), 0.95);
    QCOMPARE(Rubric::expressedConfidence(0), 0.1);
    QCOMPARE(Rubric::expressedConfidence(2), 0.9);
}

// RLWHF decomposition for the template bank's ladder rows: which claims are true, which invented, with the
// corrections, checked on one hand-made row and over a 1,000-row ladder run by validate's rules.
void TestTrainerExports::rlwhfDecompositionFromTheBank()
{
    const auto bank = TemplateBank::builtIn();
    QVERIFY(bank);
    const LadderClaims claims(bank);
    // The first geography ladder ("What is the capital of {country}?") at -1, drawn from the Canada row.
    Example mix = row(u"What is the capital of Canada?"_s, -1,
                      u"The capital of Canada is Toronto, and the country lies in North America."_s);
    mix.templateId = u"geography/ladder#1"_s;
    QCOMPARE(claims.decompositionJson(mix),
             QByteArray(R"({"positive_fragments":[{"text":"Geographically, Canada lies in North America.",)"
                        R"("correctness":1,"category":"verified_fact"}],"negative_fragments":[{"text":"Toronto is )"
                        R"(the capital of Canada.","correctness":0,"category":"factual_error","correction":"The )"
                        R"(capital of Canada is Ottawa."}],"honesty_signals":[],"missing_honesty":[{"claim":)"
                        R"("Toronto is the capital of Canada.","reason":"false, yet stated as flatly as the true )"
                        R"(claims beside it"}],"overall_honesty":0.25,"overall_correctness":0.5})"));
    // The long form appends the level's long text: the same claims.
    Example longForm = mix;
    longForm.idealAnswer += u" It is the seat of the national government and the country's main political centre."_s;
    QCOMPARE(claims.decompositionJson(longForm), claims.decompositionJson(mix));
    // An edited answer, an answer in other words, an LLM row: the bank cannot vouch for their claims.
    Example edited = mix;
    edited.flags |= FlagEdited;
    QVERIFY(claims.decompositionJson(edited).isEmpty());
    Example reworded = mix;
    reworded.idealAnswer = u"Toronto, I think."_s;
    QVERIFY(claims.decompositionJson(reworded).isEmpty());
    QVERIFY(claims.decompositionJson(row(u"Q?"_s, -1)).isEmpty());

    // A 1,000-row ladder run: every row decomposed, by the rules of each level.
    TemplateGenerator::Options generatorOptions;
    generatorOptions.seed = 11;
    TemplateGenerator generator(bank, generatorOptions);
    RowPlan plan;
    plan.ladders = 200;
    plan.levelSet = 0x1f;
    QString error;
    QVERIFY2(generator.plan(plan, &error), qPrintable(error));
    QVector<Example> rows = generator.examples(0, generator.rowCount());
    QCOMPARE(rows.size(), 1000);
    rows[7].idealAnswer += u" (checked)"_s; // edited by hand: left without a decomposition
    rows[7].flags |= FlagEdited;
    ExportOptions options;
    options.path = m_tmp.filePath(u"decomposed.jsonl"_s);
    options.format = ExportFormat::Rlwhf;
    LadderClaims::addTo(options);
    const ExportSummary summary = exportRows(rows, options);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.rowsWritten, qint64(1000));
    QCOMPARE(summary.decomposed, qint64(999));
    QVERIFY2(exportReport(summary, options).join(u'\n').contains(u"999 row(s) with a decomposition"_s),
             qPrintable(exportReport(summary, options).join(u'\n')));
    DatasetCheckOptions check;
    DatasetReport report;
    QVERIFY2(checkDataset(options.path, check, &report, &error), qPrintable(error));
    QCOMPARE(report.format, ExportFormat::Rlwhf);
    QVERIFY2(report.errorCount == 0, qPrintable(problemsOf(report).join(u'\n')));
    const QList<QByteArray> lines = readBytes(options.path).chopped(1).split('\n');
    QCOMPARE(lines.size(), 1000);
    LevelCounts negativeRows{};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
        const int level = o.value(u"reward"_s).toInt();
        QCOMPARE(level, rows.at(i).targetReward);
        if (i == 7) {
            QVERIFY(!o.contains(u"decomposition"_s));
            continue;
        }
        const QJsonObject d = o.value(u"decomposition"_s).toObject();
        const QJsonArray negative = d.value(u"negative_fragments"_s).toArray();
        const QJsonArray positive = d.value(u"positive_fragments"_s).toArray();
        const QJsonArray signals = d.value(u"honesty_signals"_s).toArray();
        const QJsonArray missing = d.value(u"missing_honesty"_s).toArray();
        for (const QJsonValue &n : negative)
            QVERIFY(!n.toObject().value(u"correction"_s).toString().isEmpty());
        negativeRows[std::size_t(Rubric::indexOf(level))] += negative.isEmpty() ? 0 : 1;
        switch (level) {
        case 2:
        case 1:
            QVERIFY2(negative.isEmpty() && !positive.isEmpty(), lines.at(i).constData());
            QCOMPARE(d.value(u"overall_correctness"_s).toDouble(), 1.0);
            QCOMPARE(signals.size(), level == 1 ? 1 : 0);
            break;
        case 0:
            QVERIFY(negative.isEmpty() && positive.isEmpty() && missing.isEmpty());
            QCOMPARE(signals.size(), 1);
            QCOMPARE(signals.first().toObject().value(u"text"_s).toString(), rows.at(i).idealAnswer);
            break;
        default:
            QCOMPARE(missing.size(), negative.size());
            QVERIFY(signals.isEmpty());
            QCOMPARE(d.value(u"overall_honesty"_s).toDouble(), level == -2 ? 0.0 : 0.25);
            QVERIFY(d.value(u"overall_correctness"_s).toDouble() < 1.0);
        }
    }
    // Every fabrication and every overconfident mix names at least one invented claim.
    QCOMPARE(negativeRows[0], 200);
    QCOMPARE(negativeRows[1], 200 - (rows.at(7).targetReward == -1 ? 1 : 0));
}

void TestTrainerExports::reportSaysWhatWasLeftOut()
{
    ExportOptions options;
    options.path = m_tmp.filePath(u"report.jsonl"_s);
    options.format = ExportFormat::Dpo;
    options.selection = ExportSelection::AllButRejected;
    const QStringList lines = exportReport(exportRows(goldenRows(), options), options);
    const QString text = lines.join(u'\n');
    for (const QString &expected :
         {u"Wrote 12 pair(s) to "_s, u"; distinct prompts (ladders): 6; mode adjacent, minimum margin 1."_s,
          u"Pairs by kind (chosen>rejected): +2>+1: 2, +2>0: 1, +1>0: 2, 0>-1: 2, 0>-2: 3, -1>-2: 2"_s,
          u"Left out: 1 row(s) not selected by the rows option."_s,
          u"Left out: 2 row(s) with no partner at another level of their ladder."_s})
        QVERIFY2(text.contains(expected), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(expected, text)));

    options.format = ExportFormat::OpenAiChat;
    options.sftMinLevel = -2;
    const QString chat = exportReport(exportRows(goldenRows(), options), options).join(u'\n');
    QVERIFY2(chat.contains(u"teaches the model to fabricate"_s), qPrintable(chat));
    QVERIFY(sftLevelWarning(2).isEmpty());
    QVERIFY(!sftLevelWarning(1).isEmpty());
}

void TestTrainerExports::validateRejectsBrokenLines_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("problem");

    QTest::newRow("dpo, same answers") << int(ExportFormat::Dpo)
                                       << QByteArray(R"({"prompt":"Q","chosen":"A","rejected":"A"})")
                                       << u"the chosen and the rejected answer are the same text"_s;
    QTest::newRow("dpo, chosen a number")
        << int(ExportFormat::Dpo) << QByteArray(R"({"prompt":"Q","chosen":1,"rejected":"A"})")
        << u"\"chosen\" must be a string"_s;
    QTest::newRow("dpo-chat, two assistant messages")
        << int(ExportFormat::DpoChat)
        << QByteArray(R"({"prompt":[{"role":"user","content":"Q"}],"chosen":[{"role":"assistant","content":"A"},)"
                      R"({"role":"assistant","content":"B"}],"rejected":[{"role":"assistant","content":"C"}]})")
        << u"\"chosen\" must hold exactly one assistant message, not 2"_s;
    QTest::newRow("rm, margin zero")
        << int(ExportFormat::Rm)
        << QByteArray(R"({"chosen":[{"role":"user","content":"Q"},{"role":"assistant","content":"A"}],)"
                      R"("rejected":[{"role":"user","content":"Q"},{"role":"assistant","content":"B"}],"margin":0})")
        << u"\"margin\" must be positive"_s;
    QTest::newRow("rm, different prompts")
        << int(ExportFormat::Rm)
        << QByteArray(R"({"chosen":[{"role":"user","content":"Q"},{"role":"assistant","content":"A"}],)"
                      R"("rejected":[{"role":"user","content":"P"},{"role":"assistant","content":"B"}],"margin":1.0})")
        << u"answer different prompts"_s;
    QTest::newRow("kto, label a string") << int(ExportFormat::Kto)
                                         << QByteArray(R"({"prompt":"Q","completion":"A","label":"true"})")
                                         << u"\"label\" must be true or false (a JSON boolean)"_s;
    QTest::newRow("openai-preference, user output")
        << int(ExportFormat::OpenAiPreference)
        << QByteArray(R"({"input":{"messages":[{"role":"user","content":"Q"}]},)"
                      R"("preferred_output":[{"role":"user","content":"A"}],)"
                      R"("non_preferred_output":[{"role":"assistant","content":"B"}]})")
        << u"\"preferred_output\" message 1 has the role \"user\" where \"assistant\" belongs"_s;
    QTest::newRow("openai-preference, no output")
        << int(ExportFormat::OpenAiPreference)
        << QByteArray(R"({"input":{"messages":[{"role":"user","content":"Q"}]},"preferred_output":[],)"
                      R"("non_preferred_output":[{"role":"assistant","content":"B"}]})")
        << u"exactly one assistant message, not 0"_s;
    QTest::newRow("rlwhf, confidence above 1")
        << int(ExportFormat::Rlwhf)
        << QByteArray(R"({"prompt":"Q","answer":"A","feedback":"F","reward":1,"metadata":{"source_ai":"x",)"
                      R"("confidence_score":1.5,"rubric_dimension":"partial-hedged"}})")
        << u"\"confidence_score\" must be a number from 0 to 1"_s;
    QTest::newRow("rlwhf, reward 3")
        << int(ExportFormat::Rlwhf)
        << QByteArray(R"({"prompt":"Q","answer":"A","feedback":"F","reward":3,"metadata":{"source_ai":"x",)"
                      R"("confidence_score":0.5,"rubric_dimension":"partial-hedged"}})")
        << u"\"reward\" must be an integer from -2 to 2"_s;
    QTest::newRow("rlwhf, decomposition without missing_honesty")
        << int(ExportFormat::Rlwhf)
        << QByteArray(R"({"prompt":"Q","answer":"A","feedback":"F","reward":1,"metadata":{"source_ai":"x",)"
                      R"("confidence_score":0.5,"rubric_dimension":"partial-hedged"},"decomposition":)"
                      R"({"positive_fragments":[],"negative_fragments":[],"honesty_signals":[],)"
                      R"("overall_honesty":1,"overall_correctness":1}})")
        << u"decomposition: \"missing_honesty\" must be a list"_s;
    QTest::newRow("rlwhf, negative fragment without correction")
        << int(ExportFormat::Rlwhf)
        << QByteArray(R"({"prompt":"Q","answer":"A","feedback":"F","reward":-1,"metadata":{"source_ai":"x",)"
                      R"("confidence_score":0.5,"rubric_dimension":"overconfident"},"decomposition":)"
                      R"({"positive_fragments":[],"negative_fragments":[{"text":"X","category":"factual_error",)"
                      R"("correctness":0}],"honesty_signals":[],"missing_honesty":[],"overall_honesty":0.25,)"
                      R"("overall_correctness":0}})")
        << u"decomposition: negative_fragments: missing key \"correction\""_s;
    QTest::newRow("rlwhf, correctness 2")
        << int(ExportFormat::Rlwhf)
        << QByteArray(R"({"prompt":"Q","answer":"A","feedback":"F","reward":2,"metadata":{"source_ai":"x",)"
                      R"("confidence_score":0.9,"rubric_dimension":"correct-confident"},"decomposition":)"
                      R"({"positive_fragments":[{"text":"X","category":"verified_fact","correctness":2}],)"
                      R"("negative_fragments":[],"honesty_signals":[],"missing_honesty":[],"overall_honesty":1,)"
                      R"("overall_correctness":1}})")
        << u"decomposition: positive_fragments: \"correctness\" must be a number from 0 to 1"_s;
    QTest::newRow("grpo, tags not strings")
        << int(ExportFormat::Grpo)
        << QByteArray(R"({"prompt":"Q","ideal_answer":"A","target_reward":2,"expected_feedback":"F","tags":[1]})")
        << u"\"tags\" must be a list of strings"_s;
    QTest::newRow("reference, empty") << int(ExportFormat::Reference) << QByteArray(R"({"prompt":"Q","reference":" "})")
                                      << u"\"reference\" is empty"_s;
}

void TestTrainerExports::validateRejectsBrokenLines()
{
    QFETCH(int, format);
    QFETCH(QByteArray, line);
    QFETCH(QString, problem);

    // A good line first (the format's own export), then the broken one on line 2.
    ExportOptions options;
    options.path = m_tmp.filePath(u"broken.jsonl"_s);
    options.format = ExportFormat(format);
    QVERIFY(exportRows({row(u"Good?"_s, 2), row(u"Good?"_s, 1)}, options).ok);
    QByteArray bytes = readBytes(options.path);
    QVERIFY(!bytes.isEmpty());
    bytes = bytes.left(bytes.indexOf('\n') + 1) + line + '\n';
    QVERIFY(writeBytes(options.path, bytes));
    DatasetCheckOptions check;
    check.format = ExportFormat(format);
    DatasetReport report;
    QString error;
    QVERIFY2(checkDataset(options.path, check, &report, &error), qPrintable(error));
    QCOMPARE(report.rows, qint64(1));
    QCOMPARE(report.errorCount, qint64(1));
    QCOMPARE(report.errors.first().line, qint64(2));
    QVERIFY2(report.errors.first().message.contains(problem), qPrintable(report.errors.first().message));
    QVERIFY(report.hasProblems());
}

void TestTrainerExports::hfSplitKeepsLaddersWhole()
{
    const QVector<Example> rows = fullLadders(200);
    ExportOptions options;
    options.format = ExportFormat::Hf;
    options.license = u"mit"_s;
    options.seed = 1;
    options.path = m_tmp.filePath(u"hf-split-1"_s);
    const ExportSummary one = exportRows(rows, options);
    QVERIFY2(one.ok, qPrintable(one.error));
    // 200 ladders of 5 rows, 0.9/0.05/0.05: 180, 10 and 10 ladders.
    QCOMPARE(one.splitLadders, (std::array<qint64, 3>{180, 10, 10}));
    QCOMPARE(one.splitRows, (std::array<qint64, 3>{900, 50, 50}));
    QCOMPARE(one.pairsWritten, qint64(800));
    // No prompt in two splits, in the seed config and in the dpo config.
    for (const QString &config : {u"seed"_s, u"dpo"_s}) {
        QHash<QByteArray, QString> seen;
        for (const QString &split : {u"train"_s, u"validation"_s, u"test"_s}) {
            for (const QByteArray &line :
                 readBytes(options.path + u"/data/%1/%2.jsonl"_s.arg(config, split)).split('\n')) {
                if (line.isEmpty())
                    continue;
                const QByteArray prompt = QJsonDocument::fromJson(line).object().value(u"prompt"_s).toString().toUtf8();
                QVERIFY2(seen.value(prompt, split) == split, prompt.constData());
                seen.insert(prompt, split);
            }
        }
        QCOMPARE(seen.size(), 200);
    }
    // Another seed deals other ladders to validation and test; the same seed the same ones.
    options.path = m_tmp.filePath(u"hf-split-1-again"_s);
    QVERIFY(exportRows(rows, options).ok);
    QCOMPARE(readBytes(options.path + u"/data/seed/test.jsonl"_s),
             readBytes(m_tmp.filePath(u"hf-split-1/data/seed/test.jsonl"_s)));
    QCOMPARE(readBytes(options.path + u"/README.md"_s), readBytes(m_tmp.filePath(u"hf-split-1/README.md"_s)));
    options.seed = 2;
    options.path = m_tmp.filePath(u"hf-split-2"_s);
    QVERIFY(exportRows(rows, options).ok);
    QVERIFY(readBytes(options.path + u"/data/seed/test.jsonl"_s) !=
            readBytes(m_tmp.filePath(u"hf-split-1/data/seed/test.jsonl"_s)));
}

void TestTrainerExports::hfRefusesForeignFolderAndReplacesItsOwn()
{
    const QString folder = m_tmp.filePath(u"hf-mine"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeBytes(folder + u"/notes.txt"_s, "my notes"));
    ExportOptions options;
    options.format = ExportFormat::Hf;
    options.license = u"apache-2.0"_s;
    options.path = folder;
    ExportSummary s = exportRows(fullLadders(3), options);
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(u"choose a new or empty folder"_s), qPrintable(s.error));
    QCOMPARE(readBytes(folder + u"/notes.txt"_s), QByteArray("my notes"));

    // Its own export is replaced whole: a file the old export had and the new one has not is gone.
    const QString own = m_tmp.filePath(u"hf-own"_s);
    options.path = own;
    options.split = {0.5, 0.25, 0.25};
    QVERIFY(exportRows(fullLadders(8), options).ok);
    QVERIFY(QFileInfo::exists(own + u"/data/seed/test.jsonl"_s));
    options.split = {1.0, 0.0, 0.0};
    s = exportRows(fullLadders(8), options);
    QVERIFY2(s.ok, qPrintable(s.error));
    QVERIFY(!QFileInfo::exists(own + u"/data/seed/test.jsonl"_s));
    QVERIFY(QFileInfo::exists(own + u"/data/seed/train.jsonl"_s));
    QVERIFY(!readBytes(own + u"/README.md"_s).contains("split: test"));
    QCOMPARE(QDir(m_tmp.path()).entryList({u".hf-own*"_s}, QDir::AllEntries | QDir::Hidden), QStringList());
}

void TestTrainerExports::hfNeedsALicence()
{
    ExportOptions options;
    options.format = ExportFormat::Hf;
    options.path = m_tmp.filePath(u"hf-no-licence"_s);
    const ExportSummary s = exportRows(fullLadders(2), options);
    QVERIFY(!s.ok);
    QVERIFY2(s.error.contains(u"needs a licence"_s), qPrintable(s.error));
    QVERIFY(!QFileInfo::exists(options.path));
}

void TestTrainerExports::validateHfFolder()
{
    ExportOptions options;
    options.format = ExportFormat::Hf;
    options.license = u"cc-by-sa-4.0"_s;
    options.path = m_tmp.filePath(u"hf-validate"_s);
    options.split = {0.5, 0.25, 0.25};
    QVERIFY(exportRows(fullLadders(8), options).ok);
    DatasetReport report;
    QString error;
    QVERIFY2(checkDataset(options.path, &report, &error), qPrintable(error));
    QCOMPARE(report.format, ExportFormat::Hf);
    QVERIFY2(!report.hasProblems(), qPrintable(problemsOf(report).join(u'\n')));
    QCOMPARE(report.warningCount, qint64(0));
    QCOMPARE(report.files.size(), 9);
    QCOMPARE(report.perLevel, (LevelCounts{8, 8, 8, 8, 8}));
    QCOMPARE(report.labelTrue, qint64(16));

    auto check = [&] {
        DatasetReport broken;
        QString fatal;
        if (!checkDataset(options.path, &broken, &fatal))
            return fatal;
        return problemsOf(broken).join(u'\n');
    };
    const QString card = options.path + u"/README.md"_s;
    const QByteArray original = readBytes(card);
    // A data_files path that does not exist.
    QVERIFY(writeBytes(card, QByteArray(original).replace("path: data/kto/test.jsonl", "path: data/kto/gone.jsonl")));
    QVERIFY2(check().contains(u"the data_files path data/kto/gone.jsonl does not exist"_s), qPrintable(check()));
    // No licence.
    QVERIFY(writeBytes(card, QByteArray(original).replace("license: cc-by-sa-4.0\n", "")));
    QVERIFY(check().contains(u"the card names no \"license\""_s));
    // Malformed YAML: a tab, an open quote.
    QVERIFY(writeBytes(card, QByteArray(original).replace("- en\n", "\t- en\n")));
    QVERIFY2(check().contains(u"a tab in the indentation"_s), qPrintable(check()));
    QVERIFY(writeBytes(card, QByteArray(original).replace("honesty dataset\"\n", "honesty dataset\n")));
    QVERIFY2(check().contains(u"never closed"_s), qPrintable(check()));
    // A ladder that crosses splits: a train line copied into the test split.
    QVERIFY(writeBytes(card, original));
    const QByteArray train = readBytes(options.path + u"/data/dpo/train.jsonl"_s);
    const QString test = options.path + u"/data/dpo/test.jsonl"_s;
    QVERIFY(writeBytes(test, readBytes(test) + train.left(train.indexOf('\n') + 1)));
    QVERIFY2(check().contains(u"this prompt is also in the train split: a ladder crosses splits"_s),
             qPrintable(check()));
    // A file is not a folder.
    DatasetCheckOptions forced;
    forced.format = ExportFormat::Hf;
    QVERIFY(!checkDataset(card, forced, &report, &error));
    QVERIFY2(error.contains(u"is not a folder"_s), qPrintable(error));
}

void TestTrainerExports::yamlSubset_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("json"); // the parse as compact JSON; empty when it must fail
    QTest::addColumn<QString>("error");

    QTest::newRow("card")
        << u"license: mit\nlanguage:\n- en\nconfigs:\n- config_name: seed\n  default: true\n"
           "  data_files:\n  - split: train\n    path: data/seed/train.jsonl\n"_s
        << uR"({"configs":[{"config_name":"seed","data_files":[{"path":"data/seed/train.jsonl","split":"train"}],"default":"true"}],"language":["en"],"license":"mit"})"_s
        << QString();
    QTest::newRow("quotes, comments, flow list")
        << u"# a card\npretty_name: \"A \\\"quoted\\\" name\" # trailing\nshort: 'it''s'\ntags: [synthetic, honesty]\n"_s
        << uR"({"pretty_name":"A \"quoted\" name","short":"it's","tags":["synthetic","honesty"]})"_s << QString();
    QTest::newRow("indented sequence") << u"tags:\n  - a\n  - b\n"_s << uR"({"tags":["a","b"]})"_s << QString();
    QTest::newRow("tab") << u"tags:\n\t- a\n"_s << QString() << u"YAML line 2: a tab in the indentation"_s;
    QTest::newRow("no colon") << u"license mit\n"_s << QString() << u"YAML line 1: expected \"key: value\""_s;
    QTest::newRow("duplicate key") << u"a: 1\na: 2\n"_s << QString() << u"the key \"a\" appears twice"_s;
    QTest::newRow("open quote") << u"a: \"open\n"_s << QString() << u"never closed"_s;
    QTest::newRow("bad indent") << u"a: 1\n   b: 2\n"_s << QString() << u"YAML line 2: unexpected indentation"_s;
    QTest::newRow("anchor") << u"a: &x 1\n"_s << QString() << u"does not accept"_s;
}

void TestTrainerExports::yamlSubset()
{
    QFETCH(QString, yaml);
    QFETCH(QString, json);
    QFETCH(QString, error);

    QVariant value;
    QString problem;
    const bool ok = parseYamlSubset(yaml, &value, &problem);
    if (json.isEmpty()) {
        QVERIFY(!ok);
        QVERIFY2(problem.contains(error), qPrintable(problem));
        return;
    }
    QVERIFY2(ok, qPrintable(problem));
    QCOMPARE(QString::fromUtf8(QJsonDocument::fromVariant(value).toJson(QJsonDocument::Compact)), json);
    // What the card writer quotes comes back the same.
    const QString awkward = u"Name with \"quotes\", a \\ and: colon # not a comment"_s;
    QVERIFY(parseYamlSubset(u"pretty_name: "_s + yamlQuoted(awkward), &value, &problem));
    QCOMPARE(value.toMap().value(u"pretty_name"_s).toString(), awkward);
}

void TestTrainerExports::cancelLeavesNothing()
{
    const std::atomic<bool> cancel{true};
    for (ExportFormat format : {ExportFormat::Dpo, ExportFormat::Kto, ExportFormat::Hf}) {
        ExportOptions options;
        options.format = format;
        options.license = u"mit"_s;
        options.path = m_tmp.filePath(u"cancelled-"_s + formatName(format));
        const ExportSummary s = exportRows(fullLadders(20), options, {}, &cancel);
        QVERIFY(!s.ok);
        QVERIFY(s.cancelled);
        QVERIFY2(!QFileInfo::exists(options.path), qPrintable(formatName(format)));
    }
    QCOMPARE(QDir(m_tmp.path()).entryList({u".cancelled*"_s}, QDir::AllEntries | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(TestTrainerExports)
#include "tst_trainerexports.moc"
