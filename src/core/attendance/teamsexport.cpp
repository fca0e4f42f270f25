#include "attendance/teamsexport.h"

#include "attendance/durations.h"
#include "attendance/exportrows.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <set>

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

// What an action word of the attendance list means.
enum class LegacyAction : quint8 { Join, Leave, JoinedBefore };

struct KnownAction {
    QStringView folded; // as foldHeader() leaves it: case folded, without spaces
    LegacyAction action;
};

// The words Teams writes in the languages trainers use most. The English ones are those Sala has
// always read; the others are the ordinary words for "joined", "left" and "joined before" in
// each language, not checked against Teams' own translations. A word that is missing
// or spelled differently is not guessed at: it is inferred from the order of the events
// (decideActions), which is why this table is kept short rather than complete.
constexpr std::array<KnownAction, 36> knownActions{{
    {u"joined", LegacyAction::Join},
    {u"left", LegacyAction::Leave},
    {u"joinedbefore", LegacyAction::JoinedBefore},
    // German
    {u"beigetreten", LegacyAction::Join},
    {u"verlassen", LegacyAction::Leave},
    {u"hatverlassen", LegacyAction::Leave},
    {u"vorherbeigetreten", LegacyAction::JoinedBefore},
    {u"zuvorbeigetreten", LegacyAction::JoinedBefore},
    // French
    {u"rejoint", LegacyAction::Join},
    {u"arejoint", LegacyAction::Join},
    {u"quitté", LegacyAction::Leave},
    {u"aquitté", LegacyAction::Leave},
    {u"rejointavant", LegacyAction::JoinedBefore},
    {u"avaitrejoint", LegacyAction::JoinedBefore},
    // Spanish
    {u"seunió", LegacyAction::Join},
    {u"unido", LegacyAction::Join},
    {u"salió", LegacyAction::Leave},
    {u"seunióantes", LegacyAction::JoinedBefore},
    {u"unidoantes", LegacyAction::JoinedBefore},
    // Portuguese (Brazil)
    {u"ingressou", LegacyAction::Join},
    {u"entrou", LegacyAction::Join},
    {u"saiu", LegacyAction::Leave},
    {u"ingressouantes", LegacyAction::JoinedBefore},
    {u"entrouantes", LegacyAction::JoinedBefore},
    // Thai
    {u"เข้าร่วม", LegacyAction::Join},
    {u"เข้าร่วมแล้ว", LegacyAction::Join},
    {u"ออก", LegacyAction::Leave},
    {u"ออกแล้ว", LegacyAction::Leave},
    {u"เข้าร่วมก่อน", LegacyAction::JoinedBefore},
    {u"เข้าร่วมก่อนหน้านี้", LegacyAction::JoinedBefore},
    // Malay and Indonesian
    {u"menyertai", LegacyAction::Join},
    {u"bergabung", LegacyAction::Join},
    {u"keluar", LegacyAction::Leave},
    {u"meninggalkan", LegacyAction::Leave},
    {u"menyertaisebelumnya", LegacyAction::JoinedBefore},
    {u"bergabungsebelumnya", LegacyAction::JoinedBefore},
}};

std::optional<LegacyAction> knownAction(QStringView folded)
{
    for (const KnownAction &known : knownActions)
        if (known.folded == folded)
            return known.action;
    return std::nullopt;
}

bool joins(LegacyAction action)
{
    return action != LegacyAction::Leave;
}

// Teams writes three kinds of action; each person's events are read in file order.
constexpr std::size_t maximumActions = 3;

// How the action words of one file are used, counted once so that every reading of them can be
// weighed without going through the rows again.
struct ActionUse {
    std::vector<QString> written; // each distinct word as the file first writes it
    std::vector<QString> folded;
    std::array<int, maximumActions> first{};                               // a person's first event
    std::array<bool, maximumActions> laterToo{};                           // also after someone's first event
    std::array<bool, maximumActions> sameTime{true, true, true};           // every timestamp written alike
    std::array<QStringView, maximumActions> time{};                        // the first timestamp of each
    std::array<std::array<int, maximumActions>, maximumActions> follows{}; // [before][after], same person
};

// What a reading of the words costs: events that would be out of order if the words meant that.
// Every person starts with a join; joins and leaves alternate.
int misfits(const ActionUse &use, const std::array<LegacyAction, maximumActions> &meaning)
{
    const std::size_t n = use.folded.size();
    int count = 0;
    for (std::size_t v = 0; v < n; ++v) {
        if (!joins(meaning[v]))
            count += use.first[v];
        for (std::size_t w = 0; w < n; ++w)
            if (joins(meaning[v]) == joins(meaning[w]))
                count += use.follows[v][w];
    }
    return count;
}

// The reading a word without a known meaning may have, from how the file uses it: a join starts
// someone's events, a leave comes right after a join of the same person, and "joined before"
// starts them only, all at one moment (when the downloader joined).
bool mayMean(const ActionUse &use, std::size_t v, LegacyAction action, const std::array<LegacyAction, maximumActions> &meaning)
{
    switch (action) {
    case LegacyAction::Join: return use.first[v] > 0;
    case LegacyAction::JoinedBefore: return use.first[v] > 0 && !use.laterToo[v] && use.sameTime[v];
    case LegacyAction::Leave:
        for (std::size_t w = 0; w < use.folded.size(); ++w)
            if (w != v && joins(meaning[w]) && use.follows[w][v] > 0)
                return true;
        return false;
    }
    return false;
}

QString quotedList(const std::vector<QString> &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << u'“' + word + u'”';
    return quoted.join(QStringLiteral(", "));
}

