// How long the store takes for what a trainer waits on: opening the library at start-up,
// creating the demo, and reading a workshop.

#include <catch2/catch.hpp>

#include "demo/demoseeder.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <QTemporaryDir>

using namespace sala;

TEST_CASE("store", "[bench][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    qint64 workshopId = 0;
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        auto seeded = seedDemo(*store.value(), QDate(2026, 12, 1));
        REQUIRE(seeded.ok());
        workshopId = seeded->workshopId;
    }

    BENCHMARK("open the demo store (checks, lock, pragmas)")
    {
        auto store = Store::open(path);
        return store.ok();
    };

    auto store = Store::open(path);
    REQUIRE(store.ok());
    BENCHMARK("load the demo workshop with all activities")
    {
        return PlanStore(*store.value()).loadWorkshop(workshopId).ok();
    };
    BENCHMARK("load the demo roster")
    {
        return RosterStore(*store.value()).participantsOf(workshopId).ok();
    };

    int counter = 0;
    BENCHMARK_ADVANCED("create the demo in a new store")(Catch::Benchmark::Chronometer meter)
    {
        const QString fresh = dir.filePath(QStringLiteral("fresh-%1.db").arg(counter++));
        auto target = Store::open(fresh);
        REQUIRE(target.ok());
        meter.measure([&] { return seedDemo(*target.value(), QDate(2026, 12, 1)).ok(); });
    };
}
