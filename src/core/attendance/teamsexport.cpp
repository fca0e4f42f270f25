#include "attendance/teamsexport.h"

#include "attendance/durations.h"
#include "attendance/exportrows.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceExport)
};

const char *const joinTime = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the join time");
const char *const leaveTime = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the leave time");
const char *const eventTime = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the time");
const char *const meetingStart = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the meeting's start time");
const char *const meetingEnd = QT_TRANSLATE_NOOP("sala::AttendanceExport", "the meeting's end time");

struct EventKeys {
    std::vector<QString> person; // whose presence the event changes
    std::vector<bool> joins;     // a join, else a leave
};

// Join and leave events, paired per person (or per session) in file order into stays.
// "Joined before" is present from the downloader's join, which is its timestamp. A join that is
// never followed by a leave lasts until the last time in the file (the person was still there
// when the list was downloaded); a leave without a join counts from the first time in the file.
std::vector<ExportRow> pairEvents(std::vector<ExportRow> events, const EventKeys &keys)
{
    std::vector<ExportRow> stays;
    if (events.empty())
        return stays;
    QDateTime earliest = *events.front().join;
    QDateTime latest = earliest;
    for (const ExportRow &event : events) {
        earliest = std::min(earliest, *event.join);
        latest = std::max(latest, *event.join);
    }
    QHash<QString, std::size_t> open;
    for (std::size_t i = 0; i < events.size(); ++i) {
        ExportRow &event = events[i];
        const QDateTime at = *event.join;
        const QString &person = keys.person[i];
        const auto found = open.constFind(person);
        if (keys.joins[i]) {
            if (found != open.constEnd())
                continue; // still present
            event.leave.reset();
            open.insert(person, stays.size());
            stays.push_back(std::move(event));
        } else if (found != open.constEnd()) {
            stays[*found].leave = at;
            open.erase(found);
        } else {
            event.join = earliest;
            event.leave = at;
            stays.push_back(std::move(event));
        }
    }
    for (ExportRow &stay : stays)
        if (!stay.leave)
            stay.leave = std::max(latest, *stay.join);
    return stays;
}

QString personKey(QStringView name)
{
    return name.toString().simplified().toCaseFolded();
}

// "Full Name, User Action, Timestamp": Joined, Left, Joined before.
Expected<AttendanceExport> readLegacy(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    const ExportRecord &header = table.records[shape.header];
    EventKeys keys;
    for (std::size_t i = shape.header + 1; i < table.records.size(); ++i) {
        const ExportRecord &record = table.records[i];
        const QString action = foldHeader(cellAt(record, 1));
        PendingRow row;
        row.row.line = record.line;
        row.row.name = cellAt(record, 0).toString();
        if (action == u"joined" || action == u"joinedbefore")
            keys.joins.push_back(true);
        else if (action == u"left")
            keys.joins.push_back(false);
        else
            return rowError(table, record.line,
                            Text::tr("the action “%1” is not one Teams writes (Joined, Left or Joined before).")
                                .arg(cellAt(record, 1).toString()));
        auto at = pending.time(cellAt(record, 2), record.line, eventTime);
        if (!at)
            return at.error();
        row.join = at.value();
        keys.person.push_back(personKey(row.row.name));
        pending.add(std::move(row));
    }
    if (pending.empty())
        return rowError(table, header.line,
                        Text::tr("the attendance list has its header but no rows. Download it again from the meeting."));
    auto events = std::move(pending).resolve();
    if (!events)
        return events;
    events->rows = pairEvents(std::move(events->rows), keys);
    return events;
}

// Teams Live Events: "SessionId, ParticipantId, FullName, UserAgent, UtcEventTimestamp, Action,
// Role", paired per session.
Expected<AttendanceExport> readLiveEvents(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    const ExportRecord &header = table.records[shape.header];
    const std::vector<QString> f = foldHeaders(header);
    const int session = findColumn(f, {u"sessionid"});
    const int participant = findColumn(f, {u"participantid"});
    const int name = findColumn(f, {u"fullname"});
    const int time = findColumn(f, {u"utceventtimestamp"});
    const int action = findColumn(f, {u"action"});
    const int role = findColumn(f, {u"role"});
    EventKeys keys;
    for (std::size_t i = shape.header + 1; i < table.records.size(); ++i) {
        const ExportRecord &record = table.records[i];
        const QString what = foldHeader(cellAt(record, action));
        PendingRow row;
        row.row.line = record.line;
        row.row.name = cellAt(record, name).toString();
        const QString id = cellAt(record, participant).toString();
        if (row.row.name.isEmpty())
            row.row.name = id;
        if (id.contains(u'@'))
            row.row.email = id;
        row.row.role = cellAt(record, role).toString();
        if (what != u"joined" && what != u"left")
            continue; // other actions say nothing about presence
        auto at = pending.time(cellAt(record, time), record.line, eventTime);
        if (!at)
            return at.error();
        row.join = at.value();
        keys.joins.push_back(what == u"joined");
        keys.person.push_back(cellAt(record, session).toString() + u'\x1f' + id);
        pending.add(std::move(row));
    }
    if (pending.empty())
        return rowError(table, header.line, Text::tr("the attendee report has its header but no join or leave rows."));
    auto events = std::move(pending).resolve();
    if (!events)
        return events;
    events->rows = pairEvents(std::move(events->rows), keys);
    return events;
}

