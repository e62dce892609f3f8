// The generation engine end to end against the provider test server: full runs per provider, streaming and
// not, 429 storms, 500s, malformed and truncated output, duplicates, shortfall and fallback, pause, resume,
// cancel, resume after a crash (also kill -9 of candor-cli), the budget cap and the estimate.
#include "generation/generationengine.h"
#include "storage/jsonlreader.h"
#include "storage/runjournal.h"
#include "storage/workspace.h"
#include "support/promptask.h"
#include "support/providertestserver.h"
#include "support/providerwire.h"
#include "text/nearduplicates.h"
#include "util/clock.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sqlite3.h>

#include <atomic>
#include <csignal>
#include <functional>

using namespace candor;
using namespace candor::test;
using namespace Qt::StringLiterals;
namespace w = candor::test::wire;

namespace {

const QString kKey = u"sk-engine-test-0123456789"_s;

// What a model would return for one batch request: parsed from the prompt Candor sent.
PromptAsk askOf(const RecordedRequest &request)
{
    return promptAskOfChat(request.json());
}

QJsonObject row(int level, const QString &prompt)
{
    return QJsonObject{{u"prompt"_s, prompt},
                       {u"ideal_answer"_s, u"An answer at level %1."_s.arg(level)},
                       {u"expected_feedback"_s, u"Feedback naming the behaviour."_s},
                       {u"target_reward"_s, level},
                       {u"tags"_s, QJsonArray{u"science"_s, u"intermediate"_s}}};
}

QByteArray rowsJson(const QJsonArray &rows)
{
    return QJsonDocument(QJsonObject{{u"examples"_s, rows}}).toJson(QJsonDocument::Compact);
}

// A model that always answers with fresh, valid rows in the provider's wire format.
class FakeModel
{
public:
    explicit FakeModel(const QString &provider, bool stream) : m_provider(provider), m_stream(stream) {}
    w::Usage usage;          // what the answers report
    bool reportUsage = true; // streams: whether a usage chunk is sent at all

    // Ladder answers: the levels to leave out of a ladder (by its question), to make the engine repair it.
    std::function<QList<int>(const QString &prompt, bool repair)> omitLevels;

    ScriptedResponse answer(const RecordedRequest &request)
    {
        const PromptAsk ask = askOf(request);
        if (ask.isLadder()) {
            QJsonArray ladders;
            for (int i = 0; i < ask.count; ++i) {
                const QString prompt = ask.repairOf.isEmpty()
                                           ? u"Ladder question %1 about things?"_s.arg(m_next.fetch_add(1))
                                           : ask.repairOf;
                const QList<int> omit = omitLevels ? omitLevels(prompt, !ask.repairOf.isEmpty()) : QList<int>();
                QJsonObject answers;
                for (int level : ask.levels) {
                    if (omit.contains(level))
                        continue;
                    answers.insert(level > 0 ? u"+%1"_s.arg(level) : QString::number(level),
                                   QJsonObject{{u"ideal_answer"_s, u"An answer at level %1."_s.arg(level)},
                                               {u"expected_feedback"_s, u"Feedback naming the behaviour."_s},
                                               {u"tags"_s, QJsonArray{u"science"_s, u"intermediate"_s}}});
                }
                ladders.append(QJsonObject{{u"prompt"_s, prompt}, {u"answers"_s, answers}});
            }
            return wrap(QJsonDocument(QJsonObject{{u"ladders"_s, ladders}}).toJson(QJsonDocument::Compact));
        }
        QJsonArray rows;
        for (int i = 0; i < ask.count; ++i)
            rows.append(row(ask.level, u"Question %1 about things?"_s.arg(m_next.fetch_add(1))));
        return wrap(rowsJson(rows));
    }

