#pragma once
// Every change to an activity's breakout rooms is one undo command: generating, re-solving,
// dragging or moving a person, locking, renaming a room, placing a late arrival (in Breakouts
// mode or during the run), using home groups. Each holds the rooms before and after and stores
// them at once through a BreakoutRoomsTarget (LiveBreakouts in the window).

#include "groups/breakoutsetstore.h"

#include <QUndoCommand>

namespace sala {

class BreakoutRoomsTarget {
public:
    virtual ~BreakoutRoomsTarget() = default;
    // Stores the activity's rooms and shows them; false (with the reason reported) on failure.
    virtual bool applyBreakoutSet(qint64 activityId, const BreakoutSet &set) = 0;
};

class ChangeBreakoutRoomsCommand final : public QUndoCommand {
public:
    ChangeBreakoutRoomsCommand(BreakoutRoomsTarget &target, qint64 activityId, BreakoutSet before, BreakoutSet after,
                               const QString &text);
    void redo() override;
    void undo() override;

private:
    BreakoutRoomsTarget &m_target;
    qint64 m_activityId;
    BreakoutSet m_before;
    BreakoutSet m_after;
};

} // namespace sala
