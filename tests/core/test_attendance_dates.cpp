// Date-times and durations as exports write them, and the day/month order decided from
// evidence: a day above 12, the file name, the session date, else a distinct error to ask.

#include "core/test_attendance_fixtures.h"

#include "attendance/durations.h"
#include "attendance/exportdates.h"

#include <catch2/catch.hpp>

using namespace sala;
using namespace sala::test;

namespace {

QDateTime read(const char16_t *text, DateOrder order = DateOrder::MonthFirst, const QDate &day = {})
{
    const auto written = scanDateTime(QStringView(text));
    INFO(QString::fromUtf16(text).toStdString());
    REQUIRE(written.has_value());
    const auto value = resolveDateTime(*written, order, day);
    REQUIRE(value.has_value());
    return *value;
}

// A legacy Teams list whose every date reads both ways.
QByteArray ambiguousList()
{
    return asUtf16(QByteArray("Full Name\tUser Action\tTimestamp\n"
                              "Mustermann Max\tJoined\t11/12/2020, 12:27:24\n"
                              "Mustermann Max\tLeft\t11/12/2020, 12:45:18\n"));
}

} // namespace

TEST_CASE("scanDateTime_everyFormTheExportsUse", "[attendance][dates]")
{
    CHECK(read(u"03/14/2024 09:02:00 AM") == wallClock(2024, 3, 14, 9, 2));
    CHECK(read(u"4/25/2024 9:54:15 PM") == wallClock(2024, 4, 25, 21, 54, 15));
    CHECK(read(u"12/01/2024 12:00:00 AM") == wallClock(2024, 12, 1, 0, 0));
    CHECK(read(u"12/01/2024 12:30:00 PM") == wallClock(2024, 12, 1, 12, 30));
    CHECK(read(u"6/1/2021, 2:59:38 PM") == wallClock(2021, 6, 1, 14, 59, 38));
    CHECK(read(u"11/12/2020, 12:27:24", DateOrder::DayFirst) == wallClock(2020, 12, 11, 12, 27, 24));
    CHECK(read(u"2/1/25, 9:04:01 pm", DateOrder::DayFirst) == wallClock(2025, 1, 2, 21, 4, 1));
    CHECK(read(u"16/11/22, 09:29:07", DateOrder::DayFirst) == wallClock(2022, 11, 16, 9, 29, 7));
    CHECK(read(u"15.08.2022 01:27", DateOrder::DayFirst) == wallClock(2022, 8, 15, 1, 27));
    CHECK(read(u"2020/12/8 8:35") == wallClock(2020, 12, 8, 8, 35));
    CHECK(read(u"2024-03-05T09:02:00") == wallClock(2024, 3, 5, 9, 2));
    CHECK(read(u"2024-03-05 09:02:00.250") == wallClock(2024, 3, 5, 9, 2));
    CHECK(read(u"Mar 22, 2025 19:13:27") == wallClock(2025, 3, 22, 19, 13, 27));
    CHECK(read(u"Mar 22, 2025 7:13 PM") == wallClock(2025, 3, 22, 19, 13));
    CHECK(read(u"September 1 2025 8:00 a.m.") == wallClock(2025, 9, 1, 8, 0));
    CHECK(read(u"22 Mar 2025 07:13") == wallClock(2025, 3, 22, 7, 13));
    CHECK(read(u"10:02 AM", DateOrder::MonthFirst, QDate(2024, 3, 5)) == wallClock(2024, 3, 5, 10, 2));
    CHECK(read(u"10:02\u202FPM", DateOrder::MonthFirst, QDate(2024, 3, 5)) == wallClock(2024, 3, 5, 22, 2));
    CHECK(read(u"19:28", DateOrder::MonthFirst, QDate(2024, 3, 5)) == wallClock(2024, 3, 5, 19, 28));

    for (const char16_t *bad : {u"", u"--", u"soon", u"13:61", u"25:00", u"13:00 PM", u"02/30/2024 10:00", u"31/31/2024 10:00",
                                u"3/14/2024", u"3/14/2024 10:00 XM", u"Foo 22, 2025 10:00", u"1/2/3/4 10:00", u"1234567890123:00"})
        CHECK_FALSE(scanDateTime(QStringView(bad)).has_value());
}

