// What the run engine costs while a session runs: the state is recomputed from the whole log at
// every displayed second, so that must stay far below a millisecond even with a long log.

#include <catch2/catch.hpp>

#include "demo/demoworkshop.h"
#include "run/runengine.h"
#include "run/runlogstore.h"
#include "run/timingreport.h"
#include "store/planstore.h"
#include "store/store.h"

#include <QTemporaryDir>

using namespace sala;

namespace {

RunPlan demoPlan(Session session)
{
    RunPlan plan;
    plan.session = std::move(session);
    plan.zone = QTimeZone("Asia/Bangkok");
    return plan;
}

// A busy run: through all activities, with pauses and adjustments, `rounds` times over.
void busyRun(RunEngine &engine, ManualClock &clock, int rounds)
{
    for (int r = 0; r < rounds; ++r) {
        REQUIRE((r == 0 ? engine.start() : engine.jumpTo(0)).ok());
        for (int i = 0; i < 11; ++i) {
            clock.advanceSeconds(240);
            REQUIRE(engine.adjust(60).ok());
            REQUIRE(engine.pause().ok());
            clock.advanceSeconds(30);
            REQUIRE(engine.resume().ok());
            REQUIRE(engine.next().ok());
        }
    }
}

} // namespace

TEST_CASE("run", "[bench][run]")
{
    Workshop demo = demoWorkshop(QDate(2026, 12, 1));
    qint64 id = 0;
    for (Activity &a : demo.sessions.front().activities)
        a.id = ++id;
    const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Asia/Bangkok")).toUTC();

    ManualClock clock(start);
    RunEngine typical(clock);
    REQUIRE(typical.load(demoPlan(demo.sessions.front())).ok());
    busyRun(typical, clock, 1); // 45 events: a long, fiddly session
    RunEngine heavy(clock);
    REQUIRE(heavy.load(demoPlan(demo.sessions.front())).ok());
    busyRun(heavy, clock, 20); // 900 events: far beyond any real session
    INFO(typical.events().size() << " and " << heavy.events().size() << " events");

    BENCHMARK("state of the demo session from a 45-event log (once per displayed second)")
    {
        return typical.state().remainingMs;
    };
    BENCHMARK("state from a 900-event log")
    {
        return heavy.state().remainingMs;
    };
    BENCHMARK("time until the display changes")
    {
        return typical.state().msUntilDisplayChanges();
    };
    clock.advanceSeconds(3600);
    BENCHMARK("trim suggestion for the demo session, an hour behind")
    {
        return typical.trimSuggestion().has_value();
    };
    BENCHMARK("timing report and its CSV")
    {
        const TimingReport report = buildTimingReport(demo, demo.sessions.front(), typical.state());
        return timingReportCsv(report).size();
    };

    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    Workshop stored = demoWorkshop(QDate(2026, 12, 1));
    REQUIRE(PlanStore(*store.value()).insertWorkshop(stored).ok());
    ManualClock storeClock(start);
    RunEngine logged(storeClock, store.value().get());
    REQUIRE(logged.load(demoPlan(stored.sessions.front())).ok());
    REQUIRE(logged.start().ok());
    BENCHMARK("store one run action (one INSERT, committed with fsync)")
    {
        return logged.adjust(60).ok();
    };
    RunLogStore log(*store.value());
    BENCHMARK("read the run log back (as on a restart)")
    {
        return log.events(stored.sessions.front().id).value().size();
    };
}
