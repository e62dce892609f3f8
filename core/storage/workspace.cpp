#include "storage/workspace.h"

#include "i18n/trfunction.h"
#include "storage/jsonlreader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QThread>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>
#include <limits>

namespace candor {
using namespace Qt::StringLiterals;

namespace {
CANDOR_TR_FUNCTION("candor::Workspace")

const char RowColumns[] = "seq, id, prompt, ideal_answer, expected_feedback, target_reward, tags, search_hint, source, "
                          "provider, model, created, status, flags, reject_reason, original, grp, level_set, template, "
                          "topic, language, seed, judge";

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's primary result code (the low byte of an extended one) as Qt SQL reports it in nativeErrorCode().
int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}
bool isDiskFull(const QSqlError &error)
{
    return sqliteCode(error) == 13 /* SQLITE_FULL */ || error.databaseText().contains(u"disk is full"_s);
}
bool isCorrupt(const QSqlError &error)
{
    return sqliteCode(error) == 11 /* SQLITE_CORRUPT */ || sqliteCode(error) == 26 /* SQLITE_NOTADB */;
}

WorkspaceError errorFrom(const QSqlError &error, const QString &path)
{
    WorkspaceError e;
    if (isDiskFull(error)) {
        e.kind = WorkspaceError::Kind::DiskFull;
        e.message = tr("No space left on the disk for %1: the last change was not saved; everything saved before it "
                       "is intact.")
                        .arg(nativeName(path));
    } else if (isCorrupt(error)) {
        e.kind = WorkspaceError::Kind::Damaged;
        e.message = tr("The project %1 is damaged (%2).").arg(nativeName(path), error.databaseText());
    } else {
        e.kind = WorkspaceError::Kind::Io;
        e.message = tr("Could not use the project %1: %2").arg(nativeName(path), error.text());
    }
    return e;
}

// Tags as a JSON array (readable with SQLite's json functions). Written and read by hand when no tag needs an
// escape, which is nearly always: a JSON parse per row would cost a million-row project a few seconds.
QString tagsJson(const QStringList &tags)
{
    if (tags.isEmpty())
        return u"[]"_s;
    QString json;
    json.reserve(64);
    json += u'[';
    for (const QString &tag : tags) {
        for (const QChar c : tag) {
            if (c == u'"' || c == u'\\' || c.unicode() < 0x20)
                return QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
        }
        if (json.size() > 1)
            json += u',';
        json += u'"';
        json += tag;
        json += u'"';
    }
    json += u']';
    return json;
}

QStringList tagsFromJson(const QString &json)
{
    if (json.size() <= 2)
        return {};
    if (!json.contains(u'\\') && json.startsWith(u"[\""_s) && json.endsWith(u"\"]"_s)) {
        const QStringView inner = QStringView(json).mid(2, json.size() - 4);
        QStringList tags;
        for (const QStringView tag : inner.split(u"\",\""_s))
            tags << tag.toString();
        return tags;
    }
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    tags.reserve(array.size());
    for (const QJsonValue &v : array)
        tags << v.toString();
    return tags;
}

QString countsJson(const LevelCounts &counts)
{
    QJsonObject o;
    for (int i = 0; i < Rubric::LevelCount; ++i)
        o.insert(Rubric::formatReward(Rubric::rewardAt(i)), counts[std::size_t(i)]);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

LevelCounts countsFromJson(const QString &json)
{
    LevelCounts counts{};
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (int i = 0; i < Rubric::LevelCount; ++i)
        counts[std::size_t(i)] = o.value(Rubric::formatReward(Rubric::rewardAt(i))).toInt();
    return counts;
}

QString objectJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromJson(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// One row of "SELECT <RowColumns>" back into an Example and its generated original.
Example rowFromQuery(const QSqlQuery &q, std::optional<Example> *original)
{
    Example e;
    e.id = q.value(1).toString();
    e.prompt = q.value(2).toString();
    e.idealAnswer = q.value(3).toString();
    e.expectedFeedback = q.value(4).toString();
    e.targetReward = q.value(5).toInt();
    e.tags = tagsFromJson(q.value(6).toString());
    e.searchHint = q.value(7).toString();
    sourceFromName(q.value(8).toString(), &e.source);
    e.provider = q.value(9).toString();
    e.model = q.value(10).toString();
    e.createdMs = q.value(11).toLongLong();
    statusFromName(q.value(12).toString(), &e.status);
    e.flags = q.value(13).toUInt();
    e.rejectReason = q.value(14).toString();
    e.group = q.value(16).toString();
    e.levelSet = quint8(q.value(17).toUInt());
    e.templateId = q.value(18).toString();
    e.topic = q.value(19).toString();
    e.language = q.value(20).toString();
    if (!q.value(21).isNull())
        e.seed = quint64(q.value(21).toLongLong());
    if (!q.value(22).isNull())
        e.judge = judgeFromJson(QJsonDocument::fromJson(q.value(22).toString().toUtf8()).object());
    const QString originalJson = q.value(15).toString();
    if (!originalJson.isEmpty()) {
        Example o;
        QString parseError;
        if (JsonlReader::parseLine(originalJson.toUtf8(), &o, &parseError))
            *original = std::move(o);
    }
    return e;
}

std::atomic<int> g_connections{0};
} // namespace

// Owns the connection; lives on the workspace thread, where every query runs.
class Workspace::Worker : public QObject
{
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}
    ~Worker() override { close(); }

    WorkspaceError open()
    {
        m_name = u"candor-workspace-%1"_s.arg(++g_connections);
        {
            // Whether the file may be created was decided before (Workspace::open); here it exists or may.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
            db.setDatabaseName(m_path);
            if (!db.open())
                return errorFrom(db.lastError(), m_path);
        }
        QSqlQuery q(database());
        // WAL: readers never wait for the writer and a commit is one append to the log; NORMAL sync is durable
        // across a crash of Candor (not of the machine's power mid-checkpoint, which costs an fsync per commit).
        if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next())
            return errorFrom(q.lastError(), m_path);
        for (const QString &pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s,
                                      u"PRAGMA busy_timeout=5000"_s, u"PRAGMA cache_size=-65536"_s}) {
            if (!q.exec(pragma))
                return errorFrom(q.lastError(), m_path);
        }
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return errorFrom(q.lastError(), m_path);
        const int version = q.value(0).toInt();
        if (version > SchemaVersion) {
            return {WorkspaceError::Kind::TooNew,
                    tr("The project %1 was saved by a newer Candor (format %2; this one reads up to %3).")
                        .arg(nativeName(m_path))
                        .arg(version)
                        .arg(SchemaVersion)};
        }
        if (version == 0) {
            if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
                return errorFrom(q.lastError(), m_path);
            if (q.value(0).toInt() > 0) {
                return {WorkspaceError::Kind::NotProject,
                        tr("%1 is a database, but not a Candor project.").arg(nativeName(m_path))};
            }
        }
        if (version < SchemaVersion) {
            if (const WorkspaceError e = migrate(version))
                return e;
        }
        if (!q.exec(u"SELECT value FROM meta WHERE key = 'format'"_s) || !q.next() ||
            q.value(0).toString() != u"candor-project"_s) {
            return {WorkspaceError::Kind::NotProject,
                    tr("%1 is a database, but not a Candor project.").arg(nativeName(m_path))};
        }
        return {};
    }

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    void close()
    {
        if (m_name.isEmpty())
            return;
        sqlite3_finalize(m_insert);
        m_insert = nullptr;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                // Fold the write-ahead log back in, so the project is one file again once Candor closes it.
                QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
    }

    // Forward migrations, one step per version, each in its own transaction.
    WorkspaceError migrate(int from)
    {
        QSqlDatabase db = database();
        for (int version = from; version < SchemaVersion; ++version) {
            if (!db.transaction())
                return errorFrom(db.lastError(), m_path);
            QStringList statements;
            if (version == 0) {
                statements = {
                    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                    u"INSERT INTO meta (key, value) VALUES ('format', 'candor-project')"_s,
                    u"CREATE TABLE rows (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, prompt TEXT NOT NULL, "
                    "ideal_answer TEXT NOT NULL, expected_feedback TEXT NOT NULL, target_reward INTEGER NOT NULL "
                    "CHECK (target_reward BETWEEN -2 AND 2), tags TEXT NOT NULL DEFAULT '[]', search_hint TEXT, "
                    "source TEXT NOT NULL, provider TEXT, model TEXT, created INTEGER, grp TEXT, "
                    "status TEXT NOT NULL DEFAULT 'pending', flags INTEGER NOT NULL DEFAULT 0, reject_reason TEXT, "
                    "original TEXT)"_s,
                    u"CREATE TABLE runs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, started INTEGER NOT NULL, "
                    "ended INTEGER, config TEXT, counts TEXT, rows INTEGER NOT NULL DEFAULT 0, input_tokens INTEGER, "
                    "output_tokens INTEGER, cost REAL, errors TEXT, outcome TEXT, summary TEXT)"_s,
                    u"CREATE TABLE review_log (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user TEXT, "
                    "action TEXT NOT NULL, first_row INTEGER, last_row INTEGER, detail TEXT)"_s,
                };
            } else if (version == 1) {
                // Version 2: whether a run's rows replaced the project's (a run resumes only its own rows), and the
                // undo history, so Undo reaches back past a reopening.
                statements = {
                    u"ALTER TABLE runs ADD COLUMN owns_rows INTEGER NOT NULL DEFAULT 0"_s,
                    // Provenance: the ladder's levels, the bank template, the topic, the language and the seed.
                    u"ALTER TABLE rows ADD COLUMN level_set INTEGER NOT NULL DEFAULT 0"_s,
                    u"ALTER TABLE rows ADD COLUMN template TEXT"_s,
                    u"ALTER TABLE rows ADD COLUMN topic TEXT"_s,
                    u"ALTER TABLE rows ADD COLUMN language TEXT"_s,
                    u"ALTER TABLE rows ADD COLUMN seed INTEGER"_s,
                    u"CREATE TABLE undo_steps (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, text TEXT NOT NULL, "
                    "data BLOB NOT NULL, undone INTEGER NOT NULL DEFAULT 0)"_s,
                };
            } else if (version == 2) {
                // Version 3: a judge model's verdict (meta.judge, as JSON).
                statements = {u"ALTER TABLE rows ADD COLUMN judge TEXT"_s};
            }
            statements << u"PRAGMA user_version = %1"_s.arg(version + 1);
            QSqlQuery q(db);
            for (const QString &statement : std::as_const(statements)) {
                if (!q.exec(statement)) {
                    const WorkspaceError e = errorFrom(q.lastError(), m_path);
                    db.rollback();
                    return e;
                }
            }
            if (!db.commit())
                return errorFrom(db.lastError(), m_path);
        }
        return {};
    }

    // Runs statements in one transaction; a failure rolls it back and is remembered for flush() and writeFailed.
    bool transaction(const std::function<bool(QSqlDatabase &, QSqlError *)> &body)
    {
        QSqlDatabase db = database();
        QSqlError error;
        if (!db.transaction()) {
            fail(db.lastError());
            return false;
        }
        if (!body(db, &error)) {
            db.rollback();
            fail(error);
            return false;
        }
        if (!db.commit()) {
            const QSqlError commitError = db.lastError();
            db.rollback();
            fail(commitError);
            return false;
        }
        return true;
    }

    // The connection's sqlite3 handle: the row statements, run a million times, use SQLite's C interface directly
    // (UTF-16 straight from QString, no QVariant per value); everything else goes through Qt SQL.
    sqlite3 *handle() const
    {
        const QVariant v = database().driver()->handle();
        return v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(v.constData())
                                                                     : nullptr;
    }

    static QSqlError sqliteError(sqlite3 *db)
    {
        return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                         QString::number(sqlite3_extended_errcode(db)));
    }

    bool writeRows(QSqlDatabase &, int first, const QVector<Example> &rows,
                   const QVector<std::optional<Example>> &originals, QSqlError *error)
    {
        sqlite3 *db = handle();
        if (!m_insert) {
            const QByteArray sql =
                "INSERT OR REPLACE INTO rows (" + QByteArray(RowColumns) +
                ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
                "?20, ?21, ?22, ?23)";
            if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_insert,
                                   nullptr) != SQLITE_OK) {
                *error = sqliteError(db);
                m_insert = nullptr;
                return false;
            }
        }
        // Texts go in as UTF-8, the database's encoding, converted by Qt's vectorised encoder into one buffer per
        // row: binding UTF-16 made SQLite translate every field itself, a quarter of a million-row run's writing.
        QStringEncoder encoder(QStringEncoder::Utf8, QStringConverter::Flag::Stateless);
        char *out = nullptr;
        auto text = [&](int column, QStringView value) {
            if (value.isEmpty() && column != 3 && column != 4 && column != 5) {
                sqlite3_bind_null(m_insert, column);
                return;
            }
            char *end = encoder.appendToBuffer(out, value);
            sqlite3_bind_text(m_insert, column, out, int(end - out), SQLITE_STATIC);
            out = end;
        };
        QByteArray line;
        QByteArray judge;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const Example &e = rows.at(i);
            const QString tags = tagsJson(e.tags);
            const QString source = sourceName(e.source);
            const QString status = statusName(e.status);
            const QStringView fields[] = {e.id,    e.prompt,     e.idealAnswer, e.expectedFeedback,
                                          tags,    e.searchHint, source,        e.provider,
                                          e.model, status,       e.rejectReason};
            qsizetype space = 0;
            for (const QStringView field : fields)
                space += encoder.requiredSpace(field.size());
            if (m_text.size() < space)
                m_text.resize(space);
            out = m_text.data();
            sqlite3_bind_int64(m_insert, 1, first + i);
            text(2, e.id);
            text(3, e.prompt);
            text(4, e.idealAnswer);
            text(5, e.expectedFeedback);
            sqlite3_bind_int(m_insert, 6, e.targetReward);
            text(7, tags);
            text(8, e.searchHint);
            text(9, source);
            text(10, e.provider);
            text(11, e.model);
            if (e.createdMs)
                sqlite3_bind_int64(m_insert, 12, e.createdMs);
            else
                sqlite3_bind_null(m_insert, 12);
            text(13, status);
            sqlite3_bind_int64(m_insert, 14, e.flags);
            text(15, e.rejectReason);
            const std::optional<Example> &original = i < originals.size() ? originals.at(i) : std::nullopt;
            if (original) {
                line.clear();
                appendJsonLine(line, *original, true);
                line.chop(1);
                sqlite3_bind_text(m_insert, 16, line.constData(), int(line.size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_null(m_insert, 16);
            }
            text(17, e.group);
            sqlite3_bind_int(m_insert, 18, e.levelSet);
            text(19, e.templateId);
            text(20, e.topic);
            text(21, e.language);
            if (e.seed)
                sqlite3_bind_int64(m_insert, 22, qint64(*e.seed)); // the bits of a seed past 2^63 round-trip
            else
                sqlite3_bind_null(m_insert, 22);
            if (e.judge) {
                judge = judgeJson(*e.judge);
                sqlite3_bind_text(m_insert, 23, judge.constData(), int(judge.size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_null(m_insert, 23);
            }
            const int rc = sqlite3_step(m_insert);
            sqlite3_reset(m_insert);
            if (rc != SQLITE_DONE) {
                *error = sqliteError(db);
                sqlite3_clear_bindings(m_insert);
                return false;
            }
        }
        sqlite3_clear_bindings(m_insert);
        return true;
    }

    void fail(const QSqlError &error)
    {
        const WorkspaceError e = errorFrom(error, m_path);
        if (!m_failure)
            m_failure = e;
        if (m_owner)
            Q_EMIT m_owner->writeFailed(e);
    }

    QString m_path;
    QString m_name;
    Workspace *m_owner = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    QByteArray m_text; // the UTF-8 of the row being inserted
    WorkspaceError m_failure;
};

Workspace::Workspace(const QString &path) : m_path(path)
{
    qRegisterMetaType<WorkspaceError>();
}

Workspace::~Workspace()
{
    if (m_thread) {
        call([](Worker &w) { w.close(); });
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
}

bool Workspace::isDatabase(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, bool create, WorkspaceError *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isFile()) {
        *error = {WorkspaceError::Kind::NotProject, tr("%1 is not a file.").arg(nativeName(absolute))};
        return nullptr;
    }
    if (info.exists() && info.size() > 0 && !isDatabase(absolute)) {
        *error = {WorkspaceError::Kind::NotProject,
                  tr("%1 is not a Candor project database.").arg(nativeName(absolute))};
        return nullptr;
    }
    if (!info.exists() && !create) {
        *error = {WorkspaceError::Kind::Io, tr("%1 does not exist.").arg(nativeName(absolute))};
        return nullptr;
    }

    std::unique_ptr<Workspace> workspace(new Workspace(absolute));
    workspace->m_lock = std::make_unique<QLockFile>(absolute + u".lock"_s);
    // A lock left by a Candor that crashed names a process that is gone; QLockFile takes it over.
    workspace->m_lock->setStaleLockTime(0);
    if (!workspace->m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        workspace->m_lock->getLockInfo(&pid, &host, &application);
        *error = {WorkspaceError::Kind::Locked,
                  workspace->m_lock->error() == QLockFile::LockFailedError
                      ? tr("%1 is open in another Candor (process %2 on %3). Close it there first.")
                            .arg(nativeName(absolute))
                            .arg(pid)
                            .arg(host)
                      : tr("Could not lock %1: the folder is not writable.").arg(nativeName(absolute))};
        workspace->m_lock.reset();
        return nullptr;
    }

    workspace->m_thread = new QThread;
    workspace->m_thread->setObjectName(u"candor-workspace"_s);
    workspace->m_worker = new Worker(absolute);
    workspace->m_worker->m_owner = workspace.get();
    workspace->m_worker->moveToThread(workspace->m_thread);
    workspace->m_thread->start();
    WorkspaceError opened;
    workspace->call([&opened](Worker &w) { opened = w.open(); });
    if (opened) {
        *error = opened;
        return nullptr;
    }
    workspace->call([&workspace](Worker &w) {
        QSqlQuery q(w.database());
        if (q.exec(u"SELECT max(id) FROM undo_steps"_s) && q.next())
            workspace->m_nextStep = q.value(0).toLongLong() + 1;
    });
    return workspace;
}

void Workspace::post(std::function<void(Worker &)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)] { job(*worker); }, Qt::QueuedConnection);
}

