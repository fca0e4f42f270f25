// Zoom's attendance exports as they arrive: both header generations with and without the meeting
// block, unique users, the admin export with repeated column names, Japanese headers, webinar
// sections and the older meeting report, each with every person's exact minutes.

#include "core/test_attendance_fixtures.h"

#include "attendance/exportidentity.h"

#include <catch2/catch.hpp>

using namespace sala;
using namespace sala::test;

TEST_CASE("zoomTitleCase_meetingBlockBomCrlf_readsMeetingAndEveryRow", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-title-case-meeting-block.csv"));
    CHECK(file.platform == ExportPlatform::Zoom);
    CHECK(file.layout == u"zoom-participants-title-case");
    CHECK(file.meeting.title == u"Cash Flow Clinic, Session 2");
    CHECK(file.meeting.id == u"81234567890");
    CHECK(file.meeting.start == wallClock(2024, 3, 14, 9, 0));
    CHECK(file.meeting.end == wallClock(2024, 3, 14, 11, 0));
    REQUIRE(file.rows.size() == 8);
    const ExportRow &noy = file.rows[1];
    CHECK(noy.line == 6);
    CHECK(noy.name == u"Noy");
    CHECK(noy.originalName == u"Phoutthasone Keomany");
    CHECK(noy.email == u"noy@la.example.org");
    CHECK(noy.join == wallClock(2024, 3, 14, 9, 2));
    CHECK(noy.leave == wallClock(2024, 3, 14, 9, 40, 30));
    CHECK(noy.seconds == 39 * 60);
    // Naive wall-clock times: the zone is decided when the file is imported.
    CHECK(noy.join->timeSpec() == Qt::UTC);
    CHECK(file.sha256.size() == 64);
}

TEST_CASE("zoomTitleCase_rejoinsRenamesAndTwoDevices_minutesAreTheUnionOfStays", "[attendance][zoom][summary]")
{
    const auto people = summarize(readFixture(QStringLiteral("zoom-title-case-meeting-block.csv")));
    REQUIRE(people.size() == 5);
    // Renamed in the meeting: the original name identifies the person.
    CHECK(secondsOf(people, QStringLiteral("Anna Santos")) == 125 * 60);
    // Dropped and re-joined: 38.5 + 75 minutes.
    CHECK(secondsOf(people, QStringLiteral("Phoutthasone Keomany")) == 113 * 60 + 30);
    // Laptop 09:00–10:30 and phone 10:00–10:45 at once count once.
    const IdentitySummary &sokha = personNamed(people, QStringLiteral("ចាន់ សុខា"));
    CHECK(sokha.seconds == 105 * 60);
    REQUIRE(sokha.intervals.size() == 1);
    CHECK(sokha.intervals[0].first == wallClock(2024, 3, 14, 9, 0));
    CHECK(sokha.intervals[0].second == wallClock(2024, 3, 14, 10, 45));
    // No e-mail: the name with case and surrounding spaces folded.
    const IdentitySummary &aisyah = personNamed(people, QStringLiteral("Nur Aisyah binti Ahmad"));
    CHECK(aisyah.seconds == 90 * 60);
    CHECK(aisyah.email.isEmpty());
    CHECK(aisyah.intervals.size() == 2);
    CHECK(aisyah.firstJoin == wallClock(2024, 3, 14, 9, 10));
    CHECK(aisyah.lastLeave == wallClock(2024, 3, 14, 10, 50));
    // Twenty seconds, though Zoom's own column rounds it up to a minute.
    CHECK(secondsOf(people, QStringLiteral("Jose Reyes Jr.")) == 20);
}

