// Sala's plan file: what an export writes, that it reads back exactly, and how every broken file
// is reported. Invalid files live in tests/fixtures/plans/<case>/ next to the problems they must
// produce, so a new case needs a folder and no code.

#include "support/testsupport.h"

#include "demo/demoworkshop.h"
#include "domain/names.h"
#include "io/planjson.h"
#include "store/planstore.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <set>
#include <string>
#include <vector>

using namespace sala;
using namespace sala::test;

namespace {

QString plansFixtures()
{
    return QStringLiteral(SALA_FIXTURES_DIR "/plans");
}

std::string text(const QByteArray &bytes)
{
    return bytes.toStdString();
}

std::vector<std::string> lines(const std::vector<PlanProblem> &problems)
{
    std::vector<std::string> result;
    for (const PlanProblem &problem : problems)
        result.push_back(problemLine(problem).toStdString());
    return result;
}

// Ids belong to a database; files do not carry them.
Workshop withoutIds(Workshop workshop)
{
    workshop.id = 0;
    for (Session &session : workshop.sessions) {
        session.id = 0;
        for (Activity &activity : session.activities)
            activity.id = 0;
    }
    return workshop;
}

// Every field set, none to its default, with text in the scripts and layouts trainers use.
Workshop everyFieldWorkshop()
{
    Workshop workshop;
    workshop.title = QStringLiteral("ការគ្រប់គ្រងហានិភ័យ — การวางแผนธุรกิจ — ການວາງແຜນທຸລະກິດ");
    workshop.organizer = QStringLiteral("Mekong \"Small Business\" Forum\\Network");
    workshop.platform = Platform::Teams;
    workshop.timeZone = QStringLiteral("Asia/Vientiane");
    workshop.secondTimeZone = QStringLiteral("Asia/Kuala_Lumpur");
    workshop.language = QStringLiteral("lo");
    workshop.description = QStringLiteral("Line one\nLine two\r\n\tindented — ✓ 🙂");

    Session session;
    session.title = QStringLiteral("ຊ່ວງທີ 1");
    session.date = QDate(2027, 2, 28);
    session.plannedStart = QTime(7, 5);
    session.targetEnd = QTime(23, 59);

    Activity breakout;
    breakout.kind = ActivityKind::Breakout;
    breakout.title = QStringLiteral("กิจกรรมกลุ่มย่อย");
    breakout.plannedMinutes = 600;
    breakout.objective = QStringLiteral("ស្វែងយល់ពីហានិភ័យ");
    breakout.instructions = QStringLiteral("1. อ่านกรณีศึกษา\n2. ตอบคำถาม\n\n3. \"Report\" back");
    breakout.facilitatorNotes = QStringLiteral("Private: {not JSON} [brackets] /slashes/ \\u0041");
    breakout.materials = {Material{QStringLiteral("ແບບຟອມ A"), QStringLiteral("https://example.org/a?x=1&y=2")},
                          Material{QStringLiteral("No link"), QString()}};
    breakout.fixedStart = QTime(0, 0);
    breakout.mayShorten = true;
    breakout.minimumMinutes = 600;
    breakout.breakout = BreakoutSettings{
        .grouping = Grouping::ByLanguage,
        .groupSize = 0,
        .groupCount = 7,
        .rounds = 3,
        .minutesPerRound = 9,
        .roles = {QStringLiteral("អ្នកអាន"), QStringLiteral("ผู้จับเวลา"), QString()},
        .broadcasts = {{.minutesBeforeEnd = 0, .text = QStringLiteral("ໝົດເວລາ\nTime is up")},
                       {.minutesBeforeEnd = 5, .text = QStringLiteral("5 minutes")}},
    };
    session.activities.push_back(breakout);

    for (ActivityKind kind : allActivityKinds()) {
        Activity plain;
        plain.kind = kind;
        plain.title = displayName(kind);
        plain.plannedMinutes = 0;
        session.activities.push_back(plain);
    }
    workshop.sessions.push_back(session);

    Session empty;
    empty.title = QStringLiteral("Session without activities or target end");
    empty.date = QDate(2027, 3, 1);
    empty.plannedStart = QTime(13, 30);
    workshop.sessions.push_back(empty);
    return workshop;
}

struct FixtureCase {
    QString name;
    QByteArray input;
    bool valid = true;
    std::vector<std::string> expected;
};

std::vector<FixtureCase> fixtureCases()
{
    std::vector<FixtureCase> cases;
    const QDir root(plansFixtures());
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        FixtureCase c;
        c.name = name;
        c.input = readBytes(root.filePath(name + QStringLiteral("/input.json")));
        const QString expectedPath = root.filePath(name + QStringLiteral("/expected-problems.txt"));
        if (QFile::exists(expectedPath)) {
            c.valid = false;
            for (const QString &line : QString::fromUtf8(readBytes(expectedPath)).split(u'\n', Qt::SkipEmptyParts))
                c.expected.push_back(line.toStdString());
        }
        cases.push_back(std::move(c));
    }
    return cases;
}

