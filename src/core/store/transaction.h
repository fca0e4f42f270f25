#pragma once
// Scoped transaction: rolls back unless commit() succeeded, so an early return or an error can
// never leave half a change behind. Built on savepoints, so transactions nest: a store method
// that opens its own transaction joins a caller's larger one.

#include "util/expected.h"

#include <QSqlDatabase>

namespace sala {

class Transaction final {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool active() const { return m_active; }
    const Error &startError() const { return m_startError; }
    Status commit();

private:
    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    Error m_startError;
};

} // namespace sala
