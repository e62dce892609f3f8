#pragma once

#include "connector.h"
#include "example.h"
#include "generationconfig.h"
#include "rubric.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QMap>

#include <functional>

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

    // The whole set-up as a configuration (what a project file and a run journal hold), and back.
    GenerationConfig currentConfig() const;
    void applyConfig(const GenerationConfig &config);
    bool saveProjectTo(const QString &path, QString *error);
    bool openProject(const QString &path, QString *error);
    void openDataset(const QString &path);
    QString projectPath() const { return m_projectPath; }
    // Looks for journals of runs that did not finish and offers to resume the newest.
    void offerResume();
    void resumeRun(const QString &journalPath);
    void newProject();
    void saveProject();
    void saveProjectAs();
    void editPrompts();

Q_SIGNALS:
    void generationFinished();
    void datasetLoaded(int rows, int errors);

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
    void startEngine(const GenerationConfig &config, const EndpointSettings &endpoint, const QString &journal,
                     bool resume);
    void showBanner(const QString &text, const QString &actionText, std::function<void()> action);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ExampleTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QFutureWatcher<GenerationResult> m_watcher;
    KeyStore *m_keys = nullptr;
    ProviderForm *m_providerForm = nullptr;
    GenerationEngine *m_engine = nullptr;
    QVector<QPair<QAction *, QAbstractButton *>> m_syncActions; // toolbar actions mirroring the run buttons
    QString m_projectPath;
    QString m_systemPrompt;               // empty = default
    QMap<int, QString> m_promptTemplates; // per level; absent = default
    std::function<void()> m_bannerAction;
    QFutureWatcher<void> m_datasetWatcher;
};

} // namespace candor
