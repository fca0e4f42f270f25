#include "store/rosterstore.h"

#include "domain/names.h"
#include "roster/personaldatalog.h"
#include "roster/rosternames.h"
#include "roster/rostersettingsstore.h"
#include "roster/sizeclass.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>

Q_LOGGING_CATEGORY(lcRoster, "sala.roster")

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RosterStore)
};

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

QVariant optionalTime(const std::optional<QDateTime> &when)
{
    return when ? QVariant(utcText(*when)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<QDateTime> timeFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    QDateTime when = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

// The columns every write sets, in the order of the bound values below.
const QString participantColumns = QStringLiteral(
    "name, preferred_name, email, phone, organization, organization_type, country, sex, sector, employees, consent_given, "
    "consent_at, source, age_band, needs_interpretation, notes, consent_notice");

void bindFields(QSqlQuery &query, const Participant &p)
{
    query.addBindValue(textValue(p.name));
    query.addBindValue(textValue(p.preferredName));
    query.addBindValue(textValue(p.email));
    query.addBindValue(textValue(p.phone));
    query.addBindValue(textValue(p.organization));
    query.addBindValue(key(p.organizationType));
    query.addBindValue(textValue(p.country));
    query.addBindValue(key(p.sex));
    query.addBindValue(textValue(p.sector));
    query.addBindValue(optionalInt(p.employees));
    query.addBindValue(p.consentGiven ? 1 : 0);
    query.addBindValue(optionalTime(p.consentAt));
    query.addBindValue(textValue(p.source));
    query.addBindValue(key(p.ageBand));
    query.addBindValue(p.needsInterpretation ? 1 : 0);
    query.addBindValue(textValue(p.notes));
    query.addBindValue(textValue(p.consentNotice));
}

// Turns secure delete on for the scope: SQLite then overwrites deleted content with zeros
// instead of leaving it in free space.
class SecureDelete final {
public:
    explicit SecureDelete(const QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA secure_delete")) && query.next())
            m_previous = query.value(0).toInt();
        m_on = query.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    ~SecureDelete() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA secure_delete = %1").arg(m_previous)); }
    Q_DISABLE_COPY_MOVE(SecureDelete)
    bool on() const { return m_on; }

private:
    QSqlDatabase m_db;
    int m_previous = 0;
    bool m_on = false;
};

} // namespace

Status RosterStore::insertParticipants(std::vector<Participant> &participants, qint64 workshopId)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    for (Participant &participant : participants) {
        if (Status s = insertOne(participant); !s)
            return s;
        if (workshopId == 0)
            continue;
        if (Status s = enrol(workshopId, participant.id, participant.role); !s)
            return s;
    }
    return transaction.commit();
}

Status RosterStore::insertParticipant(Participant &participant)
{
    Transaction transaction(m_store.database());
    if (!transaction.active())
        return transaction.startError();
    if (Status s = insertOne(participant); !s)
        return s;
    return transaction.commit();
}

QSqlQuery &RosterStore::statement(const QString &sql)
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_store.database());
        slot->prepare(sql);
    }
    return *slot;
}

