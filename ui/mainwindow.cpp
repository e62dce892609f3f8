#include "mainwindow.h"

#include "dataset/datasetstore.h"
#include "distributioneditor.h"
#include "exportdialog.h"
#include "generation/generationconfig.h"
#include "generation/generationengine.h"
#include "generation/templategenerator.h"
#include "messagebox.h"
#include "prompteditordialog.h"
#include "providerform.h"
#include "reviewpanel.h"
#include "secrets/keystore.h"
#include "storage/jsonlreader.h"
#include "storage/runjournal.h"
#include "translations.h"
#include "ui_mainwindow.h"
#include "wheelguard.h"

#include "config.h"

#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace candor {
using namespace Qt::StringLiterals;

namespace {
// Rows travel from a worker to the store in chunks of this size: one insert per chunk keeps the view cheap.
constexpr int ChunkRows = 16384;

QString formatDuration(double seconds)
{
    const int s = qRound(seconds);
    if (s < 60)
        return MainWindow::tr("%n s", nullptr, s);
    if (s < 3600)
        return MainWindow::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return MainWindow::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString scratchFolder(const QString &name)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + name;
    QDir().mkpath(folder);
    return folder;
}

QString journalName()
{
    return u"/run-%1.journal"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-hhmmss-zzz"_s));
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/candor.svg"_s));
    m_review = m_ui->reviewPanel;
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setChildrenCollapsible(false);

    m_keys = new KeyStore(this);
    m_providerForm = new ProviderForm(m_keys, this);
    m_providerForm->setObjectName(u"providerForm"_s);
    m_ui->modelLayout->addWidget(m_providerForm);
    // Tab goes down the set-up column as it reads: mode, the model form, then the dataset settings.
    QWidget *previous = m_ui->modeComboBox;
    for (QWidget *next : m_providerForm->tabOrder()) {
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, m_ui->countSpinBox);
    m_ui->setupScrollArea->setAccessibleName(tr("Set-up"));
    m_ui->setupScrollArea->setAccessibleDescription(tr("The model and dataset settings of the next run."));
    // The set-up column scrolls vertically only: it is as wide as its widest form row.
    m_ui->setupScrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->setupScrollArea->setMinimumWidth(m_ui->setupPanel->minimumSizeHint().width() +
                                           style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    m_ui->mainSplitter->setSizes({m_ui->setupScrollArea->minimumWidth(), 900});
    auto updateMode = [this] {
        const bool llm = m_ui->modeComboBox->currentIndex() == 1;
        m_providerForm->setEnabled(llm);
        m_ui->advancedGroupBox->setVisible(llm);
        m_ui->generateButton->setToolTip(llm ? tr("Generate the whole dataset with the model set up above.")
                                             : tr("Generate the whole dataset from the offline template bank."));
        updateEstimate();
    };
    connect(m_ui->modeComboBox, &QComboBox::currentIndexChanged, this, updateMode);
    updateMode();
    for (QSpinBox *box : {m_ui->batchSizeSpinBox, m_ui->countSpinBox})
        connect(box, &QSpinBox::valueChanged, this, &MainWindow::updateEstimate);
    connect(m_ui->distributionEditor, &DistributionEditor::changed, this, &MainWindow::updateEstimate);
    connect(m_ui->longFormCheckBox, &QCheckBox::toggled, this, &MainWindow::updateEstimate);
    connect(m_ui->searchHintsCheckBox, &QCheckBox::toggled, this, &MainWindow::updateEstimate);
    connect(m_providerForm, &ProviderForm::settingsChanged, this, &MainWindow::updateEstimate);
    connect(m_ui->pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        if (!m_engine || !m_engine->isRunning())
            return;
        if (paused)
            m_engine->pause();
        else
            m_engine->resume();
        m_ui->pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
        syncActions();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_engine && m_engine->isRunning())
            m_engine->cancel();
        if (m_workerCancel)
            m_workerCancel->store(true);
    });

