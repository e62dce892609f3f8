#include "mainwindow.h"

#include "dataset/datasetstore.h"
#include "dataset/generationconfig.h"
#include "distributioneditor.h"
#include "exportdialog.h"
#include "generation/generationengine.h"
#include "generation/templategenerator.h"
#include "judgedialog.h"
#include "messagebox.h"
#include "prompteditordialog.h"
#include "providerform.h"
#include "reportdialog.h"
#include "reviewpanel.h"
#include "runstatus.h"
#include "secrets/keystore.h"
#include "seedspinbox.h"
#include "session/projectfile.h"
#include "session/session.h"
#include "storage/jsonlreader.h"
#include "storage/runjournal.h"
#include "storage/workspace.h"
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
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace candor {
using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_ui->seedSpinBox->setValue(GenerationConfig().seed);
    setWindowIcon(QIcon(u":/icons/candor.svg"_s));
    // The session owns the dataset and its runs; the review panel shows and edits the session's store.
    m_session = new Session(this);
    m_review = new ReviewPanel(m_session->store(), m_ui->mainSplitter);
    m_review->setWorkspaceSource([this] { return m_session->workspace(); });
    m_review->setObjectName(u"reviewPanel"_s);
    m_ui->mainSplitter->addWidget(m_review);
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
    arrangeRunControls();
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
    // Contrast ladders: the share applies to a mix, the levels to any ladder; in ladder mode every level of the set
    // gets rows / levels rows, so the distribution does not apply.
    const std::array<QCheckBox *, Rubric::LevelCount> ladderLevels = ladderLevelBoxes();
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        QCheckBox *box = ladderLevels[std::size_t(i)];
        const QString level = Rubric::formatReward(Rubric::rewardAt(i));
        box->setText(level);
        box->setAccessibleName(tr("Ladder level %1").arg(level));
        box->setToolTip(
            tr("Answer each ladder's prompt at level %1 (%2).").arg(level, Rubric::displayLabel(Rubric::rewardAt(i))));
        connect(box, &QCheckBox::toggled, this, &MainWindow::updateEstimate);
    }
    auto updateLadders = [this] {
        const int mode = m_ui->ladderModeComboBox->currentIndex();
        m_ui->ladderShareSpinBox->setVisible(mode == 2);
        m_ui->ladderLevelsWidget->setEnabled(mode != 0);
        m_ui->ladderLevelsLabel->setEnabled(mode != 0);
        m_ui->distributionEditor->setEnabled(mode != 1);
        updateEstimate();
    };
    connect(m_ui->ladderModeComboBox, &QComboBox::currentIndexChanged, this, updateLadders);
    connect(m_ui->ladderShareSpinBox, &QSpinBox::valueChanged, this, &MainWindow::updateEstimate);
    updateLadders();
    for (QSpinBox *box : {m_ui->batchSizeSpinBox, m_ui->countSpinBox})
        connect(box, &QSpinBox::valueChanged, this, &MainWindow::updateEstimate);
    connect(m_ui->distributionEditor, &DistributionEditor::changed, this, &MainWindow::updateEstimate);
    connect(m_ui->longFormCheckBox, &QCheckBox::toggled, this, &MainWindow::updateEstimate);
    connect(m_ui->searchHintsCheckBox, &QCheckBox::toggled, this, &MainWindow::updateEstimate);
    connect(m_providerForm, &ProviderForm::settingsChanged, this, &MainWindow::updateEstimate);
    connect(m_ui->pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        if (paused)
            m_session->pause();
        else
            m_session->resumeRun();
    });
    connect(m_session, &Session::pausedChanged, this, [this](bool paused) {
        const QSignalBlocker block(m_ui->pauseButton);
        m_ui->pauseButton->setChecked(paused);
        m_ui->pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
        syncActions();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, m_session, &Session::cancel);
    connect(m_session, &Session::stalled, this, [this](const QString &text) {
        setStatus(text);
        showBanner(text, tr("&Resume"), [this] { m_session->resumeRun(); });
    });

    // The row count and the distribution editor's total are one number seen from two places.
    // The total commits when typing finishes: "10000" must not pass through totals of 1, 10, 100 and 1000.
    m_ui->countSpinBox->setKeyboardTracking(false);
    // The cap is said where it bites, with its reason, instead of a silently shortened number.
    m_ui->countSpinBox->setToolTip(
        m_ui->countSpinBox->toolTip() + u' ' +
        tr("At most %1 rows: the review table keeps every row in memory, about 1.4 GB per million rows.")
            .arg(QLocale().toString(m_ui->countSpinBox->maximum())));
    auto *limitLabel = new QLabel(
        tr("%1 rows is the most one run makes: the review table keeps every row in memory (about 1.4 GB per "
           "million rows). Generate larger datasets in parts, or with candor-cli, which writes straight to a file.")
            .arg(QLocale().toString(m_ui->countSpinBox->maximum())));
    limitLabel->setObjectName(u"countLimitLabel"_s);
    limitLabel->setWordWrap(true);
    limitLabel->setVisible(false);
    m_ui->setupLayout->insertRow(1, QString(), limitLabel);
    connect(m_ui->countSpinBox, &QSpinBox::valueChanged, limitLabel,
            [this, limitLabel](int rows) { limitLabel->setVisible(rows >= m_ui->countSpinBox->maximum()); });
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
    QAction *judgeAction = reviewMenu->addAction(tr("Verify with a &Judge Model…"), this, &MainWindow::verifyWithJudge);
    judgeAction->setObjectName(u"judgeAction"_s);
    judgeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    judgeAction->setToolTip(tr("Ask the model set up under Model which level each answer shows: the selected rows, "
                               "else every shown row."));
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
    viewMenu->addMenu(createLanguageMenu(this, [this] { restart(); }));
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
    viewMenu->addAction(m_review->rubricAction());
    QAction *reportAction = viewMenu->addAction(tr("Dataset &Report…"), this, &MainWindow::showReport);
    reportAction->setObjectName(u"reportAction"_s);
    reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    reportAction->setToolTip(tr("Counts, lengths and the words that give a level away, for the rows in the table."));
    m_ui->helpMenu->insertAction(m_ui->aboutAction, m_review->reviewHelpAction());

    connect(m_ui->exportButton, &QPushButton::clicked, this, &MainWindow::exportDataset);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportDataset);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->newProjectAction, &QAction::triggered, this, &MainWindow::newProject);
    connect(m_ui->openProjectAction, &QAction::triggered, this, [this] {
        if (!confirmDiscardingProject() || (!m_session->workspace() && !confirmReplacingRows()))
            return;
        const QString folder =
            m_projectPath.isEmpty() ? ExportDialog::defaultFolder() : QFileInfo(m_projectPath).path();
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), folder,
                                                          tr("Candor projects (*.candor);;JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !openProject(path, &error)) {
            if (!m_session->damagedProject().isEmpty())
                offerRecovery(error);
            else
                showBanner(error, QString(), {});
        }
    });
    connect(m_ui->saveProjectAction, &QAction::triggered, this, &MainWindow::saveProject);
    connect(m_ui->saveProjectAsAction, &QAction::triggered, this, &MainWindow::saveProjectAs);
    connect(m_ui->openDatasetAction, &QAction::triggered, this, [this] {
        // Where the last dataset was exported or opened: reviewing yesterday's export is the common case.
        const QString folder = QSettings().value(u"files/datasetFolder"_s, ExportDialog::defaultFolder()).toString();
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open dataset"), folder, tr("JSON Lines (*.jsonl *.json)"));
        if (path.isEmpty())
            return;
        QSettings().setValue(u"files/datasetFolder"_s, QFileInfo(path).absolutePath());
        openDataset(path);
    });
    connect(m_ui->editPromptsAction, &QAction::triggered, this, &MainWindow::editPrompts);
    connect(m_ui->bannerDismissButton, &QPushButton::clicked, this, [this] {
        if (m_bannerDismiss)
            std::exchange(m_bannerDismiss, {})();
        m_ui->bannerFrame->hide();
    });
    // One compact line (two for long texts) at the top; the table below takes the rest of the height.
    m_ui->bannerFrame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->centralLayout->setStretchFactor(m_ui->mainSplitter, 1);
    m_ui->bannerLayout->setContentsMargins(6, 2, 6, 2);
    connect(m_ui->bannerActionButton, &QPushButton::clicked, this, [this] {
        m_ui->bannerFrame->hide();
        if (m_bannerAction)
            m_bannerAction();
    });
    m_ui->aboutAction->setShortcut(QKeySequence(QKeySequence::HelpContents));
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    DatasetStore *rows = m_session->store();
    connect(rows, &DatasetStore::countsChanged, this, [this, rows] {
        m_ui->exportButton->setEnabled(!rows->isEmpty());
        syncActions();
    });
    connect(m_session, &Session::message, this, &MainWindow::log);
    connect(m_session, &Session::runStarted, this, [this](Session::RunKind, int target) { setRunning(true, target); });
    connect(m_session, &Session::progress, m_status, &RunStatus::setProgress);
    connect(m_session, &Session::statsChanged, this, [this](const GenerationEngine::Stats &stats) {
        m_status->showStats(stats);
        if (stats.lastErrorKind == ErrorKind::Auth)
            m_providerForm->noteRefusedKey(stats.lastError);
        m_ui->pauseButton->setEnabled(engine() && engine()->isRunning());
        syncActions();
    });
    connect(m_session, &Session::runFinished, this, &MainWindow::finishRun);
    connect(m_session, &Session::datasetLoaded, this,
            [this](int count, const QVector<LineError> &, qint64 errorCount, const QString &fatal) {
                if (!m_session->damagedProject().isEmpty())
                    offerRecovery(fatal);
                else if (!fatal.isEmpty() || errorCount > 0)
                    showBanner(m_status->text(), QString(), {});
                else
                    offerProjectResume();
                m_review->restoreUndoHistory();
                Q_EMIT datasetLoaded(count, int(qMin<qint64>(errorCount, std::numeric_limits<int>::max())));
            });
    connect(m_session, &Session::projectWriteFailed, this,
            [this](const QString &text) { showBanner(text, QString(), {}); });

    rebuildRecentMenu();
    updateTitle();
    restoreLayout();
    WheelGuard::install(this);
    trackChanges();
    QMetaObject::invokeMethod(this, &MainWindow::offerResume, Qt::QueuedConnection);
}

