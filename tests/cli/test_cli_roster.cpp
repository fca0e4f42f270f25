// `sala-cli roster` as a trainer runs it: import registration exports (all or nothing, problems
// named by line and column), export the roster, show and erase one person, through the real
// executable with a private home folder.

#include "cli/clirun.h"
#include "core/rosterworkbooks.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

QString fixture(const QString &name, const QString &file = QStringLiteral("input.csv"))
{
    return QStringLiteral(SALA_FIXTURES_DIR "/roster/") + name + u'/' + file;
}

struct Home {
    QTemporaryDir dir;
    QString db;

    Home()
    {
        db = dir.filePath(QStringLiteral("sala.db"));
        REQUIRE(cli({QStringLiteral("demo")}).exitCode == 0);
    }
    Run cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db;
        return runCli(arguments, dir.path());
    }
    qint64 tableCount(const QString &table) const
    {
        const Run info = cli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(info.exitCode == 0);
        return QJsonDocument::fromJson(info.out.toUtf8())
            .object()
            .value(QStringLiteral("tables"))
            .toObject()
            .value(table)
            .toInteger();
    }
    QJsonObject show(qint64 participant) const
    {
        const Run run = cli({QStringLiteral("roster"), QStringLiteral("show"), QStringLiteral("--participant"),
                             QString::number(participant), QStringLiteral("--format"), QStringLiteral("json")});
        REQUIRE(run.exitCode == 0);
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
};

} // namespace

