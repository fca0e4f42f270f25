// Inputs the fuzzers (fuzz/) found that broke a reader, kept as tests of the normal suite so
// that the fix stays fixed. docs/reliability.md lists each finding.

#include "core/xlsxfixture.h"

#include "groups/groupsjson.h"
#include "io/planjson.h"
#include "roster/columnmapping.h"
#include "roster/csvreader.h"
#include "roster/xlsxreader.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace sala;
using namespace sala::test;

namespace {

// A workbook with one sheet whose <sheetData> is `rows`, written as given.
QByteArray workbookWithSheetData(const QString &rows)
{
    const QString ns = QStringLiteral("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"");
    const QString workbook =
        QStringLiteral("<workbook %1><sheets><sheet name=\"Form1\" sheetId=\"1\"/></sheets></workbook>").arg(ns);
    const QString styles =
        QStringLiteral("<styleSheet %1><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>").arg(ns);
    const QString sheet = QStringLiteral("<worksheet %1><sheetData>%2</sheetData></worksheet>").arg(ns, rows);
    return detail::zip({{QStringLiteral("xl/workbook.xml"), workbook.toUtf8()},
                        {QStringLiteral("xl/styles.xml"), styles.toUtf8()},
                        {QStringLiteral("xl/worksheets/sheet1.xml"), sheet.toUtf8()}});
}

QString inlineCell(const QString &reference, const QString &text)
{
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(reference, text);
}

} // namespace

TEST_CASE("readXlsx_cellReferenceBeyondExcelsLastColumn_refusesNamingTheCell", "[roster][xlsx][fuzz]")
{
    // Eight letters overflowed the column number; a few thousand columns made millions of cells.
    for (const QString &reference :
         {QStringLiteral("ZZZZZZZZ1"), QStringLiteral("XFE1"), QStringLiteral("AAAAAAAAAAAAAAAAAAAA1")}) {
        INFO(reference.toStdString());
        const auto table = readXlsx(workbookWithSheetData(
                                        QStringLiteral("<row r=\"1\">%1</row>").arg(inlineCell(reference, QStringLiteral("x")))),
                                    QStringLiteral("form.xlsx"));
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().code == ErrorCode::InvalidData);
        CHECK(table.error().message.contains(u"form.xlsx"));
        CHECK(table.error().message.contains(reference));
    }
}

TEST_CASE("readXlsx_cellInExcelsLastColumn_isRead", "[roster][xlsx][fuzz]")
{
    const auto table = readXlsx(workbookWithSheetData(QStringLiteral("<row r=\"1\">%1</row>")
                                                          .arg(inlineCell(QStringLiteral("XFD1"), QStringLiteral("last")))),
                                QStringLiteral("form.xlsx"));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0].cells.size() == 16384);
    CHECK(table->rows[0].cells.last() == u"last");
}

TEST_CASE("readXlsx_rowNumberOutsideExcelsRows_refusesNamingTheRow", "[roster][xlsx][fuzz]")
{
    // The largest int as a row number overflowed the next row's number.
    for (const QString &row :
         {QStringLiteral("2147483647"), QStringLiteral("1048577"), QStringLiteral("0"), QStringLiteral("-5")}) {
        INFO(row.toStdString());
        const auto table = readXlsx(workbookWithSheetData(QStringLiteral("<row r=\"%1\">%2</row>")
                                                              .arg(row, inlineCell(QStringLiteral("A1"), QStringLiteral("x")))),
                                    QStringLiteral("form.xlsx"));
        REQUIRE_FALSE(table.ok());
        CHECK(table.error().code == ErrorCode::InvalidData);
        CHECK(table.error().message.contains(row));
    }
}

TEST_CASE("readXlsx_dateCellFarOutsideExcelsDates_keepsTheNumber", "[roster][xlsx][fuzz]")
{
    // A date-styled 1e300 was converted to a whole number of days, which does not fit.
    const auto table = readXlsx(workbookWithSheetData(QStringLiteral(
                                    "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>1e300</v></c><c r=\"B1\" s=\"1\"><v>-3</v></c>"
                                    "<c r=\"C1\" s=\"1\"><v>46080.5</v></c></row>")),
                                QStringLiteral("form.xlsx"));
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == 1);
    CHECK(table->rows[0].cells
          == QStringList{QStringLiteral("1e+300"), QStringLiteral("-3"), QStringLiteral("2026-02-27T12:00:00")});
}

