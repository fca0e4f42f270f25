#include "attendanceimportcommand.h"

#include "attendance/attendanceimport.h"
#include "clisupport.h"
#include "exitcodes.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <map>

namespace sala::cli {
namespace {

// Strings of this file in their own translation context (a plain tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

QString minutes(qint64 seconds)
{
    return Text::tr("%1 min").arg((seconds + 30) / 60);
}

QString who(const AttendanceReviewItem &item)
{
    if (item.email.isEmpty())
        return item.name;
    return item.name.isEmpty() ? item.email : Text::tr("%1 <%2>").arg(item.name, item.email);
}

} // namespace

int runAttendanceImport(const AttendanceImportRequest &request)
{
    const QCommandLineParser &parser = request.parser;
    if (!parser.isSet(QStringLiteral("session")))
        return reportUsage(request.err, Text::tr("attendance import needs --session ID; sala-cli plan list shows the numbers"));
    bool ok = false;
    const qint64 sessionId = parser.value(QStringLiteral("session")).toLongLong(&ok);
    if (!ok || sessionId <= 0)
        return reportUsage(request.err,
                           Text::tr("--session needs a number such as 3, not “%1”; sala-cli plan list shows the numbers")
                               .arg(parser.value(QStringLiteral("session"))));
    ExportReadOptions options;
    if (parser.isSet(QStringLiteral("date-order"))) {
        const QString order = parser.value(QStringLiteral("date-order"));
        if (order == u"dmy")
            options.dateOrder = DateOrder::DayFirst;
        else if (order == u"mdy")
            options.dateOrder = DateOrder::MonthFirst;
        else
            return reportUsage(request.err,
                               Text::tr("--date-order must be dmy (day first) or mdy (month first), not “%1”").arg(order));
    }
    if (request.files.isEmpty())
        return reportUsage(request.err, Text::tr("attendance import needs at least one export file"));

    auto opened = Store::open(request.databasePath);
    if (!opened)
        return reportFailure(request.err, opened.error());
    Store &store = *opened.value();
    auto import = newAttendanceImport(store, sessionId);
    if (!import) {
        if (import.error().code == ErrorCode::NotFound)
            return reportFailure(request.err,
                                 {ErrorCode::NotFound, Text::tr("There is no session with number %1; sala-cli plan list "
                                                                "shows the numbers.")
                                                           .arg(sessionId)});
        return reportFailure(request.err, import.error());
    }
    if (parser.isSet(QStringLiteral("tz")))
        import->timeZone = parser.value(QStringLiteral("tz"));
    import->replaceEarlier = parser.isSet(QStringLiteral("replace"));
    options.sessionDate = import->sessionDate;

    auto roster = RosterStore(store).participantsOf(import->workshopId);
    if (!roster)
        return reportFailure(request.err, roster.error());
    std::map<qint64, QString> names;
    for (const Participant &p : roster.value())
        names[p.id] = p.name;
    const IdentityMatcher matcher(roster.value());

    for (const QString &path : request.files) {
        auto file = readImportFile(path, options, matcher);
        if (!file) {
            Error error = file.error();
            if (error.code == ErrorCode::AmbiguousDateOrder)
                error.message += u' ' + Text::tr("Add --date-order dmy or --date-order mdy.");
            return reportFailure(request.err, error);
        }
        import->files.push_back(std::move(file).value());
    }
    if (!import->replaceEarlier) {
        for (const AttendanceImportFile &file : import->files) {
            auto earlier = AttendanceImportStore(store).importOfFile(sessionId, file.file.sha256);
            if (!earlier)
                return reportFailure(request.err, earlier.error());
            if (earlier.value())
                return reportFailure(request.err, {ErrorCode::InvalidData,
                                                   alreadyImportedMessage(QFileInfo(file.path).fileName(), *earlier.value())
                                                       + u' ' + Text::tr("Add --replace to import it again in its place.")});
        }
    }
    auto outcome = importAttendance(store, import.value());
    if (!outcome)
        return reportFailure(request.err, outcome.error());

    request.out << Text::tr("Imported %n file(s) into session %1, with times read as %2:", nullptr, int(import->files.size()))
                       .arg(sessionId)
                       .arg(import->timeZone)
                << Qt::endl;
    for (const AttendanceImportFile &file : import->files)
        request.out << Text::tr("  %1: %2 (%3), %4 rows, %5 people")
                           .arg(nativePath(QFileInfo(file.path).fileName()), displayName(file.file.platform), file.file.layout)
                           .arg(file.rowCount)
                           .arg(file.identities.size())
                    << Qt::endl;
    for (const StoredImport &replaced : outcome->replaced)
        request.out << Text::tr("  (replaces the earlier import of %1)").arg(replaced.fileName) << Qt::endl;

    const std::vector<AttendanceReviewItem> items = reviewItems(import.value());
    std::vector<const AttendanceReviewItem *> matched, waiting;
    for (const AttendanceReviewItem &item : items)
        (item.match.isApplied() ? matched : waiting).push_back(&item);
    request.out << Text::tr("Matched to the roster (%1):").arg(matched.size()) << Qt::endl;
    for (const AttendanceReviewItem *item : matched)
        request.out << Text::tr("  %1 → %2, %3 (%4)")
                           .arg(who(*item), names[item->match.participantId], item->match.reason, minutes(item->seconds))
                    << Qt::endl;
    if (!waiting.empty()) {
        request.out << Text::tr("Not matched (%1), left out of the reports until they are. To match them, open Sala's "
                                "Reports mode and choose Review… on the Attendance tab, where you can confirm a proposal, pick "
                                "someone from the roster or add them to it; or list them with “sala-cli attendance unmatched "
                                "--session %2” and match each with “sala-cli attendance match”.")
                           .arg(waiting.size())
                           .arg(sessionId)
                    << Qt::endl;
        for (const AttendanceReviewItem *item : waiting) {
            const QString status =
                item->match.rule == MatchRule::Fuzzy
                    ? Text::tr("proposed: %1 (participant %2)").arg(item->match.reason).arg(item->match.participantId)
                    : Text::tr("not on the roster");
            request.out << Text::tr("  %1: %2 (%3)").arg(who(*item), status, minutes(item->seconds)) << Qt::endl;
        }
    }
    return Ok;
}

} // namespace sala::cli
