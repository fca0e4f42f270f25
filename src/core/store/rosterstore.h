#pragma once
// Reads and writes participants and their enrolment in workshops.

#include "domain/participant.h"
#include "util/expected.h"

#include <vector>

namespace sala {

class Store;

class RosterStore final {
public:
    explicit RosterStore(Store &store) : m_store(store) {}

    // Inserts the participants (filling in their ids) and, when workshopId is non-zero, enrols
    // them in that workshop: all in one transaction.
    Status insertParticipants(std::vector<Participant> &participants, qint64 workshopId = 0);
    Expected<std::vector<Participant>> participantsOf(qint64 workshopId) const;

private:
    Status insertOne(Participant &participant);

    Store &m_store;
};

} // namespace sala