Status RosterStore::insertOne(Participant &participant)
{
    const QString what = Text::tr("save the participant “%1”").arg(participant.name);
    QSqlQuery &query = statement(QStringLiteral("INSERT INTO participant (") + participantColumns
                                 + QStringLiteral(", created_at, updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                  "?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, participant);
    const QString now = utcText(QDateTime::currentDateTimeUtc());
    query.addBindValue(now);
    query.addBindValue(now);
    // A record brought back by redo keeps the id it had; a new one gets the next free id.
    query.addBindValue(participant.id > 0 ? QVariant(participant.id) : QVariant(QMetaType(QMetaType::LongLong)));
    if (Status s = exec(query, what); !s)
        return s;
    participant.id = query.lastInsertId().toLongLong();
    participant.erasedAt.reset();
    return writeChildren(participant, false);
}

Status RosterStore::writeChildren(const Participant &participant, bool replace)
{
    const QString what = Text::tr("save the participant “%1”").arg(participant.name);
    QSqlQuery query(m_store.database());
    if (replace) {
        for (const QString &table : {QStringLiteral("participant_alias"), QStringLiteral("participant_language"),
                                     QStringLiteral("participant_email"), QStringLiteral("participant_consent_purpose")}) {
            query.prepare(QStringLiteral("DELETE FROM %1 WHERE participant_id = ?").arg(table));
            query.addBindValue(participant.id);
            if (Status s = exec(query, what); !s)
                return s;
        }
    }
    auto insertAll = [&](const QString &sql, const QStringList &values) -> Status {
        QStringList seen;
        for (const QString &value : values) {
            // The child tables are keyed by value, so a repeated entry would refuse the whole save.
            if (value.trimmed().isEmpty() || seen.contains(value))
                continue;
            seen << value;
            QSqlQuery &insert = statement(sql);
            insert.addBindValue(participant.id);
            insert.addBindValue(value);
            if (Status s = exec(insert, what); !s)
                return s;
        }
        return success();
    };
    if (Status s = insertAll(QStringLiteral("INSERT INTO participant_alias (participant_id, alias) VALUES (?, ?)"),
                             participant.aliases);
        !s)
        return s;
    if (Status s = insertAll(QStringLiteral("INSERT INTO participant_language (participant_id, language) VALUES (?, ?)"),
                             participant.languages);
        !s)
        return s;
    if (Status s = insertAll(QStringLiteral("INSERT INTO participant_consent_purpose (participant_id, purpose) VALUES (?, ?)"),
                             participant.consentPurposes);
        !s)
        return s;
    int position = 0;
    for (const QString &email : participant.otherEmails) {
        if (email.trimmed().isEmpty())
            continue;
        QSqlQuery &insert = statement(
            QStringLiteral("INSERT INTO participant_email (participant_id, position, email) VALUES (?, ?, ?)"));
        insert.addBindValue(participant.id);
        insert.addBindValue(position++);
        insert.addBindValue(email);
        if (Status s = exec(insert, what); !s)
            return s;
    }
    return success();
}

Status RosterStore::updateParticipant(const Participant &participant, qint64 workshopId)
{
    return updateParticipants({participant}, workshopId);
}

Status RosterStore::updateParticipants(const std::vector<Participant> &participants, qint64 workshopId)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(db);
    for (const Participant &participant : participants) {
        const QString what = Text::tr("save the participant “%1”").arg(participant.name);
        QString assignments = participantColumns;
        assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
        query.prepare(QStringLiteral("UPDATE participant SET ") + assignments
                      + QStringLiteral(" = ?, updated_at = ? WHERE id = ? AND erased_at IS NULL"));
        bindFields(query, participant);
        query.addBindValue(utcText(QDateTime::currentDateTimeUtc()));
        query.addBindValue(participant.id);
        if (Status s = exec(query, what); !s)
            return s;
        if (query.numRowsAffected() != 1)
            return Error{ErrorCode::NotFound,
                         Text::tr("Participant %1 no longer exists or has been erased; nothing was changed.").arg(participant.id)};
        if (Status s = writeChildren(participant, true); !s)
            return s;
        if (workshopId != 0)
            if (Status s = setRole(workshopId, participant.id, participant.role); !s)
                return s;
    }
    return transaction.commit();
}

Status RosterStore::deleteParticipant(qint64 id)
{
    SecureDelete secure(m_store.database());
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM participant WHERE id = ?"));
    query.addBindValue(id);
    return exec(query, Text::tr("remove a participant"));
}

Status RosterStore::enrol(qint64 workshopId, qint64 participantId, std::optional<ParticipantRole> role)
{
    QSqlQuery &query = statement(role ? QStringLiteral("INSERT INTO enrolment (workshop_id, participant_id, enrolled_at, role) "
                                                       "VALUES (?, ?, ?, ?) ON CONFLICT (workshop_id, participant_id) "
                                                       "DO UPDATE SET role = excluded.role")
                                      : QStringLiteral("INSERT INTO enrolment (workshop_id, participant_id, enrolled_at) VALUES "
                                                       "(?, ?, ?) ON CONFLICT (workshop_id, participant_id) DO NOTHING"));
    query.addBindValue(workshopId);
    query.addBindValue(participantId);
    query.addBindValue(utcText(QDateTime::currentDateTimeUtc()));
    if (role)
        query.addBindValue(key(*role));
    return exec(query, Text::tr("enrol participant %1").arg(participantId));
}

