// Importing a very large Zoom participants export into a fresh store (read, match against a
// roster of 2,000, write every stay in UTC in one transaction), against the sqlite3 shell's
// `.import` of the same file into a plain table of a new database file. Target: within twice
// the time of `.import`.

#include <catch2/catch.hpp>

#include "attendance/attendanceimport.h"
#include "attendance/attendancereader.h"
#include "generatedzoomexport.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <array>
#include <iostream>

using namespace sala;

namespace {

constexpr int people = 2'000;
constexpr int staysEach = 50; // 100,000 rows: everyone drops and re-joins all day

const std::array<const char16_t *, 10> given{u"Somchai", u"Dara",      u"Noy",         u"Maria Cristina", u"Nur Aisyah",
                                             u"Sopheap", u"Vilayvanh", u"Jose Miguel", u"Kanokwan",       u"Faizal"};
const std::array<const char16_t *, 10> family{u"Wongsuwan", u"Sok",        u"Keomany", u"Dela Cruz", u"binti Ahmad",
                                              u"Keo",       u"Sisouphanh", u"Santos",  u"Srisuk",    u"bin Hamzah"};

QString personName(int i)
{
    return QString::fromUtf16(given[std::size_t(i % 10)]) + u' ' + QString::fromUtf16(family[std::size_t((i / 10) % 10)]) + u' '
           + QString::number(i);
}

// Seven in ten signed in (e-mail), two in ten by the registered name, the rest with a title or
// a misspelling (proposals that wait for review).
QByteArray zoomExport()
{
    const bench::GeneratedMeeting meeting{QStringLiteral("Cash Flow Clinic, Day 1"), 8, people, false, false};
    return bench::generatedZoomExport(meeting, people * staysEach, [](int i) {
        const int stay = i / people;
        const int person = i % people;
        bench::GeneratedStay row;
        row.name = personName(person);
        switch (person % 20) {
        case 0: row.name = QStringLiteral("Khun ") + row.name; break;
        case 1: row.name.replace(u'a', u'e'); break;
        case 2:
        case 3:
        case 4:
        case 5: break;
        default: row.email = QStringLiteral("person%1@example.org").arg(person);
        }
        row.join = stay * 600 + person % 60;
        row.leave = row.join + 420 + person % 120;
        return row;
    });
}

struct FreshStore {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 sessionId = 0;
    qint64 workshopId = 0;

    FreshStore()
    {
        auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        Workshop w;
        w.title = QStringLiteral("Cash Flow Clinic");
        w.timeZone = QStringLiteral("Asia/Bangkok");
        Session s;
        s.title = QStringLiteral("Day 1");
        s.date = QDate(2024, 3, 14);
        s.plannedStart = QTime(8, 0);
        w.sessions.push_back(s);
        REQUIRE(PlanStore(*store).insertWorkshop(w).ok());
        workshopId = w.id;
        sessionId = w.sessions.front().id;
        std::vector<Participant> roster(people);
        for (int i = 0; i < people; ++i) {
            roster[std::size_t(i)].name = personName(i);
            roster[std::size_t(i)].email = QStringLiteral("person%1@example.org").arg(i);
        }
        REQUIRE(RosterStore(*store).insertParticipants(roster, workshopId).ok());
    }
};

struct Timings {
    qint64 read = 0, match = 0, write = 0;
    qint64 total() const { return read + match + write; }
};

Timings importOnce(const QString &path)
{
    FreshStore fresh;
    Timings t;
    QElapsedTimer timer;
    timer.start();
    auto import = newAttendanceImport(*fresh.store, fresh.sessionId);
    REQUIRE(import.ok());
    ExportReadOptions options;
    options.sessionDate = import->sessionDate;
    auto file = readAttendanceExport(path, options);
    REQUIRE(file.ok());
    t.read = timer.restart();
    auto matcher = rosterMatcher(*fresh.store, fresh.workshopId);
    REQUIRE(matcher.ok());
    import->files.push_back(prepareImportFile(std::move(file).value(), matcher.value()));
    import->files.back().path = path;
    t.match = timer.restart();
    auto outcome = importAttendance(*fresh.store, import.value());
    REQUIRE(outcome.ok());
    t.write = timer.elapsed();
    REQUIRE(outcome->matched + outcome->waiting == people);
    return t;
}

// The sqlite3 shell loading the same rows into a plain table of a new database file.
qint64 sqliteImportOnce(const QString &sqlite, const QString &csv)
{
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(sqlite, {dir.filePath(QStringLiteral("plain.db"))});
    REQUIRE(process.waitForStarted());
    const QString script = QStringLiteral("CREATE TABLE participant(name TEXT, email TEXT, join_time TEXT, leave_time TEXT, "
                                          "minutes TEXT, guest TEXT);\n"
                                          ".mode csv\n"
                                          ".import --skip 4 '%1' participant\n")
                               .arg(csv);
    process.write(script.toUtf8());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitCode() == 0);
    return timer.elapsed();
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

TEST_CASE("attendance import into a fresh store", "[bench][attendance][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("participants_81234567890.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(zoomExport());
    }

    // The two take turns, so that both see the same load on a shared machine.
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty())
        WARN("sqlite3 is not installed (Debian package sqlite3): the .import comparison is skipped");
    constexpr int runs = 7;
    std::vector<qint64> read, match, write, total, plain;
    for (int i = 0; i < runs; ++i) {
        const Timings t = importOnce(path);
        read.push_back(t.read);
        match.push_back(t.match);
        write.push_back(t.write);
        total.push_back(t.total());
        if (!sqlite.isEmpty())
            plain.push_back(sqliteImportOnce(sqlite, path));
    }
    std::cout << "Sala import of " << people * staysEach << " rows, " << people << " people, roster of " << people
              << " (median of " << runs << "): read " << median(read) << " ms, summarize and match " << median(match)
              << " ms, write " << median(write) << " ms, total " << median(total) << " ms\n";
    if (sqlite.isEmpty())
        return;
    std::cout << "sqlite3 shell .import of the same file into a new database file (median of " << runs << "): " << median(plain)
              << " ms; Sala takes " << double(median(total)) / double(median(plain)) << " times as long (target: at most 2)\n";

    FreshStore fresh;
    auto matcher = rosterMatcher(*fresh.store, fresh.workshopId);
    REQUIRE(matcher.ok());
    BENCHMARK("match one signed-in person (e-mail)")
    {
        return matcher->match({QStringLiteral("Somchai Wongsuwan 7"), {}, QStringLiteral("person7@example.org")}).participantId;
    };
    BENCHMARK("match one misspelled name against a roster of 2,000 (a proposal)")
    {
        return matcher->match({QStringLiteral("Somchei Keomeny 20"), {}, {}}).percent;
    };
}