QString docsFile(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(SALA_FIXTURES_DIR "/../../docs/") + name);
}

QJsonObject schema()
{
    const QString path = docsFile(QStringLiteral("plan-format.schema.json"));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(readBytes(path), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QStringList enumOf(const QJsonObject &definition)
{
    QStringList values;
    for (const QJsonValue &value : definition.value(u"enum").toArray())
        if (!value.isNull())
            values << value.toString();
    return values;
}

} // namespace

TEST_CASE("workshopToJson_demoWorkshop_parsesBackIdentical", "[plan][json]")
{
    const Workshop demo = demoWorkshop(QDate(2026, 12, 1));
    const PlanParse parsed = parsePlan(workshopToJson(demo));
    CHECK(lines(parsed.problems).empty());
    REQUIRE(parsed.document);
    CHECK_FALSE(parsed.document->isSession);
    CHECK(text(workshopToJson(parsed.document->workshop)) == text(workshopToJson(demo)));
    CHECK(parsed.document->workshop == demo);
}

TEST_CASE("sessionToJson_demoSession_parsesBackAsASessionFile", "[plan][json]")
{
    const Session session = demoWorkshop(QDate(2026, 12, 1)).sessions.front();
    const PlanParse parsed = parsePlan(sessionToJson(session));
    CHECK(lines(parsed.problems).empty());
    REQUIRE(parsed.document);
    CHECK(parsed.document->isSession);
    REQUIRE(parsed.document->workshop.sessions.size() == 1);
    CHECK(parsed.document->workshop.sessions.front() == session);
    Workshop rest = parsed.document->workshop;
    rest.sessions.clear();
    CHECK(rest == Workshop{});
}

TEST_CASE("workshopToJson_everyFieldSurvives_includingKhmerThaiLaoAndLineBreaks", "[plan][json]")
{
    const Workshop workshop = everyFieldWorkshop();
    const QByteArray json = workshopToJson(workshop);
    const PlanParse parsed = parsePlan(json);
    CHECK(lines(parsed.problems).empty());
    REQUIRE(parsed.document);
    CHECK(parsed.document->workshop == workshop);
    CHECK(workshopToJson(parsed.document->workshop) == json);

    // Scripts are written as UTF-8, readable in any editor, not as \u escapes.
    CHECK(json.contains(QStringLiteral("ຊ່ວງທີ 1").toUtf8()));
    CHECK(json.contains(QByteArrayLiteral("\"Line one\\nLine two\\r\\n\\tindented")));
}

TEST_CASE("workshopToJson_writesTheDocumentedLayout", "[plan][json]")
{
    const QByteArray json = workshopToJson(everyFieldWorkshop());
    CHECK(json.startsWith("{\n  \"format\": \"sala-plan\",\n  \"version\": 1,\n  \"kind\": \"workshop\",\n"
                          "  \"workshop\": {\n    \"title\": "));
    CHECK(json.endsWith("}\n"));
    CHECK_FALSE(json.endsWith("\n\n"));
    CHECK_FALSE(json.contains("\"id\""));

    const auto inOrder = [&json](const std::vector<const char *> &keys) {
        qsizetype from = 0;
        for (const char *name : keys) {
            const QByteArray quoted = QByteArray("\"") + name + "\": ";
            const qsizetype at = json.indexOf(quoted, from);
            INFO(name);
            CHECK(at >= 0);
            from = at;
        }
    };
    inOrder({"title", "organizer", "platform", "timeZone", "secondTimeZone", "language", "description", "sessions"});
    inOrder({"sessions", "title", "date", "plannedStart", "targetEnd", "activities"});
    inOrder({"activities",       "kind",      "title",      "minutes",    "objective",       "instructions",   "facilitatorNotes",
             "materials",        "label",     "link",       "fixedStart", "mayShorten",      "minimumMinutes", "breakout",
             "grouping",         "groupSize", "groupCount", "rounds",     "minutesPerRound", "roles",          "broadcasts",
             "minutesBeforeEnd", "text"});

    // Optional values that are not set are left out, not written as null or "".
    CHECK_FALSE(json.contains("null"));
    const QByteArray session = sessionToJson(everyFieldWorkshop().sessions.back());
    CHECK(session.startsWith("{\n  \"format\": \"sala-plan\",\n  \"version\": 1,\n  \"kind\": \"session\",\n"
                             "  \"session\": {\n"));
    CHECK_FALSE(session.contains("targetEnd"));
    const QByteArray plain = sessionToJson(Session{.id = 9,
                                                   .title = QStringLiteral("S"),
                                                   .date = QDate(2027, 1, 1),
                                                   .plannedStart = QTime(9, 0),
                                                   .targetEnd = std::nullopt,
                                                   .activities = {Activity{}}});
    CHECK_FALSE(plain.contains("fixedStart"));
    CHECK_FALSE(plain.contains("breakout"));
    CHECK(plain.contains("\"objective\": \"\""));
    CHECK(plain.contains("\"materials\": []"));
    CHECK(plain.contains("\"mayShorten\": false"));
}

TEST_CASE("storedWorkshop_exportedAndParsed_equalsTheStoredOneWithoutIds", "[plan][json]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    PlanStore plans(*store.value());
    Workshop workshop = everyFieldWorkshop();
    REQUIRE(plans.insertWorkshop(workshop).ok());
    auto loaded = plans.loadWorkshop(workshop.id);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->sessions.front().activities.front().id != 0);

    const PlanParse parsed = parsePlan(workshopToJson(loaded.value()));
    REQUIRE(parsed.document);
    CHECK(parsed.document->workshop == withoutIds(loaded.value()));
    CHECK(parsed.document->workshop == everyFieldWorkshop());
}

