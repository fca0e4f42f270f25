#include "store/store.h"

#include "store/backup.h"
#include "store/migrator.h"
#include "store/sqlerror.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcStore, "sala.store")

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::Store)
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("sala-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What a read-only look at an existing file found, before anything is written to it.
struct Inspection {
    bool empty = false; // zero bytes: a new database may be created in its place
    int applicationId = 0;
    int userVersion = 0;
    int tableCount = 0;
};

// The sentence that points at the newest backup beside `path`, or nothing when there is none.
QString backupHint(const QString &path)
{
    const QStringList backups = backupsBeside(path);
    if (backups.isEmpty())
        return {};
    return u' '
           + Text::tr("The newest backup is “%1”: restore it with a copy, or open it with --db.").arg(nativePath(backups.first()));
}

Error corruptError(const QString &path, const QString &detail)
{
    // PRAGMA quick_check lists every broken page; the first one is enough for a trainer.
    QStringList lines = detail.split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return line.trimmed().startsWith(u"***"); });
    QString shown = lines.value(0, detail).trimmed();
    if (lines.size() > 1)
        shown = Text::tr("%1, and %n more problem(s)", nullptr, int(lines.size() - 1)).arg(shown);
    return {ErrorCode::Corrupt,
            Text::tr("“%1” is damaged and cannot be opened (%2). Sala has not changed the file.").arg(nativePath(path), shown)
                + backupHint(path)};
}

// A write-ahead log with content beside the file: a process stopped before (or while) folding it
// back, and SQLite completes the file from it, so the file's own size says nothing yet.
bool hasWriteAheadLog(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > 0;
}

quint32 bigEndian(const QByteArray &bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = 0; i < width; ++i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

// Why the file cannot be a whole SQLite database, from its 100-byte header and its size; empty
// when it can. SQLite itself reads missing pages as zeros, which can pass a quick check when the
// lost bytes happened to be zeros, so a file cut short is caught here first.
QString cutShort(const QByteArray &header, qint64 fileSize)
{
    if (header.size() < 100)
        return Text::tr("the file is cut short inside its header");
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return Text::tr("its header names an impossible page size");
    if (fileSize % pageSize != 0)
        return Text::tr("the file is cut short: its size is not a whole number of pages");
    // The page count in the header is valid when the change counter matches the
    // "version valid for" number; the file cannot be shorter than that count.
    const quint32 pages = bigEndian(header, 28, 4);
    if (pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4) && fileSize < qint64(pages) * pageSize)
        return Text::tr("the file is cut short: it holds %1 of its %2 pages").arg(fileSize / pageSize).arg(pages);
    return {};
}

