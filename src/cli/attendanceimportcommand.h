#pragma once
// `sala-cli attendance import`: attendance exports into a session of the database, without
// review. E-mail, alias and name matches are applied; proposals and people not on the roster are
// listed and left unmatched for the trainer to review in the app.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace sala::cli {

struct AttendanceImportRequest {
    const QCommandLineParser &parser;
    QStringList files; // after "attendance import"
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

// Returns the exit code.
int runAttendanceImport(const AttendanceImportRequest &request);

} // namespace sala::cli
