// `sala-cli plan` as a trainer runs it: validate, import, export and list plan files, through the
// real executable, with a private home folder.

#include "cli/clirun.h"
#include "support/testsupport.h"

#include "io/planjson.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SALA_FIXTURES_DIR "/plans/") + name + QStringLiteral("/input.json");
}

QStringList expectedProblems(const QString &name)
{
    const QByteArray bytes = readBytes(QStringLiteral(SALA_FIXTURES_DIR "/plans/") + name
                                       + QStringLiteral("/expected-problems.txt"));
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}

// A database holding the demo workshop, as `sala-cli demo` makes it.
QString demoDatabase(const QTemporaryDir &home, const QString &name)
{
    const QString db = home.filePath(name);
    const Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db}, home.path());
    REQUIRE(run.exitCode == 0);
    return db;
}

QJsonObject planList(const QString &db, const QString &home)
{
    const Run run = runCli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--db"), db},
                           home);
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QString dbInfoJson(const QString &db, const QString &home)
{
    const Run run = runCli({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json"),
                            QStringLiteral("--db"), db},
                           home);
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace

TEST_CASE("cliPlan_helpListsThePlanCommandsAndTheInvalidInputCode", "[cli][plan]")
{
    QTemporaryDir home;
    const Run run = runCli({QStringLiteral("--help")}, home.path());
    CHECK(run.exitCode == 0);
    for (const char *word : {"plan validate FILE", "plan import FILE", "plan export", "plan list", "--workshop", "--session",
                             "--out", "--force", "7  the input file is invalid"})
        CHECK(run.out.contains(QString::fromLatin1(word)));
}

TEST_CASE("cliPlan_exportImportExport_givesTheSameBytes", "[cli][plan]")
{
    QTemporaryDir home;
    const QString first = demoDatabase(home, QStringLiteral("first.db"));
    const QString second = home.filePath(QStringLiteral("second.db"));

    const QJsonArray workshops = planList(first, home.path()).value(u"workshops").toArray();
    REQUIRE(workshops.size() == 1);
    const QString workshopId = QString::number(workshops.first().toObject().value(u"id").toInteger());

    const QString exported = home.filePath(QStringLiteral("demo.json"));
    Run run = runCli({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("--workshop"), workshopId,
                      QStringLiteral("--out"), exported, QStringLiteral("--db"), first},
                     home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Exported workshop"));
    REQUIRE(QFile::exists(exported));

    run = runCli({QStringLiteral("plan"), QStringLiteral("import"), exported, QStringLiteral("--db"), second}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Imported workshop 1"));
    CHECK(run.out.contains(u"session 1"));

    const QString again = home.filePath(QStringLiteral("again.json"));
    run = runCli({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("--workshop"), QStringLiteral("1"),
                  QStringLiteral("--out"), again, QStringLiteral("--db"), second},
                 home.path());
    CHECK(run.exitCode == 0);
    CHECK(readBytes(again) == readBytes(exported));
    CHECK(rawValue(second, QStringLiteral("SELECT count(*) FROM activity")).toInt() == 12);
}

TEST_CASE("cliPlan_sessionFile_joinsTheWorkshopGivenWithWorkshop", "[cli][plan]")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home, QStringLiteral("sala.db"));
    const QString file = home.filePath(QStringLiteral("session.json"));
    Run run = runCli({QStringLiteral("plan"), QStringLiteral("export"), QStringLiteral("--session"), QStringLiteral("1"),
                      QStringLiteral("--out"), file, QStringLiteral("--db"), db},
                     home.path());
    REQUIRE(run.exitCode == 0);
    CHECK(readBytes(file).contains("\"kind\": \"session\""));

    const QString before = dbInfoJson(db, home.path());
    run = runCli({QStringLiteral("plan"), QStringLiteral("import"), file, QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"--workshop"));
    CHECK(dbInfoJson(db, home.path()) == before);

    run = runCli({QStringLiteral("plan"), QStringLiteral("import"), file, QStringLiteral("--workshop"), QStringLiteral("1"),
                  QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Added session 2"));

    const QJsonArray sessions =
        planList(db, home.path()).value(u"workshops").toArray().first().toObject().value(u"sessions").toArray();
    REQUIRE(sessions.size() == 2);
    CHECK(sessions.at(1).toObject().value(u"activities").toInt() == 12);
    CHECK(sessions.at(1).toObject().value(u"plannedMinutes").toInt() == 180);

    run = runCli({QStringLiteral("plan"), QStringLiteral("import"), file, QStringLiteral("--workshop"), QStringLiteral("42"),
                  QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"42"));
}

TEST_CASE("cliPlan_validate_acceptsAGoodFileAndListsEveryProblemOfABadOne", "[cli][plan]")
{
    QTemporaryDir home;
    Run run = runCli({QStringLiteral("plan"), QStringLiteral("validate"), fixture(QStringLiteral("valid-workshop"))}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u": a valid plan (workshop “"));
    CHECK(run.out.contains(u"”, 2 sessions, 3 activities)"));
    CHECK(run.err.isEmpty());

    run = runCli({QStringLiteral("plan"), QStringLiteral("validate"), fixture(QStringLiteral("valid-session"))}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"a valid plan (session “Follow-up clinic”, 3 activities)"));

    const QString bad = fixture(QStringLiteral("several-problems"));
    run = runCli({QStringLiteral("plan"), QStringLiteral("validate"), bad}, home.path());
    CHECK(run.exitCode == 7);
    CHECK(run.out.isEmpty());
    const QStringList printed = run.err.split(u'\n', Qt::SkipEmptyParts);
    const QStringList expected = expectedProblems(QStringLiteral("several-problems"));
    REQUIRE(printed.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString line = QDir::toNativeSeparators(bad) + u": " + expected.at(i);
        CHECK(printed.at(i).toStdString() == line.toStdString());
    }

    run = runCli({QStringLiteral("plan"), QStringLiteral("validate"), fixture(QStringLiteral("malformed-json"))}, home.path());
    CHECK(run.exitCode == 7);
    CHECK(run.err.contains(u"not valid JSON: unexpected end of input at line 12, column 1"));

    run = runCli({QStringLiteral("plan"), QStringLiteral("validate"), home.filePath(QStringLiteral("missing.json"))}, home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"missing.json"));

    run = runCli({QStringLiteral("plan"), QStringLiteral("validate")}, home.path());
    CHECK(run.exitCode == 1);
}

