// Finishing the review of attendance after it was stored: the people an import left waiting,
// matched again against the roster as it is now, the trainer's decisions written with their
// aliases and new participants in one transaction, and reverted as a whole for an undo.

#include "attendance/attendanceimport.h"
#include "attendance/attendancestore.h"
#include "attendance/storedreview.h"
#include "attendancelibrary.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sala;
using namespace sala::test;

namespace {

// The first session's Zoom export imported without review: Sok Dara (twice), Noy and Siriporn
// matched; Somchay proposed for Somchai; the trainer and a phone not matched.
void importWithoutReview(AttendanceLibrary &library, const QString &fileName, const QByteArray &bytes, qint64 sessionId)
{
    auto import = newAttendanceImport(*library.store, sessionId);
    REQUIRE(import.ok());
    auto matcher = rosterMatcher(*library.store, library.workshopId);
    REQUIRE(matcher.ok());
    ExportReadOptions options;
    options.sessionDate = import->sessionDate;
    auto file = readImportFile(library.write(fileName, bytes), options, matcher.value());
    INFO((file ? QString() : file.error().message).toStdString());
    REQUIRE(file.ok());
    import->files.push_back(std::move(file).value());
    auto outcome = importAttendance(*library.store, import.value());
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
}

const StoredReviewItem &waitingNamed(const std::vector<StoredReviewItem> &items, const QString &name)
{
    const auto found = std::find_if(items.begin(), items.end(),
                                    [&name](const StoredReviewItem &i) { return i.item.name == name; });
    INFO(name.toStdString());
    REQUIRE(found != items.end());
    return *found;
}

std::vector<StoredReviewItem> waiting(AttendanceLibrary &library, qint64 sessionId)
{
    auto items = storedReviewItems(*library.store, sessionId);
    INFO((items ? QString() : items.error().message).toStdString());
    REQUIRE(items.ok());
    return std::move(items).value();
}

StoredIdentity storedOf(AttendanceLibrary &library, qint64 identityId)
{
    auto found = AttendanceImportStore(*library.store).identity(identityId);
    REQUIRE(found.ok());
    return found->identity;
}

QStringList aliasesOf(AttendanceLibrary &library, qint64 participantId)
{
    auto p = RosterStore(*library.store).participant(participantId);
    REQUIRE(p.ok());
    return p->aliases;
}

const PersonSessionAttendance *seenIn(const SessionAttendanceRecord &session, qint64 participantId)
{
    for (const PersonSessionAttendance &p : session.people)
        if (p.participantId == participantId)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("storedReviewItems_importWithoutReview_listsTheWaitingPeopleWithMinutesAndProposal", "[attendance][review]")
{
    AttendanceLibrary library;
    importWithoutReview(library, QStringLiteral("first.csv"), firstSessionExport(), library.sessionId);

    const auto items = waiting(library, library.sessionId);
    REQUIRE(items.size() == 3);
    const StoredReviewItem &somchay = waitingNamed(items, QStringLiteral("Somchay Wongsuwan"));
    CHECK(somchay.item.match.rule == MatchRule::Fuzzy);
    CHECK(somchay.item.match.participantId == library.idOf(QStringLiteral("Somchai Wongsuwan")));
    CHECK(somchay.storedReason.startsWith(u"proposed: "));
    CHECK(somchay.item.seconds == 90 * 60);
    CHECK(somchay.item.files == 1);
    REQUIRE(somchay.identityIds.size() == 1);
    CHECK(waitingNamed(items, QStringLiteral("Galaxy A12")).item.match.rule == MatchRule::None);
    CHECK(waitingNamed(items, QStringLiteral("Anna Santos")).item.email == u"trainer@example.org");
    CHECK(waiting(library, library.session2Id).empty());

    auto counts = AttendanceImportStore(*library.store).waitingPeopleBySession(library.workshopId);
    REQUIRE(counts.ok());
    CHECK(counts.value() == std::map<qint64, int>{{library.sessionId, 3}});

    auto unknown = storedReviewItems(*library.store, 9999);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("resolveStoredIdentities_confirm_savesAnAliasAndTheNextImportMatchesByIt", "[attendance][review]")
{
    AttendanceLibrary library;
    importWithoutReview(library, QStringLiteral("first.csv"), firstSessionExport(), library.sessionId);
    const qint64 somchai = library.idOf(QStringLiteral("Somchai Wongsuwan"));
    const StoredReviewItem somchay = waitingNamed(waiting(library, library.sessionId), QStringLiteral("Somchay Wongsuwan"));

    auto resolution = resolveStoredIdentities(*library.store, {{somchay.identityIds, {IdentityResolution::Participant, somchai}}});
    INFO((resolution ? QString() : resolution.error().message).toStdString());
    REQUIRE(resolution.ok());
    CHECK(resolution->matched == 1);
    CHECK(resolution->addedAliases == std::vector<std::pair<qint64, QString>>{{somchai, QStringLiteral("Somchay Wongsuwan")}});
    const StoredIdentity stored = storedOf(library, somchay.identityIds.front());
    CHECK(stored.participantId == somchai);
    CHECK(stored.matchedHow == u"confirmed");
    CHECK(stored.reason.startsWith(u"confirmed by the trainer: "));
    CHECK(aliasesOf(library, somchai).contains(QStringLiteral("Somchay Wongsuwan")));
    CHECK(waiting(library, library.sessionId).size() == 2);

    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    const PersonSessionAttendance *seen = seenIn(attendance->sessions.front(), somchai);
    REQUIRE(seen);
    CHECK(seen->seconds == 90 * 60);
    CHECK(seen->matchedHow == u"confirmed");

    // The next week's export names him the same way: the alias matches by itself.
    const QString d = QStringLiteral("03/21/2024");
    importWithoutReview(library, QStringLiteral("second.csv"),
                        zoomExport(d, {zoomRow(QStringLiteral("Somchay Wongsuwan"), QString(), d, QStringLiteral("09:00:00 AM"),
                                               QStringLiteral("10:00:00 AM"), 60)}),
                        library.session2Id);
    auto second = AttendanceImportStore(*library.store).importsOf(library.session2Id);
    REQUIRE(second.ok());
    REQUIRE(second->front().identities.size() == 1);
    CHECK(second->front().identities.front().matchedHow == u"alias");
    CHECK(second->front().identities.front().participantId == somchai);
}

TEST_CASE("revertStoredResolution_putsEverythingBackAsItWas", "[attendance][review]")
{
    AttendanceLibrary library;
    importWithoutReview(library, QStringLiteral("first.csv"), firstSessionExport(), library.sessionId);
    auto before = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(before.ok());
    const qint64 participants = library.count(QStringLiteral("participant"));
    const qint64 aliases = library.count(QStringLiteral("participant_alias"));
    const auto items = waiting(library, library.sessionId);
    const qint64 somchai = library.idOf(QStringLiteral("Somchai Wongsuwan"));

    auto resolution = resolveStoredIdentities(
        *library.store,
        {{waitingNamed(items, QStringLiteral("Somchay Wongsuwan")).identityIds, {IdentityResolution::Participant, somchai}},
         {waitingNamed(items, QStringLiteral("Anna Santos")).identityIds, {IdentityResolution::AddToRoster, 0}},
         {waitingNamed(items, QStringLiteral("Galaxy A12")).identityIds, {IdentityResolution::Ignore, 0}}});
    REQUIRE(resolution.ok());
    CHECK(resolution->matched == 2);
    CHECK(resolution->ignored == 1);
    REQUIRE(resolution->addedParticipants.size() == 1);
    CHECK(library.count(QStringLiteral("participant")) == participants + 1);
    auto anna = RosterStore(*library.store).participantsOf(library.workshopId);
    REQUIRE(anna.ok());
    CHECK(std::any_of(anna->begin(), anna->end(), [](const Participant &p) {
        return p.name == u"Anna Santos" && p.email == u"trainer@example.org" && p.source == u"attendance export “first.csv”";
    }));
    CHECK(waiting(library, library.sessionId).empty());

    REQUIRE(revertStoredResolution(*library.store, resolution.value()).ok());
    auto after = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(after.ok());
    CHECK(after.value() == before.value());
    CHECK(library.count(QStringLiteral("participant")) == participants);
    CHECK(library.count(QStringLiteral("participant_alias")) == aliases);
    CHECK(waiting(library, library.sessionId).size() == 3);
}

TEST_CASE("resolveStoredIdentities_erasedParticipant_isRefusedAndNeverProposed", "[attendance][review]")
{
    AttendanceLibrary library;
    importWithoutReview(library, QStringLiteral("first.csv"), firstSessionExport(), library.sessionId);
    const qint64 somchai = library.idOf(QStringLiteral("Somchai Wongsuwan"));
    REQUIRE(RosterStore(*library.store).erase(somchai).ok());

    const StoredReviewItem somchay = waitingNamed(waiting(library, library.sessionId), QStringLiteral("Somchay Wongsuwan"));
    CHECK(somchay.item.match.participantId != somchai);
    CHECK(somchay.storedReason.isEmpty()); // the erasure blanked the proposal that named him

    auto refused = resolveStoredIdentities(*library.store, {{somchay.identityIds, {IdentityResolution::Participant, somchai}}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"erased"));
    CHECK(storedOf(library, somchay.identityIds.front()).matchedHow.isEmpty());
}

TEST_CASE("resolveStoredIdentities_rosterAddition_isFoundAgainAndAppliedAsTheImportWould", "[attendance][review]")
{
    AttendanceLibrary library;
    importWithoutReview(library, QStringLiteral("first.csv"), firstSessionExport(), library.sessionId);
    // The trainer turns out to be the co-facilitator, added to the roster after the import.
    std::vector<Participant> added{rosterPerson(QStringLiteral("Ana Santos"), QString(), QStringLiteral("trainer@example.org"))};
    REQUIRE(RosterStore(*library.store).insertParticipants(added, library.workshopId).ok());

    const StoredReviewItem anna = waitingNamed(waiting(library, library.sessionId), QStringLiteral("Anna Santos"));
    CHECK(anna.item.match.rule == MatchRule::Email);
    CHECK(anna.item.match.participantId == added.front().id);
    CHECK(anna.storedReason.isEmpty()); // nothing was proposed at import time

    // Nothing is applied until the trainer says so.
    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    CHECK_FALSE(seenIn(attendance->sessions.front(), added.front().id));

    auto resolution = resolveStoredIdentities(*library.store, {{anna.identityIds, {IdentityResolution::Automatic, 0}}});
    REQUIRE(resolution.ok());
    CHECK(resolution->addedAliases.empty());
    const StoredIdentity stored = storedOf(library, anna.identityIds.front());
    CHECK(stored.matchedHow == u"email");
    CHECK(stored.participantId == added.front().id);
    attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    CHECK(seenIn(attendance->sessions.front(), added.front().id));

    // A fuzzy proposal is not Sala's to apply.
    const StoredReviewItem somchay = waitingNamed(waiting(library, library.sessionId), QStringLiteral("Somchay Wongsuwan"));
    auto weak = resolveStoredIdentities(*library.store, {{somchay.identityIds, {IdentityResolution::Automatic, 0}}});
    REQUIRE_FALSE(weak.ok());
    CHECK(weak.error().code == ErrorCode::InvalidData);
    CHECK(storedOf(library, somchay.identityIds.front()).matchedHow.isEmpty());
}

TEST_CASE("resolveStoredIdentities_oneBadDecision_writesNothing", "[attendance][review]")
{
    AttendanceLibrary library;
    importWithoutReview(library, QStringLiteral("first.csv"), firstSessionExport(), library.sessionId);
    const auto items = waiting(library, library.sessionId);
    const StoredReviewItem &phone = waitingNamed(items, QStringLiteral("Galaxy A12"));
    const StoredReviewItem &somchay = waitingNamed(items, QStringLiteral("Somchay Wongsuwan"));
    const qint64 participants = library.count(QStringLiteral("participant"));

    auto failed = resolveStoredIdentities(*library.store, {{phone.identityIds, {IdentityResolution::AddToRoster, 0}},
                                                           {somchay.identityIds, {IdentityResolution::Participant, 9999}}});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::NotFound);
    CHECK(failed.error().message.contains(u"Somchay Wongsuwan"));
    CHECK(library.count(QStringLiteral("participant")) == participants);
    CHECK(waiting(library, library.sessionId).size() == 3);

    // A person decided already is not decided twice.
    REQUIRE(resolveStoredIdentities(*library.store, {{phone.identityIds, {IdentityResolution::Ignore, 0}}}).ok());
    auto again = resolveStoredIdentities(*library.store, {{phone.identityIds, {IdentityResolution::Ignore, 0}}});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"not waiting for review"));

    auto unknown = resolveStoredIdentities(*library.store, {{{424242}, {IdentityResolution::Ignore, 0}}});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
}

TEST_CASE("resolveStoredIdentities_workshopErased_leavesNothingToReview", "[attendance][review]")
{
    AttendanceLibrary library;
    importWithoutReview(library, QStringLiteral("first.csv"), firstSessionExport(), library.sessionId);
    const StoredReviewItem phone = waitingNamed(waiting(library, library.sessionId), QStringLiteral("Galaxy A12"));
    REQUIRE(RosterStore(*library.store).eraseWorkshopPersonalData(library.workshopId).ok());

    CHECK(waiting(library, library.sessionId).empty());
    auto refused = resolveStoredIdentities(*library.store, {{phone.identityIds, {IdentityResolution::AddToRoster, 0}}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"erased"));
}
