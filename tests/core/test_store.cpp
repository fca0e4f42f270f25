// The store: creation, migration, refusals that leave files untouched, and the writer lock.

#include "support/testsupport.h"

#include "store/backup.h"
#include "store/migrator.h"
#include "store/store.h"
#include "store/storeinfo.h"
#include "store/transaction.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <map>

using namespace sala;
using namespace sala::test;

namespace {

QVariant pragma(Store &store, const QString &name)
{
    QSqlQuery query(store.database());
    REQUIRE(query.exec(QStringLiteral("PRAGMA ") + name));
    REQUIRE(query.next());
    return query.value(0);
}

QString fixture(const QString &name)
{
    return QStringLiteral(SALA_FIXTURES_DIR) + u'/' + name;
}

// Builds a database file from a committed SQL dump of an older schema.
void buildFromDump(const QString &dumpPath, const QString &databasePath)
{
    const QString dump = QString::fromUtf8(readBytes(dumpPath));
    rawExec(databasePath, Migrator::statements(dump));
}

void expectRefusedUntouched(const QString &path, ErrorCode expected)
{
    const QByteArray before = readBytes(path);
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == expected);
    CHECK_FALSE(store.error().message.isEmpty());
    CHECK(store.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(readBytes(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(path + QStringLiteral(".lock")));
}

} // namespace

TEST_CASE("openMissingFile_createsCurrentSchemaWithSafeSettings", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/sala.db"));
    auto store = Store::open(path);
    REQUIRE(store.ok());
    Store &s = *store.value();

    CHECK(s.schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 2);
    CHECK(pragma(s, QStringLiteral("application_id")).toInt() == Store::applicationId);
    CHECK(pragma(s, QStringLiteral("journal_mode")).toString() == u"wal");
    CHECK(pragma(s, QStringLiteral("foreign_keys")).toInt() == 1);
    CHECK(pragma(s, QStringLiteral("synchronous")).toInt() == 2); // FULL
    CHECK(posixMode(path) == 0600);
    CHECK(posixMode(dir.filePath(QStringLiteral("new/folder"))) == 0700);
    CHECK(posixMode(dir.filePath(QStringLiteral("new"))) == 0700);
    CHECK(s.migrationBackupPath().isEmpty()); // nothing to back up in a new file
}

TEST_CASE("openEmptyFile_initializesIt", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    writeBytes(path, {});
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(store.value()->schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("reopen_keepsDataAndDoesNotBackUp", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        REQUIRE(store.value()->setMeta(QStringLiteral("k"), QStringLiteral("v")).ok());
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(store.value()->meta(QStringLiteral("k")) == u"v");
    CHECK(store.value()->migrationBackupPath().isEmpty());
    CHECK(backupsBeside(path).isEmpty());
}

TEST_CASE("migrateFromSchema1_backsUpFirstAndKeepsEveryRow", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    buildFromDump(fixture(QStringLiteral("store/schema-1.sql")), path);
    REQUIRE(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    const QByteArray original = readBytes(path);

    auto store = Store::open(path);
    REQUIRE(store.ok());
    Store &s = *store.value();
    CHECK(s.schemaVersion() == Migrator::latestVersion());

    // The backup sits beside the database, names the old version, and holds the old schema.
    const QString backup = s.migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(QFileInfo(backup).fileName().startsWith(u"sala.backup-"));
    CHECK(QFileInfo(backup).fileName().endsWith(u"-schema1.db"));
    CHECK(backupsBeside(path) == QStringList{backup});
    CHECK(rawValue(backup, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(rawValue(backup, QStringLiteral("SELECT title FROM workshop")).toString() == u"Cash flow in a crisis");
    CHECK(posixMode(backup) == 0600);
    Q_UNUSED(original);

    QSqlQuery query(s.database());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM activity")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 2);
    REQUIRE(query.exec(QStringLiteral("SELECT description FROM workshop WHERE id = 1")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString().startsWith(QStringLiteral("ຄຸ້ມຄອງ")));
    // Schema 2's tables exist and work.
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM participant")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 0);
}

TEST_CASE("migrateFromEveryEarlierVersion_keepsEveryRowOfEveryTable", "[store][migration]")
{
    // One frozen fixture per released schema version; a new version adds its own file.
    const QDir fixtures(fixture(QStringLiteral("store")));
    const QStringList dumps = fixtures.entryList({QStringLiteral("schema-*.sql")}, QDir::Files, QDir::Name);
    for (int version = 1; version < Migrator::latestVersion(); ++version)
        CHECK(dumps.contains(QStringLiteral("schema-%1.sql").arg(version)));
    for (const QString &dump : dumps) {
        INFO(dump.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sala.db"));
        buildFromDump(fixtures.filePath(dump), path);
        const int oldVersion = rawValue(path, QStringLiteral("PRAGMA user_version")).toInt();
        CHECK(dump == QStringLiteral("schema-%1.sql").arg(oldVersion));

        std::map<QString, qint64> before;
        {
            auto reader = Store::open(path, Store::Mode::ReadOnly);
            REQUIRE(reader.ok());
            auto info = storeInfo(*reader.value());
            REQUIRE(info.ok());
            for (const auto &[table, count] : info->tableCounts)
                before[table] = count;
        }
        CHECK(before[QStringLiteral("workshop")] > 0);

        auto store = Store::open(path);
        REQUIRE(store.ok());
        CHECK(store.value()->schemaVersion() == Migrator::latestVersion());
        if (oldVersion < Migrator::latestVersion())
            CHECK(
                QFileInfo(store.value()->migrationBackupPath()).fileName().endsWith(QStringLiteral("-schema%1.db").arg(oldVersion)));
        else
            CHECK(store.value()->migrationBackupPath().isEmpty());
        auto info = storeInfo(*store.value());
        REQUIRE(info.ok());
        for (const auto &[table, count] : info->tableCounts)
            if (before.count(table))
                CHECK(count == before[table]);
        auto problems = integrityProblems(*store.value());
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
    }
}

TEST_CASE("migrationFailure_rollsBackThatStep", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    buildFromDump(fixture(QStringLiteral("store/schema-1.sql")), path);
    // A table that migration 2 wants to create already exists: the step must fail as a whole.
    rawExec(path, {QStringLiteral("CREATE TABLE enrolment (x INTEGER)")});

    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(rawValue(path, QStringLiteral("PRAGMA user_version")).toInt() == 1);
    CHECK(rawValue(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'participant'")).toInt() == 0);
    CHECK(rawValue(path, QStringLiteral("SELECT count(*) FROM activity")).toInt() == 2);
}

TEST_CASE("openNonSqliteFile_refusesAndLeavesItByteIdentical", "[store][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("participants.csv"));
    writeBytes(path, QByteArrayLiteral("Name,Email\nSok Dara,dara@example.com\n"));
    expectRefusedUntouched(path, ErrorCode::NotSqlite);
}

TEST_CASE("openShortNonSqliteFile_refuses", "[store][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tiny.db"));
    writeBytes(path, QByteArrayLiteral("SQLite"));
    expectRefusedUntouched(path, ErrorCode::NotSqlite);
}

TEST_CASE("openForeignSqliteDatabase_refusesAndLeavesItByteIdentical", "[store][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawExec(path, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)"),
                   QStringLiteral("INSERT INTO invoices (amount) VALUES (12.5)")});
    expectRefusedUntouched(path, ErrorCode::NotSala);
}

TEST_CASE("openDatabaseFromNewerSala_refusesAndLeavesItByteIdentical", "[store][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        REQUIRE(Store::open(path).ok());
    }
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"), QStringLiteral("PRAGMA user_version = 99")});
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    expectRefusedUntouched(path, ErrorCode::NewerVersion);
    CHECK(store.error().message.contains(u"99"));
}

TEST_CASE("openCorruptDatabase_refusesOffersBackupAndLeavesItByteIdentical", "[store][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    buildFromDump(fixture(QStringLiteral("store/schema-1.sql")), path);
    {
        REQUIRE(Store::open(path).ok());
    } // migrates, so a backup now sits beside it
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    QByteArray bytes = readBytes(path);
    REQUIRE(bytes.size() > 3 * 4096);
    // Garbage over the second and third pages keeps the header valid but breaks the b-trees.
    for (qsizetype i = 4096; i < 3 * 4096; ++i)
        bytes[i] = char(0x5A ^ (i & 0xFF));
    writeBytes(path, bytes);

    expectRefusedUntouched(path, ErrorCode::Corrupt);
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().message.contains(u"backup"));
    CHECK(store.error().message.contains(QFileInfo(backupsBeside(path).value(0)).fileName()));
}

TEST_CASE("secondWriter_isRefusedWithClearMessage", "[store][lock]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    auto first = Store::open(path);
    REQUIRE(first.ok());
    auto second = Store::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Locked);
    CHECK(second.error().message.contains(u"already open"));

    // A reader is not a writer: inspection and backups stay possible.
    auto reader = Store::open(path, Store::Mode::ReadOnly);
    CHECK(reader.ok());

    first.value().reset();
    CHECK(Store::open(path).ok()); // the lock went with the first writer
}

TEST_CASE("open_lockFileLeftEmptyByAKilledProcess_isTakenOver", "[store][lock]")
{
    // A process killed right after creating its lock file, before writing its id into it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    REQUIRE(Store::open(path).ok());
    QFile lock(path + QStringLiteral(".lock"));
    REQUIRE(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
    lock.close();

    auto store = Store::open(path);
    INFO((store.ok() ? QString() : store.error().message).toStdString());
    REQUIRE(store.ok());
    // The lock is Sala's again: a second writer is still refused.
    auto second = Store::open(path);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Locked);
}

TEST_CASE("readOnlyOpen_neverCreatesAFile", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto store = Store::open(path, Store::Mode::ReadOnly);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::NotFound);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("backupDatabase_writesConsistentCopyAndRefusesToOverwrite", "[store][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    auto store = Store::open(path);
    REQUIRE(store.ok());
    REQUIRE(store.value()->setMeta(QStringLiteral("marker"), QStringLiteral("kept")).ok());

    const QString out = dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(backupDatabase(store.value()->database(), out).ok());
    CHECK(rawValue(out, QStringLiteral("SELECT value FROM app_meta WHERE key = 'marker'")).toString() == u"kept");
    CHECK(rawValue(out, QStringLiteral("PRAGMA user_version")).toInt() == Migrator::latestVersion());
    CHECK(posixMode(out) == 0600);

    const QByteArray before = readBytes(out);
    auto again = backupDatabase(store.value()->database(), out);
    CHECK_FALSE(again.ok());
    CHECK(readBytes(out) == before);
    CHECK_FALSE(QFile::exists(out + QStringLiteral(".part")));
}

TEST_CASE("transaction_rollsBackUnlessCommittedAndNests", "[store][transaction]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    Store &s = *store.value();
    {
        Transaction t(s.database());
        REQUIRE(t.active());
        REQUIRE(s.setMeta(QStringLiteral("a"), QStringLiteral("1")).ok());
    }
    CHECK(s.meta(QStringLiteral("a")).isEmpty());
    {
        Transaction outer(s.database());
        {
            Transaction inner(s.database());
            REQUIRE(s.setMeta(QStringLiteral("b"), QStringLiteral("2")).ok());
            REQUIRE(inner.commit().ok());
        }
        // The outer transaction is abandoned: the inner commit must go with it.
    }
    CHECK(s.meta(QStringLiteral("b")).isEmpty());
    {
        Transaction outer(s.database());
        Transaction inner(s.database());
        REQUIRE(s.setMeta(QStringLiteral("c"), QStringLiteral("3")).ok());
        REQUIRE(inner.commit().ok());
        REQUIRE(outer.commit().ok());
    }
    CHECK(s.meta(QStringLiteral("c")) == u"3");
}

TEST_CASE("migrationStatements_splitAtLineEndSemicolonsAndSkipComments", "[store][migration]")
{
    const QStringList statements = Migrator::statements(QStringLiteral(
        "-- a comment; with a semicolon\nCREATE TABLE a (\n  x TEXT DEFAULT 'a;b'\n);\n\nINSERT INTO a VALUES ('1');\n"));
    REQUIRE(statements.size() == 2);
    CHECK(statements[0].startsWith(u"CREATE TABLE a"));
    CHECK(statements[0].contains(u"'a;b'"));
    CHECK(statements[1] == u"INSERT INTO a VALUES ('1');");
}

TEST_CASE("storeInfo_countsRowsPerTable", "[store]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    REQUIRE(store.value()->setMeta(QStringLiteral("x"), QStringLiteral("y")).ok());
    auto info = storeInfo(*store.value());
    REQUIRE(info.ok());
    CHECK(info->schemaVersion == Migrator::latestVersion());
    bool foundMeta = false;
    for (const auto &[table, count] : info->tableCounts)
        if (table == u"app_meta") {
            foundMeta = true;
            CHECK(count == 1);
        }
    CHECK(foundMeta);
    auto problems = integrityProblems(*store.value());
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}
