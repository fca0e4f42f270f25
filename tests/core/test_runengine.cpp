// The run engine as a facilitator meets it: states and actions, deadlines against a driven clock,
// breakout rounds and broadcasts, drift and projected end, and the trim suggestion.

#include "runtestplan.h"

#include "demo/demoworkshop.h"
#include "plan/schedule.h"
#include "run/runengine.h"

#include <catch2/catch.hpp>

using namespace sala;
using namespace sala::test;

namespace {

struct Run {
    ManualClock clock{planStartUtc()};
    RunEngine engine{clock};

    explicit Run(RunPlan plan = runTestPlan()) { REQUIRE(engine.load(std::move(plan)).ok()); }
    RunState state() const { return engine.state(); }
    void wait(qint64 ms) { clock.advance(ms); }
};

} // namespace

TEST_CASE("runEngine_beforeTheStart_showsTheFirstActivityInFullAndNothingRuns", "[run][engine]")
{
    Run run;
    const RunState s = run.state();
    CHECK(s.status == RunStatus::NotStarted);
    CHECK(s.current == -1);
    CHECK(s.nextIndex() == 0);
    CHECK(s.remainingMs == minutes(10));
    CHECK(s.phase == TimerPhase::Normal);
    run.wait(minutes(3));
    CHECK(run.state().remainingMs == minutes(10)); // nothing counts before the start
    CHECK(run.engine.events().empty());
}

TEST_CASE("runEngine_start_countsTheFirstActivityDownFromItsPlannedMinutes", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(seconds(90));
    const RunState s = run.state();
    CHECK(s.status == RunStatus::Running);
    CHECK(s.current == 0);
    CHECK(s.remainingMs == minutes(10) - seconds(90));
    CHECK(formatCountdown(s.remainingMs) == u"8:30");
    CHECK(s.startedAt == planStartUtc());
    CHECK(s.nextIndex() == 1);
}

TEST_CASE("runEngine_pause_stopsTheCountdownAndPausedTimeDoesNotCount", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(2));
    REQUIRE(run.engine.pause().ok());
    run.wait(minutes(7));
    RunState s = run.state();
    CHECK(s.status == RunStatus::Paused);
    CHECK(s.remainingMs == minutes(8));
    CHECK(s.pausedMs == minutes(7));
    CHECK(s.activities[0].pauses == 1);
    // The session falls behind while paused: the rest still needs its planned time.
    CHECK(s.behindMs == minutes(7));

    REQUIRE(run.engine.resume().ok());
    run.wait(minutes(1));
    s = run.state();
    CHECK(s.status == RunStatus::Running);
    CHECK(s.remainingMs == minutes(7));
    CHECK(s.activities[0].spentMs == minutes(3));
    CHECK(s.activities[0].pausedMs == minutes(7));

    REQUIRE(run.engine.togglePause().ok());
    CHECK(run.state().paused());
    REQUIRE(run.engine.togglePause().ok());
    CHECK(run.state().status == RunStatus::Running);
}

TEST_CASE("runEngine_pastZero_isOvertimeCountingUp", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(10));
    RunState s = run.state();
    CHECK(s.status == RunStatus::Overtime);
    CHECK(s.phase == TimerPhase::Overtime);
    CHECK(formatCountdown(s.remainingMs) == u"+0:00");
    run.wait(seconds(75));
    s = run.state();
    CHECK(s.remainingMs == -seconds(75));
    CHECK(formatCountdown(s.remainingMs) == u"+1:15");
    // Paused in overtime: paused is what the facilitator needs to see; the phase stays.
    REQUIRE(run.engine.pause().ok());
    CHECK(run.state().status == RunStatus::Paused);
    CHECK(run.state().phase == TimerPhase::Overtime);
}

