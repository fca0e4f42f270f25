// The demo workshop: complete, realistic, stored faithfully, and created only once.

#include "demo/demoseeder.h"
#include "demo/demoworkshop.h"
#include "domain/names.h"
#include "plan/schedule.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace sala;

TEST_CASE("demoWorkshop_followsTheThreeHourAgenda", "[demo]")
{
    const Workshop demo = demoWorkshop(QDate(2026, 12, 1));
    CHECK(demo.timeZone == u"Asia/Bangkok");
    CHECK(demo.platform == Platform::Zoom);
    REQUIRE(demo.sessions.size() == 1);
    const Session &session = demo.sessions.front();
    CHECK(session.plannedStart == QTime(9, 0));
    REQUIRE(session.activities.size() == 12);

    int total = 0;
    int breakoutMinutes = 0;
    for (const Activity &a : session.activities) {
        total += a.plannedMinutes;
        CHECK_FALSE(a.title.isEmpty());
        CHECK_FALSE(a.instructions.isEmpty());
        if (a.breakout) {
            CHECK(a.breakout->rounds >= 1);
            CHECK_FALSE(a.breakout->roles.isEmpty());
            CHECK_FALSE(a.breakout->broadcasts.empty());
            breakoutMinutes += a.breakout->rounds * a.breakout->minutesPerRound;
        }
        if (a.mayShorten) {
            CHECK(a.minimumMinutes > 0);
            CHECK(a.minimumMinutes < a.plannedMinutes);
        }
    }
    CHECK(total == 180);
    CHECK(breakoutMinutes == 20 + 25 + 18 + 12);
    CHECK(session.activities[6].kind == ActivityKind::Break);
    CHECK(session.activities[6].plannedMinutes == 15);

    const Schedule schedule = computeSchedule(session, QTimeZone("Asia/Bangkok"));
    CHECK(schedule.activities[6].start.time() == QTime(10, 33));
    CHECK(schedule.end.time() == QTime(12, 0));
    REQUIRE(schedule.minutesPastTarget.has_value());
    CHECK(*schedule.minutesPastTarget == 0);
}

TEST_CASE("demoRoster_coversTheFiveCountriesWithRealisticData", "[demo]")
{
    const std::vector<Participant> roster = demoRoster();
    CHECK(roster.size() >= 25);
    CHECK(roster.size() <= 30);
    std::map<QString, int> byCountry;
    std::map<Sex, int> bySex;
    std::set<QString> emails;
    for (const Participant &p : roster) {
        ++byCountry[p.country];
        ++bySex[p.sex];
        CHECK_FALSE(p.name.isEmpty());
        CHECK_FALSE(p.organization.isEmpty());
        if (!p.email.isEmpty()) {
            CHECK(p.email.contains(u"@example."));
            CHECK(emails.insert(p.email).second);
        }
    }
    for (const char *country : {"KH", "LA", "MY", "PH", "TH"})
        CHECK(byCountry[QString::fromLatin1(country)] >= 4);
    CHECK(bySex[Sex::Female] > 0);
    CHECK(bySex[Sex::Male] > 0);
}

TEST_CASE("seedDemo_storesEverythingOnceAndLoadsBackIdentical", "[demo][store]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    Store &s = *store.value();
    CHECK(shouldSeedDemoOnFirstStart(s));

    const QDate date(2026, 12, 1);
    auto seeded = seedDemo(s, date);
    REQUIRE(seeded.ok());
    CHECK_FALSE(seeded->alreadyPresent);
    CHECK_FALSE(shouldSeedDemoOnFirstStart(s));

    auto loaded = PlanStore(s).loadWorkshop(seeded->workshopId);
    REQUIRE(loaded.ok());
    Workshop expected = demoWorkshop(date);
    // Ids are assigned by the store; everything else must come back exactly.
    expected.id = loaded->id;
    for (std::size_t i = 0; i < expected.sessions.size(); ++i) {
        expected.sessions[i].id = loaded->sessions[i].id;
        for (std::size_t j = 0; j < expected.sessions[i].activities.size(); ++j)
            expected.sessions[i].activities[j].id = loaded->sessions[i].activities[j].id;
    }
    CHECK(loaded.value() == expected);

    auto roster = RosterStore(s).participantsOf(seeded->workshopId);
    REQUIRE(roster.ok());
    std::vector<Participant> expectedRoster = demoRoster();
    for (Participant &member : demoTeam()) // enrolled after the participants, with their roles
        expectedRoster.push_back(std::move(member));
    REQUIRE(roster->size() == expectedRoster.size());
    for (std::size_t i = 0; i < expectedRoster.size(); ++i) {
        expectedRoster[i].id = roster.value()[i].id;
        CHECK(roster.value()[i] == expectedRoster[i]);
    }

    auto again = seedDemo(s, date);
    REQUIRE(again.ok());
    CHECK(again->alreadyPresent);
    CHECK(again->workshopId == seeded->workshopId);
    auto workshops = PlanStore(s).workshops();
    REQUIRE(workshops.ok());
    CHECK(workshops->size() == 1);
}

TEST_CASE("firstStart_doesNotReseedAfterTheUserRemovedTheDemo", "[demo]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    REQUIRE(seedDemo(*store.value(), QDate(2026, 12, 1)).ok());
    QSqlQuery query(store.value()->database());
    REQUIRE(query.exec(QStringLiteral("DELETE FROM workshop")));
    CHECK_FALSE(shouldSeedDemoOnFirstStart(*store.value()));
}

TEST_CASE("demoSessionDate_isTheNextWeekday", "[demo]")
{
    CHECK(demoSessionDate(QDate(2026, 11, 27)) == QDate(2026, 11, 30)); // Friday → Monday
    CHECK(demoSessionDate(QDate(2026, 11, 28)) == QDate(2026, 11, 30)); // Saturday → Monday
    CHECK(demoSessionDate(QDate(2026, 11, 30)) == QDate(2026, 12, 1));  // Monday → Tuesday
}