TEST_CASE("cliPlan_importOfAnInvalidFile_leavesTheDatabaseUnchanged", "[cli][plan]")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home, QStringLiteral("sala.db"));
    const QString before = dbInfoJson(db, home.path());

    for (const char *name : {"several-problems", "minimum-above-minutes", "newer-version", "malformed-json"}) {
        INFO(name);
        const QString file = fixture(QString::fromLatin1(name));
        const Run run = runCli({QStringLiteral("plan"), QStringLiteral("import"), file, QStringLiteral("--db"), db}, home.path());
        CHECK(run.exitCode == 7);
        CHECK(run.out.isEmpty());
        for (const QString &problem : expectedProblems(QString::fromLatin1(name)))
            CHECK(run.err.contains(problem));
        CHECK(run.err.contains(u"nothing was imported"));
        CHECK(dbInfoJson(db, home.path()) == before);
    }

    // A plan that breaks no rule of its own but names a missing workshop is refused whole, too.
    const Run run = runCli({QStringLiteral("plan"), QStringLiteral("import"), fixture(QStringLiteral("valid-session")),
                            QStringLiteral("--workshop"), QStringLiteral("99"), QStringLiteral("--db"), db},
                           home.path());
    CHECK(run.exitCode == 2);
    CHECK(dbInfoJson(db, home.path()) == before);
}

TEST_CASE("cliPlan_export_refusesToOverwriteUnlessForced", "[cli][plan]")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home, QStringLiteral("sala.db"));
    const QString out = home.filePath(QStringLiteral("plan.json"));
    writeBytes(out, QByteArrayLiteral("my notes, not a plan"));

    const QStringList exportArgs{QStringLiteral("plan"),       QStringLiteral("export"),
                                 QStringLiteral("--workshop"), QStringLiteral("1"),
                                 QStringLiteral("--out"),      out,
                                 QStringLiteral("--db"),       db};
    Run run = runCli(exportArgs, home.path());
    CHECK(run.exitCode == 6);
    CHECK(run.err.contains(u"already exists"));
    CHECK(run.err.contains(u"--force"));
    CHECK(readBytes(out) == QByteArrayLiteral("my notes, not a plan"));

    run = runCli(exportArgs + QStringList{QStringLiteral("--force")}, home.path());
    CHECK(run.exitCode == 0);
    const PlanParse parsed = parsePlan(readBytes(out));
    REQUIRE(parsed.document);
    CHECK(parsed.document->workshop.sessions.size() == 1);
    // Written through a temporary file that is renamed into place, and none is left behind.
    CHECK(QDir(home.path()).entryList({QStringLiteral("plan.json*")}, QDir::Files).join(u' ').toStdString() == "plan.json");
}

