// Importing attendance exports into a session: times turned into UTC with the confirmed zone,
// matches applied or left for review, the trainer's decisions stored (aliases for next time, new
// participants on the roster), all in one transaction, and undone as a whole.

#include "attendance/attendanceimport.h"
#include "attendance/attendancestore.h"
#include "attendancelibrary.h"
#include "demo/demoattendance.h"
#include "demo/demoseeder.h"
#include "demo/demoworkshop.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sala;
using namespace sala::test;

namespace {

AttendanceImport prepared(AttendanceLibrary &library, qint64 sessionId, const QStringList &paths,
                          const ExportReadOptions &given = {})
{
    auto import = newAttendanceImport(*library.store, sessionId);
    REQUIRE(import.ok());
    auto matcher = rosterMatcher(*library.store, library.workshopId);
    REQUIRE(matcher.ok());
    ExportReadOptions options = given;
    options.sessionDate = import->sessionDate;
    for (const QString &path : paths) {
        auto file = readImportFile(path, options, matcher.value());
        INFO((file ? QString() : file.error().message).toStdString());
        REQUIRE(file.ok());
        import->files.push_back(std::move(file).value());
    }
    return std::move(import).value();
}

const AttendanceReviewItem &itemNamed(const std::vector<AttendanceReviewItem> &items, const QString &name)
{
    const auto found = std::find_if(items.begin(), items.end(), [&name](const AttendanceReviewItem &i) { return i.name == name; });
    INFO(name.toStdString());
    REQUIRE(found != items.end());
    return *found;
}

const StoredIdentity &storedNamed(const StoredImport &import, const QString &name)
{
    const auto found = std::find_if(import.identities.begin(), import.identities.end(),
                                    [&name](const StoredIdentity &i) { return i.name == name; });
    INFO(name.toStdString());
    REQUIRE(found != import.identities.end());
    return *found;
}

const PersonSessionAttendance *personIn(const SessionAttendanceRecord &session, qint64 participantId)
{
    for (const PersonSessionAttendance &p : session.people)
        if (p.participantId == participantId)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("newAttendanceImport_takesTheWorkshopsZoneAndTheSessionDate", "[attendance][import]")
{
    AttendanceLibrary library;
    auto import = newAttendanceImport(*library.store, library.session2Id);
    REQUIRE(import.ok());
    CHECK(import->workshopId == library.workshopId);
    CHECK(import->timeZone == u"Asia/Bangkok");
    CHECK(import->sessionDate == QDate(2024, 3, 21));

    auto missing = newAttendanceImport(*library.store, 9999);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("readImportFile_matchesEachPersonWithItsReason", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("participants_81234567890.csv"), firstSessionExport());
    const AttendanceImport import = prepared(library, library.sessionId, {path});
    REQUIRE(import.files.size() == 1);
    CHECK(import.files[0].rowCount == 8);
    const auto items = reviewItems(import);
    CHECK(items.size() == 7);

    CHECK(itemNamed(items, QStringLiteral("Sok Dara")).match.rule == MatchRule::Email);
    const AttendanceReviewItem &noy = itemNamed(items, QStringLiteral("Phoutthasone Keomany"));
    CHECK(noy.match.rule == MatchRule::Name);
    CHECK(noy.match.participantId == library.idOf(QStringLiteral("Phonesavanh Keomany")));
    CHECK(noy.otherNames == QStringList{QStringLiteral("Noy")});
    CHECK(itemNamed(items, QStringLiteral("Dara's iPhone")).match.participantId == library.idOf(QStringLiteral("Sok Dara")));
    CHECK(itemNamed(items, QStringLiteral("Khun Siriporn Chaiyasit")).match.reason == u"name matches after removing ‘Khun’");
    const AttendanceReviewItem &somchay = itemNamed(items, QStringLiteral("Somchay Wongsuwan"));
    CHECK(somchay.match.rule == MatchRule::Fuzzy);
    CHECK(itemNamed(items, QStringLiteral("Galaxy A12")).match.rule == MatchRule::None);
    CHECK(itemNamed(items, QStringLiteral("Anna Santos")).match.rule == MatchRule::None);
}

TEST_CASE("importAttendance_storesStaysInUtcWithTheWorkshopsZone", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("participants_81234567890.csv"), firstSessionExport());
    const AttendanceImport import = prepared(library, library.sessionId, {path});
    auto outcome = importAttendance(*library.store, import);
    INFO((outcome ? QString() : outcome.error().message).toStdString());
    REQUIRE(outcome.ok());
    CHECK(outcome->importIds.size() == 1);
    CHECK(outcome->matched == 4); // Dara twice, Noy, Siriporn
    CHECK(outcome->waiting == 3); // the proposal, the phone and the trainer
    CHECK(outcome->addedAliases.empty());

    auto stored = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    const StoredImport &file = stored->front();
    CHECK(file.fileName == u"participants_81234567890.csv");
    CHECK(file.platform == u"zoom");
    CHECK(file.timeZone == u"Asia/Bangkok");
    CHECK(file.dateOrder.isEmpty()); // the file's own dates decided
    CHECK(file.sha256.size() == 64);
    CHECK(file.meetingTitle == u"Cash Flow Clinic");
    CHECK(file.meetingStart == utc(3, 14, 2, 0)); // 09:00 in Bangkok (UTC+7)
    const StoredIdentity &noy = storedNamed(file, QStringLiteral("Phoutthasone Keomany"));
    CHECK(noy.matchedHow == u"name");
    CHECK(noy.reason == u"preferred name ‘Noy’");
    REQUIRE(noy.intervals.size() == 2);
    CHECK(noy.intervals[0] == TimeInterval{utc(3, 14, 2, 2), utc(3, 14, 2, 40, 30)});
    CHECK(noy.intervals[1] == TimeInterval{utc(3, 14, 2, 45), utc(3, 14, 4, 0)});
    const StoredIdentity &somchay = storedNamed(file, QStringLiteral("Somchay Wongsuwan"));
    CHECK(somchay.participantId == 0);
    CHECK(somchay.matchedHow.isEmpty());
    CHECK(somchay.reason.startsWith(u"proposed: "));
}

TEST_CASE("importAttendance_anotherZone_shiftsEveryTime", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("participants.csv"), firstSessionExport());
    AttendanceImport import = prepared(library, library.sessionId, {path});
    import.timeZone = QStringLiteral("Asia/Manila"); // the host's account was set to UTC+8
    REQUIRE(importAttendance(*library.store, import).ok());
    auto stored = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(stored.ok());
    CHECK(stored->front().timeZone == u"Asia/Manila");
    CHECK(storedNamed(stored->front(), QStringLiteral("Sok Dara")).intervals.front().first == utc(3, 14, 1, 0));
}

