#pragma once
// Consistent copies of the library database, safe while another Sala process writes to it.

#include "util/expected.h"

#include <QSqlDatabase>

namespace sala {

// Writes a consistent snapshot to `outPath` (through a temporary file beside it, then renamed, so
// a half-written backup never carries the final name). Refuses to overwrite an existing file.
Status backupDatabase(QSqlDatabase db, const QString &outPath);

// The name of the automatic backup written before migrating `databasePath` from `oldVersion`:
// "sala.backup-2026-11-28T0925-schema1.db" beside "sala.db".
QString migrationBackupName(const QString &databasePath, int oldVersion);

// Backups Sala wrote beside `databasePath`, newest first.
QStringList backupsBeside(const QString &databasePath);

} // namespace sala
