// `sala-cli run status` and `sala-cli report timing` read the run log the GUI writes, through
// the real executable, while the database may be open in Sala.

#include "cli/clirun.h"
#include "support/testsupport.h"

#include "demo/demoseeder.h"
#include "run/runengine.h"
#include "store/planstore.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

// The demo workshop in a fresh database, with a run log written through the engine as the
// GUI writes it. The clock is set so that the run happened in the last minutes of real time.
struct RunDatabase {
    QTemporaryDir home;
    QString db = home.filePath(QStringLiteral("sala.db"));
    std::unique_ptr<Store> store;
    Workshop workshop;

    RunDatabase()
    {
        auto opened = Store::open(db);
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        auto seeded = seedDemo(*store, QDate::currentDate());
        REQUIRE(seeded.ok());
        auto loaded = PlanStore(*store).loadWorkshop(seeded->workshopId);
        REQUIRE(loaded.ok());
        workshop = loaded.value();
    }

    const Session &session() const { return workshop.sessions.front(); }
    QString sessionId() const { return QString::number(session().id); }

    // Runs `script` against an engine whose clock starts `minutesAgo` before now. The script must
    // take less simulated time than that: the state never counts events from the future.
    template <typename Script>
    void run(int minutesAgo, Script script)
    {
        ManualClock clock(QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo));
        RunEngine engine(clock, store.get());
        RunPlan plan;
        plan.session = session();
        plan.zone = QTimeZone(workshop.timeZone.toUtf8());
        REQUIRE(engine.load(plan).ok());
        script(engine, clock);
    }

    void close() { store.reset(); }

    Run cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db;
        return runCli(arguments, home.path());
    }

    QJsonObject status(QStringList extra = {}) const
    {
        const Run result = cli(
            QStringList{QStringLiteral("run"), QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")}
            + extra);
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        return json.object();
    }
};

} // namespace

TEST_CASE("cliRunStatus_pausedRun_printsActivityTimeLeftAndProjectedEndAsJson", "[cli][run]")
{
    RunDatabase data;
    data.run(15, [](RunEngine &engine, ManualClock &clock) {
        REQUIRE(engine.start().ok());
        clock.advanceSeconds(8 * 60);
        REQUIRE(engine.next().ok()); // the icebreaker, 10 minutes
        clock.advanceSeconds(3 * 60 + 20);
        REQUIRE(engine.pause().ok()); // 6:40 left, frozen
    });
    // The GUI still has the database open: the command reads beside it.
    const QJsonObject json = data.status({QStringLiteral("--session"), data.sessionId()});
    CHECK(json.value(QStringLiteral("session")).toInteger() == data.session().id);
    CHECK(json.value(QStringLiteral("state")).toString() == u"paused");
    const QJsonObject activity = json.value(QStringLiteral("activity")).toObject();
    CHECK(activity.value(QStringLiteral("id")).toInteger() == data.session().activities[1].id);
    CHECK(activity.value(QStringLiteral("title")).toString() == data.session().activities[1].title);
    CHECK(json.value(QStringLiteral("remaining_seconds")).toInt() == 400);
    CHECK(json.value(QStringLiteral("behind_seconds")).isDouble());
    CHECK(json.value(QStringLiteral("phase")).toString() == u"normal");
    const QDateTime projected = QDateTime::fromString(json.value(QStringLiteral("projected_end")).toString(), Qt::ISODate);
    REQUIRE(projected.isValid());
    CHECK(json.value(QStringLiteral("projected_end")).toString().endsWith(u"+07:00"));
    CHECK(json.value(QStringLiteral("next")).toObject().value(QStringLiteral("id")).toInteger()
          == data.session().activities[2].id);
}

TEST_CASE("cliRunStatus_runningActivity_countsDownWithTheClock", "[cli][run]")
{
    RunDatabase data;
    data.run(2, [](RunEngine &engine, ManualClock &) { REQUIRE(engine.start().ok()); });
    data.close();
    const QJsonObject json = data.status(); // the session run most recently
    CHECK(json.value(QStringLiteral("state")).toString() == u"running");
    // Started two minutes ago with 8 minutes planned: 6 minutes left, less the test's own seconds.
    const int remaining = json.value(QStringLiteral("remaining_seconds")).toInt();
    CHECK(remaining <= 360);
    CHECK(remaining > 360 - 30);
    CHECK(json.value(QStringLiteral("activity")).toObject().value(QStringLiteral("title")).toString()
          == data.session().activities[0].title);
}

