// Microsoft Teams attendance exports: the legacy join/leave list as downloaded (UTF-16, tabs) and
// after an Excel re-save, the 2021 meeting summary, the sectioned report in both capitalizations
// and in Polish, a report without activities, and Live Events, each with exact minutes.

#include "core/test_attendance_fixtures.h"

#include "attendance/exportidentity.h"

#include <catch2/catch.hpp>

using namespace sala;
using namespace sala::test;

namespace {

// The same people and minutes in the download and in its Excel re-save.
void checkLegacyMinutes(const AttendanceExport &file)
{
    const auto people = summarize(file);
    REQUIRE(people.size() == 5);
    // Left and joined again in the same second: one hour without a break.
    const IdentitySummary &sopheap = personNamed(people, QStringLiteral("Keo Sopheap"));
    CHECK(sopheap.seconds == 60 * 60);
    CHECK(sopheap.intervals.size() == 1);
    // "Joined before": present from the downloader's join.
    CHECK(secondsOf(people, QStringLiteral("Trainer Anna")) == 67 * 60);
    // "(Guest)" and "(Unverified)" are dropped: one person, 30 + 10 minutes.
    CHECK(secondsOf(people, QStringLiteral("Malee Srisuk")) == 40 * 60);
    // A leave without a join counts from the first time in the file (08:58).
    CHECK(secondsOf(people, QStringLiteral("Sreymom Pich")) == 17 * 60);
    // Still in the meeting when the list was downloaded: until the last time in the file (10:05).
    CHECK(secondsOf(people, QStringLiteral("Jose Reyes Jr.")) == 45 * 60);
}

} // namespace

TEST_CASE("teamsLegacy_utf16TabDownload_pairsJoinsAndLeaves", "[attendance][teams]")
{
    const AttendanceExport file = readFixture(QStringLiteral("teams-legacy.utf8.tsv"));
    CHECK(file.platform == ExportPlatform::Teams);
    CHECK(file.layout == u"teams-legacy");
    REQUIRE(file.rows.size() == 7);
    CHECK(file.rows[0].line == 2);
    CHECK(file.rows[0].name == u"Keo Sopheap");
    CHECK(file.rows[0].join == wallClock(2024, 3, 14, 9, 0, 5));
    CHECK(file.rows[0].leave == wallClock(2024, 3, 14, 9, 30, 5));
    checkLegacyMinutes(file);
}

TEST_CASE("teamsLegacy_withoutByteOrderMarkOrBigEndian_readsTheSame", "[attendance][teams][encoding]")
{
    const QByteArray text = attendanceFixtureBytes(QStringLiteral("teams-legacy.utf8.tsv"));
    const auto bare = parseAttendanceExport(asUtf16(text).mid(2), QStringLiteral("meetingAttendanceList.csv"), {});
    REQUIRE(bare.ok());
    CHECK(bare->layout == u"teams-legacy");
    checkLegacyMinutes(bare.value());
    const auto big = parseAttendanceExport(asUtf16(text, QStringConverter::Utf16BE), QStringLiteral("list.csv"), {});
    REQUIRE(big.ok());
    checkLegacyMinutes(big.value());
}

TEST_CASE("teamsLegacyExcel_utf8CommaQuotedTimestamps_sameMinutesAsTheDownload", "[attendance][teams]")
{
    const AttendanceExport file = readFixture(QStringLiteral("teams-legacy-excel.csv"));
    CHECK(file.layout == u"teams-legacy-excel");
    checkLegacyMinutes(file);
}

