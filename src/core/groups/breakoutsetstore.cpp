#include "groups/breakoutsetstore.h"

#include "store/sqlerror.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace sala {
namespace {

using Json = nlohmann::json;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::BreakoutSetStore)
};

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::optional<BreakoutSet> setFrom(const QSqlQuery &query, int column)
{
    return breakoutSetFromJson(query.value(column).toString().toUtf8());
}

} // namespace

QByteArray breakoutSetToJson(const BreakoutSet &set)
{
    Json json = Json::object();
    json["rounds"] = set.rounds;
    Json names = Json::array();
    for (const QString &name : set.roomNames)
        names.push_back(name.toStdString());
    json["roomNames"] = names;
    Json people = Json::array();
    for (const auto &[round, id] : set.lockedPeople)
        people.push_back(Json::array({round, id}));
    json["lockedPeople"] = people;
    Json rooms = Json::array();
    for (const auto &[round, room] : set.lockedRooms)
        rooms.push_back(Json::array({round, room}));
    json["lockedRooms"] = rooms;
    return QByteArray::fromStdString(json.dump());
}

std::optional<BreakoutSet> breakoutSetFromJson(const QByteArray &bytes)
{
    try {
        const Json json = Json::parse(bytes.cbegin(), bytes.cend());
        BreakoutSet set;
        set.rounds = json.at("rounds").get<std::vector<std::vector<std::vector<qint64>>>>();
        for (const Json &name : json.at("roomNames"))
            set.roomNames << QString::fromStdString(name.get<std::string>());
        for (const Json &lock : json.at("lockedPeople"))
            set.lockedPeople.emplace(lock.at(0).get<int>(), lock.at(1).get<qint64>());
        for (const Json &lock : json.at("lockedRooms"))
            set.lockedRooms.emplace(lock.at(0).get<int>(), lock.at(1).get<int>());
        return set;
    } catch (const Json::exception &) {
        return std::nullopt;
    }
}

Expected<std::optional<BreakoutSet>> BreakoutSetStore::forActivity(qint64 activityId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT body FROM breakout_set WHERE activity_id = ?"));
    query.addBindValue(activityId);
    if (Status s = exec(query, Text::tr("read the breakout rooms of an activity")); !s)
        return s.error();
    if (!query.next())
        return std::optional<BreakoutSet>();
    return setFrom(query, 0);
}

Status BreakoutSetStore::saveForActivity(qint64 workshopId, qint64 activityId, const BreakoutSet &set)
{
    QSqlQuery query(m_store.database());
    if (set.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM breakout_set WHERE activity_id = ?"));
        query.addBindValue(activityId);
        return exec(query, Text::tr("remove the breakout rooms of an activity"));
    }
    query.prepare(
        QStringLiteral("INSERT INTO breakout_set (workshop_id, activity_id, kind, body, updated_at) "
                       "VALUES (?, ?, 'activity', ?, ?) "
                       "ON CONFLICT (activity_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at"));
    query.addBindValue(workshopId);
    query.addBindValue(activityId);
    query.addBindValue(QString::fromUtf8(breakoutSetToJson(set)));
    query.addBindValue(now());
    return exec(query, Text::tr("save the breakout rooms of an activity"));
}

Expected<std::vector<std::pair<qint64, BreakoutSet>>> BreakoutSetStore::forWorkshop(qint64 workshopId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT activity_id, body FROM breakout_set WHERE workshop_id = ? AND kind = 'activity' "
                                 "ORDER BY activity_id"));
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("read the breakout rooms of the workshop")); !s)
        return s.error();
    std::vector<std::pair<qint64, BreakoutSet>> sets;
    while (query.next())
        if (std::optional<BreakoutSet> set = setFrom(query, 1))
            sets.emplace_back(query.value(0).toLongLong(), std::move(*set));
    return sets;
}

Expected<std::optional<BreakoutSet>> BreakoutSetStore::homeGroups(qint64 workshopId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT body FROM breakout_set WHERE workshop_id = ? AND kind = 'home' ORDER BY id DESC"));
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("read the home groups")); !s)
        return s.error();
    if (!query.next())
        return std::optional<BreakoutSet>();
    return setFrom(query, 0);
}

Status BreakoutSetStore::saveHomeGroups(qint64 workshopId, const BreakoutSet &set)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM breakout_set WHERE workshop_id = ? AND kind = 'home'"));
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("save the home groups")); !s)
        return s;
    if (!set.isEmpty()) {
        query.prepare(QStringLiteral("INSERT INTO breakout_set (workshop_id, activity_id, kind, body, updated_at) "
                                     "VALUES (?, NULL, 'home', ?, ?)"));
        query.addBindValue(workshopId);
        query.addBindValue(QString::fromUtf8(breakoutSetToJson(set)));
        query.addBindValue(now());
        if (Status s = exec(query, Text::tr("save the home groups")); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace sala
