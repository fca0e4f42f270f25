#pragma once
// Durations as attendance exports write them: "1h 45m", "6m 15s", "22s", "1 hr 5 min",
// "45 min", "30 sec", Teams' localized "2 godz. 19 min 19 s", clock forms "01:05:51" and
// "45:30" (minutes and seconds), and bare numbers in the unit of their column.

#include <QStringView>

#include <optional>

namespace sala {

enum class DurationUnit { Seconds, Minutes };

// Whole seconds; nothing when the text is not a duration. A bare number ("12", "12.5") counts
// in `bareUnit`; fractions of a second are rounded to the nearest second.
std::optional<qint64> parseDuration(QStringView text, DurationUnit bareUnit = DurationUnit::Seconds);

} // namespace sala
