#include "plan/schedule.h"

#include <QLocale>

namespace sala {

Schedule computeSchedule(const Session &session, const QTimeZone &zone)
{
    Schedule schedule;
    schedule.start = QDateTime(session.date, session.plannedStart, zone);
    QDateTime cursor = schedule.start;
    for (const Activity &activity : session.activities) {
        if (activity.fixedStart) {
            const QDateTime fixed(session.date, *activity.fixedStart, zone);
            if (fixed > cursor)
                cursor = fixed;
        }
        ScheduledActivity slot;
        slot.start = cursor;
        slot.end = cursor.addSecs(qint64(activity.plannedMinutes) * 60);
        slot.minutesFromStart = int(schedule.start.secsTo(slot.end) / 60);
        cursor = slot.end;
        schedule.activities.push_back(slot);
    }
    schedule.end = cursor;
    schedule.totalMinutes = int(schedule.start.secsTo(schedule.end) / 60);
    if (session.targetEnd) {
        const QDateTime target(session.date, *session.targetEnd, zone);
        schedule.minutesPastTarget = int(target.secsTo(schedule.end) / 60);
    }
    return schedule;
}

QString clockTime(const QDateTime &when, const QTimeZone &zone)
{
    // Plans are made in whole minutes: the locale's short format, without seconds where the
    // locale (like the C locale) puts them in.
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return locale.toString(when.toTimeZone(zone).time(), format);
}

QString zoneAbbreviation(const QTimeZone &zone, const QDateTime &at)
{
    // The system's abbreviations for these zones are often just "+07"; trainers say ICT/PHT/MYT.
    const QByteArray id = zone.id();
    if (id == "Asia/Bangkok" || id == "Asia/Phnom_Penh" || id == "Asia/Vientiane" || id == "Asia/Ho_Chi_Minh")
        return QStringLiteral("ICT");
    if (id == "Asia/Manila")
        return QStringLiteral("PHT");
    if (id == "Asia/Kuala_Lumpur" || id == "Asia/Kuching")
        return QStringLiteral("MYT");
    if (id == "Asia/Singapore")
        return QStringLiteral("SGT");
    if (id == "Asia/Jakarta")
        return QStringLiteral("WIB");
    const QString abbreviation = zone.abbreviation(at);
    if (!abbreviation.isEmpty() && !abbreviation.startsWith(u'+') && !abbreviation.startsWith(u'-'))
        return abbreviation;
    const int offset = zone.offsetFromUtc(at);
    const int hours = offset / 3600;
    const int minutes = std::abs(offset % 3600) / 60;
    return minutes ? QStringLiteral("UTC%1%2:%3")
                         .arg(QChar(offset < 0 ? u'-' : u'+'))
                         .arg(std::abs(hours))
                         .arg(minutes, 2, 10, QChar(u'0'))
                   : QStringLiteral("UTC%1%2").arg(QChar(offset < 0 ? u'-' : u'+')).arg(std::abs(hours));
}

} // namespace sala
