// The breakout solver as a facilitator relies on it: no repeated pairs where that is possible,
// the counting bound where it is not, every constraint honoured, the same answer for the same
// seed, a plain explanation for impossible requests, and few moves after late arrivals.

#include "groups/groupbounds.h"
#include "groups/groupinstance.h"
#include "groups/groupsolver.h"
#include "groups/planrepair.h"
#include "run/clock.h"

#include <catch2/catch.hpp>

#include <QDateTime>

#include <algorithm>
#include <map>
#include <set>

using namespace sala;

namespace {

GroupProblem people(int count, int size, int rounds)
{
    GroupProblem problem;
    for (int i = 0; i < count; ++i) {
        GroupPerson person;
        person.id = QStringLiteral("p%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        problem.people.push_back(person);
    }
    problem.constraints.groupSize = size;
    problem.numRounds = rounds;
    return problem;
}

GroupSolveOptions quick(quint64 seed = 1)
{
    GroupSolveOptions options;
    options.seed = seed;
    options.timeLimitMs = 20000; // never reached: the small cases stop on the bound or stall
    options.stallIterations = 4000;
    return options;
}

GroupSolution solve(const GroupProblem &problem, const GroupSolveOptions &options = quick())
{
    auto solution = solveGroups(problem, options);
    INFO((solution ? QString() : solution.error().message).toStdString());
    REQUIRE(solution.ok());
    return std::move(solution.value());
}

// Pair meetings counted straight from the rounds, independently of the solver's statistics.
int repeatsIn(const std::vector<GroupRound> &rounds, int people)
{
    std::map<std::pair<int, int>, int> met;
    for (const GroupRound &round : rounds)
        for (const auto &room : round)
            for (int a : room)
                for (int b : room)
                    if (a < b)
                        ++met[{a, b}];
    int repeats = 0;
    for (const auto &[pair, count] : met)
        repeats += std::max(0, count - 1);
    (void)people;
    return repeats;
}

int roomOf(const GroupRound &round, int person)
{
    for (std::size_t k = 0; k < round.size(); ++k)
        if (std::find(round[k].begin(), round[k].end(), person) != round[k].end())
            return int(k);
    return -1;
}

void requireEveryoneOnce(const GroupRound &round, const std::set<int> &present)
{
    std::multiset<int> placed;
    for (const auto &room : round)
        placed.insert(room.begin(), room.end());
    CHECK(placed.size() == present.size());
    CHECK(std::set<int>(placed.begin(), placed.end()) == present);
}

std::set<int> everyone(int count)
{
    std::set<int> all;
    for (int i = 0; i < count; ++i)
        all.insert(i);
    return all;
}

GroupInstance onlyPart(const GroupProblem &problem)
{
    Preparation preparation = prepareGroupProblem(problem);
    REQUIRE(preparation.issues.empty());
    REQUIRE(preparation.prepared.parts.size() == 1);
    return preparation.prepared.parts.front();
}

} // namespace

TEST_CASE("lowerBound_thirtyTwoInFoursOverTwelveRounds_isEighty", "[groups][bounds]")
{
    // Everyone meets 3 × 12 = 36 people but only 31 exist: 5 repeats each, 32 × 5 / 2 pairs.
    CHECK(repeatLowerBound(onlyPart(people(32, 4, 12))) == 80);
    CHECK(repeatLowerBound(onlyPart(people(32, 4, 10))) == 0);
    CHECK(repeatLowerBound(onlyPart(people(15, 3, 8))) == 15);
}

TEST_CASE("lowerBound_unevenRooms_countsWhoCanBeInTheSmallerOnes", "[groups][bounds]")
{
    GroupProblem problem = people(23, 0, 6);
    problem.constraints.groupSize = 0;
    problem.constraints.minSize = 4;
    problem.constraints.maxSize = 5;
    const GroupInstance part = onlyPart(problem);
    CHECK(part.sizes.front() == std::vector<int>{5, 5, 5, 4, 4});
    problem.numRounds = 5; // the affine plane of order 5 less two points: no repeats needed
    CHECK(repeatLowerBound(onlyPart(problem)) == 0);
    problem.numRounds = 8; // 8 rounds: 23·(8·3) + 15·8 meetings against 22 partners each
    CHECK(repeatLowerBound(onlyPart(problem)) > 0);
}

TEST_CASE("lowerBound_twentyThreeInFivesAndFoursOverSixRounds_isTheProvenThree", "[groups][bounds]")
{
    // Counting allows 0 (252 meetings, 253 pairs); docs/groups-bounds.md proves at least 3.
    GroupProblem problem = people(23, 0, 6);
    problem.constraints.groupSize = 0;
    problem.constraints.minSize = 4;
    problem.constraints.maxSize = 5;
    CHECK(repeatLowerBound(onlyPart(problem)) == 3);

    SECTION("a facilitator whose meetings do not count is another problem")
    {
        problem.people[0].role = QStringLiteral("facilitator");
        problem.constraints.excludeRolesFromPairs = {QStringLiteral("facilitator")};
        CHECK(repeatLowerBound(onlyPart(problem)) == 0);
    }
    SECTION("a second meeting allowed is another problem")
    {
        problem.constraints.maxMeetings = 2;
        CHECK(repeatLowerBound(onlyPart(problem)) == 0);
    }
    SECTION("a pin only rules schedules out, so the bound stays")
    {
        GroupPin pin;
        pin.person = 0;
        pin.room = 0;
        problem.constraints.pinned = {pin};
        CHECK(repeatLowerBound(onlyPart(problem)) == 3);
    }
}

TEST_CASE("lowerBound_history_countsPartnersAlreadyMet", "[groups][bounds]")
{
    GroupProblem problem = people(4, 2, 1);
    // Everyone met everyone before: any pair in the new round is a repeat.
    problem.history = {{{0, 1}, {2, 3}}, {{0, 2}, {1, 3}}, {{0, 3}, {1, 2}}};
    CHECK(repeatLowerBound(onlyPart(problem)) == 2);
    const GroupSolution solution = solve(problem);
    CHECK(solution.statistics.repeatedPairs == 2);
    CHECK(solution.reachedLowerBound);
}

TEST_CASE("repeatFreeLimit_thirtySixInSixes_isThreeRoundsAfterEuler", "[groups][bounds]")
{
    const auto limit = repeatFreeLimit(36, 6);
    REQUIRE(limit.has_value());
    CHECK(limit->rounds == 3);
    CHECK(limit->reason.contains(QStringLiteral("36 officers")));
    CHECK(repeatFreeLimit(32, 4)->rounds == 10);
    CHECK(repeatFreeLimit(12, 3)->rounds == 4);
    CHECK(repeatFreeLimit(6, 3)->rounds == 1); // a second round would need 3 rooms
}

TEST_CASE("solve_thirtySixInSixesOverFiveRounds_explainsAndOffersAlternatives", "[groups][impossible]")
{
    GroupSolveOptions options = quick();
    options.stallIterations = 1000;
    const GroupSolution solution = solve(people(36, 6, 5), options);
    REQUIRE(solution.statistics.repeatFreeRoundsBound == 3);
    const QString notes = solution.notes.join(u'\n');
    INFO(notes.toStdString());
    CHECK(notes.contains(QStringLiteral("At most 3 of the 5 rounds can be free of repeated pairs")));
    CHECK(notes.contains(QStringLiteral("36 officers")));
    CHECK(notes.contains(QStringLiteral("3 rounds with nobody meeting twice")));
    CHECK(notes.contains(QStringLiteral("groups of about")));
    CHECK(solution.statistics.repeatedPairs > 0);
}

TEST_CASE("solve_kirkmanFifteenInThreesOverSeven_noRepeats", "[groups][solver]")
{
    const GroupSolution solution = solve(people(15, 3, 7));
    REQUIRE(solution.rounds.size() == 7);
    for (const GroupRound &round : solution.rounds) {
        requireEveryoneOnce(round, everyone(15));
        for (const auto &room : round)
            CHECK(room.size() == 3);
    }
    CHECK(repeatsIn(solution.rounds, 15) == 0);
    CHECK(solution.statistics.repeatedPairs == 0);
    CHECK(solution.reachedLowerBound);
    CHECK(solution.statistics.repeatFreeRoundsBound == 7);
}

TEST_CASE("solve_eighteenAndTwentyOneInThrees_nearlyKirkmanAndKirkmanWithoutRepeats", "[groups][solver][kirkman]")
{
    for (const auto &[count, rounds] : {std::pair{18, 8}, std::pair{21, 10}}) {
        INFO(count << " in threes over " << rounds << " rounds");
        const GroupSolution solution = solve(people(count, 3, rounds));
        REQUIRE(solution.rounds.size() == std::size_t(rounds));
        for (const GroupRound &round : solution.rounds) {
            requireEveryoneOnce(round, everyone(count));
            for (const auto &room : round)
                CHECK(room.size() == 3);
        }
        CHECK(repeatsIn(solution.rounds, count) == 0);
        CHECK(solution.statistics.repeatedPairs == 0);
        CHECK(solution.statistics.repeatFreeRoundsBound == rounds);
        CHECK(solution.method.contains(QStringLiteral("Kirkman")));
    }
}

TEST_CASE("solve_thirtyTwoInFoursOverTwelve_reachesTheBoundOfEighty", "[groups][solver]")
{
    const GroupSolution solution = solve(people(32, 4, 12));
    CHECK(solution.statistics.lowerBound == 80);
    CHECK(repeatsIn(solution.rounds, 32) == solution.statistics.repeatedPairs);
    CHECK(solution.statistics.repeatedPairs == 80);
    CHECK(solution.statistics.mostMeetings == 2); // repeats spread: no pair meets three times
}

TEST_CASE("solve_twentyThreeInFoursAndFives_sizesDifferByOneAndFewRepeats", "[groups][solver]")
{
    GroupProblem problem = people(23, 0, 6);
    problem.constraints.minSize = 4;
    problem.constraints.maxSize = 5;
    const GroupSolution solution = solve(problem);
    for (const GroupRound &round : solution.rounds) {
        requireEveryoneOnce(round, everyone(23));
        std::multiset<std::size_t> sizes;
        for (const auto &room : round)
            sizes.insert(room.size());
        CHECK(sizes == std::multiset<std::size_t>{4, 4, 5, 5, 5});
    }
    // 252 meetings among 253 pairs: counting allows none, random rooms give about 80, and no
    // schedule has fewer than 3 (docs/groups-bounds.md).
    CHECK(repeatsIn(solution.rounds, 23) == solution.statistics.repeatedPairs);
    CHECK(solution.statistics.repeatedPairs == 3);
    CHECK(solution.statistics.lowerBound == 3);
    CHECK(solution.reachedLowerBound);
    // Five rounds can be free of repeats (the affine plane of order 5 less two points), and the
    // notes give the proof's reason, not counting's.
    CHECK(solution.statistics.repeatFreeRoundsBound == 5);
    const QString notes = solution.notes.join(u'\n');
    CHECK(notes.contains(QStringLiteral("proven impossible")));
    CHECK_FALSE(notes.contains(QStringLiteral("only so many")));
}

TEST_CASE("solve_groupSizeNotDividing_sizesDifferByAtMostOne", "[groups][solver]")
{
    for (const auto &[count, size] : {std::pair{23, 4}, std::pair{31, 2}, std::pair{17, 3}, std::pair{33, 4}}) {
        const GroupSolution solution = solve(people(count, size, 2));
        for (const GroupRound &round : solution.rounds) {
            std::size_t smallest = 1000;
            std::size_t largest = 0;
            for (const auto &room : round) {
                smallest = std::min(smallest, room.size());
                largest = std::max(largest, room.size());
            }
            INFO(count << " in groups of " << size);
            CHECK(largest - smallest <= 1);
            CHECK(smallest >= 2);
        }
    }
}

TEST_CASE("solve_sameSeed_sameSchedule", "[groups][solver][determinism]")
{
    GroupProblem problem = people(22, 4, 5);
    for (int i = 0; i < 22; ++i)
        problem.people[std::size_t(i)].attrs[QStringLiteral("country")] = QStringList{QStringLiteral("KH"), QStringLiteral("LA"),
                                                                                      QStringLiteral("TH")}[i % 3];
    problem.constraints.balanceAttrs = {QStringLiteral("country")};
    const GroupSolution first = solve(problem, quick(7));
    const GroupSolution second = solve(problem, quick(7));
    CHECK(first.rounds == second.rounds);
    CHECK(first.statistics.repeatedPairs == second.statistics.repeatedPairs);
}

TEST_CASE("solve_keepApartAndTogether_honoured", "[groups][constraints]")
{
    GroupProblem problem = people(20, 4, 4);
    problem.constraints.keepApart = {{0, 1}, {2, 3, 4}};
    problem.constraints.keepTogether = {{5, 6}};
    problem.constraints.maxMeetings = 4; // the pair kept together meets every round by design
    const GroupSolution solution = solve(problem);
    for (const GroupRound &round : solution.rounds) {
        CHECK(roomOf(round, 0) != roomOf(round, 1));
        CHECK(roomOf(round, 2) != roomOf(round, 3));
        CHECK(roomOf(round, 3) != roomOf(round, 4));
        CHECK(roomOf(round, 2) != roomOf(round, 4));
        CHECK(roomOf(round, 5) == roomOf(round, 6));
    }
    CHECK(solution.statistics.keepApartViolations == 0);
    CHECK(solution.statistics.keepTogetherViolations == 0);
}

TEST_CASE("solve_pinnedFacilitators_stayInTheirRoomsAndDoNotCountAsPairs", "[groups][constraints]")
{
    // 36 participants and 4 facilitators in 8 rooms of 5; each facilitator keeps one room.
    GroupProblem problem = people(40, 5, 3);
    for (int f = 0; f < 4; ++f) {
        problem.people[std::size_t(f)].role = QStringLiteral("facilitator");
        problem.constraints.pinned.push_back({f, f, std::nullopt});
    }
    problem.constraints.excludeRolesFromPairs = {QStringLiteral("facilitator")};
    const GroupSolution solution = solve(problem);
    for (const GroupRound &round : solution.rounds) {
        requireEveryoneOnce(round, everyone(40));
        for (int f = 0; f < 4; ++f)
            CHECK(roomOf(round, f) == f);
    }
    // A facilitator meets the same participants again without it counting as a repeat.
    CHECK(solution.statistics.repeatedPairs == 0);
    CHECK(solution.statistics.lowerBound == 0);
}

TEST_CASE("solve_homogeneousLanguage_eachRoomOneLanguage", "[groups][constraints]")
{
    // 12 Thai and 9 Lao speakers: each language its own mixing problem, 4 and 3 rooms of three.
    GroupProblem problem = people(21, 3, 3);
    for (int i = 0; i < 21; ++i)
        problem.people[std::size_t(i)].attrs[QStringLiteral("lang")] = i < 12 ? QStringLiteral("th") : QStringLiteral("lo");
    problem.constraints.homogeneousAttrs = {QStringLiteral("lang")};
    const GroupSolution solution = solve(problem);
    for (const GroupRound &round : solution.rounds) {
        requireEveryoneOnce(round, everyone(21));
        CHECK(round.size() == 7);
        for (const auto &room : round) {
            std::set<QString> languages;
            for (int p : room)
                languages.insert(problem.people[std::size_t(p)].attrs.at(QStringLiteral("lang")));
            CHECK(languages.size() == 1);
        }
    }
    CHECK(solution.statistics.repeatedPairs == 0);
}

TEST_CASE("solve_balancedCountryAndSex_everyRoomAsEvenAsTheNumbersAllow", "[groups][constraints]")
{
    GroupProblem problem = people(30, 5, 4);
    const QStringList countries{QStringLiteral("KH"), QStringLiteral("LA"), QStringLiteral("MY"), QStringLiteral("PH"),
                                QStringLiteral("TH")};
    for (int i = 0; i < 30; ++i) {
        problem.people[std::size_t(i)].attrs[QStringLiteral("country")] = countries[i % 5];
        problem.people[std::size_t(i)].attrs[QStringLiteral("sex")] = i % 3 == 0 ? QStringLiteral("M") : QStringLiteral("F");
    }
    problem.constraints.balanceAttrs = {QStringLiteral("country"), QStringLiteral("sex")};
    const GroupSolution solution = solve(problem);
    for (int imbalance : solution.statistics.imbalancePerRound)
        CHECK(imbalance == 0);
    for (const GroupRound &round : solution.rounds)
        for (const auto &room : round) {
            std::set<QString> seen;
            for (int p : room)
                seen.insert(problem.people[std::size_t(p)].attrs.at(QStringLiteral("country")));
            CHECK(seen.size() == 5); // six rooms of five, six people per country: one each
        }
    CHECK(solution.statistics.repeatedPairs == 0);
}

TEST_CASE("solve_attendance_absentPeopleAreInNoRoom", "[groups][constraints]")
{
    GroupProblem problem = people(12, 3, 3);
    problem.attendance[0] = {0};
    problem.attendance[1] = {1, 2};
    const GroupSolution solution = solve(problem);
    CHECK(roomOf(solution.rounds[0], 0) >= 0);
    CHECK(roomOf(solution.rounds[1], 0) < 0);
    CHECK(roomOf(solution.rounds[2], 0) < 0);
    CHECK(roomOf(solution.rounds[0], 1) < 0);
    CHECK(roomOf(solution.rounds[1], 1) >= 0);
}

TEST_CASE("solve_fixedRounds_keptAsGivenAndCountedAsMeetings", "[groups][solver]")
{
    GroupProblem problem = people(8, 2, 7);
    problem.fixedRounds = {{{0, 1}, {2, 3}, {4, 5}, {6, 7}}};
    const GroupSolution solution = solve(problem);
    REQUIRE(solution.rounds.size() == 7);
    CHECK(solution.rounds.front() == problem.fixedRounds.front());
    CHECK(repeatsIn(solution.rounds, 8) == 0);
}

TEST_CASE("check_sizesThatDoNotAddUp_namedAtGroupSizes", "[groups][invalid]")
{
    GroupProblem problem = people(10, 0, 1);
    problem.constraints.groupSize = 0;
    problem.constraints.groupSizes = {4, 4};
    const auto issues = checkGroupProblem(problem);
    REQUIRE(issues.size() == 1);
    CHECK(issues.front().location == QStringLiteral("/constraints/group_sizes"));
    CHECK(issues.front().message.contains(QStringLiteral("add up to 8, but 10 people")));
    const auto solution = solveGroups(problem, quick());
    REQUIRE_FALSE(solution.ok());
    CHECK(solution.error().code == ErrorCode::InvalidData);
}

TEST_CASE("check_impossiblePins_named", "[groups][invalid]")
{
    GroupProblem problem = people(8, 2, 1);
    problem.constraints.pinned = {{0, 1, std::nullopt}, {1, 1, std::nullopt}, {2, 1, std::nullopt}, {3, 9, std::nullopt}};
    const auto issues = checkGroupProblem(problem);
    QStringList lines;
    for (const GroupIssue &issue : issues)
        lines << issue.location + QStringLiteral(": ") + issue.message;
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines.join(u'\n').contains(QStringLiteral("3 people are pinned to room 1 in round 1, which holds only 2")));
    CHECK(lines.join(u'\n').contains(QStringLiteral("/constraints/pinned/3: p04 is pinned to room 9")));
}

