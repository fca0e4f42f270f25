#include "reports/attendancexlsx.h"

#include "domain/names.h"
#include "util/eradates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceXlsx)
};

// Excel refuses longer text in a cell.
constexpr qsizetype longestCell = 32767;

// Excel's rules for sheet names: at most 31 characters, none of []:*?/\ .
QByteArray sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = u'-';
    }
    return name.left(31).toUtf8();
}

struct Formats {
    lxw_format *title = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *header = nullptr;
    lxw_format *wrap = nullptr;
    lxw_format *date = nullptr;
    lxw_format *time = nullptr;
};

// Writes cells left to right along a row; text always as a string cell.
class Sheet final {
public:
    explicit Sheet(lxw_worksheet *sheet) : m_sheet(sheet) {}

    Sheet &text(const QString &value, lxw_format *format = nullptr)
    {
        const QByteArray utf8 = value.left(longestCell).toUtf8();
        worksheet_write_string(m_sheet, m_row, m_column++, utf8.constData(), format);
        return *this;
    }
    Sheet &number(double value, lxw_format *format = nullptr)
    {
        worksheet_write_number(m_sheet, m_row, m_column++, value, format);
        return *this;
    }
    Sheet &dateTime(const QDateTime &local, lxw_format *format)
    {
        if (!local.isValid())
            return skip();
        lxw_datetime value{local.date().year(), local.date().month(),  local.date().day(),
                           local.time().hour(), local.time().minute(), double(local.time().second())};
        worksheet_write_datetime(m_sheet, m_row, m_column++, &value, format);
        return *this;
    }
    Sheet &skip()
    {
        ++m_column;
        return *this;
    }
    void newRow(int count = 1)
    {
        m_row += lxw_row_t(count);
        m_column = 0;
    }
    lxw_row_t row() const { return m_row; }
    lxw_worksheet *sheet() const { return m_sheet; }

private:
    lxw_worksheet *m_sheet;
    lxw_row_t m_row = 0;
    lxw_col_t m_column = 0;
};

void writeSummary(Sheet &s, const AttendanceReport &report, const Formats &f)
{
    const QLocale c = QLocale::c();
    s.text(Text::tr("Attendance report"), f.title);
    s.newRow();
    s.text(Text::tr("Workshop"), f.bold).text(report.workshopTitle);
    s.newRow();
    s.text(Text::tr("Organizer"), f.bold).text(report.organizer);
    s.newRow();
    s.text(Text::tr("Dates"), f.bold).text(peopleDateSpan(report.firstDate(), report.lastDate(), c, false));
    s.newRow();
    s.text(Text::tr("Sessions"), f.bold).number(double(report.sessions.size()));
    s.newRow();
    s.text(Text::tr("Scheduled hours"), f.bold).text(hoursText(report.scheduledSeconds));
    s.newRow();
    s.text(Text::tr("Completion threshold (%)"), f.bold).number(report.thresholds.completionPercent);
    s.newRow();
    s.text(Text::tr("Participation threshold (%)"), f.bold).number(report.thresholds.participationPercent);
    s.newRow();
    s.text(Text::tr("How shares are counted"), f.bold)
        .text(Text::tr("A person's share is their time in the room over the scheduled time of all the workshop's sessions; "
                       "time in one session counts up to that session's scheduled length. Shares are rounded down to a "
                       "whole percent."),
              f.wrap);
    if (const int missing = report.sessionsWithoutAttendance(); missing > 0) {
        s.newRow();
        s.text(Text::tr("Note"), f.bold)
            .text(Text::tr("%1 of %2 sessions have no attendance imported yet; their time counts as missed.")
                      .arg(missing)
                      .arg(report.sessions.size()),
                  f.wrap);
    }
    s.newRow(2);

    s.text(Text::tr("Enrolled"), f.bold).number(report.enrolled);
    s.newRow();
    s.text(Text::tr("Attended"), f.bold).number(report.attended);
    s.newRow();
    s.text(Text::tr("Completed"), f.bold).number(report.completed);
    s.newRow();
    s.text(Text::tr("Participated (below completion)"), f.bold).number(report.participated);
    s.newRow(2);

    for (const Breakdown &breakdown : report.breakdowns) {
        s.text(breakdown.title, f.title);
        s.newRow();
        s.text(Text::tr("Group"), f.header)
            .text(Text::tr("Enrolled"), f.header)
            .text(Text::tr("Attended"), f.header)
            .text(Text::tr("% of attendees"), f.header)
            .text(Text::tr("Completed"), f.header)
            .text(Text::tr("% of completers"), f.header)
            .text(Text::tr("Participated"), f.header)
            .text(Text::tr("% of participants"), f.header);
        s.newRow();
        auto writeRow = [&](const BreakdownRow &row, lxw_format *label) {
            s.text(row.label, label)
                .number(row.enrolled)
                .number(row.attended)
                .number(percentOf(row.attended, breakdown.total.attended))
                .number(row.completed)
                .number(percentOf(row.completed, breakdown.total.completed))
                .number(row.participated)
                .number(percentOf(row.participated, breakdown.total.participated));
            s.newRow();
        };
        for (const BreakdownRow &row : breakdown.rows)
            writeRow(row, nullptr);
        writeRow(breakdown.total, f.bold);
        s.newRow();
    }
    worksheet_set_column(s.sheet(), 0, 0, 34, nullptr);
    worksheet_set_column(s.sheet(), 1, 1, 60, nullptr);
    worksheet_set_column(s.sheet(), 2, 7, 16, nullptr);
}

