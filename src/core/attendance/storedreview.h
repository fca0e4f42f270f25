#pragma once
// Finishing the review of attendance already imported: the people of a session's stored imports
// still waiting for a decision, matched again against the roster as it is now, and the trainer's
// decisions written to the stored identities (aliases and new participants as an import makes
// them), each apply in one transaction and reverted as a whole for an undo.

#include "attendance/attendanceimport.h"
#include "util/expected.h"

#include <QString>

#include <utility>
#include <vector>

namespace sala {

class Store;

// One person waiting for review in a session: every stored identity with the same key, however
// many files name them.
struct StoredReviewItem {
    // Key, name, e-mail, seconds of every file, number of files, and the match against the roster
    // as it is now: an e-mail, alias or name match is Sala's to apply once the trainer says so;
    // a fuzzy one is a proposal; nobody on the roster gives MatchRule::None. Erased people are
    // never matched.
    AttendanceReviewItem item;
    std::vector<qint64> identityIds;
    QString storedReason; // what the import said, such as its proposal
};

// The people waiting in the session's imports, in the locale's collation of their names. Those
// whose personal data was erased are left out: nothing is left to match them by.
Expected<std::vector<StoredReviewItem>> storedReviewItems(Store &store, qint64 sessionId);

// A decision on stored identities. IdentityResolution::Automatic applies the e-mail, alias or
// name match the roster gives now, and is refused when there is none.
struct StoredDecision {
    std::vector<qint64> identityIds; // one person: the same key in one session
    IdentityDecision decision;
};

// What an apply changed, to revert it.
struct StoredResolution {
    struct Before {
        qint64 identityId = 0;
        qint64 participantId = 0;
        QString matchedHow;
        QString reason;
        bool operator==(const Before &) const = default;
    };
    std::vector<Before> before;
    std::vector<qint64> addedParticipants;
    std::vector<std::pair<qint64, QString>> addedAliases; // participant, alias
    int matched = 0;                                      // identities now with a participant
    int ignored = 0;
    bool operator==(const StoredResolution &) const = default;
};

// Writes the decisions in one transaction, or nothing: every identity must be waiting for review
// and belong to one workshop; a participant must be on its roster and not erased. Confirming
// saves the name as an alias (as the import does); adding to the roster creates and enrols the
// person.
Expected<StoredResolution> resolveStoredIdentities(Store &store, const std::vector<StoredDecision> &decisions);
// The undo: the identities as they were, the aliases and the participants it added removed, in
// one transaction. An identity blanked by an erasure since keeps its blank reason.
Status revertStoredResolution(Store &store, const StoredResolution &resolution);

} // namespace sala
