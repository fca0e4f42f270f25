// Roles on the roster: facilitators, interpreters and observers are stored per enrolment, read
// from a "Role" column, exported, placed in breakout rooms without being counted, and kept out of
// the participants' numbers.

#include "demo/demoseeder.h"
#include "demo/demoworkshop.h"
#include "domain/roles.h"
#include "groups/groupsolver.h"
#include "groups/rostergroups.h"
#include "roster/registrationfile.h"
#include "roster/rosterexport.h"
#include "roster/rosterimport.h"
#include "store/migrator.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <map>
#include <set>

using namespace sala;
using namespace sala::test;

namespace {

struct Database {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 workshopId = 0;

    Database()
    {
        auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        Workshop workshop;
        workshop.title = QStringLiteral("Cash flow in a crisis");
        workshop.timeZone = QStringLiteral("Asia/Bangkok");
        REQUIRE(PlanStore(*store).insertWorkshop(workshop).ok());
        workshopId = workshop.id;
    }
    qint64 secondWorkshop()
    {
        Workshop workshop;
        workshop.title = QStringLiteral("Pricing for profit");
        workshop.timeZone = QStringLiteral("Asia/Manila");
        REQUIRE(PlanStore(*store).insertWorkshop(workshop).ok());
        return workshop.id;
    }
    std::vector<Participant> roster(qint64 workshop = 0) const
    {
        auto people = RosterStore(*store).participantsOf(workshop == 0 ? workshopId : workshop);
        REQUIRE(people.ok());
        return people.value();
    }
};

Participant person(const QString &name, ParticipantRole role = ParticipantRole::Participant, const QString &language = {})
{
    Participant p;
    p.name = name;
    p.role = role;
    p.country = QStringLiteral("TH");
    if (!language.isEmpty())
        p.languages = {language};
    return p;
}

std::map<qint64, ParticipantRole> rolesById(const std::vector<Participant> &people)
{
    std::map<qint64, ParticipantRole> roles;
    for (const Participant &p : people)
        roles[p.id] = p.role;
    return roles;
}

GroupSolveOptions quick()
{
    GroupSolveOptions options;
    options.timeLimitMs = 20000; // never reached: these small cases stall first
    options.stallIterations = 3000;
    return options;
}

// A roster of `participants` people (ids 1…) followed by the given team, ids after them.
std::vector<Participant> rosterWithTeam(int participants, const std::vector<ParticipantRole> &team)
{
    std::vector<Participant> roster;
    for (int i = 0; i < participants; ++i) {
        Participant p = person(QStringLiteral("Participant %1").arg(i + 1));
        p.id = i + 1;
        p.sex = i % 2 == 0 ? Sex::Female : Sex::Male;
        roster.push_back(p);
    }
    for (std::size_t i = 0; i < team.size(); ++i) {
        Participant p = person(QStringLiteral("Team %1").arg(i + 1), team[i]);
        p.id = 1000 + qint64(i);
        roster.push_back(p);
    }
    return roster;
}

} // namespace

TEST_CASE("parseParticipantRole_knowsTheWordsTrainersWrite", "[roster][roles]")
{
    CHECK(parseParticipantRole(QStringLiteral("Co-Facilitator")) == ParticipantRole::Facilitator);
    CHECK(parseParticipantRole(QStringLiteral(" trainer ")) == ParticipantRole::Facilitator);
    CHECK(parseParticipantRole(QStringLiteral("วิทยากร")) == ParticipantRole::Facilitator);
    CHECK(parseParticipantRole(QStringLiteral("Fasilitator")) == ParticipantRole::Facilitator);
    CHECK(parseParticipantRole(QStringLiteral("INTERPRETER")) == ParticipantRole::Interpreter);
    CHECK(parseParticipantRole(QStringLiteral("ล่าม")) == ParticipantRole::Interpreter);
    CHECK(parseParticipantRole(QStringLiteral("jurubahasa")) == ParticipantRole::Interpreter);
    CHECK(parseParticipantRole(QStringLiteral("Producer")) == ParticipantRole::Observer);
    CHECK(parseParticipantRole(QStringLiteral("co-host")) == ParticipantRole::Observer);
    CHECK(parseParticipantRole(QStringLiteral("Host")) == ParticipantRole::Observer);
    CHECK(parseParticipantRole(QStringLiteral("peserta")) == ParticipantRole::Participant);
    CHECK(parseParticipantRole(QStringLiteral("kalahok")) == ParticipantRole::Participant);
    CHECK_FALSE(parseParticipantRole(QStringLiteral("Owner")).has_value());
    CHECK_FALSE(parseParticipantRole(QString()).has_value());
    for (const ParticipantRole role : allParticipantRoles())
        CHECK(participantRoleFromKey(key(role)) == role);
}