TEST_CASE("importAttendance_unknownZone_refusesWithoutWriting", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("participants.csv"), firstSessionExport());
    AttendanceImport import = prepared(library, library.sessionId, {path});
    import.timeZone = QStringLiteral("Asia/Atlantis");
    auto outcome = importAttendance(*library.store, import);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().message.contains(u"Asia/Atlantis"));
    // A city without its region reads as a POSIX rule that means UTC: refused as well.
    import.timeZone = QStringLiteral("Bangkok");
    CHECK_FALSE(importAttendance(*library.store, import).ok());
    CHECK(library.count(QStringLiteral("attendance_import")) == 0);
}

TEST_CASE("importAttendance_sameFileTwice_isRefusedNamingTheEarlierImport", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("participants.csv"), firstSessionExport());
    REQUIRE(importAttendance(*library.store, prepared(library, library.sessionId, {path})).ok());
    const qint64 identities = library.count(QStringLiteral("attendance_identity"));

    // The same bytes under another name, into the same session.
    const QString copy = library.write(QStringLiteral("participants (1).csv"), firstSessionExport());
    auto again = importAttendance(*library.store, prepared(library, library.sessionId, {copy}));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"“participants (1).csv” is the same file as “participants.csv”"));
    CHECK(again.error().message.contains(u"Import it as a replacement"));
    CHECK(library.count(QStringLiteral("attendance_import")) == 1);
    CHECK(library.count(QStringLiteral("attendance_identity")) == identities);

    // Within one import as well.
    auto twice = importAttendance(*library.store, prepared(library, library.session2Id, {path, copy}));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(u"are the same file"));

    // Another session may take the same file (a recording shared twice is the trainer's call).
    CHECK(importAttendance(*library.store, prepared(library, library.session2Id, {path})).ok());
}

