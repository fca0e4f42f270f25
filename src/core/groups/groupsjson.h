#pragma once
// The breakout problem file (PROBLEM.json) and the solver's answer as JSON: the same layout, the
// answer adding "rounds" and "statistics". Every problem in an invalid file is named by its JSON
// Pointer. The format is described in docs/groups-format.md.

#include "groups/groupproblem.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace sala {

struct GroupsParse {
    std::optional<GroupProblem> problem; // set exactly when `issues` is empty
    std::vector<GroupIssue> issues;
};

// Reads the file's shape: types, ids, known members. checkGroupProblem() then judges whether
// the problem can be solved (sizes adding up, pins that fit).
GroupsParse parseGroupProblem(const QByteArray &bytes);

// The problem, and when given the solution's rounds and statistics; 2-space indent, trailing newline.
QByteArray groupsToJson(const GroupProblem &problem, const GroupSolution *solution = nullptr);

// One line per issue, "<file>: <location>: <message>".
QString describeGroupIssues(const QString &fileName, const std::vector<GroupIssue> &issues);

} // namespace sala
