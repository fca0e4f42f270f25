#include "run/runstate.h"

#include "plan/schedule.h"

#include <QCoreApplication>

#include <algorithm>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RunState)
};

constexpr qint64 minuteMs = 60'000;

// Replays the log. Times are taken in log order and never run backwards or past `now`, so a
// wall clock that was set back between two runs cannot produce negative durations.
class Replay {
public:
    Replay(const RunPlan &plan, const QDateTime &now) : m_plan(plan), m_now(now)
    {
        m_state.now = now;
        m_state.activities.resize(plan.session.activities.size());
    }

    void apply(const RunEvent &event)
    {
        QDateTime t = event.at.isValid() ? event.at : m_last;
        if (!t.isValid())
            return;
        if (m_last.isValid() && t < m_last)
            t = m_last;
        if (t > m_now)
            t = m_now;
        m_last = t;
        closeSegment(t);

        const int count = int(m_plan.session.activities.size());
        switch (event.kind) {
        case RunEventKind::Reset:
            m_state.activities.assign(m_plan.session.activities.size(), ActivityRun{});
            m_current = -1;
            m_started = m_finished = m_paused = false;
            m_state.startedAt = m_state.finishedAt = QDateTime();
            m_state.pausedMs = 0;
            m_plannedLengthSeconds = 0;
            break;
        case RunEventKind::Start: {
            if (count == 0)
                break;
            int index = activityIndex(m_plan.session, event.activityId);
            if (index < 0)
                index = 0;
            if (!m_started) {
                m_state.startedAt = t;
                m_plannedLengthSeconds = event.seconds;
            }
            m_started = true;
            go(index, t);
            break;
        }
        case RunEventKind::Next:
        case RunEventKind::Previous:
        case RunEventKind::Jump: {
            const int index = activityIndex(m_plan.session, event.activityId);
            if (index < 0)
                break; // the activity left the plan; the log keeps the entry as history
            if (!m_started) {
                m_state.startedAt = t;
                m_started = true;
            }
            go(index, t);
            break;
        }
        case RunEventKind::Pause:
            if (m_current >= 0 && !m_paused) {
                m_paused = true;
                ++m_state.activities[std::size_t(m_current)].pauses;
            }
            break;
        case RunEventKind::Resume: m_paused = false; break;
        case RunEventKind::Adjust:
            if (m_current >= 0) {
                ActivityRun &run = m_state.activities[std::size_t(m_current)];
                run.adjustedMs += event.seconds * 1000;
                ++run.adjustments;
            }
            break;
        case RunEventKind::SetRemaining:
            if (m_current >= 0) {
                ActivityRun &run = m_state.activities[std::size_t(m_current)];
                const qint64 remaining = allowed(m_current) - run.spentMs;
                run.adjustedMs += event.seconds * 1000 - remaining;
                ++run.adjustments;
            }
            break;
        case RunEventKind::OpenRooms:
            if (m_current >= 0) {
                ActivityRun &run = m_state.activities[std::size_t(m_current)];
                run.roomsOpened = true;
                run.roomsOpenedAtMs = run.spentMs;
            }
            break;
        case RunEventKind::Finish:
            if (!m_started)
                break;
            if (m_current >= 0)
                m_state.activities[std::size_t(m_current)].lastLeft = t;
            m_current = -1;
            m_paused = false;
            m_finished = true;
            m_state.finishedAt = t;
            break;
        }
    }

