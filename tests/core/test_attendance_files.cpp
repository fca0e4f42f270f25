// Files that are not attendance reports, or are broken: look-alikes refused with what they seem
// to be, malformed files refused with the line, and any bytes at all read without a crash.
// Also what the summary does across several files.

#include "core/test_attendance_fixtures.h"

#include "attendance/exportsniffer.h"
#include "attendance/exporttable.h"

#include <catch2/catch.hpp>

#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace sala;
using namespace sala::test;

namespace {

Error refusalOf(const QByteArray &bytes, const QString &fileName = QStringLiteral("export.csv"))
{
    const auto result = parseAttendanceExport(bytes, fileName, {});
    REQUIRE_FALSE(result.ok());
    return result.error();
}

} // namespace

TEST_CASE("lookAlike_zoomQualityDashboard_isRefusedSayingWhatItIs", "[attendance][files]")
{
    const Error error = refusalOf(attendanceFixtureBytes(QStringLiteral("zoom-qos-dashboard.csv")),
                                  QStringLiteral("zoom-qos-dashboard.csv"));
    CHECK(error.code == ErrorCode::InvalidData);
    CHECK(error.message.contains(QStringLiteral("zoom-qos-dashboard.csv")));
    CHECK(error.message.contains(QStringLiteral("quality-of-service dashboard")));
    CHECK(error.message.contains(QStringLiteral("not an attendance report")));
}

TEST_CASE("lookAlike_registrationLists_areSentToTheRosterImport", "[attendance][files]")
{
    const Error forms = refusalOf(attendanceFixtureBytes(QStringLiteral("registration-google-forms.csv")));
    CHECK(forms.message.contains(QStringLiteral("Google Forms registration list")));
    CHECK(forms.message.contains(QStringLiteral("Roster")));
    CHECK(refusalOf("ID,Start time,Completion time,Email,Name\n1,7/2/20 11:00:22,7/2/20 11:02:00,a@example.org,Dara\n")
              .message.contains(QStringLiteral("Microsoft Forms")));
    CHECK(refusalOf("Order #,Order Date,First Name,Last Name,Email\n1121,11/29/24 22:28,Dara,Keo,d@example.org\n")
              .message.contains(QStringLiteral("Eventbrite")));
    CHECK(refusalOf("\"name\";\"_id\";\"_uuid\";\"_submission_time\"\r\n\"Dara\";\"1\";\"u\";\"2024-01-01T10:00:00\"\r\n")
              .message.contains(QStringLiteral("KoboToolbox")));
    CHECK(refusalOf("Pre-assign Room Name,Email Address\nroom1,dara@kh.example.org\n")
              .message.contains(QStringLiteral("pre-assignment")));
    CHECK(refusalOf("First Name,Last Name,Email,Registration Time,Approval Status\nDara,Keo,d@example.org,"
                    "03/01/2024 10:00:00 AM,approved\n")
              .message.contains(QStringLiteral("Zoom registration list")));
    CHECK(refusalOf("\xEF\xBB\xBFPoll Report\nReport Generated:,03/01/2024 10:00:00 AM\n")
              .message.contains(QStringLiteral("Poll Report")));
}

TEST_CASE("unknownFile_isRefusedQuotingItsFirstLine", "[attendance][files]")
{
    const Error error = refusalOf("Product,Price,Stock\nRice 5 kg,250,40\n", QStringLiteral("stock.csv"));
    CHECK(error.code == ErrorCode::InvalidData);
    CHECK(error.message.contains(QStringLiteral("stock.csv")));
    CHECK(error.message.contains(QStringLiteral("“Product”, “Price”, “Stock”")));
}

TEST_CASE("malformed_emptyHeaderOnlyAndPackedFiles_sayWhatIsWrong", "[attendance][files]")
{
    CHECK(refusalOf({}).message.contains(QStringLiteral("empty")));
    CHECK(refusalOf("\xEF\xBB\xBF\r\n\r\n").message.contains(QStringLiteral("empty")));
    const Error headerOnly = refusalOf("Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\r\n",
                                       QStringLiteral("p.csv"));
    CHECK(headerOnly.message.contains(QStringLiteral("“p.csv”, line 1")));
    CHECK(headerOnly.message.contains(QStringLiteral("no rows")));
    CHECK(refusalOf(asUtf16("Full Name\tUser Action\tTimestamp\n")).message.contains(QStringLiteral("no rows")));
    CHECK(refusalOf(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'x'))
              .message.contains(QStringLiteral("Excel workbook")));
}

