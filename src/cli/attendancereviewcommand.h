#pragma once
// `sala-cli attendance unmatched` and `attendance match`: the people a session's stored imports
// left unmatched, and a decision on one of them (a participant, or ignored), as the review in the
// app makes it.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace sala::cli {

struct AttendanceReviewRequest {
    const QCommandLineParser &parser;
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

// Each returns the exit code.
int runAttendanceUnmatched(const AttendanceReviewRequest &request);
int runAttendanceMatch(const AttendanceReviewRequest &request);

} // namespace sala::cli