MainWindow::~MainWindow() = default;

DatasetStore *MainWindow::store() const
{
    return m_session->store();
}

GenerationEngine *MainWindow::engine() const
{
    return m_session->engine();
}

void MainWindow::trackChanges()
{
    // Any edit of a setting makes the project modified: the title shows "*" and New, Open and Quit ask first.
    auto modified = [this] {
        if (!m_applyingConfig)
            setWindowModified(true);
    };
    QWidget *setup = m_ui->setupPanel;
    for (auto *edit : setup->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, modified);
    for (auto *box : setup->findChildren<QSpinBox *>())
        connect(box, &QSpinBox::valueChanged, this, modified);
    for (auto *box : setup->findChildren<QDoubleSpinBox *>())
        connect(box, &QDoubleSpinBox::valueChanged, this, modified);
    connect(m_ui->seedSpinBox, &SeedSpinBox::valueChanged, this, modified);
    for (auto *box : setup->findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, modified);
    for (auto *box : setup->findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, modified);
    connect(m_ui->distributionEditor, &DistributionEditor::changed, this, modified);
    connect(m_providerForm, &ProviderForm::settingsChanged, this, modified);

    // The layout is saved when it changes, a moment later, so a crash does not lose it.
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(500);
    connect(&m_layoutTimer, &QTimer::timeout, this, &MainWindow::saveLayout);
    connect(m_ui->mainSplitter, &QSplitter::splitterMoved, &m_layoutTimer, qOverload<>(&QTimer::start));
    connect(m_review->splitter(), &QSplitter::splitterMoved, &m_layoutTimer, qOverload<>(&QTimer::start));
    QHeaderView *header = m_review->table()->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, &m_layoutTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionMoved, &m_layoutTimer, qOverload<>(&QTimer::start));
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (isVisible())
        m_layoutTimer.start();
}

