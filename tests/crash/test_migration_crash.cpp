// A process upgrading a database from the oldest released schema is killed at random moments:
// afterwards the file is either still at version 1 with every row, or fully upgraded with its
// backup beside it; never in between. The next open finishes the job.

#include "crash/driverprocess.h"
#include "support/testsupport.h"

#include "store/backup.h"
#include "store/migrator.h"
#include "store/store.h"
#include "store/storeinfo.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <random>

using namespace sala;
using namespace sala::test;

namespace {

// The schema-1 fixture with many more activities, so that the backup and the upgrade take long
// enough for kills to land inside them.
void buildLargeSchema1(const QString &path)
{
    const QString dump = QString::fromUtf8(readBytes(QStringLiteral(SALA_FIXTURES_DIR "/store/schema-1.sql")));
    rawExec(path, Migrator::statements(dump));
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = WAL"),
                   QStringLiteral("INSERT INTO session (id, workshop_id, position, title, session_date, planned_start) "
                                  "VALUES (500, 1, 500, 'Bulk', '2026-03-02', '09:00')"),
                   QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                  "INSERT INTO activity (session_id, position, kind, title, planned_minutes, instructions) "
                                  "SELECT 500, i, 'plenary', 'Bulk activity ' || i, i % 60, "
                                  "'Share your screen and explain the six steps of the plan in your own words.' FROM n")});
}

// Rows and a checksum of the activity table, read without the Store (which would migrate).
QString activityFingerprint(const QString &path)
{
    return rawValue(path, QStringLiteral("SELECT count(*) || ':' || total(planned_minutes) || ':' || total(length(title)) "
                                         "FROM activity"))
        .toString();
}

} // namespace

TEST_CASE("crash_killedDuringMigrationFromSchema1_leavesOldOrCompleteWithBackup", "[crash][migration]")
{
    std::mt19937 random(20261203);
    constexpr int rounds = 8;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sala.db"));
        buildLargeSchema1(path);
        const QString before = activityFingerprint(path);

        // The driver logs the backup and then each of the five steps before applying it; after
        // seven lines it has finished (or was killed just as it finished): both are fine.
        const int killAfter = int(random() % 8);
        const KilledDriver killed = runAndKill({QStringLiteral("--db"), path, QStringLiteral("--mode"), QStringLiteral("migrate")},
                                               killAfter, {QByteArrayLiteral("progress")});
        INFO(killed.errors.toStdString());

        const int version = rawValue(path, QStringLiteral("PRAGMA user_version")).toInt();
        CHECK(activityFingerprint(path) == before);
        const QStringList backups = backupsBeside(path);
        if (version != 1) {
            CHECK(version == Migrator::latestVersion());
            // A finished upgrade always has its backup, holding version 1 and every row.
            REQUIRE(backups.size() == 1);
            CHECK(rawValue(backups.first(), QStringLiteral("PRAGMA user_version")).toInt() == 1);
            CHECK(activityFingerprint(backups.first()) == before);
        }

        // The next start upgrades what is left and keeps every row.
        auto store = Store::open(path);
        REQUIRE(store.ok());
        CHECK(store.value()->schemaVersion() == Migrator::latestVersion());
        auto problems = integrityProblems(*store.value());
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        store.value().reset();
        CHECK(activityFingerprint(path) == before);
        CHECK_FALSE(backupsBeside(path).isEmpty());
    }
}