TEST_CASE("check_noWayToSizeRooms_asksForOne", "[groups][invalid]")
{
    GroupProblem problem = people(10, 0, 1);
    const auto issues = checkGroupProblem(problem);
    REQUIRE_FALSE(issues.empty());
    CHECK(issues.front().message.contains(QStringLiteral("num_groups")));
}

TEST_CASE("check_keepTogetherAcrossLanguages_cannotBeMet", "[groups][invalid]")
{
    GroupProblem problem = people(6, 3, 1);
    problem.people[0].attrs[QStringLiteral("lang")] = QStringLiteral("th");
    problem.people[1].attrs[QStringLiteral("lang")] = QStringLiteral("km");
    problem.constraints.homogeneousAttrs = {QStringLiteral("lang")};
    problem.constraints.keepTogether = {{0, 1}};
    const auto issues = checkGroupProblem(problem);
    bool named = false;
    for (const GroupIssue &issue : issues)
        named = named || issue.location == QStringLiteral("/constraints/keep_together/0");
    CHECK(named);
}

TEST_CASE("replan_twoLeaveThreeJoinAfterRoundTwo_nobodyMovesAndFewRepeats", "[groups][replan]")
{
    const GroupProblem original = people(32, 4, 10);
    const GroupSolution plan = solve(original);
    REQUIRE(plan.statistics.repeatedPairs == 0);
    std::vector<GroupPerson> arriving;
    for (int k = 0; k < 3; ++k) {
        GroupPerson person;
        person.id = QStringLiteral("late%1").arg(k + 1);
        arriving.push_back(person);
    }
    const GroupProblem next = replanProblem(original, plan.rounds, 2, {4, 9}, arriving);
    const GroupSolution replanned = solve(next);
    REQUIRE(replanned.rounds.size() == 10);
    CHECK(replanned.rounds[0] == plan.rounds[0]);
    CHECK(replanned.rounds[1] == plan.rounds[1]);
    std::set<int> present = everyone(35);
    present.erase(4);
    present.erase(9);
    for (std::size_t r = 2; r < 10; ++r) {
        requireEveryoneOnce(replanned.rounds[r], present);
        CHECK(replanned.rounds[r].size() == 8);
    }
    // Nobody who stayed has to change rooms: the newcomers fill the places of those who left and
    // one room takes a fifth person. Random rooms would repeat about 160 pairs.
    CHECK(replanned.statistics.moves == 0);
    CHECK(replanned.statistics.repeatedPairs <= 4);
    CHECK(repeatsIn(replanned.rounds, 35) == replanned.statistics.repeatedPairs);
}

