#include "groups/groupsolver.h"

#include "groups/designs.h"
#include "groups/groupbounds.h"
#include "groups/groupinstance.h"
#include "groups/groupsearch.h"
#include "groups/planrepair.h"
#include "run/clock.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <tuple>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::GroupSolver)
};

const Clock &systemClock()
{
    static const SystemClock clock;
    return clock;
}

// Equal rooms, everyone in every round, nothing before, no pins, no plan, no pair rules: the
// classical designs apply as they are. Returns the room size, or 0.
int designSize(const GroupInstance &part)
{
    const int n = part.size();
    if (part.rounds < 1 || n < 4)
        return 0;
    const int size = part.sizes.front().empty() ? 0 : part.sizes.front().front();
    if (size < 2 || n % size != 0)
        return 0;
    for (int r = 0; r < part.rounds; ++r) {
        if (part.groups(r) * size != n)
            return 0;
        for (int s : part.sizes[std::size_t(r)])
            if (s != size)
                return 0;
        for (int i = 0; i < n; ++i)
            if (!part.movable(r, i))
                return 0;
        if (!part.planned.empty())
            return 0;
    }
    for (int i = 0; i < n; ++i) {
        if (!part.counted[std::size_t(i)])
            return 0;
        for (int j = 0; j < n; ++j)
            if (part.beforeMeetings(i, j) != 0 || part.relationOf(i, j) != 0)
                return 0;
    }
    return size;
}

// Everyone present in every round with the same room sizes and no history: the counting bound
// then depends only on the number of rounds.
bool uniformPart(const GroupInstance &part)
{
    for (int r = 0; r < part.rounds; ++r) {
        if (part.sizes[std::size_t(r)] != part.sizes.front())
            return false;
        for (int i = 0; i < part.size(); ++i)
            if (!part.attends[std::size_t(r)][std::size_t(i)] || part.pinned[std::size_t(r)][std::size_t(i)] >= 0)
                return false;
    }
    for (int v : part.before)
        if (v != 0)
            return false;
    return part.rounds > 0;
}

// The same part with `rounds` copies of its first round.
GroupInstance withRounds(const GroupInstance &part, int rounds)
{
    GroupInstance copy = part;
    copy.rounds = rounds;
    copy.roomIds.assign(std::size_t(rounds), part.roomIds.front());
    copy.sizes.assign(std::size_t(rounds), part.sizes.front());
    copy.flexibleSizes.assign(std::size_t(rounds), part.flexibleSizes.front());
    copy.attends.assign(std::size_t(rounds), part.attends.front());
    copy.pinned.assign(std::size_t(rounds), part.pinned.front());
    copy.planned.clear();
    return copy;
}

// The most rounds of a uniform part that can be free of repeats: exact where mathematics knows
// it, otherwise by counting.
std::optional<RepeatFreeLimit> uniformLimit(const GroupInstance &part)
{
    const std::vector<int> &sizes = part.sizes.front();
    if (sizes.empty())
        return std::nullopt;
    const bool equal = std::all_of(sizes.cbegin(), sizes.cend(), [&](int s) { return s == sizes.front(); });
    std::optional<RepeatFreeLimit> exact;
    bool everyoneCounted = std::all_of(part.counted.cbegin(), part.counted.cend(), [](char c) { return c != 0; });
    if (equal && everyoneCounted && part.maxMeetings == 1)
        exact = repeatFreeLimit(part.size(), sizes.front());
    int rounds = 1;
    const int ceiling = std::max(2, part.size() * part.maxMeetings + 1);
    while (rounds < ceiling && repeatLowerBound(withRounds(part, rounds + 1)) == 0)
        ++rounds;
    if (exact && exact->rounds <= rounds)
        return exact;
    if (const std::optional<ProvenRepeatBound> proven = provenRepeatBound(withRounds(part, rounds + 1)))
        return RepeatFreeLimit{rounds, proven->reason};
    return RepeatFreeLimit{rounds, Text::tr("each person meets about %1 people per round, and only so many of them can "
                                            "be new")
                                       .arg(sizes.front() - 1)};
}

