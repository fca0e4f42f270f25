#include "views/reports/attendancematrixmodel.h"

#include "domain/names.h"

#include <QLocale>

namespace sala {

std::optional<StatusTone> completionTone(CompletionStatus status)
{
    switch (status) {
    case CompletionStatus::Completed: return StatusTone::Good;
    case CompletionStatus::Participated: return StatusTone::Info;
    case CompletionStatus::Attended: return StatusTone::Warning;
    case CompletionStatus::Absent: return std::nullopt;
    }
    return std::nullopt;
}

AttendanceMatrixModel::AttendanceMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttendanceMatrixModel::setReport(std::shared_ptr<const AttendanceReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int AttendanceMatrixModel::sessionCount() const
{
    return m_report ? int(m_report->sessions.size()) : 0;
}

int AttendanceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->people.size());
}

int AttendanceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : LeadingColumnCount + sessionCount() + TrailingColumnCount;
}

QVariant AttendanceMatrixModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ReportPerson &person = m_report->people[std::size_t(index.row())];
    const int column = index.column();
    const bool raw = role == RawValueRole;
    if (role == ParticipantIdRole)
        return person.participantId;

    if (column < LeadingColumnCount) {
        if (role != Qt::DisplayRole && !raw && role != Qt::ToolTipRole)
            return {};
        switch (LeadingColumn(column)) {
        case Name:
            if (role == Qt::ToolTipRole)
                return person.preferredName.isEmpty() ? QVariant() : tr("Preferred name: %1").arg(person.preferredName);
            return person.reportName();
        case Sex: return raw ? QVariant(key(person.sex)) : QVariant(displayName(person.sex));
        case Country:
            return raw ? QVariant(person.country) : QVariant(person.country.isEmpty() ? QString() : countryName(person.country));
        case OrganizationType:
            return raw ? QVariant(key(person.organizationType)) : QVariant(displayName(person.organizationType));
        case EnterpriseSize: return raw ? QVariant(key(person.size)) : QVariant(displayName(person.size));
        case LeadingColumnCount: break;
        }
        return {};
    }

    const int sessionIndex = column - LeadingColumnCount;
    if (sessionIndex < sessionCount()) {
        const ReportEntry &entry = person.sessions[std::size_t(sessionIndex)];
        if (raw)
            return entry.seconds;
        if (role == Qt::DisplayRole)
            return entry.seen ? tr("%1 min · %2 %").arg(QLocale().toString(roundedMinutes(entry.seconds))).arg(entry.sharePercent)
                              : QStringLiteral("–");
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && entry.seen)
            return tr("Matched %1").arg(matchedHowName(entry.matchedHow));
        return {};
    }

    switch (TrailingColumn(sessionIndex - sessionCount())) {
    case TotalMinutes:
        if (raw)
            return person.seconds;
        if (role == Qt::DisplayRole)
            return QLocale().toString(roundedMinutes(person.seconds));
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Share:
        if (raw)
            return person.sharePercent;
        if (role == Qt::DisplayRole)
            return tr("%1 %").arg(person.sharePercent);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Status:
        if (raw)
            return key(person.status);
        if (role == Qt::DisplayRole)
            return displayName(person.status);
        // The word carries the meaning; the colour only helps the eye find the rows.
        if (const auto tone = completionTone(person.status)) {
            if (role == Qt::BackgroundRole)
                return statusBackground(*tone);
            if (role == Qt::ForegroundRole)
                return statusOnBackground(*tone);
        }
        return {};
    case TrailingColumnCount: break;
    }
    return {};
}

QVariant AttendanceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section < LeadingColumnCount) {
        switch (LeadingColumn(section)) {
        case Name: return tr("Name");
        case Sex: return tr("Sex");
        case Country: return tr("Country");
        case OrganizationType: return tr("Organization type");
        case EnterpriseSize: return tr("Enterprise size");
        case LeadingColumnCount: break;
        }
        return {};
    }
    const int sessionIndex = section - LeadingColumnCount;
    if (sessionIndex < sessionCount()) {
        const ReportSession &session = m_report->sessions[std::size_t(sessionIndex)];
        return role == Qt::ToolTipRole ? QVariant(session.title) : QVariant(tr("S%1").arg(sessionIndex + 1));
    }
    switch (TrailingColumn(sessionIndex - sessionCount())) {
    case TotalMinutes: return tr("Total minutes");
    case Share: return tr("Workshop share");
    case Status: return tr("Status");
    case TrailingColumnCount: break;
    }
    return {};
}

} // namespace sala
