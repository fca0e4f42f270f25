// `sala-cli groups make` as a trainer runs it: the quick form, a problem file with constraints,
// every output format, invalid files listed by JSON location with exit code 7.

#include "cli/clirun.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <set>

using namespace sala::test;

namespace {

const QByteArray workshopProblem = R"({
  "participants": [
    {"id": "a1", "name": "Bopha", "email": "bopha@example.org", "attrs": {"country": "KH", "sex": "F"}},
    {"id": "a2", "name": "Chanthy", "email": "chanthy@example.org", "attrs": {"country": "KH", "sex": "M"}},
    {"id": "a3", "name": "Somsak", "email": "somsak@example.org", "attrs": {"country": "TH", "sex": "M"}},
    {"id": "a4", "name": "Malee", "email": "malee@example.org", "attrs": {"country": "TH", "sex": "F"}},
    {"id": "a5", "name": "Noy", "attrs": {"country": "LA", "sex": "F"}},
    {"id": "a6", "name": "Khamla", "email": "khamla@example.org", "attrs": {"country": "LA", "sex": "M"}},
    {"id": "a7", "name": "Aida binti Yusof", "email": "aida@example.org", "attrs": {"country": "MY", "sex": "F"}},
    {"id": "a8", "name": "Jose Reyes Jr.", "email": "jose@example.org", "attrs": {"country": "PH", "sex": "M"}}
  ],
  "constraints": {"num_groups": 2, "keep_apart": [["a1", "a2"]], "balance_attrs": ["country"]}
})";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    writeBytes(path, bytes);
    return path;
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

int roomOf(const QJsonArray &round, const QString &id)
{
    for (qsizetype k = 0; k < round.size(); ++k)
        if (round.at(k).toArray().contains(id))
            return int(k);
    return -1;
}

} // namespace

TEST_CASE("cliGroups_helpListsGroupsMake", "[cli][groups]")
{
    QTemporaryDir home;
    const Run run = runCli({QStringLiteral("--help")}, home.path());
    CHECK(run.exitCode == 0);
    for (const char *text : {"groups make PROBLEM.json", "--people N --size P --rounds W", "--time-limit", "--seed", "zoom-csv"})
        CHECK(run.out.contains(QString::fromLatin1(text)));
}

