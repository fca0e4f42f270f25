#include "store/storeinfo.h"

#include "store/migrator.h"
#include "store/sqlerror.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace sala {

Expected<StoreInfo> storeInfo(Store &store)
{
    const QString what = QCoreApplication::translate("sala::Store", "read the database summary");
    StoreInfo info;
    info.path = store.path();
    info.schemaVersion = store.schemaVersion();
    info.latestSchemaVersion = Migrator::latestVersion();
    info.sizeBytes = QFileInfo(store.path()).size();

    QSqlQuery query(store.database());
    if (Status s = exec(query,
                        QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                       "ORDER BY rowid"),
                        what);
        !s)
        return s.error();
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        // Table names come from sqlite_schema, not from the user; quoting keeps odd names safe.
        QString quoted = table;
        quoted.replace(u'"', QStringLiteral("\"\""));
        if (Status s = exec(query, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted), what); !s)
            return s.error();
        query.next();
        info.tableCounts.emplace_back(table, query.value(0).toLongLong());
    }
    return info;
}

Expected<QStringList> integrityProblems(Store &store)
{
    const QString what = QCoreApplication::translate("sala::Store", "check the database");
    QStringList problems;
    QSqlQuery query(store.database());
    if (Status s = exec(query, QStringLiteral("PRAGMA integrity_check"), what); !s)
        return s.error();
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    if (Status s = exec(query, QStringLiteral("PRAGMA foreign_key_check"), what); !s)
        return s.error();
    while (query.next())
        problems << QCoreApplication::translate("sala::Store", "A row in %1 points to a missing row in %2.")
                        .arg(query.value(0).toString(), query.value(2).toString());
    return problems;
}

} // namespace sala
