#include "mainwindow.h"

#include "datasetwriter.h"
#include "distributioneditor.h"
#include "exampletablemodel.h"
#include "generationconfig.h"
#include "templategenerator.h"
#include "ui_mainwindow.h"

#include "config.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSortFilterProxyModel>
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
    m_ui->exampleTableView->setColumnWidth(ExampleTableModel::PromptColumn, 320);
    m_ui->exampleTableView->setColumnWidth(ExampleTableModel::AnswerColumn, 320);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({300, 900});

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
    connect(m_ui->exportButton, &QPushButton::clicked, this, &MainWindow::exportDataset);
    connect(m_ui->exportAction, &QAction::triggered, this, &MainWindow::exportDataset);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->exampleTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showDetail);
    connect(&m_watcher, &QFutureWatcher<GenerationResult>::finished, this, [this] {
        const GenerationResult result = m_watcher.result();
        m_ui->generateButton->setEnabled(true);
        if (!result.error.isEmpty()) {
            m_ui->statusLabel->setText(result.error);
        } else {
            m_model->setExamples(result.examples);
            m_ui->statusLabel->setText(tr("%n row(s) generated from templates.", nullptr, int(result.examples.size())));
            m_ui->exportButton->setEnabled(!result.examples.isEmpty());
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
    TemplateGenerator::Options options;
    options.seed = quint64(m_ui->seedSpinBox->value());
    if (!m_ui->topicLineEdit->text().trimmed().isEmpty())
        options.topics = {m_ui->topicLineEdit->text().trimmed()};
    options.searchHints = m_ui->searchHintsCheckBox->isChecked();
    options.longForm = m_ui->longFormCheckBox->isChecked();
    options.createdMs = QDateTime::currentMSecsSinceEpoch();
    m_ui->generateButton->setEnabled(false);
    m_ui->statusLabel->setText(tr("Generating…"));
    // Off the GUI thread: a large template dataset takes a moment to build.
    m_watcher.setFuture(QtConcurrent::run([options, counts = *counts] {
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

void MainWindow::exportDataset()
{
    if (m_model->examples().isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dataset"), QStringLiteral("dataset.jsonl"),
                                                      tr("Seed JSONL (*.jsonl);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

bool MainWindow::exportTo(const QString &path, QString *error)
{
    const ExportFormat format =
        path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? ExportFormat::Csv : ExportFormat::Jsonl;
    DatasetWriter writer(path, format, false);
    bool ok = writer.open(error);
    for (const Example &e : m_model->examples()) {
        if (!ok)
            break;
        ok = writer.write(e);
    }
    if (ok)
        ok = writer.commit(error);
    if (!ok) {
        if (error->isEmpty())
            *error = writer.errorString();
        return false;
    }
    statusBar()->showMessage(tr("Exported %n row(s) to %1", nullptr, int(writer.rowsWritten())).arg(path), 8000);
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
