#pragma once
// What the breakout solver is asked and what it answers: the people present, how rooms are sized,
// how many rounds, what happened before, the constraints, and the schedule with its statistics.

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace sala {

struct GroupPerson {
    QString id;    // unique within the problem, e.g. "p01" or a roster number
    QString name;  // as written; lists show the id when it is empty
    QString email; // what Zoom's pre-assignment matches on; may be empty
    QString role = QStringLiteral("participant");
    std::map<QString, QString> attrs; // e.g. country → "TH", sex → "F", lang → "th"
    bool operator==(const GroupPerson &) const = default;
};

// One round: room k holds the people listed at index k (indices into GroupProblem::people).
using GroupRound = std::vector<std::vector<int>>;

struct GroupPin {
    int person = -1;
    int room = 0;
    std::optional<std::vector<int>> rounds; // nullopt: every round the person attends
    bool operator==(const GroupPin &) const = default;
};

struct GroupConstraints {
    int numGroups = 0;           // 0 when not given
    int groupSize = 0;           // 0 when not given
    int minSize = 0;             // 0 when not given
    int maxSize = 0;             // 0 when not given
    std::vector<int> groupSizes; // room k gets groupSizes[k]; empty when not given
    std::vector<std::vector<int>> keepApart;
    std::vector<std::vector<int>> keepTogether;
    std::vector<GroupPin> pinned;
    QStringList homogeneousAttrs;
    QStringList balanceAttrs;
    QStringList excludeRolesFromPairs;
    int maxMeetings = 1;
    bool operator==(const GroupConstraints &) const = default;
};

struct GroupProblem {
    std::vector<GroupPerson> people;
    // Every round of the schedule, the fixed ones included; 0 lets the fixed and planned rounds
    // decide (and at least one round).
    int numRounds = 0;
    std::vector<GroupRound> fixedRounds; // the first rounds, as they were held; kept as given
    std::vector<GroupRound> history;     // earlier rounds of the workshop, before this schedule
    // A schedule being revised (after late arrivals or departures): the solver keeps people in
    // these rooms where it can.
    std::vector<GroupRound> planned;
    std::map<int, std::vector<int>> attendance; // person → rounds attended, when not all of them
    GroupConstraints constraints;
    bool operator==(const GroupProblem &) const = default;
};

// A rule the problem breaks, with where it is in the problem file (JSON Pointer).
struct GroupIssue {
    QString location;
    QString message;
    bool operator==(const GroupIssue &) const = default;
};

struct RepeatedPair {
    int first = 0;
    int second = 0;
    int meetings = 0; // in the schedule and the history together
    bool operator==(const RepeatedPair &) const = default;
};

struct GroupStatistics {
    // Meetings beyond max_meetings, counting history: a pair that met before and meets again
    // once is one repeat. Pairs involving an excluded role are not counted.
    int repeatedPairs = 0;
    int lowerBound = 0;   // no schedule of these rounds can have fewer repeats
    int mostMeetings = 0; // the most times one pair meets, history included
    // Rounds that can possibly be free of repeats for these sizes (an upper bound), or nullopt
    // when people come and go so that no simple count applies.
    std::optional<int> repeatFreeRoundsBound;
    std::vector<int> imbalancePerRound; // people beyond what an even spread allows
    int keepApartViolations = 0;
    int keepTogetherViolations = 0;
    int moves = 0; // person-rounds away from the planned room
    std::vector<RepeatedPair> repeats;
};

struct GroupSolution {
    std::vector<GroupRound> rounds; // every round, the fixed ones first
    GroupStatistics statistics;
    QString method;    // how the schedule was made, for the curious
    QStringList notes; // what could not be met and the best alternative, in plain words
    bool reachedLowerBound = false;
    bool cancelled = false;
    bool timedOut = false;
    qint64 elapsedMs = 0;
    qint64 iterations = 0;
    quint64 seed = 0;
};

} // namespace sala