TEST_CASE("parsePlan_everyFixtureCase_reportsExactlyTheExpectedProblems", "[plan][json]")
{
    const std::vector<FixtureCase> cases = fixtureCases();
    std::set<QString> names;
    for (const FixtureCase &c : cases) {
        names.insert(c.name);
        DYNAMIC_SECTION(c.name.toStdString())
        {
            const PlanParse parsed = parsePlan(c.input);
            CHECK(lines(parsed.problems) == c.expected);
            CHECK(parsed.document.has_value() == c.valid);
            if (!c.valid)
                CHECK_FALSE(c.expected.empty());
        }
    }
    // The cases the format promises to handle stay covered even if someone renames a folder.
    for (const char *required : {"malformed-json", "bom-valid", "wrong-format", "newer-version", "missing-title", "unknown-kind",
                                 "bad-time", "bad-zone", "negative-minutes", "minimum-above-minutes", "breakout-zero-rounds",
                                 "several-problems", "empty-file", "top-level-array"}) {
        INFO(required);
        CHECK(names.count(QString::fromLatin1(required)) == 1);
    }
}

TEST_CASE("parsePlan_severalProblems_listsEveryOneInOnePass", "[plan][json]")
{
    const PlanParse parsed = parsePlan(readBytes(plansFixtures() + QStringLiteral("/several-problems/input.json")));
    CHECK_FALSE(parsed.document);
    CHECK(parsed.problems.size() >= 15);
    std::set<QString> locations;
    for (const PlanProblem &problem : parsed.problems) {
        CHECK(problem.location.startsWith(u'/'));
        CHECK_FALSE(problem.message.isEmpty());
        locations.insert(problem.location);
    }
    CHECK(locations.size() == parsed.problems.size());
}

