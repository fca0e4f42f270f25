#pragma once
// A hand-made workshop for the attendance report tests: two sessions in Bangkok time (3 h and
// 2 h), seven people on the roster written in Thai, Khmer, Lao and Latin script, and the
// attendance of each with joins and leaves chosen so that every figure can be worked out by hand
// (the expected values sit beside the tests).

#include "attendance/workshopattendance.h"
#include "domain/participant.h"
#include "domain/plan.h"
#include "roster/sizeclass.h"

#include <QDateTime>
#include <QTimeZone>

#include <vector>

namespace sala::test {

// 1 December 2026, hh:mm:ss in UTC (Bangkok is UTC+7: 02:00 UTC is 09:00 ICT).
inline QDateTime utc(int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute, second), QTimeZone::utc());
}

inline PersonSessionAttendance stays(qint64 id, std::vector<TimeInterval> intervals, const QString &how = QStringLiteral("email"))
{
    PersonSessionAttendance person;
    person.participantId = id;
    for (const TimeInterval &interval : intervals)
        person.seconds += interval.first.secsTo(interval.second);
    person.firstJoin = intervals.front().first;
    person.lastLeave = intervals.back().second;
    person.intervals = std::move(intervals);
    person.matchedHow = how;
    return person;
}

inline PersonSessionAttendance totalOnly(qint64 id, qint64 seconds)
{
    PersonSessionAttendance person;
    person.participantId = id;
    person.seconds = seconds;
    person.matchedHow = QStringLiteral("name");
    return person;
}

struct ReportFixture {
    Workshop workshop;
    std::vector<Participant> roster;
    std::vector<SizeRule> rules{SizeRule{}}; // 9 / 49 / 249 for every country
    WorkshopAttendance attendance;

    ReportFixture()
    {
        workshop.id = 1;
        workshop.title = QStringLiteral("Keep the Doors Open");
        workshop.organizer = QStringLiteral("Southeast Asia Small Business Resilience Network");
        workshop.timeZone = QStringLiteral("Asia/Bangkok");
        workshop.language = QStringLiteral("en");
        Session first;
        first.id = 11;
        first.title = QStringLiteral("Session 1 — Six steps");
        first.date = QDate(2026, 12, 1);
        Session second;
        second.id = 12;
        second.title = QStringLiteral("Session 2 — Action plans");
        second.date = QDate(2026, 12, 2);
        workshop.sessions = {first, second};

        auto person = [&](qint64 id, const QString &name, Sex sex, const QString &country, OrganizationType type,
                          std::optional<int> employees, QStringList purposes) {
            Participant p;
            p.id = id;
            p.name = name;
            p.sex = sex;
            p.country = country;
            p.organizationType = type;
            p.employees = employees;
            p.consentGiven = !purposes.isEmpty();
            p.consentPurposes = std::move(purposes);
            roster.push_back(p);
        };
        const QStringList both{QStringLiteral("training"), QStringLiteral("reporting")};
        person(1, QStringLiteral("สมชาย ใจดี"), Sex::Male, QStringLiteral("TH"), OrganizationType::Enterprise, 5, both);
        roster.back().preferredName = QStringLiteral("ชาย");
        person(2, QStringLiteral("ស្រី ពៅ"), Sex::Female, QStringLiteral("KH"), OrganizationType::Enterprise, 30,
               {QStringLiteral("training")});
        person(3, QStringLiteral("ນາງ ແສງ"), Sex::Female, QStringLiteral("LA"), OrganizationType::Ngo, std::nullopt, both);
        person(4, QStringLiteral("Maria Santos Dela Cruz Jr."), Sex::Female, QStringLiteral("PH"), OrganizationType::BdsProvider,
               120, both);
        person(5, QStringLiteral("Nur Aisyah binti Ahmad"), Sex::Female, QStringLiteral("MY"), OrganizationType::Enterprise, 8,
               both);
        person(6, QStringLiteral("=cmd|' /C calc'!A0"), Sex::NotStated, QString(), OrganizationType::Other, std::nullopt, {});
        person(7, QString(), Sex::Male, QStringLiteral("TH"), OrganizationType::Enterprise, std::nullopt, {});
        roster.back().erasedAt = utc(20, 0, 0);

        attendance.workshopId = 1;
        SessionAttendanceRecord s1;
        s1.sessionId = 11;
        s1.title = first.title;
        s1.scheduledStart = utc(1, 2, 0);
        s1.scheduledEnd = utc(1, 5, 0);
        s1.scheduledSeconds = 3 * 3600;
        s1.sourceFiles = {QStringLiteral("zoom-participants.csv")};
        s1.unmatchedIdentities = 2;
        s1.people = {
            stays(1, {{utc(1, 1, 50), utc(1, 5, 10)}}),                           // 12000 s, ten minutes early and late
            stays(2, {{utc(1, 2, 0), utc(1, 3, 30)}}),                            // 5400 s
            totalOnly(3, 9000),                                                   // a totals-only export
            stays(4, {{utc(1, 2, 0), utc(1, 4, 59, 30)}}),                        // 10770 s
            stays(5, {{utc(1, 2, 0), utc(1, 3, 0)}}, QStringLiteral("check-in")), // 3600 s
            stays(7, {{utc(1, 2, 0), utc(1, 5, 0)}}),                             // 10800 s
            stays(99, {{utc(1, 2, 0), utc(1, 2, 30)}}),                           // no longer on the roster
        };
        s1.people[4].checkedInLive = true;
        SessionAttendanceRecord s2;
        s2.sessionId = 12;
        s2.title = second.title;
        s2.scheduledStart = utc(2, 2, 0);
        s2.scheduledEnd = utc(2, 4, 0);
        s2.scheduledSeconds = 2 * 3600;
        s2.sourceFiles = {QStringLiteral("teams-attendance.csv")};
        s2.people = {
            stays(1, {{utc(2, 2, 0), utc(2, 4, 0)}}),                                  // 7200 s
            stays(2, {{utc(2, 2, 0), utc(2, 2, 30)}}),                                 // 1800 s
            totalOnly(3, 7200),                                                        // 7200 s
            stays(4, {{utc(2, 2, 0), utc(2, 3, 0, 30)}}),                              // 3630 s
            stays(5, {{utc(2, 2, 0), utc(2, 3, 0)}, {utc(2, 3, 0, 1), utc(2, 4, 0)}}), // 3600 + 3599 s
            stays(7, {{utc(2, 2, 0), utc(2, 4, 0)}}),                                  // 7200 s
        };
        attendance.sessions = {s1, s2};
    }
};

} // namespace sala::test
