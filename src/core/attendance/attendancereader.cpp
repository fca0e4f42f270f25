#include "attendance/attendancereader.h"

#include "attendance/exportsniffer.h"
#include "attendance/exporttable.h"
#include "attendance/meetexport.h"
#include "attendance/teamsexport.h"
#include "attendance/zoomexport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceExport)
};

} // namespace

Expected<AttendanceExport> parseAttendanceExport(const QByteArray &bytes, const QString &fileName,
                                                 const ExportReadOptions &options)
{
    auto table = readExportTable(bytes, fileName);
    if (!table)
        return table.error();
    auto shape = sniffExport(table.value());
    if (!shape)
        return shape.error();
    Expected<AttendanceExport> result = Error{};
    switch (platformOf(shape->layout)) {
    case ExportPlatform::Zoom: result = readZoomExport(table.value(), shape.value(), options); break;
    case ExportPlatform::Teams: result = readTeamsExport(table.value(), shape.value(), options); break;
    case ExportPlatform::Meet: result = readMeetExport(table.value(), shape.value(), options); break;
    }
    if (!result)
        return result;
    result->fileName = fileName;
    result->sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    return result;
}

Expected<AttendanceExport> readAttendanceExport(const QString &path, const ExportReadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ErrorCode::NotFound,
                     Text::tr("There is no file “%1”; check the name and the folder.").arg(displayFileName(path))};
    if (!info.isFile())
        return Error{ErrorCode::NotFound, Text::tr("“%1” is a folder, not an attendance export.").arg(displayFileName(path))};
    if (info.size() > maximumExportBytes)
        return fileError(path, Text::tr("the file is %1 MB, far larger than any attendance report; check that it is the "
                                        "right file.")
                                   .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Text::tr("Cannot read “%1”: %2").arg(displayFileName(path), file.errorString())};
    const QByteArray bytes = file.readAll();
    return parseAttendanceExport(bytes, path, options);
}

} // namespace sala
