// Breakout groups: the quality the solver reaches on the classical instances and on workshop-like
// ones, against the known best and against random assignment (what Zoom, Teams and Meet do),
// with the time each takes. Prints a Markdown table for docs/performance.md.

#include <catch2/catch.hpp>

#include "groups/groupinstance.h"
#include "groups/groupsolver.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <numeric>
#include <random>
#include <string>

using namespace sala;

namespace {

constexpr qint64 timeLimitMs = 2000;
constexpr int randomSeeds = 20;

GroupProblem people(int count, int size, int rounds)
{
    GroupProblem problem;
    for (int i = 0; i < count; ++i) {
        GroupPerson person;
        person.id = QStringLiteral("p%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        problem.people.push_back(person);
    }
    problem.constraints.groupSize = size;
    problem.numRounds = rounds;
    return problem;
}

// 60 participants from five countries, both sexes and four sectors in uneven numbers, and four
// co-facilitators, each pinned to a room of their own.
GroupProblem workshop()
{
    GroupProblem problem = people(64, 6, 5);
    const QStringList countries{QStringLiteral("KH"), QStringLiteral("LA"), QStringLiteral("MY"), QStringLiteral("PH"),
                                QStringLiteral("TH")};
    const QStringList sectors{QStringLiteral("agriculture"), QStringLiteral("food processing"), QStringLiteral("retail"),
                              QStringLiteral("handicrafts")};
    for (int i = 0; i < 60; ++i) {
        GroupPerson &person = problem.people[std::size_t(i)];
        person.attrs[QStringLiteral("country")] = countries[i % 5];
        person.attrs[QStringLiteral("sex")] = (i * 7) % 9 < 5 ? QStringLiteral("F") : QStringLiteral("M");
        // Sector by blocks of five, so that it does not follow the country.
        const int block = (i / 5) % 12;
        person.attrs[QStringLiteral("sector")] = sectors[block < 5 ? 0 : block < 8 ? 1 : block < 11 ? 2 : 3];
    }
    for (int f = 0; f < 4; ++f) {
        GroupPerson &facilitator = problem.people[std::size_t(60 + f)];
        facilitator.id = QStringLiteral("f%1").arg(f + 1);
        facilitator.role = QStringLiteral("facilitator");
        problem.constraints.pinned.push_back({60 + f, f, std::nullopt});
    }
    problem.constraints.balanceAttrs = {QStringLiteral("country"), QStringLiteral("sex"), QStringLiteral("sector")};
    problem.constraints.excludeRolesFromPairs = {QStringLiteral("facilitator")};
    return problem;
}

// A random schedule with the solver's room sizes and pins, as a platform's "assign automatically".
std::vector<GroupRound> randomSchedule(const GroupProblem &problem, std::mt19937_64 &rng)
{
    const Preparation preparation = prepareGroupProblem(problem);
    std::vector<GroupRound> rounds = problem.fixedRounds;
    const PreparedProblem &prepared = preparation.prepared;
    for (int s = 0; s < prepared.totalRounds - prepared.fixedRounds; ++s) {
        GroupRound round(std::size_t(prepared.roomsPerRound[std::size_t(s)]));
        for (const GroupInstance &part : prepared.parts) {
            std::vector<int> loose;
            for (int i = 0; i < part.size(); ++i) {
                if (!part.attends[std::size_t(s)][std::size_t(i)])
                    continue;
                const int pinned = part.pinned[std::size_t(s)][std::size_t(i)];
                if (pinned >= 0)
                    round[std::size_t(part.roomIds[std::size_t(s)][std::size_t(pinned)])].push_back(part.people[std::size_t(i)]);
                else
                    loose.push_back(part.people[std::size_t(i)]);
            }
            std::shuffle(loose.begin(), loose.end(), rng);
            std::size_t next = 0;
            for (int g = 0; g < part.groups(s); ++g) {
                auto &room = round[std::size_t(part.roomIds[std::size_t(s)][std::size_t(g)])];
                while (int(room.size()) < part.sizes[std::size_t(s)][std::size_t(g)] && next < loose.size())
                    room.push_back(loose[next++]);
            }
        }
        rounds.push_back(std::move(round));
    }
    return rounds;
}

int total(const std::vector<int> &values)
{
    return std::accumulate(values.begin(), values.end(), 0);
}

// The fewest repeats a re-plan can have when everyone keeps their planned room and only the
// `arriving` newcomers (numbered from `people` on) are placed, by exhaustive search with a bound:
// the best that re-planning without moving anyone can do. Room sizes end as even as possible.
class FewestRepeatsWithoutMoves {
public:
    FewestRepeatsWithoutMoves(const std::vector<GroupRound> &plan, int held, const std::vector<int> &leaving, int people,
                              int arriving)
        : m_people(people), m_arriving(arriving),
          m_met(std::size_t(arriving), std::vector<int>(std::size_t(people + arriving), 0))
    {
        for (std::size_t r = std::size_t(held); r < plan.size(); ++r) {
            Round round;
            int total = arriving;
            for (const auto &room : plan[r]) {
                auto &kept = round.rooms.emplace_back();
                for (int person : room)
                    if (std::find(leaving.begin(), leaving.end(), person) == leaving.end())
                        kept.push_back(person);
                total += int(kept.size());
            }
            const int rooms = int(round.rooms.size());
            std::vector<int> even(std::size_t(rooms), total / rooms);
            std::fill_n(even.begin(), total % rooms, total / rooms + 1);
            std::sort(even.begin(), even.end());
            std::vector<int> choice(std::size_t(arriving), 0);
            for (int code = 0; code < int(std::pow(rooms, arriving)); ++code) {
                std::vector<int> sizes;
                for (int n = 0, rest = code; n < arriving; ++n, rest /= rooms)
                    choice[std::size_t(n)] = rest % rooms;
                for (int g = 0; g < rooms; ++g)
                    sizes.push_back(int(round.rooms[std::size_t(g)].size() + std::count(choice.begin(), choice.end(), g)));
                std::sort(sizes.begin(), sizes.end());
                if (sizes == even)
                    round.choices.push_back(choice);
            }
            m_rounds.push_back(std::move(round));
        }
    }

    int fewest()
    {
        m_best = std::numeric_limits<int>::max();
        search(0, 0);
        return m_best;
    }

private:
    struct Round {
        std::vector<std::vector<int>> rooms;
        std::vector<std::vector<int>> choices; // [choice][newcomer] room
    };

    // Everyone newcomer n meets in `room` under `choice`: the room's planned people and the
    // newcomers before n placed there too.
    std::vector<int> companions(const Round &round, const std::vector<int> &choice, int n) const
    {
        const int room = choice[std::size_t(n)];
        std::vector<int> others = round.rooms[std::size_t(room)];
        for (int m = 0; m < n; ++m)
            if (choice[std::size_t(m)] == room)
                others.push_back(m_people + m);
        return others;
    }

    // Repeats the newcomers' meetings under `choice` add.
    int added(const Round &round, const std::vector<int> &choice) const
    {
        int repeats = 0;
        for (int n = 0; n < m_arriving; ++n)
            for (int other : companions(round, choice, n))
                repeats += m_met[std::size_t(n)][std::size_t(other)] > 0 ? 1 : 0;
        return repeats;
    }

    // Records the meetings under `choice` (step +1) or takes them back (−1).
    void record(const Round &round, const std::vector<int> &choice, int step)
    {
        for (int n = 0; n < m_arriving; ++n)
            for (int other : companions(round, choice, n)) {
                m_met[std::size_t(n)][std::size_t(other)] += step;
                if (other >= m_people)
                    m_met[std::size_t(other - m_people)][std::size_t(m_people + n)] += step;
            }
    }

    void search(std::size_t r, int repeats)
    {
        if (repeats >= m_best)
            return;
        if (r == m_rounds.size()) {
            m_best = repeats;
            return;
        }
        const Round &round = m_rounds[r];
        std::vector<std::pair<int, std::size_t>> order;
        for (std::size_t c = 0; c < round.choices.size(); ++c)
            order.emplace_back(added(round, round.choices[c]), c);
        std::sort(order.begin(), order.end());
        for (const auto &[more, c] : order) {
            if (repeats + more >= m_best)
                break;
            record(round, round.choices[c], +1);
            search(r + 1, repeats + more);
            record(round, round.choices[c], -1);
        }
    }

    int m_people;
    int m_arriving;
    std::vector<Round> m_rounds;
    std::vector<std::vector<int>> m_met; // [newcomer][person] meetings so far
    int m_best = 0;
};

struct Row {
    std::string name;
    GroupProblem problem;
    std::string knownBest; // beyond the lower bound, where mathematics knows more
    bool showMoves = false;
};

void report(const Row &row)
{
    GroupSolveOptions options;
    options.seed = 1;
    options.timeLimitMs = timeLimitMs;
    QElapsedTimer timer;
    timer.start();
    const auto solution = solveGroups(row.problem, options);
    const qint64 elapsed = timer.elapsed();
    REQUIRE(solution.ok());
    const GroupStatistics &stats = solution->statistics;
    double randomRepeats = 0;
    double randomImbalance = 0;
    double randomMoves = 0;
    for (int seed = 1; seed <= randomSeeds; ++seed) {
        std::mt19937_64 rng(static_cast<quint64>(seed));
        const GroupStatistics random = evaluateSchedule(row.problem, randomSchedule(row.problem, rng));
        randomRepeats += random.repeatedPairs;
        randomImbalance += total(random.imbalancePerRound);
        randomMoves += random.moves;
    }
    randomRepeats /= randomSeeds;
    randomImbalance /= randomSeeds;
    randomMoves /= randomSeeds;
    const std::string best = row.knownBest.empty() ? std::to_string(stats.lowerBound) : row.knownBest;
    std::string reached = std::to_string(stats.repeatedPairs);
    std::string random = std::to_string(int(randomRepeats + 0.5));
    if (row.showMoves) {
        reached += " (" + std::to_string(stats.moves) + " moved)";
        random += " (" + std::to_string(int(randomMoves + 0.5)) + " moved)";
    }
    std::printf("| %s | %s | %s | %d | %.2f s | %s | %.1f | %s |\n", row.name.c_str(), reached.c_str(), best.c_str(),
                total(stats.imbalancePerRound), double(elapsed) / 1000.0, random.c_str(), randomImbalance,
                solution->method.toStdString().c_str());
    std::fflush(stdout);
    CHECK(stats.repeatedPairs >= stats.lowerBound);
}

} // namespace

TEST_CASE("groups", "[bench][groups]")
{
    std::printf("\n| instance | repeats reached | lower bound / known best | imbalance | time | random: repeats | "
                "random: imbalance | method |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    std::vector<Row> rows;
    rows.push_back({"15 in 3s over 7 rounds (Kirkman)", people(15, 3, 7), {}});
    rows.push_back({"18 in 3s over 8 rounds (nearly Kirkman)", people(18, 3, 8), {}});
    rows.push_back({"21 in 3s over 10 rounds (Kirkman)", people(21, 3, 10), {}});
    rows.push_back({"32 in 4s over 10 rounds", people(32, 4, 10), {}});
    rows.push_back({"40 in 4s over 10 rounds", people(40, 4, 10), {}});
    rows.push_back({"64 in 8s over 9 rounds", people(64, 8, 9), {}});
    rows.push_back({"256 in 16s over 17 rounds", people(256, 16, 17), {}});
    GroupProblem mixed = people(23, 0, 6);
    mixed.constraints.minSize = 4;
    mixed.constraints.maxSize = 5;
    rows.push_back({"23 in groups of 4 and 5 over 6 rounds", mixed, "3 (proven)"});
    rows.push_back({"32 in 4s over 12 rounds", people(32, 4, 12), {}});
    rows.push_back({"36 in 6s over 5 rounds (3 repeat-free at most)", people(36, 6, 5), "0 by counting, > 0 in truth"});
    rows.push_back({"64-person workshop, 3 attributes balanced, 4 pinned facilitators, 5 rounds", workshop(), {}});

    // Late arrivals: a 32-in-4s plan over 10 rounds; after round 2, two leave and three join.
    const GroupProblem original = people(32, 4, 10);
    GroupSolveOptions options;
    const auto plan = solveGroups(original, options);
    REQUIRE(plan.ok());
    std::vector<GroupPerson> arriving;
    for (int k = 0; k < 3; ++k) {
        GroupPerson person;
        person.id = QStringLiteral("late%1").arg(k + 1);
        arriving.push_back(person);
    }
    for (int held : {2, 3}) {
        const int fewest = FewestRepeatsWithoutMoves(plan->rounds, held, {4, 9}, 32, 3).fewest();
        rows.push_back({"late arrivals: 32 in 4s over 10, 2 leave and 3 join after round " + std::to_string(held),
                        replanProblem(original, plan->rounds, held, {4, 9}, arriving),
                        std::to_string(fewest) + " with nobody moved (exhaustive); 0 by counting", true});
    }
    for (const Row &row : rows)
        report(row);
}
