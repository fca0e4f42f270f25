#include "run/runlogstore.h"

#include "store/sqlerror.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcRunLog, "sala.run.log")

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RunLogStore)
};

} // namespace

QString RunLogStore::timeText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

Status RunLogStore::append(RunEvent &event)
{
    Transaction transaction(m_store.database());
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO run_event (session_id, at, kind, activity_id, seconds) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(event.sessionId);
    query.addBindValue(timeText(event.at));
    query.addBindValue(key(event.kind));
    query.addBindValue(event.activityId > 0 ? QVariant(event.activityId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(event.seconds);
    if (Status s = exec(query, Text::tr("record the run action")); !s)
        return s;
    const qint64 id = query.lastInsertId().toLongLong();
    if (Status s = transaction.commit(); !s)
        return s;
    event.id = id;
    return success();
}

Expected<std::vector<RunEvent>> RunLogStore::events(qint64 sessionId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, at, kind, activity_id, seconds FROM run_event WHERE session_id = ? ORDER BY id"));
    query.addBindValue(sessionId);
    if (Status s = exec(query, Text::tr("read the run log")); !s)
        return s.error();
    std::vector<RunEvent> events;
    while (query.next()) {
        const auto kind = runEventKindFromKey(query.value(2).toString());
        if (!kind) {
            qCWarning(lcRunLog) << "skipping run log entry" << query.value(0).toLongLong() << "of unknown kind";
            continue;
        }
        RunEvent event;
        event.id = query.value(0).toLongLong();
        event.sessionId = sessionId;
        event.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs).toUTC();
        event.kind = *kind;
        event.activityId = query.value(3).toLongLong();
        event.seconds = query.value(4).toLongLong();
        events.push_back(std::move(event));
    }
    return events;
}

Expected<qint64> RunLogStore::lastRunSession() const
{
    QSqlQuery query(m_store.database());
    if (Status s = exec(query, QStringLiteral("SELECT session_id FROM run_event ORDER BY id DESC LIMIT 1"),
                        Text::tr("read the run log"));
        !s)
        return s.error();
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

Expected<std::map<qint64, int>> RunLogStore::wrapUpSeconds(qint64 sessionId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT w.activity_id, w.seconds FROM activity_wrap_up w "
                                 "JOIN activity a ON a.id = w.activity_id WHERE a.session_id = ?"));
    query.addBindValue(sessionId);
    if (Status s = exec(query, Text::tr("read the wrap-up warnings")); !s)
        return s.error();
    std::map<qint64, int> result;
    while (query.next())
        result[query.value(0).toLongLong()] = query.value(1).toInt();
    return result;
}

Status RunLogStore::setWrapUpSeconds(qint64 activityId, std::optional<int> seconds)
{
    Transaction transaction(m_store.database());
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(m_store.database());
    if (seconds) {
        query.prepare(QStringLiteral("INSERT INTO activity_wrap_up (activity_id, seconds) VALUES (?, ?) "
                                     "ON CONFLICT (activity_id) DO UPDATE SET seconds = excluded.seconds"));
        query.addBindValue(activityId);
        query.addBindValue(std::max(0, *seconds));
    } else {
        query.prepare(QStringLiteral("DELETE FROM activity_wrap_up WHERE activity_id = ?"));
        query.addBindValue(activityId);
    }
    if (Status s = exec(query, Text::tr("save the wrap-up warning")); !s)
        return s;
    return transaction.commit();
}

} // namespace sala