TEST_CASE("teamsSummary2021_guestsExternalUsersAndGuestAccounts", "[attendance][teams]")
{
    const AttendanceExport file = readFixture(QStringLiteral("teams-summary-2021.utf8.tsv"));
    CHECK(file.layout == u"teams-summary-2021");
    CHECK(file.meeting.title == u"Bookkeeping for Home-Based Food Businesses");
    CHECK(file.meeting.id == u"0b6f9c1e-3a57-4c2e-9a41-2f0d6c7e8a10");
    CHECK(file.meeting.start == wallClock(2022, 4, 25, 8, 22, 11));
    CHECK(file.meeting.end == wallClock(2022, 4, 25, 10, 16, 29));
    REQUIRE(file.rows.size() == 5);
    CHECK(file.rows[0].role == u"Organizer");
    CHECK(file.rows[0].seconds == 114 * 60); // "1h 54m": Teams drops the seconds past an hour
    CHECK(file.rows[3].seconds == 6 * 60 + 15);
    const auto people = summarize(file);
    REQUIRE(people.size() == 4);
    CHECK(secondsOf(people, QStringLiteral("Trainer Anna")) == 114 * 60 + 18);
    const IdentitySummary &guest = personNamed(people, QStringLiteral("Marcelo Reyes"));
    CHECK(guest.seconds == 106 * 60);
    CHECK(guest.email.isEmpty());
    // One row gives the address, the other only the #EXT# guest account: the same person.
    const IdentitySummary &malee = personNamed(people, QStringLiteral("Malee Srisuk"));
    CHECK(malee.email == u"Malee.S@th.example.org");
    CHECK(malee.seconds == 89 * 60 + 28 + 6 * 60 + 15);
    CHECK(secondsOf(people, QStringLiteral("Nur Aisyah binti Ahmad")) == 22);
}

TEST_CASE("teamsSectioned_2022Capitalization_staysComeFromTheActivities", "[attendance][teams]")
{
    const AttendanceExport file = readFixture(QStringLiteral("teams-sectioned.utf8.tsv"));
    CHECK(file.layout == u"teams-sectioned");
    CHECK(file.meeting.title == u"Scrum Meeting for Handicraft Sellers");
    CHECK(file.meeting.start == wallClock(2022, 11, 16, 9, 21, 8));
    CHECK(file.meeting.end == wallClock(2022, 11, 16, 9, 46, 21));
    REQUIRE(file.rows.size() == 4);
    CHECK(file.rows[0].line == 17);
    const auto people = summarize(file);
    REQUIRE(people.size() == 3);
    CHECK(secondsOf(people, QStringLiteral("KEO SOPHEAP")) == 16 * 60 + 3);
    const IdentitySummary &somphone = personNamed(people, QStringLiteral("Somphone Keomany"));
    CHECK(somphone.seconds == 8 * 60 + 52 + 11 * 60 + 21);
    CHECK(somphone.intervals.size() == 2);
    CHECK(secondsOf(people, QStringLiteral("Dara Keo")) == 15 * 60);
}

TEST_CASE("teamsSectioned_2023Capitalization_readsWithTheSessionDate", "[attendance][teams]")
{
    ExportReadOptions options;
    options.sessionDate = QDate(2025, 1, 2); // "2/1/25" is 2 January: day first
    const AttendanceExport file = readFixture(QStringLiteral("teams-sectioned-2023.utf8.tsv"), options);
    CHECK(file.layout == u"teams-sectioned");
    CHECK(file.meeting.title == u"Online Shop Photography");
    CHECK(file.meeting.start == wallClock(2025, 1, 2, 21, 4, 1));
    const auto people = summarize(file);
    REQUIRE(people.size() == 2);
    CHECK(secondsOf(people, QStringLiteral("Ramon Bautista")) == 65 * 60 + 59);
    CHECK(secondsOf(people, QStringLiteral("Sreymom Pich")) == 45 * 60 + 30);
}

TEST_CASE("teamsSectionedPolish_translatedTitlesHeadersAndDurations", "[attendance][teams][localized]")
{
    const AttendanceExport file = readFixture(QStringLiteral("teams-sectioned-polish.utf8.tsv"));
    CHECK(file.layout == u"teams-sectioned");
    CHECK(file.meeting.title == u"Zarządzanie finansami - lab 3");
    CHECK(file.meeting.start == wallClock(2025, 3, 17, 8, 0, 48));
    CHECK(file.meeting.end == wallClock(2025, 3, 17, 10, 20, 8));
    REQUIRE(file.rows.size() == 3);
    CHECK(file.rows[0].role == u"Organizator");
    CHECK(file.rows[0].seconds == 2 * 3600 + 19 * 60 + 20); // "2 godz. 19 min 20 s"
    CHECK(file.rows[2].role == u"Osoba prowadząca");
    const auto people = summarize(file);
    CHECK(secondsOf(people, QStringLiteral("Anna Kowalska")) == 139 * 60 + 20);
    CHECK(secondsOf(people, QStringLiteral("Nattapong Wongsa")) == 55 * 60);
    CHECK(secondsOf(people, QStringLiteral("Ramon Bautista")) == 30 * 60 + 30);
}

