#pragma once
// Shared by the attendance tests: the fixture files, Teams fixtures turned into the UTF-16 files
// Teams downloads, and the attendance of one person by name.

#include "attendance/attendancereader.h"
#include "attendance/attendancesummary.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringEncoder>

#include <algorithm>

namespace sala::test {

inline QString attendanceFixture(const QString &name)
{
    return QStringLiteral(SALA_FIXTURES_DIR "/attendance/") + name;
}

inline QByteArray attendanceFixtureBytes(const QString &name)
{
    QFile file(attendanceFixture(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

// What Teams downloads: UTF-16 little endian with a byte-order mark. The fixtures keep the text
// as UTF-8 so that they can be read and reviewed.
inline QByteArray asUtf16(const QByteArray &utf8, QStringConverter::Encoding encoding = QStringConverter::Utf16LE)
{
    const QByteArray mark = encoding == QStringConverter::Utf16LE ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    QStringEncoder encoder(encoding);
    const QByteArray body = encoder(QString::fromUtf8(utf8));
    return mark + body;
}

inline Expected<AttendanceExport> parseFixture(const QString &name, const ExportReadOptions &options = {})
{
    QByteArray bytes = attendanceFixtureBytes(name);
    QString fileName = name;
    if (name.endsWith(QStringLiteral(".utf8.tsv"))) {
        bytes = asUtf16(bytes);
        fileName = name.chopped(9) + QStringLiteral(".csv");
    }
    return parseAttendanceExport(bytes, fileName, options);
}

inline AttendanceExport readFixture(const QString &name, const ExportReadOptions &options = {})
{
    auto result = parseFixture(name, options);
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

inline const IdentitySummary &personNamed(const std::vector<IdentitySummary> &people, const QString &name)
{
    const auto found = std::find_if(people.begin(), people.end(), [&name](const IdentitySummary &p) { return p.name == name; });
    INFO(name.toStdString());
    REQUIRE(found != people.end());
    return *found;
}

inline qint64 secondsOf(const std::vector<IdentitySummary> &people, const QString &name)
{
    return personNamed(people, name).seconds;
}

inline QDateTime wallClock(int year, int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

} // namespace sala::test
