#include "run/runengine.h"

#include "plan/schedule.h"
#include "run/runlogstore.h"

#include <QCoreApplication>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RunEngine)
};

Error refused(const QString &message)
{
    return {ErrorCode::Usage, message};
}

} // namespace

RunEngine::RunEngine(Clock &clock, Store *store)
    : m_clock(clock), m_store(store), m_wallAnchor(clock.utcNow()), m_monotonicAnchor(clock.monotonicMs())
{
}

QDateTime RunEngine::now() const
{
    return m_wallAnchor.addMSecs(m_clock.monotonicMs() - m_monotonicAnchor);
}

Status RunEngine::load(RunPlan plan)
{
    std::vector<RunEvent> events;
    if (m_store && plan.session.id > 0) {
        RunLogStore log(*m_store);
        auto stored = log.events(plan.session.id);
        if (!stored)
            return stored.error();
        auto wrapUps = log.wrapUpSeconds(plan.session.id);
        if (!wrapUps)
            return wrapUps.error();
        events = std::move(stored.value());
        plan.wrapUpSeconds = std::move(wrapUps.value());
    }
    m_plan = std::move(plan);
    m_events = std::move(events);
    return success();
}

void RunEngine::setPlan(RunPlan plan)
{
    plan.wrapUpSeconds = m_plan.wrapUpSeconds;
    m_plan = std::move(plan);
}

qint64 RunEngine::activityIdAt(int index) const
{
    const auto &activities = m_plan.session.activities;
    return index >= 0 && index < int(activities.size()) ? activities[std::size_t(index)].id : 0;
}

Status RunEngine::record(RunEventKind kind, qint64 activityId, qint64 seconds)
{
    RunEvent event;
    event.sessionId = m_plan.session.id;
    event.at = now();
    event.kind = kind;
    event.activityId = activityId;
    event.seconds = seconds;
    // Stored first: an action the facilitator saw take effect is on disk.
    if (m_store) {
        if (Status s = RunLogStore(*m_store).append(event); !s)
            return s;
    } else {
        event.id = m_events.empty() ? 1 : m_events.back().id + 1;
    }
    m_events.push_back(std::move(event));
    return success();
}

Status RunEngine::start()
{
    if (m_plan.session.activities.empty())
        return refused(Text::tr("This session has no activities yet: add them in Plan mode, then start it."));
    const RunState s = state();
    if (s.started() && s.status != RunStatus::Finished)
        return refused(Text::tr("The session is already running."));
    if (s.status == RunStatus::Finished)
        return refused(Text::tr("The session is finished. Use Start over to run it again."));
    // The planned length is kept with the start, so that trimming the plan later does not move
    // the end the session is measured against.
    const Schedule schedule = computeSchedule(m_plan.session, m_plan.zone);
    return record(RunEventKind::Start, activityIdAt(0), schedule.start.secsTo(schedule.end));
}

Status RunEngine::next()
{
    const RunState s = state();
    if (!s.started())
        return start();
    if (s.status == RunStatus::Finished)
        return refused(Text::tr("The session is finished."));
    if (s.current + 1 >= int(m_plan.session.activities.size()))
        return finish();
    return record(RunEventKind::Next, activityIdAt(s.current + 1));
}

Status RunEngine::previous()
{
    const RunState s = state();
    if (!s.started())
        return refused(Text::tr("The session has not started yet."));
    if (s.status == RunStatus::Finished) {
        if (m_plan.session.activities.empty())
            return refused(Text::tr("This session has no activities."));
        return record(RunEventKind::Previous, activityIdAt(int(m_plan.session.activities.size()) - 1));
    }
    if (s.current <= 0)
        return refused(Text::tr("This is the first activity."));
    return record(RunEventKind::Previous, activityIdAt(s.current - 1));
}

Status RunEngine::jumpTo(int index)
{
    const qint64 id = activityIdAt(index);
    if (id == 0)
        return refused(Text::tr("There is no activity %1 in this session.").arg(index + 1));
    const RunState s = state();
    if (s.current == index)
        return refused(Text::tr("That activity is already running."));
    if (!s.started()) {
        const Schedule schedule = computeSchedule(m_plan.session, m_plan.zone);
        return record(RunEventKind::Start, id, schedule.start.secsTo(schedule.end));
    }
    return record(RunEventKind::Jump, id);
}

Status RunEngine::pause()
{
    const RunState s = state();
    if (s.current < 0)
        return refused(Text::tr("Nothing is running to pause."));
    if (s.paused())
        return refused(Text::tr("The session is already paused."));
    return record(RunEventKind::Pause, activityIdAt(s.current));
}

Status RunEngine::resume()
{
    const RunState s = state();
    if (!s.paused())
        return refused(Text::tr("The session is not paused."));
    return record(RunEventKind::Resume, activityIdAt(s.current));
}

Status RunEngine::togglePause()
{
    const RunState s = state();
    if (!s.started())
        return start();
    if (s.status == RunStatus::Finished)
        return refused(Text::tr("The session is finished."));
    return s.paused() ? resume() : pause();
}

Status RunEngine::adjust(qint64 seconds)
{
    const RunState s = state();
    if (s.current < 0)
        return refused(Text::tr("Start the session first: time is added to the running activity."));
    if (seconds == 0)
        return success();
    return record(RunEventKind::Adjust, activityIdAt(s.current), seconds);
}

Status RunEngine::setRemaining(qint64 seconds)
{
    const RunState s = state();
    if (s.current < 0)
        return refused(Text::tr("Start the session first: the time left is that of the running activity."));
    if (seconds < 0)
        return refused(Text::tr("The time left cannot be negative."));
    return record(RunEventKind::SetRemaining, activityIdAt(s.current), seconds);
}

Status RunEngine::openRooms()
{
    const RunState s = state();
    if (s.current < 0 || !s.round)
        return refused(Text::tr("The running activity has no breakout rounds."));
    return record(RunEventKind::OpenRooms, activityIdAt(s.current));
}

Status RunEngine::finish()
{
    const RunState s = state();
    if (!s.started())
        return refused(Text::tr("The session has not started yet."));
    if (s.status == RunStatus::Finished)
        return refused(Text::tr("The session is already finished."));
    return record(RunEventKind::Finish, activityIdAt(s.current));
}

Status RunEngine::reset()
{
    const RunState s = state();
    if (!s.started())
        return success();
    return record(RunEventKind::Reset, 0);
}

Status RunEngine::setWrapUpSeconds(int index, std::optional<int> seconds)
{
    const qint64 id = activityIdAt(index);
    if (id == 0)
        return refused(Text::tr("There is no activity %1 in this session.").arg(index + 1));
    if (m_store) {
        if (Status s = RunLogStore(*m_store).setWrapUpSeconds(id, seconds); !s)
            return s;
    }
    if (seconds)
        m_plan.wrapUpSeconds[id] = std::max(0, *seconds);
    else
        m_plan.wrapUpSeconds.erase(id);
    return success();
}

} // namespace sala