TEST_CASE("zoomTitleCase_withoutBlockOrBom_unpaddedHoursAndAReconnectGap", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-title-case-plain.csv"));
    CHECK(file.layout == u"zoom-participants-title-case");
    CHECK(file.meeting.title.isEmpty());
    CHECK_FALSE(file.meeting.start.has_value());
    REQUIRE(file.rows.size() == 4);
    CHECK(file.rows[0].join == wallClock(2024, 4, 25, 9, 54, 15));
    const auto people = summarize(file);
    CHECK(secondsOf(people, QStringLiteral("Somchai Wongsa")) == 127 * 60 + 44);
    // Left 10:17:18 and back 10:17:20: one stay.
    const IdentitySummary &maria = personNamed(people, QStringLiteral("Maria Cristina Dela Cruz"));
    CHECK(maria.intervals.size() == 1);
    CHECK(maria.seconds == 112 * 60 + 16);
    CHECK(secondsOf(people, QStringLiteral("+63 917 555 0100")) == 30 * 60);
}

TEST_CASE("zoomSentenceCase_meetingBlockWithQuotedDates_waitingRoomLeftOut", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-sentence-case-meeting-block.csv"));
    CHECK(file.layout == u"zoom-participants-sentence-case");
    CHECK(file.meeting.title == u"Pricing Workshop for Sari-Sari Stores");
    CHECK(file.meeting.id == u"81796405615");
    CHECK(file.meeting.start == wallClock(2026, 6, 16, 15, 10, 26));
    CHECK(file.meeting.end == wallClock(2026, 6, 16, 16, 26, 31));
    REQUIRE(file.rows.size() == 4); // the waiting-room row is not time in the meeting
    const auto people = summarize(file);
    REQUIRE(people.size() == 3);
    CHECK(secondsOf(people, QStringLiteral("Ma. Theresa Lim-Aquino")) == 76 * 60 + 5);
    // Same address in two cases: one person, 15:15–16:20.
    const IdentitySummary &faizal = personNamed(people, QStringLiteral("Mohd Faizal bin Hamzah"));
    CHECK(faizal.seconds == 65 * 60);
    CHECK(faizal.email == u"faizal@my.example.org");
    CHECK(secondsOf(people, QStringLiteral("=cmd|' /C calc'!A0")) == 15 * 60);
}

TEST_CASE("zoomSentenceCase_twoByteOrderMarksAndDayFirstDates", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-sentence-case-plain.csv"));
    CHECK(file.layout == u"zoom-participants-sentence-case");
    REQUIRE(file.rows.size() == 2);
    CHECK(file.rows[0].join == wallClock(2026, 6, 17, 9, 0));
    const auto people = summarize(file);
    CHECK(secondsOf(people, QStringLiteral("Khamla Sisavath")) == 90 * 60);
    CHECK(secondsOf(people, QStringLiteral("ສົມພອນ ແກ້ວມະນີ")) == 30 * 60);
}

TEST_CASE("zoomUniqueUsers_totalsArePerPersonWithoutTimes", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-unique-users.csv"));
    CHECK(file.layout == u"zoom-unique-users");
    CHECK(file.meeting.id == u"81234567890"); // written "812 3456 7890"
    CHECK(file.meeting.title == u"Digital Marketing Basics");
    CHECK(file.meeting.start == wallClock(2024, 9, 13, 14, 0));
    REQUIRE(file.rows.size() == 4);
    CHECK_FALSE(file.rows[0].join.has_value());
    CHECK(file.rows[0].seconds == 90 * 60);
    const auto people = summarize(file);
    REQUIRE(people.size() == 3);
    const IdentitySummary &malee = personNamed(people, QStringLiteral("Malee Srisuk"));
    CHECK(malee.seconds == 85 * 60); // the same address under two names
    CHECK(malee.totalsOnly);
    CHECK(malee.intervals.empty());
    CHECK_FALSE(malee.firstJoin.has_value());
    CHECK(secondsOf(people, QStringLiteral("Anna Santos")) == 90 * 60);
    CHECK(secondsOf(people, QStringLiteral("Dara Keo")) == 42 * 60);

    const AttendanceExport sentence = readFixture(QStringLiteral("zoom-unique-users-sentence-case.csv"));
    CHECK(sentence.layout == u"zoom-unique-users");
    const auto others = summarize(sentence);
    CHECK(secondsOf(others, QStringLiteral("Sreymom Pich")) == 58 * 60);
    CHECK(secondsOf(others, QStringLiteral("Guest 1")) == 12 * 60);
}

