#pragma once
// The table of people in attendance files and their matches, set up alike in the import's review
// and in the later review of stored imports.

class QString;
class QTableView;

namespace sala {

class AttendanceReviewModel;

// Rows selected whole, one at a time, never edited in place; columns sized for a 1366-pixel
// screen, with `nameWidth` for the names.
void setUpAttendanceReviewTable(QTableView &table, AttendanceReviewModel &model, const QString &accessibleName, int nameWidth);

} // namespace sala
