// The planned-versus-actual report: what it says matches what happened in the run.

#include "runtestplan.h"

#include "run/runengine.h"
#include "run/timingreport.h"

#include <catch2/catch.hpp>

using namespace sala;
using namespace sala::test;

namespace {

struct Finished {
    ManualClock clock{planStartUtc()};
    RunEngine engine{clock};
    Workshop workshop;

    Finished()
    {
        workshop.title = QStringLiteral("Pricing for small shops");
        workshop.timeZone = QStringLiteral("Asia/Bangkok");
        workshop.sessions.push_back(runTestSession());
        workshop.sessions.front().activities[0].title = QStringLiteral("Welcome, \"hello\" — ยินดีต้อนรับ");
        REQUIRE(engine.load(runTestPlan(workshop.sessions.front())).ok());
        clock.advance(minutes(3)); // starts 3 minutes late
        REQUIRE(engine.start().ok());
        clock.advance(minutes(8));
        REQUIRE(engine.adjust(300).ok()); // welcome extended by 5
        clock.advance(minutes(6));
        REQUIRE(engine.next().ok()); // welcome took 14 minutes
        clock.advance(minutes(5));
        REQUIRE(engine.pause().ok());
        clock.advance(minutes(2));
        REQUIRE(engine.resume().ok());
        clock.advance(minutes(15));
        REQUIRE(engine.jumpTo(3).ok()); // breakout took 20, the harvest is skipped
        clock.advance(minutes(12));
        REQUIRE(engine.finish().ok());
    }

    TimingReport report() const { return buildTimingReport(workshop, workshop.sessions.front(), engine.state()); }
};

} // namespace

TEST_CASE("timingReport_matchesWhatHappened", "[run][report]")
{
    Finished run;
    const TimingReport report = run.report();
    REQUIRE(report.rows.size() == 4);
    CHECK(report.status == RunStatus::Finished);
    CHECK(report.rows[0].actualMs == minutes(14));
    CHECK(report.rows[0].differenceMs() == minutes(4));
    CHECK(report.rows[0].adjustedMs == minutes(5));
    CHECK(report.rows[1].actualMs == minutes(20));
    CHECK(report.rows[1].pauses == 1);
    CHECK(report.rows[1].pausedMs == minutes(2));
    CHECK_FALSE(report.rows[2].ran());
    CHECK(report.rows[3].actualMs == minutes(12));
    CHECK(report.actualMs == minutes(46));
    CHECK(report.plannedMinutes == 55);
    CHECK(report.startedAt == planStartUtc().addSecs(3 * 60));
    CHECK(report.finishedAt == planStartUtc().addSecs(51 * 60));
    CHECK(report.rows[0].started == report.startedAt);
    CHECK(report.rows[0].ended == planStartUtc().addSecs(17 * 60));

    const QString findings = report.findings.join(u'\n');
    CHECK(findings.contains(u"3 min after the planned"));
    CHECK(findings.contains(u"4 min before the planned end"));
    CHECK(findings.contains(u"It was extended by 5 min"));
    CHECK(findings.contains(u"Not run: “Harvest”"));
    CHECK(findings.contains(u"Pauses: 1, 2 min in all."));
}

TEST_CASE("timingReport_csvIsQuotedUtf8WithOneRowPerActivityAndATotal", "[run][report][csv]")
{
    Finished run;
    const QByteArray csv = timingReportCsv(run.report());
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 7); // header, 4 activities, total, and the empty rest after the last CRLF
    CHECK(lines[0]
          == u"position,activity,kind,planned_minutes,actual_seconds,actual_minutes,difference_minutes,pauses,"
             u"paused_minutes,adjusted_minutes,started,ended");
    CHECK(lines[1]
          == QStringLiteral("1,\"Welcome, \"\"hello\"\" — ยินดีต้อนรับ\",welcome,10,840,14.0,4.0,0,0.0,5.0,"
                            "2026-12-01T09:03:00+07:00,2026-12-01T09:17:00+07:00"));
    CHECK(lines[2].startsWith(u"2,Price game,breakout,20,1200,20.0,0.0,1,2.0,0.0,"));
    CHECK(lines[3] == u"3,Harvest,plenary,10,0,0.0,-10.0,0,0.0,0.0,,");
    CHECK(lines[5] == u",Total,,55,2760,46.0,-9.0,1,2.0,5.0,2026-12-01T09:03:00+07:00,2026-12-01T09:51:00+07:00");
    CHECK(lines[6].isEmpty());
}

TEST_CASE("timingReport_beforeTheRun_saysSoAndStillListsThePlan", "[run][report]")
{
    ManualClock clock(planStartUtc());
    RunEngine engine(clock);
    Workshop workshop;
    workshop.timeZone = QStringLiteral("Asia/Bangkok");
    workshop.sessions.push_back(runTestSession());
    REQUIRE(engine.load(runTestPlan(workshop.sessions.front())).ok());
    const TimingReport report = buildTimingReport(workshop, workshop.sessions.front(), engine.state());
    CHECK(report.rows.size() == 4);
    CHECK(report.findings == QStringList{QStringLiteral("The session has not been run yet.")});
    CHECK(timingReportHtml(report).contains(u"Harvest"));
}

TEST_CASE("timingReport_duringTheRun_doesNotJudgeTheActivityStillRunning", "[run][report]")
{
    ManualClock clock(planStartUtc());
    RunEngine engine(clock);
    Workshop workshop;
    workshop.timeZone = QStringLiteral("Asia/Bangkok");
    workshop.sessions.push_back(runTestSession());
    REQUIRE(engine.load(runTestPlan(workshop.sessions.front())).ok());
    REQUIRE(engine.start().ok());
    clock.advance(minutes(2));
    const TimingReport report = buildTimingReport(workshop, workshop.sessions.front(), engine.state());
    CHECK(report.rows[0].actualMs == minutes(2));
    CHECK_FALSE(report.rows[0].ended.isValid());
    const QString findings = report.findings.join(u'\n');
    CHECK(findings.contains(u"still running"));
    CHECK_FALSE(findings.contains(u"less time"));
}
