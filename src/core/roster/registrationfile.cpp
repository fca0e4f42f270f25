#include "roster/registrationfile.h"

#include "roster/xlsxreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RegistrationFile)
};

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t')
        return Text::tr("tab-separated");
    if (delimiter == u';')
        return Text::tr("semicolon-separated");
    if (delimiter == u',')
        return Text::tr("comma-separated");
    return Text::tr("separated by “%1”").arg(delimiter);
}

} // namespace

Expected<RegistrationFile> readRegistrationFile(const QString &path, const QString &sheet)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{ErrorCode::NotFound,
                     Text::tr("There is no file “%1”; check the name and the folder.").arg(QDir::toNativeSeparators(path))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Text::tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return readRegistrationBytes(file.readAll(), path, sheet);
}

Expected<RegistrationFile> readRegistrationBytes(const QByteArray &bytes, const QString &path, const QString &sheet)
{
    RegistrationFile result;
    result.path = path;
    if (bytes.trimmed().isEmpty())
        return Error{ErrorCode::InvalidData,
                     Text::tr("“%1” is empty: there is nothing to import.").arg(QDir::toNativeSeparators(path))};
    if (looksLikeZip(bytes)) {
        result.kind = RegistrationFile::Kind::Xlsx;
        auto table = readXlsx(bytes, path, sheet);
        if (!table)
            return table.error();
        result.sheet = table->sheet;
        result.sheetNames = table->sheetNames;
        result.records = std::move(table->rows);
        return result;
    }
    DecodedText decoded = decodeText(bytes);
    result.encoding = decoded.encoding;
    if (decoded.text.contains(QChar(0)))
        return Error{ErrorCode::InvalidData,
                     Text::tr("“%1” is not a text file. Sala imports CSV files and Excel workbooks (.xlsx).")
                         .arg(QDir::toNativeSeparators(path))};
    auto table = parseCsv(decoded.text, path);
    if (!table)
        return table.error();
    result.delimiter = table->delimiter;
    result.records = std::move(table->records);
    return result;
}

QString describeFile(const RegistrationFile &file)
{
    if (file.kind == RegistrationFile::Kind::Xlsx)
        return Text::tr("Excel workbook, sheet “%1”").arg(file.sheet);
    return Text::tr("CSV, %1, %2").arg(encodingName(file.encoding), delimiterName(file.delimiter));
}

} // namespace sala
