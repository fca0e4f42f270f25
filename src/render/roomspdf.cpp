#include "roomspdf.h"

#include "io/runsheet.h"
#include "pdfpages.h"

#include <QCoreApplication>
#include <QDir>
#include <QStringList>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RoomsPdf)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Three rooms side by side keep a round of thirty people in fours on one page.
constexpr int roomsPerRow = 3;

QString style()
{
    QStringList families;
    for (const QString &family : runSheetFontFamilies())
        families << u'"' + family + u'"';
    families << QStringLiteral("sans-serif");
    return QStringLiteral("body { font-family: ") + families.join(QStringLiteral(", "))
           + QStringLiteral(
               "; font-size: 10pt; color: #1b1b1b; }\n"
               "p.eyebrow { font-size: 8.5pt; color: #555555; margin-top: 0px; margin-bottom: 2px; }\n"
               "h1 { font-size: 16pt; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }\n"
               "h2 { font-size: 13pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; color: #1f3a5a; }\n"
               "p.times { font-weight: bold; margin-top: 0px; margin-bottom: 8px; }\n"
               "p.legend { font-size: 8.5pt; color: #444444; margin-top: 8px; }\n"
               "table.rooms { width: 100%; border-collapse: collapse; }\n"
               "table.rooms td { border: 1px solid #8c99a6; padding: 5px 7px; vertical-align: top; }\n"
               "table.rooms td.empty { border: none; }\n"
               "p.room { font-weight: bold; font-size: 11pt; color: #1f3a5a; margin-top: 0px; margin-bottom: 4px; }\n"
               "p.person { margin-top: 1px; margin-bottom: 3px; }\n"
               "span.details { font-size: 8.5pt; color: #555555; }\n"
               "span.mark { font-size: 8.5pt; font-weight: bold; color: #7a4a00; }\n"
               "tr { page-break-inside: avoid; }\n");
}

// Marks are words, never a colour alone: the sheet is often printed in black and white.
QString personHtml(const RoomsSheet::Person &person)
{
    QString html = QStringLiteral("<p class=\"person\">") + esc(person.name);
    QStringList marks;
    if (person.facilitator)
        marks << Text::tr("facilitator");
    if (person.locked)
        marks << Text::tr("locked");
    if (!marks.isEmpty())
        html += QStringLiteral(" <span class=\"mark\">[") + esc(marks.join(QStringLiteral(", "))) + QStringLiteral("]</span>");
    if (!person.details.isEmpty())
        html += QStringLiteral("<br><span class=\"details\">") + esc(person.details) + QStringLiteral("</span>");
    return html + QStringLiteral("</p>\n");
}

QString roomHtml(const RoomsSheet::Room &room)
{
    QString heading = esc(room.name) + QStringLiteral(" · ") + esc(Text::tr("%n people", nullptr, int(room.people.size())));
    if (room.locked)
        heading += QStringLiteral(" <span class=\"mark\">[") + esc(Text::tr("locked room")) + QStringLiteral("]</span>");
    QString html = QStringLiteral("<p class=\"room\">") + heading + QStringLiteral("</p>\n");
    if (room.people.empty())
        html += QStringLiteral("<p class=\"person\">") + esc(Text::tr("Nobody in this room.")) + QStringLiteral("</p>\n");
    for (const RoomsSheet::Person &person : room.people)
        html += personHtml(person);
    return html;
}

// The marks the sheet uses, explained once under each round; none when nothing is marked.
QString legend(const RoomsSheet &sheet)
{
    bool locks = false;
    bool facilitators = false;
    for (const RoomsSheet::Round &round : sheet.rounds)
        for (const RoomsSheet::Room &room : round.rooms) {
            locks = locks || room.locked;
            for (const RoomsSheet::Person &person : room.people) {
                locks = locks || person.locked;
                facilitators = facilitators || person.facilitator;
            }
        }
    QStringList parts;
    if (locks)
        parts << Text::tr("[locked]: stays where it is when the other rooms are made again.");
    if (facilitators)
        parts << Text::tr("[facilitator]: a facilitator who stays in this room.");
    return parts.join(u' ');
}

