#include "models/activitytablemodel.h"

#include "domain/names.h"
#include "kindstyle.h"
#include "workshopcontext.h"

namespace sala {

ActivityTableModel::ActivityTableModel(WorkshopContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    connect(&m_context, &WorkshopContext::sessionChanged, this, &ActivityTableModel::reload);
    reload();
}

void ActivityTableModel::reload()
{
    beginResetModel();
    const Session *session = m_context.session();
    m_schedule = session ? computeSchedule(*session, m_context.primaryZone()) : Schedule{};
    endResetModel();
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    const Session *session = m_context.session();
    return session ? int(session->activities.size()) : 0;
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Session *session = m_context.session();
    if (!session || std::size_t(index.row()) >= m_schedule.activities.size())
        return {};
    const Activity &activity = session->activities[std::size_t(index.row())];
    const ScheduledActivity &slot = m_schedule.activities[std::size_t(index.row())];
    const QTimeZone secondZone = m_context.secondaryZone();

    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (Column(index.column())) {
        case Number: return index.row() + 1;
        case Start:
            return tr("%1–%2").arg(clockTime(slot.start, m_context.primaryZone()), clockTime(slot.end, m_context.primaryZone()));
        case SecondStart:
            return secondZone.isValid() ? tr("%1–%2").arg(clockTime(slot.start, secondZone), clockTime(slot.end, secondZone))
                                        : QString();
        case Minutes: return activity.plannedMinutes;
        case Kind: return displayName(activity.kind);
        case Title: return activity.title;
        case RunningTotal: return tr("%n min", nullptr, slot.minutesFromStart);
        case ColumnCount: break;
        }
        return {};
    }
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case Number: return index.row();
        case Start:
        case SecondStart: return slot.start;
        case Minutes: return activity.plannedMinutes;
        case Kind: return int(activity.kind);
        case Title: return activity.title;
        case RunningTotal: return slot.minutesFromStart;
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == Kind)
        return kindIcon(activity.kind);
    if (role == Qt::TextAlignmentRole && (index.column() == Minutes || index.column() == Number || index.column() == RunningTotal))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title && !activity.objective.isEmpty())
        return activity.objective;
    return {};
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const Session *session = m_context.session();
    const QDateTime at = session ? QDateTime(session->date, session->plannedStart, m_context.primaryZone())
                                 : QDateTime::currentDateTime();
    switch (Column(section)) {
    case Number: return tr("#");
    case Start: return tr("Time (%1)").arg(zoneAbbreviation(m_context.primaryZone(), at));
    case SecondStart:
        return m_context.secondaryZone().isValid() ? tr("Time (%1)").arg(zoneAbbreviation(m_context.secondaryZone(), at))
                                                   : tr("Second zone");
    case Minutes: return tr("Min");
    case Kind: return tr("Kind");
    case Title: return tr("Activity");
    case RunningTotal: return tr("Elapsed");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sala