void MainWindow::moveEvent(QMoveEvent *event)
{
    QMainWindow::moveEvent(event);
    if (isVisible())
        m_layoutTimer.start();
}

void MainWindow::arrangeRunControls()
{
    // The run buttons stay in view under the scrolling settings, never below their fold.
    auto *column = new QWidget;
    column->setObjectName(u"setupColumn"_s);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    const int index = m_ui->mainSplitter->indexOf(m_ui->setupScrollArea);
    m_ui->mainSplitter->replaceWidget(index, column);
    columnLayout->addWidget(m_ui->setupScrollArea, 1);
    auto *runBox = new QFrame;
    runBox->setObjectName(u"runControlsFrame"_s);
    runBox->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(runBox);
    grid->addWidget(m_ui->previewButton, 0, 0);
    grid->addWidget(m_ui->samplePerLevelSpinBox, 0, 1);
    grid->addWidget(m_ui->generateButton, 0, 2);
    grid->addWidget(m_ui->pauseButton, 1, 0);
    grid->addWidget(m_ui->cancelButton, 1, 1);
    grid->addWidget(m_ui->exportButton, 1, 2);
    m_ui->generateButton->setDefault(true);
    columnLayout->addWidget(runBox);
    setTabOrder(m_ui->fallbackCheckBox, m_ui->previewButton);
    setTabOrder(m_ui->previewButton, m_ui->samplePerLevelSpinBox);
    setTabOrder(m_ui->samplePerLevelSpinBox, m_ui->generateButton);
    setTabOrder(m_ui->generateButton, m_ui->pauseButton);
    setTabOrder(m_ui->pauseButton, m_ui->cancelButton);
    setTabOrder(m_ui->cancelButton, m_ui->exportButton);

    // The run's state, progress and last error live in the window's status bar, always visible.
    m_status = new RunStatus(statusBar(), m_ui->statusLabel, m_ui->runProgressBar, m_ui->logButton, this);
    setTabOrder(m_review->table(), m_ui->logButton); // the status bar comes last, as it reads
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray())) {
        // Room for the set-up column and a readable table, but never more than the screen has (a 1280x800 laptop
        // keeps every edge of the window in view).
        // The frame is not known before the window is shown: leave room for a title bar and borders.
        const QRect available = screen()->availableGeometry();
        resize(qMin(1320, available.width() - 16), qMin(840, available.height() - 48));
        move(available.center() - rect().center());
    }
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
    // With a project open every decision is already in it; without one, review work lives only in memory.
    if (!m_session->workspace() && m_session->unsaved() == Session::Unsaved::Review) {
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
    if (!confirmDiscardingProject()) {
        event->ignore();
        return;
    }
    // An LLM run stops here; its journal keeps every accepted row, and the next start offers to resume it.
    m_session->cancel();
    saveLayout();
    event->accept();
}

