#pragma once
// The `sala-cli plan` commands: check, import, export and list plans in Sala's plan file format.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace sala::cli {

struct PlanRequest {
    const QCommandLineParser &parser;
    QStringList words; // after "plan": the subcommand and its arguments
    QString databasePath;
    QTextStream &out;
    QTextStream &err;
};

// Runs `plan validate|import|export|list`; returns the exit code.
int runPlanCommand(const PlanRequest &request);

} // namespace sala::cli
