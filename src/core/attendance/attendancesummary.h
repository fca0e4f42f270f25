#pragma once
// Attendance per person from one or more exports of a meeting: the union of each person's
// stays, so that re-joins are not counted twice and two devices at once count once.

#include "attendance/attendanceexport.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace sala {

struct IdentitySummary {
    QString key;   // "email:…" or "name:…" (exportidentity.h); "row:…" for a row with neither
    QString name;  // as the person's first row names them (Zoom: the original name)
    QString email; // as written, when any row gives one
    std::vector<std::pair<QDateTime, QDateTime>> intervals; // merged stays, in order
    qint64 seconds = 0;                                     // the merged stays, plus the totals of totals-only layouts
    std::optional<QDateTime> firstJoin, lastLeave;
    bool totalsOnly = false; // no stays known, only totals
};

// Stays that are at most this far apart are one stay: a reconnect shows as a leave and a join in
// the same second or a few seconds apart.
constexpr qint64 reconnectGapSeconds = 10;

// People sorted by name with the locale's collation.
std::vector<IdentitySummary> summarize(const AttendanceExport &file);
std::vector<IdentitySummary> summarize(const std::vector<AttendanceExport> &files);

} // namespace sala
