#include "attendancecommands.h"

#include "attendance/attendancereader.h"
#include "attendance/attendancesummary.h"
#include "clisupport.h"
#include "exitcodes.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cmath>

namespace sala::cli {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

using json = nlohmann::ordered_json;

// Local wall-clock time without an offset: the zone is not known yet.
QString wallClock(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
}

json timeOrNull(const std::optional<QDateTime> &time)
{
    return time ? json(wallClock(*time).toStdString()) : json(nullptr);
}

json textOrNull(const QString &text)
{
    return text.isEmpty() ? json(nullptr) : json(text.toStdString());
}

// Minutes to one decimal, halves rounded up: 61.5 for 3,690 seconds.
double minutes(qint64 seconds)
{
    return std::floor(double(seconds) / 6.0 + 0.5) / 10.0;
}

QByteArray summaryJson(const std::vector<AttendanceExport> &files, const QStringList &paths,
                       const std::vector<IdentitySummary> &people)
{
    json root;
    json list = json::array();
    for (std::size_t i = 0; i < files.size(); ++i) {
        const AttendanceExport &file = files[i];
        json meeting;
        meeting["title"] = textOrNull(file.meeting.title);
        meeting["start"] = timeOrNull(file.meeting.start);
        meeting["end"] = timeOrNull(file.meeting.end);
        json entry;
        entry["path"] = paths[qsizetype(i)].toStdString();
        entry["platform"] = key(file.platform).toStdString();
        entry["layout"] = file.layout.toStdString();
        entry["meeting"] = meeting;
        list.push_back(entry);
    }
    root["files"] = list;
    json participants = json::array();
    for (const IdentitySummary &person : people) {
        json entry;
        entry["name"] = person.name.toStdString();
        entry["email"] = textOrNull(person.email);
        entry["first_join"] = timeOrNull(person.firstJoin);
        entry["last_leave"] = timeOrNull(person.lastLeave);
        entry["minutes"] = minutes(person.seconds);
        json intervals = json::array();
        for (const auto &[start, end] : person.intervals)
            intervals.push_back(json::array({wallClock(start).toStdString(), wallClock(end).toStdString()}));
        entry["intervals"] = intervals;
        participants.push_back(entry);
    }
    root["participants"] = participants;
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

// A cell a spreadsheet would run as a formula is written as text.
QString csvCell(QString text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QByteArray summaryCsv(const std::vector<IdentitySummary> &people)
{
    QString text = QStringLiteral("name,email,first_join,last_leave,minutes,intervals\r\n");
    for (const IdentitySummary &person : people) {
        QStringList stays;
        for (const auto &[start, end] : person.intervals)
            stays << wallClock(start) + u'/' + wallClock(end);
        text += csvCell(person.name) + u',' + csvCell(person.email) + u','
                + (person.firstJoin ? wallClock(*person.firstJoin) : QString()) + u','
                + (person.lastLeave ? wallClock(*person.lastLeave) : QString()) + u','
                + QString::number(minutes(person.seconds), 'f', 1) + u',' + csvCell(stays.join(QStringLiteral("; ")))
                + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

int summarizeFiles(const AttendanceRequest &request, const QStringList &paths)
{
    const QCommandLineParser &parser = request.parser;
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("json");
    if (format != u"json" && format != u"csv")
        return reportUsage(request.err, Text::tr("--format for attendance must be json or csv, not “%1”").arg(format));
    ExportReadOptions options;
    if (parser.isSet(QStringLiteral("date-order"))) {
        const QString order = parser.value(QStringLiteral("date-order"));
        if (order == u"dmy")
            options.dateOrder = DateOrder::DayFirst;
        else if (order == u"mdy")
            options.dateOrder = DateOrder::MonthFirst;
        else
            return reportUsage(request.err,
                               Text::tr("--date-order must be dmy (day first) or mdy (month first), not “%1”").arg(order));
    }
    if (parser.isSet(QStringLiteral("date"))) {
        const QString text = parser.value(QStringLiteral("date"));
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return reportUsage(request.err, Text::tr("--date needs a date such as 2024-03-05, not “%1”").arg(text));
        options.sessionDate = date;
    }
    if (paths.isEmpty())
        return reportUsage(request.err, Text::tr("attendance summarize needs at least one export file"));

    std::vector<AttendanceExport> files;
    for (const QString &path : paths) {
        auto file = readAttendanceExport(path, options);
        if (!file) {
            Error error = file.error();
            if (error.code == ErrorCode::AmbiguousDateOrder)
                error.message += u' ' + Text::tr("Add --date-order dmy or --date-order mdy, or --date with the session's date.");
            else if (error.code == ErrorCode::Usage)
                error.message += u' ' + Text::tr("Add --date YYYY-MM-DD.");
            return reportFailure(request.err, error);
        }
        files.push_back(std::move(file).value());
    }
    const std::vector<IdentitySummary> people = summarize(files);
    const QByteArray output = format == u"json" ? summaryJson(files, paths, people) : summaryCsv(people);

    if (parser.isSet(QStringLiteral("out"))) {
        const QString path = parser.value(QStringLiteral("out"));
        if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force")))
            return reportFailure(request.err,
                                 {ErrorCode::Usage, Text::tr("“%1” exists; add --force to replace it").arg(nativePath(path))});
        // Excel reads a CSV file as UTF-8 only with the mark.
        const QByteArray bytes = format == u"csv" ? QByteArray("\xEF\xBB\xBF") + output : output;
        if (Status written = writeAtomically(path, bytes); !written)
            return reportFailure(request.err, written.error());
        request.err << Text::tr("sala-cli: %n people written to %1", nullptr, int(people.size())).arg(nativePath(path))
                    << Qt::endl;
        return Ok;
    }
    request.out << QString::fromUtf8(output);
    request.out.flush();
    return Ok;
}

} // namespace

int runAttendanceCommand(const AttendanceRequest &request)
{
    QStringList words = request.words;
    if (words.isEmpty())
        return reportUsage(request.err, Text::tr("attendance needs a subcommand: summarize"));
    const QString sub = words.takeFirst();
    if (sub == u"summarize")
        return summarizeFiles(request, words);
    return reportUsage(request.err, Text::tr("unknown attendance subcommand “%1”").arg(sub));
}

} // namespace sala::cli
