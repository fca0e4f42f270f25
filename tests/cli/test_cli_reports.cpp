// `sala-cli report attendance` and `sala-cli report certificates` on the demo workshop, whose
// session carries an imported Zoom export: each format written whole, every export recorded in
// the personal data log, and wrong requests refused with a sentence and the right exit code.

#include "cli/clirun.h"
#include "render/pdfinspect.h"
#include "roster/personaldatalog.h"
#include "roster/xlsxreader.h"
#include "store/planstore.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

struct Home {
    QTemporaryDir dir;
    QString db;
    QString workshop;

    Home()
    {
        db = dir.filePath(QStringLiteral("sala.db"));
        REQUIRE(cli({QStringLiteral("demo")}).exitCode == 0);
        auto store = Store::open(db, Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        auto workshops = PlanStore(*store.value()).workshops();
        REQUIRE(workshops.ok());
        REQUIRE(workshops->size() == 1);
        workshop = QString::number(workshops->front().id);
    }
    Run cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << db;
        return runCli(arguments, dir.path());
    }
    Run report(const QString &what, const QString &out, QStringList more = {}) const
    {
        return cli(QStringList{QStringLiteral("report"), what, QStringLiteral("--workshop"), workshop, QStringLiteral("--out"),
                               dir.filePath(out)}
                   + more);
    }
    std::vector<PersonalDataLogEntry> log() const
    {
        auto store = Store::open(db, Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        auto entries = PersonalDataLog(*store.value()).entries();
        REQUIRE(entries.ok());
        return entries.value();
    }
};

} // namespace

TEST_CASE("cliReportAttendance_csvXlsxAndPdf_writtenAndLogged", "[cli][reports]")
{
    Home home;
    const std::size_t before = home.log().size();

    const Run csv = home.report(QStringLiteral("attendance"), QStringLiteral("attendance.csv"));
    INFO(csv.err.toStdString());
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(QStringLiteral("28 enrolled")));
    const QByteArray bytes = readBytes(home.dir.filePath(QStringLiteral("attendance.csv")));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "Name,Preferred name,Consent to reporting,"));
    CHECK(bytes.count("\r\n") == 29); // the header and the 28 people of the demo roster

    REQUIRE(home.report(QStringLiteral("attendance"), QStringLiteral("attendance.xlsx")).exitCode == 0);
    const auto sheet = readXlsx(readBytes(home.dir.filePath(QStringLiteral("attendance.xlsx"))),
                                QStringLiteral("attendance.xlsx"), QStringLiteral("Participants"));
    REQUIRE(sheet.ok());
    CHECK(sheet->sheetNames == QStringList{QStringLiteral("Summary"), QStringLiteral("Participants"), QStringLiteral("Sessions")});
    CHECK(sheet->rows.size() == 29);

    REQUIRE(home.report(QStringLiteral("attendance"), QStringLiteral("report.pdf")).exitCode == 0);
    const QByteArray pdf = readBytes(home.dir.filePath(QStringLiteral("report.pdf")));
    CHECK(pdfIsA4(pdf, true));
    CHECK(pdfPageCount(pdf) >= 4);

    const std::vector<PersonalDataLogEntry> log = home.log();
    REQUIRE(log.size() == before + 3);
    CHECK(log.front().via == QStringLiteral("cli"));
    CHECK(log.front().file == home.dir.filePath(QStringLiteral("report.pdf")));
    CHECK(log.front().recordCount == 28);
}

TEST_CASE("cliReportAttendance_thresholds_changeWhoCompletes", "[cli][reports]")
{
    Home home;
    const Run strict = home.report(QStringLiteral("attendance"), QStringLiteral("strict.csv"),
                                   {QStringLiteral("--completion"), QStringLiteral("100"), QStringLiteral("--participation"),
                                    QStringLiteral("100")});
    const Run lenient = home.report(QStringLiteral("attendance"), QStringLiteral("lenient.csv"),
                                    {QStringLiteral("--completion"), QStringLiteral("1"), QStringLiteral("--participation"),
                                     QStringLiteral("1")});
    REQUIRE(strict.exitCode == 0);
    REQUIRE(lenient.exitCode == 0);
    static const QRegularExpression completed(QStringLiteral("(\\d+) completed"));
    const int strictCount = completed.match(strict.out).captured(1).toInt();
    const int lenientCount = completed.match(lenient.out).captured(1).toInt();
    CHECK(lenientCount > strictCount);
    // At 1 % everyone seen completes: completers are the attendees.
    CHECK(lenient.out.contains(QStringLiteral("%1 attended, %1 completed").arg(lenientCount)));
}

