// Clock times of a plan in the workshop's zone and a second zone.

#include "domain/names.h"
#include "plan/schedule.h"

#include <catch2/catch.hpp>

using namespace sala;

namespace {
Activity activity(int minutes, std::optional<QTime> fixed = std::nullopt)
{
    Activity a;
    a.title = QStringLiteral("A");
    a.plannedMinutes = minutes;
    a.fixedStart = fixed;
    return a;
}
} // namespace

TEST_CASE("computeSchedule_chainsActivitiesAndComparesWithTarget", "[schedule]")
{
    Session session;
    session.date = QDate(2026, 12, 1);
    session.plannedStart = QTime(9, 0);
    session.targetEnd = QTime(10, 0);
    session.activities = {activity(20), activity(30), activity(15)};
    const Schedule schedule = computeSchedule(session, QTimeZone("Asia/Bangkok"));
    REQUIRE(schedule.activities.size() == 3);
    CHECK(schedule.activities[1].start.time() == QTime(9, 20));
    CHECK(schedule.activities[2].end.time() == QTime(10, 5));
    CHECK(schedule.activities[2].minutesFromStart == 65);
    CHECK(schedule.totalMinutes == 65);
    REQUIRE(schedule.minutesPastTarget);
    CHECK(*schedule.minutesPastTarget == 5);
}

TEST_CASE("computeSchedule_waitsForAFixedStartWhenEarly", "[schedule]")
{
    Session session;
    session.date = QDate(2026, 12, 1);
    session.plannedStart = QTime(9, 0);
    session.activities = {activity(10), activity(10, QTime(9, 30))};
    const Schedule schedule = computeSchedule(session, QTimeZone("Asia/Manila"));
    CHECK(schedule.activities[1].start.time() == QTime(9, 30));
    CHECK(schedule.end.time() == QTime(9, 40));
    CHECK_FALSE(schedule.minutesPastTarget);
}

TEST_CASE("clockTime_showsTheSameMomentInTheSecondZone", "[schedule]")
{
    const QTimeZone bangkok("Asia/Bangkok");
    const QTimeZone manila("Asia/Manila");
    const QDateTime nine(QDate(2026, 12, 1), QTime(9, 0), bangkok);
    CHECK(nine.toTimeZone(manila).time() == QTime(10, 0));
    CHECK(zoneAbbreviation(bangkok, nine) == u"ICT");
    const QString shown = clockTime(nine, manila);
    CHECK(shown.contains(u"10"));
    CHECK(shown.count(u':') <= 1); // hours and minutes only
    CHECK(zoneAbbreviation(manila, nine) == u"PHT");
    CHECK(zoneAbbreviation(QTimeZone("Asia/Kuala_Lumpur"), nine) == u"MYT");
    CHECK(zoneAbbreviation(QTimeZone("Asia/Kathmandu"), nine) == u"UTC+5:45");
}

TEST_CASE("names_roundTripEveryKey", "[names]")
{
    for (ActivityKind kind : allActivityKinds()) {
        CHECK(activityKindFromKey(key(kind)) == kind);
        CHECK_FALSE(displayName(kind).isEmpty());
    }
    for (Sex sex : allSexes())
        CHECK(sexFromKey(key(sex)) == sex);
    CHECK_FALSE(activityKindFromKey(QStringLiteral("lecture")).has_value());
    CHECK(maximumBreakoutRooms(Platform::Teams) == 50);
    CHECK(countryName(QStringLiteral("KH")) == u"Cambodia");
}
