// The run log in the database: every action is stored as it happens, and a new process rebuilds
// the run from the log and the clock — after a kill, a reboot or a closed lid.

#include "runtestplan.h"

#include "run/runengine.h"
#include "run/runlogstore.h"
#include "store/planstore.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

struct StoredPlan {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    RunPlan plan;

    StoredPlan()
    {
        auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        Workshop workshop;
        workshop.title = QStringLiteral("Pricing for small shops");
        workshop.timeZone = QStringLiteral("Asia/Bangkok");
        Session session = runTestSession();
        session.id = 0;
        for (Activity &a : session.activities)
            a.id = 0;
        workshop.sessions.push_back(session);
        REQUIRE(PlanStore(*store).insertWorkshop(workshop).ok());
        plan = runTestPlan(workshop.sessions.front());
    }

    // A new process: a new engine reading the same database.
    std::unique_ptr<RunEngine> open(Clock &clock)
    {
        auto engine = std::make_unique<RunEngine>(clock, store.get());
        REQUIRE(engine->load(plan).ok());
        return engine;
    }
};

} // namespace

TEST_CASE("runLog_everyActionIsStoredAtOnceInOrder", "[run][log]")
{
    StoredPlan stored;
    ManualClock clock(planStartUtc());
    auto engine = stored.open(clock);
    REQUIRE(engine->start().ok());
    clock.advance(1500);
    REQUIRE(engine->adjust(300).ok());
    REQUIRE(engine->pause().ok());

    auto events = RunLogStore(*stored.store).events(stored.plan.session.id);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 3);
    CHECK(events.value() == engine->events());
    CHECK(events->at(0).kind == RunEventKind::Start);
    CHECK(events->at(0).activityId == stored.plan.session.activities[0].id);
    CHECK(events->at(0).seconds == 55 * 60); // the planned length at the start
    CHECK(events->at(1).kind == RunEventKind::Adjust);
    CHECK(events->at(1).seconds == 300);
    CHECK(events->at(1).at == planStartUtc().addMSecs(1500)); // milliseconds survive the round trip
    CHECK(events->at(0).id < events->at(1).id);
    auto last = RunLogStore(*stored.store).lastRunSession();
    REQUIRE(last.ok());
    CHECK(last.value() == stored.plan.session.id);
}

TEST_CASE("runLog_closedTenMinutesWhileRunning_reopensTenMinutesFurtherOn", "[run][log][restart]")
{
    StoredPlan stored;
    ManualClock clock(planStartUtc());
    {
        auto engine = stored.open(clock);
        REQUIRE(engine->start().ok());
        REQUIRE(engine->next().ok());
        clock.advance(minutes(3));
        CHECK(engine->state().remainingMs == minutes(17));
    }
    // Ten minutes with Sala closed, across a reboot: the monotonic count starts again.
    clock.advance(minutes(10));
    clock.restart(42);
    auto engine = stored.open(clock);
    const RunState s = engine->state();
    CHECK(s.status == RunStatus::Running);
    CHECK(s.current == 1);
    CHECK(s.remainingMs == minutes(7));
    CHECK(s.round->number == 3);
    clock.advance(minutes(1));
    CHECK(engine->state().remainingMs == minutes(6));
}

TEST_CASE("runLog_closedWhilePaused_reopensPausedWithTheSameTimeLeft", "[run][log][restart]")
{
    StoredPlan stored;
    ManualClock clock(planStartUtc());
    {
        auto engine = stored.open(clock);
        REQUIRE(engine->start().ok());
        clock.advance(minutes(4));
        REQUIRE(engine->pause().ok());
    }
    clock.advance(minutes(30));
    auto engine = stored.open(clock);
    CHECK(engine->state().status == RunStatus::Paused);
    CHECK(engine->state().remainingMs == minutes(6));
    CHECK(engine->state().pausedMs == minutes(30));
}

TEST_CASE("runLog_deadlinePassedWhileClosed_reopensInOvertimeCountingUp", "[run][log][restart]")
{
    StoredPlan stored;
    ManualClock clock(planStartUtc());
    {
        auto engine = stored.open(clock);
        REQUIRE(engine->start().ok());
    }
    clock.advance(minutes(12));
    auto engine = stored.open(clock);
    CHECK(engine->state().status == RunStatus::Overtime);
    CHECK(formatCountdown(engine->state().remainingMs) == u"+2:00");
    clock.advance(seconds(5));
    CHECK(formatCountdown(engine->state().remainingMs) == u"+2:05");
}

TEST_CASE("runLog_wrapUpWarningsAreStoredPerActivity", "[run][log]")
{
    StoredPlan stored;
    ManualClock clock(planStartUtc());
    {
        auto engine = stored.open(clock);
        REQUIRE(engine->setWrapUpSeconds(1, 240).ok());
    }
    auto engine = stored.open(clock);
    REQUIRE(engine->jumpTo(1).ok());
    CHECK(engine->state().wrapUpMs == minutes(4));
    REQUIRE(engine->setWrapUpSeconds(1, std::nullopt).ok());
    auto reopened = stored.open(clock);
    CHECK(reopened->plan().wrapUpSeconds.empty());
}

TEST_CASE("runLog_rowsOfAnUnknownKindAreSkippedNotFatal", "[run][log]")
{
    StoredPlan stored;
    ManualClock clock(planStartUtc());
    auto engine = stored.open(clock);
    REQUIRE(engine->start().ok());
    {
        QSqlQuery query(stored.store->database());
        // A newer Sala may log kinds this one does not know; the CHECK is relaxed by dropping it.
        REQUIRE(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        REQUIRE(query.exec(
            QStringLiteral("INSERT INTO run_event (session_id, at, kind) VALUES (%1, '2026-12-01T02:01:00.000Z', 'wave')")
                .arg(stored.plan.session.id)));
        REQUIRE(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
    }
    auto events = RunLogStore(*stored.store).events(stored.plan.session.id);
    REQUIRE(events.ok());
    CHECK(events->size() == 1);
}

TEST_CASE("runLog_deletingTheSessionDeletesItsLog", "[run][log]")
{
    StoredPlan stored;
    ManualClock clock(planStartUtc());
    auto engine = stored.open(clock);
    REQUIRE(engine->start().ok());
    REQUIRE(PlanStore(*stored.store).deleteSession(stored.plan.session.id).ok());
    QSqlQuery query(stored.store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM run_event")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}