// Repeat-free rounds for `people` in groups of about `size`, for suggesting another size.
int limitForSize(const GroupInstance &part, int size)
{
    GroupConstraints constraints;
    constraints.groupSize = size;
    const RoomSizing sizing = roomSizes(part.size(), constraints, 0);
    if (!sizing.problem.isEmpty() || sizing.sizes.size() < 2)
        return 0;
    GroupInstance copy = part;
    copy.sizes.front() = sizing.sizes;
    copy.roomIds.front().assign(sizing.sizes.size(), 0);
    const std::optional<RepeatFreeLimit> limit = uniformLimit(copy);
    return limit ? limit->rounds : 0;
}

// Weights for a part: where a plan is being revised, one repeat outweighs moving every planned
// person, so the search puts fewer repeats first and fewer moves second.
SearchWeights partWeights(const GroupInstance &part)
{
    SearchWeights weights;
    if (part.planned.empty())
        return weights;
    long planned = 0;
    for (int r = 0; r < part.rounds; ++r)
        for (int i = 0; i < part.size(); ++i)
            planned += part.movable(r, i) && part.planned[std::size_t(r)][std::size_t(i)] >= 0 ? 1 : 0;
    const long scale = std::max(1L, (weights.move * planned) / weights.repeat + 1);
    weights.repeat *= scale;
    weights.balance *= scale;
    weights.hard *= scale;
    return weights;
}

struct PartResult {
    GroupSearch::Assignment assignment;
    QString method;
    int lowerBound = 0;
    long iterations = 0;
    bool timedOut = false;
};

PartResult solvePart(const GroupInstance &part, const GroupSolveOptions &options, const Clock &clock, qint64 deadline,
                     std::mt19937_64 &rng, const std::function<void(long)> &report)
{
    PartResult result;
    result.lowerBound = repeatLowerBound(part);
    const SearchWeights weights = partWeights(part);
    GroupSearch search(part, weights);
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };
    const auto expired = [&] { return cancelled() || clock.monotonicMs() >= deadline; };

    std::vector<char> toFill(std::size_t(part.rounds), 1);
    bool fromDesign = false;
    if (const int size = designSize(part); size > 0) {
        const qint64 designDeadline = clock.monotonicMs() + std::max<qint64>(1, (deadline - clock.monotonicMs()) / 4);
        const std::optional<designs::Design> design = designs::repeatFreeDesign(part.size(), size, part.rounds, options.seed, [&] {
            return cancelled() || clock.monotonicMs() >= designDeadline;
        });
        if (design) {
            GroupSearch::Assignment assignment(std::size_t(part.rounds), std::vector<int>(std::size_t(part.size()), -1));
            for (std::size_t r = 0; r < design->rounds.size() && r < assignment.size(); ++r) {
                for (std::size_t g = 0; g < design->rounds[r].size(); ++g)
                    for (int point : design->rounds[r][g])
                        assignment[r][std::size_t(point)] = int(g);
                toFill[r] = 0;
            }
            search.setAssignment(assignment);
            fromDesign = true;
            result.method =
                design->rounds.size() >= std::size_t(part.rounds)
                    ? design->method
                    : Text::tr("%1 for %2 rounds, the rest by tabu search").arg(design->method).arg(design->rounds.size());
        }
    }
    if (std::find(toFill.begin(), toFill.end(), 1) != toFill.end())
        search.greedyFill(toFill, rng);
    if (!fromDesign)
        result.method = part.planned.empty() ? Text::tr("greedy start and tabu search")
                                             : Text::tr("the plan kept where it still fits, then tabu search");
    if (!part.planned.empty() && search.cost() > weights.repeat * result.lowerBound) {
        // Newcomers placed by an exact search around the plan need few people, often nobody, to
        // move out of their way.
        constexpr long completionNodes = 50000;
        constexpr int completionMoves = 4;
        if (const std::optional<PlanAssignment> completed = completePlan(part, completionNodes, expired, completionMoves)) {
            const GroupSearch::Assignment greedy = search.current();
            const long greedyCost = search.cost();
            search.setAssignment(*completed);
            if (search.cost() < greedyCost)
                result.method = Text::tr("the plan kept where it still fits, newcomers placed by exact search");
            else
                search.setAssignment(greedy);
        }
    }

    SearchControl control;
    control.rng = &rng;
    control.stop = expired;
    control.goal = weights.repeat * result.lowerBound;
    control.stallIterations = options.stallIterations;
    control.maxIterations = options.maxIterations;
    control.progress = [&](long iterations, long) { report(iterations); };
    if (fromDesign && !part.balance.empty() && std::find(toFill.begin(), toFill.end(), 1) == toFill.end())
        result.iterations += search.relabel(control);
    if (search.bestCost() > control.goal)
        result.iterations += search.run(control);
    result.timedOut = search.bestCost() > control.goal && clock.monotonicMs() >= deadline && !cancelled();
    result.assignment = search.best();
    return result;
}