TEST_CASE("teamsSectioned_withoutActivities_totalsComeFromTheParticipants", "[attendance][teams]")
{
    const AttendanceExport file = readFixture(QStringLiteral("teams-sectioned-no-activities.utf8.tsv"));
    CHECK(file.layout == u"teams-sectioned-totals");
    const auto people = summarize(file);
    REQUIRE(people.size() == 2);
    const IdentitySummary &dara = personNamed(people, QStringLiteral("Dara Keo"));
    CHECK(dara.seconds == 45 * 60 + 30); // the stated time in the meeting, not last leave minus first join
    CHECK(dara.totalsOnly);
    CHECK(dara.intervals.empty());
    CHECK(dara.firstJoin == wallClock(2024, 3, 18, 14, 0));
    CHECK(dara.lastLeave == wallClock(2024, 3, 18, 15, 0));
    CHECK(secondsOf(people, QStringLiteral("Khamla Sisavath")) == 22 * 60);
}

TEST_CASE("teamsLiveEvents_joinsAndLeavesPairedPerSession", "[attendance][teams]")
{
    const AttendanceExport file = readFixture(QStringLiteral("teams-live-events.csv"));
    CHECK(file.layout == u"teams-live-events");
    REQUIRE(file.rows.size() == 3);
    CHECK(file.rows[0].role == u"Attendee");
    const auto people = summarize(file);
    REQUIRE(people.size() == 2);
    // Two sessions at once (browser and app) count once: 16:48:08–17:45:00.
    CHECK(secondsOf(people, QStringLiteral("สมศรี ใจดี")) == 56 * 60 + 52);
    CHECK(secondsOf(people, QStringLiteral("7d1c2b9e-0f5a-4c1e-8b7d-3e2f1a0c9b8d")) == 20 * 60);
}

TEST_CASE("teamsNames_suffixesAndGuestAccountsAreDropped", "[attendance][teams][names]")
{
    CHECK(withoutTeamsSuffix(u"Marcelo Reyes (Guest)") == u"Marcelo Reyes");
    CHECK(withoutTeamsSuffix(u"Malee Srisuk  (Unverified)") == u"Malee Srisuk");
    CHECK(withoutTeamsSuffix(u"Nur Aisyah (External)") == u"Nur Aisyah");
    CHECK(withoutTeamsSuffix(u"KEO SOPHEAP (EXT)") == u"KEO SOPHEAP");
    CHECK(withoutTeamsSuffix(u"malee.s_th.example.org#EXT#@tenant.example.org") == u"malee.s_th.example.org");
    CHECK(withoutTeamsSuffix(u"(Guest)") == u"(Guest)");
    CHECK(emailFromTeamsAccount(u"Malee.S_th.example.org#EXT#@tenant.example.org") == u"Malee.S@th.example.org");
    CHECK(emailFromTeamsAccount(u"jose_reyes_jr_ph.example.org#EXT#@tenant.example.org") == u"jose_reyes_jr@ph.example.org");
    CHECK(emailFromTeamsAccount(u"anna@example.org") == u"anna@example.org");
}