TEST_CASE("cliGroups_quickFormKirkman_sevenRoundsWithoutARepeatedPair", "[cli][groups]")
{
    QTemporaryDir home;
    const Run run = runCli({QStringLiteral("groups"), QStringLiteral("make"), QStringLiteral("--people"), QStringLiteral("15"),
                            QStringLiteral("--size"), QStringLiteral("3"), QStringLiteral("--rounds"), QStringLiteral("7")},
                           home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = json(run);
    const QJsonArray rounds = root.value(QStringLiteral("rounds")).toArray();
    REQUIRE(rounds.size() == 7);
    std::set<std::pair<QString, QString>> pairs;
    int meetings = 0;
    for (const QJsonValue &round : rounds)
        for (const QJsonValue &room : round.toArray()) {
            const QJsonArray ids = room.toArray();
            CHECK(ids.size() == 3);
            for (const QJsonValue &a : ids)
                for (const QJsonValue &b : ids)
                    if (a.toString() < b.toString()) {
                        pairs.insert({a.toString(), b.toString()});
                        ++meetings;
                    }
        }
    CHECK(meetings == 105);
    CHECK(pairs.size() == 105); // every pair of the fifteen exactly once
    const QJsonObject stats = root.value(QStringLiteral("statistics")).toObject();
    CHECK(stats.value(QStringLiteral("repeated_pairs")).toInt() == 0);
    CHECK(stats.value(QStringLiteral("lower_bound")).toInt() == 0);
}

TEST_CASE("cliGroups_problemFile_constraintsHonouredAndStatisticsGiven", "[cli][groups]")
{
    QTemporaryDir home;
    const QString problem = writeFile(home, QStringLiteral("problem.json"), workshopProblem);
    const Run run = runCli({QStringLiteral("groups"), QStringLiteral("make"), problem, QStringLiteral("--rounds"),
                            QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("4")},
                           home.path());
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = json(run);
    const QJsonArray rounds = root.value(QStringLiteral("rounds")).toArray();
    REQUIRE(rounds.size() == 3);
    for (const QJsonValue &round : rounds) {
        CHECK(round.toArray().size() == 2);
        CHECK(roomOf(round.toArray(), QStringLiteral("a1")) != roomOf(round.toArray(), QStringLiteral("a2")));
    }
    const QJsonObject stats = root.value(QStringLiteral("statistics")).toObject();
    CHECK(stats.value(QStringLiteral("keep_apart_violations")).toInt() == 0);
    CHECK(stats.value(QStringLiteral("imbalance_per_round")).toArray().size() == 3);
    CHECK(stats.value(QStringLiteral("seed")).toInt() == 4);
    // The same seed gives the same rooms.
    const Run again = runCli({QStringLiteral("groups"), QStringLiteral("make"), problem, QStringLiteral("--rounds"),
                              QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("4")},
                             home.path());
    CHECK(json(again).value(QStringLiteral("rounds")) == root.value(QStringLiteral("rounds")));
}

TEST_CASE("cliGroups_zoomCsv_exactHeaderAndWarningForMissingEmail", "[cli][groups]")
{
    QTemporaryDir home;
    const QString problem = writeFile(home, QStringLiteral("problem.json"), workshopProblem);
    const Run run = runCli({QStringLiteral("groups"), QStringLiteral("make"), problem, QStringLiteral("--rounds"),
                            QStringLiteral("2"), QStringLiteral("--format"), QStringLiteral("zoom-csv"),
                            QStringLiteral("--round"), QStringLiteral("2")},
                           home.path());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 8); // header and seven people with an address
    CHECK(lines.first() == QStringLiteral("Pre-assign Room Name,Email Address"));
    for (qsizetype i = 1; i < lines.size(); ++i)
        CHECK(lines.at(i).contains(QRegularExpression(QStringLiteral("^Room [12],[a-z]+@example\\.org$"))));
    CHECK(run.err.contains(QStringLiteral("Noy")));
    CHECK(run.err.contains(QStringLiteral("warning")));
}

TEST_CASE("cliGroups_csvAndText_oneLinePerPersonOrRoom", "[cli][groups]")
{
    QTemporaryDir home;
    const QStringList quick{QStringLiteral("groups"), QStringLiteral("make"), QStringLiteral("--people"), QStringLiteral("8"),
                            QStringLiteral("--size"), QStringLiteral("2"),    QStringLiteral("--rounds"), QStringLiteral("3")};
    const Run csv = runCli(quick + QStringList{QStringLiteral("--format"), QStringLiteral("csv")}, home.path());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith(QStringLiteral("round,room,room_name,id,name,email\r\n1,1,Room 1,")));
    CHECK(csv.out.count(QStringLiteral("\r\n")) == 1 + 3 * 8);
    const Run text = runCli(quick + QStringList{QStringLiteral("--format"), QStringLiteral("text")}, home.path());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.startsWith(QStringLiteral("Round 1\nRoom 1: ")));
    CHECK(text.out.count(QStringLiteral("Room ")) == 3 * 4);
}

TEST_CASE("cliGroups_invalidFile_everyProblemListedWithExitSeven", "[cli][groups][invalid]")
{
    QTemporaryDir home;
    const QString problem = writeFile(home, QStringLiteral("bad.json"), R"({
      "participants": [{"id": "p1"}, {"id": "p2"}, {"id": "p3"}],
      "constraints": {"num_groups": 1, "keep_apart": [["p1", "p9"]], "pinned": [{"id": "p3", "group": "first"}]}
    })");
    const Run run = runCli({QStringLiteral("groups"), QStringLiteral("make"), problem}, home.path());
    CHECK(run.exitCode == 7);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("bad.json: /constraints/keep_apart/0/1: no participant has the id \"p9\"")));
    CHECK(run.err.contains(QStringLiteral("bad.json: /constraints/pinned/0/group: must be a whole number")));
}

