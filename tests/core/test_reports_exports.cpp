// The attendance report's files: CSV that Excel opens in Thai and Khmer without running anything
// a participant typed, the Excel workbook read back with Sala's own reader, certificate texts and
// dates in the Buddhist Era.

#include "core/reportfixture.h"
#include "reports/attendancecsv.h"
#include "reports/attendancereport.h"
#include "reports/attendancexlsx.h"
#include "reports/certificates.h"
#include "roster/xlsxreader.h"
#include "roster/zipreader.h"
#include "store/store.h"
#include "support/testsupport.h"
#include "util/eradates.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace sala;

namespace {

AttendanceReport fixtureReport()
{
    const test::ReportFixture f;
    return buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {}, QLocale(QLocale::English));
}

QStringList csvLines(const QByteArray &bytes)
{
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    QString text = QString::fromUtf8(bytes.mid(3));
    REQUIRE(text.endsWith(QStringLiteral("\r\n")));
    text.chop(2);
    return text.split(QStringLiteral("\r\n"));
}

QString lineOf(const QStringList &lines, const QString &start)
{
    for (const QString &line : lines) {
        if (line.startsWith(start))
            return line;
    }
    FAIL("no line starts with " << start.toStdString());
    return {};
}

} // namespace

TEST_CASE("neutralizeFormula_formulaStarts_getAnApostrophe", "[reports][csv]")
{
    CHECK(neutralizeFormula(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(neutralizeFormula(QStringLiteral("+66 81 234 5678")) == QStringLiteral("'+66 81 234 5678"));
    CHECK(neutralizeFormula(QStringLiteral("-2+3")) == QStringLiteral("'-2+3"));
    CHECK(neutralizeFormula(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(neutralizeFormula(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(neutralizeFormula(QStringLiteral("\r=1")) == QStringLiteral("'\r=1"));
    CHECK(neutralizeFormula(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(neutralizeFormula(QString()) == QString());
}

TEST_CASE("CsvRow_quotesAndNeutralizesText_numbersAsTheyAre", "[reports][csv]")
{
    CsvRow row;
    row.text(QStringLiteral("Dela Cruz, Maria"))
        .text(QStringLiteral("say \"hi\""))
        .text(QStringLiteral("=HYPERLINK(\"x\")"))
        .number(-5);
    CHECK(row.line() == QStringLiteral("\"Dela Cruz, Maria\",\"say \"\"hi\"\"\",\"'=HYPERLINK(\"\"x\"\")\",-5"));
}

TEST_CASE("attendanceMatrixCsv_bomHeaderAndOneRowPerPerson", "[reports][csv]")
{
    const AttendanceReport report = fixtureReport();
    const QStringList lines = csvLines(attendanceMatrixCsv(report));
    REQUIRE(lines.size() == 8);
    CHECK(lines[0]
          == QStringLiteral("Name,Preferred name,Consent to reporting,Sex,Country,Organization type,Enterprise size,"
                            "Session 1 minutes,Session 1 share (%),Session 2 minutes,Session 2 share (%),"
                            "Total minutes,Workshop share (%),Status"));
    const QString somchai = lineOf(lines, QStringLiteral("สมชาย ใจดี,"));
    CHECK(somchai.endsWith(QStringLiteral(",200,100,120,100,320,100,Completed")));
    CHECK(somchai.contains(QStringLiteral(",ชาย,yes,")));
    const QString maria = lineOf(lines, QStringLiteral("Maria Santos Dela Cruz Jr.,"));
    // 180 + 61 rounded minutes, but the total is rounded from 14400 s: 240.
    CHECK(maria.endsWith(QStringLiteral(",180,99,61,50,240,80,Completed")));
    CHECK(lineOf(lines, QStringLiteral("ស្រី ពៅ,")).contains(QStringLiteral(",NO CONSENT,")));
}

TEST_CASE("attendanceMatrixCsv_formulaLikeName_isWrittenAsText", "[reports][csv][security]")
{
    const QStringList lines = csvLines(attendanceMatrixCsv(fixtureReport()));
    const QString injected = lineOf(lines, QStringLiteral("'=cmd"));
    CHECK(injected.startsWith(QStringLiteral("'=cmd|' /C calc'!A0,")));
    CHECK(injected.endsWith(QStringLiteral(",0,0,0,0,0,0,Absent")));
}

TEST_CASE("sessionAttendanceCsv_joinsAndLeavesInTheWorkshopZone", "[reports][csv]")
{
    const QStringList lines = csvLines(sessionAttendanceCsv(fixtureReport(), 0));
    REQUIRE(lines.size() == 7); // six people seen, the one not on the roster left out
    CHECK(lines[0].contains(QStringLiteral("First join (Asia/Bangkok)")));
    CHECK(lineOf(lines, QStringLiteral("สมชาย ใจดี,"))
          == QStringLiteral("สมชาย ใจดี,ชาย,200,100,2026-12-01 08:50,2026-12-01 12:10,by email,no"));
    CHECK(lineOf(lines, QStringLiteral("Nur Aisyah")).endsWith(QStringLiteral(",live check-in only,yes")));
    CHECK(lineOf(lines, QStringLiteral("ນາງ ແສງ,")) == QStringLiteral("ນາງ ແສງ,,150,83,,,by name,no"));
    CHECK(csvLines(sessionAttendanceCsv(fixtureReport(), 9)).size() == 1); // no such session: the header only
}

TEST_CASE("certificateListCsv_completersThenParticipants", "[reports][csv][certificates]")
{
    const QStringList lines = csvLines(certificateListCsv(fixtureReport()));
    REQUIRE(lines.size() == 5);
    CHECK(lines.last() == QStringLiteral("Nur Aisyah binti Ahmad,,Participation,59,3,Malaysia"));
    CHECK(lineOf(lines, QStringLiteral("Maria")).contains(QStringLiteral(",Completion,80,4,")));
}

TEST_CASE("attendanceXlsx_isAZipNamingTheThreeSheets", "[reports][xlsx]")
{
    const Expected<QByteArray> bytes = attendanceXlsx(fixtureReport());
    REQUIRE(bytes.ok());
    CHECK(looksLikeZip(bytes.value()));
    auto zip = ZipReader::open(bytes.value(), QStringLiteral("attendance.xlsx"));
    REQUIRE(zip.ok());
    const auto workbook = zip->read(QStringLiteral("xl/workbook.xml"));
    REQUIRE(workbook.ok());
    const QString xml = QString::fromUtf8(workbook.value());
    CHECK(xml.contains(QStringLiteral("name=\"Summary\"")));
    CHECK(xml.contains(QStringLiteral("name=\"Participants\"")));
    CHECK(xml.contains(QStringLiteral("name=\"Sessions\"")));
    CHECK(xml.indexOf(QStringLiteral("name=\"Summary\"")) < xml.indexOf(QStringLiteral("name=\"Participants\"")));

    const auto strings = zip->read(QStringLiteral("xl/sharedStrings.xml"));
    REQUIRE(strings.ok());
    const QString shared = QString::fromUtf8(strings.value());
    CHECK(shared.contains(QStringLiteral("สมชาย ใจดี")));
    CHECK(shared.contains(QStringLiteral("ស្រី ពៅ")));
    CHECK(shared.contains(QStringLiteral("ນາງ ແສງ")));
}

TEST_CASE("attendanceXlsx_formulaLikeText_isAStringCellNeverAFormula", "[reports][xlsx][security]")
{
    const Expected<QByteArray> bytes = attendanceXlsx(fixtureReport());
    REQUIRE(bytes.ok());
    auto zip = ZipReader::open(bytes.value(), QStringLiteral("attendance.xlsx"));
    REQUIRE(zip.ok());
    for (const QString &name : zip->names()) {
        if (name.startsWith(QStringLiteral("xl/worksheets/")))
            CHECK_FALSE(zip->read(name)->contains("<f>"));
    }
    const QString shared = QString::fromUtf8(zip->read(QStringLiteral("xl/sharedStrings.xml")).value());
    CHECK((shared.contains(QStringLiteral("=cmd|&apos; /C calc&apos;!A0"))
           || shared.contains(QStringLiteral("=cmd|' /C calc'!A0"))));
}

TEST_CASE("attendanceXlsx_participantsSheet_readsBackWithSalasReader", "[reports][xlsx]")
{
    const Expected<QByteArray> bytes = attendanceXlsx(fixtureReport());
    REQUIRE(bytes.ok());
    const auto sheet = readXlsx(bytes.value(), QStringLiteral("attendance.xlsx"), QStringLiteral("Participants"));
    REQUIRE(sheet.ok());
    CHECK(sheet->sheetNames == QStringList{QStringLiteral("Summary"), QStringLiteral("Participants"), QStringLiteral("Sessions")});
    REQUIRE(sheet->rows.size() == 8);
    const QStringList &header = sheet->rows[0].cells;
    const qsizetype total = header.indexOf(QStringLiteral("Total minutes"));
    const qsizetype status = header.indexOf(QStringLiteral("Status"));
    REQUIRE(total > 0);
    REQUIRE(status > total);
    bool found = false;
    for (const CsvRecord &row : sheet->rows) {
        if (row.cells.value(0) == QStringLiteral("สมชาย ใจดี")) {
            found = true;
            CHECK(row.cells.value(total) == QStringLiteral("320"));
            CHECK(row.cells.value(status) == QStringLiteral("Completed"));
        }
    }
    CHECK(found);
}

TEST_CASE("writeAttendanceXlsx_missingFolder_failsNamingTheFileAndKeepsNothing", "[reports][xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/report.xlsx"));
    const Status written = writeAttendanceXlsx(fixtureReport(), path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::Io);
    CHECK(written.error().message.contains(QStringLiteral("report.xlsx")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("peopleDate_thaiBuddhistEra_replacesTheYear", "[reports][dates]")
{
    const QLocale thai(QLocale::Thai, QLocale::Thailand);
    const QDate date(2026, 12, 1);
    CHECK(peopleDate(date, thai, true) == QStringLiteral("วันอังคารที่ 1 ธันวาคม 2569"));
    CHECK(peopleDate(date, thai, false) == QStringLiteral("วันอังคารที่ 1 ธันวาคม 2026"));
}

TEST_CASE("peopleDate_english_keepsTheFormatAroundTheYear", "[reports][dates]")
{
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QDate date(2026, 12, 1);
    CHECK(peopleDate(date, us, false) == QStringLiteral("Tuesday, December 1, 2026"));
    CHECK(peopleDate(date, us, true) == QStringLiteral("Tuesday, December 1, 2569"));
    CHECK(peopleDate(date, uk, true) == QStringLiteral("Tuesday, 1 December 2569"));
    CHECK(peopleDate(QDate(), uk, true).isEmpty());
    CHECK(buddhistEraYear(2026) == 2569);
}

TEST_CASE("peopleDateSpan_twoDays_joinsThemOneDayOnce", "[reports][dates]")
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    CHECK(peopleDateSpan(QDate(2026, 12, 1), QDate(2026, 12, 2), uk, false)
          == QStringLiteral("Tuesday, 1 December 2026 – Wednesday, 2 December 2026"));
    CHECK(peopleDateSpan(QDate(2026, 12, 1), QDate(2026, 12, 1), uk, false) == QStringLiteral("Tuesday, 1 December 2026"));
}

TEST_CASE("fillPlaceholders_knownOnesReplaced_othersKept_valuesNotRescanned", "[reports][certificates]")
{
    CertificateValues values;
    values.name = QStringLiteral("{workshop}"); // a name that looks like a placeholder stays as it is
    values.workshop = QStringLiteral("Keep the Doors Open");
    values.hours = QStringLiteral("5");
    CHECK(fillPlaceholders(QStringLiteral("{name} completed {workshop} ({hours} h) {unknown}"), values)
          == QStringLiteral("{workshop} completed Keep the Doors Open (5 h) {unknown}"));
    CHECK(unknownPlaceholders(QStringLiteral("{name} {Name} {venue} {venue}"))
          == QStringList{QStringLiteral("{Name}"), QStringLiteral("{venue}")});
}

TEST_CASE("buildCertificates_buddhistEra_thaiDatesAndHours", "[reports][certificates]")
{
    test::ReportFixture f;
    f.workshop.language = QStringLiteral("th");
    const AttendanceReport report = buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {});
    CertificateTemplate tmpl = CertificateTemplate::defaults();
    tmpl.completionBody = QStringLiteral("{name} · {dates} · {hours} · {attendedHours} · {organizer}");
    tmpl.buddhistEra = true;
    const std::vector<Certificate> certificates = buildCertificates(report, tmpl, certificateLocale(report));
    REQUIRE(certificates.size() == 4);
    const Certificate &first = certificates.front();
    CHECK(first.award == CompletionStatus::Completed);
    CHECK(first.title == tmpl.completionTitle);
    CHECK(first.body.contains(QStringLiteral("2569")));
    CHECK_FALSE(first.body.contains(QStringLiteral("2026")));
    CHECK(first.body.contains(QStringLiteral("ธันวาคม")));
    CHECK(first.body.endsWith(QStringLiteral(" · 5 · ") + hoursText(report.certificateHolders().front()->credited)
                              + QStringLiteral(" · ") + f.workshop.organizer));
    CHECK(certificates.back().award == CompletionStatus::Participated);
    CHECK(certificates.back().title == tmpl.participationTitle);

    tmpl.includeParticipation = false;
    CHECK(buildCertificates(report, tmpl, certificateLocale(report)).size() == 3);
}

TEST_CASE("certificateTemplate_jsonRoundTrip_andDefaultsForMissingFields", "[reports][certificates]")
{
    CertificateTemplate tmpl = CertificateTemplate::defaults();
    tmpl.signatoryName = QStringLiteral("ดร. สมศรี");
    tmpl.signatoryRole = QStringLiteral("Programme Director");
    tmpl.buddhistEra = true;
    tmpl.includeParticipation = false;
    CHECK(certificateTemplateFromJson(certificateTemplateToJson(tmpl)) == tmpl);
    CHECK(certificateTemplateFromJson(QStringLiteral("{\"signatoryName\": \"A\"}")).completionTitle
          == CertificateTemplate::defaults().completionTitle);
    CHECK(certificateTemplateFromJson(QStringLiteral("not json")) == CertificateTemplate::defaults());
}

TEST_CASE("CertificateTemplateStore_savedPerWorkshopInTheDatabase", "[reports][certificates][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    CertificateTemplate tmpl = CertificateTemplate::defaults();
    tmpl.signatoryName = QStringLiteral("Maria Santos");
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        CertificateTemplateStore templates(*store.value());
        CHECK(templates.load(3) == CertificateTemplate::defaults());
        REQUIRE(templates.save(3, tmpl).ok());
    }
    auto reopened = Store::open(path);
    REQUIRE(reopened.ok());
    CHECK(CertificateTemplateStore(*reopened.value()).load(3) == tmpl);
    CHECK(CertificateTemplateStore(*reopened.value()).load(4) == CertificateTemplate::defaults());
}
