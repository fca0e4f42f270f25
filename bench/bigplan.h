#pragma once
// A long plan for benchmarks: a five-day course squeezed into one 300-activity session, built
// from the demo's activities so that it has realistic text, materials and breakout settings.

#include "demo/demoworkshop.h"

namespace sala::bench {

inline Workshop bigWorkshop(int activityCount = 300)
{
    Workshop workshop = demoWorkshop(QDate(2026, 12, 1));
    Session &session = workshop.sessions.front();
    const std::vector<Activity> pattern = session.activities;
    session.activities.clear();
    session.targetEnd.reset();
    for (int i = 0; i < activityCount; ++i) {
        Activity a = pattern[std::size_t(i) % pattern.size()];
        a.title = QStringLiteral("%1 (%2)").arg(a.title).arg(i + 1);
        a.fixedStart.reset();
        session.activities.push_back(std::move(a));
    }
    return workshop;
}

} // namespace sala::bench
