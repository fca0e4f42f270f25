// The printable run sheet: a co-facilitator must be able to run the session from it alone, and
// user text must never break the HTML or the Markdown around it.

#include "demo/demoworkshop.h"
#include "domain/names.h"
#include "io/runsheet.h"
#include "plan/schedule.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

using namespace sala;
using namespace Qt::StringLiterals;

namespace {

Workshop demo()
{
    return demoWorkshop(QDate(2026, 12, 1));
}

// The text the sheet shows for a slot that starts at `start` on the Bangkok clock, read on the
// clock of `zoneId`; built with the same formatter so the test holds in any locale.
QString span(QTime start, int minutes, const char *zoneId)
{
    const QDateTime from(QDate(2026, 12, 1), start, QTimeZone("Asia/Bangkok"));
    const QTimeZone zone(zoneId);
    return clockTime(from, zone) + u'–' + clockTime(from.addSecs(minutes * 60), zone);
}

// The part of the HTML from the materials checklist heading to the end.
QString checklistPart(const QString &html)
{
    const qsizetype at = html.indexOf(u"Materials checklist"_s);
    REQUIRE(at >= 0);
    return html.mid(at);
}

Activity activity(ActivityKind kind, const QString &title, int minutes)
{
    Activity a;
    a.kind = kind;
    a.title = title;
    a.plannedMinutes = minutes;
    return a;
}

// Pipes that separate Markdown table cells, leaving out escaped ones.
qsizetype cellSeparators(const QString &row)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < row.size(); ++i)
        if (row[i] == u'|' && (i == 0 || row[i - 1] != u'\\'))
            ++count;
    return count;
}

QStringList tableRows(const QString &markdown)
{
    static const QRegularExpression numberedRow(u"^\\| \\d+ \\|"_s);
    QStringList rows;
    for (const QString &line : markdown.split(u'\n'))
        if (numberedRow.match(line).hasMatch())
            rows.append(line);
    return rows;
}

} // namespace

TEST_CASE("runSheetHtml_demo_containsEveryActivityTitleAndItsKindAsText", "[runsheet][html]")
{
    const Workshop workshop = demo();
    const Session &session = workshop.sessions.front();
    const QString html = runSheetHtml(workshop, session);
    CHECK(html.startsWith(u"<!DOCTYPE html>"_s));
    CHECK(html.contains(workshop.title.toHtmlEscaped()));
    CHECK(html.contains(session.title.toHtmlEscaped()));
    CHECK(html.contains(QLocale().toString(session.date, QLocale::LongFormat).toHtmlEscaped()));
    CHECK(html.contains(displayName(Platform::Zoom)));
    for (const Activity &a : session.activities) {
        INFO(a.title.toStdString());
        CHECK(html.count(a.title.toHtmlEscaped()) >= 2); // timetable row and its own section
        CHECK(html.contains(displayName(a.kind).toHtmlEscaped()));
    }
}

TEST_CASE("runSheetHtml_demo_showsTheWorkshopAndTheSecondZoneClock", "[runsheet][html]")
{
    const Workshop workshop = demo();
    const QString html = runSheetHtml(workshop, workshop.sessions.front());
    // 09:00 in Bangkok (ICT) is 10:00 in Manila (PHT).
    CHECK(span(QTime(9, 0), 8, "Asia/Manila")
              .startsWith(
                  clockTime(QDateTime(QDate(2026, 12, 1), QTime(10, 0), QTimeZone("Asia/Manila")), QTimeZone("Asia/Manila"))));
    CHECK(html.contains(span(QTime(9, 0), 8, "Asia/Bangkok")));
    CHECK(html.contains(span(QTime(9, 0), 8, "Asia/Manila")));
    CHECK(html.contains(span(QTime(10, 33), 15, "Asia/Bangkok"))); // the break
    CHECK(html.contains(span(QTime(10, 33), 15, "Asia/Manila")));
    CHECK(html.contains(span(QTime(9, 0), 180, "Asia/Bangkok") + u" ICT"_s));
    CHECK(html.contains(span(QTime(9, 0), 180, "Asia/Manila") + u" PHT"_s));
    CHECK(html.contains(u"<th>ICT</th>"_s));
    CHECK(html.contains(u"<th>PHT</th>"_s));
}

