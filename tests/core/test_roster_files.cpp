// Reading registration exports as they arrive: encodings told apart by their bytes, CSV with
// every delimiter and quoting rule registration tools use, and Excel workbooks.

#include "core/rosterworkbooks.h"
#include "core/xlsxfixture.h"

#include "roster/csvreader.h"
#include "roster/registrationfile.h"
#include "roster/textdecoder.h"
#include "roster/xlsxreader.h"
#include "roster/zipreader.h"

#include <catch2/catch.hpp>

#include <QStringDecoder>
#include <QStringEncoder>

using namespace sala;
using namespace sala::test;

namespace {

QByteArray encoded(const QString &text, QStringEncoder encoder)
{
    const QByteArray bytes = encoder(text);
    return bytes;
}

QByteArray utf16le(const QString &text)
{
    return encoded(text, QStringEncoder(QStringConverter::Utf16LE));
}

QStringList cellsOf(const CsvTable &table, std::size_t record)
{
    REQUIRE(record < table.records.size());
    return table.records[record].cells;
}

} // namespace

TEST_CASE("decodeText_utf8WithOneOrTwoByteOrderMarks_stripsEveryMark", "[roster][encoding]")
{
    const QByteArray body = QStringLiteral("Name\nສົມພອນ\n").toUtf8();
    for (const QByteArray &prefix : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF")}) {
        const DecodedText decoded = decodeText(prefix + body);
        CHECK(decoded.encoding == TextEncoding::Utf8);
        CHECK(decoded.hadByteOrderMark == !prefix.isEmpty());
        CHECK(decoded.text == QStringLiteral("Name\nສົມພອນ\n"));
    }
}

TEST_CASE("decodeText_utf16WithAndWithoutMark_isRecognised", "[roster][encoding]")
{
    const QString text = QStringLiteral("Name\tEmail\r\nสมศรี\tsomsri@th.example.org\r\n");
    const DecodedText le = decodeText(QByteArray("\xFF\xFE") + utf16le(text));
    CHECK(le.encoding == TextEncoding::Utf16LE);
    CHECK(le.text == text);
    const DecodedText be = decodeText(QByteArray("\xFE\xFF") + encoded(text, QStringEncoder(QStringConverter::Utf16BE)));
    CHECK(be.encoding == TextEncoding::Utf16BE);
    CHECK(be.text == text);
    // Without a mark the zero bytes of the Latin header give it away.
    const DecodedText bare = decodeText(utf16le(text));
    CHECK(bare.encoding == TextEncoding::Utf16LE);
    CHECK(bare.text == text);
}

TEST_CASE("decodeText_legacyBytes_thaiIsToldApartFromWesternEurope", "[roster][encoding]")
{
    REQUIRE(QStringEncoder("windows-874").isValid());
    REQUIRE(QStringEncoder("windows-1252").isValid());

    const QString thai = QStringLiteral("ชื่อ-นามสกุล,เพศ\r\nวิไลวรรณ แก้วประเสริฐ,หญิง\r\n");
    const DecodedText fromThai = decodeText(encoded(thai, QStringEncoder("windows-874")));
    CHECK(fromThai.encoding == TextEncoding::Windows874);
    CHECK(fromThai.text == thai);

    const QString western = QStringLiteral("Name,Notes\r\nJosé Peñaflor,Owner — “Pepe”\r\nÑoño Ybáñez,Señora\r\n");
    const DecodedText fromWestern = decodeText(encoded(western, QStringEncoder("windows-1252")));
    CHECK(fromWestern.encoding == TextEncoding::Windows1252);
    CHECK(fromWestern.text == western);

    // A single accented letter in otherwise plain text is Western, not Thai.
    CHECK(decodeText(QByteArray("Caf\xE9 owner,ok\n")).encoding == TextEncoding::Windows1252);
}

TEST_CASE("ownCodePageTables_agreeWithQtOnEveryDefinedByte", "[roster][encoding]")
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString ours1252 = decodeWindows1252(all);
    const QString qt1252 = QStringDecoder("windows-1252")(all);
    REQUIRE(ours1252.size() == 256);
    REQUIRE(qt1252.size() == 256);
    for (int b = 0; b < 256; ++b) {
        INFO("byte " << b);
        // Qt (through ICU) and browsers disagree on the five unassigned bytes; the rest must match.
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
            continue;
        CHECK(ours1252[b] == qt1252[b]);
    }
    const QString ours874 = decodeWindows874(all);
    const QString qt874 = QStringDecoder("windows-874")(all);
    REQUIRE(ours874.size() == 256);
    for (int b = 0; b < 256; ++b) {
        INFO("byte " << b);
        if (ours874[b] == QChar(0xFFFD))
            continue;
        REQUIRE(b < qt874.size());
        CHECK(ours874[b] == qt874[b]);
    }
    CHECK(ours874[0xA1] == QChar(0x0E01)); // ก
    CHECK(ours874[0xFB] == QChar(0x0E5B));
}