    RunState finish()
    {
        closeSegment(m_now);
        m_state.plannedStart = computeSchedule(m_plan.session, m_plan.zone).start;
        if (m_started && m_state.startedAt.isValid()) {
            const qint64 offset = m_state.plannedStart.msecsTo(m_state.startedAt);
            const bool otherDay = m_state.startedAt.toTimeZone(m_plan.zone).date() != m_plan.session.date;
            if (otherDay || std::abs(offset) > runShiftThresholdMs)
                m_state.planShiftMs = offset;
        }
        m_state.plannedEnd = plannedEnd().addMSecs(m_state.planShiftMs);
        m_state.current = m_current;
        if (m_finished)
            m_state.status = RunStatus::Finished;
        else if (!m_started)
            m_state.status = RunStatus::NotStarted;
        else if (m_paused)
            m_state.status = RunStatus::Paused;
        else
            m_state.status = RunStatus::Running;

        if (m_current >= 0) {
            const Activity &activity = m_plan.session.activities[std::size_t(m_current)];
            const ActivityRun &run = m_state.activities[std::size_t(m_current)];
            m_state.allowedMs = allowed(m_current);
            m_state.spentMs = run.spentMs;
            m_state.remainingMs = m_state.allowedMs - run.spentMs;
            m_state.wrapUpMs = wrapUpMsFor(m_plan, activity);
            if (m_state.remainingMs <= 0 && m_state.status == RunStatus::Running)
                m_state.status = RunStatus::Overtime;
            computeRounds(activity, run);
        } else if (!m_finished) {
            // Before the start the timer shows the first activity in full.
            const int first = m_plan.session.activities.empty() ? -1 : 0;
            if (first >= 0) {
                const Activity &activity = m_plan.session.activities.front();
                m_state.allowedMs = m_state.remainingMs = qint64(activity.plannedMinutes) * minuteMs;
                m_state.wrapUpMs = wrapUpMsFor(m_plan, activity);
            }
        }
        if (m_state.remainingMs <= 0 && m_state.status != RunStatus::NotStarted && m_state.status != RunStatus::Finished)
            m_state.phase = TimerPhase::Overtime;
        else if (m_state.remainingMs <= m_state.wrapUpMs && m_state.status != RunStatus::NotStarted && m_current >= 0)
            m_state.phase = TimerPhase::WrapUp;
        else
            m_state.phase = TimerPhase::Normal;

        if (m_finished) {
            m_state.projectedEnd = m_state.finishedAt;
        } else if (!m_started) {
            m_state.projectedEnd = projectEnd(m_plan, 0, std::max(m_now, m_state.plannedStart));
        } else {
            const QDateTime cursor = m_now.addMSecs(std::max<qint64>(0, m_state.remainingMs));
            m_state.projectedEnd = projectEnd(m_plan, m_current + 1, cursor, {}, m_state.planShiftMs);
        }
        m_state.behindMs = m_state.plannedEnd.msecsTo(m_state.projectedEnd);
        return std::move(m_state);
    }

private:
    qint64 allowed(int index) const
    {
        return qint64(m_plan.session.activities[std::size_t(index)].plannedMinutes) * minuteMs
               + m_state.activities[std::size_t(index)].adjustedMs;
    }

    void go(int index, const QDateTime &t)
    {
        if (m_current >= 0 && m_current != index)
            m_state.activities[std::size_t(m_current)].lastLeft = t;
        m_current = index;
        m_paused = false;
        m_finished = false;
        m_state.finishedAt = QDateTime();
        ActivityRun &run = m_state.activities[std::size_t(index)];
        ++run.visits;
        if (!run.firstStarted.isValid())
            run.firstStarted = t;
        m_segmentStart = t;
    }

    // Books the time since the last event to the current activity, as running or paused time.
    void closeSegment(const QDateTime &t)
    {
        if (m_current < 0 || m_finished || !m_segmentStart.isValid()) {
            m_segmentStart = t;
            return;
        }
        const qint64 delta = std::max<qint64>(0, m_segmentStart.msecsTo(t));
        ActivityRun &run = m_state.activities[std::size_t(m_current)];
        if (m_paused) {
            run.pausedMs += delta;
            m_state.pausedMs += delta;
        } else {
            run.spentMs += delta;
        }
        m_segmentStart = t;
    }

    QDateTime plannedEnd() const
    {
        const Session &session = m_plan.session;
        if (session.targetEnd)
            return QDateTime(session.date, *session.targetEnd, m_plan.zone);
        const Schedule schedule = computeSchedule(session, m_plan.zone);
        // Once the session runs, its planned end is the plan as it stood at the start, so that
        // shortening activities to catch up does not move the goal along with them.
        if (m_started && m_plannedLengthSeconds > 0)
            return schedule.start.addSecs(m_plannedLengthSeconds);
        return schedule.end;
    }

    void computeRounds(const Activity &activity, const ActivityRun &run)
    {
        if (!activity.breakout || activity.breakout->rounds < 1 || activity.breakout->minutesPerRound < 1)
            return;
        const BreakoutSettings &breakout = *activity.breakout;
        const qint64 length = qint64(breakout.minutesPerRound) * minuteMs;
        const qint64 anchor = run.roomsOpened ? run.roomsOpenedAtMs : 0;
        const qint64 elapsed = std::max<qint64>(0, run.spentMs - anchor);
        RoundState round;
        round.count = breakout.rounds;
        round.lengthMs = length;
        const qint64 index = elapsed / length;
        if (index >= breakout.rounds) {
            round.number = breakout.rounds;
            round.over = true;
            round.remainingMs = 0;
        } else {
            round.number = int(index) + 1;
            round.remainingMs = length - elapsed % length;
        }
        m_state.round = round;

        for (int r = 0; r < breakout.rounds; ++r) {
            for (std::size_t b = 0; b < breakout.broadcasts.size(); ++b) {
                const qint64 before = std::clamp<qint64>(qint64(breakout.broadcasts[b].minutesBeforeEnd) * minuteMs, 0, length);
                m_state.cues.push_back({r + 1, int(b), anchor + r * length + length - before, breakout.broadcasts[b].text});
            }
        }
        std::stable_sort(m_state.cues.begin(), m_state.cues.end(),
                         [](const BroadcastCue &a, const BroadcastCue &b) { return a.dueAtMs < b.dueAtMs; });
        for (std::size_t i = 0; i < m_state.cues.size(); ++i)
            if (m_state.cues[i].dueAtMs <= run.spentMs)
                m_state.dueCue = int(i);
    }