TEST_CASE("runEngine_wrapUpPhase_startsAtTheActivitysThresholdOrTheDefault", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(8) - 1);
    CHECK(run.state().phase == TimerPhase::Normal);
    run.wait(1);
    CHECK(run.state().phase == TimerPhase::WrapUp); // 2 minutes before the end by default
    CHECK(run.state().status == RunStatus::Running);

    REQUIRE(run.engine.setWrapUpSeconds(0, 5 * 60).ok());
    CHECK(run.state().wrapUpMs == minutes(5));
    REQUIRE(run.engine.setWrapUpSeconds(0, std::nullopt).ok());
    CHECK(run.state().wrapUpMs == minutes(2));

    // The default never takes more than a quarter of a short activity.
    Activity shortOne;
    shortOne.plannedMinutes = 4;
    CHECK(wrapUpMsFor(run.engine.plan(), shortOne) == minutes(1));
}

TEST_CASE("runEngine_nextPreviousAndJump_moveBetweenActivitiesAndEachKeepsItsOwnTime", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(4));
    REQUIRE(run.engine.next().ok());
    RunState s = run.state();
    CHECK(s.current == 1);
    CHECK(s.remainingMs == minutes(20));
    CHECK(s.activities[0].spentMs == minutes(4));

    run.wait(seconds(10)); // a slip of the finger: back to the welcome, which goes on where it was
    REQUIRE(run.engine.previous().ok());
    s = run.state();
    CHECK(s.current == 0);
    CHECK(s.remainingMs == minutes(6));
    CHECK(s.activities[1].spentMs == seconds(10));

    REQUIRE(run.engine.jumpTo(3).ok());
    CHECK(run.state().current == 3);
    CHECK_FALSE(run.engine.jumpTo(3).ok()); // already there
    CHECK_FALSE(run.engine.jumpTo(9).ok());
    CHECK(run.state().activities[3].visits == 1);
    CHECK(run.state().activities[2].visits == 0);
}

TEST_CASE("runEngine_nextOnTheLastActivity_finishesAndPreviousReopens", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    REQUIRE(run.engine.jumpTo(3).ok());
    run.wait(minutes(15));
    REQUIRE(run.engine.next().ok());
    RunState s = run.state();
    CHECK(s.status == RunStatus::Finished);
    CHECK(s.current == -1);
    CHECK(s.finishedAt == planStartUtc().addMSecs(minutes(15)));
    CHECK(s.msUntilDisplayChanges() == -1);
    CHECK_FALSE(run.engine.next().ok());
    CHECK_FALSE(run.engine.pause().ok());

    run.wait(minutes(1));
    REQUIRE(run.engine.previous().ok());
    s = run.state();
    CHECK(s.status == RunStatus::Overtime);
    CHECK(s.current == 3);
    CHECK(s.remainingMs == 0); // the minute while finished did not count
    REQUIRE(run.engine.finish().ok());
    CHECK(run.state().status == RunStatus::Finished);
}

TEST_CASE("runEngine_adjustByOneAndFiveMinutes_movesTheDeadline", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(1));
    REQUIRE(run.engine.adjust(60).ok());
    CHECK(run.state().remainingMs == minutes(10));
    REQUIRE(run.engine.adjust(300).ok());
    CHECK(run.state().remainingMs == minutes(15));
    REQUIRE(run.engine.adjust(-60).ok());
    REQUIRE(run.engine.adjust(-300).ok());
    CHECK(run.state().remainingMs == minutes(9));
    CHECK(run.state().activities[0].adjustedMs == 0);
    CHECK(run.state().activities[0].adjustments == 4);
    // Shortening past zero is allowed: the activity is then in overtime.
    REQUIRE(run.engine.adjust(-600).ok());
    CHECK(run.state().status == RunStatus::Overtime);
    CHECK(run.state().remainingMs == -minutes(1));
}

TEST_CASE("runEngine_setRemaining_setsTheTimeLeftFromNow", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(3));
    REQUIRE(run.engine.setRemaining(4 * 60 + 30).ok());
    CHECK(run.state().remainingMs == seconds(270));
    run.wait(seconds(30));
    CHECK(run.state().remainingMs == minutes(4));
    CHECK(run.state().activities[0].adjustedMs == seconds(270) - minutes(7));
    CHECK_FALSE(run.engine.setRemaining(-1).ok());
}