TEST_CASE("malformed_aRowWithABadTime_namesTheLineAndTheCell", "[attendance][files]")
{
    QByteArray bytes = attendanceFixtureBytes(QStringLiteral("zoom-title-case-meeting-block.csv"));
    bytes.replace("03/14/2024 10:20:00 AM", "03/14/2024 10:20 o'clock");
    const Error error = refusalOf(bytes, QStringLiteral("participants_81234567890.csv"));
    CHECK(error.code == ErrorCode::InvalidData);
    CHECK(error.message.contains(QStringLiteral("“participants_81234567890.csv”, line 11")));
    CHECK(error.message.contains(QStringLiteral("join time")));
    CHECK(error.message.contains(QStringLiteral("03/14/2024 10:20 o'clock")));
}

TEST_CASE("malformed_truncatedFiles_areRefusedWithTheLine", "[attendance][files]")
{
    const QByteArray whole = attendanceFixtureBytes(QStringLiteral("zoom-title-case-meeting-block.csv"));
    // Cut inside the quoted topic of the meeting block.
    const Error quote = refusalOf(whole.left(whole.indexOf("Session 2")), QStringLiteral("cut.csv"));
    CHECK(quote.message.contains(QStringLiteral("line 2")));
    // Cut after the join time of the last row.
    const Error row = refusalOf(whole.left(whole.lastIndexOf("09:05:20")), QStringLiteral("cut.csv"));
    CHECK(row.message.contains(QStringLiteral("line 12")));
    CHECK(row.message.contains(QStringLiteral("leave time")));
}

TEST_CASE("malformed_binaryGarbage_isRefusedAndNeverCrashes", "[attendance][files][robustness]")
{
    QRandomGenerator random(20240314);
    for (int round = 0; round < 200; ++round) {
        QByteArray bytes(int(random.bounded(1, 4000)), Qt::Uninitialized);
        for (char &b : bytes)
            b = char(random.bounded(256));
        const auto result = parseAttendanceExport(bytes, QStringLiteral("garbage.bin"), {});
        REQUIRE_FALSE(result.ok());
        CHECK_FALSE(result.error().message.isEmpty());
    }
    const QByteArray zeros(1000, '\0');
    CHECK(refusalOf(zeros).message.contains(QStringLiteral("does not contain text")));
}

TEST_CASE("robustness_mutatedExports_giveAResultOrAnErrorNeverACrash", "[attendance][files][robustness]")
{
    const QStringList names{QStringLiteral("zoom-title-case-meeting-block.csv"),
                            QStringLiteral("zoom-webinar.csv"),
                            QStringLiteral("zoom-admin.csv"),
                            QStringLiteral("teams-sectioned-polish.utf8.tsv"),
                            QStringLiteral("teams-summary-2021.utf8.tsv"),
                            QStringLiteral("teams-legacy-excel.csv"),
                            QStringLiteral("2024-03-05 09-00 Cash Flow Clinic.csv")};
    QRandomGenerator random(7);
    const QByteArray interesting = QByteArray(",\t\"\r\n:/()-0123456789", 20);
    int read = 0;
    for (const QString &name : names) {
        QByteArray original = attendanceFixtureBytes(name);
        if (name.endsWith(QStringLiteral(".utf8.tsv")))
            original = asUtf16(original);
        for (int round = 0; round < 60; ++round) {
            QByteArray bytes = original;
            const int edits = int(random.bounded(1, 6));
            for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
                const int at = int(random.bounded(bytes.size()));
                switch (random.bounded(3)) {
                case 0: bytes[at] = interesting[int(random.bounded(interesting.size()))]; break;
                case 1: bytes.remove(at, int(random.bounded(1, 40))); break;
                default: bytes.insert(at, bytes.mid(int(random.bounded(bytes.size())), int(random.bounded(1, 40)))); break;
                }
            }
            const auto result = parseAttendanceExport(bytes, name, {});
            if (result) {
                ++read;
                for (const IdentitySummary &person : summarize(result.value()))
                    CHECK(person.seconds >= 0);
            } else {
                CHECK_FALSE(result.error().message.isEmpty());
            }
        }
    }
    CHECK(read > 0);
}

