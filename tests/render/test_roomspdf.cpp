// The printed breakout rooms: one A4 page per round, each saying which workshop, session,
// activity and round it is, with every room, its people, their country and language, and locks
// and pinned facilitators marked in words; Khmer, Lao and Thai names rendered with Noto fonts.
// The timing report, which shares the page set-up, stays a landscape A4.

#include "render/pdfinspect.h"
#include "roomspdf.h"
#include "support/testsupport.h"
#include "timingreportpdf.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace sala;
using namespace Qt::StringLiterals;

namespace {

RoomsSheet::Person person(const QString &name, const QString &details = {})
{
    RoomsSheet::Person p;
    p.name = name;
    p.details = details;
    return p;
}

// Thirty people in six rooms of five, over `rounds` rounds, with Latin names only.
RoomsSheet latinSheet(int rounds)
{
    RoomsSheet sheet;
    sheet.workshopTitle = u"Keep the Doors Open"_s;
    sheet.sessionTitle = u"Session 1 — Business continuity in six steps"_s;
    sheet.activityTitle = u"Activity 3 — Crisis Month business game"_s;
    sheet.date = u"Tuesday, 1 December 2026"_s;
    for (int r = 0; r < rounds; ++r) {
        RoomsSheet::Round round;
        round.times = u"10:48–10:58 ICT · 11:48–11:58 PHT"_s;
        for (int k = 0; k < 6; ++k) {
            RoomsSheet::Room room;
            room.name = u"Room %1"_s.arg(k + 1);
            for (int p = 0; p < 5; ++p)
                room.people.push_back(person(u"Person %1"_s.arg(k * 5 + p + 1), u"Philippines · Filipino"_s));
            round.rooms.push_back(std::move(room));
        }
        sheet.rounds.push_back(std::move(round));
    }
    return sheet;
}

} // namespace

TEST_CASE("writeRoomsPdf_threeRounds_writesOneA4PagePerRound", "[rooms][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"rooms.pdf"_s);

    REQUIRE(writeRoomsPdf(latinSheet(3), path).ok());
    const QByteArray pdf = test::readBytes(path);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(test::pdfIsA4(pdf));
    CHECK(test::pdfPageCount(pdf) == 3);

    REQUIRE(writeRoomsPdf(latinSheet(1), path).ok());
    CHECK(test::pdfPageCount(test::readBytes(path)) == 1);
}

TEST_CASE("roomsSheetHtml_eachRound_namesWorkshopSessionActivityRoundAndTimes", "[rooms][pdf]")
{
    const RoomsSheet sheet = latinSheet(2);
    const QString html = roomsSheetHtml(sheet);
    CHECK(html.count(u"Activity 3 — Crisis Month business game"_s) >= 2);
    CHECK(html.contains(u"Round 1 of 2"_s));
    CHECK(html.contains(u"Round 2 of 2"_s));
    CHECK(html.count(u"Keep the Doors Open · Session 1 — Business continuity in six steps · Tuesday, 1 December 2026"_s) == 2);
    CHECK(html.count(u"10:48–10:58 ICT · 11:48–11:58 PHT · 6 rooms · 30 people"_s) == 2);
    CHECK(html.contains(u"Room 6 · 5 people"_s));
    CHECK(html.contains(u"Person 30<br><span class=\"details\">Philippines · Filipino"_s));
    // The second round starts a page; the first does not.
    CHECK(html.count(u"page-break-before: always;\""_s) == 1);
    // Nothing is locked, so there is nothing to explain.
    CHECK_FALSE(html.contains(u"[locked]"_s));
}

