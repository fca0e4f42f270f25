#include "plancommands.h"

#include "clisupport.h"
#include "exitcodes.h"
#include "io/planjson.h"
#include "io/runsheet.h"
#include "runsheetpdf.h"
#include "store/planstore.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <numeric>
#include <optional>

namespace sala::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

int fail(const PlanRequest &request, const Error &error)
{
    return reportFailure(request.err, error);
}

int usage(const PlanRequest &request, const QString &message)
{
    return reportUsage(request.err, message);
}

QString sessionsText(qsizetype count)
{
    return count == 1 ? Text::tr("1 session") : Text::tr("%1 sessions").arg(count);
}

QString activitiesText(qsizetype count)
{
    return count == 1 ? Text::tr("1 activity") : Text::tr("%1 activities").arg(count);
}

qsizetype activityCount(const Workshop &workshop)
{
    qsizetype count = 0;
    for (const Session &session : workshop.sessions)
        count += qsizetype(session.activities.size());
    return count;
}

int plannedMinutes(const Session &session)
{
    return std::accumulate(session.activities.cbegin(), session.activities.cend(), 0,
                           [](int sum, const Activity &activity) { return sum + activity.plannedMinutes; });
}

// The number after --workshop or --session; nullopt with a usage message when it is not one.
std::optional<qint64> idOption(const PlanRequest &request, const QString &name, QString &problem)
{
    const QString value = request.parser.value(name);
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    problem = Text::tr("--%1 needs a number such as 3, not “%2”; sala-cli plan list shows the numbers").arg(name, value);
    return std::nullopt;
}

Expected<QByteArray> readPlanFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::NotFound, Text::tr("There is no file “%1”; check the name and the folder.").arg(nativePath(path))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Text::tr("Cannot read “%1”: %2").arg(nativePath(path), file.errorString())};
    return file.readAll();
}

// Reads and checks the file; on problems prints every one of them and returns nothing.
std::optional<PlanDocument> loadPlan(const PlanRequest &request, const QString &path, int &exitCode)
{
    auto bytes = readPlanFile(path);
    if (!bytes) {
        exitCode = fail(request, bytes.error());
        return std::nullopt;
    }
    PlanParse parsed = parsePlan(bytes.value());
    if (!parsed.document) {
        request.err << describeProblems(nativePath(path), parsed.problems) << Qt::endl;
        exitCode = InvalidInput;
        return std::nullopt;
    }
    return std::move(parsed.document);
}

// The workshop holding session `sessionId`, and the session's place in it.
Expected<std::pair<Workshop, std::size_t>> findSession(const PlanStore &plans, qint64 sessionId)
{
    auto workshopId = plans.workshopOfSession(sessionId);
    if (!workshopId)
        return Error{ErrorCode::NotFound,
                     Text::tr("There is no session with number %1; sala-cli plan list shows the numbers.").arg(sessionId)};
    auto workshop = plans.loadWorkshop(workshopId.value());
    if (!workshop)
        return workshop.error();
    for (std::size_t i = 0; i < workshop->sessions.size(); ++i)
        if (workshop->sessions[i].id == sessionId)
            return std::pair<Workshop, std::size_t>(std::move(workshop.value()), i);
    return Error{ErrorCode::NotFound, Text::tr("There is no session with number %1.").arg(sessionId)};
}

int validate(const PlanRequest &request, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(request, Text::tr("plan validate needs exactly one plan file"));
    const QString &path = arguments.first();
    int exitCode = Ok;
    const std::optional<PlanDocument> document = loadPlan(request, path, exitCode);
    if (!document)
        return exitCode;
    const Workshop &workshop = document->workshop;
    if (document->isSession) {
        const Session &session = workshop.sessions.front();
        request.out << Text::tr("%1: a valid plan (session “%2”, %3)")
                           .arg(nativePath(path), session.title, activitiesText(qsizetype(session.activities.size())))
                    << Qt::endl;
    } else {
        request.out << Text::tr("%1: a valid plan (workshop “%2”, %3, %4)")
                           .arg(nativePath(path), workshop.title, sessionsText(qsizetype(workshop.sessions.size())),
                                activitiesText(activityCount(workshop)))
                    << Qt::endl;
    }
    return Ok;
}

