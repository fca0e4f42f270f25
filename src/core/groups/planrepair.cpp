#include "groups/planrepair.h"

#include <algorithm>
#include <functional>

namespace sala {
namespace {

class PlanCompletion final {
public:
    PlanCompletion(const GroupInstance &part, long nodeBudget, int moves, const std::function<bool()> &expired)
        : m_in(part), m_n(part.size()), m_budget(nodeBudget), m_movesLeft(moves), m_expired(expired)
    {
    }

    std::optional<PlanAssignment> run()
    {
        if (!keepPlan())
            return std::nullopt;
        for (int r = 0; r < m_in.rounds; ++r)
            for (int f : m_free[std::size_t(r)])
                for (int j = 0; j < m_n; ++j)
                    if (m_in.relationOf(f, j) < 0)
                        return std::nullopt;
        if (!placeFrom(0, 0))
            return std::nullopt;
        return m_group;
    }

private:
    int cell(int a, int b) const { return a * m_n + b; }

    // Pins and planned rooms first; false when they overfill a room.
    bool keepPlan()
    {
        const int rounds = m_in.rounds;
        m_group.assign(std::size_t(rounds), std::vector<int>(std::size_t(m_n), -1));
        m_free.assign(std::size_t(rounds), {});
        m_occupancy.assign(std::size_t(rounds), {});
        m_members.assign(std::size_t(rounds), {});
        m_meet.assign(std::size_t(m_n) * std::size_t(m_n), 0);
        for (int a = 0; a < m_n; ++a)
            for (int b = 0; b < m_n; ++b)
                m_meet[std::size_t(cell(a, b))] = m_in.beforeMeetings(a, b);
        for (int r = 0; r < rounds; ++r) {
            const int groups = m_in.groups(r);
            m_occupancy[std::size_t(r)].assign(std::size_t(groups), 0);
            m_members[std::size_t(r)].assign(std::size_t(groups), {});
            for (int i = 0; i < m_n; ++i) {
                if (!m_in.attends[std::size_t(r)][std::size_t(i)])
                    continue;
                int g = m_in.pinned[std::size_t(r)][std::size_t(i)];
                if (g < 0 && !m_in.planned.empty())
                    g = m_in.planned[std::size_t(r)][std::size_t(i)];
                if (g < 0 || g >= groups) {
                    m_free[std::size_t(r)].push_back(i);
                    continue;
                }
                put(r, i, g);
            }
            if (!sizesStillFit(r))
                return false;
        }
        return true;
    }

    void put(int r, int person, int g)
    {
        for (int y : m_members[std::size_t(r)][std::size_t(g)]) {
            ++m_meet[std::size_t(cell(person, y))];
            ++m_meet[std::size_t(cell(y, person))];
        }
        m_members[std::size_t(r)][std::size_t(g)].push_back(person);
        ++m_occupancy[std::size_t(r)][std::size_t(g)];
        m_group[std::size_t(r)][std::size_t(person)] = g;
    }

    void take(int r, int person, int g)
    {
        auto &members = m_members[std::size_t(r)][std::size_t(g)];
        members.erase(std::find(members.begin(), members.end(), person));
        for (int y : members) {
            --m_meet[std::size_t(cell(person, y))];
            --m_meet[std::size_t(cell(y, person))];
        }
        --m_occupancy[std::size_t(r)][std::size_t(g)];
        m_group[std::size_t(r)][std::size_t(person)] = -1;
    }

    // Whether the rooms can still end at the round's sizes, people only being added: room by
    // room, or, where rooms may trade their extra place, the fullest rooms against the largest
    // sizes.
    bool sizesStillFit(int r) const
    {
        const auto &sizes = m_in.sizes[std::size_t(r)];
        const auto &occupancy = m_occupancy[std::size_t(r)];
        if (!m_in.flexibleSizes[std::size_t(r)]) {
            for (std::size_t g = 0; g < sizes.size(); ++g)
                if (occupancy[g] > sizes[g])
                    return false;
            return true;
        }
        std::vector<int> have = occupancy;
        std::vector<int> allowed = sizes;
        std::sort(have.begin(), have.end(), std::greater<>());
        std::sort(allowed.begin(), allowed.end(), std::greater<>());
        for (std::size_t k = 0; k < have.size(); ++k)
            if (have[k] > allowed[k])
                return false;
        return true;
    }