// The most common homogeneous key of a room's members, "" when none has one.
QString roomKey(const GroupProblem &problem, const std::vector<int> &room)
{
    std::map<QString, int> counts;
    for (int p : room) {
        const QString key = homogeneousKey(problem.people[std::size_t(p)], problem.constraints.homogeneousAttrs);
        if (!key.isEmpty())
            ++counts[key];
    }
    QString best;
    int most = 0;
    for (const auto &[key, count] : counts)
        if (count > most) {
            best = key;
            most = count;
        }
    return best;
}

QString attributeValue(const GroupPerson &person, const QString &attribute)
{
    const auto found = person.attrs.find(attribute);
    return found == person.attrs.end() ? QString() : found->second;
}

// People beyond the even spread of each balanced attribute in the rooms of one round.
int roundImbalance(const GroupProblem &problem, const GroupRound &round)
{
    if (problem.constraints.balanceAttrs.isEmpty())
        return 0;
    std::vector<QString> keys;
    for (const auto &room : round)
        keys.push_back(roomKey(problem, room));
    int imbalance = 0;
    for (std::size_t k = 0; k < round.size(); ++k) {
        int population = 0;
        std::map<QString, std::map<QString, long>> totals; // attribute → value → people
        for (std::size_t other = 0; other < round.size(); ++other) {
            if (keys[other] != keys[k])
                continue;
            for (int p : round[other]) {
                ++population;
                for (const QString &attribute : problem.constraints.balanceAttrs)
                    ++totals[attribute][attributeValue(problem.people[std::size_t(p)], attribute)];
            }
        }
        const long size = long(round[k].size());
        for (const QString &attribute : problem.constraints.balanceAttrs) {
            std::map<QString, long> here;
            for (int p : round[k])
                ++here[attributeValue(problem.people[std::size_t(p)], attribute)];
            for (const auto &[value, total] : totals[attribute]) {
                const long share = total * size;
                const long low = population > 0 ? share / population : 0;
                const long high = population > 0 ? (share + population - 1) / population : 0;
                const long count = here.count(value) ? here[value] : 0;
                imbalance += int(std::max(0L, count - high) + std::max(0L, low - count));
            }
        }
    }
    return imbalance;
}

} // namespace

std::vector<GroupIssue> checkGroupProblem(const GroupProblem &problem)
{
    return prepareGroupProblem(problem).issues;
}

