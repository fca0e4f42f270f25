#pragma once
// Turns Qt SQL errors into Sala errors with a message that says what was being done.

#include "util/expected.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sala {

Error sqlError(const QSqlError &error, const QString &whatWeWereDoing);

// Runs a prepared or plain statement; on failure returns the error with context.
Status exec(QSqlQuery &query, const QString &whatWeWereDoing);
Status exec(QSqlQuery &query, const QString &sql, const QString &whatWeWereDoing);

// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so empty text must stay empty.
inline QString textValue(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace sala
