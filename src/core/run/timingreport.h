#pragma once
// The planned-versus-actual report of a run: each activity's planned and actual minutes, the
// difference, pauses and extensions, and a few sentences on where the time went. Written as
// CSV here and as PDF by sala_render.

#include "domain/plan.h"
#include "run/runstate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace sala {

struct TimingRow {
    int position = 0; // 1-based, in the plan
    qint64 activityId = 0;
    QString title;
    ActivityKind kind = ActivityKind::Other;
    int plannedMinutes = 0;
    qint64 actualMs = 0;
    qint64 pausedMs = 0;
    int pauses = 0;
    qint64 adjustedMs = 0;
    int adjustments = 0;
    int visits = 0;
    QDateTime started; // UTC; invalid when it never ran
    QDateTime ended;   // UTC; invalid while it runs or when it never ran
    bool ran() const { return visits > 0; }
    qint64 differenceMs() const { return actualMs - qint64(plannedMinutes) * 60'000; }
};

struct TimingReport {
    QString workshopTitle;
    QString sessionTitle;
    qint64 sessionId = 0;
    QDate date;
    QTimeZone zone;
    RunStatus status = RunStatus::NotStarted;
    QDateTime plannedStart;
    QDateTime plannedEnd;
    QDateTime startedAt;
    QDateTime finishedAt;
    QDateTime projectedEnd;
    qint64 planShiftMs = 0; // see RunState::planShiftMs
    std::vector<TimingRow> rows;
    int plannedMinutes = 0;
    qint64 actualMs = 0;
    qint64 pausedMs = 0;
    qint64 adjustedMs = 0;
    QStringList findings; // where the time went, one sentence each
};

TimingReport buildTimingReport(const Workshop &workshop, const Session &session, const RunState &state);

// RFC 4180 CSV, UTF-8 with a byte order mark (so spreadsheet programs read Thai, Khmer and Lao),
// CRLF line ends, '.' as the decimal point whatever the language; the last row is the total.
QByteArray timingReportCsv(const TimingReport &report);

// A complete HTML document within what QTextDocument renders, for the PDF.
QString timingReportHtml(const TimingReport &report);

// "09:04 ICT": a clock time in the report's zone.
QString reportClock(const TimingReport &report, const QDateTime &when);

} // namespace sala
