#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
const ExportFormat kFormats[] = {ExportFormat::Jsonl, ExportFormat::Jsonl, ExportFormat::Csv, ExportFormat::OpenAiChat};
const ExportSelection kSelections[] = {ExportSelection::All, ExportSelection::AcceptedOnly,
                                       ExportSelection::AllButRejected};
// The format combo's entries as settings store them, so reordering the combo cannot mix up remembered choices.
const char *const kFormatKeys[] = {"jsonl", "jsonl-meta", "csv", "openai-chat"};
const QString kRememberedKey = u"exportChoices"_s; // project key -> {folder, format}
constexpr int kRememberedProjects = 100;

template <typename Rows> std::array<int, 3> countRows(const Rows &rows, int size)
{
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < size; ++i) {
        const ReviewStatus status = rows.at(i).status;
        accepted += status == ReviewStatus::Accepted;
        rejected += status == ReviewStatus::Rejected;
    }
    return {size, accepted, size - rejected};
}
} // namespace

ExportDialog::ExportDialog(QVector<Example> rows, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>())
{
    const std::array<int, 3> counts = countRows(rows, int(rows.size()));
    m_job = [rows = std::move(rows)](const ExportOptions &o, const std::function<void(qint64)> &progress,
                                     const std::atomic<bool> *cancel) { return exportRows(rows, o, progress, cancel); };
    setUp(counts, suggestedPath);
}

ExportDialog::ExportDialog(const DatasetSnapshot &rows, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_job = [rows](const ExportOptions &o, const std::function<void(qint64)> &progress,
                   const std::atomic<bool> *cancel) { return exportRows(rows, o, progress, cancel); };
    setUp(countRows(rows, rows.size()), suggestedPath);
}

void ExportDialog::setUp(const std::array<int, 3> &rowCounts, const QString &suggestedPath)
{
    m_rowCounts = rowCounts;
    m_ui->setupUi(this);
    // The summary holds one line or several (a count, an export report, an error): a fixed height keeps the form
    // above it from being squashed when a longer text comes, and its width never widens the dialog.
    m_ui->summaryLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_ui->summaryLabel->setFixedHeight(m_ui->summaryLabel->fontMetrics().lineSpacing() * 4);
    m_ui->summaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_ui->pathLineEdit->setText(suggestedPath);
    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setDefault(true);
    m_exportButton->setToolTip(tr("Write the chosen rows to the file."));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setToolTip(tr("Close this dialog; while exporting, cancel."));
    m_ui->progressBar->setRange(0, qMax(1, rowCounts[0]));
    showRowCount();
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_ui->selectionComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!isRunning())
            showRowCount();
    });
    connect(m_ui->browseButton, &QToolButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(&m_watcher, &QFutureWatcher<ExportSummary>::finished, this, [this] {
        m_summary = m_watcher.result();
        m_exportButton->setEnabled(true);
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
        if (m_summary.ok) {
            QStringList levels;
            for (int i = 0; i < Rubric::LevelCount; ++i)
                levels << u"%1: %2"_s.arg(Rubric::formatReward(Rubric::rewardAt(i)),
                                          QLocale().toString(qint64(m_summary.perLevel[i])));
            m_ui->progressBar->setValue(m_ui->progressBar->maximum());
            m_ui->summaryLabel->setText(tr("Exported %1 rows (%2) to %3, %4; %5 rows left out by the selection.")
                                            .arg(QLocale().toString(qint64(m_summary.rowsWritten)),
                                                 levels.join(u", "_s), QDir::toNativeSeparators(options().path),
                                                 QLocale().formattedDataSize(m_summary.bytes),
                                                 QLocale().toString(qint64(m_summary.rowsSkipped))));
            rememberChoices();
        } else {
            m_ui->summaryLabel->setText(m_summary.error);
        }
        Q_EMIT exported(m_summary);
    });
}

void ExportDialog::showRowCount()
{
    const int count = m_rowCounts[std::size_t(qBound(0, m_ui->selectionComboBox->currentIndex(), 2))];
    m_ui->summaryLabel->setText(tr("%Ln row(s) to export.", nullptr, count));
}

QString ExportDialog::defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents) && QFileInfo(documents).isWritable())
        return documents;
    return QDir::homePath();
}

