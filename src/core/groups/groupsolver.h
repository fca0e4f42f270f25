#pragma once
// The breakout group solver: classical designs where they fit, a greedy start and tabu search
// for everything else, the lower bound on repeats, a plain explanation when a request cannot be
// met, re-planning after late arrivals and departures, and the best room for one late arrival.

#include "groups/groupproblem.h"
#include "util/expected.h"

#include <atomic>
#include <functional>
#include <vector>

namespace sala {

class Clock;

struct GroupProgress {
    qint64 elapsedMs = 0;
    qint64 timeLimitMs = 0;
    long iterations = 0;
    int part = 0; // which independent part is being solved (one per homogeneous value)
    int parts = 1;
};

struct GroupSolveOptions {
    quint64 seed = 1;
    qint64 timeLimitMs = 2000;
    const Clock *clock = nullptr; // the system clock when null; tests drive a ManualClock
    std::function<void(const GroupProgress &)> progress;
    const std::atomic<bool> *cancel = nullptr;
    // The search also stops after this many iterations without a better schedule, so that a
    // result for a seed does not depend on the machine's speed unless the time limit strikes.
    long stallIterations = 30000;
    long maxIterations = 0; // per part; 0 for no limit
};

// Every rule the problem breaks, with its location in the problem file; empty when solvable.
std::vector<GroupIssue> checkGroupProblem(const GroupProblem &problem);

// Fails with ErrorCode::InvalidData naming every problem when checkGroupProblem finds any.
Expected<GroupSolution> solveGroups(const GroupProblem &problem, const GroupSolveOptions &options = {});

// Statistics of any schedule (for example after people were dragged between rooms). The lower
// bound and the repeat-free bound are left at zero and nullopt: they come from solveGroups.
GroupStatistics evaluateSchedule(const GroupProblem &problem, const std::vector<GroupRound> &rounds);

// The problem for re-planning `plan` after its first `roundsHeld` rounds were held: those become
// fixed, the people in `leaving` (indices) stop attending, `arriving` join for the rest, and the
// remaining rounds are solved staying close to the plan.
GroupProblem replanProblem(const GroupProblem &problem, const std::vector<GroupRound> &plan, int roundsHeld,
                           const std::vector<int> &leaving, const std::vector<GroupPerson> &arriving);

struct RoomSuggestion {
    int room = 0;
    int conflicts = 0; // keep-apart partners already there, keep-together partners elsewhere
    int repeats = 0;   // people there whom the person has already met often enough
    int size = 0;      // people already there
    int imbalance = 0; // how much the room's attribute mix worsens (negative: improves)
};

// The rooms of `round` for `person` (who may be in none yet), best first.
std::vector<RoomSuggestion> suggestRooms(const GroupProblem &problem, const std::vector<GroupRound> &rounds, int round,
                                         int person);

} // namespace sala
