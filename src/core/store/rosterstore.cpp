#include "store/rosterstore.h"

#include "domain/names.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>

namespace sala {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sala::RosterStore", text);
}

} // namespace

Status RosterStore::insertParticipants(std::vector<Participant> &participants, qint64 workshopId)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery query(db);
    for (Participant &participant : participants) {
        if (Status s = insertOne(participant); !s)
            return s;
        if (workshopId == 0)
            continue;
        query.prepare(QStringLiteral("INSERT INTO enrolment (workshop_id, participant_id, enrolled_at) VALUES (?, ?, ?)"));
        query.addBindValue(workshopId);
        query.addBindValue(participant.id);
        query.addBindValue(now);
        if (Status s = exec(query, tr("enrol %1").arg(participant.name)); !s)
            return s;
    }
    return transaction.commit();
}

Status RosterStore::insertOne(Participant &participant)
{
    const QString what = tr("save the participant “%1”").arg(participant.name);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO participant (name, preferred_name, email, phone, organization, organization_type, country, sex, "
        "sector, employees, consent_given, consent_at, source, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(textValue(participant.name));
    query.addBindValue(textValue(participant.preferredName));
    query.addBindValue(textValue(participant.email));
    query.addBindValue(textValue(participant.phone));
    query.addBindValue(textValue(participant.organization));
    query.addBindValue(key(participant.organizationType));
    query.addBindValue(textValue(participant.country));
    query.addBindValue(key(participant.sex));
    query.addBindValue(textValue(participant.sector));
    query.addBindValue(participant.employees ? QVariant(*participant.employees) : QVariant(QMetaType(QMetaType::Int)));
    query.addBindValue(participant.consentGiven ? 1 : 0);
    query.addBindValue(participant.consentAt ? QVariant(participant.consentAt->toUTC().toString(Qt::ISODate))
                                             : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(textValue(participant.source));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = exec(query, what); !s)
        return s;
    participant.id = query.lastInsertId().toLongLong();

    for (const QString &alias : std::as_const(participant.aliases)) {
        query.prepare(QStringLiteral("INSERT INTO participant_alias (participant_id, alias) VALUES (?, ?)"));
        query.addBindValue(participant.id);
        query.addBindValue(textValue(alias));
        if (Status s = exec(query, what); !s)
            return s;
    }
    for (const QString &language : std::as_const(participant.languages)) {
        query.prepare(QStringLiteral("INSERT INTO participant_language (participant_id, language) VALUES (?, ?)"));
        query.addBindValue(participant.id);
        query.addBindValue(textValue(language));
        if (Status s = exec(query, what); !s)
            return s;
    }
    return success();
}

Expected<std::vector<Participant>> RosterStore::participantsOf(qint64 workshopId) const
{
    const QString what = tr("read the roster");
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.preferred_name, p.email, p.phone, p.organization, p.organization_type, p.country, "
        "p.sex, p.sector, p.employees, p.consent_given, p.consent_at, p.source "
        "FROM participant p JOIN enrolment e ON e.participant_id = p.id WHERE e.workshop_id = ? ORDER BY p.id"));
    query.addBindValue(workshopId);
    if (Status s = exec(query, what); !s)
        return s.error();

    std::vector<Participant> result;
    std::unordered_map<qint64, std::size_t> indexById;
    while (query.next()) {
        Participant p;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.preferredName = query.value(2).toString();
        p.email = query.value(3).toString();
        p.phone = query.value(4).toString();
        p.organization = query.value(5).toString();
        p.organizationType = organizationTypeFromKey(query.value(6).toString()).value_or(OrganizationType::Other);
        p.country = query.value(7).toString();
        p.sex = sexFromKey(query.value(8).toString()).value_or(Sex::NotStated);
        p.sector = query.value(9).toString();
        if (!query.value(10).isNull())
            p.employees = query.value(10).toInt();
        p.consentGiven = query.value(11).toInt() != 0;
        if (!query.value(12).isNull())
            p.consentAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
        p.source = query.value(13).toString();
        indexById.emplace(p.id, result.size());
        result.push_back(std::move(p));
    }

    auto readChildren = [&](const QString &sql, auto apply) -> Status {
        query.prepare(sql);
        query.addBindValue(workshopId);
        if (Status s = exec(query, what); !s)
            return s;
        while (query.next())
            if (auto it = indexById.find(query.value(0).toLongLong()); it != indexById.end())
                apply(result[it->second], query.value(1).toString());
        return success();
    };
    if (Status s = readChildren(QStringLiteral("SELECT a.participant_id, a.alias FROM participant_alias a "
                                               "JOIN enrolment e ON e.participant_id = a.participant_id "
                                               "WHERE e.workshop_id = ? ORDER BY a.rowid"),
                                [](Participant &p, const QString &v) { p.aliases << v; });
        !s)
        return s.error();
    if (Status s = readChildren(QStringLiteral("SELECT l.participant_id, l.language FROM participant_language l "
                                               "JOIN enrolment e ON e.participant_id = l.participant_id "
                                               "WHERE e.workshop_id = ? ORDER BY l.rowid"),
                                [](Participant &p, const QString &v) { p.languages << v; });
        !s)
        return s.error();
    return result;
}

} // namespace sala
