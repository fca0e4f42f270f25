#pragma once
// Reads and writes participants, their enrolment in workshops and sessions, and the lawful
// handling of their data: erasure that leaves no trace in the database file, and retention.

#include "domain/participant.h"
#include "util/expected.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariantList>

#include <map>
#include <memory>

#include <optional>
#include <set>
#include <vector>

namespace sala {

class Store;

struct ErasureOutcome {
    int erased = 0;
    int keptForOtherWorkshops = 0; // still on the roster of a workshop whose data is kept
};

struct RetentionDue {
    qint64 workshopId = 0;
    QString title;
    QDate lastSession;
    QDate due;
    int people = 0; // enrolled people whose personal data is still stored
};

class RosterStore final {
public:
    explicit RosterStore(Store &store) : m_store(store) {}

    // Inserts the participants (filling in their ids) and, when workshopId is non-zero, enrols
    // them in that workshop with their roles: all in one transaction.
    Status insertParticipants(std::vector<Participant> &participants, qint64 workshopId = 0);
    // Everyone enrolled in the workshop, erased people included (as anonymous rows), by id, each
    // with their role in it.
    Expected<std::vector<Participant>> participantsOf(qint64 workshopId) const;
    Expected<Participant> participant(qint64 id) const;
    // Everyone whose personal data is stored, for finding duplicates.
    Expected<std::vector<Participant>> liveParticipants() const;

    // Inserts the person; a non-zero id is kept (redo of an undone insertion), else one is given.
    Status insertParticipant(Participant &participant);
    // Rewrites every field, aliases and e-mail addresses included; with a workshop, also the
    // person's role in it. Erased rows refuse.
    Status updateParticipant(const Participant &participant, qint64 workshopId = 0);
    Status updateParticipants(const std::vector<Participant> &participants, qint64 workshopId = 0);
    // Removes the record itself; for undoing the creation of a record (a walk-in typed by
    // mistake). Runs with secure delete so nothing of it stays in the file's free space.
    Status deleteParticipant(qint64 id);

    // Enrols the person with `role` (a participant when none is given); an existing enrolment
    // keeps its role unless one is given.
    Status enrol(qint64 workshopId, qint64 participantId, std::optional<ParticipantRole> role = std::nullopt);
    Status setRole(qint64 workshopId, qint64 participantId, ParticipantRole role);
    Status unenrol(qint64 workshopId, qint64 participantId);
    Expected<std::vector<qint64>> workshopsOf(qint64 participantId) const;
    // The person's role in each workshop they are enrolled in.
    Expected<std::map<qint64, ParticipantRole>> rolesOf(qint64 participantId) const;

    // Enrolled people are expected at every session of the workshop except these.
    Expected<std::set<qint64>> excludedFrom(qint64 sessionId) const;
    Status setExpectedAt(qint64 sessionId, qint64 participantId, bool expected);

    // Blanks every personal field and child row (keeping sex, country, organization type, age
    // band, the size class and attendance), logs the erasure, then rewrites the file with
    // secure delete and VACUUM and truncates the write-ahead log, so the data is gone from the
    // bytes of the database, not merely hidden. Must run outside any transaction.
    Expected<ErasureOutcome> erase(qint64 participantId, const QString &via = QStringLiteral("app"));
    // Several people at once: one transaction, one rewrite of the file.
    Expected<ErasureOutcome> erase(const std::vector<qint64> &participantIds, const QString &via = QStringLiteral("app"));
    // Erases everyone on the workshop's roster who is on no other roster whose data is kept,
    // and marks the workshop's personal data as erased.
    Expected<ErasureOutcome> eraseWorkshopPersonalData(qint64 workshopId, const QString &via = QStringLiteral("app"));

    // Months after the last session for which personal data is kept; nullopt when not set.
    Expected<std::optional<int>> retentionMonths(qint64 workshopId) const;
    Status setRetentionMonths(qint64 workshopId, std::optional<int> months);
    // Workshops whose retention period has ended on or before `today` and that still hold
    // personal data.
    Expected<std::vector<RetentionDue>> retentionDue(QDate today) const;

private:
    // The same statements run for every row of an import; each is prepared once per RosterStore.
    QSqlQuery &statement(const QString &sql);
    Status insertOne(Participant &participant);
    Status writeChildren(const Participant &participant, bool replace);
    Expected<std::vector<Participant>> readParticipants(const QString &idQuery, const QVariantList &binds) const;
    Expected<ErasureOutcome> eraseIds(const std::vector<qint64> &ids, int keptElsewhere, const QString &action, qint64 workshopId,
                                      const QString &via);

    Store &m_store;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace sala