TEST_CASE("parsePlan_whenThereAreProblems_producesNothing", "[plan][json]")
{
    for (const FixtureCase &c : fixtureCases()) {
        INFO(c.name.toStdString());
        const PlanParse parsed = parsePlan(c.input);
        CHECK(parsed.document.has_value() == parsed.problems.empty());
    }
    // One bad value deep inside an otherwise perfect plan is enough to refuse it whole.
    Workshop workshop = demoWorkshop(QDate(2026, 12, 1));
    QByteArray json = workshopToJson(workshop);
    json.replace("\"minutes\": 35,", "\"minutes\": 601,");
    const PlanParse parsed = parsePlan(json);
    CHECK_FALSE(parsed.document);
    CHECK(lines(parsed.problems)
          == std::vector<std::string>{
              "/workshop/sessions/0/activities/5/minutes: minutes must be a whole number between 0 and 600, not 601"});
}

TEST_CASE("parsePlan_oddFiles_areReportedNeverThrown", "[plan][json]")
{
    const std::vector<QByteArray> inputs{QByteArray(),
                                         QByteArray("   \n\t"),
                                         QByteArray("\xEF\xBB\xBF"),
                                         QByteArray("42"),
                                         QByteArray("\"plan\""),
                                         QByteArray("null"),
                                         QByteArray("true"),
                                         QByteArray("[]"),
                                         QByteArray("{"),
                                         QByteArray("}"),
                                         QByteArray("\x00\x01\x02", 3),
                                         QByteArray("\xFF\xFE{\x00}\x00", 6),
                                         QByteArray("{\"format\": 1e999}"),
                                         QByteArray("{\"a\": \"\xC3\"}"),
                                         QByteArray(10000, '['),
                                         QByteArray("{} {}"),
                                         QByteArray("{\"format\": []}")};
    for (const QByteArray &input : inputs) {
        INFO(input.left(40).toStdString());
        PlanParse parsed;
        CHECK_NOTHROW(parsed = parsePlan(input));
        CHECK_FALSE(parsed.document);
        REQUIRE(parsed.problems.size() == 1);
        CHECK((parsed.problems.front().location.isEmpty() || parsed.problems.front().location == u"/format"));
        CHECK_FALSE(parsed.problems.front().message.isEmpty());
    }
}

TEST_CASE("parsePlan_deeplyNestedValues_areHandledWithoutRunningOutOfStack", "[plan][json]")
{
    constexpr qsizetype depth = 100000;
    const QByteArray session = sessionToJson(demoWorkshop(QDate(2026, 12, 1)).sessions.front());
    const QByteArray nested = QByteArray(depth, '[') + QByteArray(depth, ']');
    QByteArray unknown = session;
    unknown.insert(1, QByteArray("\"extra\": ") + nested + QByteArray(","));
    CHECK(parsePlan(unknown).document.has_value());

    QByteArray misplaced = session;
    const QByteArray replacement = QByteArray("\"objective\": ") + nested + QByteArray(", \"x\": \"Participants");
    misplaced.replace(QByteArray("\"objective\": \"Participants"), replacement);
    const PlanParse parsed = parsePlan(misplaced);
    CHECK(lines(parsed.problems)
          == std::vector<std::string>{"/session/activities/0/objective: objective must be text in double quotes, not a list"});
}

