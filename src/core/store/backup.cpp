#include "store/backup.h"

#include "store/sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace sala {

Status backupDatabase(QSqlDatabase db, const QString &outPath)
{
    const QFileInfo out(outPath);
    if (out.exists())
        return Error{ErrorCode::Io, QCoreApplication::translate("sala::Store", "“%1” already exists; choose a new file name for the backup.")
                                        .arg(QDir::toNativeSeparators(outPath))};
    if (!out.absoluteDir().exists())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("sala::Store", "The folder “%1” does not exist.")
                                              .arg(QDir::toNativeSeparators(out.absolutePath()))};

    const QString partial = out.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(partial);
    // VACUUM INTO reads one snapshot of the database, so a writer in another process cannot
    // make the copy inconsistent, and it works on a read-only connection.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        Error error = sqlError(query.lastError(), QCoreApplication::translate("sala::Store", "write the backup"));
        QFile::remove(partial);
        return error;
    }
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!QFile::rename(partial, out.absoluteFilePath())) {
        QFile::remove(partial);
        return Error{ErrorCode::Io, QCoreApplication::translate("sala::Store", "Could not write the backup to “%1”.")
                                        .arg(QDir::toNativeSeparators(outPath))};
    }
    return success();
}

QString migrationBackupName(const QString &databasePath, int oldVersion)
{
    const QFileInfo info(databasePath);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss"));
    return info.absoluteDir().filePath(QStringLiteral("%1.backup-%2-schema%3.db").arg(info.completeBaseName(), stamp).arg(oldVersion));
}

QStringList backupsBeside(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QDir dir = info.absoluteDir();
    const QStringList names = dir.entryList({info.completeBaseName() + QStringLiteral(".backup-*.db")}, QDir::Files,
                                            QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

} // namespace sala
