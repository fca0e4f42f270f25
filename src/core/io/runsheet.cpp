#include "io/runsheet.h"

#include "domain/names.h"
#include "plan/schedule.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RunSheet)
};

// One material of the checklist, listed once however many activities use it.
struct ChecklistEntry {
    QString label;
    QStringList links;
    std::vector<int> activities; // indexes into the session's activities
};

// What both formats show, worked out once: zones, clock times, wording of the plain facts.
struct Sheet {
    const Workshop &workshop;
    const Session &session;
    RunSheetOptions options;
    QTimeZone zone;
    QString zoneName;
    std::optional<QTimeZone> secondZone;
    QString secondZoneName;
    Schedule schedule;
};

QTimeZone zoneFromId(const QString &id)
{
    return id.trimmed().isEmpty() ? QTimeZone() : QTimeZone(id.trimmed().toUtf8());
}

Sheet prepare(const Workshop &workshop, const Session &session, const RunSheetOptions &options)
{
    Sheet sheet{workshop, session, options, {}, {}, std::nullopt, {}, {}};
    sheet.zone = zoneFromId(workshop.timeZone);
    // A plan file or the store guarantees a valid zone; UTC keeps a damaged plan printable and
    // the label says which clock the times are on.
    if (!sheet.zone.isValid())
        sheet.zone = QTimeZone::utc();
    sheet.schedule = computeSchedule(session, sheet.zone);
    sheet.zoneName = zoneAbbreviation(sheet.zone, sheet.schedule.start);

    const QTimeZone second = zoneFromId(options.secondTimeZone.trimmed().isEmpty() ? workshop.secondTimeZone
                                                                                   : options.secondTimeZone);
    // A second column that always repeats the first (Phnom Penh next to Bangkok) is only noise.
    const bool sameClock = second.isValid()
                           && second.offsetFromUtc(sheet.schedule.start) == sheet.zone.offsetFromUtc(sheet.schedule.start)
                           && second.offsetFromUtc(sheet.schedule.end) == sheet.zone.offsetFromUtc(sheet.schedule.end);
    if (second.isValid() && !sameClock) {
        sheet.secondZone = second;
        sheet.secondZoneName = zoneAbbreviation(second, sheet.schedule.start);
    }
    return sheet;
}

QString shortDay(QDate date)
{
    return QLocale().toString(date, u"ddd d MMM"_s);
}

// "09:00–09:08" on the clock of `zone`; a day is added when that clock is on another date than
// `day`, so a participant in a far zone does not turn up a day late.
QString span(const QDateTime &start, const QDateTime &end, const QTimeZone &zone, QDate day)
{
    const QDate startDay = start.toTimeZone(zone).date();
    const QDate endDay = end.toTimeZone(zone).date();
    QString text = clockTime(start, zone);
    if (startDay != day)
        text += u' ' + shortDay(startDay);
    text += u'–' + clockTime(end, zone);
    if (endDay != startDay)
        text += u' ' + shortDay(endDay);
    return text;
}

QString minutesText(int minutes)
{
    return Text::tr("%1 min").arg(minutes);
}

QString durationText(int minutes)
{
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (hours == 0)
        return minutesText(rest);
    if (rest == 0)
        return Text::tr("%1 h").arg(hours);
    return Text::tr("%1 h %2 min").arg(hours).arg(rest);
}

QString zoneLabel(const QString &abbreviation, const QTimeZone &zone)
{
    const QString id = QString::fromUtf8(zone.id());
    return abbreviation == id ? abbreviation : Text::tr("%1 (%2)").arg(abbreviation, id);
}

QString mainSpan(const Sheet &sheet, const QDateTime &start, const QDateTime &end)
{
    return span(start, end, sheet.zone, sheet.session.date);
}

QString secondSpan(const Sheet &sheet, const QDateTime &start, const QDateTime &end)
{
    return sheet.secondZone ? span(start, end, *sheet.secondZone, sheet.session.date) : QString();
}

