#include "runcommands.h"

#include "clisupport.h"
#include "exitcodes.h"
#include "plan/schedule.h"
#include "run/clock.h"
#include "run/runengine.h"
#include "run/runlogstore.h"
#include "run/timingreport.h"
#include "store/planstore.h"
#include "store/store.h"
#include "timingreportpdf.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <optional>

namespace sala::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

// The schema version that added the run log; older databases have never run a session.
constexpr int runLogSchema = 4;

int fail(const RunRequest &request, const Error &error)
{
    return reportFailure(request.err, error);
}

int usage(const RunRequest &request, const QString &message)
{
    return reportUsage(request.err, message);
}

std::optional<qint64> sessionOption(const RunRequest &request, QString &problem)
{
    const QString value = request.parser.value(QStringLiteral("session"));
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    problem = Text::tr("--session needs a number such as 3, not “%1”; sala-cli plan list shows the numbers").arg(value);
    return std::nullopt;
}

struct LoadedRun {
    Workshop workshop;
    std::size_t sessionIndex = 0;
    RunState state;
    const Session &session() const { return workshop.sessions[sessionIndex]; }
};

Expected<LoadedRun> loadRun(Store &store, qint64 sessionId)
{
    const PlanStore plans(store);
    auto workshopId = plans.workshopOfSession(sessionId);
    if (!workshopId)
        return Error{ErrorCode::NotFound,
                     Text::tr("There is no session with number %1; sala-cli plan list shows the numbers.").arg(sessionId)};
    auto workshop = plans.loadWorkshop(workshopId.value());
    if (!workshop)
        return workshop.error();
    LoadedRun loaded;
    loaded.workshop = std::move(workshop.value());
    bool found = false;
    for (std::size_t i = 0; i < loaded.workshop.sessions.size(); ++i) {
        if (loaded.workshop.sessions[i].id == sessionId) {
            loaded.sessionIndex = i;
            found = true;
        }
    }
    if (!found)
        return Error{ErrorCode::NotFound, Text::tr("There is no session with number %1.").arg(sessionId)};

    RunPlan plan;
    plan.session = loaded.session();
    plan.zone = QTimeZone(loaded.workshop.timeZone.toUtf8());
    if (!plan.zone.isValid())
        plan.zone = QTimeZone::utc();
    SystemClock clock;
    // A database from before the run log has no runs; reading it must not fail.
    RunEngine engine(clock, store.schemaVersion() >= runLogSchema ? &store : nullptr);
    if (Status s = engine.load(std::move(plan)); !s)
        return s.error();
    loaded.state = engine.state();
    return loaded;
}

QString statusKey(RunStatus status)
{
    switch (status) {
    case RunStatus::NotStarted: return QStringLiteral("not-started");
    case RunStatus::Running: return QStringLiteral("running");
    case RunStatus::Paused: return QStringLiteral("paused");
    case RunStatus::Overtime: return QStringLiteral("overtime");
    case RunStatus::Finished: return QStringLiteral("finished");
    }
    return {};
}

QString phaseKey(TimerPhase phase)
{
    switch (phase) {
    case TimerPhase::Normal: return QStringLiteral("normal");
    case TimerPhase::WrapUp: return QStringLiteral("wrap-up");
    case TimerPhase::Overtime: return QStringLiteral("overtime");
    }
    return {};
}

QString statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::NotStarted: return Text::tr("not started");
    case RunStatus::Running: return Text::tr("running");
    case RunStatus::Paused: return Text::tr("paused");
    case RunStatus::Overtime: return Text::tr("in overtime");
    case RunStatus::Finished: return Text::tr("finished");
    }
    return {};
}

// Whole seconds as the timer shows them: rounded up while counting down, down in overtime.
qint64 displayedSeconds(qint64 remainingMs)
{
    return remainingMs > 0 ? (remainingMs + 999) / 1000 : -((-remainingMs) / 1000);
}

std::string isoText(const QDateTime &when, const QTimeZone &zone)
{
    return when.isValid() ? when.toTimeZone(zone).toString(Qt::ISODate).toStdString() : std::string();
}

nlohmann::ordered_json activityJson(const Session &session, int index)
{
    if (index < 0 || index >= int(session.activities.size()))
        return nullptr;
    const Activity &activity = session.activities[std::size_t(index)];
    nlohmann::ordered_json json;
    json["id"] = activity.id;
    json["title"] = activity.title.toStdString();
    json["position"] = index + 1;
    return json;
}

nlohmann::ordered_json timeOrNull(const QDateTime &when, const QTimeZone &zone)
{
    return when.isValid() ? nlohmann::ordered_json(isoText(when, zone)) : nlohmann::ordered_json(nullptr);
}

