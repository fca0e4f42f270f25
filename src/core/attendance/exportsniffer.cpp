#include "attendance/exportsniffer.h"

#include "attendance/exportdates.h"

#include <QCoreApplication>

#include <algorithm>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceExport)
};

// Preambles are short: Zoom has up to three lines above the table, Teams up to nine.
constexpr std::size_t headerSearchRows = 80;

bool contains(const std::vector<QString> &folded, QStringView name)
{
    return std::find(folded.begin(), folded.end(), name) != folded.end();
}

QStringView foldedAt(const std::vector<QString> &folded, std::size_t i)
{
    return i < folded.size() ? QStringView(folded[i]) : QStringView();
}

bool isWholeNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 9)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
}

// "Nombre (nombre original)" in a language Sala has no names for: a bracketed first header over
// rows of name, e-mail, two date-times and whole minutes (or name, e-mail, total minutes).
std::optional<ExportLayout> zoomByShape(const std::vector<ExportRecord> &records, std::size_t i)
{
    const ExportRecord &header = records[i];
    const QStringView first = cellAt(header, 0);
    if (header.size() < 3 || first.size() < 4 || i + 1 >= records.size())
        return std::nullopt;
    const QChar last = first.back();
    if ((last != u')' && last != QChar(0xFF09)) || (!first.contains(u'(') && !first.contains(QChar(0xFF08))))
        return std::nullopt;
    for (const QStringView cell : header)
        if (cell.contains(u'@') || scanDateTime(cell))
            return std::nullopt;
    const ExportRecord &row = records[i + 1];
    const QStringView email = cellAt(row, 1);
    if (!email.isEmpty() && !email.contains(u'@'))
        return std::nullopt;
    if (header.size() >= 5 && scanDateTime(cellAt(row, 2)) && scanDateTime(cellAt(row, 3)) && isWholeNumber(cellAt(row, 4)))
        return ExportLayout::ZoomParticipantsLocalized;
    if (header.size() <= 4 && isWholeNumber(cellAt(row, 2)))
        return ExportLayout::ZoomUniqueUsers;
    return std::nullopt;
}

// Teams' attendance list with its header and words in a language Sala has no names for: three
// header cells over rows of a name, one of at most three words and a date with its time.
bool teamsLegacyByShape(const std::vector<ExportRecord> &records, std::size_t i)
{
    constexpr std::size_t sampleRows = 40;
    const ExportRecord &header = records[i];
    if (header.size() != 3 || nonEmptyCells(header) != 3 || i + 1 >= records.size())
        return false;
    for (const QStringView cell : header)
        if (cell.contains(u'@') || scanDateTime(cell))
            return false;
    std::vector<QStringView> words;
    for (std::size_t j = i + 1; j < records.size() && j <= i + sampleRows; ++j) {
        const ExportRecord &row = records[j];
        const QStringView word = cellAt(row, 1);
        if (row.size() != 3 || cellAt(row, 0).isEmpty() || word.isEmpty() || word.size() > 40
            || std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); }))
            return false;
        const auto when = scanDateTime(cellAt(row, 2));
        if (!when || when->shape == WrittenDateTime::Shape::TimeOnly)
            return false;
        if (std::find(words.begin(), words.end(), word) == words.end()) {
            if (words.size() == 3)
                return false;
            words.push_back(word);
        }
    }
    return true;
}

Error lookAlike(const ExportTable &table, const QString &what)
{
    return fileError(table.fileName, what);
}

// Refusals for files that are not attendance reports but are easily taken for one.
std::optional<Error> refusal(const ExportTable &table, const std::vector<QString> &f)
{
    const QStringView a = foldedAt(f, 0);
    const QStringView b = foldedAt(f, 1);
    if ((a == u"meetingid" && b == u"host" && contains(f, u"usertype")) || (a == u"participant" && b == u"device"))
        return lookAlike(table, Text::tr("this looks like a Zoom quality-of-service dashboard export (devices, networks and "
                                         "bitrates), not an attendance report. In the Zoom web portal open Reports ▸ Usage, "
                                         "click the meeting's number of participants and export that list."));
    if (a == u"timestamp" && b == u"emailaddress")
        return lookAlike(table, Text::tr("this looks like a Google Forms registration list (who signed up), not an attendance "
                                         "report. Import it in Roster ▸ Import instead."));
    if (a == u"id" && b == u"starttime" && foldedAt(f, 2) == u"completiontime")
        return lookAlike(table, Text::tr("this looks like a Microsoft Forms registration list (who signed up), not an "
                                         "attendance report. Import it in Roster ▸ Import instead."));
    if ((a == u"order#" || a == u"orderno.") && b == u"orderdate")
        return lookAlike(table, Text::tr("this looks like an Eventbrite attendee list (tickets sold), not an attendance "
                                         "report. Import it in Roster ▸ Import instead."));
    if (contains(f, u"_uuid") && contains(f, u"_submission_time"))
        return lookAlike(table, Text::tr("this looks like a KoboToolbox form export, not an attendance report. Import it "
                                         "in Roster ▸ Import instead."));
    if (a == u"pre-assignroomname")
        return lookAlike(table, Text::tr("this is a Zoom breakout room pre-assignment file, not an attendance report."));
    if (contains(f, u"registrationtime") && contains(f, u"approvalstatus") && !contains(f, u"jointime"))
        return lookAlike(table, Text::tr("this looks like a Zoom registration list (who registered), not an attendance "
                                         "report. Export the meeting's participants report, or import the registrations "
                                         "in Roster ▸ Import."));
    return std::nullopt;
}

