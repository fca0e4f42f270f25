// PROBLEM.json as a trainer writes it and the answer Sala gives: the documented example reads,
// every mistake is named by its JSON Pointer, the answer reads back, and the exports for Zoom,
// Teams and Meet have the exact shape those platforms take.

#include "groups/groupexport.h"
#include "groups/groupsjson.h"
#include "groups/groupsolver.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sala;

namespace {

const QByteArray example = R"({
  "participants": [
    {"id": "p01", "role": "participant", "attrs": {"country": "TH", "sex": "F", "lang": "th"}},
    {"id": "p02", "name": "Sokha Chan", "email": "sokha@example.org", "attrs": {"country": "KH", "sex": "M", "lang": "th"}},
    {"id": "p03", "attrs": {"country": "LA", "sex": "F", "lang": "th"}},
    {"id": "p04", "attrs": {"country": "TH", "sex": "M", "lang": "th"}},
    {"id": "p05", "attrs": {"country": "KH", "sex": "F", "lang": "th"}},
    {"id": "p06", "attrs": {"country": "LA", "sex": "M", "lang": "th"}},
    {"id": "p07", "attrs": {"country": "TH", "sex": "F", "lang": "th"}},
    {"id": "f1", "role": "facilitator"}
  ],
  "history": [ [["p01", "p02", "p03", "f1"], ["p04", "p05", "p06", "p07"]] ],
  "attendance": {"p07": [0, 1]},
  "constraints": {"num_groups": 2, "keep_apart": [["p01", "p04"]], "keep_together": [["p05", "p06"]],
                  "pinned": [{"id": "f1", "group": 0, "rounds": null}],
                  "balance_attrs": ["country", "sex"], "exclude_roles_from_pairs": ["facilitator"],
                  "max_meetings": 1}
})";

QStringList issueLines(const GroupsParse &parse)
{
    QStringList lines;
    for (const GroupIssue &issue : parse.issues)
        lines << issue.location + QStringLiteral(": ") + issue.message;
    return lines;
}

GroupProblem fourPeople()
{
    GroupProblem problem;
    for (const char *id : {"a", "b", "c", "d"}) {
        GroupPerson person;
        person.id = QString::fromLatin1(id);
        person.name = QStringLiteral("Person ") + person.id.toUpper();
        person.email = person.id + QStringLiteral("@example.org");
        problem.people.push_back(person);
    }
    problem.constraints.numGroups = 2;
    return problem;
}

} // namespace

TEST_CASE("groupsJson_documentedExample_reads", "[groups][json]")
{
    const GroupsParse parse = parseGroupProblem(example);
    INFO(issueLines(parse).join(u'\n').toStdString());
    REQUIRE(parse.problem.has_value());
    const GroupProblem &problem = *parse.problem;
    REQUIRE(problem.people.size() == 8);
    CHECK(problem.people[1].name == QStringLiteral("Sokha Chan"));
    CHECK(problem.people[1].email == QStringLiteral("sokha@example.org"));
    CHECK(problem.people[0].attrs.at(QStringLiteral("country")) == QStringLiteral("TH"));
    CHECK(problem.people[2].role == QStringLiteral("participant"));
    CHECK(problem.people[7].role == QStringLiteral("facilitator"));
    CHECK(problem.history.size() == 1);
    CHECK(problem.attendance.at(6) == std::vector<int>{0, 1});
    CHECK(problem.constraints.numGroups == 2);
    CHECK(problem.constraints.keepApart == std::vector<std::vector<int>>{{0, 3}});
    CHECK(problem.constraints.keepTogether == std::vector<std::vector<int>>{{4, 5}});
    REQUIRE(problem.constraints.pinned.size() == 1);
    CHECK(problem.constraints.pinned[0].person == 7);
    CHECK_FALSE(problem.constraints.pinned[0].rounds.has_value());
    CHECK(checkGroupProblem(problem).empty());
}

