// The main window shell: set-up form, template generation off the GUI thread, the table and export.
#include "exampletablemodel.h"
#include "jsonlreader.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
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

    void badDistributionIsReported()
    {
        MainWindow window;
        window.findChild<QLineEdit *>(u"distributionLineEdit"_s)->setText(u"7:10"_s);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        const auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY2(status->text().contains(u"level 7 is not on the rubric"_s), qPrintable(status->text()));
        QCOMPARE(window.exampleModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
