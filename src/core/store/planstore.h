#pragma once
// Reads and writes workshops, sessions and activities. Every write runs in one transaction.

#include "domain/plan.h"
#include "util/expected.h"

#include <vector>

namespace sala {

class Store;

struct WorkshopSummary {
    qint64 id = 0;
    QString title;
    int sessionCount = 0;
};

class PlanStore final {
public:
    explicit PlanStore(Store &store) : m_store(store) {}

    // Inserts the workshop with all its sessions and activities; fills in the new ids.
    Status insertWorkshop(Workshop &workshop);
    // Adds the session (with its activities) after the workshop's last session; fills in ids.
    Status appendSession(qint64 workshopId, Session &session);
    Expected<std::vector<WorkshopSummary>> workshops() const;
    Expected<Workshop> loadWorkshop(qint64 id) const;

private:
    Status insertSession(qint64 workshopId, int position, Session &session);
    Status insertActivity(qint64 sessionId, int position, Activity &activity);

    Store &m_store;
};

} // namespace sala
