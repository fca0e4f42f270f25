// Importing registration exports: every fixture under tests/fixtures/roster/<case>/ holds an
// input written from the documented layout of its source and the outcome expected of it; the
// import is all or nothing, and duplicates are offered for merging instead of created twice.

#include "core/rosterworkbooks.h"

#include "demo/demoseeder.h"
#include "demo/demoworkshop.h"
#include "domain/names.h"
#include "roster/columnmapping.h"
#include "roster/duplicates.h"
#include "roster/rosterimport.h"
#include "roster/rosternames.h"
#include "roster/rostersettingsstore.h"
#include "roster/valueparsers.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "store/storeinfo.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

QString fixtureDir(const QString &name)
{
    return QStringLiteral(SALA_FIXTURES_DIR "/roster/") + name;
}

QJsonObject expectedOf(const QString &name)
{
    const QByteArray bytes = readBytes(fixtureDir(name) + QStringLiteral("/expected.json"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    INFO(name.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document.object();
}

// The input of a case: its committed file, or the workbook its generator writes.
Expected<RegistrationFile> readCase(const QString &name, const QJsonObject &expected)
{
    const QString generator = expected.value(QStringLiteral("generator")).toString();
    if (generator == u"microsoftFormsWorkbook")
        return readRegistrationBytes(microsoftFormsWorkbook(), name + QStringLiteral(".xlsx"));
    if (generator == u"koboWorkbook")
        return readRegistrationBytes(koboWorkbook(), name + QStringLiteral(".xlsx"));
    const QStringList inputs = QDir(fixtureDir(name)).entryList({QStringLiteral("input.*")}, QDir::Files);
    REQUIRE(inputs.size() == 1);
    return readRegistrationFile(fixtureDir(name) + u'/' + inputs.first());
}

// The demo roster with the ids it gets in a fresh database, to find duplicates against.
std::vector<Participant> demoPeople()
{
    std::vector<Participant> people = demoRoster();
    for (std::size_t i = 0; i < people.size(); ++i)
        people[i].id = qint64(i + 1);
    return people;
}

ImportPlan planFor(const RegistrationFile &file, const std::vector<Participant> &existing = demoPeople())
{
    const FileHeader header = findHeader(file);
    ImportOptions options;
    options.zone = QTimeZone("Asia/Bangkok");
    return planImport(file, suggestMapping(header.headers, detectSource(header.headers)), options, existing);
}

QString reasonKey(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail: return QStringLiteral("same-email");
    case DuplicateReason::SamePhone: return QStringLiteral("same-phone");
    case DuplicateReason::SimilarName: return QStringLiteral("similar-name");
    }
    return {};
}

QString actionKey(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Merge: return QStringLiteral("merge");
    case DuplicateAction::AddAsNew: return QStringLiteral("add-as-new");
    case DuplicateAction::Skip: return QStringLiteral("skip");
    }
    return {};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

void checkParticipant(const Participant &p, const QJsonObject &expected)
{
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QString field = it.key();
        const QJsonValue want = it.value();
        INFO("field " << field.toStdString());
        if (field == u"line")
            continue;
        if (field == u"name")
            CHECK(p.name == want.toString());
        else if (field == u"preferredName")
            CHECK(p.preferredName == want.toString());
        else if (field == u"aliases")
            CHECK(p.aliases == stringList(want));
        else if (field == u"email")
            CHECK(p.email == want.toString());
        else if (field == u"phone")
            CHECK(p.phone == want.toString());
        else if (field == u"organization")
            CHECK(p.organization == want.toString());
        else if (field == u"organizationType")
            CHECK(key(p.organizationType) == want.toString());
        else if (field == u"country")
            CHECK(p.country == want.toString());
        else if (field == u"sex")
            CHECK(key(p.sex) == want.toString());
        else if (field == u"ageBand")
            CHECK(key(p.ageBand) == want.toString());
        else if (field == u"employees")
            CHECK((want.isNull() ? !p.employees.has_value() : p.employees == want.toInt()));
        else if (field == u"languages")
            CHECK(p.languages == stringList(want));
        else if (field == u"needsInterpretation")
            CHECK(p.needsInterpretation == want.toBool());
        else if (field == u"notes")
            CHECK(p.notes == want.toString());
        else if (field == u"consent")
            CHECK(p.consentGiven == want.toBool());
        else if (field == u"consentAt") {
            REQUIRE(p.consentAt.has_value());
            CHECK(p.consentAt->toUTC().toString(Qt::ISODate) == want.toString());
        } else
            FAIL("unknown field in expected.json: " << field.toStdString());
    }
}

const ImportRow &rowAtLine(const ImportPlan &plan, int line)
{
    for (const ImportRow &row : plan.rows)
        if (row.line == line)
            return row;
    FAIL("no row at line " << line);
    return plan.rows.front();
}

struct Library {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 workshopId = 0;

    Library()
    {
        auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        auto seeded = seedDemo(*store, QDate(2026, 12, 1));
        REQUIRE(seeded.ok());
        workshopId = seeded->workshopId;
    }
    std::vector<Participant> roster() const
    {
        auto people = RosterStore(*store).participantsOf(workshopId);
        REQUIRE(people.ok());
        return people.value();
    }
    std::map<QString, qint64> counts() const
    {
        auto info = storeInfo(*store);
        REQUIRE(info.ok());
        std::map<QString, qint64> result;
        for (const auto &[table, count] : info->tableCounts)
            result[table] = count;
        return result;
    }
    ImportPlan plan(const QString &fixture) const
    {
        auto file = readCase(fixture, expectedOf(fixture));
        REQUIRE(file.ok());
        auto live = RosterStore(*store).liveParticipants();
        REQUIRE(live.ok());
        return planFor(file.value(), live.value());
    }
};

} // namespace

