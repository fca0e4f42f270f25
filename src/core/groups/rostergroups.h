#pragma once
// Breakout problems from a workshop's roster and a breakout activity's settings, and the way
// between the solver's rounds (indices into the problem) and stored sets (participant ids).

#include "domain/participant.h"
#include "domain/plan.h"
#include "groups/breakoutsetstore.h"
#include "groups/groupproblem.h"

#include <utility>
#include <vector>

namespace sala {

// The attribute names a roster problem gives each person.
namespace groupattr {
inline const QString country = QStringLiteral("country");
inline const QString sex = QStringLiteral("sex");
inline const QString sector = QStringLiteral("sector");
inline const QString organization = QStringLiteral("organization");
inline const QString language = QStringLiteral("lang");
} // namespace groupattr

struct RosterProblem {
    GroupProblem problem;
    std::vector<qint64> ids; // problem index → participant id
    int indexOf(qint64 id) const;
};

// Everyone on the roster whose data has not been erased, shown by preferred name; the activity's
// group size or count and rounds ("trios and pairs" without a size means threes, "by language"
// keeps each room to one language); `balance` names the attributes to spread; the rooms of other
// activities in `history` count as meetings already had.
//
// The team is placed, never counted: the number of rooms comes from the participants alone;
// facilitators are pinned one to a room (the first facilitator on the roster to the first room,
// and so on, in every round); facilitators beyond the number of rooms and observers are left out
// (they stay in the main room); interpreters go with the language they interpret when rooms are
// by language (and stay in the main room when no participant speaks it), and in mixed rooms
// take the smallest room, pinned there like a facilitator; the meetings of facilitators and interpreters never count as repeats.
RosterProblem rosterProblem(const std::vector<Participant> &roster, const BreakoutSettings &settings, const QStringList &balance,
                            const std::vector<BreakoutSet> &history);

// The set's rounds in problem indices; people no longer on the roster are left out.
std::vector<GroupRound> roundsOf(const RosterProblem &roster, const BreakoutSet &set);
// A set holding `rounds`, with the room names and locks of `keep` where they still apply.
BreakoutSet setOf(const RosterProblem &roster, const std::vector<GroupRound> &rounds, const BreakoutSet &keep);
// The language an interpreter goes with: the one of theirs that most participants who need
// interpretation speak first, else the first of theirs that any participant speaks first;
// empty when no participant speaks any of their languages first.
QString interpretedLanguage(const Participant &interpreter, const std::vector<Participant> &roster);

// Every locked person, and everyone in a locked room, pinned to where they are; a lock overrides
// a facilitator's room in its round.
void pinLocks(RosterProblem &roster, const BreakoutSet &set);

// Pairs sharing a room in `round` who meet more often than allowed over all rounds and history.
std::vector<std::pair<int, int>> repeatedPairsInRound(const GroupProblem &problem, const std::vector<GroupRound> &rounds,
                                                      int round);

} // namespace sala
