// The attendance report and the certificates as PDFs, and the charts both draw: pages, page size,
// the fonts that show Khmer, Lao and Thai names, and charts that actually draw the data.

#include "attendancereportpdf.h"
#include "certificatespdf.h"
#include "charts.h"
#include "core/reportfixture.h"
#include "render/pdfinspect.h"
#include "reports/certificates.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace sala;

namespace {

AttendanceReport fixtureReport()
{
    const test::ReportFixture f;
    return buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {}, QLocale(QLocale::English));
}

// How many pixels of the image are not white: a drawn chart has many, an empty one few.
int inkedPixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != qRgb(255, 255, 255))
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("writeAttendanceReportPdf_fixture_landscapeA4WithTitlePageAndSections", "[reports][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendance.pdf"));
    REQUIRE(writeAttendanceReportPdf(fixtureReport(), path).ok());
    const QByteArray pdf = test::readBytes(path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(test::pdfIsA4(pdf, true));
    // Title page, summary with breakdowns, sessions with curves, the participants table.
    CHECK(test::pdfPageCount(pdf) >= 4);
    CHECK(test::pdfUsesFont(pdf, "NotoSansThai"));
    CHECK(test::pdfUsesFont(pdf, "NotoSansKhmer"));
    CHECK(test::pdfUsesFont(pdf, "NotoSansLao"));
    CHECK(pdf.contains("/Subtype /Image")); // the charts
}

TEST_CASE("attendanceReportHtml_statusInWordsThresholdsAndMissingSessions", "[reports][pdf]")
{
    test::ReportFixture f;
    f.attendance.sessions[1].people.clear();
    f.attendance.sessions[1].sourceFiles.clear();
    const QString html = attendanceReportHtml(
        buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {75, 40}, QLocale(QLocale::English)));
    CHECK(html.contains(QStringLiteral("at least 75 % of the workshop")));
    CHECK(html.contains(QStringLiteral("at least 40 % of the workshop")));
    CHECK(html.contains(QStringLiteral("1 of 2 sessions have no attendance imported yet")));
    CHECK(html.contains(QStringLiteral("no attendance imported yet")));
    // Status is a word in a coloured cell, never a colour alone.
    CHECK(html.contains(QStringLiteral("<td class=\"participated\">Participated</td>")));
    CHECK(html.contains(QStringLiteral("ស្រី ពៅ")));
    CHECK(html.contains(QStringLiteral("Participant 7 (personal data erased)")));
    CHECK(html.contains(QStringLiteral("=cmd|' /C calc'!A0")));
}

TEST_CASE("attendanceReportHtml_manySessions_splitsTheTableByEight", "[reports][pdf]")
{
    test::ReportFixture f;
    const SessionAttendanceRecord model = f.attendance.sessions[0];
    f.attendance.sessions.clear();
    for (int i = 0; i < 10; ++i) {
        SessionAttendanceRecord s = model;
        s.sessionId = 100 + i;
        f.attendance.sessions.push_back(s);
    }
    const QString html = attendanceReportHtml(buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {}));
    CHECK(html.contains(QStringLiteral("<th>S8</th>")));
    CHECK(html.contains(QStringLiteral("<th>S9</th>")));
    // S9 starts the second table, after the first one closed.
    CHECK(html.indexOf(QStringLiteral("<th>S9</th>"))
          > html.indexOf(QStringLiteral("</table>"), html.indexOf(QStringLiteral("<th>S8</th>"))));
}

TEST_CASE("writeAttendanceReportPdf_unwritableFolder_namesTheFile", "[reports][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/attendance.pdf"));
    const Status written = writeAttendanceReportPdf(fixtureReport(), path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("attendance.pdf")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("writeCertificatesPdf_onePagePerHolder_scriptsRender", "[reports][pdf][certificates]")
{
    const AttendanceReport report = fixtureReport();
    CertificateTemplate tmpl = CertificateTemplate::defaults();
    tmpl.signatoryName = QStringLiteral("ดร. สมศรี");
    tmpl.signatoryRole = QStringLiteral("Programme Director");
    const std::vector<Certificate> certificates = buildCertificates(report, tmpl, QLocale(QLocale::English));
    REQUIRE(certificates.size() == 4);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("certificates.pdf"));
    REQUIRE(writeCertificatesPdf(certificates, QStringLiteral("Certificates"), path).ok());
    const QByteArray pdf = test::readBytes(path);
    CHECK(test::pdfIsA4(pdf, true));
    CHECK(test::pdfPageCount(pdf) == 4);
    CHECK(test::pdfUsesFont(pdf, "NotoSansThai"));
    CHECK(test::pdfUsesFont(pdf, "NotoSansLao"));
}

TEST_CASE("writeCertificatesPdf_nobodyEarnedOne_refusesAndWritesNothing", "[reports][pdf][certificates]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("certificates.pdf"));
    const Status written = writeCertificatesPdf({}, QStringLiteral("Certificates"), path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().code == ErrorCode::InvalidData);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("certificateBodyHtml_nameEmphasisedAndEscaped", "[reports][certificates]")
{
    Certificate certificate;
    certificate.name = QStringLiteral("Ana <Reyes>");
    certificate.body = QStringLiteral("This certifies that\nAna <Reyes>\ncompleted.");
    const QString html = certificateBodyHtml(certificate);
    CHECK(html.contains(QStringLiteral("<span class=\"name\">Ana &lt;Reyes&gt;</span>")));
    CHECK(html.count(QStringLiteral("<p align=\"center\">")) == 3);
}

TEST_CASE("roomChartImage_drawsTheCurve_emptyChartSaysSo", "[reports][charts]")
{
    const AttendanceReport report = fixtureReport();
    const QFont font = QFont();
    const QImage drawn = roomChartImage(roomChart(report, 0), QSizeF(600, 200), font, 1.0);
    CHECK(drawn.size() == QSize(600, 200));
    const QImage empty = roomChartImage(roomChart(report, 99), QSizeF(600, 200), font, 1.0); // no such session
    CHECK(inkedPixels(drawn) > 5 * inkedPixels(empty));
    CHECK(inkedPixels(empty) > 0); // the words saying there is nothing to show
}

TEST_CASE("breakdownBarChart_groupsWithThreeSeries", "[reports][charts]")
{
    const AttendanceReport report = fixtureReport();
    const BarChart chart = breakdownBarChart(report.breakdowns[0]);
    REQUIRE(chart.series.size() == 3);
    REQUIRE(chart.groups.size() == 3);
    CHECK(chart.groups[0].values == std::vector<int>{4, 2, 1}); // women: attended, completed, participated
    const QImage image = barChartImage(chart, QSizeF(500, barChartHeight(3, QFont())), QFont(), 1.0);
    CHECK(inkedPixels(image) > 1000);
}