TEST_CASE("importFixtures_everySourceLayoutReadsAsExpected", "[roster][import]")
{
    const QStringList cases = QDir(QStringLiteral(SALA_FIXTURES_DIR "/roster")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(cases.size() >= 12);
    for (const QString &name : cases) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QJsonObject expected = expectedOf(name);
            auto file = readCase(name, expected);
            if (expected.contains(QStringLiteral("refused"))) {
                REQUIRE_FALSE(file.ok());
                CHECK(file.error().code == ErrorCode::InvalidData);
                CHECK(file.error().message.contains(expected.value(QStringLiteral("refused")).toString()));
                continue;
            }
            REQUIRE(file.ok());
            const ImportPlan plan = planFor(file.value());
            if (expected.contains(QStringLiteral("mappingProblem"))) {
                CHECK(plan.mappingProblem.contains(expected.value(QStringLiteral("mappingProblem")).toString()));
                CHECK(plan.rows.empty());
                continue;
            }
            CHECK(plan.mappingProblem.isEmpty());
            if (expected.contains(QStringLiteral("encoding")))
                CHECK(encodingName(file->encoding) == expected.value(QStringLiteral("encoding")).toString());
            if (expected.contains(QStringLiteral("delimiter")))
                CHECK(QString(file->delimiter) == expected.value(QStringLiteral("delimiter")).toString());
            if (expected.contains(QStringLiteral("sheet")))
                CHECK(file->sheet == expected.value(QStringLiteral("sheet")).toString());
            CHECK(key(plan.source) == expected.value(QStringLiteral("source")).toString());
            CHECK(plan.header.line == expected.value(QStringLiteral("headerLine")).toInt());
            CHECK(int(plan.rows.size()) == expected.value(QStringLiteral("rows")).toInt());
            CHECK(plan.rowsWithProblems() == expected.value(QStringLiteral("problems")).toInt());

            QStringList problems;
            for (const ImportProblem &problem : plan.problems())
                problems << describe(problem);
            if (expected.contains(QStringLiteral("problemLines")))
                CHECK(problems == stringList(expected.value(QStringLiteral("problemLines"))));
            else
                CHECK(problems.isEmpty());

            for (const QJsonValue &value : expected.value(QStringLiteral("participants")).toArray()) {
                const QJsonObject want = value.toObject();
                const int line = want.value(QStringLiteral("line")).toInt();
                INFO("participant at line " << line);
                const ImportRow &row = rowAtLine(plan, line);
                CHECK(row.problems.empty());
                checkParticipant(row.participant, want);
            }

            const QJsonArray duplicates = expected.value(QStringLiteral("duplicates")).toArray();
            REQUIRE(plan.duplicates.size() == std::size_t(duplicates.size()));
            for (qsizetype i = 0; i < duplicates.size(); ++i) {
                const QJsonObject want = duplicates[i].toObject();
                const DuplicateMatch &match = plan.duplicates[std::size_t(i)];
                INFO("duplicate " << i);
                CHECK(plan.rows[match.row].line == want.value(QStringLiteral("line")).toInt());
                if (want.contains(QStringLiteral("existing")))
                    CHECK(match.otherName == want.value(QStringLiteral("existing")).toString());
                if (want.contains(QStringLiteral("earlierLine"))) {
                    REQUIRE(match.earlierRow >= 0);
                    CHECK(plan.rows[std::size_t(match.earlierRow)].line == want.value(QStringLiteral("earlierLine")).toInt());
                }
                CHECK(reasonKey(match.reason) == want.value(QStringLiteral("reason")).toString());
                CHECK(actionKey(match.action) == want.value(QStringLiteral("action")).toString());
            }
        }
    }
}