TEST_CASE("groupsJson_exampleInTheDocumentation_isValidAndSolves", "[groups][json]")
{
    QFile file(QStringLiteral(SALA_FIXTURES_DIR "/../../docs/groups-format.md"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const qsizetype start = text.indexOf("```json\n") + 8;
    const QByteArray example = text.mid(start, text.indexOf("```", start) - start);
    const GroupsParse parse = parseGroupProblem(example);
    INFO(issueLines(parse).join(u'\n').toStdString());
    REQUIRE(parse.problem.has_value());
    CHECK(checkGroupProblem(*parse.problem).empty());
    const auto solution = solveGroups(*parse.problem);
    REQUIRE(solution.ok());
    CHECK(solution->rounds.size() == 3);
    for (const GroupRound &round : solution->rounds) {
        CHECK(round.size() == 2);
        // f1 joins room 0, the Khmer room, whatever the languages around it.
        CHECK(std::find(round[0].begin(), round[0].end(), 6) != round[0].end());
    }
}

TEST_CASE("groupsJson_answer_addsRoundsAndStatisticsAndReadsBack", "[groups][json]")
{
    GroupProblem problem = *parseGroupProblem(example).problem;
    problem.numRounds = 3;
    GroupSolveOptions options;
    options.stallIterations = 2000;
    const auto solution = solveGroups(problem, options);
    REQUIRE(solution.ok());
    const QByteArray json = groupsToJson(problem, &solution.value());
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root.value(QStringLiteral("rounds")).toArray().size() == 3);
    const QJsonObject stats = root.value(QStringLiteral("statistics")).toObject();
    for (const char *key : {"repeated_pairs", "lower_bound", "imbalance_per_round", "repeats", "method", "seed",
                            "keep_apart_violations", "keep_together_violations", "notes"})
        CHECK(stats.contains(QLatin1String(key)));
    CHECK(stats.value(QStringLiteral("imbalance_per_round")).toArray().size() == 3);
    // The answer is itself a valid problem whose rounds are all fixed.
    const GroupsParse again = parseGroupProblem(json);
    INFO(issueLines(again).join(u'\n').toStdString());
    REQUIRE(again.problem.has_value());
    CHECK(again.problem->fixedRounds == solution->rounds);
    CHECK(again.problem->people == problem.people);
    CHECK(again.problem->constraints == problem.constraints);
    CHECK(again.problem->history == problem.history);
}

TEST_CASE("groupsJson_problemOnly_roundTripsExactly", "[groups][json]")
{
    const GroupProblem problem = *parseGroupProblem(example).problem;
    const QByteArray once = groupsToJson(problem);
    const GroupsParse parse = parseGroupProblem(once);
    REQUIRE(parse.problem.has_value());
    CHECK(*parse.problem == problem);
    CHECK(groupsToJson(*parse.problem) == once);
}

TEST_CASE("groupsJson_everyMistake_namedByItsLocation", "[groups][json][invalid]")
{
    const QByteArray broken = R"({
      "participants": [{"id": "p01"}, {"id": "p01"}, {"name": "no id"}, "p04", {"id": "p05", "attrs": {"age": [1]}}],
      "rounds": [[["p01", "p99"]]],
      "attendance": {"nobody": [0], "p05": ["first"]},
      "constraints": {"num_groups": 0, "keep_apart": [["p01", 7]], "pinned": [{"id": "p05"}],
                      "min_size": 5, "max_size": 3, "balance_attr": ["country"]},
      "extra": true
    })";
    const GroupsParse parse = parseGroupProblem(broken);
    CHECK_FALSE(parse.problem.has_value());
    const QString all = issueLines(parse).join(u'\n');
    INFO(all.toStdString());
    for (const char *expected : {
             "/participants/1/id: \"p01\" is the id of an earlier participant too",
             "/participants/2/id: id is missing",
             "/participants/3: each participant must be an object",
             "/participants/4/attrs/age: must be text",
             "/rounds/0/0/1: no participant has the id \"p99\"",
             "/attendance/nobody: no participant has the id \"nobody\"",
             "/attendance/p05/0: must be a whole number",
             "/constraints/num_groups: must be a whole number from 1",
             "/constraints/keep_apart/0/1: must be a participant id",
             "/constraints/pinned/0/group: group is missing",
             "/constraints/min_size: min_size (5) is above max_size (3)",
             "/constraints/balance_attr: unknown member \"balance_attr\"",
             "/extra: unknown member \"extra\"",
         })
        CHECK(all.contains(QString::fromUtf8(expected)));
}

TEST_CASE("groupsJson_everyTruncationAndMangling_isReportedNeverACrash", "[groups][json][invalid]")
{
    // Cut the example at every byte, and swap single characters for troublesome ones: each
    // result is either a valid problem (then it is checked and solved) or a list of problems.
    std::vector<QByteArray> variants;
    for (qsizetype cut = 0; cut < example.size(); ++cut)
        variants.push_back(example.left(cut));
    const QByteArray swaps = "\"{}[],:0-9.e x\\";
    for (qsizetype at = 0; at < example.size(); at += 7) {
        QByteArray changed = example;
        changed[at] = swaps.at(at % swaps.size());
        variants.push_back(changed);
    }
    int valid = 0;
    for (const QByteArray &bytes : variants) {
        const GroupsParse parse = parseGroupProblem(bytes);
        CHECK(parse.problem.has_value() == parse.issues.empty());
        if (!parse.problem)
            continue;
        ++valid;
        if (!checkGroupProblem(*parse.problem).empty())
            continue;
        GroupSolveOptions options;
        options.stallIterations = 200;
        CHECK(solveGroups(*parse.problem, options).ok());
    }
    CHECK(valid > 0);
}

