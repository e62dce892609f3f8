#include "session/session.h"
#include "session/projectfile.h"

#include "generation/ladderclaims.h"
#include "generation/templatebank.h"
#include "generation/templategenerator.h"
#include "storage/datasetcheck.h"
#include "storage/exporter.h"
#include "storage/runjournal.h"

#include <QDateTime>
#include <QDir>

#include <QFile>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <deque>
#include <limits>
#include <vector>

namespace candor {
using namespace Qt::StringLiterals;

namespace {
QString folder(const QString &name)
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u'/' + name;
    QDir().mkpath(path);
    return path;
}

QString newJournalName()
{
    return u"/run-%1.journal"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-hhmmss-zzz"_s));
}

// Chunk buffers are reused: fresh multi-megabyte allocations would be page-faulted in again for every chunk,
// which costs more than generating the rows.
class BufferPool
{
public:
    QByteArray take()
    {
        QMutexLocker lock(&m_mutex);
        if (m_free.empty())
            return QByteArray();
        QByteArray buffer = std::move(m_free.back());
        m_free.pop_back();
        return buffer;
    }
    void give(QByteArray &&buffer)
    {
        buffer.resize(0); // keeps the capacity
        QMutexLocker lock(&m_mutex);
        m_free.push_back(std::move(buffer));
    }

private:
    QMutex m_mutex;
    std::vector<QByteArray> m_free;
};

// The planned generator of a template run, or nothing with the reason.
std::unique_ptr<TemplateGenerator> plannedGenerator(const GenerationConfig &config, const LevelCounts &counts,
                                                    QString *error)
{
    const auto bank = TemplateBank::builtIn(error);
    if (!bank)
        return nullptr;
    // No wall-clock time in template rows: the same seed and configuration give byte-identical files (the run
    // history of a project keeps when it ran).
    auto generator = std::make_unique<TemplateGenerator>(bank, TemplateGenerator::Options::fromConfig(config));
    if (!generator->plan(config.rowPlan(counts), error))
        return nullptr;
    return generator;
}
} // namespace

Session::Session(QObject *parent)
    : QObject(parent), m_store(new DatasetStore(this)), m_duplicates(new DuplicateScanner(m_store, this))
{
    // Duplicate flags are worked out, not reviewed: setting them leaves nothing unsaved.
    connect(m_store, &DatasetStore::rowsChanged, this, [this] {
        if (!m_duplicates->isApplying())
            m_reviewUnsaved = true;
    });
    connect(m_store, &DatasetStore::promptChanged, this, [this] {
        if (m_run == RunKind::None)
            m_duplicates->scheduleScan();
    });
    // With a project open, every change to the rows is queued to its database as it happens.
    connect(m_store, &DatasetStore::rowsAppended, this, &Session::mirrorAppended);
    connect(m_store, &DatasetStore::rowsChanged, this, &Session::mirrorChanged);
    connect(m_store, &DatasetStore::resetDone, this, [this] {
        if (m_workspace && !m_loadingWorkspace)
            m_workspace->clearRows();
    });
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        const bool cancelled = m_workerCancel && m_workerCancel->load() && error.isEmpty();
        m_workerCancel.reset();
        if (m_run == RunKind::Load) {
            const LoadErrors errors = m_loadErrors ? *m_loadErrors : LoadErrors();
            QString text;
            if (error.isEmpty()) {
                text =
                    tr("Loaded %n row(s) from %1.", nullptr, m_store->size()).arg(QDir::toNativeSeparators(m_loadPath));
                if (!errors.first.isEmpty()) {
                    const LineError &first = errors.first.constFirst();
                    text += u' ' + tr("%n line(s) could not be read (first: line %1, %2).", nullptr,
                                      int(qMin<qint64>(errors.count, std::numeric_limits<int>::max())))
                                       .arg(first.line)
                                       .arg(first.message);
                    for (const LineError &e : errors.first)
                        Q_EMIT message(
                            tr("%1 line %2: %3").arg(QDir::toNativeSeparators(m_loadPath)).arg(e.line).arg(e.message));
                    if (errors.count > errors.first.size())
                        Q_EMIT message(
                            tr("%1: %n more line(s) could not be read.", nullptr,
                               int(qMin<qint64>(errors.count - errors.first.size(), std::numeric_limits<int>::max())))
                                .arg(QDir::toNativeSeparators(m_loadPath)));
                }
            }
            m_pendingChunks.clear(); // rows past a damaged part: they would leave a gap
            if (m_loadingWorkspace) {
                // A project with no rows opens to an empty table.
                if (std::exchange(m_replaceOnFirstRows, false))
                    m_store->clear();
                m_loadingWorkspace = false;
                m_reviewUnsaved = false;
                m_modelRowsUnsaved = false;
            }
            finishRun(error.isEmpty(), error.isEmpty() ? text : error);
            Q_EMIT datasetLoaded(m_store->size(), errors.first, errors.count, error);
            return;
        }
        if (!error.isEmpty())
            Q_EMIT message(error);
        finishRun(error.isEmpty() && !cancelled,
                  !error.isEmpty() ? error
                  : cancelled      ? tr("Cancelled: %n row(s) kept.", nullptr, m_runReceived)
                                   : tr("%n row(s) generated from templates.", nullptr, m_runReceived));
    });
}