TEST_CASE("completePlan_twoLeaveTwoJoin_newcomersTakeTheirPlacesAndNobodyMoves", "[groups][replan]")
{
    const GroupProblem original = people(32, 4, 10);
    const GroupSolution plan = solve(original);
    REQUIRE(plan.statistics.repeatedPairs == 0);
    std::vector<GroupPerson> arriving(2);
    for (int k = 0; k < 2; ++k)
        arriving[std::size_t(k)].id = QStringLiteral("late%1").arg(k + 1);
    const GroupInstance part = onlyPart(replanProblem(original, plan.rounds, 2, {4, 9}, arriving));
    const auto completed = completePlan(part, 200000, {});
    REQUIRE(completed.has_value());
    REQUIRE(int(completed->size()) == part.rounds);
    std::map<std::pair<int, int>, int> met;
    for (int r = 0; r < part.rounds; ++r) {
        std::vector<std::vector<int>> rooms(std::size_t(part.groups(r)));
        for (int i = 0; i < part.size(); ++i) {
            const int g = (*completed)[std::size_t(r)][std::size_t(i)];
            CHECK((g >= 0) == bool(part.attends[std::size_t(r)][std::size_t(i)]));
            if (g < 0)
                continue;
            const int planned = part.planned[std::size_t(r)][std::size_t(i)];
            if (planned >= 0)
                CHECK(g == planned);
            rooms[std::size_t(g)].push_back(i);
        }
        for (const auto &room : rooms) {
            CHECK(room.size() == 4);
            for (int a : room)
                for (int b : room)
                    if (a < b)
                        ++met[{a, b}];
        }
    }
    for (const auto &[pair, count] : met)
        CHECK(count + part.beforeMeetings(pair.first, pair.second) <= 1);
}

