#include "attendance/meetexport.h"

#include "attendance/durations.h"
#include "attendance/exportrows.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceExport)
};

const char *const joinTime = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the time joined");
const char *const exitTime = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the time exited");

// "2024-03-05 09-00 Budget Basics.csv", "2024-03-05 09:00 Budget Basics - Attendance Report.csv"
void meetingFromFileName(const QString &fileName, ExportMeeting &meeting)
{
    static const QRegularExpression pattern(QStringLiteral(
                                                "^((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)[ _T](\\d\\d)[-:_.h](\\d\\d)\\s*(.*?)"
                                                "(?:\\s*-\\s*Attendance Report)?(?:\\s*\\(\\d+\\))?$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(QFileInfo(fileName).completeBaseName());
    if (!m.hasMatch())
        return;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt());
    if (date.isValid() && time.isValid())
        meeting.start = QDateTime(date, time, Qt::UTC);
    meeting.title = m.captured(6).trimmed();
}

} // namespace

Expected<AttendanceExport> readMeetExport(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    const ExportRecord &header = table.records[shape.header];
    const std::vector<QString> f = foldHeaders(header);
    const int first = findColumn(f, {u"firstname"});
    const int last = findColumn(f, {u"lastname"});
    const int name = findColumn(f, {u"name", u"fullname"});
    const int email = findColumn(f, {u"email", u"emailaddress"});
    const int duration = findColumn(f, {u"duration"});
    const int joined = findColumn(f, {u"timejoined"});
    const int exited = findColumn(f, {u"timeexited"});
    for (std::size_t i = shape.header + 1; i < table.records.size(); ++i) {
        const ExportRecord &record = table.records[i];
        PendingRow row;
        row.row.line = record.line;
        if (name >= 0) {
            row.row.name = cellAt(record, name).toString();
        } else {
            // Google shows given name then family name; the parts are joined back as it shows them.
            const QStringView given = cellAt(record, first);
            const QStringView family = cellAt(record, last);
            row.row.name = given.isEmpty()    ? family.toString()
                           : family.isEmpty() ? given.toString()
                                              : given.toString() + u' ' + family.toString();
        }
        row.row.email = cellAt(record, email).toString();
        auto in = pending.time(cellAt(record, joined), record.line, joinTime);
        if (!in)
            return in.error();
        auto out = pending.time(cellAt(record, exited), record.line, exitTime);
        if (!out)
            return out.error();
        row.join = in.value();
        row.leave = out.value();
        row.row.seconds = parseDuration(cellAt(record, duration));
        pending.add(std::move(row));
    }
    if (pending.empty())
        return rowError(table, header.line,
                        Text::tr("the attendance report has its header but no rows. Download it again from the meeting's "
                                 "calendar event or e-mail."));
    ExportMeeting named;
    meetingFromFileName(table.fileName, named);
    auto result = std::move(pending).resolve();
    if (!result)
        return result;
    result->platform = ExportPlatform::Meet;
    result->layout = key(ExportLayout::Meet);
    result->meeting.title = named.title;
    result->meeting.start = named.start;
    return result;
}

} // namespace sala
