#pragma once
// One entry of a session's run log: something the facilitator did, and when. The live state of
// a run is computed from these entries and the clock, never kept anywhere else.

#include <QDateTime>
#include <QString>

#include <optional>

namespace sala {

enum class RunEventKind {
    Start,    // the session starts, with the activity in activityId
    Next,     // moved on to activityId
    Previous, // went back to activityId
    Jump,     // went straight to activityId
    Pause,
    Resume,
    Adjust,       // `seconds` more (or, when negative, less) time for the current activity
    SetRemaining, // the current activity has exactly `seconds` left from now
    OpenRooms,    // the breakout rooms opened now: the rounds of the current activity count from here
    Finish,
    Reset, // a rehearsal is over: what came before is history, the session has not started
};

struct RunEvent {
    qint64 id = 0; // order in the log; 0 until stored
    qint64 sessionId = 0;
    QDateTime at; // UTC
    RunEventKind kind = RunEventKind::Start;
    qint64 activityId = 0; // the activity concerned, 0 for none
    qint64 seconds = 0;    // Adjust and SetRemaining
    bool operator==(const RunEvent &) const = default;
};

// Stable keys stored in the database; they never change once released.
QString key(RunEventKind kind);
std::optional<RunEventKind> runEventKindFromKey(const QString &text);

} // namespace sala
