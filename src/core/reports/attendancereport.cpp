#include "reports/attendancereport.h"

#include "domain/names.h"

#include <QCollator>
#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceReport)
};

// Curves never reach further than this before the scheduled start or after its end: an export
// with a stray date must not make a curve of days.
constexpr qint64 curveMarginSeconds = 2 * 3600;
constexpr qint64 longestCurveSeconds = 24 * 3600;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

bool hasReportingConsent(const Participant &p)
{
    return p.consentGiven && p.consentPurposes.contains(QStringLiteral("reporting"));
}

CompletionStatus statusFor(bool seen, qint64 credited, qint64 scheduled, const AttendanceThresholds &thresholds)
{
    if (!seen)
        return CompletionStatus::Absent;
    if (scheduled > 0 && meetsThreshold(credited, scheduled, thresholds.completionPercent))
        return CompletionStatus::Completed;
    if (scheduled > 0 && meetsThreshold(credited, scheduled, thresholds.participationPercent))
        return CompletionStatus::Participated;
    return CompletionStatus::Attended;
}

void count(BreakdownRow &row, const ReportPerson &person)
{
    ++row.enrolled;
    if (person.attended())
        ++row.attended;
    if (person.status == CompletionStatus::Completed)
        ++row.completed;
    if (person.status == CompletionStatus::Participated)
        ++row.participated;
}

// Rows in a fixed order of values; groups nobody belongs to are left out, except the values in
// `always`, so that a table of sexes always shows women and men.
template <typename Value, typename KeyOf, typename LabelOf, typename PersonKey>
Breakdown breakdownBy(Breakdown::Dimension dimension, const std::vector<ReportPerson> &people, const std::vector<Value> &order,
                      KeyOf keyOf, LabelOf labelOf, PersonKey personKey, const std::vector<Value> &always = {})
{
    Breakdown breakdown;
    breakdown.dimension = dimension;
    breakdown.title = displayName(dimension);
    breakdown.total.key = QStringLiteral("total");
    breakdown.total.label = Text::tr("Total");
    for (const Value &value : order) {
        BreakdownRow row;
        row.key = keyOf(value);
        row.label = labelOf(value);
        for (const ReportPerson &person : people) {
            if (personKey(person) == row.key)
                count(row, person);
        }
        if (row.enrolled > 0 || std::find(always.begin(), always.end(), value) != always.end())
            breakdown.rows.push_back(row);
    }
    for (const ReportPerson &person : people)
        count(breakdown.total, person);
    return breakdown;
}

// Breakdown keys are never empty: "not-stated" and "unknown" name the people without a value.
QString countryKey(const QString &code)
{
    return code.isEmpty() ? QStringLiteral("not-stated") : code;
}

QString sizeKey(EnterpriseSize size)
{
    return size == EnterpriseSize::Unknown ? QStringLiteral("unknown") : key(size);
}

std::vector<QString> countryOrder(const std::vector<ReportPerson> &people, const QLocale &collation)
{
    // The home countries first in their usual order, then the others by name, then "not stated".
    std::vector<QString> order;
    for (const QString &code : homeCountries())
        order.push_back(code);
    std::vector<QString> others;
    bool notStated = false;
    for (const ReportPerson &person : people) {
        if (person.country.isEmpty())
            notStated = true;
        else if (std::find(order.begin(), order.end(), person.country) == order.end()
                 && std::find(others.begin(), others.end(), person.country) == others.end())
            others.push_back(person.country);
    }
    QCollator collator(collation);
    std::sort(others.begin(), others.end(),
              [&](const QString &a, const QString &b) { return collator.compare(countryName(a), countryName(b)) < 0; });
    order.insert(order.end(), others.begin(), others.end());
    if (notStated)
        order.emplace_back();
    return order;
}

} // namespace

QString key(CompletionStatus status)
{
    switch (status) {
    case CompletionStatus::Completed: return QStringLiteral("completed");
    case CompletionStatus::Participated: return QStringLiteral("participated");
    case CompletionStatus::Attended: return QStringLiteral("attended");
    case CompletionStatus::Absent: return QStringLiteral("absent");
    }
    return {};
}

QString displayName(CompletionStatus status)
{
    switch (status) {
    case CompletionStatus::Completed: return Text::tr("Completed");
    case CompletionStatus::Participated: return Text::tr("Participated");
    case CompletionStatus::Attended: return Text::tr("Below participation");
    case CompletionStatus::Absent: return Text::tr("Absent");
    }
    return {};
}

