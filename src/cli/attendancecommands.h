#pragma once
// The `sala-cli attendance` commands: read Zoom, Teams and Meet attendance exports without a
// database and print the attendance of each person (JSON or CSV).

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace sala::cli {

struct AttendanceRequest {
    const QCommandLineParser &parser;
    QStringList words; // after "attendance": the subcommand and its arguments
    QTextStream &out;
    QTextStream &err;
};

// Runs `attendance summarize`; returns the exit code.
int runAttendanceCommand(const AttendanceRequest &request);

} // namespace sala::cli