TEST_CASE("parsePlan_syntaxError_namesLineAndColumnInCharacters", "[plan][json]")
{
    // Column 21 counts the three Thai letters as three characters, as an editor does, not nine bytes.
    PlanParse parsed = parsePlan(QByteArray("{\"a\": \"ไทย\", \"b\": 1 \"c\": 2}"));
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems.front().message.toStdString()
          == "The file is not valid JSON: unexpected text in double quotes at line 1, column 21 (expected a comma or "
             "a closing }).");

    parsed = parsePlan(QByteArray("{\n  \"format\": \"sala-plan\",\n  \"version\": tru\n}"));
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems.front().message.startsWith(u"The file is not valid JSON: an unknown word at line 3, column 14"));

    parsed = parsePlan(QByteArray("{\n  \"title\": \"two\nlines\"\n}"));
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems.front().message.startsWith(
        u"The file is not valid JSON: a line break inside a text at line 2, column 16"));
}

TEST_CASE("parsePlan_byteOrderMark_isSkipped", "[plan][json]")
{
    const Session session = demoWorkshop(QDate(2026, 12, 1)).sessions.front();
    const PlanParse parsed = parsePlan(QByteArray("\xEF\xBB\xBF") + sessionToJson(session));
    REQUIRE(parsed.document);
    CHECK(parsed.document->workshop.sessions.front() == session);
}

TEST_CASE("parsePlan_leftOutMembers_takeTheDocumentedDefaults", "[plan][json]")
{
    const PlanParse parsed = parsePlan(readBytes(plansFixtures() + QStringLiteral("/minimal-defaults/input.json")));
    REQUIRE(parsed.document);
    const Workshop &workshop = parsed.document->workshop;
    CHECK(workshop.organizer.isEmpty());
    CHECK(workshop.platform == Platform::Zoom);
    CHECK(workshop.secondTimeZone.isEmpty());
    CHECK(workshop.language == u"en");
    CHECK(workshop.description.isEmpty());
    REQUIRE(workshop.sessions.size() == 1);
    const Session &session = workshop.sessions.front();
    CHECK_FALSE(session.targetEnd);
    REQUIRE(session.activities.size() == 1);
    const Activity &activity = session.activities.front();
    CHECK(activity.objective.isEmpty());
    CHECK(activity.instructions.isEmpty());
    CHECK(activity.facilitatorNotes.isEmpty());
    CHECK(activity.materials.empty());
    CHECK_FALSE(activity.fixedStart);
    CHECK_FALSE(activity.mayShorten);
    CHECK(activity.minimumMinutes == 0);
    REQUIRE(activity.breakout);
    CHECK(*activity.breakout
          == BreakoutSettings{.grouping = Grouping::HomeGroups,
                              .groupSize = 2,
                              .groupCount = 0,
                              .rounds = 1,
                              .minutesPerRound = 15,
                              .roles = {},
                              .broadcasts = {}});
}

TEST_CASE("parsePlan_nullMembers_meanTheSameAsLeftOut", "[plan][json]")
{
    const PlanParse withNulls = parsePlan(readBytes(plansFixtures() + QStringLiteral("/null-optional-members/input.json")));
    REQUIRE(withNulls.document);
    const Activity &activity = withNulls.document->workshop.sessions.front().activities.front();
    CHECK_FALSE(activity.fixedStart);
    CHECK_FALSE(activity.breakout);
    CHECK(withNulls.document->workshop.platform == Platform::Zoom);
    CHECK(withNulls.document->workshop.language == u"en");
    CHECK_FALSE(withNulls.document->workshop.sessions.front().targetEnd);
}

