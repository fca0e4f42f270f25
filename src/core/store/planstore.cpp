#include "store/planstore.h"

#include "domain/names.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::PlanStore)
};

const QString timeFormat = QStringLiteral("HH:mm");

QVariant optionalTime(const std::optional<QTime> &time)
{
    return time ? QVariant(time->toString(timeFormat)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QTime> readOptionalTime(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return QTime::fromString(value.toString(), timeFormat);
}

} // namespace

Status PlanStore::insertWorkshop(Workshop &workshop)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO workshop (title, organizer, platform, time_zone, second_time_zone, language, description, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(textValue(workshop.title));
    query.addBindValue(textValue(workshop.organizer));
    query.addBindValue(key(workshop.platform));
    query.addBindValue(textValue(workshop.timeZone));
    query.addBindValue(textValue(workshop.secondTimeZone));
    query.addBindValue(textValue(workshop.language));
    query.addBindValue(textValue(workshop.description));
    query.addBindValue(now);
    query.addBindValue(now);
    if (Status s = exec(query, Text::tr("save the workshop")); !s)
        return s;
    const qint64 workshopId = query.lastInsertId().toLongLong();

    int position = 0;
    for (Session &session : workshop.sessions)
        if (Status s = insertSession(workshopId, position++, session); !s)
            return s;
    if (Status s = transaction.commit(); !s)
        return s;
    workshop.id = workshopId;
    return success();
}

Status PlanStore::appendSession(qint64 workshopId, Session &session)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM workshop WHERE id = ?), "
                                 "(SELECT coalesce(max(position) + 1, 0) FROM session WHERE workshop_id = ?)"));
    query.addBindValue(workshopId);
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("add the session")); !s)
        return s;
    query.next();
    if (query.value(0).toInt() == 0)
        return Error{ErrorCode::NotFound, Text::tr("There is no workshop with number %1.").arg(workshopId)};
    const int position = query.value(1).toInt();
    if (Status s = insertSession(workshopId, position, session); !s)
        return s;
    return transaction.commit();
}

Status PlanStore::insertSession(qint64 workshopId, int position, Session &session)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO session (workshop_id, position, title, session_date, planned_start, target_end) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(workshopId);
    query.addBindValue(position);
    query.addBindValue(textValue(session.title));
    query.addBindValue(session.date.toString(Qt::ISODate));
    query.addBindValue(session.plannedStart.toString(timeFormat));
    query.addBindValue(optionalTime(session.targetEnd));
    if (Status s = exec(query, Text::tr("save the session “%1”").arg(session.title)); !s)
        return s;
    session.id = query.lastInsertId().toLongLong();
    int activityPosition = 0;
    for (Activity &activity : session.activities)
        if (Status s = insertActivity(session.id, activityPosition++, activity); !s)
            return s;
    return success();
}