Session::~Session()
{
    if (m_workerCancel)
        m_workerCancel->store(true);
    m_watcher.waitForFinished();
}

bool Session::isPaused() const
{
    return m_engine && m_engine->isPaused();
}

QString Session::runsFolder()
{
    return folder(u"runs"_s);
}

QStringList Session::unfinishedJournals()
{
    const QDir runs(runsFolder());
    QStringList paths;
    for (const QFileInfo &info : runs.entryInfoList({u"*.journal"_s}, QDir::Files, QDir::Time))
        paths << info.absoluteFilePath();
    return paths;
}

void Session::beginRun(RunKind kind, int target, const GenerationConfig *config, const LevelCounts &counts)
{
    m_duplicates->cancel(); // the run's rows are scanned with the rest when it ends
    if (m_workspace && !m_loadingWorkspace) {
        static const char *const names[] = {"none", "full", "preview", "regenerate", "load"};
        WorkspaceRun run;
        run.kind = QString::fromLatin1(names[int(kind)]);
        run.rows = target;
        if (config)
            run.config = config->toJson();
        run.counts = counts;
        m_workspaceRun = m_workspace->beginRun(run);
    }
    m_run = kind;
    m_runTarget = target;
    m_runReceived = 0;
    Q_EMIT runStarted(kind, target);
    Q_EMIT progress(0, target);
}

bool Session::start(const RunRequest &request, QString *error)
{
    if (isRunning()) {
        *error = tr("A run is in progress; wait for it to finish or cancel it.");
        return false;
    }
    const int total = totalOf(request.counts);
    if (total <= 0) {
        *error = tr("Distribution: every level has 0 rows; give at least one level some rows.");
        return false;
    }
    m_regenerateTargets.clear();
    m_regeneratedReviewed = 0;
    if (request.kind == RunKind::Regenerate) {
        for (int row : request.rows) {
            if (row < 0 || row >= m_store->size())
                continue;
            const int reward = m_store->at(row).targetReward;
            if (Rubric::isValid(reward))
                m_regenerateTargets[reward].append(row);
        }
        Q_EMIT message(tr("Regenerating %n row(s).", nullptr, total));
    } else {
        m_replaceOnFirstRows = true;
    }

    if (request.config.mode == GenerationMode::Template) {
        // A fresh seed for regenerations: the same seed would give the same rows back.
        const quint64 seed =
            request.kind == RunKind::Regenerate ? QRandomGenerator::global()->generate64() >> 1 : request.config.seed;
        startTemplateRun(request, seed);
        return true;
    }

    GenerationConfig config = request.config;
    config.mode = GenerationMode::Llm;
    config.count = total;
    config.distribution = Distribution::fromCounts(request.counts);
    // With a project open, a full run is journalled in the project: its rows are committed as the engine accepts
    // them and the run's config is in its history, so a crash loses no accepted row and the run resumes from there.
    // Otherwise its journal lives in Candor's data folder, where the next start offers to resume it; previews and
    // regenerations keep theirs apart, as nothing asks to resume them.
    QString journal = request.journalPath;
    if (journal.isEmpty() && !(m_workspace && request.kind == RunKind::Full))
        journal = folder(request.kind == RunKind::Full ? u"runs"_s : u"scratch"_s) + newJournalName();
    m_output = request.output;
    beginRun(request.kind, total, &config, request.counts);
    startEngine(config, request.endpoint, journal, false);
    return true;
}

std::optional<WorkspaceRun> Session::unfinishedRun() const
{
    if (!m_workspace || isRunning())
        return std::nullopt;
    const QVector<WorkspaceRun> runs = m_workspace->runs();
    if (runs.isEmpty())
        return std::nullopt;
    // Only the latest run: any later run (a preview, a load) has moved on from it.
    const WorkspaceRun &run = runs.constLast();
    QString why;
    const auto config = GenerationConfig::fromJson(run.config, &why);
    if (run.kind != u"full"_s || !config || config->mode != GenerationMode::Llm || run.outcome == u"completed"_s)
        return std::nullopt;
    // A run stopped before its first row never replaced the rows: nothing of it to resume.
    if (!run.ownsRows && !run.outcome.isEmpty())
        return std::nullopt;
    return run;
}