TEST_CASE("runEngine_actionsThatMakeNoSenseNow_areRefusedWithAReasonAndNotLogged", "[run][engine]")
{
    Run run;
    for (const Status &refused : {run.engine.pause(), run.engine.resume(), run.engine.previous(), run.engine.adjust(60),
                                  run.engine.setRemaining(60), run.engine.openRooms(), run.engine.finish()}) {
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::Usage);
        CHECK_FALSE(refused.error().message.isEmpty());
    }
    CHECK(run.engine.events().empty());
    REQUIRE(run.engine.start().ok());
    CHECK_FALSE(run.engine.start().ok());
    CHECK_FALSE(run.engine.resume().ok());
    CHECK_FALSE(run.engine.previous().ok());  // already on the first activity
    CHECK_FALSE(run.engine.openRooms().ok()); // the welcome has no rooms
    CHECK(run.engine.events().size() == 1);

    Run empty(runTestPlan(Session{}));
    CHECK_FALSE(empty.engine.start().ok());
    CHECK_FALSE(empty.engine.togglePause().ok());
}

TEST_CASE("runEngine_anHourOfSimulatedTime_hasNoDriftAndEverySecondIsShownOnce", "[run][engine][drift]")
{
    Session session = runTestSession();
    session.activities[0].plannedMinutes = 90;
    Run run(runTestPlan(session));
    run.wait(123); // start off the second grid
    REQUIRE(run.engine.start().ok());
    run.wait(347);
    // Drive the clock the way the panel's timer does: wake up exactly when the display changes.
    QString shown = formatCountdown(run.state().remainingMs);
    CHECK(shown == u"1:30:00");
    int changes = 0;
    qint64 elapsed = 347;
    while (elapsed < minutes(60)) {
        const qint64 wait = run.state().msUntilDisplayChanges();
        REQUIRE(wait > 0);
        REQUIRE(wait <= 1000);
        run.wait(wait);
        elapsed += wait;
        const QString now = formatCountdown(run.state().remainingMs);
        REQUIRE(now != shown);
        shown = now;
        ++changes;
    }
    CHECK(changes == 3600);
    CHECK(elapsed == minutes(60));
    CHECK(run.state().remainingMs == minutes(30));
    CHECK(formatCountdown(run.state().remainingMs) == u"30:00");
    CHECK(run.state().now == planStartUtc().addMSecs(123 + elapsed));
}

TEST_CASE("runEngine_wallClockSetWhileRunning_doesNotMoveTheCountdown", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(1));
    run.clock.setWallClock(planStartUtc().addSecs(-3600)); // someone sets the clock back an hour
    run.wait(minutes(1));
    CHECK(run.state().remainingMs == minutes(8));
    run.clock.setWallClock(planStartUtc().addDays(1));
    CHECK(run.state().remainingMs == minutes(8));
}

TEST_CASE("runEngine_msUntilDisplayChanges_wakesAtTheNextSecondOfTheCountdown", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(250);
    CHECK(run.state().msUntilDisplayChanges() == 750); // 9:59.750 shows 10:00 until 9:59.000
    run.wait(750);
    CHECK(run.state().msUntilDisplayChanges() == 1000);
    run.wait(minutes(9) + seconds(59));
    CHECK(run.state().remainingMs == 0);
    CHECK(run.state().msUntilDisplayChanges() == 1000); // +0:00 until +0:01
    run.wait(400);
    CHECK(run.state().msUntilDisplayChanges() == 600);
    REQUIRE(run.engine.pause().ok());
    CHECK(run.state().msUntilDisplayChanges() == 1000 - run.state().now.time().msec());
}

TEST_CASE("runEngine_breakoutRounds_runWithTheirOwnCountdown", "[run][engine][rounds]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    REQUIRE(run.engine.next().ok());
    RunState s = run.state();
    REQUIRE(s.round);
    CHECK(s.round->number == 1);
    CHECK(s.round->count == 3);
    CHECK(s.round->remainingMs == minutes(6));
    run.wait(minutes(7));
    s = run.state();
    CHECK(s.round->number == 2);
    CHECK(s.round->remainingMs == minutes(5));
    run.wait(minutes(11));
    s = run.state();
    CHECK(s.round->over);
    CHECK(s.round->number == 3);
    CHECK(s.remainingMs == minutes(2)); // the activity goes on: debrief after the rounds
}