Status PlanStore::insertActivity(qint64 sessionId, int position, Activity &activity)
{
    const QString what = Text::tr("save the activity “%1”").arg(activity.title);
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("INSERT INTO activity (session_id, position, kind, title, planned_minutes, objective, instructions, "
                       "facilitator_notes, fixed_start, may_shorten, minimum_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sessionId);
    query.addBindValue(position);
    query.addBindValue(key(activity.kind));
    query.addBindValue(textValue(activity.title));
    query.addBindValue(activity.plannedMinutes);
    query.addBindValue(textValue(activity.objective));
    query.addBindValue(textValue(activity.instructions));
    query.addBindValue(textValue(activity.facilitatorNotes));
    query.addBindValue(optionalTime(activity.fixedStart));
    query.addBindValue(activity.mayShorten ? 1 : 0);
    query.addBindValue(activity.minimumMinutes);
    if (Status s = exec(query, what); !s)
        return s;
    activity.id = query.lastInsertId().toLongLong();
    return writeActivityChildren(activity);
}

Status PlanStore::writeActivityChildren(const Activity &activity)
{
    const QString what = Text::tr("save the activity “%1”").arg(activity.title);
    QSqlQuery query(m_store.database());
    int materialPosition = 0;
    for (const Material &material : activity.materials) {
        query.prepare(QStringLiteral("INSERT INTO activity_material (activity_id, position, label, link) VALUES (?, ?, ?, ?)"));
        query.addBindValue(activity.id);
        query.addBindValue(materialPosition++);
        query.addBindValue(textValue(material.label));
        query.addBindValue(textValue(material.link));
        if (Status s = exec(query, what); !s)
            return s;
    }
    if (!activity.breakout)
        return success();

    const BreakoutSettings &breakout = *activity.breakout;
    query.prepare(QStringLiteral("INSERT INTO breakout_settings (activity_id, grouping, group_size, group_count, rounds, "
                                 "minutes_per_round) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(activity.id);
    query.addBindValue(key(breakout.grouping));
    query.addBindValue(breakout.groupSize);
    query.addBindValue(breakout.groupCount);
    query.addBindValue(breakout.rounds);
    query.addBindValue(breakout.minutesPerRound);
    if (Status s = exec(query, what); !s)
        return s;
    for (int i = 0; i < breakout.roles.size(); ++i) {
        query.prepare(QStringLiteral("INSERT INTO breakout_role (activity_id, position, name) VALUES (?, ?, ?)"));
        query.addBindValue(activity.id);
        query.addBindValue(i);
        query.addBindValue(textValue(breakout.roles.at(i)));
        if (Status s = exec(query, what); !s)
            return s;
    }
    int broadcastPosition = 0;
    for (const Broadcast &broadcast : breakout.broadcasts) {
        query.prepare(QStringLiteral("INSERT INTO breakout_broadcast (activity_id, position, minutes_before_end, text) "
                                     "VALUES (?, ?, ?, ?)"));
        query.addBindValue(activity.id);
        query.addBindValue(broadcastPosition++);
        query.addBindValue(broadcast.minutesBeforeEnd);
        query.addBindValue(textValue(broadcast.text));
        if (Status s = exec(query, what); !s)
            return s;
    }
    return success();
}

Status PlanStore::updateWorkshop(const Workshop &workshop)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE workshop SET title = ?, organizer = ?, platform = ?, time_zone = ?, second_time_zone = ?, "
                       "language = ?, description = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(textValue(workshop.title));
    query.addBindValue(textValue(workshop.organizer));
    query.addBindValue(key(workshop.platform));
    query.addBindValue(textValue(workshop.timeZone));
    query.addBindValue(textValue(workshop.secondTimeZone));
    query.addBindValue(textValue(workshop.language));
    query.addBindValue(textValue(workshop.description));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(workshop.id);
    return execOne(query, Text::tr("save the workshop"));
}

Status PlanStore::deleteWorkshop(qint64 workshopId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM workshop WHERE id = ?"));
    query.addBindValue(workshopId);
    return execOne(query, Text::tr("delete the workshop"));
}

Status PlanStore::updateSession(const Session &session)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE session SET title = ?, session_date = ?, planned_start = ?, target_end = ? WHERE id = ?"));
    query.addBindValue(textValue(session.title));
    query.addBindValue(session.date.toString(Qt::ISODate));
    query.addBindValue(session.plannedStart.toString(timeFormat));
    query.addBindValue(optionalTime(session.targetEnd));
    query.addBindValue(session.id);
    return execOne(query, Text::tr("save the session “%1”").arg(session.title));
}

Status PlanStore::insertSessionAt(qint64 workshopId, int position, Session &session)
{
    Transaction transaction(m_store.database());
    if (!transaction.active())
        return transaction.startError();
    if (Status s = insertSession(workshopId, 1'000'000, session); !s)
        return s;
    if (Status s = placeChild(sessionRows(), workshopId, session.id, position); !s)
        return s;
    return transaction.commit();
}

Status PlanStore::deleteSession(qint64 sessionId)
{
    return deleteChild(sessionRows(), sessionId, Text::tr("delete the session"), Text::tr("The session no longer exists."));
}

Status PlanStore::updateActivity(const Activity &activity)
{
    const QString what = Text::tr("save the activity “%1”").arg(activity.title);
    Transaction transaction(m_store.database());
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE activity SET kind = ?, title = ?, planned_minutes = ?, objective = ?, instructions = ?, "
                                 "facilitator_notes = ?, fixed_start = ?, may_shorten = ?, minimum_minutes = ? WHERE id = ?"));
    query.addBindValue(key(activity.kind));
    query.addBindValue(textValue(activity.title));
    query.addBindValue(activity.plannedMinutes);
    query.addBindValue(textValue(activity.objective));
    query.addBindValue(textValue(activity.instructions));
    query.addBindValue(textValue(activity.facilitatorNotes));
    query.addBindValue(optionalTime(activity.fixedStart));
    query.addBindValue(activity.mayShorten ? 1 : 0);
    query.addBindValue(activity.minimumMinutes);
    query.addBindValue(activity.id);
    if (Status s = execOne(query, what); !s)
        return s;
    // Children are few; replacing them keeps their order exactly as edited.
    for (const QString &table : {QStringLiteral("activity_material"), QStringLiteral("breakout_settings")}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE activity_id = ?").arg(table));
        query.addBindValue(activity.id);
        if (Status s = exec(query, what); !s)
            return s;
    }
    if (Status s = writeActivityChildren(activity); !s)
        return s;
    return transaction.commit();
}

