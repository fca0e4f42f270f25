#include "commands.h"

#include "app/logging.h"
#include "app/paths.h"
#include "attendancecommands.h"
#include "attendanceimportcommand.h"
#include "attendancereviewcommand.h"
#include "demo/demoseeder.h"
#include "exitcodes.h"
#include "groupcommands.h"
#include "plancommands.h"
#include "reportcommands.h"
#include "rostercommands.h"
#include "runcommands.h"
#include "sala_version.h"
#include "store/backup.h"
#include "store/migrator.h"
#include "store/store.h"
#include "store/storeinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

namespace sala::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

struct Context {
    QCommandLineParser &parser;
    QStringList positional; // after the command words
    QString databasePath;
    QTextStream &out;
    QTextStream &err;

    int fail(const Error &error) const
    {
        err << Text::tr("sala-cli: %1").arg(error.message) << Qt::endl;
        return exitCodeFor(error);
    }
    int usage(const QString &message) const
    {
        err << Text::tr("sala-cli: %1 (see sala-cli --help)").arg(message) << Qt::endl;
        return UsageError;
    }
};

QString helpEpilogue()
{
    return Text::tr("Commands:\n"
                    "  db info [--format text|json]  Path, schema version and the number of rows in each table.\n"
                    "  db check                      Integrity and version check; exit 0 when healthy.\n"
                    "  db backup OUT                 Write a consistent copy to OUT, even while Sala is open.\n"
                    "  demo                          Add the demo workshop and its roster to the database.\n"
                    "  plan validate FILE            Check a plan file and list every problem in it.\n"
                    "  plan import FILE [--workshop ID]\n"
                    "                                Add a workshop file as a new workshop, or a session file\n"
                    "                                to workshop ID. All or nothing.\n"
                    "  plan export (--workshop ID | --session ID) --out FILE [--force]\n"
                    "                                Write a workshop or one session to a plan file.\n"
                    "  plan sheet --session ID --out FILE [--format pdf|html|md] [--force]\n"
                    "                                Write the session's run sheet for printing (PDF by default).\n"
                    "  plan list [--format text|json]\n"
                    "                                Every workshop and session with its number.\n"
                    "  run status [--session ID] [--format text|json]\n"
                    "                                The live state of a session as Sala stored it: activity,\n"
                    "                                time left, how far behind, projected end. Without\n"
                    "                                --session: the session run most recently.\n"
                    "  report timing --session ID --out FILE [--format csv|pdf] [--force]\n"
                    "                                Planned versus actual minutes of a run (format from the\n"
                    "                                file name when not given).\n"
                    "  report attendance --workshop ID --out FILE [--format csv|xlsx|pdf]\n"
                    "                    [--completion 80] [--participation 50] [--force]\n"
                    "                                The attendance report funders ask for: minutes and share\n"
                    "                                per person and session, completion against the thresholds\n"
                    "                                (percent of the workshop's scheduled time), breakdowns by\n"
                    "                                sex, country, organization type and enterprise size. The\n"
                    "                                export is recorded in the personal data log. See\n"
                    "                                docs/reports.md.\n"
                    "  report certificates --workshop ID --out FILE [--format pdf|csv] [--buddhist-era]\n"
                    "                      [--completion 80] [--participation 50] [--force]\n"
                    "                                One certificate per person who earned one, from the\n"
                    "                                workshop's template (PDF), or the list of them (CSV).\n"
                    "  roster import FILE --workshop ID [--mapping NAME] [--sheet NAME] [--dry-run]\n"
                    "                [--skip-invalid] [--duplicates merge|new|skip]\n"
                    "                                Add a registration export (CSV in any common encoding, or\n"
                    "                                .xlsx) to the workshop's roster, all or nothing. Problems\n"
                    "                                are listed by line and column; --dry-run changes nothing.\n"
                    "  roster export --workshop ID --format csv|json --out FILE [--force]\n"
                    "                                Write the roster; people without consent are flagged and\n"
                    "                                the export is recorded in the personal data log.\n"
                    "  roster erase --participant ID  Remove the person's personal data from the database file,\n"
                    "                                keeping anonymous counts. Cannot be undone.\n"
                    "  roster show --participant ID [--format text|json]\n"
                    "                                Everything stored about one person (for access requests).\n"
                    "  groups make PROBLEM.json [--rounds W] [--seed N] [--time-limit SECONDS]\n"
                    "              [--format json|csv|zoom-csv|text] [--round R] [--out FILE [--force]]\n"
                    "  groups make --people N --size P --rounds W [same options]\n"
                    "                                Breakout rooms for every round with as few repeated pairs\n"
                    "                                as possible (none where that can be done), honouring the\n"
                    "                                file's constraints. JSON adds the rounds and statistics;\n"
                    "                                zoom-csv is Zoom's pre-assignment file for round R (1 by\n"
                    "                                default). No database is used. See docs/groups-format.md.\n"
                    "  attendance summarize [--format json|csv] [--date-order dmy|mdy] [--date YYYY-MM-DD]\n"
                    "                       FILE... [--out FILE [--force]]\n"
                    "                                Read Zoom, Teams and Google Meet attendance exports and\n"
                    "                                print each person's minutes and stays (JSON by default).\n"
                    "                                --date-order when the file's dates read both ways; --date\n"
                    "                                for Meet's times of day. No database is used. See\n"
                    "                                docs/attendance-formats.md.\n"
                    "  attendance import --session ID [--tz ZONE] [--date-order dmy|mdy] [--replace] FILE...\n"
                    "                                Store the exports' attendance in the session, all or\n"
                    "                                nothing. E-mail, alias and name matches to the roster are\n"
                    "                                applied; proposals and people not on the roster are listed\n"
                    "                                and left for review in Sala. Times are read in the\n"
                    "                                workshop's time zone unless --tz names another (IANA, e.g.\n"
                    "                                Asia/Manila). A file imported before is refused unless\n"
                    "                                --replace. See docs/attendance.md.\n"
                    "  attendance unmatched --session ID [--format text|json]\n"
                    "                                The people the session's imports left unmatched: id, name,\n"
                    "                                e-mail, minutes and what Sala proposes now.\n"
                    "  attendance match --identity ID (--participant PID | --ignore)\n"
                    "                                Match one of them to a roster participant (the name is\n"
                    "                                saved as an alias) or leave them out of the reports.\n"
                    "\n"
                    "Exit codes:\n"
                    "  0  success\n"
                    "  1  wrong usage: unknown command or missing argument\n"
                    "  2  cannot be opened: the database (missing, not SQLite, or not a Sala database),\n"
                    "     the input file, or a workshop or session number that does not exist\n"
                    "  3  the database is damaged (integrity check failed)\n"
                    "  4  the database was written by a newer version of Sala\n"
                    "  5  the database is open in another Sala process\n"
                    "  6  could not write the output or the database\n"
                    "  7  the input file is invalid (every problem is listed)\n");
}