    // The row count and the distribution editor's total are one number seen from two places.
    // The total commits when typing finishes: "10000" must not pass through totals of 1, 10, 100 and 1000.
    m_ui->countSpinBox->setKeyboardTracking(false);
    m_ui->distributionEditor->setTotal(m_ui->countSpinBox->value());
    connect(m_ui->countSpinBox, &QSpinBox::valueChanged, this, [this](int total) {
        if (m_ui->distributionEditor->total() != total)
            m_ui->distributionEditor->setTotal(total);
    });
    connect(m_ui->distributionEditor, &DistributionEditor::changed, this, [this] {
        const int total = m_ui->distributionEditor->total();
        if (total > 0 && m_ui->countSpinBox->value() != total)
            m_ui->countSpinBox->setValue(total);
    });
    connect(m_ui->generateButton, &QPushButton::clicked, this, &MainWindow::generate);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &MainWindow::previewSample);
    connect(m_ui->logButton, &QPushButton::clicked, this, &MainWindow::showLog);
    connect(m_ui->statusLabel, &QLabel::linkActivated, this, &MainWindow::showLog);

    // The run controls also live on a toolbar and in the Run menu, so they stay in reach however long the set-up
    // column is.
    auto *toolBar = addToolBar(tr("Run"));
    toolBar->setObjectName(u"runToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *runMenu = new QMenu(tr("&Run"), this);
    runMenu->setObjectName(u"runMenu"_s);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), runMenu);
    auto addRunAction = [&](QAbstractButton *button, const QKeySequence &shortcut, const QString &name) {
        auto *action = new QAction(button->text(), this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setToolTip(button->toolTip() + u" ("_s + shortcut.toString(QKeySequence::NativeText) + u')');
        action->setStatusTip(button->toolTip());
        action->setEnabled(button->isEnabled());
        connect(action, &QAction::triggered, button, &QAbstractButton::click);
        toolBar->addAction(action);
        runMenu->addAction(action);
        m_syncActions.append({action, button});
    };
    addRunAction(m_ui->previewButton, QKeySequence(Qt::Key_F5), u"previewAction"_s);
    addRunAction(m_ui->generateButton, QKeySequence(Qt::CTRL | Qt::Key_Return), u"generateAction"_s);
    addRunAction(m_ui->pauseButton, QKeySequence(Qt::CTRL | Qt::Key_P), u"pauseAction"_s);
    // Not Escape: that key belongs to text fields and dialogs, and must never stop a paid run by accident.
    addRunAction(m_ui->cancelButton, QKeySequence(Qt::CTRL | Qt::Key_Period), u"cancelAction"_s);
    toolBar->addSeparator();
    toolBar->addAction(m_ui->exportAction);
    runMenu->addSeparator();
    runMenu->addAction(m_ui->exportAction);
    m_ui->exportAction->setEnabled(false);
    m_syncActions.append({m_ui->exportAction, m_ui->exportButton});

    auto *reviewMenu = new QMenu(tr("Re&view"), this);
    reviewMenu->setObjectName(u"reviewMenu"_s);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), reviewMenu);
    const QList<QAction *> reviewActions = m_review->reviewActions();
    reviewMenu->addActions(reviewActions);
    reviewMenu->addSeparator();
    QAction *clearFilters = reviewMenu->addAction(tr("C&lear Filters"), m_review, &ReviewPanel::clearFilters);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    clearFilters->setObjectName(u"clearFiltersAction"_s);
    connect(m_review, &ReviewPanel::regenerateRequested, this, &MainWindow::regenerateRows);

    auto *viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(u"viewMenu"_s);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), viewMenu);
    QAction *logAction = viewMenu->addAction(tr("Run &Log…"), this, &MainWindow::showLog);
    logAction->setObjectName(u"logAction"_s);
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    viewMenu->addMenu(createLanguageMenu(this));
    viewMenu->addSeparator();
    QAction *toolBarAction = toolBar->toggleViewAction();
    toolBarAction->setText(tr("Show &Toolbar"));
    toolBarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    viewMenu->addAction(toolBarAction);
    QAction *focusTable =
        viewMenu->addAction(tr("Go to &Table"), this, [this] { m_review->table()->setFocus(Qt::ShortcutFocusReason); });
    focusTable->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    QAction *focusSetup = viewMenu->addAction(tr("Go to &Set-up"), this,
                                              [this] { m_ui->modeComboBox->setFocus(Qt::ShortcutFocusReason); });
    focusSetup->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));

    connect(m_ui->exportButton, &QPushButton::clicked, this, &MainWindow::exportDataset);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportDataset);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->newProjectAction, &QAction::triggered, this, &MainWindow::newProject);
    connect(m_ui->openProjectAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                          tr("Candor projects (*.candor);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !openProject(path, &error))
            showBanner(error, QString(), {});
    });
    connect(m_ui->saveProjectAction, &QAction::triggered, this, &MainWindow::saveProject);
    connect(m_ui->saveProjectAsAction, &QAction::triggered, this, &MainWindow::saveProjectAs);
    connect(m_ui->openDatasetAction, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open dataset"), QString(), tr("JSON Lines (*.jsonl *.json)"));
        if (!path.isEmpty())
            openDataset(path);
    });
    connect(m_ui->editPromptsAction, &QAction::triggered, this, &MainWindow::editPrompts);
    connect(m_ui->bannerDismissButton, &QPushButton::clicked, m_ui->bannerFrame, &QWidget::hide);
    connect(m_ui->bannerActionButton, &QPushButton::clicked, this, [this] {
        m_ui->bannerFrame->hide();
        if (m_bannerAction)
            m_bannerAction();
    });
    m_ui->aboutAction->setShortcut(QKeySequence(QKeySequence::HelpContents));
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    DatasetStore *rows = m_review->store();
    connect(rows, &DatasetStore::rowsChanged, this, [this] { m_reviewUnsaved = true; });
    connect(rows, &DatasetStore::countsChanged, this, [this, rows] {
        m_ui->exportButton->setEnabled(!rows->isEmpty());
        syncActions();
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        const bool cancelled = m_workerCancel && m_workerCancel->load() && error.isEmpty();
        m_workerCancel.reset();
        if (m_run == RunKind::Load)
            return; // openDataset() reports its own result
        if (!error.isEmpty())
            log(error);
        finishRun(!error.isEmpty() ? error
                  : cancelled      ? tr("Cancelled: %n row(s) kept.", nullptr, m_runReceived)
                                   : tr("%n row(s) generated from templates.", nullptr, m_runReceived));
    });

    rebuildRecentMenu();
    updateTitle();
    restoreLayout();
    WheelGuard::install(this);
    QMetaObject::invokeMethod(this, &MainWindow::offerResume, Qt::QueuedConnection);
}

