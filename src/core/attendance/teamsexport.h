#pragma once
// Microsoft Teams attendance exports: the legacy attendance list (one line per join or leave,
// UTF-16 and tabs as downloaded, or re-saved by Excel with commas), the 2021–22 "Meeting Summary"
// report, the sectioned report of late 2022 onward in any language, and the Live Events
// attendee report.

#include "attendance/attendanceexport.h"
#include "attendance/exportsniffer.h"
#include "attendance/exporttable.h"
#include "util/expected.h"

namespace sala {

Expected<AttendanceExport> readTeamsExport(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options);

} // namespace sala