TEST_CASE("suggestMapping_knownSourcesMapTheirOwnColumns", "[roster][mapping]")
{
    const QStringList eventbrite{QStringLiteral("Order #"),      QStringLiteral("Order Date"), QStringLiteral("First Name"),
                                 QStringLiteral("Last Name"),    QStringLiteral("Email"),      QStringLiteral("Quantity"),
                                 QStringLiteral("Home Country"), QStringLiteral("Job Title"),  QStringLiteral("Company")};
    CHECK(detectSource(eventbrite) == RegistrationSource::Eventbrite);
    const ColumnMapping m = suggestMapping(eventbrite, RegistrationSource::Eventbrite);
    CHECK(m.fields
          == std::vector<ImportField>{ImportField::Ignore, ImportField::ConsentAt, ImportField::Name, ImportField::Name,
                                      ImportField::Email, ImportField::Ignore, ImportField::Country, ImportField::Ignore,
                                      ImportField::Organization});

    const QStringList forms{QStringLiteral("ID"),    QStringLiteral("Start time"), QStringLiteral("Completion time"),
                            QStringLiteral("Email"), QStringLiteral("Name"),       QStringLiteral("Full name")};
    CHECK(detectSource(forms) == RegistrationSource::MicrosoftForms);
    // Microsoft Forms' Name is the account that answered; the question's answer is the name.
    CHECK(suggestMapping(forms, RegistrationSource::MicrosoftForms).fields
          == std::vector<ImportField>{ImportField::Ignore, ImportField::Ignore, ImportField::ConsentAt, ImportField::Email,
                                      ImportField::Alias, ImportField::Name});

    CHECK(detectSource({QStringLiteral("Timestamp"), QStringLiteral("Email address")}) == RegistrationSource::GoogleForms);
    CHECK(detectSource({QStringLiteral("q1"), QStringLiteral("_id"), QStringLiteral("_uuid"), QStringLiteral("_submission_time")})
          == RegistrationSource::KoboToolbox);
    CHECK(detectSource({QStringLiteral("Name"), QStringLiteral("Email")}) == RegistrationSource::Spreadsheet);
}

TEST_CASE("savedMapping_followsHeadersWhenColumnsMove", "[roster][mapping]")
{
    const QStringList first{QStringLiteral("Name"), QStringLiteral("Shop"), QStringLiteral("Mobile")};
    ColumnMapping mapping = suggestMapping(first, RegistrationSource::Spreadsheet);
    CHECK(mapping.at(1) == ImportField::Ignore); // "Shop" is not a word Sala knows
    mapping.fields[1] = ImportField::Organization;
    const QString json = mappingToJson(first, mapping);

    const QStringList moved{QStringLiteral("Mobile"), QStringLiteral("shop"), QStringLiteral("Name"), QStringLiteral("Notes")};
    const ColumnMapping applied = applySavedMapping(json, moved, suggestMapping(moved, RegistrationSource::Spreadsheet));
    CHECK(applied.fields
          == std::vector<ImportField>{ImportField::Phone, ImportField::Organization, ImportField::Name, ImportField::Notes});
}

