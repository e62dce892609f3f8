// The Export dialog's trainer formats, driven like a person would (offscreen): pick a format and its options, press
// Export, and compare the file with the same golden files the core tests use (tests/data/golden).
#include "config.h"
#include "exportdialog.h"
#include "storage/jsonlreader.h"

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
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

QVector<Example> goldenRows()
{
    JsonlReader::Result result;
    QString error;
    if (!JsonlReader::readAll(kGolden + u"/rows.jsonl"_s, &result, &error))
        qFatal("cannot read the golden rows: %s", qPrintable(error));
    return result.rows;
}

// The combo's entries, as the .ui lists them.
enum FormatIndex
{
    SeedJsonl = 0,
    OpenAiChat = 3,
    Dpo = 4,
    Kto = 7,
    OpenAiPreference = 8,
    Rlwhf = 9,
    Hf = 12
};

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void dpoAllPairs()
    {
        const QString path = m_tmp.filePath(u"dialog-dpo.jsonl"_s);
        ExportDialog dialog(goldenRows(), path);
        auto *format = dialog.findChild<QComboBox *>(u"formatComboBox"_s);
        auto *pairs = dialog.findChild<QComboBox *>(u"pairsComboBox"_s);
        QVERIFY(pairs->isHidden()); // seed JSONL has no pairs
        format->setCurrentIndex(Dpo);
        QCOMPARE(format->currentText(), u"DPO pairs (TRL DPOTrainer)"_s);
        QVERIFY(!pairs->isHidden());
        QVERIFY(!dialog.findChild<QSpinBox *>(u"minMarginSpinBox"_s)->isHidden());
        QVERIFY(dialog.findChild<QSpinBox *>(u"ktoThresholdSpinBox"_s)->isHidden());
        QVERIFY(dialog.findChild<QLineEdit *>(u"licenseLineEdit"_s)->isHidden());
        pairs->setCurrentIndex(1); // every higher-lower pair
        QCOMPARE(dialog.options().pairs, PairMode::All);
        QCOMPARE(dialog.options().path, path);

        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(dialog.summary().ok, qPrintable(dialog.summary().error));
        QCOMPARE(dialog.summary().pairsWritten, qint64(26));
        QCOMPARE(readBytes(path), readBytes(kGolden + u"/dpo-all.jsonl"_s));
        const QString summary = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY2(summary.startsWith(u"Exported 26 pair"_s), qPrintable(summary));
        const QString report = dialog.findChild<QPlainTextEdit *>(u"reportTextEdit"_s)->toPlainText();
        for (const QString &line :
             {u"; distinct prompts (ladders): 6; mode all, minimum margin 1."_s,
              u"Pairs by kind (chosen>rejected): +2>+1: 2, +2>0: 3, +2>-1: 2, +2>-2: 4, +1>0: 2, +1>-1: 2, +1>-2: 2, "
              "0>-1: 2, 0>-2: 5, -1>-2: 2"_s,
              u"Left out: 1 row(s) with no partner at another level of their ladder."_s})
            QVERIFY2(report.contains(line), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(line, report)));
    }

    void ktoAcceptedWithThreshold()
    {
        const QString path = m_tmp.filePath(u"dialog-kto.jsonl"_s);
        ExportDialog dialog(goldenRows(), path);
        dialog.findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(Kto);
        dialog.findChild<QComboBox *>(u"selectionComboBox"_s)->setCurrentIndex(1); // accepted only
        auto *threshold = dialog.findChild<QSpinBox *>(u"ktoThresholdSpinBox"_s);
        QVERIFY(!threshold->isHidden());
        QVERIFY(dialog.findChild<QComboBox *>(u"pairsComboBox"_s)->isHidden());
        QCOMPARE(threshold->value(), 1);
        threshold->setValue(2);
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(dialog.summary().ok, qPrintable(dialog.summary().error));
        QCOMPARE(readBytes(path), readBytes(kGolden + u"/kto-accepted.jsonl"_s));
        QCOMPARE(dialog.summary().ktoDesirable, qint64(4));
        const QString report = dialog.findChild<QPlainTextEdit *>(u"reportTextEdit"_s)->toPlainText();
        QVERIFY2(report.contains(u"KTO labels (label = target_reward >= +2): 4 true (80.0%), 1 false"_s),
                 qPrintable(report));
        QVERIFY2(report.contains(u"Left out: 14 row(s) not selected by the rows option."_s), qPrintable(report));
    }

    // RLWHF: the confidence each level's answers express is set per level (shown for rlwhf only).
    void rlwhfConfidencePerLevel()
    {
        const QString path = m_tmp.filePath(u"dialog-rlwhf.jsonl"_s);
        ExportDialog dialog(goldenRows(), path);
        auto *zero = dialog.findChild<QDoubleSpinBox *>(u"confidence0SpinBox"_s);
        QVERIFY(zero->isHidden());
        dialog.findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(Rlwhf);
        QVERIFY(!zero->isHidden());
        QCOMPARE(zero->value(), 0.1);
        QCOMPARE(dialog.findChild<QDoubleSpinBox *>(u"confidenceM2SpinBox"_s)->value(), 0.95);
        QCOMPARE(zero->prefix(), u"0  "_s);
        zero->setFocus();
        zero->selectAll();
        QTest::keyClicks(zero, u"0.25"_s);
        QCOMPARE(dialog.options().confidence[2], 0.25);
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(dialog.summary().ok, qPrintable(dialog.summary().error));
        int atZero = 0;
        for (const QByteArray &line : readBytes(path).chopped(1).split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const double confidence = o.value(u"metadata"_s).toObject().value(u"confidence_score"_s).toDouble();
            const int reward = o.value(u"reward"_s).toInt();
            QCOMPARE(confidence, reward == 0 ? 0.25 : Rubric::expressedConfidence(reward));
            atZero += reward == 0;
        }
        QVERIFY(atZero >= 3);
    }

    void sftLevelWarns()
    {
        const QString path = m_tmp.filePath(u"dialog-sft.jsonl"_s);
        ExportDialog dialog(goldenRows(), path);
        dialog.findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(OpenAiChat);
        auto *level = dialog.findChild<QSpinBox *>(u"sftMinLevelSpinBox"_s);
        auto *warning = dialog.findChild<QLabel *>(u"sftWarningLabel"_s);
        QVERIFY(!level->isHidden());
        QCOMPARE(level->value(), 2);
        QVERIFY(warning->isHidden());
        level->setValue(-2);
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->text().contains(u"teaches the model to fabricate"_s), qPrintable(warning->text()));
        level->setValue(2);
        QVERIFY(warning->isHidden());
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(readBytes(path), readBytes(kGolden + u"/sft.jsonl"_s));
        QCOMPARE(dialog.summary().rowsWritten, qint64(4));
        // Another format hides the level and its warning.
        dialog.findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(OpenAiPreference);
        QVERIFY(level->isHidden());
        QCOMPARE(dialog.findChild<QComboBox *>(u"formatComboBox"_s)->currentText(),
                 u"OpenAI-style preference JSONL (OpenAI, Together, Fireworks)"_s);
    }

    void hfFolderNeedsALicence()
    {
        const QString path = m_tmp.filePath(u"dialog-hf.jsonl"_s);
        ExportDialog dialog(goldenRows(), path);
        auto *exportButton = dialog.findChild<QPushButton *>(u"exportButton"_s);
        auto *license = dialog.findChild<QLineEdit *>(u"licenseLineEdit"_s);
        QVERIFY(exportButton->isEnabled());
        dialog.findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(Hf);
        // A folder: the file ending goes.
        QCOMPARE(dialog.options().path, m_tmp.filePath(u"dialog-hf"_s));
        QVERIFY(!license->isHidden());
        QVERIFY(!dialog.findChild<QLineEdit *>(u"splitLineEdit"_s)->isHidden());
        QVERIFY(!dialog.findChild<QSpinBox *>(u"splitSeedSpinBox"_s)->isHidden());
        QVERIFY(!exportButton->isEnabled());
        QTest::keyClicks(license, u"CC BY"_s);
        QVERIFY(exportButton->isEnabled());
        dialog.startExport();
        const QString refused = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY2(refused.contains(u"is not a licence identifier"_s), qPrintable(refused));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"dialog-hf"_s)));
        license->clear();
        QVERIFY(!exportButton->isEnabled());
        QTest::keyClicks(license, u"cc-by-4.0"_s);
        auto *split = dialog.findChild<QLineEdit *>(u"splitLineEdit"_s);
        split->setText(u"0.6,0.2,0.2"_s);
        dialog.findChild<QSpinBox *>(u"splitSeedSpinBox"_s)->setValue(7);
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(dialog.summary().ok, qPrintable(dialog.summary().error));
        // The same folder the core test's golden copy holds.
        const QString folder = m_tmp.filePath(u"dialog-hf"_s);
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString relative = QDir(folder).relativeFilePath(it.next());
            const QByteArray bytes =
                readBytes(it.filePath()).replace("Candor " CANDOR_VERSION "\n", "Candor @VERSION@\n");
            QVERIFY2(bytes == readBytes(kGolden + u"/hf/"_s + relative), qPrintable(relative));
            ++files;
        }
        QCOMPARE(files, 10);
        const QString summary = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"Hugging Face dataset folder"_s), qPrintable(summary));
        // Back to a file format: the ending comes back.
        dialog.findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(SeedJsonl);
        QCOMPARE(dialog.options().path, m_tmp.filePath(u"dialog-hf.jsonl"_s));
        QVERIFY(license->isHidden());
        QVERIFY(exportButton->isEnabled());
    }

private:
    QTemporaryDir m_tmp;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