Status RosterStore::setRole(qint64 workshopId, qint64 participantId, ParticipantRole role)
{
    QSqlQuery &query = statement(QStringLiteral("UPDATE enrolment SET role = ? WHERE workshop_id = ? AND participant_id = ?"));
    query.addBindValue(key(role));
    query.addBindValue(workshopId);
    query.addBindValue(participantId);
    if (Status s = exec(query, Text::tr("change the role of participant %1").arg(participantId)); !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Error{
            ErrorCode::NotFound,
            Text::tr("Participant %1 is not on this workshop's roster any more; the role was not changed.").arg(participantId)};
    return success();
}

Status RosterStore::unenrol(qint64 workshopId, qint64 participantId)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM enrolment WHERE workshop_id = ? AND participant_id = ?"));
    query.addBindValue(workshopId);
    query.addBindValue(participantId);
    if (Status s = exec(query, Text::tr("remove participant %1 from the roster").arg(participantId)); !s)
        return s;
    query.prepare(QStringLiteral("DELETE FROM session_exclusion WHERE participant_id = ? AND session_id IN "
                                 "(SELECT id FROM session WHERE workshop_id = ?)"));
    query.addBindValue(participantId);
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("remove participant %1 from the roster").arg(participantId)); !s)
        return s;
    return transaction.commit();
}

Expected<std::vector<qint64>> RosterStore::workshopsOf(qint64 participantId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT workshop_id FROM enrolment WHERE participant_id = ? ORDER BY workshop_id"));
    query.addBindValue(participantId);
    if (Status s = exec(query, Text::tr("read the workshops of a participant")); !s)
        return s.error();
    std::vector<qint64> ids;
    while (query.next())
        ids.push_back(query.value(0).toLongLong());
    return ids;
}

Expected<std::map<qint64, ParticipantRole>> RosterStore::rolesOf(qint64 participantId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT workshop_id, role FROM enrolment WHERE participant_id = ?"));
    query.addBindValue(participantId);
    if (Status s = exec(query, Text::tr("read the workshops of a participant")); !s)
        return s.error();
    std::map<qint64, ParticipantRole> roles;
    while (query.next())
        roles.emplace(query.value(0).toLongLong(),
                      participantRoleFromKey(query.value(1).toString()).value_or(ParticipantRole::Participant));
    return roles;
}

Expected<std::set<qint64>> RosterStore::excludedFrom(qint64 sessionId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT participant_id FROM session_exclusion WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (Status s = exec(query, Text::tr("read who is expected at the session")); !s)
        return s.error();
    std::set<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

Status RosterStore::setExpectedAt(qint64 sessionId, qint64 participantId, bool expected)
{
    QSqlQuery query(m_store.database());
    if (expected)
        query.prepare(QStringLiteral("DELETE FROM session_exclusion WHERE session_id = ? AND participant_id = ?"));
    else
        query.prepare(QStringLiteral("INSERT INTO session_exclusion (session_id, participant_id) VALUES (?, ?) "
                                     "ON CONFLICT (session_id, participant_id) DO NOTHING"));
    query.addBindValue(sessionId);
    query.addBindValue(participantId);
    return exec(query, Text::tr("change who is expected at the session"));
}

Expected<std::vector<Participant>> RosterStore::participantsOf(qint64 workshopId) const
{
    auto people = readParticipants(QStringLiteral("SELECT participant_id FROM enrolment WHERE workshop_id = ?"), {workshopId});
    if (!people)
        return people;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT participant_id, role FROM enrolment WHERE workshop_id = ?"));
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("read the roster")); !s)
        return s.error();
    std::unordered_map<qint64, ParticipantRole> roles;
    while (query.next())
        roles.emplace(query.value(0).toLongLong(),
                      participantRoleFromKey(query.value(1).toString()).value_or(ParticipantRole::Participant));
    for (Participant &p : people.value())
        if (const auto found = roles.find(p.id); found != roles.end())
            p.role = found->second;
    return people;
}