MainWindow::~MainWindow()
{
    if (m_workerCancel)
        m_workerCancel->store(true);
    m_watcher.waitForFinished();
}

DatasetStore *MainWindow::store() const
{
    return m_review->store();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1320, 840); // room for the set-up column and a readable table on a 1366x768 screen and up
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray());
    m_review->splitter()->restoreState(settings.value(u"window/tableSplitter"_s).toByteArray());
    m_review->table()->horizontalHeader()->restoreState(settings.value(u"window/tableHeader"_s).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/mainSplitter"_s, m_ui->mainSplitter->saveState());
    settings.setValue(u"window/tableSplitter"_s, m_review->splitter()->saveState());
    settings.setValue(u"window/tableHeader"_s, m_review->table()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_review->commitEdits();
    if (m_reviewUnsaved && !store()->isEmpty()) {
        // Review work lives only in memory until it is exported; never drop it without asking.
        QMessageBox box(QMessageBox::Warning, tr("Candor"),
                        tr("You have reviewed or edited rows that are not exported yet."),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setInformativeText(tr("Export them before quitting?"));
        QPushButton *exportButton = box.addButton(tr("&Export…"), QMessageBox::AcceptRole);
        box.setDefaultButton(exportButton);
        QAbstractButton *clicked = MessageBox::ask(box);
        if (clicked != box.button(QMessageBox::Discard)) {
            event->ignore();
            if (clicked == exportButton)
                exportDataset();
            return;
        }
    }
    // An LLM run stops here; its journal keeps every accepted row, and the next start offers to resume it.
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    if (m_workerCancel)
        m_workerCancel->store(true);
    saveLayout();
    event->accept();
}

void MainWindow::generate()
{
    const LevelCounts counts = m_ui->distributionEditor->counts();
    if (totalOf(counts) == 0) {
        setStatus(tr("Distribution: every level has 0 rows; give at least one level some rows."));
        return;
    }
    startRun(counts, RunKind::Full);
}

void MainWindow::previewSample()
{
    // A few rows of every level the dataset will have (of every level when none has rows yet).
    const LevelCounts planned = m_ui->distributionEditor->counts();
    const bool none = totalOf(planned) == 0;
    LevelCounts counts{};
    for (int i = 0; i < Rubric::LevelCount; ++i)
        counts[std::size_t(i)] = none || planned[std::size_t(i)] > 0 ? m_ui->samplePerLevelSpinBox->value() : 0;
    startRun(counts, RunKind::Preview);
}

bool MainWindow::confirmReplacingRows()
{
    m_review->commitEdits();
    if (store()->isEmpty() || (!m_reviewUnsaved && !m_modelRowsUnsaved))
        return true;
    // Template rows come back from their seed for free; review work and rows a model was paid for do not.
    QMessageBox box(QMessageBox::Question, tr("Candor"),
                    m_reviewUnsaved ? tr("The table has reviewed or edited rows that are not exported yet.")
                                    : tr("The table has %n row(s) from the model that are not exported yet.", nullptr,
                                         store()->size()),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("Replace them with the new rows? They stay until the new run has made its first row."));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    return MessageBox::ask(box) == replace;
}

void MainWindow::startRun(const LevelCounts &counts, RunKind kind)
{
    if (m_run != RunKind::None || !confirmReplacingRows())
        return;
    m_replaceOnFirstRows = true;
    if (m_ui->modeComboBox->currentIndex() == 1)
        generateWithLlm(counts, kind);
    else
        generateFromTemplates(counts, quint64(m_ui->seedSpinBox->value()), kind);
}

void MainWindow::regenerateRows(const QVector<int> &rows)
{
    if (m_run != RunKind::None) {
        statusBar()->showMessage(tr("Wait for the current run to finish, then regenerate."), 6000);
        return;
    }
    LevelCounts counts{};
    m_regenerateTargets.clear();
    for (int row : rows) {
        const int reward = store()->at(row).targetReward;
        if (!Rubric::isValid(reward))
            continue;
        ++counts[std::size_t(Rubric::indexOf(reward))];
        m_regenerateTargets[reward].append(row);
    }
    if (totalOf(counts) == 0)
        return;
    log(tr("Regenerating %n row(s).", nullptr, totalOf(counts)));
    if (m_ui->modeComboBox->currentIndex() == 1)
        generateWithLlm(counts, RunKind::Regenerate);
    else // a fresh seed: the same seed would give the same rows back
        generateFromTemplates(counts, QRandomGenerator::global()->generate64() >> 1, RunKind::Regenerate);
}

void MainWindow::updateEstimate()
{
    if (m_ui->modeComboBox->currentIndex() != 1)
        return;
    GenerationConfig config = currentConfig();
    const auto e = GenerationEngine::estimate(config, PriceTable::defaults());
    const QLocale locale;
    m_ui->estimateLabel->setText(
        tr("Estimate: %n request(s), about %1 input and %2 output tokens, %3.", nullptr, e.requests)
            .arg(locale.toString(e.inputTokens), locale.toString(e.outputTokens),
                 e.costUsd ? tr("$%1").arg(*e.costUsd, 0, 'f', 2) : tr("no price for this model")));
}

void MainWindow::setRunning(bool running, int targetRows)
{
    m_ui->generateButton->setEnabled(!running);
    m_ui->previewButton->setEnabled(!running);
    m_ui->pauseButton->setEnabled(running && m_engine && m_engine->isRunning());
    m_ui->cancelButton->setEnabled(running);
    if (!running) {
        const QSignalBlocker block(m_ui->pauseButton);
        m_ui->pauseButton->setChecked(false);
        m_ui->pauseButton->setText(tr("&Pause"));
    } else {
        m_runTarget = targetRows;
        m_runReceived = 0;
        m_ui->runProgressBar->setRange(0, qMax(1, targetRows));
        m_ui->runProgressBar->setValue(0);
        m_ui->runProgressBar->setVisible(true);
    }
    syncActions();
}

void MainWindow::generateFromTemplates(const LevelCounts &counts, quint64 seed, RunKind kind)
{
    TemplateGenerator::Options options;
    options.seed = seed;
    options.topics = currentConfig().topics;
    options.searchHints = m_ui->searchHintsCheckBox->isChecked();
    options.longForm = m_ui->longFormCheckBox->isChecked();
    options.createdMs = QDateTime::currentMSecsSinceEpoch();
    m_run = kind;
    const int total = totalOf(counts);
    setRunning(true, total);
    setStatus(tr("Generating %n row(s) from templates…", nullptr, total));
    log(tr("Template run: %n row(s), seed %1.", nullptr, total).arg(seed));
    m_workerCancel = std::make_shared<std::atomic_bool>(false);
    // A worker builds the rows and hands them over a chunk at a time, so the table fills while it works and a
    // million rows never freeze the window. The destructor cancels and waits, so `this` outlives the worker.
    m_watcher.setFuture(QtConcurrent::run([this, options, counts, cancel = m_workerCancel]() -> QString {
        QString error;
        const auto bank = TemplateBank::builtIn(&error);
        if (!bank)
            return error;
        TemplateGenerator generator(bank, options);
        if (!generator.plan(counts, &error))
            return error;
        StringPool pool;
        qint64 made = 0;
        for (qint64 from = 0; from < generator.rowCount() && !cancel->load(); from += ChunkRows) {
            QVector<Example> chunk = generator.examples(from, qMin(from + ChunkRows, generator.rowCount()));
            made += chunk.size();
            for (Example &row : chunk)
                pool.share(row);
            QMetaObject::invokeMethod(
                this, [this, chunk = std::move(chunk)]() mutable { receiveRows(std::move(chunk)); },
                Qt::QueuedConnection);
        }
        // A run ends short only when it was cancelled; anything else is a defect to report, never a quiet cancel.
        if (!cancel->load() && made != generator.rowCount())
            return tr("The template generator made %1 of %2 rows.").arg(made).arg(generator.rowCount());
        return {};
    }));
}

void MainWindow::generateWithLlm(const LevelCounts &counts, RunKind kind)
{
    m_run = kind;
    setRunning(true, totalOf(counts));
    setStatus(tr("Preparing…"));
    m_providerForm->endpoint(this, [this, counts, kind](const EndpointSettings &endpoint, const QString &error) {
        if (!error.isEmpty()) {
            showBanner(error, QString(), {});
            finishRun(error);
            return;
        }
        GenerationConfig config = currentConfig();
        config.mode = GenerationMode::Llm;
        config.count = totalOf(counts);
        config.distribution = Distribution::fromCounts(counts);
        // A full run's journal lives in Candor's data folder, so a crash loses no accepted row and the next start
        // offers to resume it; previews and regenerations keep theirs apart, as nothing asks to resume them.
        const QString folder = scratchFolder(kind == RunKind::Full ? u"runs"_s : u"scratch"_s);
        startEngine(config, endpoint, folder + journalName(), false);
    });
}

void MainWindow::startEngine(const GenerationConfig &config, const EndpointSettings &endpoint, const QString &journal,
                             bool resume)
{
    delete m_engine;
    m_engine = new GenerationEngine(config, endpoint, this);
    connect(m_engine, &GenerationEngine::rowsAccepted, this, &MainWindow::receiveRows);
    connect(m_engine, &GenerationEngine::message, this, &MainWindow::log);
    connect(m_engine, &GenerationEngine::statsChanged, this, [this](const GenerationEngine::Stats &s) {
        const QLocale locale;
        QStringList parts;
        parts << tr("%1 of %2 rows").arg(locale.toString(s.acceptedTotal()), locale.toString(s.targetTotal()))
              << tr("%1 rows/s").arg(locale.toString(s.rowsPerSecond, 'f', 1))
              << tr("%n request(s) in flight", nullptr, s.inFlight)
              << tr("tokens %1 in / %2 out").arg(locale.toString(s.inputTokens), locale.toString(s.outputTokens))
              << (s.costUsd ? tr("$%1").arg(*s.costUsd, 0, 'f', 4) : tr("no price"));
        if (s.etaSeconds && *s.etaSeconds > 0)
            parts << tr("ETA %1").arg(formatDuration(*s.etaSeconds));
        if (s.paused)
            parts << tr("paused");
        else if (s.waitingSeconds > 0)
            parts << tr("waiting %1 for the rate limit").arg(formatDuration(s.waitingSeconds));
        int errors = 0;
        QStringList kinds;
        for (auto it = s.errorsByKind.cbegin(); it != s.errorsByKind.cend(); ++it) {
            kinds << u"%1 %2"_s.arg(it.value()).arg(it.key());
            errors += it.value();
        }
        QString text = parts.join(u" · "_s).toHtmlEscaped();
        if (!kinds.isEmpty()) // a link to the log, which says what each error was
            text += u" · <a href=\"#log\">"_s + tr("errors: %1").arg(kinds.join(u", "_s)).toHtmlEscaped() + u"</a>"_s;
        m_ui->statusLabel->setTextFormat(Qt::RichText);
        m_ui->statusLabel->setText(text);
        m_ui->runProgressBar->setValue(qMin(m_ui->runProgressBar->maximum(), s.acceptedTotal()));
        m_logErrors = errors;
        m_ui->logButton->setText(errors ? tr("Run &Log (%n error(s))…", nullptr, errors) : tr("Run &Log…"));
    });
    connect(m_engine, &GenerationEngine::finished, this,
            [this](GenerationEngine::Outcome outcome, const QString &summary) {
                // A full run that completed has every row in the table; previews and regenerations never resume, and
                // a run that made no row has nothing to resume.
                if (outcome == GenerationEngine::Outcome::Completed || m_run != RunKind::Full ||
                    m_engine->stats().acceptedTotal() == 0)
                    QFile::remove(m_engine->journalPath());
                log(summary);
                finishRun(summary);
            });
    setRunning(true, config.count);
    QString startError;
    const bool ok = resume ? m_engine->resumeFrom(journal, &startError) : m_engine->start(journal, &startError);
    if (!ok) {
        finishRun(startError);
        return;
    }
    m_ui->pauseButton->setEnabled(true);
    syncActions();
    log(tr("%1 run started: %n row(s) with %2 (%3).", nullptr, config.count)
            .arg(resume ? tr("Resumed") : tr("LLM"), config.model, config.provider));
}

void MainWindow::receiveRows(QVector<Example> rows)
{
    if (rows.isEmpty())
        return;
    m_runReceived += int(rows.size());
    if (m_run == RunKind::Regenerate) {
        // Each new row takes the place of a selected row of its level.
        for (const Example &row : std::as_const(rows)) {
            QVector<int> &targets = m_regenerateTargets[row.targetReward];
            if (!targets.isEmpty())
                store()->replace(targets.takeFirst(), row);
        }
    } else {
        if (m_replaceOnFirstRows) {
            // The earlier rows go only now that the new run has rows to show in their place.
            m_replaceOnFirstRows = false;
            store()->clear();
            m_reviewUnsaved = false;
            m_modelRowsUnsaved = false;
            if (m_run != RunKind::Load)
                store()->reserve(m_runTarget);
        }
        store()->append(std::move(rows));
    }
    if (m_engine && m_engine->isRunning())
        m_modelRowsUnsaved = true;
    if (m_run != RunKind::Load) // a load counts per mille of the file read
        m_ui->runProgressBar->setValue(qMin(m_ui->runProgressBar->maximum(), m_runReceived));
}

void MainWindow::finishRun(const QString &status)
{
    const RunKind kind = m_run;
    m_run = RunKind::None;
    setRunning(false);
    m_ui->runProgressBar->setValue(m_ui->runProgressBar->maximum());
    QString text = status;
    if (std::exchange(m_replaceOnFirstRows, false) && !store()->isEmpty())
        text += u' ' + tr("The table keeps its earlier rows.");
    if (kind == RunKind::Preview && !store()->isEmpty()) {
        text += u' ' + tr("This is a preview: spot-check it, then generate the dataset.");
        m_review->table()->setFocus(Qt::OtherFocusReason); // A, R and U work at once
    }
    if (kind == RunKind::Regenerate) {
        int missing = 0;
        for (const QVector<int> &targets : std::as_const(m_regenerateTargets))
            missing += int(targets.size());
        if (missing > 0)
            text += u' ' + tr("%n selected row(s) could not be regenerated and are unchanged.", nullptr, missing);
        m_regenerateTargets.clear();
    }
    setStatus(text);
    Q_EMIT generationFinished();
}

void MainWindow::setStatus(const QString &text)
{
    // Plain: messages quote file names, model names and server texts, which must never be read as markup.
    m_ui->statusLabel->setTextFormat(Qt::PlainText);
    m_ui->statusLabel->setText(text);
}

void MainWindow::log(const QString &line)
{
    m_log << u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), line);
    if (m_logView)
        m_logView->appendPlainText(m_log.constLast());
}