bool Session::resumeProjectRun(const EndpointSettings &endpoint, QString *error,
                               const std::optional<ExportOptions> &output)
{
    if (isRunning()) {
        *error = tr("A run is in progress; wait for it to finish or cancel it.");
        return false;
    }
    const std::optional<WorkspaceRun> run = unfinishedRun();
    if (!run) {
        *error = m_workspace ? tr("The project %1 has no unfinished run to resume.")
                                   .arg(QDir::toNativeSeparators(m_workspace->path()))
                             : tr("No project is open.");
        return false;
    }
    RunJournal::Contents contents;
    contents.config = *GenerationConfig::fromJson(run->config, error);
    if (run->ownsRows) {
        WorkspaceError readError;
        if (!m_workspace->readRows(
                ChunkRows,
                [&contents](int, QVector<Example> rows, QVector<std::optional<Example>>) { contents.rows += rows; },
                &readError)) {
            *error = readError.message;
            return false;
        }
    }
    // The window has the project's rows in its table already; candor-cli's session starts empty and takes them in
    // without writing them back.
    const bool loaded = m_store->size() == contents.rows.size();
    if (run->ownsRows && !loaded) {
        m_loadingWorkspace = true;
        m_store->clear();
        m_store->append(contents.rows);
        m_loadingWorkspace = false;
    }
    // A run that died before its first row leaves the earlier rows until it has rows of its own.
    m_replaceOnFirstRows = !run->ownsRows;
    m_output = output;
    beginRun(RunKind::Full, contents.config.count, &contents.config, run->counts);
    if (run->ownsRows && m_workspace && m_workspaceRun)
        m_workspace->markRunOwnsRows(m_workspaceRun);
    m_resumeContents = std::move(contents);
    startEngine(m_resumeContents->config, endpoint, QString(), true);
    return true;
}

bool Session::resume(const QString &journalPath, const EndpointSettings &endpoint, QString *error,
                     const std::optional<ExportOptions> &output)
{
    if (isRunning()) {
        *error = tr("A run is in progress; wait for it to finish or cancel it.");
        return false;
    }
    RunJournal::Contents contents;
    if (!RunJournal::load(journalPath, &contents, error))
        return false;
    m_replaceOnFirstRows = true;
    m_output = output;
    beginRun(RunKind::Full, contents.config.count, &contents.config,
             contents.config.levelCounts(error).value_or(LevelCounts{}));
    startEngine(contents.config, endpoint, journalPath, true);
    // With a project open the journal of an earlier Candor is read once: its rows are now in the project, which
    // journals the rest of the run.
    if (m_workspace && isRunning() && !m_workspace->flush() && QFile::remove(journalPath))
        Q_EMIT message(tr("The run goes on in the project %1; its journal %2 is no longer needed and was removed.")
                           .arg(QDir::toNativeSeparators(m_workspace->path()), QDir::toNativeSeparators(journalPath)));
    return true;
}

void Session::startTemplateRun(const RunRequest &request, quint64 seed)
{
    const int total = totalOf(request.counts);
    beginRun(request.kind, total);
    Q_EMIT message(tr("Template run: %n row(s), seed %1.", nullptr, total).arg(seed));
    GenerationConfig config = request.config;
    config.seed = seed;
    m_workerCancel = std::make_shared<std::atomic_bool>(false);
    // A worker builds the rows and hands them over a chunk at a time, so the table fills while it works and a
    // million rows never freeze the window. The destructor cancels and waits, so `this` outlives the worker.
    m_watcher.setFuture(
        QtConcurrent::run([this, config, counts = request.counts, cancel = m_workerCancel]() -> QString {
            QString error;
            const auto generator = plannedGenerator(config, counts, &error);
            if (!generator)
                return error;
            StringPool pool;
            qint64 made = 0;
            for (qint64 from = 0; from < generator->rowCount() && !cancel->load(); from += ChunkRows) {
                QVector<Example> chunk = generator->examples(from, qMin(from + ChunkRows, generator->rowCount()));
                made += chunk.size();
                for (Example &row : chunk)
                    pool.share(row);
                QMetaObject::invokeMethod(
                    this, [this, chunk = std::move(chunk)]() mutable { receiveRows(std::move(chunk)); },
                    Qt::QueuedConnection);
            }
            // A run ends short only when it was cancelled; anything else is a defect to report, never a cancel.
            if (!cancel->load() && made != generator->rowCount())
                return tr("The template generator made %1 of %2 rows.").arg(made).arg(generator->rowCount());
            return {};
        }));
}

