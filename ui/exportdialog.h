#pragma once

#include "storage/exporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>

namespace Ui {
class ExportDialog;
}
class QPushButton;

namespace candor {

// Export: format, which rows, path. Writes on a worker thread, atomically, with progress and a summary.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(QVector<Example> rows, const QString &suggestedPath, QWidget *parent = nullptr);
    // The app's way: a snapshot of the store, so edits made while exporting do not tear the file and a million
    // rows are not copied first.
    ExportDialog(const DatasetSnapshot &rows, const QString &suggestedPath, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportOptions options() const;
    void setOptions(const ExportOptions &options);
    const ExportSummary &summary() const { return m_summary; }
    bool isRunning() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void startExport();

Q_SIGNALS:
    void exported(const candor::ExportSummary &summary);

protected:
    void reject() override;

private:
    void browse();
    void updateSuffix();
    void setUp(int rowCount, const QString &suggestedPath);
    using Job = std::function<ExportSummary(const ExportOptions &, const std::function<void(qint64)> &,
                                            const std::atomic<bool> *)>;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Job m_job; // writes the rows it was made with; safe on a worker thread
    QPushButton *m_exportButton = nullptr;
    QFutureWatcher<ExportSummary> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    ExportSummary m_summary;
};

} // namespace candor
