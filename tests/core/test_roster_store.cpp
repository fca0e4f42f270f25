// Personal data in the store: every field survives a round trip, erasure removes a person from
// the bytes of the database file while the anonymous counts stay, exports are logged, and
// retention offers to erase a finished workshop.

#include "demo/demoseeder.h"
#include "demo/demoworkshop.h"
#include "domain/names.h"
#include "roster/attendance.h"
#include "roster/personaldatalog.h"
#include "roster/rosterexport.h"
#include "roster/rosternames.h"
#include "roster/rostersettingsstore.h"
#include "roster/sizeclass.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace sala;
using namespace sala::test;

namespace {

struct Library {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Store> store;
    qint64 workshopId = 0;

    Library()
    {
        path = dir.filePath(QStringLiteral("sala.db"));
        auto opened = Store::open(path);
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        auto seeded = seedDemo(*store, QDate(2026, 12, 1));
        REQUIRE(seeded.ok());
        workshopId = seeded->workshopId;
    }
    RosterStore roster() const { return RosterStore(*store); }
    std::vector<Participant> people() const
    {
        auto list = roster().participantsOf(workshopId);
        REQUIRE(list.ok());
        return list.value();
    }
    Participant person(const QString &name) const
    {
        for (const Participant &p : people())
            if (p.name == name)
                return p;
        FAIL("no participant named " << name.toStdString());
        return {};
    }
    // Every byte SQLite keeps for this database: the file, its write-ahead log and shared memory.
    QByteArray allBytes() const
    {
        QByteArray bytes;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(path + suffix))
                bytes += readBytes(path + suffix);
        return bytes;
    }
};

bool occursIn(const QByteArray &haystack, const QString &text)
{
    QStringEncoder toLe(QStringConverter::Utf16LE);
    QStringEncoder toBe(QStringConverter::Utf16BE);
    const QByteArray le = toLe(text);
    const QByteArray be = toBe(text);
    return haystack.contains(text.toUtf8()) || haystack.contains(le) || haystack.contains(be);
}

std::map<QString, int> countBy(const std::vector<Participant> &people, QString (*keyOf)(const Participant &))
{
    std::map<QString, int> counts;
    for (const Participant &p : people)
        ++counts[keyOf(p)];
    return counts;
}

} // namespace

TEST_CASE("rosterStore_everyFieldRoundTripsAndUpdatesInPlace", "[roster][store]")
{
    Library library;
    Participant p;
    p.name = QStringLiteral("ສົມພອນ ແກ້ວມະນີ");
    p.preferredName = QStringLiteral("Phone");
    p.aliases = {QStringLiteral("LA - Phone - Keomany Handicraft"), QStringLiteral("Somphone K")};
    p.email = QStringLiteral("somphone@la.example.org");
    p.otherEmails = {QStringLiteral("keomany.shop@la.example.org")};
    p.phone = QStringLiteral("+856 20 5555 9876");
    p.organization = QStringLiteral("Keomany Handicraft");
    p.organizationType = OrganizationType::BusinessAssociation;
    p.country = QStringLiteral("LA");
    p.sex = Sex::Another;
    p.ageBand = AgeBand::From45To54;
    p.employees = 14;
    p.sector = QStringLiteral("Handicrafts");
    p.languages = {QStringLiteral("lo"), QStringLiteral("th")};
    p.needsInterpretation = true;
    p.notes = QStringLiteral("Shares a phone with her daughter.\nAfternoons only.");
    p.consentGiven = true;
    p.consentAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6), QTimeZone::utc());
    p.consentNotice = QStringLiteral("2026-01");
    p.consentPurposes = {QStringLiteral("training"), QStringLiteral("follow-up")};
    p.source = QStringLiteral("Typed in");
    REQUIRE(library.roster().insertParticipant(p).ok());
    REQUIRE(library.roster().enrol(library.workshopId, p.id).ok());

    auto loaded = library.roster().participant(p.id);
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == p);

    p.aliases = {QStringLiteral("Somphone K")};
    p.otherEmails.clear();
    p.consentPurposes << QStringLiteral("photos");
    p.employees.reset();
    REQUIRE(library.roster().updateParticipant(p).ok());
    loaded = library.roster().participant(p.id);
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == p);
}

