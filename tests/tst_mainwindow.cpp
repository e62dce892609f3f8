// The main window shell: set-up form, template generation off the GUI thread, the table and export.
#include "distributioneditor.h"
#include "exampletablemodel.h"
#include "jsonlreader.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void generateAndExport()
    {
        MainWindow window;
        window.show();
        QAbstractItemModelTester tester(window.exampleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.findChild<QSpinBox *>(u"countSpinBox"_s)->setValue(25);
        window.findChild<QLineEdit *>(u"topicLineEdit"_s)->setText(u"history"_s);
        window.findChild<QCheckBox *>(u"searchHintsCheckBox"_s)->setChecked(true);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.exampleModel()->rowCount(), 25);
        const auto *table = window.findChild<QTableView *>(u"exampleTableView"_s);
        QCOMPARE(table->model()->rowCount(), 25);
        for (const Example &e : window.exampleModel()->examples()) {
            QCOMPARE(e.tags.first(), u"history"_s);
            QVERIFY(isValidSearchHint(e.searchHint));
        }
        QVERIFY(window.findChild<QPushButton *>(u"exportButton"_s)->isEnabled());

        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"out.jsonl"_s);
        QVERIFY2(window.exportTo(path, &error), qPrintable(error));
        JsonlReader::Result result;
        QVERIFY(JsonlReader::readAll(path, &result, &error));
        QCOMPARE(result.rows.size(), 25);
        QVERIFY(result.errors.isEmpty());
        QCOMPARE(result.rows.first().prompt, window.exampleModel()->examples().first().prompt);

        QVERIFY(!window.exportTo(dir.filePath(u"missing/out.jsonl"_s), &error));
        QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    }

    // Counts and shares stay consistent with each other and with the row count.
    void distributionEditor()
    {
        MainWindow window;
        auto *editor = window.findChild<DistributionEditor *>(u"distributionEditor"_s);
        auto *count = window.findChild<QSpinBox *>(u"countSpinBox"_s);
        QVERIFY(editor && count);
        count->setValue(1000);
        QCOMPARE(editor->counts(), (LevelCounts{200, 200, 200, 200, 200}));
        QCOMPARE(editor->percentSpinBox(0)->value(), 20.0);
        // A count edit changes the total, and the row count follows.
        editor->countSpinBox(2)->setValue(400);
        QCOMPARE(count->value(), 1200);
        QVERIFY(qAbs(editor->percentSpinBox(0)->value() - 16.67) < 0.01);
        // A share edit keeps the total and re-splits it.
        editor->percentSpinBox(2)->setValue(60.0);
        QCOMPARE(editor->total(), 1200);
        QCOMPARE(editor->counts()[Rubric::indexOf(2)], 720);
        QTest::mouseClick(editor->balancedButton(), Qt::LeftButton);
        QCOMPARE(editor->counts(), (LevelCounts{240, 240, 240, 240, 240}));
        const auto *total = window.findChild<QLabel *>(u"distributionTotalLabel"_s);
        QCOMPARE(total->text(), u"Total: 1200 rows"_s);
        // Generation uses exactly these counts.
        editor->setCounts({3, 0, 0, 0, 2});
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        LevelCounts seen{};
        for (const Example &e : window.exampleModel()->examples())
            ++seen[Rubric::indexOf(e.targetReward)];
        QCOMPARE(seen, (LevelCounts{3, 0, 0, 0, 2}));
    }

    void emptyDistributionIsReported()
    {
        MainWindow window;
        auto *editor = window.findChild<DistributionEditor *>(u"distributionEditor"_s);
        for (int reward = -2; reward <= 2; ++reward)
            editor->countSpinBox(reward)->setValue(0);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        const auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY2(status->text().contains(u"every level has 0 rows"_s), qPrintable(status->text()));
        QCOMPARE(window.exampleModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
