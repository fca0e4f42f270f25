#pragma once
// Local search for one part of a breakout problem: a greedy start that places the least free
// people first, then tabu search over swaps of two people in one round. The cost adds repeated
// meetings (convex, so repeats spread over many pairs rather than piling on a few), broken
// keep-apart and keep-together rules, uneven attribute mixes and moves away from a plan.

#include "groups/groupinstance.h"

#include <functional>
#include <random>
#include <vector>

namespace sala {

struct SearchWeights {
    long hard = 1000; // a keep-apart pair together, or a keep-together pair apart, in one round
    long repeat = 10; // the first meeting beyond max_meetings; further ones cost more each
    // One person beyond the even spread of an attribute in a room: half again as bad as a repeat,
    // so that a schedule without repeats still gets its mix right.
    long balance = 15;
    long move = 4; // one person in one round away from the planned room
};

struct SearchControl {
    std::mt19937_64 *rng = nullptr;
    std::function<bool()> stop; // time limit or cancellation
    std::function<void(long iterations, long bestCost)> progress;
    long maxIterations = 0;       // 0: no limit
    long stallIterations = 30000; // stop after this many iterations without a better schedule
    long goal = 0;                // stop once the cost is this low (the lower bound)
};

class GroupSearch final {
public:
    using Assignment = std::vector<std::vector<int>>; // [round][person] local group, −1 when absent

    explicit GroupSearch(const GroupInstance &instance, SearchWeights weights = {});

    // Starts from `assignment`, which must fill every room to its size and honour the pins.
    void setAssignment(const Assignment &assignment);
    // Fills the rounds marked in `rounds` greedily (the others keep their groups): pins first,
    // then the planned rooms where they still fit, then the least free people.
    void greedyFill(const std::vector<char> &rounds, std::mt19937_64 &rng);

    // Swaps two people's places in every round at once. Who meets whom keeps its shape, so a
    // repeat-free design stays repeat-free while its attribute mix improves.
    long relabel(const SearchControl &control);
    // Tabu search from the current assignment; returns the iterations run.
    long run(const SearchControl &control);

    long cost() const { return m_cost; }
    long bestCost() const { return m_bestCost; }
    const Assignment &best() const { return m_best; }
    const Assignment &current() const { return m_group; }
    long recomputeCost() const;

private:
    long penalty(int t) const;
    long pairChange(int i, int j, int step) const;
    long balanceDelta(int round, int a, int b) const;
    long roomBalance(int round, int group, int size, const std::vector<int> &counts) const;
    long moveCost(int round, int person, int group) const;
    long swapDelta(int round, int a, int b) const;
    long relocateDelta(int round, int person, int group) const;
    void applySwap(int round, int a, int b);
    void applyRelocate(int round, int person, int group);
    void place(int round, int person, int group);
    void unplace(int round, int person);
    long addCost(int round, int person, int group) const;
    void rebuild();
    void keepIfBest();
    void verify(long expected) const;
    int deviation(int round, int size, std::size_t slot, int count) const;
    int highFor(int round, int size, std::size_t slot) const;
    int roomSize(int round, int group) const { return int(m_members[std::size_t(round)][std::size_t(group)].size()); }
    std::size_t slot(int attribute, int value) const
    {
        return std::size_t(m_attrOffset[std::size_t(attribute)]) + std::size_t(value);
    }
    int meetings(int i, int j) const { return m_meet[std::size_t(i) * std::size_t(m_n) + std::size_t(j)]; }

    const GroupInstance &m_in;
    SearchWeights m_w;
    int m_n = 0;
    int m_rounds = 0;
    int m_slots = 0; // attribute values over all balanced attributes
    std::vector<int> m_attrOffset;
    std::vector<std::vector<int>> m_together; // [person] whom they must be with
    std::vector<std::vector<int>> m_total;    // [round][slot] people present with the value
    std::vector<int> m_present;               // [round] people present
    int m_largest = 0;                        // the largest room size
    std::vector<int> m_low;                   // [round][size][slot] least share
    std::vector<int> m_high;                  // [round][size][slot] most share
    Assignment m_group;
    std::vector<std::vector<std::vector<int>>> m_members; // [round][group] people
    std::vector<int> m_meet;                              // [i·n + j] meetings in solved rounds
    std::vector<int> m_tally;                             // [i·n + j] meetings before and in solved rounds
    bool m_hasRelations = false;
    std::vector<std::vector<std::vector<int>>> m_count; // [round][group][slot]
    long m_cost = 0;
    long m_bestCost = 0;
    Assignment m_best;
};

} // namespace sala
