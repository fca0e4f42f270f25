#include "groups/groupinstance.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <map>
#include <numeric>
#include <set>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::GroupSolver)
};

QString roundName(int round)
{
    return Text::tr("round %1").arg(round + 1);
}

// Sizes differing by at most one.
std::vector<int> evenSizes(int people, int groups)
{
    std::vector<int> sizes(std::size_t(groups), people / groups);
    for (int g = 0; g < people % groups; ++g)
        ++sizes[std::size_t(g)];
    return sizes;
}

// How many rooms make groups "of about `size`": the count whose sizes stray least from it, then
// the one with fewer rooms off the size, then fewer rooms; never rooms of one when pairs are meant.
int groupsForSize(int people, int size)
{
    int best = 0;
    std::array<int, 3> bestScore{};
    const int low = std::max(1, people / size);
    for (int groups = low; groups <= low + 1 && groups <= people; ++groups) {
        const std::vector<int> sizes = evenSizes(people, groups);
        if (size >= 2 && people >= 2 && sizes.back() < 2)
            continue;
        int stray = 0;
        int off = 0;
        for (int s : sizes) {
            stray = std::max(stray, std::abs(s - size));
            off += s != size ? 1 : 0;
        }
        const std::array<int, 3> score{stray, off, groups};
        if (best == 0 || score < bestScore) {
            best = groups;
            bestScore = score;
        }
    }
    return best == 0 ? 1 : best;
}

struct Context {
    const GroupProblem &problem;
    std::vector<GroupIssue> &issues;
    void report(const QString &location, const QString &message) const { issues.push_back({location, message}); }
    QString id(int person) const { return problem.people[std::size_t(person)].id; }
};

// Checks that a list of rounds names each person at most once per round.
void checkRounds(const Context &ctx, const std::vector<GroupRound> &rounds, const QString &at)
{
    const int n = int(ctx.problem.people.size());
    for (std::size_t r = 0; r < rounds.size(); ++r) {
        std::vector<char> seen(std::size_t(n), 0);
        for (std::size_t g = 0; g < rounds[r].size(); ++g)
            for (std::size_t k = 0; k < rounds[r][g].size(); ++k) {
                const int p = rounds[r][g][k];
                const QString location = pointerChild(pointerChild(pointerChild(at, qsizetype(r)), qsizetype(g)), qsizetype(k));
                if (p < 0 || p >= n) {
                    ctx.report(location, Text::tr("there is no participant with this id"));
                    continue;
                }
                if (seen[std::size_t(p)])
                    ctx.report(location,
                               Text::tr("%1 is in two rooms of %2; put each person in one room").arg(ctx.id(p), roundName(int(r))));
                seen[std::size_t(p)] = 1;
            }
    }
}

} // namespace

QString pointerChild(const QString &parent, const QString &name)
{
    QString escaped = name;
    escaped.replace(u'~', QStringLiteral("~0"));
    escaped.replace(u'/', QStringLiteral("~1"));
    return parent + u'/' + escaped;
}

QString pointerChild(const QString &parent, qsizetype index)
{
    return parent + u'/' + QString::number(index);
}

QString homogeneousKey(const GroupPerson &person, const QStringList &attributes)
{
    QStringList values;
    bool any = false;
    for (const QString &attribute : attributes) {
        const auto found = person.attrs.find(attribute);
        const QString value = found == person.attrs.end() ? QString() : found->second;
        any = any || !value.isEmpty();
        values << value;
    }
    return any ? values.join(QStringLiteral(" · ")) : QString();
}

