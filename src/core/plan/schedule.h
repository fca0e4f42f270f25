#pragma once
// Clock times of a session's activities in the workshop's time zone. Activities follow one
// another; an activity with a fixed start waits for its time when the plan runs early.

#include "domain/plan.h"

#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace sala {

struct ScheduledActivity {
    QDateTime start;
    QDateTime end;
    int minutesFromStart = 0; // running total at the end of this activity
};

struct Schedule {
    QDateTime start;
    QDateTime end;
    std::vector<ScheduledActivity> activities;
    int totalMinutes = 0;
    // Positive when the plan ends after the session's target end, negative when before.
    std::optional<int> minutesPastTarget;
};

Schedule computeSchedule(const Session &session, const QTimeZone &zone);

// "09:00" in the zone of `when`, or in `zone` when given; used for both displayed zones.
QString clockTime(const QDateTime &when, const QTimeZone &zone);

// Short name for a zone that trainers recognise: "ICT", "PHT", "MYT", else the UTC offset.
QString zoneAbbreviation(const QTimeZone &zone, const QDateTime &at);

} // namespace sala