void MainWindow::showLog()
{
    if (!m_logView) {
        auto *dialog = new QDialog(this);
        dialog->setObjectName(u"logDialog"_s);
        dialog->setWindowTitle(tr("Run Log"));
        auto *layout = new QVBoxLayout(dialog);
        m_logView = new QPlainTextEdit(dialog);
        m_logView->setObjectName(u"logView"_s);
        m_logView->setReadOnly(true);
        m_logView->setAccessibleName(tr("Run log"));
        m_logView->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(m_logView);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::hide);
        layout->addWidget(buttons);
        dialog->resize(760, 420);
    }
    m_logView->setPlainText(m_log.join(u'\n'));
    auto *dialog = qobject_cast<QDialog *>(m_logView->parentWidget());
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::openDataset(const QString &path)
{
    if (m_run != RunKind::None) {
        showBanner(tr("Wait for the current run to finish before opening a dataset."), QString(), {});
        Q_EMIT datasetLoaded(0, 0);
        return;
    }
    if (!confirmReplacingRows()) {
        Q_EMIT datasetLoaded(0, 0);
        return;
    }
    m_replaceOnFirstRows = true;
    m_run = RunKind::Load;
    setRunning(true, 1000); // per mille of the file read
    setStatus(tr("Loading %1…").arg(QDir::toNativeSeparators(path)));
    auto errors = std::make_shared<QVector<LineError>>();
    m_workerCancel = std::make_shared<std::atomic_bool>(false);
    // Read and parse on a worker; the GUI thread only appends finished chunks, so the rows show as they load.
    QFuture<QString> future = QtConcurrent::run([this, path, errors, cancel = m_workerCancel]() -> QString {
        StringPool pool;
        QVector<Example> chunk;
        auto flush = [&] {
            if (chunk.isEmpty())
                return;
            QMetaObject::invokeMethod(
                this, [this, rows = std::move(chunk)]() mutable { receiveRows(std::move(rows)); },
                Qt::QueuedConnection);
            chunk = {};
        };
        int lastPermille = -1;
        QString fatal;
        JsonlReader::read(
            path,
            [&](Example &&row, qint64) {
                pool.share(row);
                chunk.append(std::move(row));
                if (chunk.size() >= ChunkRows)
                    flush();
                return !cancel->load();
            },
            [&](const LineError &error) { errors->append(error); }, &fatal,
            [&](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(done * 1000 / total) : 1000;
                if (permille == lastPermille)
                    return;
                lastPermille = permille;
                QMetaObject::invokeMethod(
                    this, [this, permille] { m_ui->runProgressBar->setValue(permille); }, Qt::QueuedConnection);
            });
        flush();
        return fatal;
    });
    m_watcher.setFuture(future);
    auto *done = new QFutureWatcher<QString>(this);
    connect(done, &QFutureWatcher<QString>::finished, this, [this, done, path, errors] {
        done->deleteLater();
        const QString fatal = done->result();
        m_run = RunKind::None;
        m_replaceOnFirstRows = false; // a file with no readable row leaves the table as it was
        setRunning(false);
        const int rows = store()->size();
        if (!fatal.isEmpty()) {
            setStatus(fatal);
            showBanner(fatal, QString(), {});
            Q_EMIT datasetLoaded(rows, int(errors->size()));
            return;
        }
        QString text = tr("Loaded %n row(s) from %1.", nullptr, rows).arg(QDir::toNativeSeparators(path));
        if (!errors->isEmpty()) {
            const LineError &first = errors->constFirst();
            text += u' ' + tr("%n line(s) could not be read (first: line %1, %2).", nullptr, int(errors->size()))
                               .arg(first.line)
                               .arg(first.message);
            for (const LineError &error : std::as_const(*errors))
                log(tr("%1 line %2: %3").arg(QDir::toNativeSeparators(path)).arg(error.line).arg(error.message));
            showBanner(text, QString(), {});
        }
        setStatus(text);
        Q_EMIT datasetLoaded(rows, int(errors->size()));
    });
    done->setFuture(future);
}

