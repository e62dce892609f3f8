#include "generation/generationengine.h"

#include "generation/templatebank.h"
#include "generation/templategenerator.h"
#include "text/jsonextract.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <cmath>

Q_LOGGING_CATEGORY(lcGen, "candor.gen", QtInfoMsg)

namespace candor {
using namespace Qt::StringLiterals;
namespace {

bool isRateLimit(ErrorKind kind)
{
    return kind == ErrorKind::RateLimited || kind == ErrorKind::Overloaded;
}

// Rate-limit waits are not failures of the batch: it may wait through many of them.
constexpr int kMaxRateLimitRetries = 50;
// Never hold dispatch longer than this on the strength of a reset header alone.
constexpr double kMaxHeaderHoldSeconds = 60;
// Pacing after a rate limit: run just under the rate the server admitted, and probe upwards only slowly and only
// after a quiet spell, because every probe that overshoots costs a Retry-After pause for everyone.
constexpr double kRateMargin = 0.97;
constexpr qint64 kRateWindowMs = 5000;
// How long sends are remembered: long enough to span two refusals of a limit enforced per minute.
constexpr qint64 kSendLogMs = 60000;
constexpr qint64 kQuietBeforeProbingMs = 20000;
// Probing grows the rate by this share per second after a quiet spell (spread over the answers of that second): a
// fixed share per answer would compound at the request rate, overshoot a limit by tens of percent within seconds
// and turn the probe into a burst of 429s.
constexpr double kProbeGrowthPerSecond = 0.01;
constexpr double kProbeGrowthPerAnswer = 0.01; // and at most this per answer, when answers are seconds apart

int ceilDiv(int a, int b)
{
    return b > 0 ? (a + b - 1) / b : 0;
}

// Rows in a model answer: {"examples":[...]}, any first array in an object, a bare array, or one row object.
QVector<QJsonObject> rowsIn(const QJsonValue &json)
{
    QVector<QJsonObject> rows;
    QJsonArray array;
    if (json.isArray()) {
        array = json.toArray();
    } else if (json.isObject()) {
        const QJsonObject o = json.toObject();
        if (o.contains(Keys::Prompt))
            return {o};
        if (o.value(u"examples"_s).isArray()) {
            array = o.value(u"examples"_s).toArray();
        } else {
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.value().isArray()) {
                    array = it.value().toArray();
                    break;
                }
            }
        }
    }
    for (const QJsonValue &v : std::as_const(array)) {
        if (v.isObject())
            rows << v.toObject();
    }
    return rows;
}

} // namespace

GenerationEngine::GenerationEngine(const GenerationConfig &config, const EndpointSettings &endpoint, QObject *parent)
    : QObject(parent), m_config(config), m_endpoint(endpoint)
{
    qRegisterMetaType<candor::GenerationEngine::Stats>();
    qRegisterMetaType<candor::GenerationEngine::RequestTiming>();
    m_retry.maxRetries = 3;
    m_statsTimer.setInterval(250);
    connect(&m_statsTimer, &QTimer::timeout, this, &GenerationEngine::emitStats);
}

GenerationEngine::~GenerationEngine()
{
    m_stopping = true;
    if (m_connector)
        m_connector->abortAll();
}

QString GenerationEngine::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed:
        return u"completed"_s;
    case Outcome::Cancelled:
        return u"cancelled"_s;
    case Outcome::Failed:
        return u"failed"_s;
    case Outcome::BudgetReached:
        return u"budget_reached"_s;
    case Outcome::Shortfall:
        return u"shortfall"_s;
    }
    return QString();
}

GenerationEngine::Estimate GenerationEngine::estimate() const
{
    return estimate(m_config, m_prices);
}

GenerationEngine::Estimate GenerationEngine::estimate(const GenerationConfig &config, const PriceTable &prices)
{
    Estimate e;
    QString error;
    const auto counts = config.levelCounts(&error);
    if (!counts)
        return e;
    const RowPlan plan = config.rowPlan(*counts);
    const PromptBuilder builder(config);
    const int perRowOut = (config.longForm ? 420 : 170) + 90; // answer + prompt, feedback and JSON around it
    // O(levels), not O(rows): every full batch of a level has the same prompt, and at most one smaller batch follows,
    // so ten million rows estimate as fast as ten while the figures stay those of the batch-by-batch plan.
    const int batchSize = qMax(1, config.batchSize);
    if (plan.ladders > 0) {
        const int perRequest = qMax(1, batchSize / plan.ladderSize());
        auto add = [&](int n, qint64 batches) {
            if (n <= 0 || batches <= 0)
                return;
            BatchSpec spec;
            spec.ladderLevels = plan.levelSet;
            spec.count = n;
            spec.topic = config.topics.value(0);
            const qint64 promptChars = builder.systemPrompt().size() + builder.userPrompt(spec).size();
            e.inputTokens += batches * ((promptChars + 3) / 4);
            e.outputTokens += batches * PromptBuilder::rowsAsked(spec) * perRowOut;
            e.requests += int(batches);
        };
        add(perRequest, plan.ladders / perRequest);
        add(plan.ladders % perRequest, 1);
    }
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const qint64 rows = plan.independent[std::size_t(i)];
        auto add = [&](int n, qint64 batches) {
            if (n <= 0 || batches <= 0)
                return;
            BatchSpec spec;
            spec.level = Rubric::rewardAt(i);
            spec.count = n;
            spec.topic = config.topics.value(0);
            const qint64 promptChars = builder.systemPrompt().size() + builder.userPrompt(spec).size();
            e.inputTokens += batches * ((promptChars + 3) / 4);
            e.outputTokens += batches * n * perRowOut;
            e.requests += int(batches);
        };
        add(batchSize, rows / batchSize);
        add(int(rows % batchSize), 1);
    }
    e.costUsd = prices.cost(config.provider, config.model, e.inputTokens, e.outputTokens);
    return e;
}

