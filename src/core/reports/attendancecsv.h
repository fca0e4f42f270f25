#pragma once
// The attendance report as CSV for spreadsheets: UTF-8 with a byte order mark (Excel then reads
// Khmer, Lao and Thai), CRLF line ends, and text cells that a spreadsheet would run as a formula
// written as plain text.

#include "reports/attendancereport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>

namespace sala {

// Text that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so that
// a name such as "=HYPERLINK(…)" typed into a registration form stays text in Excel.
QString neutralizeFormula(const QString &text);

// One row of RFC 4180 CSV (no line end). `text` cells are neutralized and quoted as needed;
// numbers are written as they are.
class CsvRow final {
public:
    CsvRow &text(const QString &value);
    CsvRow &number(qint64 value);
    QString line() const { return m_cells.join(u','); }

private:
    QStringList m_cells;
};

// The whole document from its rows, with the byte order mark and CRLF line ends.
QByteArray csvDocument(const std::vector<CsvRow> &rows);

// Participants × sessions: one row per person with their minutes and share in each session, the
// workshop total, share and status.
QByteArray attendanceMatrixCsv(const AttendanceReport &report);
// One session: each person seen with minutes, share, first join and last leave in the workshop's
// time zone, how they were matched and whether they were checked in live.
QByteArray sessionAttendanceCsv(const AttendanceReport &report, std::size_t sessionIndex);
// Who earned a certificate, completion first.
QByteArray certificateListCsv(const AttendanceReport &report);

} // namespace sala
