#include "commands.h"

#include "app/logging.h"
#include "app/paths.h"
#include "demo/demoseeder.h"
#include "exitcodes.h"
#include "groupcommands.h"
#include "plancommands.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("sala::cli", text);
}

struct Context {
    QCommandLineParser &parser;
    QStringList positional;  // after the command words
    QString databasePath;
    QTextStream &out;
    QTextStream &err;

    int fail(const Error &error) const
    {
        err << tr("sala-cli: %1").arg(error.message) << Qt::endl;
        return exitCodeFor(error);
    }
    int usage(const QString &message) const
    {
        err << tr("sala-cli: %1 (see sala-cli --help)").arg(message) << Qt::endl;
        return UsageError;
    }
};

QString helpEpilogue()
{
    return tr("Commands:\n"
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
        return ctx.usage(tr("--format must be text or json, not “%1”").arg(format));
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
    ctx.out << tr("Database:       %1").arg(QDir::toNativeSeparators(info->path)) << Qt::endl;
    ctx.out << tr("Schema version: %1 (this Sala writes %2)").arg(info->schemaVersion).arg(info->latestSchemaVersion)
            << Qt::endl;
    ctx.out << tr("Size:           %1 bytes").arg(info->sizeBytes) << Qt::endl;
    ctx.out << tr("Rows per table:") << Qt::endl;
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
        ctx.err << tr("sala-cli: %1 is damaged: %2")
                       .arg(QDir::toNativeSeparators(store.value()->path()), problems->join(QStringLiteral("; ")))
                << Qt::endl;
        return Damaged;
    }
    const int version = store.value()->schemaVersion();
    ctx.out << tr("%1: healthy, schema version %2").arg(QDir::toNativeSeparators(store.value()->path())).arg(version);
    if (version < Migrator::latestVersion())
        ctx.out << tr(" (Sala will upgrade it when it next opens it)");
    ctx.out << Qt::endl;
    return Ok;
}

int dbBackup(const Context &ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(tr("db backup needs exactly one output file"));
    auto store = Store::open(ctx.databasePath, Store::Mode::ReadOnly);
    if (!store)
        return ctx.fail(store.error());
    const QString out = QFileInfo(ctx.positional.first()).absoluteFilePath();
    if (QFileInfo(out) == QFileInfo(store.value()->path()))
        return ctx.usage(tr("the backup cannot overwrite the database itself"));
    if (Status s = backupDatabase(store.value()->database(), out); !s)
        return ctx.fail(s.error());
    ctx.out << tr("Backup written to %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    return Ok;
}

int demo(const Context &ctx)
{
    if (!ctx.positional.isEmpty())
        return ctx.usage(tr("demo takes no arguments"));
    auto store = Store::open(ctx.databasePath);
    if (!store)
        return ctx.fail(store.error());
    auto result = seedDemo(*store.value(), demoSessionDate(QDate::currentDate()));
    if (!result)
        return ctx.fail(result.error());
    if (result->alreadyPresent)
        ctx.out << tr("The demo workshop is already in %1 (workshop %2); nothing was added.")
                       .arg(QDir::toNativeSeparators(store.value()->path()))
                       .arg(result->workshopId)
                << Qt::endl;
    else
        ctx.out << tr("Added the demo workshop (workshop %1) and its roster to %2.")
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
    }
    return WriteFailed;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sala's command-line tool: inspect, check and back up the library database, "
                                        "and exchange plan files.")
                                     + u"\n\n" + helpEpilogue());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), tr("Use the database at <path> instead of the default one."), tr("path")});
    parser.addOption({QStringLiteral("format"), tr("Output format: text or json (db info, plan list, run status); pdf, html or md (plan sheet); csv or pdf (report timing); json, csv, zoom-csv or text (groups make, json by default)."),
                      tr("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("workshop"), tr("Workshop number for plan import and plan export."), tr("id")});
    parser.addOption({QStringLiteral("session"), tr("Session number for plan export, plan sheet, run status and report timing."), tr("id")});
    parser.addOption({QStringLiteral("out"), tr("Output file of plan export, plan sheet and report timing."), tr("file")});
    parser.addOption({QStringLiteral("force"), tr("Let plan export, plan sheet and report timing replace an existing file.")});
    parser.addOption({QStringLiteral("verbose"), tr("Log debugging detail to standard error.")});
    parser.addOption({QStringLiteral("participant"), tr("Participant number for roster erase and roster show."), tr("id")});
    parser.addOption({QStringLiteral("mapping"), tr("Column mapping for roster import: a saved name or a source (google-forms, "
                                                    "microsoft-forms, eventbrite, kobotoolbox, spreadsheet)."),
                      tr("name")});
    parser.addOption({QStringLiteral("sheet"), tr("Sheet of an .xlsx file for roster import (the first by default)."), tr("name")});
    parser.addOption({QStringLiteral("dry-run"), tr("Let roster import check and report without changing anything.")});
    parser.addOption({QStringLiteral("skip-invalid"), tr("Let roster import leave out rows with problems.")});
    parser.addOption({QStringLiteral("duplicates"), tr("What roster import does with duplicates: merge, new or skip "
                                                       "(by default merge, or new for one address shared by different names)."),
                      tr("action")});
    parser.addOption({QStringLiteral("rounds"), tr("Number of rounds for groups make."), tr("count")});
    parser.addOption({QStringLiteral("seed"), tr("Seed for groups make: the same seed gives the same groups."), tr("number")});
    parser.addOption({QStringLiteral("time-limit"), tr("Most seconds groups make may search (5 by default)."), tr("seconds")});
    parser.addOption({QStringLiteral("people"), tr("Number of people for the quick form of groups make."), tr("count")});
    parser.addOption({QStringLiteral("size"), tr("Group size for the quick form of groups make."), tr("count")});
    parser.addOption({QStringLiteral("round"), tr("Round (from 1) for groups make --format zoom-csv or text."), tr("number")});
    parser.addPositionalArgument(QStringLiteral("command"), tr("One of the commands below."));

    if (!parser.parse(arguments)) {
        err << tr("sala-cli: %1 (see sala-cli --help)").arg(parser.errorText()) << Qt::endl;
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
        err << tr("sala-cli: no command given (see sala-cli --help)") << Qt::endl;
        return UsageError;
    }
    const QString command = words.takeFirst();
    if (command == u"db") {
        if (words.isEmpty()) {
            err << tr("sala-cli: db needs a subcommand: info, check or backup (see sala-cli --help)") << Qt::endl;
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
        return ctx.usage(tr("unknown db subcommand “%1”").arg(sub));
    }
    if (command == u"plan")
        return runPlanCommand({parser, words, databasePath, out, err});
    if (command == u"run")
        return runRunCommand({parser, words, databasePath, out, err});
    if (command == u"report")
        return runReportCommand({parser, words, databasePath, out, err});
    if (command == u"roster")
        return runRosterCommand({parser, words, databasePath, out, err});
    if (command == u"groups")
        return runGroupsCommand({parser, words, out, err});
    const Context ctx{parser, words, databasePath, out, err};
    if (command == u"demo")
        return demo(ctx);
    return ctx.usage(tr("unknown command “%1”").arg(command));
}

} // namespace sala::cli
