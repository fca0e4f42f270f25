#pragma once
// Reads delimited text as registration tools and spreadsheets write it: comma, semicolon or tab
// (detected from the header line), RFC 4180 quoting with line breaks inside quoted cells, and
// the line on which each record starts, so that every problem can name it.

#include "util/expected.h"

#include <QChar>
#include <QString>
#include <QStringList>

#include <vector>

namespace sala {

struct CsvRecord {
    int line = 0; // 1-based line of the file where the record starts
    QStringList cells;
};

struct CsvTable {
    QChar delimiter;
    std::vector<CsvRecord> records; // blank lines are left out
};

// The delimiter of the first record: the most frequent of tab, semicolon and comma outside
// quotes; a comma when there is none. An Excel "sep=;" first line decides on its own.
QChar detectDelimiter(QStringView text);

// Parses the whole text; `fileName` only names the file in messages. A quoted cell that never
// ends, or text after a closing quote, refuses the file with the line and column.
Expected<CsvTable> parseCsv(QStringView text, const QString &fileName, QChar delimiter = QChar());

} // namespace sala