void Session::startEngine(const GenerationConfig &config, const EndpointSettings &endpoint, const QString &journal,
                          bool resume)
{
    delete m_engine;
    m_engine = new GenerationEngine(config, endpoint, this);
    connect(m_engine, &GenerationEngine::rowsAccepted, this, &Session::receiveRows);
    connect(m_engine, &GenerationEngine::message, this, &Session::message);
    connect(m_engine, &GenerationEngine::stalled, this, [this](const QString &text) {
        Q_EMIT pausedChanged(true);
        Q_EMIT stalled(text);
    });
    connect(m_engine, &GenerationEngine::statsChanged, this, [this](const GenerationEngine::Stats &s) {
        Q_EMIT statsChanged(s);
        Q_EMIT progress(qMin(s.acceptedTotal(), m_runTarget), m_runTarget);
    });
    connect(m_engine, &GenerationEngine::finished, this, &Session::engineFinished);
    QString error;
    bool ok = false;
    if (!resume)
        ok = m_engine->start(journal, &error);
    else if (m_resumeContents)
        ok = m_engine->resumeWith(*std::exchange(m_resumeContents, std::nullopt), false, &error);
    else
        ok = m_engine->resumeFrom(journal, &error, !m_workspace);
    if (!ok) {
        if (!resume)
            QFile::remove(journal); // nothing was made
        Q_EMIT message(error);
        finishRun(false, error);
        return;
    }
    Q_EMIT message(tr("%1 run started: %n row(s) with %2 (%3).", nullptr, config.count)
                       .arg(resume ? tr("Resumed") : tr("LLM"), config.model, config.provider));
}

void Session::engineFinished(GenerationEngine::Outcome outcome, const QString &summary)
{
    const bool completed = outcome == GenerationEngine::Outcome::Completed;
    const std::optional<ExportOptions> output = std::exchange(m_output, std::nullopt);
    Q_EMIT message(summary);
    if (completed && output) {
        const ExportSummary written = exportTo(*output);
        if (!written.ok) {
            const QString keptIn =
                m_engine->journalPath().isEmpty() && m_workspace ? m_workspace->path() : m_engine->journalPath();
            const QString text =
                written.error + u' ' + tr("(the rows are safe in %1)").arg(QDir::toNativeSeparators(keptIn));
            Q_EMIT message(text);
            finishRun(false, text);
            return;
        }
    }
    // A full run that completed has every row in the store (and its file); previews and regenerations never
    // resume, and a run that made no row has nothing to resume.
    if (completed || m_run != RunKind::Full || m_engine->stats().acceptedTotal() == 0)
        QFile::remove(m_engine->journalPath());
    finishRun(completed, summary);
}

bool Session::openDataset(const QString &path, QString *error)
{
    if (isRunning()) {
        *error = tr("Wait for the current run to finish before opening a dataset.");
        return false;
    }
    m_replaceOnFirstRows = true;
    m_loadPath = path;
    m_loadErrors = std::make_shared<LoadErrors>();
    beginRun(RunKind::Load, 1000); // per mille of the file read
    Q_EMIT message(tr("Loading %1…").arg(QDir::toNativeSeparators(path)));
    m_workerCancel = std::make_shared<std::atomic_bool>(false);
    // Read and parse on a worker; the GUI thread only appends finished chunks, so the rows show as they load.
    m_watcher.setFuture(QtConcurrent::run([this, path, errors = m_loadErrors, cancel = m_workerCancel]() -> QString {
        StringPool pool;
        DuplicateFinder duplicates; // validate's rule, so the table flags what `candor-cli validate` reports
        QVector<Example> chunk;
        auto flush = [&] {
            if (chunk.isEmpty())
                return;
            QMetaObject::invokeMethod(
                this, [this, rows = std::move(chunk)]() mutable { receiveRows(std::move(rows)); },
                Qt::QueuedConnection);
            chunk = {};
        };
        int lastPermille = -1;
        QString fatal;
        JsonlReader::read(
            path,
            [&](Example &&row, qint64 line) {
                row.flags &= ~unsigned(FlagDuplicate);
                if (duplicates.add(row, line).firstLine)
                    row.flags |= FlagDuplicate;
                pool.share(row);
                chunk.append(std::move(row));
                if (chunk.size() >= ChunkRows)
                    flush();
                return !cancel->load();
            },
            [&](const LineError &lineError) {
                if (errors->count++ < KeptLoadErrors)
                    errors->first.append(lineError);
            },
            &fatal,
            [&](qint64 done, qint64 total) {
                const int permille = total > 0 ? int(done * 1000 / total) : 1000;
                if (permille == lastPermille)
                    return;
                lastPermille = permille;
                QMetaObject::invokeMethod(
                    this, [this, permille] { Q_EMIT progress(permille, 1000); }, Qt::QueuedConnection);
            });
        flush();
        return fatal;
    }));
    return true;
}

