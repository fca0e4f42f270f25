#include "commands/rostercommands.h"

#include "liveroster.h"

#include <QCoreApplication>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RosterCommands)
};

} // namespace

EditParticipantsCommand::EditParticipantsCommand(LiveRoster &roster, std::vector<Participant> after, const QString &text)
    : m_roster(roster), m_after(std::move(after))
{
    for (const Participant &p : m_after)
        if (const Participant *current = roster.byId(p.id))
            m_before.push_back(*current);
    setText(text);
}

void EditParticipantsCommand::redo()
{
    setObsolete(!m_roster.update(m_after));
}

void EditParticipantsCommand::undo()
{
    setObsolete(!m_roster.update(m_before));
}

AddParticipantCommand::AddParticipantCommand(LiveRoster &roster, Participant participant, const QString &text,
                                             std::optional<AttendanceEvent> checkIn)
    : m_roster(roster), m_participant(std::move(participant)), m_checkIn(std::move(checkIn))
{
    m_participant.id = 0;
    setText(text);
}

void AddParticipantCommand::redo()
{
    if (!m_roster.add(m_participant)) {
        setObsolete(true);
        return;
    }
    if (m_checkIn) {
        m_checkIn->participantId = m_participant.id;
        m_roster.recordAttendance(*m_checkIn);
    }
}

void AddParticipantCommand::undo()
{
    setObsolete(!m_roster.deleteRecord(m_participant.id));
}

RemoveFromRosterCommand::RemoveFromRosterCommand(LiveRoster &roster, const std::vector<qint64> &participantIds) : m_roster(roster)
{
    for (const qint64 id : participantIds) {
        if (const Participant *p = roster.byId(id)) {
            m_removed.push_back(*p);
            m_wereExpected.push_back(roster.isExpected(id));
        }
    }
    setText(m_removed.size() == 1 ? Text::tr("Remove “%1” from the roster").arg(m_removed.front().name)
                                  : Text::tr("Remove %n people from the roster", nullptr, int(m_removed.size())));
}

void RemoveFromRosterCommand::redo()
{
    bool ok = true;
    for (const Participant &p : m_removed)
        ok = m_roster.removeFromRoster(p.id) && ok;
    setObsolete(!ok);
}

void RemoveFromRosterCommand::undo()
{
    bool ok = true;
    for (std::size_t i = 0; i < m_removed.size(); ++i)
        ok = m_roster.returnToRoster(m_removed[i], m_wereExpected[i]) && ok;
    setObsolete(!ok);
}

SetExpectedCommand::SetExpectedCommand(LiveRoster &roster, const std::vector<qint64> &participantIds, bool expected)
    : m_roster(roster), m_expected(expected)
{
    for (const qint64 id : participantIds)
        if (roster.isExpected(id) != expected)
            m_changed.push_back(id);
    setText(expected ? Text::tr("Expect %n people at the session", nullptr, int(m_changed.size()))
                     : Text::tr("Leave %n people out of the session", nullptr, int(m_changed.size())));
}

void SetExpectedCommand::redo()
{
    if (!m_changed.empty())
        setObsolete(!m_roster.setExpected(m_changed, m_expected));
}

void SetExpectedCommand::undo()
{
    if (!m_changed.empty())
        setObsolete(!m_roster.setExpected(m_changed, !m_expected));
}

CheckInCommand::CheckInCommand(LiveRoster &roster, AttendanceEvent event, const QString &text)
    : m_roster(roster), m_event(std::move(event))
{
    setText(text);
}

void CheckInCommand::redo()
{
    setObsolete(!m_roster.recordAttendance(m_event));
}

void CheckInCommand::undo()
{
    setObsolete(!m_roster.removeAttendance(m_event.id));
}

} // namespace sala