TEST_CASE("detectDelimiter_countsOutsideQuotesOnTheHeaderLine", "[roster][csv]")
{
    CHECK(detectDelimiter(u"a,b,c\n1,2,3") == u',');
    CHECK(detectDelimiter(u"\"a;b\";\"c, d\";\"e\"\n") == u';');
    CHECK(detectDelimiter(u"Full Name\tUser Action\tTimestamp\n") == u'\t');
    CHECK(detectDelimiter(u"Name\n") == u',');
    CHECK(detectDelimiter(u"\n\nName;Email\n") == u';');
    CHECK(detectDelimiter(u"sep=;\nName,Email;x\n") == u';');
}

TEST_CASE("parseCsv_quotedCellsWithLineBreaks_keepTheLineEachRecordStartsOn", "[roster][csv]")
{
    const QString text = QStringLiteral("Name,Notes\r\n"
                                        "\"Sok, Dara\",\"one\r\ntwo\"\r\n"
                                        "\r\n"
                                        "Meas Bopha,\"said \"\"hi\"\"\"\n"
                                        "Keo Sophea,plain\r"
                                        "Lim,\"a\rb\"\n");
    auto table = parseCsv(text, QStringLiteral("x.csv"));
    REQUIRE(table.ok());
    CHECK(table->delimiter == u',');
    REQUIRE(table->records.size() == 5);
    CHECK(table->records[0].line == 1);
    CHECK(cellsOf(table.value(), 1) == QStringList{QStringLiteral("Sok, Dara"), QStringLiteral("one\ntwo")});
    CHECK(table->records[1].line == 2);
    CHECK(table->records[2].line == 5); // after the two-line cell and the blank line
    CHECK(cellsOf(table.value(), 2) == QStringList{QStringLiteral("Meas Bopha"), QStringLiteral("said \"hi\"")});
    CHECK(table->records[3].line == 6);
    CHECK(table->records[4].line == 7);
    CHECK(cellsOf(table.value(), 4) == QStringList{QStringLiteral("Lim"), QStringLiteral("a\nb")});
}

TEST_CASE("parseCsv_shortRowsAndTrailingDelimiters_areKept", "[roster][csv]")
{
    auto table = parseCsv(u"a,b,c\n1\n2,3,\n", QStringLiteral("x.csv"));
    REQUIRE(table.ok());
    CHECK(cellsOf(table.value(), 1) == QStringList{QStringLiteral("1")});
    CHECK(cellsOf(table.value(), 2) == QStringList{QStringLiteral("2"), QStringLiteral("3"), QString()});
}

TEST_CASE("parseCsv_brokenQuoting_isRefusedWithLineAndColumn", "[roster][csv]")
{
    auto unterminated = parseCsv(u"Name,Notes\nDara,ok\nBopha,\"never\nends\n", QStringLiteral("reg.csv"));
    REQUIRE_FALSE(unterminated.ok());
    CHECK(unterminated.error().code == ErrorCode::InvalidData);
    CHECK(unterminated.error().message.contains(QStringLiteral("“reg.csv”, line 3, column 2")));
    CHECK(unterminated.error().message.contains(QStringLiteral("closing quote never comes")));

    auto trailing = parseCsv(u"Name,Notes\n\"Dara\"x,ok\n", QStringLiteral("reg.csv"));
    REQUIRE_FALSE(trailing.ok());
    CHECK(trailing.error().message.contains(QStringLiteral("line 2, column 1")));

    // A stray quote inside an unquoted cell is how people write inches: kept as text.
    auto inches = parseCsv(u"Name,Screen\nDara,15\" laptop\n", QStringLiteral("reg.csv"));
    REQUIRE(inches.ok());
    CHECK(cellsOf(inches.value(), 1)[1] == QStringLiteral("15\" laptop"));
}

