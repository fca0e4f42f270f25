// `sala-cli attendance summarize` as a trainer runs it: exports of every platform in, one record
// per person out (JSON or CSV), clear one-line refusals, and the questions the file cannot answer
// (date order, Meet's date) asked through options.

#include "cli/clirun.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace sala::test;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SALA_FIXTURES_DIR "/attendance/") + name;
}

Run summarize(const QStringList &arguments, const QTemporaryDir &home)
{
    return runCli(QStringList{QStringLiteral("attendance"), QStringLiteral("summarize")} + arguments, home.path());
}

QJsonObject json(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonObject participant(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &value : root.value(QStringLiteral("participants")).toArray())
        if (value.toObject().value(QStringLiteral("name")).toString() == name)
            return value.toObject();
    FAIL("no participant " << name.toStdString());
    return {};
}

// A Teams download: the UTF-8 fixture written as UTF-16 with a byte-order mark.
QString teamsDownload(const QTemporaryDir &dir, const QString &fixtureName, const QString &fileName)
{
    QStringEncoder encoder(QStringConverter::Utf16LE);
    const QByteArray body = encoder(QString::fromUtf8(readBytes(fixture(fixtureName))));
    const QString path = dir.filePath(fileName);
    writeBytes(path, QByteArray("\xFF\xFE") + body);
    return path;
}

} // namespace

TEST_CASE("cliAttendance_helpListsSummarize", "[cli][attendance]")
{
    QTemporaryDir home;
    const Run run = runCli({QStringLiteral("--help")}, home.path());
    CHECK(run.exitCode == 0);
    for (const char *text : {"attendance summarize", "--date-order", "dmy|mdy", "--date YYYY-MM-DD"})
        CHECK(run.out.contains(QString::fromLatin1(text)));
}

TEST_CASE("cliAttendance_zoomJson_filesAndOneRecordPerPerson", "[cli][attendance]")
{
    QTemporaryDir home;
    const QString path = fixture(QStringLiteral("zoom-title-case-meeting-block.csv"));
    const Run run = summarize({path}, home);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = json(run);
    CHECK(root.keys() == QStringList{QStringLiteral("files"), QStringLiteral("participants")});
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 1);
    const QJsonObject file = files.first().toObject();
    CHECK(file.value(QStringLiteral("path")).toString() == path);
    CHECK(file.value(QStringLiteral("platform")).toString() == u"zoom");
    CHECK(file.value(QStringLiteral("layout")).toString() == u"zoom-participants-title-case");
    const QJsonObject meeting = file.value(QStringLiteral("meeting")).toObject();
    CHECK(meeting.value(QStringLiteral("title")).toString() == u"Cash Flow Clinic, Session 2");
    CHECK(meeting.value(QStringLiteral("start")).toString() == u"2024-03-14T09:00:00");
    CHECK(meeting.value(QStringLiteral("end")).toString() == u"2024-03-14T11:00:00");

    REQUIRE(root.value(QStringLiteral("participants")).toArray().size() == 5);
    const QJsonObject noy = participant(root, QStringLiteral("Phoutthasone Keomany"));
    CHECK(noy.value(QStringLiteral("email")).toString() == u"noy@la.example.org");
    CHECK(noy.value(QStringLiteral("first_join")).toString() == u"2024-03-14T09:02:00");
    CHECK(noy.value(QStringLiteral("last_leave")).toString() == u"2024-03-14T11:00:00");
    CHECK(noy.value(QStringLiteral("minutes")).toDouble() == 113.5);
    const QJsonArray intervals = noy.value(QStringLiteral("intervals")).toArray();
    REQUIRE(intervals.size() == 2);
    CHECK(intervals[0].toArray() == QJsonArray{QStringLiteral("2024-03-14T09:02:00"), QStringLiteral("2024-03-14T09:40:30")});
    const QJsonObject aisyah = participant(root, QStringLiteral("Nur Aisyah binti Ahmad"));
    CHECK(aisyah.value(QStringLiteral("email")).isNull());
    CHECK(aisyah.value(QStringLiteral("minutes")).toDouble() == 90.0);
    CHECK(participant(root, QStringLiteral("Jose Reyes Jr.")).value(QStringLiteral("minutes")).toDouble() == 0.3);
}