bool GenerationEngine::prepare(QString *error)
{
    if (!m_config.validate(error))
        return false;
    if (m_config.model.trimmed().isEmpty()) {
        *error = tr("no model is set for %1").arg(m_config.provider);
        return false;
    }
    const auto counts = m_config.levelCounts(error);
    if (!counts)
        return false;
    m_target = *counts;
    m_plan = m_config.rowPlan(m_target);
    m_connector = Connector::create(m_endpoint, this);
    m_connector->setClock(m_clock);
    m_connector->setParallelism(m_config.concurrency);
    m_prompts = std::make_unique<PromptBuilder>(m_config);
    RowValidator::Options options;
    options.searchHints = m_config.searchHints;
    options.longForm = m_config.longForm;
    options.keepLevelMismatch = m_config.keepLevelMismatch;
    m_validator = std::make_unique<RowValidator>(options);
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const int batches = ceilDiv(m_plan.independent[std::size_t(i)], m_config.batchSize);
        m_requestBudget[i] = batches == 0 ? 0 : int(std::ceil(batches * m_attemptFactor)) + 2;
        // Each level starts its focus/difficulty rotation elsewhere, so parallel batches differ.
        m_variation[i] = int(m_config.seed % 97) + i * 5;
    }
    if (m_plan.ladders > 0) {
        const int batches = ceilDiv(m_plan.ladders, qMax(1, m_config.batchSize / m_plan.ladderSize()));
        m_ladderRequestBudget = int(std::ceil(batches * m_attemptFactor)) + 2;
    }
    m_ladderVariation = int(m_config.seed % 97);
    m_window = m_config.concurrency;
    m_priceKnown = m_prices.find(m_config.provider, m_config.model).has_value();
    m_stats = Stats();
    m_stats.target = m_target;
    m_nextIdNumber = 1;
    return true;
}

bool GenerationEngine::start(const QString &journalPath, QString *error)
{
    if (m_running) {
        *error = tr("a run is already going");
        return false;
    }
    if (!prepare(error) || (!journalPath.isEmpty() && !m_journal.create(journalPath, m_config, error)))
        return false;
    m_running = true;
    m_startMs = nowMs();
    m_statsTimer.start();
    Q_EMIT message(tr("Generating %n row(s) with %1 (%2),", nullptr, m_config.count)
                       .arg(m_connector->providerName(), m_config.model) +
                   QLatin1Char(' ') + tr("%n request(s) at a time.", nullptr, m_window));
    QMetaObject::invokeMethod(this, &GenerationEngine::pump, Qt::QueuedConnection);
    return true;
}

bool GenerationEngine::resumeFrom(const QString &journalPath, QString *error, bool continueJournal)
{
    RunJournal::Contents contents;
    if (!RunJournal::load(journalPath, &contents, error))
        return false;
    if (!resumeRun(std::move(contents), true, error))
        return false;
    if (continueJournal && !m_journal.openForAppend(journalPath, error))
        return false;
    launchResumed();
    return true;
}

bool GenerationEngine::resumeWith(RunJournal::Contents contents, bool announce, QString *error)
{
    if (!resumeRun(std::move(contents), announce, error))
        return false;
    launchResumed();
    return true;
}

bool GenerationEngine::resumeRun(RunJournal::Contents contents, bool announce, QString *error)
{
    if (m_running) {
        *error = tr("a run is already going");
        return false;
    }
    // The recorded config rules: the rest of the run must match what was already generated.
    const QString providerId = m_config.provider;
    m_config = contents.config;
    if (!prepare(error))
        return false;
    if (contents.config.provider != providerId)
        Q_EMIT message(tr("The journal was started with %1; continuing with it.").arg(contents.config.provider));
    QVector<Example> rows;
    // Ids continue after the highest one the journal holds, kept or not: counting rows would reuse an id after a
    // damaged line or a dropped duplicate.
    const QString idPrefix = u"llm-%1-"_s.arg(m_config.seed, 0, 36);
    for (const Example &row : std::as_const(contents.rows)) {
        bool ok = false;
        const qint64 number = row.id.startsWith(idPrefix) ? row.id.mid(idPrefix.size()).toLongLong(&ok) : 0;
        if (ok && number >= m_nextIdNumber)
            m_nextIdNumber = number + 1;
    }
    m_nextIdNumber = std::max(m_nextIdNumber, qint64(contents.rows.size()) + contents.damagedLines + 1);
    // Whole ladders count (the engine only ever records whole ones); their prompt repeats within the ladder.
    QHash<QString, QVector<Example>> ladders;
    QStringList ladderOrder;
    for (Example &row : contents.rows) {
        const int index = Rubric::indexOf(row.targetReward);
        if (index < 0)
            continue;
        if (!row.group.isEmpty()) {
            if (row.levelSet == m_plan.levelSet && (row.levelSet & levelBit(row.targetReward))) {
                auto &ladder = ladders[row.group];
                if (ladder.isEmpty())
                    ladderOrder << row.group;
                ladder.append(row);
            }
            continue;
        }
        if (needed(index) <= 0 || m_validator->isDuplicate(row.prompt))
            continue; // never more than asked for, never a duplicate
        m_validator->remember(row);
        ++m_accepted[index];
        rows.append(row);
    }
    const qsizetype ladderSize = levelsOf(m_plan.levelSet).size();
    const QString groupPrefix = u"lad-llm-%1-"_s.arg(m_config.seed, 0, 36);
    for (const QString &group : std::as_const(ladderOrder)) {
        const QVector<Example> &ladder = ladders[group];
        quint8 levels = 0;
        for (const Example &row : ladder)
            levels |= levelBit(row.targetReward);
        if (ladder.size() != ladderSize || levels != m_plan.levelSet || laddersNeeded() <= 0 ||
            m_validator->isDuplicate(ladder.first().prompt))
            continue;
        m_validator->remember(ladder.first().prompt);
        for (const Example &row : ladder)
            ++m_accepted[std::size_t(Rubric::indexOf(row.targetReward))];
        ++m_laddersDone;
        rows += ladder;
        bool ok = false;
        const qint64 number = group.startsWith(groupPrefix) ? group.mid(groupPrefix.size()).toLongLong(&ok) : 0;
        if (ok && number >= m_nextLadderNumber)
            m_nextLadderNumber = number + 1;
    }
    m_rows = rows;
    m_rowsAtStart = m_rows.size();
    m_announceResumed = announce;
    if (announce) {
        Q_EMIT message(tr("Resuming: %1 of %2 rows were already in the journal%3.")
                           .arg(m_rows.size())
                           .arg(m_config.count)
                           .arg(contents.damagedLines ? tr(" (%1 damaged line(s) skipped)").arg(contents.damagedLines)
                                                      : QString()));
    } else {
        Q_EMIT message(
            tr("Resuming: %1 of %2 rows were already in the project.").arg(m_rows.size()).arg(m_config.count));
    }
    return true;
}

void GenerationEngine::launchResumed()
{
    m_running = true;
    m_startMs = nowMs();
    m_statsTimer.start();
    if (m_announceResumed && !m_rows.isEmpty())
        Q_EMIT rowsAccepted(m_rows);
    QMetaObject::invokeMethod(this, &GenerationEngine::pump, Qt::QueuedConnection);
}

bool GenerationEngine::journal(const Example &row)
{
    return !m_journal.isOpen() || m_journal.append(row);
}

void GenerationEngine::syncJournal()
{
    // In the background: an fsync on a busy disk takes milliseconds, and every answer of a wave ends with one; on this
    // thread they would hold up the reading of every other stream and the next requests.
    QString error;
    if (m_journal.isOpen() && !m_journal.syncInBackground(&error))
        Q_EMIT message(error);
}