TEST_CASE("runSheetHtml_optionZone_replacesTheWorkshopsSecondZone", "[runsheet][html]")
{
    const Workshop workshop = demo();
    RunSheetOptions options;
    options.secondTimeZone = u"Asia/Kuala_Lumpur"_s;
    const QString html = runSheetHtml(workshop, workshop.sessions.front(), options);
    CHECK(html.contains(u"<th>MYT</th>"_s));
    CHECK_FALSE(html.contains(u"PHT"_s));
}

TEST_CASE("runSheetHtml_noSecondZone_showsOneClock", "[runsheet][html]")
{
    Workshop workshop = demo();
    workshop.secondTimeZone.clear();
    const QString html = runSheetHtml(workshop, workshop.sessions.front());
    CHECK(html.contains(u"<th>ICT</th>"_s));
    CHECK_FALSE(html.contains(u"PHT"_s));
}

TEST_CASE("runSheetHtml_secondZoneOnAnotherDate_namesThatDate", "[runsheet][html]")
{
    const Workshop workshop = demo();
    RunSheetOptions options;
    options.secondTimeZone = u"America/New_York"_s; // 09:00 ICT on 1 December is 21:00 on 30 November
    const QString html = runSheetHtml(workshop, workshop.sessions.front(), options);
    CHECK(html.contains(QLocale().toString(QDate(2026, 11, 30), u"ddd d MMM"_s)));
}

