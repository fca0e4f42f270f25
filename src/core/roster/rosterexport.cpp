#include "roster/rosterexport.h"

#include "domain/names.h"
#include "domain/plan.h"
#include "roster/attendance.h"
#include "roster/personaldatalog.h"
#include "roster/rosternames.h"
#include "roster/rostersettingsstore.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

#include <nlohmann/json.hpp>

#include <map>

namespace sala {
namespace {

using json = nlohmann::ordered_json;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RosterExport)
};

std::string s(const QString &text)
{
    return text.toStdString();
}

json strings(const QStringList &list)
{
    json array = json::array();
    for (const QString &item : list)
        array.push_back(s(item));
    return array;
}

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

json participantJson(const Participant &p, const std::vector<SizeRule> &rules)
{
    json j;
    j["id"] = p.id;
    j["name"] = s(p.name);
    j["preferredName"] = s(p.preferredName);
    j["aliases"] = strings(p.aliases);
    j["email"] = s(p.email);
    j["otherEmails"] = strings(p.otherEmails);
    j["phone"] = s(p.phone);
    j["organization"] = s(p.organization);
    j["organizationType"] = s(key(p.organizationType));
    j["country"] = s(p.country);
    j["sex"] = s(key(p.sex));
    j["ageBand"] = s(key(p.ageBand));
    j["employees"] = p.employees ? json(*p.employees) : json(nullptr);
    j["enterpriseSize"] = s(key(classifyEnterprise(p.employees, p.country, rules)));
    j["sector"] = s(p.sector);
    j["languages"] = strings(p.languages);
    j["needsInterpretation"] = p.needsInterpretation;
    j["notes"] = s(p.notes);
    json consent;
    consent["given"] = p.consentGiven;
    consent["at"] = p.consentAt ? json(s(isoUtc(*p.consentAt))) : json(nullptr);
    consent["noticeVersion"] = s(p.consentNotice);
    consent["purposes"] = strings(p.consentPurposes);
    j["consent"] = consent;
    j["flags"] = p.consentGiven ? json::array() : json::array({"no-consent"});
    j["source"] = s(p.source);
    return j;
}

// A roster entry: the person, and their role in the workshop.
json rosterEntryJson(const Participant &p, const std::vector<SizeRule> &rules)
{
    json j = participantJson(p, rules);
    j["role"] = s(key(p.role));
    return j;
}

// Cells a spreadsheet would run as a formula are written as text.
QString csvCell(QString text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        const bool formulaLike = first == u'=' || first == u'@'
                                 || ((first == u'+' || first == u'-')
                                     && text.contains(QRegularExpression(QStringLiteral("[=(|!]"))));
        if (formulaLike)
            text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r') || text.startsWith(u' ')
        || text.endsWith(u' ')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Io, Text::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return success();
}

// The file exists only together with its log entry: a failed entry takes the file back.
Status writeAndLog(Store &store, const QString &path, const QByteArray &bytes, PersonalDataLogEntry &entry)
{
    const bool existed = QFile::exists(path);
    if (Status written = writeFile(path, bytes); !written)
        return written;
    entry.file = QDir::toNativeSeparators(path);
    if (Status logged = PersonalDataLog(store).record(entry); !logged) {
        if (!existed)
            QFile::remove(path);
        return Error{logged.error().code, Text::tr("The export could not be recorded in the personal data log, so it was not "
                                                   "kept. %1")
                                              .arg(logged.error().message)};
    }
    return success();
}

} // namespace

std::optional<RosterExportFormat> rosterExportFormatFromKey(const QString &key)
{
    if (key == u"csv")
        return RosterExportFormat::Csv;
    if (key == u"json")
        return RosterExportFormat::Json;
    return std::nullopt;
}

