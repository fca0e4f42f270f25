// `sala-cli attendance import` as a trainer runs it: matches applied, proposals and strangers
// listed for review in the app, one clear line and a non-zero exit when a file is refused.

#include "cli/clirun.h"
#include "core/attendancelibrary.h"

#include <catch2/catch.hpp>

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace sala;
using namespace sala::test;

namespace {

// A database with the workshop of attendancelibrary.h, closed so that sala-cli can take it.
struct CliLibrary {
    QTemporaryDir home;
    QString database;
    QString week1;
    qint64 sessionId = 0;
    qint64 session2Id = 0;
    std::unique_ptr<AttendanceLibrary> library = std::make_unique<AttendanceLibrary>();

    CliLibrary()
    {
        database = library->store->path();
        sessionId = library->sessionId;
        session2Id = library->session2Id;
        week1 = library->write(QStringLiteral("participants_81234567890.csv"), firstSessionExport());
        library->store.reset();
    }
    Run import(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), database, QStringLiteral("attendance"), QStringLiteral("import")}
                          + arguments,
                      home.path());
    }
    QVariant value(const QString &sql) const { return rawValue(database, sql); }
};

} // namespace

TEST_CASE("cliAttendanceImport_appliesMatchesAndListsTheRestForReview", "[cli][attendance][import]")
{
    CliLibrary cli;
    const Run run = cli.import({QStringLiteral("--session"), QString::number(cli.sessionId), cli.week1});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.contains(u"Imported 1 file(s) into session"));
    CHECK(run.out.contains(u"Asia/Bangkok"));
    CHECK(run.out.contains(u"participants_81234567890.csv: Zoom"));
    CHECK(run.out.contains(u"Matched to the roster (4):"));
    CHECK(run.out.contains(u"Phoutthasone Keomany → Phonesavanh Keomany, preferred name ‘Noy’"));
    CHECK(run.out.contains(u"Khun Siriporn Chaiyasit → Siriporn Chaiyasit, name matches after removing ‘Khun’"));
    CHECK(run.out.contains(u"Not matched (3)"));
    CHECK(run.out.contains(u"choose Review… on the Attendance tab"));
    CHECK(run.out.contains(QStringLiteral("sala-cli attendance unmatched --session %1").arg(cli.sessionId)));
    CHECK(run.out.contains(u"Somchay Wongsuwan: proposed: "));
    CHECK(run.out.contains(u"similar to ‘Somchai Wongsuwan’"));
    CHECK(run.out.contains(u"Galaxy A12: not on the roster"));

    CHECK(cli.value(QStringLiteral("SELECT count(*) FROM attendance_import")).toInt() == 1);
    CHECK(cli.value(QStringLiteral("SELECT count(*) FROM attendance_identity WHERE participant_id IS NOT NULL")).toInt() == 4);
    // Fuzzy proposals are never applied without the trainer.
    CHECK(cli.value(QStringLiteral("SELECT count(*) FROM attendance_identity WHERE name = 'Somchay Wongsuwan' "
                                   "AND participant_id IS NULL AND matched_how = ''"))
              .toInt()
          == 1);
    CHECK(cli.value(QStringLiteral("SELECT min(started_at) FROM attendance_interval")).toString() == u"2024-03-14T01:55:00Z");
}

TEST_CASE("cliAttendanceImport_sameFileAgain_refusedWithOneLineUnlessReplacing", "[cli][attendance][import]")
{
    CliLibrary cli;
    const QStringList arguments{QStringLiteral("--session"), QString::number(cli.sessionId), cli.week1};
    REQUIRE(cli.import(arguments).exitCode == 0);
    const Run again = cli.import(arguments);
    CHECK(again.exitCode == 7);
    CHECK(again.out.isEmpty());
    CHECK(again.err.count(u'\n') == 1);
    CHECK(again.err.startsWith(u"sala-cli: “participants_81234567890.csv” was already imported into this session"));
    CHECK(again.err.contains(u"--replace"));
    CHECK(cli.value(QStringLiteral("SELECT count(*) FROM attendance_import")).toInt() == 1);

    const Run replaced = cli.import(QStringList{QStringLiteral("--replace")} + arguments);
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.out.contains(u"replaces the earlier import of participants_81234567890.csv"));
    CHECK(cli.value(QStringLiteral("SELECT count(*) FROM attendance_import")).toInt() == 1);
}

TEST_CASE("cliAttendanceImport_anotherTimeZone_shiftsTheStays", "[cli][attendance][import]")
{
    CliLibrary cli;
    const Run run = cli.import({QStringLiteral("--session"), QString::number(cli.sessionId), QStringLiteral("--tz"),
                                QStringLiteral("Asia/Manila"), cli.week1});
    CHECK(run.exitCode == 0);
    CHECK(cli.value(QStringLiteral("SELECT time_zone FROM attendance_import")).toString() == u"Asia/Manila");
    CHECK(cli.value(QStringLiteral("SELECT min(started_at) FROM attendance_interval")).toString() == u"2024-03-14T00:55:00Z");

    const Run wrong = cli.import({QStringLiteral("--session"), QString::number(cli.session2Id), QStringLiteral("--tz"),
                                  QStringLiteral("Asia/Atlantis"), cli.week1});
    CHECK(wrong.exitCode == 7);
    CHECK(wrong.err.contains(u"Asia/Atlantis"));
}

TEST_CASE("cliAttendanceImport_ambiguousDates_askForTheOrder", "[cli][attendance][import]")
{
    CliLibrary cli;
    const QString d = QStringLiteral("03/04/2024");
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("participants.csv"));
    writeBytes(path, zoomExport(d, {zoomRow(QStringLiteral("Sok Dara"), QStringLiteral("dara.sok@example.com"), d,
                                            QStringLiteral("09:00:00 AM"), QStringLiteral("10:00:00 AM"), 60)}));
    const Run unsure = cli.import({QStringLiteral("--session"), QString::number(cli.session2Id), path});
    CHECK(unsure.exitCode == 1);
    CHECK(unsure.err.count(u'\n') == 1);
    CHECK(unsure.err.contains(u"--date-order dmy"));
    CHECK(cli.value(QStringLiteral("SELECT count(*) FROM attendance_import")).toInt() == 0);

    const Run told = cli.import({QStringLiteral("--session"), QString::number(cli.session2Id), QStringLiteral("--date-order"),
                                 QStringLiteral("dmy"), path});
    CHECK(told.exitCode == 0);
    CHECK(cli.value(QStringLiteral("SELECT date_order FROM attendance_import")).toString() == u"dmy");
}

TEST_CASE("cliAttendanceImport_wrongUsage_saysWhatIsMissing", "[cli][attendance][import]")
{
    CliLibrary cli;
    const Run noSession = cli.import({cli.week1});
    CHECK(noSession.exitCode == 1);
    CHECK(noSession.err.contains(u"--session"));

    const Run unknown = cli.import({QStringLiteral("--session"), QStringLiteral("999"), cli.week1});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"no session with number 999"));

    const Run noFile = cli.import({QStringLiteral("--session"), QString::number(cli.sessionId)});
    CHECK(noFile.exitCode == 1);

    const Run missing = cli.import(
        {QStringLiteral("--session"), QString::number(cli.sessionId), QStringLiteral("/nowhere/x.csv")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.count(u'\n') == 1);
}

TEST_CASE("cliAttendance_helpListsImport", "[cli][attendance][import]")
{
    QTemporaryDir home;
    const Run run = runCli({QStringLiteral("--help")}, home.path());
    CHECK(run.out.contains(u"attendance import --session ID"));
    CHECK(run.out.contains(u"--tz"));
}
