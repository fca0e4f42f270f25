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
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("sala::Store", "“%1” already exists; choose a new file name for the backup.")
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
    const QString name = QStringLiteral("%1.backup-%2-schema%3").arg(info.completeBaseName(), stamp).arg(oldVersion);
    // An upgrade interrupted after its backup is tried again at the next start, maybe within the
    // same second: the earlier backup is kept and the new one gets a free name beside it.
    QString path = info.absoluteDir().filePath(name + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = info.absoluteDir().filePath(name + QStringLiteral("-%1.db").arg(n));
    return path;
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

Expected<QString> copyNewestBackup(const QString &databasePath)
{
    const QStringList backups = backupsBeside(databasePath);
    if (backups.isEmpty())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("sala::Store", "There is no backup of “%1” beside it.")
                                              .arg(QDir::toNativeSeparators(databasePath))};
    const QFileInfo info(databasePath);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd'T'HHmmss"));
    const QString name = QStringLiteral("%1.restored-%2").arg(info.completeBaseName(), stamp);
    QString copy = info.absoluteDir().filePath(name + QStringLiteral(".db"));
    for (int n = 2; QFileInfo::exists(copy); ++n)
        copy = info.absoluteDir().filePath(name + QStringLiteral("-%1.db").arg(n));
    // Copied under a temporary name first, so that a copy cut short never looks like a database.
    const QString partial = copy + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(backups.first(), partial) || !QFile::rename(partial, copy)) {
        QFile::remove(partial);
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("sala::Store", "Could not copy the backup “%1” to “%2”; check "
                                                                "that the folder is writable and the disk has room.")
                         .arg(QDir::toNativeSeparators(backups.first()), QDir::toNativeSeparators(copy))};
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return copy;
}

} // namespace sala