QByteArray rosterCsv(const std::vector<Participant> &roster, const std::vector<SizeRule> &rules)
{
    const QStringList header{QStringLiteral("id"),
                             QStringLiteral("name"),
                             QStringLiteral("preferred_name"),
                             QStringLiteral("aliases"),
                             QStringLiteral("email"),
                             QStringLiteral("other_emails"),
                             QStringLiteral("phone"),
                             QStringLiteral("organization"),
                             QStringLiteral("organization_type"),
                             QStringLiteral("country"),
                             QStringLiteral("sex"),
                             QStringLiteral("age_band"),
                             QStringLiteral("employees"),
                             QStringLiteral("enterprise_size"),
                             QStringLiteral("sector"),
                             QStringLiteral("languages"),
                             QStringLiteral("needs_interpretation"),
                             QStringLiteral("notes"),
                             QStringLiteral("consent"),
                             QStringLiteral("consent_at"),
                             QStringLiteral("consent_notice"),
                             QStringLiteral("consent_purposes"),
                             QStringLiteral("source"),
                             QStringLiteral("role")};
    QString text = header.join(u',') + QStringLiteral("\r\n");
    for (const Participant &p : roster) {
        if (p.erasedAt)
            continue;
        const QStringList cells{QString::number(p.id), p.name, p.preferredName, p.aliases.join(QStringLiteral("; ")), p.email,
                                p.otherEmails.join(QStringLiteral("; ")), p.phone, p.organization, key(p.organizationType),
                                p.country, key(p.sex), key(p.ageBand), p.employees ? QString::number(*p.employees) : QString(),
                                key(classifyEnterprise(p.employees, p.country, rules)), p.sector,
                                p.languages.join(QStringLiteral("; ")),
                                p.needsInterpretation ? QStringLiteral("yes") : QStringLiteral("no"), p.notes,
                                // Spelled out so nobody mistakes a missing consent for a blank cell.
                                p.consentGiven ? QStringLiteral("yes") : QStringLiteral("NO CONSENT"),
                                p.consentAt ? isoUtc(*p.consentAt) : QString(), p.consentNotice,
                                p.consentPurposes.join(QStringLiteral("; ")), p.source, key(p.role)};
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        text += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray rosterJson(const Workshop &workshop, const std::vector<Participant> &roster, const std::vector<SizeRule> &rules,
                      const QDateTime &exportedAt)
{
    json root;
    root["format"] = "sala-roster";
    root["version"] = 1;
    root["exportedAt"] = s(isoUtc(exportedAt));
    root["workshop"] = {{"id", workshop.id}, {"title", s(workshop.title)}};
    json people = json::array();
    for (const Participant &p : roster)
        if (!p.erasedAt)
            people.push_back(rosterEntryJson(p, rules));
    root["participants"] = people;
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

Expected<ExportOutcome> exportRoster(Store &store, qint64 workshopId, RosterExportFormat format, const QString &path,
                                     const QString &via)
{
    auto workshop = PlanStore(store).loadWorkshop(workshopId);
    if (!workshop)
        return workshop.error();
    auto roster = RosterStore(store).participantsOf(workshopId);
    if (!roster)
        return roster.error();
    auto rules = RosterSettingsStore(store).sizeRules();
    if (!rules)
        return rules.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray bytes = format == RosterExportFormat::Csv ? rosterCsv(roster.value(), rules.value())
                                                               : rosterJson(workshop.value(), roster.value(), rules.value(), now);
    ExportOutcome outcome;
    outcome.path = path;
    for (const Participant &p : roster.value()) {
        if (p.erasedAt)
            continue;
        ++outcome.people;
        if (!p.consentGiven)
            ++outcome.withoutConsent;
    }
    PersonalDataLogEntry entry;
    entry.at = now;
    entry.action = PersonalDataLogEntry::Action::RosterExport;
    entry.workshopId = workshopId;
    entry.recordCount = outcome.people;
    entry.withoutConsent = outcome.withoutConsent;
    entry.via = via;
    entry.description = Text::tr("Roster of workshop %1 as %2")
                            .arg(workshopId)
                            .arg(format == RosterExportFormat::Csv ? QStringLiteral("CSV") : QStringLiteral("JSON"));
    if (Status s = writeAndLog(store, path, bytes, entry); !s)
        return s.error();
    return outcome;
}

Expected<QByteArray> accessRequestJson(Store &store, qint64 participantId, const QDateTime &now)
{
    RosterStore roster(store);
    auto person = roster.participant(participantId);
    if (!person)
        return person.error();
    auto rules = RosterSettingsStore(store).sizeRules();
    if (!rules)
        return rules.error();
    auto workshops = roster.workshopsOf(participantId);
    if (!workshops)
        return workshops.error();
    auto roles = roster.rolesOf(participantId);
    if (!roles)
        return roles.error();
    auto events = AttendanceStore(store).eventsOfParticipant(participantId);
    if (!events)
        return events.error();
    auto log = PersonalDataLog(store).entriesAbout(participantId);
    if (!log)
        return log.error();

    json root;
    root["format"] = "sala-access-request";
    root["version"] = 1;
    root["exportedAt"] = s(isoUtc(now));
    root["explanation"] = s(Text::tr("Everything this copy of Sala stores about the person: the details they gave, their "
                                     "consent, the workshops and sessions they were enrolled in, their attendance, and every "
                                     "export of personal data that included them."));
    json p = participantJson(person.value(), rules.value());
    p["erasedAt"] = person->erasedAt ? json(s(isoUtc(*person->erasedAt))) : json(nullptr);
    root["participant"] = p;

    PlanStore plans(store);
    std::map<qint64, std::pair<QString, QString>> sessionNames; // session id → workshop title, session title
    json enrolments = json::array();
    for (const qint64 workshopId : workshops.value()) {
        auto workshop = plans.loadWorkshop(workshopId);
        if (!workshop)
            return workshop.error();
        json sessions = json::array();
        for (const Session &session : workshop->sessions) {
            auto skip = roster.excludedFrom(session.id);
            if (!skip)
                return skip.error();
            sessionNames[session.id] = {workshop->title, session.title};
            if (!skip->count(participantId))
                sessions.push_back(
                    {{"id", session.id}, {"title", s(session.title)}, {"date", s(session.date.toString(Qt::ISODate))}});
        }
        const auto role = roles->find(workshopId);
        enrolments.push_back({{"workshopId", workshopId},
                              {"workshop", s(workshop->title)},
                              {"role", s(key(role == roles->end() ? ParticipantRole::Participant : role->second))},
                              {"expectedAt", sessions}});
    }
    root["enrolments"] = enrolments;
    json attendance = json::array();
    for (const AttendanceEvent &e : events.value()) {
        const auto names = sessionNames[e.sessionId];
        attendance.push_back(
            {{"sessionId", e.sessionId}, {"session", s(names.second)}, {"event", s(key(e.kind))}, {"at", s(isoUtc(e.at))}});
    }
    root["attendance"] = attendance;
    json exports = json::array();
    for (const PersonalDataLogEntry &e : log.value())
        exports.push_back(
            {{"at", s(isoUtc(e.at))}, {"what", s(key(e.action))}, {"description", s(e.description)}, {"file", s(e.file)}});
    root["personalDataLog"] = exports;
    return QByteArray(QByteArray::fromStdString(root.dump(2)) + '\n');
}

Expected<ExportOutcome> exportAccessRequest(Store &store, qint64 participantId, const QString &path, const QString &via)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto bytes = accessRequestJson(store, participantId, now);
    if (!bytes)
        return bytes.error();
    PersonalDataLogEntry entry;
    entry.at = now;
    entry.action = PersonalDataLogEntry::Action::AccessExport;
    entry.participantId = participantId;
    entry.recordCount = 1;
    entry.via = via;
    entry.description = Text::tr("Everything stored about participant %1").arg(participantId);
    if (Status st = writeAndLog(store, path, bytes.value(), entry); !st)
        return st.error();
    return ExportOutcome{path, 1, 0};
}

} // namespace sala
