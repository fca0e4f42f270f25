// sala_bigstore: writes a large library database for start-up and memory measurements
// (bench/startup.sh): a year of a busy trainer's work, written through Sala's own store classes.
//
// Usage: sala_bigstore OUT.db [--participants N] [--workshops N] [--sessions N]
//
// Defaults: 500 participants, 20 workshops of 2 sessions each (40 sessions) spread over 2025,
// every session with a full run log, the check-ins of its roster and the Zoom export of the
// meeting, imported. The workshop that Sala opens
// first (its title sorts first) has all 500 people on its roster, the worst case for opening;
// the others have 40 to 80 each. Everything is deterministic (a fixed seed).

#include "attendance/attendanceexport.h"
#include "attendance/attendancestore.h"
#include "attendance/exportidentity.h"
#include "demo/demoworkshop.h"
#include "plan/library.h"
#include "roster/attendance.h"
#include "run/runevent.h"
#include "run/runlogstore.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "store/storeinfo.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <random>

namespace sala {
namespace {

struct Options {
    QString path;
    int participants = 500;
    int workshops = 20;
    int sessionsPerWorkshop = 2;
};

// Variants of the demo roster: the same kinds of names, organizations and countries, each person
// with their own address and phone so that nobody looks like a duplicate.
std::vector<Participant> people(int count)
{
    const std::vector<Participant> demo = demoRoster();
    std::vector<Participant> result;
    result.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        Participant p = demo[std::size_t(i) % demo.size()];
        const int copy = i / int(demo.size());
        if (copy > 0) {
            p.name = QStringLiteral("%1 %2").arg(p.name).arg(copy + 1);
            p.aliases.clear();
            p.aliases << QStringLiteral("%1 (%2)").arg(p.preferredName.isEmpty() ? p.name : p.preferredName, p.organization);
            p.organization = QStringLiteral("%1 %2").arg(p.organization).arg(copy + 1);
        }
        p.email = QStringLiteral("person%1@example.org").arg(i + 1);
        p.otherEmails.clear();
        p.phone = QStringLiteral("+66 80 %1").arg(1000000 + i);
        p.source = QStringLiteral("benchmark");
        result.push_back(std::move(p));
    }
    return result;
}

// The demo and the shipped templates in turn, each workshop with exactly `sessions` sessions a week
// apart; a new workshop starts every 18 days through 2025.
Workshop workshopNumber(int index, int sessions, const std::vector<SessionTemplate> &templates)
{
    const QDate first = QDate(2025, 1, 6).addDays(index * 18);
    Workshop workshop = index % (int(templates.size()) + 1) == 0
                            ? demoWorkshop(first)
                            : templates[std::size_t(index % (int(templates.size()) + 1) - 1)].workshop;
    workshop.id = 0;
    workshop.title = QStringLiteral("2025-%1 %2").arg(index + 1, 2, 10, QLatin1Char('0')).arg(workshop.title);
    const std::vector<Session> pattern = workshop.sessions;
    workshop.sessions.clear();
    for (int s = 0; s < sessions; ++s) {
        Session session = pattern[std::size_t(s) % pattern.size()];
        session.id = 0;
        session.date = first.addDays(7 * s);
        if (!session.plannedStart.isValid())
            session.plannedStart = QTime(9, 0);
        for (Activity &activity : session.activities)
            activity.id = 0;
        workshop.sessions.push_back(std::move(session));
    }
    return workshop;
}

// A session run as it usually goes: started a few minutes late, one pause, a minute added here
// and there, every activity in turn, then finished.
Status writeRunLog(Store &store, const Workshop &workshop, const Session &session, std::mt19937 &random)
{
    RunLogStore log(store);
    QDateTime at = QDateTime(session.date, session.plannedStart, QTimeZone(workshop.timeZone.toUtf8())).toUTC();
    at = at.addSecs(std::uniform_int_distribution<int>(0, 6)(random) * 60);
    auto append = [&](RunEventKind kind, qint64 activityId, qint64 seconds = 0) {
        RunEvent event{.id = 0, .sessionId = session.id, .at = at, .kind = kind, .activityId = activityId, .seconds = seconds};
        return log.append(event);
    };
    for (std::size_t i = 0; i < session.activities.size(); ++i) {
        const Activity &activity = session.activities[i];
        if (Status s = append(i == 0 ? RunEventKind::Start : RunEventKind::Next, activity.id); !s)
            return s;
        const int drift = std::uniform_int_distribution<int>(-90, 150)(random);
        if (i % 4 == 1) {
            at = at.addSecs(60);
            if (Status s = append(RunEventKind::Adjust, activity.id, 60); !s)
                return s;
        }
        if (i == session.activities.size() / 2) {
            at = at.addSecs(120);
            if (Status s = append(RunEventKind::Pause, 0); !s)
                return s;
            at = at.addSecs(180);
            if (Status s = append(RunEventKind::Resume, 0); !s)
                return s;
        }
        at = at.addSecs(qint64(activity.plannedMinutes) * 60 + drift);
    }
    return append(RunEventKind::Finish, 0);
}

// Most people arrive on time, some late, a few leave and come back, some never come. What the
// check-in records is also what the platform's export of the meeting says, imported afterwards
// with everyone matched by e-mail.
Status writeAttendance(Store &store, const Workshop &workshop, const Session &session, const std::vector<qint64> &roster,
                       const std::map<qint64, const Participant *> &people, std::mt19937 &random)
{
    AttendanceStore checkIns(store);
    const QDateTime start = QDateTime(session.date, session.plannedStart, QTimeZone(workshop.timeZone.toUtf8())).toUTC();
    qint64 plannedSeconds = 0;
    for (const Activity &activity : session.activities)
        plannedSeconds += qint64(activity.plannedMinutes) * 60;
    const QDateTime end = start.addSecs(plannedSeconds);

    StoredImport import;
    import.sessionId = session.id;
    import.fileName = QStringLiteral("participants_%1.csv").arg(session.id);
    import.platform = key(ExportPlatform::Zoom);
    import.layout = key(ExportLayout::ZoomParticipantsTitleCase);
    import.sha256 = QCryptographicHash::hash(import.fileName.toUtf8(), QCryptographicHash::Sha256).toHex();
    import.timeZone = workshop.timeZone;
    import.importedAt = end.addDays(1);
    import.meetingTitle = session.title;
    import.meetingId = QString::number(84000000000 + session.id);
    import.meetingStart = start.addSecs(-10 * 60);
    import.meetingEnd = end.addSecs(5 * 60);

    std::uniform_int_distribution<int> percent(0, 99);
    auto record = [&](qint64 person, AttendanceKind kind, const QDateTime &at) {
        AttendanceEvent event{.id = 0, .sessionId = session.id, .participantId = person, .kind = kind, .at = at};
        return checkIns.record(event);
    };
    for (qint64 person : roster) {
        const int roll = percent(random);
        if (roll >= 88)
            continue;
        const bool late = roll >= 78;
        const QDateTime arrived = start.addSecs(late ? std::uniform_int_distribution<int>(11 * 60, 40 * 60)(random)
                                                     : std::uniform_int_distribution<int>(-5 * 60, 9 * 60)(random));
        if (Status s = record(person, late ? AttendanceKind::Late : AttendanceKind::Arrived, arrived); !s)
            return s;
        std::vector<TimeInterval> stays;
        if (percent(random) < 10) {
            const QDateTime left = arrived.addSecs(std::uniform_int_distribution<int>(20 * 60, 90 * 60)(random));
            if (Status s = record(person, AttendanceKind::Left, left); !s)
                return s;
            stays.emplace_back(arrived, left);
            if (percent(random) < 60) {
                const QDateTime back = left.addSecs(std::uniform_int_distribution<int>(2 * 60, 15 * 60)(random));
                if (Status s = record(person, AttendanceKind::Rejoined, back); !s)
                    return s;
                stays.emplace_back(back, end);
            }
        } else {
            stays.emplace_back(arrived, end);
        }

        const Participant &p = *people.at(person);
        StoredIdentity identity;
        identity.key = identityKey(p.name, p.email);
        identity.name = p.preferredName.isEmpty() ? p.name : p.preferredName;
        identity.email = p.email;
        identity.participantId = person;
        identity.matchedHow = QStringLiteral("email");
        identity.reason = QStringLiteral("same e-mail %1").arg(p.email);
        for (const auto &[from, to] : stays)
            identity.seconds += from.secsTo(to);
        identity.firstJoin = stays.front().first;
        identity.lastLeave = stays.back().second;
        identity.intervals = std::move(stays);
        import.identities.push_back(std::move(identity));
    }
    return AttendanceImportStore(store).insert(import);
}

struct Counts {
    int workshops = 0;
    int sessions = 0;
    int enrolments = 0;
    int checkIns = 0;
    int runEvents = 0;
    int importedStays = 0;
};

Expected<Counts> build(Store &store, const Options &options)
{
    auto templates = builtInTemplates();
    if (!templates)
        return templates.error();
    std::mt19937 random(1);

    // One transaction: one fsync for the whole store instead of one per row.
    Transaction transaction(store.database());
    if (!transaction.active())
        return transaction.startError();

    std::vector<Participant> everyone = people(options.participants);
    RosterStore rosters(store);
    if (Status s = rosters.insertParticipants(everyone); !s)
        return s.error();
    std::vector<qint64> ids;
    std::map<qint64, const Participant *> byId;
    for (const Participant &p : everyone) {
        ids.push_back(p.id);
        byId[p.id] = &p;
    }

    Counts counts;
    PlanStore plans(store);
    for (int w = 0; w < options.workshops; ++w) {
        Workshop workshop = workshopNumber(w, options.sessionsPerWorkshop, templates.value());
        if (Status s = plans.insertWorkshop(workshop); !s)
            return s.error();
        std::vector<qint64> roster = ids;
        if (w > 0) {
            std::shuffle(roster.begin(), roster.end(), random);
            roster.resize(std::min(roster.size(), std::size_t(std::uniform_int_distribution<int>(40, 80)(random))));
            std::sort(roster.begin(), roster.end());
        }
        for (qint64 person : roster)
            if (Status s = rosters.enrol(workshop.id, person); !s)
                return s.error();
        for (const Session &session : workshop.sessions) {
            if (Status s = writeRunLog(store, workshop, session, random); !s)
                return s.error();
            if (Status s = writeAttendance(store, workshop, session, roster, byId, random); !s)
                return s.error();
        }
        ++counts.workshops;
        counts.sessions += int(workshop.sessions.size());
        counts.enrolments += int(roster.size());
    }
    if (Status s = transaction.commit(); !s)
        return s.error();

    if (auto info = storeInfo(store); info.ok()) {
        for (const auto &[table, rows] : info.value().tableCounts) {
            if (table == u"attendance_event")
                counts.checkIns = int(rows);
            else if (table == u"run_event")
                counts.runEvents = int(rows);
            else if (table == u"attendance_interval")
                counts.importedStays = int(rows);
        }
    }
    return counts;
}

std::optional<Options> parse(const QStringList &arguments, QTextStream &err)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        auto number = [&](int &target) {
            bool ok = false;
            target = i + 1 < arguments.size() ? arguments[++i].toInt(&ok) : 0;
            return ok && target > 0;
        };
        if (argument == u"--participants") {
            if (!number(options.participants))
                return std::nullopt;
        } else if (argument == u"--workshops") {
            if (!number(options.workshops))
                return std::nullopt;
        } else if (argument == u"--sessions") {
            if (!number(options.sessionsPerWorkshop))
                return std::nullopt;
        } else if (options.path.isEmpty() && !argument.startsWith(u'-')) {
            options.path = argument;
        } else {
            err << "sala_bigstore: unknown argument " << argument << Qt::endl;
            return std::nullopt;
        }
    }
    if (options.path.isEmpty())
        return std::nullopt;
    return options;
}

} // namespace
} // namespace sala

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Sala"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options = sala::parse(QCoreApplication::arguments(), err);
    if (!options) {
        err << "usage: sala_bigstore OUT.db [--participants N] [--workshops N] [--sessions N]" << Qt::endl;
        return 64;
    }
    if (QFileInfo::exists(options->path)) {
        err << "sala_bigstore: " << options->path << " exists; give a new file name" << Qt::endl;
        return 73;
    }
    auto store = sala::Store::open(options->path);
    if (!store) {
        err << "sala_bigstore: " << store.error().message << Qt::endl;
        return 74;
    }
    auto counts = sala::build(*store.value(), *options);
    if (!counts) {
        err << "sala_bigstore: " << counts.error().message << Qt::endl;
        return 74;
    }
    out << options->path << ": " << options->participants << " participants, " << counts.value().workshops << " workshops, "
        << counts.value().sessions << " sessions, " << counts.value().enrolments << " enrolments, " << counts.value().checkIns
        << " check-ins, " << counts.value().runEvents << " run events, " << counts.value().sessions << " attendance imports with "
        << counts.value().importedStays << " stays" << Qt::endl;
    return 0;
}