TEST_CASE("cliGroups_sizesThatDoNotAddUp_exitSevenNamingGroupSizes", "[cli][groups][invalid]")
{
    QTemporaryDir home;
    const QString problem = writeFile(home, QStringLiteral("sizes.json"), R"({
      "participants": [{"id": "p1"}, {"id": "p2"}, {"id": "p3"}, {"id": "p4"}, {"id": "p5"}],
      "constraints": {"group_sizes": [2, 2]}
    })");
    const Run run = runCli({QStringLiteral("groups"), QStringLiteral("make"), problem}, home.path());
    CHECK(run.exitCode == 7);
    CHECK(run.err.contains(QStringLiteral("sizes.json: /constraints/group_sizes: in round 1: the room sizes add up to 4, "
                                          "but 5 people take part")));
}

TEST_CASE("cliGroups_impossibleRequest_explainedOnStandardError", "[cli][groups]")
{
    QTemporaryDir home;
    const Run run = runCli({QStringLiteral("groups"), QStringLiteral("make"), QStringLiteral("--people"), QStringLiteral("36"),
                            QStringLiteral("--size"), QStringLiteral("6"), QStringLiteral("--rounds"), QStringLiteral("5"),
                            QStringLiteral("--time-limit"), QStringLiteral("0.3")},
                           home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("At most 3 of the 5 rounds can be free of repeated pairs")));
    CHECK(json(run).value(QStringLiteral("statistics")).toObject().value(QStringLiteral("notes")).toArray().size() >= 2);
}

TEST_CASE("cliGroups_wrongUsage_exitOne", "[cli][groups]")
{
    QTemporaryDir home;
    const QString missing = home.filePath(QStringLiteral("none.json"));
    CHECK(runCli({QStringLiteral("groups")}, home.path()).exitCode == 1);
    CHECK(runCli({QStringLiteral("groups"), QStringLiteral("shuffle")}, home.path()).exitCode == 1);
    CHECK(runCli({QStringLiteral("groups"), QStringLiteral("make"), QStringLiteral("--people"), QStringLiteral("8"),
                  QStringLiteral("--size"), QStringLiteral("2")},
                 home.path())
              .exitCode
          == 1);
    CHECK(runCli({QStringLiteral("groups"), QStringLiteral("make"), QStringLiteral("--people"), QStringLiteral("8"),
                  QStringLiteral("--size"), QStringLiteral("2"), QStringLiteral("--rounds"), QStringLiteral("2"),
                  QStringLiteral("--format"), QStringLiteral("pdf")},
                 home.path())
              .exitCode
          == 1);
    CHECK(runCli({QStringLiteral("groups"), QStringLiteral("make"), missing}, home.path()).exitCode == 2);
}

TEST_CASE("cliGroups_out_writesTheFileAndRefusesToReplaceWithoutForce", "[cli][groups]")
{
    QTemporaryDir home;
    const QString out = home.filePath(QStringLiteral("rooms.csv"));
    const QStringList arguments{QStringLiteral("groups"),   QStringLiteral("make"),   QStringLiteral("--people"),
                                QStringLiteral("6"),        QStringLiteral("--size"), QStringLiteral("3"),
                                QStringLiteral("--rounds"), QStringLiteral("1"),      QStringLiteral("--format"),
                                QStringLiteral("csv"),      QStringLiteral("--out"),  out};
    REQUIRE(runCli(arguments, home.path()).exitCode == 0);
    CHECK(readBytes(out).startsWith("round,room,room_name,id,name,email"));
    CHECK(runCli(arguments, home.path()).exitCode != 0);
    CHECK(runCli(arguments + QStringList{QStringLiteral("--force")}, home.path()).exitCode == 0);
}
