#include "store/migrator.h"

#include "store/sqlerror.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>

#include <map>

Q_LOGGING_CATEGORY(lcMigration, "sala.store.migration")

namespace sala {
namespace {

// Version number → resource path, read from the names of the shipped scripts.
std::map<int, QString> migrationScripts()
{
    std::map<int, QString> scripts;
    const QDir dir(QStringLiteral(":/sala/migrations"));
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const auto match = name.match(entry);
        if (match.hasMatch())
            scripts.emplace(match.captured(1).toInt(), dir.filePath(entry));
    }
    return scripts;
}

int userVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace

int Migrator::latestVersion()
{
    const auto scripts = migrationScripts();
    return scripts.empty() ? 0 : scripts.rbegin()->first;
}

QStringList Migrator::statements(const QString &script)
{
    QStringList result;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || (trimmed.isEmpty() && current.isEmpty()))
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            result << current.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

Status Migrator::migrate(QSqlDatabase db, int applicationId)
{
    return migrateTo(db, latestVersion(), applicationId);
}

Status Migrator::migrateTo(QSqlDatabase db, int version, int applicationId)
{
    const auto scripts = migrationScripts();
    const int current = userVersion(db);
    if (current < 0)
        return sqlError(db.lastError(), QCoreApplication::translate("sala::Store", "read the schema version"));

    // Every pending step in one transaction as well: a process killed half-way through an
    // upgrade leaves the file at its old version, never at one in between.
    Transaction whole(db);
    if (!whole.active())
        return whole.startError();
    for (const auto &[number, path] : scripts) {
        if (number <= current || number > version)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io,
                         QCoreApplication::translate("sala::Store", "Migration %1 is missing from this build.").arg(number)};
        const QString script = QString::fromUtf8(file.readAll());

        qCInfo(lcMigration, "applying schema migration %d", number);
        Transaction transaction(db);
        if (!transaction.active())
            return transaction.startError();
        QSqlQuery query(db);
        const QStringList sqlStatements = statements(script);
        for (const QString &statement : sqlStatements) {
            if (Status status = exec(query, statement,
                                     QCoreApplication::translate("sala::Store", "upgrade the database to version %1").arg(number));
                !status)
                return status;
        }
        // Both pragmas live in the database header, which SQLite changes inside the transaction.
        if (Status status = exec(query, QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                                 QCoreApplication::translate("sala::Store", "mark the database as Sala's"));
            !status)
            return status;
        if (Status status = exec(query, QStringLiteral("PRAGMA user_version = %1").arg(number),
                                 QCoreApplication::translate("sala::Store", "record the schema version"));
            !status)
            return status;
        if (Status status = transaction.commit(); !status)
            return status;
    }
    return whole.commit();
}

} // namespace sala