TEST_CASE("migrateFromSchema7_keepsTheRosterAndMakesEveryoneAParticipant", "[store][migration][roles]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    const QString dump = QString::fromUtf8(readBytes(QStringLiteral(SALA_FIXTURES_DIR "/store/schema-7.sql")));
    rawExec(path, Migrator::statements(dump));
    REQUIRE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == 7);

    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(store.value()->schemaVersion() == Migrator::latestVersion());
    auto roster = RosterStore(*store.value()).participantsOf(1);
    REQUIRE(roster.ok());
    REQUIRE(roster->size() == 2);
    CHECK(roster->at(0).name == QStringLiteral("Souksavanh Phommachanh"));
    CHECK(roster->at(0).aliases == QStringList{QStringLiteral("ສຸກສະຫວັນ")});
    CHECK(roster->at(1).name == QStringLiteral("Mohd Faizal bin Hamzah"));
    for (const Participant &p : roster.value())
        CHECK(p.role == ParticipantRole::Participant);
    QSqlQuery query(store.value()->database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM enrolment WHERE role = 'participant'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2);
    // The imported attendance of schema 7 is still there.
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM attendance_interval")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 3);
    // Only the four roles are accepted.
    CHECK_FALSE(query.exec(QStringLiteral("UPDATE enrolment SET role = 'boss' WHERE participant_id = 1")));
}

TEST_CASE("roles_roundTripPerWorkshopThroughTheStore", "[store][roles]")
{
    Database db;
    std::vector<Participant> people{person(QStringLiteral("Pornthip Suwannarat"), ParticipantRole::Facilitator),
                                    person(QStringLiteral("Bounmy Sayasith"), ParticipantRole::Interpreter),
                                    person(QStringLiteral("Dao Producer"), ParticipantRole::Observer),
                                    person(QStringLiteral("Sok Dara"))};
    RosterStore roster(*db.store);
    REQUIRE(roster.insertParticipants(people, db.workshopId).ok());
    const std::vector<Participant> loaded = db.roster();
    REQUIRE(loaded.size() == 4);
    for (std::size_t i = 0; i < people.size(); ++i)
        CHECK(loaded[i] == people[i]);

    // The facilitator of this workshop attends another one as a participant.
    const qint64 other = db.secondWorkshop();
    REQUIRE(roster.enrol(other, people[0].id).ok());
    CHECK(db.roster(other).front().role == ParticipantRole::Participant);
    CHECK(db.roster().front().role == ParticipantRole::Facilitator);
    auto roles = roster.rolesOf(people[0].id);
    REQUIRE(roles.ok());
    CHECK(roles->at(db.workshopId) == ParticipantRole::Facilitator);
    CHECK(roles->at(other) == ParticipantRole::Participant);

    // Enrolling again without a role keeps the role; an edit with the workshop changes it there only.
    REQUIRE(roster.enrol(db.workshopId, people[0].id).ok());
    CHECK(db.roster().front().role == ParticipantRole::Facilitator);
    Participant edited = db.roster(other).front();
    edited.role = ParticipantRole::Interpreter;
    REQUIRE(roster.updateParticipant(edited, other).ok());
    CHECK(db.roster(other).front().role == ParticipantRole::Interpreter);
    CHECK(db.roster().front().role == ParticipantRole::Facilitator);

    // Someone no longer on the roster has no role to change.
    REQUIRE(roster.unenrol(other, people[0].id).ok());
    CHECK_FALSE(roster.setRole(other, people[0].id, ParticipantRole::Observer).ok());
}