RoomSizing roomSizes(int attending, const GroupConstraints &constraints, int groupsGiven)
{
    RoomSizing result;
    if (attending <= 0)
        return result;
    if (!constraints.groupSizes.empty() && groupsGiven == 0) {
        const int sum = std::accumulate(constraints.groupSizes.cbegin(), constraints.groupSizes.cend(), 0);
        if (sum != attending) {
            result.problem =
                Text::tr("the room sizes add up to %1, but %2 people take part; make them add up to %2").arg(sum).arg(attending);
            return result;
        }
        result.sizes = constraints.groupSizes;
        return result;
    }
    int groups = groupsGiven > 0 ? groupsGiven : constraints.numGroups;
    if (groups == 0 && constraints.groupSize > 0)
        groups = groupsForSize(attending, constraints.groupSize);
    if (groups == 0 && (constraints.minSize > 0 || constraints.maxSize > 0)) {
        const int low = std::max(1, constraints.minSize);
        const int high = constraints.maxSize > 0 ? constraints.maxSize : attending;
        for (int g = (attending + high - 1) / high; g >= 1 && g <= attending / low; ++g) {
            if ((attending + g - 1) / g <= high && attending / g >= low) {
                groups = g;
                break;
            }
        }
        if (groups == 0) {
            result.problem =
                Text::tr("%1 people cannot be split into groups of %2 to %3; widen the range").arg(attending).arg(low).arg(high);
            return result;
        }
    }
    if (groups == 0) {
        result.problem = Text::tr("say how to form the rooms: give num_groups, group_size, group_sizes, or min_size and "
                                  "max_size");
        return result;
    }
    if (groups > attending) {
        result.problem = Text::tr("%1 people are too few for %2 rooms; ask for fewer rooms").arg(attending).arg(groups);
        return result;
    }
    result.sizes = evenSizes(attending, groups);
    if (constraints.minSize > 0 && result.sizes.back() < constraints.minSize)
        result.problem = Text::tr("%1 people in %2 rooms makes rooms of %3, below min_size %4")
                             .arg(attending)
                             .arg(groups)
                             .arg(result.sizes.back())
                             .arg(constraints.minSize);
    else if (constraints.maxSize > 0 && result.sizes.front() > constraints.maxSize)
        result.problem = Text::tr("%1 people in %2 rooms makes rooms of %3, above max_size %4")
                             .arg(attending)
                             .arg(groups)
                             .arg(result.sizes.front())
                             .arg(constraints.maxSize);
    return result;
}

