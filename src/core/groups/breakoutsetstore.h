#pragma once
// Breakout rooms kept in the database: for each breakout activity the rounds as the facilitator
// last left them (with room names and locks), and one set of home groups per workshop that any
// activity can reuse. Participants are stored by id only.

#include "util/expected.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <set>
#include <utility>
#include <vector>

namespace sala {

class Store;

struct BreakoutSet {
    std::vector<std::vector<std::vector<qint64>>> rounds; // round → room → participant ids
    QStringList roomNames;                                // "" where the room keeps its number
    std::set<std::pair<int, qint64>> lockedPeople;        // (round, participant)
    std::set<std::pair<int, int>> lockedRooms;            // (round, room)
    bool operator==(const BreakoutSet &) const = default;
    bool isEmpty() const { return rounds.empty(); }
};

QByteArray breakoutSetToJson(const BreakoutSet &set);
// Nothing when the text is not a set Sala wrote.
std::optional<BreakoutSet> breakoutSetFromJson(const QByteArray &bytes);

class BreakoutSetStore final {
public:
    explicit BreakoutSetStore(Store &store) : m_store(store) {}

    Expected<std::optional<BreakoutSet>> forActivity(qint64 activityId) const;
    // Replaces the activity's rooms; an empty set removes them.
    Status saveForActivity(qint64 workshopId, qint64 activityId, const BreakoutSet &set);
    // Every activity's rooms in the workshop, by activity id: the meetings they bring about.
    Expected<std::vector<std::pair<qint64, BreakoutSet>>> forWorkshop(qint64 workshopId) const;

    Expected<std::optional<BreakoutSet>> homeGroups(qint64 workshopId) const;
    Status saveHomeGroups(qint64 workshopId, const BreakoutSet &set);

private:
    Store &m_store;
};

} // namespace sala
