#include "app/paths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace sala {
namespace {

QString privateDataFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    // Sala's own data folder holds personal data: only its owner may read it.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return folder;
}

} // namespace

QString defaultDatabasePath()
{
    return QDir(privateDataFolder()).filePath(QStringLiteral("sala.db"));
}

QString logDirectory()
{
    QString folder = QDir(privateDataFolder()).filePath(QStringLiteral("logs"));
    QDir().mkpath(folder);
    return folder;
}

} // namespace sala
