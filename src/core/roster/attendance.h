#pragma once
// Live check-in: each action (arrived, late, left, rejoined) is an event with its time, stored
// at once; a person's state in a session is their latest event.

#include "util/expected.h"

#include <QDateTime>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace sala {

class Store;

enum class AttendanceKind { Arrived, Late, Left, Rejoined };

QString key(AttendanceKind kind);
std::optional<AttendanceKind> attendanceKindFromKey(const QString &key);

struct AttendanceEvent {
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 participantId = 0;
    AttendanceKind kind = AttendanceKind::Arrived;
    QDateTime at; // UTC
    bool operator==(const AttendanceEvent &) const = default;
};

enum class AttendanceState { NotArrived, Present, Late, Left, Rejoined };

QString displayName(AttendanceState state);
// Present, late and rejoined people are in the room.
bool isInRoom(AttendanceState state);

struct PersonAttendance {
    AttendanceState state = AttendanceState::NotArrived;
    std::optional<QDateTime> firstArrival;
    std::optional<QDateTime> lastChange;
};

// Folds a session's events (in the order they happened) into each person's state.
std::map<qint64, PersonAttendance> attendanceByPerson(const std::vector<AttendanceEvent> &events);

class AttendanceStore final {
public:
    explicit AttendanceStore(Store &store) : m_store(store) {}

    // Stores the event and fills in its id.
    Status record(AttendanceEvent &event);
    Status remove(qint64 eventId);
    // In the order they happened.
    Expected<std::vector<AttendanceEvent>> eventsOf(qint64 sessionId) const;
    Expected<std::vector<AttendanceEvent>> eventsOfParticipant(qint64 participantId) const;

private:
    Store &m_store;
};

} // namespace sala
