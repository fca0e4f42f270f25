#pragma once
// Date-times as attendance exports write them ("6/1/2021, 2:59:38 PM", "16/11/22, 09:21:08",
// "Mar 22, 2025 19:13:27", "2020/12/8 8:35", "10:02 AM"), read once into their written parts and
// resolved when the file's day/month order is known. The order comes from evidence: a day above
// 12 in any date cell, then a date in the file name, then the session date; otherwise the caller
// gets ErrorCode::AmbiguousDateOrder and must ask.

#include "attendance/attendanceexport.h"
#include "util/expected.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace sala {

// A date-time as written, before day and month are told apart.
struct WrittenDateTime {
    enum class Shape : quint8 {
        TimeOnly,  // "10:02 AM": the date comes from elsewhere
        YearFirst, // "2020/12/8 8:35", ISO 8601: `first` is the month, `second` the day
        Numeric,   // "11/12/2020, 12:27:24": `first` and `second` as written, order unknown
        MonthName, // "Mar 22, 2025 19:13:27": `first` is the month, `second` the day
    };
    Shape shape = Shape::TimeOnly;
    // Small types: one of these is kept for every time cell until the order is decided.
    qint16 year = 0;
    qint8 first = 0;
    qint8 second = 0;
    qint8 hour = 0; // 0–23 after AM/PM
    qint8 minute = 0;
    qint8 secondOfMinute = 0;
};

// Reads one cell; nothing when it is not a date-time (or a time of day) in any known form.
// Works on the view without allocating: it runs for every time cell of large files.
std::optional<WrittenDateTime> scanDateTime(QStringView text);

// The naive wall-clock reading (Qt::UTC spec, see attendanceexport.h). A time of day takes its
// date from `day`. Nothing when the parts make no real date in that order (31/02).
std::optional<QDateTime> resolveDateTime(const WrittenDateTime &value, DateOrder order, const QDate &day = {});

// A date written in a file name: year first with separators ("2024-03-05 09-00 Budget.csv",
// "participants_84784749718_2025_06_23.csv"), eight digits ("20240305"), or day or month first
// when one of them is above 12 ("13.03.2024").
std::optional<QDate> dateInFileName(const QString &fileName);

// Collects the evidence of every date cell of one file and decides the order.
class DateOrderVote final {
public:
    void add(const WrittenDateTime &value, int line, QStringView text);
    bool hasTimeOfDayOnly() const { return m_timeOnly; }

    // `fileName` names the file in messages and may carry a date; see the header comment.
    Expected<DateOrder> decide(const QString &fileName, const ExportReadOptions &options) const;

private:
    struct Sample {
        int line = 0;
        QString text;
    };
    Sample m_dayFirst;                              // first cell that reads only day first
    Sample m_monthFirst;                            // first cell that reads only month first
    Sample m_ambiguous;                             // first cell that reads both ways differently
    std::vector<WrittenDateTime> m_ambiguousValues; // the first few, held against a known date
    bool m_timeOnly = false;
};

} // namespace sala
