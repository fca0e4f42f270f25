// A process for the crash tests to kill: it works on a real database as fast as it can and
// prints one line for each piece of work once it is committed. The tests kill it (SIGKILL) after
// a random number of lines and check that the database holds everything it printed and nothing
// half-done. Three kinds of work:
//
//   --mode run      the run engine; prints "done ID KIND ACTIVITY SECONDS" per stored action
//   --mode import   roster imports of ROWS people each; prints "importing TAG" before the
//                   commit and "imported TAG ROWS" after it
//   --mode migrate  opens (and so upgrades) an old database; prints "progress MESSAGE" for each
//                   step the store logs and "migrated VERSION" at the end
//
// Usage: sala_crash_driver --db PATH [--mode M] [--session ID] [--workshop ID] [--rows N]
//                          [--seed N] [--actions N]

#include "plan/schedule.h"
#include "roster/columnmapping.h"
#include "roster/registrationfile.h"
#include "roster/rosterimport.h"
#include "run/clock.h"
#include "run/runengine.h"
#include "store/planstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <random>

using namespace sala;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "crash driver: %s\n", message.toLocal8Bit().constData());
    return 2;
}

void say(const QByteArray &line)
{
    std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int runEngine(Store &store, qint64 sessionId, unsigned seed, int actions)
{
    const PlanStore plans(store);
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
    RunEngine engine(clock, &store);
    if (Status loaded = engine.load(plan); !loaded)
        return failWith(loaded.error().message);

    std::mt19937 random(seed);
    const int count = int(plan.session.activities.size());
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
            continue; // refused as the facilitator would be: nothing stored, nothing to report
        const RunEvent &event = engine.events().back();
        // Printed only now that the event is committed: a line on the test's side is a promise.
        std::printf("done %lld %s %lld %lld\n", static_cast<long long>(event.id), key(event.kind).toLatin1().constData(),
                    static_cast<long long>(event.activityId), static_cast<long long>(event.seconds));
        std::fflush(stdout);
        ++done;
    }
    return 0;
}

// A registration export of `rows` people whose names and emails all carry `tag`, so that the
// test can tell the imports apart and see whether one was stored whole.
QByteArray registrationExport(const QByteArray &tag, int rows)
{
    QByteArray csv = "Timestamp,Full name,Email address,Country,Business name\r\n";
    for (int i = 0; i < rows; ++i)
        csv += "2026-03-02 09:" + QByteArray::number(10 + i % 50) + ":00,Person " + tag + '-' + QByteArray::number(i) + ",p"
               + QByteArray::number(i) + '.' + tag + "@crash.example.org,Thailand,Shop " + QByteArray::number(i) + "\r\n";
    return csv;
}

int importRosters(Store &store, qint64 workshopId, int rows, unsigned seed, int imports)
{
    ImportOptions options;
    options.zone = QTimeZone(QByteArrayLiteral("Asia/Bangkok"));
    for (int n = 0; n < imports; ++n) {
        const QByteArray tag = 's' + QByteArray::number(seed) + 'n' + QByteArray::number(n);
        auto file = readRegistrationBytes(registrationExport(tag, rows), QStringLiteral("registrations.csv"));
        if (!file)
            return failWith(file.error().message);
        const FileHeader header = findHeader(file.value());
        const ColumnMapping mapping = suggestMapping(header.headers, detectSource(header.headers));
        const ImportPlan plan = planImport(file.value(), mapping, options, {});
        say("importing " + tag);
        auto outcome = commitImport(store, workshopId, plan, ProblemRows::Refuse);
        if (!outcome)
            return failWith(outcome.error().message);
        say("imported " + tag + ' ' + QByteArray::number(outcome->added));
    }
    return 0;
}

// Each step the store logs while it opens (backup, every migration) becomes a progress line.
void printStoreSteps(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category).startsWith("sala.store"))
        say("progress " + message.toUtf8());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("mode"), QStringLiteral("run, import or migrate."), QStringLiteral("mode"), QStringLiteral("run")});
    parser.addOption({QStringLiteral("session"), QStringLiteral("Session to run."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("workshop"), QStringLiteral("Workshop to import into."), QStringLiteral("id")});
    parser.addOption({QStringLiteral("rows"), QStringLiteral("People per import."), QStringLiteral("n"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("actions"), QStringLiteral("Stop after this many actions."), QStringLiteral("n"),
                      QStringLiteral("5000")});
    parser.process(app);
    const QString mode = parser.value(QStringLiteral("mode"));
    const unsigned seed = parser.value(QStringLiteral("seed")).toUInt();

    if (mode == u"migrate") {
        QLoggingCategory::setFilterRules(QStringLiteral("sala.store*.info=true"));
        qInstallMessageHandler(printStoreSteps);
    }
    auto store = Store::open(parser.value(QStringLiteral("db")));
    if (!store)
        return failWith(store.error().message);
    if (mode == u"migrate") {
        say("migrated " + QByteArray::number(store.value()->schemaVersion()));
        return 0;
    }
    if (mode == u"import")
        return importRosters(*store.value(), parser.value(QStringLiteral("workshop")).toLongLong(),
                             parser.value(QStringLiteral("rows")).toInt(), seed, parser.value(QStringLiteral("actions")).toInt());
    return runEngine(*store.value(), parser.value(QStringLiteral("session")).toLongLong(), seed,
                     parser.value(QStringLiteral("actions")).toInt());
}
