#pragma once
// The stored attendance imports of a workshop: what the reports read (imports merged with the
// live check-in, per person and session) and the undo of an import.

#include "attendance/workshopattendance.h"
#include "util/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVariantList>
#include <QtGlobal>

#include <map>
#include <optional>
#include <vector>

namespace sala {

class Store;

// Every session of the workshop in the plan's order, each with the roster participants seen in it:
// the union of their intervals across identities and imported files, or the export's totals for
// totals-only layouts; people checked in live but missing from every export count from their
// check-in (matchedHow "check-in").
Expected<WorkshopAttendance> loadWorkshopAttendance(Store &store, qint64 workshopId);

// One person as an imported file named them, and what Sala or the trainer decided they are.
struct StoredIdentity {
    qint64 id = 0;
    QString key; // identityKey(): "email:…", "name:…"
    QString name;
    QString email;
    qint64 participantId = 0; // 0 when unmatched or ignored
    // "email", "alias", "name", "confirmed", "added"; "ignored"; empty while waiting for review.
    QString matchedHow;
    QString reason; // in words; for a waiting identity, the proposal if there was one
    qint64 seconds = 0;
    bool totalsOnly = false;
    std::optional<QDateTime> firstJoin, lastLeave; // UTC
    std::vector<TimeInterval> intervals;           // UTC, merged, sorted
    bool operator==(const StoredIdentity &) const = default;
};

struct StoredImport {
    qint64 id = 0;
    qint64 sessionId = 0;
    QString fileName;     // the file's name without its folder
    QString platform;     // key(ExportPlatform)
    QString layout;       // key(ExportLayout)
    QByteArray sha256;    // lower-case hex of the file's bytes
    QString timeZone;     // IANA name the file's times were read in
    QString dateOrder;    // "dmy" or "mdy" when the trainer said so; empty when the file decided
    QDateTime importedAt; // UTC
    QString meetingTitle;
    QString meetingId;
    std::optional<QDateTime> meetingStart, meetingEnd; // UTC
    std::vector<StoredIdentity> identities;
    bool operator==(const StoredImport &) const = default;
};

// A stored identity with the import that holds it (its stays not read): what a later review needs.
struct WaitingIdentity {
    qint64 importId = 0;
    qint64 sessionId = 0;
    QString fileName;
    StoredIdentity identity;
};

// SQL for the attendance tables, and the aliases that confirmed matches leave behind.
class AttendanceImportStore final {
public:
    explicit AttendanceImportStore(Store &store) : m_store(store) {}

    // Writes the import with its identities and their intervals in one transaction and fills in
    // the ids. A file already imported into the session (the same SHA-256) is refused, naming
    // when it was imported.
    Status insert(StoredImport &import);
    // Removes imports with everything they hold, in one transaction: the undo of an import.
    Status remove(const std::vector<qint64> &importIds);

    // The import of this very file into the session, if any (identities not read).
    Expected<std::optional<StoredImport>> importOfFile(qint64 sessionId, const QByteArray &sha256) const;
    // The session's imports in the order they were made, with identities and intervals.
    Expected<std::vector<StoredImport>> importsOf(qint64 sessionId) const;

    // Aliases through which the next export matches by itself. Adding one the person already has
    // changes nothing.
    Status addAlias(qint64 participantId, const QString &alias);
    Status removeAlias(qint64 participantId, const QString &alias);

    // The session's identities still waiting for review (matched_how empty), without their stays,
    // in the order they were imported; those blanked by an erasure are left out.
    Expected<std::vector<WaitingIdentity>> waitingIdentities(qint64 sessionId) const;
    // One identity with its import; NotFound for an unknown id.
    Expected<WaitingIdentity> identity(qint64 identityId) const;
    // People (identity keys) waiting for review in each session of the workshop that has any.
    Expected<std::map<qint64, int>> waitingPeopleBySession(qint64 workshopId) const;
    // Writes what the identity was matched to: participant (0 for none), how and why.
    Status setMatch(qint64 identityId, qint64 participantId, const QString &matchedHow, const QString &reason);

private:
    Expected<std::vector<StoredImport>> readImports(const QString &where, const QVariantList &binds, bool withIdentities) const;

    Store &m_store;
};

// The refusal of a file imported before: names the file and when, and says how to import it again.
// Importing it as a replacement (AttendanceImport::replaceEarlier) removes the earlier import in
// the same transaction.
QString alreadyImportedMessage(const QString &fileName, const StoredImport &earlier);

} // namespace sala