void Session::receiveRows(QVector<Example> rows)
{
    if (rows.isEmpty() || m_run == RunKind::None)
        return;
    m_runReceived += int(rows.size());
    if (m_engine && m_engine->isRunning())
        m_modelRowsUnsaved = true;
    if (m_run == RunKind::Regenerate) {
        // Each new row takes the place of a chosen row of its level.
        for (const Example &row : std::as_const(rows)) {
            QVector<int> &targets = m_regenerateTargets[row.targetReward];
            if (targets.isEmpty())
                continue;
            const int target = targets.takeFirst();
            if (m_store->at(target).status != ReviewStatus::Pending)
                ++m_regeneratedReviewed;
            m_store->replace(target, row);
        }
    } else {
        if (m_replaceOnFirstRows) {
            // The earlier rows go only now that the new run has rows to take their place.
            m_replaceOnFirstRows = false;
            m_store->clear();
            if (m_workspace && m_workspaceRun)
                m_workspace->markRunOwnsRows(m_workspaceRun);
            m_reviewUnsaved = false;
            m_modelRowsUnsaved = m_engine && m_engine->isRunning();
            if (m_run != RunKind::Load)
                m_store->reserve(m_runTarget);
        }
        m_store->append(std::move(rows));
    }
    if (m_run != RunKind::Load) // a load counts per mille of the file read
        Q_EMIT progress(qMin(m_runReceived, m_runTarget), m_runTarget);
}

void Session::finishRun(bool ok, const QString &summary)
{
    const RunKind kind = m_run;
    m_run = RunKind::None;
    QString text = summary;
    if (std::exchange(m_replaceOnFirstRows, false) && !m_store->isEmpty())
        text += u' ' + tr("The table keeps its earlier rows.");
    if (kind == RunKind::Regenerate) {
        int missing = 0;
        for (const QVector<int> &targets : std::as_const(m_regenerateTargets))
            missing += int(targets.size());
        if (missing > 0)
            text += u' ' + tr("%n selected row(s) could not be regenerated and are unchanged.", nullptr, missing);
        if (m_regeneratedReviewed > 0)
            text += u' ' + tr("%n reviewed row(s) were replaced and are pending review again; Undo (Ctrl+Z) brings "
                              "the old rows back.",
                              nullptr, std::exchange(m_regeneratedReviewed, 0));
        m_regenerateTargets.clear();
    }
    if (m_workspace && m_workspaceRun) {
        WorkspaceRun run;
        run.id = std::exchange(m_workspaceRun, 0);
        run.rows = m_runReceived;
        run.outcome = ok ? u"completed"_s : u"stopped"_s;
        run.summary = text;
        if (m_engine && (kind == RunKind::Full || kind == RunKind::Preview || kind == RunKind::Regenerate)) {
            const GenerationEngine::Stats stats = m_engine->stats();
            run.inputTokens = stats.tokensPartlyUnknown ? -1 : stats.inputTokens;
            run.outputTokens = stats.tokensPartlyUnknown ? -1 : stats.outputTokens;
            run.cost = stats.costUsd.value_or(0);
            for (auto it = stats.errorsByKind.cbegin(); it != stats.errorsByKind.cend(); ++it)
                run.errors.insert(it.key(), it.value());
        }
        m_workspace->finishRun(run);
    }
    m_duplicates->scan();
    Q_EMIT runFinished(kind, ok, text);
}

void Session::mirrorAppended(int first, int last)
{
    if (!m_workspace || m_loadingWorkspace)
        return;
    QVector<Example> rows;
    rows.reserve(last - first + 1);
    for (int row = first; row <= last; ++row)
        rows.append(m_store->at(row));
    m_workspace->appendRows(first, std::move(rows));
}

void Session::mirrorChanged(int first, int last)
{
    if (!m_workspace || m_loadingWorkspace)
        return;
    QHash<int, Example> originals;
    const QHash<int, Example> &all = m_store->originals();
    if (last - first < all.size()) {
        for (int row = first; row <= last; ++row) {
            if (const Example *original = m_store->original(row))
                originals.insert(row, *original);
        }
    } else {
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.key() >= first && it.key() <= last)
                originals.insert(it.key(), it.value());
        }
    }
    QJsonObject detail;
    if (first == last) {
        const Example &e = m_store->at(first);
        detail = QJsonObject{{u"id"_s, e.id}, {u"status"_s, statusName(e.status)}, {u"flags"_s, int(e.flags)}};
        if (!e.rejectReason.isEmpty())
            detail.insert(u"reason"_s, e.rejectReason);
    }
    m_workspace->updateRows(m_store->snapshot(), first, last, std::move(originals));
    if (!m_duplicates->isApplying()) // the flags are kept with the rows, but nobody reviewed anything
        m_workspace->logReview(u"change"_s, first, last, detail);
}