TEST_CASE("importAttendance_confirmedProposal_isSavedAsAliasAndMatchesNextSessionByItself", "[attendance][import]")
{
    AttendanceLibrary library;
    const qint64 somchai = library.idOf(QStringLiteral("Somchai Wongsuwan"));
    const QString first = library.write(QStringLiteral("week1.csv"), firstSessionExport());
    AttendanceImport import = prepared(library, library.sessionId, {first});
    const QString key = itemNamed(reviewItems(import), QStringLiteral("Somchay Wongsuwan")).key;
    import.decisions[key] = {IdentityResolution::Participant, somchai};
    auto outcome = importAttendance(*library.store, import);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->addedAliases.size() == 1);
    CHECK(outcome->addedAliases.front() == std::pair<qint64, QString>{somchai, QStringLiteral("Somchay Wongsuwan")});
    auto person = RosterStore(*library.store).participant(somchai);
    REQUIRE(person.ok());
    CHECK(person->aliases.contains(QStringLiteral("Somchay Wongsuwan")));

    auto stored = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(stored.ok());
    const StoredIdentity &confirmed = storedNamed(stored->front(), QStringLiteral("Somchay Wongsuwan"));
    CHECK(confirmed.matchedHow == u"confirmed");
    CHECK(confirmed.participantId == somchai);
    CHECK(confirmed.reason.startsWith(u"confirmed by the trainer: "));

    const QString d = QStringLiteral("03/21/2024");
    const QString second = library.write(
        QStringLiteral("week2.csv"), zoomExport(d, {zoomRow(QStringLiteral("Somchay Wongsuwan"), QString(), d,
                                                            QStringLiteral("09:00:00 AM"), QStringLiteral("11:00:00 AM"), 120)}));
    const AttendanceImport next = prepared(library, library.session2Id, {second});
    const auto nextItems = reviewItems(next);
    const AttendanceReviewItem &again = itemNamed(nextItems, QStringLiteral("Somchay Wongsuwan"));
    CHECK(again.match.rule == MatchRule::Alias);
    CHECK(again.match.participantId == somchai);
    CHECK(again.match.reason == u"alias ‘Somchay Wongsuwan’");
}

TEST_CASE("importAttendance_phoneConfirmedAsSomeone_isNeverSavedAsAlias", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("week1.csv"), firstSessionExport());
    AttendanceImport import = prepared(library, library.sessionId, {path});
    const QString key = itemNamed(reviewItems(import), QStringLiteral("Galaxy A12")).key;
    import.decisions[key] = {IdentityResolution::Participant, library.idOf(QStringLiteral("Mohd Faizal bin Hamzah"))};
    auto outcome = importAttendance(*library.store, import);
    REQUIRE(outcome.ok());
    CHECK(outcome->addedAliases.empty());
    CHECK(outcome->matched == 5);
}

TEST_CASE("importAttendance_addToRoster_enrolsANewParticipantOnce", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("week1.csv"), firstSessionExport());
    AttendanceImport import = prepared(library, library.sessionId, {path});
    const QString key = itemNamed(reviewItems(import), QStringLiteral("Anna Santos")).key;
    import.decisions[key] = {IdentityResolution::AddToRoster, 0};
    auto outcome = importAttendance(*library.store, import);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->addedParticipants.size() == 1);
    auto roster = RosterStore(*library.store).participantsOf(library.workshopId);
    REQUIRE(roster.ok());
    CHECK(roster->size() == library.people.size() + 1);
    const Participant &anna = roster->back();
    CHECK(anna.id == outcome->addedParticipants.front());
    CHECK(anna.name == u"Anna Santos");
    CHECK(anna.email == u"trainer@example.org");
    CHECK_FALSE(anna.consentGiven);
    CHECK(anna.source.contains(u"week1.csv"));

    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    const PersonSessionAttendance *entry = personIn(attendance->sessions[0], anna.id);
    REQUIRE(entry);
    CHECK(entry->matchedHow == u"added");
    CHECK(entry->seconds == 125 * 60);
}

TEST_CASE("importAttendance_ignoredIdentity_isNeitherMatchedNorWaiting", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("week1.csv"), firstSessionExport());
    AttendanceImport import = prepared(library, library.sessionId, {path});
    import.decisions[itemNamed(reviewItems(import), QStringLiteral("Anna Santos")).key] = {IdentityResolution::Ignore, 0};
    auto outcome = importAttendance(*library.store, import);
    REQUIRE(outcome.ok());
    CHECK(outcome->ignored == 1);
    CHECK(outcome->waiting == 2);
    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    CHECK(attendance->sessions[0].unmatchedIdentities == 2);
}

