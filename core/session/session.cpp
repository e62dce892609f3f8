#include "session/session.h"

#include "generation/templatebank.h"
#include "generation/templategenerator.h"
#include "storage/datasetcheck.h"
#include "storage/exporter.h"
#include "storage/runjournal.h"

#include <QDateTime>
#include <QDir>

#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <limits>

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
    auto generator = std::make_unique<TemplateGenerator>(
        bank, TemplateGenerator::Options::fromConfig(config, QDateTime::currentMSecsSinceEpoch()));
    if (!generator->plan(counts, error))
        return nullptr;
    return generator;
}
} // namespace

Session::Session(QObject *parent) : QObject(parent), m_store(new DatasetStore(this))
{
    connect(m_store, &DatasetStore::rowsChanged, this, [this] { m_reviewUnsaved = true; });
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

void Session::beginRun(RunKind kind, int target)
{
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
    // A full run's journal lives in Candor's data folder, so a crash loses no accepted row and the next start offers
    // to resume it; previews and regenerations keep theirs apart, as nothing asks to resume them.
    const QString journal = !request.journalPath.isEmpty()
                                ? request.journalPath
                                : folder(request.kind == RunKind::Full ? u"runs"_s : u"scratch"_s) + newJournalName();
    m_output = request.output;
    beginRun(request.kind, total);
    startEngine(config, request.endpoint, journal, false);
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
    beginRun(RunKind::Full, contents.config.count);
    startEngine(contents.config, endpoint, journalPath, true);
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
    const bool ok = resume ? m_engine->resumeFrom(journal, &error) : m_engine->start(journal, &error);
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
            const QString text = written.error + u' ' +
                                 tr("(the rows are safe in %1)").arg(QDir::toNativeSeparators(m_engine->journalPath()));
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
    Q_EMIT runFinished(kind, ok, text);
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
    const ExportSummary summary = exportRows(m_store->snapshot(), options);
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