void Session::attach(std::unique_ptr<Workspace> workspace)
{
    if (m_workspace) {
        const WorkspaceError pending = m_workspace->flush();
        if (pending)
            Q_EMIT message(pending.message);
    }
    m_workspace = std::move(workspace);
    if (m_workspace) {
        connect(m_workspace.get(), &Workspace::writeFailed, this, [this](const WorkspaceError &e) {
            Q_EMIT message(e.message);
            Q_EMIT projectWriteFailed(e.message);
        });
    }
}

bool Session::attachProject(const QString &path, const GenerationConfig &config, QString *error)
{
    if (QFileInfo::exists(path) && !ProjectFile::convert(path, error))
        return false;
    WorkspaceError failure;
    auto workspace = Workspace::open(path, true, &failure);
    if (!workspace) {
        *error = failure.message;
        return false;
    }
    workspace->setConfig(config.toJson());
    attach(std::move(workspace));
    return true;
}

void Session::closeProject()
{
    attach(nullptr);
}

bool Session::openProject(const QString &path, GenerationConfig *config, QString *error)
{
    if (isRunning()) {
        *error = tr("Wait for the current run to finish before opening a project.");
        return false;
    }
    m_damagedProject.clear();
    const auto loaded = ProjectFile::convert(path, error);
    if (!loaded) {
        WorkspaceError failure;
        if (Workspace::isDatabase(path) && !Workspace::readConfig(path, &failure) &&
            failure.kind == WorkspaceError::Kind::Damaged)
            m_damagedProject = QFileInfo(path).absoluteFilePath();
        return false;
    }
    WorkspaceError failure;
    auto workspace = Workspace::open(path, false, &failure);
    if (!workspace) {
        if (failure.kind == WorkspaceError::Kind::Damaged)
            m_damagedProject = QFileInfo(path).absoluteFilePath();
        *error = failure.message;
        return false;
    }
    *config = *loaded;
    attach(std::move(workspace));
    loadWorkspaceRows();
    return true;
}

void Session::loadWorkspaceRows()
{
    m_loadingWorkspace = true;
    m_replaceOnFirstRows = true;
    m_loadPath = m_workspace->path();
    m_loadErrors = std::make_shared<LoadErrors>();
    m_pendingChunks.clear();
    m_nextLoadRow = 0;
    const int total = m_workspace->rowCount();
    m_loadTotal = total;
    beginRun(RunKind::Load, 1000);
    Q_EMIT message(tr("Loading %1…").arg(QDir::toNativeSeparators(m_loadPath)));
    m_workerCancel = std::make_shared<std::atomic_bool>(false);
    Workspace *source = m_workspace.get();
    m_watcher.setFuture(QtConcurrent::run([this, source, total]() -> QString {
        // Two readers, each with its own connection, read a half each: decoding rows is most of a load's time.
        // Chunks reach the GUI thread out of order and are put in the store by row number.
        std::atomic_int done = 0;
        auto read = [&](int first, int last, WorkspaceError *error) {
            source->readRows(
                first, last, ChunkRows,
                [&](int firstRow, QVector<Example> rows, QVector<std::optional<Example>> originals) {
                    const int sum = done.fetch_add(int(rows.size())) + int(rows.size());
                    const int permille = total > 0 ? int(qMin<qint64>(1000, qint64(sum) * 1000 / total)) : 1000;
                    QMetaObject::invokeMethod(
                        this,
                        [this, firstRow, rows = std::move(rows), originals = std::move(originals), permille]() mutable {
                            receiveLoadedChunk(firstRow, LoadedChunk{std::move(rows), std::move(originals)}, permille);
                        },
                        Qt::QueuedConnection);
                },
                error);
        };
        const int split = total >= 4 * ChunkRows ? total / 2 / ChunkRows * ChunkRows : total;
        WorkspaceError firstError;
        WorkspaceError secondError;
        QFuture<void> second;
        if (split < total)
            second = QtConcurrent::run([&] { read(split, std::numeric_limits<int>::max(), &secondError); });
        read(0, split, &firstError);
        second.waitForFinished();
        // Rows past damage in the first half never reach the store (they would leave a gap), so its error rules.
        const WorkspaceError &readError = firstError ? firstError : secondError;
        if (readError.kind == WorkspaceError::Kind::Damaged) {
            const QString path = source->path();
            QMetaObject::invokeMethod(
                this, [this, path] { m_damagedProject = path; }, Qt::QueuedConnection);
        }
        return readError.message;
    }));
}