TEST_CASE("rosterStore_sessionsExpectEveryoneButThoseLeftOut", "[roster][store]")
{
    Library library;
    auto workshop = PlanStore(*library.store).loadWorkshop(library.workshopId);
    REQUIRE(workshop.ok());
    const qint64 session = workshop->sessions.front().id;
    const Participant dara = library.person(QStringLiteral("Sok Dara"));
    REQUIRE(library.roster().setExpectedAt(session, dara.id, false).ok());
    auto excluded = library.roster().excludedFrom(session);
    REQUIRE(excluded.ok());
    CHECK(excluded.value() == std::set<qint64>{dara.id});
    REQUIRE(library.roster().setExpectedAt(session, dara.id, true).ok());
    CHECK(library.roster().excludedFrom(session)->empty());
}

TEST_CASE("erase_removesNameEmailPhoneAndAliasesFromTheDatabaseBytes", "[roster][erasure][privacy]")
{
    Library library;
    Participant dara = library.person(QStringLiteral("Sok Dara"));
    // Earlier edits leave old copies of the row in free pages; erasure must reach those too.
    for (int i = 0; i < 3; ++i) {
        dara.notes = QStringLiteral("Edit %1 of the notes").arg(i);
        dara.consentGiven = i % 2 == 0;
        REQUIRE(library.roster().updateParticipant(dara).ok());
    }
    auto workshop = PlanStore(*library.store).loadWorkshop(library.workshopId);
    REQUIRE(workshop.ok());
    AttendanceEvent arrived{0, workshop->sessions.front().id, dara.id, AttendanceKind::Arrived,
                            QDateTime(QDate(2026, 12, 1), QTime(2, 1), QTimeZone::utc())};
    REQUIRE(AttendanceStore(*library.store).record(arrived).ok());
    // An access export names the person in its file name; the log must forget that name too.
    const QString exportPath = library.dir.filePath(QStringLiteral("Sok Dara - access request.json"));
    REQUIRE(exportAccessRequest(*library.store, dara.id, exportPath, QStringLiteral("app")).ok());

    const QStringList traces{dara.name, dara.email, dara.phone, dara.aliases[0], dara.aliases[1], dara.organization};
    const QByteArray before = library.allBytes();
    for (const QString &trace : traces)
        REQUIRE(occursIn(before, trace));

    const std::vector<Participant> peopleBefore = library.people();
    auto erased = library.roster().erase(dara.id);
    REQUIRE(erased.ok());
    CHECK(erased->erased == 1);

    const QByteArray after = library.allBytes();
    for (const QString &trace : traces) {
        INFO(trace.toStdString());
        CHECK_FALSE(occursIn(after, trace));
    }
    CHECK(QFileInfo(library.path + QStringLiteral("-wal")).size() == 0);

    // The row stays, anonymous, so that past counts do not change.
    const std::vector<Participant> peopleAfter = library.people();
    REQUIRE(peopleAfter.size() == peopleBefore.size());
    auto sexOf = [](const Participant &p) { return key(p.sex); };
    auto countryOf = [](const Participant &p) { return p.country; };
    auto typeOf = [](const Participant &p) { return key(p.organizationType); };
    CHECK(countBy(peopleAfter, sexOf) == countBy(peopleBefore, sexOf));
    CHECK(countBy(peopleAfter, countryOf) == countBy(peopleBefore, countryOf));
    CHECK(countBy(peopleAfter, typeOf) == countBy(peopleBefore, typeOf));
    auto stored = library.roster().participant(dara.id);
    REQUIRE(stored.ok());
    CHECK(stored->erasedAt.has_value());
    CHECK(stored->name.isEmpty());
    CHECK(stored->aliases.isEmpty());
    CHECK(stored->ageBand == dara.ageBand);
    QSqlQuery query(library.store->database());
    REQUIRE(query.exec(QStringLiteral("SELECT size_class FROM participant WHERE id = %1").arg(dara.id)));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == u"micro"); // 4 employees in Cambodia
    auto events = AttendanceStore(*library.store).eventsOfParticipant(dara.id);
    REQUIRE(events.ok());
    CHECK(events->size() == 1);

    auto log = PersonalDataLog(*library.store).entries();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 2);
    CHECK(log->front().action == PersonalDataLogEntry::Action::Erasure);
    CHECK(log->back().file == QStringLiteral("(file name removed at erasure)"));

    // Erased people cannot be edited back into existence.
    CHECK_FALSE(library.roster().updateParticipant(dara).ok());
}