void writeParticipants(Sheet &s, const AttendanceReport &report, const Formats &f)
{
    s.text(Text::tr("Name"), f.header)
        .text(Text::tr("Preferred name"), f.header)
        .text(Text::tr("Consent to reporting"), f.header)
        .text(Text::tr("Sex"), f.header)
        .text(Text::tr("Country"), f.header)
        .text(Text::tr("Organization type"), f.header)
        .text(Text::tr("Enterprise size"), f.header);
    for (const ReportSession &session : report.sessions)
        s.text(Text::tr("%1 (minutes)").arg(session.title), f.header);
    s.text(Text::tr("Total minutes"), f.header).text(Text::tr("Workshop share (%)"), f.header).text(Text::tr("Status"), f.header);
    const lxw_col_t lastColumn = lxw_col_t(7 + report.sessions.size() + 2);
    s.newRow();
    for (const ReportPerson &person : report.people) {
        s.text(person.reportName())
            .text(person.preferredName)
            .text(person.erased ? QString() : reportingConsentText(person.reportingConsent))
            .text(displayName(person.sex))
            .text(person.country.isEmpty() ? QString() : countryName(person.country))
            .text(displayName(person.organizationType))
            .text(displayName(person.size));
        for (const ReportEntry &entry : person.sessions)
            s.number(double(roundedMinutes(entry.seconds)));
        s.number(double(roundedMinutes(person.seconds))).number(person.sharePercent).text(displayName(person.status));
        s.newRow();
    }
    worksheet_freeze_panes(s.sheet(), 1, 1);
    worksheet_autofilter(s.sheet(), 0, 0, std::max<lxw_row_t>(s.row(), 1) - 1, lastColumn);
    worksheet_set_column(s.sheet(), 0, 0, 32, nullptr);
    worksheet_set_column(s.sheet(), 1, 6, 16, nullptr);
    worksheet_set_column(s.sheet(), 7, lastColumn, 14, f.wrap);
}

