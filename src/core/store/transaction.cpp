#include "store/transaction.h"

#include "store/sqlerror.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlQuery>

namespace sala {

Transaction::Transaction(QSqlDatabase db) : m_db(db)
{
    static QAtomicInteger<quint64> counter;
    m_savepoint = QStringLiteral("sala_%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery query(m_db);
    m_active = query.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    if (!m_active)
        m_startError = sqlError(query.lastError(), QCoreApplication::translate("sala::Store", "start a transaction"));
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
    query.exec(QStringLiteral("RELEASE ") + m_savepoint);
}

Status Transaction::commit()
{
    if (!m_active)
        return m_startError;
    QSqlQuery query(m_db);
    // Releasing the outermost savepoint commits; an inner one folds into its parent.
    if (!query.exec(QStringLiteral("RELEASE ") + m_savepoint))
        return sqlError(query.lastError(), QCoreApplication::translate("sala::Store", "save the change"));
    m_active = false;
    return success();
}

} // namespace sala
