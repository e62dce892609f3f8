#pragma once

#include "example.h"
#include "rubric.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class QAbstractButton;
class QSortFilterProxyModel;

namespace candor {

class ExampleTableModel;
class GenerationEngine;
class KeyStore;
class ProviderForm;

// Candor's main window: set-up on the left, the spot-check table on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ExampleTableModel *exampleModel() const { return m_model; }
    ProviderForm *providerForm() const { return m_providerForm; }
    GenerationEngine *engine() const { return m_engine; }

public Q_SLOTS:
    void generate();
    void exportDataset();
    // Writes the rows to path (JSONL, or CSV for *.csv); false and a message on failure.
    bool exportTo(const QString &path, QString *error);

Q_SIGNALS:
    void generationFinished();

private:
    struct GenerationResult
    {
        QVector<Example> examples;
        QString error;
    };
    void showDetail();
    void showAbout();
    void generateFromTemplates(const LevelCounts &counts);
    void generateWithLlm(const LevelCounts &counts);
    void setRunning(bool running);
    void updateEstimate();
    void syncActions();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ExampleTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QFutureWatcher<GenerationResult> m_watcher;
    KeyStore *m_keys = nullptr;
    ProviderForm *m_providerForm = nullptr;
    GenerationEngine *m_engine = nullptr;
    QVector<QPair<QAction *, QAbstractButton *>> m_syncActions; // toolbar actions mirroring the run buttons
};

} // namespace candor
