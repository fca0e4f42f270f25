#pragma once
// A breakout problem checked and split for search: one independent part per value of the
// homogeneous attributes, each in dense local indices with its rooms, sizes, pins and the
// meetings that happened before. Every rule the problem breaks is reported with its location.

#include "groups/groupproblem.h"

#include <vector>

namespace sala {

// The most people and rounds one problem may hold: enough for any workshop (Zoom pre-assigns at
// most 1,000 people), small enough that the search's tables stay a few megabytes.
inline constexpr int maximumGroupPeople = 2000;
inline constexpr int maximumGroupRounds = 100;

struct GroupInstance {
    QString key;                           // the homogeneous values shared by the part, "" without any
    std::vector<int> people;               // problem index of each local person
    int rounds = 0;                        // rounds to solve
    int firstRound = 0;                    // schedule index of the first round to solve
    std::vector<std::vector<int>> roomIds; // [round][group] room number in the schedule
    std::vector<std::vector<int>> sizes;   // [round][group]
    // [round] whether rooms may trade their one extra place, so that which rooms are the larger
    // ones is the search's choice; not when the sizes are given room by room.
    std::vector<char> flexibleSizes;
    std::vector<std::vector<char>> attends; // [round][person]
    std::vector<std::vector<int>> pinned;   // [round][person] local group, or −1
    std::vector<std::vector<int>> planned;  // [round][person] local group, or −1; empty without a plan
    std::vector<char> counted;              // [person] whether the person's pairs count as meetings
    std::vector<int> before;                // [a·n + b] meetings before: history and fixed rounds
    std::vector<signed char> relation;      // [a·n + b] +1 keep apart, −1 keep together
    struct Balance {
        std::vector<int> value; // [person] index of the person's value
        int values = 0;
    };
    std::vector<Balance> balance;
    int maxMeetings = 1;

    int size() const { return int(people.size()); }
    int groups(int round) const { return int(sizes[std::size_t(round)].size()); }
    bool movable(int round, int person) const
    {
        return attends[std::size_t(round)][std::size_t(person)] && pinned[std::size_t(round)][std::size_t(person)] < 0;
    }
    int beforeMeetings(int a, int b) const { return before[std::size_t(a) * people.size() + std::size_t(b)]; }
    int relationOf(int a, int b) const { return relation[std::size_t(a) * people.size() + std::size_t(b)]; }
};

struct PreparedProblem {
    int totalRounds = 0;
    int fixedRounds = 0;
    std::vector<int> roomsPerRound; // rooms of each solved round, all parts together
    std::vector<GroupInstance> parts;
};

struct Preparation {
    PreparedProblem prepared;
    std::vector<GroupIssue> issues; // empty when the problem can be solved
};

Preparation prepareGroupProblem(const GroupProblem &problem);

// The part a person belongs to: their homogeneous attribute values joined, "" without any.
QString homogeneousKey(const GroupPerson &person, const QStringList &attributes);

// Sizes differing by at most one, or as given: the sizes of the rooms for `attending` people, or
// a message saying why the constraints cannot be met. `groupsGiven` overrides num_groups.
struct RoomSizing {
    std::vector<int> sizes;
    QString problem;
};
RoomSizing roomSizes(int attending, const GroupConstraints &constraints, int groupsGiven);

// "/a/b" path pieces with JSON Pointer escaping.
QString pointerChild(const QString &parent, const QString &name);
QString pointerChild(const QString &parent, qsizetype index);

} // namespace sala
