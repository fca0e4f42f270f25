#include "attendancereportpdf.h"

#include "charts.h"
#include "domain/names.h"
#include "io/runsheet.h"
#include "pdfpages.h"
#include "plan/schedule.h"
#include "util/eradates.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QLocale>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceReportPdf)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// CSS pixels across the landscape page inside its margins (A4 less 2 × 14 mm at 96 dpi).
constexpr int pageWidthPx = 1010;
// More sessions than this side by side would not fit the page; the table continues below.
constexpr std::size_t sessionsPerTable = 8;

QString style()
{
    QStringList families;
    for (const QString &family : runSheetFontFamilies())
        families << u'"' + family + u'"';
    families << QStringLiteral("sans-serif");
    return QStringLiteral("body { font-family: ") + families.join(QStringLiteral(", "))
           + QStringLiteral(
               "; font-size: 9.5pt; color: #1b1b1b; }\n"
               "p.eyebrow { font-size: 11pt; color: #555555; margin-top: 60px; margin-bottom: 4px; }\n"
               "h1 { font-size: 24pt; font-weight: bold; margin-top: 0px; margin-bottom: 8px; color: #1f3a5a; }\n"
               "h2 { font-size: 14pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; color: #1f3a5a; }\n"
               "h3 { font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 2px; }\n"
               "p.facts { font-size: 11pt; margin-top: 2px; margin-bottom: 2px; }\n"
               "p.note { color: #444444; margin-top: 4px; margin-bottom: 4px; }\n"
               "table.grid { border-collapse: collapse; }\n"
               "table.grid th { background-color: #e8ecf0; border: 1px solid #8c99a6; padding: 3px; text-align: left; }\n"
               "table.grid td { border: 1px solid #b8c0c8; padding: 3px; }\n"
               "td.num { text-align: right; }\n"
               "tr.total td { font-weight: bold; background-color: #f2f2f2; }\n"
               "td.completed { background-color: #dcefdc; font-weight: bold; }\n"
               "td.participated { background-color: #e3ecf7; }\n"
               "td.attended { background-color: #fbecd9; }\n"
               "td.absent { color: #666666; }\n"
               "tr { page-break-inside: avoid; }\n"

               "h2.newpage, h3.newpage { page-break-before: always; }\n");
}

QString imageTag(const QImage &image, const QSizeF &size)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("<img src=\"data:image/png;base64,") + QString::fromLatin1(png.toBase64())
           + QStringLiteral("\" width=\"") + QString::number(qRound(size.width())) + QStringLiteral("\" height=\"")
           + QString::number(qRound(size.height())) + QStringLiteral("\">");
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(int value)
{
    return Text::tr("%1 %").arg(QLocale().toString(value));
}

QString cell(const QString &text, const QString &cssClass = {})
{
    return (cssClass.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"") + cssClass + QStringLiteral("\">"))
           + esc(text) + QStringLiteral("</td>");
}

QString headerRow(const QStringList &headers)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const QString &header : headers)
        html += QStringLiteral("<th>") + esc(header) + QStringLiteral("</th>");
    return html + QStringLiteral("</tr></thead>\n");
}

QString tableStart()
{
    return QStringLiteral("<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\">\n");
}