TEST_CASE("runSheetHtml_escapesMarkupInUserText", "[runsheet][html]")
{
    Workshop workshop = demo();
    Session &session = workshop.sessions.front();
    session.activities[0].title = u"<script>alert('x')</script> Tom & Jerry"_s;
    session.activities[1].instructions = u"Type <b>one</b> word"_s;
    session.activities[1].materials = {Material{u"Sheet \"A\""_s, u"https://example.org/a?b=1&c=<2>"_s}};
    const QString html = runSheetHtml(workshop, session);
    CHECK_FALSE(html.contains(u"<script>"_s));
    CHECK(html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt; Tom &amp; Jerry"_s));
    CHECK(html.contains(u"Type &lt;b&gt;one&lt;/b&gt; word"_s));
    CHECK_FALSE(html.contains(u"<b>one"_s));
    CHECK(html.contains(u"Sheet &quot;A&quot;"_s));
    CHECK_FALSE(html.contains(u"c=<2>"_s));
}

TEST_CASE("runSheetHtml_keepsInstructionLineBreaksInABox", "[runsheet][html]")
{
    const Workshop workshop = demo();
    const Session &session = workshop.sessions.front();
    const QString html = runSheetHtml(workshop, session);
    const QStringList lines = session.activities[0].instructions.split(u'\n');
    REQUIRE(lines.size() > 2);
    CHECK(html.contains(u"<table class=\"paste\""_s));
    CHECK(html.contains(lines[0].toHtmlEscaped() + u"<br>"_s + lines[1].toHtmlEscaped() + u"<br>"_s));
}

TEST_CASE("runSheetHtml_facilitatorNotes_markedPrivateAndOmittedWhenAsked", "[runsheet][html]")
{
    const Workshop workshop = demo();
    const Session &session = workshop.sessions.front();
    const QString notes = session.activities[0].facilitatorNotes.left(40).toHtmlEscaped();

    const QString withNotes = runSheetHtml(workshop, session);
    CHECK(withNotes.contains(notes));
    CHECK(withNotes.contains(u"Facilitator notes (private"_s));

    RunSheetOptions options;
    options.includeFacilitatorNotes = false;
    const QString withoutNotes = runSheetHtml(workshop, session, options);
    CHECK_FALSE(withoutNotes.contains(u"Facilitator notes"_s));
    for (const Activity &a : session.activities)
        CHECK_FALSE(withoutNotes.contains(a.facilitatorNotes.left(40).toHtmlEscaped()));
    // Everything else stays.
    for (const Activity &a : session.activities)
        CHECK(withoutNotes.contains(a.instructions.split(u'\n').front().toHtmlEscaped()));
}

TEST_CASE("runSheetHtml_showsShorteningFixedStartAndBreakoutSettings", "[runsheet][html]")
{
    const Workshop workshop = demo();
    const QString html = runSheetHtml(workshop, workshop.sessions.front());
    CHECK(html.contains(u"may shorten to 24 min"_s));
    CHECK(html.contains(u"Fixed start"_s));
    CHECK(html.contains(displayName(Grouping::HomeGroups)));
    CHECK(html.contains(displayName(Grouping::TriosPairs)));
    CHECK(html.contains(u"groups of 5"_s));
    CHECK(html.contains(u"1 × 20 min"_s));
    CHECK(html.contains(u"3 × 6 min"_s));
    CHECK(html.contains(u"Reader, Timekeeper, Reporter"_s));
    CHECK(html.contains(u"Client, Consultant, Consultant"_s));
    CHECK(html.contains(u"Send 2 min before the end<"_s));
    CHECK(html.contains(u"Send 1 min before the end of each round<"_s));
    CHECK(html.contains(u"5 minutes left — agree on your top 3 actions for Mai."_s));
}

TEST_CASE("runSheetHtml_comparesThePlanWithTheTargetEnd", "[runsheet][html]")
{
    Workshop workshop = demo();
    Session &session = workshop.sessions.front();
    CHECK(runSheetHtml(workshop, session).contains(u"the plan ends on time"_s));

    session.activities[1].plannedMinutes += 7;
    const QString late = runSheetHtml(workshop, session);
    CHECK(late.contains(u"runs 7 min past the target"_s));

    session.activities[1].plannedMinutes -= 17;
    CHECK(runSheetHtml(workshop, session).contains(u"ends 10 min before the target"_s));

    session.targetEnd.reset();
    CHECK(runSheetHtml(workshop, session).contains(u"none set"_s));
}

TEST_CASE("runSheetHtml_checklist_listsEachMaterialOnceWithTheActivitiesUsingIt", "[runsheet][html]")
{
    Workshop workshop = demo();
    Session session;
    session.title = u"Materials"_s;
    session.date = QDate(2026, 12, 1);
    session.plannedStart = QTime(9, 0);
    session.activities = {activity(ActivityKind::Input, u"Intro"_s, 10), activity(ActivityKind::Breakout, u"Group work"_s, 20),
                          activity(ActivityKind::Plenary, u"Harvest"_s, 10)};
    session.activities[0].materials = {Material{u"Worksheet A"_s, {}}, Material{u"Slides"_s, u"slides.pdf"_s}};
    session.activities[1].materials = {Material{u"Worksheet A"_s, u"https://example.org/a"_s}};
    session.activities[2].materials = {Material{u"Worksheet A"_s, {}}, Material{u"Timer"_s, {}}};

    const QString checklist = checklistPart(runSheetHtml(workshop, session));
    CHECK(checklist.count(u"☐"_s) == 3);
    CHECK(checklist.count(u"Worksheet A"_s) == 1);
    CHECK(checklist.count(u"Slides"_s) == 1);
    CHECK(checklist.count(u"Timer"_s) == 1);
    CHECK(checklist.contains(u"https://example.org/a"_s));
    CHECK(checklist.contains(u"1. Intro<br>2. Group work<br>3. Harvest"_s));
}

TEST_CASE("runSheetHtml_demoChecklist_hasOneBoxPerDistinctMaterial", "[runsheet][html]")
{
    const Workshop workshop = demo();
    const Session &session = workshop.sessions.front();
    QStringList labels;
    for (const Activity &a : session.activities)
        for (const Material &m : a.materials)
            if (!labels.contains(m.label))
                labels.append(m.label);
    REQUIRE(labels.size() > 5);
    const QString checklist = checklistPart(runSheetHtml(workshop, session));
    CHECK(checklist.count(u"☐"_s) == labels.size());
    for (const QString &label : labels) {
        INFO(label.toStdString());
        CHECK(checklist.count(u'>' + label.toHtmlEscaped() + u'<') == 1);
    }
}

TEST_CASE("runSheetHtml_emptySession_saysSoInsteadOfAnEmptyTable", "[runsheet][html]")
{
    const Workshop workshop = demo();
    Session session;
    session.title = u"Not planned yet"_s;
    session.date = QDate(2026, 12, 2);
    session.plannedStart = QTime(9, 0);
    const QString html = runSheetHtml(workshop, session);
    CHECK(html.contains(u"No activities are planned"_s));
    CHECK(html.contains(u"No activity lists any material"_s));
}

TEST_CASE("runSheetMarkdown_demo_hasOneTableRowPerActivity", "[runsheet][markdown]")
{
    const Workshop workshop = demo();
    const Session &session = workshop.sessions.front();
    const QString markdown = runSheetMarkdown(workshop, session);
    CHECK(markdown.startsWith(u"# "_s));
    const QStringList rows = tableRows(markdown);
    REQUIRE(rows.size() == qsizetype(session.activities.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Activity &a = session.activities[std::size_t(i)];
        INFO(rows[i].toStdString());
        CHECK(rows[i].startsWith(u"| %1 | "_s.arg(i + 1)));
        CHECK(cellSeparators(rows[i]) == 7); // #, two clocks, minutes, kind, title
        CHECK(rows[i].contains(u" | %1 | "_s.arg(a.plannedMinutes)));
        CHECK(rows[i].contains(displayName(a.kind)));
    }
    CHECK(rows[0].contains(span(QTime(9, 0), 8, "Asia/Bangkok")));
    CHECK(rows[0].contains(span(QTime(9, 0), 8, "Asia/Manila")));
}

TEST_CASE("runSheetMarkdown_pipeInATitle_staysInsideItsCell", "[runsheet][markdown]")
{
    Workshop workshop = demo();
    Session &session = workshop.sessions.front();
    session.activities[2].title = u"Plan A | Plan B"_s;
    const QString markdown = runSheetMarkdown(workshop, session);
    const QStringList rows = tableRows(markdown);
    REQUIRE(rows.size() == qsizetype(session.activities.size()));
    CHECK(rows[2].contains(u"Plan A \\| Plan B"_s));
    CHECK(cellSeparators(rows[2]) == 7);
}

TEST_CASE("runSheetMarkdown_instructions_keptExactlyInAFence", "[runsheet][markdown]")
{
    Workshop workshop = demo();
    Session &session = workshop.sessions.front();
    const QString markdown = runSheetMarkdown(workshop, session);
    for (const Activity &a : session.activities)
        CHECK(markdown.contains(u"```text\n"_s + a.instructions + u"\n```\n"_s));

    // Backticks inside the text get a longer fence, so the block cannot close early.
    session.activities[0].instructions = u"Type ```code``` here\n| not a table |"_s;
    const QString withTicks = runSheetMarkdown(workshop, session);
    CHECK(withTicks.contains(u"````text\nType ```code``` here\n| not a table |\n````\n"_s));
}

TEST_CASE("runSheetMarkdown_facilitatorNotes_quotedAndOmittedWhenAsked", "[runsheet][markdown]")
{
    const Workshop workshop = demo();
    const Session &session = workshop.sessions.front();
    const QString withNotes = runSheetMarkdown(workshop, session);
    CHECK(withNotes.contains(u"> Read the consent and recording notice aloud"_s));
    RunSheetOptions options;
    options.includeFacilitatorNotes = false;
    const QString withoutNotes = runSheetMarkdown(workshop, session, options);
    CHECK_FALSE(withoutNotes.contains(u"Read the consent and recording notice aloud"_s));
    CHECK_FALSE(withoutNotes.contains(u"Facilitator notes"_s));
}

TEST_CASE("runSheetMarkdown_checklist_oneBoxPerMaterial", "[runsheet][markdown]")
{
    const Workshop workshop = demo();
    const QString markdown = runSheetMarkdown(workshop, workshop.sessions.front());
    CHECK(markdown.count(u"- [ ] **Slides 1–4**"_s) == 1);
    CHECK(markdown.count(u"- [ ] "_s) == 15);
    CHECK(markdown.contains(
        u"- [ ] **Worksheet A — 4-P risk grid (1–3 scale)** · used in 4. Activity 1 — How exposed is my business?\n"_s));
}

TEST_CASE("runSheetMarkdown_escapesFormattingInUserText", "[runsheet][markdown]")
{
    Workshop workshop = demo();
    Session &session = workshop.sessions.front();
    session.activities[0].title = u"*Big* _news_ <b>"_s;
    const QString markdown = runSheetMarkdown(workshop, session);
    CHECK(markdown.contains(u"\\*Big\\* \\_news\\_ \\<b\\>"_s));
    CHECK_FALSE(markdown.contains(u"*Big*"_s));
}

TEST_CASE("runSheetHtml_styleSheetNamesAFontForEachScript", "[runsheet][html]")
{
    const Workshop workshop = demo();
    const QString html = runSheetHtml(workshop, workshop.sessions.front());
    const QStringList families = runSheetFontFamilies();
    for (const char *family : {"Noto Sans Thai", "Noto Sans Khmer", "Noto Sans Lao"})
        CHECK(families.contains(QString::fromLatin1(family)));
    for (const QString &family : families)
        CHECK(html.contains(u'"' + family + u'"'));
}
