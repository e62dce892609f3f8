#include "mainwindow.h"

#include "datasetwriter.h"
#include "distributioneditor.h"
#include "exampletablemodel.h"
#include "exportdialog.h"
#include "generationconfig.h"
#include "generationengine.h"
#include "jsonlreader.h"
#include "keystore.h"
#include "prompteditordialog.h"
#include "providerform.h"
#include "runjournal.h"
#include "templategenerator.h"
#include "ui_mainwindow.h"

#include "config.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace candor {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));
    m_model = new ExampleTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ExampleTableModel::SortRole);
    m_ui->exampleTableView->setModel(m_proxy);
    m_ui->exampleTableView->verticalHeader()->hide();
    m_ui->exampleTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->exampleTableView->horizontalHeader()->setStretchLastSection(true);
    m_ui->exampleTableView->setColumnWidth(ExampleTableModel::NumberColumn, 56);
    m_ui->exampleTableView->setColumnWidth(ExampleTableModel::LevelColumn, 200);
    m_ui->exampleTableView->setColumnWidth(ExampleTableModel::PromptColumn, 320);
    m_ui->exampleTableView->setColumnWidth(ExampleTableModel::AnswerColumn, 320);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->tableSplitter->setStretchFactor(0, 3);
    m_ui->tableSplitter->setStretchFactor(1, 1);

    m_keys = new KeyStore(this);
    m_providerForm = new ProviderForm(m_keys, this);
    m_providerForm->setObjectName(QStringLiteral("providerForm"));
    m_ui->modelLayout->addWidget(m_providerForm);
    // The set-up column scrolls vertically only: it is as wide as its widest form row.
    m_ui->setupScrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->setupScrollArea->setMinimumWidth(m_ui->setupPanel->minimumSizeHint().width() +
                                           style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    m_ui->mainSplitter->setSizes({m_ui->setupScrollArea->minimumWidth(), 800});
    auto updateMode = [this] {
        const bool llm = m_ui->modeComboBox->currentIndex() == 1;
        m_providerForm->setEnabled(llm);
        m_ui->advancedGroupBox->setVisible(llm);
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
        if (!m_engine)
            return;
        if (paused)
            m_engine->pause();
        else
            m_engine->resume();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_engine)
            m_engine->cancel();
    });

    // The row count and the distribution editor's total are one number seen from two places.
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
    // The run controls also live on a toolbar, so they stay in reach however long the set-up column is.
    auto *toolBar = addToolBar(tr("Run"));
    toolBar->setObjectName(QStringLiteral("runToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto addRunAction = [&](QAbstractButton *button, const QKeySequence &shortcut) {
        auto *action = toolBar->addAction(button->text().remove(QLatin1Char('&')));
        action->setShortcut(shortcut);
        action->setToolTip(button->toolTip() +
                           QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText)));
        action->setEnabled(button->isEnabled());
        connect(action, &QAction::triggered, button, &QAbstractButton::click);
        m_syncActions.append({action, button});
    };
    addRunAction(m_ui->generateButton, QKeySequence(Qt::CTRL | Qt::Key_Return));
    addRunAction(m_ui->pauseButton, QKeySequence(Qt::CTRL | Qt::Key_P));
    addRunAction(m_ui->cancelButton, QKeySequence(Qt::Key_Escape));
    addRunAction(m_ui->exportButton, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
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
    rebuildRecentMenu();
    updateTitle();
    QMetaObject::invokeMethod(this, &MainWindow::offerResume, Qt::QueuedConnection);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->exampleTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDetail);
    connect(&m_watcher, &QFutureWatcher<GenerationResult>::finished, this, [this] {
        const GenerationResult result = m_watcher.result();
        setRunning(false);
        if (!result.error.isEmpty()) {
            m_ui->statusLabel->setText(result.error);
        } else {
            m_model->setExamples(result.examples);
            m_ui->statusLabel->setText(tr("%n row(s) generated from templates.", nullptr, int(result.examples.size())));
            m_ui->exportButton->setEnabled(!result.examples.isEmpty());
            syncActions();
        }
        Q_EMIT generationFinished();
    });
}

MainWindow::~MainWindow()
{
    m_watcher.waitForFinished();
}

void MainWindow::generate()
{
    const auto counts = std::optional<LevelCounts>(m_ui->distributionEditor->counts());
    if (totalOf(*counts) == 0) {
        m_ui->statusLabel->setText(tr("Distribution: every level has 0 rows; give at least one level some rows."));
        return;
    }
    if (m_ui->modeComboBox->currentIndex() == 1)
        generateWithLlm(*counts);
    else
        generateFromTemplates(*counts);
}

