#pragma once

#include "dataset/datasetstore.h"
#include "dataset/example.h"
#include "dataset/generationconfig.h"
#include "generation/generationengine.h"
#include "providers/connector.h"
#include "storage/datasetwriter.h"
#include "storage/exporter.h"
#include "storage/jsonlreader.h"

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
    // Continues the LLM run recorded in journalPath with this endpoint; false when the journal cannot be read.
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

private:
    void startTemplateRun(const RunRequest &request, quint64 seed);
    void startEngine(const GenerationConfig &config, const EndpointSettings &endpoint, const QString &journal,
                     bool resume);
    void engineFinished(GenerationEngine::Outcome outcome, const QString &summary);
    void receiveRows(QVector<Example> rows);
    void finishRun(bool ok, const QString &summary);
    void beginRun(RunKind kind, int target);

    DatasetStore *m_store = nullptr;
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
    struct LoadErrors
    {
        QVector<LineError> first;
        qint64 count = 0;
    };
    std::shared_ptr<LoadErrors> m_loadErrors;
};

} // namespace candor
