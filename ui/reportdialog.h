#pragma once

#include "dataset/datasetstore.h"
#include "storage/qualityreport.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace candor {

// The dataset report in the window: built from a snapshot of the rows on a worker thread (a million rows never
// stall the window), shown as a document with its charts, and saved as the same self-contained HTML file that
// candor-cli report writes.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const DatasetSnapshot &rows, const QString &title, const QJsonObject &config,
                 QWidget *parent = nullptr);
    ~ReportDialog() override;

    bool isReady() const { return m_ready; }
    const QualityReport &report() const { return m_report; }
    QTextBrowser *browser() const { return m_browser; }
    // Writes the report as HTML; false with the reason.
    bool saveHtml(const QString &path, QString *error) const;

    // The charts the document shows, drawn from the report (also what a test looks at).
    static QImage levelChart(const QualityReport &report);
    static QImage lengthChart(const QualityReport::Lengths &lengths, int levelIndex);

Q_SIGNALS:
    void ready();

private:
    void display(const QualityReport &report);
    void save();

    QTextBrowser *m_browser = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QFutureWatcher<QualityReport> m_watcher;
    QualityReport m_report;
    bool m_ready = false;
};

} // namespace candor