TEST_CASE("excelSerialToIso_outsideExcelsDates_givesTheNumberAsText", "[roster][xlsx][fuzz]")
{
    CHECK(excelSerialToIso(1e300, false) == u"1e+300");
    CHECK(excelSerialToIso(-1, false) == u"-1");
    CHECK(excelSerialToIso(std::numeric_limits<double>::infinity(), true) == u"inf");
    CHECK(excelSerialToIso(2958465, false) == u"9999-12-31");
    CHECK(excelSerialToIso(46080, false) == u"2026-02-27");
}

TEST_CASE("parseCsv_excelSepLineWithoutACharacter_isReadAsAnOrdinaryLine", "[roster][csv][fuzz]")
{
    // "sep=" right before the line break made the line break itself the delimiter.
    const QString text = QStringLiteral("sep=\r\nFull name,Email\r\nSok Dara,dara@kh.example.org\r\n");
    CHECK(detectDelimiter(text) == u',');
    const auto table = parseCsv(text, QStringLiteral("registrations.csv"));
    REQUIRE(table.ok());
    CHECK(table->delimiter == u',');
    REQUIRE(table->records.size() == 3);
    CHECK(table->records[1].cells == QStringList{QStringLiteral("Full name"), QStringLiteral("Email")});
    CHECK(table->records[2].line == 3);
    // A sep line that names a character still decides.
    CHECK(detectDelimiter(u"sep=|\nName|Email\n") == u'|');
}

TEST_CASE("savedMapping_twoColumnsWithTheSameHeader_keepEachTheirOwnField", "[roster][mapping][fuzz]")
{
    // Keyed by header text alone, the second "Name" overwrote the first one's field.
    const QStringList headers{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("name ")};
    ColumnMapping mapping;
    mapping.fields = {ImportField::Name, ImportField::Email, ImportField::PreferredName};
    const ColumnMapping restored = applySavedMapping(mappingToJson(headers, mapping), headers, {});
    CHECK(restored.at(0) == ImportField::Name);
    CHECK(restored.at(1) == ImportField::Email);
    CHECK(restored.at(2) == ImportField::PreferredName);
    // A mapping saved for one "Name" column still applies to the first of two.
    const ColumnMapping older = applySavedMapping(QStringLiteral(R"({"version":1,"columns":{"name":"preferred-name"}})"), headers,
                                                  {});
    CHECK(older.at(0) == ImportField::PreferredName);
    CHECK(older.at(2) == ImportField::Ignore);
}

TEST_CASE("parseGroupProblem_numberBeyondADouble_isAnIssueNotACrash", "[groups][json][fuzz]")
{
    // nlohmann's number overflow is an out_of_range exception, not a parse_error; it was not
    // caught and ended sala-cli.
    const GroupsParse parse = parseGroupProblem(
        QByteArrayLiteral(R"({"participants": [{"id": "p1"}], "num_rounds": 777777777771e3087777777})"));
    CHECK_FALSE(parse.problem.has_value());
    REQUIRE(parse.issues.size() == 1);
    CHECK(parse.issues[0].message.contains(u"777777777771e3087777777"));
    CHECK(describeGroupIssues(QStringLiteral("problem.json"), parse.issues).startsWith(u"problem.json"));
}

TEST_CASE("parsePlan_numberBeyondADouble_isAProblemNotACrash", "[plan][json][fuzz]")
{
    // The same input for the plan reader, which already caught every JSON exception.
    const PlanParse parse = parsePlan(QByteArrayLiteral(R"({"format": "sala-plan", "version": 1e400})"));
    CHECK_FALSE(parse.document.has_value());
    CHECK_FALSE(parse.problems.empty());
}
