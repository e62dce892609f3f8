// The main window shell: set-up form, template generation off the GUI thread, the table and export.
#include "dataset/datasetstore.h"
#include "distributioneditor.h"
#include "exportdialog.h"
#include "judgedialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "prompteditordialog.h"
#include "providerform.h"
#include "providers/providercatalog.h"
#include "reportdialog.h"
#include "reviewpanel.h"
#include "seedspinbox.h"
#include "session/profiles.h"
#include "session/session.h"
#include "storage/datasetcheck.h"
#include "storage/jsonlreader.h"
#include "storage/runjournal.h"
#include "storage/workspace.h"
#include "support/promptask.h"
#include "support/providertestserver.h"
#include "support/providerwire.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFrame>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <atomic>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {
// An OpenAI-style chat endpoint that answers each request with exactly the rows it asks for, numbered from next,
// streamed in two chunks or as one JSON answer; the first failFirst requests get a server error instead.
void serveExamples(candor::test::ProviderTestServer &server, const QString &prefix, std::atomic<int> &next, bool stream,
                   int failFirst = 0)
{
    using namespace candor::test;
    auto failures = std::make_shared<std::atomic<int>>(failFirst);
    server.setHandler("POST", "/v1/chat/completions", [&next, prefix, stream, failures](const RecordedRequest &r) {
        if (failures->fetch_sub(1) > 0)
            return wire::openAiError(500, "server_error", "", u"The server had an error while processing"_s);
        const PromptAsk ask = promptAskOfChat(r.json());
        if (ask.isLadder()) {
            // Contrast ladders: one question, an answer at each level asked for.
            QJsonArray ladders;
            for (int i = 0; i < ask.count; ++i) {
                QJsonObject answers;
                for (int level : ask.levels)
                    answers.insert(level > 0 ? u"+%1"_s.arg(level) : QString::number(level),
                                   QJsonObject{{u"ideal_answer"_s, u"An answer at %1."_s.arg(level)},
                                               {u"expected_feedback"_s, u"Feedback."_s},
                                               {u"tags"_s, QJsonArray{u"science"_s}}});
                ladders.append(
                    QJsonObject{{u"prompt"_s, u"%1 %2?"_s.arg(prefix).arg(next++)}, {u"answers"_s, answers}});
            }
            const QString json =
                QString::fromUtf8(QJsonDocument(QJsonObject{{u"ladders"_s, ladders}}).toJson(QJsonDocument::Compact));
            return stream ? wire::openAiStream({json.left(40), json.mid(40)}) : wire::openAiChat(json);
        }
        QJsonArray rows;
        for (int i = 0; i < ask.count; ++i)
            rows.append(QJsonObject{{u"prompt"_s, u"%1 %2?"_s.arg(prefix).arg(next++)},
                                    {u"ideal_answer"_s, u"An answer."_s},
                                    {u"expected_feedback"_s, u"Feedback."_s},
                                    {u"target_reward"_s, ask.level},
                                    {u"tags"_s, QJsonArray{u"science"_s}}});
        const QString json =
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"examples"_s, rows}}).toJson(QJsonDocument::Compact));
        return stream ? wire::openAiStream({json.left(40), json.mid(40)}) : wire::openAiChat(json);
    });
}

// Types text into a spin box as a person does: select what is there, type, press Tab to leave the field.
void typeInto(QAbstractSpinBox *box, const QString &text)
{
    QWidget *window = box->window();
    QApplication::setActiveWindow(window);
    QVERIFY(QTest::qWaitForWindowActive(window));
    box->setFocus(Qt::TabFocusReason);
    QVERIFY(box->hasFocus());
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
}

// Points HOME at a folder of the test's own for as long as it lives, so Documents is whatever the test makes of it.
class TemporaryHome
{
public:
    explicit TemporaryHome(const QString &path) : m_old(qgetenv("HOME"))
    {
        QSettings().sync(); // QSettings finds its file once; let it do that in the real (test) home
        qputenv("HOME", QFile::encodeName(path));
    }
    ~TemporaryHome() { qputenv("HOME", m_old); }
    TemporaryHome(const TemporaryHome &) = delete;
    TemporaryHome &operator=(const TemporaryHome &) = delete;

private:
    QByteArray m_old;
};

