#include "commands/attendancecommands.h"

#include "liveroster.h"
#include "workshopcontext.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceCommands)
};

} // namespace

AttendanceImportSignals &AttendanceImportSignals::of(WorkshopContext &context)
{
    if (auto *existing = context.findChild<AttendanceImportSignals *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new AttendanceImportSignals(context);
}

AttendanceImportSignals::AttendanceImportSignals(WorkshopContext &context) : QObject(&context) {}

ImportAttendanceCommand::ImportAttendanceCommand(WorkshopContext &context, AttendanceImport import)
    : m_context(context), m_import(std::move(import))
{
    if (m_import.files.size() == 1)
        setText(Text::tr("Import Attendance from “%1”").arg(QFileInfo(m_import.files.front().path).fileName()));
    else
        setText(Text::tr("Import Attendance from %n files", nullptr, int(m_import.files.size())));
}

void ImportAttendanceCommand::redo()
{
    auto outcome = importAttendance(m_context.store(), m_import);
    if (!outcome) {
        setObsolete(true);
        Q_EMIT m_context.errorOccurred(outcome.error().message);
        return;
    }
    m_outcome = std::move(outcome).value();
    // A file replaced now is the one this import put back on undo; redoing must replace it again.
    m_import.replaceEarlier = m_import.replaceEarlier || !m_outcome->replaced.empty();
    refresh();
}

void ImportAttendanceCommand::undo()
{
    if (!m_outcome)
        return;
    if (Status s = undoAttendanceImport(m_context.store(), *m_outcome); !s) {
        setObsolete(true);
        Q_EMIT m_context.errorOccurred(s.error().message);
        return;
    }
    m_outcome.reset();
    refresh();
}

void ImportAttendanceCommand::refresh()
{
    // Reading the roster again also tells every view of the roster and the reports (through the
    // context's rosterChanged): decisions may have added people and aliases.
    LiveRoster::of(m_context).reload();
    Q_EMIT AttendanceImportSignals::of(m_context).importsChanged(m_import.sessionId);
}

ResolveAttendanceCommand::ResolveAttendanceCommand(WorkshopContext &context, qint64 sessionId,
                                                   std::vector<StoredDecision> decisions, const QString &text)
    : m_context(context), m_sessionId(sessionId), m_decisions(std::move(decisions))
{
    setText(text);
}

void ResolveAttendanceCommand::redo()
{
    auto resolution = resolveStoredIdentities(m_context.store(), m_decisions);
    if (!resolution) {
        setObsolete(true);
        Q_EMIT m_context.errorOccurred(resolution.error().message);
        return;
    }
    m_resolution = std::move(resolution).value();
    refresh();
}

void ResolveAttendanceCommand::undo()
{
    if (!m_resolution)
        return;
    if (Status s = revertStoredResolution(m_context.store(), *m_resolution); !s) {
        setObsolete(true);
        Q_EMIT m_context.errorOccurred(s.error().message);
        return;
    }
    m_resolution.reset();
    refresh();
}

void ResolveAttendanceCommand::refresh()
{
    // Aliases and added people change the roster; the reports follow the identities.
    LiveRoster::of(m_context).reload();
    Q_EMIT AttendanceImportSignals::of(m_context).importsChanged(m_sessionId);
}

} // namespace sala