void Session::receiveLoadedChunk(int firstRow, LoadedChunk chunk, int permille)
{
    if (m_run != RunKind::Load)
        return;
    if (firstRow != m_nextLoadRow) {
        m_pendingChunks.insert(firstRow, chunk); // QMap::insert copies (implicitly shared vectors: cheap)
        return;
    }
    for (;;) {
        const int first = m_replaceOnFirstRows ? 0 : m_store->size();
        if (m_replaceOnFirstRows) {
            m_store->clear();
            m_replaceOnFirstRows = false;
            m_store->reserve(m_loadTotal);
        }
        m_nextLoadRow += int(chunk.rows.size());
        receiveRows(std::move(chunk.rows));
        for (qsizetype i = 0; i < chunk.originals.size(); ++i) {
            if (chunk.originals.at(i))
                m_store->restore(first + int(i), RowState{m_store->at(first + int(i)), chunk.originals.at(i)});
        }
        const auto next = m_pendingChunks.find(m_nextLoadRow);
        if (next == m_pendingChunks.end())
            break;
        chunk = std::move(next.value());
        m_pendingChunks.erase(next);
    }
    Q_EMIT progress(permille, 1000);
}

QString Session::untitledPath()
{
    return folder(u"untitled"_s) + u"/untitled.candor"_s;
}

bool Session::isUntitled() const
{
    return m_workspace && m_workspace->path() == QFileInfo(untitledPath()).absoluteFilePath();
}

std::optional<WorkspaceInfo> Session::startUntitled(QString *error)
{
    WorkspaceError failure;
    auto workspace = Workspace::open(untitledPath(), true, &failure);
    if (!workspace && failure.kind == WorkspaceError::Kind::Damaged) {
        // A damaged untitled project cannot be offered back; keep it aside for a person to look at, start afresh.
        ProjectFile::keepAsBackup(untitledPath(), error);
        workspace = Workspace::open(untitledPath(), true, &failure);
    }
    if (!workspace) {
        *error = failure.message;
        return std::nullopt;
    }
    const WorkspaceInfo info = workspace->info();
    attach(std::move(workspace));
    return info;
}

void Session::restoreUntitled()
{
    if (isUntitled() && !isRunning())
        loadWorkspaceRows();
}

void Session::discardUntitled()
{
    if (isUntitled())
        m_workspace->clearRows();
}

bool Session::saveProject(const QString &path, const GenerationConfig &config, QString *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (m_workspace && m_workspace->path() == target) {
        m_workspace->setConfig(config.toJson());
        const WorkspaceError failure = m_workspace->flush();
        if (failure)
            *error = failure.message;
        return !failure;
    }
    if (isRunning()) {
        *error = tr("Wait for the current run to finish before saving the project under a new name.");
        return false;
    }
    {
        // Never overwrite a project another Candor has open.
        QLockFile probe(target + u".lock"_s);
        probe.setStaleLockTime(0);
        if (!probe.tryLock(0)) {
            *error = tr("%1 is open in another Candor. Close it there first.").arg(QDir::toNativeSeparators(target));
            return false;
        }
    }
    // The new project is built beside the target and moved into place in one step, so a failure (a full disk)
    // leaves whatever was at the path as it was.
    const QString building = target + u".saving"_s;
    for (const QString &leftover : QStringList{building, building + u"-wal"_s, building + u"-shm"_s})
        QFile::remove(leftover);
    WorkspaceError failure;
    if (m_workspace) {
        // The open project carries its run history and review log along.
        m_workspace->copyTo(building, &failure);
    }
    if (!failure) {
        auto copy = Workspace::open(building, true, &failure);
        if (copy) {
            copy->setConfig(config.toJson());
            if (!m_workspace) {
                const DatasetSnapshot rows = m_store->snapshot();
                for (int first = 0; first < rows.size(); first += ChunkRows) {
                    const int last = qMin(first + ChunkRows, rows.size());
                    QVector<Example> chunk;
                    QVector<std::optional<Example>> originals;
                    chunk.reserve(last - first);
                    originals.reserve(last - first);
                    for (int row = first; row < last; ++row) {
                        chunk.append(rows.at(row));
                        const Example *original = m_store->original(row);
                        originals.append(original ? std::optional<Example>(*original) : std::nullopt);
                    }
                    copy->updateRows(first, std::move(chunk), std::move(originals));
                }
            }
            failure = copy->flush();
        }
    }
    if (!failure && QFileInfo(target).isFile() && !Workspace::isDatabase(target) &&
        !ProjectFile::keepAsBackup(target, error)) {
        QFile::remove(building);
        return false;
    }
    if (!failure && std::rename(QFile::encodeName(building).constData(), QFile::encodeName(target).constData()) != 0)
        failure = {WorkspaceError::Kind::Io,
                   tr("Could not save %1: %2")
                       .arg(QDir::toNativeSeparators(target), QString::fromLocal8Bit(std::strerror(errno)))};
    if (failure) {
        QFile::remove(building);
        *error = failure.message;
        return false;
    }
    QFile::remove(target + u"-wal"_s);
    QFile::remove(target + u"-shm"_s);
    auto saved = Workspace::open(target, false, &failure);
    if (!saved) {
        *error = failure.message;
        return false;
    }
    const bool wasUntitled = isUntitled();
    attach(std::move(saved));
    if (wasUntitled) {
        // Its rows are in the saved project now.
        for (const QString &file : QStringList{untitledPath(), untitledPath() + u"-wal"_s, untitledPath() + u"-shm"_s})
            QFile::remove(file);
    }
    m_reviewUnsaved = false;
    m_modelRowsUnsaved = false;
    return true;
}

