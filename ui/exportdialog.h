#pragma once

#include "storage/exporter.h"

#include <QDialog>
#include <QDoubleSpinBox>
#include <QFutureWatcher>

#include <array>
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
    // Starts in the folder and format of the last export of this project (projectKey: its path, or "untitled"),
    // else in defaultFolder() as seed JSONL, with fileName plus the format's suffix; a successful export is
    // remembered for the next time.
    void useRememberedChoices(const QString &projectKey, const QString &fileName);

    // ~/Documents, made when it is missing; the home folder when it cannot be made.
    static QString defaultFolder();
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
    // Shows the options the chosen format reads (pairs, KTO threshold, SFT level, the HF licence and split) and
    // the warning an SFT export below +2 deserves.
    void updateFormatOptions();
    // Why the options cannot be exported as they are (an HF export without a licence, a bad split); empty if fine.
    QString optionsProblem() const;
    void setUp(const std::array<int, 3> &rowCounts, const QString &suggestedPath);
    void showRowCount();
    void rememberChoices() const;
    // rlwhf: the confidence_score per level, -2 first.
    std::array<QDoubleSpinBox *, Rubric::LevelCount> confidenceBoxes() const;
    using Job = std::function<ExportSummary(const ExportOptions &, const std::function<void(qint64)> &,
                                            const std::atomic<bool> *)>;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    Job m_job; // writes the rows it was made with; safe on a worker thread
    QPushButton *m_exportButton = nullptr;
    QFutureWatcher<ExportSummary> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    ExportSummary m_summary;
    std::array<int, 3> m_rowCounts{}; // rows each selection exports: all, accepted only, all but rejected
    QString m_projectKey;             // where a successful export is remembered; empty: nowhere
};

} // namespace candor
