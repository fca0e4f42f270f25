#pragma once
// Which platform and layout an export is, from the shape of its first rows: the title line, the
// header cells (in English, Japanese or Polish, or by position and the shape of the rows),
// sections and preambles. Files that only look like attendance reports (Zoom's quality
// dashboard, registration lists) are refused with a message saying what they seem to be.

#include "attendance/attendanceexport.h"
#include "attendance/exporttable.h"
#include "util/expected.h"

#include <cstddef>

namespace sala {

struct ExportShape {
    ExportLayout layout = ExportLayout::ZoomParticipantsTitleCase;
    std::size_t header = 0; // record of the participant table's header (0 for sectioned layouts)
};

Expected<ExportShape> sniffExport(const ExportTable &table);

// Folded header names of Zoom's participant table, per language.
bool isZoomNameHeader(const QString &folded);

} // namespace sala
