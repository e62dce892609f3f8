#pragma once

#include "dataset/datasetstore.h"
#include "dataset/example.h"
#include "dataset/generationconfig.h"
#include "generation/generationengine.h"
#include "providers/connector.h"
#include "session/duplicatescanner.h"
#include "storage/datasetwriter.h"
#include "storage/exporter.h"
#include "storage/jsonlreader.h"
#include "storage/workspace.h"

#include <QFutureWatcher>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

namespace candor {

class TemplateGenerator;

// The one owner of a dataset and of the run that fills it, for the window and for candor-cli alike: it holds the
// DatasetStore and starts, pauses, resumes, cancels and finishes every run (template, LLM, regenerate in place,
// resume from a journal, opening a dataset), keeps the journal policy and knows which rows are not exported yet.
// Front ends turn their input into a RunRequest, subscribe to the signals and show what they hear.
class Session : public QObject
{
    Q_OBJECT
public:
    // Rows travel from a worker to the store, and to an output file, in chunks of this size: one insert per chunk
    // keeps the table cheap, and a chunk is small enough to show progress often.
    static constexpr int ChunkRows = 16384;
    static constexpr int KeptLoadErrors = 50;

    enum class RunKind
    {
        None,
        Full,       // the whole dataset
        Preview,    // a few rows per level, to spot-check
        Regenerate, // new rows in place of some store rows, same level, same ids
        Load        // an existing dataset file read into the store
    };
    Q_ENUM(RunKind)

    // Work the store holds that only an export keeps.
    enum class Unsaved
    {
        Nothing,
        Review,   // accepted, rejected or edited rows
        ModelRows // rows a model made (and was paid for), untouched
    };

    struct RunRequest
    {
        RunKind kind = RunKind::Full;
        GenerationConfig config; // mode says template or LLM; the run makes exactly `counts`
        LevelCounts counts{};
        EndpointSettings endpoint; // LLM runs
        QVector<int> rows;         // Regenerate: the store rows to replace
        // LLM runs: where the journal goes. Empty: Candor's data folder (runs/ for full runs, which are offered for
        // resuming, scratch/ for previews and regenerations).
        QString journalPath;
        // LLM runs: a file the finished dataset is written to. The journal is removed only once that file is
        // committed, so a full disk at the end loses nothing (candor-cli's policy).
        std::optional<ExportOptions> output;
    };

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    DatasetStore *store() const { return m_store; }
    // Flags the store's exact and near-duplicate prompts (validate --near-duplicates' rule) on a worker after every
    // run and load, and after edits to prompts.
    DuplicateScanner *duplicateScanner() const { return m_duplicates; }
    GenerationEngine *engine() const { return m_engine; }
    RunKind runKind() const { return m_run; }
    bool isRunning() const { return m_run != RunKind::None; }
    bool isPaused() const;
    int runTarget() const { return m_runTarget; }

    // Starts a run; false with a reason when one is already running or the request asks for no rows. Once it
    // returns true every outcome, a failure to start included, arrives as runFinished(). A full run or preview
    // replaces the store's rows, but only once it has produced its first row: a run that fails first leaves the
    // table as it was.
    bool start(const RunRequest &request, QString *error);
    // Continues the LLM run recorded in journalPath with this endpoint; false when the journal cannot be read. With a
    // project open, the journal's rows go into the project, which journals the rest, and the journal is removed.
    bool resume(const QString &journalPath, const EndpointSettings &endpoint, QString *error,
                const std::optional<ExportOptions> &output = std::nullopt);
    // Reads a JSONL dataset into the store on a worker; damaged lines are reported, good rows kept.
    bool openDataset(const QString &path, QString *error);
    void pause();
    void resumeRun();
    void cancel();

    Unsaved unsaved() const;
    // The rows are safely outside Candor now (exported): nothing is lost by replacing them.
    void markExported();
    // Writes the store's rows synchronously (small datasets, the CLI, tests); marks them exported on success.
    ExportSummary exportTo(const ExportOptions &options);

    // The project database the rows are mirrored into, or nullptr while they live only in memory.
    Workspace *workspace() const { return m_workspace.get(); }
    // Opens the project at path (a JSON project of an earlier Candor is converted first and kept as
    // NAME.candor.bak), puts its configuration in *config and loads its rows into the store as a Load run
    // (runFinished and datasetLoaded at the end). From then on every change to the rows is committed to the project
    // as it happens. False with the reason (locked by another Candor, damaged, not a project).
    bool openProject(const QString &path, GenerationConfig *config, QString *error);
    // Saves the configuration and every row (review state and generated originals too) as the project at path and
    // keeps it open: later changes are committed as they happen. To the open project, only the configuration.
    bool saveProject(const QString &path, const GenerationConfig &config, QString *error);
    // candor-cli generate --project: runs write into the project at path (made when missing, a JSON one converted),
    // whose configuration becomes config; its rows are replaced by the next run's once that run has rows, and are
    // not loaded into the store.
    bool attachProject(const QString &path, const GenerationConfig &config, QString *error);
    // Lets go of the project database (New Project); the rows stay in memory.
    void closeProject();