Expected<Participant> RosterStore::participant(qint64 id) const
{
    auto found = readParticipants(QStringLiteral("SELECT ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return Error{ErrorCode::NotFound, Text::tr("There is no participant with number %1.").arg(id)};
    return std::move(found->front());
}

Expected<std::vector<Participant>> RosterStore::liveParticipants() const
{
    return readParticipants(QStringLiteral("SELECT id FROM participant WHERE erased_at IS NULL"), {});
}

Expected<std::vector<Participant>> RosterStore::readParticipants(const QString &idQuery, const QVariantList &binds) const
{
    const QString what = Text::tr("read the roster");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, ") + participantColumns
                  + QStringLiteral(", erased_at FROM participant WHERE id IN (") + idQuery + QStringLiteral(") ORDER BY id"));
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
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
        p.consentAt = timeFrom(query.value(12));
        p.source = query.value(13).toString();
        p.ageBand = ageBandFromKey(query.value(14).toString()).value_or(AgeBand::NotStated);
        p.needsInterpretation = query.value(15).toInt() != 0;
        p.notes = query.value(16).toString();
        p.consentNotice = query.value(17).toString();
        p.erasedAt = timeFrom(query.value(18));
        indexById.emplace(p.id, result.size());
        result.push_back(std::move(p));
    }

    auto readChildren = [&](const QString &table, const QString &column, const QString &order, auto apply) -> Status {
        query.prepare(QStringLiteral("SELECT participant_id, %1 FROM %2 WHERE participant_id IN (%3) ORDER BY %4")
                          .arg(column, table, idQuery, order));
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        if (Status s = exec(query, what); !s)
            return s;
        while (query.next())
            if (auto it = indexById.find(query.value(0).toLongLong()); it != indexById.end())
                apply(result[it->second], query.value(1).toString());
        return success();
    };
    if (Status s = readChildren(QStringLiteral("participant_alias"), QStringLiteral("alias"), QStringLiteral("rowid"),
                                [](Participant &p, const QString &v) { p.aliases << v; });
        !s)
        return s.error();
    if (Status s = readChildren(QStringLiteral("participant_language"), QStringLiteral("language"), QStringLiteral("rowid"),
                                [](Participant &p, const QString &v) { p.languages << v; });
        !s)
        return s.error();
    if (Status s = readChildren(QStringLiteral("participant_email"), QStringLiteral("email"),
                                QStringLiteral("participant_id, position"),
                                [](Participant &p, const QString &v) { p.otherEmails << v; });
        !s)
        return s.error();
    if (Status s = readChildren(QStringLiteral("participant_consent_purpose"), QStringLiteral("purpose"), QStringLiteral("rowid"),
                                [](Participant &p, const QString &v) { p.consentPurposes << v; });
        !s)
        return s.error();
    return result;
}

Expected<ErasureOutcome> RosterStore::erase(qint64 participantId, const QString &via)
{
    return erase(std::vector<qint64>{participantId}, via);
}

Expected<ErasureOutcome> RosterStore::erase(const std::vector<qint64> &participantIds, const QString &via)
{
    for (const qint64 id : participantIds)
        if (auto existing = participant(id); !existing)
            return existing.error();
    return eraseIds(participantIds, 0, key(PersonalDataLogEntry::Action::Erasure), 0, via);
}

Expected<ErasureOutcome> RosterStore::eraseWorkshopPersonalData(qint64 workshopId, const QString &via)
{
    // People also on a roster whose data is still kept stay; their record serves that workshop.
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "SELECT p.id, EXISTS (SELECT 1 FROM enrolment o LEFT JOIN workshop_retention r ON r.workshop_id = o.workshop_id "
        "WHERE o.participant_id = p.id AND o.workshop_id <> ? AND r.personal_data_erased_at IS NULL) "
        "FROM participant p JOIN enrolment e ON e.participant_id = p.id "
        "WHERE e.workshop_id = ? AND p.erased_at IS NULL ORDER BY p.id"));
    query.addBindValue(workshopId);
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("find the personal data of the workshop")); !s)
        return s.error();
    std::vector<qint64> ids;
    int kept = 0;
    while (query.next()) {
        if (query.value(1).toInt() != 0)
            ++kept;
        else
            ids.push_back(query.value(0).toLongLong());
    }
    query.finish();
    return eraseIds(ids, kept, key(PersonalDataLogEntry::Action::RetentionErasure), workshopId, via);
}