TEST_CASE("cliAttendance_minutesRoundHalvesUp_totalsHaveNoTimes", "[cli][attendance]")
{
    QTemporaryDir home;
    const Run webinar = summarize({fixture(QStringLiteral("zoom-webinar.csv"))}, home);
    REQUIRE(webinar.exitCode == 0);
    // 6,873 seconds are 114.55 minutes.
    CHECK(participant(json(webinar), QStringLiteral("Siti Nurhaliza binti Yusof")).value(QStringLiteral("minutes")).toDouble()
          == 114.6);
    const Run unique = summarize({fixture(QStringLiteral("zoom-unique-users.csv"))}, home);
    REQUIRE(unique.exitCode == 0);
    const QJsonObject malee = participant(json(unique), QStringLiteral("Malee Srisuk"));
    CHECK(malee.value(QStringLiteral("minutes")).toDouble() == 85.0);
    CHECK(malee.value(QStringLiteral("first_join")).isNull());
    CHECK(malee.value(QStringLiteral("last_leave")).isNull());
    CHECK(malee.value(QStringLiteral("intervals")).toArray().isEmpty());
}

TEST_CASE("cliAttendance_csv_oneRowPerPersonWithFormulasNeutralized", "[cli][attendance]")
{
    QTemporaryDir home;
    const Run run = summarize({QStringLiteral("--format"), QStringLiteral("csv"),
                               fixture(QStringLiteral("zoom-sentence-case-meeting-block.csv")),
                               fixture(QStringLiteral("zoom-title-case-plain.csv"))},
                              home);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 7);
    CHECK(lines[0] == u"name,email,first_join,last_leave,minutes,intervals");
    CHECK(
        lines.contains(QStringLiteral("Mohd Faizal bin Hamzah,faizal@my.example.org,2026-06-16T15:15:00,2026-06-16T16:20:00,65.0,"
                                      "2026-06-16T15:15:00/2026-06-16T16:20:00")));
    CHECK(lines.contains(QStringLiteral("'=cmd|' /C calc'!A0,,2026-06-16T15:30:00,2026-06-16T15:45:00,15.0,"
                                        "2026-06-16T15:30:00/2026-06-16T15:45:00")));
    CHECK(lines.contains(QStringLiteral("'+63 917 555 0100,,2024-04-25T10:30:00,2024-04-25T11:00:00,30.0,"
                                        "2024-04-25T10:30:00/2024-04-25T11:00:00")));
}

TEST_CASE("cliAttendance_teamsDownloadAndItsExcelCopy_mergeIntoOnePersonEach", "[cli][attendance]")
{
    QTemporaryDir home;
    const QString download = teamsDownload(home, QStringLiteral("teams-legacy.utf8.tsv"),
                                           QStringLiteral("meetingAttendanceList.csv"));
    const Run run = summarize({download, fixture(QStringLiteral("teams-legacy-excel.csv"))}, home);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = json(run);
    CHECK(root.value(QStringLiteral("files")).toArray().size() == 2);
    CHECK(root.value(QStringLiteral("files")).toArray()[1].toObject().value(QStringLiteral("layout")).toString()
          == u"teams-legacy-excel");
    CHECK(root.value(QStringLiteral("participants")).toArray().size() == 5);
    CHECK(participant(root, QStringLiteral("Malee Srisuk")).value(QStringLiteral("minutes")).toDouble() == 40.0);
}

