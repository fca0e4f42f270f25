#pragma once
// The records of an attendance export and what every platform reader shares: decoding (BOMs,
// UTF-16, legacy code pages), the delimiter chosen from the first lines, header cells folded for
// matching, cells by position, and errors that name the file and the line.
//
// Cells are views into the decoded text, not copies: exports run to 100,000 rows, and a string
// per cell made reading them slower than loading them into SQLite. Only quoted cells with doubled
// quotes or line breaks are copied, once, to unescape them.

#include "util/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <initializer_list>
#include <vector>

namespace sala {

// One line of the file (or more, when a quoted cell holds line breaks).
struct ExportRecord {
    int line = 0; // 1-based line where the record starts
    const QStringView *cells = nullptr;
    qsizetype count = 0; // trailing empty cells are not counted

    qsizetype size() const { return count; }
    QStringView operator[](qsizetype i) const { return cells[i]; }
    const QStringView *begin() const { return cells; }
    const QStringView *end() const { return cells + count; }
    bool sameCells(const ExportRecord &other) const;
};

// Owns the text the records point into; move it, never copy it.
struct ExportTable {
    ExportTable() = default;
    ExportTable(ExportTable &&) = default;
    ExportTable &operator=(ExportTable &&) = default;
    ExportTable(const ExportTable &) = delete;
    ExportTable &operator=(const ExportTable &) = delete;

    QString fileName;
    QChar delimiter;
    std::vector<ExportRecord> records; // blank lines left out

    QString text;      // the decoded file
    QString unescaped; // quoted cells that had to be copied
    std::vector<QStringView> cellViews;
};

// Refuses, with a message saying what the file is, anything that is not delimited text. Quoting
// follows RFC 4180; a quoted cell that never ends, or text after a closing quote, is refused with
// the line and column.
Expected<ExportTable> readExportTable(const QByteArray &bytes, const QString &fileName);

// Tab when any of the first lines has one outside quotes (Teams), otherwise the more frequent of
// semicolon and comma; an Excel "sep=" line decides on its own.
QChar detectExportDelimiter(QStringView text);

// A header cell reduced for matching: case folded, spaces removed, full-width brackets made
// ASCII, a trailing colon dropped. "Name (Original Name)" and "名前 (元の名前)" become
// "name(originalname)" and "名前(元の名前)".
QString foldHeader(QStringView cell);
std::vector<QString> foldHeaders(const ExportRecord &record);
// Index of the first header (at or after `from`) equal to one of `aliases` (already folded); -1.
int findColumn(const std::vector<QString> &folded, std::initializer_list<QStringView> aliases, int from = 0);

// The trimmed cell, empty when the row is shorter.
QStringView cellAt(const ExportRecord &record, int column);
bool isBlank(QStringView text);
int nonEmptyCells(const ExportRecord &record);
// The first cells of a row, quoted, for messages: “Meeting ID”, “Host”, “Email”…
QString describeCells(const ExportRecord &record);

QString displayFileName(const QString &fileName);
Error fileError(const QString &fileName, const QString &what);
Error lineError(const QString &fileName, int line, const QString &what);

} // namespace sala
