#include "demo/demoseeder.h"

#include "attendance/attendanceimport.h"
#include "attendance/attendancereader.h"
#include "demo/demoattendance.h"
#include "demo/demoworkshop.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace sala {
namespace {

const QString demoMetaKey = QStringLiteral("demo_workshop_id");

// The session's Zoom export goes through the same import as a trainer's file: read, matched to
// the roster, stored in UTC. Nothing is decided for the people Sala cannot match.
Status importDemoAttendance(Store &store, const Workshop &workshop, const std::vector<Participant> &roster)
{
    const Session &session = workshop.sessions.front();
    auto import = newAttendanceImport(store, session.id);
    if (!import)
        return import.error();
    ExportReadOptions options;
    options.sessionDate = session.date;
    const QString fileName = demoAttendanceFileName(session.date);
    auto file = parseAttendanceExport(demoAttendanceExport(session.date), fileName, options);
    if (!file)
        return file.error();
    import->files.push_back(prepareImportFile(std::move(file).value(), IdentityMatcher(roster)));
    import->files.back().path = fileName;
    auto outcome = importAttendance(store, import.value());
    if (!outcome)
        return outcome.error();
    return success();
}

} // namespace

QDate demoSessionDate(QDate today)
{
    QDate date = today.addDays(1);
    while (date.dayOfWeek() > 5)
        date = date.addDays(1);
    return date;
}

Expected<DemoResult> seedDemo(Store &store, QDate sessionDate)
{
    const Workshop demo = demoWorkshop(sessionDate);
    {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT id FROM workshop WHERE title = ? ORDER BY id LIMIT 1"));
        query.addBindValue(demo.title);
        if (Status s = exec(query, QCoreApplication::translate("sala::Demo", "look for the demo workshop")); !s)
            return s.error();
        if (query.next())
            return DemoResult{query.value(0).toLongLong(), true};
    }

    // Nested writes join this outer transaction, so the workshop, the roster and the marker
    // arrive together or not at all.
    Transaction transaction(store.database());
    if (!transaction.active())
        return transaction.startError();
    Workshop workshop = demo;
    PlanStore plans(store);
    if (Status s = plans.insertWorkshop(workshop); !s)
        return s.error();
    std::vector<Participant> roster = demoRoster();
    for (Participant &member : demoTeam())
        roster.push_back(std::move(member));
    RosterStore rosters(store);
    if (Status s = rosters.insertParticipants(roster, workshop.id); !s)
        return s.error();
    if (Status s = importDemoAttendance(store, workshop, roster); !s)
        return s.error();
    if (Status s = store.setMeta(demoMetaKey, QString::number(workshop.id)); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return DemoResult{workshop.id, false};
}

bool shouldSeedDemoOnFirstStart(Store &store)
{
    if (!store.meta(demoMetaKey).isEmpty())
        return false;
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM workshop")) && query.next() && query.value(0).toInt() == 0;
}

} // namespace sala