TEST_CASE("roomsSheetHtml_lockedPeopleRoomsAndPinnedFacilitators_areMarkedInWords", "[rooms][pdf]")
{
    RoomsSheet sheet = latinSheet(1);
    RoomsSheet::Room &room = sheet.rounds[0].rooms[1];
    room.locked = true;
    room.people[0].locked = true;
    RoomsSheet::Person facilitator = person(u"Co-facilitator Ana"_s);
    facilitator.facilitator = true;
    room.people.push_back(facilitator);
    sheet.rounds[0].times.clear();
    sheet.rounds[0].rooms[2].people.front().name = u"Mai <Noodles> & Sons"_s;

    const QString html = roomsSheetHtml(sheet);
    CHECK(html.contains(u"Room 2 · 6 people <span class=\"mark\">[locked room]</span>"_s));
    CHECK(html.contains(u"Person 6 <span class=\"mark\">[locked]</span>"_s));
    CHECK(html.contains(u"Co-facilitator Ana <span class=\"mark\">[facilitator]</span>"_s));
    CHECK(html.contains(u"[locked]: stays where it is"_s));
    // Without known times the round says how many rooms and people it has, nothing more.
    CHECK(html.contains(u"<p class=\"times\">6 rooms · 31 people</p>"_s));
    // Names are text, never markup.
    CHECK(html.contains(u"Mai &lt;Noodles&gt; &amp; Sons"_s));
}

TEST_CASE("writeRoomsPdf_khmerLaoAndThaiNames_embedNotoFontsForEachScript", "[rooms][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"rooms-three-scripts.pdf"_s);
    RoomsSheet sheet = latinSheet(1);
    std::vector<RoomsSheet::Person> &people = sheet.rounds[0].rooms[0].people;
    people[0] = person(u"សុខា"_s, u"Cambodia · Khmer"_s); // Sokha
    people[1] = person(u"ສົມພອນ"_s, u"Laos · Lao"_s);     // Somphone
    people[2] = person(u"น้อย"_s, u"Thailand · Thai"_s);  // Noi

    REQUIRE(writeRoomsPdf(sheet, path).ok());
    const QByteArray pdf = test::readBytes(path);
    CHECK(test::pdfUsesFont(pdf, "NotoSansKhmer"));
    CHECK(test::pdfUsesFont(pdf, "NotoSansLao"));
    CHECK(test::pdfUsesFont(pdf, "NotoSansThai"));
    CHECK(test::pdfUsesFont(pdf, "NotoSans-"));

    // Proves the check looks at what the names need.
    REQUIRE(writeRoomsPdf(latinSheet(1), path).ok());
    const QByteArray latin = test::readBytes(path);
    CHECK_FALSE(test::pdfUsesFont(latin, "NotoSansKhmer"));
    CHECK_FALSE(test::pdfUsesFont(latin, "NotoSansThai"));
}

TEST_CASE("writeRoomsPdf_missingFolder_namesThePathAndWritesNothing", "[rooms][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"no-such-folder/rooms.pdf"_s);
    const Status status = writeRoomsPdf(latinSheet(1), path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Io);
    CHECK(status.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(status.error().message.contains(u"breakout rooms"_s));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("writeRoomsPdf_existingFile_isReplacedWholeWithNothingLeftBeside", "[rooms][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"rooms.pdf"_s);
    test::writeBytes(path, "older rooms");
    REQUIRE(writeRoomsPdf(latinSheet(2), path).ok());
    CHECK(test::readBytes(path).startsWith("%PDF"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"rooms.pdf"_s});
}

TEST_CASE("writeTimingReportPdf_sharedPageSetUp_keepsItALandscapeA4WithItsOwnMessages", "[timing][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    TimingReport report;
    report.workshopTitle = u"Keep the Doors Open"_s;
    report.sessionTitle = u"ວັນທີ 1"_s; // Lao: day 1
    report.zone = QTimeZone("Asia/Vientiane");
    const QString path = dir.filePath(u"timing.pdf"_s);
    REQUIRE(writeTimingReportPdf(report, path).ok());
    const QByteArray pdf = test::readBytes(path);
    CHECK(test::pdfIsA4(pdf, true));
    CHECK(test::pdfPageCount(pdf) >= 1);
    CHECK(test::pdfUsesFont(pdf, "NotoSansLao"));

    const QString missing = dir.filePath(u"gone/timing.pdf"_s);
    const Status failed = writeTimingReportPdf(report, missing);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.startsWith(u"Sala could not save the timing report as"_s));
    CHECK_FALSE(QFileInfo::exists(missing));
}
