// The PDF run sheet: a real A4 document, written whole or not at all, whose embedded fonts
// cover the Thai, Khmer and Lao that trainers type into their plans.

#include "demo/demoworkshop.h"
#include "render/pdfinspect.h"
#include "runsheetpdf.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace sala;
using namespace Qt::StringLiterals;

namespace {

Workshop demo()
{
    return demoWorkshop(QDate(2026, 12, 1));
}

// A session in the languages of three of the five countries, with a Latin title between them.
Workshop workshopInThreeScripts()
{
    Workshop workshop = demo();
    Session &session = workshop.sessions.front();
    session.title = u"ការធ្វើផែនការនិរន្តរភាពអាជីវកម្ម"_s;        // Khmer: business continuity planning
    session.activities[0].title = u"ยินดีต้อนรับและวัตถุประสงค์"_s; // Thai: welcome and objectives
    session.activities[1].title = u"ຍິນດີຕ້ອນຮັບ ແລະ ແນະນຳຕົວ"_s; // Lao: welcome and introductions
    session.activities[2].title = u"Mai's Noodle Shop"_s;
    return workshop;
}

} // namespace

TEST_CASE("writeRunSheetPdf_demo_writesAMultiPageA4Pdf", "[runsheet][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"run-sheet.pdf"_s);
    const Workshop workshop = demo();

    const Status status = writeRunSheetPdf(workshop, workshop.sessions.front(), path);
    REQUIRE(status.ok());
    const QByteArray pdf = test::readBytes(path);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(test::pdfPageCount(pdf) > 1);
    CHECK(test::pdfIsA4(pdf));
}

TEST_CASE("writeRunSheetPdf_thaiKhmerAndLaoText_embedsNotoFontsForEachScript", "[runsheet][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"three-scripts.pdf"_s);
    const Workshop workshop = workshopInThreeScripts();

    REQUIRE(writeRunSheetPdf(workshop, workshop.sessions.front(), path).ok());
    const QByteArray pdf = test::readBytes(path);
    CHECK(test::pdfUsesFont(pdf, "NotoSansThai"));
    CHECK(test::pdfUsesFont(pdf, "NotoSansKhmer"));
    CHECK(test::pdfUsesFont(pdf, "NotoSansLao"));
    CHECK(test::pdfUsesFont(pdf, "NotoSans-")); // the Latin text
}

TEST_CASE("writeRunSheetPdf_latinOnlyPlan_embedsNoScriptFontsItDoesNotNeed", "[runsheet][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"latin.pdf"_s);
    const Workshop workshop = demo();
    REQUIRE(writeRunSheetPdf(workshop, workshop.sessions.front(), path).ok());
    const QByteArray pdf = test::readBytes(path);
    // Proves the check above looks at what the text needs, not at a fixed font list.
    CHECK(test::pdfUsesFont(pdf, "NotoSans-"));
    CHECK_FALSE(test::pdfUsesFont(pdf, "NotoSansThai"));
    CHECK_FALSE(test::pdfUsesFont(pdf, "NotoSansKhmer"));
    CHECK_FALSE(test::pdfUsesFont(pdf, "NotoSansLao"));
}

TEST_CASE("writeRunSheetPdf_existingFile_isReplacedWholeWithNothingLeftBeside", "[runsheet][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"run-sheet.pdf"_s);
    test::writeBytes(path, "an older run sheet");
    const Workshop workshop = demo();

    REQUIRE(writeRunSheetPdf(workshop, workshop.sessions.front(), path).ok());
    CHECK(test::readBytes(path).startsWith("%PDF"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"run-sheet.pdf"_s});
}

TEST_CASE("writeRunSheetPdf_missingFolder_namesThePathAndWritesNothing", "[runsheet][pdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"no-such-folder/run-sheet.pdf"_s);
    const Workshop workshop = demo();

    const Status status = writeRunSheetPdf(workshop, workshop.sessions.front(), path);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::Io);
    CHECK(status.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}
