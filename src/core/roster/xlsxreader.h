#pragma once
// Reads the cells of one sheet of an Excel workbook (.xlsx), as Microsoft Forms and KoboToolbox
// export them: shared and inline strings, numbers, booleans, and dates (numbers with a date
// format) turned into ISO 8601 text. Each row keeps its spreadsheet row number for messages.

#include "roster/csvreader.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sala {

struct SheetTable {
    QString sheet;               // the sheet that was read
    QStringList sheetNames;      // every sheet of the workbook, in order
    std::vector<CsvRecord> rows; // `line` is the spreadsheet row number
};

// Reads `sheet`, or the first sheet when empty. `displayName` names the file in messages.
Expected<SheetTable> readXlsx(const QByteArray &bytes, const QString &displayName, const QString &sheet = {});

// True when the bytes start like a ZIP archive (an .xlsx whatever its file name says).
bool looksLikeZip(const QByteArray &bytes);

// Excel's day number (1900 system, or 1904 when the workbook says so) as ISO 8601 text:
// "2026-03-02" for whole days, "2026-03-02T14:05:00" otherwise.
QString excelSerialToIso(double serial, bool date1904);

} // namespace sala