ExportLayout zoomParticipantCase(const ExportRecord &header)
{
    const QStringView name = cellAt(header, 0);
    if (name == u"Name (original name)")
        return ExportLayout::ZoomParticipantsSentenceCase;
    if (name.startsWith(u"名前"))
        return ExportLayout::ZoomParticipantsLocalized;
    return ExportLayout::ZoomParticipantsTitleCase;
}

Error notAnAttendanceReport(const ExportTable &table)
{
    return fileError(table.fileName,
                     Text::tr("this is not an attendance report Sala knows; its first line reads %1. Sala reads the "
                              "participants report of a Zoom meeting or webinar, the attendance list or report of a Teams "
                              "meeting and the attendance report of a Google Meet call, as they were downloaded.")
                         .arg(describeCells(table.records.front())));
}

} // namespace

bool isZoomNameHeader(const QString &folded)
{
    return folded == u"name(originalname)" || folded == u"username(originalname)" || folded == u"名前(元の名前)";
}

Expected<ExportShape> sniffExport(const ExportTable &table)
{
    const std::vector<ExportRecord> &records = table.records;
    if (records.empty())
        return fileError(table.fileName, Text::tr("the file has no rows. Download the attendance report again."));

    const ExportRecord &top = records.front();
    const QString title = foldHeader(cellAt(top, 0));
    const bool titleAlone = nonEmptyCells(top) == 1;
    if (title == u"attendeereport")
        return ExportShape{ExportLayout::ZoomWebinar, 0};
    if (titleAlone && title.endsWith(u"report") && title != u"attendeereport")
        return fileError(table.fileName,
                         Text::tr("this looks like a Zoom “%1”, not the attendee report. In the Zoom web portal open "
                                  "Reports ▸ Usage ▸ Webinar and export the attendee report.")
                             .arg(cellAt(top, 0).toString()));
    if (title == u"meetingsummary")
        return ExportShape{ExportLayout::TeamsSummary2021, 0};
    // Teams' sectioned report in any language: "1. Summary" … "2. Participants" … "3. …".
    if (cellAt(top, 0).startsWith(u"1.")) {
        for (std::size_t i = 1; i < records.size() && i < headerSearchRows; ++i)
            if (cellAt(records[i], 0).startsWith(u"2.") && nonEmptyCells(records[i]) == 1)
                return ExportShape{ExportLayout::TeamsSectioned, 0};
    }

    const std::size_t limit = std::min(records.size(), headerSearchRows);
    for (std::size_t i = 0; i < limit; ++i) {
        const std::vector<QString> f = foldHeaders(records[i]);
        if (contains(f, u"sessionid") && contains(f, u"utceventtimestamp"))
            return ExportShape{ExportLayout::TeamsLiveEvents, i};
        if (foldedAt(f, 0) == u"fullname" && foldedAt(f, 1) == u"useraction" && foldedAt(f, 2) == u"timestamp")
            return ExportShape{table.delimiter == u'\t' ? ExportLayout::TeamsLegacy : ExportLayout::TeamsLegacyExcel, i};
        const auto name = std::find_if(f.begin(), f.end(), [](const QString &cell) { return isZoomNameHeader(cell); });
        if (name != f.end()) {
            const int at = int(name - f.begin());
            const int meeting = findColumn(f, {u"topic", u"meetingid"});
            if (at > 0 && meeting >= 0 && meeting < at)
                return ExportShape{ExportLayout::ZoomAdmin, i};
            if (*name == u"username(originalname)")
                return ExportShape{ExportLayout::ZoomWebinar, 0};
            if (at == 0) {
                if (findColumn(f, {u"jointime", u"参加時刻"}) > 0)
                    return ExportShape{zoomParticipantCase(records[i]), i};
                if (findColumn(f, {u"totalduration(minutes)"}) > 0 || f.size() <= 4)
                    return ExportShape{ExportLayout::ZoomUniqueUsers, i};
            }
        }
        if (foldedAt(f, 0) == u"username" && foldedAt(f, 1) == u"jointime")
            return ExportShape{ExportLayout::ZoomMeetingReport, i};
        if (contains(f, u"timejoined") && contains(f, u"timeexited"))
            return ExportShape{ExportLayout::Meet, i};
        if (auto refused = refusal(table, f))
            return *refused;
    }
    for (std::size_t i = 0; i < limit; ++i) {
        if (const auto layout = zoomByShape(records, i))
            return ExportShape{*layout, i};
        if (teamsLegacyByShape(records, i))
            return ExportShape{table.delimiter == u'\t' ? ExportLayout::TeamsLegacy : ExportLayout::TeamsLegacyExcel, i};
    }
    return notAnAttendanceReport(table);
}

} // namespace sala
