// Google Meet attendance reports: times of day whose date comes from Google's file name or from
// the session, both header generations, a stay past midnight, and the question when neither
// gives a date.

#include "core/test_attendance_fixtures.h"

#include <catch2/catch.hpp>

using namespace sala;
using namespace sala::test;

TEST_CASE("meet2020_dateTitleAndStartFromGooglesFileName", "[attendance][meet]")
{
    const AttendanceExport file = readFixture(QStringLiteral("2024-03-05 09-00 Cash Flow Clinic.csv"));
    CHECK(file.platform == ExportPlatform::Meet);
    CHECK(file.layout == u"meet");
    CHECK(file.meeting.title == u"Cash Flow Clinic");
    CHECK(file.meeting.start == wallClock(2024, 3, 5, 9, 0));
    REQUIRE(file.rows.size() == 3);
    CHECK(file.rows[0].join == wallClock(2024, 3, 5, 9, 2));
    CHECK(file.rows[0].leave == wallClock(2024, 3, 5, 10, 7));
    CHECK(file.rows[0].seconds == 65 * 60); // "1 hr 5 min"
    CHECK(file.rows[2].seconds == 30);      // "30 sec"
    const auto people = summarize(file);
    CHECK(secondsOf(people, QStringLiteral("Bopha Chea")) == 65 * 60);
    CHECK(secondsOf(people, QStringLiteral("Vilayvanh Sisouphanh")) == 45 * 60);
    CHECK(secondsOf(people, QStringLiteral("(•••) •••-••12")) == 0);
}

TEST_CASE("meet2020_fileNameOfTheNewerReportNaming", "[attendance][meet]")
{
    const QByteArray bytes = attendanceFixtureBytes(QStringLiteral("2024-03-05 09-00 Cash Flow Clinic.csv"));
    const auto file = parseAttendanceExport(bytes, QStringLiteral("2024-03-05 09_00 Cash Flow Clinic - Attendance Report.csv"),
                                            {});
    REQUIRE(file.ok());
    CHECK(file->meeting.title == u"Cash Flow Clinic");
    CHECK(file->rows[1].join == wallClock(2024, 3, 5, 9, 15));
}

TEST_CASE("meet2021_splitNamesTheSessionDateAndAStayPastMidnight", "[attendance][meet]")
{
    ExportReadOptions options;
    options.sessionDate = QDate(2024, 3, 5);
    const AttendanceExport file = readFixture(QStringLiteral("meet-evening.csv"), options);
    CHECK(file.layout == u"meet");
    REQUIRE(file.rows.size() == 2);
    CHECK(file.rows[0].name == u"Maria Cristina Dela Cruz");
    CHECK(file.rows[1].name == u"Mohd Faizal bin Hamzah");
    CHECK(file.rows[1].join == wallClock(2024, 3, 5, 23, 30));
    CHECK(file.rows[1].leave == wallClock(2024, 3, 6, 0, 15));
    const auto people = summarize(file);
    CHECK(secondsOf(people, QStringLiteral("Maria Cristina Dela Cruz")) == 65 * 60);
    CHECK(secondsOf(people, QStringLiteral("Mohd Faizal bin Hamzah")) == 45 * 60);
}

TEST_CASE("meet_timesWithoutAnyDate_askForTheSessionDate", "[attendance][meet]")
{
    const auto result = parseFixture(QStringLiteral("meet-evening.csv"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Usage);
    CHECK(result.error().message.contains(QStringLiteral("meet-evening.csv")));
    CHECK(result.error().message.contains(QStringLiteral("date")));
}
