#pragma once
// Re-planning after late arrivals and departures with as few moves as possible: everyone with a
// planned room keeps it unless they must make way, and the people without one (newcomers) are
// placed by an exact search so that nobody meets anyone more often than allowed.

#include "groups/groupinstance.h"

#include <functional>
#include <optional>
#include <vector>

namespace sala {

// [round][person] local group, −1 when absent (the layout GroupSearch uses).
using PlanAssignment = std::vector<std::vector<int>>;

// The plan of `part` kept for everyone who has a room in it (pins first), and the others placed
// so that no pair meets beyond max_meetings and no keep-apart pair shares a room; the room sizes
// end as the part's sizes allow. Where a room is closed to a newcomer by one planned member
// only, that member may move to another room for that round: the fewest such moves are tried
// first, up to `maxMoves`, each number with a search of `nodeBudget` steps. Nothing when the plan
// does not fit the rooms, a person without a planned room has a keep-together partner, no such
// placement is found, or `expired` says so.
std::optional<PlanAssignment> completePlan(const GroupInstance &part, long nodeBudget, const std::function<bool()> &expired,
                                           int maxMoves = 0);

} // namespace sala