// "09:00–09:08 ICT · 10:00–10:08 PHT"
QString bothSpans(const Sheet &sheet, const QDateTime &start, const QDateTime &end)
{
    QString text = mainSpan(sheet, start, end) + u' ' + sheet.zoneName;
    if (sheet.secondZone)
        text += u" · "_s + secondSpan(sheet, start, end) + u' ' + sheet.secondZoneName;
    return text;
}

std::optional<QString> targetEndText(const Sheet &sheet)
{
    if (!sheet.session.targetEnd || !sheet.schedule.minutesPastTarget)
        return std::nullopt;
    const QDateTime target(sheet.session.date, *sheet.session.targetEnd, sheet.zone);
    return clockTime(target, sheet.zone) + u' ' + sheet.zoneName;
}

QString targetComparison(int minutesPastTarget)
{
    if (minutesPastTarget > 0)
        return Text::tr("the plan runs %1 past the target: shorten or cut something").arg(minutesText(minutesPastTarget));
    if (minutesPastTarget < 0)
        return Text::tr("the plan ends %1 before the target").arg(minutesText(-minutesPastTarget));
    return Text::tr("the plan ends on time");
}

QString minutesWithShortening(const Activity &activity)
{
    QString text = minutesText(activity.plannedMinutes);
    if (activity.mayShorten)
        text += u"; "_s + Text::tr("may shorten to %1").arg(minutesText(activity.minimumMinutes));
    return text;
}

std::optional<QString> fixedStartText(const Sheet &sheet, const Activity &activity)
{
    if (!activity.fixedStart)
        return std::nullopt;
    const QDateTime fixed(sheet.session.date, *activity.fixedStart, sheet.zone);
    return Text::tr("%1 (waits for this time when the plan runs early)").arg(clockTime(fixed, sheet.zone) + u' ' + sheet.zoneName);
}

QString groupsText(const BreakoutSettings &breakout)
{
    if (breakout.groupSize > 0 && breakout.groupCount > 0)
        return Text::tr("%1 groups of %2").arg(breakout.groupCount).arg(breakout.groupSize);
    if (breakout.groupSize > 0)
        return Text::tr("groups of %1").arg(breakout.groupSize);
    return Text::tr("%1 groups").arg(breakout.groupCount);
}

QString roundsText(const BreakoutSettings &breakout)
{
    return Text::tr("%1 × %2").arg(breakout.rounds).arg(minutesText(breakout.minutesPerRound));
}

QString broadcastWhen(const BreakoutSettings &breakout, const Broadcast &broadcast)
{
    // The platform repeats a scheduled broadcast in every round.
    return breakout.rounds > 1 ? Text::tr("Send %1 before the end of each round").arg(minutesText(broadcast.minutesBeforeEnd))
                               : Text::tr("Send %1 before the end").arg(minutesText(broadcast.minutesBeforeEnd));
}

QString activityHeading(int index, const Activity &activity)
{
    return Text::tr("%1. %2").arg(index + 1).arg(activity.title);
}

std::vector<ChecklistEntry> checklist(const Session &session)
{
    std::vector<ChecklistEntry> entries;
    for (int index = 0; index < int(session.activities.size()); ++index) {
        for (const Material &material : session.activities[std::size_t(index)].materials) {
            const QString label = material.label.trimmed();
            if (label.isEmpty())
                continue;
            auto entry = std::find_if(entries.begin(), entries.end(),
                                      [&label](const ChecklistEntry &candidate) { return candidate.label == label; });
            if (entry == entries.end()) {
                entries.push_back(ChecklistEntry{label, {}, {}});
                entry = std::prev(entries.end());
            }
            const QString link = material.link.trimmed();
            if (!link.isEmpty() && !entry->links.contains(link))
                entry->links.append(link);
            if (entry->activities.empty() || entry->activities.back() != index)
                entry->activities.push_back(index);
        }
    }
    return entries;
}

QStringList usedIn(const Session &session, const ChecklistEntry &entry)
{
    QStringList names;
    for (int index : entry.activities)
        names.append(activityHeading(index, session.activities[std::size_t(index)]));
    return names;
}

