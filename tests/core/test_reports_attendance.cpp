// The attendance report's figures, worked out by hand from tests/core/reportfixture.h: minutes,
// shares, completion against the thresholds, the breakdowns and the people-in-the-room curve.

#include "core/reportfixture.h"
#include "reports/attendancereport.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace sala;

namespace {

const ReportPerson &personOf(const AttendanceReport &report, qint64 id)
{
    const auto it = std::find_if(report.people.begin(), report.people.end(),
                                 [&](const ReportPerson &p) { return p.participantId == id; });
    REQUIRE(it != report.people.end());
    return *it;
}

const BreakdownRow *rowOf(const Breakdown &breakdown, const QString &key)
{
    const auto it = std::find_if(breakdown.rows.begin(), breakdown.rows.end(),
                                 [&](const BreakdownRow &r) { return r.key == key; });
    return it == breakdown.rows.end() ? nullptr : &*it;
}

const BreakdownRow &rowAt(const Breakdown &breakdown, const QString &key)
{
    const BreakdownRow *row = rowOf(breakdown, key);
    REQUIRE(row);
    return *row;
}

AttendanceReport fixtureReport(AttendanceThresholds thresholds = {})
{
    const test::ReportFixture f;
    return buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, thresholds, QLocale(QLocale::English));
}

} // namespace

TEST_CASE("roundedMinutes_halfAMinute_roundsUp", "[reports][rounding]")
{
    CHECK(roundedMinutes(0) == 0);
    CHECK(roundedMinutes(29) == 0);
    CHECK(roundedMinutes(30) == 1);
    CHECK(roundedMinutes(89) == 1);
    CHECK(roundedMinutes(90) == 2);
    CHECK(roundedMinutes(3630) == 61);
}

TEST_CASE("shareFloorPercent_roundsDownSoAShownThresholdIsMet", "[reports][rounding]")
{
    CHECK(shareFloorPercent(14399, 18000) == 79); // 79.99 %
    CHECK(shareFloorPercent(14400, 18000) == 80);
    CHECK(shareFloorPercent(10770, 10800) == 99); // 99.7 %
    CHECK(shareFloorPercent(5, 0) == 0);
    CHECK(shareFloorPercent(-5, 100) == 0);
}

TEST_CASE("meetsThreshold_comparesExactlyBeforeRounding", "[reports][rounding]")
{
    CHECK(meetsThreshold(14400, 18000, 80));
    CHECK_FALSE(meetsThreshold(14399, 18000, 80));
    CHECK(meetsThreshold(1, 1, 100));
    CHECK_FALSE(meetsThreshold(0, 0, 0)); // a workshop without scheduled time completes nobody
}

TEST_CASE("percentOf_roundsHalvesUp", "[reports][rounding]")
{
    CHECK(percentOf(4, 6) == 67);
    CHECK(percentOf(2, 6) == 33);
    CHECK(percentOf(1, 8) == 13); // 12.5 %
    CHECK(percentOf(1, 0) == 0);
}

TEST_CASE("hoursText_tenthsOfAnHour", "[reports][rounding]")
{
    CHECK(hoursText(18000) == QStringLiteral("5"));
    CHECK(hoursText(9000) == QStringLiteral("2.5"));
    CHECK(hoursText(14400 + 170) == QStringLiteral("4"));   // 4.047 h
    CHECK(hoursText(14400 + 180) == QStringLiteral("4.1")); // 4.05 h: halves up
}

TEST_CASE("buildAttendanceReport_sessions_scheduleAttendeesAndAverages", "[reports]")
{
    const AttendanceReport report = fixtureReport();
    REQUIRE(report.sessions.size() == 2);
    CHECK(report.scheduledSeconds == 18000);
    const ReportSession &s1 = report.sessions[0];
    CHECK(s1.date == QDate(2026, 12, 1));
    CHECK(s1.scheduledSeconds == 10800);
    CHECK(s1.hasAttendance);
    CHECK(s1.attendees == 6); // participant 99 is not on the roster
    CHECK(s1.attendedSeconds == 51570);
    CHECK(s1.averageMinutes() == 143); // 8595 s
    CHECK(s1.unmatchedIdentities == 2);
    CHECK(report.sessions[1].attendees == 6);
    CHECK(report.sessions[1].averageMinutes() == 95); // 34229 / 6 = 5704 s
    CHECK(report.notOnRoster == 1);
}

