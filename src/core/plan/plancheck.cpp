#include "plan/plancheck.h"

#include "domain/names.h"
#include "plan/schedule.h"

#include <QCoreApplication>
#include <QLocale>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::PlanCheck)
};

bool isPause(ActivityKind kind)
{
    return kind == ActivityKind::Break || kind == ActivityKind::Energizer;
}

int roomsFor(const BreakoutSettings &breakout, int participants)
{
    if (breakout.groupCount > 0)
        return breakout.groupCount;
    if (breakout.groupSize > 0 && participants > 0)
        return (participants + breakout.groupSize - 1) / breakout.groupSize;
    return 0;
}

} // namespace

std::vector<PlanIssue> checkSession(const PlanCheckInput &input)
{
    std::vector<PlanIssue> issues;
    if (!input.workshop || !input.session)
        return issues;
    const Workshop &workshop = *input.workshop;
    const Session &session = *input.session;
    QTimeZone zone(workshop.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::systemTimeZone();
    const Schedule schedule = computeSchedule(session, zone);

    // Stretches without a pause: reported once per stretch, at the activity that crosses the limit.
    int stretch = 0;
    bool reported = false;
    for (std::size_t i = 0; i < session.activities.size(); ++i) {
        const Activity &a = session.activities[i];
        if (isPause(a.kind)) {
            stretch = 0;
            reported = false;
            continue;
        }
        stretch += a.plannedMinutes;
        if (stretch > maximumMinutesWithoutBreak && !reported) {
            issues.push_back(
                {PlanIssue::Severity::Warning, int(i),
                 Text::tr("%n minutes without a break or energizer by the end of “%1”; people online tire after about 90.",
                          nullptr, stretch)
                     .arg(a.title)});
            reported = true;
        }
    }

    if (schedule.minutesPastTarget && *schedule.minutesPastTarget > 0)
        issues.push_back({PlanIssue::Severity::Problem, -1,
                          Text::tr("The plan ends %n minutes after the target end (%1); shorten or remove activities.", nullptr,
                                   *schedule.minutesPastTarget)
                              .arg(clockTime(QDateTime(session.date, *session.targetEnd, zone), zone))});

    QDateTime previousEnd = schedule.start;
    for (std::size_t i = 0; i < session.activities.size(); ++i) {
        const Activity &a = session.activities[i];
        if (a.fixedStart) {
            const QDateTime fixed(session.date, *a.fixedStart, zone);
            const qint64 late = fixed.secsTo(previousEnd) / 60;
            if (late > 0)
                issues.push_back(
                    {PlanIssue::Severity::Problem, int(i),
                     Text::tr("“%1” must start at %2, but the activities before it end %n minutes later.", nullptr, int(late))
                         .arg(a.title, clockTime(fixed, zone))});
        }
        previousEnd = schedule.activities[i].end;

        if (!a.breakout)
            continue;
        const int rooms = roomsFor(*a.breakout, input.expectedParticipants);
        const int limit = maximumBreakoutRooms(workshop.platform);
        if (rooms > limit)
            issues.push_back({PlanIssue::Severity::Problem, int(i),
                              Text::tr("“%1” needs %2 breakout rooms; %3 allows at most %4.")
                                  .arg(a.title)
                                  .arg(rooms)
                                  .arg(displayName(workshop.platform))
                                  .arg(limit)});
        if (a.instructions.trimmed().isEmpty())
            issues.push_back(
                {PlanIssue::Severity::Problem, int(i),
                 Text::tr("“%1” is group work without instructions; groups need written steps to run themselves.").arg(a.title)});
        const int roomMinutes = a.breakout->rounds * a.breakout->minutesPerRound;
        if (roomMinutes > a.plannedMinutes)
            issues.push_back({PlanIssue::Severity::Warning, int(i),
                              Text::tr("“%1” plans %2 minutes in rooms (%3 × %4) but only %5 minutes for the whole activity.")
                                  .arg(a.title)
                                  .arg(roomMinutes)
                                  .arg(a.breakout->rounds)
                                  .arg(a.breakout->minutesPerRound)
                                  .arg(a.plannedMinutes)});
    }
    return issues;
}

} // namespace sala