QString titlePage(const AttendanceReport &report)
{
    const QLocale locale;
    QString html = QStringLiteral("<p class=\"eyebrow\">") + esc(Text::tr("Attendance report")) + QStringLiteral("</p>\n");
    html += QStringLiteral("<h1>") + esc(report.workshopTitle) + QStringLiteral("</h1>\n");
    auto fact = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            html += QStringLiteral("<p class=\"facts\"><b>") + esc(label) + QStringLiteral("</b> ") + esc(value)
                    + QStringLiteral("</p>\n");
    };
    fact(Text::tr("Organizer:"), report.organizer);
    fact(Text::tr("Dates:"), peopleDateSpan(report.firstDate(), report.lastDate(), locale, false));
    fact(Text::tr("Sessions:"), Text::tr("%1, %2 hours scheduled in all")
                                    .arg(number(qint64(report.sessions.size())), hoursText(report.scheduledSeconds, locale)));
    fact(Text::tr("Completion:"),
         Text::tr("at least %1 % of the workshop's scheduled time").arg(report.thresholds.completionPercent));
    fact(Text::tr("Participation:"),
         Text::tr("at least %1 % of the workshop's scheduled time").arg(report.thresholds.participationPercent));
    html += QStringLiteral("<p class=\"note\">")
            + esc(Text::tr(
                "A person's share is their time in the room over the scheduled time of all the workshop's sessions; time in "
                "one session counts up to that session's scheduled length. Shares are rounded down to a whole percent; "
                "minutes are rounded to the nearest minute."))
            + QStringLiteral("</p>\n");
    if (const int missing = report.sessionsWithoutAttendance(); missing > 0)
        html += QStringLiteral("<p class=\"note\"><b>")
                + esc(Text::tr("%1 of %2 sessions have no attendance imported yet; their time counts as missed.")
                          .arg(missing)
                          .arg(report.sessions.size()))
                + QStringLiteral("</b></p>\n");
    if (report.notOnRoster > 0)
        html += QStringLiteral("<p class=\"note\">")
                + esc(Text::tr("%n people in the attendance are no longer on the roster and are left out.", nullptr,
                               report.notOnRoster))
                + QStringLiteral("</p>\n");
    fact(Text::tr("Made on:"), locale.toString(QDate::currentDate(), QLocale::LongFormat));
    return html;
}

QString summary(const AttendanceReport &report)
{
    QString html = QStringLiteral("<h2>") + esc(Text::tr("Summary")) + QStringLiteral("</h2>\n") + tableStart();
    html += headerRow({Text::tr("People"), Text::tr("Number"), Text::tr("Share of the enrolled")});
    auto row = [&](const QString &label, int value) {
        html += QStringLiteral("<tr>") + cell(label) + cell(number(value), QStringLiteral("num"))
                + cell(percent(percentOf(value, report.enrolled)), QStringLiteral("num")) + QStringLiteral("</tr>\n");
    };
    row(Text::tr("Enrolled"), report.enrolled);
    row(Text::tr("Attended at least once"), report.attended);
    row(Text::tr("Completed"), report.completed);
    row(Text::tr("Participated (below completion)"), report.participated);
    return html + QStringLiteral("</table>\n");
}

QString breakdowns(const AttendanceReport &report)
{
    QString html;
    const QFont chartFont = pdfFont(9);
    for (const Breakdown &breakdown : report.breakdowns) {
        // Each breakdown on a page of its own, the table and its chart side by side: Qt's text
        // layout would split a table from its chart at any page end.
        html += QStringLiteral("<h2 class=\"newpage\">") + esc(breakdown.title) + QStringLiteral("</h2>\n");
        html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"64%\" valign=\"top\">")
                + tableStart();
        html += headerRow({Text::tr("Group"), Text::tr("Enrolled"), Text::tr("Attended"), Text::tr("% of attendees"),
                           Text::tr("Completed"), Text::tr("% of completers"), Text::tr("Participated"),
                           Text::tr("% of participants")});
        auto row = [&](const BreakdownRow &r, bool total) {
            html += QStringLiteral("<tr") + (total ? QStringLiteral(" class=\"total\">") : QStringLiteral(">")) + cell(r.label)
                    + cell(number(r.enrolled), QStringLiteral("num")) + cell(number(r.attended), QStringLiteral("num"))
                    + cell(percent(percentOf(r.attended, breakdown.total.attended)), QStringLiteral("num"))
                    + cell(number(r.completed), QStringLiteral("num"))
                    + cell(percent(percentOf(r.completed, breakdown.total.completed)), QStringLiteral("num"))
                    + cell(number(r.participated), QStringLiteral("num"))
                    + cell(percent(percentOf(r.participated, breakdown.total.participated)), QStringLiteral("num"))
                    + QStringLiteral("</tr>\n");
        };
        for (const BreakdownRow &r : breakdown.rows)
            row(r, false);
        row(breakdown.total, true);
        html += QStringLiteral("</table>\n</td><td width=\"36%\" valign=\"top\" style=\"padding-left: 12px;\">");
        const BarChart chart = breakdownBarChart(breakdown);
        const QSizeF size(pageWidthPx * 0.34, barChartHeight(int(chart.groups.size()), chartFont) * 1.05);
        html += imageTag(barChartImage(chart, size, chartFont, 2.5), size) + QStringLiteral("</td></tr></table>\n");
    }
    return html;
}