void Workspace::call(const std::function<void(Worker &)> &job) const
{
    if (QThread::currentThread() == m_thread) {
        job(*m_worker);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, &job] { job(*worker); }, Qt::BlockingQueuedConnection);
}

QJsonObject Workspace::config() const
{
    QJsonObject config;
    call([&config](Worker &w) {
        QSqlQuery q(w.database());
        if (q.exec(u"SELECT value FROM meta WHERE key = 'config'"_s) && q.next())
            config = objectFromJson(q.value(0).toString());
    });
    return config;
}

void Workspace::setConfig(const QJsonObject &config)
{
    post([json = objectJson(config)](Worker &w) {
        w.transaction([&json](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            q.prepare(u"INSERT OR REPLACE INTO meta (key, value) VALUES ('config', ?)"_s);
            q.addBindValue(json);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            return true;
        });
    });
}

void Workspace::appendRows(int first, QVector<Example> rows)
{
    post([first, rows = std::move(rows)](Worker &w) {
        w.transaction([&](QSqlDatabase &db, QSqlError *error) { return w.writeRows(db, first, rows, {}, error); });
    });
}

void Workspace::updateRows(int first, QVector<Example> rows, QVector<std::optional<Example>> originals)
{
    post([first, rows = std::move(rows), originals = std::move(originals)](Worker &w) {
        w.transaction(
            [&](QSqlDatabase &db, QSqlError *error) { return w.writeRows(db, first, rows, originals, error); });
    });
}

