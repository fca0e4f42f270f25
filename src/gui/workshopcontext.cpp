#include "workshopcontext.h"

#include "preferences.h"
#include "store/rosterstore.h"
#include "store/store.h"

namespace sala {

WorkshopContext::WorkshopContext(Store &store, QObject *parent) : QObject(parent), m_store(store) {}

const Session *WorkshopContext::session() const
{
    if (m_sessionIndex < 0 || m_sessionIndex >= int(m_workshop.sessions.size()))
        return nullptr;
    return &m_workshop.sessions[std::size_t(m_sessionIndex)];
}

QTimeZone WorkshopContext::primaryZone() const
{
    QTimeZone zone(m_workshop.timeZone.toUtf8());
    return zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QTimeZone WorkshopContext::secondaryZone() const
{
    const QString id = m_workshop.secondTimeZone.isEmpty() ? Preferences::secondTimeZone.value() : m_workshop.secondTimeZone;
    if (id.isEmpty())
        return {};
    QTimeZone zone(id.toUtf8());
    return zone;
}

bool WorkshopContext::reloadWorkshops()
{
    PlanStore plans(m_store);
    auto list = plans.workshops();
    if (!list) {
        Q_EMIT errorOccurred(list.error().message);
        return false;
    }
    m_workshops = std::move(list.value());
    Q_EMIT workshopsChanged();
    return true;
}

bool WorkshopContext::selectWorkshop(qint64 id)
{
    PlanStore plans(m_store);
    auto loaded = plans.loadWorkshop(id);
    if (!loaded) {
        Q_EMIT errorOccurred(loaded.error().message);
        return false;
    }
    auto roster = RosterStore(m_store).participantsOf(id);
    if (!roster) {
        Q_EMIT errorOccurred(roster.error().message);
        return false;
    }
    m_workshop = std::move(loaded.value());
    m_roster = std::move(roster.value());
    m_sessionIndex = m_workshop.sessions.empty() ? -1 : 0;
    Q_EMIT workshopChanged();
    Q_EMIT sessionChanged();
    return true;
}

void WorkshopContext::reloadCurrent()
{
    if (!hasWorkshop())
        return;
    const int session = m_sessionIndex;
    if (selectWorkshop(m_workshop.id))
        selectSession(session);
}

void WorkshopContext::selectSession(int index)
{
    if (index == m_sessionIndex || index < -1 || index >= int(m_workshop.sessions.size()))
        return;
    m_sessionIndex = index;
    Q_EMIT sessionChanged();
}

} // namespace sala
