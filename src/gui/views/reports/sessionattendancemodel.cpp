#include "views/reports/sessionattendancemodel.h"

#include "plan/schedule.h"

#include <QLocale>

namespace sala {

SessionAttendanceModel::SessionAttendanceModel(QObject *parent) : QAbstractTableModel(parent) {}

void SessionAttendanceModel::setReport(std::shared_ptr<const AttendanceReport> report, int sessionIndex)
{
    beginResetModel();
    m_report = std::move(report);
    m_session = m_report && sessionIndex >= 0 && sessionIndex < int(m_report->sessions.size()) ? sessionIndex : -1;
    m_rows.clear();
    if (m_session >= 0) {
        for (const ReportPerson &person : m_report->people) {
            if (person.sessions[std::size_t(m_session)].seen)
                m_rows.push_back(&person);
        }
    }
    endResetModel();
}

int SessionAttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionAttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionAttendanceModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ReportPerson &person = *m_rows[std::size_t(index.row())];
    const ReportEntry &entry = person.sessions[std::size_t(m_session)];
    const bool raw = role == RawValueRole;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Minutes || index.column() == Share)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && !raw)
        return {};
    const QTimeZone zone = m_report->zone();
    auto clock = [&](const std::optional<QDateTime> &when) -> QVariant {
        if (raw)
            return when ? QVariant(*when) : QVariant();
        return when ? clockTime(*when, zone) : QString();
    };
    switch (Column(index.column())) {
    case Name: return person.reportName();
    case Minutes: return raw ? QVariant(entry.seconds) : QVariant(QLocale().toString(roundedMinutes(entry.seconds)));
    case Share: return raw ? QVariant(entry.sharePercent) : QVariant(tr("%1 %").arg(entry.sharePercent));
    case FirstJoin: return clock(entry.firstJoin);
    case LastLeave: return clock(entry.lastLeave);
    case Matched: return raw ? QVariant(entry.matchedHow) : QVariant(matchedHowName(entry.matchedHow));
    case CheckedIn: return raw ? QVariant(entry.checkedInLive) : QVariant(entry.checkedInLive ? tr("yes") : tr("no"));
    case ColumnCount: break;
    }
    return {};
}

QVariant SessionAttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Minutes: return tr("Minutes");
    case Share: return tr("Share of the session");
    case FirstJoin: return tr("First join");
    case LastLeave: return tr("Last leave");
    case Matched: return tr("Matched");
    case CheckedIn: return tr("Checked in live");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sala