TEST_CASE("valueParsers_readAnswersInTheRegionsLanguages", "[roster][values]")
{
    CHECK(parseSex(QStringLiteral("หญิง")) == Sex::Female);
    CHECK(parseSex(QStringLiteral("ប្រុស")) == Sex::Male);
    CHECK(parseSex(QStringLiteral("Babae")) == Sex::Female);
    CHECK(parseSex(QStringLiteral("Lelaki")) == Sex::Male);
    CHECK(parseSex(QStringLiteral("Non-binary")) == Sex::Another);
    CHECK(parseSex(QString()) == Sex::NotStated);
    CHECK_FALSE(parseSex(QStringLiteral("Fmale")).has_value());

    CHECK(parseCountry(QStringLiteral("Lao PDR")) == QStringLiteral("LA"));
    CHECK(parseCountry(QStringLiteral("ประเทศไทย")) == QStringLiteral("TH"));
    CHECK(parseCountry(QStringLiteral("kh")) == QStringLiteral("KH"));
    CHECK(parseCountry(QStringLiteral("PHL")) == QStringLiteral("PH"));
    CHECK(parseCountry(QStringLiteral("Viet Nam")) == QStringLiteral("VN"));
    CHECK(parseCountry(QStringLiteral("Japan")) == QStringLiteral("JP"));
    CHECK_FALSE(parseCountry(QStringLiteral("Atlantis")).has_value());

    CHECK(parseAgeBand(QStringLiteral("25–34")) == AgeBand::From25To34);
    CHECK(parseAgeBand(QStringLiteral("41")) == AgeBand::From35To44);
    CHECK(parseAgeBand(QStringLiteral("Under 18")) == AgeBand::Under18);
    CHECK(parseAgeBand(QStringLiteral("65+")) == AgeBand::From65);

    CHECK(parseEmployees(QStringLiteral("10–49"))->value == 49);
    CHECK(parseEmployees(QStringLiteral("1,200"))->value == 1200);
    CHECK(parseEmployees(QStringLiteral("just me"))->value == 0);
    CHECK_FALSE(parseEmployees(QString())->value.has_value());
    CHECK_FALSE(parseEmployees(QStringLiteral("many")).has_value());

    CHECK(parseConsent(QStringLiteral("I agree to the processing of my data")) == true);
    CHECK(parseConsent(QStringLiteral("I do not agree")) == false);
    CHECK(parseConsent(QStringLiteral("ยินยอม")) == true);
    CHECK(parseConsent(QStringLiteral("ไม่ยินยอม")) == false);
    CHECK(parseConsent(QString()) == false);
    CHECK_FALSE(parseConsent(QStringLiteral("maybe")).has_value());

    CHECK(parseLanguages(QStringLiteral("Khmer, English and Thai"))
          == QStringList{QStringLiteral("km"), QStringLiteral("en"), QStringLiteral("th")});
    CHECK(parseLanguages(QStringLiteral("Bahasa Melayu / Tagalog")) == QStringList{QStringLiteral("ms"), QStringLiteral("fil")});
    CHECK_FALSE(parseLanguages(QStringLiteral("Elvish")).has_value());

    CHECK(parseOrganizationType(QStringLiteral("Chamber of commerce")) == OrganizationType::BusinessAssociation);
    CHECK(parseOrganizationType(QStringLiteral("Ministry of Industry")) == OrganizationType::Government);
    CHECK(parseOrganizationType(QStringLiteral("Small business")) == OrganizationType::Enterprise);
}