TEST_CASE("erase_severalPeopleAtOnceIsOneLoggedErasure", "[roster][erasure][privacy]")
{
    Library library;
    const Participant a = library.person(QStringLiteral("Tan Mei Ling"));
    const Participant b = library.person(QStringLiteral("Wong Kah Yan"));
    auto outcome = library.roster().erase(std::vector<qint64>{a.id, b.id});
    REQUIRE(outcome.ok());
    CHECK(outcome->erased == 2);
    const QByteArray bytes = library.allBytes();
    for (const QString &trace : {a.name, a.email, a.phone, b.name, b.email, b.phone})
        CHECK_FALSE(occursIn(bytes, trace));
    auto log = PersonalDataLog(*library.store).entries();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->front().recordCount == 2);
    CHECK(log->front().participantId == 0);
    // Asking for someone who does not exist erases nobody.
    const Participant c = library.person(QStringLiteral("Keo Sophea"));
    CHECK_FALSE(library.roster().erase(std::vector<qint64>{c.id, 9999}).ok());
    CHECK_FALSE(library.roster().participant(c.id)->erasedAt.has_value());
}

TEST_CASE("eraseWorkshopPersonalData_keepsPeopleStillOnAnotherRoster", "[roster][erasure][retention]")
{
    Library library;
    Workshop other;
    other.title = QStringLiteral("Follow-up clinic");
    other.timeZone = QStringLiteral("Asia/Bangkok");
    Session session;
    session.title = QStringLiteral("Clinic");
    session.date = QDate(2027, 3, 1);
    session.plannedStart = QTime(9, 0);
    other.sessions.push_back(session);
    REQUIRE(PlanStore(*library.store).insertWorkshop(other).ok());
    const Participant dara = library.person(QStringLiteral("Sok Dara"));
    REQUIRE(library.roster().enrol(other.id, dara.id).ok());

    REQUIRE(library.roster().setRetentionMonths(library.workshopId, 6).ok());
    CHECK(library.roster().retentionMonths(library.workshopId).value() == 6);
    CHECK(library.roster().retentionDue(QDate(2027, 5, 31))->empty());
    auto due = library.roster().retentionDue(QDate(2027, 6, 1));
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->front().workshopId == library.workshopId);
    CHECK(due->front().due == QDate(2027, 6, 1));
    CHECK(due->front().people == 30); // the 28 participants and the team: everyone's data is kept

    auto outcome = library.roster().eraseWorkshopPersonalData(library.workshopId);
    REQUIRE(outcome.ok());
    CHECK(outcome->erased == 29);
    CHECK(outcome->keptForOtherWorkshops == 1);
    CHECK(library.roster().retentionDue(QDate(2030, 1, 1))->empty());
    int live = 0;
    for (const Participant &p : library.people())
        live += p.erasedAt ? 0 : 1;
    CHECK(live == 1);
    CHECK_FALSE(occursIn(library.allBytes(), QStringLiteral("sreymom.chan@example.org")));
    CHECK(occursIn(library.allBytes(), dara.email));
}

TEST_CASE("exportRoster_flagsPeopleWithoutConsentAndIsLogged", "[roster][export][privacy]")
{
    Library library;
    const QString csvPath = library.dir.filePath(QStringLiteral("roster.csv"));
    auto csv = exportRoster(*library.store, library.workshopId, RosterExportFormat::Csv, csvPath, QStringLiteral("app"));
    REQUIRE(csv.ok());
    CHECK(csv->people == 30); // the team's personal data leaves too, with their roles
    CHECK(csv->withoutConsent >= 1);
    CHECK(readBytes(csvPath).startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(readBytes(csvPath));
    CHECK(text.contains(QStringLiteral("Lim Sokunthea")));
    CHECK(text.count(QStringLiteral("NO CONSENT")) == csv->withoutConsent);
    CHECK(posixMode(csvPath) == 0600);

    const QString jsonPath = library.dir.filePath(QStringLiteral("roster.json"));
    auto json = exportRoster(*library.store, library.workshopId, RosterExportFormat::Json, jsonPath, QStringLiteral("cli"));
    REQUIRE(json.ok());
    const QJsonObject root = QJsonDocument::fromJson(readBytes(jsonPath)).object();
    CHECK(root.value(QStringLiteral("format")).toString() == u"sala-roster");
    int flagged = 0;
    for (const QJsonValue &person : root.value(QStringLiteral("participants")).toArray())
        if (person.toObject().value(QStringLiteral("flags")).toArray().contains(QStringLiteral("no-consent")))
            ++flagged;
    CHECK(flagged == json->withoutConsent);

    auto log = PersonalDataLog(*library.store).entries();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 2);
    CHECK(log->at(0).via == u"cli");
    CHECK(log->at(0).file.endsWith(QStringLiteral("roster.json")));
    CHECK(log->at(1).file.endsWith(QStringLiteral("roster.csv")));
    CHECK(log->at(1).recordCount == 30);
    CHECK(log->at(1).withoutConsent == csv->withoutConsent);
}