TEST_CASE("cliRosterImport_googleFormsCsvAddsEveryone", "[cli][roster]")
{
    Home home;
    const Run run = home.cli({QStringLiteral("roster"), QStringLiteral("import"), fixture(QStringLiteral("google-forms")),
                              QStringLiteral("--workshop"), QStringLiteral("1")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Google Forms layout")));
    CHECK(run.out.contains(QStringLiteral("6 added, 0 merged")));
    // The demo holds 28 participants and its facilitator and interpreter (29 and 30).
    CHECK(home.tableCount(QStringLiteral("participant")) == 36);
    const QJsonObject person = home.show(31).value(QStringLiteral("participant")).toObject();
    CHECK(person.value(QStringLiteral("name")).toString() == u"ស៊ុន ស្រីពៅ");
    // The mapping is remembered for the next Google Forms file.
    CHECK(home.tableCount(QStringLiteral("import_mapping")) == 1);
}

TEST_CASE("cliRosterImport_microsoftFormsWorkbook", "[cli][roster][xlsx]")
{
    Home home;
    const QString path = home.dir.filePath(QStringLiteral("Registration (1-3).xlsx"));
    writeBytes(path, microsoftFormsWorkbook());
    const Run run = home.cli(
        {QStringLiteral("roster"), QStringLiteral("import"), path, QStringLiteral("--workshop"), QStringLiteral("1")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Excel workbook, sheet “Form1”, Microsoft Forms layout")));
    CHECK(run.out.contains(QStringLiteral("3 added")));
}

TEST_CASE("cliRosterImport_dryRunReportsAndChangesNothing", "[cli][roster]")
{
    Home home;
    const Run run = home.cli({QStringLiteral("roster"), QStringLiteral("import"), fixture(QStringLiteral("duplicates")),
                              QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--dry-run")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Duplicate: line 2 “Dara Sok” matches participant 1 “Sok Dara” (same email) → merge")));
    CHECK(run.out.contains(QStringLiteral("Dry run: 2 would be added, 4 merged")));
    CHECK(home.tableCount(QStringLiteral("participant")) == 30);
    CHECK(home.tableCount(QStringLiteral("import_mapping")) == 0);
}

TEST_CASE("cliRosterImport_malformedFileIsRefusedWithLineAndColumn", "[cli][roster]")
{
    Home home;
    const Run bad = home.cli({QStringLiteral("roster"), QStringLiteral("import"), fixture(QStringLiteral("bad-values")),
                              QStringLiteral("--workshop"), QStringLiteral("1")});
    CHECK(bad.exitCode == 7);
    CHECK(bad.err.contains(QStringLiteral("line 4, column 3 “Country”: “Atlantis” is not a country")));
    CHECK(bad.err.contains(QStringLiteral("5 row(s) of")));
    CHECK(bad.err.contains(QStringLiteral("nothing was imported")));
    CHECK(home.tableCount(QStringLiteral("participant")) == 30);

    const Run broken = home.cli({QStringLiteral("roster"), QStringLiteral("import"), fixture(QStringLiteral("unterminated-quote")),
                                 QStringLiteral("--workshop"), QStringLiteral("1")});
    CHECK(broken.exitCode == 7);
    CHECK(broken.err.contains(QStringLiteral("line 3, column 3")));
    CHECK(home.tableCount(QStringLiteral("participant")) == 30);

    const Run skipped = home.cli({QStringLiteral("roster"), QStringLiteral("import"), fixture(QStringLiteral("bad-values")),
                                  QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--skip-invalid")});
    CHECK(skipped.exitCode == 0);
    CHECK(skipped.out.contains(QStringLiteral("1 added")));
    CHECK(home.tableCount(QStringLiteral("participant")) == 31);
}

TEST_CASE("cliRosterImport_wrongUsageIsNamed", "[cli][roster]")
{
    Home home;
    const QString file = fixture(QStringLiteral("google-forms"));
    const Run noWorkshop = home.cli({QStringLiteral("roster"), QStringLiteral("import"), file});
    CHECK(noWorkshop.exitCode == 1);
    CHECK(noWorkshop.err.contains(QStringLiteral("--workshop is required")));
    const Run missingWorkshop = home.cli(
        {QStringLiteral("roster"), QStringLiteral("import"), file, QStringLiteral("--workshop"), QStringLiteral("99")});
    CHECK(missingWorkshop.exitCode == 2);
    const Run badMapping = home.cli({QStringLiteral("roster"), QStringLiteral("import"), file, QStringLiteral("--workshop"),
                                     QStringLiteral("1"), QStringLiteral("--mapping"), QStringLiteral("nonsense")});
    CHECK(badMapping.exitCode == 1);
    CHECK(badMapping.err.contains(QStringLiteral("google-forms")));
    const Run missingFile = home.cli({QStringLiteral("roster"), QStringLiteral("import"),
                                      home.dir.filePath(QStringLiteral("no.csv")), QStringLiteral("--workshop"),
                                      QStringLiteral("1")});
    CHECK(missingFile.exitCode == 2);
    const Run noFormat = home.cli({QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--workshop"),
                                   QStringLiteral("1"), QStringLiteral("--out"), home.dir.filePath(QStringLiteral("r.csv"))});
    CHECK(noFormat.exitCode == 1);
    CHECK(home.cli({QStringLiteral("roster"), QStringLiteral("fly")}).exitCode == 1);
}

TEST_CASE("cliRosterExport_writesFlagsAndLogs", "[cli][roster][privacy]")
{
    Home home;
    const QString out = home.dir.filePath(QStringLiteral("roster.json"));
    const Run run = home.cli({QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--workshop"),
                              QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"),
                              out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // Everyone's personal data leaves, the team's too, each with their role.
    CHECK(run.out.contains(QStringLiteral("30 participant(s)")));
    CHECK(run.out.contains(QStringLiteral("NO CONSENT")));
    const QJsonObject root = QJsonDocument::fromJson(readBytes(out)).object();
    const QJsonArray people = root.value(QStringLiteral("participants")).toArray();
    CHECK(people.size() == 30);
    int facilitators = 0;
    for (const QJsonValue &person : people)
        facilitators += person.toObject().value(QStringLiteral("role")).toString() == u"facilitator" ? 1 : 0;
    CHECK(facilitators == 1);
    CHECK(home.tableCount(QStringLiteral("personal_data_log")) == 1);
    // An existing file is never replaced without --force.
    const Run again = home.cli({QStringLiteral("roster"), QStringLiteral("export"), QStringLiteral("--workshop"),
                                QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"),
                                out});
    CHECK(again.exitCode == 6);
    CHECK(home.tableCount(QStringLiteral("personal_data_log")) == 1);
}

TEST_CASE("cliRosterErase_removesThePersonFromTheDatabaseFile", "[cli][roster][privacy]")
{
    Home home;
    const QJsonObject before = home.show(2).value(QStringLiteral("participant")).toObject();
    const QString name = before.value(QStringLiteral("name")).toString();
    const QString email = before.value(QStringLiteral("email")).toString();
    REQUIRE(readBytes(home.db).contains(email.toUtf8()));

    const Run run = home.cli(
        {QStringLiteral("roster"), QStringLiteral("erase"), QStringLiteral("--participant"), QStringLiteral("2")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    QByteArray bytes = readBytes(home.db);
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFile::exists(home.db + suffix))
            bytes += readBytes(home.db + suffix);
    CHECK_FALSE(bytes.contains(name.toUtf8()));
    CHECK_FALSE(bytes.contains(email.toUtf8()));
    const QJsonObject after = home.show(2).value(QStringLiteral("participant")).toObject();
    CHECK(after.value(QStringLiteral("name")).toString().isEmpty());
    CHECK(after.value(QStringLiteral("sex")).toString() == before.value(QStringLiteral("sex")).toString());
    CHECK_FALSE(after.value(QStringLiteral("erasedAt")).isNull());

    const Run missing = home.cli(
        {QStringLiteral("roster"), QStringLiteral("erase"), QStringLiteral("--participant"), QStringLiteral("999")});
    CHECK(missing.exitCode == 2);
}