TEST_CASE("buildAttendanceReport_perSession_minutesShareJoinsAndMatch", "[reports]")
{
    const AttendanceReport report = fixtureReport();
    const ReportPerson &somchai = personOf(report, 1);
    const ReportEntry &early = somchai.sessions[0];
    CHECK(early.seen);
    CHECK(early.seconds == 12000);
    CHECK(early.credited == 10800); // capped at the session's length
    CHECK(early.sharePercent == 100);
    CHECK(early.firstJoin == test::utc(1, 1, 50));
    CHECK(early.lastLeave == test::utc(1, 5, 10));
    CHECK(early.matchedHow == QStringLiteral("email"));

    const ReportPerson &maria = personOf(report, 4);
    CHECK(roundedMinutes(maria.sessions[0].seconds) == 180);
    CHECK(maria.sessions[0].sharePercent == 99);
    CHECK(roundedMinutes(maria.sessions[1].seconds) == 61);
    CHECK(maria.sessions[1].sharePercent == 50);

    const ReportPerson &nur = personOf(report, 5);
    CHECK(nur.sessions[0].checkedInLive);
    CHECK(nur.sessions[0].matchedHow == QStringLiteral("check-in"));
    CHECK(nur.sessions[1].seconds == 7199);
    CHECK(nur.sessions[1].sharePercent == 99);

    const ReportPerson &nobody = personOf(report, 6);
    CHECK_FALSE(nobody.sessions[0].seen);
    CHECK(nobody.sessions[0].seconds == 0);
}

TEST_CASE("buildAttendanceReport_completion_overTheWholeWorkshop", "[reports][completion]")
{
    const AttendanceReport report = fixtureReport();
    CHECK(personOf(report, 1).status == CompletionStatus::Completed); // 100 %
    CHECK(personOf(report, 1).sharePercent == 100);
    CHECK(roundedMinutes(personOf(report, 1).seconds) == 320);
    CHECK(personOf(report, 2).status == CompletionStatus::Attended); // 40 %
    CHECK(personOf(report, 2).sharePercent == 40);
    CHECK(personOf(report, 3).status == CompletionStatus::Completed); // 90 %, from totals only
    CHECK(personOf(report, 4).credited == 14400);
    CHECK(personOf(report, 4).status == CompletionStatus::Completed); // exactly 80 %
    CHECK(personOf(report, 5).credited == 10799);
    CHECK(personOf(report, 5).sharePercent == 59);
    CHECK(personOf(report, 5).status == CompletionStatus::Participated);
    CHECK(personOf(report, 6).status == CompletionStatus::Absent);
    CHECK(personOf(report, 7).status == CompletionStatus::Completed);

    CHECK(report.enrolled == 7);
    CHECK(report.attended == 6);
    CHECK(report.completed == 4);
    CHECK(report.participated == 1);
}

TEST_CASE("buildAttendanceReport_higherThresholds_changeTheStatus", "[reports][completion]")
{
    const AttendanceReport report = fixtureReport({81, 60});
    CHECK(personOf(report, 4).status == CompletionStatus::Participated); // 80 % < 81 %
    CHECK(personOf(report, 5).status == CompletionStatus::Attended);     // 59.99 % < 60 %
    CHECK(personOf(report, 3).status == CompletionStatus::Completed);    // 90 %
    CHECK(report.completed == 3);
}

TEST_CASE("buildAttendanceReport_sessionNotImported_countsAsMissedTime", "[reports][completion]")
{
    test::ReportFixture f;
    f.attendance.sessions[1].people.clear();
    f.attendance.sessions[1].sourceFiles.clear();
    const AttendanceReport report = buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {});
    CHECK_FALSE(report.sessions[1].hasAttendance);
    CHECK(report.sessionsWithoutAttendance() == 1);
    CHECK(report.scheduledSeconds == 18000);
    CHECK(personOf(report, 1).sharePercent == 60); // 10800 of 18000
    CHECK(personOf(report, 1).status == CompletionStatus::Participated);
    CHECK(report.completed == 0);
}