int GenerationEngine::needed(int index) const
{
    // Independent rows only: the ladders' rows are planned by laddersNeeded().
    const int inLadders = (m_plan.levelSet & levelBit(Rubric::rewardAt(index))) ? m_laddersDone : 0;
    return m_plan.independent[std::size_t(index)] - (m_accepted[index] - inLadders);
}

double GenerationEngine::projectedRequestCost(int rows) const
{
    // Once answers have come back, their real cost per requested row is the best guide.
    if (m_rowsRequestedDone > 0)
        return m_costSoFar / double(m_rowsRequestedDone) * rows;
    const qint64 in = (m_prompts->systemPrompt().size() + 2500) / 4;
    const qint64 out = qint64(rows) * ((m_config.longForm ? 420 : 170) + 90);
    return m_prices.cost(m_config.provider, m_config.model, in, out).value_or(0);
}

bool GenerationEngine::nextLadderSpec(BatchSpec *spec, std::shared_ptr<LadderDraft> *repair)
{
    // Ladders missing a level first: they are rows already paid for.
    if (!m_repairs.empty()) {
        *repair = m_repairs.front();
        m_repairs.pop_front();
        spec->ladderLevels = missingLevels(**repair);
        spec->ladderPrompt = (*repair)->prompt;
        spec->count = 1;
        spec->topic = (*repair)->topic;
        spec->variation = (*repair)->variation;
        return true;
    }
    const int open = laddersOpen();
    if (open <= 0 || m_ladderRequestsUsed >= m_ladderRequestBudget)
        return false;
    spec->ladderLevels = m_plan.levelSet;
    spec->count = qMin(qMax(1, m_config.batchSize / m_plan.ladderSize()), open);
    spec->topic = m_config.topics.isEmpty() ? QString() : m_config.topics.at(m_topicCursor++ % m_config.topics.size());
    spec->variation = m_ladderVariation++;
    return true;
}

bool GenerationEngine::nextSpec(BatchSpec *spec, std::shared_ptr<LadderDraft> *repair)
{
    if (nextLadderSpec(spec, repair))
        return true;
    // The level furthest behind (relative to its target) goes next, so a run stopped half-way is balanced.
    int best = -1;
    double bestShare = -1;
    for (int k = 0; k < Rubric::LevelCount; ++k) {
        const int i = (m_levelCursor + k) % Rubric::LevelCount;
        const int open = needed(i) - m_pendingRows[i];
        if (open <= 0 || m_requestsUsed[i] >= m_requestBudget[i])
            continue;
        const double share = double(open) / double(m_target[i]);
        if (share > bestShare + 1e-9) {
            bestShare = share;
            best = i;
        }
    }
    if (best < 0)
        return false;
    m_levelCursor = (best + 1) % Rubric::LevelCount;
    spec->level = Rubric::rewardAt(best);
    spec->count = qMin(m_config.batchSize, needed(best) - m_pendingRows[best]);
    spec->topic = m_config.topics.isEmpty() ? QString() : m_config.topics.at(m_topicCursor++ % m_config.topics.size());
    spec->variation = m_variation[best]++;
    return true;
}

void GenerationEngine::pump()
{
    if (!m_running || m_paused || m_stopping)
        return;
    const qint64 now = nowMs();
    if (now < m_holdUntilMs) {
        schedulePump(m_holdUntilMs - now);
        return;
    }
    if (m_rateNeedsLearning)
        learnRate();
    while (int(m_inFlight.size()) < m_window) {
        if (m_rate > 0 && nowMs() < m_nextSendMs) {
            schedulePump(m_nextSendMs - nowMs() + 1);
            break;
        }
        BatchSpec spec;
        std::shared_ptr<LadderDraft> repair;
        if (!nextSpec(&spec, &repair))
            break;
        if (m_config.budgetUsd > 0 && m_priceKnown) {
            double committed = m_costSoFar;
            for (const auto &b : std::as_const(m_inFlight))
                committed += b->estimatedCost;
            if (committed + projectedRequestCost(PromptBuilder::rowsAsked(spec)) > m_config.budgetUsd) {
                // Undo the spec's bookkeeping: it was never sent.
                if (repair)
                    m_repairs.push_front(repair);
                else if (spec.isLadder())
                    --m_ladderVariation;
                else
                    --m_variation[Rubric::indexOf(spec.level)];
                if (!m_budgetHit)
                    Q_EMIT message(tr("Budget of $%1 reached: no new requests.").arg(m_config.budgetUsd, 0, 'f', 2));
                m_budgetHit = true;
                break;
            }
        }
        auto batch = std::make_shared<Batch>();
        batch->spec = spec;
        batch->repair = std::move(repair);
        batch->pending = spec.count;
        holdPending(*batch);
        if (!batch->repair) {
            if (spec.isLadder())
                ++m_ladderRequestsUsed;
            else
                ++m_requestsUsed[Rubric::indexOf(spec.level)];
        }
        dispatch(batch);
    }
    checkDone();
}

void GenerationEngine::dispatch(std::shared_ptr<Batch> batch)
{
    ChatRequest request;
    request.model = m_config.model;
    request.system = m_prompts->systemPrompt();
    request.user = m_prompts->userPrompt(batch->spec);
    request.temperature = m_config.temperature;
    request.maxTokens = m_prompts->maxTokensFor(PromptBuilder::rowsAsked(batch->spec));
    request.schema = m_prompts->outputSchema(batch->spec);
    request.schemaName = batch->spec.isLadder() ? u"candor_ladders"_s : u"candor_rows"_s;
    request.stream = m_config.stream;
    batch->estimatedCost = projectedRequestCost(PromptBuilder::rowsAsked(batch->spec));
    batch->requestChars = request.system.size() + request.user.size();
    batch->stream.reset(m_config.stream ? new IncrementalJsonRows : nullptr);
    ChatCall *call = m_connector->chat(request);
    batch->call = call;
    batch->sentMs = nowMs();
    batch->firstTextMs = -1;
    noteSend(batch->sentMs, 0);
    if (m_rate > 0) {
        // Sends stay on the pacing grid: timers fire a millisecond or two after their mark, and taking each late send
        // as the next one's start would slow every interval by that much (at 10/s, 3 % of the rate). Only a send
        // later than a whole interval (nothing was waiting) starts the grid afresh, so no burst makes up for idling.
        const qint64 interval = qint64(1000.0 / m_rate);
        m_nextSendMs = (batch->sentMs - m_nextSendMs <= interval ? m_nextSendMs : batch->sentMs) + interval;
    }
    m_inFlight.append(batch);
    ++m_stats.requests;
    if (m_config.stream) {
        connect(call, &ChatCall::textDelta, this, [this, batch](const QString &delta) {
            if (batch->firstTextMs < 0)
                batch->firstTextMs = nowMs();
            if (batch->stream)
                onRowsFromModel(batch, batch->stream->feed(delta));
        });
    }
    connect(call, &ChatCall::finished, this, [this, batch](const ChatResult &result) { onFinished(batch, result); });
    connect(call, &ChatCall::failed, this, [this, batch](const ProviderError &error) { onFailed(batch, error); });
}