TEST_CASE("importAttendance_failureHalfWay_leavesTheStoreUnchanged", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("week1.csv"), firstSessionExport());
    AttendanceImport import = prepared(library, library.sessionId, {path});
    const auto items = reviewItems(import);
    // A new participant is written first; the pick of someone not on the roster then fails.
    import.decisions[itemNamed(items, QStringLiteral("Anna Santos")).key] = {IdentityResolution::AddToRoster, 0};
    import.decisions[itemNamed(items, QStringLiteral("Galaxy A12")).key] = {IdentityResolution::Participant, 4242};
    const qint64 participants = library.count(QStringLiteral("participant"));
    auto outcome = importAttendance(*library.store, import);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().message.contains(u"not on this workshop’s roster"));
    CHECK(library.count(QStringLiteral("participant")) == participants);
    CHECK(library.count(QStringLiteral("enrolment")) == qint64(library.people.size()));
    CHECK(library.count(QStringLiteral("attendance_import")) == 0);
    CHECK(library.count(QStringLiteral("attendance_identity")) == 0);
}

TEST_CASE("undoAttendanceImport_removesImportAliasesAndAddedPeople", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("week1.csv"), firstSessionExport());
    AttendanceImport import = prepared(library, library.sessionId, {path});
    const auto items = reviewItems(import);
    import.decisions[itemNamed(items, QStringLiteral("Anna Santos")).key] = {IdentityResolution::AddToRoster, 0};
    import.decisions[itemNamed(items, QStringLiteral("Somchay Wongsuwan")).key] = {IdentityResolution::Participant,
                                                                                   library.idOf(
                                                                                       QStringLiteral("Somchai Wongsuwan"))};
    const qint64 aliases = library.count(QStringLiteral("participant_alias"));
    auto outcome = importAttendance(*library.store, import);
    REQUIRE(outcome.ok());
    CHECK(library.count(QStringLiteral("participant_alias")) == aliases + 1);

    REQUIRE(undoAttendanceImport(*library.store, outcome.value()).ok());
    CHECK(library.count(QStringLiteral("attendance_import")) == 0);
    CHECK(library.count(QStringLiteral("attendance_identity")) == 0);
    CHECK(library.count(QStringLiteral("attendance_interval")) == 0);
    CHECK(library.count(QStringLiteral("participant_alias")) == aliases);
    CHECK(library.count(QStringLiteral("participant")) == qint64(library.people.size()));

    // Redo is the same import again.
    auto redo = importAttendance(*library.store, import);
    REQUIRE(redo.ok());
    CHECK(redo->matched == outcome->matched);
}

TEST_CASE("readImportFile_ambiguousDayOrder_asksThenRecordsTheAnswer", "[attendance][import]")
{
    AttendanceLibrary library;
    // Every date reads both ways and neither reading is the session's date (21 March).
    const QString d = QStringLiteral("03/04/2024");
    const QString path = library.write(QStringLiteral("participants.csv"),
                                       zoomExport(d,
                                                  {zoomRow(QStringLiteral("Sok Dara"), QStringLiteral("dara.sok@example.com"), d,
                                                           QStringLiteral("09:00:00 AM"), QStringLiteral("10:00:00 AM"), 60)}));
    auto import = newAttendanceImport(*library.store, library.session2Id);
    REQUIRE(import.ok());
    auto matcher = rosterMatcher(*library.store, library.workshopId);
    REQUIRE(matcher.ok());
    ExportReadOptions options;
    options.sessionDate = import->sessionDate;
    auto unsure = readImportFile(path, options, matcher.value());
    REQUIRE_FALSE(unsure.ok());
    CHECK(unsure.error().code == ErrorCode::AmbiguousDateOrder);

    options.dateOrder = DateOrder::DayFirst;
    auto file = readImportFile(path, options, matcher.value());
    REQUIRE(file.ok());
    import->files.push_back(std::move(file).value());
    REQUIRE(importAttendance(*library.store, import.value()).ok());
    auto stored = AttendanceImportStore(*library.store).importsOf(library.session2Id);
    REQUIRE(stored.ok());
    CHECK(stored->front().dateOrder == u"dmy");
    CHECK(stored->front().identities.front().intervals.front().first == utc(4, 3, 2, 0)); // 3 April, 09:00 in Bangkok
}