TEST_CASE("parseDateTime_dayOrMonthFirstIsChosenFromTheWholeColumn", "[roster][values]")
{
    // 13/02 cannot be month-first, so the whole column is day-first.
    const QStringList column{QStringLiteral("01/02/2026 09:00"), QStringLiteral("13/02/2026 10:30")};
    REQUIRE(chooseDateOrder(column) == DateOrder::DayFirst);
    const auto first = parseDateTime(column[0], DateOrder::DayFirst, QTimeZone::utc());
    REQUIRE(first);
    CHECK(first->date() == QDate(2026, 2, 1));
    CHECK(chooseDateOrder({QStringLiteral("2/14/26 22:28")}) == DateOrder::MonthFirst);

    const auto google = parseDateTime(QStringLiteral("2026/09/27 3:00:00 PM GMT+3"), DateOrder::MonthFirst, QTimeZone::utc());
    REQUIRE(google);
    CHECK(google->toUTC() == QDateTime(QDate(2026, 9, 27), QTime(12, 0), QTimeZone::utc()));
    const auto webinar = parseDateTime(QStringLiteral("Mar 22, 2025 19:13:27"), DateOrder::MonthFirst, QTimeZone("Asia/Manila"));
    REQUIRE(webinar);
    CHECK(webinar->toUTC() == QDateTime(QDate(2025, 3, 22), QTime(11, 13, 27), QTimeZone::utc()));
    CHECK_FALSE(parseDateTime(QStringLiteral("soon"), DateOrder::MonthFirst, QTimeZone::utc()).has_value());
}

TEST_CASE("duplicates_nameWordOrderAndMiddleInitialsDoNotHideAPerson", "[roster][duplicates]")
{
    CHECK(similarNames(QStringLiteral("Sok Dara"), QStringLiteral("Dara Sok")));
    CHECK(similarNames(QStringLiteral("Maria Cristina Dela Cruz"), QStringLiteral("Maria Cristina R. Dela Cruz")));
    CHECK(similarNames(QStringLiteral("Souksavanh Phommachanh"), QStringLiteral("Souksavanh Phommachan")));
    CHECK_FALSE(similarNames(QStringLiteral("Rizalina Mendoza"), QStringLiteral("Arnel Mendoza")));
    CHECK_FALSE(similarNames(QStringLiteral("สมศรี ใจดี"), QStringLiteral("สมชาย ใจดี")));
    CHECK(phoneKey(QStringLiteral("+855 12 555 014")) == phoneKey(QStringLiteral("012-555-014")));
    CHECK(phoneKey(QStringLiteral("1234")).isEmpty());
    CHECK(organizationKey(QStringLiteral("Tan Trading Sdn. Bhd.")) == organizationKey(QStringLiteral("tan trading")));
}

TEST_CASE("commitImport_googleFormsFile_addsEveryoneToTheWorkshopInOneGo", "[roster][import][store]")
{
    Library library;
    const std::size_t before = library.roster().size();
    const ImportPlan plan = library.plan(QStringLiteral("google-forms"));
    auto outcome = commitImport(*library.store, library.workshopId, plan, ProblemRows::Refuse);
    REQUIRE(outcome.ok());
    CHECK(outcome->added == 6);
    CHECK(outcome->merged == 0);
    const auto after = library.roster();
    REQUIRE(after.size() == before + 6);
    const Participant &khmer = after[before];
    CHECK(khmer.name == QStringLiteral("ស៊ុន ស្រីពៅ"));
    CHECK(khmer.notes == QStringLiteral("Joining from a phone\nPoor connection in the afternoons"));
    CHECK(khmer.consentGiven);
    CHECK(khmer.consentPurposes == QStringList{QStringLiteral("training"), QStringLiteral("reporting")});
    CHECK(khmer.source == QStringLiteral("Google Forms: input.csv"));
}

TEST_CASE("commitImport_rowsWithProblems_refuseTheWholeFileAndChangeNothing", "[roster][import][store]")
{
    Library library;
    const auto countsBefore = library.counts();
    const ImportPlan plan = library.plan(QStringLiteral("bad-values"));
    auto refused = commitImport(*library.store, library.workshopId, plan, ProblemRows::Refuse);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidData);
    CHECK(refused.error().message.contains(QStringLiteral("nothing was imported")));
    CHECK(refused.error().message.contains(QStringLiteral("line 4, column 3 “Country”: “Atlantis”")));
    CHECK(library.counts() == countsBefore);

    auto skipped = commitImport(*library.store, library.workshopId, plan, ProblemRows::Skip);
    REQUIRE(skipped.ok());
    CHECK(skipped->added == 1);
    CHECK(skipped->skippedProblemRows == 5);
}