void Workspace::updateRows(const DatasetSnapshot &snapshot, int first, int last, QHash<int, Example> originals)
{
    post([snapshot, first, last, originals = std::move(originals)](Worker &w) {
        w.transaction([&](QSqlDatabase &db, QSqlError *error) {
            constexpr int Slice = 4096;
            for (int from = first; from <= last; from += Slice) {
                const int to = qMin(last, from + Slice - 1);
                QVector<Example> rows;
                QVector<std::optional<Example>> sliceOriginals;
                rows.reserve(to - from + 1);
                for (int row = from; row <= to; ++row) {
                    rows.append(snapshot.at(row));
                    const auto it = originals.constFind(row);
                    sliceOriginals.append(it == originals.cend() ? std::nullopt : std::optional<Example>(*it));
                }
                if (!w.writeRows(db, from, rows, sliceOriginals, error))
                    return false;
            }
            return true;
        });
    });
}

void Workspace::clearRows()
{
    post([](Worker &w) {
        w.transaction([](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            // The undo steps name rows that are gone.
            if (!q.exec(u"DELETE FROM rows"_s) || !q.exec(u"DELETE FROM undo_steps"_s)) {
                *error = q.lastError();
                return false;
            }
            return true;
        });
    });
}

qint64 Workspace::pushUndoStep(const QString &text, const QByteArray &data)
{
    const qint64 id = m_nextStep++;
    post([id, text, data, at = QDateTime::currentMSecsSinceEpoch()](Worker &w) {
        w.transaction([&](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            // A new step drops the undone ones, as the undo stack does, and the history keeps its last steps.
            q.prepare(u"DELETE FROM undo_steps WHERE undone = 1 OR id <= ?"_s);
            q.addBindValue(id - KeptUndoSteps);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            q.prepare(u"INSERT INTO undo_steps (id, at, text, data) VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(id);
            q.addBindValue(at);
            q.addBindValue(text);
            q.addBindValue(data);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            return true;
        });
    });
    return id;
}

void Workspace::updateUndoStep(qint64 id, const QByteArray &data)
{
    post([id, data](Worker &w) {
        w.transaction([&](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE undo_steps SET data = ? WHERE id = ?"_s);
            q.addBindValue(data);
            q.addBindValue(id);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            return true;
        });
    });
}

void Workspace::setUndoStepUndone(qint64 id, bool undone)
{
    post([id, undone](Worker &w) {
        w.transaction([&](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE undo_steps SET undone = ? WHERE id = ?"_s);
            q.addBindValue(undone ? 1 : 0);
            q.addBindValue(id);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            return true;
        });
    });
}

QVector<UndoStep> Workspace::undoSteps() const
{
    QVector<UndoStep> steps;
    call([&steps](Worker &w) {
        QSqlQuery q(w.database());
        if (!q.exec(u"SELECT id, text, data, undone FROM undo_steps ORDER BY id"_s))
            return;
        while (q.next())
            steps.append(
                {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray(), q.value(3).toBool()});
    });
    return steps;
}

void Workspace::markRunOwnsRows(qint64 runId)
{
    post([runId](Worker &w) {
        w.transaction([&](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE runs SET owns_rows = 1 WHERE id = ?"_s);
            q.addBindValue(runId);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            return true;
        });
    });
}

namespace {
// Equal tag lists and provider/model names share one copy: a million rows name a few dozen of them.
class RowStrings
{
public:
    QStringList tags(const char *utf8, int bytes)
    {
        const QByteArray key = QByteArray::fromRawData(utf8, bytes);
        const auto it = m_tags.constFind(key);
        if (it != m_tags.cend())
            return *it;
        QStringList list = tagsFromJson(QString::fromUtf8(utf8, bytes));
        if (m_tags.size() < 4096)
            m_tags.insert(QByteArray(utf8, bytes), list);
        return list;
    }
    QString name(const char *utf8, int bytes)
    {
        if (!utf8)
            return {};
        QString &last = bytes < 64 ? m_names[QByteArray::fromRawData(utf8, bytes)] : m_scratch;
        if (last.isNull() || bytes >= 64)
            last = QString::fromUtf8(utf8, bytes);
        if (bytes < 64 && m_names.size() > 4096) {
            const QString copy = last;
            m_names.clear();
            return copy;
        }
        return last;
    }

private:
    QHash<QByteArray, QStringList> m_tags;
    QHash<QByteArray, QString> m_names;
    QString m_scratch;
};
} // namespace

int Workspace::rowCount() const
{
    int rows = 0;
    call([&rows](Worker &w) {
        QSqlQuery q(w.database());
        if (q.exec(u"SELECT max(seq) FROM rows"_s) && q.next() && !q.value(0).isNull())
            rows = q.value(0).toInt() + 1;
    });
    return rows;
}

bool Workspace::readRows(int chunkRows, const RowChunkHandler &onChunk, WorkspaceError *error) const
{
    return readRows(0, std::numeric_limits<int>::max(), chunkRows, onChunk, error);
}

bool Workspace::readRows(int first, int last, int chunkRows, const RowChunkHandler &onChunk,
                         WorkspaceError *error) const
{
    // Writes queued before this call are committed first; then the rows are read on the calling thread with a
    // read-only connection of its own (write-ahead logging lets it run beside the writer and other readers).
    call([](Worker &) {});
    sqlite3 *db = nullptr;
    auto fail = [&] {
        const QSqlError e = db ? Worker::sqliteError(db) : QSqlError(QString(), tr("out of memory"));
        *error = errorFrom(e, m_path);
        return false;
    };
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
        const bool ok = fail();
        sqlite3_close(db);
        return ok;
    }
    sqlite3_busy_timeout(db, 5000);
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = "SELECT " + QByteArray(RowColumns) + " FROM rows WHERE seq >= ?1 AND seq < ?2 ORDER BY seq";
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        const bool ok = fail();
        sqlite3_close(db);
        return ok;
    }
    sqlite3_bind_int(statement, 1, first);
    sqlite3_bind_int(statement, 2, last);
    auto utf8 = [statement](int column) { return static_cast<const char *>(sqlite3_column_blob(statement, column)); };
    auto bytes = [statement](int column) { return sqlite3_column_bytes(statement, column); };
    auto text = [&](int column) {
        const char *data = utf8(column);
        return data ? QString::fromUtf8(data, bytes(column)) : QString();
    };
    RowStrings strings;
    QVector<Example> rows;
    QVector<std::optional<Example>> originals; // stays empty while no row in the chunk has one
    rows.reserve(chunkRows);
    int chunkFirst = first;
    auto hand = [&] {
        const int count = int(rows.size());
        onChunk(chunkFirst, std::move(rows), std::move(originals));
        chunkFirst += count;
        rows = {};
        originals = {};
        rows.reserve(chunkRows);
    };
    int rc;
    bool started = false;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (!started) {
            chunkFirst = sqlite3_column_int(statement, 0);
            started = true;
        }
        Example e;
        e.id = text(1);
        e.prompt = text(2);
        e.idealAnswer = text(3);
        e.expectedFeedback = text(4);
        e.targetReward = sqlite3_column_int(statement, 5);
        e.tags = strings.tags(utf8(6), bytes(6));
        e.searchHint = text(7);
        sourceFromName(strings.name(utf8(8), bytes(8)), &e.source);
        e.provider = strings.name(utf8(9), bytes(9));
        e.model = strings.name(utf8(10), bytes(10));
        e.createdMs = sqlite3_column_int64(statement, 11);
        statusFromName(strings.name(utf8(12), bytes(12)), &e.status);
        e.flags = unsigned(sqlite3_column_int64(statement, 13));
        e.rejectReason = text(14);
        e.group = text(16);
        e.levelSet = quint8(sqlite3_column_int(statement, 17));
        e.templateId = strings.name(utf8(18), bytes(18));
        e.topic = strings.name(utf8(19), bytes(19));
        e.language = strings.name(utf8(20), bytes(20));
        if (sqlite3_column_type(statement, 21) != SQLITE_NULL)
            e.seed = quint64(sqlite3_column_int64(statement, 21));
        if (sqlite3_column_type(statement, 22) != SQLITE_NULL)
            e.judge = judgeFromJson(QJsonDocument::fromJson(QByteArray::fromRawData(utf8(22), bytes(22))).object());
        if (sqlite3_column_type(statement, 15) != SQLITE_NULL) {
            Example o;
            QString parseError;
            if (JsonlReader::parseLine(QByteArray::fromRawData(utf8(15), bytes(15)), &o, &parseError)) {
                originals.resize(rows.size() + 1);
                originals.last() = std::move(o);
            }
        }
        rows.append(std::move(e));
        if (rows.size() >= chunkRows)
            hand();
    }
    bool ok = true;
    if (rc != SQLITE_DONE)
        ok = fail();
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (!rows.isEmpty())
        hand();
    return ok;
}

