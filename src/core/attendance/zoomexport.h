#pragma once
// Zoom's attendance exports: the meeting participants report (2020–2023 title case, 2023+
// sentence case, translated headers, with or without the meeting block, "show unique users"),
// the admin export that repeats the meeting on every row, the webinar attendee report with its
// sections, and the older "zoomus_meeting_report" variant.

#include "attendance/attendanceexport.h"
#include "attendance/exportsniffer.h"
#include "attendance/exporttable.h"
#include "util/expected.h"

namespace sala {

Expected<AttendanceExport> readZoomExport(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options);

} // namespace sala
