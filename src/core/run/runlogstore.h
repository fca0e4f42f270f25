#pragma once
// Reads and writes the run log (table run_event) and the per-activity wrap-up warnings. Every
// event is one INSERT committed on its own, so it is on disk when append() returns.

#include "run/runevent.h"
#include "util/expected.h"

#include <map>
#include <optional>
#include <vector>

namespace sala {

class Store;

class RunLogStore final {
public:
    explicit RunLogStore(Store &store) : m_store(store) {}

    // Stores the event and fills in its id. Joins the caller's transaction when one is open.
    Status append(RunEvent &event);
    // The session's log in the order it was written. Rows this build cannot read (an unknown
    // kind written by a newer Sala) are left out rather than failing the whole log.
    Expected<std::vector<RunEvent>> events(qint64 sessionId) const;
    // The session with the most recent log entry, or 0 when no session was ever run.
    Expected<qint64> lastRunSession() const;

    // Activity id → seconds of wrap-up warning, for the activities of the session that have one.
    Expected<std::map<qint64, int>> wrapUpSeconds(qint64 sessionId) const;
    // Sets the activity's own wrap-up warning; nullopt goes back to the default.
    Status setWrapUpSeconds(qint64 activityId, std::optional<int> seconds);

    // How run times are written: ISO 8601 UTC with milliseconds.
    static QString timeText(const QDateTime &utc);

private:
    Store &m_store;
};

} // namespace sala
