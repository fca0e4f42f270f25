#include "plan/library.h"

#include "io/planjson.h"
#include "store/sqlerror.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <nlohmann/json.hpp>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::Library)
};

const QString methodsPrefix = QStringLiteral("/session/activities");

// A library or template body is a list of activities; wrapping it as a session lets the plan
// reader check it with exactly the rules that apply to imported plans.
nlohmann::json wrapAsSession(nlohmann::json activities)
{
    return {{"format", "sala-plan"},
            {"version", planFormatVersion},
            {"kind", "session"},
            {"session",
             {{"title", "library"}, {"date", "2000-01-01"}, {"plannedStart", "00:00"}, {"activities", std::move(activities)}}}};
}

Expected<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, Text::tr("“%1” is missing from this build of Sala.").arg(path)};
    return file.readAll();
}

} // namespace

Expected<std::vector<Activity>> parseMethodLibrary(const QByteArray &bytes)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    } catch (const nlohmann::json::exception &e) {
        return Error{ErrorCode::InvalidData,
                     Text::tr("The method library is not valid JSON: %1").arg(QString::fromUtf8(e.what()))};
    }
    if (!json.is_object() || json.value("format", std::string()) != "sala-methods")
        return Error{ErrorCode::InvalidData,
                     Text::tr("This is not a Sala method library (\"format\" must be \"sala-methods\").")};
    if (!json.contains("version") || !json["version"].is_number_integer() || json["version"].get<int>() > 1)
        return Error{ErrorCode::InvalidData, Text::tr("This method library needs a newer version of Sala.")};
    if (!json.contains("methods") || !json["methods"].is_array())
        return Error{ErrorCode::InvalidData, Text::tr("The method library has no \"methods\" list.")};

    const std::string wrapped = wrapAsSession(json["methods"]).dump();
    const PlanParse parse = parsePlan(QByteArray::fromStdString(wrapped));
    if (!parse.document) {
        QStringList lines;
        for (PlanProblem problem : parse.problems) {
            if (problem.location.startsWith(methodsPrefix))
                problem.location = QStringLiteral("/methods") + problem.location.mid(methodsPrefix.size());
            lines << problemLine(problem);
        }
        return Error{ErrorCode::InvalidData, Text::tr("The method library has problems:\n%1").arg(lines.join(u'\n'))};
    }
    return parse.document->workshop.sessions.front().activities;
}

Expected<std::vector<Activity>> builtInMethods()
{
    auto bytes = readResource(QStringLiteral(":/sala/library/methods.json"));
    if (!bytes)
        return bytes.error();
    return parseMethodLibrary(bytes.value());
}

Expected<std::vector<SessionTemplate>> builtInTemplates()
{
    std::vector<SessionTemplate> result;
    const QDir dir(QStringLiteral(":/sala/templates"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        auto bytes = readResource(dir.filePath(name));
        if (!bytes)
            return bytes.error();
        const PlanParse parse = parsePlan(bytes.value());
        if (!parse.document)
            return Error{ErrorCode::InvalidData, describeProblems(name, parse.problems)};
        result.push_back({parse.document->workshop.title, parse.document->workshop});
    }
    return result;
}

Expected<qint64> TemplateStore::saveActivity(const Activity &activity)
{
    Session holder;
    holder.title = activity.title;
    holder.date = QDate(2000, 1, 1);
    holder.plannedStart = QTime(0, 0);
    holder.activities = {activity};
    return save(UserTemplate::Kind::Activity, activity.title, holder);
}

Expected<qint64> TemplateStore::saveSession(const Session &session)
{
    return save(UserTemplate::Kind::Session, session.title, session);
}

Expected<qint64> TemplateStore::save(UserTemplate::Kind kind, const QString &title, const Session &session)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO user_template (kind, title, body, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(kind == UserTemplate::Kind::Activity ? QStringLiteral("activity") : QStringLiteral("session"));
    query.addBindValue(textValue(title));
    query.addBindValue(QString::fromUtf8(sessionToJson(session)));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = exec(query, Text::tr("save the template")); !s)
        return s.error();
    return query.lastInsertId().toLongLong();
}

Expected<std::vector<UserTemplate>> TemplateStore::list() const
{
    QSqlQuery query(m_store.database());
    if (Status s = exec(query, QStringLiteral("SELECT id, kind, title, body FROM user_template ORDER BY kind, title, id"),
                        Text::tr("read the templates"));
        !s)
        return s.error();
    std::vector<UserTemplate> result;
    while (query.next()) {
        const PlanParse parse = parsePlan(query.value(3).toString().toUtf8());
        if (!parse.document || parse.document->workshop.sessions.empty())
            continue; // a template that no longer reads is skipped, never fatal
        UserTemplate entry;
        entry.id = query.value(0).toLongLong();
        entry.kind = query.value(1).toString() == u"activity" ? UserTemplate::Kind::Activity : UserTemplate::Kind::Session;
        entry.title = query.value(2).toString();
        entry.session = parse.document->workshop.sessions.front();
        result.push_back(std::move(entry));
    }
    return result;
}

Status TemplateStore::remove(qint64 id)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM user_template WHERE id = ?"));
    query.addBindValue(id);
    return exec(query, Text::tr("delete the template"));
}

} // namespace sala