void MainWindow::resumeRun(const QString &journalPath)
{
    RunJournal::Contents contents;
    QString error;
    if (!RunJournal::load(journalPath, &contents, &error)) {
        showBanner(error, QString(), {});
        return;
    }
    if (m_run != RunKind::None || !confirmReplacingRows())
        return;
    applyConfig(contents.config);
    m_replaceOnFirstRows = true;
    m_run = RunKind::Full;
    setRunning(true, contents.config.count);
    m_providerForm->endpoint(
        this, [this, journalPath, config = contents.config](const EndpointSettings &endpoint, const QString &keyError) {
            if (!keyError.isEmpty()) {
                showBanner(keyError, QString(), {});
                finishRun(keyError);
                return;
            }
            startEngine(config, endpoint, journalPath, true);
        });
}

void MainWindow::exportDataset()
{
    m_review->commitEdits();
    if (store()->isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = m_projectPath.isEmpty() ? u"dataset"_s : QFileInfo(m_projectPath).completeBaseName();
    auto *dialog = new ExportDialog(store()->snapshot(), QDir(folder).filePath(name + u".jsonl"_s), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const ExportSummary &summary) {
        if (!summary.ok)
            return;
        m_reviewUnsaved = false;
        m_modelRowsUnsaved = false;
        statusBar()->showMessage(tr("Exported %n row(s).", nullptr, int(summary.rowsWritten)), 8000);
    });
    dialog->open();
}

