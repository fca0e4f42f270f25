#pragma once
// The breakout rooms of the open workshop while they change. Breakouts mode and the run panel's
// rooms change them through undo commands that land here: each change is stored first and then
// announced, so the other view shows it at once. One per WorkshopContext.

#include "commands/breakoutcommands.h"
#include "domain/participant.h"

#include <QObject>

#include <vector>

namespace sala {

class LiveRoster;
class WorkshopContext;

// Who a breakout activity groups: the roster without the people left out of the session, the
// people whose data was erased and the observers (who stay in the main room); with
// `onlyCheckedIn`, only those in the call now (present, late or rejoined). The counts say why the
// others are not grouped.
struct PeopleToGroup {
    std::vector<Participant> people;
    int notExpected = 0; // left out of this session
    int erased = 0;
    int notArrived = 0; // not checked in (counted only with onlyCheckedIn)
    int leftCall = 0;   // checked out again (counted only with onlyCheckedIn)
    int observers = 0;  // the team members never placed in rooms; not participants, so not left out
    int leftOut() const { return notExpected + erased + notArrived + leftCall; }
};
PeopleToGroup peopleToGroup(const std::vector<Participant> &roster, const LiveRoster &live, bool onlyCheckedIn);

class LiveBreakouts final : public QObject, public BreakoutRoomsTarget {
    Q_OBJECT
public:
    // The rooms of `context`, created on first use as a child of the context, so that every view
    // of the same workshop shares one.
    static LiveBreakouts &of(WorkshopContext &context);

    WorkshopContext &context() const { return m_context; }
    // The activity's stored rooms; empty when it has none, or (reported) when they cannot be read.
    BreakoutSet forActivity(qint64 activityId);
    // The rooms of the workshop's other activities: the meetings they already bring about.
    std::vector<BreakoutSet> othersThan(qint64 activityId);

    bool applyBreakoutSet(qint64 activityId, const BreakoutSet &set) override;

Q_SIGNALS:
    void changed(qint64 activityId);
    void errorOccurred(const QString &message);

private:
    explicit LiveBreakouts(WorkshopContext &context);

    WorkshopContext &m_context;
};

} // namespace sala