TEST_CASE("buildAttendanceReport_noAttendanceAtAll_everyoneAbsent", "[reports]")
{
    test::ReportFixture f;
    f.attendance.sessions.clear();
    const AttendanceReport report = buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {});
    CHECK_FALSE(report.hasAttendance());
    CHECK(report.attended == 0);
    CHECK(report.completed == 0);
    CHECK(std::all_of(report.people.begin(), report.people.end(), [](const ReportPerson &p) { return !p.attended(); }));
}

TEST_CASE("buildAttendanceReport_people_sortedByNameErasedLast", "[reports]")
{
    const AttendanceReport report = fixtureReport();
    REQUIRE(report.people.size() == 7);
    auto indexOf = [&](qint64 id) {
        return std::find_if(report.people.begin(), report.people.end(),
                            [&](const ReportPerson &p) { return p.participantId == id; })
               - report.people.begin();
    };
    CHECK(indexOf(4) < indexOf(5)); // Maria before Nur
    CHECK(report.people.back().participantId == 7);
    CHECK(report.people.back().erased);
    CHECK(report.people.back().name.isEmpty());
    CHECK(report.people.back().reportName().contains(QStringLiteral("7")));
}

TEST_CASE("buildAttendanceReport_reportingConsent_onlyWithThatPurpose", "[reports][consent]")
{
    const AttendanceReport report = fixtureReport();
    CHECK(personOf(report, 1).reportingConsent);
    CHECK_FALSE(personOf(report, 2).reportingConsent); // consented to training only
    CHECK_FALSE(personOf(report, 6).reportingConsent);
    CHECK_FALSE(personOf(report, 7).reportingConsent);
}

TEST_CASE("buildAttendanceReport_bySex_countsAndPercentages", "[reports][breakdown]")
{
    const AttendanceReport report = fixtureReport();
    REQUIRE(report.breakdowns.size() == 4);
    const Breakdown &bySex = report.breakdowns[0];
    CHECK(bySex.dimension == Breakdown::Dimension::Sex);
    REQUIRE(bySex.rows.size() == 3); // women, men, not stated; nobody of another sex
    const BreakdownRow *women = rowOf(bySex, QStringLiteral("female"));
    const BreakdownRow *men = rowOf(bySex, QStringLiteral("male"));
    REQUIRE(women);
    REQUIRE(men);
    CHECK(women->enrolled == 4);
    CHECK(women->attended == 4);
    CHECK(women->completed == 2);
    CHECK(women->participated == 1);
    CHECK(men->enrolled == 2);
    CHECK(men->completed == 2);
    CHECK(bySex.total.enrolled == 7);
    CHECK(bySex.total.attended == 6);
    CHECK(bySex.total.completed == 4);
    CHECK(percentOf(women->attended, bySex.total.attended) == 67);
    CHECK(percentOf(women->completed, bySex.total.completed) == 50);
}

TEST_CASE("buildAttendanceReport_byCountry_homeCountriesFirstNotStatedLast", "[reports][breakdown]")
{
    const AttendanceReport report = fixtureReport();
    const Breakdown &byCountry = report.breakdowns[1];
    QStringList keys;
    for (const BreakdownRow &row : byCountry.rows)
        keys << row.key;
    CHECK(keys
          == QStringList{QStringLiteral("KH"), QStringLiteral("LA"), QStringLiteral("MY"), QStringLiteral("PH"),
                         QStringLiteral("TH"), QStringLiteral("not-stated")});
    CHECK(rowAt(byCountry, QStringLiteral("TH")).enrolled == 2);
    CHECK(rowAt(byCountry, QStringLiteral("TH")).completed == 2);
    CHECK(rowAt(byCountry, QStringLiteral("not-stated")).attended == 0);
}