TEST_CASE("cliRunStatus_text_isOneReadableParagraph", "[cli][run]")
{
    RunDatabase data;
    data.run(1, [](RunEngine &engine, ManualClock &clock) {
        REQUIRE(engine.start().ok());
        clock.advanceSeconds(30);
        REQUIRE(engine.pause().ok());
    });
    const Run result = data.cli({QStringLiteral("run"), QStringLiteral("status")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(u"paused"));
    CHECK(result.out.contains(u"Activity 1 of 12"));
    CHECK(result.out.contains(u"7:30 left"));
    CHECK(result.out.contains(u"Projected end"));
}

TEST_CASE("cliRunStatus_noRunYet_saysHowToNameASession", "[cli][run]")
{
    RunDatabase data;
    data.close();
    const Run result = data.cli({QStringLiteral("run"), QStringLiteral("status")});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"--session"));
    const QJsonObject json = data.status({QStringLiteral("--session"), data.sessionId()});
    CHECK(json.value(QStringLiteral("state")).toString() == u"not-started");
    CHECK(json.value(QStringLiteral("activity")).isNull());

    CHECK(data.cli({QStringLiteral("run"), QStringLiteral("status"), QStringLiteral("--session"), QStringLiteral("999")}).exitCode
          == 2);
    CHECK(data.cli({QStringLiteral("run"), QStringLiteral("status"), QStringLiteral("--session"), QStringLiteral("x")}).exitCode
          == 1);
    CHECK(data.cli({QStringLiteral("run")}).exitCode == 1);
    CHECK(data.cli({QStringLiteral("run"), QStringLiteral("go")}).exitCode == 1);
}

TEST_CASE("cliReportTiming_csvMatchesWhatHappened", "[cli][run][report]")
{
    RunDatabase data;
    data.run(60, [](RunEngine &engine, ManualClock &clock) {
        REQUIRE(engine.start().ok());
        clock.advanceSeconds(8 * 60);
        REQUIRE(engine.next().ok());
        clock.advanceSeconds(12 * 60 + 30); // the icebreaker ran 2:30 over
        REQUIRE(engine.next().ok());
        clock.advanceSeconds(60);
        REQUIRE(engine.pause().ok());
        clock.advanceSeconds(90);
        REQUIRE(engine.resume().ok());
        clock.advanceSeconds(4 * 60);
        REQUIRE(engine.finish().ok());
    });
    data.close();
    const QString out = data.home.filePath(QStringLiteral("timing.csv"));
    Run result = data.cli({QStringLiteral("report"), QStringLiteral("timing"), QStringLiteral("--session"), data.sessionId(),
                           QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = QString::fromUtf8(readBytes(out).mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 1 + 12 + 1 + 1);
    CHECK(lines[1].startsWith(u"1,"));
    CHECK(lines[1].contains(u",welcome,8,480,8.0,0.0,0,0.0,0.0,"));
    CHECK(lines[2].contains(u",icebreaker,10,750,12.5,2.5,0,0.0,0.0,"));
    CHECK(lines[3].contains(u",welcome,5,300,5.0,0.0,1,1.5,0.0,"));
    CHECK(lines[4].contains(u",breakout,30,0,0.0,-30.0,0,0.0,0.0,,"));
    CHECK(lines[13].startsWith(u",Total,,180,1530,25.5,"));

    // An existing file is kept unless --force.
    result = data.cli({QStringLiteral("report"), QStringLiteral("timing"), QStringLiteral("--session"), data.sessionId(),
                       QStringLiteral("--out"), out});
    CHECK(result.exitCode == 6);
    CHECK(result.err.contains(u"--force"));
}

TEST_CASE("cliReportTiming_pdfIsWritten", "[cli][run][report]")
{
    RunDatabase data;
    data.run(30, [](RunEngine &engine, ManualClock &clock) {
        REQUIRE(engine.start().ok());
        clock.advanceSeconds(20 * 60);
        REQUIRE(engine.finish().ok());
    });
    data.close();
    const QString out = data.home.filePath(QStringLiteral("timing.pdf"));
    const Run result = data.cli({QStringLiteral("report"), QStringLiteral("timing"), QStringLiteral("--session"),
                                 data.sessionId(), QStringLiteral("--out"), out});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(readBytes(out).startsWith("%PDF-"));
    CHECK(data.cli({QStringLiteral("report"), QStringLiteral("timing"), QStringLiteral("--out"), out}).exitCode == 1);
    CHECK(data.cli({QStringLiteral("report"), QStringLiteral("timing"), QStringLiteral("--session"), data.sessionId(),
                    QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("xls"), QStringLiteral("--force")})
              .exitCode
          == 1);
}