std::array<QCheckBox *, Rubric::LevelCount> MainWindow::ladderLevelBoxes() const
{
    return {m_ui->ladderLevelM2CheckBox, m_ui->ladderLevelM1CheckBox, m_ui->ladderLevel0CheckBox,
            m_ui->ladderLevelP1CheckBox, m_ui->ladderLevelP2CheckBox};
}

void MainWindow::commitTypedValues()
{
    // A number typed into a field counts even when a shortcut (Ctrl+Return, F5) starts the run before the field lost
    // focus or saw Return: the fields commit on those only, so that "10000" does not pass through 1, 10, 100, 1000.
    for (QAbstractSpinBox *box : m_ui->setupPanel->findChildren<QAbstractSpinBox *>())
        box->interpretText();
}

void MainWindow::generate()
{
    commitTypedValues();
    // In ladder mode the rows are split over the ladder's levels; otherwise the distribution editor says.
    if (currentConfig().ladderMode != LadderMode::Ladders) {
        startRun(m_ui->distributionEditor->counts(), Session::RunKind::Full);
        return;
    }
    QString error;
    const auto counts = currentConfig().levelCounts(&error);
    if (!counts) {
        setStatus(error);
        return;
    }
    startRun(*counts, Session::RunKind::Full);
}

void MainWindow::previewSample()
{
    commitTypedValues();
    // A few rows of every level the dataset will have (of every level when none has rows yet); in ladder mode a few
    // ladders.
    QString error;
    const LevelCounts planned = currentConfig().ladderMode == LadderMode::Ladders
                                    ? currentConfig().levelCounts(&error).value_or(LevelCounts{})
                                    : m_ui->distributionEditor->counts();
    const bool none = totalOf(planned) == 0;
    LevelCounts counts{};
    for (int i = 0; i < Rubric::LevelCount; ++i)
        counts[std::size_t(i)] = none || planned[std::size_t(i)] > 0 ? m_ui->samplePerLevelSpinBox->value() : 0;
    startRun(counts, Session::RunKind::Preview);
}

bool MainWindow::confirmReplacingRows()
{
    m_review->commitEdits();
    const Session::Unsaved unsaved = m_session->unsaved();
    if (unsaved == Session::Unsaved::Nothing)
        return true;
    QMessageBox box(
        QMessageBox::Question, tr("Candor"),
        unsaved == Session::Unsaved::Review
            ? tr("The table has reviewed or edited rows that are not exported yet.")
            : tr("The table has %Ln row(s) from the model that are not exported yet.", nullptr, store()->size()),
        QMessageBox::Cancel, this);
    box.setInformativeText(tr("Replace them with the new rows? They stay until the new run has made its first row."));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    return MessageBox::ask(box) == replace;
}

