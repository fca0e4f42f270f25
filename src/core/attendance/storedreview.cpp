#include "attendance/storedreview.h"

#include "attendance/attendancestore.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>
#include <set>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::StoredReview)
};

QString who(const StoredIdentity &identity)
{
    if (!identity.name.trimmed().isEmpty())
        return identity.name.trimmed();
    return identity.email.isEmpty() ? Text::tr("person %1").arg(identity.id) : identity.email;
}

IdentityMatch matchNow(const IdentityMatcher &matcher, const StoredIdentity &identity)
{
    // Rows without a name or address ("row:…") are matched by nobody, as in the import.
    if (identity.key.startsWith(u"row:"))
        return {};
    return matcher.match({identity.name, {}, identity.email});
}

// A workshop's roster, read once per apply.
struct Roster {
    std::map<qint64, Participant> byId;
    IdentityMatcher matcher{std::vector<Participant>()};
};

} // namespace

Expected<std::vector<StoredReviewItem>> storedReviewItems(Store &store, qint64 sessionId)
{
    auto workshopId = PlanStore(store).workshopOfSession(sessionId);
    if (!workshopId)
        return workshopId.error();
    auto matcher = rosterMatcher(store, workshopId.value());
    if (!matcher)
        return matcher.error();
    auto waiting = AttendanceImportStore(store).waitingIdentities(sessionId);
    if (!waiting)
        return waiting.error();

    std::vector<StoredReviewItem> items;
    QHash<QString, std::size_t> byKey;
    std::vector<std::set<qint64>> imports;
    for (const WaitingIdentity &w : waiting.value()) {
        auto found = byKey.constFind(w.identity.key);
        if (found == byKey.constEnd()) {
            found = byKey.insert(w.identity.key, items.size());
            StoredReviewItem stored;
            stored.item.key = w.identity.key;
            stored.item.name = w.identity.name;
            stored.item.email = w.identity.email;
            stored.item.match = matchNow(matcher.value(), w.identity);
            stored.storedReason = w.identity.reason;
            items.push_back(std::move(stored));
            imports.emplace_back();
        }
        StoredReviewItem &stored = items[*found];
        stored.identityIds.push_back(w.identity.id);
        stored.item.seconds += w.identity.seconds;
        imports[*found].insert(w.importId);
        stored.item.files = int(imports[*found].size());
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(items.begin(), items.end(), [&collator](const StoredReviewItem &a, const StoredReviewItem &b) {
        return collator.compare(a.item.name, b.item.name) < 0;
    });
    return items;
}

Expected<StoredResolution> resolveStoredIdentities(Store &store, const std::vector<StoredDecision> &decisions)
{
    Transaction transaction(store.database());
    if (!transaction.active())
        return transaction.startError();
    AttendanceImportStore imports(store);
    RosterStore rosters(store);
    PlanStore plans(store);
    std::map<qint64, Roster> rosterOf; // by workshop
    StoredResolution resolution;

    for (const StoredDecision &d : decisions) {
        if (d.identityIds.empty())
            return Error{ErrorCode::Usage, Text::tr("No person of the imported attendance was chosen.")};
        std::vector<WaitingIdentity> people;
        qint64 workshopId = 0;
        for (const qint64 id : d.identityIds) {
            auto w = imports.identity(id);
            if (!w)
                return w.error();
            const StoredIdentity &identity = w->identity;
            if (identity.key.startsWith(u"erased:"))
                return Error{ErrorCode::InvalidData,
                             Text::tr("Person %1 of the imported attendance was erased with the personal data; there is "
                                      "nothing left to match.")
                                 .arg(id)};
            if (!identity.matchedHow.isEmpty())
                return Error{ErrorCode::InvalidData,
                             Text::tr("“%1” in “%2” is not waiting for review any more (%3). List the people waiting again.")
                                 .arg(who(identity), w->fileName,
                                      identity.reason.isEmpty() ? identity.matchedHow : identity.reason)};
            auto workshop = plans.workshopOfSession(w->sessionId);
            if (!workshop)
                return workshop.error();
            if (workshopId != 0 && workshop.value() != workshopId)
                return Error{ErrorCode::Usage, Text::tr("These people of the imported attendance belong to different "
                                                        "workshops; decide on each of them on its own.")};
            workshopId = workshop.value();
            people.push_back(std::move(w).value());
        }
        auto known = rosterOf.find(workshopId);
        if (known == rosterOf.end()) {
            auto roster = rosters.participantsOf(workshopId);
            if (!roster)
                return roster.error();
            Roster r;
            for (const Participant &p : roster.value())
                r.byId[p.id] = p;
            r.matcher = IdentityMatcher(roster.value());
            known = rosterOf.emplace(workshopId, std::move(r)).first;
        }
        Roster &roster = known->second;
        const StoredIdentity &first = people.front().identity;
        const IdentityMatch now = matchNow(roster.matcher, first);

        qint64 participantId = 0;
        QString how;
        QString reason;
        switch (d.decision.resolution) {
        case IdentityResolution::Automatic:
            if (!now.isApplied())
                return Error{ErrorCode::InvalidData,
                             Text::tr("Nobody on the roster has the e-mail address, an alias or the name of “%1”. Confirm a "
                                      "proposal, pick someone, add them to the roster or ignore them.")
                                 .arg(who(first))};
            participantId = now.participantId;
            how = key(now.rule);
            reason = now.reason;
            break;
        case IdentityResolution::Participant: {
            participantId = d.decision.participantId;
            const auto person = roster.byId.find(participantId);
            if (person == roster.byId.end())
                return Error{ErrorCode::NotFound, Text::tr("Participant %1 is not on this workshop’s roster, so “%2” cannot be "
                                                           "matched to them. Pick someone on the roster.")
                                                      .arg(participantId)
                                                      .arg(who(first))};
            if (person->second.erasedAt)
                return Error{ErrorCode::InvalidData,
                             Text::tr("The personal data of participant %1 was erased, so nobody can be matched to them. Pick "
                                      "someone else, add “%2” to the roster or ignore them.")
                                 .arg(participantId)
                                 .arg(who(first))};
            how = QStringLiteral("confirmed");
            reason = now.participantId == participantId && now.rule != MatchRule::None
                         ? Text::tr("confirmed by the trainer: %1").arg(now.reason)
                         : Text::tr("chosen by the trainer");
            // The next export matches by itself, as after a review during the import.
            for (const QString &alias : newAliases(person->second, first.name, {})) {
                if (Status s = imports.addAlias(participantId, alias); !s)
                    return s.error();
                person->second.aliases << alias;
                resolution.addedAliases.emplace_back(participantId, alias);
            }
            break;
        }
        case IdentityResolution::AddToRoster: {
            std::vector<Participant> added(1);
            Participant &p = added.front();
            p.name = first.name.trimmed().isEmpty() ? first.email : first.name.trimmed();
            if (p.name.isEmpty())
                return Error{ErrorCode::InvalidData, Text::tr("Person %1 of the imported attendance has neither a name nor an "
                                                              "e-mail address to put on the roster; ignore them instead.")
                                                         .arg(first.id)};
            p.email = first.email;
            p.source = Text::tr("attendance export “%1”").arg(people.front().fileName);
            if (Status s = rosters.insertParticipants(added, workshopId); !s)
                return s.error();
            participantId = p.id;
            roster.byId[p.id] = p;
            resolution.addedParticipants.push_back(p.id);
            how = QStringLiteral("added");
            reason = Text::tr("added to the roster from “%1”").arg(people.front().fileName);
            break;
        }
        case IdentityResolution::Ignore:
            how = QStringLiteral("ignored");
            reason = Text::tr("ignored by the trainer");
            break;
        }

        for (const WaitingIdentity &w : people) {
            resolution.before.push_back({w.identity.id, w.identity.participantId, w.identity.matchedHow, w.identity.reason});
            if (Status s = imports.setMatch(w.identity.id, participantId, how, reason); !s)
                return s.error();
            if (participantId > 0)
                ++resolution.matched;
            else
                ++resolution.ignored;
        }
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return resolution;
}

Status revertStoredResolution(Store &store, const StoredResolution &resolution)
{
    Transaction transaction(store.database());
    if (!transaction.active())
        return transaction.startError();
    AttendanceImportStore imports(store);
    for (const StoredResolution::Before &before : resolution.before) {
        auto now = imports.identity(before.identityId);
        if (!now) {
            if (now.error().code == ErrorCode::NotFound)
                continue; // its import is gone; there is nothing to put back
            return now.error();
        }
        // An erasure since blanked the identity: its old reason may name the erased person.
        const bool blanked = now->identity.key.startsWith(u"erased:");
        if (Status s = imports.setMatch(before.identityId, before.participantId, before.matchedHow,
                                        blanked ? QString() : before.reason);
            !s)
            return s;
    }
    for (const auto &[participant, alias] : resolution.addedAliases)
        if (Status s = imports.removeAlias(participant, alias); !s)
            return s;
    RosterStore rosters(store);
    for (const qint64 id : resolution.addedParticipants)
        if (Status s = rosters.deleteParticipant(id); !s)
            return s;
    return transaction.commit();
}

} // namespace sala
