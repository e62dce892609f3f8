// candor-cli's trainer exports end to end: the real binary (CANDOR_CLI) imports the golden rows into a project,
// exports every format, and its files are compared byte for byte with tests/data/golden and checked by validate.
#include "config.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kGolden = QStringLiteral(CANDOR_GOLDEN_DIR);

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QByteArray describe(const CliResult &r)
{
    return "exit code " + QByteArray::number(r.exitCode) + "\n--- stdout:\n" + r.out.left(4000) + "\n--- stderr:\n" +
           r.err.left(4000);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportEveryFormat_data();
    void exportEveryFormat();
    void hfFolder();
    void usageErrors_data();
    void usageErrors();
    void generateTrainerFormats();
    void sftBelowPlusTwoIsExplained();

private:
    bool run(const QStringList &args, CliResult *result);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString m_cli;
    QString m_project;
    QTemporaryDir m_dir;
};

bool TestCliExport::run(const QStringList &args, CliResult *result)
{
    QProcess process;
    process.setProgram(m_cli);
    process.setArguments(args);
    process.setWorkingDirectory(m_dir.path());
    process.start();
    if (!process.waitForStarted(30000) || !process.waitForFinished(5 * 60 * 1000)) {
        process.kill();
        process.waitForFinished(10000);
        return false;
    }
    result->out = process.readAllStandardOutput();
    result->err = process.readAllStandardError();
    result->exitCode = process.exitCode();
    return process.exitStatus() == QProcess::NormalExit;
}

void TestCliExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cli = qEnvironmentVariable("CANDOR_CLI");
    QVERIFY2(QFileInfo(m_cli).isExecutable(), "CANDOR_CLI is not set; run the suite through ctest");
    QVERIFY(m_dir.isValid());
    m_project = path(u"golden.candor"_s);
    CliResult r;
    QVERIFY(run({u"import"_s, kGolden + u"/rows.jsonl"_s, u"--project"_s, m_project}, &r));
    QVERIFY2(r.exitCode == 0 && r.out.contains("Imported 19 rows"), describe(r).constData());
}

void TestCliExport::exportEveryFormat_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QStringList>("says");

    QTest::newRow("dpo") << QStringList{u"--format"_s, u"dpo"_s} << u"dpo.jsonl"_s
                         << QStringList{u"Wrote 13 pairs to "_s, u"distinct prompts (ladders): 6; mode adjacent"_s,
                                        u"Left out: 1 row with no partner at another level of their ladder."_s};
    QTest::newRow("dpo, all pairs") << QStringList{u"--format"_s, u"dpo"_s, u"--pairs"_s, u"all"_s}
                                    << u"dpo-all.jsonl"_s << QStringList{u"Wrote 26 pairs"_s, u"+2>-2: 4"_s};
    QTest::newRow("dpo, best vs rest, not rejected")
        << QStringList{u"--format"_s, u"dpo"_s, u"--pairs"_s, u"best-vs-rest"_s, u"--rows"_s, u"not-rejected"_s}
        << u"dpo-best-not-rejected.jsonl"_s
        << QStringList{u"Wrote 12 pairs"_s, u"Left out: 1 row not selected by the rows option."_s,
                       u"Left out: 2 rows with no partner"_s};
    QTest::newRow("dpo-chat") << QStringList{u"--format"_s, u"dpo-chat"_s} << u"dpo-chat.jsonl"_s
                              << QStringList{u"Wrote 13 pairs"_s};
    QTest::newRow("rm") << QStringList{u"--format"_s, u"rm"_s} << u"rm.jsonl"_s << QStringList{u"Wrote 13 pairs"_s};
    QTest::newRow("openai-preference") << QStringList{u"--format"_s, u"openai-preference"_s}
                                       << u"openai-preference.jsonl"_s << QStringList{u"Wrote 13 pairs"_s};
    QTest::newRow("kto") << QStringList{u"--format"_s, u"kto"_s} << u"kto.jsonl"_s
                         << QStringList{u"Wrote 19 rows"_s, u"6 true (31.6%), 13 false"_s, u"desirable_weight"_s};
    QTest::newRow("kto, accepted, threshold 2")
        << QStringList{u"--format"_s, u"kto"_s, u"--rows"_s, u"accepted"_s, u"--kto-threshold"_s, u"2"_s}
        << u"kto-accepted.jsonl"_s << QStringList{u"Wrote 5 rows"_s, u"4 true (80.0%), 1 false"_s};
    QTest::newRow("rlwhf") << QStringList{u"--format"_s, u"rlwhf"_s} << u"rlwhf.jsonl"_s
                           << QStringList{u"Wrote 19 rows"_s};
    QTest::newRow("grpo") << QStringList{u"--format"_s, u"grpo"_s} << u"grpo.jsonl"_s
                          << QStringList{u"Wrote 6 rows"_s, u"Left out: 7 rows below 0"_s,
                                         u"Left out: 6 rows whose prompt a higher (or earlier) row"_s};
    QTest::newRow("reference") << QStringList{u"--format"_s, u"reference"_s} << u"reference.jsonl"_s
                               << QStringList{u"Wrote 4 rows"_s, u"Left out: 15 rows below +2"_s};
    QTest::newRow("openai-chat") << QStringList{u"--format"_s, u"openai-chat"_s} << u"sft.jsonl"_s
                                 << QStringList{u"Wrote 4 rows"_s, u"Left out: 15 rows below the SFT threshold +2"_s};
    QTest::newRow("openai-chat from +1") << QStringList{u"--format"_s, u"openai-chat"_s, u"--sft-min-level"_s, u"1"_s}
                                         << u"sft-from-plus-one.jsonl"_s
                                         << QStringList{u"Wrote 6 rows"_s, u"Note: rows at +1 and above"_s};
}