qint64 Workspace::beginRun(const WorkspaceRun &run)
{
    qint64 id = 0;
    call([&](Worker &w) {
        w.transaction([&](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO runs (kind, started, config, counts) VALUES (?, ?, ?, ?)"_s);
            q.addBindValue(run.kind);
            q.addBindValue(run.startedMs ? run.startedMs : QDateTime::currentMSecsSinceEpoch());
            q.addBindValue(objectJson(run.config));
            q.addBindValue(countsJson(run.counts));
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            id = q.lastInsertId().toLongLong();
            return true;
        });
    });
    return id;
}

void Workspace::finishRun(const WorkspaceRun &run)
{
    post([run](Worker &w) {
        w.transaction([&run](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            q.prepare(u"UPDATE runs SET ended = ?, rows = ?, input_tokens = ?, output_tokens = ?, cost = ?, "
                      "errors = ?, outcome = ?, summary = ? WHERE id = ?"_s);
            q.addBindValue(run.endedMs ? run.endedMs : QDateTime::currentMSecsSinceEpoch());
            q.addBindValue(run.rows);
            q.addBindValue(run.inputTokens >= 0 ? QVariant(run.inputTokens) : QVariant());
            q.addBindValue(run.outputTokens >= 0 ? QVariant(run.outputTokens) : QVariant());
            q.addBindValue(run.cost);
            q.addBindValue(objectJson(run.errors));
            q.addBindValue(run.outcome);
            q.addBindValue(run.summary);
            q.addBindValue(run.id);
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            return true;
        });
    });
}

