#pragma once
// The `sala-cli run` and `sala-cli report` commands: the live state of a session as the GUI
// stored it, and the planned-versus-actual report of a run.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace sala::cli {

struct RunRequest {
    const QCommandLineParser &parser;
    QStringList words; // after "run" or "report": the subcommand and its arguments
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

// Runs `run status`; returns the exit code.
int runRunCommand(const RunRequest &request);
// Runs `report timing`; returns the exit code.
int runReportCommand(const RunRequest &request);

} // namespace sala::cli
