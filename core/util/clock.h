#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <map>
#include <optional>

namespace candor {

// Time as the engine and the connectors read it. The application uses the system clock; tests and benchmarks use a
// ManualClock, so waits of seconds take no time and land on their exact millisecond.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds on a monotonic scale; only differences between two readings mean anything.
    virtual qint64 nowMs() const = 0;
    // The date and time in UTC, for resets and Retry-After values that servers state as instants.
    virtual QDateTime utcNow() const = 0;
    // Calls fn once, delayMs from now, in context's thread; never when context is destroyed first.
    virtual void singleShot(qint64 delayMs, QObject *context, std::function<void()> fn) = 0;

    // The process's clock (QElapsedTimer, QDateTime, QTimer); it lives as long as the process.
    static Clock *system();

protected:
    Clock() = default;
    Clock(const Clock &) = default;
    Clock &operator=(const Clock &) = default;
};

// A clock that stands still until it is told to move. Callbacks wait in a queue and run, in due order, when
// advance() passes their due time; while one runs, nowMs() reads its due time exactly.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &utcStart = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));

    qint64 nowMs() const override { return m_nowMs; }
    QDateTime utcNow() const override { return m_utcStart.addMSecs(m_nowMs); }
    void singleShot(qint64 delayMs, QObject *context, std::function<void()> fn) override;

    // Moves time on by ms, running every callback that falls due on the way (also ones those callbacks add).
    void advance(qint64 ms);
    // Moves time to the earliest waiting callback and runs all that are due then; false when none waits.
    bool advanceToNext();
    // When the earliest waiting callback is due, if any.
    std::optional<qint64> nextDueMs() const;
    // Callbacks still waiting (those whose context is gone are not counted).
    int pendingCount() const;

private:
    struct Pending
    {
        bool hasContext = false;
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    void prune() const;
    void runUntil(qint64 untilMs);

    QDateTime m_utcStart;
    qint64 m_nowMs = 0;
    // Keyed by due time; equal keys keep their insertion order, so callbacks due together run as scheduled.
    mutable std::multimap<qint64, Pending> m_pending;
};

} // namespace candor
