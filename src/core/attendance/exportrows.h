#pragma once
// Rows whose time cells are read but not yet turned into date-times. The platform readers fill
// it row by row; resolve() then decides the file's day/month order once, from every cell, and
// gives times of day (Google Meet) their date.

#include "attendance/attendanceexport.h"
#include "attendance/exportdates.h"
#include "attendance/exporttable.h"

#include <QStringView>

#include <optional>
#include <vector>

namespace sala {

struct PendingTime {
    std::optional<WrittenDateTime> value;
};

struct PendingRow {
    ExportRow row; // join and leave are filled by resolve()
    PendingTime join, leave;
};

// What is kept of a row's times until resolve(): a few bytes, beside the row itself.
struct PendingTimes {
    PendingTime join, leave;
};

class PendingExport final {
public:
    PendingExport(const ExportTable &table, const ExportReadOptions &options);

    // Reads a time cell. `what` names the column for a message (marked with QT_TRANSLATE_NOOP in
    // the "sala::AttendanceExport" context); an empty cell is an error only when `required`.
    Expected<PendingTime> time(QStringView text, int line, const char *what, bool required = true);
    // A date that is not kept but tells the day/month order ("Report generated: 05/20/2026 …");
    // text that is not a date-time is ignored.
    void hint(QStringView text, int line);

    AttendanceExport result; // meeting title and id, layout, platform: set by the reader
    PendingTime meetingStart, meetingEnd;

    void add(PendingRow &&row);
    void reserve(std::size_t rows);
    bool empty() const { return result.rows.empty(); }

    // Decides the order and fills every time into `result`. When a time of day has no date, the
    // date comes from the file name or the session date, and a leave before the join is taken
    // as the next day.
    Expected<AttendanceExport> resolve() &&;

    const QString &fileName() const { return m_table.fileName; }

private:
    const ExportTable &m_table;
    ExportReadOptions m_options;
    DateOrderVote m_vote;
    std::vector<PendingTimes> m_times; // one per row of `result`
};

// An error for a row: "“file”, line 7: <what>".
Error rowError(const ExportTable &table, int line, const QString &what);

} // namespace sala
