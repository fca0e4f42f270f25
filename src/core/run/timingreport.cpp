#include "run/timingreport.h"

#include "domain/names.h"
#include "io/runsheet.h"
#include "plan/schedule.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::TimingReport)
};

constexpr qint64 minuteMs = 60'000;

qint64 roundedMinutes(qint64 ms)
{
    return (ms >= 0 ? ms + 30'000 : ms - 30'000) / minuteMs;
}

QString minutesText(qint64 minutes)
{
    return Text::tr("%n min", nullptr, int(minutes));
}

QString decimalMinutes(qint64 ms)
{
    return QString::number(double(ms) / double(minuteMs), 'f', 1);
}

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r')
        && value.trimmed() == value)
        return value;
    QString quoted = value;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString isoInZone(const QDateTime &when, const QTimeZone &zone)
{
    return when.isValid() ? when.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QString quotedTitle(const QString &title)
{
    return Text::tr("“%1”").arg(title);
}

QStringList findingsFor(const TimingReport &report)
{
    QStringList findings;
    if (report.status == RunStatus::NotStarted) {
        findings << Text::tr("The session has not been run yet.");
        return findings;
    }
    const qint64 late = roundedMinutes(report.plannedStart.msecsTo(report.startedAt));
    if (report.planShiftMs != 0)
        findings << Text::tr(
                        "It started on %1 at %2 instead of %3 at %4, so it is measured against the plan moved to that start.")
                        .arg(QLocale().toString(report.startedAt.toTimeZone(report.zone).date(), QLocale::ShortFormat),
                             reportClock(report, report.startedAt), QLocale().toString(report.date, QLocale::ShortFormat),
                             reportClock(report, report.plannedStart));
    else if (late > 0)
        findings << Text::tr("It started at %1, %2 after the planned %3.")
                        .arg(reportClock(report, report.startedAt), minutesText(late), reportClock(report, report.plannedStart));
    else if (late < 0)
        findings << Text::tr("It started at %1, %2 before the planned %3.")
                        .arg(reportClock(report, report.startedAt), minutesText(-late), reportClock(report, report.plannedStart));
    else
        findings << Text::tr("It started on time at %1.").arg(reportClock(report, report.startedAt));

    if (report.status == RunStatus::Finished) {
        const qint64 over = roundedMinutes(report.plannedEnd.msecsTo(report.finishedAt));
        if (over > 0)
            findings << Text::tr("It finished at %1, %2 after the planned end (%3).")
                            .arg(reportClock(report, report.finishedAt), minutesText(over),
                                 reportClock(report, report.plannedEnd));
        else if (over < 0)
            findings << Text::tr("It finished at %1, %2 before the planned end (%3).")
                            .arg(reportClock(report, report.finishedAt), minutesText(-over),
                                 reportClock(report, report.plannedEnd));
        else
            findings << Text::tr("It finished on time at %1.").arg(reportClock(report, report.finishedAt));
    } else {
        findings << Text::tr("It is still running; at this pace it ends at %1 (planned %2).")
                        .arg(reportClock(report, report.projectedEnd), reportClock(report, report.plannedEnd));
    }

    std::vector<const TimingRow *> longer;
    std::vector<const TimingRow *> shorter;
    QStringList notRun;
    for (const TimingRow &row : report.rows) {
        if (!row.ran()) {
            notRun << quotedTitle(row.title);
            continue;
        }
        if (!row.ended.isValid())
            continue; // still running: too early to say whether it ran long
        const qint64 difference = roundedMinutes(row.differenceMs());
        if (difference > 0)
            longer.push_back(&row);
        else if (difference < 0)
            shorter.push_back(&row);
    }
    std::stable_sort(longer.begin(), longer.end(),
                     [](const TimingRow *a, const TimingRow *b) { return a->differenceMs() > b->differenceMs(); });
    std::stable_sort(shorter.begin(), shorter.end(),
                     [](const TimingRow *a, const TimingRow *b) { return a->differenceMs() < b->differenceMs(); });
    for (std::size_t i = 0; i < longer.size() && i < 3; ++i) {
        const TimingRow &row = *longer[i];
        QString sentence = Text::tr("%1 took %2 more than its %3.")
                               .arg(quotedTitle(row.title), minutesText(roundedMinutes(row.differenceMs())),
                                    minutesText(row.plannedMinutes));
        if (row.adjustedMs > 0)
            sentence += u' ' + Text::tr("It was extended by %1.").arg(minutesText(roundedMinutes(row.adjustedMs)));
        findings << sentence;
    }
    if (longer.size() > 3)
        findings << Text::tr("Other activities that ran over: %n.", nullptr, int(longer.size() - 3));
    qint64 saved = 0;
    for (const TimingRow *row : shorter)
        saved -= row->differenceMs();
    if (!shorter.empty())
        findings << Text::tr("Activities that took less time than planned: %n, %1 in all.", nullptr, int(shorter.size()))
                        .arg(minutesText(roundedMinutes(saved)));
    int pauses = 0;
    for (const TimingRow &row : report.rows)
        pauses += row.pauses;
    if (pauses > 0)
        findings << Text::tr("Pauses: %n, %1 in all.", nullptr, pauses).arg(minutesText(roundedMinutes(report.pausedMs)));
    if (!notRun.isEmpty())
        findings << Text::tr("Not run: %1.").arg(notRun.join(u", "_s));
    return findings;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString reportClock(const TimingReport &report, const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return clockTime(when, report.zone) + u' ' + zoneAbbreviation(report.zone, when);
}

TimingReport buildTimingReport(const Workshop &workshop, const Session &session, const RunState &state)
{
    TimingReport report;
    report.workshopTitle = workshop.title;
    report.sessionTitle = session.title;
    report.sessionId = session.id;
    report.date = session.date;
    report.zone = QTimeZone(workshop.timeZone.toUtf8());
    if (!report.zone.isValid())
        report.zone = QTimeZone::utc();
    report.status = state.status;
    report.plannedStart = state.plannedStart;
    report.plannedEnd = state.plannedEnd;
    report.startedAt = state.startedAt;
    report.finishedAt = state.finishedAt;
    report.projectedEnd = state.projectedEnd;
    report.planShiftMs = state.planShiftMs;
    report.pausedMs = state.pausedMs;
    for (std::size_t i = 0; i < session.activities.size(); ++i) {
        const Activity &activity = session.activities[i];
        const ActivityRun run = i < state.activities.size() ? state.activities[i] : ActivityRun{};
        TimingRow row;
        row.position = int(i) + 1;
        row.activityId = activity.id;
        row.title = activity.title;
        row.kind = activity.kind;
        row.plannedMinutes = activity.plannedMinutes;
        row.actualMs = run.spentMs;
        row.pausedMs = run.pausedMs;
        row.pauses = run.pauses;
        row.adjustedMs = run.adjustedMs;
        row.adjustments = run.adjustments;
        row.visits = run.visits;
        row.started = run.firstStarted;
        row.ended = int(i) == state.current ? QDateTime() : run.lastLeft;
        report.plannedMinutes += row.plannedMinutes;
        report.actualMs += row.actualMs;
        report.adjustedMs += row.adjustedMs;
        report.rows.push_back(std::move(row));
    }
    report.findings = findingsFor(report);
    return report;
}

QByteArray timingReportCsv(const TimingReport &report)
{
    QStringList lines;
    lines << u"position,activity,kind,planned_minutes,actual_seconds,actual_minutes,difference_minutes,pauses,paused_minutes,"
             u"adjusted_minutes,started,ended"_s;
    for (const TimingRow &row : report.rows) {
        const QStringList fields{QString::number(row.position),
                                 csvField(row.title),
                                 key(row.kind),
                                 QString::number(row.plannedMinutes),
                                 QString::number((row.actualMs + 500) / 1000),
                                 decimalMinutes(row.actualMs),
                                 decimalMinutes(row.differenceMs()),
                                 QString::number(row.pauses),
                                 decimalMinutes(row.pausedMs),
                                 decimalMinutes(row.adjustedMs),
                                 isoInZone(row.started, report.zone),
                                 isoInZone(row.ended, report.zone)};
        lines << fields.join(u',');
    }
    int pauses = 0;
    for (const TimingRow &row : report.rows)
        pauses += row.pauses;
    const QStringList total{QString(),
                            u"Total"_s,
                            QString(),
                            QString::number(report.plannedMinutes),
                            QString::number((report.actualMs + 500) / 1000),
                            decimalMinutes(report.actualMs),
                            decimalMinutes(report.actualMs - qint64(report.plannedMinutes) * minuteMs),
                            QString::number(pauses),
                            decimalMinutes(report.pausedMs),
                            decimalMinutes(report.adjustedMs),
                            isoInZone(report.startedAt, report.zone),
                            isoInZone(report.finishedAt, report.zone)};
    lines << total.join(u',');
    return QByteArray("\xEF\xBB\xBF") + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

QString timingReportHtml(const TimingReport &report)
{
    QStringList families;
    for (const QString &family : runSheetFontFamilies())
        families << u'"' + family + u'"';
    families << u"sans-serif"_s;
    QString out;
    out += u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>"_s + esc(report.sessionTitle)
           + u"</title>\n<style>\nbody { font-family: "_s + families.join(u", "_s)
           + u"; font-size: 10pt; color: #1b1b1b; }\n"
             u"h1 { font-size: 16pt; font-weight: bold; margin-bottom: 2px; }\n"
             u"p.sub { color: #444444; margin-top: 0px; }\n"
             u"table.grid { border-collapse: collapse; }\n"
             u"table.grid th { background-color: #e8e8e8; border: 1px solid #999999; padding: 3px; text-align: left; }\n"
             u"table.grid td { border: 1px solid #bbbbbb; padding: 3px; }\n"
             u"td.num { text-align: right; }\n"
             u"tr.total td { font-weight: bold; background-color: #f2f2f2; }\n"
             u"td.over { color: #9c1c1c; font-weight: bold; }\n"
             u"td.under { color: #1c5a9c; }\n"
             u"</style></head><body>\n"_s;
    out += u"<h1>"_s + esc(Text::tr("Planned versus actual: %1").arg(report.sessionTitle)) + u"</h1>\n"_s;
    out += u"<p class=\"sub\">"_s + esc(report.workshopTitle) + u" · "_s
           + esc(QLocale().toString(report.date, QLocale::LongFormat)) + u"</p>\n"_s;
    out += u"<h2>"_s + esc(Text::tr("Where the time went")) + u"</h2>\n<ul>\n"_s;
    for (const QString &finding : report.findings)
        out += u"<li>"_s + esc(finding) + u"</li>\n"_s;
    out += u"</ul>\n"_s;

    out += u"<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>"_s;
    const QStringList headers{Text::tr("#"),       Text::tr("Activity"),   Text::tr("Kind"),   Text::tr("Planned"),
                              Text::tr("Actual"),  Text::tr("Difference"), Text::tr("Pauses"), Text::tr("Added"),
                              Text::tr("Started"), Text::tr("Ended")};
    for (const QString &header : headers)
        out += u"<th>"_s + esc(header) + u"</th>"_s;
    out += u"</tr></thead>\n"_s;
    int pauses = 0;
    for (const TimingRow &row : report.rows) {
        pauses += row.pauses;
        const qint64 difference = row.differenceMs();
        const QString differenceClass = !row.ran()                ? QString()
                                        : difference >= minuteMs  ? u" over"_s
                                        : difference <= -minuteMs ? u" under"_s
                                                                  : QString();
        out += u"<tr><td class=\"num\">"_s + QString::number(row.position) + u"</td><td>"_s + esc(row.title) + u"</td><td>"_s
               + esc(displayName(row.kind)) + u"</td><td class=\"num\">"_s + esc(minutesText(row.plannedMinutes))
               + u"</td><td class=\"num\">"_s + (row.ran() ? esc(formatDuration(row.actualMs)) : esc(Text::tr("not run")))
               + u"</td><td class=\"num"_s + differenceClass + u"\">"_s
               + (row.ran() ? esc(formatDuration(difference, true)) : QString()) + u"</td><td class=\"num\">"_s
               + (row.pauses > 0 ? esc(Text::tr("%n × %1", nullptr, row.pauses).arg(formatDuration(row.pausedMs))) : QString())
               + u"</td><td class=\"num\">"_s + (row.adjustments > 0 ? esc(formatDuration(row.adjustedMs, true)) : QString())
               + u"</td><td>"_s + esc(reportClock(report, row.started)) + u"</td><td>"_s + esc(reportClock(report, row.ended))
               + u"</td></tr>\n"_s;
    }
    out += u"<tr class=\"total\"><td></td><td>"_s + esc(Text::tr("Total")) + u"</td><td></td><td class=\"num\">"_s
           + esc(minutesText(report.plannedMinutes)) + u"</td><td class=\"num\">"_s + esc(formatDuration(report.actualMs))
           + u"</td><td class=\"num\">"_s + esc(formatDuration(report.actualMs - qint64(report.plannedMinutes) * minuteMs, true))
           + u"</td><td class=\"num\">"_s
           + (pauses > 0 ? esc(Text::tr("%n × %1", nullptr, pauses).arg(formatDuration(report.pausedMs))) : QString())
           + u"</td><td class=\"num\">"_s + (report.adjustedMs != 0 ? esc(formatDuration(report.adjustedMs, true)) : QString())
           + u"</td><td>"_s + esc(reportClock(report, report.startedAt)) + u"</td><td>"_s
           + esc(reportClock(report, report.finishedAt)) + u"</td></tr>\n</table>\n"_s;
    out += u"<p class=\"sub\">"_s
           + esc(Text::tr("Actual time counts only while the activity was running; pauses are shown apart. "
                          "Planned: %1 to %2.")
                     .arg(reportClock(report, report.plannedStart.addMSecs(report.planShiftMs)),
                          reportClock(report, report.plannedEnd)))
           + u"</p>\n</body></html>\n"_s;
    return out;
}

} // namespace sala
