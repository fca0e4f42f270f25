#include "roster/personaldatalog.h"

#include "store/sqlerror.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::PersonalDataLog)
};

PersonalDataLogEntry::Action actionFromKey(const QString &key)
{
    if (key == u"access-export")
        return PersonalDataLogEntry::Action::AccessExport;
    if (key == u"erasure")
        return PersonalDataLogEntry::Action::Erasure;
    if (key == u"retention-erasure")
        return PersonalDataLogEntry::Action::RetentionErasure;
    return PersonalDataLogEntry::Action::RosterExport;
}

const QString columns = QStringLiteral(
    "SELECT id, happened_at, action, description, file, workshop_id, participant_id, record_count, without_consent, via "
    "FROM personal_data_log ");

Expected<std::vector<PersonalDataLogEntry>> readEntries(QSqlQuery &query)
{
    if (Status s = exec(query, Text::tr("read the personal data log")); !s)
        return s.error();
    std::vector<PersonalDataLogEntry> result;
    while (query.next()) {
        PersonalDataLogEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.action = actionFromKey(query.value(2).toString());
        e.description = query.value(3).toString();
        e.file = query.value(4).toString();
        e.workshopId = query.value(5).toLongLong();
        e.participantId = query.value(6).toLongLong();
        e.recordCount = query.value(7).toInt();
        e.withoutConsent = query.value(8).toInt();
        e.via = query.value(9).toString();
        result.push_back(std::move(e));
    }
    return result;
}

} // namespace

QString key(PersonalDataLogEntry::Action action)
{
    switch (action) {
    case PersonalDataLogEntry::Action::RosterExport: return QStringLiteral("roster-export");
    case PersonalDataLogEntry::Action::AccessExport: return QStringLiteral("access-export");
    case PersonalDataLogEntry::Action::Erasure: return QStringLiteral("erasure");
    case PersonalDataLogEntry::Action::RetentionErasure: return QStringLiteral("retention-erasure");
    }
    return {};
}

QString displayName(PersonalDataLogEntry::Action action)
{
    switch (action) {
    case PersonalDataLogEntry::Action::RosterExport: return Text::tr("Roster export");
    case PersonalDataLogEntry::Action::AccessExport: return Text::tr("Access request export");
    case PersonalDataLogEntry::Action::Erasure: return Text::tr("Erasure");
    case PersonalDataLogEntry::Action::RetentionErasure: return Text::tr("Erasure at the end of retention");
    }
    return {};
}

Status PersonalDataLog::record(PersonalDataLogEntry &entry)
{
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO personal_data_log (happened_at, action, description, file, workshop_id, participant_id, record_count, "
        "without_consent, via) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(key(entry.action));
    query.addBindValue(textValue(entry.description));
    query.addBindValue(textValue(entry.file));
    query.addBindValue(entry.workshopId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(entry.workshopId));
    query.addBindValue(entry.participantId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(entry.participantId));
    query.addBindValue(entry.recordCount);
    query.addBindValue(entry.withoutConsent);
    query.addBindValue(textValue(entry.via));
    if (Status s = exec(query, Text::tr("record the export in the personal data log")); !s)
        return s;
    entry.id = query.lastInsertId().toLongLong();
    return success();
}

Expected<std::vector<PersonalDataLogEntry>> PersonalDataLog::entries() const
{
    QSqlQuery query(m_store.database());
    query.prepare(columns + QStringLiteral("ORDER BY happened_at DESC, id DESC"));
    return readEntries(query);
}

Expected<std::vector<PersonalDataLogEntry>> PersonalDataLog::entriesAbout(qint64 participantId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(columns
                  + QStringLiteral("WHERE participant_id = ? OR (action = 'roster-export' AND workshop_id IN "
                                   "(SELECT workshop_id FROM enrolment WHERE participant_id = ?)) "
                                   "ORDER BY happened_at DESC, id DESC"));
    query.addBindValue(participantId);
    query.addBindValue(participantId);
    return readEntries(query);
}

} // namespace sala