void writeSessions(Sheet &s, const AttendanceReport &report, const Formats &f)
{
    const QTimeZone zone = report.zone();
    s.text(Text::tr("#"), f.header)
        .text(Text::tr("Session"), f.header)
        .text(Text::tr("Date"), f.header)
        .text(Text::tr("Scheduled start (%1)").arg(QString::fromUtf8(zone.id())), f.header)
        .text(Text::tr("Scheduled minutes"), f.header)
        .text(Text::tr("Attendees"), f.header)
        .text(Text::tr("Average minutes"), f.header)
        .text(Text::tr("Unmatched identities"), f.header)
        .text(Text::tr("Imported files"), f.header);
    s.newRow();
    int number = 0;
    for (const ReportSession &session : report.sessions) {
        s.number(++number).text(session.title);
        if (session.date.isValid())
            s.dateTime(QDateTime(session.date, QTime(0, 0)), f.date);
        else
            s.skip();
        s.dateTime(session.scheduledStart.isValid() ? session.scheduledStart.toTimeZone(zone) : QDateTime(), f.time)
            .number(double(roundedMinutes(session.scheduledSeconds)));
        if (session.hasAttendance)
            s.number(session.attendees).number(double(session.averageMinutes())).number(session.unmatchedIdentities);
        else
            s.text(Text::tr("not imported")).skip().skip();
        s.text(session.sourceFiles.join(QStringLiteral("; ")));
        s.newRow();
    }
    worksheet_set_column(s.sheet(), 0, 0, 5, nullptr);
    worksheet_set_column(s.sheet(), 1, 1, 40, nullptr);
    worksheet_set_column(s.sheet(), 2, 3, 18, nullptr);
    worksheet_set_column(s.sheet(), 4, 7, 14, nullptr);
    worksheet_set_column(s.sheet(), 8, 8, 40, nullptr);
}

Error writeError(const QString &path, const QString &reason)
{
    return {ErrorCode::Io,
            Text::tr("Sala could not save the attendance workbook as “%1” (%2). Check that the folder exists and that "
                     "you may write there, then try again.")
                .arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

Expected<QByteArray> attendanceXlsx(const AttendanceReport &report)
{
    // libxlsxwriter writes to a file name; the workbook is made in a private folder and read back.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{ErrorCode::Io,
                     Text::tr("Sala could not make a temporary folder for the workbook (%1).").arg(dir.errorString())};
    const QString path = dir.filePath(QStringLiteral("attendance.xlsx"));
    const QByteArray tmpdir = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmpdir.constData()); // the library never writes to it
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook)
        return Error{ErrorCode::Io, Text::tr("Sala could not start the workbook.")};

    const QByteArray title = Text::tr("Attendance: %1").arg(report.workshopTitle).toUtf8();
    const QByteArray author = report.organizer.toUtf8();
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.constData());
    properties.author = const_cast<char *>(author.constData());
    workbook_set_properties(workbook, &properties);

    Formats f;
    f.title = workbook_add_format(workbook);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.bold = workbook_add_format(workbook);
    format_set_bold(f.bold);
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.wrap = workbook_add_format(workbook);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    f.date = workbook_add_format(workbook);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.time = workbook_add_format(workbook);
    format_set_num_format(f.time, "yyyy-mm-dd hh:mm");

    const QByteArray summaryName = sheetName(Text::tr("Summary"));
    const QByteArray participantsName = sheetName(Text::tr("Participants"));
    const QByteArray sessionsName = sheetName(Text::tr("Sessions"));
    Sheet summary(workbook_add_worksheet(workbook, summaryName.constData()));
    Sheet participants(workbook_add_worksheet(workbook, participantsName.constData()));
    Sheet sessions(workbook_add_worksheet(workbook, sessionsName.constData()));
    if (!summary.sheet() || !participants.sheet() || !sessions.sheet()) {
        workbook_close(workbook);
        return Error{ErrorCode::Io, Text::tr("Sala could not add the sheets to the workbook.")};
    }
    writeSummary(summary, report, f);
    writeParticipants(participants, report, f);
    writeSessions(sessions, report, f);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Error{ErrorCode::Io,
                     Text::tr("Sala could not finish the workbook (%1).").arg(QString::fromUtf8(lxw_strerror(closed)))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, Text::tr("Sala could not read the finished workbook back (%1).").arg(file.errorString())};
    return file.readAll();
}

Status writeAttendanceXlsx(const AttendanceReport &report, const QString &path)
{
    if (path.isEmpty())
        return Error{ErrorCode::Usage, Text::tr("No file name was given for the attendance workbook.")};
    const Expected<QByteArray> bytes = attendanceXlsx(report);
    if (!bytes)
        return writeError(path, bytes.error().message);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() || !file.commit())
        return writeError(path, file.errorString());
    return success();
}

} // namespace sala
