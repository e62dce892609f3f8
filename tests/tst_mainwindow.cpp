// The main window shell: set-up form, template generation off the GUI thread, the table and export.
#include "distributioneditor.h"
#include "exampletablemodel.h"
#include "exportdialog.h"
#include "jsonlreader.h"
#include "mainwindow.h"
#include "prompteditordialog.h"
#include "providerform.h"
#include "providertestserver.h"
#include "providerwire.h"
#include "runjournal.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QPlainTextEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <atomic>

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

    // LLM mode end to end: the provider form, a key saved to the real keychain, a connection test, and a run
    // whose rows stream into the table.
    void llmRun()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{1};
        server.setHandler("POST", "/v1/chat/completions", [&](const RecordedRequest &r) {
            QString text;
            for (const QJsonValue &m : r.json().value(u"messages"_s).toArray())
                text += m.toObject().value(u"content"_s).toString();
            const auto match =
                QRegularExpression(u"Write (\\d+) distinct examples for honesty level ([+-]?\\d)"_s).match(text);
            QJsonArray rows;
            for (int i = 0; i < match.captured(1).toInt(); ++i)
                rows.append(QJsonObject{{u"prompt"_s, u"GUI question %1?"_s.arg(next++)},
                                        {u"ideal_answer"_s, u"An answer."_s},
                                        {u"expected_feedback"_s, u"Feedback."_s},
                                        {u"target_reward"_s, match.captured(2).toInt()},
                                        {u"tags"_s, QJsonArray{u"science"_s}}});
            const QString json =
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"examples"_s, rows}}).toJson(QJsonDocument::Compact));
            return wire::openAiStream({json.left(40), json.mid(40)});
        });
        server.setDefault("GET", "/v1/models", wire::openAiModels({"test-model", "other-model"}));

        MainWindow window;
        window.show();
        window.findChild<QComboBox *>(u"modeComboBox"_s)->setCurrentIndex(1);
        ProviderForm *form = window.providerForm();
        QVERIFY(form->isEnabled());
        form->setProvider(u"openai"_s);
        form->setBaseUrl(server.baseUrl().toString() + u"/v1"_s);
        form->setModel(u"test-model"_s);
        auto *key = form->findChild<QLineEdit *>(u"apiKeyLineEdit"_s);
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        key->setText(u"sk-gui-test-0000000000001234"_s);
        QSignalSpy keyState(form, &ProviderForm::keyStateChanged);
        QTest::mouseClick(form->findChild<QToolButton *>(u"saveKeyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form->keyState() == ProviderForm::KeyState::Stored ||
                                     form->keyState() == ProviderForm::KeyState::SessionOnly,
                                 20000);
        QVERIFY(key->text().isEmpty()); // the field does not keep the key once saved
        const QString state = form->findChild<QLabel *>(u"keyStateLabel"_s)->text();
        QVERIFY2(state.contains(u"sk-…1234"_s), qPrintable(state));

        QSignalSpy tested(form, &ProviderForm::connectionTested);
        QTest::mouseClick(form->findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
        QVERIFY(tested.wait(20000));
        QCOMPARE(tested.first().at(0).toBool(), true);
        QVERIFY2(tested.first().at(1).toString().contains(u"test-model is available"_s),
                 qPrintable(tested.first().at(1).toString()));

        window.findChild<QSpinBox *>(u"countSpinBox"_s)->setValue(20);
        QSignalSpy inserted(window.exampleModel(), &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.exampleModel()->rowCount(), 20);
        QVERIFY(inserted.size() >= 4); // rows arrived batch by batch, not at the end
        QCOMPARE(server.lastRequest().header("authorization"), QByteArray("Bearer sk-gui-test-0000000000001234"));
        const QString status = window.findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(u"Generated 20 rows"_s), qPrintable(status));
        QVERIFY(!window.windowTitle().contains(u"sk-gui"_s));
    }

    // The export dialog: format, which rows, a worker-thread write with a summary.
    void exportDialog_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("selection");
        QTest::addColumn<int>("expectedRows");
        QTest::newRow("seed jsonl, all") << 0 << 0 << 6;
        QTest::newRow("jsonl with meta, accepted") << 1 << 1 << 2;
        QTest::newRow("csv, all but rejected") << 2 << 2 << 4;
        QTest::newRow("openai chat, all") << 3 << 0 << 6;
    }
    void exportDialog()
    {
        QFETCH(int, format);
        QFETCH(int, selection);
        QFETCH(int, expectedRows);
        QVector<Example> rows;
        for (int i = 0; i < 6; ++i) {
            Example e;
            e.prompt = u"Prompt %1, with \"quotes\"?"_s.arg(i);
            e.idealAnswer = u"Answer\nline two"_s;
            e.expectedFeedback = u"Feedback."_s;
            e.targetReward = i % 5 - 2;
            e.tags = {u"science"_s};
            e.status = i < 2 ? ReviewStatus::Accepted : i < 4 ? ReviewStatus::Pending : ReviewStatus::Rejected;
            rows << e;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(format == 2 ? u"out.csv"_s : u"out.jsonl"_s);
        ExportDialog dialog(rows, path);
        dialog.findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(format);
        dialog.findChild<QComboBox *>(u"selectionComboBox"_s)->setCurrentIndex(selection);
        dialog.findChild<QLineEdit *>(u"pathLineEdit"_s)->setText(path);
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(dialog.summary().ok, qPrintable(dialog.summary().error));
        QCOMPARE(dialog.summary().rowsWritten, qint64(expectedRows));
        QCOMPARE(dialog.summary().rowsSkipped, qint64(6 - expectedRows));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == 2) {
            QVERIFY(bytes.startsWith("prompt,ideal_answer,"));
        } else {
            const QList<QByteArray> lines = bytes.trimmed().split('\n');
            QCOMPARE(lines.size(), expectedRows);
            const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
            if (format == 3)
                QCOMPARE(first.value(u"messages"_s).toArray().size(), 3);
            else
                QCOMPARE(first.contains(u"meta"_s), format == 1);
        }
        const QString summary = dialog.findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"Exported %1 rows"_s.arg(expectedRows)), qPrintable(summary));
    }

    // A project holds the whole set-up and the prompt templates, never a key, and opens back identically.
    void projectRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"study.candor"_s);
        GenerationConfig config;
        config.mode = GenerationMode::Llm;
        config.count = 40;
        config.distribution = Distribution::fromCounts({10, 5, 10, 5, 10});
        config.topics = {u"history"_s, u"beekeeping"_s};
        config.seed = 99;
        config.searchHints = true;
        config.provider = u"anthropic"_s;
        config.baseUrl = u"https://api.anthropic.com/v1"_s;
        config.model = u"claude-haiku-4-5"_s;
        config.language = u"Deutsch"_s;
        config.batchSize = 8;
        config.concurrency = 6;
        config.temperature = 0.7;
        config.maxTokens = 2048;
        config.budgetUsd = 3.5;
        config.stream = false;
        config.allowFallback = true;
        config.promptTemplates = {{0, u"Custom level 0 template {count}"_s}};
        {
            MainWindow window;
            window.applyConfig(config);
            window.providerForm()->findChild<QLineEdit *>(u"apiKeyLineEdit"_s)->setText(u"sk-never-in-a-file"_s);
            QString error;
            QVERIFY2(window.saveProjectTo(path, &error), qPrintable(error));
            QVERIFY(window.windowTitle().startsWith(u"study"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("sk-never"));
        QVERIFY(bytes.contains("candor-project"));
        MainWindow window;
        QString error;
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        QCOMPARE(window.currentConfig(), config);
        QVERIFY(!window.openProject(dir.filePath(u"missing.candor"_s), &error));
        QVERIFY2(error.contains(u"Could not open"_s), qPrintable(error));
    }

    void openDatasetKeepsGoodRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"prompt":"a?","ideal_answer":"b","expected_feedback":"c","target_reward":1,"tags":[]})"
                   "\n{broken\n"
                   R"({"prompt":"d?","ideal_answer":"e","expected_feedback":"f","target_reward":-2,"tags":[]})"
                   "\n");
        file.close();
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        window.openDataset(path);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().at(0).toInt(), 2);
        QCOMPARE(loaded.first().at(1).toInt(), 1);
        QCOMPARE(window.exampleModel()->rowCount(), 2);
        const auto *banner = window.findChild<QLabel *>(u"bannerLabel"_s);
        QVERIFY2(banner->text().contains(u"line 2"_s), qPrintable(banner->text()));
    }

    void promptEditor()
    {
        PromptEditorDialog dialog(QString(), {});
        dialog.pageComboBox()->setCurrentIndex(3); // level 0
        QVERIFY(dialog.editor()->toPlainText().contains(u"{level_guidance}"_s));
        dialog.editor()->setPlainText(u"Only {count} rows please."_s);
        dialog.pageComboBox()->setCurrentIndex(0);
        dialog.pageComboBox()->setCurrentIndex(3);
        QCOMPARE(dialog.editor()->toPlainText(), u"Only {count} rows please."_s);
        QCOMPARE(dialog.levelTemplates(), (QMap<int, QString>{{0, u"Only {count} rows please."_s}}));
        QVERIFY(dialog.systemPrompt().isEmpty()); // untouched = default
        dialog.resetToDefault();
        QVERIFY(dialog.levelTemplates().isEmpty());
    }

    // A journal left by an unfinished run is offered for resuming; resuming generates only what is missing.
    void resumeOffer()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{100};
        server.setHandler("POST", "/v1/chat/completions", [&](const RecordedRequest &r) {
            QString text;
            for (const QJsonValue &m : r.json().value(u"messages"_s).toArray())
                text += m.toObject().value(u"content"_s).toString();
            const auto match =
                QRegularExpression(u"Write (\\d+) distinct examples for honesty level ([+-]?\\d)"_s).match(text);
            QJsonArray rows;
            for (int i = 0; i < match.captured(1).toInt(); ++i)
                rows.append(QJsonObject{{u"prompt"_s, u"Resumed question %1?"_s.arg(next++)},
                                        {u"ideal_answer"_s, u"An answer."_s},
                                        {u"expected_feedback"_s, u"Feedback."_s},
                                        {u"target_reward"_s, match.captured(2).toInt()},
                                        {u"tags"_s, QJsonArray()}});
            return wire::openAiChat(
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"examples"_s, rows}}).toJson(QJsonDocument::Compact)));
        });
        GenerationConfig config;
        config.mode = GenerationMode::Llm;
        config.count = 10;
        config.provider = u"openai-compatible"_s;
        config.baseUrl = server.baseUrl().toString() + u"/v1"_s;
        config.model = u"test-model"_s;
        const QString runs = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/runs"_s;
        QVERIFY(QDir().mkpath(runs));
        const QString journalPath = runs + u"/run-test.journal"_s;
        {
            RunJournal journal;
            QString error;
            QVERIFY(journal.create(journalPath, config, &error));
            for (int i = 0; i < 4; ++i) {
                Example e;
                e.prompt = u"Already done %1?"_s.arg(i);
                e.idealAnswer = u"x"_s;
                e.expectedFeedback = u"y"_s;
                e.targetReward = i - 2;
                e.source = ExampleSource::Llm;
                QVERIFY(journal.append(e));
            }
        }
        MainWindow window;
        window.show();
        auto *banner = window.findChild<QFrame *>(u"bannerFrame"_s);
        QTRY_VERIFY(banner->isVisible());
        const QString text = window.findChild<QLabel *>(u"bannerLabel"_s)->text();
        QVERIFY2(text.contains(u"4 of 10 rows"_s), qPrintable(text));
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"bannerActionButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(window.exampleModel()->rowCount(), 10);
        QCOMPARE(window.currentConfig().model, u"test-model"_s);
        QVERIFY(!QFile::exists(journalPath)); // finished: nothing left to resume
        QVERIFY(server.requestCount() <= 5);
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
