#include "groups/rostergroups.h"

#include "domain/names.h"

#include <algorithm>
#include <map>
#include <set>

namespace sala {

int RosterProblem::indexOf(qint64 id) const
{
    const auto found = std::find(ids.begin(), ids.end(), id);
    return found == ids.end() ? -1 : int(found - ids.begin());
}

RosterProblem rosterProblem(const std::vector<Participant> &roster, const BreakoutSettings &settings, const QStringList &balance,
                            const std::vector<BreakoutSet> &history)
{
    RosterProblem result;
    for (const Participant &participant : roster) {
        if (participant.erasedAt)
            continue;
        GroupPerson person;
        person.id = QString::number(participant.id);
        person.name = participant.preferredName.trimmed().isEmpty() ? participant.name : participant.preferredName;
        person.email = participant.email;
        person.attrs[groupattr::country] = participant.country;
        if (participant.sex != Sex::NotStated)
            person.attrs[groupattr::sex] = key(participant.sex);
        person.attrs[groupattr::sector] = participant.sector.trimmed();
        person.attrs[groupattr::organization] = key(participant.organizationType);
        if (!participant.languages.isEmpty())
            person.attrs[groupattr::language] = participant.languages.first();
        result.problem.people.push_back(person);
        result.ids.push_back(participant.id);
    }
    GroupConstraints &c = result.problem.constraints;
    if (settings.groupCount > 0)
        c.numGroups = settings.groupCount;
    else if (settings.groupSize > 0)
        c.groupSize = settings.groupSize;
    else
        c.groupSize = settings.grouping == Grouping::TriosPairs ? 3 : 4;
    if (settings.grouping == Grouping::ByLanguage)
        c.homogeneousAttrs = {groupattr::language};
    c.balanceAttrs = balance;
    result.problem.numRounds = std::max(1, settings.rounds);
    for (const BreakoutSet &set : history)
        for (const GroupRound &round : roundsOf(result, set))
            result.problem.history.push_back(round);
    return result;
}

std::vector<GroupRound> roundsOf(const RosterProblem &roster, const BreakoutSet &set)
{
    std::map<qint64, int> index;
    for (std::size_t i = 0; i < roster.ids.size(); ++i)
        index[roster.ids[i]] = int(i);
    std::vector<GroupRound> rounds;
    for (const auto &storedRound : set.rounds) {
        GroupRound round;
        for (const auto &room : storedRound) {
            std::vector<int> members;
            for (qint64 id : room)
                if (const auto found = index.find(id); found != index.end())
                    members.push_back(found->second);
            round.push_back(std::move(members));
        }
        rounds.push_back(std::move(round));
    }
    return rounds;
}

BreakoutSet setOf(const RosterProblem &roster, const std::vector<GroupRound> &rounds, const BreakoutSet &keep)
{
    BreakoutSet set;
    for (const GroupRound &round : rounds) {
        std::vector<std::vector<qint64>> rooms;
        for (const auto &room : round) {
            std::vector<qint64> ids;
            for (int p : room)
                ids.push_back(roster.ids[std::size_t(p)]);
            rooms.push_back(std::move(ids));
        }
        set.rounds.push_back(std::move(rooms));
    }
    set.roomNames = keep.roomNames;
    for (const auto &lock : keep.lockedPeople)
        if (lock.first < int(rounds.size()))
            set.lockedPeople.insert(lock);
    for (const auto &lock : keep.lockedRooms)
        if (lock.first < int(rounds.size()) && lock.second < int(rounds[std::size_t(lock.first)].size()))
            set.lockedRooms.insert(lock);
    return set;
}

void pinLocks(RosterProblem &roster, const BreakoutSet &set)
{
    const std::vector<GroupRound> rounds = roundsOf(roster, set);
    std::set<std::pair<int, int>> pinned; // (round, person)
    for (std::size_t r = 0; r < rounds.size(); ++r)
        for (std::size_t k = 0; k < rounds[r].size(); ++k)
            for (int p : rounds[r][k]) {
                const bool lockedPerson = set.lockedPeople.count({int(r), roster.ids[std::size_t(p)]}) > 0;
                const bool lockedRoom = set.lockedRooms.count({int(r), int(k)}) > 0;
                if ((lockedPerson || lockedRoom) && pinned.insert({int(r), p}).second)
                    roster.problem.constraints.pinned.push_back({p, int(k), std::vector<int>{int(r)}});
            }
}

std::vector<std::pair<int, int>> repeatedPairsInRound(const GroupProblem &problem, const std::vector<GroupRound> &rounds,
                                                      int round)
{
    std::vector<std::pair<int, int>> pairs;
    if (round < 0 || round >= int(rounds.size()))
        return pairs;
    std::map<std::pair<int, int>, int> met;
    const auto tally = [&](const GroupRound &r) {
        for (const auto &room : r)
            for (int a : room)
                for (int b : room)
                    if (a < b)
                        ++met[{a, b}];
    };
    for (const GroupRound &r : problem.history)
        tally(r);
    for (const GroupRound &r : rounds)
        tally(r);
    std::set<QString> excluded(problem.constraints.excludeRolesFromPairs.begin(), problem.constraints.excludeRolesFromPairs.end());
    const int most = std::max(1, problem.constraints.maxMeetings);
    for (const auto &room : rounds[std::size_t(round)])
        for (int a : room)
            for (int b : room)
                if (a < b && met[{a, b}] > most && !excluded.count(problem.people[std::size_t(a)].role)
                    && !excluded.count(problem.people[std::size_t(b)].role))
                    pairs.emplace_back(a, b);
    return pairs;
}

} // namespace sala
