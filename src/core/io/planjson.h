#pragma once
// Sala's plan file: a workshop or a single session as UTF-8 JSON, for sharing plans between
// trainers. The format is described in docs/plan-format.md and docs/plan-format.schema.json.

#include "domain/plan.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace sala {

// The newest format version this build reads and the one it writes.
inline constexpr int planFormatVersion = 1;

struct PlanProblem {
    QString location; // JSON Pointer to the offending value, "" for the file as a whole
    QString message;  // what is wrong and what would be right, in plain words
    bool operator==(const PlanProblem &) const = default;
};

struct PlanDocument {
    bool isSession = false;
    // For a session file, `sessions` holds exactly that session and the other fields are empty.
    Workshop workshop;
};

struct PlanParse {
    std::optional<PlanDocument> document; // set exactly when `problems` is empty
    std::vector<PlanProblem> problems;
};

// Pretty-printed (2-space indent, documented key order, trailing newline). Ids are not written.
QByteArray workshopToJson(const Workshop &workshop);
QByteArray sessionToJson(const Session &session);

// Checks the whole file and reports every problem it finds, not only the first one.
PlanParse parsePlan(const QByteArray &bytes);

// "<location>: <message>", or the message alone for a problem with the file as a whole.
QString problemLine(const PlanProblem &problem);
// One line per problem, "<file>: <location>: <message>", joined with newlines.
QString describeProblems(const QString &fileName, const std::vector<PlanProblem> &problems);

} // namespace sala
