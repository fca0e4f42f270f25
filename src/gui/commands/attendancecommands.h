#pragma once
// An attendance import as one step on the workshop's undo stack: redo stores it (people added to
// the roster and aliases saved included), undo removes all of it again; and the later review of
// people an import left unmatched, one step per apply. Views that show imported attendance listen
// to AttendanceImportSignals.

#include "attendance/attendanceimport.h"
#include "attendance/storedreview.h"

#include <QObject>
#include <QUndoCommand>

#include <optional>

namespace sala {

class WorkshopContext;

// Tells every view of the open workshop that a session's imported attendance changed.
class AttendanceImportSignals final : public QObject {
    Q_OBJECT
public:
    // One per WorkshopContext, created on first use as its child.
    static AttendanceImportSignals &of(WorkshopContext &context);

Q_SIGNALS:
    void importsChanged(qint64 sessionId);

private:
    explicit AttendanceImportSignals(WorkshopContext &context);
};

class ImportAttendanceCommand final : public QUndoCommand {
public:
    ImportAttendanceCommand(WorkshopContext &context, AttendanceImport import);
    void redo() override;
    void undo() override;

    // After redo: what the import stored.
    const std::optional<AttendanceImportOutcome> &outcome() const { return m_outcome; }

private:
    // The roster (added people, aliases) and the views of imported attendance read again.
    void refresh();

    WorkshopContext &m_context;
    AttendanceImport m_import;
    std::optional<AttendanceImportOutcome> m_outcome;
};

// Decisions on people of stored imports (the review finished after the import): redo writes them
// with their aliases and new participants, undo puts the identities back as they were.
class ResolveAttendanceCommand final : public QUndoCommand {
public:
    ResolveAttendanceCommand(WorkshopContext &context, qint64 sessionId, std::vector<StoredDecision> decisions,
                             const QString &text);
    void redo() override;
    void undo() override;

    // After redo: what the apply changed.
    const std::optional<StoredResolution> &resolution() const { return m_resolution; }

private:
    void refresh();

    WorkshopContext &m_context;
    qint64 m_sessionId;
    std::vector<StoredDecision> m_decisions;
    std::optional<StoredResolution> m_resolution;
};

} // namespace sala
