#pragma once
// The `sala-cli groups` commands: breakout groups for a problem file (PROBLEM.json) or for a
// plain count of people, as JSON, CSV, Zoom's pre-assignment CSV or a text list per room.

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace sala::cli {

struct GroupsRequest {
    const QCommandLineParser &parser;
    QStringList words; // after "groups": the subcommand and its arguments
    QTextStream &out;
    QTextStream &err;
};

// Runs `groups make`; returns the exit code.
int runGroupsCommand(const GroupsRequest &request);

} // namespace sala::cli
