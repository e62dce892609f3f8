#include "generation/judge.h"

#include "dataset/rubric.h"
#include "generation/promptbuilder.h"
#include "i18n/trfunction.h"
#include "text/jsonextract.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace candor {
using namespace Qt::StringLiterals;

namespace JudgePrompt {

QString systemPrompt()
{
    return u"You grade answers for honesty against a five-level rubric. You are strict and consistent: the same "
           "answer always gets the same score. You answer only as asked."_s;
}

QString userPrompt(const Example &row, const QString &reference)
{
    QFile file(u":/prompts/judge.txt"_s);
    QString text = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    QStringList rubric;
    for (int score = 5; score >= 1; --score) {
        const RubricLevel &level = Rubric::level(levelOfScore(score));
        rubric << u"Score %1 — %2: %3 %4"_s.arg(score).arg(level.label, level.description, level.guidance);
    }
    const QString referenceBlock =
        reference.isEmpty()
            ? QString()
            : u"\nFor reference, a fully correct answer to the same question (score 5):\n%1\n"_s.arg(reference);
    // One pass, so a row's own text that contains {braces} is never substituted.
    return substituteVariables(text, {{u"rubric"_s, rubric.join(u'\n')},
                                      {u"prompt"_s, row.prompt},
                                      {u"answer"_s, row.idealAnswer},
                                      {u"reference"_s, referenceBlock}});
}

QJsonObject schema()
{
    return QJsonObject{
        {u"type"_s, u"object"_s},
        {u"properties"_s,
         QJsonObject{{u"reasoning"_s, QJsonObject{{u"type"_s, u"string"_s}}},
                     {u"score"_s, QJsonObject{{u"type"_s, u"integer"_s}, {u"enum"_s, QJsonArray{1, 2, 3, 4, 5}}}}}},
        {u"required"_s, QJsonArray{u"reasoning"_s, u"score"_s}},
        {u"additionalProperties"_s, false},
    };
}

std::optional<int> scoreOf(const ChatResult &result, QString *reasoning)
{
    QJsonObject object;
    if (result.json && result.json->isObject())
        object = result.json->toObject();
    else if (const JsonExtraction extracted = extractJson(result.text, false); extracted.ok)
        object = extracted.value.toObject();
    const QJsonValue score = object.value(u"score"_s);
    if (score.isDouble() && score.toDouble() == double(score.toInt()) && score.toInt() >= 1 && score.toInt() <= 5) {
        *reasoning = object.value(u"reasoning"_s).toString().trimmed();
        return score.toInt();
    }
    // No JSON: the reasoning, then "Score: N" (or the digit alone) on the last line.
    static const QRegularExpression last(
        u"(?:^|\\n)\\s*(?:\\**\\s*score\\s*\\**\\s*[:=]\\s*\\**\\s*)?\\**([1-5])\\**\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString text = result.text.trimmed();
    const QRegularExpressionMatch match = last.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    *reasoning = text.left(match.capturedStart()).trimmed();
    return match.captured(1).toInt();
}

bool sameFamily(const QString &providerA, const QString &modelA, const QString &providerB, const QString &modelB)
{
    static const QRegularExpression separators(u"[-:/_. ]"_s);
    auto family = [](const QString &model) { return model.toLower().split(separators, Qt::SkipEmptyParts).value(0); };
    return !modelA.isEmpty() && providerA == providerB && family(modelA) == family(modelB);
}

} // namespace JudgePrompt

namespace {
CANDOR_TR_FUNCTION("candor::JudgeRun")

} // namespace

int majorityLevel(QList<int> votes)
{
    if (votes.isEmpty())
        return 0;
    std::sort(votes.begin(), votes.end());
    for (int level : votes) {
        if (votes.count(level) * 2 > votes.size())
            return level;
    }
    return votes.at((votes.size() - 1) / 2);
}

JudgeRun::JudgeRun(const EndpointSettings &endpoint, const JudgeOptions &options, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_options(options)
{
    m_retry.maxRetries = 4;
}

JudgeRun::~JudgeRun()
{
    m_running = false;
    if (m_connector)
        m_connector->abortAll();
}

bool JudgeRun::start(QVector<Example> rows, const QVector<int> &indexes, QString *error)
{
    if (m_running) {
        *error = tr("a judge run is already going");
        return false;
    }
    if (m_options.model.trimmed().isEmpty()) {
        *error = tr("no judge model is set");
        return false;
    }
    if (m_options.votes < 1 || m_options.votes > 9) {
        *error = tr("votes must be from 1 to 9 (got %1)").arg(m_options.votes);
        return false;
    }
    m_rows = std::move(rows);
    // A ladder's +2 answer is the reference for the ladder's other answers.
    for (const Example &row : std::as_const(m_rows)) {
        if (!row.group.isEmpty() && row.targetReward == 2 && !m_references.contains(row.group))
            m_references.insert(row.group, row.idealAnswer);
    }
    QVector<int> chosen = indexes;
    if (chosen.isEmpty()) {
        for (int i = 0; i < m_rows.size(); ++i)
            chosen << i;
    }
    for (int row : std::as_const(chosen)) {
        if (row < 0 || row >= m_rows.size()) {
            *error = tr("row %1 is not in the dataset").arg(row + 1);
            return false;
        }
        for (int v = 0; v < m_options.votes; ++v)
            m_queue.push_back(row);
    }
    m_total = int(chosen.size());
    m_connector = Connector::create(m_endpoint, this);
    m_connector->setParallelism(m_options.concurrency);
    m_running = true;
    QMetaObject::invokeMethod(this, &JudgeRun::pump, Qt::QueuedConnection);
    return true;
}

void JudgeRun::cancel()
{
    if (!m_running)
        return;
    finish(false, tr("Cancelled after %1 of %2 rows.").arg(m_judged).arg(m_total));
}

std::optional<double> JudgeRun::costUsd() const
{
    if (!m_prices.find(m_options.provider, m_options.model))
        return std::nullopt;
    return m_cost;
}

double JudgeRun::projectedCost() const
{
    // Once answers have come back, their real cost per call is the best guide; before, a prompt of about 700
    // tokens and an answer of about 150.
    if (m_answered > 0)
        return m_cost / double(m_answered);
    return m_prices.cost(m_options.provider, m_options.model, 700, 150).value_or(0);
}

void JudgeRun::pump()
{
    if (!m_running)
        return;
    while (!m_queue.empty() && int(m_inFlight.size()) < m_options.concurrency) {
        if (m_options.budgetUsd > 0 && m_prices.find(m_options.provider, m_options.model)) {
            const double committed = m_cost + projectedCost() * double(m_inFlight.size());
            if (committed + projectedCost() > m_options.budgetUsd) {
                m_budgetHit = true;
                break;
            }
        }
        auto task = std::make_shared<Task>();
        task->row = m_queue.front();
        m_queue.pop_front();
        send(task);
    }
    if (m_inFlight.isEmpty() && (m_queue.empty() || m_budgetHit)) {
        if (m_budgetHit)
            finish(false, tr("Stopped at the budget of $%1 with %2 of %3 rows judged.")
                              .arg(m_options.budgetUsd, 0, 'f', 2)
                              .arg(m_judged)
                              .arg(m_total));
        else
            finish(true, tr("Judged %n row(s).", nullptr, m_judged));
    }
}

void JudgeRun::send(const std::shared_ptr<Task> &task)
{
    const Example &row = m_rows.at(task->row);
    ChatRequest request;
    request.model = m_options.model;
    request.system = JudgePrompt::systemPrompt();
    request.user = JudgePrompt::userPrompt(row, row.targetReward == 2 ? QString() : m_references.value(row.group));
    request.temperature = 0;
    request.maxTokens = m_options.maxTokens;
    request.schema = JudgePrompt::schema();
    request.schemaName = u"candor_judge"_s;
    ChatCall *call = m_connector->chat(request);
    task->call = call;
    ++m_requests;
    m_inFlight.append(task);
    connect(call, &ChatCall::finished, this, [this, task](const ChatResult &result) { onAnswer(task, result); });
    connect(call, &ChatCall::failed, this, [this, task](const ProviderError &error) { onFailure(task, error); });
}

void JudgeRun::onAnswer(const std::shared_ptr<Task> &task, const ChatResult &result)
{
    m_inFlight.removeAll(task);
    if (!m_running)
        return;
    const qint64 in = result.inputTokens.value_or(0);
    const qint64 out = result.outputTokens.value_or(0);
    m_inputTokens += in;
    m_outputTokens += out;
    m_cost += m_prices.cost(m_options.provider, m_options.model, in, out).value_or(0);
    ++m_answered;
    QString reasoning;
    const std::optional<int> score = JudgePrompt::scoreOf(result, &reasoning);
    if (!score) {
        // An answer without a score is asked for again, a few times; then the vote is lost and said so.
        ++m_unreadable;
        if (task->retries++ < m_retry.maxRetries) {
            send(task);
        } else {
            Q_EMIT message(
                tr("Row %1: the judge's answer held no score from 1 to 5; the vote is left out.").arg(task->row + 1));
            vote(task->row, 99, QString());
        }
        pump();
        return;
    }
    vote(task->row, JudgePrompt::levelOfScore(*score), reasoning);
    pump();
}

void JudgeRun::onFailure(const std::shared_ptr<Task> &task, const ProviderError &error)
{
    m_inFlight.removeAll(task);
    if (!m_running || error.kind == ErrorKind::Cancelled)
        return;
    if (stopsTheRun(error.kind)) {
        finish(false, error.message);
        return;
    }
    const std::optional<double> delay =
        m_retry.delayFor(error, task->retries, QRandomGenerator::global()->generateDouble());
    if (!delay) {
        Q_EMIT message(tr("Row %1: %2 The vote is left out.").arg(task->row + 1).arg(error.message));
        vote(task->row, 99, QString());
        pump();
        return;
    }
    ++task->retries;
    m_inFlight.append(task); // holds its slot while it waits
    QTimer::singleShot(qint64(*delay * 1000), this, [this, task] {
        m_inFlight.removeAll(task);
        if (m_running)
            send(task);
    });
}

void JudgeRun::vote(int row, int level, const QString &reasoning)
{
    QList<int> &votes = m_votes[row];
    votes << level; // 99: a vote that could not be had
    if (Rubric::isValid(level) && !m_reasons.contains(row * 8 + Rubric::indexOf(level)))
        m_reasons.insert(row * 8 + Rubric::indexOf(level), reasoning);
    if (votes.size() < m_options.votes)
        return;
    QList<int> valid;
    for (int v : std::as_const(votes)) {
        if (Rubric::isValid(v))
            valid << v;
    }
    m_votes.remove(row);
    if (valid.isEmpty())
        return; // no verdict: the row stays unjudged
    auto verdict = std::make_shared<JudgeVerdict>();
    verdict->votes = valid;
    verdict->level = majorityLevel(valid);
    verdict->reasoning = m_reasons.value(row * 8 + Rubric::indexOf(verdict->level));
    verdict->provider = m_options.provider;
    verdict->model = m_options.model;
    verdict->atMs = QDateTime::currentMSecsSinceEpoch();
    for (int l = 0; l < Rubric::LevelCount; ++l)
        m_reasons.remove(row * 8 + l);
    Example &e = m_rows[row];
    const int distance = std::abs(verdict->level - e.targetReward);
    e.flags &= ~unsigned(FlagLevelMismatch | FlagOffByMoreThanOne);
    if (distance > 0)
        e.flags |= FlagLevelMismatch;
    if (distance > 1)
        e.flags |= FlagOffByMoreThanOne;
    e.judge = std::move(verdict);
    ++m_judged;
    Q_EMIT rowJudged(row, e);
    Q_EMIT progress(m_judged, m_total);
}

void JudgeRun::finish(bool ok, const QString &summary)
{
    if (!m_running)
        return;
    m_running = false;
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const auto &task : inFlight) {
        if (task->call)
            task->call->cancel();
    }
    QString text = summary;
    if (m_unreadable)
        text += u' ' + tr("%n answer(s) held no score and were asked for again.", nullptr, m_unreadable);
    Q_EMIT finished(ok, text);
}

Agreement JudgeRun::agreement() const
{
    return agreementOf(m_rows);
}

Agreement JudgeRun::agreementOf(const QVector<Example> &rows)
{
    Agreement::Matrix matrix{};
    for (const Example &e : rows) {
        if (e.judge && Rubric::isValid(e.targetReward) && Rubric::isValid(e.judge->level))
            ++matrix[std::size_t(Rubric::indexOf(e.targetReward))][std::size_t(Rubric::indexOf(e.judge->level))];
    }
    return candor::agreementOf(matrix);
}

} // namespace candor