TEST_CASE("readXlsx_sharedInlineNumbersAndDates_areReadAsText", "[roster][xlsx]")
{
    using C = XlsxCell;
    XlsxSheet sheet{QStringLiteral("Sheet 1"), {}};
    sheet.rows.push_back({C::t(QStringLiteral("Name")), C::t(QStringLiteral("When")), C::t(QStringLiteral("Count"))});
    sheet.rows.push_back({C::t(QStringLiteral("ចាន់ ស្រីមុំ & Co <Ltd>")), C::date(46080.375), C::n(12)});
    sheet.rows.push_back({C::inl(QStringLiteral("Tan Mei Ling")), C::date(46081), C::n(2.5)});
    sheet.rows.push_back({C::empty(), C::empty(), C::t(QStringLiteral("only C"))});
    auto table = readXlsx(xlsxBytes({sheet}), QStringLiteral("reg.xlsx"));
    REQUIRE(table.ok());
    CHECK(table->sheet == u"Sheet 1");
    REQUIRE(table->rows.size() == 4);
    CHECK(table->rows[1].cells
          == QStringList{QStringLiteral("ចាន់ ស្រីមុំ & Co <Ltd>"), QStringLiteral("2026-02-27T09:00:00"), QStringLiteral("12")});
    CHECK(table->rows[2].cells
          == QStringList{QStringLiteral("Tan Mei Ling"), QStringLiteral("2026-02-28"), QStringLiteral("2.5")});
    CHECK(table->rows[3].line == 4);
    CHECK(table->rows[3].cells == QStringList{QString(), QString(), QStringLiteral("only C")});
}

TEST_CASE("readXlsx_chosenSheet_isReadAndAMissingOneIsNamed", "[roster][xlsx]")
{
    const QByteArray kobo = koboWorkbook();
    auto first = readXlsx(kobo, QStringLiteral("kobo.xlsx"));
    REQUIRE(first.ok());
    CHECK(first->sheet == u"SME training registration");
    CHECK(first->sheetNames == QStringList{QStringLiteral("SME training registration"), QStringLiteral("group_family")});

    auto second = readXlsx(kobo, QStringLiteral("kobo.xlsx"), QStringLiteral("group_family"));
    REQUIRE(second.ok());
    REQUIRE(second->rows.size() == 2);
    CHECK(second->rows[1].cells.first() == u"Heng Dara");

    auto missing = readXlsx(kobo, QStringLiteral("kobo.xlsx"), QStringLiteral("Sheet9"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains(QStringLiteral("no sheet named “Sheet9”")));
    CHECK(missing.error().message.contains(QStringLiteral("group_family")));
}

TEST_CASE("excelSerialToIso_countsTheLeapDayExcelInvented", "[roster][xlsx]")
{
    CHECK(excelSerialToIso(1, false) == u"1900-01-01");
    CHECK(excelSerialToIso(59, false) == u"1900-02-28");
    CHECK(excelSerialToIso(61, false) == u"1900-03-01");
    CHECK(excelSerialToIso(46082.5, false) == u"2026-03-01T12:00:00");
    CHECK(excelSerialToIso(0, true) == u"1904-01-01");
}

TEST_CASE("readXlsx_damagedArchives_areRefusedWithAMessage", "[roster][xlsx]")
{
    QByteArray bytes = microsoftFormsWorkbook();
    SECTION("cut short")
    {
        auto result = readXlsx(bytes.left(bytes.size() / 2), QStringLiteral("forms.xlsx"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("“forms.xlsx” is not a readable Excel workbook")));
    }
    SECTION("a flipped byte inside a part")
    {
        // Inside the deflated sheet, just after its local header: the checksum no longer matches.
        const qsizetype at = bytes.indexOf("xl/worksheets/sheet1.xml") + 24 + 10;
        REQUIRE(at > 40);
        bytes[at] = char(bytes[at] ^ 0x55);
        auto result = readXlsx(bytes, QStringLiteral("forms.xlsx"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::InvalidData);
    }
    SECTION("a ZIP that is not a workbook")
    {
        const QByteArray zip = detail::zip({{QStringLiteral("responses.csv"), QByteArray("Timestamp,Email Address\n")}});
        auto result = readXlsx(zip, QStringLiteral("responses.zip"));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().message.contains(QStringLiteral("unzip it")));
    }
}

TEST_CASE("readRegistrationBytes_readsTheKindFromTheBytesNotTheName", "[roster][csv][xlsx]")
{
    auto workbook = readRegistrationBytes(microsoftFormsWorkbook(), QStringLiteral("export.csv"));
    REQUIRE(workbook.ok());
    CHECK(workbook->kind == RegistrationFile::Kind::Xlsx);
    CHECK(describeFile(workbook.value()) == u"Excel workbook, sheet “Form1”");

    auto text = readRegistrationBytes(QByteArray("\xFF\xFE") + utf16le(QStringLiteral("Name\tEmail\r\nA\tb@c.d\r\n")),
                                      QStringLiteral("list.xlsx"));
    REQUIRE(text.ok());
    CHECK(text->kind == RegistrationFile::Kind::Csv);
    CHECK(describeFile(text.value()) == u"CSV, UTF-16 LE, tab-separated");

    auto binary = readRegistrationBytes(QByteArray("\x00\x01\x02\x03garbage", 11), QStringLiteral("x.bin"));
    CHECK_FALSE(binary.ok());
}