int status(const RunRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("run status takes no arguments"));
    const QString format = request.parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return usage(request, Text::tr("--format for run status must be text or json, not “%1”").arg(format));
    std::optional<qint64> sessionId;
    if (request.parser.isSet(QStringLiteral("session"))) {
        QString problem;
        sessionId = sessionOption(request, problem);
        if (!sessionId)
            return usage(request, problem);
    }
    auto store = Store::open(request.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return fail(request, store.error());
    if (!sessionId) {
        qint64 last = 0;
        if (store.value()->schemaVersion() >= runLogSchema) {
            auto found = RunLogStore(*store.value()).lastRunSession();
            if (!found)
                return fail(request, found.error());
            last = found.value();
        }
        if (last == 0)
            return fail(request,
                        Error{ErrorCode::NotFound, Text::tr("No session has been run in %1 yet; name one with --session ID "
                                                            "(sala-cli plan list shows the numbers).")
                                                       .arg(nativePath(store.value()->path()))});
        sessionId = last;
    }
    auto loaded = loadRun(*store.value(), *sessionId);
    if (!loaded)
        return fail(request, loaded.error());
    const RunState &state = loaded->state;
    const Session &session = loaded->session();
    QTimeZone zone(loaded->workshop.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();

    if (format == u"json") {
        nlohmann::ordered_json json;
        json["session"] = session.id;
        json["state"] = statusKey(state.status).toStdString();
        json["activity"] = activityJson(session, state.current);
        json["remaining_seconds"] = state.current >= 0 ? nlohmann::ordered_json(displayedSeconds(state.remainingMs))
                                                       : nlohmann::ordered_json(nullptr);
        json["behind_seconds"] = state.behindMs >= 0 ? state.behindMs / 1000 : -((-state.behindMs) / 1000);
        json["projected_end"] = timeOrNull(state.projectedEnd, zone);
        json["planned_end"] = timeOrNull(state.plannedEnd, zone);
        json["phase"] = state.current >= 0 ? nlohmann::ordered_json(phaseKey(state.phase).toStdString())
                                           : nlohmann::ordered_json(nullptr);
        json["next"] = activityJson(session, state.nextIndex());
        json["started_at"] = timeOrNull(state.startedAt, zone);
        json["finished_at"] = timeOrNull(state.finishedAt, zone);
        if (state.round) {
            nlohmann::ordered_json round;
            round["number"] = state.round->number;
            round["count"] = state.round->count;
            round["remaining_seconds"] = displayedSeconds(state.round->remainingMs);
            json["round"] = round;
        }
        json["workshop_title"] = loaded->workshop.title.toStdString();
        json["session_title"] = session.title.toStdString();
        request.out << QString::fromStdString(json.dump(2)) << Qt::endl;
        return Ok;
    }

    const QString zoneName = zoneAbbreviation(zone, state.projectedEnd);
    request.out << Text::tr("Session %1 “%2”: %3").arg(QString::number(session.id), session.title, statusText(state.status))
                << Qt::endl;
    if (state.current >= 0) {
        const Activity &activity = session.activities[std::size_t(state.current)];
        request.out << Text::tr("Activity %1 of %2: %3, %4 %5")
                           .arg(state.current + 1)
                           .arg(session.activities.size())
                           .arg(activity.title, formatCountdown(state.remainingMs),
                                state.remainingMs > 0 ? Text::tr("left") : Text::tr("over"))
                    << Qt::endl;
    }
    if (state.status == RunStatus::Finished)
        request.out
            << Text::tr("Finished at %1 %2, %3.").arg(clockTime(state.finishedAt, zone), zoneName, formatDrift(state.behindMs))
            << Qt::endl;
    else
        request.out << Text::tr("Projected end %1 %2 (planned %3), %4.")
                           .arg(clockTime(state.projectedEnd, zone), zoneName, clockTime(state.plannedEnd, zone),
                                formatDrift(state.behindMs))
                    << Qt::endl;
    return Ok;
}

int timing(const RunRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("report timing takes no file name of its own; give the output with --out FILE"));
    if (!request.parser.isSet(QStringLiteral("session")))
        return usage(request, Text::tr("report timing needs --session ID"));
    QString problem;
    const std::optional<qint64> sessionId = sessionOption(request, problem);
    if (!sessionId)
        return usage(request, problem);
    const QString out = request.parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(request, Text::tr("report timing needs --out FILE"));
    QString format = request.parser.value(QStringLiteral("format"));
    if (!request.parser.isSet(QStringLiteral("format")))
        format = QFileInfo(out).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0 ? QStringLiteral("pdf") : QStringLiteral("csv");
    if (format != u"csv" && format != u"pdf")
        return usage(request, Text::tr("--format for report timing must be csv or pdf, not “%1”").arg(format));
    const QFileInfo target(out);
    if (target.isDir())
        return fail(request,
                    Error{ErrorCode::Io, Text::tr("“%1” is a folder; give a file name after --out.").arg(nativePath(out))});
    if (target.exists() && !request.parser.isSet(QStringLiteral("force")))
        return fail(request,
                    Error{ErrorCode::Io, Text::tr("“%1” already exists; add --force to replace it, or choose another file name.")
                                             .arg(nativePath(out))});

    auto store = Store::open(request.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return fail(request, store.error());
    auto loaded = loadRun(*store.value(), *sessionId);
    if (!loaded)
        return fail(request, loaded.error());
    const TimingReport report = buildTimingReport(loaded->workshop, loaded->session(), loaded->state);
    const Status written = format == u"pdf" ? writeTimingReportPdf(report, out) : writeAtomically(out, timingReportCsv(report));
    if (!written)
        return fail(request, written.error());
    request.out
        << Text::tr("Timing report for “%1” written to %2.").arg(loaded->session().title, nativePath(target.absoluteFilePath()))
        << Qt::endl;
    return Ok;
}

} // namespace

int runRunCommand(const RunRequest &request)
{
    QStringList arguments = request.words;
    if (arguments.isEmpty())
        return usage(request, Text::tr("run needs a subcommand: status"));
    const QString sub = arguments.takeFirst();
    if (sub == u"status")
        return status(request, arguments);
    return usage(request, Text::tr("unknown run subcommand “%1”").arg(sub));
}

int runReportCommand(const RunRequest &request)
{
    QStringList arguments = request.words;
    if (arguments.isEmpty())
        return usage(request, Text::tr("report needs a subcommand: timing"));
    const QString sub = arguments.takeFirst();
    if (sub == u"timing")
        return timing(request, arguments);
    return usage(request, Text::tr("unknown report subcommand “%1”").arg(sub));
}

} // namespace sala::cli
