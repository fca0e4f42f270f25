#include "groups/groupsearch.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>

namespace sala {
namespace {

constexpr long unreachable = std::numeric_limits<long>::max();

// Uniform pick among equals, without storing them: the k-th equal candidate replaces the kept
// one with probability 1/k.
bool takeTie(std::mt19937_64 &rng, long &ties)
{
    ++ties;
    return std::uniform_int_distribution<long>(1, ties)(rng) == 1;
}

} // namespace

GroupSearch::GroupSearch(const GroupInstance &instance, SearchWeights weights)
    : m_in(instance), m_w(weights), m_n(instance.size()), m_rounds(instance.rounds)
{
    for (const GroupInstance::Balance &balance : m_in.balance) {
        m_attrOffset.push_back(m_slots);
        m_slots += balance.values;
    }
    m_group.assign(std::size_t(m_rounds), std::vector<int>(std::size_t(m_n), -1));
    m_members.resize(static_cast<std::size_t>(m_rounds));
    m_count.resize(static_cast<std::size_t>(m_rounds));
    m_total.assign(std::size_t(m_rounds), std::vector<int>(std::size_t(m_slots), 0));
    m_present.assign(std::size_t(m_rounds), 0);
    for (int r = 0; r < m_rounds; ++r) {
        const int groups = m_in.groups(r);
        m_members[std::size_t(r)].assign(std::size_t(groups), {});
        m_count[std::size_t(r)].assign(std::size_t(groups), std::vector<int>(std::size_t(m_slots), 0));
        for (int i = 0; i < m_n; ++i) {
            if (!m_in.attends[std::size_t(r)][std::size_t(i)])
                continue;
            ++m_present[std::size_t(r)];
            for (std::size_t a = 0; a < m_in.balance.size(); ++a)
                ++m_total[std::size_t(r)][slot(int(a), m_in.balance[a].value[std::size_t(i)])];
        }
    }
    // Even shares for every room size a round can have (sizes only change by one place).
    for (const auto &sizes : m_in.sizes)
        for (int size : sizes)
            m_largest = std::max(m_largest, size);
    const std::size_t table = std::size_t(m_rounds) * std::size_t(m_largest + 2) * std::size_t(m_slots);
    m_low.assign(table, 0);
    m_high.assign(table, 0);
    for (int r = 0; r < m_rounds; ++r) {
        const long present = m_present[std::size_t(r)];
        for (int size = 0; size <= m_largest + 1; ++size)
            for (int s = 0; s < m_slots; ++s) {
                const std::size_t at = (std::size_t(r) * std::size_t(m_largest + 2) + std::size_t(size)) * std::size_t(m_slots)
                                       + std::size_t(s);
                const long share = long(m_total[std::size_t(r)][std::size_t(s)]) * size;
                m_low[at] = present > 0 ? int(share / present) : 0;
                m_high[at] = present > 0 ? int((share + present - 1) / present) : 0;
            }
    }
    m_meet.assign(std::size_t(m_n) * std::size_t(m_n), 0);
    // Pairs that do not count start so far below the maximum that they never reach it.
    m_tally.assign(std::size_t(m_n) * std::size_t(m_n), 0);
    for (int i = 0; i < m_n; ++i)
        for (int j = 0; j < m_n; ++j)
            m_tally[std::size_t(i) * std::size_t(m_n) + std::size_t(j)] = m_in.counted[std::size_t(i)]
                                                                                  && m_in.counted[std::size_t(j)]
                                                                              ? m_in.beforeMeetings(i, j)
                                                                              : -1'000'000;
    m_together.resize(static_cast<std::size_t>(m_n));
    for (int i = 0; i < m_n; ++i)
        for (int j = 0; j < m_n; ++j)
            if (m_in.relationOf(i, j) < 0)
                m_together[std::size_t(i)].push_back(j);
    m_hasRelations = std::any_of(m_in.relation.begin(), m_in.relation.end(), [](signed char r) { return r != 0; });
}

long GroupSearch::penalty(int t) const
{
    const long excess = std::max(0, t - m_in.maxMeetings);
    return m_w.repeat * excess * (excess + 1) / 2;
}

long GroupSearch::pairChange(int i, int j, int step) const
{
    // penalty(t + 1) − penalty(t) = repeat · (t + 1 − max) beyond the maximum, and the reverse.
    const int t = m_tally[std::size_t(i) * std::size_t(m_n) + std::size_t(j)];
    long delta = step > 0 ? m_w.repeat * std::max(0, t + 1 - m_in.maxMeetings) : -m_w.repeat * std::max(0, t - m_in.maxMeetings);
    if (m_hasRelations) {
        const int relation = m_in.relationOf(i, j);
        if (relation > 0)
            delta += step * m_w.hard;
        else if (relation < 0)
            delta -= step * m_w.hard;
    }
    return delta;
}

// An even spread: a value held by t of the N people present gets t·s/N places in a room of s,
// rounded either way; each person beyond or short of that counts once.
int GroupSearch::deviation(int round, int size, std::size_t s, int count) const
{
    const std::size_t at = (std::size_t(round) * std::size_t(m_largest + 2) + std::size_t(std::min(size, m_largest + 1)))
                               * std::size_t(m_slots)
                           + s;
    return std::max(0, count - m_high[at]) + std::max(0, m_low[at] - count);
}

int GroupSearch::highFor(int round, int size, std::size_t s) const
{
    return m_high[(std::size_t(round) * std::size_t(m_largest + 2) + std::size_t(std::min(size, m_largest + 1)))
                      * std::size_t(m_slots)
                  + s];
}

long GroupSearch::roomBalance(int round, int group, int size, const std::vector<int> &counts) const
{
    (void)group;
    long sum = 0;
    for (int s = 0; s < m_slots; ++s)
        sum += deviation(round, size, std::size_t(s), counts[std::size_t(s)]);
    return sum;
}

long GroupSearch::balanceDelta(int round, int a, int b) const
{
    const int ga = m_group[std::size_t(round)][std::size_t(a)];
    const int gb = m_group[std::size_t(round)][std::size_t(b)];
    const int sizeA = roomSize(round, ga);
    const int sizeB = roomSize(round, gb);
    long delta = 0;
    for (std::size_t attribute = 0; attribute < m_in.balance.size(); ++attribute) {
        const int va = m_in.balance[attribute].value[std::size_t(a)];
        const int vb = m_in.balance[attribute].value[std::size_t(b)];
        if (va == vb)
            continue;
        const std::size_t sa = slot(int(attribute), va);
        const std::size_t sb = slot(int(attribute), vb);
        const auto &countA = m_count[std::size_t(round)][std::size_t(ga)];
        const auto &countB = m_count[std::size_t(round)][std::size_t(gb)];
        delta += deviation(round, sizeA, sa, countA[sa] - 1) - deviation(round, sizeA, sa, countA[sa]);
        delta += deviation(round, sizeA, sb, countA[sb] + 1) - deviation(round, sizeA, sb, countA[sb]);
        delta += deviation(round, sizeB, sa, countB[sa] + 1) - deviation(round, sizeB, sa, countB[sa]);
        delta += deviation(round, sizeB, sb, countB[sb] - 1) - deviation(round, sizeB, sb, countB[sb]);
    }
    return delta * m_w.balance;
}

long GroupSearch::moveCost(int round, int person, int group) const
{
    if (m_in.planned.empty())
        return 0;
    const int planned = m_in.planned[std::size_t(round)][std::size_t(person)];
    return planned >= 0 && planned != group ? m_w.move : 0;
}

long GroupSearch::swapDelta(int round, int a, int b) const
{
    const int ga = m_group[std::size_t(round)][std::size_t(a)];
    const int gb = m_group[std::size_t(round)][std::size_t(b)];
    long delta = 0;
    for (int x : m_members[std::size_t(round)][std::size_t(ga)])
        if (x != a)
            delta += pairChange(a, x, -1) + pairChange(b, x, +1);
    for (int y : m_members[std::size_t(round)][std::size_t(gb)])
        if (y != b)
            delta += pairChange(a, y, +1) + pairChange(b, y, -1);
    delta += balanceDelta(round, a, b);
    delta += moveCost(round, a, gb) - moveCost(round, a, ga) + moveCost(round, b, ga) - moveCost(round, b, gb);
    return delta;
}

long GroupSearch::relocateDelta(int round, int person, int group) const
{
    const int from = m_group[std::size_t(round)][std::size_t(person)];
    long delta = 0;
    for (int x : m_members[std::size_t(round)][std::size_t(from)])
        if (x != person)
            delta += pairChange(person, x, -1);
    for (int y : m_members[std::size_t(round)][std::size_t(group)])
        delta += pairChange(person, y, +1);
    if (m_slots > 0) {
        // Both rooms change size, so every value's even share in them changes.
        std::vector<int> fromCounts = m_count[std::size_t(round)][std::size_t(from)];
        std::vector<int> toCounts = m_count[std::size_t(round)][std::size_t(group)];
        const int fromSize = roomSize(round, from);
        const int toSize = roomSize(round, group);
        long before = roomBalance(round, from, fromSize, fromCounts) + roomBalance(round, group, toSize, toCounts);
        for (std::size_t attribute = 0; attribute < m_in.balance.size(); ++attribute) {
            const std::size_t s = slot(int(attribute), m_in.balance[attribute].value[std::size_t(person)]);
            --fromCounts[s];
            ++toCounts[s];
        }
        const long after = roomBalance(round, from, fromSize - 1, fromCounts) + roomBalance(round, group, toSize + 1, toCounts);
        delta += (after - before) * m_w.balance;
    }
    delta += moveCost(round, person, group) - moveCost(round, person, from);
    return delta;
}

// Building with SALA_GROUPS_VERIFY recomputes the whole cost after every move and stops at the
// first incremental update that disagrees: slow, but it proves the deltas on real instances.
void GroupSearch::verify(long expected) const
{
#ifdef SALA_GROUPS_VERIFY
    if (recomputeCost() != expected)
        qFatal("group search: cost %ld after a move, %ld expected", recomputeCost(), expected);
#else
    Q_UNUSED(expected)
#endif
}

void GroupSearch::applySwap(int round, int a, int b)
{
    m_cost += swapDelta(round, a, b);
    const int ga = m_group[std::size_t(round)][std::size_t(a)];
    const int gb = m_group[std::size_t(round)][std::size_t(b)];
    const auto bump = [this](int i, int j, int step) {
        m_meet[std::size_t(i) * std::size_t(m_n) + std::size_t(j)] += step;
        m_meet[std::size_t(j) * std::size_t(m_n) + std::size_t(i)] += step;
        m_tally[std::size_t(i) * std::size_t(m_n) + std::size_t(j)] += step;
        m_tally[std::size_t(j) * std::size_t(m_n) + std::size_t(i)] += step;
    };
    auto &membersA = m_members[std::size_t(round)][std::size_t(ga)];
    auto &membersB = m_members[std::size_t(round)][std::size_t(gb)];
    for (int x : membersA)
        if (x != a) {
            bump(a, x, -1);
            bump(b, x, +1);
        }
    for (int y : membersB)
        if (y != b) {
            bump(a, y, +1);
            bump(b, y, -1);
        }
    *std::find(membersA.begin(), membersA.end(), a) = b;
    *std::find(membersB.begin(), membersB.end(), b) = a;
    m_group[std::size_t(round)][std::size_t(a)] = gb;
    m_group[std::size_t(round)][std::size_t(b)] = ga;
    for (std::size_t attribute = 0; attribute < m_in.balance.size(); ++attribute) {
        const std::size_t sa = slot(int(attribute), m_in.balance[attribute].value[std::size_t(a)]);
        const std::size_t sb = slot(int(attribute), m_in.balance[attribute].value[std::size_t(b)]);
        --m_count[std::size_t(round)][std::size_t(ga)][sa];
        ++m_count[std::size_t(round)][std::size_t(ga)][sb];
        ++m_count[std::size_t(round)][std::size_t(gb)][sa];
        --m_count[std::size_t(round)][std::size_t(gb)][sb];
    }
    verify(m_cost);
}

void GroupSearch::applyRelocate(int round, int person, int group)
{
    m_cost += relocateDelta(round, person, group);
    unplace(round, person);
    place(round, person, group);
    verify(m_cost);
}

void GroupSearch::place(int round, int person, int group)
{
    for (int x : m_members[std::size_t(round)][std::size_t(group)]) {
        ++m_meet[std::size_t(person) * std::size_t(m_n) + std::size_t(x)];
        ++m_meet[std::size_t(x) * std::size_t(m_n) + std::size_t(person)];
        ++m_tally[std::size_t(person) * std::size_t(m_n) + std::size_t(x)];
        ++m_tally[std::size_t(x) * std::size_t(m_n) + std::size_t(person)];
    }
    m_members[std::size_t(round)][std::size_t(group)].push_back(person);
    m_group[std::size_t(round)][std::size_t(person)] = group;
    for (std::size_t attribute = 0; attribute < m_in.balance.size(); ++attribute)
        ++m_count[std::size_t(round)][std::size_t(group)][slot(int(attribute), m_in.balance[attribute].value[std::size_t(person)])];
}

void GroupSearch::unplace(int round, int person)
{
    const int group = m_group[std::size_t(round)][std::size_t(person)];
    if (group < 0)
        return;
    auto &members = m_members[std::size_t(round)][std::size_t(group)];
    members.erase(std::find(members.begin(), members.end(), person));
    for (int x : members) {
        --m_meet[std::size_t(person) * std::size_t(m_n) + std::size_t(x)];
        --m_meet[std::size_t(x) * std::size_t(m_n) + std::size_t(person)];
        --m_tally[std::size_t(person) * std::size_t(m_n) + std::size_t(x)];
        --m_tally[std::size_t(x) * std::size_t(m_n) + std::size_t(person)];
    }
    m_group[std::size_t(round)][std::size_t(person)] = -1;
    for (std::size_t attribute = 0; attribute < m_in.balance.size(); ++attribute)
        --m_count[std::size_t(round)][std::size_t(group)][slot(int(attribute), m_in.balance[attribute].value[std::size_t(person)])];
}

// What placing a person in a room being filled adds, judged against the room's final size.
long GroupSearch::addCost(int round, int person, int group) const
{
    long cost = 0;
    for (int x : m_members[std::size_t(round)][std::size_t(group)])
        cost += pairChange(person, x, +1);
    const int size = m_in.sizes[std::size_t(round)][std::size_t(group)];
    for (std::size_t attribute = 0; attribute < m_in.balance.size(); ++attribute) {
        const std::size_t s = slot(int(attribute), m_in.balance[attribute].value[std::size_t(person)]);
        const int count = m_count[std::size_t(round)][std::size_t(group)][s];
        // Only going over the share counts while the room fills: falling short is not yet known.
        cost += m_w.balance * (std::max(0, count + 1 - highFor(round, size, s)) - std::max(0, count - highFor(round, size, s)));
    }
    return cost + moveCost(round, person, group);
}

void GroupSearch::rebuild()
{
    for (int r = 0; r < m_rounds; ++r) {
        for (auto &members : m_members[std::size_t(r)])
            members.clear();
        for (auto &counts : m_count[std::size_t(r)])
            std::fill(counts.begin(), counts.end(), 0);
    }
    for (std::size_t k = 0; k < m_meet.size(); ++k)
        m_tally[k] -= m_meet[k];
    std::fill(m_meet.begin(), m_meet.end(), 0);
    Assignment assignment = m_group;
    for (auto &round : m_group)
        std::fill(round.begin(), round.end(), -1);
    for (int r = 0; r < m_rounds; ++r)
        for (int i = 0; i < m_n; ++i)
            if (assignment[std::size_t(r)][std::size_t(i)] >= 0)
                place(r, i, assignment[std::size_t(r)][std::size_t(i)]);
    m_cost = recomputeCost();
}

long GroupSearch::recomputeCost() const
{
    long cost = 0;
    for (int i = 0; i < m_n; ++i)
        for (int j = i + 1; j < m_n; ++j) {
            if (m_in.counted[std::size_t(i)] && m_in.counted[std::size_t(j)]) {
                const int before = m_in.beforeMeetings(i, j);
                cost += penalty(before + meetings(i, j)) - penalty(before);
            }
            const int relation = m_in.relationOf(i, j);
            if (relation == 0)
                continue;
            for (int r = 0; r < m_rounds; ++r) {
                const int gi = m_group[std::size_t(r)][std::size_t(i)];
                const int gj = m_group[std::size_t(r)][std::size_t(j)];
                if (gi < 0 || gj < 0)
                    continue;
                if ((relation > 0 && gi == gj) || (relation < 0 && gi != gj))
                    cost += m_w.hard;
            }
        }
    for (int r = 0; r < m_rounds; ++r)
        for (int g = 0; g < m_in.groups(r); ++g)
            cost += m_w.balance * roomBalance(r, g, roomSize(r, g), m_count[std::size_t(r)][std::size_t(g)]);
    for (int r = 0; r < m_rounds; ++r)
        for (int i = 0; i < m_n; ++i)
            if (m_group[std::size_t(r)][std::size_t(i)] >= 0)
                cost += moveCost(r, i, m_group[std::size_t(r)][std::size_t(i)]);
    return cost;
}

void GroupSearch::setAssignment(const Assignment &assignment)
{
    m_group = assignment;
    rebuild();
    m_best = m_group;
    m_bestCost = m_cost;
}

void GroupSearch::keepIfBest()
{
    if (m_cost < m_bestCost) {
        m_bestCost = m_cost;
        m_best = m_group;
    }
}

void GroupSearch::greedyFill(const std::vector<char> &rounds, std::mt19937_64 &rng)
{
    for (int r = 0; r < m_rounds; ++r)
        if (rounds[std::size_t(r)])
            for (int i = 0; i < m_n; ++i)
                unplace(r, i);
    for (int r = 0; r < m_rounds; ++r) {
        if (!rounds[std::size_t(r)])
            continue;
        const auto &sizes = m_in.sizes[std::size_t(r)];
        const auto hasRoom = [&](int g) { return roomSize(r, g) < sizes[std::size_t(g)]; };
        std::vector<int> pool;
        for (int i = 0; i < m_n; ++i) {
            if (!m_in.attends[std::size_t(r)][std::size_t(i)])
                continue;
            const int pinned = m_in.pinned[std::size_t(r)][std::size_t(i)];
            if (pinned >= 0)
                place(r, i, pinned);
        }
        for (int i = 0; i < m_n; ++i) {
            if (!m_in.movable(r, i))
                continue;
            const int planned = m_in.planned.empty() ? -1 : m_in.planned[std::size_t(r)][std::size_t(i)];
            if (planned >= 0 && hasRoom(planned))
                place(r, i, planned);
            else
                pool.push_back(i);
        }
        // Freedom: how many of the people still to place one could meet without a repeat. The
        // least free go first, while rooms still have space for them.
        const auto free = [&](int a, int b) {
            return m_in.beforeMeetings(a, b) + meetings(a, b) < m_in.maxMeetings && m_in.relationOf(a, b) <= 0;
        };
        std::vector<int> freedom(std::size_t(m_n), 0);
        // Counting freedom costs the square of the pool; very large rounds go in random order.
        constexpr std::size_t countedPool = 600;
        const bool counting = pool.size() <= countedPool;
        if (counting)
            for (int a : pool)
                for (int b : pool)
                    if (a != b && free(a, b))
                        ++freedom[std::size_t(a)];
        while (!pool.empty()) {
            std::size_t pick = 0;
            long ties = 0;
            for (std::size_t k = 0; k < pool.size(); ++k) {
                const int f = freedom[std::size_t(pool[k])];
                const int best = freedom[std::size_t(pool[pick])];
                if (k == 0 || f < best) {
                    pick = k;
                    ties = 1;
                } else if (f == best && takeTie(rng, ties)) {
                    pick = k;
                }
            }
            const int person = pool[pick];
            pool.erase(pool.begin() + long(pick));
            if (counting)
                for (int b : pool)
                    if (free(person, b))
                        --freedom[std::size_t(b)];
            int target = -1;
            long bestCost = unreachable;
            int bestSpace = 0;
            ties = 0;
            for (int g = 0; g < m_in.groups(r); ++g) {
                if (!hasRoom(g))
                    continue;
                const long cost = addCost(r, person, g);
                const int space = sizes[std::size_t(g)] - roomSize(r, g);
                if (cost < bestCost || (cost == bestCost && space > bestSpace)) {
                    target = g;
                    bestCost = cost;
                    bestSpace = space;
                    ties = 1;
                } else if (cost == bestCost && space == bestSpace && takeTie(rng, ties)) {
                    target = g;
                }
            }
            if (target < 0)
                break; // more people than places: the preparation reports it before search
            place(r, person, target);
        }
    }
    m_cost = recomputeCost();
    m_best = m_group;
    m_bestCost = m_cost;
}

long GroupSearch::relabel(const SearchControl &control)
{
    std::mt19937_64 &rng = *control.rng;
    std::vector<long> tabu(std::size_t(m_n), 0);
    const auto swappable = [&](int a) {
        for (int r = 0; r < m_rounds; ++r)
            if (!m_in.movable(r, a))
                return false;
        return true;
    };
    long iteration = 0;
    long idle = 0;
    while (m_bestCost > control.goal && idle < std::min(control.stallIterations, 4000L)) {
        if ((iteration & 63) == 0 && control.stop && control.stop())
            break;
        ++iteration;
        // People in a room where their value is over-represented, in any round.
        std::vector<char> conflicted(std::size_t(m_n), 0);
        for (int r = 0; r < m_rounds; ++r)
            for (int i = 0; i < m_n; ++i) {
                const int g = m_group[std::size_t(r)][std::size_t(i)];
                if (g < 0)
                    continue;
                for (std::size_t attribute = 0; attribute < m_in.balance.size(); ++attribute) {
                    const std::size_t s = slot(int(attribute), m_in.balance[attribute].value[std::size_t(i)]);
                    if (m_count[std::size_t(r)][std::size_t(g)][s] > highFor(r, roomSize(r, g), s))
                        conflicted[std::size_t(i)] = 1;
                }
            }
        long bestDelta = unreachable;
        int bestA = -1;
        int bestB = -1;
        long ties = 0;
        for (int a = 0; a < m_n; ++a) {
            if (!conflicted[std::size_t(a)] || !swappable(a))
                continue;
            for (int b = 0; b < m_n; ++b) {
                if (b == a || !swappable(b))
                    continue;
                long delta = 0;
                for (int r = 0; r < m_rounds; ++r)
                    if (m_group[std::size_t(r)][std::size_t(a)] != m_group[std::size_t(r)][std::size_t(b)])
                        delta += balanceDelta(r, a, b);
                const bool isTabu = tabu[std::size_t(a)] > iteration || tabu[std::size_t(b)] > iteration;
                if (isTabu && m_cost + delta >= m_bestCost)
                    continue;
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestA = a;
                    bestB = b;
                    ties = 1;
                } else if (delta == bestDelta && takeTie(rng, ties)) {
                    bestA = a;
                    bestB = b;
                }
            }
        }
        if (bestA < 0)
            break;
        for (int r = 0; r < m_rounds; ++r)
            if (m_group[std::size_t(r)][std::size_t(bestA)] != m_group[std::size_t(r)][std::size_t(bestB)])
                applySwap(r, bestA, bestB);
        const long tenure = 3 + std::uniform_int_distribution<long>(0, 4)(rng);
        tabu[std::size_t(bestA)] = tabu[std::size_t(bestB)] = iteration + tenure;
        const long before = m_bestCost;
        keepIfBest();
        idle = m_bestCost < before ? 0 : idle + 1;
    }
    m_group = m_best;
    rebuild();
    return iteration;
}

