// `sala-cli attendance unmatched` and `attendance match`: finishing the review of an import made
// without one, from the command line, with the same rules as the app.

#include "cli/clirun.h"
#include "core/attendancelibrary.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace sala;
using namespace sala::test;

namespace {

// The workshop of attendancelibrary.h with the first session's export imported by sala-cli.
struct ImportedLibrary {
    QTemporaryDir home;
    QString database;
    qint64 sessionId = 0;
    qint64 somchai = 0;
    std::unique_ptr<AttendanceLibrary> library = std::make_unique<AttendanceLibrary>();

    ImportedLibrary()
    {
        database = library->store->path();
        sessionId = library->sessionId;
        somchai = library->idOf(QStringLiteral("Somchai Wongsuwan"));
        const QString file = library->write(QStringLiteral("week1.csv"), firstSessionExport());
        library->store.reset();
        const Run imported = cli({QStringLiteral("attendance"), QStringLiteral("import"), QStringLiteral("--session"),
                                  QString::number(sessionId), file});
        REQUIRE(imported.exitCode == 0);
    }
    Run cli(const QStringList &arguments) const
    {
        return runCli(QStringList{QStringLiteral("--db"), database} + arguments, home.path());
    }
    Run unmatched() const
    {
        return cli(
            {QStringLiteral("attendance"), QStringLiteral("unmatched"), QStringLiteral("--session"), QString::number(sessionId)});
    }
    // The id the listing gives for the person of that name.
    QString idOf(const QString &listing, const QString &name) const
    {
        const QRegularExpression line(QStringLiteral("^(\\d+)\\t") + QRegularExpression::escape(name) + u'\t',
                                      QRegularExpression::MultilineOption);
        const QRegularExpressionMatch found = line.match(listing);
        INFO(listing.toStdString());
        REQUIRE(found.hasMatch());
        return found.captured(1);
    }
    QVariant value(const QString &sql) const { return rawValue(database, sql); }
};

} // namespace

TEST_CASE("cliAttendanceUnmatched_listsIdNameEmailMinutesAndProposal", "[cli][attendance][review]")
{
    ImportedLibrary cli;
    const Run run = cli.unmatched();
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"3 people in the attendance of session"));
    CHECK(run.out.contains(u"id\tname\te-mail\tminutes\tproposal"));
    CHECK(run.out.contains(
        QStringLiteral("\tSomchay Wongsuwan\t\t90\tproposed: Somchai Wongsuwan (participant %1)").arg(cli.somchai)));
    CHECK(run.out.contains(u"\tGalaxy A12\t\t55\tnot on the roster"));
    CHECK(run.out.contains(u"\tAnna Santos\ttrainer@example.org\t125\tnot on the roster"));

    const Run json = cli.cli({QStringLiteral("attendance"), QStringLiteral("unmatched"), QStringLiteral("--session"),
                              QString::number(cli.sessionId), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(json.exitCode == 0);
    CHECK(json.out.contains(u"\"rule\": \"fuzzy\""));

    const Run missing = cli.cli(
        {QStringLiteral("attendance"), QStringLiteral("unmatched"), QStringLiteral("--session"), QStringLiteral("9999")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"no session with number 9999"));
    const Run usage = cli.cli({QStringLiteral("attendance"), QStringLiteral("unmatched")});
    CHECK(usage.exitCode == 1);
}

TEST_CASE("cliAttendanceMatch_confirmsSavesTheAliasAndIgnores", "[cli][attendance][review]")
{
    ImportedLibrary cli;
    const QString listing = cli.unmatched().out;
    const QString somchay = cli.idOf(listing, QStringLiteral("Somchay Wongsuwan"));
    const Run matched = cli.cli({QStringLiteral("attendance"), QStringLiteral("match"), QStringLiteral("--identity"), somchay,
                                 QStringLiteral("--participant"), QString::number(cli.somchai)});
    INFO(matched.err.toStdString());
    CHECK(matched.exitCode == 0);
    CHECK(matched.out.contains(u"Matched “Somchay Wongsuwan”"));
    CHECK(matched.out.contains(u"saved “Somchay Wongsuwan” as an alias"));
    CHECK(cli.value(QStringLiteral("SELECT matched_how FROM attendance_identity WHERE id = ") + somchay).toString()
          == u"confirmed");
    CHECK(cli.value(QStringLiteral("SELECT count(*) FROM participant_alias WHERE alias = 'Somchay Wongsuwan'")).toInt() == 1);

    const Run ignored = cli.cli({QStringLiteral("attendance"), QStringLiteral("match"), QStringLiteral("--identity"),
                                 cli.idOf(listing, QStringLiteral("Galaxy A12")), QStringLiteral("--ignore")});
    CHECK(ignored.exitCode == 0);
    CHECK(cli.unmatched().out.contains(u"1 people in the attendance of session"));

    // Decided already, so refused: exit 7 with one line.
    const Run again = cli.cli({QStringLiteral("attendance"), QStringLiteral("match"), QStringLiteral("--identity"), somchay,
                               QStringLiteral("--ignore")});
    CHECK(again.exitCode == 7);
    CHECK(again.err.contains(u"not waiting for review"));
}

TEST_CASE("cliAttendanceMatch_wrongArguments_sayWhat", "[cli][attendance][review]")
{
    ImportedLibrary cli;
    const QString anna = cli.idOf(cli.unmatched().out, QStringLiteral("Anna Santos"));
    const Run neither = cli.cli({QStringLiteral("attendance"), QStringLiteral("match"), QStringLiteral("--identity"), anna});
    CHECK(neither.exitCode == 1);
    CHECK(neither.err.contains(u"--participant PID or --ignore"));
    const Run stranger = cli.cli({QStringLiteral("attendance"), QStringLiteral("match"), QStringLiteral("--identity"), anna,
                                  QStringLiteral("--participant"), QStringLiteral("9999")});
    CHECK(stranger.exitCode == 2);
    CHECK(stranger.err.contains(u"not on this workshop’s roster"));
    const Run unknown = cli.cli({QStringLiteral("attendance"), QStringLiteral("match"), QStringLiteral("--identity"),
                                 QStringLiteral("4242"), QStringLiteral("--ignore")});
    CHECK(unknown.exitCode == 2);
    CHECK(cli.value(QStringLiteral("SELECT count(*) FROM attendance_identity WHERE matched_how = ''")).toInt() == 3);
}