void GenerationEngine::onRowsFromModel(const std::shared_ptr<Batch> &batch, const QVector<QJsonObject> &objects)
{
    if (objects.isEmpty() || !m_running)
        return;
    if (batch->spec.isLadder()) {
        onLaddersFromModel(batch, objects);
        return;
    }
    const int level = batch->spec.level;
    const int index = Rubric::indexOf(level);
    QVector<Example> accepted;
    const qint64 created = m_clock->utcNow().toMSecsSinceEpoch();
    for (const QJsonObject &object : objects) {
        if (needed(index) <= 0)
            break; // extra rows beyond the target are not kept
        RowValidator::Outcome outcome = m_validator->check(object, level);
        if (outcome.verdict != RowValidator::Verdict::Accepted) {
            ++m_stats.rejectedRows;
            ++m_stats.rejectedByReason[outcome.reasonKind];
            qCDebug(lcGen) << "row rejected:" << outcome.reason;
            continue;
        }
        Example row = outcome.row;
        row.provider = m_config.provider;
        row.model = m_config.model;
        row.createdMs = created;
        row.id = u"llm-%1-%2"_s.arg(m_config.seed, 0, 36).arg(m_nextIdNumber++);
        if (!journal(row)) {
            m_fatal = tr("%1 Nothing more is generated; the rows so far are safe in the journal.")
                          .arg(m_journal.errorString());
            QMetaObject::invokeMethod(
                this, [this] { finish(Outcome::Failed, m_fatal); }, Qt::QueuedConnection);
            break;
        }
        ++m_accepted[index];
        ++batch->acceptedHere;
        if (batch->pending > 0) {
            // A row that arrived mid-stream is no longer pending, or the planner would ask for it twice.
            --batch->pending;
            --m_pendingRows[index];
        }
        accepted.append(row);
    }
    if (!accepted.isEmpty()) {
        m_rows += accepted;
        Q_EMIT rowsAccepted(accepted);
    }
}

void GenerationEngine::onLaddersFromModel(const std::shared_ptr<Batch> &batch, const QVector<QJsonObject> &objects)
{
    for (const QJsonObject &object : objects) {
        if (batch->repair) {
            // A repair answers for its one ladder: only the levels it asked for are taken.
            const std::shared_ptr<LadderDraft> draft = std::move(batch->repair);
            batch->pending = 0;
            addLadderAnswers(*draft, object, batch->spec.ladderLevels);
            settleLadder(draft);
            continue;
        }
        if (batch->pending > 0) {
            --batch->pending;
            --m_laddersPending;
        } else if (laddersOpen() <= 0) {
            break; // extra ladders beyond the target are not kept
        }
        const QString prompt = object.value(Keys::Prompt).toString().trimmed();
        const char *why = nullptr;
        if (prompt.isEmpty())
            why = "schema";
        else if (m_validator->isDuplicate(prompt))
            why = "duplicate";
        else if (m_validator->isNearDuplicate(prompt))
            why = "near_duplicate";
        if (why) {
            ++m_stats.rejectedRows;
            ++m_stats.rejectedByReason[QString::fromLatin1(why)];
            continue;
        }
        auto draft = std::make_shared<LadderDraft>();
        draft->prompt = prompt;
        draft->searchHint = object.value(Keys::SearchHint).toString();
        draft->topic = batch->spec.topic;
        draft->variation = batch->spec.variation;
        addLadderAnswers(*draft, object, m_plan.levelSet);
        if (draft->rows.isEmpty())
            continue;                  // nothing usable: a new ladder is asked for instead of repairing this one
        m_validator->remember(prompt); // no later ladder or row may take it, whatever becomes of this one
        ++m_openDrafts;
        settleLadder(draft);
    }
}

void GenerationEngine::addLadderAnswers(LadderDraft &draft, const QJsonObject &ladder, quint8 levels)
{
    const QJsonValue answersValue = ladder.value(u"answers"_s);
    for (int level : levelsOf(levels)) {
        if (draft.rows.contains(level))
            continue;
        // Keyed "+1" as asked; "1" and an array of rows with target_reward are read too.
        QJsonObject answer = answersValue.toObject().value(PromptBuilder::ladderKey(level)).toObject();
        if (answer.isEmpty())
            answer = answersValue.toObject().value(QString::number(level)).toObject();
        if (answer.isEmpty() && answersValue.isArray()) {
            for (const QJsonValue &v : answersValue.toArray()) {
                if (v.toObject().value(Keys::TargetReward).toInt(99) == level)
                    answer = v.toObject();
            }
        }
        if (answer.isEmpty()) {
            ++m_stats.rejectedRows;
            ++m_stats.rejectedByReason[u"missing_level"_s];
            continue;
        }
        // The ladder's question and hint are the row's: an answer never brings its own.
        answer.insert(Keys::Prompt, draft.prompt);
        if (m_config.searchHints)
            answer.insert(Keys::SearchHint, draft.searchHint);
        RowValidator::Outcome outcome = m_validator->check(answer, level, RowValidator::PromptRule::Shared);
        if (outcome.verdict != RowValidator::Verdict::Accepted) {
            ++m_stats.rejectedRows;
            ++m_stats.rejectedByReason[outcome.reasonKind];
            qCDebug(lcGen) << "ladder answer rejected:" << outcome.reason;
            continue;
        }
        draft.searchHint = outcome.row.searchHint; // repaired to [SEARCH:...] once, for every answer
        draft.rows.insert(level, outcome.row);
    }
}

quint8 GenerationEngine::missingLevels(const LadderDraft &draft) const
{
    quint8 missing = 0;
    for (int level : levelsOf(m_plan.levelSet)) {
        if (!draft.rows.contains(level))
            missing |= levelBit(level);
    }
    return missing;
}