    ScriptedResponse wrap(const QByteArray &json) const
    {
        const QString text = QString::fromUtf8(json);
        // Split into small pieces so rows complete at different moments of the stream.
        QStringList pieces;
        for (qsizetype i = 0; i < text.size(); i += 37)
            pieces << text.mid(i, 37);
        if (m_provider == u"anthropic"_s) {
            w::AnthropicToolUse tool;
            tool.name = "emit_output";
            tool.inputJson = json;
            return m_stream ? w::anthropicToolUseStream(tool) : w::anthropicToolUseMessage(tool);
        }
        if (m_provider == u"ollama"_s)
            return m_stream ? w::ollamaStream(pieces) : w::ollamaChat(text);
        w::OpenAiOptions openAi;
        openAi.usage = usage;
        openAi.includeUsage = reportUsage;
        if (m_provider == u"together"_s)
            return m_stream ? w::togetherStream(pieces) : w::togetherChat(text);
        if (m_provider == u"xai"_s)
            return m_stream ? w::xaiStream(pieces) : w::xaiChat(text);
        if (m_provider == u"transformerlab"_s)
            return m_stream ? w::tlabStream(pieces) : w::tlabChat(text);
        return m_stream ? w::openAiStream(pieces, openAi) : w::openAiChat(text, openAi);
    }

private:
    QString m_provider;
    bool m_stream;
    std::atomic<int> m_next{1};
};

QByteArray chatPath(const QString &provider)
{
    if (provider == u"anthropic"_s)
        return "/v1/messages";
    if (provider == u"ollama"_s)
        return "/api/chat";
    return "/v1/chat/completions";
}

GenerationConfig config(const QString &provider, int count, bool stream)
{
    GenerationConfig c;
    c.mode = GenerationMode::Llm;
    c.provider = provider;
    c.model = u"test-model"_s;
    c.count = count;
    c.batchSize = 5;
    c.concurrency = 4;
    c.stream = stream;
    c.seed = 7;
    return c;
}

EndpointSettings endpoint(const ProviderTestServer &server, const QString &provider)
{
    return endpointFor(provider, server.baseUrl().toString() + (provider == u"ollama"_s ? QString() : u"/v1"_s),
                       provider == u"ollama"_s ? QString() : kKey);
}

struct RunResult
{
    bool finished = false;
    GenerationEngine::Outcome outcome = GenerationEngine::Outcome::Failed;
    QString summary;
};

RunResult waitFor(GenerationEngine &engine, int timeoutMs = 60000)
{
    RunResult r;
    QObject::connect(&engine, &GenerationEngine::finished, [&](GenerationEngine::Outcome o, const QString &s) {
        r.finished = true;
        r.outcome = o;
        r.summary = s;
    });
    if (!QTest::qWaitFor([&] { return r.finished; }, timeoutMs))
        r.summary = u"timed out"_s;
    return r;
}

// Runs the event loop until the engine finishes. Whenever no request is on the wire, only the clock can move the run
// on, so time jumps straight to the next thing the engine waits for: nothing sleeps, and every wait ends on its exact
// millisecond.
RunResult runOnClock(GenerationEngine &engine, ManualClock &clock, int timeoutMs = 60000)
{
    RunResult r;
    QObject::connect(&engine, &GenerationEngine::finished, [&](GenerationEngine::Outcome o, const QString &s) {
        r.finished = true;
        r.outcome = o;
        r.summary = s;
    });
    QTimer wake; // waiting for events must not block when the run is stuck
    wake.start(20);
    QElapsedTimer wall;
    wall.start();
    auto onlyTheClockCanHelp = [&] { return engine.activeRequests() == 0 && clock.pendingCount() > 0; };
    while (!r.finished && wall.elapsed() < timeoutMs) {
        QCoreApplication::processEvents();
        if (r.finished)
            break;
        if (onlyTheClockCanHelp()) {
            QCoreApplication::processEvents(); // something posted on the way (a queued pump) goes first
            if (!r.finished && onlyTheClockCanHelp())
                clock.advanceToNext();
            continue;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    if (!r.finished)
        r.summary = u"timed out"_s;
    return r;
}

LevelCounts countLevels(const QVector<Example> &rows)
{
    LevelCounts c{};
    for (const Example &e : rows)
        ++c[Rubric::indexOf(e.targetReward)];
    return c;
}

bool noDuplicates(const QVector<Example> &rows)
{
    QSet<QString> seen;
    for (const Example &e : rows) {
        if (seen.contains(normalisedPrompt(e.prompt)))
            return false;
        seen.insert(normalisedPrompt(e.prompt));
    }
    return true;
}

// Checks contrast ladders: each group holds the set's levels once each, lowest first, under one question that no
// other group or row has. Returns what is wrong, or nothing; ladders counts the groups.
QString laddersWhole(const QVector<Example> &rows, quint8 levelSet, int *ladders)
{
    QMap<QString, QVector<Example>> groups;
    QStringList order;
    QHash<QString, QString> promptGroup;
    for (const Example &e : rows) {
        const QString key = normalisedPrompt(e.prompt);
        if (promptGroup.contains(key) && (e.group.isEmpty() || promptGroup.value(key) != e.group))
            return u"prompt shared outside its ladder: "_s + e.prompt;
        promptGroup.insert(key, e.group.isEmpty() ? u"row:"_s + e.id : e.group);
        if (e.group.isEmpty())
            continue;
        if (e.levelSet != levelSet)
            return u"level set %1 in %2"_s.arg(e.levelSet).arg(e.group);
        if (!groups.contains(e.group))
            order << e.group;
        groups[e.group].append(e);
    }
    const QList<int> levels = levelsOf(levelSet);
    for (const QString &group : std::as_const(order)) {
        const QVector<Example> &g = groups[group];
        if (g.size() != levels.size())
            return u"%1 has %2 rows"_s.arg(group).arg(g.size());
        for (qsizetype i = 0; i < g.size(); ++i) {
            if (g[i].targetReward != levels[i] || g[i].prompt != g[0].prompt)
                return u"%1 row %2 is level %3"_s.arg(group).arg(i).arg(g[i].targetReward);
        }
    }
    *ladders = int(order.size());
    return QString();
}
} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString journal(const QString &name) { return m_dir.filePath(name + u".journal"_s); }

private Q_SLOTS:
    void fullRun_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<bool>("stream");
        for (const char *p :
             {"openai", "anthropic", "xai", "together", "ollama", "transformerlab", "openai-compatible"}) {
            QTest::newRow(p) << QString::fromLatin1(p) << false;
            QTest::newRow(QByteArray(QByteArray(p) + " stream").constData()) << QString::fromLatin1(p) << true;
        }
    }
    void fullRun()
    {
        QFETCH(QString, provider);
        QFETCH(bool, stream);
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(provider, stream);
        server.setHandler("POST", chatPath(provider), [&](const RecordedRequest &r) { return model.answer(r); });
        GenerationEngine engine(config(provider, 50, stream), endpoint(server, provider));
        QSignalSpy rowsSpy(&engine, &GenerationEngine::rowsAccepted);
        QString error;
        QVERIFY2(engine.start(journal(QString::fromLatin1(QTest::currentDataTag())), &error), qPrintable(error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.finished && r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 50);
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{10, 10, 10, 10, 10}));
        QVERIFY(noDuplicates(engine.rows()));
        QCOMPARE(server.requestCount(), 10); // 50 rows in batches of 5, nothing wasted
        QVERIFY(server.maxConcurrentRequests() <= 4);
        for (const Example &e : engine.rows()) {
            QCOMPARE(e.source, ExampleSource::Llm);
            QCOMPARE(e.provider, provider);
            QVERIFY(e.tags.contains(Rubric::level(e.targetReward).behaviourTag));
        }
        if (stream)
            QVERIFY2(rowsSpy.size() > 10, qPrintable(QString::number(rowsSpy.size()))); // rows arrived mid-stream
        // Every accepted row is in the journal, headed by the config.
        RunJournal::Contents contents;
        QVERIFY(RunJournal::load(journal(QString::fromLatin1(QTest::currentDataTag())), &contents, &error));
        QCOMPARE(contents.rows.size(), 50);
        QCOMPARE(contents.config.provider, provider);
        const GenerationEngine::Stats s = engine.stats();
        QCOMPARE(s.acceptedTotal(), 50);
        QCOMPARE(s.requests, 10);
        if (provider != u"transformerlab"_s || !stream)
            QVERIFY(s.inputTokens > 0);
    }

    // LLM contrast ladders: each request asks for ladders (one question, an answer per level) with a schema that
    // requires every level; a ladder that comes back without a level is repaired by asking for exactly that level
    // of exactly that question, never padded. 1,000 rows = 200 ladders of 5, every one whole.
    void llmLadderRun_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<bool>("stream");
        QTest::addColumn<int>("count");
        QTest::newRow("openai stream 1000") << u"openai"_s << true << 1000;
        QTest::newRow("openai") << u"openai"_s << false << 100;
        QTest::newRow("anthropic stream") << u"anthropic"_s << true << 100;
        QTest::newRow("ollama") << u"ollama"_s << false << 100;
    }
    void llmLadderRun()
    {
        QFETCH(QString, provider);
        QFETCH(bool, stream);
        QFETCH(int, count);
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(provider, stream);
        // Every third ladder first comes back without its +1 answer.
        QMutex mutex;
        QStringList lacking;
        model.omitLevels = [&](const QString &prompt, bool repair) {
            const int number = prompt.section(u' ', 2, 2).toInt();
            if (repair || number % 3 != 0)
                return QList<int>();
            QMutexLocker lock(&mutex);
            lacking << prompt;
            return QList<int>{1};
        };
        server.setHandler("POST", chatPath(provider), [&](const RecordedRequest &r) { return model.answer(r); });
        GenerationConfig c = config(provider, count, stream);
        c.batchSize = 10; // two ladders of five per request
        c.ladderMode = LadderMode::Ladders;
        GenerationEngine engine(c, endpoint(server, provider));
        QString error;
        QVERIFY2(engine.start(journal(QString::fromLatin1(QTest::currentDataTag())), &error), qPrintable(error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.finished && r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        const int ladders = count / 5;
        QCOMPARE(engine.rows().size(), count);
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{ladders, ladders, ladders, ladders, ladders}));
        int groups = 0;
        const QString wrong = laddersWhole(engine.rows(), 0x1f, &groups);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(groups, ladders);
        for (const Example &e : engine.rows()) {
            QCOMPARE(e.source, ExampleSource::Llm);
            QVERIFY(e.group.startsWith(u"lad-llm-7-"_s));
            QVERIFY(e.tags.contains(Rubric::level(e.targetReward).behaviourTag));
        }
        // The requests: new ladders two at a time, then one repair per ladder that lacked +1, asking for +1 only.
        int repairs = 0;
        int fresh = 0;
        for (int i = 0; i < server.requestCount(); ++i) {
            const QJsonObject body = server.request(i).json();
            const PromptAsk ask = promptAskOfChat(body);
            QVERIFY(ask.isLadder());
            if (ask.repairOf.isEmpty()) {
                ++fresh;
                QCOMPARE(ask.levels, (QList<int>{-2, -1, 0, 1, 2}));
            } else {
                ++repairs;
                QCOMPARE(ask.levels, QList<int>{1});
                QVERIFY(lacking.contains(ask.repairOf));
            }
            if (provider == u"openai"_s) {
                const QJsonObject schema =
                    body.value(u"response_format"_s).toObject().value(u"json_schema"_s).toObject();
                QCOMPARE(schema.value(u"name"_s).toString(), u"candor_ladders"_s);
                const QJsonObject answers = schema.value(u"schema"_s)
                                                .toObject()
                                                .value(u"properties"_s)
                                                .toObject()
                                                .value(u"ladders"_s)
                                                .toObject()
                                                .value(u"items"_s)
                                                .toObject()
                                                .value(u"properties"_s)
                                                .toObject()
                                                .value(u"answers"_s)
                                                .toObject();
                const QJsonArray required = answers.value(u"required"_s).toArray();
                QCOMPARE(required.size(), ask.levels.size());
                QCOMPARE(required.first().toString(), ask.levels.size() == 5 ? u"-2"_s : u"+1"_s);
            }
        }
        QCOMPARE(fresh, ladders / 2);
        QCOMPARE(repairs, int(lacking.size()));
        QCOMPARE(repairs, ladders / 3);
        QVERIFY2(r.summary.contains(u"%1 missing_level"_s.arg(repairs)), qPrintable(r.summary));
        // The journal holds the same whole ladders.
        RunJournal::Contents contents;
        QVERIFY(RunJournal::load(journal(QString::fromLatin1(QTest::currentDataTag())), &contents, &error));
        QCOMPARE(contents.rows.size(), count);
        QVERIFY(laddersWhole(contents.rows, 0x1f, &groups).isEmpty());
    }

    // A ladder that never gets a level after three repairs is left out whole, and a new ladder takes its place: the
    // run still ends with exactly the ladders asked for. A three-level ladder set asks for those levels only.
    void incompleteLadderIsLeftOutNotPadded()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, true);
        model.omitLevels = [](const QString &prompt, bool) {
            return prompt.section(u' ', 2, 2) == u"2"_s ? QList<int>{0} : QList<int>();
        };
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) { return model.answer(r); });
        GenerationConfig c = config(u"openai"_s, 30, true);
        c.ladderMode = LadderMode::Ladders;
        c.ladderLevels = levelBit(-2) | levelBit(0) | levelBit(2);
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        QString error;
        QVERIFY2(engine.start(QString(), &error), qPrintable(error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.finished && r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 30);
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{10, 0, 10, 0, 10}));
        int groups = 0;
        const QString wrong = laddersWhole(engine.rows(), c.ladderLevels, &groups);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(groups, 10);
        for (const Example &e : engine.rows())
            QVERIFY(e.prompt != u"Ladder question 2 about things?"_s);
        // 10 new ladders + the one left out, one ladder per request (batch of 5 over 3 levels), and its 3 repairs.
        QCOMPARE(server.requestCount(), 11 + 3);
        QVERIFY2(r.summary.contains(u"1 incomplete_ladder"_s), qPrintable(r.summary));
        QVERIFY2(r.summary.contains(u"4 missing_level"_s), qPrintable(r.summary));
    }

    // A mix: a share of the rows as ladders, the rest independent rows, each exactly as planned.
    void llmLadderMix()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) { return model.answer(r); });
        GenerationConfig c = config(u"openai"_s, 200, false);
        c.ladderMode = LadderMode::Mix;
        c.ladderShare = 0.5;
        QString error;
        const RowPlan plan = c.rowPlan(*c.levelCounts(&error));
        QCOMPARE(plan.ladders, 20);
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        QCOMPARE(engine.estimate().requests, 20 + 20); // a ladder per request, 100 independent rows in fives
        QVERIFY2(engine.start(QString(), &error), qPrintable(error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.finished && r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{40, 40, 40, 40, 40}));
        int groups = 0;
        const QString wrong = laddersWhole(engine.rows(), 0x1f, &groups);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(groups, 20);
        QCOMPARE(std::count_if(engine.rows().begin(), engine.rows().end(),
                               [](const Example &e) { return e.group.isEmpty(); }),
                 100);
        QCOMPARE(server.requestCount(), 40);
    }

    // A ladder run stopped half-way resumes from its journal with whole ladders only and ends with the exact count.
    void llmLadderRunResumes()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, true);
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) { return model.answer(r); });
        GenerationConfig c = config(u"openai"_s, 100, true);
        c.ladderMode = LadderMode::Ladders;
        c.concurrency = 1;
        const QString path = journal(u"ladder-resume"_s);
        QString error;
        {
            GenerationEngine engine(c, endpoint(server, u"openai"_s));
            QVERIFY2(engine.start(path, &error), qPrintable(error));
            QVERIFY(QTest::qWaitFor([&] { return engine.rows().size() >= 30; }, 20000));
            engine.cancel();
        }
        RunJournal::Contents contents;
        QVERIFY(RunJournal::load(path, &contents, &error));
        int before = 0;
        QVERIFY(laddersWhole(contents.rows, 0x1f, &before).isEmpty());
        QVERIFY(before >= 6 && before < 20);
        GenerationEngine engine(GenerationConfig(), endpoint(server, u"openai"_s));
        QVERIFY2(engine.resumeFrom(path, &error), qPrintable(error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.finished && r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 100);
        int groups = 0;
        const QString wrong = laddersWhole(engine.rows(), 0x1f, &groups);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(groups, 20);
        QSet<QString> ids;
        for (const Example &e : engine.rows())
            ids.insert(e.id);
        QCOMPARE(ids.size(), 100);
    }

    // --search-hints: every accepted row has a usable [SEARCH:query] hint. A bare query is repaired into that form;
    // a row with no hint (or an unusable one) is turned away and asked for again, and the summary counts them.
    void searchHintsAreRepairedOrAskedAgain()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{1};
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            const PromptAsk ask = askOf(r);
            QJsonArray rows;
            for (int i = 0; i < ask.count; ++i) {
                const int n = next.fetch_add(1);
                QJsonObject o = row(ask.level, u"Question %1 about things?"_s.arg(n));
                if (n % 4 == 1)
                    o.insert(u"search_hint"_s, u"[SEARCH:question %1]"_s.arg(n));
                else if (n % 4 == 2)
                    o.insert(u"search_hint"_s, u"  question   %1 "_s.arg(n)); // a bare query
                else if (n % 4 == 3)
                    o.insert(u"search_hint"_s, u"[SEARCH: ]"_s); // nothing to search for
                rows.append(o);                                  // n % 4 == 0: no hint at all
            }
            return w::openAiChat(QString::fromUtf8(rowsJson(rows)));
        });
        GenerationConfig c = config(u"openai"_s, 40, false);
        c.searchHints = true;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        QString error;
        QVERIFY(engine.start(journal(u"hints"_s), &error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.finished && r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 40);
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{8, 8, 8, 8, 8}));
        int repaired = 0;
        for (const Example &e : engine.rows()) {
            QVERIFY2(isValidSearchHint(e.searchHint), qPrintable(e.searchHint));
            QVERIFY(!(e.flags & FlagBadSearchHint));
            if (e.searchHint.startsWith(u"[SEARCH:question "_s) && !e.searchHint.contains(u"  "_s))
                ++repaired;
        }
        QCOMPARE(repaired, 40);
        const int turnedAway = engine.stats().rejectedByReason.value(u"bad_search_hint"_s);
        QVERIFY2(turnedAway >= 30, qPrintable(QString::number(turnedAway))); // about half of every answer
        QVERIFY2(r.summary.contains(u"bad_search_hint"_s), qPrintable(r.summary));
    }

    // The first requests meet 429s with Retry-After: 2; everyone waits exactly those 2 s, the window shrinks,
    // nothing is lost.
    void rateLimitStorm()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        ManualClock clock;
        QList<qint64> sentAt; // by the engine's clock, in the order the requests arrived
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            sentAt << clock.nowMs();
            if (sentAt.size() <= 6)
                return w::openAiError(429, "requests", "rate_limit_exceeded",
                                      u"Rate limit reached for requests. Please try again in 2s."_s,
                                      {{"retry-after", "2"}});
            return model.answer(r);
        });
        GenerationEngine engine(config(u"openai"_s, 40, false), endpoint(server, u"openai"_s));
        engine.setClock(&clock);
        QString error;
        QVERIFY(engine.start(journal(u"storm"_s), &error));
        const RunResult r = runOnClock(engine, clock);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 40);
        QVERIFY(noDuplicates(engine.rows()));
        const auto s = engine.stats();
        QCOMPARE(s.errorsByKind.value(u"rate_limited"_s), 6);
        QCOMPARE(s.retries, qint64(6));
        // The first wave of four is refused at 0 ms. Exactly 2,000 ms later the halved window sends two of them
        // again, refused once more; exactly 2,000 ms after those the run goes on and nothing more is refused.
        QCOMPARE(sentAt.size(), 16);
        QCOMPARE(sentAt.mid(0, 6), (QList<qint64>{0, 0, 0, 0, 2000, 2000}));
        for (qsizetype i = 6; i < sentAt.size(); ++i)
            QCOMPARE(sentAt.at(i), qint64(4000));
        // 10 batches (8 rows a level: 5 + 3) plus the 6 refused requests; refused rows are asked for once more only.
        QCOMPARE(server.requestCount(), 16);
        // Time figures run on the same clock: 40 rows in 4 s.
        QCOMPARE(s.elapsedSeconds, 4.0);
        QCOMPARE(s.rowsPerSecond, 10.0);
    }

    // A limit enforced as a token bucket (20 requests, refilled at 10 a second) with 429 + Retry-After only. The
    // first burst empties the bucket, and a rate learnt from it alone counts the bucket's 20 as rate: dispatch runs
    // into the limit a second time. From what was admitted between those two refusals the engine learns the refill
    // rate itself and runs just under it, with no further refusal; and since the rate now sets the pace, the halved
    // window is back to full after one success per slot instead of after a window's worth per slot.
    void rateIsLearntBetweenRefusals()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        ManualClock clock;
        double tokens = 20;
        qint64 refilledAt = 0;
        QList<qint64> admittedAt;
        QList<qint64> refusedAt;
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            const qint64 now = clock.nowMs();
            tokens = qMin(20.0, tokens + (now - refilledAt) / 100.0);
            refilledAt = now;
            if (tokens < 1) {
                refusedAt << now;
                return w::openAiError(429, "requests", "rate_limit_exceeded", u"Rate limit reached for requests."_s,
                                      {{"retry-after", "1"}});
            }
            tokens -= 1;
            admittedAt << now;
            return model.answer(r);
        });
        GenerationConfig c = config(u"openai"_s, 2000, false);
        c.concurrency = 16;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        engine.setClock(&clock);
        QList<QPair<qint64, int>> windowAfterAnswer; // when an answered request was sent, the window after it
        connect(&engine, &GenerationEngine::requestEnded, this, [&](const GenerationEngine::RequestTiming &t) {
            if (t.ok)
                windowAfterAnswer.append({t.sentMs, engine.stats().window});
        });
        QString error;
        QVERIFY(engine.start(journal(u"learnt"_s), &error));
        const RunResult r = runOnClock(engine, clock);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 2000);
        QCOMPARE(admittedAt.size(), 400);
        QCOMPARE(admittedAt.mid(0, 20), QList<qint64>(20, 0)); // the bucket's burst

        // Refused: the first burst at 0 ms, then once more when the burst-inflated rate (19.4/s) has used up
        // what refilled, about 2 s in; never again.
        QVERIFY(!refusedAt.isEmpty() && refusedAt.first() == 0);
        const qint64 second = refusedAt.last();
        QVERIFY2(second >= 1900 && second <= 2100, qPrintable(QString::number(second)));
        for (qint64 t : std::as_const(refusedAt))
            QVERIFY2(t == 0 || t == second, qPrintable(QString::number(t)));

        // After the second hold: paced at 97 % of what was admitted between the refusals (19 in 1.988 s: 9.3/s,
        // 108 ms apart; the true 10/s would be 103 ms at 97 %), until probing starts after 20 quiet seconds.
        int paced = 0;
        for (qsizetype i = 1; i < admittedAt.size(); ++i) {
            if (admittedAt.at(i - 1) < second + 1000 || admittedAt.at(i) > second + 20000)
                continue;
            const qint64 gap = admittedAt.at(i) - admittedAt.at(i - 1);
            QVERIFY2(gap >= 103 && gap <= 112, qPrintable(u"%1 ms at %2"_s.arg(gap).arg(admittedAt.at(i))));
            ++paced;
        }
        QVERIFY2(paced >= 100, qPrintable(QString::number(paced)));

        // 20 quiet seconds after the last refusal the rate is probed upwards by 1 % a second: five seconds into the
        // probe, sends are about 5 % closer together (1 % an answer would have made them 40 % closer).
        auto gapAround = [&](qint64 at) {
            for (qsizetype i = 1; i < admittedAt.size(); ++i) {
                if (admittedAt.at(i) >= at)
                    return admittedAt.at(i) - admittedAt.at(i - 1);
            }
            return qint64(0);
        };
        const qint64 before = gapAround(second + 20000);
        const qint64 into = gapAround(second + 26000);
        QVERIFY2(into < before && into >= before * 0.93, qPrintable(u"%1 ms, then %2 ms"_s.arg(before).arg(into)));

        // The second refusal halved the window to 8; the 8th answer sent after it finds it at 16 again.
        qsizetype first = 0;
        while (first < windowAfterAnswer.size() && windowAfterAnswer.at(first).first <= second)
            ++first;
        QVERIFY(first + 8 < windowAfterAnswer.size());
        QCOMPARE(windowAfterAnswer.at(first).second, 9);
        QCOMPARE(windowAfterAnswer.at(first + 7).second, 16);
    }

    // The journal's fsyncs run on a thread of their own, so the engine's thread never waits for the disk: a
    // request returns at once, requests made while one runs share the next fsync, and close() leaves every row on
    // disk.
    void journalSyncsInBackground()
    {
        RunJournal journal;
        QString error;
        QVERIFY2(journal.create(this->journal(u"background"_s), config(u"openai"_s, 300, false), &error),
                 qPrintable(error));
        QTRY_COMPARE(journal.backgroundSyncs(), 1); // the header's
        QElapsedTimer spent;
        spent.start();
        for (int i = 0; i < 300; ++i) {
            Example e;
            e.id = u"llm-7-%1"_s.arg(i + 1);
            e.prompt = u"Question %1 about things?"_s.arg(i);
            e.idealAnswer = u"An answer."_s;
            e.expectedFeedback = u"Feedback."_s;
            e.targetReward = 1;
            QVERIFY(journal.append(e));
            QVERIFY(journal.syncInBackground(&error));
        }
        QVERIFY2(spent.elapsed() < 1000, qPrintable(QString::number(spent.elapsed()))); // nothing waited
        QTRY_VERIFY(journal.backgroundSyncs() >= 2);
        const int syncs = journal.backgroundSyncs();
        QVERIFY2(syncs <= 301, qPrintable(QString::number(syncs)));
        journal.close();
        RunJournal::Contents contents;
        QVERIFY(RunJournal::load(this->journal(u"background"_s), &contents, &error));
        QCOMPARE(contents.rows.size(), 300);
        QCOMPARE(contents.rows.last().id, u"llm-7-300"_s);
    }

    void serverErrorsAreRetried()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"anthropic"_s, true);
        std::atomic<int> seen{0};
        server.setHandler("POST", chatPath(u"anthropic"_s), [&](const RecordedRequest &r) {
            const int n = seen.fetch_add(1);
            if (n % 3 == 1)
                return w::anthropicOverloaded();
            if (n % 3 == 2 && n < 9)
                return w::anthropicError(500, "api_error", u"Internal server error"_s);
            return model.answer(r);
        });
        ManualClock clock;
        GenerationEngine engine(config(u"anthropic"_s, 30, true), endpoint(server, u"anthropic"_s));
        engine.setClock(&clock);
        QString error;
        QVERIFY(engine.start(journal(u"errors"_s), &error));
        const RunResult r = runOnClock(engine, clock);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{6, 6, 6, 6, 6}));
        QVERIFY(engine.stats().errorsByKind.value(u"overloaded"_s) > 0);
        QVERIFY(engine.stats().errorsByKind.value(u"server"_s) > 0);
        QVERIFY(clock.nowMs() > 0); // the retries waited
    }

    // One request at a time meets failures, then succeeds: each retry goes out exactly when the policy or the
    // server said, and after a rate limit the rest are paced at what the server admitted.
    void retryWaitsExactly_data()
    {
        QTest::addColumn<QByteArray>("failure");
        QTest::addColumn<int>("failures");
        QTest::addColumn<QList<qint64>>("expected"); // when each request went out: failures, then five batches

        // Backoff 0.5 s * 2^n (jitter pinned to 0): 500, 1,000, 2,000 ms; a server error teaches no pace.
        QTest::newRow("500s back off") << QByteArray("500") << 3
                                       << QList<qint64>{0, 500, 1500, 3500, 3500, 3500, 3500, 3500};
        QTest::newRow("503 Retry-After: 3") << QByteArray("503") << 1 << QList<qint64>{0, 3000, 3000, 3000, 3000, 3000};
        // After the hold, one request got through in (at least) one second of sending: paced at 97 % of that,
        // 1,030 ms apart counted from the retry (the 1 ms the pump waits past a mark is not carried on: the sends
        // stay on the 1,030 ms grid).
        QTest::newRow("429 Retry-After: 2")
            << QByteArray("429 seconds") << 1 << QList<qint64>{0, 2000, 3031, 4061, 5091, 6121};
        QTest::newRow("429 Retry-After: 2 twice")
            << QByteArray("429 seconds") << 2 << QList<qint64>{0, 2000, 4000, 5031, 6061, 7091, 8121};
        // An HTTP date is measured against the engine's clock, not the wall clock.
        QTest::newRow("429 Retry-After date")
            << QByteArray("429 date") << 1 << QList<qint64>{0, 5000, 6031, 7061, 8091, 9121};
    }
    void retryWaitsExactly()
    {
        QFETCH(QByteArray, failure);
        QFETCH(int, failures);
        QFETCH(QList<qint64>, expected);
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        ManualClock clock;
        QList<qint64> sentAt;
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            sentAt << clock.nowMs();
            if (sentAt.size() > failures)
                return model.answer(r);
            if (failure == "500")
                return w::openAiError(500, "server_error", {}, u"The server had an error."_s);
            if (failure == "503")
                return w::openAiError(503, "server_error", {}, u"Service unavailable."_s, {{"retry-after", "3"}});
            const QByteArray retryAfter =
                failure == "429 date"
                    ? QLocale::c().toString(clock.utcNow().addSecs(5), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s).toLatin1()
                    : QByteArray("2");
            return w::openAiError(429, "requests", "rate_limit_exceeded", u"Rate limit reached for requests."_s,
                                  {{"retry-after", retryAfter}});
        });
        GenerationConfig c = config(u"openai"_s, 5, false);
        c.concurrency = 1;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        RetryPolicy policy;
        policy.maxRetries = 3;
        policy.jitter = 0;
        engine.setRetryPolicy(policy);
        engine.setClock(&clock);
        QString error;
        QVERIFY(engine.start(journal(u"retry-"_s + QString::fromLatin1(QTest::currentDataTag())), &error));
        const RunResult r = runOnClock(engine, clock);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.stats().retries, qint64(failures));
        QCOMPARE(sentAt, expected);
        QCOMPARE(clock.nowMs(), expected.last());
    }

    // A server that is down: after five failed requests in a row over at least 30 s the run pauses itself with a
    // sentence that says why, sends nothing more, and resumes when asked.
    void streakOfFailuresPauses()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        ManualClock clock;
        std::atomic<bool> down{true};
        QList<qint64> sentAt;
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            sentAt << clock.nowMs();
            if (down)
                return w::openAiError(502, "server_error", {}, u"Bad gateway."_s);
            return model.answer(r);
        });
        GenerationConfig c = config(u"openai"_s, 5, false);
        c.concurrency = 1;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        RetryPolicy policy;
        policy.maxRetries = 50;
        policy.jitter = 0;
        engine.setRetryPolicy(policy);
        engine.setClock(&clock);
        QSignalSpy stalled(&engine, &GenerationEngine::stalled);
        QString error;
        QVERIFY(engine.start(journal(u"stall"_s), &error));
        QElapsedTimer wall;
        wall.start();
        while (stalled.isEmpty() && wall.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            if (engine.activeRequests() == 0 && clock.pendingCount() > 0)
                clock.advanceToNext();
        }
        QCOMPARE(stalled.size(), 1);
        QVERIFY(engine.isPaused());
        QVERIFY(sentAt.size() >= 5);
        QVERIFY(sentAt.last() - sentAt.first() >= 30000);
        const QString text = stalled.first().first().toString();
        QVERIFY2(text.contains(u"in a row failed"_s) && text.contains(u"Bad gateway"_s), qPrintable(text));
        // Paused: however long we wait, nothing is sent.
        const qsizetype sent = sentAt.size();
        clock.advance(600000);
        QCoreApplication::processEvents();
        QCOMPARE(sentAt.size(), sent);
        // The server is back; Resume finishes the run.
        down = false;
        engine.resume();
        const RunResult r = runOnClock(engine, clock);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 5);
    }

    // Issue 17.6: a stream that fails part-way is retried; the rows it had delivered stay, and the retry asks only
    // for the rows still missing.
    void midStreamFailureAsksOnlyForTheRest()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, true);
        ManualClock clock;
        std::atomic<int> calls{0};
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            if (calls.fetch_add(1) > 0)
                return model.answer(r);
            QJsonArray three;
            for (int i = 0; i < 3; ++i)
                three.append(row(askOf(r).level, u"Early question %1 about things?"_s.arg(i)));
            QString text = QString::fromUtf8(rowsJson(three));
            text.chop(2); // still inside the array: a fourth row is on its way
            text += u",{\"prompt\":\"Half a qu"_s;
            QStringList pieces;
            for (qsizetype i = 0; i < text.size(); i += 37)
                pieces << text.mid(i, 37);
            return w::openAiMidStreamError(pieces);
        });
        GenerationConfig c = config(u"openai"_s, 5, true);
        c.concurrency = 1;
        c.distribution = *Distribution::parse(u"2:5"_s, nullptr);
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        RetryPolicy policy;
        policy.jitter = 0;
        engine.setRetryPolicy(policy);
        engine.setClock(&clock);
        QString error;
        QVERIFY(engine.start(journal(u"midstream"_s), &error));
        const RunResult r = runOnClock(engine, clock);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 5);
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(askOf(server.request(1)).count, 2);
        QCOMPARE(engine.stats().retries, 1);
    }

    // Issue 18.14: a rate limit that never lifts pauses the run (the CLI then stops) after 50 rate-limited answers
    // or 5 minutes without a success, whichever comes first, instead of re-planning batches for many minutes.
    void permanentRateLimitPauses_data()
    {
        QTest::addColumn<int>("retryAfter"); // seconds the server asks for
        QTest::addColumn<int>("maxRequests");
        QTest::addColumn<qint64>("minSpanMs");
        QTest::addColumn<qint64>("maxSpanMs");
        QTest::newRow("50 answers, retry-after 0") << 0 << 50 << 0LL << 300000LL;
        QTest::newRow("5 minutes, retry-after 40") << 40 << 12 << 280000LL << 340000LL;
    }
    void permanentRateLimitPauses()
    {
        QFETCH(int, retryAfter);
        QFETCH(int, maxRequests);
        QFETCH(qint64, minSpanMs);
        QFETCH(qint64, maxSpanMs);
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        ManualClock clock;
        std::atomic<bool> limited{true};
        QList<qint64> sentAt;
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            sentAt << clock.nowMs();
            if (limited)
                return w::openAiError(429, "requests", "rate_limit_exceeded", u"Rate limit reached for requests."_s,
                                      {{"retry-after", QByteArray::number(retryAfter)}});
            return model.answer(r);
        });
        GenerationConfig c = config(u"openai"_s, 5, false);
        c.concurrency = 1;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        RetryPolicy policy;
        policy.jitter = 0;
        engine.setRetryPolicy(policy);
        engine.setClock(&clock);
        QSignalSpy stalled(&engine, &GenerationEngine::stalled);
        QString error;
        QVERIFY(engine.start(journal(u"ratelimit"_s), &error));
        QElapsedTimer wall;
        wall.start();
        while (stalled.isEmpty() && wall.elapsed() < 60000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            if (engine.activeRequests() == 0 && clock.pendingCount() > 0)
                clock.advanceToNext();
        }
        QCOMPARE(stalled.size(), 1);
        QVERIFY(engine.isPaused());
        QVERIFY2(sentAt.size() <= maxRequests, qPrintable(QString::number(sentAt.size())));
        const qint64 span = sentAt.last() - sentAt.first();
        QVERIFY2(span >= minSpanMs && span <= maxSpanMs, qPrintable(QString::number(span)));
        const QString text = stalled.first().first().toString();
        QVERIFY2(text.contains(u"rate-limited answer"_s) && text.contains(u"not one success"_s), qPrintable(text));
        // Paused: nothing more is sent, however long the wait.
        const qsizetype sent = sentAt.size();
        clock.advance(3600000);
        QCoreApplication::processEvents();
        QCOMPARE(sentAt.size(), sent);
        // The limit lifts; Resume finishes the run.
        limited = false;
        engine.resume();
        const RunResult r = runOnClock(engine, clock);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 5);
    }

    // Bad rows are rejected and asked for again: schema errors, wrong levels, duplicates, prose, truncation.
    void malformedAndTruncatedOutput()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        std::atomic<int> seen{0};
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            const int n = seen.fetch_add(1);
            const PromptAsk ask = askOf(r);
            switch (n) {
            case 0: // not JSON at all
                return w::openAiChat(u"Sorry, here are some thoughts instead."_s);
            case 1: { // a row without an answer, a row at the wrong level, a good row
                QJsonObject missing = row(ask.level, u"Missing answer?"_s);
                missing.remove(u"ideal_answer"_s);
                const QJsonArray rows{missing, row(ask.level == 2 ? 1 : 2, u"Wrong level?"_s),
                                      row(ask.level, u"Good one?"_s)};
                return w::openAiChat(u"Sure! ```json\n"_s + QString::fromUtf8(rowsJson(rows)) + u"\n```"_s);
            }
            case 2: { // cut by the token limit after one complete row
                w::OpenAiOptions length;
                length.finishReason = "length";
                return w::openAiChat(
                    u"{\"examples\":[{\"prompt\":\"Cut one?\",\"ideal_answer\":\"a\",\"expected_feedback\":\"f\","
                    "\"target_reward\":%1,\"tags\":[]},{\"prompt\":\"Cut two"_s.arg(ask.level),
                    length);
            }
            case 3: // the same prompt as before: a duplicate
                return w::openAiChat(QString::fromUtf8(rowsJson({row(ask.level, u"good one"_s)})));
            default:
                return model.answer(r);
            }
        });
        GenerationConfig c = config(u"openai"_s, 25, false);
        c.concurrency = 1; // the script above depends on order
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        QString error;
        QVERIFY(engine.start(journal(u"malformed"_s), &error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{5, 5, 5, 5, 5}));
        QVERIFY(noDuplicates(engine.rows()));
        const auto s = engine.stats();
        QCOMPARE(s.rejectedByReason.value(u"schema"_s), 1);
        QCOMPARE(s.rejectedByReason.value(u"level_mismatch"_s), 1);
        QCOMPARE(s.rejectedByReason.value(u"duplicate"_s), 1);
        QCOMPARE(s.errorsByKind.value(u"invalid_response"_s), 1);
        bool sawCut = false;
        for (const Example &e : engine.rows())
            sawCut |= e.prompt == u"Cut one?"_s;
        QVERIFY(sawCut); // the complete row before the cut was kept
    }

    // The same question in other words is turned away as a near-duplicate and asked for again, at any level: the
    // first answer carries one long question, the next three each a rewording of it (a filler word, a word left
    // out, a typing slip) among fresh rows.
    void nearDuplicatesAskedForAgain()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        const QString question = u"In which year did the Berlin Wall fall, and who led East Germany at that time?"_s;
        const QStringList rewordings{
            u"In which year did the Berlin Wall actually fall, and who led East Germany at that time?"_s,
            u"In which year did Berlin Wall fall, and who led East Germany at that time?"_s,
            u"In which year did the Berlin Wall fall, and who led East Germnay at that time?"_s};
        std::atomic<int> seen{0};
        std::atomic<int> fresh{1000};
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            const int n = seen.fetch_add(1);
            if (n > 3)
                return model.answer(r);
            const PromptAsk ask = askOf(r);
            QJsonArray rows{row(ask.level, n == 0 ? question : rewordings.at(n - 1))};
            for (int i = 1; i < ask.count; ++i)
                rows.append(row(ask.level, u"Question %1 about things?"_s.arg(fresh.fetch_add(1))));
            return w::openAiChat(QString::fromUtf8(rowsJson(rows)));
        });
        GenerationConfig c = config(u"openai"_s, 25, false);
        c.concurrency = 1; // the script above depends on order
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        QString error;
        QVERIFY(engine.start(journal(u"near"_s), &error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{5, 5, 5, 5, 5}));
        const auto s = engine.stats();
        QCOMPARE(s.rejectedByReason.value(u"near_duplicate"_s), 3);
        QCOMPARE(s.rejectedByReason.value(u"duplicate"_s), 0);
        QCOMPARE(s.rejectedRows, 3);
        QVERIFY2(r.summary.contains(u"Turned away and asked for again: 3 near_duplicate."_s), qPrintable(r.summary));
        // The question is kept once, none of its rewordings, and no accepted prompt nearly repeats another.
        int kept = 0;
        NearDuplicateIndex index;
        for (const Example &e : engine.rows()) {
            kept += e.prompt == question;
            QVERIFY(!rewordings.contains(e.prompt));
            QVERIFY(!index.add(normalisedPrompt(e.prompt)).found());
        }
        QCOMPARE(kept, 1);
        // 25 rows in batches of 5, one a level: 5 requests, then one more for each of the three levels a row is
        // missing at.
        QCOMPARE(server.requestCount(), 8);
    }

    void levelMismatchKeptWhenAllowed()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        std::atomic<int> next{0};
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            const PromptAsk ask = askOf(r);
            QJsonArray rows;
            for (int i = 0; i < ask.count; ++i)
                rows.append(row(ask.level == 0 ? 1 : 0, u"Mislabelled %1?"_s.arg(next.fetch_add(1))));
            return w::openAiChat(QString::fromUtf8(rowsJson(rows)));
        });
        GenerationConfig c = config(u"openai"_s, 10, false);
        c.keepLevelMismatch = true;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        QString error;
        QVERIFY(engine.start(journal(u"mismatch"_s), &error));
        QCOMPARE(waitFor(engine).outcome, GenerationEngine::Outcome::Completed);
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{2, 2, 2, 2, 2}));
        for (const Example &e : engine.rows())
            QVERIFY(e.flags & FlagLevelMismatch);
    }

    // A model that repeats itself: the attempt budget runs out and the run says what is missing and why;
    // with fallback allowed, templates fill the gap.
    void shortfallAndFallback_data()
    {
        QTest::addColumn<bool>("fallback");
        QTest::newRow("shortfall") << false;
        QTest::newRow("fallback") << true;
    }
    void shortfallAndFallback()
    {
        QFETCH(bool, fallback);
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            const PromptAsk ask = askOf(r);
            QJsonArray rows;
            for (int i = 0; i < ask.count; ++i)
                rows.append(row(ask.level, u"Always the same %1 at %2?"_s.arg(i % 2).arg(ask.level)));
            return w::openAiChat(QString::fromUtf8(rowsJson(rows)));
        });
        GenerationConfig c = config(u"openai"_s, 20, false);
        c.allowFallback = fallback;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        engine.setAttemptFactor(2);
        QString error;
        QVERIFY(engine.start(journal(QString::fromLatin1(QTest::currentDataTag())), &error));
        const RunResult r = waitFor(engine);
        QVERIFY(r.finished);
        if (fallback) {
            QCOMPARE(r.outcome, GenerationEngine::Outcome::Completed);
            QCOMPARE(countLevels(engine.rows()), (LevelCounts{4, 4, 4, 4, 4}));
            QCOMPARE(engine.stats().fallbackRows, 10);
            int fallbackRows = 0;
            for (const Example &e : engine.rows())
                fallbackRows += e.source == ExampleSource::Fallback;
            QCOMPARE(fallbackRows, 10);
            QVERIFY(noDuplicates(engine.rows()));
        } else {
            QCOMPARE(r.outcome, GenerationEngine::Outcome::Shortfall);
            QCOMPARE(engine.rows().size(), 10); // two distinct prompts per level
            QVERIFY2(r.summary.contains(u"Missing 2 rows at level -2"_s), qPrintable(r.summary));
            QVERIFY2(r.summary.contains(u"rejected as duplicate"_s), qPrintable(r.summary));
        }
        // Each level used at most its attempt budget: ceil(4/5)=1 batch x 2 + 2.
        QVERIFY(server.requestCount() <= 5 * 4);
    }

    void pauseResumeCancel()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            ScriptedResponse s = model.answer(r);
            s.latencyMs = 150;
            return s;
        });
        GenerationConfig c = config(u"openai"_s, 100, false);
        c.concurrency = 2;
        ManualClock clock;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        engine.setClock(&clock);
        QString error;
        QVERIFY(engine.start(journal(u"pause"_s), &error));
        QTRY_VERIFY_WITH_TIMEOUT(engine.rows().size() >= 10, 10000);
        engine.pause();
        QVERIFY(engine.isPaused());
        // In-flight requests finish, then nothing new starts.
        QTRY_COMPARE_WITH_TIMEOUT(engine.stats().inFlight, 0, 5000);
        const int requestsWhilePaused = server.requestCount();
        const qint64 sentWhilePaused = engine.stats().requests;
        clock.advance(10 * 60 * 1000); // however long the pause lasts
        QCoreApplication::processEvents();
        QCOMPARE(engine.stats().requests, sentWhilePaused);
        QCOMPARE(engine.activeRequests(), 0);
        QCOMPARE(server.requestCount(), requestsWhilePaused);
        engine.resume();
        QTRY_VERIFY_WITH_TIMEOUT(server.requestCount() > requestsWhilePaused, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(engine.stats().inFlight > 0, 5000);
        QElapsedTimer timer;
        timer.start();
        QSignalSpy finished(&engine, &GenerationEngine::finished);
        engine.cancel();
        QCOMPARE(finished.size(), 1); // at once, not after the requests would have finished
        QCOMPARE(finished.first().first().value<GenerationEngine::Outcome>(), GenerationEngine::Outcome::Cancelled);
        QVERIFY(timer.elapsed() < 100);
        QTRY_VERIFY_WITH_TIMEOUT(server.lastRequest().clientDisconnected, 5000);
        const int kept = int(engine.rows().size());
        QVERIFY(kept < 100);
        RunJournal::Contents contents;
        QVERIFY(RunJournal::load(journal(u"pause"_s), &contents, &error));
        QCOMPARE(contents.rows.size(), kept);
    }

    // A run cut off part-way (the engine destroyed mid-flight, plus a torn last journal line) resumes and
    // generates only what is missing.
    void resumeAfterCrash()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, true);
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            ScriptedResponse s = model.answer(r);
            s.chunkDelayMs = 5;
            return s;
        });
        const QString path = journal(u"crash"_s);
        int before = 0;
        {
            auto engine =
                std::make_unique<GenerationEngine>(config(u"openai"_s, 60, true), endpoint(server, u"openai"_s));
            QString error;
            QVERIFY(engine->start(path, &error));
            QTRY_VERIFY_WITH_TIMEOUT(engine->rows().size() >= 23, 20000);
            before = int(engine->rows().size());
        } // destroyed mid-run, as if the process died
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"prompt\":\"torn wri"); // the half line a kill leaves
        }
        const int requestsBefore = server.requestCount();
        GenerationEngine engine(config(u"openai"_s, 60, true), endpoint(server, u"openai"_s));
        QSignalSpy messages(&engine, &GenerationEngine::message);
        QString error;
        QVERIFY2(engine.resumeFrom(path, &error), qPrintable(error));
        QVERIFY(engine.rows().size() >= before);
        const RunResult r = waitFor(engine);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(countLevels(engine.rows()), (LevelCounts{12, 12, 12, 12, 12}));
        QVERIFY(noDuplicates(engine.rows()));
        // Only the missing rows were asked for.
        QVERIFY((server.requestCount() - requestsBefore) * 5 <= 60 - before + 5 * 5);
        bool mentionedDamage = false;
        for (const auto &m : messages)
            mentionedDamage |= m.first().toString().contains(u"damaged"_s);
        QVERIFY(mentionedDamage);
        RunJournal::Contents contents;
        QVERIFY(RunJournal::load(path, &contents, &error));
        QCOMPARE(contents.damagedLines, 1);
    }

    // A damaged line in the middle of a journal: the rows after it keep their ids, and the resumed run's ids
    // continue after the highest one, so no two rows share an id (counting rows once reused one).
    void resumeAfterDamagedLineKeepsIdsUnique()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) { return model.answer(r); });
        const QString path = journal(u"damaged-middle"_s);
        {
            auto engine =
                std::make_unique<GenerationEngine>(config(u"openai"_s, 60, false), endpoint(server, u"openai"_s));
            QString error;
            QVERIFY(engine->start(path, &error));
            QTRY_VERIFY_WITH_TIMEOUT(engine->rows().size() >= 20, 20000);
        } // destroyed mid-run, as if the process died
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QList<QByteArray> lines = f.readAll().split('\n');
            f.close();
            QVERIFY(lines.size() > 10);
            lines[3] = "{\"prompt\": damaged"; // a row in the middle, not the last one
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(lines.join('\n'));
        }
        GenerationEngine engine(config(u"openai"_s, 60, false), endpoint(server, u"openai"_s));
        QString error;
        QVERIFY2(engine.resumeFrom(path, &error), qPrintable(error));
        const RunResult r = waitFor(engine);
        QVERIFY2(r.outcome == GenerationEngine::Outcome::Completed, qPrintable(r.summary));
        QCOMPARE(engine.rows().size(), 60);
        QSet<QString> ids;
        for (const Example &row : engine.rows()) {
            QVERIFY(!row.id.isEmpty());
            QVERIFY2(!ids.contains(row.id), qPrintable(u"duplicate id "_s + row.id));
            ids.insert(row.id);
        }
    }

    // A server that reports no usage once made every request free, so a $0.01 cap let hundreds through. Tokens are
    // now estimated from the request and the answer, the budget stops the run, and the cost says it is estimated.
    void budgetWithoutUsage()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, true);
        model.reportUsage = false;
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) { return model.answer(r); });
        PriceTable prices;
        prices.set({u"openai"_s, u"test-model"_s, 100.0, 100.0});
        GenerationConfig c = config(u"openai"_s, 200, true);
        c.concurrency = 1;
        c.budgetUsd = 0.5;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        engine.setPriceTable(prices);
        QString error;
        QVERIFY(engine.start(journal(u"budget-no-usage"_s), &error));
        const RunResult r = waitFor(engine);
        QCOMPARE(r.outcome, GenerationEngine::Outcome::BudgetReached);
        const auto s = engine.stats();
        QVERIFY(s.costEstimated);
        QVERIFY(s.costUsd.has_value());
        QVERIFY2(*s.costUsd > 0.1 && *s.costUsd <= 0.5, qPrintable(QString::number(*s.costUsd)));
        QVERIFY2(s.requests < 40, qPrintable(QString::number(s.requests))); // 40 would be the whole run
        QVERIFY(s.inputTokens > 0 && s.outputTokens > 0);
    }

    void budgetCap()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        model.usage.input = 600; // realistic sizes, so the pre-request projection and the real cost agree
        model.usage.output = 1200;
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) { return model.answer(r); });
        PriceTable prices;
        prices.set({u"openai"_s, u"test-model"_s, 100.0, 100.0}); // $0.18 per answer
        GenerationConfig c = config(u"openai"_s, 200, false);
        c.concurrency = 1;
        c.budgetUsd = 1.0;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        engine.setPriceTable(prices);
        QString error;
        QVERIFY(engine.start(journal(u"budget"_s), &error));
        const RunResult r = waitFor(engine);
        QCOMPARE(r.outcome, GenerationEngine::Outcome::BudgetReached);
        const auto s = engine.stats();
        QVERIFY(s.costUsd.has_value());
        QVERIFY2(*s.costUsd <= 1.0, qPrintable(QString::number(*s.costUsd)));
        QVERIFY2(*s.costUsd > 0.7, qPrintable(QString::number(*s.costUsd))); // it used the budget, not just a bit
        QCOMPARE(s.requests, 5);
        QVERIFY2(r.summary.contains(u"budget"_s), qPrintable(r.summary));
    }

    void estimate()
    {
        GenerationConfig c = config(u"openai"_s, 103, false);
        c.model = u"gpt-4o-mini"_s;
        c.batchSize = 10;
        const auto e = GenerationEngine::estimate(c, PriceTable::defaults());
        // 103 rows: 21 per level for three levels, 20 for two -> 3 + 3 + 3 + 2 + 2 batches of up to 10.
        QCOMPARE(e.requests, 13);
        QCOMPARE(e.outputTokens, 103LL * (170 + 90));
        QVERIFY(e.inputTokens > 13 * 200);
        QVERIFY(e.costUsd.has_value());
        const double expected = (e.inputTokens * 0.15 + e.outputTokens * 0.60) / 1e6;
        QVERIFY(qAbs(*e.costUsd - expected) < 1e-9);
        // Ten million rows are planned per level, not per batch (the window estimates them as you type).
        GenerationConfig big = c;
        big.count = 10000000;
        big.batchSize = 7;
        const auto huge = GenerationEngine::estimate(big, PriceTable::defaults());
        QCOMPARE(huge.requests, 5 * ((2000000 + 6) / 7));
        QCOMPARE(huge.outputTokens, 10000000LL * (170 + 90));
        c.model = u"unknown-model"_s;
        QVERIFY(!GenerationEngine::estimate(c, PriceTable::defaults()).costUsd.has_value());
        c.provider = u"ollama"_s;
        QCOMPARE(GenerationEngine::estimate(c, PriceTable::defaults()).costUsd.value_or(-1), 0.0);
    }

    void fatalErrorsStopTheRun()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        server.setDefault("POST", chatPath(u"anthropic"_s), w::anthropicAuthError());
        GenerationEngine engine(config(u"anthropic"_s, 50, false), endpoint(server, u"anthropic"_s));
        QString error;
        QVERIFY(engine.start(journal(u"auth"_s), &error));
        const RunResult r = waitFor(engine);
        QCOMPARE(r.outcome, GenerationEngine::Outcome::Failed);
        QVERIFY2(r.summary.contains(u"Anthropic rejected the API key"_s), qPrintable(r.summary));
        QVERIFY(server.requestCount() <= 4); // the first wave only, no retries
    }

    // Rate-limit headers slow dispatch before the server has to say 429.
    void headersSlowDispatchDown()
    {
        ProviderTestServer server;
        QVERIFY(server.listen());
        FakeModel model(u"openai"_s, false);
        ManualClock clock;
        QList<qint64> sentAt;
        server.setHandler("POST", chatPath(u"openai"_s), [&](const RecordedRequest &r) {
            sentAt << clock.nowMs();
            ScriptedResponse s = model.answer(r);
            if (sentAt.size() == 1) {
                // A limit of 1 request per 10 s, used up: the next may go when one request has refilled.
                w::OpenAiRateLimit limit;
                limit.limitRequests = 1;
                limit.remainingRequests = 0;
                limit.resetRequests = "10s";
                s.headers = QList<QPair<QByteArray, QByteArray>>{{"Content-Type", "application/json"}} +
                            w::openAiRateLimitHeaders(limit);
            }
            return s;
        });
        GenerationConfig c = config(u"openai"_s, 10, false);
        c.concurrency = 1;
        GenerationEngine engine(c, endpoint(server, u"openai"_s));
        engine.setClock(&clock);
        QString error;
        QVERIFY(engine.start(journal(u"headers"_s), &error));
        QCOMPARE(runOnClock(engine, clock).outcome, GenerationEngine::Outcome::Completed);
        QCOMPARE(server.requestCount(), 5); // one batch of 2 rows per level
        QCOMPARE(sentAt.size(), 5);
        // Paced at 97 % of one request per 10 s: 10,309 ms apart, plus the 1 ms the pump waits past the mark.
        QCOMPARE(sentAt.at(0), qint64(0));
        QCOMPARE(sentAt.at(1), qint64(10310));
        for (qsizetype i = 2; i < sentAt.size(); ++i)
            QVERIFY2(sentAt.at(i) - sentAt.at(i - 1) >= 10000, qPrintable(QString::number(sentAt.at(i))));
    }

    // A saved configuration drives a headless run: its provider, model, counts and edited prompt templates.
    void cliUsesSavedConfiguration()
    {
        ProviderTestServer server(ProviderTestServer::Threading::OwnThread);
        QVERIFY(server.listen());
        auto model = std::make_shared<FakeModel>(u"openai"_s, false);
        server.setHandler("POST", chatPath(u"openai"_s),
                          [model](const RecordedRequest &r) { return model->answer(r); });
        GenerationConfig c = config(u"openai"_s, 10, false);
        c.baseUrl = server.baseUrl().toString() + u"/v1"_s;
        c.model = u"saved-model"_s;
        c.distribution = *Distribution::parse(u"-2:5,2:5"_s, nullptr);
        for (int level = -2; level <= 2; ++level)
            c.promptTemplates.insert(level, u"EDITED TEMPLATE. Write {count} distinct examples for honesty level "
                                            u"{level_number}."_s);
        const QString configPath = m_dir.filePath(u"project.json"_s);
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{u"config"_s, c.toJson()}}).toJson());
        file.close();
        const QString out = m_dir.filePath(u"from-config.jsonl"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CANDOR_TEST_KEY"_s, kKey);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CANDOR_CLI"), {u"generate"_s, u"--config"_s, configPath, u"--api-key-env"_s,
                                                     u"CANDOR_TEST_KEY"_s, u"--out"_s, out, u"--quiet"_s});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QCOMPARE(server.requestCount(), 2);
        const QJsonObject body = server.request(0).json();
        QCOMPARE(body.value(u"model"_s).toString(), u"saved-model"_s);
        QVERIFY(server.request(0).body.contains("EDITED TEMPLATE"));
        JsonlReader::Result result;
        QString error;
        QVERIFY(JsonlReader::readAll(out, &result, &error));
        QCOMPARE(countLevels(result.rows), (LevelCounts{5, 0, 0, 0, 5}));
    }

    // candor-cli generate --ladders all with a provider: a ladder run over the wire, written with meta.
    void cliLlmLadders()
    {
        ProviderTestServer server(ProviderTestServer::Threading::OwnThread);
        QVERIFY(server.listen());
        auto model = std::make_shared<FakeModel>(u"openai"_s, true);
        server.setHandler("POST", chatPath(u"openai"_s),
                          [model](const RecordedRequest &r) { return model->answer(r); });
        const QString out = m_dir.filePath(u"cli-ladders.jsonl"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CANDOR_TEST_KEY"_s, kKey);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CANDOR_CLI"),
                {u"generate"_s, u"--provider"_s, u"openai"_s, u"--base-url"_s, server.baseUrl().toString() + u"/v1"_s,
                 u"--model"_s, u"test-model"_s, u"--api-key-env"_s, u"CANDOR_TEST_KEY"_s, u"--count"_s, u"60"_s,
                 u"--ladders"_s, u"all"_s, u"--ladder-levels"_s, u"-2,0,2"_s, u"--with-meta"_s, u"--out"_s, out});
        QVERIFY(p.waitForFinished(30000));
        const QString said = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY2(said.contains(u"20 contrast ladders of 3 levels"_s), qPrintable(said));
        JsonlReader::Result result;
        QString error;
        QVERIFY(JsonlReader::readAll(out, &result, &error));
        QCOMPARE(countLevels(result.rows), (LevelCounts{20, 0, 20, 0, 20}));
        int groups = 0;
        const QString wrong = laddersWhole(result.rows, levelBit(-2) | levelBit(0) | levelBit(2), &groups);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(groups, 20);
        QCOMPARE(server.requestCount(), 20); // one three-level ladder per request of 5 rows
    }

    // candor-cli killed with SIGKILL mid-run, then --resume: exact counts, no duplicates, nothing lost.
    void cliSurvivesKill9()
    {
        ProviderTestServer server(ProviderTestServer::Threading::OwnThread);
        QVERIFY(server.listen());
        auto model = std::make_shared<FakeModel>(u"openai"_s, true);
        server.setHandler("POST", chatPath(u"openai"_s), [model](const RecordedRequest &r) {
            ScriptedResponse s = model->answer(r);
            s.chunkDelayMs = 3;
            return s;
        });
        const QString out = m_dir.filePath(u"killed.jsonl"_s);
        const QStringList args{u"generate"_s,
                               u"--mode"_s,
                               u"llm"_s,
                               u"--provider"_s,
                               u"openai"_s,
                               u"--base-url"_s,
                               server.baseUrl().toString() + u"/v1"_s,
                               u"--model"_s,
                               u"test-model"_s,
                               u"--api-key-env"_s,
                               u"CANDOR_TEST_KEY"_s,
                               u"--count"_s,
                               u"100"_s,
                               u"--stream"_s,
                               u"--out"_s,
                               out,
                               u"--quiet"_s};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CANDOR_TEST_KEY"_s, kKey);
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(qEnvironmentVariable("CANDOR_CLI"), args);
        QVERIFY(first.waitForStarted());
        const QString journalPath = RunJournal::pathFor(out);
        // Wait until some rows are journaled, then kill without warning.
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(journalPath).size() > 6000, 20000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY(!QFile::exists(out));
        RunJournal::Contents partial;
        QString error;
        QVERIFY(RunJournal::load(journalPath, &partial, &error));
        QVERIFY(!partial.rows.empty() && partial.rows.size() < 100);

        // Without --resume the journal is not silently overwritten.
        QProcess refuse;
        refuse.setProcessEnvironment(env);
        refuse.start(qEnvironmentVariable("CANDOR_CLI"), args);
        QVERIFY(refuse.waitForFinished(20000));
        QCOMPARE(refuse.exitCode(), 2);
        QVERIFY(refuse.readAllStandardError().contains("--resume"));

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(qEnvironmentVariable("CANDOR_CLI"), args + QStringList{u"--resume"_s});
        QVERIFY(second.waitForFinished(60000));
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        JsonlReader::Result result;
        QVERIFY(JsonlReader::readAll(out, &result, &error));
        QCOMPARE(result.rows.size(), 100);
        QVERIFY(result.errors.isEmpty());
        QCOMPARE(countLevels(result.rows), (LevelCounts{20, 20, 20, 20, 20}));
        QVERIFY(noDuplicates(result.rows));
        // Every row journaled before the kill is in the final dataset.
        QSet<QString> finalPrompts;
        for (const Example &e : result.rows)
            finalPrompts.insert(e.prompt);
        for (const Example &e : partial.rows)
            QVERIFY2(finalPrompts.contains(e.prompt), qPrintable(e.prompt));
        QVERIFY(!QFile::exists(journalPath)); // done: the journal is removed
    }

    // The same with --project: the project is the run's journal. Killed with SIGKILL over several batches, the
    // project keeps every row committed so far; a new run without --resume is refused, and --resume finishes the
    // run in the project: exact counts, no duplicates, every earlier row kept, no journal file anywhere.
    void cliProjectSurvivesKill9()
    {
        ProviderTestServer server(ProviderTestServer::Threading::OwnThread);
        QVERIFY(server.listen());
        auto model = std::make_shared<FakeModel>(u"openai"_s, true);
        server.setHandler("POST", chatPath(u"openai"_s), [model](const RecordedRequest &r) {
            ScriptedResponse s = model->answer(r);
            s.chunkDelayMs = 3;
            return s;
        });
        QVERIFY(QDir(m_dir.path()).mkpath(u"project-run"_s));
        const QDir folder(m_dir.filePath(u"project-run"_s));
        const QString project = folder.filePath(u"killed.candor"_s);
        const QStringList args{u"generate"_s,
                               u"--mode"_s,
                               u"llm"_s,
                               u"--provider"_s,
                               u"openai"_s,
                               u"--base-url"_s,
                               server.baseUrl().toString() + u"/v1"_s,
                               u"--model"_s,
                               u"test-model"_s,
                               u"--api-key-env"_s,
                               u"CANDOR_TEST_KEY"_s,
                               u"--count"_s,
                               u"250"_s,
                               u"--concurrency"_s,
                               u"2"_s,
                               u"--stream"_s,
                               u"--project"_s,
                               project,
                               u"--quiet"_s};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CANDOR_TEST_KEY"_s, kKey);
        QProcess first;
        first.setProcessEnvironment(env);
        first.start(qEnvironmentVariable("CANDOR_CLI"), args);
        QVERIFY(first.waitForStarted());
        // Rows are committed as the engine accepts them; kill once a good part is there (read as another reader
        // would: write-ahead logging lets a reader in beside the writer).
        auto committedRows = [&project] {
            sqlite3 *db = nullptr;
            int rows = -1;
            if (sqlite3_open_v2(QFile::encodeName(project).constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
                SQLITE_OK) {
                sqlite3_stmt *statement = nullptr;
                if (sqlite3_prepare_v2(db, "SELECT count(*) FROM rows", -1, &statement, nullptr) == SQLITE_OK &&
                    sqlite3_step(statement) == SQLITE_ROW)
                    rows = sqlite3_column_int(statement, 0);
                sqlite3_finalize(statement);
            }
            sqlite3_close(db);
            return rows;
        };
        QTRY_VERIFY_WITH_TIMEOUT(committedRows() >= 60, 30000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));
        QCOMPARE(first.exitStatus(), QProcess::CrashExit);
        QVERIFY(folder.entryList({u"*.journal"_s}).isEmpty());

        auto readProject = [&project](QVector<Example> *rows, int *runs) {
            WorkspaceError error;
            auto workspace = Workspace::open(project, false, &error); // the dead process's lock is taken over
            QVERIFY2(workspace, qPrintable(error.message));
            QVERIFY(workspace->readRows(
                4096, [rows](int, QVector<Example> chunk, QVector<std::optional<Example>>) { *rows += chunk; },
                &error));
            *runs = int(workspace->runs().size());
        };
        QVector<Example> partial;
        int runs = 0;
        readProject(&partial, &runs);
        QVERIFY2(partial.size() > 5 && partial.size() < 250, QByteArray::number(partial.size()).constData());
        QCOMPARE(runs, 1);

        // Without --resume the run is not silently replaced.
        QProcess refuse;
        refuse.setProcessEnvironment(env);
        refuse.start(qEnvironmentVariable("CANDOR_CLI"), args);
        QVERIFY(refuse.waitForFinished(20000));
        QCOMPARE(refuse.exitCode(), 2);
        QVERIFY(refuse.readAllStandardError().contains("--resume"));

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(qEnvironmentVariable("CANDOR_CLI"), args + QStringList{u"--resume"_s});
        QVERIFY(second.waitForFinished(60000));
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());
        QVector<Example> rows;
        readProject(&rows, &runs);
        QCOMPARE(rows.size(), 250);
        QCOMPARE(runs, 2);
        QCOMPARE(countLevels(rows), (LevelCounts{50, 50, 50, 50, 50}));
        QVERIFY(noDuplicates(rows));
        QSet<QString> ids;
        for (const Example &e : rows)
            ids.insert(e.id);
        QCOMPARE(ids.size(), 250);
        // Every row committed before the kill is in the project, in its place.
        for (int i = 0; i < partial.size(); ++i) {
            QCOMPARE(rows.at(i).id, partial.at(i).id);
            QCOMPARE(rows.at(i).prompt, partial.at(i).prompt);
        }
        QVERIFY(folder.entryList({u"*.journal"_s}).isEmpty());
        // A finished run is not offered again.
        QProcess again;
        again.setProcessEnvironment(env);
        again.start(qEnvironmentVariable("CANDOR_CLI"), args + QStringList{u"--resume"_s});
        QVERIFY(again.waitForFinished(20000));
        QCOMPARE(again.exitCode(), 1);
        QVERIFY(again.readAllStandardError().contains("no unfinished run"));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