QVector<Example> reviewedRows() // 2 accepted, 2 pending, 2 rejected
{
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
    return rows;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void generateAndExport()
    {
        MainWindow window;
        window.show();
        QAbstractItemModelTester tester(window.reviewPanel()->filterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.findChild<QSpinBox *>(u"countSpinBox"_s)->setValue(25);
        window.findChild<QLineEdit *>(u"topicLineEdit"_s)->setText(u"history"_s);
        window.findChild<QCheckBox *>(u"searchHintsCheckBox"_s)->setChecked(true);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.store()->size(), 25);
        const auto *table = window.findChild<QTableView *>(u"exampleTableView"_s);
        QCOMPARE(table->model()->rowCount(), 25);
        for (const Example &e : window.store()->toVector()) {
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
        QCOMPARE(result.rows.first().prompt, window.store()->toVector().first().prompt);

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
        QCOMPARE(total->text(), u"Total: 1,200 rows"_s);
        // Generation uses exactly these counts.
        editor->setCounts({3, 0, 0, 0, 2});
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        LevelCounts seen{};
        for (const Example &e : window.store()->toVector())
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
        serveExamples(server, u"GUI question"_s, next, true);
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
        QSignalSpy inserted(window.reviewPanel()->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.store()->size(), 20);
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
        // Chat turns from every level, as asked for explicitly (the default takes +2 rows only).
        dialog.findChild<QSpinBox *>(u"sftMinLevelSpinBox"_s)->setValue(-2);
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

    // The rows count under the form follows the rows option as it changes, also after an export.
    void exportDialogCountFollowsSelection()
    {
        QTemporaryDir dir;
        ExportDialog dialog(reviewedRows(), dir.filePath(u"count.jsonl"_s));
        auto *selection = dialog.findChild<QComboBox *>(u"selectionComboBox"_s);
        auto *summary = dialog.findChild<QLabel *>(u"summaryLabel"_s);
        QVERIFY2(summary->text().startsWith(u"6 row"_s), qPrintable(summary->text())); // no English plurals loaded
        selection->setCurrentIndex(1);
        QVERIFY2(summary->text().startsWith(u"2 row"_s), qPrintable(summary->text()));
        selection->setCurrentIndex(2);
        QVERIFY2(summary->text().startsWith(u"4 row"_s), qPrintable(summary->text()));
        QSignalSpy done(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY2(summary->text().startsWith(u"Exported 4 rows"_s), qPrintable(summary->text()));
        selection->setCurrentIndex(0);
        QVERIFY2(summary->text().startsWith(u"6 row"_s), qPrintable(summary->text())); // no English plurals loaded

        // The store's snapshot counts the same way.
        DatasetStore store;
        store.append(reviewedRows());
        ExportDialog fromStore(store.snapshot(), dir.filePath(u"store.jsonl"_s));
        fromStore.findChild<QComboBox *>(u"selectionComboBox"_s)->setCurrentIndex(1);
        QVERIFY(fromStore.findChild<QLabel *>(u"summaryLabel"_s)->text().startsWith(u"2 row"_s));
    }

    // A long export report must not squash the form: the second export looks like the first.
    void exportDialogKeepsItsLayout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a-rather-long-file-name-for-the-layout-test.jsonl"_s);
        ExportDialog dialog(reviewedRows(), path);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLayout *layout = dialog.layout();
        layout->activate();
        const QSize size = dialog.size();
        const QSize hint = layout->sizeHint();
        const QSize minimum = layout->minimumSize();
        const int heightForWidth = layout->totalHeightForWidth(size.width());
        const QStringList names{u"formatComboBox"_s, u"selectionComboBox"_s, u"pathLineEdit"_s, u"progressBar"_s,
                                u"summaryLabel"_s};
        auto geometries = [&] {
            QList<QRect> list;
            for (const QString &name : names)
                list << dialog.findChild<QWidget *>(name)->geometry();
            return list;
        };
        const QList<QRect> before = geometries();
        for (const QString &name : names) {
            const QWidget *w = dialog.findChild<QWidget *>(name);
            QVERIFY2(w->height() >= w->minimumSizeHint().height(), qPrintable(name));
        }
        for (int round = 0; round < 2; ++round) {
            QSignalSpy done(&dialog, &ExportDialog::exported);
            QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
            QVERIFY(done.wait(10000));
            QVERIFY(dialog.summary().ok);
            QCoreApplication::processEvents();
            layout->activate();
            QCOMPARE(layout->sizeHint(), hint);
            QCOMPARE(layout->minimumSize(), minimum);
            QCOMPARE(layout->totalHeightForWidth(size.width()), heightForWidth);
            QCOMPARE(dialog.size(), size);
            QCOMPARE(geometries(), before);
        }
    }

    // Without ~/Documents the export offers to make it; where it cannot be made, the home folder.
    void exportDefaultFolder()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        {
            TemporaryHome temporaryHome(home.path());
            QVERIFY(!QFileInfo::exists(home.filePath(u"Documents"_s)));
            QCOMPARE(ExportDialog::defaultFolder(), home.filePath(u"Documents"_s));
            QVERIFY(QFileInfo(home.filePath(u"Documents"_s)).isDir());

            // Through the window: a fresh project's first export goes there.
            QSettings().remove(u"exportChoices"_s);
            QVERIFY(QDir(home.filePath(u"Documents"_s)).removeRecursively());
            MainWindow window;
            QSignalSpy finished(&window, &MainWindow::generationFinished);
            window.previewSample();
            QVERIFY(finished.wait(10000));
            window.exportDataset();
            auto *dialog = window.findChild<ExportDialog *>();
            QVERIFY(dialog);
            QCOMPARE(dialog->options().path, home.filePath(u"Documents/dataset.jsonl"_s));
            QVERIFY(QFileInfo(home.filePath(u"Documents"_s)).isDir());
            dialog->close();
        }
        QTemporaryDir blocked;
        {
            // A file named Documents: the folder cannot be made, so the home folder it is.
            QFile file(blocked.filePath(u"Documents"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            TemporaryHome temporaryHome(blocked.path());
            QCOMPARE(ExportDialog::defaultFolder(), blocked.path());
        }
    }

    // The folder and format of a project's last export are where its next export starts.
    void exportRemembersFolderAndFormat()
    {
        QTemporaryDir home;
        TemporaryHome temporaryHome(home.path());
        QSettings().remove(u"exportChoices"_s);
        QTemporaryDir target;
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));

        window.exportDataset();
        auto *dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->options().format, ExportFormat::Jsonl);
        QCOMPARE(dialog->options().withMeta, false);
        dialog->findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(2); // CSV
        dialog->findChild<QLineEdit *>(u"pathLineEdit"_s)->setText(target.filePath(u"mine.csv"_s));
        QSignalSpy done(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QVERIFY(dialog->summary().ok);
        dialog->close();
        QTRY_VERIFY(!window.findChild<ExportDialog *>());

        // Opened again: the same folder and format, the project's own file name.
        window.exportDataset();
        dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(u"formatComboBox"_s)->currentIndex(), 2);
        QCOMPARE(dialog->options().path, target.filePath(u"dataset.csv"_s));
        dialog->findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(3); // OpenAI chat, the same folder
        QSignalSpy doneAgain(dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(doneAgain.wait(10000));
        dialog->close();
        QTRY_VERIFY(!window.findChild<ExportDialog *>());

        // Another project has its own memory: nothing yet, so Documents and seed JSONL.
        QString error;
        QVERIFY2(window.saveProjectTo(target.filePath(u"study.candor"_s), &error), qPrintable(error));
        window.exportDataset();
        dialog = window.findChild<ExportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(u"formatComboBox"_s)->currentIndex(), 0);
        QCOMPARE(dialog->options().path, home.filePath(u"Documents/study.jsonl"_s));
        dialog->close();
        QTRY_VERIFY(!window.findChild<ExportDialog *>());

        // The untitled project's choice survives in the settings: the last format, chat.
        const QVariantMap remembered = QSettings().value(u"exportChoices"_s).toMap().value(u"untitled"_s).toMap();
        QCOMPARE(remembered.value(u"folder"_s).toString(), QFileInfo(target.path()).absoluteFilePath());
        QCOMPARE(remembered.value(u"format"_s).toString(), u"openai-chat"_s);

        // Open Dataset starts where the last export went.
        QString shownFolder;
        QTimer::singleShot(100, &window, [&shownFolder] {
            if (auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                shownFolder = files->directory().absolutePath();
                files->reject();
            }
        });
        window.findChild<QAction *>(u"openDatasetAction"_s)->trigger();
        QCOMPARE(shownFolder, QFileInfo(target.path()).absoluteFilePath());
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
        // Past 2^63: the window once clamped seeds to 2147483647 and made another dataset than candor-cli.
        config.seed = 18446744073709551557ULL;
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
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QVERIFY(loaded.wait(10000));
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
        QCOMPARE(window.store()->size(), 2);
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
        serveExamples(server, u"Resumed question"_s, next, false);
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
        QCOMPARE(window.store()->size(), 10);
        QCOMPARE(window.currentConfig().model, u"test-model"_s);
        QVERIFY(!QFile::exists(journalPath)); // finished: nothing left to resume
        QVERIFY(server.requestCount() <= 5);
    }

    // An LLM run that died in a project is offered for resuming when the project opens (the project is its journal),
    // and resuming generates only what is missing: the four rows it had stay, in place, with their review.
    void projectRunResumeOffer()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{200};
        serveExamples(server, u"Project question"_s, next, false);
        GenerationConfig config;
        config.mode = GenerationMode::Llm;
        config.count = 10;
        config.provider = u"openai-compatible"_s;
        config.baseUrl = server.baseUrl().toString() + u"/v1"_s;
        config.model = u"test-model"_s;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"died.candor"_s);
        {
            WorkspaceError error;
            auto workspace = Workspace::open(path, true, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            WorkspaceRun run;
            run.kind = u"full"_s;
            run.config = config.toJson();
            run.counts = LevelCounts{2, 2, 2, 2, 2};
            const qint64 id = workspace->beginRun(run);
            workspace->markRunOwnsRows(id);
            QVector<Example> rows;
            for (int i = 0; i < 4; ++i) {
                Example e;
                e.prompt = u"Already done %1?"_s.arg(i);
                e.idealAnswer = u"x"_s;
                e.expectedFeedback = u"y"_s;
                e.targetReward = i - 2;
                e.source = ExampleSource::Llm;
                e.id = u"llm-0-%1"_s.arg(i + 1);
                e.status = i == 0 ? ReviewStatus::Accepted : ReviewStatus::Pending;
                rows.append(e);
            }
            workspace->appendRows(0, rows);
            QVERIFY(!workspace->flush());
        }
        QString error;
        {
            MainWindow window;
            window.show();
            QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
            QVERIFY2(window.openProject(path, &error), qPrintable(error));
            QVERIFY(loaded.wait(10000));
            auto *banner = window.findChild<QFrame *>(u"bannerFrame"_s);
            QTRY_VERIFY(banner->isVisible());
            const QString text = window.findChild<QLabel *>(u"bannerLabel"_s)->text();
            QVERIFY2(text.contains(u"4 of 10 rows"_s), qPrintable(text));
            QSignalSpy finished(&window, &MainWindow::generationFinished);
            QTest::mouseClick(window.findChild<QPushButton *>(u"bannerActionButton"_s), Qt::LeftButton);
            QVERIFY(finished.wait(20000));
            QCOMPARE(window.store()->size(), 10);
            QCOMPARE(window.store()->levelCounts(), (LevelCounts{2, 2, 2, 2, 2}));
            QCOMPARE(window.store()->at(0).prompt, u"Already done 0?"_s);
            QCOMPARE(window.store()->at(0).status, ReviewStatus::Accepted);
            QCOMPARE(window.currentConfig().model, u"test-model"_s);
            QVERIFY(server.requestCount() <= 5);
            window.close();
        }
        // Finished, it is not offered again; the project holds all ten rows.
        MainWindow again;
        QSignalSpy reloaded(&again, &MainWindow::datasetLoaded);
        QVERIFY2(again.openProject(path, &error), qPrintable(error));
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(again.store()->size(), 10);
        QVERIFY(!again.findChild<QFrame *>(u"bannerFrame"_s)->isVisible());
    }

    // The resume offer is one compact line; Dismiss asks, then Keep brings it back next time and Discard deletes it.
    void dismissingTheResumeOffer()
    {
        GenerationConfig config;
        config.mode = GenerationMode::Llm;
        config.count = 10;
        config.provider = u"openai-compatible"_s;
        config.model = u"test-model"_s;
        const QString runs = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/runs"_s;
        QVERIFY(QDir().mkpath(runs));
        const QString journalPath = runs + u"/run-dismissed.journal"_s;
        {
            RunJournal journal;
            QString error;
            QVERIFY(journal.create(journalPath, config, &error));
            Example e;
            e.prompt = u"Saved?"_s;
            e.idealAnswer = u"x"_s;
            e.expectedFeedback = u"y"_s;
            e.source = ExampleSource::Llm;
            QVERIFY(journal.append(e));
        }
        for (const QString &answer : {u"Keep"_s, u"Discard Run"_s}) {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *banner = window.findChild<QFrame *>(u"bannerFrame"_s);
            QTRY_VERIFY(banner->isVisible());
            QVERIFY2(banner->height() <= 3 * window.fontMetrics().height() + 24,
                     qPrintable(QString::number(banner->height())));
            MessageBox::setNextAnswer(answer);
            QTest::mouseClick(window.findChild<QPushButton *>(u"bannerDismissButton"_s), Qt::LeftButton);
            QVERIFY2(MessageBox::lastAnsweredText().contains(u"1 saved row"_s),
                     qPrintable(MessageBox::lastAnsweredText()));
            QVERIFY(!banner->isVisible());
            QCOMPARE(QFile::exists(journalPath), answer == u"Keep"_s);
        }
    }

    // The seed field takes every 64-bit seed, typed as a person does, and refuses what is not one.
    void seedTakesSixtyFourBits()
    {
        MainWindow window;
        window.show();
        QCoreApplication::processEvents();
        auto *seed = window.findChild<SeedSpinBox *>(u"seedSpinBox"_s);
        QVERIFY(seed);
        typeInto(seed, u"18446744073709551615"_s);
        QCOMPARE(window.currentConfig().seed, quint64(18446744073709551615ULL));
        QVERIFY(window.isWindowModified());
        typeInto(seed, u"4294967296"_s);
        QCOMPARE(window.currentConfig().seed, quint64(4294967296ULL));
        // One past the largest seed and letters are not taken: the value stays.
        typeInto(seed, u"18446744073709551616"_s);
        QCOMPARE(window.currentConfig().seed, quint64(1844674407370955161ULL)); // the last digit was refused
        typeInto(seed, u"12x"_s);
        QCOMPARE(window.currentConfig().seed, quint64(12));
        seed->setValue(18446744073709551615ULL);
        seed->stepBy(1); // saturates rather than wrapping to 0
        QCOMPARE(seed->value(), quint64(18446744073709551615ULL));
    }

    // A project's endpoint on another host does not get the stored key without the person's say-so; an address they
    // type themselves does.
    void storedKeyAsksBeforeAnotherHost()
    {
        MainWindow window;
        ProviderForm *form = window.providerForm();
        form->setProvider(u"openai"_s);
        form->setBaseUrl(u"https://attacker.invalid/v1"_s); // as a project would
        auto ask = [&] {
            QString error;
            bool answered = false;
            form->endpoint(&window, [&](const EndpointSettings &, const QString &e) {
                error = e;
                answered = true;
            });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 20000); }();
            return error;
        };
        const int askedBefore = MessageBox::askedCount();
        MessageBox::setNextAnswer(u"Cancel"_s);
        const QString refused = ask();
        QCOMPARE(MessageBox::askedCount(), askedBefore + 1);
        QVERIFY2(MessageBox::lastAnsweredText().contains(u"Send your stored OpenAI key to attacker.invalid?"_s),
                 qPrintable(MessageBox::lastAnsweredText()));
        QVERIFY2(refused.contains(u"was not sent to attacker.invalid"_s), qPrintable(refused));

        // Typed by the person: the address is theirs, no question.
        auto *edit = form->findChild<QLineEdit *>(u"endpointLineEdit"_s);
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, u"https://my-proxy.invalid/v1"_s);
        form->findChild<QLineEdit *>(u"apiKeyLineEdit"_s)->setText(u"sk-typed-not-stored"_s);
        QVERIFY2(ask().isEmpty(), "a typed key to a typed address needs no question");
        QCOMPARE(MessageBox::askedCount(), askedBefore + 1);
    }

    // Recent projects are remembered by absolute, canonical path, so they open from any working folder.
    void recentProjectsAreAbsolute()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(u"sub"_s));
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.filePath(u"sub"_s)));
        MainWindow window;
        QString error;
        const bool saved = window.saveProjectTo(u"../relative"_s, &error);
        QDir::setCurrent(previous);
        QVERIFY2(saved, qPrintable(error));
        const QStringList recent = QSettings().value(u"recentProjects"_s).toStringList();
        QVERIFY(!recent.isEmpty());
        QCOMPARE(recent.first(), QFileInfo(dir.filePath(u"relative.candor"_s)).canonicalFilePath());
        QVERIFY(QFileInfo(recent.first()).isAbsolute());
    }

    // Projects: Save As adds .candor, the title shows unsaved changes, and New asks before dropping them.
    void projectChangesAreTracked()
    {
        MainWindow window;
        window.show();
        QCoreApplication::processEvents();
        QVERIFY(!window.isWindowModified());
        auto *seed = window.findChild<SeedSpinBox *>(u"seedSpinBox"_s);
        typeInto(seed, u"77"_s);
        QVERIFY(window.isWindowModified());
        QTemporaryDir dir;
        QString error;
        QVERIFY2(window.saveProjectTo(dir.filePath(u"myproj"_s), &error), qPrintable(error));
        QCOMPARE(window.projectPath(), dir.filePath(u"myproj.candor"_s));
        QVERIFY(QFile::exists(dir.filePath(u"myproj.candor"_s)));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.windowTitle().startsWith(u"myproj"_s));

        typeInto(seed, u"78"_s);
        QVERIFY(window.isWindowModified());
        MessageBox::setNextAnswer(u"Cancel"_s);
        window.newProject();
        QVERIFY2(MessageBox::lastAnsweredText().contains(u"changed since it was saved"_s),
                 qPrintable(MessageBox::lastAnsweredText()));
        QCOMPARE(seed->value(), quint64(78));
        MessageBox::setNextAnswer(u"Discard"_s);
        window.newProject();
        QCOMPARE(seed->value(), quint64(42));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.projectPath().isEmpty());
    }

    // The row cap is said at the field, with its reason.
    void rowLimitIsExplained()
    {
        MainWindow window;
        window.show();
        auto *count = window.findChild<QSpinBox *>(u"countSpinBox"_s);
        auto *note = window.findChild<QLabel *>(u"countLimitLabel"_s);
        QVERIFY(note && !note->isVisible());
        typeInto(count, u"100000000"_s);
        QCOMPARE(count->value(), 10000000);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"in memory"_s), qPrintable(note->text()));
        QVERIFY(count->toolTip().contains(u"in memory"_s));
        typeInto(count, u"5000"_s);
        QVERIFY(!note->isVisible());
    }

    // Preview a template sample, then spot-check it from the keyboard: A, R, U, arrows; filters; counts.
    void previewAndSpotCheck()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReviewPanel *panel = window.reviewPanel();
        QAbstractItemModelTester tester(panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.findChild<QSpinBox *>(u"countSpinBox"_s)->setValue(5000);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"previewButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.store()->size(), 10); // 2 per level, not the 5,000 of the dataset
        QCOMPARE(window.store()->levelCounts(), (LevelCounts{2, 2, 2, 2, 2}));
        const QString status = window.findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(u"preview"_s), qPrintable(status));

        QTableView *table = panel->table();
        table->setFocus();
        panel->setCurrentRow(0);
        QCOMPARE(panel->currentRow(), 0);
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(window.store()->at(0).status, ReviewStatus::Accepted);
        QCOMPARE(panel->currentRow(), 1); // moved on
        QTest::keyClick(table, Qt::Key_R);
        QCOMPARE(window.store()->at(1).status, ReviewStatus::Rejected);
        QCOMPARE(panel->currentRow(), 2);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(panel->currentRow(), 3);
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(panel->currentRow(), 0);
        QTest::keyClick(table, Qt::Key_U);
        QCOMPARE(window.store()->at(0).status, ReviewStatus::Pending);
        QTest::keyClick(table, Qt::Key_A); // row 1 again: accepted now
        QCOMPARE(window.store()->at(1).status, ReviewStatus::Accepted);
        QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
        QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 0);
        // Typing "a" in the filter is text, not a review.
        auto *filterEdit = panel->findChild<QLineEdit *>(u"filterLineEdit"_s);
        QTest::keyClick(filterEdit, Qt::Key_A);
        QCOMPARE(filterEdit->text(), u"a"_s);
        QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
        filterEdit->clear();

        // Counts per level and status are always on show.
        QTRY_VERIFY(panel->findChild<QLabel *>(u"countsLabel"_s)->text().contains(u"9 pending · 1 accepted"_s));

        // Filters: status, level, text.
        auto *statusFilter = panel->findChild<QComboBox *>(u"statusFilterComboBox"_s);
        statusFilter->setCurrentIndex(2); // accepted
        panel->filterModel()->applyNow();
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(panel->filterModel()->sourceRow(0), 1);
        QVERIFY(panel->findChild<QLabel *>(u"shownLabel"_s)->text().contains(u"1 of 10"_s));
        // With "Pending" shown, accepting a row takes it out of view and the next row takes its place.
        statusFilter->setCurrentIndex(1);
        panel->filterModel()->applyNow();
        QCOMPARE(table->model()->rowCount(), 9);
        panel->setCurrentRow(panel->filterModel()->sourceRow(0));
        const int second = panel->filterModel()->sourceRow(1);
        QTest::keyClick(table, Qt::Key_A);
        QCOMPARE(table->model()->rowCount(), 8);
        QCOMPARE(panel->currentRow(), second);
        QTest::mouseClick(panel->findChild<QToolButton *>(u"clearFiltersButton"_s), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 10);
        panel->findChild<QToolButton *>(u"levelFilterButton4"_s)->setChecked(true); // +2
        panel->filterModel()->applyNow();
        QCOMPARE(table->model()->rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(window.store()->at(panel->filterModel()->sourceRow(row)).targetReward, 2);
        panel->clearFilters();
        const QString word = window.store()->at(7).prompt.section(u' ', 2, 2);
        filterEdit->setText(word);
        panel->filterModel()->applyNow();
        QVERIFY(table->model()->rowCount() >= 1);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const Example &e = window.store()->at(panel->filterModel()->sourceRow(row));
            const QString all = e.prompt + e.idealAnswer + e.expectedFeedback + e.tags.join(u' ');
            QVERIFY(all.contains(word, Qt::CaseInsensitive));
        }
    }

    // The detail pane edits the current row; the edit is kept, marked, and can be reverted.
    void editAndRevert()
    {
        MainWindow window;
        window.show();
        ReviewPanel *panel = window.reviewPanel();
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));
        panel->setCurrentRow(3);
        const Example before = window.store()->at(3);
        auto *prompt = panel->findChild<QPlainTextEdit *>(u"detailPromptEdit"_s);
        QCOMPARE(prompt->toPlainText(), before.prompt);
        prompt->setFocus();
        prompt->selectAll();
        QTest::keyClicks(prompt, u"Which year did the Hudson bridge open?"_s);
        auto *tags = panel->findChild<QLineEdit *>(u"detailTagsLineEdit"_s);
        tags->setText(u"history, bridges"_s);
        QTest::keyClick(tags, Qt::Key_Space);
        QTest::keyClick(tags, Qt::Key_Backspace);
        panel->setCurrentRow(4); // leaving the row keeps its edits
        QCOMPARE(window.store()->at(3).prompt, u"Which year did the Hudson bridge open?"_s);
        QCOMPARE(window.store()->at(3).tags, (QStringList{u"history"_s, u"bridges"_s}));
        QVERIFY(window.store()->at(3).flags & FlagEdited);
        QCOMPARE(window.store()->at(3).id, before.id);
        QCOMPARE(window.store()->editedCount(), 1);
        QCOMPARE(panel->model()->data(panel->model()->index(3, PreviewModel::Flags)).toString(), u"Edited"_s);
        panel->setCurrentRow(3);
        QVERIFY(panel->findChild<QLabel *>(u"detailInfoLabel"_s)->text().contains(u"Edited by hand"_s));
        // An empty answer is not written.
        auto *answer = panel->findChild<QPlainTextEdit *>(u"detailAnswerEdit"_s);
        answer->clear();
        panel->commitEdits();
        QCOMPARE(window.store()->at(3).idealAnswer, before.idealAnswer);
        QVERIFY(panel->findChild<QLabel *>(u"detailInfoLabel"_s)->text().contains(u"cannot be empty"_s));
        panel->revertSelected();
        QCOMPARE(window.store()->at(3).prompt, before.prompt);
        QCOMPARE(window.store()->at(3).tags, before.tags);
        QCOMPARE(window.store()->at(3).flags & FlagEdited, 0u);
        QCOMPARE(prompt->toPlainText(), before.prompt);
        QCOMPARE(answer->toPlainText(), before.idealAnswer);
        // Changing the level in the pane moves the row in the counts.
        auto *level = panel->findChild<QComboBox *>(u"detailLevelComboBox"_s);
        level->setCurrentIndex(level->findData(2));
        QCOMPARE(window.store()->at(3).targetReward, 2);
        QCOMPARE(window.store()->levelCount(2), 3);
    }

    // Regenerate replaces the selected rows in place, keeping their ids and levels.
    void regenerateSelected()
    {
        MainWindow window;
        window.show();
        ReviewPanel *panel = window.reviewPanel();
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));
        const QVector<Example> before = window.store()->toVector();
        window.store()->setStatus(QVector<int>{2, 5}, ReviewStatus::Rejected);
        QTableView *table = panel->table();
        QCOMPARE(panel->currentRow(), 0); // the first row to arrive is current
        table->selectionModel()->clearSelection();
        table->selectionModel()->select(panel->filterModel()->index(2, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(panel->filterModel()->index(5, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(panel->selectedRows(), (QVector<int>{2, 5}));
        panel->findChild<QAction *>(u"regenerateAction"_s)->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.store()->size(), 10);
        for (int row = 0; row < 10; ++row) {
            const Example &now = window.store()->at(row);
            QCOMPARE(now.id, before[row].id);
            QCOMPARE(now.targetReward, before[row].targetReward);
            if (row == 2 || row == 5) {
                QVERIFY2(now.prompt != before[row].prompt, qPrintable(now.prompt));
                QCOMPARE(now.status, ReviewStatus::Pending);
            } else {
                QCOMPARE(now.prompt, before[row].prompt);
            }
        }
        // The status line says the rejected rows are pending again, and Undo brings the old rows back in one step.
        const QString status = window.findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(u"pending review again"_s) && status.contains(u"2 reviewed row"_s),
                 qPrintable(status));
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        for (int row = 0; row < 10; ++row) {
            QCOMPARE(window.store()->at(row).prompt, before[row].prompt);
            QCOMPARE(window.store()->at(row).status,
                     row == 2 || row == 5 ? ReviewStatus::Rejected : before[row].status);
        }
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(window.store()->at(2).prompt != before[2].prompt);
        QCOMPARE(window.store()->at(2).status, ReviewStatus::Pending);
    }

    // Status and flags are in view beside the set-up column on a 1280-pixel window; a saved layout wins.
    void columnsFitTheWindow()
    {
        QSettings().remove(u"window"_s); // no saved layout: Candor's own widths
        MainWindow window;
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTableView *table = window.reviewPanel()->table();
        QHeaderView *header = table->horizontalHeader();
        QTRY_VERIFY(table->viewport()->width() > 300);
        for (int column : {int(PreviewModel::Status), int(PreviewModel::Flags)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(
                right <= table->viewport()->width() && header->sectionSize(column) >= 60,
                qPrintable(u"column %1 ends at %2 of %3"_s.arg(column).arg(right).arg(table->viewport()->width())));
        }
        QVERIFY(header->sectionSize(PreviewModel::Prompt) >= 60);
        // A width the user chose stays when the window changes size.
        header->resizeSection(PreviewModel::Prompt, 400);
        window.resize(1200, 760);
        QTRY_COMPARE(header->sectionSize(PreviewModel::Prompt), 400);
        QApplication::processEvents();
        QCOMPARE(header->sectionSize(PreviewModel::Prompt), 400);
    }

    // The rubric stays beside the table while reviewing; Help lists the review keys.
    void rubricPanelAndReviewHelp()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *rubric = window.findChild<QTextBrowser *>(u"rubricView"_s);
        QVERIFY(rubric && !rubric->isVisible());
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        QVERIFY(rubric->isVisible());
        const QString text = rubric->toPlainText();
        for (const RubricLevel &level : Rubric::levels()) {
            QVERIFY2(text.contains(Rubric::displayLabel(level.reward)), qPrintable(level.label));
            QVERIFY2(text.contains(Rubric::displayDescription(level.reward)), qPrintable(level.label));
            QVERIFY2(text.contains(Rubric::displayGuidance(level.reward).left(40)), qPrintable(level.label));
        }
        auto *viewMenu = window.findChild<QMenu *>(u"viewMenu"_s);
        QVERIFY(viewMenu->actions().contains(window.reviewPanel()->rubricAction()));
        // Reviewing keys work with the rubric open.
        Example row;
        row.prompt = u"Q?"_s;
        row.idealAnswer = u"A."_s;
        row.expectedFeedback = u"F."_s;
        window.store()->append(row);
        window.reviewPanel()->table()->setFocus();
        window.reviewPanel()->setCurrentRow(0);
        QTest::keyClick(window.reviewPanel()->table(), Qt::Key_A);
        QCOMPARE(window.store()->at(0).status, ReviewStatus::Accepted);
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        QVERIFY(!rubric->isVisible());

        QAction *help = window.reviewPanel()->reviewHelpAction();
        bool inHelpMenu = false;
        for (QAction *menu : window.menuBar()->actions())
            inHelpMenu = inHelpMenu || (menu->menu() && menu->menu()->actions().contains(help));
        QVERIFY(inHelpMenu);
        MessageBox::setNextAnswer(u"OK"_s);
        help->trigger();
        const QString keys = MessageBox::lastAnsweredText();
        for (const QString &key : {u"A:"_s, u"R:"_s, u"Shift+R:"_s, u"U:"_s, u"Return:"_s, u"Ctrl+Z"_s, u"Up, Down"_s})
            QVERIFY2(keys.contains(key), qPrintable(key));
    }

    // An export read back: edited rows count as edited (but have nothing to revert to), duplicates are flagged by
    // validate's rule.
    void reopenedExportKeepsItsFlags()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"export.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"prompt":"Who built it?","ideal_answer":"b","expected_feedback":"c","target_reward":1,"tags":[],"meta":{"id":"x1","source":"llm","status":"accepted","flags":["edited"]}})"
            "\n"
            R"({"prompt":"How tall is Everest?","ideal_answer":"b","expected_feedback":"c","target_reward":2,"tags":[]})"
            "\n"
            R"({"prompt":"how  tall is everest","ideal_answer":"x","expected_feedback":"y","target_reward":2,"tags":[],"meta":{"id":"x3","source":"llm","status":"rejected","reject_reason":"repeat"}})"
            "\n"
            R"({"prompt":"How tall is Everest?","ideal_answer":"b","expected_feedback":"c","target_reward":0,"tags":[],"meta":{"id":"x4","source":"llm","status":"pending","flags":["duplicate"]}})"
            "\n");
        file.close();
        DatasetReport report;
        QString fatal;
        QVERIFY(checkDataset(path, &report, &fatal));
        QCOMPARE(report.duplicates.size(), 1);
        QCOMPARE(report.duplicates.first().line, 3);

        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        window.openDataset(path);
        QVERIFY(loaded.wait(10000));
        DatasetStore *store = window.store();
        QCOMPARE(store->size(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(bool(store->at(row).flags & FlagDuplicate), row + 1 == report.duplicates.first().line);
        QCOMPARE(store->at(2).rejectReason, u"repeat"_s);
        QCOMPARE(store->editedCount(), 1);
        ReviewPanel *panel = window.reviewPanel();
        QTRY_VERIFY2(panel->findChild<QLabel *>(u"countsLabel"_s)->text().contains(u"1 edited"_s),
                     qPrintable(panel->findChild<QLabel *>(u"countsLabel"_s)->text()));
        panel->setCurrentRow(0);
        QAction *revert = panel->findChild<QAction *>(u"revertAction"_s);
        QVERIFY(!revert->isEnabled());
        QVERIFY(panel->findChild<QLabel *>(u"detailInfoLabel"_s)->text().contains(u"nothing to revert to"_s));
        // Editing such a row keeps it edited; there is still no generated text to go back to.
        auto *tags = panel->findChild<QLineEdit *>(u"detailTagsLineEdit"_s);
        tags->setText(u"history"_s);
        QTest::keyClick(tags, Qt::Key_Space);
        panel->commitEdits();
        QCOMPARE(store->at(0).tags, QStringList{u"history"_s});
        QVERIFY(store->at(0).flags & FlagEdited);
        QCOMPARE(store->editedCount(), 1);
        // A row edited here can be reverted.
        panel->setCurrentRow(1);
        QVERIFY(!revert->isEnabled());
        tags->setText(u"geography"_s);
        QTest::keyClick(tags, Qt::Key_Space);
        panel->commitEdits();
        QCOMPARE(store->editedCount(), 2);
        QVERIFY(revert->isEnabled());
    }

    // Export from the window goes through a snapshot of the store and honours the review.
    void exportReviewedRows()
    {
        MainWindow window;
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));
        window.store()->setStatus(QVector<int>{0, 4, 9}, ReviewStatus::Accepted);
        window.store()->setStatus(1, ReviewStatus::Rejected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"accepted.jsonl"_s);
        ExportDialog dialog(window.store()->snapshot(), path);
        dialog.findChild<QComboBox *>(u"formatComboBox"_s)->setCurrentIndex(1);    // with meta
        dialog.findChild<QComboBox *>(u"selectionComboBox"_s)->setCurrentIndex(1); // accepted only
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
        QVERIFY(exported.wait(10000));
        JsonlReader::Result result;
        QString error;
        QVERIFY(JsonlReader::readAll(path, &result, &error));
        QCOMPARE(result.rows.size(), 3);
        QCOMPARE(result.rows[1].prompt, window.store()->at(4).prompt);
        for (const Example &e : result.rows)
            QCOMPARE(e.status, ReviewStatus::Accepted);
    }

    // A large file loads on a worker and reaches the table in chunks while it loads.
    void openLargeDataset()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"large.jsonl"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray lines;
            for (int i = 0; i < 40000; ++i) {
                Example e;
                e.prompt = u"Question number %1?"_s.arg(i);
                e.idealAnswer = u"Answer %1."_s.arg(i);
                e.expectedFeedback = u"Feedback."_s;
                e.targetReward = i % 5 - 2;
                e.tags = {u"history"_s};
                appendJsonLine(lines, e, false);
            }
            file.write(lines);
        }
        MainWindow window;
        window.show();
        QSignalSpy inserted(window.reviewPanel()->model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        window.openDataset(path);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().at(0).toInt(), 40000);
        QCOMPARE(window.store()->size(), 40000);
        QVERIFY(inserted.size() >= 3); // chunk by chunk, not all at the end
        QCOMPARE(window.store()->at(39999).prompt, u"Question number 39999?"_s);
        QCOMPARE(window.store()->levelCounts(), (LevelCounts{8000, 8000, 8000, 8000, 8000}));
        QCOMPARE(window.reviewPanel()->table()->model()->rowCount(), 40000);
    }

    // Polish: every setting explains itself, every menu action has a shortcut, the layout is remembered.
    void settingsHaveToolTipsAndActionsShortcuts()
    {
        MainWindow window;
        const QWidget *setup = window.findChild<QWidget *>(u"setupPanel"_s);
        QStringList missing;
        for (QWidget *w : setup->findChildren<QWidget *>()) {
            const bool setting = qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractButton *>(w);
            if (setting && !qobject_cast<QLineEdit *>(w->parentWidget()) && !w->objectName().startsWith(u"qt_"_s) &&
                !w->objectName().isEmpty() && w->toolTip().isEmpty())
                missing << w->objectName();
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        QStringList noShortcut;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (!action->isSeparator() && !action->menu() && action->shortcut().isEmpty())
                    noShortcut << action->text();
            }
        }
        QVERIFY2(noShortcut.isEmpty(), qPrintable(noShortcut.join(u", "_s)));
    }

    void layoutIsRemembered()
    {
        QList<int> sizes;
        {
            MainWindow window;
            window.show();
            auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
            splitter->setSizes({500, 700});
            sizes = splitter->sizes();
            QVERIFY(window.close());
        }
        MainWindow again;
        again.show();
        QCOMPARE(again.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    }

    // Saved provider profiles: provider, endpoint and model under a name, kept across windows.
    void providerProfiles()
    {
        QStringList before;
        {
            MainWindow window;
            ProviderForm *form = window.providerForm();
            before = ProviderForm::profiles();
            form->setProvider(u"ollama"_s);
            form->setBaseUrl(u"http://127.0.0.1:11434"_s);
            form->setModel(u"llama3.1:8b"_s);
            QVERIFY(form->saveProfile(u"Local Ollama"_s));
            QVERIFY(!form->saveProfile(u"a/b"_s));
            form->setProvider(u"openai-compatible"_s);
            form->setBaseUrl(u"http://127.0.0.1:8000/v1"_s);
            form->setModel(u"served-model"_s);
            QVERIFY(form->saveProfile(u"Lab server"_s));
            QCOMPARE(form->profile(), u"Lab server"_s);
        }
        MainWindow window;
        ProviderForm *form = window.providerForm();
        QCOMPARE(ProviderForm::profiles().size(), before.size() + 2);
        auto *combo = form->findChild<QComboBox *>(u"profileComboBox"_s);
        QVERIFY(combo->findText(u"Local Ollama"_s) > 0);
        QVERIFY(form->setProfile(u"Local Ollama"_s));
        QCOMPARE(form->providerId(), u"ollama"_s);
        QCOMPARE(form->baseUrl(), u"http://127.0.0.1:11434"_s);
        QCOMPARE(form->model(), u"llama3.1:8b"_s);
        QCOMPARE(combo->currentText(), u"Local Ollama"_s);
        QVERIFY(form->setProfile(u"Lab server"_s));
        QCOMPARE(form->providerId(), u"openai-compatible"_s);
        QCOMPARE(form->model(), u"served-model"_s);
        QCOMPARE(window.currentConfig().baseUrl, u"http://127.0.0.1:8000/v1"_s);
        QVERIFY(!form->setProfile(u"No such profile"_s));
        form->deleteProfile(u"Lab server"_s);
        form->deleteProfile(u"Local Ollama"_s);
        QCOMPARE(ProviderForm::profiles(), before);
        QCOMPARE(form->profile(), QString());
        QCOMPARE(combo->count(), before.size() + 1);
    }

    // A profile saved by candor-cli without URL or model means the provider's defaults, not what the form showed.
    void profileWithoutUrlUsesProviderDefaults()
    {
        const QString name = u"Bare ollama"_s;
        QVERIFY(ProfileStore().save({name, u"ollama"_s, QString(), QString()}));
        MainWindow window;
        ProviderForm *form = window.providerForm();
        form->setProvider(u"ollama"_s);
        form->setBaseUrl(u"http://127.0.0.1:9/custom"_s);
        form->setModel(u"custom-model"_s);
        QVERIFY(form->setProfile(name));
        const ProviderInfo *ollama = ProviderCatalog::find(u"ollama"_s);
        QCOMPARE(form->baseUrl(), ollama->defaultBaseUrl);
        QCOMPARE(form->model(), ollama->defaultModel);
        form->deleteProfile(name);
        QVERIFY(!ProfileStore().contains(name));
    }

    // A profile saved in the window, with its own key typed into the window, is what candor-cli --profile uses: the
    // same settings file and the same keychain entry, across two processes.
    void profileSavedInWindowWorksInCli()
    {
        // Never a person's own keyring: tests/run-tests.sh provides a throw-away one.
        if (!qEnvironmentVariable("HOME").startsWith(u"/tmp/candor-tests."_s) ||
            !qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("needs the throw-away keyring of tests/run-tests.sh");
        const QString cli = qEnvironmentVariable("CANDOR_CLI");
        QVERIFY2(!cli.isEmpty(), "CANDOR_CLI is not set; run the suite through ctest");
        using namespace candor::test;
        ProviderTestServer server(ProviderTestServer::Threading::OwnThread);
        QVERIFY(server.listen());
        server.enqueue("POST", "/v1/chat/completions", wire::openAiChat(u"Answer for the window's profile."_s));
        const QString name = u"Window lab"_s;
        const QByteArray key = "sk-windowprofile-Qm4Tz8Lc1Rx6Vb3N";
        {
            MainWindow window;
            ProviderForm *form = window.providerForm();
            form->setProvider(u"openai"_s);
            form->setBaseUrl(server.url(u"/v1"_s).toString());
            form->setModel(u"gpt-4o-mini"_s);
            QVERIFY(form->saveProfile(name));
            // Let the profile's key look-up settle before storing, so its answer cannot come after the store's.
            QTRY_VERIFY_WITH_TIMEOUT(form->keyState() != ProviderForm::KeyState::Unknown, 20000);
            // Stored when an earlier test left a key for the provider: the profile then borrows it until it has its
            // own.
            QVERIFY(form->keyState() == ProviderForm::KeyState::NotStored ||
                    form->keyState() == ProviderForm::KeyState::Stored);
            form->findChild<QLineEdit *>(u"apiKeyLineEdit"_s)->setText(QString::fromLatin1(key));
            QSignalSpy stored(form, &ProviderForm::keyStateChanged);
            form->saveKey();
            QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 20000);
            QCOMPARE(form->keyState(), ProviderForm::KeyState::Stored);
        }

        // candor-cli finds the window's settings where QSettings puts them for this (test-mode) process.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        QProcess ask;
        ask.setProcessEnvironment(env);
        ask.start(cli, {u"ask"_s, u"--profile"_s, name, u"--json"_s, u"--retries"_s, u"0"_s, u"hello"_s});
        QVERIFY(ask.waitForFinished(60000));
        const QByteArray out = ask.readAllStandardOutput();
        const QByteArray err = ask.readAllStandardError();
        QVERIFY2(ask.exitCode() == 0, QByteArray(out + err).constData());
        QVERIFY(!out.contains(key.mid(8)) && !err.contains(key.mid(8)));
        QCOMPARE(QJsonDocument::fromJson(out).object().value(u"text"_s).toString(),
                 u"Answer for the window's profile."_s);
        QCOMPARE(server.requestCount(), 1);
        const RecordedRequest request = server.request(0);
        QCOMPARE(request.header("authorization"), "Bearer " + key); // the profile's own key, not the provider's
        QCOMPARE(request.json().value(u"model"_s).toString(), u"gpt-4o-mini"_s);

        MainWindow window;
        ProviderForm *form = window.providerForm();
        QVERIFY(form->setProfile(name));
        QTRY_COMPARE_WITH_TIMEOUT(form->keyState(), ProviderForm::KeyState::Stored, 20000);
        form->deleteProfile(name); // takes its own key with it
        QVERIFY(!ProviderForm::profiles().contains(name));
    }

    // Errors by kind are in the status line as a link to the run log, which says what happened.
    void errorsLinkToTheLog()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{1};
        serveExamples(server, u"Retried question"_s, next, false, 2);
        MainWindow window;
        window.show();
        window.findChild<QComboBox *>(u"modeComboBox"_s)->setCurrentIndex(1);
        ProviderForm *form = window.providerForm();
        form->setProvider(u"openai-compatible"_s);
        form->setBaseUrl(server.baseUrl().toString() + u"/v1"_s);
        form->setModel(u"test-model"_s);
        window.findChild<QSpinBox *>(u"countSpinBox"_s)->setValue(10);
        auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
        bool linked = false;
        QString linkedText;
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            if (!linked && status->text().contains(u"href=\"#log\""_s)) {
                linked = true;
                linkedText = status->text();
            }
        });
        poll.start(5);
        window.generate();
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.store()->size(), 10);
        QVERIFY(linked);
        // The status line reads as a sentence; the error kinds are for the log.
        QVERIFY2(linkedText.contains(u"the last: "_s) && linkedText.contains(u"The server had an error"_s),
                 qPrintable(linkedText));
        QVERIFY2(!linkedText.contains(u"errors: "_s), qPrintable(linkedText));
        const QString button = window.findChild<QPushButton *>(u"logButton"_s)->text();
        QVERIFY2(button.contains(u"(2 error"_s), qPrintable(button));
        QVERIFY2(window.logText().contains(u"500"_s) || window.logText().contains(u"server"_s),
                 qPrintable(window.logText()));
        Q_EMIT status->linkActivated(u"#log"_s);
        auto *log = window.findChild<QPlainTextEdit *>(u"logView"_s);
        QVERIFY(log && log->isVisible());
        QCOMPARE(log->toPlainText(), window.logText());
    }

    // Review work is never dropped without asking: a new preview over accepted rows asks first.
    void replacingReviewedRowsAsks()
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));
        window.reviewPanel()->table()->setFocus();
        window.reviewPanel()->setCurrentRow(0);
        QTest::keyClick(window.reviewPanel()->table(), Qt::Key_A);
        QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(u"Cancel"_s);
        window.previewSample();
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY2(MessageBox::lastAnsweredText().contains(u"not exported"_s),
                 qPrintable(MessageBox::lastAnsweredText()));
        QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1); // kept
        QCOMPARE(finished.size(), 1);
        MessageBox::setNextAnswer(u"Replace"_s);
        window.previewSample();
        QCOMPARE(MessageBox::askedCount(), asked + 2);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.store()->size(), 10);
        QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 0);
        // Exported work does not ask again.
        window.store()->setStatus(2, ReviewStatus::Rejected);
        QTemporaryDir dir;
        QString error;
        QVERIFY(window.exportTo(dir.filePath(u"reviewed.jsonl"_s), &error));
        window.previewSample();
        QCOMPARE(MessageBox::askedCount(), asked + 2);
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 0);
    }

    // Changing the language offers a restart that closes the window as quitting does (asking about review work)
    // and starts Candor again on the same project.
    void languageChangeRestarts()
    {
        QSettings().remove(QLatin1String(LanguageSettingsKey));
        QStringList launched;
        int launches = 0;
        setRestartLauncher([&](const QString &, const QStringList &arguments) {
            ++launches;
            launched = arguments;
            return true;
        });
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));
        window.reviewPanel()->table()->setFocus();
        window.reviewPanel()->setCurrentRow(0);
        QTest::keyClick(window.reviewPanel()->table(), Qt::Key_A);

        auto *menu = window.findChild<QMenu *>(u"languageMenu"_s);
        QVERIFY(menu);
        auto pick = [menu](const QString &language) {
            for (QAction *action : menu->actions()) {
                if (action->data().toString() == language && !action->isSeparator())
                    action->trigger();
            }
        };
        // Restart now, then Cancel at the question about the unexported decision: nothing closes or starts.
        const int asked = MessageBox::askedCount();
        MessageBox::setNextAnswers({u"Restart Now"_s, u"Cancel"_s});
        pick(u"de"_s);
        QCOMPARE(MessageBox::askedCount(), asked + 2);
        QVERIFY2(MessageBox::lastAnsweredText().contains(u"not exported"_s),
                 qPrintable(MessageBox::lastAnsweredText()));
        QVERIFY(window.isVisible());
        QCOMPARE(launches, 0);
        QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
        // Saved as a project, the decision is in it: the window closes without asking and Candor starts on it.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(window.saveProjectTo(dir.filePath(u"study"_s), &error), qPrintable(error));
        MessageBox::setNextAnswers({u"Restart Now"_s});
        pick(u"fr"_s);
        QCOMPARE(MessageBox::askedCount(), asked + 3);
        QVERIFY(!window.isVisible());
        QCOMPARE(launches, 1);
        QCOMPARE(launched, QStringList{dir.filePath(u"study.candor"_s)});
        setRestartLauncher({});
        QSettings().remove(QLatin1String(LanguageSettingsKey));
    }

    // A saved project keeps every decision as it is made: a window closed without exporting (as after a crash)
    // opens the project to exactly the rows and decisions it had.
    void projectKeepsEveryDecision()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"review.candor"_s);
        {
            MainWindow window;
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            typeInto(window.findChild<QSpinBox *>(u"countSpinBox"_s), u"50000"_s);
            QSignalSpy finished(&window, &MainWindow::generationFinished);
            window.generate();
            QVERIFY(finished.wait(30000));
            QCOMPARE(window.store()->size(), 50000);
            QString error;
            QVERIFY2(window.saveProjectTo(path, &error), qPrintable(error));
            // Decisions after the save go straight into the project.
            QTableView *table = window.reviewPanel()->table();
            table->setFocus();
            window.reviewPanel()->setCurrentRow(0);
            for (int key : {Qt::Key_A, Qt::Key_A, Qt::Key_R, Qt::Key_A})
                QTest::keyClick(table, key);
            window.reviewPanel()->setCurrentRow(49999);
            QTest::keyClick(table, Qt::Key_R);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 3);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 2);
            const int asked = MessageBox::askedCount();
            window.close(); // no question: nothing is only in memory
            QCOMPARE(MessageBox::askedCount(), asked);
        }
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QString error;
        QVERIFY2(window.openProject(path, &error), qPrintable(error));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(window.store()->size(), 50000);
        QCOMPARE(window.store()->levelCounts(), (LevelCounts{10000, 10000, 10000, 10000, 10000}));
        QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 3);
        QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 2);
        QCOMPARE(window.store()->at(2).status, ReviewStatus::Rejected);
        QCOMPARE(window.store()->at(49999).status, ReviewStatus::Rejected);
        QCOMPARE(window.currentConfig().count, 50000);
        QVERIFY(!window.isWindowModified());
        // A second window cannot open the same project while this one has it.
        MainWindow other;
        QVERIFY(!other.openProject(path, &error));
        QVERIFY2(error.contains(u"open in another Candor"_s), qPrintable(error));
    }

    // Contrast ladders chosen in the window the way a person does (the Prompts box by keyboard, a level unticked, the
    // row count typed): the run makes ladders of the chosen levels, and a count that does not divide says so.
    void laddersFromTheWindow()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *mode = window.findChild<QComboBox *>(u"ladderModeComboBox"_s);
        auto *distribution = window.findChild<DistributionEditor *>(u"distributionEditor"_s);
        QVERIFY(distribution->isEnabled());
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(mode->currentIndex(), 1);
        QVERIFY(!distribution->isEnabled()); // every ladder level gets the same rows
        QTest::mouseClick(window.findChild<QCheckBox *>(u"ladderLevelM1CheckBox"_s), Qt::LeftButton);
        typeInto(window.findChild<QSpinBox *>(u"countSpinBox"_s), u"1002"_s);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.generate();
        QVERIFY2(window.findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"multiple of 4"_s),
                 qPrintable(window.findChild<QLabel *>(u"statusLabel"_s)->text()));
        // Typed and started with Ctrl+Return straight from the field: the typed count is the one that runs.
        auto *count = window.findChild<QSpinBox *>(u"countSpinBox"_s);
        count->setFocus(Qt::TabFocusReason);
        count->selectAll();
        QTest::keyClicks(count, u"40000"_s);
        QTest::keyClick(count, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.store()->size(), 40000);
        QCOMPARE(window.store()->levelCounts(), (LevelCounts{10000, 0, 10000, 10000, 10000}));
        QSet<QString> groups;
        for (int row = 0; row < window.store()->size(); ++row) {
            const Example &e = window.store()->at(row);
            QCOMPARE(e.levelSet, quint8(levelBit(-2) | levelBit(0) | levelBit(1) | levelBit(2)));
            QCOMPARE(e.prompt, window.store()->at(row - row % 4).prompt);
            groups.insert(e.group);
        }
        QCOMPARE(groups.size(), 10000);
        QCOMPARE(window.currentConfig().ladderMode, LadderMode::Ladders);
        QCOMPARE(window.currentConfig().ladderLevels, quint8(0x1d));

        // The ladder column numbers the ladders; L on a row shows its ladder side by side (one prompt, an answer
        // per level), A and R review each answer, Ctrl+Shift+F shows every row again.
        ReviewPanel *panel = window.reviewPanel();
        QCOMPARE(panel->model()->index(9, PreviewModel::Ladder).data().toString(), u"3"_s);
        QTableView *table = panel->table();
        table->setFocus();
        panel->setCurrentRow(9);
        QTest::keyClick(table, Qt::Key_L);
        QTRY_COMPARE(panel->filterModel()->rowCount(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(panel->filterModel()->index(i, PreviewModel::Ladder).data().toString(), u"3"_s);
        QCOMPARE(panel->currentRow(), 9);
        auto *ladderFilter = panel->findChild<QComboBox *>(u"ladderFilterComboBox"_s);
        QCOMPARE(ladderFilter->currentText(), u"Ladder 3"_s);
        panel->setCurrentRow(8);
        QTest::keyClick(table, Qt::Key_A); // the -2 answer, then on to the 0 answer (no -1 in this set)
        QTest::keyClick(table, Qt::Key_R);
        QCOMPARE(window.store()->at(8).status, ReviewStatus::Accepted);
        QCOMPARE(window.store()->at(9).status, ReviewStatus::Rejected);
        QTest::keyClick(table, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(panel->filterModel()->rowCount(), 40000);
        QCOMPARE(ladderFilter->count(), 3);
        // A row of no ladder says so.
        ladderFilter->setCurrentIndex(2); // independent rows: none in ladder mode
        QTRY_COMPARE(panel->filterModel()->rowCount(), 0);
        ladderFilter->setCurrentIndex(1);
        QTRY_COMPARE(panel->filterModel()->rowCount(), 40000);
    }

    // Ladders from a model, started from the window: whole ladders arrive in the table with their ladder numbers.
    void llmLaddersFromTheWindow()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{1};
        serveExamples(server, u"Ladder question"_s, next, true);
        MainWindow window;
        window.show();
        window.findChild<QComboBox *>(u"modeComboBox"_s)->setCurrentIndex(1);
        ProviderForm *form = window.providerForm();
        form->setProvider(u"openai-compatible"_s);
        form->setBaseUrl(server.baseUrl().toString() + u"/v1"_s);
        form->setModel(u"test-model"_s);
        window.findChild<QComboBox *>(u"ladderModeComboBox"_s)->setCurrentIndex(1);
        typeInto(window.findChild<QSpinBox *>(u"countSpinBox"_s), u"50"_s);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const QString status = window.findChild<QLabel *>(u"statusLabel"_s)->text();
        QCOMPARE(window.store()->size(), 50);
        QCOMPARE(window.store()->levelCounts(), (LevelCounts{10, 10, 10, 10, 10}));
        QSet<QString> groups;
        for (int row = 0; row < 50; ++row) {
            const Example &e = window.store()->at(row);
            QCOMPARE(e.targetReward, row % 5 - 2);
            QCOMPARE(e.prompt, window.store()->at(row - row % 5).prompt);
            QCOMPARE(e.source, ExampleSource::Llm);
            groups.insert(e.group);
        }
        QCOMPARE(groups.size(), 10);
        QCOMPARE(window.reviewPanel()->model()->index(49, PreviewModel::Ladder).data().toString(), u"10"_s);
        QVERIFY2(status.contains(u"Generated 50 rows"_s), qPrintable(status));
    }

    // Review > Verify with a Judge Model on 200 rows: a judge that calls every answer fully correct flags the 160
    // rows made for other levels (120 two or more levels away), and the agreement shows with its matrix.
    void judgeFromTheWindow()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.setHandler("POST", "/v1/chat/completions", [](const RecordedRequest &) {
            return wire::openAiChat(u"{\"reasoning\":\"Looks right.\",\"score\":5}"_s);
        });
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ProviderForm *form = window.providerForm();
        form->setProvider(u"openai-compatible"_s);
        form->setBaseUrl(server.baseUrl().toString() + u"/v1"_s);
        form->setModel(u"judge-model"_s);
        typeInto(window.findChild<QSpinBox *>(u"countSpinBox"_s), u"200"_s);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.generate();
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.store()->size(), 200);
        window.findChild<QAction *>(u"judgeAction"_s)->trigger();
        auto *dialog = window.findChild<JudgeDialog *>(u"judgeDialog"_s);
        QVERIFY(dialog);
        QSignalSpy judged(dialog, &JudgeDialog::runFinished);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"judgeStartButton"_s), Qt::LeftButton);
        QVERIFY(judged.wait(30000));
        QCOMPARE(judged.first().at(0).toBool(), true);
        QCOMPARE(server.requestCount(), 200);
        int mismatched = 0;
        int far = 0;
        for (int row = 0; row < 200; ++row) {
            const Example &e = window.store()->at(row);
            QVERIFY(e.judge);
            QCOMPARE(e.judge->level, 2);
            mismatched += (e.flags & FlagLevelMismatch) ? 1 : 0;
            far += (e.flags & FlagOffByMoreThanOne) ? 1 : 0;
            QCOMPARE(bool(e.flags & FlagLevelMismatch), e.targetReward != 2);
        }
        QCOMPARE(mismatched, 160);
        QCOMPARE(far, 120);
        QCOMPARE(dialog->agreement().exact, 0.2);
        const QString said = dialog->findChild<QLabel *>(u"judgeAgreementLabel"_s)->text();
        QVERIFY2(said.contains(u"exact agreement 20.0%"_s), qPrintable(said));
        auto *matrix = dialog->findChild<QTableWidget *>(u"judgeMatrix"_s);
        QVERIFY(matrix->isVisible());
        QCOMPARE(matrix->item(0, 0)->text(), u"40"_s); // target +2, judge +2
        QCOMPARE(matrix->item(4, 0)->text(), u"40"_s); // target -2, judge +2
        // A click on a cell shows its rows: made for -1, judged +2.
        QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, matrix->visualItemRect(matrix->item(3, 0)).center());
        ReviewPanel *panel = window.reviewPanel();
        QTRY_COMPARE(panel->filterModel()->rowCount(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(window.store()->at(panel->filterModel()->sourceRow(i)).targetReward, -1);
        QCOMPARE(panel->findChild<QComboBox *>(u"flagsFilterComboBox"_s)->currentText(), u"Judge said +2"_s);
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(panel->table(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(panel->filterModel()->rowCount(), 200);
        QCOMPARE(panel->findChild<QComboBox *>(u"flagsFilterComboBox"_s)->currentIndex(), 0);
        dialog->close();
    }

    // View > Dataset Report on 40,000 rows (three chunks): counted off the GUI thread, shown with its charts, saved as
    // the same HTML file candor-cli report writes.
    void datasetReport()
    {
        MainWindow window;
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        typeInto(window.findChild<QSpinBox *>(u"countSpinBox"_s), u"40000"_s);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.generate();
        QVERIFY(finished.wait(60000));
        QCOMPARE(window.store()->size(), 40000);
        QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        ReportDialog *dialog = window.findChild<ReportDialog *>(u"reportDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 30000);
        QCOMPARE(dialog->report().rows, qint64(40000));
        for (int l = 0; l < Rubric::LevelCount; ++l)
            QCOMPARE(dialog->report().perLevel[std::size_t(l)], qint64(8000));
        const QString text = dialog->browser()->toPlainText();
        QVERIFY2(text.contains(u"40,000 rows"_s) && text.contains(u"8,000"_s), qPrintable(text.left(400)));
        // The charts are the document's own images: the -2 bar in the rubric's colour, full length (all equal).
        const QImage levels = dialog->browser()
                                  ->document()
                                  ->resource(QTextDocument::ImageResource, QUrl(u"candor-chart:levels"_s))
                                  .value<QImage>();
        QVERIFY(!levels.isNull());
        QCOMPARE(levels.pixelColor(300, 2 + 4 * 26 + 10).name(), Rubric::level(-2).colour);
        QVERIFY(!dialog->browser()
                     ->document()
                     ->resource(QTextDocument::ImageResource, QUrl(u"candor-chart:answers/0"_s))
                     .value<QImage>()
                     .isNull());
        QTemporaryDir dir;
        QString error;
        QVERIFY2(dialog->saveHtml(dir.filePath(u"report.html"_s), &error), qPrintable(error));
        QFile html(dir.filePath(u"report.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray bytes = html.readAll();
        QVERIFY(bytes.contains("<td>8,000</td><td>20.0%</td>"));
        QCOMPARE(bytes.count("<svg "), 11);
        dialog->close();
    }

    // Undo reaches back past closing and reopening a project: the steps (review keys, a bulk accept over several
    // chunks, an edit typed into the detail pane) and which of them were undone come back with it.
    void undoSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"undo.candor"_s);
        QString generated2;
        auto open = [&](MainWindow &window) {
            QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
            QString error;
            QVERIFY2(window.openProject(path, &error), qPrintable(error));
            QVERIFY(loaded.wait(30000));
            QCOMPARE(window.store()->size(), 40000);
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.reviewPanel()->table()->setFocus();
        };
        {
            MainWindow window;
            window.show();
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
            typeInto(window.findChild<QSpinBox *>(u"countSpinBox"_s), u"40000"_s);
            QSignalSpy finished(&window, &MainWindow::generationFinished);
            window.generate();
            QVERIFY(finished.wait(30000));
            QString error;
            QVERIFY2(window.saveProjectTo(path, &error), qPrintable(error));
            ReviewPanel *panel = window.reviewPanel();
            QTableView *table = panel->table();
            table->setFocus();
            panel->setCurrentRow(0);
            QTest::keyClick(table, Qt::Key_A); // row 0 accepted, row 1 current
            QTest::keyClick(table, Qt::Key_R); // row 1 rejected
            generated2 = window.store()->at(2).prompt;
            auto *prompt = panel->findChild<QPlainTextEdit *>(u"detailPromptEdit"_s);
            prompt->setFocus();
            QTest::keyClick(prompt, Qt::Key_End, Qt::ControlModifier);
            QTest::keyClicks(prompt, u" (edited)"_s);
            panel->commitEdits();
            QCOMPARE(window.store()->at(2).prompt, generated2 + u" (edited)"_s);
            // Every row accepted at once, then that bulk step undone: a redo step the project keeps too.
            MessageBox::setNextAnswer(u"Accept Rows"_s);
            panel->findChild<QAction *>(u"acceptShownAction"_s)->trigger();
            QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 40000);
            panel->undoStack()->undo();
            QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
            QCOMPARE(panel->undoStack()->count(), 4);
            window.close();
        }
        {
            MainWindow window;
            open(window);
            QUndoStack *undo = window.reviewPanel()->undoStack();
            QCOMPARE(undo->count(), 4);
            QCOMPARE(undo->index(), 3);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
            QCOMPARE(window.store()->at(2).prompt, generated2 + u" (edited)"_s);
            QTableView *table = window.reviewPanel()->table();
            // Redo the bulk accept, undo it again, then undo the edit and the reject with the keys.
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 40000);
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(window.store()->at(2).prompt, generated2);
            QVERIFY(!window.store()->isEdited(2));
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(window.store()->at(1).status, ReviewStatus::Pending);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 0);
            QCOMPARE(undo->index(), 1);
            window.close();
        }
        {
            MainWindow window;
            open(window);
            QUndoStack *undo = window.reviewPanel()->undoStack();
            QCOMPARE(undo->count(), 4);
            QCOMPARE(undo->index(), 1);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 0);
            // Redo brings the reject and the edit back; a new step then drops the bulk accept's redo for good.
            QTableView *table = window.reviewPanel()->table();
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(window.store()->at(1).status, ReviewStatus::Rejected);
            QCOMPARE(window.store()->at(2).prompt, generated2 + u" (edited)"_s);
            window.reviewPanel()->setCurrentRow(39999);
            QTest::keyClick(table, Qt::Key_R);
            QCOMPARE(undo->count(), 4);
            window.close();
        }
        {
            // A step this Candor cannot read (damaged, or written by something else) is refused, and so is the history
            // before it, which cannot be undone in order past it; the steps after it are kept.
            WorkspaceError error;
            auto workspace = Workspace::open(path, false, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            const QVector<UndoStep> steps = workspace->undoSteps();
            QCOMPARE(steps.size(), 4);
            workspace->pushUndoStep(u"Accept"_s, QByteArray("\x01\x01garbage", 9));
            workspace->pushUndoStep(steps.last().text, steps.last().data);
            QVERIFY(!workspace->flush());
        }
        MainWindow window;
        open(window);
        QCOMPARE(window.reviewPanel()->undoStack()->count(), 1);
        QCOMPARE(window.reviewPanel()->undoStack()->index(), 1);
        QCOMPARE(window.store()->at(39999).status, ReviewStatus::Rejected);
        QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 2);
        // A new run replaces the rows: the history that named them goes too.
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.reviewPanel()->undoStack()->count(), 0);
    }

    // Before any project is saved, the rows live in the untitled project: the next start offers them back, and
    // saving a project takes them along.
    void untitledWorkIsKept()
    {
        for (const QString &file : QStringList{Session::untitledPath(), Session::untitledPath() + u"-wal"_s})
            QFile::remove(file);
        {
            MainWindow window;
            window.useUntitledProject();
            window.show();
            QVERIFY(!window.findChild<QFrame *>(u"bannerFrame"_s)->isVisible());
            QSignalSpy finished(&window, &MainWindow::generationFinished);
            window.previewSample();
            QVERIFY(finished.wait(10000));
            QTableView *table = window.reviewPanel()->table();
            table->setFocus();
            window.reviewPanel()->setCurrentRow(0);
            QTest::keyClick(table, Qt::Key_A);
            QTest::keyClick(table, Qt::Key_R);
            const int asked = MessageBox::askedCount();
            window.close(); // the decisions are kept: nothing to ask
            QCOMPARE(MessageBox::askedCount(), asked);
        }
        QTemporaryDir dir;
        {
            MainWindow window;
            window.useUntitledProject();
            window.show();
            auto *banner = window.findChild<QFrame *>(u"bannerFrame"_s);
            QVERIFY(banner->isVisible());
            const QString text = window.findChild<QLabel *>(u"bannerLabel"_s)->text();
            QVERIFY2(text.contains(u"10 row"_s) && text.contains(u"2 reviewed"_s), qPrintable(text));
            QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
            QTest::mouseClick(window.findChild<QPushButton *>(u"bannerActionButton"_s), Qt::LeftButton);
            QVERIFY(loaded.wait(10000));
            QCOMPARE(window.store()->size(), 10);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Accepted), 1);
            QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 1);
            QString error;
            QVERIFY2(window.saveProjectTo(dir.filePath(u"kept"_s), &error), qPrintable(error));
            QVERIFY(!QFile::exists(Session::untitledPath())); // the rows moved into the project
        }
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QString error;
        QVERIFY2(window.openProject(dir.filePath(u"kept.candor"_s), &error), qPrintable(error));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.store()->statusCount(ReviewStatus::Rejected), 1);
        MainWindow fresh;
        fresh.useUntitledProject();
        QVERIFY(!fresh.findChild<QFrame *>(u"bannerFrame"_s)->isVisible());
    }

    // A damaged project is named in a banner that offers to save what can be read into a new project, and opens it.
    void damagedProjectIsRecovered()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hurt.candor"_s);
        {
            WorkspaceError error;
            auto workspace = Workspace::open(path, true, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            workspace->setConfig(GenerationConfig().toJson());
            QVector<Example> rows;
            for (int i = 0; i < 20000; ++i) {
                Example e;
                e.prompt = u"Prompt %1 about a mountain"_s.arg(i);
                e.idealAnswer = u"Answer %1"_s.arg(i);
                e.expectedFeedback = u"Feedback %1"_s.arg(i);
                e.targetReward = Rubric::rewardAt(i % 5);
                e.id = u"row-%1"_s.arg(i);
                rows.append(e);
            }
            workspace->appendRows(0, rows);
            QVERIFY(!workspace->flush());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2 / 4096 * 4096);
        file.write(QByteArray(3 * 4096, '\xA5'));
        file.close();

        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QString error;
        if (window.openProject(path, &error))
            QVERIFY(loaded.wait(10000)); // the damage shows while the rows load
        else
            window.offerRecovery(error); // what the Open Project action does with the failure
        auto *banner = window.findChild<QLabel *>(u"bannerLabel"_s);
        QTRY_VERIFY(window.findChild<QFrame *>(u"bannerFrame"_s)->isVisible());
        QVERIFY2(banner->text().contains(u"damaged"_s) && banner->text().contains(u"hurt.candor"_s),
                 qPrintable(banner->text()));
        auto *recover = window.findChild<QPushButton *>(u"bannerActionButton"_s);
        QCOMPARE(recover->text().remove(u'&'), u"Recover"_s);
        loaded.clear();
        QTest::mouseClick(recover, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QVERIFY(QFile::exists(dir.filePath(u"hurt-recovered.candor"_s)));
        QCOMPARE(window.projectPath(), dir.filePath(u"hurt-recovered.candor"_s));
        QVERIFY2(window.store()->size() >= 19000 && window.store()->size() < 20000,
                 qPrintable(QString::number(window.store()->size())));
        QCOMPARE(window.store()->at(0).id, u"row-0"_s);
    }

    // Regenerate in LLM mode asks the model for rows of the selected levels and puts them in place.
    void regenerateWithModel()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{1};
        serveExamples(server, u"Model question"_s, next, true);
        MainWindow window;
        window.show();
        window.findChild<QComboBox *>(u"modeComboBox"_s)->setCurrentIndex(1);
        ProviderForm *form = window.providerForm();
        form->setProvider(u"openai-compatible"_s);
        form->setBaseUrl(server.baseUrl().toString() + u"/v1"_s);
        form->setModel(u"test-model"_s);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        window.previewSample();
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.store()->size(), 10);
        const QVector<Example> before = window.store()->toVector();
        const qsizetype requests = server.requestCount();
        window.regenerateRows({1, 8});
        QVERIFY(finished.wait(30000));
        QVERIFY(server.requestCount() > requests);
        for (int row = 0; row < 10; ++row) {
            const Example &now = window.store()->at(row);
            QCOMPARE(now.id, before[row].id);
            QCOMPARE(now.targetReward, before[row].targetReward);
            QCOMPARE(now.source, ExampleSource::Llm);
            if (row == 1 || row == 8)
                QVERIFY2(now.prompt != before[row].prompt, qPrintable(now.prompt));
            else
                QCOMPARE(now.prompt, before[row].prompt);
        }
        // No journal is left to be offered for resuming: a regeneration is not a run to continue.
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir(data + u"/runs"_s).entryList({u"*.journal"_s}, QDir::Files).isEmpty());
        QVERIFY(QDir(data + u"/scratch"_s).entryList({u"*.journal"_s}, QDir::Files).isEmpty());
    }

    // A template run over several 16,384-row chunks makes every row it was asked for, level by level, with the
    // row count typed into the field as a person types it.
    void templateRunSpansChunks()
    {
        MainWindow window;
        window.show();
        auto *count = window.findChild<QSpinBox *>(u"countSpinBox"_s);
        auto *editor = window.findChild<DistributionEditor *>(u"distributionEditor"_s);
        typeInto(count, u"50000"_s);
        QCOMPARE(count->value(), 50000);
        QCOMPARE(editor->counts(), (LevelCounts{10000, 10000, 10000, 10000, 10000}));
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(u"generateButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(120000));
        QCOMPARE(window.store()->size(), 50000);
        QCOMPARE(window.store()->levelCounts(), (LevelCounts{10000, 10000, 10000, 10000, 10000}));
        LevelCounts seen{};
        for (const Example &e : window.store()->toVector())
            ++seen[std::size_t(Rubric::indexOf(e.targetReward))];
        QCOMPARE(seen, (LevelCounts{10000, 10000, 10000, 10000, 10000}));
        const QString status = window.findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.startsWith(u"50000 row"_s) && status.contains(u"generated from templates"_s),
                 qPrintable(status));
        QVERIFY2(!window.logText().contains(u"Cancelled"_s), qPrintable(window.logText()));
    }

    // Typing a row count keeps the distribution's shape: balanced stays balanced, a typed share stays that share,
    // with exact counts by largest remainder; nothing commits per keystroke.
    void typedRowCountKeepsTheShape()
    {
        MainWindow window;
        window.show();
        auto *count = window.findChild<QSpinBox *>(u"countSpinBox"_s);
        auto *editor = window.findChild<DistributionEditor *>(u"distributionEditor"_s);
        QCOMPARE(editor->counts(), (LevelCounts{20, 20, 20, 20, 20}));
        typeInto(count, u"10000"_s);
        QCOMPARE(editor->counts(), (LevelCounts{2000, 2000, 2000, 2000, 2000}));
        typeInto(count, u"2000"_s);
        QCOMPARE(editor->counts(), (LevelCounts{400, 400, 400, 400, 400}));
        typeInto(count, u"200"_s);
        QCOMPARE(editor->counts(), (LevelCounts{40, 40, 40, 40, 40}));
        typeInto(count, u"7"_s);
        QCOMPARE(editor->counts(), (LevelCounts{2, 2, 1, 1, 1}));
        typeInto(count, u"10000"_s); // a small total on the way does not become the shape
        QCOMPARE(editor->counts(), (LevelCounts{2000, 2000, 2000, 2000, 2000}));
        QCOMPARE(window.currentConfig().distribution, Distribution::balanced());

        // A share is typed whole: the other fields do not move until it is committed.
        QDoubleSpinBox *share = editor->percentSpinBox(0);
        QApplication::setActiveWindow(&window);
        share->setFocus(Qt::TabFocusReason);
        share->selectAll();
        QTest::keyClicks(share, u"90"_s);
        QCOMPARE(editor->counts(), (LevelCounts{2000, 2000, 2000, 2000, 2000}));
        QTest::keyClick(share, Qt::Key_Tab);
        QCOMPARE(share->value(), 90.0);
        QCOMPARE(editor->counts(), (LevelCounts{250, 250, 9000, 250, 250}));
        QCOMPARE(editor->percentSpinBox(2)->value(), 2.5);
        // A new total keeps 90 % as 90 %, exactly split.
        typeInto(count, u"1337"_s);
        QCOMPARE(share->value(), 90.0);
        QCOMPARE(editor->counts(), largestRemainder(1337, {250, 250, 9000, 250, 250}));
        QCOMPARE(totalOf(editor->counts()), 1337);
        QCOMPARE(window.currentConfig().distribution.toSpec(), u"-2:2.5%,-1:2.5%,0:90%,1:2.5%,2:2.5%"_s);
        // Counts typed per level are counts: the total follows them, and a new total scales them.
        typeInto(editor->countSpinBox(-2), u"4000"_s);
        QCOMPARE(count->value(), 4000 + totalOf(editor->counts()) - editor->counts()[0]);
        editor->setCounts({300, 100, 100, 100, 400});
        typeInto(count, u"2000"_s);
        QCOMPARE(editor->counts(), (LevelCounts{600, 200, 200, 200, 800}));
    }

    // The mouse wheel scrolls the set-up column; it changes a spin box or combo box only when that has the focus.
    // An unfocused one leaves the event unaccepted, which is what makes QApplication hand a real (spontaneous)
    // wheel event on to the scroll area; the Xvfb walk (tests/walk) scrolls with a real wheel.
    void wheelScrollsTheFormNotTheSettings()
    {
        MainWindow window;
        window.resize(1280, 600);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.reviewPanel()->table()->setFocus();
        auto *editor = window.findChild<DistributionEditor *>(u"distributionEditor"_s);
        auto wheel = [](QWidget *widget) {
            const QPoint at = widget->rect().center();
            QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                              Qt::NoScrollPhase, false);
            QApplication::sendEvent(widget, &event);
            return event.isAccepted();
        };
        auto *seed = window.findChild<SeedSpinBox *>(u"seedSpinBox"_s);
        auto *mode = window.findChild<QComboBox *>(u"modeComboBox"_s);
        const quint64 seedBefore = seed->value();
        const LevelCounts countsBefore = editor->counts();
        for (QWidget *widget :
             std::initializer_list<QWidget *>{seed, editor->countSpinBox(1), mode, editor->percentSpinBox(0)}) {
            QVERIFY2(!wheel(widget), qPrintable(widget->objectName()));
            QCOMPARE(widget->focusPolicy(), Qt::StrongFocus);
        }
        QCOMPARE(seed->value(), seedBefore);
        QCOMPARE(editor->counts(), countsBefore);
        QCOMPARE(mode->currentIndex(), 0);
        // Focused, the wheel is the widget's.
        seed->setFocus();
        QVERIFY(wheel(seed));
        QCOMPARE(seed->value(), seedBefore - 1);
    }

    // Rows a model made are not replaced unasked, and never before the new run has a row to show.
    void modelRowsAreNotReplacedUnasked()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{1};
        serveExamples(server, u"Paid question"_s, next, true);
        MainWindow window;
        window.show();
        window.findChild<QComboBox *>(u"modeComboBox"_s)->setCurrentIndex(1);
        ProviderForm *form = window.providerForm();
        form->setProvider(u"openai-compatible"_s);
        form->setBaseUrl(server.baseUrl().toString() + u"/v1"_s);
        form->setModel(u"test-model"_s);
        window.findChild<QSpinBox *>(u"countSpinBox"_s)->setValue(10);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        auto *generateButton = window.findChild<QPushButton *>(u"generateButton"_s);
        QTest::mouseClick(generateButton, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.store()->size(), 10);
        const QVector<Example> paid = window.store()->toVector();

        // Nothing was reviewed, but the rows were paid for: the next run asks.
        int asked = MessageBox::askedCount();
        MessageBox::setNextAnswer(u"Cancel"_s);
        QTest::mouseClick(generateButton, Qt::LeftButton);
        QCOMPARE(MessageBox::askedCount(), asked + 1);
        QVERIFY2(MessageBox::lastAnsweredText().contains(u"from the model that are not exported"_s),
                 qPrintable(MessageBox::lastAnsweredText()));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(window.store()->toVector(), paid);

        // Replaced by a run that fails before its first row (a wrong key): the paid rows are still there.
        server.setHandler("POST", "/v1/chat/completions", [](const RecordedRequest &) {
            return wire::openAiError(401, "invalid_request_error", "invalid_api_key", u"Incorrect API key provided"_s);
        });
        MessageBox::setNextAnswer(u"Replace"_s);
        QTest::mouseClick(generateButton, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.store()->toVector(), paid);
        const QString status = window.findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.contains(u"keeps its earlier rows"_s), qPrintable(status));
        // The key line no longer says "No key needed." beside a 401: it says the server wants one.
        QCOMPARE(form->keyState(), ProviderForm::KeyState::Refused);
        const QString keyLine = form->findChild<QLabel *>(u"keyStateLabel"_s)->text();
        QVERIFY2(keyLine.contains(u"asks for an API key"_s) && keyLine.contains(u"Incorrect API key"_s),
                 qPrintable(keyLine));

        // Exported, they may go without a question; the new run's rows take their place.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(window.exportTo(dir.filePath(u"paid.jsonl"_s), &error), qPrintable(error));
        serveExamples(server, u"Second question"_s, next, true);
        asked = MessageBox::askedCount();
        QTest::mouseClick(generateButton, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(MessageBox::askedCount(), asked);
        QCOMPARE(window.store()->size(), 10);
        for (const Example &row : window.store()->toVector())
            QVERIFY2(row.prompt.startsWith(u"Second question"_s), qPrintable(row.prompt));
    }

    // Every control is reachable on a 1280x720 screen: the set-up column scrolls, the review side shrinks, and the
    // run buttons and the run's status stay in view outside the scrolling part.
    void fitsSmallScreens()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize minimum = window.minimumSizeHint();
        QVERIFY2(minimum.width() <= 1280 - 40 && minimum.height() <= 720 - 60,
                 qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
        window.resize(1280, 720);
        QVERIFY(window.width() <= 1280);
        auto *area = window.findChild<QScrollArea *>(u"setupScrollArea"_s);
        for (const char *name : {"previewButton", "generateButton", "pauseButton", "cancelButton", "exportButton"}) {
            auto *button = window.findChild<QPushButton *>(QLatin1String(name));
            QVERIFY2(button && !area->isAncestorOf(button), name);
            QVERIFY2(window.rect().contains(button->mapTo(&window, button->rect().bottomRight())), name);
        }
        auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(window.statusBar()->isAncestorOf(status));
    }

    // A cancelled run's progress bar shows how far it got, not 100 %.
    void cancelledRunShowsItsProgress()
    {
        MainWindow window;
        window.show();
        auto *count = window.findChild<QSpinBox *>(u"countSpinBox"_s);
        count->setValue(2000000);
        auto *bar = window.findChild<QProgressBar *>(u"runProgressBar"_s);
        QSignalSpy finished(&window, &MainWindow::generationFinished);
        QSignalSpy appended(window.store(), &DatasetStore::rowsAppended);
        window.generate();
        QVERIFY(appended.wait(60000));
        QTest::mouseClick(window.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const QString status = window.findChild<QLabel *>(u"statusLabel"_s)->text();
        QVERIFY2(status.startsWith(u"Cancelled"_s), qPrintable(status));
        QCOMPARE(bar->maximum(), 2000000);
        QVERIFY(window.store()->size() < 2000000);
        QCOMPARE(bar->value(), window.store()->size());
    }

    // Refresh replaces a model the server does not have (Ollama's default llama3.1:8b) with the first it lists.
    void refreshPicksAListedModel()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        wire::OllamaModel first;
        first.name = "qwen2.5:7b";
        wire::OllamaModel second;
        second.name = "llama3.2:latest";
        server.setDefault("GET", "/api/tags", wire::ollamaTags({first, second}));
        MainWindow window;
        window.show();
        window.findChild<QComboBox *>(u"modeComboBox"_s)->setCurrentIndex(1);
        ProviderForm *form = window.providerForm();
        form->setProvider(u"ollama"_s);
        form->setBaseUrl(server.baseUrl().toString());
        form->setModel(u"llama3.1:8b"_s);
        QSignalSpy refreshed(form, &ProviderForm::modelsRefreshed);
        QTest::mouseClick(form->findChild<QToolButton *>(u"refreshModelsButton"_s), Qt::LeftButton);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(form->model(), u"qwen2.5:7b"_s);
        const QString verdict = form->findChild<QLabel *>(u"verdictLabel"_s)->text();
        QVERIFY2(verdict.contains(u"no llama3.1:8b"_s) && verdict.contains(u"qwen2.5:7b is chosen"_s),
                 qPrintable(verdict));
        // A listed model stays chosen.
        form->setModel(u"llama3.2:latest"_s);
        QTest::mouseClick(form->findChild<QToolButton *>(u"refreshModelsButton"_s), Qt::LeftButton);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(form->model(), u"llama3.2:latest"_s);
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
        QCOMPARE(window.store()->size(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