TEST_CASE("commitImport_roleColumn_enrolsTheTeamWithTheirRoles", "[roster][import][roles]")
{
    Database db;
    // A second import without the column must leave the roles as they are.
    Participant existing = person(QStringLiteral("Chan Sreymom"));
    existing.email = QStringLiteral("sreymom@example.org");
    std::vector<Participant> first{existing};
    REQUIRE(RosterStore(*db.store).insertParticipants(first, db.workshopId).ok());

    const QByteArray csv = QStringLiteral("Name,Email,Role\n"
                                          "Pornthip Suwannarat,pui@example.org,Co-facilitator\n"
                                          "Bounmy Sayasith,bounmy@example.net,ล่าม\n"
                                          "Dao,dao@example.org,Producer\n"
                                          "Sok Dara,dara@example.com,\n"
                                          "Chan Sreymom,sreymom@example.org,Trainer\n")
                               .toUtf8();
    auto file = readRegistrationBytes(csv, QStringLiteral("team.csv"));
    REQUIRE(file.ok());
    const FileHeader header = findHeader(file.value());
    const ColumnMapping mapping = suggestMapping(header.headers, detectSource(header.headers));
    CHECK(mapping.at(2) == ImportField::Role);
    ImportOptions options;
    options.zone = QTimeZone("Asia/Bangkok");
    const ImportPlan plan = planImport(file.value(), mapping, options, db.roster());
    CHECK(plan.rowsWithProblems() == 0);
    auto outcome = commitImport(*db.store, db.workshopId, plan, ProblemRows::Refuse);
    REQUIRE(outcome.ok());
    CHECK(outcome->added == 4);
    CHECK(outcome->merged == 1);

    std::map<QString, ParticipantRole> byName;
    for (const Participant &p : db.roster())
        byName[p.name] = p.role;
    CHECK(byName[QStringLiteral("Pornthip Suwannarat")] == ParticipantRole::Facilitator);
    CHECK(byName[QStringLiteral("Bounmy Sayasith")] == ParticipantRole::Interpreter);
    CHECK(byName[QStringLiteral("Dao")] == ParticipantRole::Observer);
    CHECK(byName[QStringLiteral("Sok Dara")] == ParticipantRole::Participant);
    CHECK(byName[QStringLiteral("Chan Sreymom")] == ParticipantRole::Facilitator); // merged, the file names her role

    const QByteArray again = QStringLiteral("Name,Email\nPornthip Suwannarat,pui@example.org\n").toUtf8();
    auto second = readRegistrationBytes(again, QStringLiteral("again.csv"));
    REQUIRE(second.ok());
    const FileHeader secondHeader = findHeader(second.value());
    const ImportPlan merge = planImport(second.value(), suggestMapping(secondHeader.headers, RegistrationSource::Spreadsheet),
                                        options, db.roster());
    REQUIRE(commitImport(*db.store, db.workshopId, merge, ProblemRows::Refuse).ok());
    for (const Participant &p : db.roster())
        if (p.name == QStringLiteral("Pornthip Suwannarat"))
            CHECK(p.role == ParticipantRole::Facilitator);
}