void MainWindow::updateEstimate()
{
    if (m_ui->modeComboBox->currentIndex() != 1)
        return;
    GenerationConfig config;
    config.count = qMax(1, m_ui->distributionEditor->total());
    config.distribution = Distribution::fromCounts(m_ui->distributionEditor->counts());
    config.provider = m_providerForm->providerId();
    config.model = m_providerForm->model();
    config.batchSize = m_ui->batchSizeSpinBox->value();
    config.longForm = m_ui->longFormCheckBox->isChecked();
    config.searchHints = m_ui->searchHintsCheckBox->isChecked();
    if (!m_ui->topicLineEdit->text().trimmed().isEmpty())
        config.topics = {m_ui->topicLineEdit->text().trimmed()};
    const auto e = GenerationEngine::estimate(config, PriceTable::defaults());
    m_ui->estimateLabel->setText(
        tr("Estimate: %1 requests, about %2 input and %3 output tokens, %4.")
            .arg(e.requests)
            .arg(e.inputTokens)
            .arg(e.outputTokens)
            .arg(e.costUsd ? tr("$%1").arg(*e.costUsd, 0, 'f', 2) : tr("no price for this model")));
}

void MainWindow::setRunning(bool running)
{
    m_ui->generateButton->setEnabled(!running);
    m_ui->pauseButton->setEnabled(running && m_engine);
    m_ui->cancelButton->setEnabled(running && m_engine);
    if (!running)
        m_ui->pauseButton->setChecked(false);
    syncActions();
}

void MainWindow::syncActions()
{
    for (const auto &pair : std::as_const(m_syncActions))
        pair.first->setEnabled(pair.second->isEnabled());
}

void MainWindow::generateFromTemplates(const LevelCounts &counts)
{
    TemplateGenerator::Options options;
    options.seed = quint64(m_ui->seedSpinBox->value());
    options.topics = currentConfig().topics;
    options.searchHints = m_ui->searchHintsCheckBox->isChecked();
    options.longForm = m_ui->longFormCheckBox->isChecked();
    options.createdMs = QDateTime::currentMSecsSinceEpoch();
    setRunning(true);
    m_ui->statusLabel->setText(tr("Generating…"));
    // Off the GUI thread: a large template dataset takes a moment to build.
    m_watcher.setFuture(QtConcurrent::run([options, counts] {
        GenerationResult result;
        const auto bank = TemplateBank::builtIn(&result.error);
        if (!bank)
            return result;
        TemplateGenerator generator(bank, options);
        if (generator.plan(counts, &result.error))
            result.examples = generator.examples(0, generator.rowCount());
        return result;
    }));
}

void MainWindow::generateWithLlm(const LevelCounts &counts)
{
    setRunning(true);
    m_ui->statusLabel->setText(tr("Preparing…"));
    m_providerForm->endpoint(this, [this, counts](const EndpointSettings &endpoint, const QString &error) {
        if (!error.isEmpty()) {
            setRunning(false);
            m_ui->statusLabel->setText(error);
            Q_EMIT generationFinished();
            return;
        }
        GenerationConfig config = currentConfig();
        config.mode = GenerationMode::Llm;
        config.count = totalOf(counts);
        config.distribution = Distribution::fromCounts(counts);
        // The run's journal lives in Candor's data folder, so a crash loses no accepted row.
        const QString folder =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/runs");
        QDir().mkpath(folder);
        const QString journal =
            folder + QStringLiteral("/run-%1.journal")
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-hhmmss-zzz")));
        startEngine(config, endpoint, journal, false);
    });
}

void MainWindow::startEngine(const GenerationConfig &config, const EndpointSettings &endpoint, const QString &journal,
                             bool resume)
{
    delete m_engine;
    m_engine = new GenerationEngine(config, endpoint, this);
    m_model->setExamples({});
    connect(m_engine, &GenerationEngine::rowsAccepted, this, [this](const QVector<Example> &rows) {
        m_model->appendExamples(rows);
        m_ui->exportButton->setEnabled(true);
        syncActions();
    });
    connect(m_engine, &GenerationEngine::statsChanged, this, [this](const GenerationEngine::Stats &s) {
        QStringList errors;
        for (auto it = s.errorsByKind.cbegin(); it != s.errorsByKind.cend(); ++it)
            errors << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        m_ui->statusLabel->setText(
            tr("%1 of %2 rows, %3 rows/s, %4 in flight, tokens %5 in / %6 out%7%8%9")
                .arg(s.acceptedTotal())
                .arg(s.targetTotal())
                .arg(s.rowsPerSecond, 0, 'f', 1)
                .arg(s.inFlight)
                .arg(s.inputTokens)
                .arg(s.outputTokens)
                .arg(s.costUsd ? tr(", $%1").arg(*s.costUsd, 0, 'f', 4) : tr(", no price"))
                .arg(s.etaSeconds && *s.etaSeconds > 0 ? tr(", ETA %1 s").arg(qRound(*s.etaSeconds)) : QString())
                .arg(errors.isEmpty() ? QString() : tr(", errors: %1").arg(errors.join(QStringLiteral(", ")))));
    });
    connect(m_engine, &GenerationEngine::finished, this,
            [this](GenerationEngine::Outcome outcome, const QString &summary) {
                setRunning(false);
                m_ui->statusLabel->setText(summary);
                if (outcome == GenerationEngine::Outcome::Completed)
                    QFile::remove(m_engine->journalPath()); // every row is in the table; nothing to resume
                Q_EMIT generationFinished();
            });
    QString startError;
    const bool ok = resume ? m_engine->resumeFrom(journal, &startError) : m_engine->start(journal, &startError);
    if (!ok) {
        setRunning(false);
        m_ui->statusLabel->setText(startError);
        Q_EMIT generationFinished();
        return;
    }
    setRunning(true);
}