TEST_CASE("parsePlan_wholeNumbers_mayCarryAZeroFraction", "[plan][json]")
{
    Session session;
    session.title = QStringLiteral("S");
    session.date = QDate(2027, 1, 1);
    session.plannedStart = QTime(9, 0);
    Activity activity;
    activity.title = QStringLiteral("A");
    activity.plannedMinutes = 30;
    session.activities.push_back(activity);
    QByteArray json = sessionToJson(session);

    QByteArray decimal = json;
    decimal.replace("\"minutes\": 30", "\"minutes\": 30.0");
    const PlanParse accepted = parsePlan(decimal);
    REQUIRE(accepted.document);
    CHECK(accepted.document->workshop.sessions.front() == session);

    json.replace("\"minutes\": 30", "\"minutes\": 12.5");
    CHECK(
        lines(parsePlan(json).problems)
        == std::vector<std::string>{"/session/activities/0/minutes: minutes must be a whole number between 0 and 600, not 12.5"});
}

TEST_CASE("describeProblems_givesOneLinePerProblemWithFileAndLocation", "[plan][json]")
{
    const std::vector<PlanProblem> problems{
        {QString(), QStringLiteral("The file is empty.")},
        {QStringLiteral("/workshop/title"), QStringLiteral("title is missing")},
    };
    CHECK(describeProblems(QStringLiteral("plans/day1.json"), problems).toStdString()
          == "plans/day1.json: The file is empty.\nplans/day1.json: /workshop/title: title is missing");
    CHECK(describeProblems(QStringLiteral("x.json"), {}).isEmpty());
}

TEST_CASE("planFormatSchema_isValidJsonAndMatchesTheKeysSalaUses", "[plan][json]")
{
    const QJsonObject root = schema();
    CHECK(root.value(u"$schema").toString() == u"https://json-schema.org/draft/2020-12/schema");
    const QJsonObject defs = root.value(u"$defs").toObject();

    QStringList kinds;
    for (ActivityKind kind : allActivityKinds())
        kinds << key(kind);
    CHECK(
        enumOf(defs.value(u"activity").toObject().value(u"properties").toObject().value(u"kind").toObject()).join(u' ').toStdString()
        == kinds.join(u' ').toStdString());

    const QStringList platforms = enumOf(
        defs.value(u"workshop").toObject().value(u"properties").toObject().value(u"platform").toObject());
    CHECK(platforms.size() == 4);
    for (const QString &platform : platforms)
        CHECK(platformFromKey(platform).has_value());

    const QStringList groupings = enumOf(
        defs.value(u"breakout").toObject().value(u"properties").toObject().value(u"grouping").toObject());
    CHECK(groupings.size() == 5);
    for (const QString &grouping : groupings)
        CHECK(groupingFromKey(grouping).has_value());

    CHECK(root.value(u"properties").toObject().value(u"version").toObject().value(u"const").toInt() == planFormatVersion);
}

TEST_CASE("planFormatDocs_exampleIsAValidPlanWrittenTheWaySalaWritesIt", "[plan][json]")
{
    const QString docs = QString::fromUtf8(readBytes(docsFile(QStringLiteral("plan-format.md"))));
    const QString fence = QStringLiteral("```json\n");
    const qsizetype start = docs.indexOf(fence);
    REQUIRE(start >= 0);
    const qsizetype end = docs.indexOf(QStringLiteral("```"), start + fence.size());
    REQUIRE(end > start);
    const QByteArray example = docs.mid(start + fence.size(), end - start - fence.size()).toUtf8();

    const PlanParse parsed = parsePlan(example);
    CHECK(lines(parsed.problems).empty());
    REQUIRE(parsed.document);
    CHECK(parsed.document->isSession);
    // The example shows the layout an export produces, byte for byte.
    CHECK(text(sessionToJson(parsed.document->workshop.sessions.front())) == text(example));
}
