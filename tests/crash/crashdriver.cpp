// Drives the run engine on a real database as fast as it can, printing one line for each action
// once it is stored: "done ID KIND ACTIVITY SECONDS". The crash test kills it at random moments
// and checks that every line it printed is in the database.
//
// Usage: sala_crash_driver --db PATH --session ID --seed N [--actions N]

#include "plan/schedule.h"
#include "run/clock.h"
#include "run/runengine.h"
#include "store/planstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <random>

using namespace sala;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "crash driver: %s\n", message.toLocal8Bit().constData());
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("session"), QStringLiteral("Session to run."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("actions"), QStringLiteral("Stop after this many actions."), QStringLiteral("n"), QStringLiteral("5000")});
    parser.process(app);

    auto store = Store::open(parser.value(QStringLiteral("db")));
    if (!store)
        return failWith(store.error().message);
    const qint64 sessionId = parser.value(QStringLiteral("session")).toLongLong();
    const PlanStore plans(*store.value());
    auto workshopId = plans.workshopOfSession(sessionId);
    if (!workshopId)
        return failWith(workshopId.error().message);
    auto workshop = plans.loadWorkshop(workshopId.value());
    if (!workshop)
        return failWith(workshop.error().message);
    RunPlan plan;
    for (const Session &session : workshop->sessions)
        if (session.id == sessionId)
            plan.session = session;
    plan.zone = QTimeZone(workshop->timeZone.toUtf8());

    SystemClock clock;
    RunEngine engine(clock, store.value().get());
    if (Status loaded = engine.load(plan); !loaded)
        return failWith(loaded.error().message);

    std::mt19937 random(parser.value(QStringLiteral("seed")).toUInt());
    const int count = int(plan.session.activities.size());
    const int actions = parser.value(QStringLiteral("actions")).toInt();
    std::printf("ready %zu\n", engine.events().size());
    std::fflush(stdout);
    for (int done = 0; done < actions;) {
        const RunState state = engine.state();
        Status status = success();
        if (!state.started()) {
            status = engine.start();
        } else if (state.status == RunStatus::Finished) {
            status = random() % 2 ? engine.previous() : engine.reset();
        } else {
            switch (random() % 10) {
            case 0: status = engine.next(); break;
            case 1: status = engine.previous(); break;
            case 2: status = engine.togglePause(); break;
            case 3: status = engine.adjust(60); break;
            case 4: status = engine.adjust(-300); break;
            case 5: status = engine.setRemaining(qint64(random() % 1200)); break;
            case 6: status = engine.jumpTo(int(random() % std::uint32_t(count))); break;
            case 7: status = engine.openRooms(); break;
            case 8: status = engine.adjust(300); break;
            default: status = random() % 8 == 0 ? engine.finish() : engine.togglePause(); break;
            }
        }
        if (!status)
            continue;  // refused as the facilitator would be: nothing stored, nothing to report
        const RunEvent &event = engine.events().back();
        // Printed only now that the event is committed: a line on the test's side is a promise.
        std::printf("done %lld %s %lld %lld\n", static_cast<long long>(event.id), key(event.kind).toLatin1().constData(),
                    static_cast<long long>(event.activityId), static_cast<long long>(event.seconds));
        std::fflush(stdout);
        ++done;
    }
    return 0;
}
