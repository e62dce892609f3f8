// The project database: real SQLite files in a temporary folder, and a child process killed with SIGKILL mid-work.
#include "storage/workspace.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <thread>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {
Example makeRow(int i)
{
    Example e;
    e.prompt = u"Prompt %1: who first climbed the peak?"_s.arg(i);
    e.idealAnswer = u"Answer %1 with ünïcödé and a \"quote\"."_s.arg(i);
    e.expectedFeedback = u"Feedback %1"_s.arg(i);
    e.targetReward = Rubric::rewardAt(i % Rubric::LevelCount);
    e.tags = QStringList{u"history"_s, u"tag-%1"_s.arg(i % 7)};
    if (i % 1000 == 1)
        e.tags << u"a \"quoted\", back\\slash"_s << QString(); // tags that need JSON escapes
    if (i % 1000 == 2)
        e.tags.clear();
    if (i % 3 == 0)
        e.searchHint = u"[SEARCH: peak %1]"_s.arg(i);
    e.id = u"tpl-%1"_s.arg(i);
    e.source = i % 2 ? ExampleSource::Llm : ExampleSource::Template;
    if (e.source == ExampleSource::Llm) {
        e.provider = u"openai"_s;
        e.model = u"gpt-4o-mini"_s;
    }
    e.createdMs = 1765000000000 + i;
    if (i % 5 != 4) { // provenance on most rows: a ladder of five, the template, the topic, the language, the seed
        e.group = u"lad-%1"_s.arg(i / 5);
        e.levelSet = levelBit(-2) | levelBit(0) | levelBit(2);
        e.templateId = u"geography/ladder#%1"_s.arg(i % 3);
        e.topic = i % 2 ? u"rivers"_s : QString();
        e.language = u"English"_s;
        e.seed = i % 7 ? quint64(42) : quint64(18446744073709551557ULL); // also past 2^63
    }
    return e;
}

QVector<Example> makeRows(int first, int count)
{
    QVector<Example> rows;
    rows.reserve(count);
    for (int i = first; i < first + count; ++i)
        rows.append(makeRow(i));
    return rows;
}

struct ReadBack
{
    QVector<Example> rows;
    QVector<std::optional<Example>> originals;
    int chunks = 0;
    bool ok = false;
    WorkspaceError error;
};

ReadBack readBack(Workspace &workspace, int chunkRows = 16384)
{
    ReadBack r;
    r.ok = workspace.readRows(
        chunkRows,
        [&r](int firstRow, QVector<Example> rows, QVector<std::optional<Example>> originals) {
            ++r.chunks;
            QCOMPARE(firstRow, int(r.rows.size()));
            originals.resize(rows.size());
            r.rows += rows;
            r.originals += originals;
        },
        &r.error);
    return r;
}

// --- Child process modes: the test runs its own binary with "child MODE PATH N" and kills it. ---------------------

// Accepts rows 0..n-1 one review action at a time, saying after each commit how many are committed; then waits to
// be killed.
int childReview(const QString &path, int n)
{
    WorkspaceError error;
    auto workspace = Workspace::open(path, false, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 2;
    }
    const QVector<Example> rows = makeRows(0, n);
    for (int i = 0; i < n; ++i) {
        Example e = rows.at(i);
        e.status = i % 4 == 3 ? ReviewStatus::Rejected : ReviewStatus::Accepted;
        if (e.status == ReviewStatus::Rejected)
            e.rejectReason = u"reason %1"_s.arg(i);
        workspace->updateRows(i, {e}, {});
        workspace->logReview(u"status"_s, i, i, {});
        if (workspace->flush())
            return 3;
        std::printf("%d\n", i + 1);
        std::fflush(stdout);
    }
    std::this_thread::sleep_for(std::chrono::hours(1));
    return 0;
}

// Appends n rows in chunks of 4,096 as a generation run does, saying after each commit how many rows are committed.
int childGenerate(const QString &path, int n)
{
    WorkspaceError error;
    auto workspace = Workspace::open(path, true, &error);
    if (!workspace)
        return 2;
    for (int first = 0; first < n; first += 4096) {
        workspace->appendRows(first, makeRows(first, std::min(4096, n - first)));
        if (workspace->flush())
            return 3;
        std::printf("%d\n", std::min(first + 4096, n));
        std::fflush(stdout);
    }
    std::this_thread::sleep_for(std::chrono::hours(1));
    return 0;
}