int importPlan(const PlanRequest &request, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(request, Text::tr("plan import needs exactly one plan file"));
    const QString &path = arguments.first();
    std::optional<qint64> workshopId;
    if (request.parser.isSet(QStringLiteral("workshop"))) {
        QString problem;
        workshopId = idOption(request, QStringLiteral("workshop"), problem);
        if (!workshopId)
            return usage(request, problem);
    }

    int exitCode = Ok;
    std::optional<PlanDocument> document = loadPlan(request, path, exitCode);
    if (!document) {
        if (exitCode == InvalidInput)
            request.err << Text::tr("sala-cli: nothing was imported from %1").arg(nativePath(path)) << Qt::endl;
        return exitCode;
    }
    if (document->isSession && !workshopId)
        return usage(request,
                     Text::tr("%1 holds one session; add --workshop ID to say which workshop it joins").arg(nativePath(path)));
    if (!document->isSession && workshopId)
        return usage(request, Text::tr("%1 holds a whole workshop, which becomes a new workshop; leave out --workshop")
                                  .arg(nativePath(path)));

    auto store = Store::open(request.databasePath);
    if (!store)
        return fail(request, store.error());
    PlanStore plans(*store.value());
    Transaction transaction(store.value()->database());
    if (!transaction.active())
        return fail(request, transaction.startError());

    Workshop &workshop = document->workshop;
    if (document->isSession) {
        Session &session = workshop.sessions.front();
        if (Status s = plans.appendSession(*workshopId, session); !s)
            return fail(request, s.error());
        if (Status s = transaction.commit(); !s)
            return fail(request, s.error());
        request.out << Text::tr("Added session %1 “%2” (%3) to workshop %4 in %5.")
                           .arg(QString::number(session.id), session.title, activitiesText(qsizetype(session.activities.size())),
                                QString::number(*workshopId), nativePath(store.value()->path()))
                    << Qt::endl;
        return Ok;
    }
    if (Status s = plans.insertWorkshop(workshop); !s)
        return fail(request, s.error());
    if (Status s = transaction.commit(); !s)
        return fail(request, s.error());
    request.out << Text::tr("Imported workshop %1 “%2” (%3, %4) into %5.")
                       .arg(QString::number(workshop.id), workshop.title, sessionsText(qsizetype(workshop.sessions.size())),
                            activitiesText(activityCount(workshop)), nativePath(store.value()->path()))
                << Qt::endl;
    for (const Session &session : workshop.sessions)
        request.out << Text::tr("  session %1 “%2”").arg(QString::number(session.id), session.title) << Qt::endl;
    return Ok;
}

int exportPlan(const PlanRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("plan export takes no file name of its own; give the output with --out FILE"));
    const bool bySession = request.parser.isSet(QStringLiteral("session"));
    const bool byWorkshop = request.parser.isSet(QStringLiteral("workshop"));
    if (bySession == byWorkshop)
        return usage(request, Text::tr("plan export needs either --workshop ID or --session ID"));
    const QString out = request.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(request, Text::tr("plan export needs --out FILE"));
    QString problem;
    const std::optional<qint64> id = idOption(request, bySession ? QStringLiteral("session") : QStringLiteral("workshop"),
                                              problem);
    if (!id)
        return usage(request, problem);

    const QFileInfo target(out);
    if (target.isDir())
        return fail(request,
                    Error{ErrorCode::Io, Text::tr("“%1” is a folder; give a file name after --out.").arg(nativePath(out))});
    if (target.exists() && !request.parser.isSet(QStringLiteral("force")))
        return fail(request, Error{ErrorCode::Io, Text::tr("“%1” already exists; add --force to replace it, or choose "
                                                           "another file name.")
                                                      .arg(nativePath(out))});

    auto store = Store::open(request.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return fail(request, store.error());
    const PlanStore plans(*store.value());
    QByteArray bytes;
    QString summary;
    if (bySession) {
        auto found = findSession(plans, *id);
        if (!found)
            return fail(request, found.error());
        const Session &session = found->first.sessions[found->second];
        bytes = sessionToJson(session);
        summary = Text::tr("session %1 “%2” (%3)")
                      .arg(QString::number(*id), session.title, activitiesText(qsizetype(session.activities.size())));
    } else {
        auto workshop = plans.loadWorkshop(*id);
        if (!workshop)
            return fail(request, workshop.error());
        bytes = workshopToJson(workshop.value());
        summary = Text::tr("workshop %1 “%2” (%3, %4)")
                      .arg(QString::number(*id), workshop->title, sessionsText(qsizetype(workshop->sessions.size())),
                           activitiesText(activityCount(workshop.value())));
    }
    if (Status s = writeAtomically(out, bytes); !s)
        return fail(request, s.error());
    request.out << Text::tr("Exported %1 to %2.").arg(summary, nativePath(target.absoluteFilePath())) << Qt::endl;
    return Ok;
}