GroupStatistics evaluateSchedule(const GroupProblem &problem, const std::vector<GroupRound> &rounds)
{
    GroupStatistics stats;
    const int n = int(problem.people.size());
    const int mm = std::max(1, problem.constraints.maxMeetings);
    std::set<QString> excluded;
    for (const QString &role : problem.constraints.excludeRolesFromPairs)
        excluded.insert(role);
    std::vector<char> counted(static_cast<std::size_t>(n));
    for (int p = 0; p < n; ++p)
        counted[std::size_t(p)] = excluded.count(problem.people[std::size_t(p)].role) ? 0 : 1;
    const auto cell = [n](int a, int b) { return std::size_t(a) * std::size_t(n) + std::size_t(b); };
    std::vector<int> before(std::size_t(n) * std::size_t(n), 0);
    std::vector<int> now(std::size_t(n) * std::size_t(n), 0);
    const auto tally = [&](const std::vector<GroupRound> &list, std::vector<int> &into) {
        for (const GroupRound &round : list)
            for (const auto &room : round)
                for (int a : room)
                    for (int b : room)
                        if (a != b && a >= 0 && b >= 0 && a < n && b < n)
                            ++into[cell(a, b)];
    };
    tally(problem.history, before);
    tally(rounds, now);
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b) {
            if (!counted[std::size_t(a)] || !counted[std::size_t(b)] || now[cell(a, b)] == 0)
                continue;
            const int h = before[cell(a, b)];
            const int t = h + now[cell(a, b)];
            stats.mostMeetings = std::max(stats.mostMeetings, t);
            const int repeats = std::max(0, t - mm) - std::max(0, h - mm);
            stats.repeatedPairs += repeats;
            if (repeats > 0)
                stats.repeats.push_back({a, b, t});
        }
    std::stable_sort(stats.repeats.begin(), stats.repeats.end(),
                     [](const RepeatedPair &x, const RepeatedPair &y) { return x.meetings > y.meetings; });

    std::vector<std::vector<int>> apart(static_cast<std::size_t>(n));
    std::vector<std::vector<int>> together(static_cast<std::size_t>(n));
    for (const auto &set : problem.constraints.keepApart)
        for (int a : set)
            for (int b : set)
                if (a < b && a >= 0 && b < n)
                    apart[std::size_t(a)].push_back(b);
    for (const auto &set : problem.constraints.keepTogether)
        for (int a : set)
            for (int b : set)
                if (a < b && a >= 0 && b < n)
                    together[std::size_t(a)].push_back(b);
    const int fixed = int(problem.fixedRounds.size());
    for (std::size_t r = 0; r < rounds.size(); ++r) {
        const GroupRound &round = rounds[r];
        std::vector<int> roomOf(std::size_t(n), -1);
        for (std::size_t k = 0; k < round.size(); ++k)
            for (int p : round[k])
                if (p >= 0 && p < n)
                    roomOf[std::size_t(p)] = int(k);
        for (int a = 0; a < n; ++a) {
            if (roomOf[std::size_t(a)] < 0)
                continue;
            for (int b : apart[std::size_t(a)])
                stats.keepApartViolations += roomOf[std::size_t(b)] == roomOf[std::size_t(a)] ? 1 : 0;
            for (int b : together[std::size_t(a)])
                stats.keepTogetherViolations += roomOf[std::size_t(b)] >= 0 && roomOf[std::size_t(b)] != roomOf[std::size_t(a)]
                                                    ? 1
                                                    : 0;
        }
        stats.imbalancePerRound.push_back(roundImbalance(problem, round));
        if (int(r) >= fixed && r < problem.planned.size()) {
            const GroupRound &plan = problem.planned[r];
            for (std::size_t k = 0; k < plan.size(); ++k)
                for (int p : plan[k])
                    if (p >= 0 && p < n && roomOf[std::size_t(p)] >= 0 && roomOf[std::size_t(p)] != int(k))
                        ++stats.moves;
        }
    }
    return stats;
}

