#pragma once
// The attendance report read from the database (plan, roster, size rules and the imported
// attendance), and each export of it recorded in the personal-data log, since the files name
// people.

#include "attendance/workshopattendance.h"
#include "reports/attendancereport.h"
#include "util/expected.h"

#include <QString>

#include <functional>

namespace sala {

class Store;

using AttendanceLoader = std::function<Expected<WorkshopAttendance>(Store &, qint64)>;

// The workshop's report; `loader` reads the attendance (loadWorkshopAttendance by default).
// NotFound for a workshop that does not exist.
Expected<AttendanceReport> loadAttendanceReport(Store &store, qint64 workshopId, const AttendanceThresholds &thresholds,
                                                const AttendanceLoader &loader = {});

// Thresholds a trainer can act on: each from 1 to 100, participation not above completion.
// The error says which number is wrong.
Status checkThresholds(const AttendanceThresholds &thresholds);

enum class AttendanceExportKind { MatrixCsv, SessionCsv, Workbook, Pdf, CertificateList, Certificates };

// Records that `path` was written with the report's people in it (`via` is "app" or "cli").
Status logAttendanceExport(Store &store, const AttendanceReport &report, AttendanceExportKind kind, const QString &path,
                           const QString &via);

} // namespace sala