Status PlanStore::insertActivityAt(qint64 sessionId, int position, Activity &activity)
{
    Transaction transaction(m_store.database());
    if (!transaction.active())
        return transaction.startError();
    if (Status s = insertActivity(sessionId, 1'000'000, activity); !s)
        return s;
    if (Status s = placeChild(activityRows(), sessionId, activity.id, position); !s)
        return s;
    return transaction.commit();
}

Status PlanStore::deleteActivity(qint64 activityId)
{
    return deleteChild(activityRows(), activityId, Text::tr("delete the activity"), Text::tr("The activity no longer exists."));
}

Status PlanStore::moveActivity(qint64 sessionId, int from, int to)
{
    Transaction transaction(m_store.database());
    if (!transaction.active())
        return transaction.startError();
    std::vector<qint64> order;
    std::unordered_map<qint64, int> positions;
    if (Status s = childIds(activityRows(), sessionId, order, positions); !s)
        return s;
    const auto count = std::ptrdiff_t(order.size());
    if (from < 0 || from >= count || to < 0 || to >= count)
        return Error{ErrorCode::Usage, Text::tr("Cannot move the activity to that place.")};
    const qint64 moving = order[std::size_t(from)];
    order.erase(order.begin() + from);
    order.insert(order.begin() + to, moving);
    if (Status s = renumber(activityRows(), order, positions); !s)
        return s;
    return transaction.commit();
}

Status PlanStore::placeChild(const ChildRows &rows, qint64 parentId, qint64 id, int position)
{
    std::vector<qint64> order;
    std::unordered_map<qint64, int> positions;
    if (Status s = childIds(rows, parentId, order, positions); !s)
        return s;
    if (id != 0) {
        std::erase(order, id);
        order.insert(order.begin() + std::clamp<std::ptrdiff_t>(position, 0, std::ptrdiff_t(order.size())), id);
    }
    return renumber(rows, order, positions);
}

Status PlanStore::deleteChild(const ChildRows &rows, qint64 id, const QString &what, const QString &gone)
{
    Transaction transaction(m_store.database());
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(rows.parentColumn, rows.table));
    query.addBindValue(id);
    if (Status s = exec(query, what); !s)
        return s;
    if (!query.next())
        return Error{ErrorCode::NotFound, gone};
    const qint64 parentId = query.value(0).toLongLong();
    query.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(rows.table));
    query.addBindValue(id);
    if (Status s = execOne(query, what); !s)
        return s;
    if (Status s = placeChild(rows, parentId, 0, 0); !s) // closes the gap
        return s;
    return transaction.commit();
}