TEST_CASE("runEngine_openRooms_countsTheRoundsFromThatMoment", "[run][engine][rounds]")
{
    Run run;
    REQUIRE(run.engine.jumpTo(1).ok());
    run.wait(minutes(2)); // instructions in the main room first
    REQUIRE(run.engine.openRooms().ok());
    run.wait(minutes(1));
    RunState s = run.state();
    CHECK(s.round->number == 1);
    CHECK(s.round->remainingMs == minutes(5));
    REQUIRE(run.engine.pause().ok());
    run.wait(minutes(3));
    CHECK(run.state().round->remainingMs == minutes(5));
    REQUIRE(run.engine.resume().ok());
    run.wait(minutes(6));
    CHECK(run.state().round->number == 2);
    CHECK(run.state().round->remainingMs == minutes(5));
}

TEST_CASE("runEngine_broadcasts_becomeDueAtTheirMinuteInEveryRound", "[run][engine][rounds]")
{
    Run run;
    REQUIRE(run.engine.jumpTo(1).ok());
    RunState s = run.state();
    REQUIRE(s.cues.size() == 3);
    CHECK(s.cues[0].dueAtMs == minutes(5));
    CHECK(s.cues[1].dueAtMs == minutes(11));
    CHECK(s.cues[2].dueAtMs == minutes(17));
    CHECK(s.cues[1].round == 2);
    CHECK(s.dueCue == -1);
    run.wait(minutes(5) - 1);
    CHECK(run.state().dueCue == -1);
    CHECK(run.state().msUntilDisplayChanges() == 1);
    run.wait(1);
    CHECK(run.state().dueCue == 0);
    CHECK(run.state().cues[0].text == u"One minute left in this round.");
    run.wait(minutes(6));
    CHECK(run.state().dueCue == 1);
}

TEST_CASE("runEngine_drift_saysHowFarBehindAndWhenTheSessionWillEnd", "[run][engine][drift]")
{
    Run run;
    const QDateTime plannedEnd = planStartUtc().addSecs(55 * 60);
    CHECK(run.state().plannedEnd == plannedEnd);
    CHECK(run.state().behindMs == 0);

    run.wait(minutes(4)); // the call starts late
    CHECK(run.state().behindMs == minutes(4));
    REQUIRE(run.engine.start().ok());
    CHECK(run.state().projectedEnd == plannedEnd.addSecs(4 * 60));
    CHECK(formatDrift(run.state().behindMs) == u"4 min behind");
    REQUIRE(run.engine.adjust(5 * 60).ok());
    CHECK(run.state().behindMs == minutes(9));

    run.wait(minutes(3));
    REQUIRE(run.engine.next().ok()); // welcome cut short after 3 of its 15 minutes
    CHECK(run.state().behindMs == minutes(-3));
    CHECK(formatDrift(run.state().behindMs) == u"3 min ahead");
    CHECK(run.state().projectedEnd == plannedEnd.addSecs(-3 * 60));

    // In overtime the projected end moves with the clock.
    run.wait(minutes(25));
    CHECK(run.state().behindMs == minutes(2));
}

TEST_CASE("runEngine_startedHalfAnHourLateOnTheDay_isHalfAnHourBehind", "[run][engine][drift]")
{
    Run run;
    run.wait(minutes(30));
    REQUIRE(run.engine.start().ok());
    CHECK(run.state().planShiftMs == 0);
    CHECK(run.state().behindMs == minutes(30));
    CHECK(run.engine.trimSuggestion());
}

TEST_CASE("runEngine_rehearsalDaysBefore_isMeasuredFromItsRealStart", "[run][engine][drift]")
{
    Session session = runTestSession();
    session.activities[3].fixedStart = QTime(9, 40);
    Run run(runTestPlan(session));
    run.clock.setWallClock(planStartUtc().addDays(-2).addSecs(5 * 3600 + 17 * 60)); // 14:17 two days before
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(3));
    const RunState s = run.state();
    CHECK(s.planShiftMs == planStartUtc().msecsTo(s.startedAt));
    CHECK(s.plannedEnd == s.startedAt.addSecs(55 * 60));
    CHECK(s.behindMs == 0); // the fixed start moved with the plan
    CHECK_FALSE(run.engine.trimSuggestion());
}