void ExportDialog::useRememberedChoices(const QString &projectKey, const QString &fileName)
{
    m_projectKey = projectKey;
    const QVariantMap remembered = QSettings().value(kRememberedKey).toMap().value(projectKey).toMap();
    QString folder = remembered.value(u"folder"_s).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = defaultFolder();
    const QByteArray format = remembered.value(u"format"_s).toString().toLatin1();
    int index = 0;
    for (int i = 0; i < 4; ++i) {
        if (format == kFormatKeys[i])
            index = i;
    }
    const QSignalBlocker blocker(m_ui->formatComboBox); // the path below already has the right suffix
    m_ui->formatComboBox->setCurrentIndex(index);
    const QString suffix = index == 2 ? u".csv"_s : u".jsonl"_s;
    m_ui->pathLineEdit->setText(QDir::toNativeSeparators(QDir(folder).filePath(fileName + suffix)));
}

void ExportDialog::rememberChoices() const
{
    if (m_projectKey.isEmpty())
        return;
    QSettings settings;
    QVariantMap all = settings.value(kRememberedKey).toMap();
    // A bound on a list no one prunes by hand: projects long gone make way.
    while (all.size() >= kRememberedProjects && !all.contains(m_projectKey))
        all.erase(all.begin());
    const int index = qBound(0, m_ui->formatComboBox->currentIndex(), 3);
    all.insert(m_projectKey, QVariantMap{{u"folder"_s, QFileInfo(options().path).absolutePath()},
                                         {u"format"_s, QString::fromLatin1(kFormatKeys[index])}});
    settings.setValue(kRememberedKey, all);
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.path = m_ui->pathLineEdit->text().trimmed();
    o.format = kFormats[qBound(0, m_ui->formatComboBox->currentIndex(), 3)];
    o.withMeta = m_ui->formatComboBox->currentIndex() == 1;
    o.selection = kSelections[qBound(0, m_ui->selectionComboBox->currentIndex(), 2)];
    return o;
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    m_ui->pathLineEdit->setText(o.path);
    int format = 0;
    if (o.format == ExportFormat::Csv)
        format = 2;
    else if (o.format == ExportFormat::OpenAiChat)
        format = 3;
    else if (o.withMeta)
        format = 1;
    m_ui->formatComboBox->setCurrentIndex(format);
    m_ui->selectionComboBox->setCurrentIndex(int(o.selection));
}

void ExportDialog::updateSuffix()
{
    // Follow the format with the file name's ending, unless the user typed another name entirely.
    QString path = m_ui->pathLineEdit->text();
    const QFileInfo info(path);
    const QString wanted = options().format == ExportFormat::Csv ? u"csv"_s : u"jsonl"_s;
    if (info.suffix() == QLatin1String("csv") || info.suffix() == QLatin1String("jsonl")) {
        path.chop(info.suffix().size());
        m_ui->pathLineEdit->setText(path + wanted);
    }
}

void ExportDialog::browse()
{
    const QString filter = options().format == ExportFormat::Csv ? tr("CSV (*.csv)") : tr("JSON Lines (*.jsonl)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export dataset"), m_ui->pathLineEdit->text(), filter);
    if (!path.isEmpty())
        m_ui->pathLineEdit->setText(path);
}

void ExportDialog::startExport()
{
    const ExportOptions o = options();
    if (o.path.isEmpty()) {
        m_ui->summaryLabel->setText(tr("Choose where to save the file."));
        return;
    }
    m_exportButton->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    m_ui->summaryLabel->setText(tr("Exporting…"));
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<QProgressBar> bar = m_ui->progressBar;
    auto cancel = m_cancel;
    // A worker thread writes; progress comes back to the GUI thread as queued calls.
    m_watcher.setFuture(QtConcurrent::run([job = m_job, o, bar, cancel] {
        return job(
            o,
            [bar](qint64 done) {
                QMetaObject::invokeMethod(
                    bar,
                    [bar, done] {
                        if (bar)
                            bar->setValue(int(done));
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
    }));
}

void ExportDialog::reject()
{
    if (m_watcher.isRunning()) {
        m_cancel->store(true); // the writer drops its temporary file; nothing is left behind
        return;
    }
    QDialog::reject();
}

} // namespace candor