QVector<WorkspaceRun> Workspace::runs() const
{
    QVector<WorkspaceRun> runs;
    call([&runs](Worker &w) {
        QSqlQuery q(w.database());
        if (!q.exec(u"SELECT id, kind, started, ended, config, counts, rows, input_tokens, output_tokens, cost, "
                    "errors, outcome, summary, owns_rows FROM runs ORDER BY id"_s))
            return;
        while (q.next()) {
            WorkspaceRun run;
            run.id = q.value(0).toLongLong();
            run.kind = q.value(1).toString();
            run.startedMs = q.value(2).toLongLong();
            run.endedMs = q.value(3).toLongLong();
            run.config = objectFromJson(q.value(4).toString());
            run.counts = countsFromJson(q.value(5).toString());
            run.rows = q.value(6).toInt();
            run.inputTokens = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
            run.outputTokens = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
            run.cost = q.value(9).toDouble();
            run.errors = objectFromJson(q.value(10).toString());
            run.outcome = q.value(11).toString();
            run.summary = q.value(12).toString();
            run.ownsRows = q.value(13).toBool();
            runs.append(run);
        }
    });
    return runs;
}

void Workspace::logReview(const QString &action, int firstRow, int lastRow, const QJsonObject &detail)
{
    post([action, firstRow, lastRow, json = detail.isEmpty() ? QString() : objectJson(detail),
          at = QDateTime::currentMSecsSinceEpoch()](Worker &w) {
        w.transaction([&](QSqlDatabase &db, QSqlError *error) {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO review_log (at, user, action, first_row, last_row, detail) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s);
            q.addBindValue(at);
            q.addBindValue(qEnvironmentVariable("USER"));
            q.addBindValue(action);
            q.addBindValue(firstRow);
            q.addBindValue(lastRow);
            q.addBindValue(json.isEmpty() ? QVariant() : QVariant(json));
            if (!q.exec()) {
                *error = q.lastError();
                return false;
            }
            return true;
        });
    });
}