TEST_CASE("readAttendanceExport_fromDisk_missingFilesAndFolders", "[attendance][files]")
{
    const auto file = readAttendanceExport(attendanceFixture(QStringLiteral("zoom-japanese.csv")), {});
    REQUIRE(file.ok());
    CHECK(file->fileName.endsWith(QStringLiteral("zoom-japanese.csv")));
    CHECK(file->sha256.size() == 64);
    const auto again = parseAttendanceExport(attendanceFixtureBytes(QStringLiteral("zoom-japanese.csv")),
                                             QStringLiteral("renamed.csv"), {});
    REQUIRE(again.ok());
    CHECK(again->sha256 == file->sha256); // the same bytes under any name

    QTemporaryDir dir;
    const auto missing = readAttendanceExport(dir.filePath(QStringLiteral("nope.csv")), {});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("nope.csv")));
    CHECK(readAttendanceExport(dir.path(), {}).error().code == ErrorCode::NotFound);
}

TEST_CASE("detectExportDelimiter_tabsWinOverCommasInTimestamps", "[attendance][files]")
{
    CHECK(detectExportDelimiter(u"Meeting Summary\nMeeting Start Time\t4/25/2022, 8:22:11 AM\n") == u'\t');
    CHECK(detectExportDelimiter(u"Full Name,User Action,Timestamp\nDara,Joined,\"3/14/2024, 9:00:05 AM\"\n") == u',');
    CHECK(detectExportDelimiter(u"\"a\";\"b\";\"c,d\"\n") == u';');
    CHECK(detectExportDelimiter(u"sep=;\na;b\n") == u';');
}

TEST_CASE("summarize_severalFilesOfOneMeeting_mergesPeopleAcrossFiles", "[attendance][summary]")
{
    // The same Teams list downloaded twice (as downloaded and re-saved by Excel) adds nothing.
    std::vector<AttendanceExport> files;
    files.push_back(readFixture(QStringLiteral("teams-legacy.utf8.tsv")));
    files.push_back(readFixture(QStringLiteral("teams-legacy-excel.csv")));
    const auto people = summarize(files);
    REQUIRE(people.size() == 5);
    CHECK(secondsOf(people, QStringLiteral("Keo Sopheap")) == 60 * 60);
    CHECK(secondsOf(people, QStringLiteral("Malee Srisuk")) == 40 * 60);
}

TEST_CASE("summarize_peopleAreSortedByNameAndNamelessRowsStayApart", "[attendance][summary]")
{
    const QByteArray bytes = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
                             "zoe,,03/14/2024 09:00:00 AM,03/14/2024 09:10:00 AM,10\n"
                             ",,03/14/2024 09:00:00 AM,03/14/2024 09:20:00 AM,20\n"
                             "Anna,,03/14/2024 09:00:00 AM,03/14/2024 09:30:00 AM,30\n"
                             ",,03/14/2024 09:00:00 AM,03/14/2024 09:40:00 AM,40\n"
                             "bopha,,03/14/2024 09:00:00 AM,03/14/2024 09:50:00 AM,50\n";
    const auto file = parseAttendanceExport(bytes, QStringLiteral("p.csv"), {});
    REQUIRE(file.ok());
    const auto people = summarize(file.value());
    REQUIRE(people.size() == 5);
    CHECK(people[2].name == u"Anna");
    CHECK(people[3].name == u"bopha");
    CHECK(people[4].name == u"zoe");
    CHECK(people[0].name.isEmpty());
    CHECK(people[0].seconds + people[1].seconds == 60 * 60);
}