Expected<ErasureOutcome> RosterStore::eraseIds(const std::vector<qint64> &ids, int keptElsewhere, const QString &action,
                                               qint64 workshopId, const QString &via)
{
    QSqlDatabase db = m_store.database();
    auto rules = RosterSettingsStore(m_store).sizeRules();
    if (!rules)
        return rules.error();
    const QString what = Text::tr("erase personal data");
    const QString now = utcText(QDateTime::currentDateTimeUtc());
    ErasureOutcome outcome;
    outcome.keptForOtherWorkshops = keptElsewhere;
    {
        SecureDelete secure(db);
        if (!secure.on())
            return Error{ErrorCode::Database, Text::tr("Could not turn on secure delete, so nothing was erased.")};
        Transaction transaction(db);
        if (!transaction.active())
            return transaction.startError();
        QSqlQuery query(db);
        for (const qint64 id : ids) {
            auto person = participant(id);
            if (!person)
                return person.error();
            const Participant &p = person.value();
            if (p.erasedAt)
                continue;
            const EnterpriseSize size = classifyEnterprise(p.employees, p.country, rules.value());
            query.prepare(QStringLiteral(
                "UPDATE participant SET name = '', preferred_name = '', email = '', phone = '', organization = '', "
                "sector = '', employees = NULL, consent_given = 0, consent_at = NULL, source = '', notes = '', "
                "consent_notice = '', needs_interpretation = 0, size_class = ?, erased_at = ?, updated_at = ? WHERE id = ?"));
            query.addBindValue(key(size));
            query.addBindValue(now);
            query.addBindValue(now);
            query.addBindValue(id);
            if (Status s = exec(query, what); !s)
                return s.error();
            for (const QString &table : {QStringLiteral("participant_alias"), QStringLiteral("participant_language"),
                                         QStringLiteral("participant_email"), QStringLiteral("participant_consent_purpose")}) {
                query.prepare(QStringLiteral("DELETE FROM %1 WHERE participant_id = ?").arg(table));
                query.addBindValue(id);
                if (Status s = exec(query, what); !s)
                    return s.error();
            }
            // File names in the log may carry a name ("Dara - access request.json").
            QStringList traces{p.name, p.preferredName, p.email, p.phone};
            traces << p.aliases << p.otherEmails;
            for (const QString &trace : std::as_const(traces)) {
                if (trace.trimmed().size() < 3)
                    continue;
                query.prepare(QStringLiteral("UPDATE personal_data_log SET file = ? WHERE instr(file, ?) > 0"));
                query.addBindValue(Text::tr("(file name removed at erasure)"));
                query.addBindValue(trace);
                if (Status s = exec(query, what); !s)
                    return s.error();
            }
            ++outcome.erased;
        }
        PersonalDataLogEntry entry;
        entry.action = action == key(PersonalDataLogEntry::Action::RetentionErasure)
                           ? PersonalDataLogEntry::Action::RetentionErasure
                           : PersonalDataLogEntry::Action::Erasure;
        entry.workshopId = workshopId;
        entry.participantId = ids.size() == 1 && workshopId == 0 ? ids.front() : 0;
        entry.recordCount = outcome.erased;
        entry.via = via;
        if (workshopId != 0)
            entry.description = Text::tr("Personal data of %n participant(s) erased at the end of the retention period", nullptr,
                                         outcome.erased);
        else if (entry.participantId != 0)
            entry.description = Text::tr("Personal data of participant %1 erased").arg(entry.participantId);
        else
            entry.description = Text::tr("Personal data of %n participant(s) erased", nullptr, outcome.erased);
        if (Status s = PersonalDataLog(m_store).record(entry); !s)
            return s.error();
        if (workshopId != 0) {
            query.prepare(QStringLiteral(
                "INSERT INTO workshop_retention (workshop_id, keep_months, personal_data_erased_at) VALUES (?, 0, ?) "
                "ON CONFLICT (workshop_id) DO UPDATE SET personal_data_erased_at = excluded.personal_data_erased_at"));
            query.addBindValue(workshopId);
            query.addBindValue(now);
            if (Status s = exec(query, what); !s)
                return s.error();
        }
        if (Status s = transaction.commit(); !s)
            return s.error();

        // Earlier edits of the same rows left old copies in free space that secure delete never
        // saw; VACUUM rebuilds every page, in memory so no temporary file holds the data.
        QSqlQuery vacuum(db);
        vacuum.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        if (!vacuum.exec(QStringLiteral("VACUUM")))
            return Error{ErrorCode::Database,
                         Text::tr("The personal data was erased, but Sala could not compact the database (%1), so old copies "
                                  "may remain in its free space. Close other Sala windows and erase again.")
                             .arg(vacuum.lastError().text())};
        vacuum.exec(QStringLiteral("PRAGMA temp_store = DEFAULT"));
    }
    // Moves everything into the main file and empties the write-ahead log.
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !checkpoint.next()
        || checkpoint.value(0).toInt() != 0)
        return Error{ErrorCode::Locked,
                     Text::tr("The personal data was erased, but another program is reading the database, so "
                              "a copy may remain in its write-ahead log until that program closes. Close other "
                              "Sala windows and erase again.")};
    qCInfo(lcRoster) << "erased the personal data of" << outcome.erased << "participant(s)";
    return outcome;
}