TEST_CASE("planImport_unknownRole_isAProblemNamingLineAndColumn", "[roster][import][roles]")
{
    const QByteArray csv = QStringLiteral("Name,Role\nSok Dara,Owner\n").toUtf8();
    auto file = readRegistrationBytes(csv, QStringLiteral("roles.csv"));
    REQUIRE(file.ok());
    const FileHeader header = findHeader(file.value());
    const ImportPlan plan = planImport(file.value(), suggestMapping(header.headers, RegistrationSource::Spreadsheet), {}, {});
    REQUIRE(plan.problems().size() == 1);
    const QString text = describe(plan.problems().front());
    CHECK(text.contains(QStringLiteral("line 2")));
    CHECK(text.contains(QStringLiteral("column 2")));
    CHECK(text.contains(QStringLiteral("Owner")));
}

TEST_CASE("suggestMapping_roleInTheBusiness_isNotTheWorkshopRole", "[roster][import][roles]")
{
    const ColumnMapping mapping = suggestMapping({QStringLiteral("Full name"), QStringLiteral("Your role in the business")},
                                                 RegistrationSource::Spreadsheet);
    CHECK(mapping.at(1) != ImportField::Role);
}

TEST_CASE("rosterExports_writeEachPersonsRole", "[roster][export][roles]")
{
    std::vector<Participant> roster{person(QStringLiteral("Pornthip Suwannarat"), ParticipantRole::Facilitator),
                                    person(QStringLiteral("Sok Dara"))};
    roster[0].id = 1;
    roster[1].id = 2;
    const QString csv = QString::fromUtf8(rosterCsv(roster, {SizeRule{}}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].endsWith(QStringLiteral(",role")));
    CHECK(lines[1].endsWith(QStringLiteral(",facilitator")));
    CHECK(lines[2].endsWith(QStringLiteral(",participant")));

    Workshop workshop;
    workshop.id = 7;
    workshop.title = QStringLiteral("Cash flow in a crisis");
    const QJsonObject root =
        QJsonDocument::fromJson(rosterJson(workshop, roster, {SizeRule{}}, QDateTime::currentDateTimeUtc())).object();
    const QJsonArray people = root.value(QStringLiteral("participants")).toArray();
    REQUIRE(people.size() == 2);
    CHECK(people[0].toObject().value(QStringLiteral("role")).toString() == QStringLiteral("facilitator"));
    CHECK(people[1].toObject().value(QStringLiteral("role")).toString() == QStringLiteral("participant"));
}

TEST_CASE("rosterProblem_facilitatorsOnePerRoomEveryRound_andNeverRepeats", "[groups][roles]")
{
    // 16 participants in fours make 4 rooms; 3 facilitators join 3 of them and add none.
    const std::vector<Participant> roster = rosterWithTeam(16, {ParticipantRole::Facilitator, ParticipantRole::Facilitator,
                                                                ParticipantRole::Facilitator, ParticipantRole::Observer});
    BreakoutSettings settings;
    settings.grouping = Grouping::NewMix;
    settings.groupSize = 4;
    settings.rounds = 3;
    const RosterProblem problem = rosterProblem(roster, settings, {}, {});
    CHECK(problem.problem.people.size() == 19); // the observer stays in the main room
    CHECK(problem.indexOf(1003) < 0);
    auto solution = solveGroups(problem.problem, quick());
    REQUIRE(solution.ok());
    REQUIRE(solution->rounds.size() == 3);
    std::set<int> facilitators;
    for (qint64 id : {1000, 1001, 1002})
        facilitators.insert(problem.indexOf(id));
    for (const GroupRound &round : solution->rounds) {
        REQUIRE(round.size() == 4);
        std::set<int> roomsWithOne;
        for (std::size_t k = 0; k < round.size(); ++k) {
            int here = 0;
            int participants = 0;
            for (int p : round[k]) {
                if (facilitators.count(p))
                    ++here;
                else
                    ++participants;
            }
            CHECK(here <= 1);
            CHECK(participants == 4); // the team does not take a participant's place
            if (here == 1)
                roomsWithOne.insert(int(k));
        }
        CHECK(roomsWithOne.size() == 3);
        // The same rooms every round: a co-facilitator stays put while the participants move.
        for (int f = 0; f < 3; ++f)
            CHECK(std::count(round[std::size_t(f)].begin(), round[std::size_t(f)].end(), problem.indexOf(1000 + f)) == 1);
    }
    // Three rounds of fours for 16 people can be free of repeats; the facilitators meet their
    // room again every round, and that is never counted.
    const GroupStatistics stats = evaluateSchedule(problem.problem, solution->rounds);
    for (const RepeatedPair &pair : stats.repeats) {
        CHECK_FALSE(facilitators.count(pair.first));
        CHECK_FALSE(facilitators.count(pair.second));
    }
    for (int r = 0; r < 3; ++r)
        for (const auto &[a, b] : repeatedPairsInRound(problem.problem, solution->rounds, r)) {
            CHECK_FALSE(facilitators.count(a));
            CHECK_FALSE(facilitators.count(b));
        }
}