TEST_CASE("accessRequest_holdsEverythingStoredAboutThePerson", "[roster][export][privacy]")
{
    Library library;
    const Participant dara = library.person(QStringLiteral("Sok Dara"));
    auto workshop = PlanStore(*library.store).loadWorkshop(library.workshopId);
    REQUIRE(workshop.ok());
    AttendanceEvent arrived{0, workshop->sessions.front().id, dara.id, AttendanceKind::Late,
                            QDateTime(QDate(2026, 12, 1), QTime(2, 12), QTimeZone::utc())};
    REQUIRE(AttendanceStore(*library.store).record(arrived).ok());
    REQUIRE(exportRoster(*library.store, library.workshopId, RosterExportFormat::Csv,
                         library.dir.filePath(QStringLiteral("r.csv")), QStringLiteral("app"))
                .ok());

    auto bytes = accessRequestJson(*library.store, dara.id, QDateTime(QDate(2027, 1, 1), QTime(0, 0), QTimeZone::utc()));
    REQUIRE(bytes.ok());
    const QJsonObject root = QJsonDocument::fromJson(bytes.value()).object();
    CHECK(root.value(QStringLiteral("format")).toString() == u"sala-access-request");
    const QJsonObject person = root.value(QStringLiteral("participant")).toObject();
    CHECK(person.value(QStringLiteral("name")).toString() == dara.name);
    CHECK(person.value(QStringLiteral("aliases")).toArray().size() == dara.aliases.size());
    CHECK(person.value(QStringLiteral("consent")).toObject().value(QStringLiteral("noticeVersion")).toString() == u"2026-01");
    CHECK(person.value(QStringLiteral("enterpriseSize")).toString() == u"micro");
    const QJsonArray enrolments = root.value(QStringLiteral("enrolments")).toArray();
    REQUIRE(enrolments.size() == 1);
    CHECK(enrolments[0].toObject().value(QStringLiteral("workshop")).toString() == workshop->title);
    const QJsonArray attendance = root.value(QStringLiteral("attendance")).toArray();
    REQUIRE(attendance.size() == 1);
    CHECK(attendance[0].toObject().value(QStringLiteral("event")).toString() == u"late");
    CHECK(root.value(QStringLiteral("personalDataLog")).toArray().size() == 1);
}

TEST_CASE("sizeRules_seededPerCountryAndEditable", "[roster][size]")
{
    Library library;
    RosterSettingsStore settings(*library.store);
    auto rules = settings.sizeRules();
    REQUIRE(rules.ok());
    CHECK(rules->size() == 6);
    CHECK(classifyEnterprise(9, QStringLiteral("PH"), rules.value()) == EnterpriseSize::Micro);
    CHECK(classifyEnterprise(10, QStringLiteral("PH"), rules.value()) == EnterpriseSize::Small);
    CHECK(classifyEnterprise(6, QStringLiteral("LA"), rules.value()) == EnterpriseSize::Small);
    CHECK(classifyEnterprise(101, QStringLiteral("KH"), rules.value()) == EnterpriseSize::Large);
    CHECK(classifyEnterprise(40, QStringLiteral("VN"), rules.value()) == EnterpriseSize::Small);
    CHECK(classifyEnterprise(std::nullopt, QStringLiteral("TH"), rules.value()) == EnterpriseSize::Unknown);

    std::vector<SizeRule> edited = rules.value();
    for (SizeRule &rule : edited)
        if (rule.country == u"TH")
            rule = {QStringLiteral("TH"), 5, 50, 200, QStringLiteral("Manufacturing limits")};
    REQUIRE(settings.setSizeRules(edited).ok());
    CHECK(classifyEnterprise(45, QStringLiteral("TH"), settings.sizeRules().value()) == EnterpriseSize::Small);

    const std::vector<SizeRule> backwards{{QStringLiteral("TH"), 50, 10, 200, {}}};
    auto refused = settings.setSizeRules(backwards);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("TH")));
    CHECK(settings.sizeRules()->size() == 6);
}
