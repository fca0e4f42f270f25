// The stored attendance: imports with their identities and stays round-trip, a file is refused
// the second time, removing an import removes everything it brought, erasure leaves no name
// behind, and the reports' view merges files, devices, totals and the live check-in.

#include "attendance/attendancestore.h"
#include "attendancelibrary.h"
#include "roster/attendance.h"
#include "store/migrator.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace sala;
using namespace sala::test;

namespace {

StoredIdentity identity(const QString &key, const QString &name, qint64 participantId, const QString &how,
                        std::vector<TimeInterval> intervals)
{
    StoredIdentity i;
    i.key = key;
    i.name = name;
    i.participantId = participantId;
    i.matchedHow = how;
    i.intervals = std::move(intervals);
    for (const TimeInterval &interval : i.intervals)
        i.seconds += interval.first.secsTo(interval.second);
    if (!i.intervals.empty()) {
        i.firstJoin = i.intervals.front().first;
        i.lastLeave = i.intervals.back().second;
    }
    return i;
}

StoredImport import(qint64 sessionId, const QString &fileName, char hashFill, std::vector<StoredIdentity> identities)
{
    StoredImport i;
    i.sessionId = sessionId;
    i.fileName = fileName;
    i.platform = QStringLiteral("zoom");
    i.layout = QStringLiteral("zoom-participants-title-case");
    i.sha256 = QByteArray(64, hashFill);
    i.timeZone = QStringLiteral("Asia/Bangkok");
    i.importedAt = QDateTime(QDate(2024, 3, 14), QTime(5, 0), QTimeZone::utc());
    i.meetingTitle = QStringLiteral("Cash Flow Clinic");
    i.meetingStart = utc(3, 14, 2, 0);
    i.meetingEnd = utc(3, 14, 4, 0);
    i.identities = std::move(identities);
    return i;
}

const PersonSessionAttendance *personIn(const SessionAttendanceRecord &session, qint64 participantId)
{
    for (const PersonSessionAttendance &p : session.people)
        if (p.participantId == participantId)
            return &p;
    return nullptr;
}

void checkIn(AttendanceLibrary &library, qint64 sessionId, qint64 participantId, AttendanceKind kind, const QDateTime &at)
{
    AttendanceEvent event;
    event.sessionId = sessionId;
    event.participantId = participantId;
    event.kind = kind;
    event.at = at;
    REQUIRE(AttendanceStore(*library.store).record(event).ok());
}

} // namespace

TEST_CASE("schema_hasTheAttendanceTables", "[attendance][store]")
{
    AttendanceLibrary library;
    CHECK(library.store->schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 7);
    for (const char *table : {"attendance_import", "attendance_identity", "attendance_interval"})
        CHECK(library.count(QString::fromLatin1(table)) == 0);
}

