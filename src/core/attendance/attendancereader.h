#pragma once
// Reads one attendance export of any layout Sala knows (docs/attendance-formats.md), all or
// nothing: either every row is read or the error names the file, the line and what is wrong.

#include "attendance/attendanceexport.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>

namespace sala {

// Reads the file at `path`. Files larger than maximumExportBytes are refused.
Expected<AttendanceExport> readAttendanceExport(const QString &path, const ExportReadOptions &options);

// The same from bytes already in memory; `fileName` names the file in messages and may carry
// the meeting's date. Never touches the disk; any bytes give a result or an error.
Expected<AttendanceExport> parseAttendanceExport(const QByteArray &bytes, const QString &fileName,
                                                 const ExportReadOptions &options);

// Far above any real export (a 1,000-person webinar with re-joins is a few megabytes).
constexpr qint64 maximumExportBytes = 512LL * 1024 * 1024;

} // namespace sala
