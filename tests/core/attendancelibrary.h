#pragma once
// Shared by the attendance import tests: a database holding one workshop in Asia/Bangkok with two
// sessions and a roster from the five countries, and Zoom exports written inline.

#include "domain/participant.h"
#include "domain/plan.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace sala::test {

inline Participant rosterPerson(const QString &name, const QString &preferred, const QString &email,
                                const QStringList &aliases = {})
{
    Participant p;
    p.name = name;
    p.preferredName = preferred;
    p.email = email;
    p.aliases = aliases;
    p.country = QStringLiteral("TH");
    return p;
}

struct AttendanceLibrary {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    qint64 workshopId = 0;
    qint64 sessionId = 0;  // Thursday 14 March 2024, 09:00–11:00 Bangkok time
    qint64 session2Id = 0; // Thursday 21 March 2024, 09:00–11:00
    std::vector<Participant> people;

    AttendanceLibrary()
    {
        auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        Workshop w;
        w.title = QStringLiteral("Cash Flow Clinic");
        w.timeZone = QStringLiteral("Asia/Bangkok");
        for (int week = 0; week < 2; ++week) {
            Session s;
            s.title = QStringLiteral("Session %1").arg(week + 1);
            s.date = QDate(2024, 3, 14).addDays(7 * week);
            s.plannedStart = QTime(9, 0);
            s.targetEnd = QTime(11, 0);
            Activity a;
            a.title = QStringLiteral("Cash calendar");
            a.plannedMinutes = 120;
            s.activities.push_back(a);
            w.sessions.push_back(s);
        }
        REQUIRE(PlanStore(*store).insertWorkshop(w).ok());
        workshopId = w.id;
        sessionId = w.sessions[0].id;
        session2Id = w.sessions[1].id;
        people = {
            rosterPerson(QStringLiteral("Sok Dara"), QStringLiteral("Dara"), QStringLiteral("dara.sok@example.com")),
            rosterPerson(QStringLiteral("Phonesavanh Keomany"), QStringLiteral("Noy"), QStringLiteral("noy.keomany@example.org")),
            rosterPerson(QStringLiteral("Siriporn Chaiyasit"), QStringLiteral("Nok"), QString()),
            rosterPerson(QStringLiteral("Somchai Wongsuwan"), QStringLiteral("Ek"), QString()),
            rosterPerson(QStringLiteral("Mohd Faizal bin Hamzah"), QStringLiteral("Faizal"), QString()),
            rosterPerson(QStringLiteral("Maria Cristina R. Dela Cruz"), QStringLiteral("Tina"), QString(),
                         {QStringLiteral("Tina DC")}),
        };
        REQUIRE(RosterStore(*store).insertParticipants(people, workshopId).ok());
    }

    qint64 idOf(const QString &name) const
    {
        for (const Participant &p : people)
            if (p.name == name)
                return p.id;
        FAIL("no participant named " << name.toStdString());
        return 0;
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        writeBytes(path, bytes);
        return path;
    }

    qint64 count(const QString &table) const
    {
        QSqlQuery query(store->database());
        REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
        REQUIRE(query.next());
        return query.value(0).toLongLong();
    }
};

// Zoom's participants export with its meeting block, as the web portal downloads it.
inline QByteArray zoomExport(const QString &date, const QStringList &rows)
{
    QString text = QStringLiteral("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,\n"
                                  "81234567890,\"Cash Flow Clinic\",%1 09:00:00 AM,%1 11:00:00 AM,trainer@example.org,120,7,\n"
                                  "\n"
                                  "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n")
                       .arg(date);
    for (const QString &row : rows)
        text += row + u'\n';
    return text.toUtf8();
}

// One stay: "Name,email,03/14/2024 09:02:00 AM,03/14/2024 09:40:30 AM,39,No".
inline QString zoomRow(const QString &name, const QString &email, const QString &date, const QString &join, const QString &leave,
                       int minutes)
{
    return QStringLiteral("%1,%2,%3 %4,%3 %5,%6,%7")
        .arg(name, email, date, join, leave)
        .arg(minutes)
        .arg(email.isEmpty() ? QStringLiteral("Yes") : QStringLiteral("No"));
}

// The session of 14 March 2024 as Zoom exported it: late arrivals, a dropped connection, one
// person on two devices, a title, a misspelling and a phone that kept its default name.
inline QByteArray firstSessionExport()
{
    const QString d = QStringLiteral("03/14/2024");
    return zoomExport(d, {
                             zoomRow(QStringLiteral("Trainer Anna (Anna Santos)"), QStringLiteral("trainer@example.org"), d,
                                     QStringLiteral("08:55:00 AM"), QStringLiteral("11:00:00 AM"), 125),
                             zoomRow(QStringLiteral("Noy (Phoutthasone Keomany)"), QString(), d, QStringLiteral("09:02:00 AM"),
                                     QStringLiteral("09:40:30 AM"), 39),
                             zoomRow(QStringLiteral("Noy (Phoutthasone Keomany)"), QString(), d, QStringLiteral("09:45:00 AM"),
                                     QStringLiteral("11:00:00 AM"), 75),
                             zoomRow(QStringLiteral("Sok Dara"), QStringLiteral("dara.sok@example.com"), d,
                                     QStringLiteral("09:00:00 AM"), QStringLiteral("10:30:00 AM"), 90),
                             zoomRow(QStringLiteral("Dara's iPhone"), QString(), d, QStringLiteral("10:00:00 AM"),
                                     QStringLiteral("10:45:00 AM"), 45),
                             zoomRow(QStringLiteral("Khun Siriporn Chaiyasit"), QString(), d, QStringLiteral("09:10:00 AM"),
                                     QStringLiteral("11:00:00 AM"), 110),
                             zoomRow(QStringLiteral("Somchay Wongsuwan"), QString(), d, QStringLiteral("09:20:00 AM"),
                                     QStringLiteral("10:50:00 AM"), 90),
                             zoomRow(QStringLiteral("Galaxy A12"), QString(), d, QStringLiteral("09:05:00 AM"),
                                     QStringLiteral("10:00:00 AM"), 55),
                         });
}

inline QDateTime utc(int month, int day, int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute, second), QTimeZone::utc());
}

} // namespace sala::test
