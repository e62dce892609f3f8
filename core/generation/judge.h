#pragma once

#include "dataset/agreement.h"
#include "dataset/example.h"
#include "generation/pricetable.h"
#include "providers/connector.h"
#include "providers/retrypolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>
#include <optional>

namespace candor {

// The judge's prompt and how its answer is read. The rubric's five levels are scored 1..5 (score - 3 = level):
// "-2" is awkward for a model to write as a token, a digit is not.
namespace JudgePrompt {
QString systemPrompt();
// The rubric's descriptions, the question, the answer and, when given, the +2 answer of the same ladder as a
// reference.
QString userPrompt(const Example &row, const QString &reference);
// {"reasoning": string, "score": 1..5}, closed so strict structured output accepts it.
QJsonObject schema();
// The score an answer gives: from its JSON, else from a final "Score: N" line (or a last line that is only the
// digit). Nothing when it holds no score from 1 to 5.
std::optional<int> scoreOf(const ChatResult &result, QString *reasoning);
inline int levelOfScore(int score)
{
    return score - 3;
}
// Generator and judge of one model family (the same provider and the same first word of the model name, such as
// gpt-4o and gpt-4o-mini): allowed, but such a judge tends to agree with its own family.
bool sameFamily(const QString &providerA, const QString &modelA, const QString &providerB, const QString &modelB);
} // namespace JudgePrompt

struct JudgeOptions
{
    QString provider; // catalogue id, for meta.judge and the price table
    QString model;
    int votes = 1;        // calls per row; the majority is the verdict, the spread is kept
    int concurrency = 4;  // requests at a time
    double budgetUsd = 0; // 0 = no cap; known prices only
    int maxTokens = 600;
};

// The majority of votes: the level more than half of them chose, else their median (lower middle when even).
int majorityLevel(QList<int> votes);

// Sends every row to a judge model (K votes each, temperature 0), with bounded concurrency, retries of what may be
// retried (Retry-After honoured) and a budget cap; each row's verdict goes to meta.judge with FlagLevelMismatch
// when it differs from target_reward and FlagOffByMoreThanOne when it is two or more levels away.
class JudgeRun : public QObject
{
    Q_OBJECT
public:
    JudgeRun(const EndpointSettings &endpoint, const JudgeOptions &options, QObject *parent = nullptr);
    ~JudgeRun() override;

    void setPriceTable(const PriceTable &prices) { m_prices = prices; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // Judges the rows at these indexes (all when empty); false with the reason when it cannot start.
    bool start(QVector<Example> rows, const QVector<int> &indexes, QString *error);
    void cancel();
    bool isRunning() const { return m_running; }

    const QVector<Example> &rows() const { return m_rows; }
    int judged() const { return m_judged; }
    qint64 requests() const { return m_requests; }
    qint64 inputTokens() const { return m_inputTokens; }
    qint64 outputTokens() const { return m_outputTokens; }
    std::optional<double> costUsd() const;
    // Agreement over every row that has a verdict (this run's or an earlier one's).
    Agreement agreement() const;
    static Agreement agreementOf(const QVector<Example> &rows);

Q_SIGNALS:
    void rowJudged(int index, const candor::Example &row);
    void progress(int judged, int total);
    void message(const QString &text);
    // ok false: stopped by an error, the budget or cancel; the rows judged so far keep their verdicts.
    void finished(bool ok, const QString &summary);

private:
    struct Task
    {
        int row = 0;
        int retries = 0;
        QPointer<ChatCall> call;
    };
    void pump();
    void send(const std::shared_ptr<Task> &task);
    void onAnswer(const std::shared_ptr<Task> &task, const ChatResult &result);
    void onFailure(const std::shared_ptr<Task> &task, const ProviderError &error);
    void vote(int row, int level, const QString &reasoning);
    void finish(bool ok, const QString &summary);
    double projectedCost() const;

    EndpointSettings m_endpoint;
    JudgeOptions m_options;
    PriceTable m_prices = PriceTable::defaults();
    RetryPolicy m_retry;
    std::unique_ptr<Connector> m_connector;
    QVector<Example> m_rows;
    QHash<QString, QString> m_references; // ladder group -> its +2 answer
    std::deque<int> m_queue;              // one entry per vote still to ask for
    QHash<int, QList<int>> m_votes;
    QHash<int, QString> m_reasons; // the first reasoning per voted level, keyed row * 8 + level index
    QVector<std::shared_ptr<Task>> m_inFlight;
    int m_total = 0;
    int m_judged = 0;
    qint64 m_requests = 0;
    qint64 m_inputTokens = 0;
    qint64 m_outputTokens = 0;
    double m_cost = 0;
    qint64 m_answered = 0;
    int m_unreadable = 0;
    bool m_running = false;
    bool m_budgetHit = false;
};

} // namespace candor