// Whether each word joins: from the table where it knows the word, otherwise from the reading of
// the unknown words that leaves the fewest events out of order. Readings that tie but disagree on
// which words are leaves cannot be told apart, and the file is refused.
Expected<std::vector<bool>> decideActions(const ExportTable &table, const ActionUse &use)
{
    const std::size_t n = use.folded.size();
    std::array<LegacyAction, maximumActions> meaning{};
    std::vector<std::size_t> unknown;
    std::set<LegacyAction> taken;
    for (std::size_t v = 0; v < n; ++v) {
        if (const auto known = knownAction(use.folded[v])) {
            meaning[v] = *known;
            taken.insert(*known);
        } else {
            unknown.push_back(v);
        }
    }
    std::vector<bool> result(n);
    if (unknown.empty()) {
        for (std::size_t v = 0; v < n; ++v)
            result[v] = joins(meaning[v]);
        return result;
    }

    constexpr std::array<LegacyAction, 3> all{LegacyAction::Join, LegacyAction::Leave, LegacyAction::JoinedBefore};
    int best = std::numeric_limits<int>::max();
    std::set<std::vector<bool>> bestReadings;
    // Every way of giving the unknown words distinct meanings the known words do not have.
    const auto tryFrom = [&](auto &&self, std::size_t u) -> void {
        if (u == unknown.size()) {
            for (const std::size_t v : unknown)
                if (!mayMean(use, v, meaning[v], meaning))
                    return;
            const int cost = misfits(use, meaning);
            std::vector<bool> reading(n);
            for (std::size_t v = 0; v < n; ++v)
                reading[v] = joins(meaning[v]);
            if (cost < best) {
                best = cost;
                bestReadings.clear();
            }
            if (cost == best)
                bestReadings.insert(reading);
            return;
        }
        for (const LegacyAction action : all) {
            if (taken.count(action))
                continue;
            taken.insert(action);
            meaning[unknown[u]] = action;
            self(self, u + 1);
            taken.erase(action);
        }
    };
    tryFrom(tryFrom, 0);
    if (bestReadings.size() == 1)
        return *bestReadings.begin();
    if (bestReadings.empty())
        return fileError(table.fileName,
                         Text::tr("this Teams attendance list has the actions %1, and Sala cannot tell which of them are "
                                  "joins and which are leaves: a join starts each person’s lines and a leave follows a "
                                  "join. Download the list again with Teams set to English.")
                             .arg(quotedList(use.written)));
    return fileError(table.fileName,
                     Text::tr("this Teams attendance list has the actions %1, and they could be read either way: Sala "
                              "cannot tell which are joins and which are leaves. Download the list again with Teams set "
                              "to English.")
                         .arg(quotedList(use.written)));
}

// Thai settings write the year of the Buddhist Era (2567 for 2024); no meeting is held in a year
// after 2400 of the common era.
constexpr int buddhistEraFrom = 2400;
constexpr int buddhistEraOffset = 543;

QDateTime commonEra(const QDateTime &when)
{
    return when.date().year() > buddhistEraFrom ? when.addYears(-buddhistEraOffset) : when;
}

// "Full Name, User Action, Timestamp" (Joined, Left, Joined before), or the same three columns
// with the header and the words in the downloader's language.
Expected<AttendanceExport> readLegacy(const ExportTable &table, const ExportShape &shape, const ExportReadOptions &options)
{
    PendingExport pending(table, options);
    const ExportRecord &header = table.records[shape.header];
    EventKeys keys;
    ActionUse use;
    std::vector<std::size_t> actionOf;  // index into use.folded, per event
    QHash<QString, std::size_t> lastOf; // each person's latest event so far
    for (std::size_t i = shape.header + 1; i < table.records.size(); ++i) {
        const ExportRecord &record = table.records[i];
        const QStringView written = cellAt(record, 1);
        if (written.isEmpty())
            return rowError(table, record.line, Text::tr("the line has no action (such as Joined or Left) in its second column."));
        const QString action = foldHeader(written);
        auto known = std::find(use.folded.begin(), use.folded.end(), action);
        if (known == use.folded.end()) {
            if (use.folded.size() == maximumActions)
                return rowError(table, record.line,
                                Text::tr("the action “%1” is a fourth kind of action after %2; Teams writes three (a join, a "
                                         "leave and a join before the list was downloaded).")
                                    .arg(written.toString(), quotedList(use.written)));
            use.folded.push_back(action);
            use.written.push_back(written.toString());
            known = use.folded.end() - 1;
        }
        const std::size_t v = std::size_t(known - use.folded.begin());
        PendingRow row;
        row.row.line = record.line;
        row.row.name = cellAt(record, 0).toString();
        const QStringView time = cellAt(record, 2);
        auto at = pending.time(time, record.line, eventTime);
        if (!at)
            return at.error();
        row.join = at.value();
        QString person = personKey(row.row.name);
        const auto previous = lastOf.constFind(person);
        if (previous == lastOf.constEnd()) {
            ++use.first[v];
        } else {
            use.laterToo[v] = true;
            ++use.follows[actionOf[*previous]][v];
        }
        if (use.time[v].isNull())
            use.time[v] = time;
        else if (use.time[v] != time)
            use.sameTime[v] = false;
        lastOf.insert(person, actionOf.size());
        actionOf.push_back(v);
        keys.person.push_back(std::move(person));
        pending.add(std::move(row));
    }
    if (pending.empty())
        return rowError(table, header.line,
                        Text::tr("the attendance list has its header but no rows. Download it again from the meeting."));
    auto joining = decideActions(table, use);
    if (!joining)
        return joining.error();
    keys.joins.reserve(actionOf.size());
    for (const std::size_t v : actionOf)
        keys.joins.push_back(joining.value()[v]);
    auto events = std::move(pending).resolve();
    if (!events)
        return events;
    for (ExportRow &event : events->rows)
        event.join = commonEra(*event.join);
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
