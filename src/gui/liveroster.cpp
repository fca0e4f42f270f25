#include "liveroster.h"

#include "store/rosterstore.h"
#include "store/store.h"
#include "workshopcontext.h"

#include <algorithm>

namespace sala {

LiveRoster &LiveRoster::of(WorkshopContext &context)
{
    if (auto *existing = context.findChild<LiveRoster *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new LiveRoster(context);
}

LiveRoster::LiveRoster(WorkshopContext &context) : QObject(&context), m_context(context)
{
    connect(&m_context, &WorkshopContext::workshopChanged, this, &LiveRoster::reload);
    connect(&m_context, &WorkshopContext::sessionChanged, this, [this] {
        reloadSession();
        Q_EMIT reset();
    });
    connect(&m_context, &WorkshopContext::sessionsInsertedOrRemoved, this, [this] {
        reloadSession();
        Q_EMIT reset();
    });
    reload();
}

bool LiveRoster::report(const QString &message)
{
    Q_EMIT errorOccurred(message);
    Q_EMIT m_context.errorOccurred(message);
    return false;
}

void LiveRoster::reload()
{
    m_people.clear();
    if (m_context.hasWorkshop()) {
        auto people = RosterStore(m_context.store()).participantsOf(m_context.workshop().id);
        if (people)
            m_people = std::move(people.value());
        else
            Q_EMIT errorOccurred(people.error().message);
    }
    reloadSession();
    Q_EMIT reset();
}

void LiveRoster::reloadSession()
{
    m_excluded.clear();
    m_events.clear();
    m_attendance.clear();
    const Session *session = m_context.session();
    m_sessionId = session ? session->id : 0;
    if (m_sessionId == 0)
        return;
    if (auto excluded = RosterStore(m_context.store()).excludedFrom(m_sessionId))
        m_excluded = std::move(excluded.value());
    if (auto events = AttendanceStore(m_context.store()).eventsOf(m_sessionId)) {
        m_events = std::move(events.value());
        m_attendance = attendanceByPerson(m_events);
    }
}

int LiveRoster::rowOf(qint64 participantId) const
{
    const auto it = std::find_if(m_people.begin(), m_people.end(), [&](const Participant &p) { return p.id == participantId; });
    return it == m_people.end() ? -1 : int(it - m_people.begin());
}

const Participant *LiveRoster::byId(qint64 participantId) const
{
    const int row = rowOf(participantId);
    return row < 0 ? nullptr : &m_people[std::size_t(row)];
}

bool LiveRoster::isExpected(qint64 participantId) const
{
    return m_sessionId != 0 && m_excluded.count(participantId) == 0;
}

int LiveRoster::expectedCount() const
{
    return int(std::count_if(m_people.begin(), m_people.end(),
                             [this](const Participant &p) { return !p.erasedAt && isCounted(p.role) && isExpected(p.id); }));
}

PersonAttendance LiveRoster::attendanceOf(qint64 participantId) const
{
    const auto it = m_attendance.find(participantId);
    return it == m_attendance.end() ? PersonAttendance{} : it->second;
}

int LiveRoster::presentCount() const
{
    int count = 0;
    for (const auto &[id, person] : m_attendance)
        if (const Participant *p = byId(id); p && isCounted(p->role) && isInRoom(person.state))
            ++count;
    return count;
}

bool LiveRoster::update(const std::vector<Participant> &participants)
{
    if (Status s = RosterStore(m_context.store()).updateParticipants(participants, m_context.workshop().id); !s)
        return report(s.error().message);
    for (const Participant &p : participants) {
        const int row = rowOf(p.id);
        if (row < 0)
            continue;
        m_people[std::size_t(row)] = p;
        Q_EMIT participantChanged(row);
    }
    return true;
}

bool LiveRoster::add(Participant &participant)
{
    if (!m_context.hasWorkshop())
        return false;
    RosterStore roster(m_context.store());
    Participant fresh = participant;
    if (Status s = roster.insertParticipant(fresh); !s) {
        // The old id of an undone insertion may have been given to someone else since.
        fresh.id = 0;
        if (participant.id == 0 || !roster.insertParticipant(fresh))
            return report(s.error().message);
    }
    if (Status s = roster.enrol(m_context.workshop().id, fresh.id, fresh.role); !s) {
        // The record is useless off the roster; the enrolment error is the one to report.
        Status cleaned = roster.deleteParticipant(fresh.id);
        Q_UNUSED(cleaned);
        return report(s.error().message);
    }
    participant.id = fresh.id;
    const int row = int(m_people.size());
    Q_EMIT participantAboutToBeAdded(row);
    m_people.push_back(fresh);
    Q_EMIT participantAdded(row);
    return true;
}

bool LiveRoster::deleteRecord(qint64 participantId)
{
    const int row = rowOf(participantId);
    if (Status s = RosterStore(m_context.store()).deleteParticipant(participantId); !s)
        return report(s.error().message);
    std::erase_if(m_events, [&](const AttendanceEvent &e) { return e.participantId == participantId; });
    m_attendance.erase(participantId);
    m_excluded.erase(participantId);
    if (row >= 0) {
        Q_EMIT participantAboutToBeRemoved(row);
        m_people.erase(m_people.begin() + row);
        Q_EMIT participantRemoved(row);
    }
    return true;
}

bool LiveRoster::removeFromRoster(qint64 participantId)
{
    const int row = rowOf(participantId);
    if (row < 0 || !m_context.hasWorkshop())
        return false;
    if (Status s = RosterStore(m_context.store()).unenrol(m_context.workshop().id, participantId); !s)
        return report(s.error().message);
    m_excluded.erase(participantId);
    Q_EMIT participantAboutToBeRemoved(row);
    m_people.erase(m_people.begin() + row);
    Q_EMIT participantRemoved(row);
    return true;
}

bool LiveRoster::returnToRoster(const Participant &participant, bool expected)
{
    if (!m_context.hasWorkshop())
        return false;
    RosterStore roster(m_context.store());
    if (Status s = roster.enrol(m_context.workshop().id, participant.id, participant.role); !s)
        return report(s.error().message);
    if (!expected && m_sessionId != 0) {
        if (Status s = roster.setExpectedAt(m_sessionId, participant.id, false); !s)
            return report(s.error().message);
        m_excluded.insert(participant.id);
    }
    auto fresh = roster.participant(participant.id);
    if (!fresh)
        return report(fresh.error().message);
    fresh->role = participant.role;
    // Rows stay in id order, as the store reads them.
    const auto at = std::lower_bound(m_people.begin(), m_people.end(), participant.id,
                                     [](const Participant &p, qint64 id) { return p.id < id; });
    const int row = int(at - m_people.begin());
    Q_EMIT participantAboutToBeAdded(row);
    m_people.insert(m_people.begin() + row, std::move(fresh.value()));
    Q_EMIT participantAdded(row);
    return true;
}

bool LiveRoster::setExpected(const std::vector<qint64> &participantIds, bool expected)
{
    if (m_sessionId == 0)
        return false;
    RosterStore roster(m_context.store());
    for (const qint64 id : participantIds) {
        if (Status s = roster.setExpectedAt(m_sessionId, id, expected); !s)
            return report(s.error().message);
        if (expected)
            m_excluded.erase(id);
        else
            m_excluded.insert(id);
        if (const int row = rowOf(id); row >= 0)
            Q_EMIT participantChanged(row);
    }
    Q_EMIT expectationChanged();
    return true;
}

bool LiveRoster::recordAttendance(AttendanceEvent &event)
{
    event.id = 0;
    if (Status s = AttendanceStore(m_context.store()).record(event); !s)
        return report(s.error().message);
    m_events.push_back(event);
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const AttendanceEvent &a, const AttendanceEvent &b) { return a.at < b.at; });
    m_attendance = attendanceByPerson(m_events);
    Q_EMIT attendanceChanged(event.participantId);
    return true;
}