Status PlanStore::childIds(const ChildRows &rows, qint64 parentId, std::vector<qint64> &ids,
                           std::unordered_map<qint64, int> &positions) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, position FROM %1 WHERE %2 = ? ORDER BY position").arg(rows.table, rows.parentColumn));
    query.addBindValue(parentId);
    if (Status s = exec(query, Text::tr("read the order of the plan")); !s)
        return s;
    ids.clear();
    positions.clear();
    while (query.next()) {
        ids.push_back(query.value(0).toLongLong());
        positions.emplace(ids.back(), query.value(1).toInt());
    }
    return success();
}

Status PlanStore::renumber(const ChildRows &rows, const std::vector<qint64> &orderedIds,
                           const std::unordered_map<qint64, int> &positions)
{
    // Only rows whose place changes are written. Positions are unique per parent, so those rows
    // first move to negative positions (free by construction) and then to their final ones.
    std::vector<std::size_t> changed;
    for (std::size_t i = 0; i < orderedIds.size(); ++i) {
        const auto found = positions.find(orderedIds[i]);
        if (found == positions.end() || found->second != int(i))
            changed.push_back(i);
    }
    QSqlQuery query(m_store.database());
    if (!query.prepare(QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(rows.table)))
        return sqlError(query.lastError(), Text::tr("save the order of the plan"));
    for (int pass = 0; pass < 2; ++pass) {
        for (std::size_t i : changed) {
            query.bindValue(0, pass == 0 ? -int(i) - 1 : int(i));
            query.bindValue(1, orderedIds[i]);
            if (Status s = exec(query, Text::tr("save the order of the plan")); !s)
                return s;
        }
    }
    return success();
}

Status PlanStore::execOne(QSqlQuery &query, const QString &what)
{
    if (Status s = exec(query, what); !s)
        return s;
    if (query.numRowsAffected() == 0)
        return Error{ErrorCode::NotFound, Text::tr("Could not %1: it no longer exists in the database.").arg(what)};
    return success();
}

Expected<qint64> PlanStore::workshopOfSession(qint64 sessionId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT workshop_id FROM session WHERE id = ?"));
    query.addBindValue(sessionId);
    if (Status s = exec(query, Text::tr("look up the session")); !s)
        return s.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, Text::tr("There is no session with number %1.").arg(sessionId)};
    return query.value(0).toLongLong();
}

Expected<std::vector<WorkshopSummary>> PlanStore::workshops() const
{
    QSqlQuery query(m_store.database());
    if (Status s = exec(query,
                        QStringLiteral("SELECT w.id, w.title, (SELECT count(*) FROM session s WHERE s.workshop_id = w.id) "
                                       "FROM workshop w ORDER BY w.title, w.id"),
                        Text::tr("list the workshops"));
        !s)
        return s.error();
    std::vector<WorkshopSummary> result;
    while (query.next())
        result.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    return result;
}