QString matchedHowName(const QString &matchedHow)
{
    if (matchedHow == u"email")
        return Text::tr("by email");
    if (matchedHow == u"alias")
        return Text::tr("by alias");
    if (matchedHow == u"name")
        return Text::tr("by name");
    if (matchedHow == u"fuzzy")
        return Text::tr("by a similar name");
    if (matchedHow == u"confirmed")
        return Text::tr("confirmed by hand");
    if (matchedHow == u"added")
        return Text::tr("added by hand");
    if (matchedHow == u"check-in")
        return Text::tr("live check-in only");
    return matchedHow;
}

QString reportingConsentText(bool consent)
{
    return consent ? Text::tr("yes") : Text::tr("NO CONSENT");
}

QString hoursText(qint64 seconds, const QLocale &locale)
{
    const qint64 tenths = floorDiv(std::max<qint64>(seconds, 0) + 180, 360);
    QLocale plain(locale);
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    if (tenths % 10 == 0)
        return plain.toString(tenths / 10);
    return plain.toString(double(tenths) / 10.0, 'f', 1);
}

QString displayName(Breakdown::Dimension dimension)
{
    switch (dimension) {
    case Breakdown::Dimension::Sex: return Text::tr("By sex");
    case Breakdown::Dimension::Country: return Text::tr("By country");
    case Breakdown::Dimension::OrganizationType: return Text::tr("By organization type");
    case Breakdown::Dimension::EnterpriseSize: return Text::tr("By enterprise size");
    }
    return {};
}

qint64 roundedMinutes(qint64 seconds)
{
    return floorDiv(seconds + 30, 60);
}

int shareFloorPercent(qint64 part, qint64 whole)
{
    if (whole <= 0 || part <= 0)
        return 0;
    return int(part * 100 / whole);
}

bool meetsThreshold(qint64 part, qint64 whole, int percent)
{
    return whole > 0 && part * 100 >= qint64(percent) * whole;
}

int percentOf(int count, int total)
{
    if (total <= 0)
        return 0;
    return int((qint64(count) * 200 + total) / (qint64(total) * 2));
}

QString ReportPerson::reportName() const
{
    if (erased || name.isEmpty())
        return Text::tr("Participant %1 (personal data erased)").arg(participantId);
    return name;
}

bool AttendanceReport::hasAttendance() const
{
    return std::any_of(sessions.begin(), sessions.end(), [](const ReportSession &s) { return s.hasAttendance; });
}

int AttendanceReport::sessionsWithoutAttendance() const
{
    return int(std::count_if(sessions.begin(), sessions.end(), [](const ReportSession &s) { return !s.hasAttendance; }));
}

QTimeZone AttendanceReport::zone() const
{
    const QTimeZone named(timeZone.toUtf8());
    return named.isValid() ? named : QTimeZone::utc();
}

QDate AttendanceReport::firstDate() const
{
    QDate first;
    for (const ReportSession &s : sessions) {
        if (s.date.isValid() && (!first.isValid() || s.date < first))
            first = s.date;
    }
    return first;
}

QDate AttendanceReport::lastDate() const
{
    QDate last;
    for (const ReportSession &s : sessions) {
        if (s.date.isValid() && (!last.isValid() || s.date > last))
            last = s.date;
    }
    return last;
}

std::vector<const ReportPerson *> AttendanceReport::certificateHolders() const
{
    std::vector<const ReportPerson *> holders;
    for (CompletionStatus wanted : {CompletionStatus::Completed, CompletionStatus::Participated}) {
        for (const ReportPerson &person : people) {
            if (person.status == wanted && !person.erased)
                holders.push_back(&person);
        }
    }
    return holders;
}

QString AttendanceReport::teamSummary() const
{
    QStringList parts;
    for (const auto &[role, count] : team)
        if (count > 0)
            parts << countedName(role, count);
    if (parts.isEmpty())
        return {};
    return Text::tr("Team (not counted): %1").arg(parts.join(QStringLiteral(", ")));
}

