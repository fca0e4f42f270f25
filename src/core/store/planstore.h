#pragma once
// Reads and writes workshops, sessions and activities. Every write runs in one transaction.

#include "domain/plan.h"
#include "util/expected.h"

#include <unordered_map>
#include <vector>

class QSqlQuery;

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
    // Field edits: the row is found by id; children are left alone unless named.
    Status updateWorkshop(const Workshop &workshop); // title, organizer, platform, zones, language, description
    Status deleteWorkshop(qint64 workshopId);
    Status updateSession(const Session &session); // title, date, start, target end
    Status insertSessionAt(qint64 workshopId, int position, Session &session);
    Status deleteSession(qint64 sessionId);
    Status updateActivity(const Activity &activity); // every field, materials and breakout included
    Status insertActivityAt(qint64 sessionId, int position, Activity &activity);
    Status deleteActivity(qint64 activityId);
    Status moveActivity(qint64 sessionId, int from, int to);

    Expected<std::vector<WorkshopSummary>> workshops() const;
    // The workshop a session belongs to; NotFound when there is no such session.
    Expected<qint64> workshopOfSession(qint64 sessionId) const;
    Expected<Workshop> loadWorkshop(qint64 id) const;

private:
    Status insertSession(qint64 workshopId, int position, Session &session);
    Status insertActivity(qint64 sessionId, int position, Activity &activity);
    Status writeActivityChildren(const Activity &activity);

    // Sessions within a workshop and activities within a session keep a dense position.
    struct ChildRows {
        QString table;
        QString parentColumn;
    };
    static ChildRows sessionRows() { return {QStringLiteral("session"), QStringLiteral("workshop_id")}; }
    static ChildRows activityRows() { return {QStringLiteral("activity"), QStringLiteral("session_id")}; }
    // Puts row `id` at `position` among its siblings; with id 0 it only closes gaps.
    Status placeChild(const ChildRows &rows, qint64 parentId, qint64 id, int position);
    Status deleteChild(const ChildRows &rows, qint64 id, const QString &what, const QString &gone);
    Status childIds(const ChildRows &rows, qint64 parentId, std::vector<qint64> &ids,
                    std::unordered_map<qint64, int> &positions) const;
    Status renumber(const ChildRows &rows, const std::vector<qint64> &orderedIds,
                    const std::unordered_map<qint64, int> &positions);
    static Status execOne(QSqlQuery &query, const QString &what);

    Store &m_store;
};

} // namespace sala
