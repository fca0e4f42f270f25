// The classical repeat-free schedules: each is checked here pair by pair, independently of the
// library's own check, for every size the solver relies on.

#include "groups/designs.h"
#include "groups/galoisfield.h"

#include <catch2/catch.hpp>

#include <set>
#include <utility>

using namespace sala;
using namespace sala::designs;

namespace {

struct Check {
    bool everyoneOncePerRound = true;
    bool equalGroups = true;
    int repeatedPairs = 0;
    int distinctPairs = 0;
};

// Counts, for every pair of people, how often they share a group.
Check checkPairs(const Rounds &rounds, int people, int size)
{
    Check check;
    std::vector<std::vector<int>> met(std::size_t(people), std::vector<int>(std::size_t(people), 0));
    for (const auto &round : rounds) {
        std::multiset<int> seen;
        for (const auto &group : round) {
            if (int(group.size()) != size)
                check.equalGroups = false;
            for (int p : group)
                seen.insert(p);
            for (int a : group)
                for (int b : group)
                    if (a < b)
                        ++met[std::size_t(a)][std::size_t(b)];
        }
        std::set<int> expected;
        for (int p = 0; p < people; ++p)
            expected.insert(p);
        if (seen.size() != expected.size() || std::set<int>(seen.begin(), seen.end()) != expected)
            check.everyoneOncePerRound = false;
    }
    for (int a = 0; a < people; ++a)
        for (int b = a + 1; b < people; ++b) {
            const int m = met[std::size_t(a)][std::size_t(b)];
            check.repeatedPairs += std::max(0, m - 1);
            check.distinctPairs += m > 0 ? 1 : 0;
        }
    return check;
}

void requireRepeatFree(const Rounds &rounds, int people, int size, int expectedRounds)
{
    INFO(people << " people in groups of " << size);
    REQUIRE(int(rounds.size()) == expectedRounds);
    const Check check = checkPairs(rounds, people, size);
    CHECK(check.everyoneOncePerRound);
    CHECK(check.equalGroups);
    CHECK(check.repeatedPairs == 0);
    CHECK(check.distinctPairs == expectedRounds * (people / size) * size * (size - 1) / 2);
}

} // namespace

TEST_CASE("galoisField_everyNonzeroElementHasAnInverseAndMultiplicationDistributes", "[groups][designs]")
{
    for (int q : {2, 3, 4, 5, 7, 8, 9, 16, 25, 27}) {
        INFO("GF(" << q << ")");
        const auto field = GaloisField::make(q);
        REQUIRE(field.has_value());
        for (int a = 1; a < q; ++a) {
            int inverses = 0;
            for (int b = 1; b < q; ++b)
                inverses += field->multiply(a, b) == 1 ? 1 : 0;
            CHECK(inverses == 1);
        }
        for (int a = 0; a < q; ++a)
            for (int b = 0; b < q; ++b) {
                CHECK(field->add(a, field->negate(a)) == 0);
                for (int c = 0; c < q; c += 3)
                    CHECK(field->multiply(a, field->add(b, c)) == field->add(field->multiply(a, b), field->multiply(a, c)));
            }
    }
}

TEST_CASE("galoisField_notAPrimePower_givesNothing", "[groups][designs]")
{
    for (int q : {0, 1, 6, 10, 12, 15, 18, 36})
        CHECK_FALSE(GaloisField::make(q).has_value());
    int prime = 0;
    int exponent = 0;
    REQUIRE(isPrimePower(243, &prime, &exponent));
    CHECK(prime == 3);
    CHECK(exponent == 5);
}

TEST_CASE("roundRobin_evenPeople_meetEveryoneOnceOverNMinusOneRounds", "[groups][designs]")
{
    for (int n = 2; n <= 30; n += 2) {
        const auto rounds = roundRobin(n);
        REQUIRE(rounds.has_value());
        requireRepeatFree(*rounds, n, 2, n - 1);
    }
    CHECK_FALSE(roundRobin(7).has_value());
}

TEST_CASE("affinePlane_primePowerOrders_givesQPlusOneRepeatFreeRounds", "[groups][designs]")
{
    for (int q : {2, 3, 4, 5, 7, 8, 9, 16}) {
        const auto rounds = affineResolution(q, q);
        REQUIRE(rounds.has_value());
        requireRepeatFree(*rounds, q * q, q, q + 1);
    }
}

TEST_CASE("transversalDesign_fewerPerGroupThanGroups_givesQRepeatFreeRounds", "[groups][designs]")
{
    for (const auto &[groups, size] : {std::pair{5, 3}, std::pair{7, 4}, std::pair{8, 5}, std::pair{9, 2}, std::pair{11, 6}}) {
        const auto rounds = affineResolution(groups, size);
        REQUIRE(rounds.has_value());
        requireRepeatFree(*rounds, groups * size, size, groups);
    }
    CHECK_FALSE(affineResolution(6, 3).has_value()); // 6 is no prime power
    CHECK_FALSE(affineResolution(5, 6).has_value()); // more per group than groups
}

TEST_CASE("kirkmanSchoolgirls_fifteenInThreesOverSevenDays_noPairTwice", "[groups][designs]")
{
    const auto rounds = cyclicDevelopment(7, 2, 1, 3, 1, {});
    REQUIRE(rounds.has_value());
    requireRepeatFree(*rounds, 15, 3, 7);
    // Every pair of the 105 meets exactly once: a Kirkman triple system.
    CHECK(checkPairs(*rounds, 15, 3).distinctPairs == 15 * 14 / 2);
}