int dbInfo(const Context &ctx)
{
    const QString format = ctx.parser.value(QStringLiteral("format"));
    if (format != u"text" && format != u"json")
        return ctx.usage(Text::tr("--format must be text or json, not “%1”").arg(format));
    auto store = Store::open(ctx.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return ctx.fail(store.error());
    auto info = storeInfo(*store.value());
    if (!info)
        return ctx.fail(info.error());

    if (format == u"json") {
        nlohmann::ordered_json json;
        json["path"] = info->path.toStdString();
        json["schemaVersion"] = info->schemaVersion;
        json["latestSchemaVersion"] = info->latestSchemaVersion;
        json["sizeBytes"] = info->sizeBytes;
        nlohmann::ordered_json tables = nlohmann::ordered_json::object();
        for (const auto &[table, count] : info->tableCounts)
            tables[table.toStdString()] = count;
        json["tables"] = tables;
        ctx.out << QString::fromStdString(json.dump(2)) << Qt::endl;
        return Ok;
    }
    ctx.out << Text::tr("Database:       %1").arg(QDir::toNativeSeparators(info->path)) << Qt::endl;
    ctx.out << Text::tr("Schema version: %1 (this Sala writes %2)").arg(info->schemaVersion).arg(info->latestSchemaVersion)
            << Qt::endl;
    ctx.out << Text::tr("Size:           %1 bytes").arg(info->sizeBytes) << Qt::endl;
    ctx.out << Text::tr("Rows per table:") << Qt::endl;
    for (const auto &[table, count] : info->tableCounts)
        ctx.out << QStringLiteral("  %1 %2").arg(table, -22).arg(count) << Qt::endl;
    return Ok;
}

int dbCheck(const Context &ctx)
{
    auto store = Store::open(ctx.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return ctx.fail(store.error());
    auto problems = integrityProblems(*store.value());
    if (!problems)
        return ctx.fail(problems.error());
    if (!problems->isEmpty()) {
        ctx.err << Text::tr("sala-cli: %1 is damaged: %2")
                       .arg(QDir::toNativeSeparators(store.value()->path()), problems->join(QStringLiteral("; ")))
                << Qt::endl;
        return Damaged;
    }
    const int version = store.value()->schemaVersion();
    ctx.out << Text::tr("%1: healthy, schema version %2").arg(QDir::toNativeSeparators(store.value()->path())).arg(version);
    if (version < Migrator::latestVersion())
        ctx.out << Text::tr(" (Sala will upgrade it when it next opens it)");
    ctx.out << Qt::endl;
    return Ok;
}

int dbBackup(const Context &ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(Text::tr("db backup needs exactly one output file"));
    auto store = Store::open(ctx.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return ctx.fail(store.error());
    const QString out = QFileInfo(ctx.positional.first()).absoluteFilePath();
    if (QFileInfo(out) == QFileInfo(store.value()->path()))
        return ctx.usage(Text::tr("the backup cannot overwrite the database itself"));
    if (Status s = backupDatabase(store.value()->database(), out); !s)
        return ctx.fail(s.error());
    ctx.out << Text::tr("Backup written to %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Ok;
}

int demo(const Context &ctx)
{
    if (!ctx.positional.isEmpty())
        return ctx.usage(Text::tr("demo takes no arguments"));
    auto store = Store::open(ctx.databasePath);
    if (!store)
        return ctx.fail(store.error());
    auto result = seedDemo(*store.value(), demoSessionDate(QDate::currentDate()));
    if (!result)
        return ctx.fail(result.error());
    if (result->alreadyPresent)
        ctx.out << Text::tr("The demo workshop is already in %1 (workshop %2); nothing was added.")
                       .arg(QDir::toNativeSeparators(store.value()->path()))
                       .arg(result->workshopId)
                << Qt::endl;
    else
        ctx.out << Text::tr("Added the demo workshop (workshop %1) and its roster to %2.")
                       .arg(result->workshopId)
                       .arg(QDir::toNativeSeparators(store.value()->path()))
                << Qt::endl;
    return Ok;
}

} // namespace

ExitCode exitCodeFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Usage: return UsageError;
    case ErrorCode::NotFound:
    case ErrorCode::NotSqlite:
    case ErrorCode::NotSala: return CannotOpen;
    case ErrorCode::Corrupt: return Damaged;
    case ErrorCode::NewerVersion: return TooNew;
    case ErrorCode::Locked: return InUse;
    case ErrorCode::Io:
    case ErrorCode::Database: return WriteFailed;
    case ErrorCode::InvalidData: return InvalidInput;
    case ErrorCode::AmbiguousDateOrder: return UsageError;
    }
    return WriteFailed;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Sala's command-line tool: inspect, check and back up the library database, "
                                              "and exchange plan files.")
                                     + u"\n\n" + helpEpilogue());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), Text::tr("Use the database at <path> instead of the default one."), Text::tr("path")});
    parser.addOption({QStringLiteral("format"),
                      Text::tr("Output format: text or json (db info, plan list, run status); pdf, html or md (plan sheet); csv "
                               "or pdf (report timing); json, csv, zoom-csv or text (groups make, json by default); json or csv "
                               "(attendance summarize, json by default)."),
                      Text::tr("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("workshop"), Text::tr("Workshop number for plan import and plan export."), Text::tr("id")});
    parser.addOption({QStringLiteral("session"),
                      Text::tr("Session number for plan export, plan sheet, run status and report timing."), Text::tr("id")});
    parser.addOption(
        {QStringLiteral("out"), Text::tr("Output file of plan export, plan sheet and report timing."), Text::tr("file")});
    parser.addOption(
        {QStringLiteral("force"), Text::tr("Let plan export, plan sheet and report timing replace an existing file.")});
    parser.addOption({QStringLiteral("verbose"), Text::tr("Log debugging detail to standard error.")});
    parser.addOption({QStringLiteral("participant"),
                      Text::tr("Participant number for roster erase, roster show and attendance match."), Text::tr("id")});
    parser.addOption({QStringLiteral("mapping"),
                      Text::tr("Column mapping for roster import: a saved name or a source (google-forms, "
                               "microsoft-forms, eventbrite, kobotoolbox, spreadsheet)."),
                      Text::tr("name")});
    parser.addOption({QStringLiteral("sheet"), Text::tr("Sheet of an .xlsx file for roster import (the first by default)."),
                      Text::tr("name")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Let roster import check and report without changing anything.")});
    parser.addOption({QStringLiteral("skip-invalid"), Text::tr("Let roster import leave out rows with problems.")});
    parser.addOption({QStringLiteral("duplicates"),
                      Text::tr("What roster import does with duplicates: merge, new or skip "
                               "(by default merge, or new for one address shared by different names)."),
                      Text::tr("action")});
    parser.addOption({QStringLiteral("rounds"), Text::tr("Number of rounds for groups make."), Text::tr("count")});
    parser.addOption(
        {QStringLiteral("seed"), Text::tr("Seed for groups make: the same seed gives the same groups."), Text::tr("number")});
    parser.addOption(
        {QStringLiteral("time-limit"), Text::tr("Most seconds groups make may search (5 by default)."), Text::tr("seconds")});
    parser.addOption(
        {QStringLiteral("people"), Text::tr("Number of people for the quick form of groups make."), Text::tr("count")});
    parser.addOption({QStringLiteral("size"), Text::tr("Group size for the quick form of groups make."), Text::tr("count")});
    parser.addOption(
        {QStringLiteral("round"), Text::tr("Round (from 1) for groups make --format zoom-csv or text."), Text::tr("number")});
    parser.addOption({QStringLiteral("date-order"),
                      Text::tr("Order of numeric dates for attendance summarize: dmy (day first) or mdy "
                               "(month first), when the file cannot tell."),
                      Text::tr("order")});
    parser.addOption({QStringLiteral("date"),
                      Text::tr("Session date (YYYY-MM-DD) for attendance summarize: the date of Meet's "
                               "times of day, and a hint for the order of numeric dates."),
                      Text::tr("date")});
    parser.addOption({QStringLiteral("tz"),
                      Text::tr("Time zone (IANA name such as Asia/Bangkok) of the exports' times for attendance "
                               "import; the workshop's by default."),
                      Text::tr("zone")});
    parser.addOption({QStringLiteral("replace"), Text::tr("Let attendance import replace an earlier import of the same file.")});
    parser.addOption({QStringLiteral("identity"), Text::tr("Number of a person in the imported attendance for attendance match."),
                      Text::tr("id")});
    parser.addOption({QStringLiteral("ignore"), Text::tr("Let attendance match leave the person out of the reports.")});
    parser.addOption({QStringLiteral("completion"),
                      Text::tr("Completion threshold for report attendance and report certificates: "
                               "percent of the workshop's scheduled time (80 by default)."),
                      Text::tr("percent")});
    parser.addOption({QStringLiteral("participation"),
                      Text::tr("Participation threshold for report attendance and report "
                               "certificates (50 by default)."),
                      Text::tr("percent")});
    parser.addOption(
        {QStringLiteral("buddhist-era"), Text::tr("Let report certificates write years of the Buddhist Era (2026 is 2569).")});
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("One of the commands below."));

    if (!parser.parse(arguments)) {
        err << Text::tr("sala-cli: %1 (see sala-cli --help)").arg(parser.errorText()) << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(helpOption)) {
        out << parser.helpText();
        return Ok;
    }
    if (parser.isSet(versionOption)) {
        out << QStringLiteral("sala-cli %1").arg(QString::fromLatin1(sala::version)) << Qt::endl;
        return Ok;
    }

    LoggingOptions logging;
    logging.directory = logDirectory();
    logging.verbose = parser.isSet(QStringLiteral("verbose"));
    logging.alsoToStderr = logging.verbose;
    initLogging(logging);

    QStringList words = parser.positionalArguments();
    const QString databasePath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    if (words.isEmpty()) {
        err << Text::tr("sala-cli: no command given (see sala-cli --help)") << Qt::endl;
        return UsageError;
    }
    const QString command = words.takeFirst();
    if (command == u"db") {
        if (words.isEmpty()) {
            err << Text::tr("sala-cli: db needs a subcommand: info, check or backup (see sala-cli --help)") << Qt::endl;
            return UsageError;
        }
        const QString sub = words.takeFirst();
        const Context ctx{parser, words, databasePath, out, err};
        if (sub == u"info")
            return dbInfo(ctx);
        if (sub == u"check")
            return dbCheck(ctx);
        if (sub == u"backup")
            return dbBackup(ctx);
        return ctx.usage(Text::tr("unknown db subcommand “%1”").arg(sub));
    }
    if (command == u"plan")
        return runPlanCommand({parser, words, databasePath, out, err});
    if (command == u"run")
        return runRunCommand({parser, words, databasePath, out, err});
    if (command == u"report" && !words.isEmpty() && isAttendanceReportCommand(words.first()))
        return runAttendanceReportCommand({parser, words, databasePath, out, err});
    if (command == u"report")
        return runReportCommand({parser, words, databasePath, out, err});
    if (command == u"roster")
        return runRosterCommand({parser, words, databasePath, out, err});
    if (command == u"groups")
        return runGroupsCommand({parser, words, out, err});
    if (command == u"attendance" && !words.isEmpty() && words.first() == u"unmatched")
        return runAttendanceUnmatched({parser, databasePath, out, err});
    if (command == u"attendance" && !words.isEmpty() && words.first() == u"match")
        return runAttendanceMatch({parser, databasePath, out, err});
    if (command == u"attendance" && !words.isEmpty() && words.first() == u"import")
        return runAttendanceImport({parser, words.mid(1), databasePath, out, err});
    if (command == u"attendance")
        return runAttendanceCommand({parser, words, out, err});
    const Context ctx{parser, words, databasePath, out, err};
    if (command == u"demo")
        return demo(ctx);
    return ctx.usage(Text::tr("unknown command “%1”").arg(command));
}

} // namespace sala::cli
