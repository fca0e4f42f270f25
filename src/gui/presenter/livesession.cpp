#include "presenter/livesession.h"

#include "presenter/runsettings.h"
#include "store/store.h"
#include "workshopcontext.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLive, "sala.run.live")

namespace sala {

LiveSession::LiveSession(WorkshopContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_systemClock(std::make_unique<SystemClock>()), m_clock(m_systemClock.get()),
      m_engine(std::make_unique<RunEngine>(*m_clock, &context.store()))
{
    m_ticker.setSingleShot(true);
    m_ticker.setTimerType(Qt::PreciseTimer);
    connect(&m_ticker, &QTimer::timeout, this, &LiveSession::refresh);

    connect(&m_context, &WorkshopContext::sessionChanged, this, &LiveSession::reload);
    connect(&m_context, &WorkshopContext::workshopChanged, this, &LiveSession::reload);
    connect(&m_context, &WorkshopContext::workshopFieldsChanged, this, &LiveSession::planEdited);
    connect(&m_context, &WorkshopContext::sessionFieldsChanged, this, &LiveSession::planEdited);
    connect(&m_context, &WorkshopContext::activityChanged, this, &LiveSession::planEdited);
    connect(&m_context, &WorkshopContext::activityInserted, this, &LiveSession::planEdited);
    connect(&m_context, &WorkshopContext::activityRemoved, this, &LiveSession::planEdited);
    connect(&m_context, &WorkshopContext::activityMoved, this, &LiveSession::planEdited);
    reload();
}

LiveSession::~LiveSession() = default;

void LiveSession::setClock(Clock &clock)
{
    m_clock = &clock;
    m_engine = std::make_unique<RunEngine>(clock, &m_context.store());
    m_state = RunState{};
    reload();
}

RunPlan LiveSession::currentPlan() const
{
    RunPlan plan;
    if (const Session *session = m_context.session())
        plan.session = *session;
    plan.zone = m_context.primaryZone();
    plan.defaultWrapUpSeconds = RunPreferences::defaultWrapUpSeconds.value();
    return plan;
}

void LiveSession::reload()
{
    if (Status loaded = m_engine->load(currentPlan()); !loaded) {
        qCWarning(lcLive) << "cannot read the run log:" << loaded.error().message;
        Q_EMIT actionRefused(loaded.error().message);
    }
    // A reopened run starts from what the log says, with nothing to announce.
    m_state = m_engine->state();
    refresh();
}

void LiveSession::planEdited()
{
    m_engine->setPlan(currentPlan());
    refresh();
}

bool LiveSession::perform(const std::function<Status(RunEngine &)> &action)
{
    const Status done = action(*m_engine);
    if (!done)
        Q_EMIT actionRefused(done.error().message);
    refresh();
    return done.ok();
}

void LiveSession::refresh()
{
    ++m_refreshCount;
    const RunState before = std::move(m_state);
    m_state = m_engine->state();
    m_trim = suggestTrim(m_engine->plan(), m_state);

    const bool sameActivity = before.current == m_state.current && m_state.current >= 0;
    const bool live = m_state.status == RunStatus::Running || m_state.status == RunStatus::Overtime;
    if (sameActivity && live && before.phase != m_state.phase) {
        if (m_state.phase == TimerPhase::WrapUp)
            m_chimes.play(ChimePlayer::Chime::WrapUp);
        else if (m_state.phase == TimerPhase::Overtime)
            m_chimes.play(ChimePlayer::Chime::TimeUp);
        Q_EMIT phaseChanged(m_state.phase);
    }
    if (sameActivity && m_state.dueCue >= 0 && m_state.dueCue != before.dueCue)
        Q_EMIT broadcastDue(m_state.cues[std::size_t(m_state.dueCue)]);
    Q_EMIT stateChanged();

    const qint64 wait = m_state.msUntilDisplayChanges();
    if (wait < 0)
        m_ticker.stop();
    else
        m_ticker.start(int(std::min<qint64>(wait + 1, 60'000))); // +1: wake just past the change, never just before
}

} // namespace sala
