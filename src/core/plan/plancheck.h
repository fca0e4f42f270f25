#pragma once
// Checks a session plan for the mistakes that hurt a live online session: no break for too long,
// running past the target end, fixed times that cannot be met, more breakout rooms than the
// platform allows, group work without instructions.

#include "domain/plan.h"

#include <QString>

#include <vector>

namespace sala {

struct PlanIssue {
    enum class Severity { Warning, Problem };
    Severity severity = Severity::Warning;
    int activityIndex = -1; // the activity to show; -1 for the session as a whole
    QString message;
    bool operator==(const PlanIssue &) const = default;
};

struct PlanCheckInput {
    const Workshop *workshop = nullptr;
    const Session *session = nullptr;
    int expectedParticipants = 0; // rooms are counted for this many people; 0 when unknown
};

// Longest stretch, in minutes, that a plan may run without a break or an energizer.
inline constexpr int maximumMinutesWithoutBreak = 90;

std::vector<PlanIssue> checkSession(const PlanCheckInput &input);

} // namespace sala
