#pragma once
// Consistent copies of the library database, safe while another Sala process writes to it.

#include "util/expected.h"

#include <QSqlDatabase>

namespace sala {

// Writes a consistent snapshot to `outPath` (through a temporary file beside it, then renamed, so
// a half-written backup never carries the final name). Refuses to overwrite an existing file.
Status backupDatabase(QSqlDatabase db, const QString &outPath);

// The name of the automatic backup written before migrating `databasePath` from `oldVersion`:
// "sala.backup-2026-11-28T092500-schema1.db" beside "sala.db" ("…-schema1-2.db" when that
// name is taken).
QString migrationBackupName(const QString &databasePath, int oldVersion);

// Backups Sala wrote beside `databasePath`, newest first.
QStringList backupsBeside(const QString &databasePath);

// Copies the newest backup beside `databasePath` to a new file beside it,
// "sala.restored-2026-11-28T092500.db", readable by the user alone, and returns its path. The
// damaged database and the backup itself are left as they are.
Expected<QString> copyNewestBackup(const QString &databasePath);

} // namespace sala
