#include "attendance/exportrows.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceExport)
};

} // namespace

PendingExport::PendingExport(const ExportTable &table, const ExportReadOptions &options) : m_table(table), m_options(options)
{
    result.fileName = table.fileName;
}

Expected<PendingTime> PendingExport::time(QStringView text, int line, const char *what, bool required)
{
    if (text.isEmpty()) {
        if (!required)
            return PendingTime{};
        return rowError(
            m_table, line,
            Text::tr("%1 is missing. The file may have been cut short; download the report again.").arg(Text::tr(what)));
    }
    const auto value = scanDateTime(text);
    if (!value)
        return rowError(m_table, line,
                        Text::tr("%1 “%2” is not a date and time Sala can read (such as 03/05/2024 09:02:00 AM or "
                                 "5/3/24, 14:02). Correct the cell or download the report again.")
                            .arg(Text::tr(what), text.toString()));
    m_vote.add(*value, line, text);
    return PendingTime{value};
}

void PendingExport::add(PendingRow &&row)
{
    result.rows.push_back(std::move(row.row));
    m_times.push_back({row.join, row.leave});
}

void PendingExport::reserve(std::size_t rows)
{
    result.rows.reserve(rows);
    m_times.reserve(rows);
}

void PendingExport::hint(QStringView text, int line)
{
    if (const auto value = scanDateTime(text))
        m_vote.add(*value, line, text);
}

Expected<AttendanceExport> PendingExport::resolve() &&
{
    bool anyDate = false;
    auto hasDate = [&anyDate](const PendingTime &t) {
        if (t.value && t.value->shape != WrittenDateTime::Shape::TimeOnly)
            anyDate = true;
    };
    hasDate(meetingStart);
    hasDate(meetingEnd);
    for (const PendingTimes &times : m_times) {
        hasDate(times.join);
        hasDate(times.leave);
    }
    DateOrder order = DateOrder::MonthFirst;
    if (anyDate) {
        auto decided = m_vote.decide(m_table.fileName, m_options);
        if (!decided)
            return decided.error();
        order = decided.value();
    }
    QDate day;
    if (m_vote.hasTimeOfDayOnly()) {
        if (const auto named = dateInFileName(QFileInfo(m_table.fileName).fileName()))
            day = *named;
        else if (m_options.sessionDate)
            day = *m_options.sessionDate;
        else
            return Error{ErrorCode::Usage,
                         Text::tr("“%1”: the file gives times of day without a date, and its name carries none. Tell Sala "
                                  "the date of the session.")
                             .arg(displayFileName(m_table.fileName))};
    }

    auto resolveOne = [&](const PendingTime &t, int line, std::optional<QDateTime> &out) -> Status {
        if (!t.value)
            return success();
        out = resolveDateTime(*t.value, order, day);
        if (!out)
            return rowError(m_table, line,
                            Text::tr("the date is not a real day when read %1. Check the cell or tell Sala the other order.")
                                .arg(order == DateOrder::DayFirst ? Text::tr("day first") : Text::tr("month first")));
        return success();
    };
    const int firstLine = m_table.records.empty() ? 1 : m_table.records.front().line;
    if (Status s = resolveOne(meetingStart, firstLine, result.meeting.start); !s)
        return s.error();
    if (Status s = resolveOne(meetingEnd, firstLine, result.meeting.end); !s)
        return s.error();
    for (std::size_t i = 0; i < result.rows.size(); ++i) {
        ExportRow &row = result.rows[i];
        const PendingTimes &times = m_times[i];
        if (Status s = resolveOne(times.join, row.line, row.join); !s)
            return s.error();
        if (Status s = resolveOne(times.leave, row.line, row.leave); !s)
            return s.error();
        // A time of day that ends before it starts ran past midnight.
        const bool timesOfDay = times.leave.value && times.leave.value->shape == WrittenDateTime::Shape::TimeOnly;
        if (timesOfDay && row.join && row.leave && *row.leave < *row.join)
            row.leave = row.leave->addDays(1);
    }
    if (result.meeting.start && result.meeting.end && meetingEnd.value
        && meetingEnd.value->shape == WrittenDateTime::Shape::TimeOnly && *result.meeting.end < *result.meeting.start)
        result.meeting.end = result.meeting.end->addDays(1);
    return std::move(result);
}

Error rowError(const ExportTable &table, int line, const QString &what)
{
    return lineError(table.fileName, line, what);
}

} // namespace sala
