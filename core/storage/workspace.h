#pragma once

#include "dataset/datasetstore.h"
#include "dataset/example.h"
#include "dataset/rubric.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QThread;

namespace candor {

// What went wrong with a workspace, so the front ends can offer the right way out.
struct WorkspaceError
{
    enum class Kind
    {
        None,
        Locked,     // another Candor has the project open
        NotProject, // not a SQLite file, or a database that is not a Candor project
        Damaged,    // a Candor project whose file is damaged (truncated, bad pages)
        TooNew,     // made by a newer Candor (schema version above this one's)
        DiskFull,   // a commit did not fit; the last committed state is intact
        Io          // anything else the database or the file system said
    };
    Kind kind = Kind::None;
    QString message; // one sentence a person can act on, naming the file

    explicit operator bool() const { return kind != Kind::None; }
};

// One run as the project remembers it.
struct WorkspaceRun
{
    qint64 id = 0;
    QString kind; // "full", "preview", "regenerate", "load", "import"
    qint64 startedMs = 0;
    qint64 endedMs = 0;      // 0 while running (or when the process died)
    QJsonObject config;      // the configuration snapshot the run started with
    LevelCounts counts{};    // rows asked for per level
    int rows = 0;            // rows it produced
    qint64 inputTokens = -1; // -1 = unknown
    qint64 outputTokens = -1;
    double cost = 0;
    QJsonObject errors;    // errors by kind: {"rate_limited": 3, ...}
    QString outcome;       // "completed" or "stopped"; empty while running (or when the process died)
    QString summary;       // the sentence the status line showed
    bool ownsRows = false; // the run's first rows replaced the project's: every row is the run's
};

// One step of the undo history as the project keeps it: the review panel's own encoding of the step.
struct UndoStep
{
    qint64 id = 0;
    QString text; // "Accept", "Edit", ... as the Edit menu names it
    QByteArray data;
    bool undone = false; // undone and not yet redone: a redo step
};

// The counts `candor-cli project info` prints.
struct WorkspaceInfo
{
    int rows = 0;
    LevelCounts levels{};
    DatasetStore::StatusCounts statuses{};
    int edited = 0;
    int runs = 0;
    int reviewActions = 0;
    qint64 fileBytes = 0; // the database with its write-ahead log
    int schemaVersion = 0;
};

// A Candor project on disk: one SQLite database (Qt SQL's QSQLITE driver) holding the configuration, every row with
// its review state and generated original, the run history and the review log. Write-ahead logging, foreign keys on,
// a schema version in PRAGMA user_version with forward migrations.
//
// All database work happens on the workspace's own thread, in the order it was asked for: writes are queued and
// return at once (the GUI thread never waits for a disk), flush() waits until everything queued is committed. A
// project is locked while open (a lock file beside it), so a second Candor is refused instead of corrupting it.
class Workspace : public QObject
{
    Q_OBJECT
public:
    static constexpr int SchemaVersion = 3;
    static constexpr int KeptUndoSteps = 1000;

    ~Workspace() override;

    // Opens (create: makes a new, empty project when path does not exist) and locks the project. Nothing, with the
    // reason, when it is locked, not a project, damaged, too new or cannot be opened.
    static std::unique_ptr<Workspace> open(const QString &path, bool create, WorkspaceError *error);
    // Saves what can still be read from a damaged project into a new project at target: its configuration and every
    // row whose pages are intact, in order. The number of rows saved, or -1 with the reason.
    static int recover(const QString &damaged, const QString &target, WorkspaceError *error);
    // The configuration of a project on disk, read without opening (or locking) it: candor-cli --config reads a
    // project another Candor has open. Nothing, with the reason, when it cannot be read.
    static std::optional<QJsonObject> readConfig(const QString &path, WorkspaceError *error);
    // True when the file starts with SQLite's header (a project of this version, not a JSON one).
    static bool isDatabase(const QString &path);

    QString path() const { return m_path; }

    // The project's configuration object (what a JSON .candor held under "config"); empty when none was saved.
    QJsonObject config() const;
    void setConfig(const QJsonObject &config);

    // Rows: the store's row numbers are the database's, rows are only appended until clearRows(). Each call is one
    // transaction, committed on the workspace thread.
    void appendRows(int first, QVector<Example> rows);
    // Rewrites rows [first, last] of snapshot (status, reason, edits, flags and the generated original of edited
    // rows; originals[i] for row first+i, nullopt when not edited).
    void updateRows(int first, QVector<Example> rows, QVector<std::optional<Example>> originals);
    // The same for rows [first, last] of a store snapshot, copied out on the workspace thread, so a change to a
    // million rows costs the GUI thread only the snapshot. originals: the generated versions in that range, by row.
    void updateRows(const DatasetSnapshot &snapshot, int first, int last, QHash<int, Example> originals);
    void clearRows();
    // Rows handed over by readRows(): firstRow is the row number of rows[0]; originals[i] is the generated version
    // of rows[i] (originals may be shorter than rows, or empty: no generated version kept).
    using RowChunkHandler =
        std::function<void(int firstRow, QVector<Example> rows, QVector<std::optional<Example>> originals)>;
    // Reads every row in order, handing them over in chunks of chunkRows on the calling thread, after the writes
    // queued before the call are committed. Several readers may run at once (each has its own connection). False
    // with the reason when the file cannot be read to the end; rows read before the damage were handed over.
    bool readRows(int chunkRows, const RowChunkHandler &onChunk, WorkspaceError *error) const;
    // The same for rows [first, last).
    bool readRows(int first, int last, int chunkRows, const RowChunkHandler &onChunk, WorkspaceError *error) const;
    // One more than the highest row number (the rows are numbered from 0 without gaps); cheap at any size.
    int rowCount() const;

    // Run history: beginRun returns the run's id (0 when it could not be written).
    qint64 beginRun(const WorkspaceRun &run);
    void finishRun(const WorkspaceRun &run);
    // The run's first rows have replaced the project's rows.
    void markRunOwnsRows(qint64 runId);
    QVector<WorkspaceRun> runs() const;

    // The review log: who did what to which rows, and when.
    void logReview(const QString &action, int firstRow, int lastRow, const QJsonObject &detail);

    // The undo history (the last KeptUndoSteps steps): a pushed step drops the undone ones after it, as an undo
    // stack does; clearRows() empties it. pushUndoStep returns the step's id at once (the write is queued).
    qint64 pushUndoStep(const QString &text, const QByteArray &data);
    void updateUndoStep(qint64 id, const QByteArray &data); // a step that grew (typing merges into one step)
    void setUndoStepUndone(qint64 id, bool undone);
    QVector<UndoStep> undoSteps() const;

    WorkspaceInfo info() const;
    // A consistent copy of the whole project at target (VACUUM INTO), for Save As; target must not exist.
    bool copyTo(const QString &target, WorkspaceError *error);
    // Waits until every queued write is committed; the first write error since the last call, if any.
    WorkspaceError flush();

Q_SIGNALS:
    // A queued write failed; the transaction was rolled back, so the file holds the last committed state.
    void writeFailed(const candor::WorkspaceError &error);

private:
    class Worker;
    explicit Workspace(const QString &path);
    // Runs job on the workspace thread: post() queues it, call() waits for it.
    void post(std::function<void(Worker &)> job);
    void call(const std::function<void(Worker &)> &job) const;

    QString m_path;
    qint64 m_nextStep = 1; // the next undo step's id
    std::unique_ptr<QLockFile> m_lock;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace candor

Q_DECLARE_METATYPE(candor::WorkspaceError)