void MainWindow::startRun(const LevelCounts &counts, Session::RunKind kind, const QVector<int> &rows)
{
    if (m_session->isRunning()) {
        statusBar()->showMessage(tr("Wait for the current run to finish, then regenerate."), 6000);
        return;
    }
    if (kind != Session::RunKind::Regenerate && totalOf(counts) > 0 && !confirmReplacingRows())
        return;
    Session::RunRequest request;
    request.kind = kind;
    request.config = currentConfig();
    request.counts = counts;
    request.rows = rows;
    auto start = [this](const Session::RunRequest &ready) {
        QString error;
        if (!m_session->start(ready, &error))
            setStatus(error);
    };
    if (request.config.mode == GenerationMode::Template) {
        start(request);
        return;
    }
    setRunning(true, totalOf(counts));
    setStatus(tr("Preparing…"));
    m_providerForm->endpoint(this, [this, request, start](const EndpointSettings &endpoint, const QString &error) {
        if (!error.isEmpty()) {
            showBanner(error, QString(), {});
            finishRun(Session::RunKind::None, false, error);
            return;
        }
        Session::RunRequest ready = request;
        ready.endpoint = endpoint;
        start(ready);
    });
}

void MainWindow::regenerateRows(const QVector<int> &rows)
{
    LevelCounts counts{};
    for (int row : rows) {
        if (row >= 0 && row < store()->size() && Rubric::isValid(store()->at(row).targetReward))
            ++counts[std::size_t(Rubric::indexOf(store()->at(row).targetReward))];
    }
    if (totalOf(counts) > 0)
        startRun(counts, Session::RunKind::Regenerate, rows);
}

void MainWindow::updateEstimate()
{
    if (m_ui->modeComboBox->currentIndex() != 1)
        return;
    GenerationConfig config = currentConfig();
    const auto e = GenerationEngine::estimate(config, PriceTable::defaults());
    const QLocale locale;
    m_ui->estimateLabel->setText(
        tr("Estimate: %Ln request(s), about %1 input and %2 output tokens, %3.", nullptr, e.requests)
            .arg(locale.toString(e.inputTokens), locale.toString(e.outputTokens),
                 e.costUsd ? tr("$%1").arg(*e.costUsd, 0, 'f', 2) : tr("no price for this model")));
}

void MainWindow::setRunning(bool running, int targetRows)
{
    m_ui->generateButton->setEnabled(!running);
    m_ui->previewButton->setEnabled(!running);
    m_ui->pauseButton->setEnabled(running && engine() && engine()->isRunning());
    m_ui->cancelButton->setEnabled(running);
    if (!running) {
        const QSignalBlocker block(m_ui->pauseButton);
        m_ui->pauseButton->setChecked(false);
        m_ui->pauseButton->setText(tr("&Pause"));
    } else {
        m_status->startRun(targetRows);
    }
    syncActions();
}

void MainWindow::finishRun(Session::RunKind kind, bool ok, const QString &status)
{
    setRunning(false);
    m_status->finishRun(ok);
    QString text = status;
    if (kind == Session::RunKind::Preview && !store()->isEmpty()) {
        text += u' ' + tr("This is a preview: spot-check it, then generate the dataset.");
        m_review->table()->setFocus(Qt::OtherFocusReason); // A, R and U work at once
    }
    setStatus(text);
    if (kind != Session::RunKind::Load)
        Q_EMIT generationFinished();
}

void MainWindow::setStatus(const QString &text)
{
    m_status->setText(text);
}

void MainWindow::log(const QString &line)
{
    m_status->log(line);
}