TEST_CASE("rosterProblem_moreFacilitatorsThanRooms_theRestStayInTheMainRoom", "[groups][roles]")
{
    const std::vector<Participant> roster = rosterWithTeam(6, {ParticipantRole::Facilitator, ParticipantRole::Facilitator,
                                                               ParticipantRole::Facilitator});
    BreakoutSettings settings;
    settings.groupSize = 3; // 2 rooms
    const RosterProblem problem = rosterProblem(roster, settings, {}, {});
    CHECK(problem.indexOf(1000) >= 0);
    CHECK(problem.indexOf(1001) >= 0);
    CHECK(problem.indexOf(1002) < 0);
    auto solution = solveGroups(problem.problem, quick());
    REQUIRE(solution.ok());
    REQUIRE(solution->rounds.front().size() == 2);
    CHECK(std::count(solution->rounds.front()[0].begin(), solution->rounds.front()[0].end(), problem.indexOf(1000)) == 1);
    CHECK(std::count(solution->rounds.front()[1].begin(), solution->rounds.front()[1].end(), problem.indexOf(1001)) == 1);
}

TEST_CASE("rosterProblem_byLanguage_interpreterJoinsARoomOfTheirLanguage", "[groups][roles]")
{
    std::vector<Participant> roster;
    qint64 id = 1;
    for (const QString &language : {QStringLiteral("lo"), QStringLiteral("km"), QStringLiteral("th")})
        for (int i = 0; i < 4; ++i) {
            Participant p = person(QStringLiteral("%1 %2").arg(language).arg(i), ParticipantRole::Participant, language);
            p.id = id++;
            p.needsInterpretation = language == u"lo";
            roster.push_back(p);
        }
    Participant interpreter = person(QStringLiteral("Bounmy"), ParticipantRole::Interpreter);
    interpreter.id = 100;
    interpreter.languages = {QStringLiteral("en"), QStringLiteral("lo")};
    roster.push_back(interpreter);
    Participant facilitator = person(QStringLiteral("Pui"), ParticipantRole::Facilitator);
    facilitator.id = 101;
    facilitator.languages = {QStringLiteral("th"), QStringLiteral("en")};
    roster.push_back(facilitator);
    CHECK(interpretedLanguage(interpreter, roster) == QStringLiteral("lo"));

    BreakoutSettings settings;
    settings.grouping = Grouping::ByLanguage;
    settings.groupSize = 4;
    settings.rounds = 2;
    const RosterProblem problem = rosterProblem(roster, settings, {}, {});
    auto solution = solveGroups(problem.problem, quick());
    INFO((solution ? QString() : solution.error().message).toStdString());
    REQUIRE(solution.ok());
    const int who = problem.indexOf(100);
    for (const GroupRound &round : solution->rounds) {
        REQUIRE(round.size() == 3); // one room per language: the team adds none
        bool placed = false;
        for (const auto &room : round) {
            if (std::count(room.begin(), room.end(), who) == 0)
                continue;
            placed = true;
            for (int p : room)
                if (problem.ids[std::size_t(p)] < 100) // the participants of the room
                    CHECK(roster[std::size_t(problem.ids[std::size_t(p)] - 1)].languages.first() == QStringLiteral("lo"));
        }
        CHECK(placed);
        CHECK(std::count(round[0].begin(), round[0].end(), problem.indexOf(101)) == 1);
    }
}

