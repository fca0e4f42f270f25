#include "reports/attendancecsv.h"

#include "domain/names.h"

#include <QCoreApplication>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceCsv)
};

QString localTime(const std::optional<QDateTime> &when, const QTimeZone &zone)
{
    return when && when->isValid() ? when->toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString countryText(const QString &code)
{
    return code.isEmpty() ? QString() : countryName(code);
}

} // namespace

QString neutralizeFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + text;
    return text;
}

CsvRow &CsvRow::text(const QString &value)
{
    QString cell = neutralizeFormula(value);
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r') || cell.startsWith(u' ')
        || cell.endsWith(u' ')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    m_cells << cell;
    return *this;
}

CsvRow &CsvRow::number(qint64 value)
{
    m_cells << QString::number(value);
    return *this;
}

QByteArray csvDocument(const std::vector<CsvRow> &rows)
{
    QString text;
    for (const CsvRow &row : rows)
        text += row.line() + QStringLiteral("\r\n");
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray attendanceMatrixCsv(const AttendanceReport &report)
{
    std::vector<CsvRow> rows;
    CsvRow header;
    header.text(Text::tr("Name"))
        .text(Text::tr("Preferred name"))
        .text(Text::tr("Consent to reporting"))
        .text(Text::tr("Sex"))
        .text(Text::tr("Country"))
        .text(Text::tr("Organization type"))
        .text(Text::tr("Enterprise size"));
    for (std::size_t s = 0; s < report.sessions.size(); ++s) {
        const QString session = Text::tr("Session %1").arg(s + 1);
        header.text(Text::tr("%1 minutes").arg(session)).text(Text::tr("%1 share (%)").arg(session));
    }
    header.text(Text::tr("Total minutes")).text(Text::tr("Workshop share (%)")).text(Text::tr("Status"));
    rows.push_back(header);

    for (const ReportPerson &person : report.people) {
        CsvRow row;
        row.text(person.reportName())
            .text(person.preferredName)
            .text(person.erased ? QString() : reportingConsentText(person.reportingConsent))
            .text(displayName(person.sex))
            .text(countryText(person.country))
            .text(displayName(person.organizationType))
            .text(displayName(person.size));
        for (const ReportEntry &entry : person.sessions)
            row.number(roundedMinutes(entry.seconds)).number(entry.sharePercent);
        row.number(roundedMinutes(person.seconds)).number(person.sharePercent).text(displayName(person.status));
        rows.push_back(row);
    }
    return csvDocument(rows);
}

QByteArray sessionAttendanceCsv(const AttendanceReport &report, std::size_t sessionIndex)
{
    std::vector<CsvRow> rows;
    const QString zone = report.zone().id().isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(report.zone().id());
    CsvRow header;
    header.text(Text::tr("Name"))
        .text(Text::tr("Preferred name"))
        .text(Text::tr("Minutes"))
        .text(Text::tr("Share of the session (%)"))
        .text(Text::tr("First join (%1)").arg(zone))
        .text(Text::tr("Last leave (%1)").arg(zone))
        .text(Text::tr("Matched"))
        .text(Text::tr("Checked in live"));
    rows.push_back(header);
    if (sessionIndex >= report.sessions.size())
        return csvDocument(rows);
    for (const ReportPerson &person : report.people) {
        const ReportEntry &entry = person.sessions[sessionIndex];
        if (!entry.seen)
            continue;
        CsvRow row;
        row.text(person.reportName())
            .text(person.preferredName)
            .number(roundedMinutes(entry.seconds))
            .number(entry.sharePercent)
            .text(localTime(entry.firstJoin, report.zone()))
            .text(localTime(entry.lastLeave, report.zone()))
            .text(matchedHowName(entry.matchedHow))
            .text(entry.checkedInLive ? Text::tr("yes") : Text::tr("no"));
        rows.push_back(row);
    }
    return csvDocument(rows);
}

QByteArray certificateListCsv(const AttendanceReport &report)
{
    std::vector<CsvRow> rows;
    CsvRow header;
    header.text(Text::tr("Name"))
        .text(Text::tr("Preferred name"))
        .text(Text::tr("Certificate"))
        .text(Text::tr("Workshop share (%)"))
        .text(Text::tr("Hours attended"))
        .text(Text::tr("Country"));
    rows.push_back(header);
    for (const ReportPerson *person : report.certificateHolders()) {
        CsvRow row;
        row.text(person->reportName())
            .text(person->preferredName)
            .text(person->status == CompletionStatus::Completed ? Text::tr("Completion") : Text::tr("Participation"))
            .number(person->sharePercent)
            .text(hoursText(person->credited))
            .text(countryText(person->country));
        rows.push_back(row);
    }
    return csvDocument(rows);
}

} // namespace sala
