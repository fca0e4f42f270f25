#pragma once
// Google Meet's attendance report (Workspace attendance tracking): "Name, Email, Duration, Time
// joined, Time exited" (2020) or with the name split in "First name, Last name" (2021 on). The
// times are times of day; the date comes from the file name Google gives the report
// ("2024-03-05 09-00 Budget Basics.csv") or else from the session.

#include "attendance/attendanceexport.h"
#include "attendance/exportsniffer.h"
#include "attendance/exporttable.h"
#include "util/expected.h"

namespace sala {

Expected<AttendanceExport> readMeetExport(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options);

} // namespace sala