TEST_CASE("runEngine_fixedStart_waitsInTheProjection", "[run][engine][drift]")
{
    Session session = runTestSession();
    session.activities[3].fixedStart = QTime(9, 50);
    Run run(runTestPlan(session));
    REQUIRE(run.engine.start().ok());
    // 09:00 + 10 + 20 + 10 = 09:40, then waits for 09:50, then 15 minutes.
    CHECK(run.state().projectedEnd == QDateTime(QDate(2026, 12, 1), QTime(10, 5), QTimeZone("Asia/Bangkok")));
}

TEST_CASE("runEngine_targetEnd_isThePlannedEndWhenTheSessionHasOne", "[run][engine][drift]")
{
    Session session = runTestSession();
    session.targetEnd = QTime(10, 0);
    Run run(runTestPlan(session));
    REQUIRE(run.engine.start().ok());
    CHECK(run.state().behindMs == minutes(-5));
}

TEST_CASE("runEngine_trim_respectsMinimumsAndLandsOnThePlannedEnd", "[run][engine][trim]")
{
    Run run(runTestPlan());
    REQUIRE(run.engine.start().ok());
    CHECK_FALSE(run.engine.trimSuggestion()); // on time: nothing to absorb
    run.wait(minutes(16));                    // the welcome runs 6 minutes over
    RunState s = run.state();
    CHECK(s.behindMs == minutes(6));
    auto suggestion = run.engine.trimSuggestion();
    REQUIRE(suggestion);
    CHECK(suggestion->neededMinutes == 6);
    CHECK(suggestion->savedMinutes == 6);
    CHECK(suggestion->absorbsAll());
    int cut = 0;
    for (const TrimCut &c : suggestion->cuts) {
        const Activity &a = run.engine.plan().session.activities[std::size_t(c.index)];
        CHECK(a.mayShorten);
        CHECK(c.index > s.current);
        CHECK(c.toMinutes >= a.minimumMinutes);
        CHECK(c.fromMinutes == a.plannedMinutes);
        cut += c.fromMinutes - c.toMinutes;
    }
    CHECK(cut == 6);
    // Slack 4 (harvest) and 5 (next step): shares of 2.67 and 3.33 minutes, rounded 3 + 3.
    REQUIRE(suggestion->cuts.size() == 2);
    CHECK(suggestion->cuts[0].toMinutes == 7);
    CHECK(suggestion->cuts[1].toMinutes == 12);
    CHECK(suggestion->projectedEndAfter == s.plannedEnd);

    // Applied, the session lands on the planned end, which stays where it was.
    RunPlan trimmed = run.engine.plan();
    trimmed.session = applyTrim(trimmed.session, *suggestion);
    run.engine.setPlan(trimmed);
    CHECK(run.state().plannedEnd == s.plannedEnd);
    CHECK(run.state().behindMs == 0);
    CHECK_FALSE(run.engine.trimSuggestion());
}

TEST_CASE("runEngine_trim_whenTheMinimumsBind_savesWhatItCanAndSaysSo", "[run][engine][trim]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(30)); // 20 minutes over
    auto suggestion = run.engine.trimSuggestion();
    REQUIRE(suggestion);
    CHECK(suggestion->neededMinutes == 20);
    CHECK(suggestion->savedMinutes == 9);
    CHECK_FALSE(suggestion->absorbsAll());
    for (const TrimCut &c : suggestion->cuts)
        CHECK(c.toMinutes == run.engine.plan().session.activities[std::size_t(c.index)].minimumMinutes);
    CHECK(suggestion->projectedEndAfter == run.state().plannedEnd.addSecs(11 * 60));
}

TEST_CASE("runEngine_trim_isNotOfferedWhenNothingLeftMayBeShortened", "[run][engine][trim]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(40));
    REQUIRE(run.engine.jumpTo(3).ok());
    run.wait(minutes(20));
    CHECK(run.state().behindMs == minutes(5));
    CHECK_FALSE(run.engine.trimSuggestion()); // the last activity runs; nothing comes after it
}