AttendanceReport buildAttendanceReport(const Workshop &workshop, const std::vector<Participant> &roster,
                                       const std::vector<SizeRule> &rules, const WorkshopAttendance &attendance,
                                       const AttendanceThresholds &thresholds, const QLocale &collation)
{
    AttendanceReport report;
    report.workshopId = workshop.id != 0 ? workshop.id : attendance.workshopId;
    report.workshopTitle = workshop.title;
    report.organizer = workshop.organizer;
    report.timeZone = workshop.timeZone;
    report.language = workshop.language;
    report.thresholds = thresholds;
    const QTimeZone zone = report.zone();

    std::unordered_map<qint64, QDate> planDates;
    for (const Session &s : workshop.sessions)
        planDates.emplace(s.id, s.date);

    for (const SessionAttendanceRecord &record : attendance.sessions) {
        ReportSession session;
        session.sessionId = record.sessionId;
        session.title = record.title;
        session.scheduledStart = record.scheduledStart;
        session.scheduledEnd = record.scheduledEnd;
        session.scheduledSeconds = std::max<qint64>(record.scheduledSeconds, 0);
        session.date = record.scheduledStart.isValid() ? record.scheduledStart.toTimeZone(zone).date() : QDate();
        if (!session.date.isValid()) {
            const auto planned = planDates.find(record.sessionId);
            if (planned != planDates.end())
                session.date = planned->second;
        }
        session.hasAttendance = !record.sourceFiles.isEmpty() || !record.people.empty();
        session.unmatchedIdentities = record.unmatchedIdentities;
        session.sourceFiles = record.sourceFiles;
        report.scheduledSeconds += session.scheduledSeconds;
        report.sessions.push_back(session);
    }

    std::unordered_map<qint64, std::size_t> rowOf;
    std::set<qint64> teamIds;
    for (const Participant &p : roster) {
        if (!isCounted(p.role)) {
            teamIds.insert(p.id);
            ++report.team[p.role];
            continue;
        }
        ReportPerson person;
        person.participantId = p.id;
        person.erased = p.erasedAt.has_value();
        if (!person.erased) {
            person.name = p.name;
            person.preferredName = p.preferredName;
        }
        person.reportingConsent = !person.erased && hasReportingConsent(p);
        person.sex = p.sex;
        person.country = p.country.trimmed().toUpper();
        person.organizationType = p.organizationType;
        person.size = classifyEnterprise(p.employees, person.country, rules);
        person.sessions.resize(report.sessions.size());
        rowOf.emplace(p.id, report.people.size());
        report.people.push_back(std::move(person));
    }

    std::vector<bool> seenAnywhere(report.people.size(), false);
    std::set<qint64> strangers;
    for (std::size_t s = 0; s < attendance.sessions.size(); ++s) {
        const SessionAttendanceRecord &record = attendance.sessions[s];
        ReportSession &session = report.sessions[s];
        for (const PersonSessionAttendance &seen : record.people) {
            if (teamIds.count(seen.participantId))
                continue;
            const auto row = rowOf.find(seen.participantId);
            if (row == rowOf.end()) {
                strangers.insert(seen.participantId);
                continue;
            }
            ReportPerson &person = report.people[row->second];
            ReportEntry &entry = person.sessions[s];
            // The same person twice in one record (an import and a check-in) is one stay: the
            // longer one counts.
            const qint64 seconds = std::max<qint64>(seen.seconds, 0);
            if (entry.seen && seconds <= entry.seconds)
                continue;
            const bool wasSeen = entry.seen;
            entry.seen = true;
            entry.seconds = seconds;
            entry.credited = std::min(seconds, session.scheduledSeconds);
            entry.sharePercent = shareFloorPercent(entry.credited, session.scheduledSeconds);
            entry.firstJoin = seen.firstJoin;
            entry.lastLeave = seen.lastLeave;
            entry.matchedHow = seen.matchedHow;
            entry.checkedInLive = seen.checkedInLive;
            if (!wasSeen)
                ++session.attendees;
            seenAnywhere[row->second] = true;
        }
        session.attendedSeconds = 0;
        for (const ReportPerson &person : report.people)
            session.attendedSeconds += person.sessions[s].seconds;
        // The people in the room are the participants too: the team is not counted there either.
        if (teamIds.empty()) {
            session.curve = roomCurve(record);
        } else {
            SessionAttendanceRecord participantsOnly = record;
            std::erase_if(participantsOnly.people,
                          [&](const PersonSessionAttendance &p) { return teamIds.count(p.participantId) > 0; });
            session.curve = roomCurve(participantsOnly);
        }
    }
    report.notOnRoster = int(strangers.size());

    for (std::size_t i = 0; i < report.people.size(); ++i) {
        ReportPerson &person = report.people[i];
        for (const ReportEntry &entry : person.sessions) {
            person.seconds += entry.seconds;
            person.credited += entry.credited;
        }
        person.sharePercent = shareFloorPercent(person.credited, report.scheduledSeconds);
        person.status = statusFor(seenAnywhere[i], person.credited, report.scheduledSeconds, thresholds);
    }

    QCollator collator(collation);
    std::stable_sort(report.people.begin(), report.people.end(), [&](const ReportPerson &a, const ReportPerson &b) {
        // Erased people have no name to sort by; they follow everyone else, by number.
        if (a.erased != b.erased)
            return b.erased;
        if (a.erased)
            return a.participantId < b.participantId;
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.participantId < b.participantId;
    });

    report.enrolled = int(report.people.size());
    for (const ReportPerson &person : report.people) {
        report.attended += person.attended() ? 1 : 0;
        report.completed += person.status == CompletionStatus::Completed ? 1 : 0;
        report.participated += person.status == CompletionStatus::Participated ? 1 : 0;
    }

    using Dim = Breakdown::Dimension;
    report.breakdowns.push_back(breakdownBy<Sex>(
        Dim::Sex, report.people, allSexes(), [](Sex v) { return key(v); }, [](Sex v) { return displayName(v); },
        [](const ReportPerson &p) { return key(p.sex); }, {Sex::Female, Sex::Male}));
    report.breakdowns.push_back(breakdownBy<QString>(
        Dim::Country, report.people, countryOrder(report.people, collation), countryKey,
        [](const QString &code) { return code.isEmpty() ? Text::tr("Not stated") : countryName(code); },
        [](const ReportPerson &p) { return countryKey(p.country); }));
    report.breakdowns.push_back(breakdownBy<OrganizationType>(
        Dim::OrganizationType, report.people, allOrganizationTypes(), [](OrganizationType v) { return key(v); },
        [](OrganizationType v) { return displayName(v); }, [](const ReportPerson &p) { return key(p.organizationType); }));
    static const std::vector<EnterpriseSize> sizes{EnterpriseSize::Micro, EnterpriseSize::Small, EnterpriseSize::Medium,
                                                   EnterpriseSize::Large, EnterpriseSize::Unknown};
    report.breakdowns.push_back(breakdownBy<EnterpriseSize>(
        Dim::EnterpriseSize, report.people, sizes, sizeKey, [](EnterpriseSize v) { return displayName(v); },
        [](const ReportPerson &p) { return sizeKey(p.size); }));
    return report;
}

