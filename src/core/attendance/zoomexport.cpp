#include "attendance/zoomexport.h"

#include "attendance/durations.h"
#include "attendance/exportidentity.h"
#include "attendance/exportrows.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <set>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceExport)
};

const char *const joinTime = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the join time");
const char *const leaveTime = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the leave time");
const char *const meetingStart = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the meeting's start time");
const char *const meetingEnd = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the meeting's end time");

// Zoom writes the same number as 81234567890 or "812 3456 7890".
QString meetingNumber(QStringView text)
{
    QString id;
    for (const QChar c : text)
        if (!c.isSpace() && c != u'-')
            id += c;
    return id;
}

// participants_84784749718.csv, participants_84784749718_2025_06_23.csv, zoomus_meeting_report_84784749718.csv
QString meetingNumberFromFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:participants|zoomus_meeting_report)_(\\d{9,12})(?!\\d)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(QFileInfo(fileName).fileName());
    return m.hasMatch() ? m.captured(1) : QString();
}

bool isYes(QStringView text)
{
    return text.compare(u"yes", Qt::CaseInsensitive) == 0 || text.compare(u"y", Qt::CaseInsensitive) == 0;
}

std::optional<qint64> minutesCell(QStringView text)
{
    return parseDuration(text, DurationUnit::Minutes);
}

Error noRows(const ExportTable &table, const ExportRecord &header)
{
    return rowError(table, header.line,
                    Text::tr("the participants table has its header but no rows. The report may have been cut short or "
                             "downloaded before anyone joined; download it again."));
}

// The "Export with meeting data" block above the participants table, in either generation:
// "Meeting ID,Topic,Start Time,End Time,…" or "Topic,ID,Host,Duration (minutes),Start time,…".
Status readMeetingBlock(const ExportTable &table, std::size_t header, PendingExport &pending)
{
    for (std::size_t k = 0; k + 1 < header; ++k) {
        const std::vector<QString> f = foldHeaders(table.records[k]);
        const int topic = findColumn(f, {u"topic"});
        const int id = findColumn(f, {u"meetingid", u"id", u"ミーティングid"});
        if (topic < 0 && id < 0)
            continue;
        const ExportRecord &values = table.records[k + 1];
        pending.result.meeting.title = cellAt(values, topic).toString();
        pending.result.meeting.id = meetingNumber(cellAt(values, id));
        auto start = pending.time(cellAt(values, findColumn(f, {u"starttime"})), values.line, meetingStart, false);
        if (!start)
            return start.error();
        auto end = pending.time(cellAt(values, findColumn(f, {u"endtime"})), values.line, meetingEnd, false);
        if (!end)
            return end.error();
        pending.meetingStart = start.value();
        pending.meetingEnd = end.value();
        return success();
    }
    return success();
}