TEST_CASE("commitImport_failureHalfwayLeavesNoRowBehind", "[roster][import][store]")
{
    Library library;
    const auto countsBefore = library.counts();
    // The database refuses the last person of the file, after five others were written.
    QSqlQuery query(library.store->database());
    REQUIRE(
        query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON participant "
                                  "WHEN NEW.name = 'Somchai \"Jack\" Thongdee' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    const ImportPlan plan = library.plan(QStringLiteral("google-forms"));
    auto outcome = commitImport(*library.store, library.workshopId, plan, ProblemRows::Refuse);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().message.contains(QStringLiteral("disk full")));
    CHECK(library.counts() == countsBefore);
}

TEST_CASE("commitImport_duplicatesMergeIntoTheExistingRecords", "[roster][import][duplicates]")
{
    Library library;
    const std::size_t before = library.roster().size();
    ImportPlan plan = library.plan(QStringLiteral("duplicates"));
    REQUIRE(plan.duplicates.size() == 4);
    auto outcome = commitImport(*library.store, library.workshopId, plan, ProblemRows::Refuse);
    REQUIRE(outcome.ok());
    CHECK(outcome->added == 2);  // Noor Azlina (once) and Grace
    CHECK(outcome->merged == 4); // three into the demo roster, one into the row above it
    const auto after = library.roster();
    CHECK(after.size() == before + 2);

    const auto dara = std::find_if(after.begin(), after.end(), [](const Participant &p) { return p.name == u"Sok Dara"; });
    REQUIRE(dara != after.end());
    CHECK(dara->aliases.contains(QStringLiteral("Dara Sok")));
    const auto sreymom = std::find_if(after.begin(), after.end(), [](const Participant &p) { return p.name == u"Chan Sreymom"; });
    REQUIRE(sreymom != after.end());
    CHECK(sreymom->phone == QStringLiteral("+855 17 555 203")); // the stored number is kept as written
    const auto azlina = std::find_if(after.begin(), after.end(),
                                     [](const Participant &p) { return p.email == u"azlina.k@my.example.org"; });
    REQUIRE(azlina != after.end());
    CHECK(azlina->name == QStringLiteral("Noor Azlina binti Kassim"));
    CHECK(azlina->aliases == QStringList{QStringLiteral("Noor Azlina Kassim")});
    CHECK(azlina->phone == QStringLiteral("+60 19-555 1010"));
}

TEST_CASE("commitImport_userChoicesForDuplicatesAreFollowed", "[roster][import][duplicates]")
{
    Library library;
    const std::size_t before = library.roster().size();
    ImportPlan plan = library.plan(QStringLiteral("duplicates"));
    plan.duplicates[0].action = DuplicateAction::Skip;     // Dara Sok
    plan.duplicates[1].action = DuplicateAction::AddAsNew; // Sreymom Chan
    auto outcome = commitImport(*library.store, library.workshopId, plan, ProblemRows::Refuse);
    REQUIRE(outcome.ok());
    CHECK(outcome->skippedDuplicates == 1);
    CHECK(outcome->added == 3);
    CHECK(library.roster().size() == before + 3);
}

TEST_CASE("rosterSettings_mappingsAreRememberedPerSource", "[roster][mapping][store]")
{
    Library library;
    RosterSettingsStore settings(*library.store);
    auto none = settings.latestMappingFor(RegistrationSource::GoogleForms);
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());
    const QStringList headers{QStringLiteral("Timestamp"), QStringLiteral("Email address"), QStringLiteral("Shop")};
    ColumnMapping mapping = suggestMapping(headers, RegistrationSource::GoogleForms);
    mapping.fields[2] = ImportField::Organization;
    REQUIRE(
        settings
            .saveMapping({QStringLiteral("google-forms"), RegistrationSource::GoogleForms, mappingToJson(headers, mapping), {}})
            .ok());
    auto remembered = settings.latestMappingFor(RegistrationSource::GoogleForms);
    REQUIRE(remembered.ok());
    REQUIRE(remembered->has_value());
    CHECK(applySavedMapping(remembered.value()->columns, headers, {}).at(2) == ImportField::Organization);
    auto byName = settings.mapping(QStringLiteral("google-forms"));
    REQUIRE(byName.ok());
    CHECK(byName->has_value());
}