namespace {

// The localized lists hold the same events as the English one (with one more "joined before" in
// the invented one), on 14 March 2024: the same minutes per person.
struct LegacyPeople {
    QString reconnected, joinedBefore, twoStays, leftOnly, stillThere;
};

const LegacyPeople latinNames{QStringLiteral("Keo Sopheap"), QStringLiteral("Trainer Anna"), QStringLiteral("Malee Srisuk"),
                              QStringLiteral("Sreymom Pich"), QStringLiteral("Jose Reyes Jr.")};

void checkLocalizedMinutes(const AttendanceExport &file, const LegacyPeople &names, std::size_t people = 5)
{
    CHECK(file.platform == ExportPlatform::Teams);
    const auto summary = summarize(file);
    REQUIRE(summary.size() == people);
    const IdentitySummary &reconnected = personNamed(summary, names.reconnected);
    CHECK(reconnected.seconds == 60 * 60);
    CHECK(reconnected.intervals.size() == 1);
    CHECK(reconnected.firstJoin == wallClock(2024, 3, 14, 9, 0, 5));
    CHECK(secondsOf(summary, names.joinedBefore) == 67 * 60);
    CHECK(secondsOf(summary, names.twoStays) == 40 * 60);
    CHECK(secondsOf(summary, names.leftOnly) == 17 * 60);
    CHECK(secondsOf(summary, names.stillThere) == 45 * 60);
}

void checkBothForms(const QString &language, const LegacyPeople &names, std::size_t people = 5)
{
    INFO(language.toStdString());
    const AttendanceExport download = readFixture(QStringLiteral("teams-legacy-") + language + QStringLiteral(".utf8.tsv"));
    CHECK(download.layout == u"teams-legacy");
    checkLocalizedMinutes(download, names, people);
    const AttendanceExport resaved = readFixture(QStringLiteral("teams-legacy-") + language + QStringLiteral("-excel.csv"));
    CHECK(resaved.layout == u"teams-legacy-excel");
    checkLocalizedMinutes(resaved, names, people);
}

QByteArray legacyList(const char *rows)
{
    return asUtf16(QByteArray("Nom\tGeste\tMoment\n") + rows);
}

} // namespace

TEST_CASE("teamsLegacyGerman_headerAndWordsInGerman_sameMinutesAsEnglish", "[attendance][teams][localized]")
{
    checkBothForms(QStringLiteral("german"), latinNames);
}

TEST_CASE("teamsLegacyFrench_headerAndWordsInFrench_sameMinutesAsEnglish", "[attendance][teams][localized]")
{
    checkBothForms(QStringLiteral("french"), latinNames);
}

TEST_CASE("teamsLegacySpanish_headerAndWordsInSpanish_sameMinutesAsEnglish", "[attendance][teams][localized]")
{
    checkBothForms(QStringLiteral("spanish"), latinNames);
}

TEST_CASE("teamsLegacyPortugueseBrazil_headerAndWordsInPortuguese_sameMinutesAsEnglish", "[attendance][teams][localized]")
{
    checkBothForms(QStringLiteral("portuguese-brazil"), latinNames);
}

TEST_CASE("teamsLegacyThai_buddhistEraYears_readAsTheCommonEra", "[attendance][teams][localized]")
{
    checkBothForms(QStringLiteral("thai"), {QStringLiteral("สมศรี ใจดี"), QStringLiteral("ครูแอนนา"), QStringLiteral("มาลี ศรีสุข"),
                                            QStringLiteral("ณัฐพงษ์ วงศ์สา"), QStringLiteral("โจเซ่ เรเยส")});
    const AttendanceExport file = readFixture(QStringLiteral("teams-legacy-thai.utf8.tsv"));
    REQUIRE(!file.rows.empty());
    CHECK(file.rows[0].join == wallClock(2024, 3, 14, 9, 0, 5)); // written 14/3/2567
}

TEST_CASE("teamsLegacyInventedWords_joinsLeavesAndJoinedBeforeInferredFromTheOrder", "[attendance][teams][localized]")
{
    checkBothForms(QStringLiteral("invented-words"), latinNames, 6);
    const auto people = summarize(readFixture(QStringLiteral("teams-legacy-invented-words.utf8.tsv")));
    // "Plonked early" starts two people's lines, both at 08:58: joined before the download.
    CHECK(secondsOf(people, QStringLiteral("Nur Aisyah binti Ahmad")) == 60 * 60);
}

