#include "reportdialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace candor {
using namespace Qt::StringLiterals;

ReportDialog::ReportDialog(const DatasetSnapshot &rows, const QString &title, const QJsonObject &config,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"reportDialog"_s);
    setWindowTitle(tr("Dataset Report"));
    resize(900, 700);
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(tr("Counting %Ln row(s)…", nullptr, rows.size()), this);
    m_status->setObjectName(u"reportStatusLabel"_s);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"reportBrowser"_s);
    m_browser->setAccessibleName(tr("Dataset report"));
    m_browser->setOpenLinks(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save as HTML…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(u"saveReportButton"_s);
    m_saveButton->setToolTip(tr("Write the report as one HTML file that any browser opens, charts included."));
    m_saveButton->setEnabled(false);
    layout->addWidget(m_status);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(&m_watcher, &QFutureWatcher<QualityReport>::finished, this, [this] { display(m_watcher.result()); });
    m_watcher.setFuture(QtConcurrent::run([rows, title, config] {
        return buildQualityReport(
            rows.size(), [&rows](qint64 i) -> const Example & { return rows.at(int(i)); }, title, config);
    }));
}

ReportDialog::~ReportDialog()
{
    m_watcher.waitForFinished();
}

QImage ReportDialog::levelChart(const QualityReport &report)
{
    const int barArea = 520;
    QImage image(barArea + 200, Rubric::LevelCount * 26 + 4, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const qint64 most = std::max<qint64>(1, *std::max_element(report.perLevel.begin(), report.perLevel.end()));
    for (int l = Rubric::LevelCount - 1, y = 2; l >= 0; --l, y += 26) {
        const int reward = Rubric::rewardAt(l);
        const double w = double(report.perLevel[std::size_t(l)]) / double(most) * barArea;
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y, 36, 20), Qt::AlignVCenter | Qt::AlignLeft, Rubric::formatReward(reward));
        p.fillRect(QRectF(40, y, w, 20), QColor(Rubric::level(reward).colour));
        p.drawText(QRectF(w + 46, y, 150, 20), Qt::AlignVCenter | Qt::AlignLeft,
                   QLocale().toString(report.perLevel[std::size_t(l)]));
    }
    return image;
}

QImage ReportDialog::lengthChart(const QualityReport::Lengths &lengths, int levelIndex)
{
    const int barWidth = 8;
    const int height = 90;
    const int width = QualityReport::LengthBins * barWidth;
    QImage image(width + 2, height + 16, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    const auto &bins = lengths.bins[std::size_t(levelIndex)];
    const qint64 most = std::max<qint64>(1, *std::max_element(bins.begin(), bins.end()));
    const QColor colour(Rubric::level(Rubric::rewardAt(levelIndex)).colour);
    for (int b = 0; b < QualityReport::LengthBins; ++b) {
        const double h = double(bins[std::size_t(b)]) / double(most) * height;
        p.fillRect(QRectF(b * barWidth + 1, height - h, barWidth - 1, h), colour);
    }
    const double meanX =
        std::min(double(width), lengths.mean[std::size_t(levelIndex)] / lengths.binWidth * barWidth) + 1;
    p.setPen(QPen(Qt::black, 1.5, Qt::DashLine));
    p.drawLine(QPointF(meanX, 0), QPointF(meanX, height));
    p.setPen(Qt::darkGray);
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    p.drawText(QRectF(0, height, width, 16), Qt::AlignLeft | Qt::AlignBottom, u"0"_s);
    p.drawText(QRectF(0, height, width, 16), Qt::AlignRight | Qt::AlignBottom,
               QLocale().toString(qint64(lengths.binWidth) * (QualityReport::LengthBins - 1)) + u'+');
    return image;
}

void ReportDialog::display(const QualityReport &report)
{
    m_report = report;
    QTextDocument *document = m_browser->document();
    document->addResource(QTextDocument::ImageResource, QUrl(u"candor-chart:levels"_s), levelChart(report));
    for (int l = 0; l < Rubric::LevelCount; ++l) {
        document->addResource(QTextDocument::ImageResource, QUrl(u"candor-chart:answers/%1"_s.arg(l)),
                              lengthChart(report.answers, l));
        document->addResource(QTextDocument::ImageResource, QUrl(u"candor-chart:feedback/%1"_s.arg(l)),
                              lengthChart(report.feedback, l));
    }
    m_browser->setHtml(QString::fromUtf8(qualityReportHtml(report, ReportCharts::ImageLinks)));
    m_status->setText(
        report.warnings.isEmpty()
            ? tr("%Ln row(s); nothing gives a level away.", nullptr, int(report.rows))
            : tr("%Ln row(s); %1 warning(s) about what could give a level away.", nullptr, int(report.rows))
                  .arg(report.warnings.size()));
    m_saveButton->setEnabled(true);
    m_ready = true;
    Q_EMIT ready();
}

bool ReportDialog::saveHtml(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(qualityReportHtml(m_report)) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ReportDialog::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), QDir::homePath() + u"/report.html"_s,
                                                      tr("HTML files (*.html)"));
    if (path.isEmpty())
        return;
    QString error;
    m_status->setText(saveHtml(path, &error) ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : error);
}

} // namespace candor