TEST_CASE("pinLocks_lockedFacilitatorElsewhere_overridesTheirRoomInThatRoundOnly", "[groups][roles]")
{
    const std::vector<Participant> roster = rosterWithTeam(8, {ParticipantRole::Facilitator});
    BreakoutSettings settings;
    settings.groupSize = 4;
    settings.rounds = 2;
    RosterProblem problem = rosterProblem(roster, settings, {}, {});
    auto solution = solveGroups(problem.problem, quick());
    REQUIRE(solution.ok());
    BreakoutSet set = setOf(problem, solution->rounds, {});
    // The trainer drags the facilitator into room 2 of round 1 and locks them there.
    for (auto &room : set.rounds[0])
        std::erase(room, qint64(1000));
    set.rounds[0][1].push_back(1000);
    set.lockedPeople.insert({0, 1000});
    pinLocks(problem, set);
    auto again = solveGroups(problem.problem, quick());
    INFO((again ? QString() : again.error().message).toStdString());
    REQUIRE(again.ok());
    const int f = problem.indexOf(1000);
    CHECK(std::count(again->rounds[0][1].begin(), again->rounds[0][1].end(), f) == 1);
    CHECK(std::count(again->rounds[1][0].begin(), again->rounds[1][0].end(), f) == 1);
}

TEST_CASE("seedDemo_enrolsTheTeamWithTheirRoles", "[demo][roles]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    auto seeded = seedDemo(*store.value(), QDate(2026, 12, 1));
    REQUIRE(seeded.ok());
    auto roster = RosterStore(*store.value()).participantsOf(seeded->workshopId);
    REQUIRE(roster.ok());
    std::map<ParticipantRole, int> counts;
    for (const Participant &p : roster.value())
        ++counts[p.role];
    CHECK(counts[ParticipantRole::Participant] == int(demoRoster().size()));
    CHECK(counts[ParticipantRole::Facilitator] == 1);
    CHECK(counts[ParticipantRole::Interpreter] == 1);
    CHECK(rolesById(roster.value()).size() == demoRoster().size() + demoTeam().size());
}

TEST_CASE("pinLocks_lockedRoomFilledByHand_isKeptThoughTheTeamsSizesSaidOtherwise", "[groups][roles]")
{
    const std::vector<Participant> roster = rosterWithTeam(8, {ParticipantRole::Facilitator});
    BreakoutSettings settings;
    settings.groupSize = 4;
    RosterProblem problem = rosterProblem(roster, settings, {}, {});
    REQUIRE(problem.problem.constraints.groupSizes == std::vector<int>{5, 4});
    auto solution = solveGroups(problem.problem, quick());
    REQUIRE(solution.ok());
    BreakoutSet set = setOf(problem, solution->rounds, {});
    // The trainer moves a participant out of the facilitator's room and locks the room they
    // joined: five participants there, more than the four that room was sized for.
    qint64 moved = 0;
    for (qint64 id : set.rounds[0][0])
        if (id != 1000)
            moved = id;
    std::erase(set.rounds[0][0], moved);
    set.rounds[0][1].push_back(moved);
    set.lockedRooms.insert({0, 1});
    pinLocks(problem, set);
    auto again = solveGroups(problem.problem, quick());
    INFO((again ? QString() : again.error().message).toStdString());
    REQUIRE(again.ok());
    CHECK(again->rounds[0][1].size() == 5);
    CHECK(std::count(again->rounds[0][1].begin(), again->rounds[0][1].end(), problem.indexOf(moved)) == 1);
    CHECK(std::count(again->rounds[0][0].begin(), again->rounds[0][0].end(), problem.indexOf(1000)) == 1);
}
