#pragma once
// Where the run engine gets the time: a monotonic count for countdowns (never jumps when the
// wall clock is set) and the UTC wall time for what is stored. Tests drive a ManualClock.

#include <QDateTime>

namespace sala {

class Clock {
public:
    Clock() = default;
    virtual ~Clock() = default;
    Q_DISABLE_COPY_MOVE(Clock)

    // Milliseconds since an arbitrary fixed point; only differences mean anything.
    virtual qint64 monotonicMs() const = 0;
    virtual QDateTime utcNow() const = 0;
};

// The machine's clocks. On Linux the monotonic count includes time spent suspended, so a laptop
// whose lid was closed during an activity wakes up with that time gone from the countdown.
class SystemClock final : public Clock {
public:
    SystemClock() = default;
    qint64 monotonicMs() const override;
    QDateTime utcNow() const override;
};

// A clock that moves only when told. advance() moves both clocks together, as real time does;
// restart() models a reboot, where the monotonic count starts again but the wall clock goes on.
class ManualClock final : public Clock {
public:
    explicit ManualClock(const QDateTime &utcStart, qint64 monotonicStart = 1'000'000);

    qint64 monotonicMs() const override { return m_monotonic; }
    QDateTime utcNow() const override { return m_utc; }

    void advance(qint64 ms);
    void advanceSeconds(qint64 seconds) { advance(seconds * 1000); }
    void restart(qint64 monotonicStart = 0) { m_monotonic = monotonicStart; }
    // The wall clock alone is set, as when the user or NTP corrects it.
    void setWallClock(const QDateTime &utc) { m_utc = utc.toUTC(); }

private:
    QDateTime m_utc;
    qint64 m_monotonic;
};

} // namespace sala
