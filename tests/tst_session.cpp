// The session: the one owner of the dataset and its runs, without a widget, as both front ends use it.
#include "dataset/datasetstore.h"
#include "session/projectfile.h"
#include "session/session.h"
#include "storage/datasetwriter.h"
#include "storage/jsonlreader.h"
#include "support/promptask.h"
#include "support/providertestserver.h"
#include "support/providerwire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace candor;
using namespace Qt::StringLiterals;

namespace {
LevelCounts levelsOf(const QVector<Example> &rows)
{
    LevelCounts seen{};
    for (const Example &e : rows)
        ++seen[std::size_t(Rubric::indexOf(e.targetReward))];
    return seen;
}

Session::RunRequest templateRun(const LevelCounts &counts, Session::RunKind kind = Session::RunKind::Full)
{
    Session::RunRequest request;
    request.kind = kind;
    request.counts = counts;
    request.config.count = totalOf(counts);
    return request;
}

// An OpenAI-compatible endpoint that answers each request with the rows it asks for.
void serveRows(candor::test::ProviderTestServer &server, std::shared_ptr<std::atomic<int>> next)
{
    using namespace candor::test;
    server.setHandler("POST", "/v1/chat/completions", [next](const RecordedRequest &r) {
        const PromptAsk ask = promptAskOfChat(r.json());
        QJsonArray rows;
        for (int i = 0; i < ask.count; ++i)
            rows.append(QJsonObject{{u"prompt"_s, u"Session question %1?"_s.arg((*next)++)},
                                    {u"ideal_answer"_s, u"An answer."_s},
                                    {u"expected_feedback"_s, u"Feedback."_s},
                                    {u"target_reward"_s, ask.level},
                                    {u"tags"_s, QJsonArray{u"science"_s}}});
        return wire::openAiChat(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"examples"_s, rows}}).toJson(QJsonDocument::Compact)));
    });
}
} // namespace

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Several chunks, exact per level, in the store, and the run says so.
    void templateRunSpansChunks()
    {
        Session session;
        QSignalSpy finished(&session, &Session::runFinished);
        QSignalSpy appended(session.store(), &DatasetStore::rowsAppended);
        QString error;
        QVERIFY(session.start(templateRun({12000, 9000, 10000, 11000, 8000}), &error));
        QVERIFY(session.isRunning());
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY2(finished.first().at(2).toString().contains(u"generated from templates"_s),
                 qPrintable(finished.first().at(2).toString()));
        QCOMPARE(session.store()->size(), 50000);
        QCOMPARE(levelsOf(session.store()->toVector()), (LevelCounts{12000, 9000, 10000, 11000, 8000}));
        QCOMPARE(appended.size(), 4); // 50,000 rows in chunks of 16,384
        QVERIFY(!session.isRunning());
        QCOMPARE(session.unsaved(), Session::Unsaved::Nothing); // template rows come back from their seed
    }

    // A ladder run of 100,000 rows through the session into a project: 20,000 ladders over seven chunks, exact per
    // level, every ladder whole (one prompt, five levels, one group), and the same after reopening the project.
    void ladderRunSpansChunks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ladders.candor"_s);
        Session::RunRequest request;
        request.config.count = 100000;
        request.config.ladderMode = LadderMode::Ladders;
        QString error;
        request.counts = *request.config.levelCounts(&error);
        auto check = [](const DatasetStore *store) {
            QCOMPARE(store->size(), 100000);
            QCOMPARE(store->levelCounts(), (LevelCounts{20000, 20000, 20000, 20000, 20000}));
            QSet<QString> groups;
            for (int row = 0; row < store->size(); row += 5) {
                const Example &first = store->at(row);
                QVERIFY(!groups.contains(first.group));
                groups.insert(first.group);
                for (int level = 0; level < 5; ++level) {
                    const Example &e = store->at(row + level);
                    QCOMPARE(e.group, first.group);
                    QCOMPARE(e.prompt, first.prompt);
                    QCOMPARE(e.targetReward, level - 2);
                    QCOMPARE(e.levelSet, quint8(0x1f));
                }
            }
            QCOMPARE(groups.size(), 20000);
        };
        {
            Session session;
            QVERIFY2(session.saveProject(path, request.config, &error), qPrintable(error));
            QSignalSpy finished(&session, &Session::runFinished);
            QSignalSpy appended(session.store(), &DatasetStore::rowsAppended);
            QVERIFY(session.start(request, &error));
            QVERIFY(finished.wait(120000));
            QCOMPARE(finished.first().at(1).toBool(), true);
            QCOMPARE(appended.size(), 7); // 100,000 rows in chunks of 16,384
            check(session.store());
            QVERIFY(!session.workspace()->flush());
        }
        Session session;
        QSignalSpy loaded(&session, &Session::datasetLoaded);
        GenerationConfig config;
        QVERIFY2(session.openProject(path, &config, &error), qPrintable(error));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(config.ladderMode, LadderMode::Ladders);
        check(session.store());
    }

    void cancelKeepsWhatWasMade()
    {
        Session session;
        QSignalSpy finished(&session, &Session::runFinished);
        QString error;
        QVERIFY(session.start(templateRun({200000, 200000, 200000, 200000, 200000}), &error));
        session.cancel();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY2(finished.first().at(2).toString().startsWith(u"Cancelled"_s),
                 qPrintable(finished.first().at(2).toString()));
        QVERIFY(session.store()->size() < 1000000);
    }

    void refusesWhatCannotStart()
    {
        Session session;
        QString error;
        QVERIFY(!session.start(templateRun({0, 0, 0, 0, 0}), &error));
        QVERIFY2(error.contains(u"every level has 0 rows"_s), qPrintable(error));
        QVERIFY(session.start(templateRun({100, 0, 0, 0, 0}), &error));
        QVERIFY(!session.start(templateRun({100, 0, 0, 0, 0}), &error));
        QVERIFY2(error.contains(u"in progress"_s), qPrintable(error));
        QSignalSpy finished(&session, &Session::runFinished);
        QVERIFY(finished.wait(30000));
    }

    // Regenerate replaces the chosen rows in place: same ids and levels, new content; the rest is untouched.
    void regenerateInPlace()
    {
        Session session;
        QSignalSpy finished(&session, &Session::runFinished);
        QString error;
        QVERIFY(session.start(templateRun({4, 4, 4, 4, 4}), &error));
        QVERIFY(finished.wait(30000));
        const QVector<Example> before = session.store()->toVector();
        Session::RunRequest request = templateRun({}, Session::RunKind::Regenerate);
        request.rows = {0, 7, 19};
        for (int row : request.rows)
            ++request.counts[std::size_t(Rubric::indexOf(before[row].targetReward))];
        QVERIFY(session.start(request, &error));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QCOMPARE(session.store()->size(), 20);
        for (int row = 0; row < 20; ++row) {
            const Example &now = session.store()->at(row);
            QCOMPARE(now.id, before[row].id);
            QCOMPARE(now.targetReward, before[row].targetReward);
            if (request.rows.contains(row))
                QVERIFY2(now.prompt != before[row].prompt, qPrintable(now.prompt));
            else
                QCOMPARE(now.prompt, before[row].prompt);
        }
        QCOMPARE(session.unsaved(), Session::Unsaved::Review); // changed rows are work to keep
    }

    // A damaged file keeps its good rows; a file with none leaves the earlier rows in place.
    // The window's Duplicate flag: exact and near duplicates of an earlier row at the same level, from one scan on a
    // worker after the load, and again after a prompt is edited; setting the flags is no review to save.
    void duplicateFlagsExactAndNear()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"near.jsonl"_s);
        auto line = [](const char *prompt, int level) -> QByteArray {
            return "{\"prompt\":\"" + QByteArray(prompt) +
                   "\",\"ideal_answer\":\"A.\",\"expected_feedback\":\"F.\",\"target_reward\":" +
                   QByteArray::number(level) + ",\"tags\":[\"history\"]}\n";
        };
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(
                line("In which year did the Berlin Wall fall, and who led East Germany at that time?", 2) +
                line("Who painted the ceiling of the Sistine Chapel in Rome?", 2) +
                line("In which year did the Berlin Wall actually fall, and who led East Germany at that time?", 2) +
                line("In which year did the Berlin Wall actually fall, and who led East Germany at that time?", -2) +
                line("who painted the ceiling of the sistine chapel in rome", 2) +
                line("What is the boiling point of water at sea level in degrees Celsius?", 2));
        }
        Session session;
        QSignalSpy scanned(session.duplicateScanner(), &DuplicateScanner::finished);
        QString error;
        QVERIFY(session.openDataset(path, &error));
        QVERIFY(scanned.wait(30000));
        auto flagged = [&] {
            QList<int> rows;
            for (int row = 0; row < session.store()->size(); ++row)
                if (session.store()->at(row).flags & FlagDuplicate)
                    rows << row;
            return rows;
        };
        QCOMPARE(flagged(), (QList<int>{2, 4}));
        QCOMPARE(scanned.first().at(0).toLongLong(), 1); // exact
        QCOMPARE(scanned.first().at(1).toLongLong(), 1); // near
        QCOMPARE(session.unsaved(), Session::Unsaved::Nothing);

        // An edit that makes the last row ask the Sistine Chapel question again flags it; undoing it clears it.
        Example edited = session.store()->at(5);
        const Example before = edited;
        edited.prompt = u"Who really painted the ceiling of the Sistine Chapel in Rome?"_s;
        QVERIFY(session.store()->update(5, edited));
        QVERIFY(scanned.wait(30000));
        QCOMPARE(flagged(), (QList<int>{2, 4, 5}));
        QCOMPARE(scanned.last().at(1).toLongLong(), 2);
        QVERIFY(session.store()->update(5, before));
        QVERIFY(scanned.wait(30000));
        QCOMPARE(flagged(), (QList<int>{2, 4}));
    }

    void openDataset()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(u"good.jsonl"_s);
        {
            QFile file(good);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("{\"prompt\":\"Q1?\",\"ideal_answer\":\"A.\",\"expected_feedback\":\"F.\",\"target_reward\":2,"
                       "\"tags\":[\"science\"]}\nnot json\n"
                       "{\"prompt\":\"Q2?\",\"ideal_answer\":\"A.\",\"expected_feedback\":\"F.\",\"target_reward\":-1,"
                       "\"tags\":[\"science\"]}\n");
        }
        Session session;
        QSignalSpy loaded(&session, &Session::datasetLoaded);
        QString error;
        QVERIFY(session.openDataset(good, &error));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(session.store()->size(), 2);
        QCOMPARE(loaded.first().at(0).toInt(), 2);
        const auto errors = loaded.first().at(1).value<QVector<LineError>>();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().line, 2);
        {
            // One good row among 20,000 bad lines: all are counted, only the first few are kept (bounded memory).
            const QString manyBad = dir.filePath(u"many-bad.jsonl"_s);
            {
                QFile file(manyBad);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(
                    "{\"prompt\":\"Q1?\",\"ideal_answer\":\"A.\",\"expected_feedback\":\"F.\",\"target_reward\":2,"
                    "\"tags\":[\"science\"]}\n");
                for (int i = 0; i < 20000; ++i)
                    file.write("{not json\n");
            }
            Session other;
            QSignalSpy otherLoaded(&other, &Session::datasetLoaded);
            QSignalSpy messages(&other, &Session::message);
            QVERIFY(other.openDataset(manyBad, &error));
            QVERIFY(otherLoaded.wait(30000));
            QCOMPARE(other.store()->size(), 1);
            QCOMPARE(otherLoaded.last().at(1).value<QVector<LineError>>().size(), Session::KeptLoadErrors);
            QCOMPARE(otherLoaded.last().at(2).toLongLong(), 20000);
            QVERIFY(messages.size() < Session::KeptLoadErrors + 10);
            bool saidHowManyMore = false;
            for (const auto &m : std::as_const(messages))
                saidHowManyMore |= m.at(0).toString().contains(u"many-bad.jsonl: 19950 more line"_s);
            QVERIFY(saidHowManyMore);
        }

        const QString bad = dir.filePath(u"bad.jsonl"_s);
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("nothing\nreadable\n");
        }
        QSignalSpy finished(&session, &Session::runFinished);
        QVERIFY(session.openDataset(bad, &error));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(session.store()->size(), 2);
        QVERIFY2(finished.last().at(2).toString().contains(u"keeps its earlier rows"_s),
                 qPrintable(finished.last().at(2).toString()));
    }

    // candor-cli's LLM run: the session writes the file, then removes the journal; when the file cannot be written
    // the journal stays and says where the rows are.
    void llmRunWritesItsOutput()
    {
        using namespace candor::test;
        ProviderTestServer server;
        QVERIFY(server.listen());
        serveRows(server, std::make_shared<std::atomic<int>>(1));
        QTemporaryDir dir;
        for (const bool writable : {true, false}) {
            Session session;
            Session::RunRequest request;
            request.config.mode = GenerationMode::Llm;
            request.config.provider = u"openai-compatible"_s;
            request.config.model = u"test-model"_s;
            request.config.batchSize = 3;
            request.counts = {3, 3, 4, 3, 3};
            request.endpoint.providerId = u"openai-compatible"_s;
            request.endpoint.baseUrl = QUrl(server.baseUrl().toString() + u"/v1"_s);
            const QString out = dir.filePath(writable ? u"llm.jsonl"_s : u"missing/llm.jsonl"_s);
            request.journalPath = dir.filePath(writable ? u"llm.journal"_s : u"missing.journal"_s);
            ExportOptions output;
            output.path = out;
            request.output = output;
            QSignalSpy finished(&session, &Session::runFinished);
            QString error;
            QVERIFY2(session.start(request, &error), qPrintable(error));
            QVERIFY(finished.wait(30000));
            QCOMPARE(session.store()->size(), 16);
            QCOMPARE(levelsOf(session.store()->toVector()), (LevelCounts{3, 3, 4, 3, 3}));
            QCOMPARE(finished.first().at(1).toBool(), writable);
            QCOMPARE(QFile::exists(request.journalPath), !writable);
            if (writable) {
                JsonlReader::Result result;
                QVERIFY(JsonlReader::readAll(out, &result, &error));
                QCOMPARE(result.rows.size(), 16);
                QCOMPARE(session.unsaved(), Session::Unsaved::Nothing);
            } else {
                QVERIFY2(finished.first().at(2).toString().contains(u"safe in"_s),
                         qPrintable(finished.first().at(2).toString()));
                QCOMPARE(session.unsaved(), Session::Unsaved::ModelRows);
            }
        }
    }

    // The ordered parallel writer: exact counts over several chunks, and the same bytes whatever the thread count.
    void writeTemplateDatasetIsOrdered()
    {
        QTemporaryDir dir;
        GenerationConfig config;
        config.seed = 7;
        const LevelCounts counts{9000, 8000, 7000, 6000, 10000};
        QByteArray files[2];
        const int threads[2] = {1, 4};
        const int saved = QThreadPool::globalInstance()->maxThreadCount();
        for (int i = 0; i < 2; ++i) {
            QThreadPool::globalInstance()->setMaxThreadCount(threads[i]);
            const QString path = dir.filePath(u"t%1.jsonl"_s.arg(i));
            DatasetWriter writer(path, ExportFormat::Jsonl, false);
            QString error;
            QVERIFY(writer.open(&error));
            qint64 last = 0;
            QVERIFY2(
                Session::writeTemplateDataset(
                    config, counts, writer, ExportFormat::Jsonl, false, [&last](qint64 done) { last = done; }, &error),
                qPrintable(error));
            QVERIFY(writer.commit(&error));
            QCOMPARE(last, 40000);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            files[i] = file.readAll();
        }
        QThreadPool::globalInstance()->setMaxThreadCount(saved);
        QCOMPARE(files[0].count('\n'), 40000);
        QVERIFY(files[0] == files[1]);
        JsonlReader::Result result;
        QString error;
        QVERIFY(JsonlReader::readAll(dir.filePath(u"t0.jsonl"_s), &result, &error));
        QCOMPARE(levelsOf(result.rows), counts);
    }

    void projectFile()
    {
        QTemporaryDir dir;
        GenerationConfig config;
        config.count = 1234;
        config.topics = {u"history"_s};
        config.seed = 99;
        QString error;
        const QString path = ProjectFile::withSuffix(dir.filePath(u"myproj"_s));
        QCOMPARE(path, dir.filePath(u"myproj.candor"_s));
        QCOMPARE(ProjectFile::withSuffix(u"a/b.json"_s), u"a/b.json"_s);
        QVERIFY2(ProjectFile::save(path, config, &error), qPrintable(error));
        const auto loaded = ProjectFile::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->count, 1234);
        QCOMPARE(loaded->topics, QStringList{u"history"_s});
        QCOMPARE(loaded->seed, quint64(99));
        QVERIFY(!ProjectFile::load(dir.filePath(u"none.candor"_s), &error));
        QVERIFY2(error.contains(u"Could not open"_s), qPrintable(error));
        QFile junk(dir.filePath(u"junk.candor"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("<html>");
        junk.close();
        QVERIFY(!ProjectFile::load(junk.fileName(), &error));
        QVERIFY2(error.contains(u"is not a Candor project"_s), qPrintable(error));
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