WorkspaceInfo Workspace::info() const
{
    WorkspaceInfo info;
    call([&info](Worker &w) {
        QSqlQuery q(w.database());
        if (q.exec(u"SELECT target_reward, status, count(*), sum(flags & 1) FROM rows "
                   "GROUP BY target_reward, status"_s)) {
            while (q.next()) {
                const int reward = q.value(0).toInt();
                ReviewStatus status = ReviewStatus::Pending;
                statusFromName(q.value(1).toString(), &status);
                const int count = q.value(2).toInt();
                info.rows += count;
                if (Rubric::isValid(reward))
                    info.levels[std::size_t(Rubric::indexOf(reward))] += count;
                info.statuses[std::size_t(status)] += count;
                info.edited += q.value(3).toInt();
            }
        }
        if (q.exec(u"SELECT (SELECT count(*) FROM runs), (SELECT count(*) FROM review_log)"_s) && q.next()) {
            info.runs = q.value(0).toInt();
            info.reviewActions = q.value(1).toInt();
        }
        if (q.exec(u"PRAGMA user_version"_s) && q.next())
            info.schemaVersion = q.value(0).toInt();
    });
    info.fileBytes = QFileInfo(m_path).size() + QFileInfo(m_path + u"-wal"_s).size();
    return info;
}