    // Until the user saves a project, the rows live in the untitled project in Candor's data folder, so a crash or
    // a quit loses nothing. startUntitled() attaches it and returns what an earlier start left there (rows 0:
    // nothing); it fails only when another Candor has it (that one keeps its rows in memory).
    std::optional<WorkspaceInfo> startUntitled(QString *error);
    // Loads the rows the untitled project kept (a Load run), or empties it.
    void restoreUntitled();
    void discardUntitled();
    bool isUntitled() const;
    static QString untitledPath();
    // The project whose opening or loading last failed because its file is damaged (empty: none): the front end
    // offers Workspace::recover() for it.
    QString damagedProject() const { return m_damagedProject; }

    // The open project's latest run when it is an LLM run that did not finish (a crash, a cancel, a failure): its
    // config and the rows it made are in the project, and resumeProjectRun() continues it.
    std::optional<WorkspaceRun> unfinishedRun() const;
    bool resumeProjectRun(const EndpointSettings &endpoint, QString *error,
                          const std::optional<ExportOptions> &output = std::nullopt);

    // The journals of full runs that did not finish, newest first.
    static QStringList unfinishedJournals();
    static QString runsFolder();

    // candor-cli's template run: the plan is generated chunk by chunk on the thread pool and written in order
    // straight to the writer (never through the store), so the file is byte-identical whatever the thread count
    // and ten million rows need no memory for rows. progress is called with the rows written so far.
    static bool writeTemplateDataset(const GenerationConfig &config, const LevelCounts &counts, DatasetWriter &writer,
                                     ExportFormat format, bool withMeta, const std::function<void(qint64)> &progress,
                                     QString *error);

Q_SIGNALS:
    void runStarted(candor::Session::RunKind kind, int targetRows);
    // Rows so far of the run's target (a load counts per mille of the file read).
    void progress(int done, int target);
    void statsChanged(const candor::GenerationEngine::Stats &stats);
    void message(const QString &line); // one line for the run log
    // The run is over; summary is the sentence for the status line (the result, the error or the cancel).
    void runFinished(candor::Session::RunKind kind, bool ok, const QString &summary);
    // An openDataset() ended: rows in the store, the lines that could not be read, the reason if none could.
    // errors holds the first KeptLoadErrors bad lines; errorCount counts them all, so a file of nothing but bad
    // lines loads in bounded memory.
    void datasetLoaded(int rows, const QVector<candor::LineError> &errors, qint64 errorCount, const QString &fatal);
    void pausedChanged(bool paused);
    // An LLM run paused itself after a streak of failed requests; text says why and what to do.
    void stalled(const QString &text);
    // A write to the open project failed (a full disk); the project keeps its last committed state.
    void projectWriteFailed(const QString &text);

private:
    void startTemplateRun(const RunRequest &request, quint64 seed);
    void startEngine(const GenerationConfig &config, const EndpointSettings &endpoint, const QString &journal,
                     bool resume);
    void engineFinished(GenerationEngine::Outcome outcome, const QString &summary);
    void receiveRows(QVector<Example> rows);
    void finishRun(bool ok, const QString &summary);
    void beginRun(RunKind kind, int target, const GenerationConfig *config = nullptr, const LevelCounts &counts = {});

    void attach(std::unique_ptr<Workspace> workspace);
    // Loads the attached project's rows into the store as a Load run.
    void loadWorkspaceRows();
    struct LoadedChunk
    {
        QVector<Example> rows;
        QVector<std::optional<Example>> originals;
    };
    // A chunk the project's readers delivered: into the store once the rows before it are there.
    void receiveLoadedChunk(int firstRow, LoadedChunk chunk, int permille);
    void mirrorAppended(int first, int last);
    void mirrorChanged(int first, int last);

    DatasetStore *m_store = nullptr;
    DuplicateScanner *m_duplicates = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    bool m_loadingWorkspace = false; // rows arriving from the project are not written back to it
    qint64 m_workspaceRun = 0;       // the runs row of the run in progress
    QString m_damagedProject;
    QMap<int, LoadedChunk> m_pendingChunks; // a project load's chunks that arrived early, by first row
    int m_nextLoadRow = 0;
    int m_loadTotal = 0;
    QPointer<GenerationEngine> m_engine;
    QFutureWatcher<QString> m_watcher; // a template run or a dataset load on a worker; the error, if any
    std::shared_ptr<std::atomic_bool> m_workerCancel;
    RunKind m_run = RunKind::None;
    int m_runTarget = 0;
    int m_runReceived = 0;
    QMap<int, QVector<int>> m_regenerateTargets; // reward -> store rows waiting for a regenerated row
    int m_regeneratedReviewed = 0;               // regenerated rows that had been accepted or rejected
    bool m_reviewUnsaved = false;                // accepted, rejected or edited rows not exported since
    bool m_modelRowsUnsaved = false;             // rows a model made not exported since
    bool m_replaceOnFirstRows = false;           // the store's rows give way to the run's first rows
    QString m_loadPath;
    std::optional<ExportOptions> m_output;
    std::optional<RunJournal::Contents> m_resumeContents; // the project run resumeProjectRun() hands the engine
    struct LoadErrors
    {
        QVector<LineError> first;
        qint64 count = 0;
    };
    std::shared_ptr<LoadErrors> m_loadErrors;
};

} // namespace candor