TEST_CASE("zoomAdmin_repeatedColumnNames_participantColumnsComeAfterTheName", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-admin.csv"));
    CHECK(file.layout == u"zoom-admin");
    CHECK(file.meeting.title == u"Record Keeping for Rice Traders");
    CHECK(file.meeting.id == u"85218486288");
    CHECK(file.meeting.start == wallClock(2022, 8, 15, 1, 27));
    REQUIRE(file.rows.size() == 3);
    // The second "User Email" is the participant's, not the host's.
    CHECK(file.rows[0].email == u"vilayvanh@la.example.org");
    CHECK(file.rows[0].seconds == 75 * 60);
    const auto people = summarize(file);
    REQUIRE(people.size() == 2);
    CHECK(secondsOf(people, QStringLiteral("Vilayvanh Sisouphanh")) == 75 * 60);
    CHECK(secondsOf(people, QStringLiteral("Nattapong Wongsa")) == 93 * 60);
}

TEST_CASE("zoomAdmin_twoMeetingsInOneFile_isRefusedWithBothNumbers", "[attendance][zoom]")
{
    QByteArray bytes = attendanceFixtureBytes(QStringLiteral("zoom-admin.csv"));
    const qsizetype lastRow = bytes.lastIndexOf("Record Keeping");
    bytes.replace(lastRow, bytes.size() - lastRow,
                  "Other Meeting,999 0000 1111,Trainer Anna,trainer@example.org,Training,,No,10/08/2022 23:10,"
                  "15/08/2022 05:00,15/08/2022 06:00,60,1,Dara Keo,dara@kh.example.org,15/08/2022 05:00,"
                  "15/08/2022 06:00,60,No,,No\r\n");
    const auto result = parseAttendanceExport(bytes, QStringLiteral("admin.csv"), {});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidData);
    CHECK(result.error().message.contains(QStringLiteral("85218486288")));
    CHECK(result.error().message.contains(QStringLiteral("99900001111")));
    CHECK(result.error().message.contains(QStringLiteral("line 4")));
}

TEST_CASE("zoomJapaneseHeaders_fullWidthBracketsAndSecondlessDates", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-japanese.csv"));
    CHECK(file.layout == u"zoom-participants-localized");
    REQUIRE(file.rows.size() == 3);
    CHECK(file.rows[0].name == u"Sokha");
    CHECK(file.rows[0].originalName == u"ចាន់ សុខា");
    CHECK(file.rows[0].email == u"sokha@kh.example.org");
    CHECK(file.rows[0].join == wallClock(2024, 3, 8, 8, 35));
    const auto people = summarize(file);
    CHECK(secondsOf(people, QStringLiteral("ចាន់ សុខា")) == 75 * 60);
    CHECK(secondsOf(people, QStringLiteral("สมศรี ใจดี")) == 60 * 60);
}

TEST_CASE("zoomParticipants_headersInAnUnknownLanguage_areRecognisedByShape", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-unknown-language.csv"));
    CHECK(file.layout == u"zoom-participants-localized");
    REQUIRE(file.rows.size() == 1);
    CHECK(file.rows[0].email == u"ana@ph.example.org");
    CHECK(secondsOf(summarize(file), QStringLiteral("Ana Reyes")) == 45 * 60);
}

