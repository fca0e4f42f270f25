#include "run/clock.h"

#include <chrono>

#ifdef Q_OS_LINUX
#include <ctime>
#endif

namespace sala {

qint64 SystemClock::monotonicMs() const
{
#ifdef Q_OS_LINUX
    // CLOCK_MONOTONIC (and so steady_clock) stops while the machine sleeps; BOOTTIME does not.
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) == 0)
        return qint64(now.tv_sec) * 1000 + qint64(now.tv_nsec) / 1'000'000;
#endif
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

QDateTime SystemClock::utcNow() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime &utcStart, qint64 monotonicStart) : m_utc(utcStart.toUTC()), m_monotonic(monotonicStart)
{
}

void ManualClock::advance(qint64 ms)
{
    m_monotonic += ms;
    m_utc = m_utc.addMSecs(ms);
}

} // namespace sala