RoomCurve roomCurve(const SessionAttendanceRecord &session)
{
    RoomCurve curve;
    std::optional<QDateTime> earliest;
    std::optional<QDateTime> latest;
    for (const PersonSessionAttendance &person : session.people) {
        if (person.intervals.empty()) {
            if (person.seconds > 0)
                ++curve.withoutIntervals;
            continue;
        }
        for (const TimeInterval &interval : person.intervals) {
            if (!interval.first.isValid() || !interval.second.isValid() || interval.second <= interval.first)
                continue;
            if (!earliest || interval.first < *earliest)
                earliest = interval.first;
            if (!latest || interval.second > *latest)
                latest = interval.second;
        }
    }

    const bool scheduled = session.scheduledStart.isValid() && session.scheduledEnd.isValid()
                           && session.scheduledEnd > session.scheduledStart;
    if (!scheduled && !earliest)
        return curve;
    qint64 from = 0;
    qint64 to = 0;
    if (scheduled) {
        const qint64 start = session.scheduledStart.toSecsSinceEpoch();
        const qint64 end = session.scheduledEnd.toSecsSinceEpoch();
        from = earliest ? std::max(std::min(start, earliest->toSecsSinceEpoch()), start - curveMarginSeconds) : start;
        to = latest ? std::min(std::max(end, latest->toSecsSinceEpoch()), end + curveMarginSeconds) : end;
        from = start - ceilDiv(start - from, 60) * 60; // whole minutes before the scheduled start
        curve.leadMinutes = int((start - from) / 60);
        curve.scheduledMinutes = int(ceilDiv(end - start, 60));
    } else {
        from = floorDiv(earliest->toSecsSinceEpoch(), 60) * 60;
        to = std::min(latest->toSecsSinceEpoch(), from + longestCurveSeconds);
    }
    const qint64 minutes = std::max<qint64>(ceilDiv(to - from, 60), 1);
    curve.start = QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc());
    curve.counts.assign(std::size_t(minutes), 0);

    std::vector<bool> present(curve.counts.size());
    for (const PersonSessionAttendance &person : session.people) {
        std::fill(present.begin(), present.end(), false);
        for (const TimeInterval &interval : person.intervals) {
            if (!interval.first.isValid() || !interval.second.isValid())
                continue;
            // Minute i is counted when its 30th second lies in [join, leave).
            const qint64 join = interval.first.toSecsSinceEpoch() - from;
            const qint64 leave = interval.second.toSecsSinceEpoch() - from;
            const qint64 first = std::max<qint64>(ceilDiv(join - 30, 60), 0);
            const qint64 last = std::min<qint64>(ceilDiv(leave - 30, 60), minutes); // exclusive
            for (qint64 i = first; i < last; ++i)
                present[std::size_t(i)] = true;
        }
        for (std::size_t i = 0; i < present.size(); ++i)
            curve.counts[i] += present[i] ? 1 : 0;
    }
    curve.peak = curve.counts.empty() ? 0 : *std::max_element(curve.counts.begin(), curve.counts.end());
    return curve;
}

} // namespace sala