JudgeDialog *MainWindow::verifyWithJudge()
{
    // The selection when it holds several rows, else every row the filters show.
    QVector<int> rows = m_review->selectedRows();
    if (rows.size() < 2) {
        rows.clear();
        const PreviewFilterModel *shown = m_review->filterModel();
        rows.reserve(shown->rowCount());
        for (int i = 0; i < shown->rowCount(); ++i)
            rows << shown->sourceRow(i);
    }
    auto *dialog = new JudgeDialog(store(), rows, m_providerForm, this);
    connect(dialog, &JudgeDialog::cellChosen, m_review, &ReviewPanel::showJudgedRows);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

ReportDialog *MainWindow::showReport()
{
    // The configuration that made the rows is known for a project (the one its runs recorded).
    QJsonObject config;
    if (Workspace *workspace = m_session->workspace()) {
        WorkspaceError error;
        config = Workspace::readConfig(workspace->path(), &error).value_or(QJsonObject());
    }
    const QString name = m_projectPath.isEmpty() ? tr("Untitled") : QFileInfo(m_projectPath).fileName();
    auto *dialog = new ReportDialog(store()->snapshot(), tr("Dataset report: %1").arg(name), config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showLog()
{
    m_status->showLog();
}

QString MainWindow::logText() const
{
    return m_status->logText();
}

void MainWindow::openDataset(const QString &path)
{
    QString error;
    if (m_session->isRunning()) {
        showBanner(tr("Wait for the current run to finish before opening a dataset."), QString(), {});
        Q_EMIT datasetLoaded(0, 0);
        return;
    }
    if (!confirmReplacingRows()) {
        Q_EMIT datasetLoaded(0, 0);
        return;
    }
    if (!m_session->openDataset(path, &error)) {
        showBanner(error, QString(), {});
        Q_EMIT datasetLoaded(0, 0);
    }
}

void MainWindow::resumeRun(const QString &journalPath)
{
    RunJournal::Contents contents;
    QString error;
    if (!RunJournal::load(journalPath, &contents, &error)) {
        showBanner(error, QString(), {});
        return;
    }
    if (m_session->isRunning() || !confirmReplacingRows())
        return;
    applyConfig(contents.config);
    setRunning(true, contents.config.count);
    m_providerForm->endpoint(this, [this, journalPath](const EndpointSettings &endpoint, const QString &keyError) {
        QString resumeError = keyError;
        if (resumeError.isEmpty() && m_session->resume(journalPath, endpoint, &resumeError))
            return;
        showBanner(resumeError, QString(), {});
        finishRun(Session::RunKind::None, false, resumeError);
    });
}

void MainWindow::offerProjectResume()
{
    const std::optional<WorkspaceRun> run = m_session->unfinishedRun();
    if (!run)
        return;
    const int saved = run->ownsRows ? store()->size() : 0;
    showBanner(tr("The last run in this project did not finish: %1 of %2 rows are saved. Resume it?")
                   .arg(QLocale().toString(saved), QLocale().toString(totalOf(run->counts))),
               tr("&Resume"), [this] { resumeProjectRun(); });
}

void MainWindow::resumeProjectRun()
{
    const std::optional<WorkspaceRun> run = m_session->unfinishedRun();
    QString error;
    const auto config = run ? GenerationConfig::fromJson(run->config, &error) : std::nullopt;
    if (!config)
        return;
    applyConfig(*config);
    setRunning(true, config->count);
    m_providerForm->endpoint(this, [this](const EndpointSettings &endpoint, const QString &keyError) {
        QString resumeError = keyError;
        if (resumeError.isEmpty() && m_session->resumeProjectRun(endpoint, &resumeError))
            return;
        showBanner(resumeError, QString(), {});
        finishRun(Session::RunKind::None, false, resumeError);
    });
}

void MainWindow::exportDataset()
{
    m_review->commitEdits();
    if (store()->isEmpty())
        return;
    const QString name = m_projectPath.isEmpty() ? u"dataset"_s : QFileInfo(m_projectPath).completeBaseName();
    auto *dialog = new ExportDialog(store()->snapshot(), QString(), this);
    dialog->useRememberedChoices(m_projectPath.isEmpty() ? u"untitled"_s : m_projectPath, name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this, dialog](const ExportSummary &summary) {
        if (!summary.ok)
            return;
        QSettings().setValue(u"files/datasetFolder"_s, QFileInfo(dialog->options().path).absolutePath());
        m_session->markExported();
        const bool pairs = summary.pairsWritten > 0 && summary.pairsWritten == summary.rowsWritten;
        statusBar()->showMessage(pairs ? tr("Exported %Ln preference pair(s).", nullptr, int(summary.pairsWritten))
                                       : tr("Exported %Ln row(s).", nullptr, int(summary.rowsWritten)),
                                 8000);
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
    const ExportSummary summary = m_session->exportTo(options);
    if (!summary.ok) {
        *error = summary.error;
        return false;
    }
    statusBar()->showMessage(
        tr("Exported %Ln row(s) to %1.", nullptr, int(summary.rowsWritten)).arg(QDir::toNativeSeparators(path)), 8000);
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
    config.seed = m_ui->seedSpinBox->value();
    config.searchHints = m_ui->searchHintsCheckBox->isChecked();
    config.longForm = m_ui->longFormCheckBox->isChecked();
    config.ladderMode =
        std::array{LadderMode::Independent, LadderMode::Ladders,
                   LadderMode::Mix}[std::size_t(qBound(0, m_ui->ladderModeComboBox->currentIndex(), 2))];
    config.ladderShare = m_ui->ladderShareSpinBox->value() / 100.0;
    config.ladderLevels = 0;
    const std::array<QCheckBox *, Rubric::LevelCount> ladderLevels = ladderLevelBoxes();
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        if (ladderLevels[std::size_t(i)]->isChecked())
            config.ladderLevels |= levelBit(Rubric::rewardAt(i));
    }
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
    const QScopedValueRollback applying(m_applyingConfig, true);
    m_ui->modeComboBox->setCurrentIndex(config.mode == GenerationMode::Llm ? 1 : 0);
    m_ui->distributionEditor->setDistribution(config.distribution, config.count);
    m_ui->countSpinBox->setValue(config.count);
    m_ui->topicLineEdit->setText(config.topics.join(u"; "_s));
    m_ui->seedSpinBox->setValue(config.seed);
    m_ui->searchHintsCheckBox->setChecked(config.searchHints);
    m_ui->longFormCheckBox->setChecked(config.longForm);
    m_ui->ladderModeComboBox->setCurrentIndex(config.ladderMode == LadderMode::Ladders ? 1
                                              : config.ladderMode == LadderMode::Mix   ? 2
                                                                                       : 0);
    m_ui->ladderShareSpinBox->setValue(qBound(1, int(std::lround(config.ladderShare * 100)), 99));
    const std::array<QCheckBox *, Rubric::LevelCount> ladderLevels = ladderLevelBoxes();
    for (int i = 0; i < Rubric::LevelCount; ++i)
        ladderLevels[std::size_t(i)]->setChecked(config.ladderLevels & levelBit(Rubric::rewardAt(i)));
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

bool MainWindow::saveProjectTo(const QString &chosen, QString *error)
{
    // "myproj" is saved as myproj.candor, the name Open Project looks for.
    const QString path = ProjectFile::withSuffix(chosen);
    // The configuration and every row; API keys never go into a project. From now on the session commits every
    // change to the project as it happens.
    m_review->commitEdits();
    if (!m_session->saveProject(path, currentConfig(), error))
        return false;
    m_projectPath = path;
    rememberRecent(path);
    setWindowModified(false);
    updateTitle();
    return true;
}

bool MainWindow::openProject(const QString &path, QString *error)
{
    // The project's rows replace the table's as they load (a Load run); its settings replace the form's now.
    GenerationConfig config;
    if (!m_session->openProject(path, &config, error))
        return false;
    applyConfig(config);
    m_projectPath = path;
    rememberRecent(path);
    setWindowModified(false);
    updateTitle();
    return true;
}

bool MainWindow::confirmDiscardingProject()
{
    if (!isWindowModified())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Candor"), tr("The project's settings have changed since it was saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    QAbstractButton *clicked = MessageBox::ask(box);
    if (clicked == box.button(QMessageBox::Save)) {
        saveProject();
        return !isWindowModified(); // a cancelled or failed save keeps the window as it is
    }
    return clicked == box.button(QMessageBox::Discard);
}

void MainWindow::newProject()
{
    if (!confirmDiscardingProject())
        return;
    applyConfig(GenerationConfig());
    m_session->closeProject();
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
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/dataset.candor"_s
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
    // Absolute and canonical, so the entry opens whatever the working folder is and one file is listed once.
    const QFileInfo info(path);
    const QString absolute = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    QStringList recent = settings.value(u"recentProjects"_s).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(u"recentProjects"_s, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_ui->recentMenu->clear();
    const QStringList recent = QSettings().value(u"recentProjects"_s).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_ui->recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!confirmDiscardingProject())
                return;
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
    setWindowTitle(name + u"[*]"_s);
}

void MainWindow::showBanner(const QString &text, const QString &actionText, std::function<void()> action)
{
    // Non-blocking: the message waits at the top of the window instead of interrupting with a dialog.
    m_ui->bannerLabel->setText(text);
    m_ui->bannerActionButton->setVisible(!actionText.isEmpty());
    m_ui->bannerActionButton->setText(actionText);
    m_bannerAction = std::move(action);
    m_bannerDismiss = {};
    m_ui->bannerFrame->setVisible(true);
}

void MainWindow::offerRecovery(const QString &error)
{
    const QString damaged = m_session->damagedProject();
    showBanner(error + u' ' + tr("Save what can still be read into a new project?"), tr("&Recover"), [this, damaged] {
        const QFileInfo info(damaged);
        QString target = info.dir().filePath(info.completeBaseName() + u"-recovered"_s + u".candor"_s);
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = info.dir().filePath(info.completeBaseName() + u"-recovered"_s + u"-%1.candor"_s.arg(n));
        setStatus(tr("Recovering %1…").arg(QDir::toNativeSeparators(damaged)));
        // Reading a damaged file row by row takes a while: off the GUI thread.
        auto *watcher = new QFutureWatcher<QPair<int, QString>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target] {
            watcher->deleteLater();
            const auto [saved, failure] = watcher->result();
            if (saved < 0) {
                showBanner(failure, QString(), {});
                return;
            }
            log(tr("Recovered %Ln row(s) into %1.", nullptr, saved).arg(QDir::toNativeSeparators(target)));
            QString openError;
            if (!openProject(target, &openError))
                showBanner(openError, QString(), {});
            else
                setStatus(tr("Recovered %Ln row(s) into %1.", nullptr, saved).arg(QDir::toNativeSeparators(target)));
        });
        watcher->setFuture(QtConcurrent::run([damaged, target] {
            WorkspaceError failure;
            const int saved = Workspace::recover(damaged, target, &failure);
            return qMakePair(saved, failure.message);
        }));
    });
}

void MainWindow::useUntitledProject()
{
    QString error;
    const std::optional<WorkspaceInfo> earlier = m_session->startUntitled(&error);
    if (!earlier) {
        log(tr("The rows stay in memory only: %1").arg(error));
        return;
    }
    if (earlier->rows == 0)
        return;
    const int reviewed =
        earlier->statuses[std::size_t(ReviewStatus::Accepted)] + earlier->statuses[std::size_t(ReviewStatus::Rejected)];
    showBanner(tr("Your last session left %Ln row(s) that were not saved as a project (%1 reviewed). Restore them?",
                  nullptr, earlier->rows)
                   .arg(QLocale().toString(reviewed)),
               tr("&Restore"), [this] {
                   if (m_session->isUntitled())
                       m_session->restoreUntitled();
               });
    m_bannerDismiss = [this, rows = earlier->rows] {
        QMessageBox box(QMessageBox::Question, tr("Candor"),
                        tr("Discard the %Ln row(s) kept from your last session?", nullptr, rows), QMessageBox::Cancel,
                        this);
        box.setInformativeText(tr("Keep them to be offered them again at the next start."));
        QPushButton *discard = box.addButton(tr("&Discard Rows"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::AcceptRole);
        box.setDefaultButton(keep);
        if (MessageBox::ask(box) == discard && m_session->isUntitled() && store()->isEmpty())
            m_session->discardUntitled();
    };
}

void MainWindow::offerResume()
{
    const QStringList journals = Session::unfinishedJournals();
    // One offer at a time: the untitled rows first.
    if (journals.isEmpty() || m_ui->bannerFrame->isVisible())
        return;
    const QString &path = journals.first();
    RunJournal::Contents contents;
    QString error;
    if (!RunJournal::load(path, &contents, &error))
        return;
    showBanner(tr("A run from %1 did not finish: %2 of %3 rows are saved. Resume it?")
                   .arg(QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat))
                   .arg(contents.rows.size())
                   .arg(contents.config.count),
               tr("&Resume"), [this, path] { resumeRun(path); });
    // Dismissing the offer discards the run, once the user has agreed to lose its rows; otherwise it returns at the
    // next start.
    m_bannerDismiss = [this, path, rows = contents.rows.size()] {
        QMessageBox box(QMessageBox::Question, tr("Candor"),
                        tr("Discard the unfinished run? Its %Ln saved row(s) will be deleted.", nullptr, int(rows)),
                        QMessageBox::Cancel, this);
        box.setInformativeText(tr("Keep it to be offered the run again at the next start."));
        QPushButton *discard = box.addButton(tr("&Discard Run"), QMessageBox::DestructiveRole);
        QPushButton *keep = box.addButton(tr("&Keep"), QMessageBox::AcceptRole);
        box.setDefaultButton(keep);
        if (MessageBox::ask(box) == discard) {
            QFile::remove(path);
            log(tr("Discarded the unfinished run %1.").arg(QDir::toNativeSeparators(path)));
        }
    };
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

void MainWindow::restart()
{
    // Closing asks about unexported review work and an unsaved project exactly as quitting does; a Cancel there
    // keeps this window and starts nothing.
    if (!close())
        return;
    QStringList arguments;
    if (!m_projectPath.isEmpty())
        arguments << m_projectPath;
    if (!launchCandor(arguments)) {
        QMessageBox::warning(nullptr, tr("Candor"),
                             tr("Candor could not start again. Start it yourself to see the new language."));
    }
    QCoreApplication::quit();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Candor"),
                       tr("<h3>Candor %1</h3><p>%2</p><p>Candor generates datasets whose rows show each level of an "
                          "honesty rubric, from confident fabrication (-2) to fully correct (+2).</p>")
                           .arg(QString::fromUtf8(CANDOR_VERSION), tr(CANDOR_SUMMARY)));
}

} // namespace candor