TEST_CASE("parseDuration_englishLocalizedClockAndBareForms", "[attendance][durations]")
{
    CHECK(parseDuration(u"1h 2m 3s") == 3723);
    CHECK(parseDuration(u"1h45m") == 6300);
    CHECK(parseDuration(u"6m 15s") == 375);
    CHECK(parseDuration(u"22s") == 22);
    CHECK(parseDuration(u"2 godz. 19 min 19 s") == 2 * 3600 + 19 * 60 + 19);
    CHECK(parseDuration(u"1 Std. 5 Min.") == 3900);
    CHECK(parseDuration(u"1 hr 5 min") == 3900);
    CHECK(parseDuration(u"45 min") == 2700);
    CHECK(parseDuration(u"30 sec") == 30);
    CHECK(parseDuration(u"2 ชั่วโมง 5 นาที") == 7500);
    CHECK(parseDuration(u"1 jam 30 minit") == 5400);
    CHECK(parseDuration(u"01:05:51") == 3951);
    CHECK(parseDuration(u"45:30") == 2730);
    CHECK(parseDuration(u"42") == 42);
    CHECK(parseDuration(u"42", DurationUnit::Minutes) == 2520);
    CHECK(parseDuration(u"1.5", DurationUnit::Minutes) == 90);
    for (const char16_t *bad : {u"", u"--", u"abc", u"5 parsecs", u"1:75", u"1::2", u"5 min 3", u"min"})
        CHECK_FALSE(parseDuration(QStringView(bad)).has_value());
}

TEST_CASE("dateInFileName_yearFirstOrAnUnambiguousDay", "[attendance][dates]")
{
    CHECK(dateInFileName(QStringLiteral("participants_84784749718_2025_06_23.csv")) == QDate(2025, 6, 23));
    CHECK(dateInFileName(QStringLiteral("2024-03-05 09-00 Budget.csv")) == QDate(2024, 3, 5));
    CHECK(dateInFileName(QStringLiteral("attendance 20240305.csv")) == QDate(2024, 3, 5));
    CHECK(dateInFileName(QStringLiteral("attendance 13.03.2024.csv")) == QDate(2024, 3, 13));
    CHECK(dateInFileName(QStringLiteral("attendance 03-13-2024.csv")) == QDate(2024, 3, 13));
    CHECK_FALSE(dateInFileName(QStringLiteral("attendance 03-05-2024.csv")).has_value());
    CHECK_FALSE(dateInFileName(QStringLiteral("participants_84784749718.csv")).has_value());
}

TEST_CASE("dateOrder_aDayAbove12AnywhereDecides", "[attendance][dates]")
{
    // 11/12 alone reads both ways; the later 13/12 is only day first.
    const QByteArray bytes = asUtf16(QByteArray("Full Name\tUser Action\tTimestamp\n"
                                                "Mustermann Max\tJoined\t11/12/2020, 12:27:24\n"
                                                "Mustermann Max\tLeft\t13/12/2020, 12:45:18\n"));
    const auto file = parseAttendanceExport(bytes, QStringLiteral("meetingAttendanceList.csv"), {});
    REQUIRE(file.ok());
    CHECK(file->rows[0].join == wallClock(2020, 12, 11, 12, 27, 24));
}

TEST_CASE("dateOrder_theSummaryBlockDecidesForTheRows", "[attendance][dates]")
{
    const QByteArray bytes = asUtf16(QByteArray("Meeting Summary\n"
                                                "Meeting Title\tRice Trading\n"
                                                "Meeting Start Time\t25/04/2022, 08:00:00\n"
                                                "Meeting End Time\t25/04/2022, 09:00:00\n\n"
                                                "Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)\n"
                                                "Dara Keo\t5/4/2022, 08:00:00\t5/4/2022, 08:30:00\t30m\t\tAttendee\t\n"));
    const auto file = parseAttendanceExport(bytes, QStringLiteral("meetingAttendanceReport.csv"), {});
    REQUIRE(file.ok());
    CHECK(file->rows[0].join == wallClock(2022, 4, 5, 8, 0));
}