QString sessions(const AttendanceReport &report)
{
    const QLocale locale;
    const QTimeZone zone = report.zone();
    QString html = QStringLiteral("<h2 class=\"newpage\">") + esc(Text::tr("Sessions")) + QStringLiteral("</h2>\n") + tableStart();
    html += headerRow({Text::tr("#"), Text::tr("Session"), Text::tr("Date"), Text::tr("Scheduled"), Text::tr("Attendees"),
                       Text::tr("Average minutes"), Text::tr("Not matched to the roster")});
    for (std::size_t i = 0; i < report.sessions.size(); ++i) {
        const ReportSession &s = report.sessions[i];
        QString scheduled;
        if (s.scheduledStart.isValid() && s.scheduledEnd.isValid())
            scheduled = clockTime(s.scheduledStart, zone) + QStringLiteral("–") + clockTime(s.scheduledEnd, zone) + u' '
                        + zoneAbbreviation(zone, s.scheduledStart);
        html += QStringLiteral("<tr>") + cell(number(qint64(i) + 1), QStringLiteral("num")) + cell(s.title)
                + cell(s.date.isValid() ? locale.toString(s.date, QLocale::ShortFormat) : QString()) + cell(scheduled);
        if (s.hasAttendance)
            html += cell(number(s.attendees), QStringLiteral("num")) + cell(number(s.averageMinutes()), QStringLiteral("num"))
                    + cell(number(s.unmatchedIdentities), QStringLiteral("num"));
        else
            html += QStringLiteral("<td colspan=\"3\">") + esc(Text::tr("no attendance imported yet")) + QStringLiteral("</td>");
        html += QStringLiteral("</tr>\n");
    }
    html += QStringLiteral("</table>\n");

    const QFont chartFont = pdfFont(9);
    int charts = 0;
    for (std::size_t i = 0; i < report.sessions.size(); ++i) {
        const ReportSession &s = report.sessions[i];
        if (!s.hasAttendance)
            continue;
        // The first chart below the table, then two to a page, each with its heading: Qt's text
        // layout would split a heading from its chart at any page end.
        const bool newPage = charts % 2 == 1;
        ++charts;
        html += (newPage ? QStringLiteral("<h3 class=\"newpage\">") : QStringLiteral("<h3>"))
                + esc(Text::tr("People in the room: %1").arg(s.title)) + QStringLiteral("</h3>\n");
        const QSizeF size(pageWidthPx * 0.9, 240);
        html += QStringLiteral("<p>") + imageTag(roomChartImage(roomChart(report, i), size, chartFont, 2.5), size)
                + QStringLiteral("</p>\n");
        if (s.curve.withoutIntervals > 0)
            html += QStringLiteral("<p class=\"note\">")
                    + esc(Text::tr("%n people are known only by their total minutes and are not in the curve.", nullptr,
                                   s.curve.withoutIntervals))
                    + QStringLiteral("</p>\n");
    }
    return html;
}

