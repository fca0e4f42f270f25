#pragma once
// What the reports know of a workshop's attendance: for each session, each roster participant's
// time in the room, from the imported platform exports and the live check-in, in UTC.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace sala {

using TimeInterval = std::pair<QDateTime, QDateTime>; // [start, end), UTC

struct PersonSessionAttendance {
    qint64 participantId = 0;
    qint64 seconds = 0;                  // the union of the intervals, or the export's total
    std::optional<QDateTime> firstJoin;  // UTC; empty for totals-only exports
    std::optional<QDateTime> lastLeave;  // UTC
    std::vector<TimeInterval> intervals; // merged, sorted
    // How the person was recognised: "email", "alias", "name", "fuzzy", "confirmed", "added",
    // or "check-in" when only the live check-in saw them.
    QString matchedHow;
    bool checkedInLive = false;
    bool operator==(const PersonSessionAttendance &) const = default;
};

struct SessionAttendanceRecord {
    qint64 sessionId = 0;
    QString title;
    QDateTime scheduledStart; // UTC
    QDateTime scheduledEnd;   // UTC
    qint64 scheduledSeconds = 0;
    std::vector<PersonSessionAttendance> people; // matched to the roster only
    int unmatchedIdentities = 0;                 // still waiting for review
    QStringList sourceFiles;                     // names of the imported exports
    bool operator==(const SessionAttendanceRecord &) const = default;
};

struct WorkshopAttendance {
    qint64 workshopId = 0;
    std::vector<SessionAttendanceRecord> sessions; // in the plan's order, imported or not
    bool operator==(const WorkshopAttendance &) const = default;
};

} // namespace sala
