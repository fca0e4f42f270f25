// What a trainer waits on in the roster: importing a large registration export (mixed scripts,
// quoted answers with line breaks) into the store, and the check-in search answering each
// keystroke on a big roster.

#include <catch2/catch.hpp>

#include "demo/demoseeder.h"
#include "roster/checkinsearch.h"
#include "roster/columnmapping.h"
#include "roster/registrationfile.h"
#include "roster/rosterimport.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <array>
#include <iostream>

using namespace sala;

namespace {

// Names in the scripts of the region, as people type them, made unique with a number.
const std::array<QString, 10> givenNames{QStringLiteral("สมศรี"),        QStringLiteral("ស្រីពៅ"),
                                         QStringLiteral("ສົມພອນ"),       QStringLiteral("Maria Cristina"),
                                         QStringLiteral("Nur Aisyah"),  QStringLiteral("Nattapong"),
                                         QStringLiteral("Sok"),         QStringLiteral("Ma. Theresa"),
                                         QStringLiteral("Mohd Faizal"), QStringLiteral("Vilayvanh")};
const std::array<QString, 10> familyNames{QStringLiteral("ใจดี"),         QStringLiteral("សុខ"),
                                          QStringLiteral("ແກ້ວມະນີ"),      QStringLiteral("Dela Cruz"),
                                          QStringLiteral("binti Ahmad"), QStringLiteral("Srisuk"),
                                          QStringLiteral("Dara"),        QStringLiteral("Lim-Aquino"),
                                          QStringLiteral("bin Hamzah"),  QStringLiteral("Sisouphanh")};
const std::array<QString, 5> countries{QStringLiteral("Thailand"), QStringLiteral("Cambodia"), QStringLiteral("Lao PDR"),
                                       QStringLiteral("Philippines"), QStringLiteral("Malaysia")};

QString quoted(const QString &cell)
{
    QString text = cell;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + text + u'"';
}

// A Google Forms export of `rows` registrations; every fifth answer spans several lines.
QString registrationCsv(int rows)
{
    QString text;
    QTextStream out(&text);
    out << "Timestamp,Email Address,Full name,Preferred name,Name of your business,Type of organization,Country,Sex,"
           "Age group,How many people work in your business?,Languages,\"Anything else we should know? (access, connection)\","
           "I consent to the organizers storing my details\r\n";
    for (int i = 0; i < rows; ++i) {
        const QString name = givenNames[std::size_t(i % 10)] + u' ' + familyNames[std::size_t((i / 10) % 10)] + u' '
                             + QString::number(i);
        const QString notes = i % 5 == 0
                                  ? QStringLiteral("Joins by phone, \"mobile data\"\r\nAfternoons only\r\nNeeds slides early")
                                  : QString();
        out << QStringLiteral("2026/02/%1 %2:%3:00 PM GMT+7").arg(1 + i % 28).arg(1 + i % 12).arg(i % 60, 2, 10, QLatin1Char('0'))
            << u',' << QStringLiteral("person%1@example.org").arg(i) << u',' << quoted(name) << u','
            << givenNames[std::size_t(i % 10)] << u',' << quoted(QStringLiteral("Shop %1, Street %2").arg(i).arg(i % 97)) << u','
            << (i % 7 == 0 ? "Business association" : "Enterprise") << u',' << countries[std::size_t(i % 5)] << u','
            << (i % 2 == 0 ? "Female" : "Male") << u',' << "25-34" << u',' << (i % 50) << u','
            << quoted(QStringLiteral("Thai, English")) << u',' << quoted(notes) << u',' << "I consent"
            << "\r\n";
    }
    out.flush();
    return text;
}

std::vector<Participant> bigRoster(int people)
{
    std::vector<Participant> roster(static_cast<std::size_t>(people));
    for (int i = 0; i < people; ++i) {
        Participant &p = roster[std::size_t(i)];
        p.name = givenNames[std::size_t(i % 10)] + u' ' + familyNames[std::size_t((i / 10) % 10)] + u' ' + QString::number(i);
        p.preferredName = givenNames[std::size_t((i + 3) % 10)];
        p.aliases = {QStringLiteral("%1 – %2 – Shop %3").arg(countries[std::size_t(i % 5)].left(2), p.preferredName).arg(i)};
        p.email = QStringLiteral("person%1@example.org").arg(i);
    }
    return roster;
}

} // namespace

TEST_CASE("roster import", "[bench][roster]")
{
    constexpr int rows = 50'000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("registrations.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(registrationCsv(rows).toUtf8());
    }

    // One timed pass, reported as rows per second, besides Catch's statistics below.
    {
        auto store = Store::open(dir.filePath(QStringLiteral("once.db")));
        REQUIRE(store.ok());
        auto seeded = seedDemo(*store.value(), QDate(2026, 12, 1));
        REQUIRE(seeded.ok());
        QElapsedTimer timer;
        timer.start();
        auto file = readRegistrationFile(csv);
        REQUIRE(file.ok());
        const qint64 read = timer.elapsed();
        const FileHeader header = findHeader(file.value());
        auto existing = RosterStore(*store.value()).liveParticipants();
        REQUIRE(existing.ok());
        const ImportPlan plan = planImport(file.value(), suggestMapping(header.headers, detectSource(header.headers)), {},
                                           existing.value());
        REQUIRE(plan.rowsWithProblems() == 0);
        const qint64 planned = timer.elapsed();
        auto outcome = commitImport(*store.value(), seeded->workshopId, plan, ProblemRows::Refuse);
        REQUIRE(outcome.ok());
        REQUIRE(outcome->added == rows);
        const qint64 total = timer.elapsed();
        std::cout << "import of " << rows << " rows: read " << read << " ms, checked " << (planned - read) << " ms, stored "
                  << (total - planned) << " ms, total " << total << " ms = " << (rows * 1000LL / std::max<qint64>(total, 1))
                  << " rows/s\n";
    }

    int counter = 0;
    BENCHMARK_ADVANCED("import a 50,000-row registration CSV into the store (read, check, duplicates, one transaction)")
    (Catch::Benchmark::Chronometer meter)
    {
        auto store = Store::open(dir.filePath(QStringLiteral("run-%1.db").arg(counter++)));
        REQUIRE(store.ok());
        auto seeded = seedDemo(*store.value(), QDate(2026, 12, 1));
        REQUIRE(seeded.ok());
        meter.measure([&] {
            auto file = readRegistrationFile(csv);
            const FileHeader header = findHeader(file.value());
            auto existing = RosterStore(*store.value()).liveParticipants();
            const ImportPlan plan = planImport(file.value(), suggestMapping(header.headers, detectSource(header.headers)), {},
                                               existing.value());
            return commitImport(*store.value(), seeded->workshopId, plan, ProblemRows::Refuse).ok();
        });
    };
}

TEST_CASE("check-in search", "[bench][roster][checkin]")
{
    const std::vector<Participant> roster = bigRoster(5000);
    BENCHMARK("index a 5,000-person roster (when it changes)")
    {
        return CheckInIndex(roster);
    };
    const CheckInIndex index(roster);
    // What a co-facilitator types for one person, a keystroke at a time.
    const QString typed = QStringLiteral("nattapong sr");
    BENCHMARK("search 5,000 people after each of 12 keystrokes (per keystroke: divide by 12)")
    {
        std::size_t found = 0;
        for (qsizetype n = 1; n <= typed.size(); ++n)
            found += index.search(typed.left(n)).size();
        return found;
    };
    BENCHMARK("search 5,000 people for a Thai name fragment")
    {
        return index.search(QStringLiteral("สมศ")).size();
    };
}