void GenerationEngine::settleLadder(const std::shared_ptr<LadderDraft> &draft)
{
    if (missingLevels(*draft) != 0) {
        if (draft->repairs < kMaxLadderRepairs && m_running) {
            ++draft->repairs;
            m_repairs.push_back(draft);
        } else {
            --m_openDrafts; // given up: a new ladder takes its place while the budget allows
            ++m_stats.rejectedByReason[u"incomplete_ladder"_s];
            Q_EMIT message(
                tr("A ladder still lacked levels after %n repair(s) and was left out.", nullptr, draft->repairs));
        }
        return;
    }
    --m_openDrafts;
    if (laddersNeeded() <= 0)
        return;
    const QString group = u"lad-llm-%1-%2"_s.arg(m_config.seed, 0, 36).arg(m_nextLadderNumber++);
    const qint64 created = m_clock->utcNow().toMSecsSinceEpoch();
    QVector<Example> rows;
    for (int level : levelsOf(m_plan.levelSet)) {
        Example row = draft->rows.value(level);
        row.searchHint = m_config.searchHints ? draft->searchHint : QString();
        row.group = group;
        row.levelSet = m_plan.levelSet;
        row.provider = m_config.provider;
        row.model = m_config.model;
        row.topic = draft->topic;
        row.createdMs = created;
        row.id = u"llm-%1-%2"_s.arg(m_config.seed, 0, 36).arg(m_nextIdNumber++);
        rows.append(row);
    }
    if (!journalRows(rows))
        return;
    ++m_laddersDone;
    for (const Example &row : std::as_const(rows))
        ++m_accepted[std::size_t(Rubric::indexOf(row.targetReward))];
    m_rows += rows;
    Q_EMIT rowsAccepted(rows);
}

bool GenerationEngine::journalRows(const QVector<Example> &rows)
{
    for (const Example &row : std::as_const(rows)) {
        if (!journal(row)) {
            m_fatal = tr("%1 Nothing more is generated; the rows so far are safe in the journal.")
                          .arg(m_journal.errorString());
            QMetaObject::invokeMethod(
                this, [this] { finish(Outcome::Failed, m_fatal); }, Qt::QueuedConnection);
            return false;
        }
    }
    return true;
}

void GenerationEngine::returnRepair(Batch &batch)
{
    if (batch.repair)
        m_repairs.push_front(std::move(batch.repair));
}

namespace {
// About four characters a token: what the budget counts when a server reports no usage.
qint64 tokensFromChars(qint64 chars)
{
    return (chars + 3) / 4;
}
} // namespace

void GenerationEngine::account(const ChatResult &result, const Batch &batch)
{
    // A server that reports no usage must not make the run free: the budget would never stop it. The missing
    // figures are estimated from the request and the answer's length.
    const qint64 input = result.inputTokens.value_or(tokensFromChars(batch.requestChars));
    const qint64 output = result.outputTokens.value_or(tokensFromChars(result.text.size()));
    m_stats.inputTokens += input;
    m_stats.outputTokens += output;
    if (!result.inputTokens || !result.outputTokens) {
        m_stats.tokensPartlyUnknown = true;
        m_stats.costEstimated = true;
    }
    if (const auto cost = m_prices.cost(m_config.provider, m_config.model, input, output))
        m_costSoFar += *cost;
}

void GenerationEngine::accountFailure(const Batch &batch, const ProviderError &error)
{
    // A failed or cut-off request may still be billed for its prompt (a refused one, 429 or auth, is not).
    if (isRateLimit(error.kind) || error.kind == ErrorKind::Auth || error.httpStatus == 0 ||
        error.kind == ErrorKind::Cancelled)
        return;
    const qint64 input = tokensFromChars(batch.requestChars);
    m_stats.inputTokens += input;
    m_stats.costEstimated = true;
    if (const auto cost = m_prices.cost(m_config.provider, m_config.model, input, 0))
        m_costSoFar += *cost;
}

void GenerationEngine::noteFailure(const ProviderError &error)
{
    // A server that is down answers every request with an error: after a streak with no success, over long enough
    // that it is not a blip, the run waits for a person instead of retrying on for minutes.
    if (m_failureStreak++ == 0)
        m_failureStreakStartMs = nowMs();
    const qint64 spanMs = nowMs() - m_failureStreakStartMs;
    if (m_config.pauseAfterFailures <= 0 || m_failureStreak < m_config.pauseAfterFailures || spanMs < kStallWindowMs ||
        m_paused)
        return;
    const QString text = tr("%n request(s) in a row failed over %1 s with no success (the last: %2). The run is "
                            "paused; check the server, the network or the settings, then resume.",
                            nullptr, m_failureStreak)
                             .arg(spanMs / 1000)
                             .arg(error.message);
    m_failureStreak = 0;
    Q_EMIT message(text);
    pause();
    Q_EMIT stalled(text);
}

bool GenerationEngine::noteRateLimited(const ProviderError &error)
{
    // Each batch counts its own rate-limit retries, and a batch re-planned during a hold starts again: only a count
    // across the run notices a limit that never lifts (a quota that says 429, a key with no rate at all).
    if (m_rateLimitStreak++ == 0)
        m_rateLimitStreakStartMs = nowMs();
    const qint64 spanMs = nowMs() - m_rateLimitStreakStartMs;
    if (m_paused || (m_rateLimitStreak < kRateLimitStallAnswers && spanMs < kRateLimitStallMs))
        return false;
    const QString text = tr("%n rate-limited answer(s) over %1 s and not one success (the last: %2). The run is "
                            "paused; wait until the provider's limit lifts or raise it, then resume.",
                            nullptr, m_rateLimitStreak)
                             .arg(spanMs / 1000)
                             .arg(error.message);
    m_rateLimitStreak = 0;
    Q_EMIT message(text);
    pause();
    Q_EMIT stalled(text);
    return true;
}

void GenerationEngine::onFinished(const std::shared_ptr<Batch> &batch, const ChatResult &result)
{
    const qint64 endMs = nowMs();
    m_failureStreak = 0; // an answer: the server is there
    m_rateLimitStreak = 0;
    m_inFlight.removeAll(batch);
    releasePending(*batch);
    noteSend(batch->sentMs, 1);
    account(result, *batch);
    m_rowsRequestedDone += batch->spec.count;
    noteRateLimit(result.rateLimit);
    if (m_running) {
        QVector<QJsonObject> objects;
        bool streamed = false;
        if (batch->stream) {
            QVector<QJsonObject> late;
            batch->stream->finish(&late);
            streamed = batch->stream->rowsEmitted() > 0;
            objects = late;
        }
        if (!streamed && objects.isEmpty()) {
            if (result.json) {
                objects = rowsIn(*result.json);
            } else if (result.finish == FinishReason::Length) {
                // Cut by the token limit: the rows that were complete before the cut are still good.
                IncrementalJsonRows salvage;
                objects = salvage.feed(result.text);
                ++m_stats.errorsByKind[u"truncated"_s];
                Q_EMIT message(
                    tr("A level %1 answer hit the token limit; %n complete row(s) kept.", nullptr, int(objects.size()))
                        .arg(Rubric::formatReward(batch->spec.level)));
            } else {
                ++m_stats.errorsByKind[result.finish == FinishReason::Length ? u"truncated"_s : u"invalid_response"_s];
                Q_EMIT message(tr("A level %1 answer held no readable rows: %2")
                                   .arg(Rubric::formatReward(batch->spec.level), result.jsonError));
            }
        }
        onRowsFromModel(batch, objects);
        if (batch->repair) {
            // Answered, but not with the ladder: that counts as one of its repairs.
            const std::shared_ptr<LadderDraft> draft = std::move(batch->repair);
            settleLadder(draft);
        }
        syncJournal();
        // Additive increase: one more slot after a window's worth of successes. Once a learnt rate paces dispatch,
        // the window only has to hold enough requests for that pace (long streams need many at once), so it grows
        // by one per success instead.
        ++m_successesSinceChange;
        if (m_window < m_config.concurrency && (m_rate > 0 || m_successesSinceChange >= m_window)) {
            ++m_window;
            m_successesSinceChange = 0;
        }
        if (m_rate > 0 && nowMs() - m_lastDecreaseMs > kQuietBeforeProbingMs)
            m_rate *= 1 + qMin(kProbeGrowthPerAnswer, kProbeGrowthPerSecond / m_rate);
    }
    reportTiming(*batch, endMs, true);
    emitStats();
    pump();
}