void TestCliExport::exportEveryFormat()
{
    QFETCH(QStringList, options);
    QFETCH(QString, golden);
    QFETCH(QStringList, says);

    const QString out = path(u"out-"_s + golden);
    CliResult r;
    QVERIFY(run(QStringList{u"export"_s, m_project, u"--out"_s, out} + options, &r));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), describe(r).constData());
    QVERIFY2(readBytes(out) == readBytes(kGolden + u'/' + golden), qPrintable(golden));
    for (const QString &text : says)
        QVERIFY2(r.out.contains(text.toUtf8()),
                 qPrintable(u"missing \"%1\" in:\n%2"_s.arg(text, QString::fromUtf8(r.out))));

    // validate passes the file by its format's rules (grpo lines look like seed rows, so it is named).
    QStringList validate{u"validate"_s, out, u"--json"_s};
    if (golden == u"grpo.jsonl"_s)
        validate << u"--format"_s << u"grpo"_s;
    QVERIFY(run(validate, &r));
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"errors"_s).toObject().value(u"count"_s).toInt(-1), 0);
    QCOMPARE(report.value(u"rows"_s).toInt(), readBytes(out).count('\n'));
    // The tie at 0 is the one same-prompt, same-level repeat validate names.
    const int duplicates = golden == u"rlwhf.jsonl"_s ? 1 : 0;
    QCOMPARE(report.value(u"duplicates"_s).toObject().value(u"count"_s).toInt(-1), duplicates);
    QCOMPARE(r.exitCode, duplicates ? 1 : 0);
}

