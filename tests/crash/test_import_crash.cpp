// A process importing registration exports is killed at random moments: every import it
// reported is in the roster, whole, and no import is there in part.

#include "crash/driverprocess.h"

#include "domain/plan.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "store/storeinfo.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>

#include <map>
#include <random>

using namespace sala;
using namespace sala::test;

TEST_CASE("crash_killedDuringRosterImports_keepsEveryReportedImportWholeAndNoneInPart", "[crash][roster]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    qint64 workshopId = 0;
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        Workshop workshop;
        workshop.title = QStringLiteral("Crash drill");
        workshop.timeZone = QStringLiteral("Asia/Bangkok");
        REQUIRE(PlanStore(*store.value()).insertWorkshop(workshop).ok());
        workshopId = workshop.id;
    }

    constexpr int rows = 40;
    std::mt19937 random(20261202);
    std::map<QString, int> reported; // tag → people the driver said it imported
    constexpr int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        INFO("round " << round);
        // Counting "importing" and "imported" lines puts the kill before, during or after a commit.
        const int killAfter = int(random() % 12);
        const KilledDriver killed = runAndKill({QStringLiteral("--db"), path, QStringLiteral("--mode"), QStringLiteral("import"),
                                                QStringLiteral("--workshop"), QString::number(workshopId),
                                                QStringLiteral("--rows"), QString::number(rows), QStringLiteral("--seed"),
                                                QString::number(random())},
                                               killAfter);
        INFO(killed.errors.toStdString());
        CHECK(killed.killedWhileRunning);
        for (const QByteArray &line : killed.lines) {
            const QList<QByteArray> words = line.split(' ');
            if (words.size() == 3 && words[0] == "imported")
                reported[QString::fromLatin1(words[1])] = words[2].toInt();
        }

        auto store = Store::open(path);
        INFO((store.ok() ? QString() : store.error().message).toStdString());
        REQUIRE(store.ok());
        auto problems = integrityProblems(*store.value());
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        auto people = RosterStore(*store.value()).participantsOf(workshopId);
        REQUIRE(people.ok());
        std::map<QString, int> stored; // tag → people in the roster
        static const QRegularExpression tagged(QStringLiteral("^Person (s\\d+n\\d+)-\\d+$"));
        for (const Participant &p : people.value()) {
            const auto match = tagged.match(p.name);
            REQUIRE(match.hasMatch());
            ++stored[match.captured(1)];
        }
        for (const auto &[tag, count] : stored) {
            INFO("import " << tag.toStdString());
            CHECK(count == rows); // never a part of an import
        }
        for (const auto &[tag, count] : reported) {
            INFO("reported import " << tag.toStdString());
            CHECK(count == rows);
            CHECK(stored[tag] == rows);
        }
    }
    CHECK(reported.size() > 0);
}
