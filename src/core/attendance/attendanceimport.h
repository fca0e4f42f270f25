#pragma once
// Attendance exports into a session: each file read and summarized per person, each person
// matched to the roster, the trainer's review applied, then everything stored with its stays in
// UTC in one transaction. The outcome lists what to take away again for an undo.

#include "attendance/attendanceexport.h"
#include "attendance/attendancestore.h"
#include "attendance/attendancesummary.h"
#include "attendance/identitymatch.h"
#include "util/expected.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace sala {

class Store;

// One person in one file, as read and as matched.
struct AttendanceImportIdentity {
    IdentitySummary summary; // wall-clock times as the file wrote them
    QStringList otherNames;  // further names the same person showed (Zoom's display name)
    IdentityMatch match;
};

struct AttendanceImportFile {
    QString path;
    AttendanceExport file; // meeting, platform, layout and hash; the rows are dropped once summarized
    int rowCount = 0;
    std::optional<DateOrder> dateOrder; // the order the trainer gave; empty when the file decided
    std::vector<AttendanceImportIdentity> identities;
};

enum class IdentityResolution {
    Automatic,   // Sala's match when it applies (e-mail, alias, name); otherwise left for review
    Participant, // the trainer confirmed a proposal or picked someone; saved as an alias too
    AddToRoster, // a new participant, enrolled in the workshop
    Ignore,      // nobody on the roster: a host's second device, an interpreter
};

struct IdentityDecision {
    IdentityResolution resolution = IdentityResolution::Automatic;
    qint64 participantId = 0; // for IdentityResolution::Participant
    bool operator==(const IdentityDecision &) const = default;
};

// Everything one import needs, gathered before anything is written.
struct AttendanceImport {
    qint64 workshopId = 0;
    qint64 sessionId = 0;
    QDate sessionDate; // tells day-first dates from month-first ones, dates Meet's times of day
    QString timeZone;  // IANA name of the files' wall-clock times; the workshop's by default
    std::vector<AttendanceImportFile> files;
    std::map<QString, IdentityDecision> decisions; // by identity key, for every file at once
    // A file imported into the session before replaces that import (and its review) instead of
    // being refused: how a file imported without review (sala-cli) is reviewed in the app.
    bool replaceEarlier = false;
};

// The import for a session: its workshop, date and time zone. NotFound for an unknown session.
Expected<AttendanceImport> newAttendanceImport(Store &store, qint64 sessionId);
// Matches against the workshop's roster as stored now.
Expected<IdentityMatcher> rosterMatcher(Store &store, qint64 workshopId);

// Reads the file (attendancereader.h) and matches its people. The options' session date is
// filled from the import when not set.
Expected<AttendanceImportFile> readImportFile(const QString &path, const ExportReadOptions &options,
                                              const IdentityMatcher &matcher);
// The same for an export already read (the demo, tests).
AttendanceImportFile prepareImportFile(AttendanceExport file, const IdentityMatcher &matcher,
                                       std::optional<DateOrder> dateOrder = {});

// One line of the review: a person one or more of the files name, by identity key.
struct AttendanceReviewItem {
    QString key;
    QString name;
    QString email;
    QStringList otherNames;
    IdentityMatch match; // from the first file that names them
    qint64 seconds = 0;  // every file together
    int files = 0;
};
// In the order of the locale's collation of the names.
std::vector<AttendanceReviewItem> reviewItems(const AttendanceImport &import);

struct AttendanceImportOutcome {
    std::vector<qint64> importIds;
    std::vector<qint64> addedParticipants;
    std::vector<std::pair<qint64, QString>> addedAliases; // participant, alias
    int matched = 0;                                      // identities stored with a participant
    int waiting = 0;                                      // identities left for review
    int ignored = 0;
    std::vector<StoredImport> replaced; // as they were, for the undo
    bool operator==(const AttendanceImportOutcome &) const = default;
};

// What importAttendance refuses before writing anything: an unknown time zone, the same file
// twice, a file imported into the session before (unless replacing).
Status checkAttendanceImport(Store &store, const AttendanceImport &import);
// Checks the time zone and that no file is imported twice (within the import, or into the
// session before unless replacing), then writes everything in one transaction; a failure changes
// nothing.
Expected<AttendanceImportOutcome> importAttendance(Store &store, const AttendanceImport &import);
// The undo: removes the imports, the participants they added and the aliases they saved, and
// puts back the imports they replaced, in one transaction.
Status undoAttendanceImport(Store &store, const AttendanceImportOutcome &outcome);

// The names worth keeping as an alias of the participant: those the roster does not already know
// and that are not a phone's default name ("iPhone" must never match anyone).
QStringList newAliases(const Participant &participant, const QString &name, const QStringList &otherNames);

} // namespace sala
