#include "util/clock.h"

#include <QElapsedTimer>
#include <QTimer>

#include <chrono>

namespace candor {
namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_elapsed.start(); }

    qint64 nowMs() const override { return m_elapsed.elapsed(); }
    QDateTime utcNow() const override { return QDateTime::currentDateTimeUtc(); }
    void singleShot(qint64 delayMs, QObject *context, std::function<void()> fn) override
    {
        QTimer::singleShot(std::chrono::milliseconds(qMax<qint64>(0, delayMs)), context, std::move(fn));
    }

private:
    QElapsedTimer m_elapsed;
};

} // namespace

Clock *Clock::system()
{
    // Never destroyed, so objects torn down after main() returns may still read it.
    static SystemClock *clock = new SystemClock;
    return clock;
}

ManualClock::ManualClock(const QDateTime &utcStart) : m_utcStart(utcStart.toUTC()) {}

void ManualClock::singleShot(qint64 delayMs, QObject *context, std::function<void()> fn)
{
    m_pending.emplace(m_nowMs + qMax<qint64>(0, delayMs), Pending{context != nullptr, context, std::move(fn)});
}

void ManualClock::advance(qint64 ms)
{
    runUntil(m_nowMs + qMax<qint64>(0, ms));
}

bool ManualClock::advanceToNext()
{
    const auto due = nextDueMs();
    if (!due)
        return false;
    runUntil(*due);
    return true;
}

std::optional<qint64> ManualClock::nextDueMs() const
{
    prune();
    if (m_pending.empty())
        return std::nullopt;
    return m_pending.begin()->first;
}

int ManualClock::pendingCount() const
{
    prune();
    return int(m_pending.size());
}

void ManualClock::prune() const
{
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = it->second.hasContext && !it->second.context ? m_pending.erase(it) : std::next(it);
}

void ManualClock::runUntil(qint64 untilMs)
{
    // One at a time from the front: a callback may schedule another that is due before untilMs.
    while (!m_pending.empty() && m_pending.begin()->first <= untilMs) {
        const auto first = m_pending.begin();
        m_nowMs = qMax(m_nowMs, first->first);
        Pending due = std::move(first->second);
        m_pending.erase(first);
        if (!due.hasContext || due.context)
            due.fn();
    }
    m_nowMs = qMax(m_nowMs, untilMs);
}

} // namespace candor
