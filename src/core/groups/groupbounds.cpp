#include "groups/groupbounds.h"

#include <QCoreApplication>

#include <algorithm>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::GroupSolver)
};

// 23 people in rooms of 5, 5, 5, 4, 4 over 6 rounds have 252 meetings for 253 pairs, so counting
// allows a schedule without repeats; none with fewer than 3 exists (docs/groups-bounds.md proves
// it). Pins and keep-apart sets only rule schedules out and history only adds repeats, so the
// bound holds with them; pairs kept together or not counted, or a second meeting allowed, are
// another problem.
bool isTwentyThreeInFivesAndFoursOverSix(const GroupInstance &in)
{
    if (in.size() != 23 || in.rounds != 6 || in.maxMeetings != 1)
        return false;
    if (std::find(in.counted.begin(), in.counted.end(), 0) != in.counted.end())
        return false;
    if (std::find(in.relation.begin(), in.relation.end(), -1) != in.relation.end())
        return false;
    for (int r = 0; r < in.rounds; ++r) {
        const auto &attends = in.attends[std::size_t(r)];
        if (std::find(attends.begin(), attends.end(), 0) != attends.end())
            return false;
        std::vector<int> sizes = in.sizes[std::size_t(r)];
        std::sort(sizes.begin(), sizes.end());
        if (sizes != std::vector<int>{4, 4, 5, 5, 5})
            return false;
    }
    return true;
}

int countingLowerBound(const GroupInstance &in)
{
    const int n = in.size();
    const int mm = in.maxMeetings;
    if (n == 0 || in.rounds == 0)
        return 0;
    // Partners each person can still meet without a repeat.
    std::vector<long> capacity(std::size_t(n), 0);
    long pairCapacity = 0;
    for (int i = 0; i < n; ++i) {
        if (!in.counted[std::size_t(i)])
            continue;
        for (int j = 0; j < n; ++j) {
            if (j == i || !in.counted[std::size_t(j)] || in.relationOf(i, j) > 0)
                continue;
            bool together = false;
            for (int r = 0; r < in.rounds && !together; ++r)
                together = in.attends[std::size_t(r)][std::size_t(i)] && in.attends[std::size_t(r)][std::size_t(j)];
            if (!together)
                continue;
            const long free = std::max(0, mm - in.beforeMeetings(i, j));
            capacity[std::size_t(i)] += free;
            if (i < j)
                pairCapacity += free;
        }
    }
    // Meetings each person has in the rounds: fixed by the room for pinned people, between the
    // smallest and largest room's for the others. Uncounted people (facilitators) fill places
    // without adding meetings; at worst for the bound they take places in the largest rooms.
    std::vector<long> low(std::size_t(n), 0);
    std::vector<long> high(std::size_t(n), 0);
    long total = 0;
    for (int r = 0; r < in.rounds; ++r) {
        const int groups = in.groups(r);
        std::vector<int> counted(static_cast<std::size_t>(groups));
        std::vector<int> open(static_cast<std::size_t>(groups));
        for (int g = 0; g < groups; ++g)
            counted[std::size_t(g)] = in.sizes[std::size_t(r)][std::size_t(g)];
        int looseUncounted = 0;
        for (int i = 0; i < n; ++i) {
            if (!in.attends[std::size_t(r)][std::size_t(i)] || in.counted[std::size_t(i)])
                continue;
            const int pinned = in.pinned[std::size_t(r)][std::size_t(i)];
            if (pinned >= 0)
                --counted[std::size_t(pinned)];
            else
                ++looseUncounted;
        }
        for (; looseUncounted > 0; --looseUncounted) {
            const auto largest = std::max_element(counted.begin(), counted.end());
            if (largest == counted.end() || *largest <= 0)
                break;
            --*largest;
        }
        open = counted;
        for (int i = 0; i < n; ++i) {
            const int pinned = in.pinned[std::size_t(r)][std::size_t(i)];
            if (in.attends[std::size_t(r)][std::size_t(i)] && in.counted[std::size_t(i)] && pinned >= 0)
                --open[std::size_t(pinned)];
        }
        int smallest = -1;
        int largest = -1;
        for (int g = 0; g < groups; ++g) {
            total += long(counted[std::size_t(g)]) * std::max(0, counted[std::size_t(g)] - 1);
            if (open[std::size_t(g)] <= 0)
                continue;
            const int degree = std::max(0, counted[std::size_t(g)] - 1);
            smallest = smallest < 0 ? degree : std::min(smallest, degree);
            largest = std::max(largest, degree);
        }
        for (int i = 0; i < n; ++i) {
            if (!in.attends[std::size_t(r)][std::size_t(i)] || !in.counted[std::size_t(i)])
                continue;
            const int pinned = in.pinned[std::size_t(r)][std::size_t(i)];
            if (pinned >= 0) {
                const long degree = std::max(0, counted[std::size_t(pinned)] - 1);
                low[std::size_t(i)] += degree;
                high[std::size_t(i)] += degree;
            } else {
                low[std::size_t(i)] += std::max(0, smallest);
                high[std::size_t(i)] += std::max(0, largest);
            }
        }
    }
    // Cheapest spread of the meetings: everyone up to what they can meet freely, the rest beyond.
    long unavoidable = 0;
    long free = 0;
    for (int i = 0; i < n; ++i) {
        if (!in.counted[std::size_t(i)])
            continue;
        const long lo = low[std::size_t(i)];
        const long cap = capacity[std::size_t(i)];
        unavoidable += std::max(0L, lo - cap);
        free += std::max(lo, std::min(high[std::size_t(i)], cap));
    }
    const long personal = unavoidable + std::max(0L, total - free);
    const long byPerson = (personal + 1) / 2;
    const long byPair = std::max(0L, total / 2 - pairCapacity);
    return int(std::max(byPerson, byPair));
}

} // namespace

