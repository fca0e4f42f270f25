#pragma once
// The open workshop's roster as it changes during preparation and the live session: every
// edit, check-in and erasure is written to the store first, then applied to this copy, and the
// views (roster table, check-in panel) are told exactly what changed. One per WorkshopContext.

#include "domain/participant.h"
#include "roster/attendance.h"

#include <QObject>

#include <map>
#include <set>
#include <vector>

namespace sala {

class WorkshopContext;

class LiveRoster final : public QObject {
    Q_OBJECT
public:
    // The roster of `context`, created on first use as a child of the context, so that every
    // view of the same workshop shares one copy.
    static LiveRoster &of(WorkshopContext &context);

    WorkshopContext &context() const { return m_context; }
    const std::vector<Participant> &people() const { return m_people; }
    int rowOf(qint64 participantId) const;
    const Participant *byId(qint64 participantId) const;

    // The current session: who is expected (everyone enrolled unless left out) and who came. The
    // counts are of participants: the team (facilitators, interpreters, observers) is not counted.
    qint64 sessionId() const { return m_sessionId; }
    bool isExpected(qint64 participantId) const;
    int expectedCount() const;
    PersonAttendance attendanceOf(qint64 participantId) const;
    int presentCount() const;
    const std::vector<AttendanceEvent> &events() const { return m_events; }

    // Each writes to the store first; on failure it reports through errorOccurred and returns
    // false, leaving the copy as it was. Undo commands call these (see commands/rostercommands.h).
    bool update(const std::vector<Participant> &participants);
    // Inserts the person (filling in the id) and enrols them in the workshop.
    bool add(Participant &participant);
    // Deletes a record created by add(): the undo of adding.
    bool deleteRecord(qint64 participantId);
    bool removeFromRoster(qint64 participantId);
    bool returnToRoster(const Participant &participant, bool expected);
    bool setExpected(const std::vector<qint64> &participantIds, bool expected);
    bool recordAttendance(AttendanceEvent &event);
    bool removeAttendance(qint64 eventId);
    // Erasure cannot be undone: it also clears the undo history, which holds copies of the data.
    bool erase(const std::vector<qint64> &participantIds);
    bool eraseWorkshopPersonalData();

    // Reads the roster, session expectations and check-ins again (after an import).
    void reload();

Q_SIGNALS:
    void reset();
    void participantChanged(int row);
    // Pairs around a change of the row count, as item models need them.
    void participantAboutToBeAdded(int row);
    void participantAdded(int row);
    void participantAboutToBeRemoved(int row);
    void participantRemoved(int row);
    void expectationChanged();
    // A check-in changed; the person's details did not.
    void attendanceChanged(qint64 participantId);
    void errorOccurred(const QString &message);

private:
    explicit LiveRoster(WorkshopContext &context);
    void reloadSession();
    bool report(const QString &message);

    WorkshopContext &m_context;
    std::vector<Participant> m_people;
    qint64 m_sessionId = 0;
    std::set<qint64> m_excluded;
    std::vector<AttendanceEvent> m_events;
    std::map<qint64, PersonAttendance> m_attendance;
};

} // namespace sala
