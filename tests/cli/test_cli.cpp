// sala-cli as a user runs it: a separate process, its output, its exit codes.

#include "cli/clirun.h"
#include "support/testsupport.h"

#include "store/migrator.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

} // namespace

TEST_CASE("cli_helpListsCommandsAndExitCodes", "[cli]")
{
    QTemporaryDir home;
    const Run run = runCli({QStringLiteral("--help")}, home.path());
    CHECK(run.exitCode == 0);
    for (const char *word : {"db info", "db check", "db backup", "demo", "Exit codes", "--db"})
        CHECK(run.out.contains(QString::fromLatin1(word)));
}

TEST_CASE("cli_versionPrintsTheVersion", "[cli]")
{
    QTemporaryDir home;
    const Run run = runCli({QStringLiteral("--version")}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"sala-cli 0."));
}

TEST_CASE("cli_usageErrorsExitWithOneAndOneLine", "[cli]")
{
    QTemporaryDir home;
    for (const QStringList &args :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")}, QStringList{QStringLiteral("db")},
          QStringList{QStringLiteral("db"), QStringLiteral("vacuum")}, QStringList{QStringLiteral("--no-such-option")}}) {
        const Run run = runCli(args, home.path());
        INFO(args.join(u' ').toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(u"sala-cli: "));
        CHECK(run.err.trimmed().count(u'\n') == 0);
    }
}

TEST_CASE("cli_demoCreatesTheWorkshopOnceAndInfoCountsIt", "[cli]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("work/sala.db"));
    Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Added the demo workshop"));

    run = runCli({QStringLiteral("--db"), db, QStringLiteral("demo")}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"already"));

    run = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Schema version: %1").arg(Migrator::latestVersion())));
    CHECK(run.out.contains(u"workshop"));

    run = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json"),
                  QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    CHECK(json.value(u"schemaVersion").toInt() == Migrator::latestVersion());
    const QJsonObject tables = json.value(u"tables").toObject();
    CHECK(tables.value(u"workshop").toInt() == 1);
    CHECK(tables.value(u"activity").toInt() == 12);
    CHECK(tables.value(u"participant").toInt() >= 25);
    CHECK(tables.value(u"enrolment").toInt() == tables.value(u"participant").toInt());

    run = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("xml"),
                  QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 1);
}

TEST_CASE("cli_usesTheDefaultDatabaseWithoutDb", "[cli]")
{
    QTemporaryDir home;
    Run run = runCli({QStringLiteral("demo")}, home.path());
    REQUIRE(run.exitCode == 0);
    CHECK(QFile::exists(home.filePath(QStringLiteral("data/Sala/sala.db"))));
    CHECK(posixMode(home.filePath(QStringLiteral("data/Sala"))) == 0700);
    CHECK(QFile::exists(home.filePath(QStringLiteral("data/Sala/logs/sala.log"))));
}

TEST_CASE("cli_checkReportsHealthAndEachKindOfDamage", "[cli]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("sala.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode == 0);

    Run run = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"healthy"));

    run = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), home.filePath(QStringLiteral("none.db"))},
                 home.path());
    CHECK(run.exitCode == 2);
    CHECK_FALSE(QFile::exists(home.filePath(QStringLiteral("none.db"))));

    const QString text = home.filePath(QStringLiteral("notes.txt"));
    writeBytes(text, QByteArrayLiteral("not a database"));
    run = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), text}, home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"not an SQLite"));

    const QString newer = home.filePath(QStringLiteral("newer.db"));
    REQUIRE(QFile::copy(db, newer));
    rawExec(newer, {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA user_version = 42")});
    run = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), newer}, home.path());
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(u"newer"));

    const QString damaged = home.filePath(QStringLiteral("damaged.db"));
    REQUIRE(QFile::copy(db, damaged));
    rawExec(damaged, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    QByteArray bytes = readBytes(damaged);
    for (qsizetype i = 4096; i < std::min<qsizetype>(bytes.size(), 5 * 4096); ++i)
        bytes[i] = char(0xA5);
    writeBytes(damaged, bytes);
    run = runCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), damaged}, home.path());
    CHECK(run.exitCode == 3);
    CHECK(run.err.contains(u"damaged"));
}

TEST_CASE("cli_backupWorksWhileSalaHoldsTheDatabase", "[cli]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("sala.db"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path()).exitCode == 0);

    auto writer = Store::open(db); // this test process plays the running Sala
    REQUIRE(writer.ok());
    REQUIRE(writer.value()->setMeta(QStringLiteral("live"), QStringLiteral("yes")).ok());

    const QString out = home.filePath(QStringLiteral("backup.db"));
    Run run = runCli({QStringLiteral("db"), QStringLiteral("backup"), out, QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(rawValue(out, QStringLiteral("SELECT value FROM app_meta WHERE key = 'live'")).toString() == u"yes");
    CHECK(rawValue(out, QStringLiteral("SELECT count(*) FROM activity")).toInt() == 12);

    run = runCli({QStringLiteral("db"), QStringLiteral("backup"), out, QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 6);
    CHECK(run.err.contains(u"already exists"));

    run = runCli({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 1);

    run = runCli({QStringLiteral("db"), QStringLiteral("backup"), home.filePath(QStringLiteral("no/such/folder/b.db")),
                  QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 2);
}

TEST_CASE("cli_secondWriterProcessGetsAClearMessage", "[cli][lock]")
{
    QTemporaryDir home;
    const QString db = home.filePath(QStringLiteral("sala.db"));
    auto writer = Store::open(db);
    REQUIRE(writer.ok());
    const QByteArray before = readBytes(db);

    const Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 5);
    CHECK(run.err.contains(u"already open in another Sala window"));
    CHECK(run.err.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(readBytes(db) == before);
}

TEST_CASE("cli_demoRefusesAForeignDatabase", "[cli]")
{
    QTemporaryDir home;
    const QString other = home.filePath(QStringLiteral("other.db"));
    rawExec(other, {QStringLiteral("CREATE TABLE t (x)")});
    const QByteArray before = readBytes(other);
    const Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), other}, home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"not one of Sala's"));
    CHECK(readBytes(other) == before);
}
