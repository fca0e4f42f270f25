#pragma once
// Absorbing an overrun: which of the remaining activities that may be shortened lose how many
// minutes (never below their minimum) so that the session ends on its planned end again.

#include "run/runstate.h"

#include <optional>
#include <vector>

namespace sala {

struct TrimCut {
    int index = 0; // in the session's activities
    qint64 activityId = 0;
    int fromMinutes = 0;
    int toMinutes = 0;
};

struct TrimSuggestion {
    std::vector<TrimCut> cuts;
    int neededMinutes = 0; // the overrun, in whole minutes rounded up
    int savedMinutes = 0;  // what the cuts take out; less than needed when the minimums bind
    QDateTime projectedEndAfter;
    bool absorbsAll() const { return savedMinutes >= neededMinutes; }
};

// Nothing when the session is not at least a minute behind, is over, or nothing after the current
// activity may be shortened. Cuts are shared out in proportion to what each activity can give.
std::optional<TrimSuggestion> suggestTrim(const RunPlan &plan, const RunState &state);

// The session with the cuts made, for applying the suggestion.
Session applyTrim(Session session, const TrimSuggestion &suggestion);

} // namespace sala