Expected<std::optional<int>> RosterStore::retentionMonths(qint64 workshopId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT keep_months FROM workshop_retention WHERE workshop_id = ?"));
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("read the retention period")); !s)
        return s.error();
    if (!query.next())
        return std::optional<int>();
    return std::optional<int>(query.value(0).toInt());
}

Status RosterStore::setRetentionMonths(qint64 workshopId, std::optional<int> months)
{
    if (months && *months < 0)
        return Error{ErrorCode::InvalidData, Text::tr("A retention period cannot be negative.")};
    QSqlQuery query(m_store.database());
    if (!months) {
        query.prepare(QStringLiteral("DELETE FROM workshop_retention WHERE workshop_id = ? AND personal_data_erased_at IS NULL"));
        query.addBindValue(workshopId);
    } else {
        query.prepare(QStringLiteral("INSERT INTO workshop_retention (workshop_id, keep_months) VALUES (?, ?) "
                                     "ON CONFLICT (workshop_id) DO UPDATE SET keep_months = excluded.keep_months"));
        query.addBindValue(workshopId);
        query.addBindValue(*months);
    }
    return exec(query, Text::tr("save the retention period"));
}

Expected<std::vector<RetentionDue>> RosterStore::retentionDue(QDate today) const
{
    QSqlQuery query(m_store.database());
    if (Status s = exec(query,
                        QStringLiteral("SELECT w.id, w.title, r.keep_months, (SELECT max(s.session_date) FROM session s WHERE "
                                       "s.workshop_id = w.id), (SELECT count(*) FROM enrolment e JOIN participant p ON p.id = "
                                       "e.participant_id WHERE e.workshop_id = w.id AND p.erased_at IS NULL) "
                                       "FROM workshop w JOIN workshop_retention r ON r.workshop_id = w.id "
                                       "WHERE r.personal_data_erased_at IS NULL ORDER BY w.id"),
                        Text::tr("check the retention periods"));
        !s)
        return s.error();
    std::vector<RetentionDue> result;
    while (query.next()) {
        RetentionDue due;
        due.workshopId = query.value(0).toLongLong();
        due.title = query.value(1).toString();
        due.lastSession = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        due.people = query.value(4).toInt();
        if (!due.lastSession.isValid() || due.people == 0)
            continue;
        due.due = due.lastSession.addMonths(query.value(2).toInt());
        if (due.due <= today)
            result.push_back(due);
    }
    return result;
}

} // namespace sala
