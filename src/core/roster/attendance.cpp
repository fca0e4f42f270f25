#include "roster/attendance.h"

#include "store/sqlerror.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::Attendance)
};

Expected<std::vector<AttendanceEvent>> readEvents(QSqlQuery &query)
{
    if (Status s = exec(query, Text::tr("read the check-ins")); !s)
        return s.error();
    std::vector<AttendanceEvent> events;
    while (query.next()) {
        AttendanceEvent e;
        e.id = query.value(0).toLongLong();
        e.sessionId = query.value(1).toLongLong();
        e.participantId = query.value(2).toLongLong();
        e.kind = attendanceKindFromKey(query.value(3).toString()).value_or(AttendanceKind::Arrived);
        e.at = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toUTC();
        events.push_back(e);
    }
    return events;
}

} // namespace

QString key(AttendanceKind kind)
{
    switch (kind) {
    case AttendanceKind::Arrived: return QStringLiteral("arrived");
    case AttendanceKind::Late: return QStringLiteral("late");
    case AttendanceKind::Left: return QStringLiteral("left");
    case AttendanceKind::Rejoined: return QStringLiteral("rejoined");
    }
    return {};
}

std::optional<AttendanceKind> attendanceKindFromKey(const QString &key)
{
    for (const AttendanceKind kind :
         {AttendanceKind::Arrived, AttendanceKind::Late, AttendanceKind::Left, AttendanceKind::Rejoined})
        if (sala::key(kind) == key)
            return kind;
    return std::nullopt;
}

QString displayName(AttendanceState state)
{
    switch (state) {
    case AttendanceState::NotArrived: return Text::tr("Not arrived");
    case AttendanceState::Present: return Text::tr("Present");
    case AttendanceState::Late: return Text::tr("Late");
    case AttendanceState::Left: return Text::tr("Left");
    case AttendanceState::Rejoined: return Text::tr("Rejoined");
    }
    return {};
}

bool isInRoom(AttendanceState state)
{
    return state == AttendanceState::Present || state == AttendanceState::Late || state == AttendanceState::Rejoined;
}

std::map<qint64, PersonAttendance> attendanceByPerson(const std::vector<AttendanceEvent> &events)
{
    std::map<qint64, PersonAttendance> result;
    for (const AttendanceEvent &e : events) {
        PersonAttendance &person = result[e.participantId];
        switch (e.kind) {
        case AttendanceKind::Arrived: person.state = AttendanceState::Present; break;
        case AttendanceKind::Late: person.state = AttendanceState::Late; break;
        case AttendanceKind::Left: person.state = AttendanceState::Left; break;
        case AttendanceKind::Rejoined: person.state = AttendanceState::Rejoined; break;
        }
        if (!person.firstArrival && (e.kind == AttendanceKind::Arrived || e.kind == AttendanceKind::Late))
            person.firstArrival = e.at;
        person.lastChange = e.at;
    }
    return result;
}

Status AttendanceStore::record(AttendanceEvent &event)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO attendance_event (session_id, participant_id, kind, at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(event.sessionId);
    query.addBindValue(event.participantId);
    query.addBindValue(key(event.kind));
    query.addBindValue(event.at.toUTC().toString(Qt::ISODateWithMs));
    if (Status s = exec(query, Text::tr("record the check-in")); !s)
        return s;
    event.id = query.lastInsertId().toLongLong();
    return success();
}

Status AttendanceStore::remove(qint64 eventId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM attendance_event WHERE id = ?"));
    query.addBindValue(eventId);
    return exec(query, Text::tr("undo the check-in"));
}

Expected<std::vector<AttendanceEvent>> AttendanceStore::eventsOf(qint64 sessionId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, session_id, participant_id, kind, at FROM attendance_event WHERE session_id = ? "
                                 "ORDER BY at, id"));
    query.addBindValue(sessionId);
    return readEvents(query);
}

Expected<std::vector<AttendanceEvent>> AttendanceStore::eventsOfParticipant(qint64 participantId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, session_id, participant_id, kind, at FROM attendance_event "
                                 "WHERE participant_id = ? ORDER BY at, id"));
    query.addBindValue(participantId);
    return readEvents(query);
}

} // namespace sala
