#include "reportcommands.h"

#include "attendancereportpdf.h"
#include "certificatespdf.h"
#include "clisupport.h"
#include "exitcodes.h"
#include "reports/attendancecsv.h"
#include "reports/attendancereportio.h"
#include "reports/attendancexlsx.h"
#include "reports/certificates.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

namespace sala::cli {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

int usage(const AttendanceReportRequest &request, const QString &message)
{
    return reportUsage(request.err, message);
}

int fail(const AttendanceReportRequest &request, const Error &error)
{
    return reportFailure(request.err, error);
}

struct Common {
    qint64 workshopId = 0;
    QString out;
    QString format;
    AttendanceThresholds thresholds;
};

std::optional<int> percentOption(const AttendanceReportRequest &request, const QString &name, int fallback, QString &problem)
{
    if (!request.parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = request.parser.value(name).toInt(&ok);
    if (!ok) {
        problem = Text::tr("--%1 needs a whole percentage such as 80, not “%2”").arg(name, request.parser.value(name));
        return std::nullopt;
    }
    return value;
}

// The options both commands share, checked before the database is opened.
std::optional<Common> commonOptions(const AttendanceReportRequest &request, const QString &command, const QStringList &formats,
                                    int &exitCode)
{
    Common common;
    if (!request.parser.isSet(QStringLiteral("workshop"))) {
        exitCode = usage(request, Text::tr("%1 needs --workshop ID (sala-cli plan list shows the numbers)").arg(command));
        return std::nullopt;
    }
    bool ok = false;
    common.workshopId = request.parser.value(QStringLiteral("workshop")).toLongLong(&ok);
    if (!ok || common.workshopId <= 0) {
        exitCode = usage(request, Text::tr("--workshop needs a number such as 1, not “%1”; sala-cli plan list shows the numbers")
                                      .arg(request.parser.value(QStringLiteral("workshop"))));
        return std::nullopt;
    }
    common.out = request.parser.value(QStringLiteral("out"));
    if (common.out.isEmpty()) {
        exitCode = usage(request, Text::tr("%1 needs --out FILE").arg(command));
        return std::nullopt;
    }
    common.format = request.parser.isSet(QStringLiteral("format")) ? request.parser.value(QStringLiteral("format"))
                                                                   : QFileInfo(common.out).suffix().toLower();
    if (!formats.contains(common.format)) {
        exitCode = usage(request, Text::tr("--format for %1 must be %2, not “%3” (or give the file a .%4 name)")
                                      .arg(command, formats.join(QStringLiteral(", ")), common.format, formats.first()));
        return std::nullopt;
    }
    QString problem;
    const std::optional<int> completion = percentOption(request, QStringLiteral("completion"), 80, problem);
    const std::optional<int> participation = percentOption(request, QStringLiteral("participation"), 50, problem);
    if (!completion || !participation) {
        exitCode = usage(request, problem);
        return std::nullopt;
    }
    common.thresholds = {*completion, *participation};
    if (Status s = checkThresholds(common.thresholds); !s) {
        exitCode = usage(request, s.error().message);
        return std::nullopt;
    }
    const QFileInfo target(common.out);
    if (target.isDir()) {
        exitCode = fail(request, Error{ErrorCode::Io,
                                       Text::tr("“%1” is a folder; give a file name after --out.").arg(nativePath(common.out))});
        return std::nullopt;
    }
    if (target.exists() && !request.parser.isSet(QStringLiteral("force"))) {
        exitCode = fail(request, Error{ErrorCode::Io,
                                       Text::tr("“%1” already exists; add --force to replace it, or choose another file name.")
                                           .arg(nativePath(common.out))});
        return std::nullopt;
    }
    return common;
}

// The report, refused when nothing was imported: a report of everyone absent would mislead.
Expected<AttendanceReport> loadReport(Store &store, const Common &common)
{
    auto report = loadAttendanceReport(store, common.workshopId, common.thresholds);
    if (!report)
        return report.error();
    if (!report->hasAttendance())
        return Error{ErrorCode::NotFound,
                     Text::tr("Workshop %1 has no attendance yet. Import each session's Zoom, Teams or Meet export "
                              "with sala-cli attendance import --session ID FILE, or in Sala's Reports mode.")
                         .arg(common.workshopId)};
    return report;
}

void warnAboutMissingSessions(const AttendanceReportRequest &request, const AttendanceReport &report)
{
    if (const int missing = report.sessionsWithoutAttendance(); missing > 0)
        request.err << Text::tr("sala-cli: note: %1 of %2 sessions have no attendance yet; their time counts as missed.")
                           .arg(missing)
                           .arg(report.sessions.size())
                    << Qt::endl;
}

int attendance(const AttendanceReportRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("report attendance takes no file name of its own; give the output with --out FILE"));
    int exitCode = Ok;
    const std::optional<Common> common = commonOptions(request, QStringLiteral("report attendance"),
                                                       {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")},
                                                       exitCode);
    if (!common)
        return exitCode;
    auto store = Store::open(request.databasePath);
    if (!store)
        return fail(request, store.error());
    auto report = loadReport(*store.value(), *common);
    if (!report)
        return fail(request, report.error());

    Status written = success();
    AttendanceExportKind kind = AttendanceExportKind::MatrixCsv;
    if (common->format == u"pdf") {
        written = writeAttendanceReportPdf(report.value(), common->out);
        kind = AttendanceExportKind::Pdf;
    } else if (common->format == u"xlsx") {
        written = writeAttendanceXlsx(report.value(), common->out);
        kind = AttendanceExportKind::Workbook;
    } else {
        written = writeAtomically(common->out, attendanceMatrixCsv(report.value()));
    }
    if (!written)
        return fail(request, written.error());
    if (Status logged = logAttendanceExport(*store.value(), report.value(), kind, QFileInfo(common->out).absoluteFilePath(),
                                            QStringLiteral("cli"));
        !logged)
        return fail(request, logged.error());
    warnAboutMissingSessions(request, report.value());
    request.out << Text::tr("Attendance report of “%1” written to %2: %3 enrolled, %4 attended, %5 completed, %6 participated.")
                       .arg(report->workshopTitle, nativePath(QFileInfo(common->out).absoluteFilePath()))
                       .arg(report->enrolled)
                       .arg(report->attended)
                       .arg(report->completed)
                       .arg(report->participated)
                << Qt::endl;
    return Ok;
}

int certificates(const AttendanceReportRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("report certificates takes no file name of its own; give the output with --out FILE"));
    int exitCode = Ok;
    const std::optional<Common> common = commonOptions(request, QStringLiteral("report certificates"),
                                                       {QStringLiteral("pdf"), QStringLiteral("csv")}, exitCode);
    if (!common)
        return exitCode;
    auto store = Store::open(request.databasePath);
    if (!store)
        return fail(request, store.error());
    auto report = loadReport(*store.value(), *common);
    if (!report)
        return fail(request, report.error());

    CertificateTemplate tmpl = CertificateTemplateStore(*store.value()).load(common->workshopId);
    if (request.parser.isSet(QStringLiteral("buddhist-era")))
        tmpl.buddhistEra = true;
    const std::vector<Certificate> made = buildCertificates(report.value(), tmpl, certificateLocale(report.value()));
    if (made.empty())
        return fail(request,
                    Error{ErrorCode::InvalidData,
                          Text::tr("Nobody in workshop %1 has earned a certificate at these thresholds (completion %2 %, "
                                   "participation %3 %); nothing was written.")
                              .arg(common->workshopId)
                              .arg(common->thresholds.completionPercent)
                              .arg(common->thresholds.participationPercent)});
    const bool pdf = common->format == u"pdf";
    const Status written = pdf ? writeCertificatesPdf(made, Text::tr("Certificates: %1").arg(report->workshopTitle), common->out)
                               : writeAtomically(common->out, certificateListCsv(report.value()));
    if (!written)
        return fail(request, written.error());
    if (Status logged = logAttendanceExport(*store.value(), report.value(),
                                            pdf ? AttendanceExportKind::Certificates : AttendanceExportKind::CertificateList,
                                            QFileInfo(common->out).absoluteFilePath(), QStringLiteral("cli"));
        !logged)
        return fail(request, logged.error());
    warnAboutMissingSessions(request, report.value());
    request.out << Text::tr("%1 certificates for “%2” written to %3.")
                       .arg(made.size())
                       .arg(report->workshopTitle, nativePath(QFileInfo(common->out).absoluteFilePath()))
                << Qt::endl;
    return Ok;
}

} // namespace

bool isAttendanceReportCommand(const QString &subcommand)
{
    return subcommand == u"attendance" || subcommand == u"certificates";
}

int runAttendanceReportCommand(const AttendanceReportRequest &request)
{
    QStringList arguments = request.words;
    const QString sub = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (sub == u"attendance")
        return attendance(request, arguments);
    if (sub == u"certificates")
        return certificates(request, arguments);
    return usage(request, Text::tr("unknown report subcommand “%1”").arg(sub));
}

} // namespace sala::cli