TEST_CASE("insert_roundTripsEveryFieldInUtc", "[attendance][store]")
{
    AttendanceLibrary library;
    const qint64 dara = library.idOf(QStringLiteral("Sok Dara"));
    StoredImport written = import(library.sessionId, QStringLiteral("participants.csv"), 'a',
                                  {identity(QStringLiteral("email:dara.sok@example.com"), QStringLiteral("Sok Dara"), dara,
                                            QStringLiteral("email"),
                                            {{utc(3, 14, 2, 0), utc(3, 14, 3, 30)}, {utc(3, 14, 3, 40), utc(3, 14, 4, 0)}}),
                                   identity(QStringLiteral("name:galaxy a12"), QStringLiteral("Galaxy A12"), 0, QString(), {})});
    written.identities[0].email = QStringLiteral("dara.sok@example.com");
    written.identities[0].reason = QStringLiteral("same e-mail dara.sok@example.com");
    written.identities[1].totalsOnly = true;
    written.identities[1].seconds = 3300;
    written.dateOrder = QStringLiteral("mdy");
    AttendanceImportStore store(*library.store);
    REQUIRE(store.insert(written).ok());
    CHECK(written.id > 0);
    CHECK(written.identities[0].id > 0);

    auto read = store.importsOf(library.sessionId);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    CHECK(read->front() == written);
    CHECK(library.count(QStringLiteral("attendance_interval")) == 2);
    // Stored as ISO 8601 UTC text, the portable form of every time in the schema.
    QSqlQuery query(library.store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT started_at FROM attendance_interval ORDER BY position LIMIT 1")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == u"2024-03-14T02:00:00Z");
}

TEST_CASE("insert_moreStaysThanOneStatementHolds_keepsEveryStayInOrder", "[attendance][store]")
{
    // 1,001 stays: more than one statement of stays, and a last statement for the rest.
    AttendanceLibrary library;
    std::vector<TimeInterval> stays;
    const QDateTime start = utc(3, 14, 0, 0);
    for (int i = 0; i < 1001; ++i)
        stays.emplace_back(start.addSecs(i * 60), start.addSecs(i * 60 + 45));
    StoredImport written = import(library.sessionId, QStringLiteral("participants.csv"), 'e',
                                  {identity(QStringLiteral("name:somchai"), QStringLiteral("Somchai"), 0, QString(), stays),
                                   identity(QStringLiteral("name:noy"), QStringLiteral("Noy"), 0, QString(),
                                            {{utc(3, 14, 1, 0), utc(3, 14, 1, 30)}})});
    AttendanceImportStore store(*library.store);
    REQUIRE(store.insert(written).ok());
    CHECK(library.count(QStringLiteral("attendance_interval")) == 1002);
    auto read = store.importsOf(library.sessionId);
    REQUIRE(read.ok());
    REQUIRE(read->size() == 1);
    CHECK(read->front() == written);
}

TEST_CASE("insert_sameIdentityKeyTwice_isRefusedWithTheDatabaseReasonAndWritesNothing", "[attendance][store]")
{
    AttendanceLibrary library;
    AttendanceImportStore store(*library.store);
    StoredImport twice = import(library.sessionId, QStringLiteral("participants.csv"), 'f',
                                {identity(QStringLiteral("name:noy"), QStringLiteral("Noy"), 0, QString(),
                                          {{utc(3, 14, 1, 0), utc(3, 14, 1, 30)}}),
                                 identity(QStringLiteral("name:noy"), QStringLiteral("NOY"), 0, QString(), {})});
    const Status refused = store.insert(twice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Database);
    CHECK(refused.error().message.contains(u"save the attendance of “participants.csv”"));
    CHECK(refused.error().message.contains(u"UNIQUE"));
    CHECK(library.count(QStringLiteral("attendance_import")) == 0);
    CHECK(library.count(QStringLiteral("attendance_identity")) == 0);
    CHECK(library.count(QStringLiteral("attendance_interval")) == 0);
}

TEST_CASE("insert_sameFileIntoTheSameSession_isRefusedAndWritesNothing", "[attendance][store]")
{
    AttendanceLibrary library;
    AttendanceImportStore store(*library.store);
    StoredImport first = import(library.sessionId, QStringLiteral("participants.csv"), 'b', {});
    REQUIRE(store.insert(first).ok());
    StoredImport again = import(library.sessionId, QStringLiteral("participants.csv"), 'b',
                                {identity(QStringLiteral("name:x"), QStringLiteral("X"), 0, QString(), {})});
    const Status refused = store.insert(again);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidData);
    CHECK(refused.error().message.contains(u"“participants.csv” was already imported into this session"));
    CHECK(library.count(QStringLiteral("attendance_import")) == 1);
    CHECK(library.count(QStringLiteral("attendance_identity")) == 0);

    auto found = store.importOfFile(library.sessionId, QByteArray(64, 'b'));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK(found->value().id == first.id);
    // Another session is another matter.
    StoredImport other = import(library.session2Id, QStringLiteral("participants.csv"), 'b', {});
    CHECK(store.insert(other).ok());
}

TEST_CASE("remove_deletesTheImportWithItsIdentitiesAndStays", "[attendance][store]")
{
    AttendanceLibrary library;
    AttendanceImportStore store(*library.store);
    StoredImport kept = import(library.sessionId, QStringLiteral("a.csv"), 'c',
                               {identity(QStringLiteral("name:a"), QStringLiteral("A"), 0, QString(),
                                         {{utc(3, 14, 2, 0), utc(3, 14, 3, 0)}})});
    StoredImport gone = import(library.sessionId, QStringLiteral("b.csv"), 'd',
                               {identity(QStringLiteral("name:b"), QStringLiteral("B"), 0, QString(),
                                         {{utc(3, 14, 2, 0), utc(3, 14, 3, 0)}})});
    REQUIRE(store.insert(kept).ok());
    REQUIRE(store.insert(gone).ok());
    REQUIRE(store.remove({gone.id}).ok());
    auto left = store.importsOf(library.sessionId);
    REQUIRE(left.ok());
    REQUIRE(left->size() == 1);
    CHECK(left->front().fileName == u"a.csv");
    CHECK(library.count(QStringLiteral("attendance_identity")) == 1);
    CHECK(library.count(QStringLiteral("attendance_interval")) == 1);
}

