// The shipped templates and method library, and the user's own templates.

#include "demo/demoworkshop.h"
#include "io/planjson.h"
#include "plan/library.h"
#include "plan/plancheck.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <set>

using namespace sala;

namespace {

Workshop withoutIds(Workshop workshop)
{
    workshop.id = 0;
    for (Session &s : workshop.sessions) {
        s.id = 0;
        for (Activity &a : s.activities)
            a.id = 0;
    }
    return workshop;
}

} // namespace

TEST_CASE("builtInMethods_areAtLeast25AndReadyToUse", "[library]")
{
    auto methods = builtInMethods();
    INFO((methods.ok() ? QString() : methods.error().message).toStdString());
    REQUIRE(methods.ok());
    CHECK(methods->size() >= 25);
    std::set<QString> titles;
    std::set<ActivityKind> kinds;
    for (const Activity &a : methods.value()) {
        INFO(a.title.toStdString());
        CHECK(titles.insert(a.title).second); // no duplicates
        kinds.insert(a.kind);
        CHECK(a.plannedMinutes > 0);
        CHECK_FALSE(a.instructions.trimmed().isEmpty());
        CHECK_FALSE(a.facilitatorNotes.trimmed().isEmpty());
        if (a.breakout) {
            CHECK(a.breakout->rounds * a.breakout->minutesPerRound <= a.plannedMinutes);
            CHECK_FALSE(a.breakout->broadcasts.empty());
        }
    }
    for (ActivityKind expected : {ActivityKind::Icebreaker, ActivityKind::Energizer, ActivityKind::Breakout, ActivityKind::Break,
                                  ActivityKind::ActionPlanning, ActivityKind::Evaluation})
        CHECK(kinds.count(expected) == 1);
    for (const char *needle : {"Troika", "1-2-4-All", "Gallery walk", "Case study"}) {
        const QString word = QString::fromLatin1(needle);
        CHECK(std::any_of(titles.begin(), titles.end(), [&](const QString &t) { return t.contains(word, Qt::CaseInsensitive); }));
    }
}

TEST_CASE("builtInTemplates_includeTheDemoAndPassThePlanChecks", "[library]")
{
    auto templates = builtInTemplates();
    INFO((templates.ok() ? QString() : templates.error().message).toStdString());
    REQUIRE(templates.ok());
    REQUIRE(templates->size() >= 3);
    bool sawDemo = false;
    int sessions = 0;
    for (const SessionTemplate &t : templates.value()) {
        INFO(t.name.toStdString());
        sessions += int(t.workshop.sessions.size());
        if (t.workshop.title == demoWorkshop(QDate(2026, 12, 1)).title) {
            sawDemo = true;
            CHECK(withoutIds(t.workshop) == demoWorkshop(QDate(2026, 12, 1)));
        }
        for (const Session &s : t.workshop.sessions) {
            INFO(s.title.toStdString());
            const auto issues = checkSession({&t.workshop, &s, 30});
            for (const PlanIssue &issue : issues)
                INFO(issue.message.toStdString());
            CHECK(issues.empty());
        }
    }
    CHECK(sawDemo);
    CHECK(sessions >= 4); // BCP + cash flow + a two-session course
}

TEST_CASE("builtInTemplates_roundTripByteForByte", "[library][json]")
{
    const QDir dir(QStringLiteral(":/sala/templates"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    REQUIRE(files.size() >= 3);
    for (const QString &name : files) {
        INFO(name.toStdString());
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const PlanParse parse = parsePlan(bytes);
        REQUIRE(parse.document);
        CHECK(workshopToJson(parse.document->workshop) == bytes);
    }
}

TEST_CASE("parseMethodLibrary_reportsProblemsAtTheirMethod", "[library]")
{
    const QByteArray bad = R"({"format": "sala-methods", "version": 1, "methods": [
        {"kind": "energizer", "title": "Stretch", "minutes": 3},
        {"kind": "dance", "title": "", "minutes": -1}]})";
    auto parsed = parseMethodLibrary(bad);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().message.contains(u"/methods/1/kind"));
    CHECK(parsed.error().message.contains(u"/methods/1/minutes"));
    CHECK_FALSE(parsed.error().message.contains(u"/methods/0"));
    CHECK_FALSE(parseMethodLibrary(R"({"format": "sala-plan", "methods": []})").ok());
    CHECK_FALSE(parseMethodLibrary(R"({"format": "sala-methods", "version": 9, "methods": []})").ok());
    CHECK_FALSE(parseMethodLibrary("not json").ok());
}

TEST_CASE("templateStore_savesListsAndRemovesUserTemplates", "[library][store]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    TemplateStore templates(*store.value());
    const Workshop demo = demoWorkshop(QDate(2026, 12, 1));
    auto activityId = templates.saveActivity(demo.sessions[0].activities[3]);
    REQUIRE(activityId.ok());
    auto sessionId = templates.saveSession(demo.sessions[0]);
    REQUIRE(sessionId.ok());

    auto list = templates.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    const UserTemplate &activity = list->at(0);
    CHECK(activity.kind == UserTemplate::Kind::Activity);
    REQUIRE(activity.session.activities.size() == 1);
    CHECK(activity.session.activities[0] == demo.sessions[0].activities[3]);
    const UserTemplate &session = list->at(1);
    CHECK(session.kind == UserTemplate::Kind::Session);
    CHECK(session.session.activities == demo.sessions[0].activities);

    REQUIRE(templates.remove(activityId.value()).ok());
    CHECK(templates.list()->size() == 1);
}
