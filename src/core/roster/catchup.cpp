#include "roster/catchup.h"

#include "plan/schedule.h"

#include <QCoreApplication>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::CatchUp)
};

// Chat boxes are small: the first line or two of a long objective is enough.
QString shortened(const QString &text, int limit = 160)
{
    QString simple = text.simplified();
    if (simple.size() <= limit)
        return simple;
    simple.truncate(limit - 1);
    const qsizetype space = simple.lastIndexOf(u' ');
    if (space > limit / 2)
        simple.truncate(space);
    return simple + QStringLiteral("…");
}

} // namespace

int activityAt(const Session &session, const QTimeZone &zone, const QDateTime &now)
{
    const Schedule schedule = computeSchedule(session, zone);
    if (schedule.activities.empty() || now < schedule.start)
        return -1;
    for (std::size_t i = 0; i < schedule.activities.size(); ++i)
        if (now < schedule.activities[i].end)
            return int(i);
    return int(schedule.activities.size());
}

QString catchUpMessage(const Session &session, int current, const QTimeZone &zone, const QString &name)
{
    const Schedule schedule = computeSchedule(session, zone);
    const int count = int(session.activities.size());
    QStringList lines;
    lines << (name.isEmpty() ? Text::tr("Welcome! Good to have you with us.")
                             : Text::tr("Welcome, %1! Good to have you with us.").arg(name));
    if (current < 0 || count == 0) {
        lines << Text::tr("We have not started yet: we begin at %1.").arg(clockTime(schedule.start, zone));
        return lines.join(u'\n');
    }
    const int done = std::min(current, count);
    if (done > 0) {
        lines << Text::tr("So far we have done:");
        for (int i = 0; i < done; ++i) {
            const Activity &a = session.activities[std::size_t(i)];
            if (a.kind == ActivityKind::Break)
                continue;
            lines << QStringLiteral("• ") + a.title;
        }
    }
    if (current >= count) {
        lines << Text::tr("We have just finished. The facilitator will share the summary.");
        return lines.join(u'\n');
    }
    const Activity &now = session.activities[std::size_t(current)];
    const ScheduledActivity &when = schedule.activities[std::size_t(current)];
    lines << Text::tr("Now, until %1: %2").arg(clockTime(when.end, zone), now.title);
    if (!now.instructions.trimmed().isEmpty())
        lines << Text::tr("What to do: %1").arg(shortened(now.instructions, 240));
    else if (!now.objective.trimmed().isEmpty())
        lines << shortened(now.objective);
    if (now.kind == ActivityKind::Breakout)
        lines << Text::tr("You will join a breakout room in a moment; please stay in the main room until then.");
    if (current + 1 < count)
        lines << Text::tr("Next: %1").arg(session.activities[std::size_t(current) + 1].title);
    return lines.join(u'\n');
}

} // namespace sala