Preparation prepareGroupProblem(const GroupProblem &problem)
{
    Preparation out;
    const Context ctx{problem, out.issues};
    const GroupConstraints &c = problem.constraints;
    const int n = int(problem.people.size());

    std::map<QString, int> ids;
    for (int p = 0; p < n; ++p) {
        const QString &id = problem.people[std::size_t(p)].id;
        const QString at = pointerChild(pointerChild(QStringLiteral("/participants"), qsizetype(p)), QStringLiteral("id"));
        if (id.trimmed().isEmpty())
            ctx.report(at, Text::tr("id is empty; every participant needs one"));
        else if (!ids.emplace(id, p).second)
            ctx.report(at, Text::tr("%1 is the id of an earlier participant too; ids must differ").arg(id));
    }

    if (n == 0)
        ctx.report(QStringLiteral("/participants"), Text::tr("there is nobody to group; list the participants"));
    if (n > maximumGroupPeople)
        ctx.report(QStringLiteral("/participants"),
                   Text::tr("%1 participants are more than Sala groups at once (%2); split them, "
                            "for example by language or cohort")
                       .arg(n)
                       .arg(maximumGroupPeople));
    const int fixed = int(problem.fixedRounds.size());
    int total = problem.numRounds;
    if (total <= 0) {
        // Without a count, the rounds named anywhere in the problem decide.
        total = std::max({fixed, int(problem.planned.size()), 1});
        for (const auto &[person, rounds] : problem.attendance)
            for (int r : rounds)
                total = std::max(total, r + 1);
        for (const GroupPin &pin : c.pinned)
            if (pin.rounds)
                for (int r : *pin.rounds)
                    total = std::max(total, r + 1);
    }
    if (total > maximumGroupRounds) {
        ctx.report(QStringLiteral("/num_rounds"),
                   Text::tr("%1 rounds are more than Sala plans at once (%2)").arg(total).arg(maximumGroupRounds));
        total = maximumGroupRounds;
    }
    if (problem.numRounds > 0 && problem.numRounds < fixed)
        ctx.report(
            QStringLiteral("/num_rounds"),
            Text::tr("%1 rounds asked for, but %2 fixed rounds are given; ask for at least %2").arg(problem.numRounds).arg(fixed));
    checkRounds(ctx, problem.fixedRounds, QStringLiteral("/rounds"));
    checkRounds(ctx, problem.history, QStringLiteral("/history"));
    checkRounds(ctx, problem.planned, QStringLiteral("/planned"));
    if (c.maxMeetings < 1)
        ctx.report(QStringLiteral("/constraints/max_meetings"), Text::tr("max_meetings must be at least 1"));

    // Who attends which solved round.
    std::vector<std::vector<char>> attends(std::size_t(total), std::vector<char>(std::size_t(n), 1));
    for (const auto &[person, rounds] : problem.attendance) {
        if (person < 0 || person >= n)
            continue;
        for (auto &round : attends)
            round[std::size_t(person)] = 0;
        const QString at = pointerChild(QStringLiteral("/attendance"), ctx.id(person));
        for (std::size_t k = 0; k < rounds.size(); ++k) {
            if (rounds[k] < 0 || rounds[k] >= total)
                ctx.report(pointerChild(at, qsizetype(k)),
                           Text::tr("round %1 does not exist; rounds are numbered from 0 to %2").arg(rounds[k]).arg(total - 1));
            else
                attends[std::size_t(rounds[k])][std::size_t(person)] = 1;
        }
    }

    // Pins, checked alone first; rooms are checked once the rooms exist.
    std::vector<std::vector<int>> pinnedRoom(std::size_t(total), std::vector<int>(std::size_t(n), -1));
    std::vector<QString> pinAt(static_cast<std::size_t>(n));
    for (std::size_t k = 0; k < c.pinned.size(); ++k) {
        const GroupPin &pin = c.pinned[k];
        const QString at = pointerChild(QStringLiteral("/constraints/pinned"), qsizetype(k));
        if (pin.person < 0 || pin.person >= n)
            continue;
        if (pin.room < 0) {
            ctx.report(pointerChild(at, QStringLiteral("group")), Text::tr("group must be a room number from 0"));
            continue;
        }
        std::vector<int> rounds;
        if (pin.rounds) {
            for (std::size_t i = 0; i < pin.rounds->size(); ++i) {
                const int r = (*pin.rounds)[i];
                if (r < 0 || r >= total)
                    ctx.report(pointerChild(pointerChild(at, QStringLiteral("rounds")), qsizetype(i)),
                               Text::tr("round %1 does not exist; rounds are numbered from 0 to %2").arg(r).arg(total - 1));
                else
                    rounds.push_back(r);
            }
        } else {
            for (int r = fixed; r < total; ++r)
                if (attends[std::size_t(r)][std::size_t(pin.person)])
                    rounds.push_back(r);
        }
        for (int r : rounds) {
            if (r < fixed)
                continue;
            if (!attends[std::size_t(r)][std::size_t(pin.person)]) {
                ctx.report(at, Text::tr("%1 is pinned in %2 but does not attend it").arg(ctx.id(pin.person), roundName(r)));
                continue;
            }
            int &room = pinnedRoom[std::size_t(r)][std::size_t(pin.person)];
            if (room >= 0 && room != pin.room)
                ctx.report(at, Text::tr("%1 is pinned to two rooms in %2").arg(ctx.id(pin.person), roundName(r)));
            room = pin.room;
            pinAt[std::size_t(pin.person)] = at;
        }
    }

    // Parts: one per combination of homogeneous values.
    std::vector<QString> keyOf(static_cast<std::size_t>(n));
    std::set<QString> keys;
    for (int p = 0; p < n; ++p) {
        keyOf[std::size_t(p)] = homogeneousKey(problem.people[std::size_t(p)], c.homogeneousAttrs);
        keys.insert(keyOf[std::size_t(p)]);
    }
    const bool splitting = !c.homogeneousAttrs.isEmpty() && keys.size() > 1;
    if (splitting && !c.groupSizes.empty())
        ctx.report(QStringLiteral("/constraints/group_sizes"),
                   Text::tr("group_sizes cannot be combined with homogeneous_attrs, which give each value its own rooms; "
                            "give num_groups or group_size instead"));
    // People without a value who are pinned (a co-facilitator, an interpreter) join the part of
    // their room rather than forming a part of their own.
    std::vector<char> deferred(std::size_t(n), 0);
    std::vector<QString> partKeys;
    for (const QString &key : keys)
        if (!key.isEmpty())
            partKeys.push_back(key);
    bool emptyPart = false;
    for (int p = 0; p < n; ++p) {
        if (!keyOf[std::size_t(p)].isEmpty())
            continue;
        bool pinned = false;
        for (int r = fixed; r < total; ++r)
            pinned = pinned || pinnedRoom[std::size_t(r)][std::size_t(p)] >= 0;
        if (splitting && pinned)
            deferred[std::size_t(p)] = 1;
        else
            emptyPart = true;
    }
    if (emptyPart || partKeys.empty())
        partKeys.emplace_back();
    std::map<QString, int> partIndex;
    for (std::size_t k = 0; k < partKeys.size(); ++k)
        partIndex[partKeys[k]] = int(k);
    std::vector<int> partOf(std::size_t(n), -1);
    for (int p = 0; p < n; ++p)
        if (!deferred[std::size_t(p)])
            partOf[std::size_t(p)] = splitting ? partIndex[keyOf[std::size_t(p)]] : 0;
    const std::size_t partCount = splitting ? partKeys.size() : 1;

    // Rooms per part and round.
    std::vector<int> allocated(partCount, 0);
    if (splitting && c.numGroups > 0) {
        std::vector<int> members(partCount, 0);
        for (int p = 0; p < n; ++p)
            if (partOf[std::size_t(p)] >= 0)
                ++members[std::size_t(partOf[std::size_t(p)])];
        if (int(partCount) > c.numGroups) {
            ctx.report(QStringLiteral("/constraints/num_groups"),
                       Text::tr("%1 rooms are too few: keeping %2 homogeneous needs one room for each of its %3 values")
                           .arg(c.numGroups)
                           .arg(c.homogeneousAttrs.join(QStringLiteral(", ")))
                           .arg(partCount));
        } else {
            // Largest remainder, at least one room each.
            int left = c.numGroups - int(partCount);
            std::vector<std::pair<double, int>> remainders;
            for (std::size_t k = 0; k < partCount; ++k) {
                const double share = double(left) * members[k] / std::max(1, n);
                allocated[k] = 1 + int(share);
                remainders.emplace_back(share - int(share), int(k));
            }
            int given = std::accumulate(allocated.cbegin(), allocated.cend(), 0);
            std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            for (std::size_t i = 0; given < c.numGroups && i < remainders.size(); ++i, ++given)
                ++allocated[std::size_t(remainders[i].second)];
        }
    }
    const int solved = total - fixed;
    std::vector<std::vector<int>> groupCount(partCount, std::vector<int>(std::size_t(std::max(solved, 0)), 0));
    std::vector<std::vector<int>> firstRoom(partCount, std::vector<int>(std::size_t(std::max(solved, 0)), 0));
    out.prepared.roomsPerRound.assign(std::size_t(std::max(solved, 0)), 0);
    const auto attendingIn = [&](std::size_t part, int round) {
        int count = 0;
        for (int p = 0; p < n; ++p)
            if (partOf[std::size_t(p)] == int(part) && attends[std::size_t(round)][std::size_t(p)])
                ++count;
        return count;
    };
    for (int s = 0; s < solved; ++s) {
        int room = 0;
        for (std::size_t k = 0; k < partCount; ++k) {
            const int attending = attendingIn(k, fixed + s);
            int groups = 0;
            if (attending > 0) {
                if (allocated[k] > 0)
                    groups = std::min(allocated[k], attending);
                else
                    groups = int(roomSizes(attending, c, 0).sizes.size());
            }
            groupCount[k][std::size_t(s)] = groups;
            firstRoom[k][std::size_t(s)] = room;
            room += groups;
        }
        out.prepared.roomsPerRound[std::size_t(s)] = room;
    }
    // Deferred people join the part that owns their room.
    for (int p = 0; p < n; ++p) {
        if (!deferred[std::size_t(p)])
            continue;
        int owner = -1;
        for (int s = 0; s < solved && owner != -2; ++s) {
            const int room = pinnedRoom[std::size_t(fixed) + std::size_t(s)][std::size_t(p)];
            if (room < 0)
                continue;
            for (std::size_t k = 0; k < partCount; ++k)
                if (room >= firstRoom[k][std::size_t(s)] && room < firstRoom[k][std::size_t(s)] + groupCount[k][std::size_t(s)])
                    owner = owner == -1 || owner == int(k) ? int(k) : -2;
        }
        if (owner < 0) {
            ctx.report(pinAt[std::size_t(p)],
                       owner == -2 ? Text::tr("%1 is pinned to rooms of different %2 values; pin them to rooms of one")
                                         .arg(ctx.id(p), c.homogeneousAttrs.join(QStringLiteral(", ")))
                                   : Text::tr("%1 is pinned to a room that does not exist").arg(ctx.id(p)));
            owner = 0;
        }
        partOf[std::size_t(p)] = owner;
    }

    // Keep-together sets must fit in one room and one part.
    std::vector<signed char> relation(std::size_t(n) * std::size_t(n), 0);
    const auto relate = [&](const std::vector<std::vector<int>> &sets, const char *name, signed char kind) {
        const QString at = pointerChild(QStringLiteral("/constraints"), QLatin1String(name));
        for (std::size_t k = 0; k < sets.size(); ++k) {
            const QString setAt = pointerChild(at, qsizetype(k));
            const std::vector<int> &set = sets[k];
            if (set.size() < 2) {
                ctx.report(setAt, Text::tr("list at least two participants"));
                continue;
            }
            for (std::size_t i = 0; i < set.size(); ++i)
                for (std::size_t j = 0; j < set.size(); ++j) {
                    const int a = set[i];
                    const int b = set[j];
                    if (i == j || a < 0 || b < 0 || a >= n || b >= n)
                        continue;
                    signed char &cell = relation[std::size_t(a) * std::size_t(n) + std::size_t(b)];
                    if (a == b) {
                        if (i < j)
                            ctx.report(setAt, Text::tr("%1 is listed twice").arg(ctx.id(a)));
                        continue;
                    }
                    if (cell != 0 && cell != kind && i < j)
                        ctx.report(setAt, Text::tr("%1 and %2 are to be kept apart and kept together at once; choose one")
                                              .arg(ctx.id(a), ctx.id(b)));
                    cell = kind;
                    if (kind < 0 && partOf[std::size_t(a)] != partOf[std::size_t(b)] && i < j)
                        ctx.report(setAt, Text::tr("%1 and %2 have different %3, which gives them different rooms; they "
                                                   "cannot be kept together")
                                              .arg(ctx.id(a), ctx.id(b), c.homogeneousAttrs.join(QStringLiteral(", "))));
                }
        }
    };
    relate(c.keepApart, "keep_apart", 1);
    relate(c.keepTogether, "keep_together", -1);

    std::set<QString> excluded;
    for (const QString &role : c.excludeRolesFromPairs)
        excluded.insert(role);

    // Build each part.
    out.prepared.totalRounds = total;
    out.prepared.fixedRounds = fixed;
    for (std::size_t k = 0; k < partCount; ++k) {
        GroupInstance part;
        part.key = splitting ? partKeys[k] : QString();
        part.rounds = solved;
        part.firstRound = fixed;
        part.maxMeetings = std::max(1, c.maxMeetings);
        std::vector<int> local(std::size_t(n), -1);
        for (int p = 0; p < n; ++p)
            if (partOf[std::size_t(p)] == int(k)) {
                local[std::size_t(p)] = int(part.people.size());
                part.people.push_back(p);
            }
        const int m = part.size();
        if (m == 0 && solved > 0)
            continue;
        bool hasDeferred = false;
        for (int p = 0; p < n; ++p)
            hasDeferred = hasDeferred || (deferred[std::size_t(p)] && partOf[std::size_t(p)] == int(k));
        part.counted.resize(static_cast<std::size_t>(m));
        for (int i = 0; i < m; ++i)
            part.counted[std::size_t(i)] = excluded.count(problem.people[std::size_t(part.people[std::size_t(i)])].role) ? 0 : 1;
        part.relation.assign(std::size_t(m) * std::size_t(m), 0);
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < m; ++j)
                part.relation[std::size_t(i) * std::size_t(m) + std::size_t(j)] =
                    relation[std::size_t(part.people[std::size_t(i)]) * std::size_t(n) + std::size_t(part.people[std::size_t(j)])];
        part.before.assign(std::size_t(m) * std::size_t(m), 0);
        const auto addMeetings = [&](const std::vector<GroupRound> &rounds) {
            for (const GroupRound &round : rounds)
                for (const auto &room : round)
                    for (int a : room)
                        for (int b : room) {
                            if (a == b || a < 0 || b < 0 || a >= n || b >= n)
                                continue;
                            const int la = local[std::size_t(a)];
                            const int lb = local[std::size_t(b)];
                            if (la >= 0 && lb >= 0)
                                ++part.before[std::size_t(la) * std::size_t(m) + std::size_t(lb)];
                        }
        };
        addMeetings(problem.history);
        addMeetings(problem.fixedRounds);
        for (const QString &attribute : c.balanceAttrs) {
            GroupInstance::Balance balance;
            std::map<QString, int> values;
            for (int p : part.people) {
                const auto found = problem.people[std::size_t(p)].attrs.find(attribute);
                const QString value = found == problem.people[std::size_t(p)].attrs.end() ? QString() : found->second;
                const auto inserted = values.emplace(value, int(values.size()));
                balance.value.push_back(inserted.first->second);
            }
            balance.values = int(values.size());
            part.balance.push_back(std::move(balance));
        }

        for (int s = 0; s < solved; ++s) {
            const int r = fixed + s;
            std::vector<char> present(static_cast<std::size_t>(m));
            int attending = 0;
            for (int i = 0; i < m; ++i) {
                present[std::size_t(i)] = attends[std::size_t(r)][std::size_t(part.people[std::size_t(i)])];
                attending += present[std::size_t(i)];
            }
            const int groups = groupCount[k][std::size_t(s)];
            // Rooms stay as allocated when the part's rooms were counted before pinned people
            // without a value joined it; otherwise the sizing rule decides again.
            RoomSizing sizing = (allocated[k] > 0 || hasDeferred) && groups > 0 ? roomSizes(attending, c, groups)
                                                                                : roomSizes(attending, c, 0);
            if (!sizing.problem.isEmpty()) {
                QString at = QStringLiteral("/constraints");
                if (!c.groupSizes.empty() && !splitting)
                    at = QStringLiteral("/constraints/group_sizes");
                else if (c.numGroups > 0)
                    at = QStringLiteral("/constraints/num_groups");
                else if (c.groupSize > 0)
                    at = QStringLiteral("/constraints/group_size");
                QString where = roundName(r);
                if (splitting)
                    where = Text::tr("%1, %2 %3")
                                .arg(where, c.homogeneousAttrs.join(QStringLiteral(", ")),
                                     part.key.isEmpty() ? Text::tr("(none)") : part.key);
                ctx.report(at, Text::tr("in %1: %2").arg(where, sizing.problem));
                sizing.sizes = evenSizes(std::max(attending, 1),
                                         std::max(1, std::min(std::max(groups, 1), std::max(attending, 1))));
                if (attending == 0)
                    sizing.sizes.clear();
            }
            const int roomCount = int(sizing.sizes.size());
            // Rooms by number in the schedule; when sizes differ, the bigger sizes go where pins
            // and the plan put more people, so that fewer have to move.
            std::vector<int> roomIds(static_cast<std::size_t>(roomCount));
            for (int g = 0; g < roomCount; ++g)
                roomIds[std::size_t(g)] = firstRoom[k][std::size_t(s)] + g;
            std::vector<int> pinnedLocal(std::size_t(m), -1);
            std::vector<int> pinCount(std::size_t(roomCount), 0);
            for (int i = 0; i < m; ++i) {
                const int room = present[std::size_t(i)] ? pinnedRoom[std::size_t(r)][std::size_t(part.people[std::size_t(i)])]
                                                         : -1;
                if (room < 0)
                    continue;
                const int g = room - firstRoom[k][std::size_t(s)];
                if (g < 0 || g >= roomCount) {
                    ctx.report(pinAt[std::size_t(part.people[std::size_t(i)])],
                               Text::tr("%1 is pinned to room %2, but %3 has rooms %4 to %5")
                                   .arg(ctx.id(part.people[std::size_t(i)]))
                                   .arg(room)
                                   .arg(roundName(r))
                                   .arg(firstRoom[k][std::size_t(s)])
                                   .arg(firstRoom[k][std::size_t(s)] + roomCount - 1));
                    continue;
                }
                pinnedLocal[std::size_t(i)] = g;
                ++pinCount[std::size_t(g)];
            }
            std::vector<int> plannedLocal(std::size_t(m), -1);
            std::vector<int> planCount(std::size_t(roomCount), 0);
            if (r < int(problem.planned.size())) {
                const GroupRound &plan = problem.planned[std::size_t(r)];
                for (std::size_t room = 0; room < plan.size(); ++room)
                    for (int p : plan[room]) {
                        if (p < 0 || p >= n || local[std::size_t(p)] < 0)
                            continue;
                        const int g = int(room) - firstRoom[k][std::size_t(s)];
                        if (g >= 0 && g < roomCount && present[std::size_t(local[std::size_t(p)])]) {
                            plannedLocal[std::size_t(local[std::size_t(p)])] = g;
                            ++planCount[std::size_t(g)];
                        }
                    }
            }
            if (c.groupSizes.empty() || splitting) {
                std::vector<int> order(static_cast<std::size_t>(roomCount));
                std::iota(order.begin(), order.end(), 0);
                // Rooms that need the extra place for their pins come first; rooms whose pins
                // already fill the smaller size (a locked room) last, so that they stay as they are.
                const int smaller = sizing.sizes.empty() ? 0 : sizing.sizes.back();
                const auto need = [&](int g) {
                    const int pins = pinCount[std::size_t(g)];
                    return std::pair(pins > smaller ? 2 : pins == smaller ? 0 : 1, planCount[std::size_t(g)]);
                };
                std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return need(a) > need(b); });
                std::vector<int> sizes(static_cast<std::size_t>(roomCount));
                for (int i = 0; i < roomCount; ++i)
                    sizes[std::size_t(order[std::size_t(i)])] = sizing.sizes[std::size_t(i)];
                sizing.sizes = std::move(sizes);
            }
            for (int g = 0; g < roomCount; ++g)
                if (pinCount[std::size_t(g)] > sizing.sizes[std::size_t(g)])
                    ctx.report(QStringLiteral("/constraints/pinned"),
                               Text::tr("%1 people are pinned to room %2 in %3, which holds only %4")
                                   .arg(pinCount[std::size_t(g)])
                                   .arg(roomIds[std::size_t(g)])
                                   .arg(roundName(r))
                                   .arg(sizing.sizes[std::size_t(g)]));
            const int largest = sizing.sizes.empty() ? 0 : *std::max_element(sizing.sizes.begin(), sizing.sizes.end());
            for (std::size_t t = 0; t < c.keepTogether.size(); ++t) {
                int here = 0;
                for (int p : c.keepTogether[t])
                    if (p >= 0 && p < n && local[std::size_t(p)] >= 0 && present[std::size_t(local[std::size_t(p)])])
                        ++here;
                if (here > largest)
                    ctx.report(pointerChild(QStringLiteral("/constraints/keep_together"), qsizetype(t)),
                               Text::tr("%1 people are to be kept together, but the rooms of %2 hold at most %3")
                                   .arg(here)
                                   .arg(roundName(r))
                                   .arg(largest));
            }
            part.roomIds.push_back(std::move(roomIds));
            part.sizes.push_back(std::move(sizing.sizes));
            part.flexibleSizes.push_back(c.groupSizes.empty() || splitting ? 1 : 0);
            part.attends.push_back(std::move(present));
            part.pinned.push_back(std::move(pinnedLocal));
            if (!problem.planned.empty())
                part.planned.push_back(std::move(plannedLocal));
        }
        out.prepared.parts.push_back(std::move(part));
    }
    return out;
}

} // namespace sala