TEST_CASE("buildAttendanceReport_byOrganizationTypeAndSize", "[reports][breakdown]")
{
    const AttendanceReport report = fixtureReport();
    const Breakdown &byType = report.breakdowns[2];
    CHECK(rowAt(byType, QStringLiteral("enterprise")).enrolled == 4);
    CHECK(rowAt(byType, QStringLiteral("enterprise")).completed == 2); // people 1 and 7
    CHECK(rowAt(byType, QStringLiteral("ngo")).completed == 1);
    const Breakdown &bySize = report.breakdowns[3];
    CHECK(rowAt(bySize, QStringLiteral("micro")).enrolled == 2); // 5 and 8 people
    CHECK(rowAt(bySize, QStringLiteral("micro")).participated == 1);
    CHECK(rowAt(bySize, QStringLiteral("small")).enrolled == 1);
    CHECK(rowAt(bySize, QStringLiteral("medium")).enrolled == 1);
    CHECK(rowOf(bySize, QStringLiteral("large")) == nullptr); // nobody
    CHECK(rowAt(bySize, QStringLiteral("unknown")).enrolled == 3);
    CHECK(bySize.rows.back().key == QStringLiteral("unknown"));
}

TEST_CASE("roomCurve_countsPeopleAtTheMiddleOfEachMinute", "[reports][curve]")
{
    const test::ReportFixture f;
    const RoomCurve curve = roomCurve(f.attendance.sessions[0]);
    CHECK(curve.start == test::utc(1, 1, 50));
    CHECK(curve.leadMinutes == 10);
    CHECK(curve.scheduledMinutes == 180);
    REQUIRE(curve.counts.size() == 200);
    CHECK(curve.counts[0] == 1); // 01:50:30, only the early joiner
    CHECK(curve.counts[9] == 1);
    CHECK(curve.counts[10] == 6); // 02:00:30, everyone with joins and leaves
    CHECK(curve.counts[39] == 6);
    CHECK(curve.counts[40] == 5);  // 02:30:30, one left at 02:30
    CHECK(curve.counts[70] == 4);  // 03:00:30
    CHECK(curve.counts[100] == 3); // 03:30:30
    CHECK(curve.counts[188] == 3);
    CHECK(curve.counts[189] == 2); // 04:59:30: whoever leaves at that second is gone
    CHECK(curve.counts[190] == 1);
    CHECK(curve.counts[199] == 1);
    CHECK(curve.peak == 6);
    CHECK(curve.withoutIntervals == 1);
}

TEST_CASE("roomCurve_rejoin_countsThePersonOnce", "[reports][curve]")
{
    SessionAttendanceRecord session;
    session.scheduledStart = test::utc(1, 2, 0);
    session.scheduledEnd = test::utc(1, 2, 10);
    session.scheduledSeconds = 600;
    // Overlapping stays (two devices) are one person in the room.
    session.people = {test::stays(1, {{test::utc(1, 2, 0), test::utc(1, 2, 6)}, {test::utc(1, 2, 3), test::utc(1, 2, 10)}})};
    const RoomCurve curve = roomCurve(session);
    REQUIRE(curve.counts.size() == 10);
    CHECK(curve.leadMinutes == 0);
    CHECK(std::all_of(curve.counts.begin(), curve.counts.end(), [](int c) { return c == 1; }));
}

TEST_CASE("roomCurve_strayDate_staysWithinTwoHoursOfTheSchedule", "[reports][curve]")
{
    SessionAttendanceRecord session;
    session.scheduledStart = test::utc(1, 2, 0);
    session.scheduledEnd = test::utc(1, 3, 0);
    session.scheduledSeconds = 3600;
    session.people = {test::stays(1, {{test::utc(1, 2, 0), test::utc(3, 2, 0)}})}; // two days long
    const RoomCurve curve = roomCurve(session);
    CHECK(curve.counts.size() == 60 + 120);
    CHECK(curve.peak == 1);
}

TEST_CASE("roomCurve_nothingKnown_isEmpty", "[reports][curve]")
{
    SessionAttendanceRecord session;
    CHECK(roomCurve(session).empty());
}

