#include "commands/breakoutcommands.h"

namespace sala {

ChangeBreakoutRoomsCommand::ChangeBreakoutRoomsCommand(BreakoutRoomsTarget &target, qint64 activityId, BreakoutSet before,
                                                       BreakoutSet after, const QString &text)
    : m_target(target), m_activityId(activityId), m_before(std::move(before)), m_after(std::move(after))
{
    setText(text);
}

void ChangeBreakoutRoomsCommand::redo()
{
    setObsolete(!m_target.applyBreakoutSet(m_activityId, m_after));
}

void ChangeBreakoutRoomsCommand::undo()
{
    setObsolete(!m_target.applyBreakoutSet(m_activityId, m_before));
}

} // namespace sala
