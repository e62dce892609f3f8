#pragma once

#include "dataset/example.h"
#include "dataset/generationconfig.h"
#include "generation/pricetable.h"
#include "generation/promptbuilder.h"
#include "generation/rowvalidator.h"
#include "providers/connector.h"
#include "providers/retrypolicy.h"
#include "storage/runjournal.h"
#include "util/clock.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <deque>
#include <memory>

namespace candor {

class TemplateGenerator;

// Runs a whole LLM dataset: plans batches interleaved over levels and topics, dispatches them with bounded,
// adaptive concurrency, retries what may be retried, validates rows as they stream in, journals every accepted
// row, asks again for shortfalls, and accounts for tokens, cost and time.
class GenerationEngine : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Completed,
        Cancelled,
        Failed,
        BudgetReached,
        Shortfall
    };
    Q_ENUM(Outcome)

    struct Stats
    {
        LevelCounts target{};
        LevelCounts accepted{};
        int fallbackRows = 0;
        int inFlight = 0;
        int window = 0;      // current concurrency limit (adaptive)
        qint64 requests = 0; // sent, including retries
        qint64 retries = 0;
        qint64 rejectedRows = 0;
        QMap<QString, int> errorsByKind; // failed requests by error kind
        QString lastError;               // the connector's sentence for the latest failure, for people
        ErrorKind lastErrorKind = ErrorKind::None;
        QMap<QString, int> rejectedByReason; // rows turned away: schema, duplicate, near_duplicate, level_mismatch
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
        bool tokensPartlyUnknown = false;
        // Some tokens were estimated from text lengths (about 4 characters a token), so the cost is an estimate.
        bool costEstimated = false;
        std::optional<double> costUsd; // nothing = no price for this model
        double elapsedSeconds = 0;
        double rowsPerSecond = 0;
        std::optional<double> etaSeconds;
        double waitingSeconds = 0; // dispatch held back by a rate limit right now
        bool paused = false;
        int acceptedTotal() const { return totalOf(accepted); }
        int targetTotal() const { return totalOf(target); }
    };

    // When one request went out and came back, in ms by the engine's clock (only differences mean anything): what
    // a benchmark's timeline is drawn from (bench_engine overhead).
    struct RequestTiming
    {
        qint64 sentMs = 0;
        qint64 firstTextMs = -1; // the first answer text of a stream; -1: none (not streamed, or failed first)
        qint64 endMs = 0;
        int rows = 0;     // asked for
        int accepted = 0; // rows of this answer that were kept
        bool ok = false;  // answered; false: failed (rate limit, error, cancel)
    };

    struct Estimate
    {
        int requests = 0;
        qint64 inputTokens = 0;
        qint64 outputTokens = 0;
        std::optional<double> costUsd;
    };

    GenerationEngine(const GenerationConfig &config, const EndpointSettings &endpoint, QObject *parent = nullptr);
    ~GenerationEngine() override;

    // Pre-run figures from the config, the prompt sizes and the price table.
    Estimate estimate() const;
    static Estimate estimate(const GenerationConfig &config, const PriceTable &prices);

    void setPriceTable(const PriceTable &prices) { m_prices = prices; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    // The clock every wait (backoff, Retry-After, reset times, pacing) and the time figures run on; not owned, it
    // must outlive the engine. Set it before start(); the system clock unless set.
    void setClock(Clock *clock) { m_clock = clock ? clock : Clock::system(); }
    Clock *clock() const { return m_clock; }
    // Most attempts a level may use, as a multiple of the batches it needs (default 3).
    void setAttemptFactor(double factor) { m_attemptFactor = factor; }

    // Starts a new run; the journal goes to journalPath, or nowhere when it is empty (the session commits the rows
    // to a project instead). False with a message when it cannot start.
    bool start(const QString &journalPath, QString *error);
    // Continues the run recorded in journalPath: its rows count, only the rest is generated. continueJournal false
    // reads the journal once and writes no more to it (the rows go on in a project).
    bool resumeFrom(const QString &journalPath, QString *error, bool continueJournal = true);
    // Continues a run whose config and rows so far the caller keeps (a project's): nothing is journalled, and the
    // earlier rows are announced by rowsAccepted only when announce is true.
    bool resumeWith(RunJournal::Contents contents, bool announce, QString *error);

    void pause();
    void resume();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    // Requests on the wire right now; unlike Stats::inFlight, retries waiting for their time are not counted.
    int activeRequests() const;

    const QVector<Example> &rows() const { return m_rows; }
    Stats stats() const;
    QString journalPath() const { return m_journal.path(); }
    Connector *connector() const { return m_connector.get(); }

    static QString outcomeName(Outcome outcome);

Q_SIGNALS:
    void rowsAccepted(const QVector<candor::Example> &rows);
    void statsChanged(const candor::GenerationEngine::Stats &stats);
    void message(const QString &text); // one line for a log
    // The run paused itself after a streak of failures (GenerationConfig::pauseAfterFailures), or after rate limits
    // that never lifted (50 rate-limited answers or 5 minutes without a success); text says why.
    void stalled(const QString &text);
    void finished(candor::GenerationEngine::Outcome outcome, const QString &summary);
    // Once per request, after its answer or failure was handled.
    void requestEnded(const candor::GenerationEngine::RequestTiming &timing);

private:
    // A contrast ladder on its way in: one prompt and the answers accepted so far, by level. It is accepted only when
    // every level of the set is there; the levels still missing are asked for again (a repair), never padded.
    struct LadderDraft
    {
        QString prompt;
        QString searchHint;
        QString topic;
        int variation = 0;
        QMap<int, Example> rows; // accepted answers by level
        int repairs = 0;         // repair requests asked so far
    };

    struct Batch
    {
        BatchSpec spec;
        int pending = 0;   // rows this request still counts on (m_pendingRows holds the sum)
        qint64 sentMs = 0; // when the current attempt went out
        qint64 firstTextMs = -1;
        int retries = 0;
        int acceptedHere = 0;
        QPointer<ChatCall> call;
        std::unique_ptr<class IncrementalJsonRows> stream;
        double estimatedCost = 0;
        qint64 requestChars = 0; // system + user prompt, for a token estimate when the server reports no usage
        std::shared_ptr<LadderDraft> repair; // a ladder repair: the ladder whose missing levels this asks for
    };

    bool prepare(QString *error);
    // Takes over an interrupted run's config and rows (resumeFrom, resumeWith); launchResumed() then starts it.
    bool resumeRun(RunJournal::Contents contents, bool announce, QString *error);
    void launchResumed();
    // Records an accepted row in the journal, when the run has one.
    bool journal(const Example &row);
    void syncJournal();
    void pump();
    bool nextSpec(BatchSpec *spec, std::shared_ptr<LadderDraft> *repair);
    bool nextLadderSpec(BatchSpec *spec, std::shared_ptr<LadderDraft> *repair);
    void holdPending(Batch &batch);
    void onLaddersFromModel(const std::shared_ptr<Batch> &batch, const QVector<QJsonObject> &objects);
    void addLadderAnswers(LadderDraft &draft, const QJsonObject &ladder, quint8 levels);
    // Accepts a whole ladder, or asks again for its missing levels, or gives it up after kMaxLadderRepairs.
    void settleLadder(const std::shared_ptr<LadderDraft> &draft);
    // A repair that brought no answer (failed, held back): its ladder waits for another turn.
    void returnRepair(Batch &batch);
    quint8 missingLevels(const LadderDraft &draft) const;
    int laddersNeeded() const { return m_plan.ladders - m_laddersDone; }
    int laddersOpen() const { return laddersNeeded() - m_laddersPending - m_openDrafts; }
    bool journalRows(const QVector<Example> &rows); // false (and the run fails) when the journal cannot take them
    void dispatch(std::shared_ptr<Batch> batch);
    void onRowsFromModel(const std::shared_ptr<Batch> &batch, const QVector<QJsonObject> &objects);
    void onFinished(const std::shared_ptr<Batch> &batch, const ChatResult &result);
    void onFailed(const std::shared_ptr<Batch> &batch, const ProviderError &error);
    void noteFailure(const ProviderError &error);
    void account(const ChatResult &result, const Batch &batch);
    void accountFailure(const Batch &batch, const ProviderError &error);
    void holdDispatch(double seconds, const QString &why);
    void releasePending(Batch &batch);
    void noteSend(qint64 sentMs, int outcome); // 0 = sent, 1 = answered, 2 = refused by a rate limit
    void reportTiming(const Batch &batch, qint64 endMs, bool ok);
    void learnRate();
    void spaceFromLastSend();
    void noteRateLimit(const RateLimitSnapshot &snapshot);
    void schedulePump(qint64 delayMs);
    void checkDone();
    void fillWithFallback();
    void finish(Outcome outcome, const QString &summary);
    void emitStats();
    int needed(int levelIndex) const;
    double projectedRequestCost(int rows) const;
    qint64 nowMs() const { return m_clock->nowMs(); }

    GenerationConfig m_config;
    EndpointSettings m_endpoint;
    PriceTable m_prices = PriceTable::defaults();
    RetryPolicy m_retry;
    Clock *m_clock = Clock::system();
    double m_attemptFactor = 3.0;
    std::unique_ptr<Connector> m_connector;
    std::unique_ptr<PromptBuilder> m_prompts;
    std::unique_ptr<RowValidator> m_validator;
    RunJournal m_journal; // not open when the run is kept in a project
    bool m_announceResumed = true;
    QVector<Example> m_rows;

    LevelCounts m_target{};   // rows per level, ladders included
    LevelCounts m_accepted{}; // rows per level, ladders included
    RowPlan m_plan;           // which of the target rows are ladders
    int m_laddersDone = 0;
    int m_laddersPending = 0; // new ladders asked for by requests in flight
    int m_openDrafts = 0;     // ladders begun but missing levels (waiting for or in a repair)
    std::deque<std::shared_ptr<LadderDraft>> m_repairs;
    int m_ladderRequestsUsed = 0;
    int m_ladderRequestBudget = 0;
    int m_ladderVariation = 0;
    qint64 m_nextLadderNumber = 0; // ladders are numbered from 0, as the template bank numbers them
    static constexpr int kMaxLadderRepairs = 3;
    LevelCounts m_pendingRows{}; // rows asked for by batches in flight
    LevelCounts m_requestsUsed{};
    LevelCounts m_requestBudget{};
    std::array<int, Rubric::LevelCount> m_variation{};
    int m_topicCursor = 0;
    int m_levelCursor = 0;
    QVector<std::shared_ptr<Batch>> m_inFlight;
    int m_window = 1;
    int m_successesSinceChange = 0;
    qint64 m_holdUntilMs = 0;
    // Pacing learnt from rate limits: requests per second (0 = none yet) and when the next may go out.
    double m_rate = 0;
    qint64 m_nextSendMs = 0;
    qint64 m_lastDecreaseMs = -1;
    // When the first refused request of the latest overload, and of the one before, was sent: the server's bucket
    // was empty at both, which is what the rate is learnt from.
    qint64 m_overloadSentMs = -1;
    qint64 m_previousOverloadSentMs = -1;
    qint64 m_holdStartedMs = -1;
    qint64 m_heldMs = 0; // total time dispatch was held, so rates are measured over sending time only
    bool m_rateNeedsLearning = false;
    struct SendRecord
    {
        qint64 sentMs;
        qint64 heldBeforeMs; // m_heldMs when it was sent
        int outcome;
    };
    std::deque<SendRecord> m_sends;
    quint64 m_pumpToken = 0; // a scheduled pump runs only while this is unchanged: a newer schedule replaces it
    QTimer m_statsTimer;     // how often progress is shown, in real time whatever the clock
    qint64 m_startMs = -1;   // when the run (or this resumption) started, by m_clock
    Stats m_stats;
    double m_costSoFar = 0;
    qint64 m_rowsRequestedDone = 0; // rows asked for by requests that came back
    bool m_priceKnown = true;
    bool m_running = false;
    bool m_paused = false;
    bool m_stopping = false;
    bool m_budgetHit = false;
    QString m_fatal;
    qint64 m_rowsAtStart = 0;
    qint64 m_nextIdNumber = 1;                      // the number in the next row's id, llm-SEED-N
    static constexpr qint64 kStallWindowMs = 30000; // a failure streak pauses the run only once it spans this long
    int m_failureStreak = 0;                        // failed requests since the last answer, rate limits aside
    qint64 m_failureStreakStartMs = 0;
    // A rate limit that never lifts: rate-limited answers since the last success, and since when.
    static constexpr int kRateLimitStallAnswers = 50;
    static constexpr qint64 kRateLimitStallMs = 5 * 60 * 1000;
    int m_rateLimitStreak = 0;
    qint64 m_rateLimitStreakStartMs = 0;
    bool noteRateLimited(const ProviderError &error); // true when the run paused itself
};

} // namespace candor

Q_DECLARE_METATYPE(candor::GenerationEngine::Stats)
Q_DECLARE_METATYPE(candor::GenerationEngine::RequestTiming)