    bool clashes(int person, int y) const
    {
        return m_in.relationOf(person, y) > 0
               || (m_in.counted[std::size_t(person)] && m_in.counted[std::size_t(y)]
                   && m_meet[std::size_t(cell(person, y))] >= m_in.maxMeetings);
    }

    bool fits(int r, int person, int g) const
    {
        const auto &members = m_members[std::size_t(r)][std::size_t(g)];
        return std::none_of(members.begin(), members.end(), [&](int y) { return clashes(person, y); });
    }

    // The one member of room g whom `person` may not meet, when that member sits in the planned
    // room and may be moved out of the way; −1 otherwise.
    int soleBlocker(int r, int person, int g) const
    {
        int blocker = -1;
        for (int y : m_members[std::size_t(r)][std::size_t(g)]) {
            if (!clashes(person, y))
                continue;
            if (blocker >= 0)
                return -1;
            blocker = y;
        }
        if (blocker < 0 || !m_in.movable(r, blocker) || m_in.planned[std::size_t(r)][std::size_t(blocker)] != g)
            return -1;
        return blocker;
    }

    // Moves `blocker` from room g to another room where it meets nobody twice, and puts `person`
    // in its place; each such move counts against the moves allowed.
    bool placeByMoving(int r, std::size_t k, int person, int g, int blocker)
    {
        take(r, blocker, g);
        for (int h = 0; h < m_in.groups(r) && !m_aborted; ++h) {
            if (h == g || !fits(r, blocker, h))
                continue;
            put(r, blocker, h);
            if (fits(r, person, g)) {
                put(r, person, g);
                --m_movesLeft;
                if (sizesStillFit(r) && placeFrom(r, k + 1))
                    return true;
                ++m_movesLeft;
                take(r, person, g);
            }
            take(r, blocker, h);
        }
        put(r, blocker, g);
        return false;
    }

    bool placeFrom(int r, std::size_t k)
    {
        if (++m_nodes > m_budget || ((m_nodes & 255) == 0 && m_expired && m_expired()))
            m_aborted = true;
        if (m_aborted)
            return false;
        if (r >= m_in.rounds)
            return true;
        const auto &free = m_free[std::size_t(r)];
        if (k >= free.size())
            return placeFrom(r + 1, 0);
        const int person = free[k];
        // Rooms furthest below their planned size first: the places of those who left.
        std::vector<int> order;
        for (int g = 0; g < m_in.groups(r); ++g)
            order.push_back(g);
        const auto gap = [&](int g) {
            return m_in.sizes[std::size_t(r)][std::size_t(g)] - m_occupancy[std::size_t(r)][std::size_t(g)];
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return gap(a) > gap(b); });
        for (int g : order) {
            if (fits(r, person, g)) {
                put(r, person, g);
                if (sizesStillFit(r) && placeFrom(r, k + 1))
                    return true;
                take(r, person, g);
            } else if (m_movesLeft > 0) {
                if (const int blocker = soleBlocker(r, person, g); blocker >= 0 && placeByMoving(r, k, person, g, blocker))
                    return true;
            }
            if (m_aborted)
                return false;
        }
        return false;
    }

    const GroupInstance &m_in;
    int m_n;
    long m_budget;
    long m_nodes = 0;
    int m_movesLeft = 0;
    bool m_aborted = false;
    const std::function<bool()> &m_expired;
    PlanAssignment m_group;
    std::vector<std::vector<int>> m_free;                 // [round] people without a planned room
    std::vector<std::vector<int>> m_occupancy;            // [round][group]
    std::vector<std::vector<std::vector<int>>> m_members; // [round][group]
    std::vector<int> m_meet;                              // [a·n + b] meetings before and so far
};

} // namespace

std::optional<PlanAssignment> completePlan(const GroupInstance &part, long nodeBudget, const std::function<bool()> &expired,
                                           int maxMoves)
{
    if (part.planned.empty() || part.rounds <= 0)
        return std::nullopt;
    // Fewest moves first: each number of moves gets a search of its own.
    for (int moves = 0; moves <= maxMoves; ++moves) {
        if (expired && expired())
            return std::nullopt;
        PlanCompletion completion(part, nodeBudget, moves, expired);
        if (std::optional<PlanAssignment> completed = completion.run())
            return completed;
    }
    return std::nullopt;
}

} // namespace sala