bool MainWindow::exportTo(const QString &path, QString *error)
{
    m_review->commitEdits();
    ExportOptions options;
    options.path = path;
    options.format =
        path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? ExportFormat::Csv : ExportFormat::Jsonl;
    const ExportSummary summary = exportRows(store()->snapshot(), options);
    if (!summary.ok) {
        *error = summary.error;
        return false;
    }
    m_reviewUnsaved = false;
    m_modelRowsUnsaved = false;
    statusBar()->showMessage(
        tr("Exported %n row(s) to %1.", nullptr, int(summary.rowsWritten)).arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::syncActions()
{
    for (const auto &[action, button] : std::as_const(m_syncActions)) {
        action->setEnabled(button->isEnabled());
        action->setText(button->text()); // Pause reads Resume while paused
    }
}

GenerationConfig MainWindow::currentConfig() const
{
    GenerationConfig config;
    config.mode = m_ui->modeComboBox->currentIndex() == 1 ? GenerationMode::Llm : GenerationMode::Template;
    config.count = qMax(1, m_ui->distributionEditor->total());
    config.distribution = m_ui->distributionEditor->distribution();
    if (!m_ui->topicLineEdit->text().trimmed().isEmpty()) {
        for (const QString &topic : m_ui->topicLineEdit->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            config.topics << topic.trimmed();
    }
    config.seed = quint64(m_ui->seedSpinBox->value());
    config.searchHints = m_ui->searchHintsCheckBox->isChecked();
    config.longForm = m_ui->longFormCheckBox->isChecked();
    config.provider = m_providerForm->providerId();
    config.baseUrl = m_providerForm->baseUrl();
    config.model = m_providerForm->model();
    config.language = m_ui->languageLineEdit->text().trimmed();
    config.batchSize = m_ui->batchSizeSpinBox->value();
    config.concurrency = m_ui->concurrencySpinBox->value();
    config.temperature = m_ui->temperatureSpinBox->value();
    config.maxTokens = m_ui->maxTokensSpinBox->value();
    config.budgetUsd = m_ui->budgetSpinBox->value();
    config.stream = m_ui->streamCheckBox->isChecked();
    config.allowFallback = m_ui->fallbackCheckBox->isChecked();
    config.systemPrompt = m_systemPrompt;
    config.promptTemplates = m_promptTemplates;
    return config;
}

void MainWindow::applyConfig(const GenerationConfig &config)
{
    m_ui->modeComboBox->setCurrentIndex(config.mode == GenerationMode::Llm ? 1 : 0);
    m_ui->distributionEditor->setDistribution(config.distribution, config.count);
    m_ui->countSpinBox->setValue(config.count);
    m_ui->topicLineEdit->setText(config.topics.join(QStringLiteral("; ")));
    m_ui->seedSpinBox->setValue(int(qMin<quint64>(config.seed, quint64(m_ui->seedSpinBox->maximum()))));
    m_ui->searchHintsCheckBox->setChecked(config.searchHints);
    m_ui->longFormCheckBox->setChecked(config.longForm);
    m_providerForm->setProvider(config.provider);
    m_providerForm->setBaseUrl(config.baseUrl);
    m_providerForm->setModel(config.model);
    m_ui->languageLineEdit->setText(config.language);
    m_ui->batchSizeSpinBox->setValue(config.batchSize);
    m_ui->concurrencySpinBox->setValue(config.concurrency);
    m_ui->temperatureSpinBox->setValue(config.temperature);
    m_ui->maxTokensSpinBox->setValue(config.maxTokens);
    m_ui->budgetSpinBox->setValue(config.budgetUsd);
    m_ui->streamCheckBox->setChecked(config.stream);
    m_ui->fallbackCheckBox->setChecked(config.allowFallback);
    m_systemPrompt = config.systemPrompt;
    m_promptTemplates = config.promptTemplates;
    updateEstimate();
}

bool MainWindow::saveProjectTo(const QString &path, QString *error)
{
    // The configuration only: API keys never go into a project file.
    const QJsonObject project{{QStringLiteral("format"), QStringLiteral("candor-project")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("config"), currentConfig().toJson()}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(project).toJson()) < 0 || !file.commit()) {
        *error = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_projectPath = path;
    rememberRecent(path);
    setWindowModified(false);
    updateTitle();
    return true;
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QJsonObject object = doc.object();
    if (object.value(QStringLiteral("config")).isObject())
        object = object.value(QStringLiteral("config")).toObject();
    QString why;
    const auto config = doc.isObject() ? GenerationConfig::fromJson(object, &why) : std::nullopt;
    if (!config) {
        *error = tr("%1 is not a Candor project: %2")
                     .arg(QDir::toNativeSeparators(path), doc.isObject() ? why : parseError.errorString());
        return false;
    }
    applyConfig(*config);
    m_projectPath = path;
    rememberRecent(path);
    setWindowModified(false);
    updateTitle();
    return true;
}

void MainWindow::newProject()
{
    applyConfig(GenerationConfig());
    m_projectPath.clear();
    setWindowModified(false);
    updateTitle();
}

void MainWindow::saveProject()
{
    if (m_projectPath.isEmpty()) {
        saveProjectAs();
        return;
    }
    QString error;
    if (!saveProjectTo(m_projectPath, &error))
        showBanner(error, QString(), {});
}

void MainWindow::saveProjectAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save project"),
        m_projectPath.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/dataset.candor")
            : m_projectPath,
        tr("Candor projects (*.candor)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveProjectTo(path, &error))
        showBanner(error, QString(), {});
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentProjects"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_ui->recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openProject(path, &error))
                showBanner(error, QString(), {});
        });
    }
    m_ui->recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    const QString name = m_projectPath.isEmpty() ? tr("Untitled") : QFileInfo(m_projectPath).completeBaseName();
    setWindowTitle(name + QStringLiteral("[*]"));
}

