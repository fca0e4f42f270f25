#pragma once
// Runs one session live: each action is written to the run log the moment it happens, and the
// state is always recomputed from the log and the clock, so the engine holds nothing that a
// killed process could lose.

#include "run/clock.h"
#include "run/runstate.h"
#include "run/trimsuggestion.h"
#include "util/expected.h"

#include <optional>
#include <vector>

namespace sala {

class Store;

class RunEngine final {
public:
    // Without a store the log lives in memory only (benchmarks, previews).
    explicit RunEngine(Clock &clock, Store *store = nullptr);
    Q_DISABLE_COPY_MOVE(RunEngine)

    // Opens the session: reads its log and wrap-up warnings from the store.
    Status load(RunPlan plan);
    // The plan was edited while the run goes on: the log stays, the state follows the new plan.
    void setPlan(RunPlan plan);
    const RunPlan &plan() const { return m_plan; }
    qint64 sessionId() const { return m_plan.session.id; }
    const std::vector<RunEvent> &events() const { return m_events; }

    // The wall time by the monotonic clock: immune to the wall clock being set while Sala runs.
    QDateTime now() const;
    RunState state() const { return computeRunState(m_plan, m_events, now()); }
    std::optional<TrimSuggestion> trimSuggestion() const { return suggestTrim(m_plan, state()); }

    // Each action fails with a message the facilitator can act on when it makes no sense now
    // (pausing a session that has not started); nothing is logged then.
    Status start();    // from the first activity
    Status next();     // on the last activity this finishes the session
    Status previous(); // after the finish this goes back to the last activity
    Status jumpTo(int index);
    Status pause();
    Status resume();
    Status togglePause();          // and starts the session when it has not started
    Status adjust(qint64 seconds); // + extends, − shortens the current activity
    Status setRemaining(qint64 seconds);
    Status openRooms();
    Status finish();
    Status reset();

    Status setWrapUpSeconds(int index, std::optional<int> seconds);
    void setDefaultWrapUpSeconds(int seconds) { m_plan.defaultWrapUpSeconds = seconds; }

private:
    Status record(RunEventKind kind, qint64 activityId, qint64 seconds = 0);
    qint64 activityIdAt(int index) const;

    Clock &m_clock;
    Store *m_store;
    QDateTime m_wallAnchor;
    qint64 m_monotonicAnchor;
    RunPlan m_plan;
    std::vector<RunEvent> m_events;
};

} // namespace sala