GenerationConfig MainWindow::currentConfig() const
{
    GenerationConfig config;
    config.mode = m_ui->modeComboBox->currentIndex() == 1 ? GenerationMode::Llm : GenerationMode::Template;
    config.count = qMax(1, m_ui->distributionEditor->total());
    config.distribution = Distribution::fromCounts(m_ui->distributionEditor->counts());
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

void MainWindow::openDataset(const QString &path)
{
    m_ui->statusLabel->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(path)));
    auto result = std::make_shared<JsonlReader::Result>();
    auto fatal = std::make_shared<QString>();
    // Read on a worker thread: a large file must not freeze the window.
    m_datasetWatcher.setFuture(
        QtConcurrent::run([path, result, fatal] { JsonlReader::readAll(path, result.get(), fatal.get()); }));
    disconnect(&m_datasetWatcher, nullptr, this, nullptr);
    connect(&m_datasetWatcher, &QFutureWatcher<void>::finished, this, [this, path, result, fatal] {
        if (!fatal->isEmpty()) {
            m_ui->statusLabel->setText(*fatal);
            showBanner(*fatal, QString(), {});
            Q_EMIT datasetLoaded(0, 0);
            return;
        }
        m_model->setExamples(result->rows);
        m_ui->exportButton->setEnabled(!result->rows.isEmpty());
        syncActions();
        QString text = tr("Loaded %1 rows from %2.").arg(result->rows.size()).arg(QDir::toNativeSeparators(path));
        if (!result->errors.isEmpty()) {
            const LineError &first = result->errors.first();
            text += QLatin1Char(' ') + tr("%1 lines could not be read (first: line %2, %3).")
                                           .arg(result->errors.size())
                                           .arg(first.line)
                                           .arg(first.message);
            showBanner(text, QString(), {});
        }
        m_ui->statusLabel->setText(text);
        Q_EMIT datasetLoaded(int(result->rows.size()), int(result->errors.size()));
    });
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

void MainWindow::resumeRun(const QString &journalPath)
{
    RunJournal::Contents contents;
    QString error;
    if (!RunJournal::load(journalPath, &contents, &error)) {
        showBanner(error, QString(), {});
        return;
    }
    applyConfig(contents.config);
    setRunning(true);
    m_providerForm->endpoint(
        this, [this, journalPath, config = contents.config](const EndpointSettings &endpoint, const QString &keyError) {
            if (!keyError.isEmpty()) {
                setRunning(false);
                m_ui->statusLabel->setText(keyError);
                showBanner(keyError, QString(), {});
                return;
            }
            startEngine(config, endpoint, journalPath, true);
        });
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

void MainWindow::exportDataset()
{
    if (m_model->examples().isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new ExportDialog(m_model->examples(), QDir(folder).filePath(QStringLiteral("dataset.jsonl")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exported, this, [this](const ExportSummary &summary) {
        if (summary.ok)
            statusBar()->showMessage(tr("Exported %1 rows.").arg(summary.rowsWritten), 8000);
    });
    dialog->open();
}

bool MainWindow::exportTo(const QString &path, QString *error)
{
    ExportOptions options;
    options.path = path;
    options.format =
        path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? ExportFormat::Csv : ExportFormat::Jsonl;
    const ExportSummary summary = exportRows(m_model->examples(), options);
    if (!summary.ok) {
        *error = summary.error;
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 rows to %2").arg(summary.rowsWritten).arg(path), 8000);
    return true;
}

void MainWindow::showDetail()
{
    const QModelIndex current = m_proxy->mapToSource(m_ui->exampleTableView->currentIndex());
    if (!current.isValid()) {
        m_ui->detailTextEdit->clear();
        return;
    }
    const Example &e = m_model->examples().at(current.row());
    m_ui->detailTextEdit->setPlainText(
        tr("Prompt:\n%1\n\nIdeal answer:\n%2\n\nExpected feedback:\n%3\n\nTags: %4\n%5")
            .arg(e.prompt, e.idealAnswer, e.expectedFeedback, e.tags.join(QStringLiteral(", ")), e.searchHint));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Candor"),
                       tr("<h3>Candor %1</h3><p>%2</p><p>Candor generates datasets whose rows show each level of an "
                          "honesty rubric, from confident fabrication (-2) to fully correct (+2).</p>")
                           .arg(QStringLiteral(CANDOR_VERSION), tr(CANDOR_SUMMARY)));
}

} // namespace candor