int sheet(const PlanRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("plan sheet takes no file name of its own; give the output with --out FILE"));
    QString problem;
    const std::optional<qint64> id = idOption(request, QStringLiteral("session"), problem);
    if (!request.parser.isSet(QStringLiteral("session")) || !id)
        return usage(request, problem.isEmpty() ? Text::tr("plan sheet needs --session ID") : problem);
    const QString format = request.parser.isSet(QStringLiteral("format")) ? request.parser.value(QStringLiteral("format"))
                                                                          : QStringLiteral("pdf");
    if (format != u"pdf" && format != u"html" && format != u"md")
        return usage(request, Text::tr("--format for plan sheet must be pdf, html or md, not “%1”").arg(format));
    const QString out = request.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(request, Text::tr("plan sheet needs --out FILE"));
    const QFileInfo target(out);
    if (target.exists() && !request.parser.isSet(QStringLiteral("force")))
        return fail(request, Error{ErrorCode::Io, Text::tr("“%1” already exists; add --force to replace it, or choose "
                                                           "another file name.")
                                                      .arg(nativePath(out))});

    auto store = Store::open(request.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return fail(request, store.error());
    auto found = findSession(PlanStore(*store.value()), *id);
    if (!found)
        return fail(request, found.error());
    const Workshop &workshop = found->first;
    const Session &session = workshop.sessions[found->second];
    Status written = success();
    if (format == u"pdf")
        written = writeRunSheetPdf(workshop, session, out);
    else
        written = writeAtomically(
            out, (format == u"html" ? runSheetHtml(workshop, session) : runSheetMarkdown(workshop, session)).toUtf8());
    if (!written)
        return fail(request, written.error());
    request.out << Text::tr("Run sheet for “%1” written to %2.").arg(session.title, nativePath(target.absoluteFilePath()))
                << Qt::endl;
    return Ok;
}

int list(const PlanRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("plan list takes no arguments"));
    const QString format = request.parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return usage(request, Text::tr("--format must be text or json, not “%1”").arg(format));
    auto store = Store::open(request.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return fail(request, store.error());
    const PlanStore plans(*store.value());
    auto summaries = plans.workshops();
    if (!summaries)
        return fail(request, summaries.error());
    std::vector<Workshop> workshops;
    for (const WorkshopSummary &summary : summaries.value()) {
        auto workshop = plans.loadWorkshop(summary.id);
        if (!workshop)
            return fail(request, workshop.error());
        workshops.push_back(std::move(workshop.value()));
    }

    if (format == u"json") {
        nlohmann::ordered_json json;
        json["workshops"] = nlohmann::ordered_json::array();
        for (const Workshop &workshop : workshops) {
            nlohmann::ordered_json item;
            item["id"] = workshop.id;
            item["title"] = workshop.title.toStdString();
            item["sessions"] = nlohmann::ordered_json::array();
            for (const Session &session : workshop.sessions) {
                nlohmann::ordered_json entry;
                entry["id"] = session.id;
                entry["title"] = session.title.toStdString();
                entry["date"] = session.date.toString(Qt::ISODate).toStdString();
                entry["plannedStart"] = session.plannedStart.toString(QStringLiteral("HH:mm")).toStdString();
                entry["activities"] = session.activities.size();
                entry["plannedMinutes"] = plannedMinutes(session);
                item["sessions"].push_back(std::move(entry));
            }
            json["workshops"].push_back(std::move(item));
        }
        request.out << QString::fromStdString(json.dump(2)) << Qt::endl;
        return Ok;
    }

    if (workshops.empty()) {
        request.out << Text::tr("There are no workshops in %1.").arg(nativePath(store.value()->path())) << Qt::endl;
        return Ok;
    }
    for (const Workshop &workshop : workshops) {
        request.out << Text::tr("Workshop %1: %2 (%3)")
                           .arg(QString::number(workshop.id), workshop.title, sessionsText(qsizetype(workshop.sessions.size())))
                    << Qt::endl;
        for (const Session &session : workshop.sessions)
            request.out << Text::tr("  session %1: %2 %3, %4, %5 minutes planned: %6")
                               .arg(QString::number(session.id), session.date.toString(Qt::ISODate),
                                    session.plannedStart.toString(QStringLiteral("HH:mm")),
                                    activitiesText(qsizetype(session.activities.size())),
                                    QString::number(plannedMinutes(session)), session.title)
                        << Qt::endl;
    }
    return Ok;
}

} // namespace

int runPlanCommand(const PlanRequest &request)
{
    QStringList arguments = request.words;
    if (arguments.isEmpty())
        return usage(request, Text::tr("plan needs a subcommand: validate, import, export, sheet or list"));
    const QString sub = arguments.takeFirst();
    if (sub == u"validate")
        return validate(request, arguments);
    if (sub == u"import")
        return importPlan(request, arguments);
    if (sub == u"export")
        return exportPlan(request, arguments);
    if (sub == u"list")
        return list(request, arguments);
    if (sub == u"sheet")
        return sheet(request, arguments);
    return usage(request, Text::tr("unknown plan subcommand “%1”").arg(sub));
}

} // namespace sala::cli
