#pragma once
// The library database: one SQLite file holding every workshop, session and participant.
// Opening it checks that it is a healthy Sala database, takes the single-writer lock, applies
// pending migrations (after a backup) and turns on WAL, foreign keys and full sync.

#include "util/expected.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sala {

class Store final {
public:
    enum class Mode {
        ReadWrite, // the normal mode: locks, migrates, may create the file
        ReadOnly,  // inspection only: never creates, migrates or locks; sees older schemas as they are
    };

    static Expected<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    Mode mode() const { return m_mode; }
    int schemaVersion() const;
    // Where the pre-migration backup went, when opening migrated an existing database.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // Application-wide facts such as "the demo was offered", kept in the database itself.
    QString meta(const QString &key) const;
    Status setMeta(const QString &key, const QString &value);

    // The value PRAGMA application_id holds in every Sala database ("SALA" in ASCII).
    static constexpr int applicationId = 0x53414C41;

private:
    Store(QString path, Mode mode, QString connectionName);
    Status configure();

    QString m_path;
    Mode m_mode;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    QString m_migrationBackup;
};

} // namespace sala
