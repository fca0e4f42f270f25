#include "commands/plancommands.h"

#include "workshopcontext.h"

#include <QCoreApplication>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::PlanCommands)
};

QString describe(ActivityField field, const QString &title)
{
    switch (field) {
    case ActivityField::Minutes: return Text::tr("Change the minutes of “%1”").arg(title);
    case ActivityField::Title: return Text::tr("Rename “%1”").arg(title);
    case ActivityField::Kind: return Text::tr("Change the kind of “%1”").arg(title);
    case ActivityField::Objective: return Text::tr("Edit the objective of “%1”").arg(title);
    case ActivityField::Instructions: return Text::tr("Edit the instructions of “%1”").arg(title);
    case ActivityField::Notes: return Text::tr("Edit the notes of “%1”").arg(title);
    case ActivityField::Materials: return Text::tr("Edit the materials of “%1”").arg(title);
    case ActivityField::Timing: return Text::tr("Change the timing of “%1”").arg(title);
    case ActivityField::Breakout: return Text::tr("Change the breakout settings of “%1”").arg(title);
    case ActivityField::Whole: return Text::tr("Edit “%1”").arg(title);
    }
    return {};
}

// Session ids and activity ids change when a removal is undone; the stored copy must not carry
// a stale id into the next insert.
Session withoutIds(Session session)
{
    session.id = 0;
    for (Activity &a : session.activities)
        a.id = 0;
    return session;
}

} // namespace

EditActivityCommand::EditActivityCommand(WorkshopContext &context, int session, int row, Activity after, ActivityField field)
    : m_context(context), m_session(session), m_row(row), m_after(std::move(after)), m_field(field)
{
    if (const Activity *current = context.activity(session, row))
        m_before = *current;
    setText(describe(field, m_before.title));
}

void EditActivityCommand::redo()
{
    setObsolete(!m_context.updateActivity(m_session, m_row, m_after));
}

void EditActivityCommand::undo()
{
    setObsolete(!m_context.updateActivity(m_session, m_row, m_before));
}

bool EditActivityCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditActivityCommand *>(other);
    if (next->m_session != m_session || next->m_row != m_row || next->m_field != m_field || m_field == ActivityField::Whole)
        return false;
    m_after = next->m_after;
    // An edit that ends where it began is no edit at all.
    if (m_after == m_before)
        setObsolete(true);
    return true;
}

InsertActivityCommand::InsertActivityCommand(WorkshopContext &context, int session, int row, Activity activity,
                                             const QString &text)
    : m_context(context), m_session(session), m_row(row), m_activity(std::move(activity))
{
    m_activity.id = 0;
    setText(text);
}

void InsertActivityCommand::redo()
{
    setObsolete(!m_context.insertActivity(m_session, m_row, m_activity));
}

void InsertActivityCommand::undo()
{
    setObsolete(!m_context.removeActivity(m_session, m_row));
}

RemoveActivityCommand::RemoveActivityCommand(WorkshopContext &context, int session, int row)
    : m_context(context), m_session(session), m_row(row)
{
    if (const Activity *current = context.activity(session, row))
        m_activity = *current;
    m_activity.id = 0;
    setText(Text::tr("Delete “%1”").arg(m_activity.title));
}

void RemoveActivityCommand::redo()
{
    setObsolete(!m_context.removeActivity(m_session, m_row));
}

void RemoveActivityCommand::undo()
{
    setObsolete(!m_context.insertActivity(m_session, m_row, m_activity));
}

MoveActivityCommand::MoveActivityCommand(WorkshopContext &context, int session, int from, int to)
    : m_context(context), m_session(session), m_from(from), m_to(to)
{
    const Activity *moving = context.activity(session, from);
    setText(Text::tr("Move “%1”").arg(moving ? moving->title : QString()));
}

void MoveActivityCommand::redo()
{
    setObsolete(!m_context.moveActivity(m_session, m_from, m_to));
}

void MoveActivityCommand::undo()
{
    setObsolete(!m_context.moveActivity(m_session, m_to, m_from));
}

EditSessionCommand::EditSessionCommand(WorkshopContext &context, int session, Session after)
    : m_context(context), m_session(session), m_after(std::move(after))
{
    if (const Session *current = context.sessionAt(session))
        m_before = *current;
    setText(Text::tr("Edit the session “%1”").arg(m_before.title));
}

void EditSessionCommand::redo()
{
    setObsolete(!m_context.updateSessionFields(m_session, m_after));
}

void EditSessionCommand::undo()
{
    setObsolete(!m_context.updateSessionFields(m_session, m_before));
}

bool EditSessionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditSessionCommand *>(other);
    if (next->m_session != m_session)
        return false;
    m_after = next->m_after;
    return true;
}

EditWorkshopCommand::EditWorkshopCommand(WorkshopContext &context, Workshop after)
    : m_context(context), m_before(context.workshop()), m_after(std::move(after))
{
    setText(Text::tr("Edit the workshop settings"));
}

void EditWorkshopCommand::redo()
{
    setObsolete(!m_context.updateWorkshopFields(m_after));
}

void EditWorkshopCommand::undo()
{
    setObsolete(!m_context.updateWorkshopFields(m_before));
}

InsertSessionCommand::InsertSessionCommand(WorkshopContext &context, int index, Session session, const QString &text)
    : m_context(context), m_index(index), m_session(withoutIds(std::move(session)))
{
    setText(text);
}

void InsertSessionCommand::redo()
{
    setObsolete(!m_context.insertSession(m_index, m_session));
}

void InsertSessionCommand::undo()
{
    setObsolete(!m_context.removeSession(m_index));
}

RemoveSessionCommand::RemoveSessionCommand(WorkshopContext &context, int index) : m_context(context), m_index(index)
{
    if (const Session *current = context.sessionAt(index))
        m_session = withoutIds(*current);
    setText(Text::tr("Delete the session “%1”").arg(m_session.title));
}

void RemoveSessionCommand::redo()
{
    setObsolete(!m_context.removeSession(m_index));
}

void RemoveSessionCommand::undo()
{
    setObsolete(!m_context.insertSession(m_index, m_session));
}

} // namespace sala