TEST_CASE("importAttendance_asReplacement_reviewsAFileImportedBeforeAndUndoPutsItBack", "[attendance][import]")
{
    AttendanceLibrary library;
    const QString path = library.write(QStringLiteral("week1.csv"), firstSessionExport());
    // Imported without review first (as sala-cli does): the proposal waits.
    REQUIRE(importAttendance(*library.store, prepared(library, library.sessionId, {path})).ok());
    auto before = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(before.ok());

    AttendanceImport review = prepared(library, library.sessionId, {path});
    const qint64 somchai = library.idOf(QStringLiteral("Somchai Wongsuwan"));
    review.decisions[itemNamed(reviewItems(review), QStringLiteral("Somchay Wongsuwan")).key] = {IdentityResolution::Participant,
                                                                                                 somchai};
    review.replaceEarlier = true;
    auto outcome = importAttendance(*library.store, review);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->replaced.size() == 1);
    CHECK(outcome->replaced.front() == before->front());
    auto after = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(storedNamed(after->front(), QStringLiteral("Somchay Wongsuwan")).participantId == somchai);

    REQUIRE(undoAttendanceImport(*library.store, outcome.value()).ok());
    auto restored = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(restored.ok());
    REQUIRE(restored->size() == 1);
    CHECK(storedNamed(restored->front(), QStringLiteral("Somchay Wongsuwan")).participantId == 0);
    CHECK(restored->front().identities.size() == before->front().identities.size());
    CHECK(restored->front().sha256 == before->front().sha256);
}

TEST_CASE("seedDemo_importsTheSessionsZoomExportThroughTheImport", "[attendance][import][demo]")
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    auto seeded = seedDemo(store, QDate(2026, 12, 1));
    REQUIRE(seeded.ok());
    auto roster = RosterStore(store).participantsOf(seeded->workshopId);
    REQUIRE(roster.ok());
    const auto idOf = [&roster](const QString &name) {
        for (const Participant &p : roster.value())
            if (p.name == name)
                return p.id;
        return qint64(0);
    };

    auto attendance = loadWorkshopAttendance(store, seeded->workshopId);
    REQUIRE(attendance.ok());
    REQUIRE(attendance->sessions.size() == 1);
    const SessionAttendanceRecord &session = attendance->sessions.front();
    CHECK(session.sourceFiles == QStringList{demoAttendanceFileName(QDate(2026, 12, 1))});
    CHECK(session.unmatchedIdentities == 2); // "iPhone" and "Galaxy A12"
    // 28 on the roster: two on unnamed phones, two who did not come.
    CHECK(session.people.size() == 24);
    CHECK_FALSE(personIn(session, idOf(QStringLiteral("Heng Vuthy"))));
    CHECK_FALSE(personIn(session, idOf(QStringLiteral("Wong Kah Yan"))));

    const PersonSessionAttendance *dara = personIn(session, idOf(QStringLiteral("Sok Dara")));
    REQUIRE(dara);
    CHECK(dara->matchedHow == u"alias");
    CHECK(dara->intervals.size() == 2); // away during the break
    const PersonSessionAttendance *tina = personIn(session, idOf(QStringLiteral("Maria Cristina R. Dela Cruz")));
    REQUIRE(tina);
    // Laptop and phone overlap: one stay from the laptop's join to the phone's leave.
    REQUIRE(tina->intervals.size() == 1);
    CHECK(tina->firstJoin == QDateTime(QDate(2026, 12, 1), QTime(1, 59, 30), QTimeZone::utc()));
    CHECK(tina->lastLeave == QDateTime(QDate(2026, 12, 1), QTime(5, 0, 30), QTimeZone::utc()));
    const PersonSessionAttendance *noy = personIn(session, idOf(QStringLiteral("Phonesavanh Keomany")));
    REQUIRE(noy);
    CHECK(noy->matchedHow == u"name");
    CHECK(noy->intervals.size() == 2);
    const PersonSessionAttendance *faizal = personIn(session, idOf(QStringLiteral("Mohd Faizal bin Hamzah")));
    REQUIRE(faizal);
    CHECK(faizal->matchedHow == u"name");
    const PersonSessionAttendance *farah = personIn(session, idOf(QStringLiteral("Farah Hanim binti Yusof")));
    REQUIRE(farah);
    CHECK(farah->seconds < 100 * 60); // left at the break

    // Nothing on the roster changed: no alias is saved without the trainer.
    std::vector<Participant> expected = demoRoster();
    for (Participant &member : demoTeam()) // the demo's facilitator and interpreter come last
        expected.push_back(std::move(member));
    REQUIRE(roster->size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(roster.value()[i].aliases == expected[i].aliases);
}