bool Workspace::copyTo(const QString &target, WorkspaceError *error)
{
    if (const WorkspaceError pending = flush()) {
        *error = pending;
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = {WorkspaceError::Kind::Io, tr("%1 already exists.").arg(nativeName(target))};
        return false;
    }
    bool ok = false;
    call([&](Worker &w) {
        QSqlQuery q(w.database());
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(target);
        ok = q.exec();
        if (!ok)
            *error = errorFrom(q.lastError(), target);
    });
    if (!ok)
        QFile::remove(target);
    return ok;
}

std::optional<QJsonObject> Workspace::readConfig(const QString &path, WorkspaceError *error)
{
    if (!isDatabase(path)) {
        *error = {WorkspaceError::Kind::NotProject, tr("%1 is not a Candor project database.").arg(nativeName(path))};
        return std::nullopt;
    }
    // SQLite's own API, read-only: no Qt SQL connection to set up and tear down for one row (candor-cli --config
    // reads a project another Candor may have open).
    std::optional<QJsonObject> config;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    const QString notProject = tr("%1 is a database, but not a Candor project.").arg(nativeName(path));
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = errorFrom(db ? Worker::sqliteError(db) : QSqlError(QString(), tr("out of memory")), path);
    } else if (sqlite3_busy_timeout(db, 5000);
               sqlite3_prepare_v2(db, "SELECT key, value FROM meta WHERE key IN ('format', 'config')", -1, &statement,
                                  nullptr) != SQLITE_OK) {
        const QSqlError e = Worker::sqliteError(db);
        *error = isCorrupt(e) ? errorFrom(e, path) : WorkspaceError{WorkspaceError::Kind::NotProject, notProject};
    } else {
        bool isProject = false;
        QJsonObject object;
        int rc;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto text = [statement](int column) {
                const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
                return data ? QString::fromUtf8(data, sqlite3_column_bytes(statement, column)) : QString();
            };
            if (text(0) == u"format"_s)
                isProject = text(1) == u"candor-project"_s;
            else
                object = objectFromJson(text(1));
        }
        if (rc != SQLITE_DONE) {
            const QSqlError e = Worker::sqliteError(db);
            *error = isCorrupt(e) ? errorFrom(e, path) : WorkspaceError{WorkspaceError::Kind::NotProject, notProject};
        } else if (isProject) {
            config = object;
        } else {
            *error = {WorkspaceError::Kind::NotProject, notProject};
        }
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return config;
}

