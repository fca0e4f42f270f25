#pragma once
// A registration export read from disk into rows of text cells, whatever it was: CSV in any of
// the encodings and delimiters registration tools write, or an Excel workbook.

#include "roster/csvreader.h"
#include "roster/textdecoder.h"
#include "util/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sala {

struct RegistrationFile {
    enum class Kind { Csv, Xlsx };
    QString path; // as given, for messages
    Kind kind = Kind::Csv;
    TextEncoding encoding = TextEncoding::Utf8; // CSV only
    QChar delimiter;                            // CSV only
    QString sheet;                              // XLSX only: the sheet that was read
    QStringList sheetNames;                     // XLSX only
    std::vector<CsvRecord> records;
};

// Reads the file at `path`; `sheet` picks an XLSX sheet by name (the first when empty). The
// kind is read from the bytes, not the file name.
Expected<RegistrationFile> readRegistrationFile(const QString &path, const QString &sheet = {});
Expected<RegistrationFile> readRegistrationBytes(const QByteArray &bytes, const QString &path, const QString &sheet = {});

// "CSV, UTF-8, comma-separated" or "Excel workbook, sheet “Form1”", for the preview.
QString describeFile(const RegistrationFile &file);

} // namespace sala
