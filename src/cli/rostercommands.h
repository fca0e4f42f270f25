#pragma once
// The `sala-cli roster` commands: import registration exports into a workshop's roster, export
// the roster, erase a participant's personal data and show everything stored about one person.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace sala::cli {

struct RosterRequest {
    const QCommandLineParser &parser;
    QStringList words; // after "roster": the subcommand and its arguments
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

// Runs `roster import|export|erase|show`; returns the exit code.
int runRosterCommand(const RosterRequest &request);

} // namespace sala::cli
