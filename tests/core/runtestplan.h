#pragma once
// Small plans for the run engine's tests, and a clock set to their start.

#include "run/clock.h"
#include "run/runstate.h"

#include <QTimeZone>

namespace sala::test {

// 09:00 on 1 December 2026 in Bangkok, the planned start of every plan below.
inline QDateTime planStartUtc()
{
    return QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone("Asia/Bangkok")).toUTC();
}

// Welcome 10 min · breakout 20 min (3 rounds of 6, a broadcast 1 min before each round ends)
// · plenary 10 min (may shrink to 6) · action planning 15 min (may shrink to 10). Ends 09:55.
inline Session runTestSession()
{
    Session session;
    session.id = 7;
    session.title = QStringLiteral("Pricing clinic");
    session.date = QDate(2026, 12, 1);
    session.plannedStart = QTime(9, 0);
    auto add = [&session](qint64 id, ActivityKind kind, const QString &title, int minutes) -> Activity & {
        Activity &a = session.activities.emplace_back();
        a.id = id;
        a.kind = kind;
        a.title = title;
        a.plannedMinutes = minutes;
        return a;
    };
    add(11, ActivityKind::Welcome, QStringLiteral("Welcome"), 10).instructions = QStringLiteral(
        "Rename yourself: country – name.");
    Activity &rooms = add(12, ActivityKind::Breakout, QStringLiteral("Price game"), 20);
    rooms.breakout = BreakoutSettings{};
    rooms.breakout->groupSize = 3;
    rooms.breakout->rounds = 3;
    rooms.breakout->minutesPerRound = 6;
    rooms.breakout->broadcasts = {{1, QStringLiteral("One minute left in this round.")}};
    Activity &plenary = add(13, ActivityKind::Plenary, QStringLiteral("Harvest"), 10);
    plenary.mayShorten = true;
    plenary.minimumMinutes = 6;
    Activity &planning = add(14, ActivityKind::ActionPlanning, QStringLiteral("My next step"), 15);
    planning.mayShorten = true;
    planning.minimumMinutes = 10;
    return session;
}

inline RunPlan runTestPlan(Session session = runTestSession())
{
    RunPlan plan;
    plan.session = std::move(session);
    plan.zone = QTimeZone("Asia/Bangkok");
    return plan;
}

constexpr qint64 minutes(qint64 m)
{
    return m * 60'000;
}
constexpr qint64 seconds(qint64 s)
{
    return s * 1000;
}

} // namespace sala::test