// ---- HTML -------------------------------------------------------------------------------------

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// User text that may hold line breaks the author meant.
QString escLines(const QString &text)
{
    QString escaped = esc(text);
    escaped.replace(u"\r\n"_s, u"\n"_s);
    escaped.replace(u'\n', u"<br>"_s);
    return escaped;
}

bool isWebAddress(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

QString linkHtml(const QString &link)
{
    if (isWebAddress(link))
        return u"<a href=\""_s + esc(link) + u"\">"_s + esc(link) + u"</a>"_s;
    return esc(link);
}

QString cssFontFamilies()
{
    QStringList quoted;
    for (const QString &family : runSheetFontFamilies())
        quoted.append(u'"' + family + u'"');
    quoted.append(u"sans-serif"_s);
    return quoted.join(u", "_s);
}

// The style sheet stays within what QTextDocument applies (class and descendant selectors,
// borders and padding on table cells), so the PDF looks like the browser's print. Text meant
// for pasting gets an invisible letter spacing: it turns off ligatures, so text copied out of
// the PDF has a plain "fi", not the single ligature character chat apps may not search for.
QString htmlStyle()
{
    return uR"(
body { font-family: )"_s
           + cssFontFamilies() + uR"(;
       font-size: 10pt; color: #1b1b1b; }
h1 { font-size: 17pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 13pt; font-weight: bold; margin-top: 14px; margin-bottom: 6px; color: #1f3a5a; }
h3 { font-size: 11.5pt; font-weight: bold; margin-top: 12px; margin-bottom: 2px; color: #1f3a5a; }
p { margin-top: 3px; margin-bottom: 3px; }
p.eyebrow { font-size: 8.5pt; color: #555555; margin-bottom: 2px; }
p.session { font-size: 13pt; margin-top: 0px; margin-bottom: 8px; }
p.when { font-weight: bold; margin-top: 0px; }
h4 { font-size: 10pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }
span.link { font-size: 8.5pt; color: #444444; }
span.over { font-weight: bold; }
table { border-collapse: collapse; }
table.facts td, table.facts th { padding: 1px 10px 1px 0px; vertical-align: top; text-align: left; }
table.facts th { font-weight: bold; color: #333333; }
table.grid { width: 100%; margin-top: 4px; }
table.grid th { background-color: #e4e9ef; font-weight: bold; text-align: left; padding: 3px 5px;
                border: 1px solid #8c99a6; }
table.grid td { padding: 3px 5px; border: 1px solid #8c99a6; vertical-align: top; }
table.grid td.number { text-align: right; }
table.grid td.time { white-space: nowrap; }
table.grid td.box { font-size: 13pt; text-align: center; }
table.paste { width: 100%; margin-top: 2px; margin-bottom: 4px; }
table.paste td { background-color: #eef4f9; border: 1px solid #7d9bb3; padding: 6px 8px; white-space: pre-wrap;
                 letter-spacing: 0.1px; }
table.private td { background-color: #fbf3e0; border: 1px dashed #b08a3a; padding: 6px 8px; }
table.broadcast { margin-top: 2px; }
table.broadcast td { border: 1px solid #7d9bb3; padding: 4px 8px; vertical-align: top; }
table.broadcast td.when { background-color: #e4e9ef; font-weight: bold; }
table.broadcast td.text { background-color: #eef4f9; white-space: pre-wrap; letter-spacing: 0.1px; }
ul { margin-top: 2px; margin-bottom: 2px; }
hr { margin-top: 10px; }
h2.newpage { page-break-before: always; break-before: page; }
h2, h3, h4 { page-break-after: avoid; break-after: avoid; }
tr, table.paste, table.private, table.broadcast { page-break-inside: avoid; break-inside: avoid; }
@page { size: A4; margin: 15mm; }
)"_s;
}

// Every label column has the same width, so the facts of all activities line up down the page.
const QString factsTable = u"<table class=\"facts\" width=\"100%\" cellspacing=\"0\">\n"_s;

void factRow(QString &out, const QString &label, const QString &valueHtml)
{
    out += u"<tr><th width=\"15%\">"_s + esc(label) + u"</th><td>"_s + valueHtml + u"</td></tr>\n"_s;
}

QString pasteBox(const QString &text, const QString &tableClass)
{
    return u"<table class=\""_s + tableClass + u"\" width=\"100%\" cellspacing=\"0\"><tr><td>"_s + escLines(text)
           + u"</td></tr></table>\n"_s;
}

void htmlHeader(QString &out, const Sheet &sheet)
{
    const Workshop &workshop = sheet.workshop;
    const Schedule &schedule = sheet.schedule;
    out += u"<p class=\"eyebrow\">"_s + esc(Text::tr("Run sheet")) + u"</p>\n"_s;
    out += u"<h1>"_s + esc(workshop.title) + u"</h1>\n"_s;
    out += u"<p class=\"session\">"_s + esc(sheet.session.title) + u"</p>\n"_s;

    out += factsTable;
    factRow(out, Text::tr("Date"), esc(QLocale().toString(sheet.session.date, QLocale::LongFormat)));
    factRow(out, Text::tr("Platform"), esc(displayName(workshop.platform)));
    factRow(out, Text::tr("Planned"),
            esc(mainSpan(sheet, schedule.start, schedule.end) + u' ' + zoneLabel(sheet.zoneName, sheet.zone) + u" · "_s
                + durationText(schedule.totalMinutes)));
    if (sheet.secondZone)
        factRow(out, Text::tr("Second zone"),
                esc(secondSpan(sheet, schedule.start, schedule.end) + u' ' + zoneLabel(sheet.secondZoneName, *sheet.secondZone)));
    if (const auto target = targetEndText(sheet)) {
        const int past = *schedule.minutesPastTarget;
        const QString comparison = esc(targetComparison(past));
        factRow(out, Text::tr("Target end"),
                esc(*target) + u" · "_s
                    + (past > 0 ? QString(u"<span class=\"over\">"_s + comparison + u"</span>"_s) : comparison));
    } else {
        factRow(out, Text::tr("Target end"), esc(Text::tr("none set")));
    }
    if (!workshop.organizer.trimmed().isEmpty())
        factRow(out, Text::tr("Organizer"), esc(workshop.organizer));
    out += u"</table>\n"_s;
}

void htmlTimetable(QString &out, const Sheet &sheet)
{
    out += u"<h2>"_s + esc(Text::tr("Timetable")) + u"</h2>\n"_s;
    if (sheet.session.activities.empty()) {
        out += u"<p>"_s + esc(Text::tr("No activities are planned in this session yet.")) + u"</p>\n"_s;
        return;
    }
    out += u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>"_s;
    out += u"<th>#</th><th>"_s + esc(sheet.zoneName) + u"</th>"_s;
    if (sheet.secondZone)
        out += u"<th>"_s + esc(sheet.secondZoneName) + u"</th>"_s;
    out += u"<th>"_s + esc(Text::tr("Min")) + u"</th><th>"_s + esc(Text::tr("Kind")) + u"</th><th>"_s + esc(Text::tr("Activity"))
           + u"</th></tr></thead>\n<tbody>\n"_s;
    for (std::size_t i = 0; i < sheet.session.activities.size(); ++i) {
        const Activity &activity = sheet.session.activities[i];
        const ScheduledActivity &slot = sheet.schedule.activities[i];
        out += u"<tr><td class=\"number\">"_s + QString::number(i + 1) + u"</td><td class=\"time\">"_s
               + esc(mainSpan(sheet, slot.start, slot.end)) + u"</td>"_s;
        if (sheet.secondZone)
            out += u"<td class=\"time\">"_s + esc(secondSpan(sheet, slot.start, slot.end)) + u"</td>"_s;
        out += u"<td class=\"number\">"_s + QString::number(activity.plannedMinutes) + u"</td><td>"_s
               + esc(displayName(activity.kind)) + u"</td><td>"_s + esc(activity.title) + u"</td></tr>\n"_s;
    }
    out += u"</tbody>\n</table>\n"_s;
}

void htmlBreakout(QString &out, const BreakoutSettings &breakout)
{
    out += u"<h4>"_s + esc(Text::tr("Breakout rooms")) + u"</h4>\n"_s;
    out += factsTable;
    factRow(out, Text::tr("Grouping"), esc(displayName(breakout.grouping)));
    factRow(out, Text::tr("Groups"), esc(groupsText(breakout)));
    factRow(out, Text::tr("Rounds"), esc(roundsText(breakout)));
    if (!breakout.roles.isEmpty())
        factRow(out, Text::tr("Roles"), esc(breakout.roles.join(u", "_s)));
    out += u"</table>\n"_s;
    if (breakout.broadcasts.empty())
        return;
    out += u"<h4>"_s + esc(Text::tr("Broadcast messages to all rooms")) + u"</h4>\n"_s;
    out += u"<table class=\"broadcast\" width=\"100%\" cellspacing=\"0\">\n"_s;
    for (const Broadcast &broadcast : breakout.broadcasts)
        out += u"<tr><td class=\"when\" width=\"28%\">"_s + esc(broadcastWhen(breakout, broadcast))
               + u"</td><td class=\"text\">"_s + escLines(broadcast.text) + u"</td></tr>\n"_s;
    out += u"</table>\n"_s;
}

void htmlActivity(QString &out, const Sheet &sheet, std::size_t index)
{
    const Activity &activity = sheet.session.activities[index];
    const ScheduledActivity &slot = sheet.schedule.activities[index];
    if (index > 0)
        out += u"<hr>\n"_s;
    out += u"<h3>"_s + esc(activityHeading(int(index), activity)) + u"</h3>\n"_s;
    out += u"<p class=\"when\">"_s + esc(bothSpans(sheet, slot.start, slot.end)) + u"</p>\n"_s;

    out += factsTable;
    factRow(out, Text::tr("Kind"), esc(displayName(activity.kind)));
    factRow(out, Text::tr("Time"), esc(minutesWithShortening(activity)));
    if (const auto fixed = fixedStartText(sheet, activity))
        factRow(out, Text::tr("Fixed start"), esc(*fixed));
    if (!activity.objective.trimmed().isEmpty())
        factRow(out, Text::tr("Objective"), escLines(activity.objective));
    out += u"</table>\n"_s;

    if (!activity.instructions.trimmed().isEmpty()) {
        out += u"<h4>"_s + esc(Text::tr("Instructions for participants (paste into the chat)")) + u"</h4>\n"_s;
        out += pasteBox(activity.instructions, u"paste"_s);
    }
    if (sheet.options.includeFacilitatorNotes && !activity.facilitatorNotes.trimmed().isEmpty()) {
        out += u"<h4>"_s + esc(Text::tr("Facilitator notes (private: do not share with participants)")) + u"</h4>\n"_s;
        out += pasteBox(activity.facilitatorNotes, u"private"_s);
    }
    if (!activity.materials.empty()) {
        out += u"<h4>"_s + esc(Text::tr("Materials")) + u"</h4>\n<ul>\n"_s;
        for (const Material &material : activity.materials) {
            out += u"<li>"_s + esc(material.label);
            if (!material.link.trimmed().isEmpty())
                out += u" — "_s + linkHtml(material.link.trimmed());
            out += u"</li>\n"_s;
        }
        out += u"</ul>\n"_s;
    }
    if (activity.breakout)
        htmlBreakout(out, *activity.breakout);
}

void htmlChecklist(QString &out, const Sheet &sheet)
{
    out += u"<hr>\n<h2>"_s + esc(Text::tr("Materials checklist")) + u"</h2>\n"_s;
    const std::vector<ChecklistEntry> entries = checklist(sheet.session);
    if (entries.empty()) {
        out += u"<p>"_s + esc(Text::tr("No activity lists any material.")) + u"</p>\n"_s;
        return;
    }
    out += u"<table class=\"grid checklist\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>"_s + u"<th>"_s
           + esc(Text::tr("Ready")) + u"</th><th>"_s + esc(Text::tr("Material")) + u"</th><th>"_s + esc(Text::tr("Used in"))
           + u"</th></tr></thead>\n<tbody>\n"_s;
    for (const ChecklistEntry &entry : entries) {
        out += u"<tr><td class=\"box\">☐</td><td>"_s + esc(entry.label);
        for (const QString &link : entry.links)
            out += u"<br><span class=\"link\">"_s + linkHtml(link) + u"</span>"_s;
        out += u"</td><td>"_s;
        const QStringList names = usedIn(sheet.session, entry);
        for (qsizetype i = 0; i < names.size(); ++i)
            out += (i ? u"<br>"_s : QString()) + esc(names[i]);
        out += u"</td></tr>\n"_s;
    }
    out += u"</tbody>\n</table>\n"_s;
}

// ---- Markdown ---------------------------------------------------------------------------------

// Escapes what Markdown would read as formatting, links or table cells; line breaks become
// spaces because the callers put this text on one line.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'|':
        case u'#':
            out += u'\\';
            out += c;
            break;
        case u'\r': break;
        case u'\n': out += u' '; break;
        default: out += c;
        }
    }
    return out;
}

// A fence longer than any run of backticks inside, so the pasted text is shown exactly as it is.
QString fenced(const QString &text)
{
    static const QRegularExpression backticks(u"`+"_s);
    qsizetype longest = 0;
    for (auto it = backticks.globalMatch(text); it.hasNext();)
        longest = std::max(longest, it.next().capturedLength());
    const QString fence(std::max<qsizetype>(3, longest + 1), u'`');
    QString body = text;
    body.replace(u"\r\n"_s, u"\n"_s);
    return fence + u"text\n"_s + body + u'\n' + fence + u"\n\n"_s;
}

// Each line of the text its own quoted paragraph, so line breaks survive every renderer.
QString quoted(const QString &text)
{
    QString body = text;
    body.replace(u"\r\n"_s, u"\n"_s);
    const QStringList lines = body.split(u'\n');
    QStringList paragraphs;
    for (const QString &line : lines)
        if (!line.trimmed().isEmpty())
            paragraphs.append(u"> "_s + md(line));
    return paragraphs.join(u"\n>\n"_s) + u"\n\n"_s;
}

void mdHeader(QString &out, const Sheet &sheet)
{
    const Workshop &workshop = sheet.workshop;
    const Schedule &schedule = sheet.schedule;
    out += u"# "_s + md(workshop.title) + u"\n\n"_s;
    out += u"## "_s + md(sheet.session.title) + u"\n\n"_s;
    out += u"*"_s + md(Text::tr("Run sheet")) + u"*\n\n"_s;
    const auto fact = [&out](const QString &label, const QString &value) {
        out += u"- **"_s + md(label) + u":** "_s + value + u'\n';
    };
    fact(Text::tr("Date"), md(QLocale().toString(sheet.session.date, QLocale::LongFormat)));
    fact(Text::tr("Platform"), md(displayName(workshop.platform)));
    fact(Text::tr("Planned"), md(mainSpan(sheet, schedule.start, schedule.end) + u' ' + zoneLabel(sheet.zoneName, sheet.zone)
                                 + u" · "_s + durationText(schedule.totalMinutes)));
    if (sheet.secondZone)
        fact(Text::tr("Second zone"),
             md(secondSpan(sheet, schedule.start, schedule.end) + u' ' + zoneLabel(sheet.secondZoneName, *sheet.secondZone)));
    if (const auto target = targetEndText(sheet)) {
        const int past = *schedule.minutesPastTarget;
        const QString comparison = md(targetComparison(past));
        fact(Text::tr("Target end"), md(*target) + u" · "_s + (past > 0 ? QString(u"**"_s + comparison + u"**"_s) : comparison));
    } else {
        fact(Text::tr("Target end"), md(Text::tr("none set")));
    }
    if (!workshop.organizer.trimmed().isEmpty())
        fact(Text::tr("Organizer"), md(workshop.organizer));
    out += u'\n';
}

void mdTimetable(QString &out, const Sheet &sheet)
{
    out += u"## "_s + md(Text::tr("Timetable")) + u"\n\n"_s;
    if (sheet.session.activities.empty()) {
        out += md(Text::tr("No activities are planned in this session yet.")) + u"\n\n"_s;
        return;
    }
    out += u"| # | "_s + md(sheet.zoneName) + u" | "_s;
    if (sheet.secondZone)
        out += md(sheet.secondZoneName) + u" | "_s;
    out += md(Text::tr("Min")) + u" | "_s + md(Text::tr("Kind")) + u" | "_s + md(Text::tr("Activity")) + u" |\n"_s;
    out += sheet.secondZone ? u"| ---: | --- | --- | ---: | --- | --- |\n"_s : u"| ---: | --- | ---: | --- | --- |\n"_s;
    for (std::size_t i = 0; i < sheet.session.activities.size(); ++i) {
        const Activity &activity = sheet.session.activities[i];
        const ScheduledActivity &slot = sheet.schedule.activities[i];
        out += u"| "_s + QString::number(i + 1) + u" | "_s + md(mainSpan(sheet, slot.start, slot.end)) + u" | "_s;
        if (sheet.secondZone)
            out += md(secondSpan(sheet, slot.start, slot.end)) + u" | "_s;
        out += QString::number(activity.plannedMinutes) + u" | "_s + md(displayName(activity.kind)) + u" | "_s
               + md(activity.title) + u" |\n"_s;
    }
    out += u'\n';
}

void mdActivity(QString &out, const Sheet &sheet, std::size_t index)
{
    const Activity &activity = sheet.session.activities[index];
    const ScheduledActivity &slot = sheet.schedule.activities[index];
    out += u"### "_s + md(activityHeading(int(index), activity)) + u"\n\n"_s;
    out += u"**"_s + md(bothSpans(sheet, slot.start, slot.end)) + u"**\n\n"_s;
    out += u"- **"_s + md(Text::tr("Kind")) + u":** "_s + md(displayName(activity.kind)) + u'\n';
    out += u"- **"_s + md(Text::tr("Time")) + u":** "_s + md(minutesWithShortening(activity)) + u'\n';
    if (const auto fixed = fixedStartText(sheet, activity))
        out += u"- **"_s + md(Text::tr("Fixed start")) + u":** "_s + md(*fixed) + u'\n';
    if (!activity.objective.trimmed().isEmpty())
        out += u"- **"_s + md(Text::tr("Objective")) + u":** "_s + md(activity.objective) + u'\n';
    out += u'\n';

    if (!activity.instructions.trimmed().isEmpty()) {
        out += u"**"_s + md(Text::tr("Instructions for participants (paste into the chat)")) + u"**\n\n"_s;
        out += fenced(activity.instructions);
    }
    if (sheet.options.includeFacilitatorNotes && !activity.facilitatorNotes.trimmed().isEmpty()) {
        out += u"**"_s + md(Text::tr("Facilitator notes (private: do not share with participants)")) + u"**\n\n"_s;
        out += quoted(activity.facilitatorNotes);
    }
    if (!activity.materials.empty()) {
        out += u"**"_s + md(Text::tr("Materials")) + u"**\n\n"_s;
        for (const Material &material : activity.materials) {
            out += u"- "_s + md(material.label);
            if (!material.link.trimmed().isEmpty())
                out += u" — "_s + md(material.link.trimmed());
            out += u'\n';
        }
        out += u'\n';
    }
    if (activity.breakout) {
        const BreakoutSettings &breakout = *activity.breakout;
        out += u"**"_s + md(Text::tr("Breakout rooms")) + u"**\n\n"_s;
        out += u"- **"_s + md(Text::tr("Grouping")) + u":** "_s + md(displayName(breakout.grouping)) + u'\n';
        out += u"- **"_s + md(Text::tr("Groups")) + u":** "_s + md(groupsText(breakout)) + u'\n';
        out += u"- **"_s + md(Text::tr("Rounds")) + u":** "_s + md(roundsText(breakout)) + u'\n';
        if (!breakout.roles.isEmpty())
            out += u"- **"_s + md(Text::tr("Roles")) + u":** "_s + md(breakout.roles.join(u", "_s)) + u'\n';
        out += u'\n';
        if (!breakout.broadcasts.empty())
            out += u"**"_s + md(Text::tr("Broadcast messages to all rooms")) + u"**\n\n"_s;
        for (const Broadcast &broadcast : breakout.broadcasts) {
            out += md(broadcastWhen(breakout, broadcast) + u':') + u"\n\n"_s;
            out += fenced(broadcast.text);
        }
    }
}

void mdChecklist(QString &out, const Sheet &sheet)
{
    out += u"## "_s + md(Text::tr("Materials checklist")) + u"\n\n"_s;
    const std::vector<ChecklistEntry> entries = checklist(sheet.session);
    if (entries.empty()) {
        out += md(Text::tr("No activity lists any material.")) + u"\n"_s;
        return;
    }
    for (const ChecklistEntry &entry : entries) {
        // A task-list item: a real box in GitHub-flavoured renderers, "[ ]" on paper.
        out += u"- [ ] **"_s + md(entry.label) + u"**"_s;
        for (const QString &link : entry.links)
            out += u" — "_s + md(link);
        out += u" · "_s + md(Text::tr("used in %1").arg(usedIn(sheet.session, entry).join(u"; "_s))) + u'\n';
    }
}

} // namespace

QStringList runSheetFontFamilies()
{
    // One Noto family per script; Symbols2 draws the checklist boxes; DejaVu catches punctuation
    // inside Khmer runs that Noto Sans Khmer lacks.
    return {u"Noto Sans"_s,     u"Noto Sans Thai"_s,     u"Noto Sans Khmer"_s,
            u"Noto Sans Lao"_s, u"Noto Sans Symbols2"_s, u"DejaVu Sans"_s};
}

QString runSheetHtml(const Workshop &workshop, const Session &session, const RunSheetOptions &options)
{
    const Sheet sheet = prepare(workshop, session, options);
    QString out;
    out.reserve(64 * 1024);
    out += u"<!DOCTYPE html>\n<html lang=\""_s + esc(workshop.language.isEmpty() ? u"en"_s : workshop.language)
           + u"\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s
           + esc(Text::tr("Run sheet: %1").arg(session.title.isEmpty() ? workshop.title : session.title)) + u"</title>\n<style>"_s
           + htmlStyle() + u"</style>\n</head>\n<body>\n"_s;
    htmlHeader(out, sheet);
    htmlTimetable(out, sheet);
    if (!session.activities.empty()) {
        // The timetable page stays a one-page overview to keep beside the screen.
        out += u"<h2 class=\"newpage\">"_s + esc(Text::tr("Activities")) + u"</h2>\n"_s;
        for (std::size_t i = 0; i < session.activities.size(); ++i)
            htmlActivity(out, sheet, i);
    }
    htmlChecklist(out, sheet);
    out += u"</body>\n</html>\n"_s;
    return out;
}

QString runSheetMarkdown(const Workshop &workshop, const Session &session, const RunSheetOptions &options)
{
    const Sheet sheet = prepare(workshop, session, options);
    QString out;
    out.reserve(32 * 1024);
    mdHeader(out, sheet);
    mdTimetable(out, sheet);
    if (!session.activities.empty()) {
        out += u"## "_s + md(Text::tr("Activities")) + u"\n\n"_s;
        for (std::size_t i = 0; i < session.activities.size(); ++i)
            mdActivity(out, sheet, i);
    }
    mdChecklist(out, sheet);
    return out;
}

} // namespace sala
