#include "workshopcontext.h"

#include "preferences.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <algorithm>

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
    if (m_workshop.id != id)
        m_undoStack.clear();
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

namespace sala {

void WorkshopContext::setRoster(std::vector<Participant> people)
{
    m_roster = std::move(people);
    Q_EMIT rosterChanged();
}

const Session *WorkshopContext::sessionAt(int index) const
{
    if (index < 0 || index >= int(m_workshop.sessions.size()))
        return nullptr;
    return &m_workshop.sessions[std::size_t(index)];
}

const Activity *WorkshopContext::activity(int session, int row) const
{
    const Session *s = sessionAt(session);
    if (!s || row < 0 || row >= int(s->activities.size()))
        return nullptr;
    return &s->activities[std::size_t(row)];
}

bool WorkshopContext::updateWorkshopFields(const Workshop &fields)
{
    Workshop updated = m_workshop;
    updated.title = fields.title;
    updated.organizer = fields.organizer;
    updated.platform = fields.platform;
    updated.timeZone = fields.timeZone;
    updated.secondTimeZone = fields.secondTimeZone;
    updated.language = fields.language;
    updated.description = fields.description;
    if (Status s = PlanStore(m_store).updateWorkshop(updated); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    m_workshop = std::move(updated);
    for (WorkshopSummary &summary : m_workshops)
        if (summary.id == m_workshop.id)
            summary.title = m_workshop.title;
    Q_EMIT workshopFieldsChanged();
    return true;
}

bool WorkshopContext::updateSessionFields(int session, const Session &fields)
{
    if (!sessionAt(session))
        return false;
    Session &target = m_workshop.sessions[std::size_t(session)];
    Session updated = target;
    updated.title = fields.title;
    updated.date = fields.date;
    updated.plannedStart = fields.plannedStart;
    updated.targetEnd = fields.targetEnd;
    if (Status s = PlanStore(m_store).updateSession(updated); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    target = std::move(updated);
    Q_EMIT sessionFieldsChanged(session);
    return true;
}

bool WorkshopContext::updateActivity(int session, int row, const Activity &activity)
{
    const Activity *current = this->activity(session, row);
    if (!current)
        return false;
    Activity updated = activity;
    updated.id = current->id;
    if (Status s = PlanStore(m_store).updateActivity(updated); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    m_workshop.sessions[std::size_t(session)].activities[std::size_t(row)] = std::move(updated);
    Q_EMIT activityChanged(session, row);
    return true;
}

bool WorkshopContext::insertActivity(int session, int row, Activity activity)
{
    const Session *s = sessionAt(session);
    if (!s || row < 0 || row > int(s->activities.size()))
        return false;
    if (Status status = PlanStore(m_store).insertActivityAt(s->id, row, activity); !status) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    auto &activities = m_workshop.sessions[std::size_t(session)].activities;
    activities.insert(activities.begin() + row, std::move(activity));
    Q_EMIT activityInserted(session, row);
    return true;
}

bool WorkshopContext::removeActivity(int session, int row)
{
    const Activity *current = activity(session, row);
    if (!current)
        return false;
    if (Status s = PlanStore(m_store).deleteActivity(current->id); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    auto &activities = m_workshop.sessions[std::size_t(session)].activities;
    activities.erase(activities.begin() + row);
    Q_EMIT activityRemoved(session, row);
    return true;
}

bool WorkshopContext::moveActivity(int session, int from, int to)
{
    const Session *s = sessionAt(session);
    if (!s || from == to || !activity(session, from) || !activity(session, to))
        return false;
    if (Status status = PlanStore(m_store).moveActivity(s->id, from, to); !status) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    auto &activities = m_workshop.sessions[std::size_t(session)].activities;
    Activity moving = std::move(activities[std::size_t(from)]);
    activities.erase(activities.begin() + from);
    activities.insert(activities.begin() + to, std::move(moving));
    Q_EMIT activityMoved(session, from, to);
    return true;
}

bool WorkshopContext::insertSession(int index, Session session)
{
    if (!hasWorkshop() || index < 0 || index > int(m_workshop.sessions.size()))
        return false;
    if (Status s = PlanStore(m_store).insertSessionAt(m_workshop.id, index, session); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    m_workshop.sessions.insert(m_workshop.sessions.begin() + index, std::move(session));
    Q_EMIT sessionsInsertedOrRemoved();
    m_sessionIndex = -1;
    selectSession(index);
    return true;
}

bool WorkshopContext::removeSession(int index)
{
    const Session *s = sessionAt(index);
    if (!s)
        return false;
    if (Status status = PlanStore(m_store).deleteSession(s->id); !status) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    m_workshop.sessions.erase(m_workshop.sessions.begin() + index);
    Q_EMIT sessionsInsertedOrRemoved();
    m_sessionIndex = -1;
    selectSession(m_workshop.sessions.empty() ? -1 : std::min(index, int(m_workshop.sessions.size()) - 1));
    if (m_workshop.sessions.empty())
        Q_EMIT sessionChanged();
    return true;
}

bool WorkshopContext::createWorkshop(Workshop workshop)
{
    if (Status s = PlanStore(m_store).insertWorkshop(workshop); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    return reloadWorkshops() && selectWorkshop(workshop.id);
}

} // namespace sala