TEST_CASE("teamsLegacy_oneUnknownWordBesideKnownOnes_isInferred", "[attendance][teams][localized]")
{
    // "Beigetreten" is known; "Ausgetreten" is not, and follows a join of the same person.
    const auto file = parseAttendanceExport(legacyList("Dara Keo\tBeigetreten\t14.3.2024, 09:00:00\n"
                                                       "Dara Keo\tAusgetreten\t14.3.2024, 09:20:00\n"
                                                       "Dara Keo\tBeigetreten\t14.3.2024, 09:30:00\n"
                                                       "Dara Keo\tAusgetreten\t14.3.2024, 09:35:00\n"
                                                       "Noy Sisouphanh\tBeigetreten\t14.3.2024, 09:05:00\n"),
                                            QStringLiteral("Teilnehmerliste.csv"), {});
    INFO((file ? QString() : file.error().message).toStdString());
    REQUIRE(file.ok());
    const auto people = summarize(file.value());
    CHECK(secondsOf(people, QStringLiteral("Dara Keo")) == 25 * 60);
    CHECK(secondsOf(people, QStringLiteral("Noy Sisouphanh")) == 30 * 60); // until the last time, 09:35
}

TEST_CASE("teamsLegacy_wordsThatReadEitherWay_refusedNamingTheFileAndTheWords", "[attendance][teams][localized]")
{
    // One person starts with each word and then has the other: either could be the join.
    const auto file = parseAttendanceExport(legacyList("Dara Keo\tWib\t14.3.2024, 09:00:00\n"
                                                       "Dara Keo\tWob\t14.3.2024, 09:20:00\n"
                                                       "Noy Sisouphanh\tWob\t14.3.2024, 09:05:00\n"
                                                       "Noy Sisouphanh\tWib\t14.3.2024, 09:25:00\n"),
                                            QStringLiteral("liste.csv"), {});
    REQUIRE(!file.ok());
    const QString message = file.error().message;
    CHECK(message.contains(QStringLiteral("liste.csv")));
    CHECK(message.contains(QStringLiteral("“Wib”")));
    CHECK(message.contains(QStringLiteral("“Wob”")));
    CHECK(message.contains(QStringLiteral("joins")));
}

TEST_CASE("teamsLegacy_unknownWordNoMeaningFits_refusedNamingTheWords", "[attendance][teams][localized]")
{
    // "Joined" and "Left" are taken; "Muted" follows a leave, so it is not "joined before" either.
    const auto file = parseAttendanceExport(asUtf16("Full Name\tUser Action\tTimestamp\n"
                                                    "Dara Keo\tJoined\t3/14/2024, 9:00:00 AM\n"
                                                    "Dara Keo\tLeft\t3/14/2024, 9:20:00 AM\n"
                                                    "Dara Keo\tMuted\t3/14/2024, 9:25:00 AM\n"),
                                            QStringLiteral("meetingAttendanceList.csv"), {});
    REQUIRE(!file.ok());
    CHECK(file.error().message.contains(QStringLiteral("“Muted”")));
    CHECK(file.error().message.contains(QStringLiteral("meetingAttendanceList.csv")));
}

TEST_CASE("teamsLegacy_fourKindsOfAction_refusedAtTheLine", "[attendance][teams][localized]")
{
    const auto file = parseAttendanceExport(asUtf16("Full Name\tUser Action\tTimestamp\n"
                                                    "Dara Keo\tJoined\t3/14/2024, 9:00:00 AM\n"
                                                    "Dara Keo\tLeft\t3/14/2024, 9:20:00 AM\n"
                                                    "Noy Sisouphanh\tJoined before\t3/14/2024, 8:58:00 AM\n"
                                                    "Noy Sisouphanh\tMuted\t3/14/2024, 9:25:00 AM\n"),
                                            QStringLiteral("meetingAttendanceList.csv"), {});
    REQUIRE(!file.ok());
    CHECK(file.error().message.contains(QStringLiteral("line 5")));
    CHECK(file.error().message.contains(QStringLiteral("“Muted”")));
}