void TestCliExport::hfFolder()
{
    const QString folder = path(u"hf"_s);
    CliResult r;
    QVERIFY(run({u"export"_s, m_project, u"--format"_s, u"hf"_s, u"--license"_s, u"cc-by-4.0"_s, u"--split"_s,
                 u"0.6,0.2,0.2"_s, u"--seed"_s, u"7"_s, u"--out"_s, folder},
                &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    for (const QString &text : {u"Wrote the Hugging Face dataset folder"_s, u"the configs seed, dpo, kto"_s,
                                u"seed: 19 rows; distinct prompts (ladders): 6"_s, u"dpo: 13 pairs"_s,
                                u"Splits: train 12 rows (3 ladders), validation 3 rows (1 ladder), test 4 rows "
                                "(2 ladders)"_s})
        QVERIFY2(r.out.contains(text.toUtf8()),
                 qPrintable(u"missing \"%1\" in:\n%2"_s.arg(text, QString::fromUtf8(r.out))));
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString relative = QDir(folder).relativeFilePath(it.next());
        const QByteArray bytes = readBytes(it.filePath()).replace("Candor " CANDOR_VERSION "\n", "Candor @VERSION@\n");
        QVERIFY2(bytes == readBytes(kGolden + u"/hf/"_s + relative), qPrintable(relative));
        ++files;
    }
    QCOMPARE(files, 10);

    // validate reads the folder: the card, every data file by its config, no ladder across splits.
    QVERIFY(run({u"validate"_s, folder, u"--json"_s}, &r));
    QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(u"format"_s).toString(), u"hf"_s);
    QCOMPARE(report.value(u"files"_s).toArray().size(), 9);
    QCOMPARE(report.value(u"errors"_s).toObject().value(u"count"_s).toInt(-1), 0);
    QCOMPARE(report.value(u"labels"_s).toObject().value(u"true"_s).toInt(), 6);
    QCOMPARE(report.value(u"duplicates"_s).toObject().value(u"count"_s).toInt(), 1); // the tie, in the seed config

    // A card whose data_files name a file that is not there fails, and says which.
    const QByteArray card = readBytes(folder + u"/README.md"_s);
    QVERIFY(writeBytes(folder + u"/README.md"_s,
                       QByteArray(card).replace("path: data/dpo/test.jsonl", "path: data/dpo/missing.jsonl")));
    QVERIFY(run({u"validate"_s, folder}, &r));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("README.md: the data_files path data/dpo/missing.jsonl does not exist"),
             describe(r).constData());

    // Exporting again replaces Candor's own folder; a folder of other files is refused.
    QVERIFY(
        run({u"export"_s, m_project, u"--format"_s, u"hf"_s, u"--license"_s, u"cc-by-4.0"_s, u"--out"_s, folder}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY(!readBytes(folder + u"/README.md"_s).contains("missing.jsonl"));
    QVERIFY(QDir().mkpath(path(u"other"_s)));
    QVERIFY(writeBytes(path(u"other/keep.txt"_s), "keep"));
    QVERIFY(run(
        {u"export"_s, m_project, u"--format"_s, u"hf"_s, u"--license"_s, u"mit"_s, u"--out"_s, path(u"other"_s)}, &r));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("choose a new or empty folder"), describe(r).constData());
    QCOMPARE(readBytes(path(u"other/keep.txt"_s)), QByteArray("keep"));
}

void TestCliExport::usageErrors_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");

    QTest::newRow("--with-meta on dpo") << QStringList{u"--format"_s, u"dpo"_s, u"--with-meta"_s}
                                        << u"--with-meta: the dpo format has no meta object"_s;
    QTest::newRow("jsonl-meta stays") << QStringList{u"--format"_s, u"kto"_s, u"--with-meta"_s}
                                      << u"only jsonl, csv and hf carry it"_s;
    QTest::newRow("hf without licence") << QStringList{u"--format"_s, u"hf"_s}
                                        << u"--license: the hf format needs a licence"_s;
    QTest::newRow("hf, licence not an id")
        << QStringList{u"--format"_s, u"hf"_s, u"--license"_s, u"CC BY 4.0"_s} << u"is not a licence identifier"_s;
    QTest::newRow("--pairs on kto") << QStringList{u"--format"_s, u"kto"_s, u"--pairs"_s, u"all"_s}
                                    << u"--pairs applies to dpo, dpo-chat, rm, openai-preference and hf, not to kto"_s;
    QTest::newRow("--sft-min-level on dpo") << QStringList{u"--format"_s, u"dpo"_s, u"--sft-min-level"_s, u"0"_s}
                                            << u"--sft-min-level applies to openai-chat, not to dpo"_s;
    QTest::newRow("--license on dpo") << QStringList{u"--format"_s, u"dpo"_s, u"--license"_s, u"mit"_s}
                                      << u"--license applies to hf"_s;
    QTest::newRow("--seed on rm") << QStringList{u"--format"_s, u"rm"_s, u"--seed"_s, u"3"_s}
                                  << u"--seed applies to hf, not to rm"_s;
    QTest::newRow("bad pair mode") << QStringList{u"--format"_s, u"dpo"_s, u"--pairs"_s, u"nearest"_s}
                                   << u"--pairs: \"nearest\" is not a mode"_s;
    QTest::newRow("margin 5") << QStringList{u"--format"_s, u"dpo"_s, u"--min-margin"_s, u"5"_s}
                              << u"--min-margin: \"5\" is not a whole number from 1 to 4"_s;
    QTest::newRow("split not adding up") << QStringList{u"--format"_s, u"hf"_s,      u"--license"_s,
                                                        u"mit"_s,      u"--split"_s, u"0.9,0.2,0.1"_s}
                                         << u"--split: \"0.9,0.2,0.1\" is not three fractions"_s;
    QTest::newRow("--confidence on dpo") << QStringList{u"--format"_s, u"dpo"_s, u"--confidence"_s, u"0:0.2"_s}
                                         << u"--confidence applies to rlwhf, not to dpo"_s;
    QTest::newRow("confidence above 1") << QStringList{u"--format"_s, u"rlwhf"_s, u"--confidence"_s, u"0:0.2,2:1.5"_s}
                                        << u"--confidence: \"2:1.5\" is not LEVEL:CONFIDENCE"_s;
    QTest::newRow("unknown format") << QStringList{u"--format"_s, u"parquet"_s}
                                    << u"use jsonl-meta, jsonl, csv, openai-chat, dpo, dpo-chat, rm, kto, "
                                       "openai-preference, rlwhf, grpo, reference, hf"_s;
}