int Workspace::recover(const QString &damaged, const QString &target, WorkspaceError *error)
{
    auto out = open(target, true, error);
    if (!out)
        return -1;
    const QString name = u"candor-recover-%1"_s.arg(++g_connections);
    int saved = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(damaged);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            *error = errorFrom(db.lastError(), damaged);
            saved = -1;
        } else {
            QSqlQuery q(db);
            if (q.exec(u"SELECT value FROM meta WHERE key = 'config'"_s) && q.next())
                out->setConfig(objectFromJson(q.value(0).toString()));
            // Rows in slices by row number; a slice that cannot be read is read row by row, and after a long run of
            // empty slices past the last readable row the end is reached (the table's own end may be unreadable).
            constexpr int Slice = 512;
            constexpr int EmptySlicesAtEnd = 64;
            QVector<Example> rows;
            QVector<std::optional<Example>> originals;
            // A project of an earlier schema lacks the newer columns: they read as empty.
            QStringList present;
            if (q.exec(u"PRAGMA table_info(rows)"_s)) {
                while (q.next())
                    present << q.value(1).toString();
            }
            QStringList columns;
            for (const QString &column : QString::fromLatin1(RowColumns).split(u", "_s))
                columns << (present.isEmpty() || present.contains(column) ? column : u"NULL"_s);
            const QString select =
                u"SELECT %1 FROM rows WHERE seq >= ? AND seq < ? ORDER BY seq"_s.arg(columns.join(u", "_s));
            auto read = [&](qint64 from, qint64 to, bool *failed) {
                q.prepare(select);
                q.addBindValue(from);
                q.addBindValue(to);
                int found = 0;
                if (q.exec()) {
                    QVector<Example> slice;
                    QVector<std::optional<Example>> sliceOriginals;
                    while (q.next()) {
                        std::optional<Example> original;
                        slice.append(rowFromQuery(q, &original));
                        sliceOriginals.append(std::move(original));
                    }
                    if (!q.lastError().isValid()) {
                        rows += slice;
                        originals += sliceOriginals;
                        found = int(slice.size());
                        *failed = false;
                        return found;
                    }
                }
                *failed = true;
                return 0;
            };
            int empty = 0;
            for (qint64 from = 0; empty < EmptySlicesAtEnd; from += Slice) {
                bool failed = false;
                int found = read(from, from + Slice, &failed);
                if (failed) {
                    for (qint64 row = from; row < from + Slice; ++row) {
                        bool rowFailed = false;
                        found += read(row, row + 1, &rowFailed);
                    }
                }
                empty = found ? 0 : empty + 1;
                if (rows.size() >= 16384) {
                    out->updateRows(saved, rows, originals);
                    saved += int(rows.size());
                    rows.clear();
                    originals.clear();
                }
            }
            if (!rows.isEmpty()) {
                out->updateRows(saved, rows, originals);
                saved += int(rows.size());
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (const WorkspaceError failure = out->flush()) {
        *error = failure;
        return -1;
    }
    return saved;
}

WorkspaceError Workspace::flush()
{
    WorkspaceError failure;
    call([&failure](Worker &w) { failure = std::exchange(w.m_failure, WorkspaceError()); });
    return failure;
}

} // namespace candor