TEST_CASE("certificateHolders_completionFirstThenParticipation_noErasedPeople", "[reports][certificates]")
{
    const AttendanceReport report = fixtureReport();
    const std::vector<const ReportPerson *> holders = report.certificateHolders();
    REQUIRE(holders.size() == 4); // 1, 3, 4 completed (7 is erased), 5 participated
    CHECK(holders.back()->participantId == 5);
    CHECK(std::none_of(holders.begin(), holders.end(), [](const ReportPerson *p) { return p->erased; }));
}

TEST_CASE("buildAttendanceReport_team_isLeftOutOfEveryCountAndNamedApart", "[reports][roles]")
{
    const AttendanceReport without = fixtureReport();
    test::ReportFixture f;
    // A facilitator and an interpreter there from start to end, and a producer: none of them is
    // a participant, so nothing the funders read may change.
    auto member = [&](qint64 id, const QString &name, ParticipantRole role, Sex sex) {
        Participant p;
        p.id = id;
        p.name = name;
        p.role = role;
        p.sex = sex;
        p.country = QStringLiteral("TH");
        p.consentGiven = true;
        p.consentPurposes = {QStringLiteral("training"), QStringLiteral("reporting")};
        f.roster.push_back(p);
    };
    member(20, QStringLiteral("Pornthip Suwannarat"), ParticipantRole::Facilitator, Sex::Female);
    member(21, QStringLiteral("Wanida Kaewmanee"), ParticipantRole::Facilitator, Sex::Female);
    member(22, QStringLiteral("Bounmy Sayasith"), ParticipantRole::Interpreter, Sex::Male);
    member(23, QStringLiteral("Dao"), ParticipantRole::Observer, Sex::Female);
    for (qint64 id : {20, 22, 23}) {
        f.attendance.sessions[0].people.push_back(test::stays(id, {{test::utc(1, 1, 45), test::utc(1, 5, 15)}}));
        f.attendance.sessions[1].people.push_back(test::stays(id, {{test::utc(2, 1, 45), test::utc(2, 4, 15)}}));
    }
    const AttendanceReport report = buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {},
                                                          QLocale(QLocale::English));

    CHECK(report.people.size() == without.people.size());
    for (const ReportPerson &person : report.people)
        CHECK(person.participantId < 20);
    CHECK(report.enrolled == without.enrolled);
    CHECK(report.attended == without.attended);
    CHECK(report.completed == without.completed);
    CHECK(report.participated == without.participated);
    CHECK(report.notOnRoster == without.notOnRoster); // the team is not taken for strangers
    REQUIRE(report.breakdowns.size() == without.breakdowns.size());
    for (std::size_t b = 0; b < report.breakdowns.size(); ++b) {
        CHECK(report.breakdowns[b].total.enrolled == without.breakdowns[b].total.enrolled);
        CHECK(report.breakdowns[b].total.attended == without.breakdowns[b].total.attended);
        CHECK(report.breakdowns[b].rows.size() == without.breakdowns[b].rows.size());
    }
    CHECK(rowAt(report.breakdowns[0], QStringLiteral("female")).enrolled
          == rowAt(without.breakdowns[0], QStringLiteral("female")).enrolled);
    for (std::size_t s = 0; s < report.sessions.size(); ++s) {
        CHECK(report.sessions[s].attendees == without.sessions[s].attendees);
        CHECK(report.sessions[s].attendedSeconds == without.sessions[s].attendedSeconds);
        CHECK(report.sessions[s].curve.peak == without.sessions[s].curve.peak);
        CHECK(report.sessions[s].curve.counts == without.sessions[s].curve.counts);
    }
    CHECK(report.certificateHolders().size() == without.certificateHolders().size());
    CHECK(report.team.at(ParticipantRole::Facilitator) == 2);
    CHECK(report.team.at(ParticipantRole::Interpreter) == 1);
    CHECK(report.team.at(ParticipantRole::Observer) == 1);
    CHECK(report.teamSummary() == QStringLiteral("Team (not counted): 2 facilitator(s), 1 interpreter(s), 1 observer(s)"));
    CHECK(without.teamSummary().isEmpty());
}