void TestCliExport::usageErrors()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);

    const QString out = path(u"never"_s);
    CliResult r;
    QVERIFY(run(QStringList{u"export"_s, m_project, u"--out"_s, out} + options, &r));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), describe(r).constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliExport::generateTrainerFormats()
{
    // Template rows answer one prompt each: KTO and RLWHF take every row; DPO finds no ladder and says so.
    CliResult r;
    const QString kto = path(u"gen-kto.jsonl"_s);
    QVERIFY(run({u"generate"_s, u"--count"_s, u"50"_s, u"--format"_s, u"kto"_s, u"--out"_s, kto}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("Wrote 50 rows") && r.out.contains("20 true (40.0%), 30 false"), describe(r).constData());
    QCOMPARE(readBytes(kto).count('\n'), 50);
    QVERIFY(run({u"validate"_s, kto}, &r));
    QVERIFY2(r.exitCode == 0 && r.out.contains("format: KTO rows (TRL) (recognised by its content)"),
             describe(r).constData());

    const QString dpo = path(u"gen-dpo.jsonl"_s);
    QVERIFY(run({u"generate"_s, u"--count"_s, u"20"_s, u"--format"_s, u"dpo"_s, u"--out"_s, dpo}, &r));
    QVERIFY2(r.exitCode == 0 && r.out.contains("Wrote 0 pairs") && r.out.contains("No pairs: no prompt has rows"),
             describe(r).constData());

    const QString hf = path(u"gen-hf"_s);
    QVERIFY(run({u"generate"_s, u"--count"_s, u"40"_s, u"--format"_s, u"hf"_s, u"--license"_s, u"apache-2.0"_s,
                 u"--with-meta"_s, u"--out"_s, hf},
                &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY(readBytes(hf + u"/data/seed/train.jsonl"_s).contains("\"meta\":{"));
    QVERIFY(run({u"validate"_s, hf}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());

    QVERIFY(run({u"generate"_s, u"--count"_s, u"5"_s, u"--format"_s, u"rm"_s, u"--with-meta"_s, u"--out"_s,
                 path(u"gen-rm.jsonl"_s)},
                &r));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--with-meta: the rm format has no meta object"), describe(r).constData());

    // Ladder mode: 1,000 rows are 200 ladders of five, which give 2,000 "all" pairs and 800 adjacent ones, the same
    // bytes for the same seed, and validate passes them.
    const QString all = path(u"ladder-all.jsonl"_s);
    QVERIFY(run({u"generate"_s, u"--count"_s, u"1000"_s, u"--ladders"_s, u"all"_s, u"--seed"_s, u"3"_s, u"--format"_s,
                 u"dpo"_s, u"--pairs"_s, u"all"_s, u"--out"_s, all},
                &r));
    QVERIFY2(r.exitCode == 0 && r.out.contains("Wrote 2,000 pairs") && r.out.contains("(ladders): 200"),
             describe(r).constData());
    QCOMPARE(readBytes(all).count('\n'), 2000);
    const QString adjacent = path(u"ladder-adjacent.jsonl"_s);
    QVERIFY(run({u"generate"_s, u"--count"_s, u"1000"_s, u"--ladders"_s, u"all"_s, u"--seed"_s, u"3"_s, u"--format"_s,
                 u"dpo"_s, u"--out"_s, adjacent},
                &r));
    QVERIFY2(r.exitCode == 0 && r.out.contains("Wrote 800 pairs"), describe(r).constData());
    QCOMPARE(readBytes(adjacent).count('\n'), 800);
    const QString again = path(u"ladder-adjacent-again.jsonl"_s);
    QVERIFY(run({u"generate"_s, u"--count"_s, u"1000"_s, u"--ladders"_s, u"all"_s, u"--seed"_s, u"3"_s, u"--format"_s,
                 u"dpo"_s, u"--out"_s, again},
                &r));
    QCOMPARE(readBytes(again), readBytes(adjacent));
    QVERIFY(run({u"validate"_s, all}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());

    // validate checks that every ladder is whole: the seed rows with meta pass, and lose two rows of one ladder and
    // a row of another and it names both, with the levels they miss.
    const QString seed = path(u"ladder-seed.jsonl"_s);
    QVERIFY(
        run({u"generate"_s, u"--count"_s, u"50"_s, u"--ladders"_s, u"all"_s, u"--with-meta"_s, u"--out"_s, seed}, &r));
    QVERIFY(run({u"validate"_s, seed}, &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QList<QByteArray> lines = readBytes(seed).split('\n');
    lines.removeAt(12); // ladder 3's 0 row
    lines.removeAt(11); // and its -1 row
    lines.removeAt(5);  // ladder 2's -2 row
    QFile broken(path(u"ladder-broken.jsonl"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write(lines.join('\n'));
    broken.close();
    QVERIFY(run({u"validate"_s, broken.fileName()}, &r));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("no row at level -2 of its level set") &&
                 r.out.contains("no row at level -1, 0 of its level set") && r.out.contains("2 errors"),
             describe(r).constData());

    // RLWHF from ladders: every row decomposed from the bank's claims, the confidence of level 0 set by hand.
    const QString rlwhf = path(u"ladder-rlwhf.jsonl"_s);
    QVERIFY(run({u"generate"_s, u"--count"_s, u"100"_s, u"--ladders"_s, u"all"_s, u"--format"_s, u"rlwhf"_s,
                 u"--confidence"_s, u"0:0.3"_s, u"--out"_s, rlwhf},
                &r));
    QVERIFY2(r.exitCode == 0 && r.out.contains("100 rows with a decomposition"), describe(r).constData());
    const QList<QByteArray> tuples = readBytes(rlwhf).chopped(1).split('\n');
    QCOMPARE(tuples.size(), 100);
    for (const QByteArray &line : tuples) {
        QVERIFY(line.contains(",\"decomposition\":{\"positive_fragments\":["));
        if (line.contains("\"reward\":0,"))
            QVERIFY2(line.contains("\"confidence_score\":0.3,"), line.constData());
    }
    QVERIFY(run({u"validate"_s, rlwhf}, &r));
    QVERIFY2(r.exitCode == 0 && r.out.contains("RLWHF"), describe(r).constData());
}

void TestCliExport::sftBelowPlusTwoIsExplained()
{
    CliResult r;
    QVERIFY(run({u"export"_s, m_project, u"--format"_s, u"openai-chat"_s, u"--sft-min-level"_s, u"-2"_s, u"--out"_s,
                 path(u"sft-all.jsonl"_s)},
                &r));
    QVERIFY2(r.exitCode == 0, describe(r).constData());
    QVERIFY2(r.out.contains("Wrote 19 rows") &&
                 r.out.contains("Warning: rows below 0 become assistant turns; supervised training on them teaches "
                                "the model to fabricate (-2)"),
             describe(r).constData());
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