Expected<AttendanceExport> readParticipants(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    const ExportRecord &header = table.records[shape.header];
    const std::vector<QString> f = foldHeaders(header);
    const bool unique = shape.layout == ExportLayout::ZoomUniqueUsers;
    const bool byPosition = shape.layout == ExportLayout::ZoomParticipantsLocalized && findColumn(f, {u"参加時刻"}) < 0;

    int email = findColumn(f, {u"useremail", u"email", u"ユーザーメール"});
    int join = findColumn(f, {u"jointime", u"参加時刻"});
    int leave = findColumn(f, {u"leavetime", u"退出時刻"});
    int duration = findColumn(f, {u"duration(minutes)", u"所要時間(分)"});
    int total = findColumn(f, {u"totalduration(minutes)"});
    const int waiting = findColumn(f, {u"inwaitingroom"});
    if (byPosition) {
        email = 1;
        join = 2;
        leave = 3;
        duration = 4;
    }
    if (unique && total < 0)
        total = f.size() >= 3 ? 2 : -1;
    if (email < 0 && f.size() >= 2 && (byPosition || unique))
        email = 1;
    if (!unique && (join < 0 || leave < 0))
        return rowError(table, header.line,
                        Text::tr("this Zoom participants table has no join or leave time column (its columns are %1).")
                            .arg(describeCells(header)));
    if (unique && total < 0)
        return rowError(table, header.line,
                        Text::tr("this Zoom table of unique users has no total duration column (its columns are %1).")
                            .arg(describeCells(header)));

    if (Status s = readMeetingBlock(table, shape.header, pending); !s)
        return s.error();
    pending.reserve(table.records.size() - shape.header);
    for (std::size_t i = shape.header + 1; i < table.records.size(); ++i) {
        const ExportRecord &record = table.records[i];
        if (record.sameCells(header))
            continue; // the header again, as when two exports were pasted together
        if (waiting >= 0 && isYes(cellAt(record, waiting)))
            continue; // time in the waiting room is not time in the meeting
        PendingRow row;
        row.row.line = record.line;
        ZoomName name = splitZoomName(cellAt(record, 0));
        row.row.name = std::move(name.name);
        row.row.originalName = std::move(name.originalName);
        row.row.email = cellAt(record, email).toString();
        if (unique) {
            const QStringView text = cellAt(record, total);
            const auto seconds = minutesCell(text);
            if (!seconds)
                return rowError(table, record.line,
                                Text::tr("the total duration “%1” is not a number of minutes.").arg(text.toString()));
            row.row.seconds = seconds;
        } else {
            auto joined = pending.time(cellAt(record, join), record.line, joinTime);
            if (!joined)
                return joined.error();
            auto left = pending.time(cellAt(record, leave), record.line, leaveTime);
            if (!left)
                return left.error();
            row.join = joined.value();
            row.leave = left.value();
            if (duration >= 0)
                row.row.seconds = minutesCell(cellAt(record, duration));
        }
        pending.add(std::move(row));
    }
    if (pending.empty())
        return noRows(table, header);
    return std::move(pending).resolve();
}

// Zoom's admin export: the meeting's columns, then the participant's, with "User Email" and
// "Duration (Minutes)" on both sides. Columns are found by position relative to the name.
Expected<AttendanceExport> readAdmin(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    const ExportRecord &header = table.records[shape.header];
    const std::vector<QString> f = foldHeaders(header);
    int nameColumn = 0;
    while (std::size_t(nameColumn) < f.size() && !isZoomNameHeader(f[std::size_t(nameColumn)]))
        ++nameColumn;
    const int topic = findColumn(f, {u"topic"});
    const int id = findColumn(f, {u"meetingid"});
    const int start = findColumn(f, {u"starttime"});
    const int end = findColumn(f, {u"endtime"});
    const int email = findColumn(f, {u"useremail", u"email"}, nameColumn + 1);
    const int join = findColumn(f, {u"jointime"}, nameColumn + 1);
    const int leave = findColumn(f, {u"leavetime"}, nameColumn + 1);
    const int duration = findColumn(f, {u"duration(minutes)"}, nameColumn + 1);
    const int waiting = findColumn(f, {u"inwaitingroom"}, nameColumn + 1);
    if (join < 0 || leave < 0)
        return rowError(table, header.line,
                        Text::tr("this Zoom admin export has no join or leave time after the participant's name (its "
                                 "columns are %1).")
                            .arg(describeCells(header)));
    std::set<QString> meetings;
    for (std::size_t i = shape.header + 1; i < table.records.size(); ++i) {
        const ExportRecord &record = table.records[i];
        if (record.sameCells(header))
            continue;
        const QString number = meetingNumber(cellAt(record, id));
        meetings.insert(number);
        if (meetings.size() > 1)
            return fileError(table.fileName,
                             Text::tr("this Zoom admin export holds more than one meeting (%1 and %2, from line %3). Sala "
                                      "reads one meeting at a time: keep only one meeting's rows in a spreadsheet, or "
                                      "export that meeting's participants report.")
                                 .arg(*meetings.begin(), *std::next(meetings.begin()))
                                 .arg(record.line));
        if (pending.empty()) {
            pending.result.meeting.title = cellAt(record, topic).toString();
            pending.result.meeting.id = number;
            auto started = pending.time(cellAt(record, start), record.line, meetingStart, false);
            if (!started)
                return started.error();
            auto ended = pending.time(cellAt(record, end), record.line, meetingEnd, false);
            if (!ended)
                return ended.error();
            pending.meetingStart = started.value();
            pending.meetingEnd = ended.value();
        }
        if (waiting >= 0 && isYes(cellAt(record, waiting)))
            continue;
        PendingRow row;
        row.row.line = record.line;
        ZoomName name = splitZoomName(cellAt(record, nameColumn));
        row.row.name = std::move(name.name);
        row.row.originalName = std::move(name.originalName);
        row.row.email = cellAt(record, email).toString();
        auto joined = pending.time(cellAt(record, join), record.line, joinTime);
        if (!joined)
            return joined.error();
        auto left = pending.time(cellAt(record, leave), record.line, leaveTime);
        if (!left)
            return left.error();
        row.join = joined.value();
        row.leave = left.value();
        if (duration >= 0)
            row.row.seconds = minutesCell(cellAt(record, duration));
        pending.add(std::move(row));
    }
    if (pending.empty())
        return noRows(table, header);
    return std::move(pending).resolve();
}

