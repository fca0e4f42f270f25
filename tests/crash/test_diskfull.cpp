// The disk filling up in the middle of a roster import, simulated by capping the database's size
// on the connection (PRAGMA max_page_count): the import fails with a message that says the disk
// is full, and the database is exactly as it was.

#include "support/testsupport.h"

#include "domain/plan.h"
#include "roster/columnmapping.h"
#include "roster/registrationfile.h"
#include "roster/rosterimport.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "store/storeinfo.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

QByteArray registrationExport(const QByteArray &tag, int rows)
{
    QByteArray csv = "Full name,Email address,Country,Business name,Notes\n";
    for (int i = 0; i < rows; ++i)
        csv += "Person " + tag + QByteArray::number(i) + ",p" + QByteArray::number(i) + '.' + tag
               + "@full.example.org,Philippines,Sari-sari store " + QByteArray::number(i)
               + ",Joins by phone from the market; prefers the chat to speaking\n";
    return csv;
}

Expected<ImportOutcome> importInto(Store &store, qint64 workshopId, const QByteArray &bytes)
{
    auto file = readRegistrationBytes(bytes, QStringLiteral("registrations.csv"));
    REQUIRE(file.ok());
    const FileHeader header = findHeader(file.value());
    const ImportPlan plan = planImport(file.value(), suggestMapping(header.headers, detectSource(header.headers)),
                                       ImportOptions{}, {});
    REQUIRE(plan.rowsWithProblems() == 0);
    return commitImport(store, workshopId, plan, ProblemRows::Refuse);
}

// Every row of every table, read through a connection of its own.
QString contents(const QString &path)
{
    QString all;
    const QStringList tables = rawValue(path,
                                        QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_schema "
                                                       "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)"))
                                   .toString()
                                   .split(u' ');
    for (const QString &table : tables) {
        const QString row = rawValue(path, QStringLiteral("SELECT group_concat('quote(\"' || name || '\")', ' || ''|'' || ') "
                                                          "FROM pragma_table_info('%1')")
                                               .arg(table))
                                .toString();
        all += table + u'\n'
               + rawValue(path, QStringLiteral("SELECT group_concat(%1, char(10)) FROM \"%2\"").arg(row, table)).toString()
               + u'\n';
    }
    return all;
}

} // namespace

TEST_CASE("diskFull_duringRosterImport_failsClearlyAndLeavesTheStoreUnchanged", "[crash][roster][diskfull]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    auto opened = Store::open(path);
    REQUIRE(opened.ok());
    Store &store = *opened.value();
    Workshop workshop;
    workshop.title = QStringLiteral("Digital marketing for home businesses");
    workshop.timeZone = QStringLiteral("Asia/Manila");
    REQUIRE(PlanStore(store).insertWorkshop(workshop).ok());
    REQUIRE(importInto(store, workshop.id, registrationExport("a", 12)).ok());

    const QString before = contents(path);
    const QByteArray mainFileBefore = readBytes(path);
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(query.next());
    const int pages = query.value(0).toInt();
    // No room for more pages than the database has now: the first page the import needs fails.
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    const auto failed = importInto(store, workshop.id, registrationExport("b", 600));
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::Io);
    INFO(failed.error().message.toStdString());
    CHECK(failed.error().message.contains(u"disk is full"));
    CHECK(failed.error().message.contains(u"Free some space"));

    CHECK(contents(path) == before);
    CHECK(readBytes(path) == mainFileBefore); // nothing was checkpointed into the file
    auto people = RosterStore(store).participantsOf(workshop.id);
    REQUIRE(people.ok());
    CHECK(people->size() == 12);

    // With room again the same connection imports, and a reopened store holds both imports.
    REQUIRE(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    const auto retried = importInto(store, workshop.id, registrationExport("b", 600));
    REQUIRE(retried.ok());
    CHECK(retried->added == 600);
    opened.value().reset();

    auto reopened = Store::open(path);
    REQUIRE(reopened.ok());
    auto problems = integrityProblems(*reopened.value());
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    auto everyone = RosterStore(*reopened.value()).participantsOf(workshop.id);
    REQUIRE(everyone.ok());
    CHECK(everyone->size() == 612);
}
