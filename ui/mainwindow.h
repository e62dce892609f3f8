#pragma once

#include "dataset/example.h"
#include "dataset/generationconfig.h"
#include "dataset/rubric.h"
#include "generation/generationengine.h"
#include "providers/connector.h"
#include "session/session.h"

#include <QMainWindow>
#include <QMap>
#include <QTimer>

#include <array>
#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}
class QAbstractButton;
class QCheckBox;
class QPlainTextEdit;

namespace candor {

class DatasetStore;
class KeyStore;
class RunStatus;
class ProviderForm;
class JudgeDialog;
class ReportDialog;
class ReviewPanel;

// Candor's main window: set-up on the left, the spot-check table on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ReviewPanel *reviewPanel() const { return m_review; }
    DatasetStore *store() const;
    ProviderForm *providerForm() const { return m_providerForm; }
    GenerationEngine *engine() const;
    Session *session() const { return m_session; }

public Q_SLOTS:
    // The whole dataset, with the settings of the set-up column.
    void generate();
    // A few rows per level, to spot-check prompts and model before spending on the whole dataset.
    void previewSample();
    // New rows in place of these store rows, from the current mode's generator.
    void regenerateRows(const QVector<int> &rows);
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
    // The open project's last run did not finish: a banner offers to resume it.
    void offerProjectResume();
    // Commits what is typed into the set-up column's number fields.
    void commitTypedValues();
    // The ladder level check boxes, -2 first.
    std::array<QCheckBox *, Rubric::LevelCount> ladderLevelBoxes() const;
    void resumeProjectRun();
    void offerResume();
    // Keeps the rows in the untitled project in Candor's data folder until a project is saved, and offers back
    // what an earlier start left there. The app calls it at start; tests that want it call it too.
    void useUntitledProject();
    // After a damaged project would not open or load: a banner offering to save what can be read into a new one.
    void offerRecovery(const QString &error);
    void resumeRun(const QString &journalPath);
    void newProject();
    void saveProject();
    void saveProjectAs();
    void editPrompts();

    QString logText() const;

Q_SIGNALS:
    void generationFinished();
    void datasetLoaded(int rows, int errors);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;

private:
    void startRun(const LevelCounts &counts, Session::RunKind kind, const QVector<int> &rows = {});
    bool confirmReplacingRows();
    void finishRun(Session::RunKind kind, bool ok, const QString &status);
    void showAbout();
    void restart();
    void showLog();
    // The dataset report of the rows in the table, in a window of its own.
    ReportDialog *showReport();
    // Verify with a judge model: the selected rows, else every shown row, in a window of its own.
    JudgeDialog *verifyWithJudge();
    void log(const QString &line);
    void setStatus(const QString &text);
    void setRunning(bool running, int targetRows = 0);
    void arrangeRunControls();
    void trackChanges();
    bool confirmDiscardingProject();
    void restoreLayout();
    void saveLayout() const;
    void updateEstimate();
    void syncActions();
    void showBanner(const QString &text, const QString &actionText, std::function<void()> action);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ReviewPanel *m_review = nullptr;
    Session *m_session = nullptr;
    RunStatus *m_status = nullptr;
    KeyStore *m_keys = nullptr;
    ProviderForm *m_providerForm = nullptr;
    QVector<QPair<QAction *, QAbstractButton *>> m_syncActions; // toolbar actions mirroring the run buttons
    QString m_projectPath;
    QString m_systemPrompt;               // empty = default
    QMap<int, QString> m_promptTemplates; // per level; absent = default
    std::function<void()> m_bannerAction;
    std::function<void()> m_bannerDismiss; // what Dismiss does beyond hiding the banner
    QTimer m_layoutTimer;
    bool m_applyingConfig = false;
};

} // namespace candor