// Writes chunks into a file system that is full (a file-size limit stands in for it): prints how many rows were
// committed before the first failure, and the failure's kind and message.
int childFill(const QString &path, int limitBytes)
{
    WorkspaceError error;
    auto workspace = Workspace::open(path, true, &error);
    if (!workspace)
        return 2;
    workspace->appendRows(0, makeRows(0, 100));
    if (workspace->flush())
        return 3;
    std::signal(SIGXFSZ, SIG_IGN); // the write fails with EFBIG instead of killing the process
    rlimit limit{rlim_t(limitBytes), rlim_t(limitBytes)};
    setrlimit(RLIMIT_FSIZE, &limit);
    int committed = 100;
    for (int first = 100; first < 1000000; first += 2000) {
        workspace->appendRows(first, makeRows(first, 2000));
        const WorkspaceError failure = workspace->flush();
        if (failure) {
            std::printf("%d\n%d\n%s\n", committed, int(failure.kind), qPrintable(failure.message));
            std::fflush(stdout);
            return 0;
        }
        committed = first + 2000;
    }
    return 4;
}
} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString fresh(const QString &name) const { return m_dir.filePath(name); }

    // Runs this binary as a child in mode; returns once the child has printed a line holding at least `until`.
    static int runChildUntil(QProcess &child, const QString &mode, const QString &path, int n, int until)
    {
        child.start(QCoreApplication::applicationFilePath(), {u"child"_s, mode, path, QString::number(n)});
        if (!child.waitForStarted(5000))
            return -1;
        int last = 0;
        QByteArray pending;
        while (last < until) {
            if (!child.waitForReadyRead(30000))
                return last;
            pending += child.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                last = pending.left(newline).toInt();
                pending.remove(0, newline + 1);
            }
        }
        return last;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A project of schema version 1 (the first Candor with projects) is migrated forward on opening: its rows and
    // runs stay, runs gain owns_rows and the undo history appears.
    void migratesVersion1()
    {
        const QString path = fresh(u"v1.candor"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement :
                 {u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                  u"INSERT INTO meta (key, value) VALUES ('format', 'candor-project')"_s,
                  u"CREATE TABLE rows (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, prompt TEXT NOT NULL, "
                  "ideal_answer TEXT NOT NULL, expected_feedback TEXT NOT NULL, target_reward INTEGER NOT NULL "
                  "CHECK (target_reward BETWEEN -2 AND 2), tags TEXT NOT NULL DEFAULT '[]', search_hint TEXT, "
                  "source TEXT NOT NULL, provider TEXT, model TEXT, created INTEGER, grp TEXT, "
                  "status TEXT NOT NULL DEFAULT 'pending', flags INTEGER NOT NULL DEFAULT 0, reject_reason TEXT, "
                  "original TEXT)"_s,
                  u"CREATE TABLE runs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, started INTEGER NOT NULL, "
                  "ended INTEGER, config TEXT, counts TEXT, rows INTEGER NOT NULL DEFAULT 0, input_tokens "
                  "INTEGER, output_tokens INTEGER, cost REAL, errors TEXT, outcome TEXT, summary TEXT)"_s,
                  u"CREATE TABLE review_log (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user TEXT, "
                  "action TEXT NOT NULL, first_row INTEGER, last_row INTEGER, detail TEXT)"_s,
                  u"INSERT INTO rows (seq, id, prompt, ideal_answer, expected_feedback, target_reward, source, "
                  "status) VALUES (0, 'old-1', 'What is 2+2?', '4.', 'Correct.', 2, 'template', 'accepted')"_s,
                  u"INSERT INTO runs (kind, started, rows, outcome) VALUES ('full', 1, 1, 'completed')"_s,
                  u"PRAGMA user_version = 1"_s}) {
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        WorkspaceError error;
        auto workspace = Workspace::open(path, false, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QCOMPARE(workspace->info().schemaVersion, 3);
        const ReadBack back = readBack(*workspace);
        QCOMPARE(back.rows.size(), 1);
        QCOMPARE(back.rows.first().id, u"old-1"_s);
        QCOMPARE(back.rows.first().status, ReviewStatus::Accepted);
        const QVector<WorkspaceRun> runs = workspace->runs();
        QCOMPARE(runs.size(), 1);
        QVERIFY(!runs.first().ownsRows);
        QVERIFY(workspace->undoSteps().isEmpty());
        QCOMPARE(workspace->pushUndoStep(u"Accept"_s, "step"), qint64(1));
        QVERIFY(!workspace->flush());
    }

    // The undo history: steps in order, an undone step stays until a new step drops it, a grown step is rewritten,
    // ids go on after reopening, and clearing the rows clears it.
    void undoHistory()
    {
        const QString path = fresh(u"undo.candor"_s);
        {
            WorkspaceError error;
            auto workspace = Workspace::open(path, true, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            workspace->appendRows(0, makeRows(0, 10));
            const qint64 a = workspace->pushUndoStep(u"Accept"_s, "a");
            const qint64 b = workspace->pushUndoStep(u"Edit"_s, "b");
            workspace->updateUndoStep(b, "b2");
            const qint64 c = workspace->pushUndoStep(u"Reject"_s, "c");
            workspace->setUndoStepUndone(c, true);
            QVERIFY(!workspace->flush());
            const QVector<UndoStep> steps = workspace->undoSteps();
            QCOMPARE(steps.size(), 3);
            QCOMPARE(steps.at(0).id, a);
            QCOMPARE(steps.at(1).data, QByteArray("b2"));
            QCOMPARE(steps.at(2).text, u"Reject"_s);
            QVERIFY(steps.at(2).undone);
            QVERIFY(!steps.at(1).undone);
        }
        WorkspaceError error;
        auto workspace = Workspace::open(path, false, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QCOMPARE(workspace->undoSteps().size(), 3);
        // A new step after reopening drops the undone one and takes the next id.
        QCOMPARE(workspace->pushUndoStep(u"Accept"_s, "d"), qint64(4));
        QVector<UndoStep> steps = workspace->undoSteps();
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.last().data, QByteArray("d"));
        workspace->clearRows();
        QVERIFY(workspace->undoSteps().isEmpty());
    }

    // Rows over several chunks come back exactly: every field, review state, reason and the generated original.
    void rowsRoundTrip()
    {
        const QString path = fresh(u"round.candor"_s);
        QVector<Example> rows = makeRows(0, 50000);
        {
            WorkspaceError error;
            auto workspace = Workspace::open(path, true, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            QJsonObject config{{u"count"_s, 50000}, {u"seed"_s, 42}};
            workspace->setConfig(config);
            for (int first = 0; first < rows.size(); first += 16384)
                workspace->appendRows(first, rows.mid(first, 16384));
            // Review: row 5 accepted, row 7 rejected with a reason, row 9 edited (its generated text kept).
            rows[5].status = ReviewStatus::Accepted;
            rows[7].status = ReviewStatus::Rejected;
            rows[7].rejectReason = u"wrong date"_s;
            const Example generated = rows[9];
            rows[9].prompt = u"Edited prompt"_s;
            rows[9].flags |= FlagEdited;
            workspace->updateRows(5, rows.mid(5, 5),
                                  {std::nullopt, std::nullopt, std::nullopt, std::nullopt, generated});
            QVERIFY(!workspace->flush());
            const WorkspaceInfo info = workspace->info();
            QCOMPARE(info.rows, 50000);
            QCOMPARE(info.levels, (LevelCounts{10000, 10000, 10000, 10000, 10000}));
            QCOMPARE(info.statuses, (DatasetStore::StatusCounts{49998, 1, 1}));
            QCOMPARE(info.edited, 1);
            QCOMPARE(info.schemaVersion, Workspace::SchemaVersion);
        }
        WorkspaceError error;
        auto workspace = Workspace::open(path, false, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QCOMPARE(workspace->config().value(u"seed"_s).toInt(), 42);
        const ReadBack back = readBack(*workspace);
        QVERIFY2(back.ok, qPrintable(back.error.message));
        QCOMPARE(back.chunks, 4);
        QCOMPARE(back.rows.size(), 50000);
        for (int i = 0; i < rows.size(); ++i) {
            if (back.rows.at(i) != rows.at(i))
                QFAIL(qPrintable(u"row %1 differs"_s.arg(i)));
        }
        QCOMPARE(back.rows.at(7).rejectReason, u"wrong date"_s);
        QVERIFY(back.originals.at(9).has_value());
        QCOMPARE(back.originals.at(9)->prompt, makeRow(9).prompt);
        QVERIFY(!back.originals.at(8).has_value());
    }

    void pragmasAndSchema()
    {
        const QString path = fresh(u"pragmas.candor"_s);
        {
            WorkspaceError error;
            auto workspace = Workspace::open(path, true, &error);
            QVERIFY2(workspace, qPrintable(error.message));
            workspace->appendRows(0, makeRows(0, 10));
            QVERIFY(!workspace->flush());
            // While open, another reader sees the write-ahead log mode and the schema version.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"probe"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), Workspace::SchemaVersion);
            QVERIFY(q.exec(u"SELECT count(*) FROM rows"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 10);
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"probe"_s);
        // Closed, the project is one file: the log is folded back in.
        QCOMPARE(QFileInfo::exists(path + u"-wal"_s) ? QFileInfo(path + u"-wal"_s).size() : 0, 0);
        QVERIFY(!QFileInfo::exists(path + u".lock"_s));
    }

    void runsAndReviewLog()
    {
        const QString path = fresh(u"runs.candor"_s);
        WorkspaceError error;
        auto workspace = Workspace::open(path, true, &error);
        QVERIFY(workspace);
        WorkspaceRun run;
        run.kind = u"full"_s;
        run.counts = LevelCounts{1, 2, 3, 4, 5};
        run.config = QJsonObject{{u"mode"_s, u"llm"_s}};
        run.id = workspace->beginRun(run);
        QVERIFY(run.id > 0);
        run.rows = 15;
        run.inputTokens = 1200;
        run.outputTokens = 3400;
        run.cost = 0.0123;
        run.errors = QJsonObject{{u"rate_limited"_s, 3}};
        run.outcome = u"completed"_s;
        run.summary = u"Generated 15 rows."_s;
        workspace->finishRun(run);
        workspace->logReview(u"accept"_s, 0, 4, QJsonObject{{u"status"_s, u"accepted"_s}});
        QVERIFY(!workspace->flush());
        const QVector<WorkspaceRun> runs = workspace->runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].kind, u"full"_s);
        QCOMPARE(runs[0].counts, (LevelCounts{1, 2, 3, 4, 5}));
        QCOMPARE(runs[0].rows, 15);
        QCOMPARE(runs[0].inputTokens, 1200);
        QCOMPARE(runs[0].errors.value(u"rate_limited"_s).toInt(), 3);
        QCOMPARE(runs[0].outcome, u"completed"_s);
        QVERIFY(runs[0].endedMs >= runs[0].startedMs);
        QCOMPARE(workspace->info().reviewActions, 1);
        QCOMPARE(workspace->info().runs, 1);
    }

    // A second Candor is refused while the first has the project open; once it closes, the project opens.
    void secondInstanceIsRefused()
    {
        const QString path = fresh(u"locked.candor"_s);
        WorkspaceError error;
        auto first = Workspace::open(path, true, &error);
        QVERIFY(first);
        auto second = Workspace::open(path, false, &error);
        QVERIFY(!second);
        QCOMPARE(error.kind, WorkspaceError::Kind::Locked);
        QVERIFY2(error.message.contains(u"open in another Candor"_s), qPrintable(error.message));
        // Another process too (the lock is a file, not a flag in this process).
        QProcess child;
        QCOMPARE(runChildUntil(child, u"review"_s, path, 1, 1), 0);
        child.waitForFinished(10000);
        QCOMPARE(child.exitCode(), 2);
        QVERIFY2(child.readAllStandardError().contains("open in another Candor"), "the child says why");
        first.reset();
        auto third = Workspace::open(path, false, &error);
        QVERIFY2(third, qPrintable(error.message));
    }

    void notAProject_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::newRow("json project") << QByteArray(R"({"format":"candor-project","version":1,"config":{}})")
                                      << int(WorkspaceError::Kind::NotProject);
        QTest::newRow("bad header") << QByteArray("SQLite format 2\0garbage", 23)
                                    << int(WorkspaceError::Kind::NotProject);
        QTest::newRow("sqlite header, garbage")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4096, 'x') << int(WorkspaceError::Kind::Damaged);
    }

    void notAProject()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        const QString path =
            fresh(u"not-%1.candor"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        WorkspaceError error;
        auto workspace = Workspace::open(path, false, &error);
        QVERIFY(!workspace);
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(u"not-"_s), qPrintable(error.message)); // names the file
        QCOMPARE(file.size(), content.size());                                  // untouched
    }

    void otherDatabaseAndNewerFormat()
    {
        const QString other = fresh(u"other.db"_s);
        const QString newer = fresh(u"newer.candor"_s);
        {
            WorkspaceError error;
            QVERIFY(Workspace::open(newer, true, &error));
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"maker"_s);
            db.setDatabaseName(other);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE songs (title TEXT)"_s));
            db.setDatabaseName(newer);
            db.close();
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"maker"_s);
        WorkspaceError error;
        QVERIFY(!Workspace::open(other, false, &error));
        QCOMPARE(error.kind, WorkspaceError::Kind::NotProject);
        QVERIFY(!Workspace::open(newer, false, &error));
        QCOMPARE(error.kind, WorkspaceError::Kind::TooNew);
        QVERIFY2(error.message.contains(u"newer Candor"_s), qPrintable(error.message));
    }

    // A truncated project is reported as damaged, naming the file.
    void truncatedProjectIsDamaged()
    {
        const QString path = fresh(u"truncated.candor"_s);
        {
            WorkspaceError error;
            auto workspace = Workspace::open(path, true, &error);
            QVERIFY(workspace);
            workspace->appendRows(0, makeRows(0, 20000));
            QVERIFY(!workspace->flush());
        }
        QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
        WorkspaceError error;
        auto workspace = Workspace::open(path, false, &error);
        if (workspace) { // the damage may show only when the rows are read
            const ReadBack back = readBack(*workspace);
            QVERIFY(!back.ok);
            error = back.error;
        }
        QCOMPARE(error.kind, WorkspaceError::Kind::Damaged);
        QVERIFY2(error.message.contains(u"damaged"_s) && error.message.contains(u"truncated.candor"_s),
                 qPrintable(error.message));
    }

    // Pages destroyed in the middle of the rows: recovery saves every row still readable, whole and in order,
    // with the configuration, into a new project.
    void damagedRowsAreRecovered()
    {
        const QString path = fresh(u"damaged.candor"_s);
        {
            WorkspaceError error;
            auto workspace = Workspace::open(path, true, &error);
            QVERIFY(workspace);
            workspace->setConfig(QJsonObject{{u"count"_s, 20000}});
            workspace->appendRows(0, makeRows(0, 20000));
            QVERIFY(!workspace->flush());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2 / 4096 * 4096);
        file.write(QByteArray(3 * 4096, '\xA5')); // three pages of garbage
        file.close();

        const QString rescued = fresh(u"rescued.candor"_s);
        WorkspaceError error;
        const int saved = Workspace::recover(path, rescued, &error);
        QVERIFY2(saved >= 19000 && saved < 20000, qPrintable(u"%1 %2"_s.arg(saved).arg(error.message)));
        auto recovered = Workspace::open(rescued, false, &error);
        QVERIFY2(recovered, qPrintable(error.message));
        QCOMPARE(recovered->config().value(u"count"_s).toInt(), 20000);
        const ReadBack back = readBack(*recovered);
        QVERIFY(back.ok);
        QCOMPARE(back.rows.size(), saved);
        int expected = 0;
        for (const Example &row : back.rows) {
            while (makeRow(expected).id != row.id && expected < 20000)
                ++expected; // the lost rows are skipped, the rest keep their order
            QCOMPARE(row, makeRow(expected));
            ++expected;
        }
    }

    // kill -9 after N review actions: reopened, exactly N decisions are there.
    void killedAfterReviewActions()
    {
        const QString path = fresh(u"killed-review.candor"_s);
        {
            WorkspaceError error;
            auto workspace = Workspace::open(path, true, &error);
            QVERIFY(workspace);
            workspace->appendRows(0, makeRows(0, 1000));
            QVERIFY(!workspace->flush());
        }
        const int n = 37;
        QProcess child;
        QCOMPARE(runChildUntil(child, u"review"_s, path, n, n), n);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        WorkspaceError error;
        auto workspace = Workspace::open(path, false, &error); // the dead process's lock is taken over
        QVERIFY2(workspace, qPrintable(error.message));
        const WorkspaceInfo info = workspace->info();
        QCOMPARE(info.rows, 1000);
        QCOMPARE(
            info.statuses[std::size_t(ReviewStatus::Accepted)] + info.statuses[std::size_t(ReviewStatus::Rejected)], n);
        QCOMPARE(info.statuses[std::size_t(ReviewStatus::Rejected)], n / 4);
        QCOMPARE(info.reviewActions, n);
        const ReadBack back = readBack(*workspace);
        QCOMPARE(back.rows.at(3).rejectReason, u"reason 3"_s);
        QCOMPARE(back.rows.at(n).status, ReviewStatus::Pending);
    }

    // kill -9 during a 100,000-row generation: every committed chunk is there, whole, with no duplicate.
    void killedDuringGeneration()
    {
        const QString path = fresh(u"killed-run.candor"_s);
        QProcess child;
        const int reported = runChildUntil(child, u"generate"_s, path, 100000, 3 * 4096);
        QVERIFY(reported >= 3 * 4096);
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        WorkspaceError error;
        auto workspace = Workspace::open(path, false, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        const ReadBack back = readBack(*workspace);
        QVERIFY(back.ok);
        QVERIFY2(back.rows.size() >= reported, qPrintable(u"%1 < %2"_s.arg(back.rows.size()).arg(reported)));
        QCOMPARE(back.rows.size() % 4096 == 0 || back.rows.size() == 100000, true); // whole transactions only
        QSet<QString> ids;
        for (int i = 0; i < back.rows.size(); ++i) {
            QCOMPARE(back.rows.at(i).id, makeRow(i).id);
            ids.insert(back.rows.at(i).id);
        }
        QCOMPARE(ids.size(), back.rows.size());
    }

    // A full disk during a commit: a clear error, and the last committed state intact.
    void fullDiskKeepsTheLastCommit()
    {
        const QString path = fresh(u"full.candor"_s);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"child"_s, u"fill"_s, path, u"2000000"_s});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n');
        QVERIFY2(lines.size() >= 3, qPrintable(lines.join(u'|')));
        const int committed = lines.at(0).toInt();
        QVERIFY(committed >= 100);
        QVERIFY2(lines.at(2).contains(u"full.candor"_s), qPrintable(lines.at(2))); // names the file
        WorkspaceError error;
        auto workspace = Workspace::open(path, false, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        const ReadBack back = readBack(*workspace);
        QVERIFY2(back.ok, qPrintable(back.error.message));
        QCOMPARE(back.rows.size(), committed);
    }

    void saveAsCopiesTheDatabase()
    {
        const QString path = fresh(u"original.candor"_s);
        const QString copy = fresh(u"copy.candor"_s);
        WorkspaceError error;
        auto workspace = Workspace::open(path, true, &error);
        QVERIFY(workspace);
        workspace->setConfig(QJsonObject{{u"count"_s, 7}});
        workspace->appendRows(0, makeRows(0, 3000));
        QVERIFY2(workspace->copyTo(copy, &error), qPrintable(error.message));
        QVERIFY(!workspace->copyTo(copy, &error)); // never over an existing file
        auto copied = Workspace::open(copy, false, &error);
        QVERIFY2(copied, qPrintable(error.message));
        QCOMPARE(copied->info().rows, 3000);
        QCOMPARE(copied->config().value(u"count"_s).toInt(), 7);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "child") == 0) {
        const QString mode = QString::fromLocal8Bit(argv[2]);
        const QString path = QString::fromLocal8Bit(argv[3]);
        const int n = QByteArray(argv[4]).toInt();
        if (mode == u"review"_s)
            return childReview(path, n);
        if (mode == u"generate"_s)
            return childGenerate(path, n);
        if (mode == u"fill"_s)
            return childFill(path, n);
        return 9;
    }
    TestWorkspace test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspace.moc"
