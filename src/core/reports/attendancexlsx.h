#pragma once
// The attendance report as an Excel workbook (libxlsxwriter): a Summary sheet (thresholds, counts,
// disaggregation tables), a Participants sheet (one row per person) and a Sessions sheet. Every
// piece of text is written as a string cell, never as a formula.

#include "reports/attendancereport.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>

namespace sala {

// The workbook's bytes.
Expected<QByteArray> attendanceXlsx(const AttendanceReport &report);

// Writes the whole file or nothing: an existing file at `path` is replaced only on success.
Status writeAttendanceXlsx(const AttendanceReport &report, const QString &path);

} // namespace sala
