#pragma once
// The `sala-cli report attendance` and `sala-cli report certificates` commands: the attendance
// report funders ask for (CSV, Excel or PDF) and the certificates of those who earned one.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace sala::cli {

struct AttendanceReportRequest {
    const QCommandLineParser &parser;
    QStringList words; // after "report": the subcommand and its arguments
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

// Whether `report <subcommand>` is one of these (the others, such as timing, live elsewhere).
bool isAttendanceReportCommand(const QString &subcommand);
// Runs `report attendance` or `report certificates`; returns the exit code.
int runAttendanceReportCommand(const AttendanceReportRequest &request);

} // namespace sala::cli