struct SessionColumns {
    int name = -1, join = -1, leave = -1, duration = -1, email = -1, upn = -1, role = -1, registrationEmail = -1;
};

// A participant table of the 2021 report or of sections 2 and 3, by name or, for languages Sala
// has no names for, by position.
SessionColumns sessionColumns(const std::vector<QString> &f, bool firstAndLast)
{
    SessionColumns c;
    c.name = findColumn(f, {u"fullname", u"name", u"imięinazwisko"});
    if (firstAndLast) {
        c.join = findColumn(f, {u"firstjoin", u"pierwszedołączenie"});
        c.leave = findColumn(f, {u"lastleave", u"ostatniewyjście"});
        c.duration = findColumn(f, {u"in-meetingduration", u"czasudziałuwspotkaniu"});
    } else {
        c.join = findColumn(f, {u"jointime"});
        c.leave = findColumn(f, {u"leavetime"});
        c.duration = findColumn(f, {u"duration"});
    }
    c.email = findColumn(f, {u"email", u"adrese-mail"});
    c.upn = findColumn(f, {u"participantid(upn)", u"identyfikatoruczestnika(upn)"});
    c.role = findColumn(f, {u"role", u"rola"});
    c.registrationEmail = findColumn(f, {u"registrationemail"});
    if (c.name >= 0 && c.join >= 0 && c.leave >= 0)
        return c;
    // Section 2: name, first join, last leave, duration, e-mail, UPN, role.
    // Section 3: name, join, leave, duration, e-mail, role.
    SessionColumns byPosition;
    if (f.size() < (firstAndLast ? 7u : 6u))
        return c;
    byPosition.name = 0;
    byPosition.join = 1;
    byPosition.leave = 2;
    byPosition.duration = 3;
    byPosition.email = 4;
    if (firstAndLast) {
        byPosition.upn = 5;
        byPosition.role = 6;
    } else {
        byPosition.role = 5;
    }
    return byPosition;
}

// Rows of one participant table from `begin` (the header) to `end`.
Status readSessionRows(const ExportTable &table, std::size_t begin, std::size_t end, bool firstAndLast, bool totals,
                       PendingExport &pending)
{
    const ExportRecord &header = table.records[begin];
    const SessionColumns c = sessionColumns(foldHeaders(header), firstAndLast);
    if (c.name < 0 || c.join < 0 || c.leave < 0)
        return rowError(table, header.line,
                        Text::tr("this Teams participant table has no name, join or leave column (its columns are %1).")
                            .arg(describeCells(header)));
    for (std::size_t i = begin + 1; i < end; ++i) {
        const ExportRecord &record = table.records[i];
        PendingRow row;
        row.row.line = record.line;
        row.row.name = cellAt(record, c.name).toString();
        row.row.email = cellAt(record, c.email).toString();
        if (row.row.email.isEmpty())
            row.row.email = cellAt(record, c.registrationEmail).toString();
        if (row.row.email.isEmpty())
            row.row.email = cellAt(record, c.upn).toString();
        row.row.role = cellAt(record, c.role).toString();
        auto joined = pending.time(cellAt(record, c.join), record.line, joinTime);
        if (!joined)
            return joined.error();
        auto left = pending.time(cellAt(record, c.leave), record.line, leaveTime);
        if (!left)
            return left.error();
        row.join = joined.value();
        row.leave = left.value();
        const QStringView duration = cellAt(record, c.duration);
        row.row.seconds = parseDuration(duration);
        if (totals && !row.row.seconds)
            return rowError(table, record.line,
                            Text::tr("the time in the meeting “%1” is not a duration Sala can read (such as 1h 5m 3s).")
                                .arg(duration.toString()));
        pending.add(std::move(row));
    }
    return success();
}

struct SummaryKeys {
    std::initializer_list<QStringView> title, id, start, end;
    bool byPosition = false; // labels may be in a language Sala has no names for
};

