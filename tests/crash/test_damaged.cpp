// A database file cut short or overwritten with garbage: Sala refuses it with a message that
// says what is wrong and names the newest backup, and never writes to the damaged file.

#include "support/testsupport.h"

#include "domain/plan.h"
#include "store/backup.h"
#include "store/migrator.h"
#include "store/planstore.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <random>

using namespace sala;
using namespace sala::test;

namespace {

// A schema-1 database upgraded by Sala (so its backup sits beside it), with one more workshop.
QString databaseWithBackup(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    const QString dump = QString::fromUtf8(readBytes(QStringLiteral(SALA_FIXTURES_DIR "/store/schema-1.sql")));
    rawExec(path, Migrator::statements(dump));
    auto store = Store::open(path);
    REQUIRE(store.ok());
    Workshop workshop;
    workshop.title = QStringLiteral("Pricing for home bakers");
    workshop.timeZone = QStringLiteral("Asia/Kuala_Lumpur");
    REQUIRE(PlanStore(*store.value()).insertWorkshop(workshop).ok());
    REQUIRE(backupsBeside(path).size() == 1);
    return path; // closing the store folds the WAL into the file
}

void expectRefusedNamingBackup(const QString &path)
{
    const QByteArray before = readBytes(path);
    const QStringList filesBefore = QFileInfo(path).absoluteDir().entryList(QDir::Files);
    for (const Store::Mode mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
        auto store = Store::open(path, mode);
        REQUIRE_FALSE(store.ok());
        INFO(store.error().message.toStdString());
        CHECK((store.error().code == ErrorCode::Corrupt || store.error().code == ErrorCode::NotSqlite));
        CHECK(store.error().message.contains(QDir::toNativeSeparators(path)));
        CHECK(store.error().message.contains(QDir::toNativeSeparators(backupsBeside(path).value(0))));
    }
    CHECK(readBytes(path) == before);
    CHECK(QFileInfo(path).absoluteDir().entryList(QDir::Files) == filesBefore); // no -wal, -shm or lock left
}

} // namespace

TEST_CASE("openTruncatedDatabase_refusesNamesTheBackupAndNeverWrites", "[crash][refusal]")
{
    QTemporaryDir dir;
    const QString path = databaseWithBackup(dir);
    const QByteArray whole = readBytes(path);
    REQUIRE(whole.size() > 4 * 4096);
    for (const qsizetype length : {qsizetype(0), qsizetype(10), qsizetype(60), qsizetype(100), qsizetype(4096), whole.size() / 2,
                                   whole.size() - 4096, whole.size() - 1}) {
        INFO("cut to " << length << " of " << whole.size() << " bytes");
        writeBytes(path, whole.left(length));
        expectRefusedNamingBackup(path);
    }
}

TEST_CASE("openDatabaseOverwrittenWithGarbage_refusesNamesTheBackupAndNeverWrites", "[crash][refusal]")
{
    QTemporaryDir dir;
    const QString path = databaseWithBackup(dir);
    const QByteArray whole = readBytes(path);
    std::mt19937 random(20261204);
    auto garbage = [&](qsizetype length) {
        QByteArray bytes(length, '\0');
        for (char &c : bytes)
            c = char(random() & 0xFF);
        return bytes;
    };
    SECTION("all of it")
    {
        writeBytes(path, garbage(whole.size()));
        expectRefusedNamingBackup(path);
    }
    SECTION("all but the SQLite header")
    {
        writeBytes(path, whole.left(100) + garbage(whole.size() - 100));
        expectRefusedNamingBackup(path);
    }
    SECTION("the first page")
    {
        writeBytes(path, garbage(4096) + whole.mid(4096));
        expectRefusedNamingBackup(path);
    }
    SECTION("a page in the middle")
    {
        QByteArray bytes = whole;
        bytes.replace(whole.size() / 2 / 4096 * 4096, 4096, garbage(4096));
        writeBytes(path, bytes);
        expectRefusedNamingBackup(path);
    }
}

TEST_CASE("copyNewestBackup_copiesBesideAndLeavesDamagedFileAndBackupAlone", "[crash][backup]")
{
    QTemporaryDir dir;
    const QString path = databaseWithBackup(dir);
    writeBytes(path, QByteArrayLiteral("garbage"));
    const QString backup = backupsBeside(path).value(0);
    const QByteArray backupBytes = readBytes(backup);

    auto copy = copyNewestBackup(path);
    REQUIRE(copy.ok());
    CHECK(QFileInfo(copy.value()).absolutePath() == QFileInfo(path).absolutePath());
    CHECK(QFileInfo(copy.value()).fileName().startsWith(u"sala.restored-"));
    CHECK(readBytes(copy.value()) == backupBytes);
    CHECK(readBytes(path) == QByteArrayLiteral("garbage"));
    CHECK(readBytes(backup) == backupBytes);
    CHECK(posixMode(copy.value()) == 0600);
    // A second copy never replaces the first.
    auto second = copyNewestBackup(path);
    REQUIRE(second.ok());
    CHECK(second.value() != copy.value());

    auto store = Store::open(copy.value());
    REQUIRE(store.ok());
    CHECK(store.value()->schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("migrationBackupName_neverReusesAnExistingBackup", "[crash][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    const QString first = migrationBackupName(path, 3);
    writeBytes(first, QByteArrayLiteral("backup"));
    const QString second = migrationBackupName(path, 3);
    CHECK(second != first);
    CHECK(QFileInfo(second).fileName().startsWith(u"sala.backup-"));
    CHECK(QFileInfo(second).fileName().endsWith(u".db"));
}
