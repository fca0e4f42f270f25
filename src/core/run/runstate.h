#pragma once
// The state of a live session as a pure function of the plan, the run log and the time: which
// activity runs, how much of it is left, the breakout round, which broadcast is due, and how far
// the session is ahead of or behind its plan.

#include "domain/plan.h"
#include "run/runevent.h"

#include <QDateTime>
#include <QTimeZone>

#include <map>
#include <optional>
#include <vector>

namespace sala {

// Everything the run state depends on apart from the log and the time.
struct RunPlan {
    Session session;                     // activities in the order they run; ids tie the log to them
    QTimeZone zone;                      // the workshop's zone: clock times of the plan and of fixed starts
    std::map<qint64, int> wrapUpSeconds; // activity id → its own wrap-up warning
    int defaultWrapUpSeconds = 120;
};

enum class RunStatus { NotStarted, Running, Paused, Overtime, Finished };

// What the timer shows, whatever the status: the phase follows the time left alone.
enum class TimerPhase { Normal, WrapUp, Overtime };

// What happened to one activity of the plan during the run.
struct ActivityRun {
    qint64 spentMs = 0; // running time while it was the current activity; pauses excluded
    qint64 pausedMs = 0;
    int pauses = 0;
    qint64 adjustedMs = 0; // time added (or, when negative, taken) during the run
    int adjustments = 0;
    int visits = 0; // how often it became the current activity
    QDateTime firstStarted;
    QDateTime lastLeft;
    bool roomsOpened = false;
    qint64 roomsOpenedAtMs = 0; // its running time when the rooms opened
};

struct RoundState {
    int number = 1; // 1-based; equals count once every round is over
    int count = 1;
    qint64 lengthMs = 0;
    qint64 remainingMs = 0; // in this round; 0 once every round is over
    bool over = false;
};

// A broadcast text of the plan at the moment it becomes due in one round.
struct BroadcastCue {
    int round = 1;      // 1-based
    int index = 0;      // in the activity's broadcasts
    qint64 dueAtMs = 0; // in the activity's running time
    QString text;
};

struct RunState {
    RunStatus status = RunStatus::NotStarted;
    int current = -1;     // index of the running activity; -1 before the start and after the finish
    qint64 allowedMs = 0; // the current activity's planned time with adjustments
    qint64 spentMs = 0;
    qint64 remainingMs = 0; // negative in overtime
    TimerPhase phase = TimerPhase::Normal;
    qint64 wrapUpMs = 0;

    std::optional<RoundState> round; // when the current activity has breakout rounds
    std::vector<BroadcastCue> cues;  // the current activity's, in the order they fall due
    int dueCue = -1;                 // the latest cue that is due, -1 for none

    QDateTime now;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime plannedStart;
    QDateTime plannedEnd; // the session's target end, else the plan's end when it started
    // A run that starts far from its planned start (a rehearsal, a session moved without editing
    // its date) is measured against the plan moved to the real start: this is how far it moved.
    qint64 planShiftMs = 0;
    QDateTime projectedEnd; // when the session ends if the rest runs as planned from now
    qint64 behindMs = 0;    // projected minus planned end: positive behind, negative ahead
    qint64 pausedMs = 0;    // all pauses of the run together

    std::vector<ActivityRun> activities; // one per activity of the plan, same order

    bool started() const { return status != RunStatus::NotStarted; }
    bool paused() const { return status == RunStatus::Paused; }
    // The activity after the current one; the first one before the start; -1 for none.
    int nextIndex() const;
    // Milliseconds until what is displayed (whole seconds, minutes of drift) next changes;
    // -1 when nothing changes until the user acts.
    qint64 msUntilDisplayChanges() const;
};

RunState computeRunState(const RunPlan &plan, const std::vector<RunEvent> &events, const QDateTime &now);

// The index of the activity with this id in the plan, or -1.
int activityIndex(const Session &session, qint64 activityId);

// The wrap-up warning of an activity: its own, else the default capped at a quarter of its time.
qint64 wrapUpMsFor(const RunPlan &plan, const Activity &activity);

// The end of the session if the activities from `from` on start no earlier than `cursor`,
// each taking `minutes[i]` (or its planned minutes when `minutes` is empty), fixed starts kept
// (moved by `shiftMs` along with the plan).
QDateTime projectEnd(const RunPlan &plan, int from, QDateTime cursor, const std::vector<int> &minutes = {}, qint64 shiftMs = 0);

// How far from its planned start a run may start and still be measured against the clock times
// of the plan: three hours.
constexpr qint64 runShiftThresholdMs = 3 * 3600 * 1000;

// "12:34", "1:02:03" for a countdown (rounded up to the second); overtime as "+0:42".
QString formatCountdown(qint64 remainingMs);
// "+3 min", "−2 min", "on time": how far behind (positive) or ahead a session is, in minutes.
QString formatDrift(qint64 behindMs);
// "12:34" for a duration in ms rounded to the nearest second, with a sign when asked.
QString formatDuration(qint64 ms, bool withSign = false);

} // namespace sala