void GenerationEngine::onFailed(const std::shared_ptr<Batch> &batch, const ProviderError &error)
{
    m_inFlight.removeAll(batch);
    const int index = Rubric::indexOf(batch->spec.level);
    reportTiming(*batch, nowMs(), false);
    releasePending(*batch);
    if (!m_running || m_stopping)
        batch->repair.reset();
    noteSend(batch->sentMs, isRateLimit(error.kind) ? 2 : 1);
    if (!m_running || m_stopping || error.kind == ErrorKind::Cancelled) {
        checkDone();
        return;
    }
    ++m_stats.errorsByKind[errorKindName(error.kind)];
    m_stats.lastError = error.message;
    m_stats.lastErrorKind = error.kind;
    accountFailure(*batch, error);
    syncJournal(); // rows that streamed in before the failure stay

    if (stopsTheRun(error.kind)) {
        m_fatal = error.message;
        finish(Outcome::Failed, error.message);
        return;
    }
    if (!isRateLimit(error.kind))
        noteFailure(error);
    else if (noteRateLimited(error)) {
        returnRepair(*batch);
        pump();
        return; // paused: the planner asks for these rows again on resume
    }
    double waitSeconds = -1; // < 0: no retry
    if (isRateLimit(error.kind)) {
        // One decrease per overload: refusals of requests sent before the last decrease say nothing new.
        if (batch->sentMs > m_lastDecreaseMs) {
            m_previousOverloadSentMs = m_overloadSentMs;
            m_overloadSentMs = batch->sentMs;
            m_window = qMax(1, m_window / 2);
            m_successesSinceChange = 0;
            m_lastDecreaseMs = nowMs();
            m_rateNeedsLearning = true; // measured once the burst's answers are in, when the hold ends
        }
        if (error.retryAfterSeconds && *error.retryAfterSeconds > m_retry.maxServerDelaySeconds) {
            m_fatal = error.message;
            finish(Outcome::Failed, error.message);
            return;
        }
        waitSeconds = error.retryAfterSeconds.value_or(
            qMin(m_retry.capSeconds, m_retry.baseSeconds * std::pow(2.0, qMin(batch->retries, 6))));
        holdDispatch(waitSeconds, error.message);
        if (batch->retries >= kMaxRateLimitRetries)
            waitSeconds = -1;
    } else {
        waitSeconds =
            m_retry.delayFor(error, batch->retries, QRandomGenerator::global()->generateDouble()).value_or(-1);
    }
    const int stillOpen =
        batch->spec.isLadder() ? (batch->repair ? 1 : laddersOpen()) : needed(index) - m_pendingRows[index];
    if (waitSeconds >= 0 && stillOpen > 0) {
        ++batch->retries;
        ++m_stats.retries;
        batch->spec.count = qMin(batch->spec.count, stillOpen);
        batch->pending = batch->spec.count;
        holdPending(*batch);
        const qint64 waitMs = std::llround(waitSeconds * 1000);
        Q_EMIT message(tr("%1 Retrying in %2 s.").arg(error.message).arg(waitSeconds, 0, 'f', 1));
        // The retry holds its place (pendingRows) so the planner does not also re-plan these rows.
        m_inFlight.append(batch);
        m_clock->singleShot(waitMs, this, [this, batch] {
            m_inFlight.removeAll(batch);
            if (!m_running || m_stopping) {
                releasePending(*batch);
                checkDone();
                return;
            }
            if (m_paused || nowMs() < m_holdUntilMs || (m_rate > 0 && nowMs() < m_nextSendMs) ||
                int(m_inFlight.size()) >= m_window) {
                // Still held or paced: let the planner pick the rows up again when dispatch goes on.
                releasePending(*batch);
                returnRepair(*batch);
                pump();
                return;
            }
            dispatch(batch);
        });
        return;
    }
    returnRepair(*batch);
    Q_EMIT message(error.message);
    pump();
}

void GenerationEngine::holdDispatch(double seconds, const QString &why)
{
    const qint64 now = nowMs();
    const qint64 until = now + std::llround(seconds * 1000);
    if (until > m_holdUntilMs) {
        // Count only new held time, so overlapping holds are not counted twice.
        m_heldMs += until - qMax(now, m_holdUntilMs);
        m_holdUntilMs = until;
        qCDebug(lcGen) << "holding dispatch for" << seconds << "s:" << why;
    }
}

void GenerationEngine::schedulePump(qint64 delayMs)
{
    // Like restarting a single-shot timer: only the latest schedule counts.
    const quint64 token = ++m_pumpToken;
    m_clock->singleShot(delayMs, this, [this, token] {
        if (token == m_pumpToken)
            pump();
    });
}

int GenerationEngine::activeRequests() const
{
    int active = 0;
    for (const auto &batch : m_inFlight)
        active += batch->call && !batch->call->isDone() ? 1 : 0;
    return active;
}

void GenerationEngine::holdPending(Batch &batch)
{
    // A repair's ladder is already counted as open (m_openDrafts).
    if (!batch.spec.isLadder())
        m_pendingRows[Rubric::indexOf(batch.spec.level)] += batch.pending;
    else if (!batch.repair)
        m_laddersPending += batch.pending;
}

void GenerationEngine::releasePending(Batch &batch)
{
    if (!batch.spec.isLadder())
        m_pendingRows[Rubric::indexOf(batch.spec.level)] -= batch.pending;
    else if (!batch.repair)
        m_laddersPending -= batch.pending;
    batch.pending = 0;
}

