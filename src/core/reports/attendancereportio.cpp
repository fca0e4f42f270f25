#include "reports/attendancereportio.h"

#include "attendance/attendancestore.h"
#include "roster/personaldatalog.h"
#include "roster/rostersettingsstore.h"
#include "store/planstore.h"
#include "store/rosterstore.h"

#include <QCoreApplication>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceReportIo)
};

QString kindName(AttendanceExportKind kind)
{
    switch (kind) {
    case AttendanceExportKind::MatrixCsv: return Text::tr("Attendance report of workshop %1 as CSV");
    case AttendanceExportKind::SessionCsv: return Text::tr("Attendance of one session of workshop %1 as CSV");
    case AttendanceExportKind::Workbook: return Text::tr("Attendance report of workshop %1 as an Excel workbook");
    case AttendanceExportKind::Pdf: return Text::tr("Attendance report of workshop %1 as PDF");
    case AttendanceExportKind::CertificateList: return Text::tr("Certificate list of workshop %1 as CSV");
    case AttendanceExportKind::Certificates: return Text::tr("Certificates of workshop %1 as PDF");
    }
    return {};
}

} // namespace

Expected<AttendanceReport> loadAttendanceReport(Store &store, qint64 workshopId, const AttendanceThresholds &thresholds,
                                                const AttendanceLoader &loader)
{
    auto workshop = PlanStore(store).loadWorkshop(workshopId);
    if (!workshop)
        return workshop.error();
    auto roster = RosterStore(store).participantsOf(workshopId);
    if (!roster)
        return roster.error();
    auto rules = RosterSettingsStore(store).sizeRules();
    if (!rules)
        return rules.error();
    auto attendance = loader ? loader(store, workshopId) : loadWorkshopAttendance(store, workshopId);
    if (!attendance)
        return attendance.error();
    return buildAttendanceReport(workshop.value(), roster.value(), rules.value(), attendance.value(), thresholds);
}

Status checkThresholds(const AttendanceThresholds &thresholds)
{
    if (thresholds.completionPercent < 1 || thresholds.completionPercent > 100)
        return Error{ErrorCode::Usage, Text::tr("The completion threshold must be a percentage from 1 to 100, not %1.")
                                           .arg(thresholds.completionPercent)};
    if (thresholds.participationPercent < 1 || thresholds.participationPercent > 100)
        return Error{ErrorCode::Usage, Text::tr("The participation threshold must be a percentage from 1 to 100, not %1.")
                                           .arg(thresholds.participationPercent)};
    if (thresholds.participationPercent > thresholds.completionPercent)
        return Error{ErrorCode::Usage,
                     Text::tr("The participation threshold (%1 %) cannot be above the completion threshold (%2 %).")
                         .arg(thresholds.participationPercent)
                         .arg(thresholds.completionPercent)};
    return success();
}

Status logAttendanceExport(Store &store, const AttendanceReport &report, AttendanceExportKind kind, const QString &path,
                           const QString &via)
{
    PersonalDataLogEntry entry;
    // The log knows roster exports and access exports; an attendance report is the roster's
    // people with their attendance, so it is recorded as the former, described as what it is.
    entry.action = PersonalDataLogEntry::Action::RosterExport;
    entry.description = kindName(kind).arg(report.workshopId);
    entry.file = path;
    entry.workshopId = report.workshopId;
    entry.via = via;
    const bool certificates = kind == AttendanceExportKind::CertificateList || kind == AttendanceExportKind::Certificates;
    if (certificates) {
        for (const ReportPerson *person : report.certificateHolders()) {
            ++entry.recordCount;
            entry.withoutConsent += person->reportingConsent ? 0 : 1;
        }
    } else {
        for (const ReportPerson &person : report.people) {
            if (person.erased)
                continue;
            ++entry.recordCount;
            entry.withoutConsent += person.reportingConsent ? 0 : 1;
        }
    }
    return PersonalDataLog(store).record(entry);
}

} // namespace sala