TEST_CASE("cliReportAttendance_wrongRequests_refusedWithTheRightExitCode", "[cli][reports]")
{
    Home home;
    auto exitOf = [&](const QStringList &arguments) { return home.cli(arguments).exitCode; };
    const QString out = home.dir.filePath(QStringLiteral("x.csv"));
    CHECK(exitOf({QStringLiteral("report"), QStringLiteral("attendance"), QStringLiteral("--out"), out}) == 1); // no workshop
    CHECK(exitOf({QStringLiteral("report"), QStringLiteral("attendance"), QStringLiteral("--workshop"), home.workshop}) == 1);
    CHECK(exitOf({QStringLiteral("report"), QStringLiteral("attendance"), QStringLiteral("--workshop"), home.workshop,
                  QStringLiteral("--out"), out, QStringLiteral("--format"), QStringLiteral("docx")})
          == 1);
    const Run above = home.report(QStringLiteral("attendance"), QStringLiteral("x.csv"),
                                  {QStringLiteral("--completion"), QStringLiteral("40"), QStringLiteral("--participation"),
                                   QStringLiteral("60")});
    CHECK(above.exitCode == 1);
    CHECK(above.err.contains(QStringLiteral("cannot be above the completion threshold")));
    CHECK(home.report(QStringLiteral("attendance"), QStringLiteral("x.csv"),
                      {QStringLiteral("--completion"), QStringLiteral("101")})
              .exitCode
          == 1);
    CHECK(home.report(QStringLiteral("attendance"), QStringLiteral("x.csv"),
                      {QStringLiteral("--completion"), QStringLiteral("most")})
              .exitCode
          == 1);
    CHECK(exitOf({QStringLiteral("report"), QStringLiteral("attendance"), QStringLiteral("--workshop"), QStringLiteral("999"),
                  QStringLiteral("--out"), out})
          == 2);
    CHECK_FALSE(QFile::exists(out));

    REQUIRE(home.report(QStringLiteral("attendance"), QStringLiteral("x.csv")).exitCode == 0);
    const Run again = home.report(QStringLiteral("attendance"), QStringLiteral("x.csv"));
    CHECK(again.exitCode == 6);
    CHECK(again.err.contains(QStringLiteral("--force")));
    CHECK(home.report(QStringLiteral("attendance"), QStringLiteral("x.csv"), {QStringLiteral("--force")}).exitCode == 0);
}

TEST_CASE("cliReportAttendance_workshopWithoutAttendance_saysHowToImport", "[cli][reports]")
{
    Home home;
    {
        auto store = Store::open(home.db);
        REQUIRE(store.ok());
        Workshop empty;
        empty.title = QStringLiteral("Pricing clinic");
        empty.timeZone = QStringLiteral("Asia/Kuala_Lumpur");
        Session session;
        session.title = QStringLiteral("Clinic");
        session.date = QDate(2027, 2, 2);
        session.plannedStart = QTime(14, 0);
        empty.sessions.push_back(session);
        REQUIRE(PlanStore(*store.value()).insertWorkshop(empty).ok());
        home.workshop = QString::number(empty.id);
    }
    const Run run = home.report(QStringLiteral("attendance"), QStringLiteral("empty.csv"));
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("attendance import")));
    CHECK_FALSE(QFile::exists(home.dir.filePath(QStringLiteral("empty.csv"))));
}

TEST_CASE("cliReportCertificates_pdfAndList_onePerHolder", "[cli][reports][certificates]")
{
    Home home;
    const Run list = home.report(QStringLiteral("certificates"), QStringLiteral("certificates.csv"));
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    static const QRegularExpression count(QStringLiteral("^(\\d+) certificates"));
    const int holders = count.match(list.out).captured(1).toInt();
    CHECK(holders > 0);
    CHECK(readBytes(home.dir.filePath(QStringLiteral("certificates.csv"))).count("\r\n") == holders + 1);

    const Run pdf = home.report(QStringLiteral("certificates"), QStringLiteral("certificates.pdf"),
                                {QStringLiteral("--buddhist-era")});
    REQUIRE(pdf.exitCode == 0);
    CHECK(pdfPageCount(readBytes(home.dir.filePath(QStringLiteral("certificates.pdf")))) == holders);
    CHECK(home.log().front().recordCount == holders);

    const Run nobody = home.report(QStringLiteral("certificates"), QStringLiteral("none.pdf"),
                                   {QStringLiteral("--completion"), QStringLiteral("100"), QStringLiteral("--participation"),
                                    QStringLiteral("100")});
    if (nobody.exitCode != 0) { // unless someone stayed the whole session
        CHECK(nobody.exitCode == 7);
        CHECK_FALSE(QFile::exists(home.dir.filePath(QStringLiteral("none.pdf"))));
    }
}
