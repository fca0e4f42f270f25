#pragma once
// The workshop and session the user is looking at, shared by every mode. Views read from it and
// listen for changes; it owns the loaded copy of the plan and the roster.

#include "domain/participant.h"
#include "domain/plan.h"
#include "store/planstore.h"

#include <QObject>
#include <QTimeZone>
#include <QUndoStack>

#include <vector>

namespace sala {

class Store;

class WorkshopContext final : public QObject {
    Q_OBJECT
public:
    explicit WorkshopContext(Store &store, QObject *parent = nullptr);

    Store &store() const { return m_store; }
    const std::vector<WorkshopSummary> &workshops() const { return m_workshops; }
    const Workshop &workshop() const { return m_workshop; }
    bool hasWorkshop() const { return m_workshop.id != 0; }
    const std::vector<Participant> &roster() const { return m_roster; }
    // The roster as the live roster (LiveRoster) last changed it: edits, check-ins, walk-ins.
    void setRoster(std::vector<Participant> people);

    // The current session, or nullptr when the workshop has none.
    const Session *session() const;
    int sessionIndex() const { return m_sessionIndex; }

    QTimeZone primaryZone() const;
    // The workshop's second zone, else the one chosen in Preferences; invalid when neither.
    QTimeZone secondaryZone() const;

    // Reloads the list of workshops; returns false and reports through errorOccurred on failure.
    bool reloadWorkshops();
    bool selectWorkshop(qint64 id);
    void selectSession(int index);
    // Reads the open workshop again, keeping the session; for changes made outside the views.
    void reloadCurrent();

    // Edits of the open workshop. Each writes to the store first and changes the loaded copy
    // only when the write succeeded; on failure it reports through errorOccurred and returns
    // false. Views never call these directly: undo commands do (see commands/plancommands.h).
    bool updateWorkshopFields(const Workshop &fields);
    bool updateSessionFields(int session, const Session &fields);
    bool updateActivity(int session, int row, const Activity &activity);
    bool insertActivity(int session, int row, Activity activity);
    bool removeActivity(int session, int row);
    bool moveActivity(int session, int from, int to);
    bool insertSession(int index, Session session);
    bool removeSession(int index);
    // Creates a workshop and opens it.
    bool createWorkshop(Workshop workshop);

    const Activity *activity(int session, int row) const;
    const Session *sessionAt(int index) const;

    // One undo history per open workshop; cleared when another workshop is opened.
    QUndoStack *undoStack() { return &m_undoStack; }

Q_SIGNALS:
    void workshopsChanged();
    void workshopChanged();
    void sessionChanged();
    void errorOccurred(const QString &message);
    void workshopFieldsChanged();
    void rosterChanged();
    void sessionFieldsChanged(int session);
    void sessionsInsertedOrRemoved();
    void activityChanged(int session, int row);
    void activityInserted(int session, int row);
    void activityRemoved(int session, int row);
    void activityMoved(int session, int from, int to);

private:
    Store &m_store;
    std::vector<WorkshopSummary> m_workshops;
    Workshop m_workshop;
    std::vector<Participant> m_roster;
    int m_sessionIndex = -1;
    QUndoStack m_undoStack;
};

} // namespace sala
