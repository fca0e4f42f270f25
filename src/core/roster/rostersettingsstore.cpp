#include "roster/rostersettingsstore.h"

#include "store/sqlerror.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RosterSettingsStore)
};

SavedMapping mappingFrom(const QSqlQuery &query)
{
    SavedMapping m;
    m.name = query.value(0).toString();
    m.source = registrationSourceFromKey(query.value(1).toString()).value_or(RegistrationSource::Spreadsheet);
    m.columns = query.value(2).toString();
    m.updatedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
    return m;
}

} // namespace

Expected<std::vector<SizeRule>> RosterSettingsStore::sizeRules() const
{
    QSqlQuery query(m_store.database());
    if (Status s = exec(query,
                        QStringLiteral("SELECT country, micro_max, small_max, medium_max, note FROM enterprise_size_rule "
                                       "ORDER BY country = '', country"),
                        Text::tr("read the enterprise size rules"));
        !s)
        return s.error();
    std::vector<SizeRule> rules;
    while (query.next())
        rules.push_back({query.value(0).toString(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt(),
                         query.value(4).toString()});
    return rules;
}

Status RosterSettingsStore::setSizeRules(const std::vector<SizeRule> &rules)
{
    for (const SizeRule &rule : rules) {
        const QString country = rule.country.isEmpty() ? Text::tr("any other country") : rule.country;
        if (rule.microMax < 0 || rule.smallMax < rule.microMax || rule.mediumMax < rule.smallMax)
            return Error{ErrorCode::InvalidData,
                         Text::tr("The size rule for %1 must rise from micro to small to medium (now %2, %3, %4).")
                             .arg(country)
                             .arg(rule.microMax)
                             .arg(rule.smallMax)
                             .arg(rule.mediumMax)};
    }
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(db);
    if (Status s = exec(query, QStringLiteral("DELETE FROM enterprise_size_rule"), Text::tr("save the enterprise size rules")); !s)
        return s;
    for (const SizeRule &rule : rules) {
        query.prepare(QStringLiteral(
            "INSERT INTO enterprise_size_rule (country, micro_max, small_max, medium_max, note) VALUES (?, ?, ?, ?, ?)"));
        query.addBindValue(textValue(rule.country.trimmed().toUpper()));
        query.addBindValue(rule.microMax);
        query.addBindValue(rule.smallMax);
        query.addBindValue(rule.mediumMax);
        query.addBindValue(textValue(rule.note));
        if (Status s = exec(query, Text::tr("save the enterprise size rules")); !s)
            return s;
    }
    return transaction.commit();
}

Expected<std::vector<SavedMapping>> RosterSettingsStore::mappings() const
{
    QSqlQuery query(m_store.database());
    if (Status s = exec(query, QStringLiteral("SELECT name, source, columns, updated_at FROM import_mapping ORDER BY name"),
                        Text::tr("read the saved column mappings"));
        !s)
        return s.error();
    std::vector<SavedMapping> result;
    while (query.next())
        result.push_back(mappingFrom(query));
    return result;
}

Expected<std::optional<SavedMapping>> RosterSettingsStore::mapping(const QString &name) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT name, source, columns, updated_at FROM import_mapping WHERE name = ?"));
    query.addBindValue(name);
    if (Status s = exec(query, Text::tr("read a saved column mapping")); !s)
        return s.error();
    if (!query.next())
        return std::optional<SavedMapping>();
    return std::optional<SavedMapping>(mappingFrom(query));
}

Expected<std::optional<SavedMapping>> RosterSettingsStore::latestMappingFor(RegistrationSource source) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT name, source, columns, updated_at FROM import_mapping WHERE source = ? "
                                 "ORDER BY updated_at DESC, name LIMIT 1"));
    query.addBindValue(key(source));
    if (Status s = exec(query, Text::tr("read a saved column mapping")); !s)
        return s.error();
    if (!query.next())
        return std::optional<SavedMapping>();
    return std::optional<SavedMapping>(mappingFrom(query));
}

Status RosterSettingsStore::saveMapping(const SavedMapping &mapping)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO import_mapping (name, source, columns, updated_at) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET source = excluded.source, columns = excluded.columns, "
                                 "updated_at = excluded.updated_at"));
    query.addBindValue(textValue(mapping.name));
    query.addBindValue(key(mapping.source));
    query.addBindValue(textValue(mapping.columns));
    const QDateTime at = mapping.updatedAt.isValid() ? mapping.updatedAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    return exec(query, Text::tr("remember the column mapping"));
}

} // namespace sala