void GenerationEngine::noteSend(qint64 sentMs, int outcome)
{
    if (outcome == 0) {
        m_sends.push_back({sentMs, m_heldMs, 0});
    } else {
        for (auto it = m_sends.rbegin(); it != m_sends.rend(); ++it) {
            if (it->sentMs == sentMs && it->outcome == 0) {
                it->outcome = outcome;
                break;
            }
        }
    }
    // Keep a minute (two refusals of a per-minute limit apart), and never let the log grow with the run.
    while (!m_sends.empty() && (m_sends.front().sentMs < sentMs - kSendLogMs || m_sends.size() > 4096))
        m_sends.pop_front();
}

void GenerationEngine::reportTiming(const Batch &batch, qint64 endMs, bool ok)
{
    RequestTiming t;
    t.sentMs = batch.sentMs;
    t.firstTextMs = batch.firstTextMs;
    t.endMs = endMs;
    t.rows = batch.spec.count;
    t.accepted = batch.acceptedHere;
    t.ok = ok;
    Q_EMIT requestEnded(t);
}

void GenerationEngine::learnRate()
{
    // What the server admitted lately, per second of time we were actually sending: that is its limit.
    const qint64 now = nowMs();
    if (now < m_holdUntilMs)
        return;
    m_rateNeedsLearning = false;
    if (m_previousOverloadSentMs >= 0 && m_overloadSentMs > m_previousOverloadSentMs && !m_sends.empty() &&
        m_sends.front().sentMs <= m_previousOverloadSentMs) {
        // Between two refusals the server's bucket went from empty to empty, so what it admitted in between, over
        // that time (holds included: the bucket refills during them too), is its refill rate. Any other window also
        // counts the burst a full bucket lets through, and pacing at that overshoots the limit again.
        int between = 0;
        for (const SendRecord &r : m_sends) {
            if (r.sentMs > m_previousOverloadSentMs && r.sentMs < m_overloadSentMs && r.outcome != 2)
                ++between;
        }
        const double seconds = double(m_overloadSentMs - m_previousOverloadSentMs) / 1000.0;
        if (between > 0) {
            m_rate = kRateMargin * between / seconds;
            qCDebug(lcGen) << "pacing at" << m_rate << "requests/s (admitted" << between << "between refusals"
                           << seconds << "s apart)";
            spaceFromLastSend();
            return;
        }
    }
    const qint64 from = now - kRateWindowMs;
    int admitted = 0;
    qint64 firstSent = now;
    qint64 heldAtFirst = m_heldMs;
    for (const SendRecord &r : m_sends) {
        if (r.sentMs < from)
            continue;
        if (r.sentMs < firstSent) {
            firstSent = r.sentMs;
            heldAtFirst = r.heldBeforeMs;
        }
        if (r.outcome != 2)
            ++admitted;
    }
    if (admitted == 0)
        return; // nothing got through lately: the holds and the smaller window have to do, there is no rate yet
    const double sendingSeconds = qMax(1.0, double(now - firstSent - (m_heldMs - heldAtFirst)) / 1000.0);
    const double measured = admitted / sendingSeconds;
    const double rate = kRateMargin * measured;
    m_rate = m_rate > 0 ? qMin(m_rate, rate) : rate;
    qCDebug(lcGen) << "pacing at" << m_rate << "requests/s (admitted" << admitted << "in" << sendingSeconds << "s)";
    spaceFromLastSend();
}

void GenerationEngine::spaceFromLastSend()
{
    // The next send was planned at the old rate; a slower one must not start with a gap of the old size.
    if (!m_sends.empty() && m_rate > 0)
        m_nextSendMs = qMax(m_nextSendMs, m_sends.back().sentMs + qint64(1000.0 / m_rate));
}

void GenerationEngine::noteRateLimit(const RateLimitSnapshot &s)
{
    // Slow down before the limit is hit. The reset is the time until the limit is full again, so the server
    // refills (limit - remaining) requests over it: pace at that rate once what is left would not cover the
    // requests already in flight, instead of waiting for the whole reset.
    if (s.limitRequests && s.remainingRequests && s.resetRequestsSeconds && *s.resetRequestsSeconds > 0 &&
        *s.remainingRequests <= qint64(m_inFlight.size())) {
        const qint64 used = qMax<qint64>(1, *s.limitRequests - *s.remainingRequests);
        const double refill = double(used) / *s.resetRequestsSeconds;
        m_rate = m_rate > 0 ? qMin(m_rate, kRateMargin * refill) : kRateMargin * refill;
        m_lastDecreaseMs = nowMs();
        // Nothing is left right now: the next request waits for one to refill.
        m_nextSendMs = qMax(m_nextSendMs, nowMs() + qint64(1000.0 / m_rate));
    } else if (!s.limitRequests && s.remainingRequests && *s.remainingRequests <= qint64(m_inFlight.size()) &&
               s.resetRequestsSeconds && *s.resetRequestsSeconds > 0) {
        holdDispatch(qMin(*s.resetRequestsSeconds, kMaxHeaderHoldSeconds), u"request limit"_s);
    }
    const qint64 tokensPerRequest = qint64(m_config.batchSize) * ((m_config.longForm ? 420 : 170) + 90) + 800;
    if (s.remainingTokens && *s.remainingTokens < tokensPerRequest * qMax<qint64>(1, m_inFlight.size()) &&
        s.resetTokensSeconds && *s.resetTokensSeconds > 0)
        holdDispatch(qMin(*s.resetTokensSeconds, kMaxHeaderHoldSeconds), u"token limit"_s);
}

void GenerationEngine::checkDone()
{
    if (!m_running || !m_inFlight.isEmpty())
        return;
    bool complete = laddersNeeded() <= 0;
    bool dispatchable = !complete && (!m_repairs.empty() || m_ladderRequestsUsed < m_ladderRequestBudget);
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        if (needed(i) > 0) {
            complete = false;
            if (m_requestsUsed[i] < m_requestBudget[i])
                dispatchable = true;
        }
    }
    if (complete) {
        // What was turned away and asked for again is part of the result (a missing search hint, a duplicate...).
        QStringList turnedAway;
        for (auto it = m_stats.rejectedByReason.cbegin(); it != m_stats.rejectedByReason.cend(); ++it)
            turnedAway << u"%1 %2"_s.arg(it.value()).arg(it.key());
        finish(Outcome::Completed,
               tr("Generated %1 rows.").arg(m_rows.size()) +
                   (turnedAway.isEmpty()
                        ? QString()
                        : u' ' + tr("Turned away and asked for again: %1.").arg(turnedAway.join(u", "_s))));
        return;
    }
    if (m_paused || (dispatchable && !m_budgetHit))
        return;        // more will be sent (now or after a hold)
    m_repairs.clear(); // the run ends here: ladders still missing levels are left out, never padded
    QStringList missing;
    if (laddersNeeded() > 0)
        missing << tr("%n ladder(s) of %1 levels", nullptr, laddersNeeded()).arg(m_plan.ladderSize());
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        if (needed(i) > 0)
            missing << tr("%1 rows at level %2").arg(needed(i)).arg(Rubric::formatReward(Rubric::rewardAt(i)));
    }
    QStringList why;
    for (auto it = m_stats.rejectedByReason.cbegin(); it != m_stats.rejectedByReason.cend(); ++it)
        why << tr("%1 rows rejected as %2").arg(it.value()).arg(it.key());
    for (auto it = m_stats.errorsByKind.cbegin(); it != m_stats.errorsByKind.cend(); ++it)
        why << tr("%1 failed requests (%2)").arg(it.value()).arg(it.key());
    const QString account = tr("Missing %1.").arg(missing.join(u", "_s)) +
                            (why.isEmpty() ? QString() : tr(" Why: %1.").arg(why.join(u"; "_s)));
    if (m_budgetHit) {
        finish(Outcome::BudgetReached,
               tr("Stopped at the budget of $%1. ").arg(m_config.budgetUsd, 0, 'f', 2) + account);
        return;
    }
    if (m_config.allowFallback) {
        const int before = int(m_rows.size());
        fillWithFallback();
        finish(Outcome::Completed, tr("Generated %1 rows; %2 came from the template generator (fallback). %3")
                                       .arg(m_rows.size())
                                       .arg(m_rows.size() - before)
                                       .arg(account));
        return;
    }
    finish(Outcome::Shortfall, tr("The attempt budget is spent. ") + account);
}

