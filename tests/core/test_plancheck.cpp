// Plan checks: each rule fires where it should, names the activity, and stays quiet otherwise.

#include "demo/demoworkshop.h"
#include "plan/plancheck.h"

#include <catch2/catch.hpp>

using namespace sala;

namespace {

Activity activity(ActivityKind kind, int minutes, const QString &title = QStringLiteral("Work"))
{
    Activity a;
    a.kind = kind;
    a.title = title;
    a.plannedMinutes = minutes;
    a.instructions = QStringLiteral("1. Do it.");
    return a;
}

std::vector<PlanIssue> check(const Workshop &workshop, int participants = 25)
{
    return checkSession({&workshop, &workshop.sessions.front(), participants});
}

Workshop plainWorkshop(std::vector<Activity> activities)
{
    Workshop w;
    w.title = QStringLiteral("W");
    w.timeZone = QStringLiteral("Asia/Bangkok");
    Session s;
    s.title = QStringLiteral("S");
    s.date = QDate(2026, 12, 1);
    s.plannedStart = QTime(9, 0);
    s.activities = std::move(activities);
    w.sessions.push_back(std::move(s));
    return w;
}

} // namespace

TEST_CASE("checkSession_demoPlanIsClean", "[plan][check]")
{
    const Workshop demo = demoWorkshop(QDate(2026, 12, 1));
    CHECK(check(demo, 28).empty());
}

TEST_CASE("checkSession_flagsLongStretchWithoutBreakOnce", "[plan][check]")
{
    Workshop w = plainWorkshop({activity(ActivityKind::Input, 50), activity(ActivityKind::Breakout, 45, QStringLiteral("Case")),
                                activity(ActivityKind::Plenary, 20), activity(ActivityKind::Break, 10),
                                activity(ActivityKind::Input, 80)});
    const auto issues = check(w);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].activityIndex == 1);
    CHECK(issues[0].message.contains(u"95 minutes"));
    CHECK(issues[0].message.contains(u"Case"));
}

TEST_CASE("checkSession_flagsRunningPastTargetEnd", "[plan][check]")
{
    Workshop w = plainWorkshop({activity(ActivityKind::Input, 40), activity(ActivityKind::Break, 30)});
    w.sessions[0].targetEnd = QTime(10, 10);
    CHECK(check(w).empty());
    w.sessions[0].targetEnd = QTime(9, 55);
    const auto issues = check(w);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].activityIndex == -1);
    CHECK(issues[0].severity == PlanIssue::Severity::Problem);
    CHECK(issues[0].message.contains(u"15 minutes"));
}

TEST_CASE("checkSession_flagsFixedStartThatCannotBeMet", "[plan][check]")
{
    Activity closing = activity(ActivityKind::Evaluation, 10, QStringLiteral("Closing"));
    closing.fixedStart = QTime(9, 30);
    Workshop w = plainWorkshop({activity(ActivityKind::Input, 40), closing});
    const auto issues = check(w);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].activityIndex == 1);
    CHECK(issues[0].message.contains(u"Closing"));
    CHECK(issues[0].message.contains(u"10 minutes later"));

    w.sessions[0].activities[0].plannedMinutes = 30;
    CHECK(check(w).empty());
}

TEST_CASE("checkSession_flagsTooManyRoomsForThePlatform", "[plan][check]")
{
    Activity pairs = activity(ActivityKind::Breakout, 15, QStringLiteral("Pairs"));
    pairs.breakout = BreakoutSettings{Grouping::TriosPairs, 2, 0, 1, 10, {}, {}};
    Workshop w = plainWorkshop({pairs});
    w.platform = Platform::Teams;
    CHECK(check(w, 100).empty()); // 50 rooms: Teams' limit
    const auto issues = check(w, 101);
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message.contains(u"51"));
    CHECK(issues[0].message.contains(u"Microsoft Teams"));
    w.platform = Platform::Zoom;
    CHECK(check(w, 101).empty());
}

TEST_CASE("checkSession_flagsGroupWorkWithoutInstructionsAndOverfullRounds", "[plan][check]")
{
    Activity game = activity(ActivityKind::Breakout, 15, QStringLiteral("Game"));
    game.instructions = QStringLiteral("  \n ");
    game.breakout = BreakoutSettings{Grouping::HomeGroups, 5, 0, 3, 6, {}, {}};
    Workshop w = plainWorkshop({game});
    const auto issues = check(w);
    REQUIRE(issues.size() == 2);
    CHECK(issues[0].message.contains(u"without instructions"));
    CHECK(issues[1].message.contains(u"18 minutes in rooms"));
}