TEST_CASE("zoomWebinar_sectionsGiveRolesAndNoShowsAreLeftOut", "[attendance][zoom][webinar]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoom-webinar.csv"));
    CHECK(file.layout == u"zoom-webinar");
    CHECK(file.meeting.title == u"Export Readiness for ASEAN Markets");
    CHECK(file.meeting.id == u"84759841045");
    CHECK(file.meeting.start == wallClock(2025, 3, 22, 19, 13));
    CHECK(file.meeting.end == wallClock(2025, 3, 22, 21, 13)); // start plus the actual duration
    REQUIRE(file.rows.size() == 4);
    CHECK(file.rows[0].role == u"host");
    CHECK(file.rows[1].role == u"panelist");
    CHECK(file.rows[1].originalName == u"Siti Nurhaliza binti Yusof");
    CHECK(file.rows[3].role == u"attendee");
    CHECK(file.rows[3].email == u"chanthy@kh.example.org"); // found by name in the wider attendee header
    const auto people = summarize(file);
    REQUIRE(people.size() == 3);
    CHECK(secondsOf(people, QStringLiteral("Trainer Anna")) == 123 * 60);
    CHECK(secondsOf(people, QStringLiteral("Siti Nurhaliza binti Yusof")) == 46 * 60 + 33 + 68 * 60);
    CHECK(secondsOf(people, QStringLiteral("Chanthy Sok")) == 90 * 60 + 30);
}

TEST_CASE("zoomWebinar_reportGeneratedDateTellsTheOrderOfTheRows", "[attendance][zoom][webinar][dates]")
{
    // Every row's date reads both ways; the generation date (20 May) can only be month first.
    const QByteArray bytes = "\xEF\xBB\xBF"
                             "Attendee Report\n"
                             "Report generated time,05/20/2026 10:00:00 AM\n"
                             "Topic,Webinar ID,Actual Start Time,Actual Duration (minutes)\n"
                             "Selling on Social Media,123 456 7890,05/12/2026 09:00:00 AM,60\n"
                             "Attendee Details\n"
                             "Attended,User Name (Original Name),Email,Join Time,Leave Time,Time in Session (minutes)\n"
                             "Yes,Khamla Sisavath,khamla@la.example.org,05/12/2026 09:00:00 AM,05/12/2026 09:40:00 AM,40\n";
    const auto file = parseAttendanceExport(bytes, QStringLiteral("webinar.csv"), {});
    REQUIRE(file.ok());
    CHECK(file->meeting.start == wallClock(2026, 5, 12, 9, 0));
    CHECK(file->meeting.end == wallClock(2026, 5, 12, 10, 0));
    CHECK(file->rows[0].role == u"attendee");
    CHECK(file->rows[0].leave == wallClock(2026, 5, 12, 9, 40));
}

TEST_CASE("zoomMeetingReport_olderVariantWithoutEmail_meetingNumberFromFileName", "[attendance][zoom]")
{
    const AttendanceExport file = readFixture(QStringLiteral("zoomus_meeting_report_84784749718.csv"));
    CHECK(file.layout == u"zoom-meeting-report");
    CHECK(file.meeting.id == u"84784749718");
    const auto people = summarize(file);
    REQUIRE(people.size() == 2);
    CHECK(secondsOf(people, QStringLiteral("Dara Keo")) == 71 * 60);
    CHECK(secondsOf(people, QStringLiteral("Jose Reyes Jr.")) == 40 * 60);
}

TEST_CASE("splitZoomName_lastBalancedParenthesesHoldTheOriginalName", "[attendance][zoom][names]")
{
    auto split = [](const char16_t *text) { return splitZoomName(QStringView(text)); };
    CHECK(split(u"Noy (Phoutthasone Keomany)").name == u"Noy");
    CHECK(split(u"Noy (Phoutthasone Keomany)").originalName == u"Phoutthasone Keomany");
    CHECK(split(u"Dara (TA) (Dara Keo)").name == u"Dara (TA)");
    CHECK(split(u"Dara (TA) (Dara Keo)").originalName == u"Dara Keo");
    CHECK(split(u"iPhone (Jose (Pepe) Reyes)").originalName == u"Jose (Pepe) Reyes");
    CHECK(split(u"Malee Srisuk").originalName.isEmpty());
    CHECK(split(u"(Malee)").name == u"(Malee)");
    CHECK(split(u"Malee )").originalName.isEmpty());
    CHECK(split(u"ソカ（ចាន់ សុខា）").originalName == u"ចាន់ សុខា");
}
