#include "groups/rostergroups.h"

#include "domain/names.h"
#include "groups/groupinstance.h"

#include <algorithm>
#include <map>
#include <set>

namespace sala {

int RosterProblem::indexOf(qint64 id) const
{
    const auto found = std::find(ids.begin(), ids.end(), id);
    return found == ids.end() ? -1 : int(found - ids.begin());
}

QString interpretedLanguage(const Participant &interpreter, const std::vector<Participant> &roster)
{
    int bestNeeding = 0;
    QString byNeed;
    QString spoken;
    for (const QString &language : interpreter.languages) {
        int needing = 0;
        bool anyone = false;
        for (const Participant &p : roster) {
            if (p.erasedAt || p.role != ParticipantRole::Participant || p.languages.isEmpty() || p.languages.first() != language)
                continue;
            anyone = true;
            needing += p.needsInterpretation ? 1 : 0;
        }
        if (needing > bestNeeding) {
            bestNeeding = needing;
            byNeed = language;
        }
        if (anyone && spoken.isEmpty())
            spoken = language;
    }
    return byNeed.isEmpty() ? spoken : byNeed;
}

RosterProblem rosterProblem(const std::vector<Participant> &roster, const BreakoutSettings &settings, const QStringList &balance,
                            const std::vector<BreakoutSet> &history)
{
    RosterProblem result;
    GroupConstraints &c = result.problem.constraints;
    if (settings.groupCount > 0)
        c.numGroups = settings.groupCount;
    else if (settings.groupSize > 0)
        c.groupSize = settings.groupSize;
    else
        c.groupSize = settings.grouping == Grouping::TriosPairs ? 3 : 4;
    const bool byLanguage = settings.grouping == Grouping::ByLanguage;
    if (byLanguage)
        c.homogeneousAttrs = {groupattr::language};
    c.balanceAttrs = balance;

    // The rooms the participants need, before the team joins them.
    std::map<QString, int> perLanguage;
    for (const Participant &p : roster)
        if (!p.erasedAt && p.role == ParticipantRole::Participant)
            ++perLanguage[byLanguage ? p.languages.value(0) : QString()];
    int rooms = c.numGroups;
    if (rooms == 0)
        for (const auto &[language, count] : perLanguage)
            rooms += int(roomSizes(count, c, 0).sizes.size());

    std::vector<int> facilitators;
    bool team = false;
    for (const Participant &participant : roster) {
        if (participant.erasedAt || !isPlacedInRooms(participant.role))
            continue;
        const bool isFacilitator = participant.role == ParticipantRole::Facilitator;
        if (isFacilitator && int(facilitators.size()) >= rooms)
            continue; // every room has one already: this one stays in the main room
        const QString interpreted = participant.role == ParticipantRole::Interpreter && byLanguage
                                        ? interpretedLanguage(participant, roster)
                                        : QString();
        if (participant.role == ParticipantRole::Interpreter && byLanguage && interpreted.isEmpty())
            continue; // nobody in the rooms speaks their languages
        GroupPerson person;
        person.id = QString::number(participant.id);
        person.name = participant.preferredName.trimmed().isEmpty() ? participant.name : participant.preferredName;
        person.email = participant.email;
        person.role = key(participant.role);
        if (participant.role == ParticipantRole::Participant) {
            person.attrs[groupattr::country] = participant.country;
            if (participant.sex != Sex::NotStated)
                person.attrs[groupattr::sex] = key(participant.sex);
            person.attrs[groupattr::sector] = participant.sector.trimmed();
            person.attrs[groupattr::organization] = key(participant.organizationType);
            if (!participant.languages.isEmpty())
                person.attrs[groupattr::language] = participant.languages.first();
        } else {
            // The team does not weigh in the mix of a room; an interpreter's language decides
            // their room when rooms are by language.
            team = true;
            if (!interpreted.isEmpty())
                person.attrs[groupattr::language] = interpreted;
        }
        if (isFacilitator)
            facilitators.push_back(int(result.problem.people.size()));
        result.problem.people.push_back(person);
        result.ids.push_back(participant.id);
    }
    if (team && rooms > 0) {
        // The team must not add rooms: the participants' count of rooms is fixed.
        c.numGroups = rooms;
        c.groupSize = 0;
        c.excludeRolesFromPairs = {key(ParticipantRole::Facilitator), key(ParticipantRole::Interpreter)};
        for (std::size_t f = 0; f < facilitators.size(); ++f)
            c.pinned.push_back({facilitators[f], int(f), std::nullopt});
        // Nor take a participant's place: every room gets its even share of participants and
        // the team on top, room by room, so that the search cannot trade a facilitator for a
        // participant. Rooms by language size each language apart, which the solver does.
        const bool splitting = byLanguage;
        int participants = 0;
        for (const auto &[language, count] : perLanguage)
            participants += count;
        if (!splitting && participants >= rooms) {
            std::vector<int> sizes(std::size_t(rooms), participants / rooms);
            // The participants left over go first to the rooms without a facilitator.
            const int withFacilitator = int(facilitators.size());
            for (int extra = 0; extra < participants % rooms; ++extra)
                ++sizes[std::size_t((withFacilitator + extra) % rooms)];
            for (int f = 0; f < withFacilitator; ++f)
                ++sizes[std::size_t(f)];
            // In mixed rooms an interpreter has no language to follow: each takes the smallest
            // room, pinned there, so that nobody else has to give up a place.
            for (std::size_t i = 0; i < result.problem.people.size(); ++i) {
                if (result.problem.people[i].role != key(ParticipantRole::Interpreter))
                    continue;
                const auto smallest = std::min_element(sizes.begin(), sizes.end());
                ++*smallest;
                c.pinned.push_back({int(i), int(smallest - sizes.begin()), std::nullopt});
            }
            c.groupSizes = std::move(sizes);
            c.numGroups = 0;
        }
    }
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
    std::set<std::pair<int, int>> locked; // (round, person)
    for (std::size_t r = 0; r < rounds.size(); ++r)
        for (std::size_t k = 0; k < rounds[r].size(); ++k)
            for (int p : rounds[r][k])
                if (set.lockedPeople.count({int(r), roster.ids[std::size_t(p)]}) > 0
                    || set.lockedRooms.count({int(r), int(k)}) > 0)
                    locked.insert({int(r), p});
    // Rooms sized room by room for the team would refuse a locked room the trainer filled
    // differently: with locks, only the number of rooms stays fixed.
    GroupConstraints &c = roster.problem.constraints;
    if (!locked.empty() && !c.groupSizes.empty()) {
        c.numGroups = int(c.groupSizes.size());
        c.groupSizes.clear();
    }
    // A facilitator's room for every round gives way to a lock in the rounds that have one.
    std::vector<GroupPin> &pins = c.pinned;
    const int total = std::max({roster.problem.numRounds, int(rounds.size()), 1});
    std::vector<GroupPin> kept;
    for (const GroupPin &pin : pins) {
        if (pin.rounds) {
            kept.push_back(pin);
            continue;
        }
        std::vector<int> free;
        for (int r = 0; r < total; ++r)
            if (!locked.count({r, pin.person}))
                free.push_back(r);
        if (int(free.size()) == total)
            kept.push_back(pin);
        else if (!free.empty())
            kept.push_back({pin.person, pin.room, free});
    }
    pins = std::move(kept);
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
