// Reading a very large Zoom participants export and summarizing it, against the sqlite3 shell's
// `.import` of the same file into a plain table: reading an export should cost no more than
// twice what loading its rows into a database does.

#include <catch2/catch.hpp>

#include "attendance/attendancereader.h"
#include "attendance/attendancesummary.h"
#include "generatedzoomexport.h"

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

const std::array<QString, 10> names{QStringLiteral("สมศรี ใจดี"),
                                    QStringLiteral("ចាន់ សុខា"),
                                    QStringLiteral("ສົມພອນ ແກ້ວມະນີ"),
                                    QStringLiteral("Maria Cristina Dela Cruz"),
                                    QStringLiteral("Nur Aisyah binti Ahmad"),
                                    QStringLiteral("Nattapong Wongsa"),
                                    QStringLiteral("Keo Sopheap"),
                                    QStringLiteral("Ma. Theresa Lim-Aquino"),
                                    QStringLiteral("Mohd Faizal bin Hamzah"),
                                    QStringLiteral("Vilayvanh Sisouphanh")};

// A title-case participants export with the meeting block: about 25,000 people, most of them
// dropping and re-joining a few times, some renamed, some without an e-mail.
QByteArray zoomExport(int rows)
{
    const bench::GeneratedMeeting meeting{QStringLiteral("Cash Flow Clinic, Session 2"), 9, rows / 4, true, true};
    return bench::generatedZoomExport(meeting, rows, [](int i) {
        const int person = i / 4;
        const int stay = i % 4;
        bench::GeneratedStay row;
        row.join = stay * 7200 + (person % 600);
        row.leave = row.join + 3600 + (person % 1800);
        const QString name = names[std::size_t(person % 10)] + u' ' + QString::number(person);
        row.name = person % 5 == 0 ? QStringLiteral("Phone %1 (%2)").arg(person).arg(name) : name;
        if (person % 7 != 0)
            row.email = QStringLiteral("person%1@example.org").arg(person);
        return row;
    });
}

// The sqlite3 shell loading the same rows into a plain table of an in-memory database.
bool sqliteImport(const QString &sqlite, const QString &csv)
{
    QProcess process;
    process.start(sqlite, {QStringLiteral(":memory:")});
    if (!process.waitForStarted())
        return false;
    const QString script = QStringLiteral("CREATE TABLE participant(name TEXT, email TEXT, join_time TEXT, leave_time TEXT, "
                                          "minutes TEXT, guest TEXT, consent TEXT);\n"
                                          ".mode csv\n"
                                          ".import --skip 4 '%1' participant\n"
                                          "SELECT count(*) FROM participant;\n")
                               .arg(csv);
    process.write(script.toUtf8());
    process.closeWriteChannel();
    return process.waitForFinished(120000) && process.exitCode() == 0;
}

} // namespace

TEST_CASE("attendance export", "[bench][attendance]")
{
    constexpr int rows = 100'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("participants_81234567890.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(zoomExport(rows));
    }

    // One timed pass, reported besides Catch's statistics below.
    {
        QElapsedTimer timer;
        timer.start();
        auto file = readAttendanceExport(path, {});
        REQUIRE(file.ok());
        REQUIRE(file->rows.size() == std::size_t(rows));
        const qint64 read = timer.elapsed();
        const auto people = summarize(file.value());
        REQUIRE(people.size() == std::size_t(rows / 4));
        std::cout << "attendance export of " << rows << " rows: read " << read << " ms, summarized in "
                  << (timer.elapsed() - read) << " ms, " << people.size() << " people\n";
    }

    BENCHMARK("read a 100,000-row Zoom participants export (decode, sniff, CSV, dates, one order decision)")
    {
        return readAttendanceExport(path, {}).ok();
    };
    auto file = readAttendanceExport(path, {});
    REQUIRE(file.ok());
    BENCHMARK("summarize its 100,000 rows into 25,000 people (union of stays, sorted by collation)")
    {
        return summarize(file.value()).size();
    };
    BENCHMARK("read and summarize")
    {
        auto again = readAttendanceExport(path, {});
        return summarize(again.value()).size();
    };

    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite.isEmpty()) {
        WARN("sqlite3 is not installed (Debian package sqlite3): the .import comparison is skipped");
        return;
    }
    REQUIRE(sqliteImport(sqlite, path));
    BENCHMARK("sqlite3 shell: .import of the same file into a plain in-memory table")
    {
        return sqliteImport(sqlite, path);
    };
}