bool LiveRoster::removeAttendance(qint64 eventId)
{
    const auto it = std::find_if(m_events.begin(), m_events.end(), [&](const AttendanceEvent &e) { return e.id == eventId; });
    if (it == m_events.end())
        return false;
    if (Status s = AttendanceStore(m_context.store()).remove(eventId); !s)
        return report(s.error().message);
    const qint64 participantId = it->participantId;
    m_events.erase(it);
    m_attendance = attendanceByPerson(m_events);
    Q_EMIT attendanceChanged(participantId);
    return true;
}

bool LiveRoster::erase(const std::vector<qint64> &participantIds)
{
    auto outcome = RosterStore(m_context.store()).erase(participantIds);
    // The undo history holds copies of the person's data in memory; it must go too.
    m_context.undoStack()->clear();
    if (!outcome) {
        m_context.reloadCurrent();
        return report(outcome.error().message);
    }
    // Every mode's copy of the roster must lose the person too, not only this one.
    m_context.reloadCurrent();
    return true;
}

bool LiveRoster::eraseWorkshopPersonalData()
{
    if (!m_context.hasWorkshop())
        return false;
    auto outcome = RosterStore(m_context.store()).eraseWorkshopPersonalData(m_context.workshop().id);
    m_context.undoStack()->clear();
    m_context.reloadCurrent();
    if (!outcome)
        return report(outcome.error().message);
    return true;
}

} // namespace sala