QString webinarRole(QStringView sectionTitle)
{
    const QString folded = foldHeader(sectionTitle);
    if (folded == u"hostdetails")
        return QStringLiteral("host");
    if (folded == u"panelistdetails")
        return QStringLiteral("panelist");
    if (folded == u"attendeedetails")
        return QStringLiteral("attendee");
    return sectionTitle.toString();
}

// Sections with their own headers ("Host Details", "Panelist Details", "Attendee Details");
// people who registered but did not come ("Attended" = No, "--" for times) are left out.
Expected<AttendanceExport> readWebinar(const ExportTable &table, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    struct Columns {
        int attended = -1, name = -1, email = -1, join = -1, leave = -1, minutes = -1;
    };
    std::optional<Columns> columns;
    std::optional<qint64> webinarSeconds;
    QString role;
    const ExportRecord *lastHeader = nullptr;
    const auto &records = table.records;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const ExportRecord &record = records[i];
        const QString first = foldHeader(cellAt(record, 0));
        if (i == 0 && first == u"attendeereport")
            continue;
        if (first.startsWith(u"reportgenerated")) {
            pending.hint(cellAt(record, 1), record.line);
            continue;
        }
        if (first == u"topic" && !columns) {
            const std::vector<QString> f = foldHeaders(record);
            if (i + 1 < records.size()) {
                const ExportRecord &values = records[++i];
                pending.result.meeting.title = cellAt(values, findColumn(f, {u"topic"})).toString();
                pending.result.meeting.id = meetingNumber(cellAt(values, findColumn(f, {u"webinarid", u"meetingid", u"id"})));
                auto start = pending.time(cellAt(values, findColumn(f, {u"actualstarttime", u"starttime"})), values.line,
                                          meetingStart, false);
                if (!start)
                    return start.error();
                pending.meetingStart = start.value();
                webinarSeconds = minutesCell(cellAt(values, findColumn(f, {u"actualduration(minutes)", u"duration(minutes)"})));
            }
            continue;
        }
        const std::vector<QString> f = foldHeaders(record);
        const auto nameAt = std::find_if(f.begin(), f.end(), [](const QString &cell) { return isZoomNameHeader(cell); });
        if (nameAt != f.end()) {
            Columns c;
            c.name = int(nameAt - f.begin());
            c.attended = findColumn(f, {u"attended"});
            c.email = findColumn(f, {u"email"});
            c.join = findColumn(f, {u"jointime"});
            c.leave = findColumn(f, {u"leavetime"});
            c.minutes = findColumn(f, {u"timeinsession(minutes)"});
            if (c.join < 0 || c.leave < 0)
                return rowError(table, record.line,
                                Text::tr("this section of the webinar report has no join or leave time (its columns are %1).")
                                    .arg(describeCells(record)));
            columns = c;
            lastHeader = &record;
            continue;
        }
        if (record.size() == 1) {
            role = webinarRole(cellAt(record, 0));
            continue;
        }
        if (!columns)
            continue;
        if (cellAt(record, columns->attended).compare(u"no", Qt::CaseInsensitive) == 0)
            continue;
        PendingRow row;
        row.row.line = record.line;
        ZoomName name = splitZoomName(cellAt(record, columns->name));
        row.row.name = std::move(name.name);
        row.row.originalName = std::move(name.originalName);
        row.row.email = cellAt(record, columns->email).toString();
        row.row.role = role;
        auto noDash = [](QStringView text) { return text == u"--" ? QStringView() : text; };
        auto joined = pending.time(noDash(cellAt(record, columns->join)), record.line, joinTime);
        if (!joined)
            return joined.error();
        auto left = pending.time(noDash(cellAt(record, columns->leave)), record.line, leaveTime);
        if (!left)
            return left.error();
        row.join = joined.value();
        row.leave = left.value();
        if (columns->minutes >= 0)
            row.row.seconds = minutesCell(cellAt(record, columns->minutes));
        pending.add(std::move(row));
    }
    if (!lastHeader)
        return fileError(table.fileName,
                         Text::tr("this webinar report has no table of attendees (no row with “User Name (Original Name)”). "
                                  "Export the attendee report again."));
    if (pending.empty())
        return rowError(table, lastHeader->line,
                        Text::tr("nobody in this webinar report attended. Check that it is the right webinar."));
    auto result = std::move(pending).resolve();
    if (result && result->meeting.start && webinarSeconds && !result->meeting.end)
        result->meeting.end = result->meeting.start->addSecs(*webinarSeconds);
    return result;
}