TEST_CASE("kirkmanTripleSystem_twentySevenInThrees_thirteenRounds", "[groups][designs]")
{
    const auto rounds = cyclicDevelopment(13, 2, 1, 3, 1, {});
    REQUIRE(rounds.has_value());
    requireRepeatFree(*rounds, 27, 3, 13);
}

TEST_CASE("kirkmanTripleSystem_ordersNineToThirtyNine_everyPairExactlyOnce", "[groups][designs][kirkman]")
{
    for (int v : {9, 15, 21, 27, 33, 39}) {
        const auto rounds = kirkmanTripleSystem(v, {});
        INFO("KTS(" << v << ")");
        REQUIRE(rounds.has_value());
        requireRepeatFree(*rounds, v, 3, (v - 1) / 2);
        CHECK(checkPairs(*rounds, v, 3).distinctPairs == v * (v - 1) / 2);
    }
}

TEST_CASE("nearlyKirkmanTripleSystem_ordersEighteenToThirtySix_unmetPairsFormAPerfectMatching", "[groups][designs][kirkman]")
{
    for (int v : {18, 24, 30, 36}) {
        const auto rounds = nearlyKirkmanTripleSystem(v, {});
        INFO("NKTS(" << v << ")");
        REQUIRE(rounds.has_value());
        requireRepeatFree(*rounds, v, 3, (v - 2) / 2);
        std::vector<std::vector<int>> met(std::size_t(v), std::vector<int>(std::size_t(v), 0));
        for (const auto &round : *rounds)
            for (const auto &group : round)
                for (int a : group)
                    for (int b : group)
                        ++met[std::size_t(a)][std::size_t(b)];
        for (int a = 0; a < v; ++a) {
            int unmet = 0;
            for (int b = 0; b < v; ++b)
                unmet += b != a && met[std::size_t(a)][std::size_t(b)] == 0 ? 1 : 0;
            CHECK(unmet == 1);
        }
    }
}

TEST_CASE("tripleSystems_ordersWithoutOne_giveNothing", "[groups][designs][kirkman]")
{
    // No nearly Kirkman triple system of order 6 or 12 exists; other orders are not Kirkman ones.
    CHECK_FALSE(nearlyKirkmanTripleSystem(6, {}).has_value());
    CHECK_FALSE(nearlyKirkmanTripleSystem(12, {}).has_value());
    CHECK_FALSE(nearlyKirkmanTripleSystem(15, {}).has_value());
    CHECK_FALSE(kirkmanTripleSystem(3, {}).has_value());
    CHECK_FALSE(kirkmanTripleSystem(18, {}).has_value());
    CHECK_FALSE(kirkmanTripleSystem(20, {}).has_value());
}

TEST_CASE("tripleSystems_expired_giveNothing", "[groups][designs][kirkman][control]")
{
    CHECK_FALSE(kirkmanTripleSystem(27, [] { return true; }).has_value());
    CHECK_FALSE(nearlyKirkmanTripleSystem(24, [] { return true; }).has_value());
}

TEST_CASE("thirtyTwoInFours_tenRounds_noPairTwice", "[groups][designs]")
{
    const auto rounds = thirtyTwoInFours();
    REQUIRE(rounds.has_value());
    requireRepeatFree(*rounds, 32, 4, 10);
}

TEST_CASE("cyclicDevelopment_fortyInFours_tenRounds", "[groups][designs]")
{
    const auto rounds = cyclicDevelopment(10, 4, 0, 4, 1, {});
    REQUIRE(rounds.has_value());
    requireRepeatFree(*rounds, 40, 4, 10);
}

TEST_CASE("repeatFreeDesign_benchmarkSizes_reachTheRoundsAsked", "[groups][designs]")
{
    struct Case {
        int people, size, rounds;
    };
    for (const Case &c :
         {Case{15, 3, 7}, Case{32, 4, 10}, Case{40, 4, 10}, Case{64, 8, 9}, Case{256, 16, 17}, Case{16, 4, 5}, Case{20, 2, 19},
          Case{20, 4, 5}, Case{27, 3, 13}, Case{18, 3, 8}, Case{21, 3, 10}, Case{24, 3, 11}, Case{33, 3, 16}, Case{30, 3, 14}}) {
        const auto design = repeatFreeDesign(c.people, c.size, c.rounds, 1, {});
        INFO(c.people << " in " << c.size << "s over " << c.rounds);
        REQUIRE(design.has_value());
        CHECK_FALSE(design->method.isEmpty());
        requireRepeatFree(design->rounds, c.people, c.size, c.rounds);
    }
}

TEST_CASE("repeatFreeDesign_moreRoundsThanPossible_givesTheMostItCan", "[groups][designs]")
{
    const auto design = repeatFreeDesign(32, 4, 12, 1, {});
    REQUIRE(design.has_value());
    requireRepeatFree(design->rounds, 32, 4, 10);
}

TEST_CASE("isRepeatFree_pairMeetingTwice_isCaught", "[groups][designs]")
{
    Rounds rounds{{{0, 1}, {2, 3}}, {{0, 2}, {1, 3}}};
    CHECK(isRepeatFree(rounds, 4));
    rounds.push_back({{0, 1}, {2, 3}});
    CHECK_FALSE(isRepeatFree(rounds, 4));
    CHECK_FALSE(isRepeatFree({{{0, 1}, {1, 3}}}, 4)); // someone twice in one round
}
