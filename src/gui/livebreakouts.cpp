#include "livebreakouts.h"

#include "liveroster.h"
#include "workshopcontext.h"

namespace sala {

PeopleToGroup peopleToGroup(const std::vector<Participant> &roster, const LiveRoster &live, bool onlyCheckedIn)
{
    PeopleToGroup result;
    for (const Participant &p : roster) {
        if (p.erasedAt) {
            ++result.erased;
            continue;
        }
        if (!isPlacedInRooms(p.role)) {
            ++result.observers;
            continue;
        }
        if (!live.isExpected(p.id)) {
            ++result.notExpected;
            continue;
        }
        if (onlyCheckedIn) {
            const AttendanceState state = live.attendanceOf(p.id).state;
            if (state == AttendanceState::NotArrived) {
                ++result.notArrived;
                continue;
            }
            if (!isInRoom(state)) {
                ++result.leftCall;
                continue;
            }
        }
        result.people.push_back(p);
    }
    return result;
}

LiveBreakouts &LiveBreakouts::of(WorkshopContext &context)
{
    if (auto *existing = context.findChild<LiveBreakouts *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new LiveBreakouts(context);
}

LiveBreakouts::LiveBreakouts(WorkshopContext &context) : QObject(&context), m_context(context) {}

BreakoutSet LiveBreakouts::forActivity(qint64 activityId)
{
    if (activityId == 0)
        return {};
    auto stored = BreakoutSetStore(m_context.store()).forActivity(activityId);
    if (!stored.ok()) {
        Q_EMIT errorOccurred(stored.error().message);
        return {};
    }
    return stored.value().value_or(BreakoutSet{});
}

std::vector<BreakoutSet> LiveBreakouts::othersThan(qint64 activityId)
{
    std::vector<BreakoutSet> sets;
    if (!m_context.hasWorkshop())
        return sets;
    auto all = BreakoutSetStore(m_context.store()).forWorkshop(m_context.workshop().id);
    if (!all.ok()) {
        Q_EMIT errorOccurred(all.error().message);
        return sets;
    }
    for (auto &[id, set] : all.value())
        if (id != activityId)
            sets.push_back(std::move(set));
    return sets;
}

bool LiveBreakouts::applyBreakoutSet(qint64 activityId, const BreakoutSet &set)
{
    if (Status s = BreakoutSetStore(m_context.store()).saveForActivity(m_context.workshop().id, activityId, set); !s) {
        Q_EMIT errorOccurred(s.error().message);
        return false;
    }
    Q_EMIT changed(activityId);
    return true;
}

} // namespace sala
