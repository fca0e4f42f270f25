#include "views/reports/breakdownmodel.h"

#include <QFont>
#include <QLocale>

namespace sala {

BreakdownModel::BreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

void BreakdownModel::setBreakdown(std::shared_ptr<const AttendanceReport> report, int index)
{
    beginResetModel();
    m_report = std::move(report);
    m_index = m_report && index >= 0 && index < int(m_report->breakdowns.size()) ? index : -1;
    endResetModel();
}

const Breakdown *BreakdownModel::breakdown() const
{
    return m_index >= 0 ? &m_report->breakdowns[std::size_t(m_index)] : nullptr;
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    const Breakdown *b = breakdown();
    return parent.isValid() || !b ? 0 : int(b->rows.size()) + 1;
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Breakdown &b = *breakdown();
    const bool total = index.row() == int(b.rows.size());
    const BreakdownRow &row = total ? b.total : b.rows[std::size_t(index.row())];
    if (role == Qt::FontRole && total) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Group)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const bool raw = role == RawValueRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    auto count = [&](int value) { return raw ? QVariant(value) : QVariant(QLocale().toString(value)); };
    auto share = [&](int value) { return raw ? QVariant(value) : QVariant(tr("%1 %").arg(value)); };
    switch (Column(index.column())) {
    case Group: return raw ? QVariant(row.key) : QVariant(row.label);
    case Enrolled: return count(row.enrolled);
    case Attended: return count(row.attended);
    case AttendedShare: return share(percentOf(row.attended, b.total.attended));
    case Completed: return count(row.completed);
    case CompletedShare: return share(percentOf(row.completed, b.total.completed));
    case Participated: return count(row.participated);
    case ParticipatedShare: return share(percentOf(row.participated, b.total.participated));
    case ColumnCount: break;
    }
    return {};
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Group: return tr("Group");
    case Enrolled: return tr("Enrolled");
    case Attended: return tr("Attended");
    case AttendedShare: return tr("% of attendees");
    case Completed: return tr("Completed");
    case CompletedShare: return tr("% of completers");
    case Participated: return tr("Participated");
    case ParticipatedShare: return tr("% of participants");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sala