TEST_CASE("completePlan_twoLeaveThreeJoin_noPlacementWithoutMovesExists", "[groups][replan]")
{
    // The plan has every pair meet at most once and 30 of each person's 31 partners: the third
    // newcomer would need one room per round with nobody in two of them, and the exhaustive
    // search shows there is no such choice; moving single people out of the way does not help
    // either, since each has already met nearly everyone.
    const GroupProblem original = people(32, 4, 10);
    const GroupSolution plan = solve(original);
    std::vector<GroupPerson> arriving(3);
    for (int k = 0; k < 3; ++k)
        arriving[std::size_t(k)].id = QStringLiteral("late%1").arg(k + 1);
    const GroupInstance part = onlyPart(replanProblem(original, plan.rounds, 2, {4, 9}, arriving));
    CHECK_FALSE(completePlan(part, 10'000'000, {}).has_value());
    CHECK_FALSE(completePlan(part, 200000, {}, 2).has_value());
}

TEST_CASE("completePlan_everyPlacementRepeatsAPair_givesNothing", "[groups][replan]")
{
    // Four people in pairs meet everyone over three rounds; a fifth joining after the first
    // round would have to meet four people in two rounds, in rooms whose other members have then
    // met before.
    const GroupProblem original = people(4, 2, 3);
    const std::vector<GroupRound> plan{{{0, 1}, {2, 3}}, {{0, 2}, {1, 3}}, {{0, 3}, {1, 2}}};
    std::vector<GroupPerson> arriving(1);
    arriving.front().id = QStringLiteral("late");
    const GroupProblem next = replanProblem(original, plan, 1, {}, arriving);
    CHECK_FALSE(completePlan(onlyPart(next), 200000, {}).has_value());
    CHECK_FALSE(completePlan(onlyPart(next), 200000, {}, 4).has_value());
    const GroupSolution replanned = solve(next);
    REQUIRE(replanned.rounds.size() == 3);
    for (std::size_t r = 1; r < 3; ++r)
        requireEveryoneOnce(replanned.rounds[r], everyone(5));
    CHECK(replanned.statistics.repeatedPairs >= 1);
}

