#pragma once
// The run of the session open in the WorkshopContext, shared by the run panel and the presenter
// timer. It wakes only when something displayed changes (the next whole second of a countdown,
// a broadcast falling due), plays the chimes and follows plan edits made during the run.

#include "presenter/chimeplayer.h"
#include "run/runengine.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace sala {

class WorkshopContext;

class LiveSession final : public QObject {
    Q_OBJECT
public:
    explicit LiveSession(WorkshopContext &context, QObject *parent = nullptr);
    ~LiveSession() override;

    // Tests drive time with a ManualClock; the engine is rebuilt on it from the stored log.
    void setClock(Clock &clock);
    Clock &clock() const { return *m_clock; }

    RunEngine &engine() const { return *m_engine; }
    // As of the last refresh.
    const RunState &state() const { return m_state; }
    const std::optional<TrimSuggestion> &trimSuggestion() const { return m_trim; }
    ChimePlayer &chimes() { return m_chimes; }
    // The timer that wakes the session up; for tests and the CPU benchmark.
    const QTimer &ticker() const { return m_ticker; }
    int refreshCount() const { return m_refreshCount; }

    // Runs an engine action; a refusal is reported through actionRefused. Returns success.
    bool perform(const std::function<Status(RunEngine &)> &action);
    // Recomputes the state from the clock, announces what changed and sleeps until the display
    // changes next.
    void refresh();

Q_SIGNALS:
    void stateChanged();
    // The phase of the running activity changed while the facilitator was watching (not when
    // a run is reopened or another activity starts).
    void phaseChanged(sala::TimerPhase phase);
    void broadcastDue(const sala::BroadcastCue &cue);
    void actionRefused(const QString &message);

private:
    void reload();
    void planEdited();
    RunPlan currentPlan() const;

    WorkshopContext &m_context;
    std::unique_ptr<Clock> m_systemClock;
    Clock *m_clock;
    std::unique_ptr<RunEngine> m_engine;
    RunState m_state;
    std::optional<TrimSuggestion> m_trim;
    ChimePlayer m_chimes;
    QTimer m_ticker;
    int m_refreshCount = 0;
};

} // namespace sala
