// A process driving the run engine is killed (SIGKILL) at random moments; after each kill the
// database opens, is healthy, holds every action the process reported as done, and the run
// state computed from it is consistent.

#include "run/runlogstore.h"
#include "run/runstate.h"
#include "store/planstore.h"
#include "store/store.h"
#include "store/storeinfo.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QTemporaryDir>

#include <random>

using namespace sala;

namespace {

struct Reported {
    qint64 id = 0;
    QString kind;
    qint64 activityId = 0;
    qint64 seconds = 0;
};

// The lines "done ID KIND ACTIVITY SECONDS" in `text`; an incomplete last line is left out.
std::vector<Reported> parseDone(const QByteArray &text)
{
    std::vector<Reported> reported;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) { // the part after the last newline is unfinished
        const QList<QByteArray> words = lines[i].split(' ');
        if (words.size() == 5 && words[0] == "done")
            reported.push_back(
                {words[1].toLongLong(), QString::fromLatin1(words[2]), words[3].toLongLong(), words[4].toLongLong()});
    }
    return reported;
}

qint64 makeSession(const QString &path)
{
    auto store = Store::open(path);
    REQUIRE(store.ok());
    Workshop workshop;
    workshop.title = QStringLiteral("Crash drill");
    workshop.timeZone = QStringLiteral("Asia/Manila");
    Session session;
    session.title = QStringLiteral("Session 1");
    session.date = QDate::currentDate();
    session.plannedStart = QTime(9, 0);
    for (int i = 0; i < 6; ++i) {
        Activity a;
        a.kind = i == 2 ? ActivityKind::Breakout : ActivityKind::Plenary;
        a.title = QStringLiteral("Activity %1").arg(i + 1);
        a.plannedMinutes = 5 + i;
        if (i == 2)
            a.breakout = BreakoutSettings{Grouping::NewMix, 3, 0, 3, 2, {}, {{1, QStringLiteral("One minute left")}}};
        session.activities.push_back(a);
    }
    workshop.sessions.push_back(session);
    REQUIRE(PlanStore(*store.value()).insertWorkshop(workshop).ok());
    return workshop.sessions.front().id;
}

} // namespace

TEST_CASE("crash_killedAtRandomMoments_losesNoReportedActionAndStaysConsistent", "[run][crash]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    const qint64 sessionId = makeSession(path);

    std::mt19937 random(20261201);
    std::vector<Reported> promised;
    constexpr int rounds = 12;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        QProcess driver;
        driver.setProcessChannelMode(QProcess::SeparateChannels);
        driver.start(QStringLiteral(SALA_CRASH_DRIVER_PATH),
                     {QStringLiteral("--db"), path, QStringLiteral("--session"), QString::number(sessionId),
                      QStringLiteral("--seed"), QString::number(random())});
        REQUIRE(driver.waitForStarted(10000));
        // Kill after a random number of reported actions; zero kills it while it starts up.
        const int killAfter = int(random() % 60);
        QByteArray output;
        while (int(parseDone(output).size()) < killAfter && driver.state() == QProcess::Running) {
            if (!driver.waitForReadyRead(20000))
                break;
            output += driver.readAllStandardOutput();
        }
        INFO(driver.readAllStandardError().toStdString());
        REQUIRE(driver.state() == QProcess::Running); // it was still working when it was killed
        driver.kill();                                // SIGKILL: no destructors, no checkpoint
        REQUIRE(driver.waitForFinished(10000));
        CHECK(driver.exitStatus() == QProcess::CrashExit);
        output += driver.readAllStandardOutput();
        const std::vector<Reported> reported = parseDone(output);
        CHECK(int(reported.size()) >= killAfter);
        promised.insert(promised.end(), reported.begin(), reported.end());

        // The next process (here: the test) finds the database healthy and complete.
        auto store = Store::open(path);
        REQUIRE(store.ok());
        auto problems = integrityProblems(*store.value());
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        auto events = RunLogStore(*store.value()).events(sessionId);
        REQUIRE(events.ok());
        std::map<qint64, const RunEvent *> byId;
        qint64 lastId = 0;
        for (const RunEvent &event : events.value()) {
            CHECK(event.id > lastId);
            lastId = event.id;
            CHECK(event.at.isValid());
            byId[event.id] = &event;
        }
        for (const Reported &r : promised) {
            const auto found = byId.find(r.id);
            REQUIRE(found != byId.end());
            CHECK(key(found->second->kind) == r.kind);
            CHECK(found->second->activityId == r.activityId);
            CHECK(found->second->seconds == r.seconds);
        }

        // The state computed from what survived makes sense.
        auto workshop = PlanStore(*store.value()).loadWorkshop(PlanStore(*store.value()).workshopOfSession(sessionId).value());
        REQUIRE(workshop.ok());
        RunPlan plan;
        plan.session = workshop->sessions.front();
        plan.zone = QTimeZone("Asia/Manila");
        const RunState state = computeRunState(plan, events.value(), QDateTime::currentDateTimeUtc());
        CHECK(state.current >= -1);
        CHECK(state.current < int(plan.session.activities.size()));
        CHECK((state.current >= 0)
              == (state.status == RunStatus::Running || state.status == RunStatus::Paused || state.status == RunStatus::Overtime));
        CHECK(state.finishedAt.isValid() == (state.status == RunStatus::Finished));
        for (const ActivityRun &run : state.activities) {
            CHECK(run.spentMs >= 0);
            CHECK(run.pausedMs >= 0);
        }
    }
    CHECK(promised.size() > 0);
}