// Opens the file read-only and checks that it is a healthy Sala database this build understands.
// Never writes to the file, so every refusal leaves it byte-identical.
Expected<Inspection> inspect(const QString &path)
{
    Inspection result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Text::tr("Cannot read “%1”: %2").arg(nativePath(path), file.errorString())};
    const QByteArray header = file.read(100);
    const qint64 fileSize = file.size();
    file.close();
    if (header.isEmpty()) {
        // An empty file is a new database, unless Sala has backed up a database of this name
        // before: then the file was cut short and the user should choose a backup instead.
        if (!backupsBeside(path).isEmpty() && !hasWriteAheadLog(path))
            return corruptError(path, Text::tr("the file is empty"));
        result.empty = true;
        return result;
    }
    if (!header.startsWith(QByteArray("SQLite format 3", 16)))
        return Error{ErrorCode::NotSqlite,
                     Text::tr("“%1” is not a Sala database: it is not an SQLite database file at all.").arg(nativePath(path))
                         + backupHint(path)};
    if (const QString cut = cutShort(header, fileSize); !cut.isEmpty() && !hasWriteAheadLog(path))
        return corruptError(path, cut);

    const QString wal = path + QStringLiteral("-wal");
    const QString shm = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(wal);
    const bool hadShm = QFileInfo::exists(shm);
    const QString connection = nextConnectionName();
    Expected<Inspection> outcome = result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            outcome = corruptError(path, db.lastError().text());
        } else {
            QSqlQuery query(db);
            auto pragma = [&](const QString &name, int &into) {
                if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
                    return false;
                into = query.value(0).toInt();
                return true;
            };
            if (!pragma(QStringLiteral("application_id"), result.applicationId)
                || !pragma(QStringLiteral("user_version"), result.userVersion)
                || !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
                outcome = corruptError(path, query.lastError().text());
            } else {
                result.tableCount = query.value(0).toInt();
                if (result.applicationId != Store::applicationId && (result.applicationId != 0 || result.tableCount > 0)) {
                    outcome = Error{ErrorCode::NotSala,
                                    Text::tr("“%1” is an SQLite database, but not one of Sala's. Sala has not changed it; "
                                             "choose a Sala database or a new file name.")
                                        .arg(nativePath(path))};
                } else if (result.userVersion > Migrator::latestVersion()) {
                    outcome = Error{ErrorCode::NewerVersion,
                                    Text::tr("“%1” was written by a newer version of Sala (database version %2; this Sala "
                                             "understands up to %3). Update Sala to open it; the file has not been changed.")
                                        .arg(nativePath(path))
                                        .arg(result.userVersion)
                                        .arg(Migrator::latestVersion())};
                } else if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
                    outcome = corruptError(path, query.lastError().text());
                } else if (const QString verdict = query.value(0).toString(); verdict != u"ok") {
                    outcome = corruptError(path, verdict);
                } else {
                    outcome = result;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!outcome.ok()) {
        // A refused file is left as it was found: SQLite's read-only look at a file in WAL mode
        // leaves an empty log and its index behind, which nobody else was using.
        if (!hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
    }
    return outcome;
}

// Creates missing folders readable by the user alone; folders that already exist are left as
// they are, since they may be shared places such as a Documents folder.
bool ensurePrivateFolder(const QString &folder)
{
    QDir dir(folder);
    if (dir.exists())
        return true;
    QStringList missing;
    for (QDir probe(folder); !probe.exists(); probe.setPath(QFileInfo(probe.absolutePath()).absolutePath())) {
        missing.prepend(probe.absolutePath());
        if (probe.isRoot())
            break;
    }
    if (!QDir().mkpath(folder))
        return false;
    for (const QString &created : std::as_const(missing))
        QFile::setPermissions(created, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

} // namespace

Store::Store(QString path, Mode mode, QString connectionName)
    : m_path(std::move(path)), m_mode(mode), m_connectionName(std::move(connectionName))
{
}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_mode == Mode::ReadWrite) {
                // Folds the WAL back into the main file so that a copied .db file is complete.
                QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// A process killed between creating its lock file and writing its id into it leaves a lock
// file without an id, which QLockFile never calls stale when stale locks go by process only.
// A live Sala writes its id at once, so a lock file still without one a moment later was left
// by a dead process and is removed. True when it was.
bool takeOverUnwrittenLock(QLockFile &lock)
{
    if (lock.error() != QLockFile::LockFailedError)
        return false;
    qint64 pid = 0;
    QString host, app;
    if (lock.getLockInfo(&pid, &host, &app))
        return false;
    QThread::msleep(200);
    if (lock.getLockInfo(&pid, &host, &app))
        return false;
    return lock.removeStaleLockFile();
}

} // namespace

Expected<std::unique_ptr<Store>> Store::open(const QString &requestedPath, Mode mode)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const QFileInfo info(path);
    if (info.isDir())
        return Error{ErrorCode::Usage, Text::tr("“%1” is a folder; give the path of a database file.").arg(nativePath(path))};
    if (mode == Mode::ReadOnly && !info.exists())
        return Error{ErrorCode::NotFound, Text::tr("There is no database at “%1”.").arg(nativePath(path))};

    if (mode == Mode::ReadWrite && !ensurePrivateFolder(info.absolutePath()))
        return Error{ErrorCode::Io, Text::tr("Cannot create the folder “%1”.").arg(nativePath(info.absolutePath()))};

    std::unique_ptr<QLockFile> lock;
    if (mode == Mode::ReadWrite) {
        lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // only a dead process's lock is stale, however old
        if (!lock->tryLock(0) && takeOverUnwrittenLock(*lock))
            lock->tryLock(0);
        if (!lock->isLocked()) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            if (lock->error() == QLockFile::LockFailedError)
                return Error{ErrorCode::Locked,
                             Text::tr("“%1” is already open in another Sala window (process %2). Close that window first, "
                                      "or open a different database with --db.")
                                 .arg(nativePath(path))
                                 .arg(pid)};
            return Error{ErrorCode::Io, Text::tr("Cannot create the lock file beside “%1”; check that the folder is writable.")
                                            .arg(nativePath(path))};
        }
    }

    Inspection inspection;
    inspection.empty = true;
    if (info.exists()) {
        auto inspected = inspect(path);
        if (!inspected)
            return inspected.error();
        inspection = inspected.value();
    }

    std::unique_ptr<Store> store(new Store(path, mode, nextConnectionName()));
    store->m_lock = std::move(lock);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(mode == Mode::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error{ErrorCode::Io, Text::tr("Cannot open “%1”: %2").arg(nativePath(path), db.lastError().text())};
    }
    if (mode == Mode::ReadOnly)
        return store;

    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (Status configured = store->configure(); !configured)
        return configured.error();

    const int latest = Migrator::latestVersion();
    if (!inspection.empty && inspection.userVersion > 0 && inspection.userVersion < latest) {
        const QString backupPath = migrationBackupName(path, inspection.userVersion);
        if (Status backedUp = backupDatabase(store->database(), backupPath); !backedUp)
            return Error{ErrorCode::Io, Text::tr("Sala needs to upgrade “%1” but could not write the backup first, so it left "
                                                 "the file unchanged. %2")
                                            .arg(nativePath(path), backedUp.error().message)};
        store->m_migrationBackup = backupPath;
        qCInfo(lcStore) << "backed up schema" << inspection.userVersion << "before migrating";
    }
    if (Status migrated = Migrator::migrate(store->database(), applicationId); !migrated)
        return migrated.error();
    return store;
}

Status Store::configure()
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (Status s = exec(query, QStringLiteral("PRAGMA foreign_keys = ON"), Text::tr("turn on foreign keys")); !s)
        return s;
    // FULL makes every committed transaction survive a power cut, not only a killed process;
    // the cost (one fsync of the WAL per commit) is invisible at the rate people edit.
    if (Status s = exec(query, QStringLiteral("PRAGMA synchronous = FULL"), Text::tr("set the sync level")); !s)
        return s;
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return Error{ErrorCode::Database,
                     Text::tr("Cannot switch “%1” to write-ahead logging; is it on a network drive or a read-only disk?")
                         .arg(nativePath(m_path))};
    return success();
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Store::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString Store::meta(const QString &key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM app_meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status Store::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO app_meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return exec(query, Text::tr("save a setting in the database"));
}

} // namespace sala