Error writeError(const QString &path, const QString &reason)
{
    return {ErrorCode::Io, Text::tr("Sala could not save the breakout rooms as “%1” (%2). Check that the folder exists and that "
                                    "you may write to it, or choose another place.")
                               .arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

QString roomsSheetHtml(const RoomsSheet &sheet)
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
                  + esc(Text::tr("Breakout rooms: %1").arg(sheet.activityTitle)) + QStringLiteral("</title>\n<style>") + style()
                  + QStringLiteral("</style>\n</head>\n<body>\n");
    QStringList eyebrow;
    for (const QString &part : {sheet.workshopTitle, sheet.sessionTitle, sheet.date})
        if (!part.trimmed().isEmpty())
            eyebrow << part.trimmed();
    const QString explained = legend(sheet);
    const int count = int(sheet.rounds.size());
    if (count == 0) {
        out += QStringLiteral("<h1>") + esc(sheet.activityTitle) + QStringLiteral("</h1>\n<p>")
               + esc(Text::tr("No rooms have been made for this activity yet.")) + QStringLiteral("</p>\n");
    }
    for (int r = 0; r < count; ++r) {
        const RoomsSheet::Round &round = sheet.rounds[std::size_t(r)];
        // Each round is a page of its own, to hand to whoever opens the rooms: it repeats the
        // workshop and activity so that a loose page still says what it is.
        const QString pageBreak = r > 0 ? QStringLiteral(" style=\"page-break-before: always;\"") : QString();
        if (!eyebrow.isEmpty())
            out += QStringLiteral("<p class=\"eyebrow\"") + pageBreak + QStringLiteral(">")
                   + esc(eyebrow.join(QStringLiteral(" · "))) + QStringLiteral("</p>\n<h1>");
        else
            out += QStringLiteral("<h1") + pageBreak + QStringLiteral(">");
        out += esc(sheet.activityTitle) + QStringLiteral("</h1>\n<h2>") + esc(Text::tr("Round %1 of %2").arg(r + 1).arg(count))
               + QStringLiteral("</h2>\n");
        int people = 0;
        for (const RoomsSheet::Room &room : round.rooms)
            people += int(room.people.size());
        QString facts = Text::tr("%n rooms", nullptr, int(round.rooms.size())) + QStringLiteral(" · ")
                        + Text::tr("%n people", nullptr, people);
        if (!round.times.isEmpty())
            facts = round.times + QStringLiteral(" · ") + facts;
        out += QStringLiteral("<p class=\"times\">") + esc(facts) + QStringLiteral("</p>\n");

        out += QStringLiteral("<table class=\"rooms\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">\n");
        for (std::size_t k = 0; k < round.rooms.size(); k += roomsPerRow) {
            out += QStringLiteral("<tr>");
            for (std::size_t c = k; c < k + roomsPerRow; ++c) {
                if (c < round.rooms.size())
                    out += QStringLiteral("<td width=\"33%\">") + roomHtml(round.rooms[c]) + QStringLiteral("</td>");
                else
                    out += QStringLiteral("<td class=\"empty\" width=\"33%\"></td>");
            }
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
        if (!explained.isEmpty())
            out += QStringLiteral("<p class=\"legend\">") + esc(explained) + QStringLiteral("</p>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out;
}

Status writeRoomsPdf(const RoomsSheet &sheet, const QString &path)
{
    if (!canWritePdf())
        return Error{ErrorCode::Usage, Text::tr("The PDF of the breakout rooms needs Qt's graphics support, which this program "
                                                "did not start. Make the PDF from the Sala window.")};
    if (path.isEmpty())
        return Error{ErrorCode::Usage, Text::tr("No file name was given for the PDF of the breakout rooms.")};

    PdfPageSetup setup;
    setup.title = Text::tr("Breakout rooms: %1").arg(sheet.activityTitle);
    QStringList footer;
    for (const QString &part : {sheet.activityTitle, sheet.sessionTitle, sheet.workshopTitle})
        if (!part.trimmed().isEmpty())
            footer << part.trimmed();
    setup.footer = footer.join(QStringLiteral(" · "));
    setup.keepHeadingsWithNext = true;
    const Expected<int> pages = writeHtmlPdf(roomsSheetHtml(sheet), path, setup);
    if (!pages)
        return writeError(path, pages.error().message);
    return success();
}

} // namespace sala