TEST_CASE("cliPlan_export_usageAndLookupErrors", "[cli][plan]")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home, QStringLiteral("sala.db"));
    const QString out = home.filePath(QStringLiteral("x.json"));
    const QString plan = QStringLiteral("plan");
    const QString exportWord = QStringLiteral("export");
    const QString dbOption = QStringLiteral("--db");
    const QString outOption = QStringLiteral("--out");

    for (const QStringList &args :
         {QStringList{plan, exportWord, outOption, out, dbOption, db},
          QStringList{plan, exportWord, QStringLiteral("--workshop"), QStringLiteral("1"), QStringLiteral("--session"),
                      QStringLiteral("1"), outOption, out, dbOption, db},
          QStringList{plan, exportWord, QStringLiteral("--workshop"), QStringLiteral("1"), dbOption, db},
          QStringList{plan, exportWord, QStringLiteral("--workshop"), QStringLiteral("first"), outOption, out, dbOption, db},
          QStringList{plan, QStringLiteral("frobnicate"), dbOption, db}, QStringList{plan}}) {
        INFO(args.join(u' ').toStdString());
        const Run run = runCli(args, home.path());
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(u"sala-cli: "));
        CHECK(run.err.trimmed().count(u'\n') == 0);
    }

    const Run run = runCli({plan, exportWord, QStringLiteral("--session"), QStringLiteral("99"), outOption, out, dbOption, db},
                           home.path());
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"no session with number 99"));
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("cliPlan_list_showsWorkshopsAndSessionsWithTheirNumbers", "[cli][plan]")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home, QStringLiteral("sala.db"));
    Run run = runCli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--db"), db}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"Workshop 1: Keep the Doors Open"));
    CHECK(run.out.contains(u"session 1: "));
    CHECK(run.out.contains(u" 09:00, 12 activities, 180 minutes planned: Session 1"));

    const QJsonObject workshop = planList(db, home.path()).value(u"workshops").toArray().first().toObject();
    const QJsonObject session = workshop.value(u"sessions").toArray().first().toObject();
    CHECK(session.value(u"id").toInt() == 1);
    CHECK(session.value(u"plannedStart").toString() == u"09:00");
    CHECK(QDate::fromString(session.value(u"date").toString(), Qt::ISODate).isValid());

    const QString empty = home.filePath(QStringLiteral("empty.db"));
    REQUIRE(Store::open(empty).ok()); // a new library without any workshop
    run = runCli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--db"), empty}, home.path());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"There are no workshops"));
    CHECK(planList(empty, home.path()).value(u"workshops").toArray().isEmpty());

    run = runCli({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml"),
                  QStringLiteral("--db"), empty},
                 home.path());
    CHECK(run.exitCode == 1);
}

TEST_CASE("cli_planSheetWritesPdfHtmlAndMarkdown", "[cli][plan][sheet]")
{
    QTemporaryDir home;
    const QString db = demoDatabase(home, QStringLiteral("sala.db"));
    const QString session = QString::number(planList(db, home.path())
                                                .value(u"workshops")
                                                .toArray()
                                                .first()
                                                .toObject()
                                                .value(u"sessions")
                                                .toArray()
                                                .first()
                                                .toObject()
                                                .value(u"id")
                                                .toInteger());

    const QString pdf = home.filePath(QStringLiteral("sheet.pdf"));
    Run run = runCli({QStringLiteral("plan"), QStringLiteral("sheet"), QStringLiteral("--session"), session,
                      QStringLiteral("--out"), pdf, QStringLiteral("--db"), db},
                     home.path());
    CHECK(run.exitCode == 0);
    CHECK(readBytes(pdf).startsWith("%PDF"));

    const QString md = home.filePath(QStringLiteral("sheet.md"));
    run = runCli({QStringLiteral("plan"), QStringLiteral("sheet"), QStringLiteral("--session"), session,
                  QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--out"), md, QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 0);
    CHECK(QString::fromUtf8(readBytes(md)).contains(u"Mai's Noodle Shop"));

    run = runCli({QStringLiteral("plan"), QStringLiteral("sheet"), QStringLiteral("--session"), session,
                  QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), md, QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 6); // refuses to replace without --force
    CHECK(run.err.contains(u"--force"));

    run = runCli({QStringLiteral("plan"), QStringLiteral("sheet"), QStringLiteral("--out"), md, QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 1);
    run = runCli({QStringLiteral("plan"), QStringLiteral("sheet"), QStringLiteral("--session"), QStringLiteral("999"),
                  QStringLiteral("--out"), home.filePath(QStringLiteral("x.pdf")), QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 2);
    run = runCli({QStringLiteral("plan"), QStringLiteral("sheet"), QStringLiteral("--session"), session,
                  QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("--out"),
                  home.filePath(QStringLiteral("x.docx")), QStringLiteral("--db"), db},
                 home.path());
    CHECK(run.exitCode == 1);
}