TEST_CASE("cliAttendance_ambiguousDates_requireDateOrder", "[cli][attendance]")
{
    QTemporaryDir home;
    const QString path = teamsDownload(home, QStringLiteral("teams-sectioned-2023.utf8.tsv"), QStringLiteral("report.csv"));
    const Run refused = summarize({path}, home);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.count(u'\n') == 1);
    CHECK(refused.err.contains(QStringLiteral("report.csv")));
    CHECK(refused.err.contains(QStringLiteral("--date-order")));

    const Run dayFirst = summarize({QStringLiteral("--date-order"), QStringLiteral("dmy"), path}, home);
    REQUIRE(dayFirst.exitCode == 0);
    const QJsonObject ramon = participant(json(dayFirst), QStringLiteral("Ramon Bautista"));
    CHECK(ramon.value(QStringLiteral("first_join")).toString() == u"2025-01-02T21:04:01");
    CHECK(ramon.value(QStringLiteral("minutes")).toDouble() == 66.0);

    const Run bySession = summarize({QStringLiteral("--date"), QStringLiteral("2025-02-01"), path}, home);
    REQUIRE(bySession.exitCode == 0);
    CHECK(participant(json(bySession), QStringLiteral("Ramon Bautista")).value(QStringLiteral("first_join")).toString()
          == u"2025-02-01T21:04:01");
}

TEST_CASE("cliAttendance_meetTimesOfDay_takeTheDateOption", "[cli][attendance]")
{
    QTemporaryDir home;
    const QString path = fixture(QStringLiteral("meet-evening.csv"));
    const Run refused = summarize({path}, home);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("meet-evening.csv")));
    CHECK(refused.err.contains(QStringLiteral("--date YYYY-MM-DD")));
    const Run run = summarize({QStringLiteral("--date"), QStringLiteral("2024-03-05"), path}, home);
    REQUIRE(run.exitCode == 0);
    const QJsonObject root = json(run);
    CHECK(root.value(QStringLiteral("files")).toArray()[0].toObject().value(QStringLiteral("platform")).toString() == u"meet");
    const QJsonObject faizal = participant(root, QStringLiteral("Mohd Faizal bin Hamzah"));
    CHECK(faizal.value(QStringLiteral("last_leave")).toString() == u"2024-03-06T00:15:00");
    CHECK(faizal.value(QStringLiteral("minutes")).toDouble() == 45.0);
}

TEST_CASE("cliAttendance_refusedAndMissingFiles_oneLineAndANonZeroExit", "[cli][attendance]")
{
    QTemporaryDir home;
    const QString qos = fixture(QStringLiteral("zoom-qos-dashboard.csv"));
    const Run refused = summarize({fixture(QStringLiteral("zoom-japanese.csv")), qos}, home);
    CHECK(refused.exitCode == 7);
    CHECK(refused.out.isEmpty()); // all or nothing
    CHECK(refused.err.count(u'\n') == 1);
    CHECK(refused.err.contains(QStringLiteral("zoom-qos-dashboard.csv")));
    CHECK(refused.err.contains(QStringLiteral("quality-of-service")));

    const Run missing = summarize({home.filePath(QStringLiteral("nope.csv"))}, home);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("nope.csv")));

    CHECK(summarize({}, home).exitCode == 1);
    CHECK(summarize({QStringLiteral("--format"), QStringLiteral("xml"), qos}, home).exitCode == 1);
    CHECK(summarize({QStringLiteral("--date-order"), QStringLiteral("ymd"), qos}, home).exitCode == 1);
    CHECK(summarize({QStringLiteral("--date"), QStringLiteral("5 March"), qos}, home).exitCode == 1);
    CHECK(runCli({QStringLiteral("attendance"), QStringLiteral("import")}, home.path()).exitCode == 1);
}

TEST_CASE("cliAttendance_outWritesTheFileOnlyWithForceToReplace", "[cli][attendance]")
{
    QTemporaryDir home;
    const QString out = home.filePath(QStringLiteral("attendance.csv"));
    const QStringList arguments{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out,
                                fixture(QStringLiteral("zoom-japanese.csv"))};
    REQUIRE(summarize(arguments, home).exitCode == 0);
    const QByteArray bytes = readBytes(out);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "name,email"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("สมศรี ใจดี,somsri@th.example.org")));
    CHECK(summarize(arguments, home).exitCode != 0);
    CHECK(summarize(QStringList(arguments) << QStringLiteral("--force"), home).exitCode == 0);
}
