#pragma once
// The workshop and session the user is looking at, shared by every mode. Views read from it and
// listen for changes; it owns the loaded copy of the plan and the roster.

#include "domain/participant.h"
#include "domain/plan.h"
#include "store/planstore.h"

#include <QObject>
#include <QTimeZone>

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

Q_SIGNALS:
    void workshopsChanged();
    void workshopChanged();
    void sessionChanged();
    void errorOccurred(const QString &message);

private:
    Store &m_store;
    std::vector<WorkshopSummary> m_workshops;
    Workshop m_workshop;
    std::vector<Participant> m_roster;
    int m_sessionIndex = -1;
};

} // namespace sala