Expected<GroupSolution> solveGroups(const GroupProblem &problem, const GroupSolveOptions &options)
{
    const Clock &clock = options.clock ? *options.clock : systemClock();
    const qint64 start = clock.monotonicMs();
    const qint64 deadline = start + std::max<qint64>(0, options.timeLimitMs);
    Preparation preparation = prepareGroupProblem(problem);
    if (!preparation.issues.empty()) {
        QStringList lines;
        for (const GroupIssue &issue : preparation.issues)
            lines << (issue.location.isEmpty() ? issue.message : issue.location + QStringLiteral(": ") + issue.message);
        return Error{ErrorCode::InvalidData, lines.join(u'\n')};
    }
    const PreparedProblem &prepared = preparation.prepared;
    GroupSolution solution;
    solution.seed = options.seed;
    std::mt19937_64 rng(options.seed);

    const int parts = int(prepared.parts.size());
    int peopleLeft = 0;
    for (const GroupInstance &part : prepared.parts)
        peopleLeft += part.size();
    long iterationsDone = 0;
    std::vector<PartResult> results;
    QStringList methods;
    int lowerBound = 0;
    for (int k = 0; k < parts; ++k) {
        const GroupInstance &part = prepared.parts[std::size_t(k)];
        // Each part gets a share of the time left in proportion to its people.
        const qint64 now = clock.monotonicMs();
        const qint64 share = peopleLeft > 0 ? (deadline - now) * part.size() / peopleLeft : 0;
        peopleLeft -= part.size();
        const auto report = [&](long iterations) {
            if (options.progress)
                options.progress({clock.monotonicMs() - start, options.timeLimitMs, iterationsDone + iterations, k, parts});
        };
        PartResult result = solvePart(part, options, clock, now + std::max<qint64>(0, share), rng, report);
        iterationsDone += result.iterations;
        lowerBound += result.lowerBound;
        solution.timedOut = solution.timedOut || result.timedOut;
        if (part.rounds > 0 && !methods.contains(result.method))
            methods << result.method;
        results.push_back(std::move(result));
    }
    solution.cancelled = options.cancel && options.cancel->load();

    solution.rounds = problem.fixedRounds;
    for (int s = 0; s < prepared.totalRounds - prepared.fixedRounds; ++s) {
        GroupRound round(std::size_t(prepared.roomsPerRound[std::size_t(s)]));
        for (int k = 0; k < parts; ++k) {
            const GroupInstance &part = prepared.parts[std::size_t(k)];
            const auto &assignment = results[std::size_t(k)].assignment;
            for (int i = 0; i < part.size(); ++i) {
                const int g = assignment[std::size_t(s)][std::size_t(i)];
                if (g < 0)
                    continue;
                const int room = part.roomIds[std::size_t(s)][std::size_t(g)];
                if (room >= int(round.size()))
                    round.resize(std::size_t(room) + 1);
                round[std::size_t(room)].push_back(part.people[std::size_t(i)]);
            }
        }
        for (auto &room : round)
            std::sort(room.begin(), room.end());
        solution.rounds.push_back(std::move(round));
    }

    GroupStatistics stats = evaluateSchedule(problem, solution.rounds);
    // Repeats the fixed rounds already hold count against every schedule.
    GroupProblem held = problem;
    held.planned.clear();
    const int committed = evaluateSchedule(held, problem.fixedRounds).repeatedPairs;
    stats.lowerBound = lowerBound + committed;
    const int solved = prepared.totalRounds - prepared.fixedRounds;
    std::optional<RepeatFreeLimit> limit;
    const bool single = parts == 1 && prepared.fixedRounds == 0 && problem.history.empty() && uniformPart(prepared.parts.front());
    if (single)
        limit = uniformLimit(prepared.parts.front());
    if (limit)
        stats.repeatFreeRoundsBound = limit->rounds;
    solution.statistics = stats;
    solution.method = methods.join(QStringLiteral("; "));
    solution.reachedLowerBound = stats.repeatedPairs <= stats.lowerBound;
    solution.elapsedMs = clock.monotonicMs() - start;
    solution.iterations = iterationsDone;

    // What could not be met, and the best alternative.
    const QString unavoidable = Text::tr("No schedule can have fewer than %1 repeated pairs with these rooms, rounds and "
                                         "earlier meetings; this schedule has %2.")
                                    .arg(stats.lowerBound)
                                    .arg(stats.repeatedPairs);
    if (limit && limit->rounds < solved) {
        const GroupInstance &part = prepared.parts.front();
        solution.notes << Text::tr("At most %1 of the %2 rounds can be free of repeated pairs: %3.")
                              .arg(limit->rounds)
                              .arg(solved)
                              .arg(limit->reason);
        if (stats.lowerBound > 0)
            solution.notes << unavoidable;
        else
            solution.notes << Text::tr("This schedule has %1 repeated pairs.").arg(stats.repeatedPairs);
        QString alternative = Text::tr("Alternatives: %1 rounds with nobody meeting twice").arg(limit->rounds);
        const int size = part.sizes.front().empty() ? 0 : part.sizes.front().front();
        for (int step = 1; size > 0 && step <= size; ++step) {
            int found = 0;
            for (int candidate : {size - step, size + step})
                if (!found && candidate >= 2 && candidate <= part.size() / 2 && limitForSize(part, candidate) >= solved)
                    found = candidate;
            if (found) {
                alternative += Text::tr(", or groups of about %1, which by counting allow up to %2 rounds")
                                   .arg(found)
                                   .arg(limitForSize(part, found));
                break;
            }
        }
        solution.notes << alternative + u'.';
    } else if (stats.lowerBound > 0) {
        solution.notes << unavoidable;
    }
    if (stats.repeatedPairs > stats.lowerBound && solution.timedOut)
        solution.notes << Text::tr("The time limit ended the search at %1 repeated pairs against a lower bound of %2; a "
                                   "longer time limit may find fewer.")
                              .arg(stats.repeatedPairs)
                              .arg(stats.lowerBound);
    if (stats.keepApartViolations > 0)
        solution.notes << Text::tr("A pair to be kept apart shares a room %n time(s); no schedule found avoids it.", nullptr,
                                   stats.keepApartViolations);
    if (stats.keepTogetherViolations > 0)
        solution.notes << Text::tr("A pair to be kept together is split %n time(s); no schedule found avoids it.", nullptr,
                                   stats.keepTogetherViolations);
    if (solution.cancelled)
        solution.notes << Text::tr("Stopped before the end; this is the best schedule found so far.");
    return solution;
}

