#pragma once
// Every edit of a plan is one of these undo commands. Each applies its change through the
// WorkshopContext, which writes it to the store at once. Sessions and activities are addressed
// by position, not by id, because undoing a deletion gives the row a new id.

#include "domain/plan.h"

#include <QUndoCommand>

namespace sala {

class WorkshopContext;

// Which part of an activity an edit touched; consecutive edits of the same part of the same
// activity merge into one undo step (pressing "+1 min" five times is undone at once).
enum class ActivityField { Minutes, Title, Kind, Objective, Instructions, Notes, Materials, Timing, Breakout, Whole };

class EditActivityCommand final : public QUndoCommand {
public:
    EditActivityCommand(WorkshopContext &context, int session, int row, Activity after, ActivityField field);
    void redo() override;
    void undo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkshopContext &m_context;
    int m_session;
    int m_row;
    Activity m_before;
    Activity m_after;
    ActivityField m_field;
};

class InsertActivityCommand final : public QUndoCommand {
public:
    InsertActivityCommand(WorkshopContext &context, int session, int row, Activity activity, const QString &text);
    void redo() override;
    void undo() override;

private:
    WorkshopContext &m_context;
    int m_session;
    int m_row;
    Activity m_activity;
};

class RemoveActivityCommand final : public QUndoCommand {
public:
    RemoveActivityCommand(WorkshopContext &context, int session, int row);
    void redo() override;
    void undo() override;

private:
    WorkshopContext &m_context;
    int m_session;
    int m_row;
    Activity m_activity;
};

class MoveActivityCommand final : public QUndoCommand {
public:
    MoveActivityCommand(WorkshopContext &context, int session, int from, int to);
    void redo() override;
    void undo() override;

private:
    WorkshopContext &m_context;
    int m_session;
    int m_from;
    int m_to;
};

class EditSessionCommand final : public QUndoCommand {
public:
    EditSessionCommand(WorkshopContext &context, int session, Session after);
    void redo() override;
    void undo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkshopContext &m_context;
    int m_session;
    Session m_before;
    Session m_after;
};

class EditWorkshopCommand final : public QUndoCommand {
public:
    EditWorkshopCommand(WorkshopContext &context, Workshop after);
    void redo() override;
    void undo() override;

private:
    WorkshopContext &m_context;
    Workshop m_before;
    Workshop m_after;
};

class InsertSessionCommand final : public QUndoCommand {
public:
    InsertSessionCommand(WorkshopContext &context, int index, Session session, const QString &text);
    void redo() override;
    void undo() override;

private:
    WorkshopContext &m_context;
    int m_index;
    Session m_session;
};

class RemoveSessionCommand final : public QUndoCommand {
public:
    RemoveSessionCommand(WorkshopContext &context, int index);
    void redo() override;
    void undo() override;

private:
    WorkshopContext &m_context;
    int m_index;
    Session m_session;
};

} // namespace sala
