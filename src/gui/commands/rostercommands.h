#pragma once
// Every change to a roster made in Roster mode or at check-in is one of these undo commands, on
// the workshop's shared undo stack. Each applies its change through LiveRoster, which writes to
// the store at once. People are addressed by id: a record keeps its id for as long as it exists.

#include "domain/participant.h"
#include "roster/attendance.h"

#include <QUndoCommand>

#include <vector>

namespace sala {

class LiveRoster;

// Edits of one or many people (an inline cell, the detail dialog, or a bulk change).
class EditParticipantsCommand final : public QUndoCommand {
public:
    EditParticipantsCommand(LiveRoster &roster, std::vector<Participant> after, const QString &text);
    void redo() override;
    void undo() override;

private:
    LiveRoster &m_roster;
    std::vector<Participant> m_before;
    std::vector<Participant> m_after;
};

// A new person typed in, or a walk-in at check-in (then also marked present). Undo deletes the
// record; redo creates it again, with a new id.
class AddParticipantCommand final : public QUndoCommand {
public:
    AddParticipantCommand(LiveRoster &roster, Participant participant, const QString &text,
                          std::optional<AttendanceEvent> checkIn = std::nullopt);
    void redo() override;
    void undo() override;
    qint64 participantId() const { return m_participant.id; }

private:
    LiveRoster &m_roster;
    Participant m_participant;
    std::optional<AttendanceEvent> m_checkIn;
};

// Takes people off this workshop's roster (their record stays, with its other enrolments).
class RemoveFromRosterCommand final : public QUndoCommand {
public:
    RemoveFromRosterCommand(LiveRoster &roster, const std::vector<qint64> &participantIds);
    void redo() override;
    void undo() override;

private:
    LiveRoster &m_roster;
    std::vector<Participant> m_removed;
    std::vector<bool> m_wereExpected;
};

// Whether people are expected at the current session.
class SetExpectedCommand final : public QUndoCommand {
public:
    SetExpectedCommand(LiveRoster &roster, const std::vector<qint64> &participantIds, bool expected);
    void redo() override;
    void undo() override;

private:
    LiveRoster &m_roster;
    std::vector<qint64> m_changed; // only those whose state changes
    bool m_expected;
};

// One check-in action: arrived, late, left or rejoined, at the time it happened.
class CheckInCommand final : public QUndoCommand {
public:
    CheckInCommand(LiveRoster &roster, AttendanceEvent event, const QString &text);
    void redo() override;
    void undo() override;

private:
    LiveRoster &m_roster;
    AttendanceEvent m_event;
};

} // namespace sala