Expected<Workshop> PlanStore::loadWorkshop(qint64 id) const
{
    const QString what = Text::tr("read the workshop");
    QSqlDatabase db = m_store.database();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT title, organizer, platform, time_zone, second_time_zone, language, description "
                                 "FROM workshop WHERE id = ?"));
    query.addBindValue(id);
    if (Status s = exec(query, what); !s)
        return s.error();
    if (!query.next())
        return Error{ErrorCode::NotFound, Text::tr("There is no workshop with number %1.").arg(id)};

    Workshop workshop;
    workshop.id = id;
    workshop.title = query.value(0).toString();
    workshop.organizer = query.value(1).toString();
    workshop.platform = platformFromKey(query.value(2).toString()).value_or(Platform::Other);
    workshop.timeZone = query.value(3).toString();
    workshop.secondTimeZone = query.value(4).toString();
    workshop.language = query.value(5).toString();
    workshop.description = query.value(6).toString();

    query.prepare(QStringLiteral("SELECT id, title, session_date, planned_start, target_end FROM session "
                                 "WHERE workshop_id = ? ORDER BY position"));
    query.addBindValue(id);
    if (Status s = exec(query, what); !s)
        return s.error();
    while (query.next()) {
        Session session;
        session.id = query.value(0).toLongLong();
        session.title = query.value(1).toString();
        session.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        session.plannedStart = QTime::fromString(query.value(3).toString(), timeFormat);
        session.targetEnd = readOptionalTime(query.value(4));
        workshop.sessions.push_back(std::move(session));
    }

    // Children are read per session in three set-based queries rather than one query per row.
    for (Session &session : workshop.sessions) {
        query.prepare(
            QStringLiteral("SELECT a.id, a.kind, a.title, a.planned_minutes, a.objective, a.instructions, a.facilitator_notes, "
                           "a.fixed_start, a.may_shorten, a.minimum_minutes, b.grouping, b.group_size, b.group_count, b.rounds, "
                           "b.minutes_per_round, b.activity_id IS NOT NULL "
                           "FROM activity a LEFT JOIN breakout_settings b ON b.activity_id = a.id "
                           "WHERE a.session_id = ? ORDER BY a.position"));
        query.addBindValue(session.id);
        if (Status s = exec(query, what); !s)
            return s.error();
        while (query.next()) {
            Activity activity;
            activity.id = query.value(0).toLongLong();
            activity.kind = activityKindFromKey(query.value(1).toString()).value_or(ActivityKind::Other);
            activity.title = query.value(2).toString();
            activity.plannedMinutes = query.value(3).toInt();
            activity.objective = query.value(4).toString();
            activity.instructions = query.value(5).toString();
            activity.facilitatorNotes = query.value(6).toString();
            activity.fixedStart = readOptionalTime(query.value(7));
            activity.mayShorten = query.value(8).toInt() != 0;
            activity.minimumMinutes = query.value(9).toInt();
            if (query.value(15).toBool()) {
                BreakoutSettings breakout;
                breakout.grouping = groupingFromKey(query.value(10).toString()).value_or(Grouping::Manual);
                breakout.groupSize = query.value(11).toInt();
                breakout.groupCount = query.value(12).toInt();
                breakout.rounds = query.value(13).toInt();
                breakout.minutesPerRound = query.value(14).toInt();
                activity.breakout = std::move(breakout);
            }
            session.activities.push_back(std::move(activity));
        }

        auto findActivity = [&session](qint64 activityId) -> Activity * {
            for (Activity &activity : session.activities)
                if (activity.id == activityId)
                    return &activity;
            return nullptr;
        };
        query.prepare(QStringLiteral("SELECT m.activity_id, m.label, m.link FROM activity_material m "
                                     "JOIN activity a ON a.id = m.activity_id WHERE a.session_id = ? "
                                     "ORDER BY m.activity_id, m.position"));
        query.addBindValue(session.id);
        if (Status s = exec(query, what); !s)
            return s.error();
        while (query.next())
            if (Activity *activity = findActivity(query.value(0).toLongLong()))
                activity->materials.push_back({query.value(1).toString(), query.value(2).toString()});

        query.prepare(QStringLiteral("SELECT r.activity_id, r.name FROM breakout_role r "
                                     "JOIN activity a ON a.id = r.activity_id WHERE a.session_id = ? "
                                     "ORDER BY r.activity_id, r.position"));
        query.addBindValue(session.id);
        if (Status s = exec(query, what); !s)
            return s.error();
        while (query.next())
            if (Activity *activity = findActivity(query.value(0).toLongLong()); activity && activity->breakout)
                activity->breakout->roles << query.value(1).toString();

        query.prepare(QStringLiteral("SELECT c.activity_id, c.minutes_before_end, c.text FROM breakout_broadcast c "
                                     "JOIN activity a ON a.id = c.activity_id WHERE a.session_id = ? "
                                     "ORDER BY c.activity_id, c.position"));
        query.addBindValue(session.id);
        if (Status s = exec(query, what); !s)
            return s.error();
        while (query.next())
            if (Activity *activity = findActivity(query.value(0).toLongLong()); activity && activity->breakout)
                activity->breakout->broadcasts.push_back({query.value(1).toInt(), query.value(2).toString()});
    }
    return workshop;
}

} // namespace sala
