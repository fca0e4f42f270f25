#pragma once
// The attendance report funders ask for, computed from a workshop's attendance and roster: each
// person's time per session and over the workshop, completion against the trainer's thresholds,
// counts disaggregated by sex, country, organization type and enterprise size, and the number of
// people in the room minute by minute. Plain data in and out; the exports and the GUI read it.

#include "attendance/workshopattendance.h"
#include "domain/participant.h"
#include "domain/plan.h"
#include "roster/rosternames.h"
#include "roster/sizeclass.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <map>

#include <optional>
#include <vector>

namespace sala {

// Percentages of the workshop's total scheduled time. Donors define completion over the whole
// workshop; a person who earns less than completion but at least participation gets a
// participation certificate.
struct AttendanceThresholds {
    int completionPercent = 80;
    int participationPercent = 50;
    bool operator==(const AttendanceThresholds &) const = default;
};

enum class CompletionStatus {
    Completed,    // at least the completion share of the workshop
    Participated, // at least the participation share, below completion
    Attended,     // in the room at some point, below participation
    Absent,       // never seen in any session
};

QString key(CompletionStatus status);
QString displayName(CompletionStatus status);

// How a person in an export was recognised ("email", "alias", "name", "fuzzy", "confirmed",
// "added", "check-in"), in words; unknown keys come back as they are.
QString matchedHowName(const QString &matchedHow);
// "yes", or "NO CONSENT" spelled out so nobody takes a missing consent for a blank cell.
QString reportingConsentText(bool consent);
// Hours with at most one decimal, rounded to the nearest tenth (halves up), trailing zero dropped:
// 9000 s → "2.5", 10800 s → "3".
QString hoursText(qint64 seconds, const QLocale &locale = QLocale::c());

// Rounding rules, stated once (docs/reports.md):
// minutes are the seconds rounded to the nearest minute, halves up (89 s → 1, 90 s → 2);
qint64 roundedMinutes(qint64 seconds);
// shares are rounded down to a whole percent, so a share shown at a threshold always meets it;
int shareFloorPercent(qint64 part, qint64 whole);
// thresholds are compared exactly, before any rounding (79.9 % does not meet 80 %);
bool meetsThreshold(qint64 part, qint64 whole, int percent);
// percentages of people are rounded to the nearest whole percent, halves up; they need not add
// up to 100.
int percentOf(int count, int total);

// The people in the room during each minute of a session, from the joins and leaves.
struct RoomCurve {
    QDateTime start; // UTC, whole minute: the first minute of the curve
    // Minutes of the curve before the scheduled start (people who joined early); the scheduled
    // start is minute `leadMinutes`.
    int leadMinutes = 0;
    int scheduledMinutes = 0;
    // People whose intervals cover the middle of each minute (the 30th second).
    std::vector<int> counts;
    int peak = 0;
    int withoutIntervals = 0; // people known only by their totals, who cannot be placed in time
    bool empty() const { return counts.empty(); }
};

// One session as a column of the report.
struct ReportSession {
    qint64 sessionId = 0;
    QString title;
    QDate date;               // in the workshop's time zone
    QDateTime scheduledStart; // UTC
    QDateTime scheduledEnd;   // UTC
    qint64 scheduledSeconds = 0;
    bool hasAttendance = false; // an export was imported or someone was checked in live
    int attendees = 0;          // roster participants in the room at some point
    qint64 attendedSeconds = 0; // everyone's seconds added up
    int unmatchedIdentities = 0;
    QStringList sourceFiles;
    RoomCurve curve; // of the people matched to the roster
    // The average minutes of those who attended, rounded like every minute figure.
    qint64 averageMinutes() const { return attendees > 0 ? roundedMinutes(attendedSeconds / attendees) : 0; }
};

// One person in one session.
struct ReportEntry {
    bool seen = false;                  // in the session's attendance at all
    qint64 seconds = 0;                 // as the platform reported it
    qint64 credited = 0;                // the seconds, at most the session's scheduled length
    int sharePercent = 0;               // credited share of the session, rounded down
    std::optional<QDateTime> firstJoin; // UTC
    std::optional<QDateTime> lastLeave; // UTC
    QString matchedHow;
    bool checkedInLive = false;
};

// One roster participant as a row of the report.
struct ReportPerson {
    qint64 participantId = 0;
    QString name; // as written; empty once the personal data was erased
    QString preferredName;
    bool erased = false;
    bool reportingConsent = false; // consent given, with "reporting" among its purposes
    Sex sex = Sex::NotStated;
    QString country; // ISO 3166-1 alpha-2, may be empty
    OrganizationType organizationType = OrganizationType::Enterprise;
    EnterpriseSize size = EnterpriseSize::Unknown;
    std::vector<ReportEntry> sessions; // one per ReportSession, in the same order
    qint64 seconds = 0;                // every session's seconds added up
    qint64 credited = 0;               // every session's credited seconds added up
    int sharePercent = 0;              // credited share of the workshop, rounded down
    CompletionStatus status = CompletionStatus::Absent;

    bool attended() const { return status != CompletionStatus::Absent; }
    // The person's name as reports print it; erased people get a neutral label with their number.
    QString reportName() const;
};

// Counts of one group of people (one sex, one country, …).
struct BreakdownRow {
    QString key;   // stable key: "female", "TH", "enterprise", "micro"
    QString label; // translated
    int enrolled = 0;
    int attended = 0;
    int completed = 0;
    int participated = 0; // participation but not completion
};

struct Breakdown {
    enum class Dimension { Sex, Country, OrganizationType, EnterpriseSize };
    Dimension dimension = Dimension::Sex;
    QString title; // translated, e.g. "By sex"
    std::vector<BreakdownRow> rows;
    BreakdownRow total;
};

QString displayName(Breakdown::Dimension dimension);

struct AttendanceReport {
    qint64 workshopId = 0;
    QString workshopTitle;
    QString organizer;
    QString timeZone; // IANA name of the workshop's zone
    QString language; // BCP 47 delivery language
    AttendanceThresholds thresholds;
    std::vector<ReportSession> sessions;
    std::vector<ReportPerson> people; // sorted by name with the locale's collation
    qint64 scheduledSeconds = 0;      // the whole workshop
    int enrolled = 0;
    int attended = 0;
    int completed = 0;
    int participated = 0;
    int notOnRoster = 0; // attendance of people no longer on the roster, left out
    // The team on the roster (facilitators, interpreters, observers): left out of every count,
    // breakdown, completion and certificate, whose subject is the participants.
    std::map<ParticipantRole, int> team;
    std::vector<Breakdown> breakdowns; // by sex, country, organization type, enterprise size

    bool hasAttendance() const;
    int sessionsWithoutAttendance() const;
    QTimeZone zone() const;
    // The first and last session dates; invalid when no session has a date.
    QDate firstDate() const;
    QDate lastDate() const;
    // People who earned a certificate: completion first, then participation, each by name.
    std::vector<const ReportPerson *> certificateHolders() const;
    // "Team (not counted): 2 facilitators, 1 interpreter"; empty without a team.
    QString teamSummary() const;
};

// Builds the report. `roster` is the workshop's roster (erased people included as anonymous rows),
// `rules` the enterprise size rules; names are sorted with `collation`'s rules.
AttendanceReport buildAttendanceReport(const Workshop &workshop, const std::vector<Participant> &roster,
                                       const std::vector<SizeRule> &rules, const WorkshopAttendance &attendance,
                                       const AttendanceThresholds &thresholds, const QLocale &collation = QLocale());

// The people-in-the-room curve of one session.
RoomCurve roomCurve(const SessionAttendanceRecord &session);

} // namespace sala
