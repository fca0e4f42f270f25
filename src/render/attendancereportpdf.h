#pragma once
// The attendance report as a landscape A4 PDF for funders: a title page (workshop, organizer,
// dates, thresholds), the summary and its breakdowns with bar charts, the sessions with the
// people-in-the-room curve of each, and the participants × sessions table. Fonts cover Khmer, Lao
// and Thai; the charts come from Qt Charts, which needs a QApplication (offscreen is enough).

#include "reports/attendancereport.h"
#include "util/expected.h"

#include <QString>

namespace sala {

// The report as HTML within what QTextDocument lays out, the charts (charts.h) embedded as PNG
// images drawn from the same QChart as Reports mode shows.
QString attendanceReportHtml(const AttendanceReport &report);

// Writes the whole file or nothing: an existing file at `path` is replaced only on success.
Status writeAttendanceReportPdf(const AttendanceReport &report, const QString &path);

} // namespace sala