int repeatLowerBound(const GroupInstance &in)
{
    const std::optional<ProvenRepeatBound> proven = provenRepeatBound(in);
    return std::max(countingLowerBound(in), proven ? proven->repeats : 0);
}

std::optional<ProvenRepeatBound> provenRepeatBound(const GroupInstance &in)
{
    if (isTwentyThreeInFivesAndFoursOverSix(in))
        return ProvenRepeatBound{3, Text::tr("23 people in rooms of 5, 5, 5, 4, 4 would have to meet all but one of their "
                                             "253 pairs exactly once in six rounds, which is proven impossible")};
    return std::nullopt;
}

std::optional<RepeatFreeLimit> repeatFreeLimit(int people, int size)
{
    if (size < 2 || people < size || people % size != 0)
        return std::nullopt;
    const int groups = people / size;
    if (groups == 1)
        return RepeatFreeLimit{1, Text::tr("with a single room everyone meets everyone in every round")};
    if (size > groups)
        return RepeatFreeLimit{1,
                               Text::tr("a second round would need every room to take at most one person from each room of the "
                                        "first, and there are only %1 rooms for groups of %2")
                                   .arg(groups)
                                   .arg(size)};
    if (people == 36 && size == 6)
        return RepeatFreeLimit{3, Text::tr("Euler's problem of the 36 officers has no solution (Tarry, 1900), so no two "
                                           "Latin squares of order 6 fit together and 36 people in sixes get 3 rounds")};
    if (people == 12 && size == 3)
        return RepeatFreeLimit{4, Text::tr("a fifth round would need a nearly Kirkman triple system of order 12, which does "
                                           "not exist")};
    const int rounds = (people - 1) / (size - 1);
    return RepeatFreeLimit{
        rounds,
        Text::tr("each round everyone meets %1 new people, and there are only %2 others to meet").arg(size - 1).arg(people - 1)};
}

} // namespace sala
