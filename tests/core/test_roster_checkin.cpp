// Live check-in without widgets: finding people from a few typed letters, folding check-in
// events into who is in the room, and the catch-up message for latecomers.

#include "demo/demoworkshop.h"
#include "roster/attendance.h"
#include "roster/catchup.h"
#include "roster/checkinsearch.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using namespace sala;

namespace {

QString firstMatch(const CheckInIndex &index, const std::vector<Participant> &roster, const QString &typed)
{
    const auto matches = index.search(typed);
    return matches.empty() ? QString() : roster[matches.front().index].name;
}

QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2026, 12, 1), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

TEST_CASE("checkInSearch_fewLettersOfAnyNameAliasOrEmailFindThePerson", "[roster][checkin]")
{
    const std::vector<Participant> roster = demoRoster();
    const CheckInIndex index(roster);
    CHECK(firstMatch(index, roster, QStringLiteral("dara")) == u"Sok Dara");
    CHECK(firstMatch(index, roster, QStringLiteral("sreym")) == u"Chan Sreymom");
    CHECK(firstMatch(index, roster, QStringLiteral("ស្រីមុំ")) == u"Chan Sreymom");            // Khmer alias
    CHECK(firstMatch(index, roster, QStringLiteral("souk")) == u"Souksavanh Phommachanh"); // nickname
    CHECK(firstMatch(index, roster, QStringLiteral("sophea.keo")) == u"Keo Sophea");       // email
    CHECK(firstMatch(index, roster, QStringLiteral("DELA CRUZ")) == u"Maria Cristina R. Dela Cruz");
    CHECK(firstMatch(index, roster, QStringLiteral("tan mei")) == u"Tan Mei Ling");
    CHECK(index.search(QStringLiteral("zzqx")).empty());
    CHECK(index.search(QStringLiteral("   ")).empty());
}

TEST_CASE("checkInSearch_accentsAndCaseAreIgnoredButThaiMarksAreNot", "[roster][checkin]")
{
    std::vector<Participant> roster(3);
    roster[0].name = QStringLiteral("José Peñaflor");
    roster[1].name = QStringLiteral("สมศรี ใจดี");
    roster[2].name = QStringLiteral("สมศร ใจดี");
    roster[2].erasedAt = QDateTime::currentDateTimeUtc();
    const CheckInIndex index(roster);
    CHECK(firstMatch(index, roster, QStringLiteral("jose pena")) == u"José Peñaflor");
    const auto thai = index.search(QStringLiteral("สมศรี"));
    REQUIRE(thai.size() == 1);
    CHECK(thai.front().index == 1);
    CHECK(index.search(QStringLiteral("สมศร")).size() == 1); // the erased one is never found
}

TEST_CASE("checkInSearch_wordStartsRankAboveMatchesInsideWords", "[roster][checkin]")
{
    std::vector<Participant> roster(2);
    roster[0].name = QStringLiteral("Mohd Anan Ali");
    roster[1].name = QStringLiteral("Anan Wongsakul");
    const CheckInIndex index(roster);
    const auto matches = index.search(QStringLiteral("anan"));
    REQUIRE(matches.size() == 2);
    CHECK(matches[0].index == 1);
    CHECK(matches[1].index == 0);
}

TEST_CASE("attendance_latestEventDecidesAndFirstArrivalIsKept", "[roster][checkin]")
{
    const std::vector<AttendanceEvent> events{
        {1, 7, 100, AttendanceKind::Arrived, utc(2, 0)}, {2, 7, 200, AttendanceKind::Late, utc(2, 20)},
        {3, 7, 100, AttendanceKind::Left, utc(3, 0)},    {4, 7, 100, AttendanceKind::Rejoined, utc(3, 10)},
        {5, 7, 300, AttendanceKind::Arrived, utc(2, 1)}, {6, 7, 300, AttendanceKind::Left, utc(4, 0)},
    };
    const auto people = attendanceByPerson(events);
    CHECK(people.at(100).state == AttendanceState::Rejoined);
    CHECK(people.at(100).firstArrival == utc(2, 0));
    CHECK(people.at(100).lastChange == utc(3, 10));
    CHECK(people.at(200).state == AttendanceState::Late);
    CHECK(people.at(300).state == AttendanceState::Left);
    CHECK(isInRoom(people.at(100).state));
    CHECK(isInRoom(people.at(200).state));
    CHECK_FALSE(isInRoom(people.at(300).state));
    CHECK(people.count(400) == 0);
}

TEST_CASE("catchUpMessage_saysWhatHappenedAndWhatTheGroupDoesNow", "[roster][checkin][catchup]")
{
    const Workshop demo = demoWorkshop(QDate(2026, 12, 1));
    const Session &session = demo.sessions.front();
    const QTimeZone bangkok("Asia/Bangkok");
    // 09:00 start; the demo's first activities are 8 and then a few minutes long.
    CHECK(activityAt(session, bangkok, QDateTime(QDate(2026, 12, 1), QTime(8, 30), bangkok)) == -1);
    const int current = activityAt(session, bangkok, QDateTime(QDate(2026, 12, 1), QTime(9, 20), bangkok));
    REQUIRE(current >= 1);
    REQUIRE(current < int(session.activities.size()));

    const QString message = catchUpMessage(session, current, bangkok, QStringLiteral("Dara"));
    CHECK(message.startsWith(QStringLiteral("Welcome, Dara!")));
    CHECK(message.contains(session.activities[0].title));
    CHECK(message.contains(QStringLiteral("Now, until ")));
    CHECK(message.contains(session.activities[std::size_t(current)].title));
    CHECK(message.contains(QStringLiteral("Next: ") + session.activities[std::size_t(current) + 1].title));

    CHECK(catchUpMessage(session, -1, bangkok).contains(QStringLiteral("begin at 09:00")));
    CHECK(catchUpMessage(session, int(session.activities.size()), bangkok).contains(QStringLiteral("just finished")));
}