TEST_CASE("suggestRooms_lateArrival_avoidsPeopleAlreadyMetAndFullRooms", "[groups][replan]")
{
    GroupProblem problem = people(7, 2, 2);
    const std::vector<GroupRound> rounds{{{0, 1}, {2, 3}, {4, 5}}, {{0, 2}, {1, 4}, {3, 5}}};
    // p07 (index 6) arrives for round 2 and met p01 and p03 in an earlier workshop session.
    problem.history = {{{6, 0}, {1, 2}}, {{6, 2}, {0, 1}}};
    const auto suggestions = suggestRooms(problem, rounds, 1, 6);
    REQUIRE(suggestions.size() == 3);
    CHECK(suggestions.front().repeats == 0);
    CHECK(suggestions.back().repeats == 2); // room {p01, p03}
    CHECK(suggestions.back().room == 0);
}

TEST_CASE("solve_timeLimit_stopsOnTheInjectedClock", "[groups][control]")
{
    ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    GroupSolveOptions options = quick();
    options.clock = &clock;
    options.timeLimitMs = 1000;
    options.stallIterations = 1'000'000;
    int calls = 0;
    options.progress = [&](const GroupProgress &progress) {
        ++calls;
        CHECK(progress.timeLimitMs == 1000);
        clock.advance(300); // the search "takes" 0.3 s per report
    };
    // Three repeat-free rounds at most while counting allows seven: the search cannot reach its
    // bound and stops only on the time limit.
    const GroupSolution solution = solve(people(36, 6, 5), options);
    CHECK(calls >= 1);
    CHECK(solution.timedOut);
    CHECK(solution.elapsedMs >= 1000);
    CHECK(solution.rounds.size() == 5);
}