// "User Name,Join time,Leave time,Duration(Minutes),Attentiveness Score" with no e-mail.
Expected<AttendanceExport> readMeetingReport(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    const ExportRecord &header = table.records[shape.header];
    const std::vector<QString> f = foldHeaders(header);
    const int join = findColumn(f, {u"jointime"});
    const int leave = findColumn(f, {u"leavetime"});
    const int duration = findColumn(f, {u"duration(minutes)"});
    if (leave < 0)
        return rowError(table, header.line, Text::tr("this Zoom meeting report has no leave time column."));
    for (std::size_t i = shape.header + 1; i < table.records.size(); ++i) {
        const ExportRecord &record = table.records[i];
        PendingRow row;
        row.row.line = record.line;
        row.row.name = cellAt(record, 0).toString();
        auto joined = pending.time(cellAt(record, join), record.line, joinTime);
        if (!joined)
            return joined.error();
        auto left = pending.time(cellAt(record, leave), record.line, leaveTime);
        if (!left)
            return left.error();
        row.join = joined.value();
        row.leave = left.value();
        if (duration >= 0)
            row.row.seconds = minutesCell(cellAt(record, duration));
        pending.add(std::move(row));
    }
    if (pending.empty())
        return noRows(table, header);
    return std::move(pending).resolve();
}

} // namespace

Expected<AttendanceExport> readZoomExport(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    Expected<AttendanceExport> result = Error{};
    switch (shape.layout) {
    case ExportLayout::ZoomAdmin: result = readAdmin(table, shape, options); break;
    case ExportLayout::ZoomWebinar: result = readWebinar(table, options); break;
    case ExportLayout::ZoomMeetingReport: result = readMeetingReport(table, shape, options); break;
    default: result = readParticipants(table, shape, options); break;
    }
    if (!result)
        return result;
    result->platform = ExportPlatform::Zoom;
    result->layout = key(shape.layout);
    if (result->meeting.id.isEmpty())
        result->meeting.id = meetingNumberFromFileName(table.fileName);
    return result;
}

} // namespace sala
