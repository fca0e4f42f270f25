// The plan editor's costs on a 300-activity plan: recomputing the schedule, checking the plan,
// and storing one edit (which includes the fsync that makes it survive a power cut).

#include <catch2/catch.hpp>

#include "bigplan.h"
#include "plan/plancheck.h"
#include "plan/schedule.h"
#include "store/planstore.h"
#include "store/store.h"

#include <QTemporaryDir>

using namespace sala;

TEST_CASE("plan with 300 activities", "[bench][plan]")
{
    const Workshop workshop = bench::bigWorkshop();
    const Session &session = workshop.sessions.front();
    const QTimeZone zone("Asia/Bangkok");

    BENCHMARK("recompute the schedule")
    {
        return computeSchedule(session, zone).totalMinutes;
    };
    BENCHMARK("run every plan check")
    {
        return checkSession({&workshop, &session, 28}).size();
    };
    BENCHMARK("apply a minutes edit in memory and recompute")
    {
        Session edited = session;
        edited.activities[150].plannedMinutes += 1;
        return computeSchedule(edited, zone).totalMinutes;
    };

    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    Workshop stored = workshop;
    REQUIRE(PlanStore(*store.value()).insertWorkshop(stored).ok());
    Activity activity = stored.sessions.front().activities[150];
    int minutes = activity.plannedMinutes;
    BENCHMARK("store one activity edit (one transaction, synchronous = FULL)")
    {
        activity.plannedMinutes = ++minutes % 60;
        return PlanStore(*store.value()).updateActivity(activity).ok();
    };
    BENCHMARK("move one activity (renumbers the session)")
    {
        return PlanStore(*store.value()).moveActivity(stored.sessions.front().id, 10, 250).ok();
    };
    BENCHMARK("load the whole 300-activity workshop")
    {
        return PlanStore(*store.value()).loadWorkshop(stored.id).ok();
    };
}
