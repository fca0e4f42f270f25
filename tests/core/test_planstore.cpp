// Editing a stored plan: every change lands in the database at once and keeps the order intact.

#include "demo/demoworkshop.h"
#include "store/planstore.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace sala;

namespace {

struct StoredDemo {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Workshop workshop;

    StoredDemo()
    {
        auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        workshop = demoWorkshop(QDate(2026, 12, 1));
        REQUIRE(PlanStore(*store).insertWorkshop(workshop).ok());
    }

    Workshop reload() const
    {
        auto loaded = PlanStore(*store).loadWorkshop(workshop.id);
        REQUIRE(loaded.ok());
        return loaded.value();
    }

    QStringList titles(std::size_t session = 0) const
    {
        QStringList result;
        const Workshop loaded = reload();
        for (const Activity &a : loaded.sessions.at(session).activities)
            result << a.title;
        return result;
    }
};

} // namespace

TEST_CASE("updateActivity_replacesEveryFieldAndChild", "[store][plan]")
{
    StoredDemo demo;
    Activity edited = demo.workshop.sessions[0].activities[3];
    edited.title = QStringLiteral("ກິດຈະກຳທີ 1 — risk grid");
    edited.plannedMinutes = 27;
    edited.materials = {{QStringLiteral("New worksheet"), QStringLiteral("https://example.org/w.pdf")}};
    edited.breakout->roles = {QStringLiteral("Reader"), QStringLiteral("Reporter")};
    edited.breakout->broadcasts.push_back({1, QStringLiteral("1 minute left")});
    edited.fixedStart = QTime(9, 25);
    REQUIRE(PlanStore(*demo.store).updateActivity(edited).ok());
    CHECK(demo.reload().sessions[0].activities[3] == edited);

    edited.breakout.reset();
    edited.materials.clear();
    REQUIRE(PlanStore(*demo.store).updateActivity(edited).ok());
    CHECK(demo.reload().sessions[0].activities[3] == edited);
}

TEST_CASE("insertActivityAt_placesItAndShiftsTheRest", "[store][plan]")
{
    StoredDemo demo;
    const qint64 sessionId = demo.workshop.sessions[0].id;
    Activity added;
    added.kind = ActivityKind::Energizer;
    added.title = QStringLiteral("Find something red");
    added.plannedMinutes = 4;
    REQUIRE(PlanStore(*demo.store).insertActivityAt(sessionId, 2, added).ok());
    CHECK(added.id > 0);
    const QStringList titles = demo.titles();
    CHECK(titles.size() == 13);
    CHECK(titles[2] == u"Find something red");
    CHECK(titles[3] == demo.workshop.sessions[0].activities[2].title);

    Activity last = added;
    last.title = QStringLiteral("At the end");
    REQUIRE(PlanStore(*demo.store).insertActivityAt(sessionId, 99, last).ok());
    CHECK(demo.titles().last() == u"At the end");
}

TEST_CASE("deleteActivity_closesTheGap", "[store][plan]")
{
    StoredDemo demo;
    const auto &activities = demo.workshop.sessions[0].activities;
    REQUIRE(PlanStore(*demo.store).deleteActivity(activities[0].id).ok());
    const QStringList titles = demo.titles();
    CHECK(titles.size() == 11);
    CHECK(titles.first() == activities[1].title);
    // The remaining positions are 0..n-1, so an insert at 0 lands first.
    Activity again = activities[0];
    REQUIRE(PlanStore(*demo.store).insertActivityAt(demo.workshop.sessions[0].id, 0, again).ok());
    CHECK(demo.titles().first() == activities[0].title);
    CHECK_FALSE(PlanStore(*demo.store).deleteActivity(activities[0].id).ok()); // already gone
}

TEST_CASE("moveActivity_reordersBothWays", "[store][plan]")
{
    StoredDemo demo;
    const qint64 sessionId = demo.workshop.sessions[0].id;
    const QStringList before = demo.titles();
    REQUIRE(PlanStore(*demo.store).moveActivity(sessionId, 0, 5).ok());
    QStringList expected = before;
    expected.move(0, 5);
    CHECK(demo.titles() == expected);
    REQUIRE(PlanStore(*demo.store).moveActivity(sessionId, 5, 0).ok());
    CHECK(demo.titles() == before);
    CHECK_FALSE(PlanStore(*demo.store).moveActivity(sessionId, 0, 12).ok());
}

TEST_CASE("sessionsAndWorkshop_editInsertDelete", "[store][plan]")
{
    StoredDemo demo;
    Workshop fields = demo.workshop;
    fields.title = QStringLiteral("Keep the Doors Open (Lao cohort)");
    fields.timeZone = QStringLiteral("Asia/Vientiane");
    fields.platform = Platform::Teams;
    REQUIRE(PlanStore(*demo.store).updateWorkshop(fields).ok());
    Workshop loaded = demo.reload();
    CHECK(loaded.title == fields.title);
    CHECK(loaded.timeZone == u"Asia/Vientiane");
    CHECK(loaded.platform == Platform::Teams);

    Session session = loaded.sessions[0];
    session.title = QStringLiteral("Day 1");
    session.targetEnd.reset();
    session.plannedStart = QTime(8, 30);
    REQUIRE(PlanStore(*demo.store).updateSession(session).ok());
    loaded = demo.reload();
    CHECK(loaded.sessions[0].title == u"Day 1");
    CHECK_FALSE(loaded.sessions[0].targetEnd.has_value());
    CHECK(loaded.sessions[0].plannedStart == QTime(8, 30));

    Session copy = loaded.sessions[0];
    copy.title = QStringLiteral("Day 0");
    REQUIRE(PlanStore(*demo.store).insertSessionAt(demo.workshop.id, 0, copy).ok());
    loaded = demo.reload();
    REQUIRE(loaded.sessions.size() == 2);
    CHECK(loaded.sessions[0].title == u"Day 0");
    CHECK(loaded.sessions[0].activities.size() == 12);
    CHECK(loaded.sessions[0].activities[0].id != loaded.sessions[1].activities[0].id);

    REQUIRE(PlanStore(*demo.store).deleteSession(loaded.sessions[0].id).ok());
    loaded = demo.reload();
    REQUIRE(loaded.sessions.size() == 1);
    CHECK(loaded.sessions[0].title == u"Day 1");

    REQUIRE(PlanStore(*demo.store).deleteWorkshop(demo.workshop.id).ok());
    CHECK_FALSE(PlanStore(*demo.store).loadWorkshop(demo.workshop.id).ok());
}