TEST_CASE("groupsJson_syntaxError_givesLineAndColumn", "[groups][json][invalid]")
{
    const GroupsParse parse = parseGroupProblem("{\n  \"participants\": [\n    {\"id\": \"p01\",}\n  ]\n}\n");
    REQUIRE(parse.issues.size() == 1);
    CHECK(parse.issues.front().message.startsWith(QStringLiteral("line 3, column")));
    CHECK(parse.issues.front().message.contains(QStringLiteral("not valid JSON")));
    CHECK(parseGroupProblem("[1, 2]").issues.front().message.contains(QStringLiteral("not a breakout problem")));
}

TEST_CASE("groupsJson_describeIssues_namesFileLocationAndMessage", "[groups][json]")
{
    const QString text = describeGroupIssues(QStringLiteral("problem.json"),
                                             {{QStringLiteral("/constraints/num_groups"), QStringLiteral("too few")},
                                              {QString(), QStringLiteral("broken")}});
    CHECK(text == QStringLiteral("problem.json: /constraints/num_groups: too few\nproblem.json: broken"));
}

TEST_CASE("zoomCsv_exactHeaderAndOneRowPerPersonWithEmail", "[groups][export]")
{
    GroupProblem problem = fourPeople();
    problem.people[3].email.clear();
    const GroupRound round{{0, 1}, {2, 3}};
    const ZoomCsv csv = zoomPreassignCsv(problem, round, {QStringLiteral("Finance, cash flow"), QString()});
    CHECK(csv.csv
          == QByteArray("Pre-assign Room Name,Email Address\r\n"
                        "\"Finance, cash flow\",a@example.org\r\n"
                        "\"Finance, cash flow\",b@example.org\r\n"
                        "Room 2,c@example.org\r\n"));
    CHECK(csv.rows == 3);
    REQUIRE(csv.warnings.size() == 1);
    CHECK(csv.warnings.front().contains(QStringLiteral("Person D")));
}

TEST_CASE("zoomCsv_beyondZoomLimits_warns", "[groups][export]")
{
    GroupProblem problem;
    GroupRound round;
    for (int i = 0; i < 1010; ++i) {
        GroupPerson person;
        person.id = QString::number(i);
        person.email = QStringLiteral("p%1@example.org").arg(i);
        problem.people.push_back(person);
        if (i % 10 == 0)
            round.emplace_back();
        round.back().push_back(i);
    }
    const ZoomCsv csv = zoomPreassignCsv(problem, round);
    CHECK(round.size() == 101);
    CHECK(csv.rows == 1010);
    const QString warnings = csv.warnings.join(u'\n');
    CHECK(warnings.contains(QStringLiteral("at most 100 rooms; this round has 101")));
    CHECK(warnings.contains(QStringLiteral("at most 1000 people; this round has 1010")));
}

TEST_CASE("zoomCsv_sharedAddress_warns", "[groups][export]")
{
    GroupProblem problem = fourPeople();
    problem.people[1].email = QStringLiteral("A@example.org");
    const ZoomCsv csv = zoomPreassignCsv(problem, {{0, 2}, {1, 3}});
    CHECK(csv.warnings.join(u'\n').contains(QStringLiteral("share the address a@example.org")));
}

TEST_CASE("roomListText_roundsAndRoomsWithNamesForTheChat", "[groups][export]")
{
    const GroupProblem problem = fourPeople();
    const std::vector<GroupRound> rounds{{{0, 1}, {2, 3}}, {{0, 2}, {1, 3}}};
    CHECK(roomListText(problem, rounds)
          == QStringLiteral("Round 1\nRoom 1: Person A, Person B\nRoom 2: Person C, Person D\n\n"
                            "Round 2\nRoom 1: Person A, Person C\nRoom 2: Person B, Person D\n"));
    CHECK(roomListText(problem, rounds, 1, {QStringLiteral("Pricing")})
          == QStringLiteral("Round 2\nPricing: Person A, Person C\nRoom 2: Person B, Person D\n"));
}

TEST_CASE("scheduleCsv_oneRowPerPersonAndRound", "[groups][export]")
{
    const GroupProblem problem = fourPeople();
    const QByteArray csv = scheduleCsv(problem, {{{0, 1}, {2, 3}}});
    CHECK(csv.startsWith("round,room,room_name,id,name,email\r\n1,1,Room 1,a,Person A,a@example.org\r\n"));
    CHECK(csv.count("\r\n") == 5);
}