void MainWindow::showBanner(const QString &text, const QString &actionText, std::function<void()> action)
{
    // Non-blocking: the message waits at the top of the window instead of interrupting with a dialog.
    m_ui->bannerLabel->setText(text);
    m_ui->bannerActionButton->setVisible(!actionText.isEmpty());
    m_ui->bannerActionButton->setText(actionText);
    m_bannerAction = std::move(action);
    m_ui->bannerFrame->setVisible(true);
}

void MainWindow::offerResume()
{
    const QDir runs(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs"));
    const QFileInfoList journals = runs.entryInfoList({QStringLiteral("*.journal")}, QDir::Files, QDir::Time);
    if (journals.isEmpty())
        return;
    const QString path = journals.first().absoluteFilePath();
    RunJournal::Contents contents;
    QString error;
    if (!RunJournal::load(path, &contents, &error))
        return;
    showBanner(tr("A run from %1 did not finish: %2 of %3 rows are saved. Resume it?")
                   .arg(QLocale().toString(journals.first().lastModified(), QLocale::ShortFormat))
                   .arg(contents.rows.size())
                   .arg(contents.config.count),
               tr("&Resume"), [this, path] { resumeRun(path); });
}

void MainWindow::editPrompts()
{
    PromptEditorDialog dialog(m_systemPrompt, m_promptTemplates, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_systemPrompt = dialog.systemPrompt();
    m_promptTemplates = dialog.levelTemplates();
    setWindowModified(true);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Candor"),
                       tr("<h3>Candor %1</h3><p>%2</p><p>Candor generates datasets whose rows show each level of an "
                          "honesty rubric, from confident fabrication (-2) to fully correct (+2).</p>")
                           .arg(QStringLiteral(CANDOR_VERSION), tr(CANDOR_SUMMARY)));
}

} // namespace candor