TEST_CASE("erasingAParticipant_blanksTheirNamesInImportsButKeepsTheirAttendance", "[attendance][store][erasure]")
{
    AttendanceLibrary library;
    const qint64 dara = library.idOf(QStringLiteral("Sok Dara"));
    StoredImport written = import(library.sessionId, QStringLiteral("participants.csv"), 'e',
                                  {identity(QStringLiteral("email:dara.sok@example.com"), QStringLiteral("Sok Dara"), dara,
                                            QStringLiteral("email"), {{utc(3, 14, 2, 0), utc(3, 14, 3, 0)}}),
                                   identity(QStringLiteral("name:sok darra"), QStringLiteral("Sok Darra"), 0, QString(), {})});
    written.identities[0].email = QStringLiteral("dara.sok@example.com");
    written.identities[0].reason = QStringLiteral("same e-mail dara.sok@example.com");
    written.identities[1].reason = QStringLiteral("proposed: 88% similar to ‘Sok Dara’");
    REQUIRE(AttendanceImportStore(*library.store).insert(written).ok());

    auto erased = RosterStore(*library.store).erase(dara);
    REQUIRE(erased.ok());
    auto read = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(read.ok());
    const StoredIdentity &matched = read->front().identities[0];
    CHECK(matched.name.isEmpty());
    CHECK(matched.email.isEmpty());
    CHECK(matched.reason.isEmpty());
    CHECK(matched.participantId == dara);
    CHECK(read->front().identities[1].reason.isEmpty());     // it named her
    CHECK(read->front().identities[1].name == u"Sok Darra"); // someone else's name stays

    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    const PersonSessionAttendance *entry = personIn(attendance->sessions[0], dara);
    REQUIRE(entry);
    CHECK(entry->seconds == 3600);

    QSqlQuery query(library.store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM attendance_identity WHERE instr(email, 'dara.sok') > 0 "
                                      "OR instr(name, 'Sok Dara') > 0 OR instr(match_reason, 'Sok Dara') > 0")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("erasingAWorkshopsPersonalData_blanksUnmatchedIdentitiesToo", "[attendance][store][erasure]")
{
    AttendanceLibrary library;
    StoredImport written = import(library.sessionId, QStringLiteral("participants.csv"), 'f',
                                  {identity(QStringLiteral("email:guest@example.org"), QStringLiteral("A Guest"), 0, QString(),
                                            {})});
    written.identities[0].email = QStringLiteral("guest@example.org");
    REQUIRE(AttendanceImportStore(*library.store).insert(written).ok());
    REQUIRE(RosterStore(*library.store).eraseWorkshopPersonalData(library.workshopId).ok());
    auto read = AttendanceImportStore(*library.store).importsOf(library.sessionId);
    REQUIRE(read.ok());
    CHECK(read->front().identities[0].name.isEmpty());
    CHECK(read->front().identities[0].email.isEmpty());
}

TEST_CASE("loadWorkshopAttendance_everySessionInPlanOrderWithItsSchedule", "[attendance][store]")
{
    AttendanceLibrary library;
    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    CHECK(attendance->workshopId == library.workshopId);
    REQUIRE(attendance->sessions.size() == 2);
    const SessionAttendanceRecord &first = attendance->sessions[0];
    CHECK(first.sessionId == library.sessionId);
    CHECK(first.title == u"Session 1");
    CHECK(first.scheduledStart == utc(3, 14, 2, 0));
    CHECK(first.scheduledEnd == utc(3, 14, 4, 0));
    CHECK(first.scheduledSeconds == 7200);
    CHECK(first.people.empty());
    CHECK(first.sourceFiles.isEmpty());
    CHECK(attendance->sessions[1].sessionId == library.session2Id);

    auto missing = loadWorkshopAttendance(*library.store, 9999);
    CHECK_FALSE(missing.ok());
}

TEST_CASE("loadWorkshopAttendance_twoDevicesAndTwoFilesCountOnce", "[attendance][store]")
{
    AttendanceLibrary library;
    const qint64 dara = library.idOf(QStringLiteral("Sok Dara"));
    AttendanceImportStore store(*library.store);
    // Laptop 09:00–10:30 and phone 10:00–10:45 in one file; a second file of the same session
    // (the meeting was restarted) has her again from 10:50 to 11:00.
    StoredImport morning = import(library.sessionId, QStringLiteral("part1.csv"), '1',
                                  {identity(QStringLiteral("email:dara"), QStringLiteral("Sok Dara"), dara,
                                            QStringLiteral("email"), {{utc(3, 14, 2, 0), utc(3, 14, 3, 30)}}),
                                   identity(QStringLiteral("name:daras iphone"), QStringLiteral("Dara's iPhone"), dara,
                                            QStringLiteral("name"), {{utc(3, 14, 3, 0), utc(3, 14, 3, 45)}}),
                                   identity(QStringLiteral("name:iphone"), QStringLiteral("iPhone"), 0, QString(), {})});
    StoredImport restart = import(library.sessionId, QStringLiteral("part2.csv"), '2',
                                  {identity(QStringLiteral("name:dara"), QStringLiteral("Dara"), dara,
                                            QStringLiteral("confirmed"), {{utc(3, 14, 3, 50), utc(3, 14, 4, 0)}})});
    REQUIRE(store.insert(morning).ok());
    REQUIRE(store.insert(restart).ok());

    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    const SessionAttendanceRecord &session = attendance->sessions[0];
    CHECK(session.sourceFiles == (QStringList{QStringLiteral("part1.csv"), QStringLiteral("part2.csv")}));
    CHECK(session.unmatchedIdentities == 1);
    REQUIRE(session.people.size() == 1);
    const PersonSessionAttendance &p = session.people.front();
    CHECK(p.participantId == dara);
    CHECK(p.intervals == std::vector<TimeInterval>{{utc(3, 14, 2, 0), utc(3, 14, 3, 45)}, {utc(3, 14, 3, 50), utc(3, 14, 4, 0)}});
    CHECK(p.seconds == 105 * 60 + 10 * 60);
    CHECK(p.firstJoin == utc(3, 14, 2, 0));
    CHECK(p.lastLeave == utc(3, 14, 4, 0));
    CHECK(p.matchedHow == u"email"); // the strongest of her identities
    CHECK_FALSE(p.checkedInLive);
    CHECK(attendance->sessions[1].people.empty());
}

TEST_CASE("loadWorkshopAttendance_totalsOnlyKeepTheirTotals", "[attendance][store]")
{
    AttendanceLibrary library;
    const qint64 noy = library.idOf(QStringLiteral("Phonesavanh Keomany"));
    StoredImport totals = import(library.sessionId, QStringLiteral("unique-users.csv"), '3',
                                 {identity(QStringLiteral("name:noy"), QStringLiteral("Noy"), noy, QStringLiteral("name"), {}),
                                  identity(QStringLiteral("name:noy phone"), QStringLiteral("Noy phone"), noy,
                                           QStringLiteral("confirmed"), {})});
    totals.layout = QStringLiteral("zoom-unique-users");
    totals.identities[0].totalsOnly = true;
    totals.identities[0].seconds = 95 * 60;
    totals.identities[1].totalsOnly = true;
    totals.identities[1].seconds = 40 * 60;
    REQUIRE(AttendanceImportStore(*library.store).insert(totals).ok());
    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    const PersonSessionAttendance *p = personIn(attendance->sessions[0], noy);
    REQUIRE(p);
    CHECK(p->seconds == 95 * 60); // two devices in one file count once: the larger total
    CHECK(p->intervals.empty());
    CHECK_FALSE(p->firstJoin.has_value());
}

TEST_CASE("loadWorkshopAttendance_checkedInButMissingFromTheExport_countsFromTheCheckIn", "[attendance][store][checkin]")
{
    AttendanceLibrary library;
    const qint64 dara = library.idOf(QStringLiteral("Sok Dara"));
    const qint64 nok = library.idOf(QStringLiteral("Siriporn Chaiyasit"));
    const qint64 faizal = library.idOf(QStringLiteral("Mohd Faizal bin Hamzah"));
    StoredImport file = import(library.sessionId, QStringLiteral("participants.csv"), '4',
                               {identity(QStringLiteral("email:dara"), QStringLiteral("Sok Dara"), dara, QStringLiteral("email"),
                                         {{utc(3, 14, 2, 0), utc(3, 14, 3, 0)}})});
    REQUIRE(AttendanceImportStore(*library.store).insert(file).ok());
    // Dara is in the export as well: the export's stays win, the check-in is noted.
    checkIn(library, library.sessionId, dara, AttendanceKind::Arrived, utc(3, 14, 1, 58));
    // Nok joined by phone under a name nobody could match; she was checked in late and left.
    checkIn(library, library.sessionId, nok, AttendanceKind::Late, utc(3, 14, 2, 20));
    checkIn(library, library.sessionId, nok, AttendanceKind::Left, utc(3, 14, 3, 30));
    // Faizal arrived and stayed: until the scheduled end.
    checkIn(library, library.sessionId, faizal, AttendanceKind::Arrived, utc(3, 14, 2, 5));

    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    const SessionAttendanceRecord &session = attendance->sessions[0];
    REQUIRE(session.people.size() == 3);
    const PersonSessionAttendance *d = personIn(session, dara);
    REQUIRE(d);
    CHECK(d->matchedHow == u"email");
    CHECK(d->checkedInLive);
    CHECK(d->seconds == 3600);
    const PersonSessionAttendance *n = personIn(session, nok);
    REQUIRE(n);
    CHECK(n->matchedHow == u"check-in");
    CHECK(n->checkedInLive);
    CHECK(n->intervals == std::vector<TimeInterval>{{utc(3, 14, 2, 20), utc(3, 14, 3, 30)}});
    CHECK(n->seconds == 70 * 60);
    const PersonSessionAttendance *f = personIn(session, faizal);
    REQUIRE(f);
    CHECK(f->intervals == std::vector<TimeInterval>{{utc(3, 14, 2, 5), utc(3, 14, 4, 0)}});
}

TEST_CASE("loadWorkshopAttendance_sessionWithoutExport_usesTheCheckInAlone", "[attendance][store][checkin]")
{
    AttendanceLibrary library;
    const qint64 tina = library.idOf(QStringLiteral("Maria Cristina R. Dela Cruz"));
    checkIn(library, library.session2Id, tina, AttendanceKind::Arrived, utc(3, 21, 2, 0));
    checkIn(library, library.session2Id, tina, AttendanceKind::Left, utc(3, 21, 2, 30));
    checkIn(library, library.session2Id, tina, AttendanceKind::Rejoined, utc(3, 21, 2, 40));
    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    const SessionAttendanceRecord &session = attendance->sessions[1];
    CHECK(session.sourceFiles.isEmpty());
    REQUIRE(session.people.size() == 1);
    CHECK(session.people[0].matchedHow == u"check-in");
    CHECK(session.people[0].intervals
          == std::vector<TimeInterval>{{utc(3, 21, 2, 0), utc(3, 21, 2, 30)}, {utc(3, 21, 2, 40), utc(3, 21, 4, 0)}});
    CHECK(session.people[0].seconds == 30 * 60 + 80 * 60);
}

TEST_CASE("loadWorkshopAttendance_peopleTakenOffTheRoster_areLeftOut", "[attendance][store]")
{
    AttendanceLibrary library;
    const qint64 dara = library.idOf(QStringLiteral("Sok Dara"));
    StoredImport file = import(library.sessionId, QStringLiteral("participants.csv"), '5',
                               {identity(QStringLiteral("email:dara"), QStringLiteral("Sok Dara"), dara, QStringLiteral("email"),
                                         {{utc(3, 14, 2, 0), utc(3, 14, 3, 0)}})});
    REQUIRE(AttendanceImportStore(*library.store).insert(file).ok());
    REQUIRE(RosterStore(*library.store).unenrol(library.workshopId, dara).ok());
    auto attendance = loadWorkshopAttendance(*library.store, library.workshopId);
    REQUIRE(attendance.ok());
    CHECK(attendance->sessions[0].people.empty());
}