void Session::pause()
{
    if (m_engine && m_engine->isRunning() && !m_engine->isPaused()) {
        m_engine->pause();
        Q_EMIT pausedChanged(true);
    }
}

void Session::resumeRun()
{
    if (m_engine && m_engine->isRunning() && m_engine->isPaused()) {
        m_engine->resume();
        Q_EMIT pausedChanged(false);
    }
}

void Session::cancel()
{
    if (m_engine && m_engine->isRunning())
        m_engine->cancel();
    if (m_workerCancel)
        m_workerCancel->store(true);
}

Session::Unsaved Session::unsaved() const
{
    if (m_store->isEmpty())
        return Unsaved::Nothing;
    // Template rows come back from their seed for free; review work and rows a model was paid for do not.
    if (m_reviewUnsaved)
        return Unsaved::Review;
    return m_modelRowsUnsaved ? Unsaved::ModelRows : Unsaved::Nothing;
}

void Session::markExported()
{
    m_reviewUnsaved = false;
    m_modelRowsUnsaved = false;
}

ExportSummary Session::exportTo(const ExportOptions &options)
{
    ExportOptions withClaims = options;
    LadderClaims::addTo(withClaims);
    const ExportSummary summary = exportRows(m_store->snapshot(), withClaims);
    if (summary.ok)
        markExported();
    return summary;
}

bool Session::writeTemplateDataset(const GenerationConfig &config, const LevelCounts &counts, DatasetWriter &writer,
                                   ExportFormat format, bool withMeta, const std::function<void(qint64)> &progress,
                                   QString *error)
{
    const auto generator = plannedGenerator(config, counts, error);
    if (!generator)
        return false;
    const qint64 total = generator->rowCount();
    std::deque<QFuture<QByteArray>> inFlight;
    const int depth = qMax(2, QThreadPool::globalInstance()->maxThreadCount() * 2);
    qint64 next = 0;
    qint64 done = 0;
    BufferPool pool;
    const TemplateGenerator &rows = *generator;
    auto encode = [&rows, &pool, format, withMeta](qint64 begin, qint64 end) {
        QByteArray bytes = pool.take();
        bytes.reserve((end - begin) * 640);
        if (format == ExportFormat::Jsonl) {
            rows.appendJsonl(bytes, begin, end, withMeta);
        } else {
            for (const Example &e : rows.examples(begin, end)) {
                if (format == ExportFormat::Csv)
                    DatasetWriter::appendCsvRow(bytes, e, withMeta);
                else
                    DatasetWriter::appendOpenAiChatLine(bytes, e);
            }
        }
        return bytes;
    };
    while (done < total) {
        while (next < total && int(inFlight.size()) < depth) {
            const qint64 end = qMin(total, next + ChunkRows);
            inFlight.push_back(QtConcurrent::run(encode, next, end));
            next = end;
        }
        QByteArray bytes = inFlight.front().takeResult();
        inFlight.pop_front();
        const qint64 chunkRows = qMin(total, done + ChunkRows) - done;
        const bool written = writer.writeEncoded(bytes, chunkRows);
        pool.give(std::move(bytes));
        if (!written) {
            for (auto &f : inFlight)
                f.waitForFinished();
            *error = writer.errorString();
            return false;
        }
        done += chunkRows;
        if (progress)
            progress(done);
    }
    return true;
}

} // namespace candor