TEST_CASE("dateOrder_theFileNameDecidesWhenEveryDateReadsBothWays", "[attendance][dates]")
{
    const auto file = parseAttendanceExport(ambiguousList(), QStringLiteral("Klasse 4B 2020-12-11.csv"), {});
    REQUIRE(file.ok());
    CHECK(file->rows[0].join == wallClock(2020, 12, 11, 12, 27, 24));
    CHECK(file->rows[0].leave == wallClock(2020, 12, 11, 12, 45, 18));
    const auto us = parseAttendanceExport(ambiguousList(), QStringLiteral("class 2020-11-12.csv"), {});
    REQUIRE(us.ok());
    CHECK(us->rows[0].join == wallClock(2020, 11, 12, 12, 27, 24));
}

TEST_CASE("dateOrder_theSessionDateDecidesWhenTheFileCannot", "[attendance][dates]")
{
    ExportReadOptions options;
    options.sessionDate = QDate(2020, 12, 11);
    const auto file = parseAttendanceExport(ambiguousList(), QStringLiteral("meetingAttendanceList.csv"), options);
    REQUIRE(file.ok());
    CHECK(file->rows[0].join == wallClock(2020, 12, 11, 12, 27, 24));
    options.sessionDate = QDate(2020, 11, 12);
    const auto other = parseAttendanceExport(ambiguousList(), QStringLiteral("meetingAttendanceList.csv"), options);
    REQUIRE(other.ok());
    CHECK(other->rows[0].join == wallClock(2020, 11, 12, 12, 27, 24));
}

TEST_CASE("dateOrder_nothingDecides_distinctErrorToAskTheUser", "[attendance][dates]")
{
    const auto file = parseAttendanceExport(ambiguousList(), QStringLiteral("meetingAttendanceList.csv"), {});
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::AmbiguousDateOrder);
    const QString message = file.error().message;
    CHECK(message.contains(QStringLiteral("meetingAttendanceList.csv")));
    CHECK(message.contains(QStringLiteral("11/12/2020, 12:27:24")));
    CHECK(message.contains(QStringLiteral("line 2")));
    // A session date that matches neither reading does not guess.
    ExportReadOptions options;
    options.sessionDate = QDate(2021, 6, 1);
    CHECK(parseAttendanceExport(ambiguousList(), QStringLiteral("list.csv"), options).error().code
          == ErrorCode::AmbiguousDateOrder);
}

TEST_CASE("dateOrder_theUsersAnswerIsUsed_unlessTheFileContradictsIt", "[attendance][dates]")
{
    ExportReadOptions options;
    options.dateOrder = DateOrder::DayFirst;
    const auto file = parseAttendanceExport(ambiguousList(), QStringLiteral("list.csv"), options);
    REQUIRE(file.ok());
    CHECK(file->rows[0].join == wallClock(2020, 12, 11, 12, 27, 24));

    options.dateOrder = DateOrder::DayFirst;
    const auto contradicted = parseFixture(QStringLiteral("zoom-title-case-meeting-block.csv"), options);
    REQUIRE_FALSE(contradicted.ok());
    CHECK(contradicted.error().code == ErrorCode::InvalidData);
    CHECK(contradicted.error().message.contains(QStringLiteral("03/14/2024 09:00:00 AM")));
    CHECK(contradicted.error().message.contains(QStringLiteral("month first")));
}

TEST_CASE("dateOrder_twoOrdersInOneFile_isRefusedNamingBothLines", "[attendance][dates]")
{
    const QByteArray bytes = asUtf16(QByteArray("Full Name\tUser Action\tTimestamp\n"
                                                "Dara Keo\tJoined\t13/12/2020, 12:27:24\n"
                                                "Dara Keo\tLeft\t12/13/2020, 12:45:18\n"));
    const auto file = parseAttendanceExport(bytes, QStringLiteral("list.csv"), {});
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().code == ErrorCode::InvalidData);
    CHECK(file.error().message.contains(QStringLiteral("line 2")));
    CHECK(file.error().message.contains(QStringLiteral("line 3")));
}