long GroupSearch::run(const SearchControl &control)
{
    std::mt19937_64 &rng = *control.rng;
    keepIfBest();
    int maxGroups = 1;
    for (int r = 0; r < m_rounds; ++r)
        maxGroups = std::max(maxGroups, m_in.groups(r));
    // Tabu: a person may not go back to a room they just left, in that round, for a while. Very
    // large problems remember only that the person moved, to keep the table small.
    const bool perRoom = long(m_rounds) * m_n * maxGroups <= 16'000'000L;
    std::vector<long> tabu(std::size_t(m_rounds) * std::size_t(m_n) * std::size_t(perRoom ? maxGroups : 1), 0);
    const auto tabuCell = [&](int r, int person, int group) -> long & {
        const std::size_t at = std::size_t(r) * std::size_t(m_n) + std::size_t(person);
        return perRoom ? tabu[at * std::size_t(maxGroups) + std::size_t(group)] : tabu[at];
    };
    long iteration = 0;
    long idle = 0; // since the best improved
    long sincePerturb = 0;
    const long perturbAfter = 300 + 10L * m_n;
    std::vector<std::pair<int, int>> candidates; // (round, person)
    std::vector<long> leave(static_cast<std::size_t>(m_n));
    std::vector<long> join(static_cast<std::size_t>(maxGroups));
    std::vector<char> conflicted(static_cast<std::size_t>(m_n));
    while (m_bestCost > control.goal) {
        if (control.maxIterations > 0 && iteration >= control.maxIterations)
            break;
        if (idle >= control.stallIterations)
            break;
        if ((iteration & 127) == 0) {
            if (control.stop && control.stop())
                break;
            if (control.progress && iteration > 0)
                control.progress(iteration, m_bestCost);
        }
        ++iteration;
        ++idle;
        ++sincePerturb;

        // The people whose place costs something: in a repeated or forbidden pair, apart from
        // whom they must be with, over-represented in their room, or away from their plan.
        candidates.clear();
        for (int r = 0; r < m_rounds; ++r) {
            std::fill(conflicted.begin(), conflicted.end(), 0);
            for (int g = 0; g < m_in.groups(r); ++g) {
                const auto &members = m_members[std::size_t(r)][std::size_t(g)];
                const int size = int(members.size());
                for (std::size_t x = 0; x < members.size(); ++x) {
                    const int i = members[x];
                    for (std::size_t y = x + 1; y < members.size(); ++y) {
                        const int j = members[y];
                        const bool repeated = m_in.counted[std::size_t(i)] && m_in.counted[std::size_t(j)]
                                              && m_in.beforeMeetings(i, j) + meetings(i, j) > m_in.maxMeetings;
                        if (repeated || m_in.relationOf(i, j) > 0)
                            conflicted[std::size_t(i)] = conflicted[std::size_t(j)] = 1;
                    }
                    for (std::size_t attribute = 0; attribute < m_in.balance.size(); ++attribute) {
                        const std::size_t s = slot(int(attribute), m_in.balance[attribute].value[std::size_t(i)]);
                        if (m_count[std::size_t(r)][std::size_t(g)][s] > highFor(r, size, s))
                            conflicted[std::size_t(i)] = 1;
                    }
                    if (moveCost(r, i, g) > 0)
                        conflicted[std::size_t(i)] = 1;
                }
                // A room short of some value: any of its members may make way for one.
                for (int s = 0; s < m_slots; ++s)
                    if (deviation(r, size, std::size_t(s), m_count[std::size_t(r)][std::size_t(g)][std::size_t(s)]) > 0) {
                        for (int i : members)
                            conflicted[std::size_t(i)] = 1;
                        break;
                    }
            }
            for (int i = 0; i < m_n; ++i) {
                const int gi = m_group[std::size_t(r)][std::size_t(i)];
                if (gi < 0)
                    continue;
                for (int j : m_together[std::size_t(i)])
                    if (m_group[std::size_t(r)][std::size_t(j)] >= 0 && m_group[std::size_t(r)][std::size_t(j)] != gi)
                        conflicted[std::size_t(i)] = 1;
                if (conflicted[std::size_t(i)] && m_in.movable(r, i))
                    candidates.emplace_back(r, i);
            }
        }
        if (candidates.empty()) {
            // Only rooms short of some value remain: anyone may be part of the fix.
            const int r = std::uniform_int_distribution<int>(0, std::max(0, m_rounds - 1))(rng);
            for (int i = 0; i < m_n; ++i)
                if (m_rounds > 0 && m_in.movable(r, i))
                    candidates.emplace_back(r, i);
        }
        constexpr std::size_t sample = 128;
        if (candidates.size() > sample) {
            std::shuffle(candidates.begin(), candidates.end(), rng);
            candidates.resize(sample);
            std::sort(candidates.begin(), candidates.end());
        }

        long bestDelta = unreachable;
        int bestRound = -1;
        int bestA = -1;
        int bestB = -1; // a person to swap with, or −(room + 1) to move to
        long ties = 0;
        const auto consider = [&](int r, int a, int b, long delta, bool isTabu) {
            if (isTabu && m_cost + delta >= m_bestCost)
                return;
            if (delta < bestDelta) {
                bestDelta = delta;
                bestRound = r;
                bestA = a;
                bestB = b;
                ties = 1;
            } else if (delta == bestDelta && takeTie(rng, ties)) {
                bestRound = r;
                bestA = a;
                bestB = b;
            }
        };
        int leaveRound = -1;
        for (const auto &candidate : candidates) {
            // Named copies: clang before 16 cannot capture structured bindings in a lambda.
            const int r = candidate.first;
            const int a = candidate.second;
            const int ga = m_group[std::size_t(r)][std::size_t(a)];
            // swapDelta(a, b) in parts, so that each b costs one pass over a's room:
            // a leaving, a joining each room, b leaving (per round), b joining a's room.
            if (leaveRound != r) {
                leaveRound = r;
                for (int b = 0; b < m_n; ++b) {
                    const int gb = m_group[std::size_t(r)][std::size_t(b)];
                    long sum = 0;
                    if (gb >= 0)
                        for (int y : m_members[std::size_t(r)][std::size_t(gb)])
                            if (y != b)
                                sum += pairChange(b, y, -1);
                    leave[std::size_t(b)] = sum;
                }
            }
            std::fill(join.begin(), join.end(), 0);
            for (int g = 0; g < m_in.groups(r); ++g)
                for (int y : m_members[std::size_t(r)][std::size_t(g)])
                    join[std::size_t(g)] += pairChange(a, y, +1);
            const long leaveA = leave[std::size_t(a)];
            for (int b = 0; b < m_n; ++b) {
                const int gb = m_group[std::size_t(r)][std::size_t(b)];
                if (gb < 0 || gb == ga || !m_in.movable(r, b))
                    continue;
                const bool isTabu = tabuCell(r, a, gb) > iteration || tabuCell(r, b, ga) > iteration;
                long delta = leaveA + join[std::size_t(gb)] - pairChange(a, b, +1) + leave[std::size_t(b)];
                for (int x : m_members[std::size_t(r)][std::size_t(ga)])
                    if (x != a)
                        delta += pairChange(b, x, +1);
                if (m_slots > 0)
                    delta += balanceDelta(r, a, b);
                if (!m_in.planned.empty())
                    delta += moveCost(r, a, gb) - moveCost(r, a, ga) + moveCost(r, b, ga) - moveCost(r, b, gb);
                consider(r, a, b, delta, isTabu);
            }
            if (!m_in.flexibleSizes[std::size_t(r)])
                continue;
            // A larger room may hand its extra place to a smaller one, unless everyone in that
            // room is pinned: a locked room stays exactly as it is.
            const int size = roomSize(r, ga);
            for (int g = 0; g < m_in.groups(r); ++g) {
                if (g == ga || roomSize(r, g) != size - 1)
                    continue;
                const auto &members = m_members[std::size_t(r)][std::size_t(g)];
                const bool closed = std::none_of(members.begin(), members.end(), [&](int x) { return m_in.movable(r, x); });
                if (!closed)
                    consider(r, a, -(g + 1), relocateDelta(r, a, g), tabuCell(r, a, g) > iteration);
            }
        }
        if (bestRound >= 0) {
            const int ga = m_group[std::size_t(bestRound)][std::size_t(bestA)];
            const long tenure = 4 + std::uniform_int_distribution<long>(0, 2 + m_n / 4)(rng);
            if (bestB >= 0) {
                const int gb = m_group[std::size_t(bestRound)][std::size_t(bestB)];
                applySwap(bestRound, bestA, bestB);
                tabuCell(bestRound, bestB, gb) = iteration + tenure;
            } else {
                applyRelocate(bestRound, bestA, -bestB - 1);
            }
            tabuCell(bestRound, bestA, ga) = iteration + tenure;
            if (m_cost < m_bestCost) {
                keepIfBest();
                idle = 0;
                sincePerturb = 0;
            }
        }
        if (sincePerturb > perturbAfter || bestRound < 0) {
            // Stuck: go back to the best schedule and shake it a little.
            m_group = m_best;
            rebuild();
            const int shakes = 2 + m_n * m_rounds / 16;
            for (int k = 0; k < shakes && m_rounds > 0; ++k) {
                const int r = std::uniform_int_distribution<int>(0, m_rounds - 1)(rng);
                std::vector<int> movable;
                for (int i = 0; i < m_n; ++i)
                    if (m_in.movable(r, i))
                        movable.push_back(i);
                if (movable.size() < 2)
                    continue;
                const int a = movable[std::uniform_int_distribution<std::size_t>(0, movable.size() - 1)(rng)];
                const int b = movable[std::uniform_int_distribution<std::size_t>(0, movable.size() - 1)(rng)];
                if (m_group[std::size_t(r)][std::size_t(a)] != m_group[std::size_t(r)][std::size_t(b)])
                    applySwap(r, a, b);
            }
            std::fill(tabu.begin(), tabu.end(), 0);
            sincePerturb = 0;
        }
    }
    m_group = m_best;
    rebuild();
    return iteration;
}

} // namespace sala
