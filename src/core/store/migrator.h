#pragma once
// Numbered schema migrations, shipped as resources (:/sala/migrations/NNNN_name.sql) and applied
// in order, each step with its PRAGMA user_version, all pending steps in one transaction.

#include "util/expected.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sala {

class Migrator final {
public:
    // The schema version this build writes: the number of the last migration script.
    static int latestVersion();

    // Splits a migration script into statements: each ends with a semicolon at the end of a line.
    static QStringList statements(const QString &script);

    // Applies every migration after the database's current version.
    static Status migrate(QSqlDatabase db, int applicationId);

    // Applies migrations up to and including `version`; tests use it to build older databases.
    static Status migrateTo(QSqlDatabase db, int version, int applicationId);
};

} // namespace sala
