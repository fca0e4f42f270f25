#include "store/sqlerror.h"

#include <QCoreApplication>

namespace sala {

Error sqlError(const QSqlError &error, const QString &whatWeWereDoing)
{
    // SQLite's extended codes tell a full disk and a damaged file apart from ordinary errors.
    const QString code = error.nativeErrorCode();
    ErrorCode kind = ErrorCode::Database;
    if (code == u"13" || code == u"10") // SQLITE_FULL, SQLITE_IOERR
        kind = ErrorCode::Io;
    else if (code == u"11" || code == u"26") // SQLITE_CORRUPT, SQLITE_NOTADB
        kind = ErrorCode::Corrupt;
    else if (code == u"5" || code == u"6") // SQLITE_BUSY, SQLITE_LOCKED
        kind = ErrorCode::Locked;
    if (code == u"13")
        return {kind, QCoreApplication::translate("sala::Store", "Could not %1: the disk is full, or the database has reached "
                                                                 "its size limit. Free some space on the disk and try again.")
                          .arg(whatWeWereDoing)};
    return {kind, QCoreApplication::translate("sala::Store", "Could not %1: %2").arg(whatWeWereDoing, error.text().trimmed())};
}

Status exec(QSqlQuery &query, const QString &whatWeWereDoing)
{
    if (!query.exec())
        return sqlError(query.lastError(), whatWeWereDoing);
    return success();
}

Status exec(QSqlQuery &query, const QString &sql, const QString &whatWeWereDoing)
{
    if (!query.exec(sql))
        return sqlError(query.lastError(), whatWeWereDoing);
    return success();
}

} // namespace sala