GroupProblem replanProblem(const GroupProblem &problem, const std::vector<GroupRound> &plan, int roundsHeld,
                           const std::vector<int> &leaving, const std::vector<GroupPerson> &arriving)
{
    GroupProblem next = problem;
    const int total = int(plan.size());
    roundsHeld = std::clamp(roundsHeld, 0, total);
    next.numRounds = total;
    next.fixedRounds.assign(plan.begin(), plan.begin() + roundsHeld);
    next.planned = plan;
    const int before = int(next.people.size());
    for (const GroupPerson &person : arriving)
        next.people.push_back(person);
    for (int p : leaving) {
        if (p < 0 || p >= before)
            continue;
        std::vector<int> rounds;
        const auto found = problem.attendance.find(p);
        for (int r = 0; r < roundsHeld; ++r)
            if (found == problem.attendance.end()
                || std::find(found->second.begin(), found->second.end(), r) != found->second.end())
                rounds.push_back(r);
        next.attendance[p] = rounds;
    }
    for (int p = before; p < int(next.people.size()); ++p) {
        std::vector<int> rounds;
        for (int r = roundsHeld; r < total; ++r)
            rounds.push_back(r);
        next.attendance[p] = rounds;
    }
    // The rooms stay as they were: only their sizes follow the people present.
    if (roundsHeld < total && next.constraints.homogeneousAttrs.isEmpty()) {
        next.constraints.numGroups = int(plan[std::size_t(roundsHeld)].size());
        next.constraints.groupSize = 0;
        next.constraints.groupSizes.clear();
    }
    return next;
}

std::vector<RoomSuggestion> suggestRooms(const GroupProblem &problem, const std::vector<GroupRound> &rounds, int round, int person)
{
    std::vector<RoomSuggestion> suggestions;
    const int n = int(problem.people.size());
    if (round < 0 || round >= int(rounds.size()) || person < 0 || person >= n)
        return suggestions;
    const int mm = std::max(1, problem.constraints.maxMeetings);
    std::set<QString> excluded;
    for (const QString &role : problem.constraints.excludeRolesFromPairs)
        excluded.insert(role);
    const auto counts = [&](int p) { return excluded.count(problem.people[std::size_t(p)].role) == 0; };
    std::vector<int> met(std::size_t(n), 0);
    const auto tally = [&](const GroupRound &r) {
        for (const auto &room : r)
            if (std::find(room.begin(), room.end(), person) != room.end())
                for (int p : room)
                    if (p != person && p >= 0 && p < n)
                        ++met[std::size_t(p)];
    };
    for (const GroupRound &r : problem.history)
        tally(r);
    for (std::size_t r = 0; r < rounds.size(); ++r)
        if (int(r) != round)
            tally(rounds[r]);
    std::set<int> apart;
    std::set<int> together;
    for (const auto &set : problem.constraints.keepApart)
        if (std::find(set.begin(), set.end(), person) != set.end())
            apart.insert(set.begin(), set.end());
    for (const auto &set : problem.constraints.keepTogether)
        if (std::find(set.begin(), set.end(), person) != set.end())
            together.insert(set.begin(), set.end());
    apart.erase(person);
    together.erase(person);

    GroupRound without = rounds[std::size_t(round)];
    for (auto &room : without)
        room.erase(std::remove(room.begin(), room.end(), person), room.end());
    const int base = roundImbalance(problem, without);
    for (std::size_t k = 0; k < without.size(); ++k) {
        RoomSuggestion suggestion;
        suggestion.room = int(k);
        suggestion.size = int(without[k].size());
        for (int p : without[k]) {
            if (apart.count(p))
                ++suggestion.conflicts;
            if (counts(person) && counts(p) && met[std::size_t(p)] >= mm)
                ++suggestion.repeats;
        }
        for (int p : together)
            for (std::size_t other = 0; other < without.size(); ++other)
                if (other != k && std::find(without[other].begin(), without[other].end(), p) != without[other].end())
                    ++suggestion.conflicts;
        GroupRound with = without;
        with[k].push_back(person);
        suggestion.imbalance = roundImbalance(problem, with) - base;
        suggestions.push_back(suggestion);
    }
    std::stable_sort(suggestions.begin(), suggestions.end(), [](const RoomSuggestion &a, const RoomSuggestion &b) {
        return std::tuple(a.conflicts, a.repeats, a.size, a.imbalance) < std::tuple(b.conflicts, b.repeats, b.size, b.imbalance);
    });
    return suggestions;
}

} // namespace sala