    const RunPlan &m_plan;
    QDateTime m_now;
    RunState m_state;
    QDateTime m_last;
    QDateTime m_segmentStart;
    int m_current = -1;
    bool m_started = false;
    bool m_finished = false;
    bool m_paused = false;
    qint64 m_plannedLengthSeconds = 0;
};

qint64 nextSecondBoundaryOfCountdown(qint64 remainingMs)
{
    // A countdown shows whole seconds rounded up (so 0:00 appears at zero); overtime counts up
    // in whole seconds from there.
    if (remainingMs > 0)
        return (remainingMs - 1) % 1000 + 1;
    return 1000 - (-remainingMs) % 1000;
}

} // namespace

int RunState::nextIndex() const
{
    if (status == RunStatus::Finished)
        return -1;
    const int next = current < 0 ? 0 : current + 1;
    return next < int(activities.size()) ? next : -1;
}

qint64 RunState::msUntilDisplayChanges() const
{
    switch (status) {
    case RunStatus::Finished: return -1;
    case RunStatus::NotStarted:
    case RunStatus::Paused:
        // The countdown stands still, but the projected end and the drift move with the clock.
        return 1000 - now.time().msec();
    case RunStatus::Running:
    case RunStatus::Overtime: break;
    }
    qint64 wait = nextSecondBoundaryOfCountdown(remainingMs);
    if (round && !round->over)
        wait = std::min(wait, nextSecondBoundaryOfCountdown(round->remainingMs));
    for (const BroadcastCue &cue : cues)
        if (cue.dueAtMs > spentMs)
            wait = std::min(wait, cue.dueAtMs - spentMs);
    return std::max<qint64>(1, wait);
}

int activityIndex(const Session &session, qint64 activityId)
{
    for (std::size_t i = 0; i < session.activities.size(); ++i)
        if (session.activities[i].id == activityId && activityId != 0)
            return int(i);
    return -1;
}

qint64 wrapUpMsFor(const RunPlan &plan, const Activity &activity)
{
    if (const auto own = plan.wrapUpSeconds.find(activity.id); own != plan.wrapUpSeconds.end())
        return qint64(own->second) * 1000;
    return std::min<qint64>(qint64(plan.defaultWrapUpSeconds) * 1000, qint64(activity.plannedMinutes) * minuteMs / 4);
}

QDateTime projectEnd(const RunPlan &plan, int from, QDateTime cursor, const std::vector<int> &minutes, qint64 shiftMs)
{
    const auto &activities = plan.session.activities;
    for (std::size_t i = std::size_t(std::max(0, from)); i < activities.size(); ++i) {
        const Activity &activity = activities[i];
        if (activity.fixedStart) {
            const QDateTime fixed = QDateTime(plan.session.date, *activity.fixedStart, plan.zone).addMSecs(shiftMs);
            if (fixed > cursor)
                cursor = fixed;
        }
        const int length = i < minutes.size() ? minutes[i] : activity.plannedMinutes;
        cursor = cursor.addMSecs(qint64(length) * minuteMs);
    }
    return cursor;
}

RunState computeRunState(const RunPlan &plan, const std::vector<RunEvent> &events, const QDateTime &now)
{
    Replay replay(plan, now);
    for (const RunEvent &event : events)
        replay.apply(event);
    return replay.finish();
}

QString formatDuration(qint64 ms, bool withSign)
{
    const bool negative = ms < 0;
    const qint64 total = (std::abs(ms) + 500) / 1000;
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 seconds = total % 60;
    QString text = hours > 0
                       ? QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, QChar(u'0')).arg(seconds, 2, 10, QChar(u'0'))
                       : QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, QChar(u'0'));
    if (negative && total > 0)
        text.prepend(QChar(0x2212)); // minus sign, not a hyphen
    else if (withSign && total > 0)
        text.prepend(u'+');
    return text;
}

QString formatCountdown(qint64 remainingMs)
{
    if (remainingMs > 0) {
        const qint64 seconds = (remainingMs + 999) / 1000;
        return formatDuration(seconds * 1000);
    }
    const qint64 seconds = (-remainingMs) / 1000;
    return u'+' + formatDuration(seconds * 1000);
}

QString formatDrift(qint64 behindMs)
{
    const qint64 minutes = (std::abs(behindMs) + 30'000) / minuteMs;
    if (minutes == 0)
        return Text::tr("on time");
    if (behindMs > 0)
        return Text::tr("%1 min behind").arg(minutes);
    return Text::tr("%1 min ahead").arg(minutes);
}

} // namespace sala