QString matrix(const AttendanceReport &report)
{
    QString html = QStringLiteral("<h2 class=\"newpage\">") + esc(Text::tr("Participants and sessions"))
                   + QStringLiteral("</h2>\n");
    html += QStringLiteral("<p class=\"note\">")
            + esc(Text::tr("Each session shows minutes in the room and the share of its scheduled time. Status is over the whole "
                           "workshop: completed at %1 % or more, participated at %2 % or more.")
                      .arg(report.thresholds.completionPercent)
                      .arg(report.thresholds.participationPercent))
            + QStringLiteral("</p>\n");
    if (report.people.empty())
        return html + QStringLiteral("<p>") + esc(Text::tr("Nobody is on the roster.")) + QStringLiteral("</p>\n");
    const std::size_t count = report.sessions.size();
    std::size_t first = 0;
    do {
        const std::size_t last = std::min(count, first + sessionsPerTable);
        const bool lastTable = last == count;
        QStringList headers{Text::tr("Name"), Text::tr("Sex"), Text::tr("Country")};
        for (std::size_t s = first; s < last; ++s)
            headers << Text::tr("S%1").arg(s + 1);
        if (lastTable)
            headers << Text::tr("Total minutes") << Text::tr("Share") << Text::tr("Status");
        html += tableStart() + headerRow(headers);
        for (const ReportPerson &person : report.people) {
            html += QStringLiteral("<tr>") + cell(person.reportName()) + cell(displayName(person.sex))
                    + cell(person.country.isEmpty() ? QString() : countryName(person.country));
            for (std::size_t s = first; s < last; ++s) {
                const ReportEntry &entry = person.sessions[s];
                html += cell(entry.seen
                                 ? Text::tr("%1 min (%2 %)").arg(number(roundedMinutes(entry.seconds))).arg(entry.sharePercent)
                                 : QStringLiteral("–"),
                             QStringLiteral("num"));
            }
            if (lastTable)
                html += cell(number(roundedMinutes(person.seconds)), QStringLiteral("num"))
                        + cell(percent(person.sharePercent), QStringLiteral("num"))
                        + cell(displayName(person.status), key(person.status));
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</table>\n");
        first = last;
    } while (first < count);
    QStringList legend;
    for (std::size_t s = 0; s < count; ++s)
        legend << Text::tr("S%1: %2").arg(s + 1).arg(report.sessions[s].title);
    if (!legend.isEmpty())
        html += QStringLiteral("<p class=\"note\">") + esc(legend.join(QStringLiteral(" · "))) + QStringLiteral("</p>\n");
    return html;
}

Error writeError(const QString &path, const QString &reason)
{
    return {ErrorCode::Io,
            Text::tr("Sala could not save the attendance report as “%1” (%2). Check that the folder exists and that you "
                     "may write there, then try again.")
                .arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

QString attendanceReportHtml(const AttendanceReport &report)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") + esc(report.workshopTitle)
                   + QStringLiteral("</title>\n<style>\n") + style() + QStringLiteral("</style></head><body>\n");
    html += titlePage(report);
    html += summary(report);
    html += breakdowns(report);
    html += sessions(report);
    html += matrix(report);
    return html + QStringLiteral("</body></html>\n");
}

Status writeAttendanceReportPdf(const AttendanceReport &report, const QString &path)
{
    if (!canWritePdf() || !canDrawCharts())
        return Error{ErrorCode::Usage,
                     Text::tr("The PDF attendance report needs Qt's graphics support, which this program did not "
                              "start. Make the PDF from the Sala window.")};
    if (path.isEmpty())
        return Error{ErrorCode::Usage, Text::tr("No file name was given for the PDF attendance report.")};
    PdfPageSetup setup;
    setup.orientation = QPageLayout::Landscape;
    setup.marginsMm = QMarginsF(14, 12, 14, 10);
    setup.title = Text::tr("Attendance: %1").arg(report.workshopTitle);
    setup.footer = Text::tr("Attendance · %1").arg(report.workshopTitle);
    setup.keepHeadingsWithNext = true;
    const Expected<int> pages = writeHtmlPdf(attendanceReportHtml(report), path, setup);
    if (!pages)
        return writeError(path, pages.error().message);
    return success();
}

} // namespace sala