TEST_CASE("runEngine_trimOnTheDemoSession_sharesTheCutsAndLandsOnTwelve", "[run][engine][trim]")
{
    const Workshop demo = demoWorkshop(QDate(2026, 12, 1));
    Session session = demo.sessions.front();
    qint64 id = 100;
    for (Activity &a : session.activities)
        a.id = ++id;
    RunPlan plan = runTestPlan(session);
    Run run(plan);
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(8));
    REQUIRE(run.engine.next().ok());
    run.wait(minutes(22)); // the icebreaker runs 12 minutes over
    auto suggestion = run.engine.trimSuggestion();
    REQUIRE(suggestion);
    CHECK(suggestion->neededMinutes == 12);
    CHECK(suggestion->absorbsAll());
    const QDateTime noon(QDate(2026, 12, 1), QTime(12, 0), QTimeZone("Asia/Bangkok"));
    CHECK(suggestion->projectedEndAfter == noon);
    for (const TrimCut &c : suggestion->cuts) {
        const Activity &a = session.activities[std::size_t(c.index)];
        CHECK(c.toMinutes >= a.minimumMinutes);
        CHECK(c.toMinutes < a.plannedMinutes);
    }
}

TEST_CASE("runEngine_reset_startsOverAsIfNothingHadRun", "[run][engine]")
{
    Run run;
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(3));
    REQUIRE(run.engine.pause().ok());
    REQUIRE(run.engine.reset().ok());
    RunState s = run.state();
    CHECK(s.status == RunStatus::NotStarted);
    CHECK(s.activities[0].spentMs == 0);
    CHECK(s.pausedMs == 0);
    run.wait(minutes(1));
    REQUIRE(run.engine.start().ok());
    run.wait(minutes(1));
    CHECK(run.state().remainingMs == minutes(9));
    CHECK(run.state().startedAt == planStartUtc().addSecs(4 * 60));
}

TEST_CASE("runState_replay_toleratesOddLogs", "[run][engine]")
{
    const RunPlan plan = runTestPlan();
    const QDateTime t0 = planStartUtc();
    std::vector<RunEvent> events{
        {1, 7, t0, RunEventKind::Start, 11, 0},
        {2, 7, t0.addSecs(60), RunEventKind::Jump, 999, 0}, // an activity deleted since
        {3, 7, t0.addSecs(30), RunEventKind::Pause, 11, 0}, // written after a clock was set back
        {4, 7, t0.addSecs(120), RunEventKind::Resume, 11, 0},
        {5, 7, QDateTime(), RunEventKind::Resume, 11, 0},     // unreadable time, and nothing to resume
        {6, 7, t0.addSecs(99999), RunEventKind::Next, 12, 0}, // in the future
    };
    const RunState s = computeRunState(plan, events, t0.addSecs(180));
    CHECK(s.current == 1);
    CHECK(s.activities[0].spentMs == seconds(120));
    CHECK(s.activities[0].pausedMs == seconds(60));
    CHECK(s.remainingMs == minutes(20));
    CHECK(s.status == RunStatus::Running);
}

TEST_CASE("runFormat_countdownAndDrift", "[run][format]")
{
    CHECK(formatCountdown(minutes(12) + seconds(34)) == u"12:34");
    CHECK(formatCountdown(1) == u"0:01");
    CHECK(formatCountdown(minutes(75)) == u"1:15:00");
    CHECK(formatCountdown(0) == u"+0:00");
    CHECK(formatCountdown(-999) == u"+0:00");
    CHECK(formatCountdown(-seconds(61)) == u"+1:01");
    CHECK(formatDuration(-seconds(90)) == QStringLiteral("\u22121:30"));
    CHECK(formatDuration(seconds(90), true) == u"+1:30");
    CHECK(formatDrift(seconds(20)) == u"on time");
    CHECK(formatDrift(seconds(100)) == u"2 min behind");
    CHECK(formatDrift(-minutes(5)) == u"5 min ahead");
}