TEST_CASE("solve_cancelled_returnsTheBestSoFar", "[groups][control]")
{
    std::atomic<bool> cancel{false};
    GroupSolveOptions options = quick();
    options.cancel = &cancel;
    options.stallIterations = 1'000'000;
    options.progress = [&](const GroupProgress &) { cancel = true; };
    const GroupSolution solution = solve(people(36, 6, 5), options);
    CHECK(solution.cancelled);
    CHECK(solution.rounds.size() == 5);
    for (const GroupRound &round : solution.rounds)
        requireEveryoneOnce(round, everyone(36));
}

TEST_CASE("evaluate_draggedPerson_repeatsAndImbalanceFollow", "[groups][evaluate]")
{
    GroupProblem problem = people(4, 2, 2);
    problem.people[0].attrs[QStringLiteral("sex")] = QStringLiteral("F");
    problem.people[1].attrs[QStringLiteral("sex")] = QStringLiteral("F");
    problem.people[2].attrs[QStringLiteral("sex")] = QStringLiteral("M");
    problem.people[3].attrs[QStringLiteral("sex")] = QStringLiteral("M");
    problem.constraints.balanceAttrs = {QStringLiteral("sex")};
    const std::vector<GroupRound> rounds{{{0, 2}, {1, 3}}, {{0, 1}, {2, 3}}};
    const GroupStatistics stats = evaluateSchedule(problem, rounds);
    CHECK(stats.repeatedPairs == 0);
    CHECK(stats.imbalancePerRound == std::vector<int>{0, 4});
    const GroupStatistics again = evaluateSchedule(problem, {rounds[0], rounds[0]});
    CHECK(again.repeatedPairs == 2);
    REQUIRE(again.repeats.size() == 2);
    CHECK(again.repeats.front().meetings == 2);
}
