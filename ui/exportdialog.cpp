#include "exportdialog.h"

#include "ui_exportdialog.h"

#include "generation/ladderclaims.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <iterator>

namespace candor {
using namespace Qt::StringLiterals;
namespace {
// The format combo's entries, in order (the second is seed JSONL with meta).
const ExportFormat kFormats[] = {ExportFormat::Jsonl,      ExportFormat::Jsonl, ExportFormat::Csv,
                                 ExportFormat::OpenAiChat, ExportFormat::Dpo,   ExportFormat::DpoChat,
                                 ExportFormat::Rm,         ExportFormat::Kto,   ExportFormat::OpenAiPreference,
                                 ExportFormat::Rlwhf,      ExportFormat::Grpo,  ExportFormat::Reference,
                                 ExportFormat::Hf};
constexpr int kFormatCount = int(std::size(kFormats));
const ExportSelection kSelections[] = {ExportSelection::All, ExportSelection::AcceptedOnly,
                                       ExportSelection::AllButRejected};
// The format combo's entries as settings store them, so reordering the combo cannot mix up remembered choices.
const char *const kFormatKeys[] = {"jsonl", "jsonl-meta",        "csv",   "openai-chat", "dpo",       "dpo-chat", "rm",
                                   "kto",   "openai-preference", "rlwhf", "grpo",        "reference", "hf"};
static_assert(std::size(kFormatKeys) == std::size(kFormats));
const PairMode kPairModes[] = {PairMode::Adjacent, PairMode::All, PairMode::BestVsRest};

// The file name's ending for a format; the HF export writes a folder, which has none.
QString suffixFor(ExportFormat format)
{
    if (format == ExportFormat::Hf)
        return QString();
    return format == ExportFormat::Csv ? u"csv"_s : u"jsonl"_s;
}
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
    m_job = [rows = std::move(rows)](ExportOptions o, const std::function<void(qint64)> &progress,
                                     const std::atomic<bool> *cancel) {
        LadderClaims::addTo(o);
        return exportRows(rows, o, progress, cancel);
    };
    setUp(counts, suggestedPath);
}

ExportDialog::ExportDialog(const DatasetSnapshot &rows, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_job = [rows](ExportOptions o, const std::function<void(qint64)> &progress, const std::atomic<bool> *cancel) {
        LadderClaims::addTo(o);
        return exportRows(rows, o, progress, cancel);
    };
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
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormatOptions);
    connect(m_ui->sftMinLevelSpinBox, &QSpinBox::valueChanged, this, &ExportDialog::updateFormatOptions);
    connect(m_ui->licenseLineEdit, &QLineEdit::textChanged, this, &ExportDialog::updateFormatOptions);
    // The report holds a few lines and scrolls; a fixed height keeps the form still when a longer one comes.
    m_ui->reportTextEdit->setFixedHeight(m_ui->reportTextEdit->fontMetrics().lineSpacing() * 7);
    m_ui->reportTextEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->sftWarningLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    const LevelConfidence confidence = defaultConfidence();
    const auto boxes = confidenceBoxes();
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        QDoubleSpinBox *box = boxes[std::size_t(i)];
        const QString level = Rubric::formatReward(Rubric::rewardAt(i));
        box->setPrefix(level + u"  "_s);
        box->setValue(confidence[std::size_t(i)]);
        box->setAccessibleName(tr("Expressed confidence at level %1").arg(level));
        box->setToolTip(tr("RLWHF confidence_score of rows at level %1 (%2): how confident such an answer sounds, "
                           "from 0 to 1, not whether it is right.")
                            .arg(level, Rubric::displayLabel(Rubric::rewardAt(i))));
    }
    updateFormatOptions();
    connect(&m_watcher, &QFutureWatcher<ExportSummary>::finished, this, [this] {
        m_summary = m_watcher.result();
        m_exportButton->setEnabled(true);
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setText(tr("&Close"));
        if (m_summary.ok) {
            const ExportOptions o = options();
            QStringList levels;
            for (int i = 0; i < Rubric::LevelCount; ++i)
                levels << u"%1: %2"_s.arg(Rubric::formatReward(Rubric::rewardAt(i)),
                                          QLocale().toString(qint64(m_summary.perLevel[i])));
            m_ui->progressBar->setValue(m_ui->progressBar->maximum());
            if (isPairFormat(o.format))
                m_ui->summaryLabel->setText(
                    tr("Exported %Ln pair(s) to %1, %2; see the report below for what was "
                       "left out and why.",
                       nullptr, int(m_summary.pairsWritten))
                        .arg(QDir::toNativeSeparators(o.path), QLocale().formattedDataSize(m_summary.bytes)));
            else if (o.format == ExportFormat::Hf)
                m_ui->summaryLabel->setText(
                    tr("Exported %Ln seed row(s) and what is built from them to the Hugging Face dataset folder %1, "
                       "%2.",
                       nullptr, int(m_summary.rowsWritten))
                        .arg(QDir::toNativeSeparators(o.path), QLocale().formattedDataSize(m_summary.bytes)));
            else
                m_ui->summaryLabel->setText(tr("Exported %1 rows (%2) to %3, %4; %5 rows left out by the selection.")
                                                .arg(QLocale().toString(qint64(m_summary.rowsWritten)),
                                                     levels.join(u", "_s), QDir::toNativeSeparators(o.path),
                                                     QLocale().formattedDataSize(m_summary.bytes),
                                                     QLocale().toString(qint64(m_summary.rowsSkipped))));
            m_ui->reportTextEdit->setPlainText(exportReport(m_summary, o).join(u'\n'));
            rememberChoices();
        } else {
            m_ui->summaryLabel->setText(m_summary.error);
            m_ui->reportTextEdit->clear();
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
    for (int i = 0; i < kFormatCount; ++i) {
        if (format == kFormatKeys[i])
            index = i;
    }
    {
        const QSignalBlocker blocker(m_ui->formatComboBox); // the path below already has the right suffix
        m_ui->formatComboBox->setCurrentIndex(index);
    }
    updateFormatOptions();
    const QString suffix = suffixFor(kFormats[index]);
    m_ui->pathLineEdit->setText(
        QDir::toNativeSeparators(QDir(folder).filePath(suffix.isEmpty() ? fileName : fileName + u'.' + suffix)));
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
    const int index = qBound(0, m_ui->formatComboBox->currentIndex(), kFormatCount - 1);
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

std::array<QDoubleSpinBox *, Rubric::LevelCount> ExportDialog::confidenceBoxes() const
{
    return {m_ui->confidenceM2SpinBox, m_ui->confidenceM1SpinBox, m_ui->confidence0SpinBox, m_ui->confidenceP1SpinBox,
            m_ui->confidenceP2SpinBox};
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.path = m_ui->pathLineEdit->text().trimmed();
    o.format = kFormats[qBound(0, m_ui->formatComboBox->currentIndex(), kFormatCount - 1)];
    o.withMeta = m_ui->formatComboBox->currentIndex() == 1;
    o.selection = kSelections[qBound(0, m_ui->selectionComboBox->currentIndex(), 2)];
    o.pairs = kPairModes[qBound(0, m_ui->pairsComboBox->currentIndex(), 2)];
    o.minMargin = m_ui->minMarginSpinBox->value();
    o.ktoThreshold = m_ui->ktoThresholdSpinBox->value();
    o.sftMinLevel = m_ui->sftMinLevelSpinBox->value();
    const auto confidence = confidenceBoxes();
    for (std::size_t i = 0; i < confidence.size(); ++i)
        o.confidence[i] = confidence[i]->value();
    o.license = m_ui->licenseLineEdit->text().trimmed();
    o.seed = quint64(m_ui->splitSeedSpinBox->value());
    const QStringList fractions = m_ui->splitLineEdit->text().split(u',');
    for (int i = 0; i < 3 && fractions.size() == 3; ++i)
        o.split[std::size_t(i)] = fractions.at(i).trimmed().toDouble();
    return o;
}

void ExportDialog::setOptions(const ExportOptions &o)
{
    m_ui->pathLineEdit->setText(o.path);
    int format = 0;
    for (int i = 0; i < kFormatCount; ++i) {
        if (kFormats[i] == o.format) {
            format = i;
            break;
        }
    }
    if (o.format == ExportFormat::Jsonl && o.withMeta)
        format = 1;
    m_ui->formatComboBox->setCurrentIndex(format);
    m_ui->selectionComboBox->setCurrentIndex(int(o.selection));
    m_ui->pairsComboBox->setCurrentIndex(int(o.pairs));
    m_ui->minMarginSpinBox->setValue(o.minMargin);
    m_ui->ktoThresholdSpinBox->setValue(o.ktoThreshold);
    m_ui->sftMinLevelSpinBox->setValue(o.sftMinLevel);
    const auto confidence = confidenceBoxes();
    for (std::size_t i = 0; i < confidence.size(); ++i)
        confidence[i]->setValue(o.confidence[i]);
    m_ui->licenseLineEdit->setText(o.license);
    m_ui->splitSeedSpinBox->setValue(int(qMin<quint64>(o.seed, 2147483647)));
    m_ui->splitLineEdit->setText(u"%1,%2,%3"_s.arg(o.split[0]).arg(o.split[1]).arg(o.split[2]));
    updateFormatOptions();
}

void ExportDialog::updateSuffix()
{
    // Follow the format with the file name's ending, unless the user typed another name entirely. The HF export
    // writes a folder: the ending goes, and comes back when a file format is chosen again.
    QString path = m_ui->pathLineEdit->text();
    const QFileInfo info(path);
    const QString wanted = suffixFor(options().format);
    if (info.suffix() == QLatin1String("csv") || info.suffix() == QLatin1String("jsonl")) {
        path.chop(info.suffix().size() + 1);
        m_ui->pathLineEdit->setText(wanted.isEmpty() ? path : path + u'.' + wanted);
    } else if (!path.isEmpty() && info.suffix().isEmpty() && !wanted.isEmpty() && !path.endsWith(u'/')) {
        m_ui->pathLineEdit->setText(path + u'.' + wanted);
    }
}

QString ExportDialog::optionsProblem() const
{
    if (options().format != ExportFormat::Hf)
        return QString();
    static const QRegularExpression licence(u"^[a-z0-9][a-z0-9.+-]*$"_s);
    const QString license = m_ui->licenseLineEdit->text().trimmed();
    if (license.isEmpty())
        return tr("Enter the dataset's licence (e.g. cc-by-4.0); the terms of generated data depend on the provider, "
                  "so Candor does not choose one.");
    if (!licence.match(license).hasMatch())
        return tr("\"%1\" is not a licence identifier as the Hub writes them (lower case, like cc-by-4.0, mit or "
                  "other).")
            .arg(license);
    const QStringList fractions = m_ui->splitLineEdit->text().split(u',');
    double sum = 0;
    bool good = fractions.size() == 3;
    for (int i = 0; good && i < 3; ++i) {
        const double f = fractions.at(i).trimmed().toDouble(&good);
        good = good && f >= 0 && (i > 0 || f > 0);
        sum += f;
    }
    if (!good || qAbs(sum - 1.0) > 1e-6)
        return tr("The split needs three fractions for train, validation and test that add up to 1, e.g. "
                  "0.9,0.05,0.05.");
    return QString();
}

void ExportDialog::updateFormatOptions()
{
    const ExportFormat format = options().format;
    const bool pairs = isPairFormat(format) || format == ExportFormat::Hf;
    const bool hf = format == ExportFormat::Hf;
    auto *form = m_ui->exportForm;
    form->setRowVisible(m_ui->pairsComboBox, pairs);
    form->setRowVisible(m_ui->minMarginSpinBox, pairs);
    form->setRowVisible(m_ui->ktoThresholdSpinBox, format == ExportFormat::Kto || hf);
    form->setRowVisible(m_ui->sftMinLevelSpinBox, format == ExportFormat::OpenAiChat);
    const QString warning =
        format == ExportFormat::OpenAiChat ? sftLevelWarning(m_ui->sftMinLevelSpinBox->value()) : QString();
    m_ui->sftWarningLabel->setText(warning);
    form->setRowVisible(m_ui->sftWarningLabel, !warning.isEmpty());
    form->setRowVisible(m_ui->confidenceRow, format == ExportFormat::Rlwhf);
    form->setRowVisible(m_ui->licenseLineEdit, hf);
    form->setRowVisible(m_ui->splitLineEdit, hf);
    form->setRowVisible(m_ui->splitSeedSpinBox, hf);
    // The HF export cannot go without a licence: the button waits for one.
    if (!isRunning())
        m_exportButton->setEnabled(!hf || !m_ui->licenseLineEdit->text().trimmed().isEmpty());
}

void ExportDialog::browse()
{
    const ExportFormat format = options().format;
    const QString filter = format == ExportFormat::Csv  ? tr("CSV (*.csv)")
                           : format == ExportFormat::Hf ? QString()
                                                        : tr("JSON Lines (*.jsonl)");
    // The HF export names a folder to make (or one it made before), so a save dialog, not a folder picker.
    const QString path = QFileDialog::getSaveFileName(
        this, format == ExportFormat::Hf ? tr("Export dataset folder") : tr("Export dataset"),
        m_ui->pathLineEdit->text(), filter);
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
    if (const QString problem = optionsProblem(); !problem.isEmpty()) {
        m_ui->summaryLabel->setText(problem);
        return;
    }
    m_ui->reportTextEdit->clear();
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