void GenerationEngine::fillWithFallback()
{
    QString error;
    const auto bank = TemplateBank::builtIn(&error);
    if (!bank)
        return;
    TemplateGenerator::Options options = TemplateGenerator::Options::fromConfig(m_config);
    options.seed ^= 0xfa11bac4ULL; // other rows than a template run of the same seed would make
    TemplateGenerator generator(bank, options);
    QVector<Example> added;
    if (laddersNeeded() > 0) {
        // Whole template ladders in place of the missing ones: a model's ladder is never completed from the bank.
        TemplateGenerator ladders(bank, options);
        RowPlan plan;
        plan.levelSet = m_plan.levelSet;
        plan.ladders = laddersNeeded() * 2 + 8;
        const int size = plan.ladderSize();
        if (ladders.plan(plan, &error)) {
            for (qint64 k = 0; laddersNeeded() > 0 && (k + 1) * size <= ladders.rowCount(); ++k) {
                QVector<Example> ladder = ladders.examples(k * size, (k + 1) * size);
                if (m_validator->isDuplicate(ladder.first().prompt) ||
                    m_validator->isNearDuplicate(ladder.first().prompt))
                    continue;
                m_validator->remember(ladder.first().prompt);
                for (Example &row : ladder) {
                    row.source = ExampleSource::Fallback;
                    row.createdMs = m_clock->utcNow().toMSecsSinceEpoch();
                    journal(row);
                    ++m_accepted[std::size_t(Rubric::indexOf(row.targetReward))];
                }
                ++m_laddersDone;
                m_stats.fallbackRows += size;
                added += ladder;
            }
        }
    }
    for (int i = 0; i < Rubric::LevelCount; ++i) {
        const int level = Rubric::rewardAt(i);
        for (qint64 k = 0; needed(i) > 0 && k < qint64(m_target[i]) * 20 + 100; ++k) {
            Example row = generator.exampleForLevel(level, k);
            if (row.prompt.isEmpty())
                break;
            if (m_validator->isDuplicate(row.prompt) || m_validator->isNearDuplicate(row.prompt))
                continue; // the bank's rows are held to the model's rule
            m_validator->remember(row);
            row.createdMs = m_clock->utcNow().toMSecsSinceEpoch();
            journal(row);
            ++m_accepted[i];
            ++m_stats.fallbackRows;
            added.append(row);
        }
    }
    syncJournal();
    if (!added.isEmpty()) {
        m_rows += added;
        Q_EMIT rowsAccepted(added);
    }
}

void GenerationEngine::pause()
{
    if (!m_running || m_paused)
        return;
    m_paused = true; // requests in flight finish; nothing new starts
    Q_EMIT message(tr("Paused; %n request(s) still finishing.", nullptr, int(m_inFlight.size())));
    emitStats();
}

void GenerationEngine::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    Q_EMIT message(tr("Resumed."));
    pump();
}

void GenerationEngine::cancel()
{
    if (!m_running)
        return;
    m_stopping = true;
    const auto inFlight = m_inFlight; // cancelling removes them from the list
    for (const auto &batch : inFlight) {
        if (batch->call)
            batch->call->cancel();
    }
    m_inFlight.clear();
    finish(
        Outcome::Cancelled,
        m_journal.isOpen()
            ? tr("Cancelled with %1 of %2 rows; they are kept in the journal.").arg(m_rows.size()).arg(m_config.count)
            : tr("Cancelled with %1 of %2 rows.").arg(m_rows.size()).arg(m_config.count));
}

void GenerationEngine::finish(Outcome outcome, const QString &summary)
{
    if (!m_running)
        return;
    m_running = false;
    m_stopping = true;
    ++m_pumpToken; // a pump still scheduled does nothing
    m_statsTimer.stop();
    // Cancelling re-enters onFailed, which edits m_inFlight: work on a copy.
    const auto inFlight = m_inFlight;
    m_inFlight.clear();
    for (const auto &batch : inFlight) {
        if (batch->call)
            batch->call->cancel();
    }
    m_journal.close();
    emitStats();
    qCInfo(lcGen) << "run" << outcomeName(outcome) << ':' << summary;
    Q_EMIT finished(outcome, summary);
}

GenerationEngine::Stats GenerationEngine::stats() const
{
    Stats s = m_stats;
    s.target = m_target;
    s.accepted = m_accepted;
    s.inFlight = int(m_inFlight.size());
    s.window = m_window;
    s.paused = m_paused;
    const qint64 now = nowMs();
    s.elapsedSeconds = m_startMs >= 0 ? (now - m_startMs) / 1000.0 : 0;
    const qint64 fresh = qint64(m_rows.size()) - m_rowsAtStart;
    s.rowsPerSecond = s.elapsedSeconds > 0 ? fresh / s.elapsedSeconds : 0;
    const int remaining = totalOf(m_target) - totalOf(m_accepted);
    if (s.rowsPerSecond > 0 && remaining > 0)
        s.etaSeconds = remaining / s.rowsPerSecond;
    else if (remaining == 0)
        s.etaSeconds = 0;
    if (m_priceKnown)
        s.costUsd = m_costSoFar;
    s.waitingSeconds = m_holdUntilMs > now ? (m_holdUntilMs - now) / 1000.0 : 0;
    return s;
}

void GenerationEngine::emitStats()
{
    Q_EMIT statsChanged(stats());
}

} // namespace candor