// "Meeting Title<TAB>…" lines; by position when the labels are in a language Sala has no names
// for: the first value is the title, the first two date-times start and end.
Status readSummary(const ExportTable &table, std::size_t begin, std::size_t end, const SummaryKeys &keys, PendingExport &pending)
{
    bool titleSeen = false;
    int datesSeen = 0;
    for (std::size_t i = begin; i < end; ++i) {
        const ExportRecord &record = table.records[i];
        const QString label = foldHeader(cellAt(record, 0));
        const QStringView value = cellAt(record, 1);
        auto is = [&label](std::initializer_list<QStringView> names) {
            return std::find(names.begin(), names.end(), label) != names.end();
        };
        const bool known = is(keys.title) || is(keys.id) || is(keys.start) || is(keys.end);
        const bool looksLikeTime = keys.byPosition && !known && scanDateTime(value).has_value();
        if (is(keys.title) || (keys.byPosition && !known && !titleSeen && i == begin && !value.isEmpty())) {
            pending.result.meeting.title = value.toString();
            titleSeen = true;
        } else if (is(keys.id)) {
            pending.result.meeting.id = value.toString();
        } else if (is(keys.start) || (looksLikeTime && datesSeen == 0 && !is(keys.end))) {
            auto t = pending.time(value, record.line, meetingStart, false);
            if (!t)
                return t.error();
            pending.meetingStart = t.value();
            ++datesSeen;
        } else if (is(keys.end) || (looksLikeTime && datesSeen == 1)) {
            auto t = pending.time(value, record.line, meetingEnd, false);
            if (!t)
                return t.error();
            pending.meetingEnd = t.value();
            ++datesSeen;
        }
    }
    return success();
}

Expected<AttendanceExport> readSummary2021(const ExportTable &table, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    std::size_t header = 0;
    for (std::size_t i = 1; i < table.records.size(); ++i) {
        const std::vector<QString> f = foldHeaders(table.records[i]);
        if (findColumn(f, {u"fullname"}) == 0 && findColumn(f, {u"jointime"}) > 0) {
            header = i;
            break;
        }
    }
    if (header == 0)
        return fileError(table.fileName, Text::tr("this Teams meeting summary has no participant table (no line starting "
                                                  "“Full Name” with a “Join Time”). Download the report again."));
    if (Status s = readSummary(table, 1, header,
                               {{u"meetingtitle"}, {u"meetingid"}, {u"meetingstarttime"}, {u"meetingendtime"}, false}, pending);
        !s)
        return s.error();
    if (Status s = readSessionRows(table, header, table.records.size(), false, false, pending); !s)
        return s.error();
    if (pending.empty())
        return rowError(table, table.records[header].line, Text::tr("the participant table has its header but no rows."));
    return std::move(pending).resolve();
}

bool isSectionTitle(const ExportRecord &record, int number)
{
    const QStringView first = cellAt(record, 0);
    const QString prefix = QString::number(number) + u'.';
    if (!first.startsWith(prefix))
        return false;
    return nonEmptyCells(record) == 1;
}

// "1. Summary", "2. Participants", "3. In-Meeting Activities", in whatever language.
Expected<AttendanceExport> readSectioned(const ExportTable &table, const ExportReadOptions &options)
{
    const auto &records = table.records;
    std::vector<std::size_t> starts; // record of each numbered section title, 1-based numbers
    for (std::size_t i = 0; i < records.size(); ++i)
        if (isSectionTitle(records[i], int(starts.size()) + 1))
            starts.push_back(i);
    auto sectionEnd = [&](std::size_t section) { // section is 0-based
        return section + 1 < starts.size() ? starts[section + 1] : records.size();
    };
    // Section 3 (one row per stay) when it has rows; else section 2's totals per person.
    const bool hasActivities = starts.size() >= 3 && sectionEnd(2) > starts[2] + 2;
    const bool totals = !hasActivities;
    if (starts.size() < 2 || starts[1] + 1 >= sectionEnd(1))
        return fileError(table.fileName, Text::tr("this Teams attendance report has no participants section (“2. …” followed "
                                                  "by a table). Download the report again."));
    PendingExport pending(table, options);
    if (Status s = readSummary(table, starts[0] + 1, starts[1],
                               {{u"meetingtitle", u"tytułspotkania"},
                                {u"meetingid"},
                                {u"starttime", u"godzinarozpoczęcia"},
                                {u"endtime", u"godzinazakończenia"},
                                true},
                               pending);
        !s)
        return s.error();
    const std::size_t section = totals ? 1 : 2;
    if (Status s = readSessionRows(table, starts[section] + 1, sectionEnd(section), section == 1, totals, pending); !s)
        return s.error();
    if (pending.empty())
        return rowError(table, records[starts[section]].line, Text::tr("the participants section has a header but no rows."));
    auto result = std::move(pending).resolve();
    if (result)
        result->layout = key(totals ? ExportLayout::TeamsSectionedTotals : ExportLayout::TeamsSectioned);
    return result;
}

} // namespace

Expected<AttendanceExport> readTeamsExport(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    Expected<AttendanceExport> result = Error{};
    switch (shape.layout) {
    case ExportLayout::TeamsSummary2021: result = readSummary2021(table, options); break;
    case ExportLayout::TeamsSectioned: result = readSectioned(table, options); break;
    case ExportLayout::TeamsLiveEvents: result = readLiveEvents(table, shape, options); break;
    default: result = readLegacy(table, shape, options); break;
    }
    if (!result)
        return result;
    result->platform = ExportPlatform::Teams;
    if (result->layout.isEmpty())
        result->layout = key(shape.layout);
    return result;
}

} // namespace sala
