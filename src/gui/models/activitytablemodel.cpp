#include "models/activitytablemodel.h"

#include "commands/plancommands.h"
#include "domain/names.h"
#include "kindstyle.h"
#include "workshopcontext.h"

#include <QMimeData>

namespace sala {
namespace {
const QString rowMimeType = QStringLiteral("application/x-sala-activity-row");
}

ActivityTableModel::ActivityTableModel(WorkshopContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    connect(&m_context, &WorkshopContext::sessionChanged, this, &ActivityTableModel::reload);
    connect(&m_context, &WorkshopContext::workshopFieldsChanged, this, &ActivityTableModel::reload);
    connect(&m_context, &WorkshopContext::sessionFieldsChanged, this, [this](int session) {
        if (session == m_session)
            refreshTimesFrom(0);
    });
    connect(&m_context, &WorkshopContext::activityChanged, this, [this](int session, int row) {
        if (session != m_session)
            return;
        m_activities[std::size_t(row)] = *m_context.activity(session, row);
        refreshTimesFrom(row);
    });
    connect(&m_context, &WorkshopContext::activityInserted, this, [this](int session, int row) {
        if (session != m_session)
            return;
        beginInsertRows({}, row, row);
        m_activities.insert(m_activities.begin() + row, *m_context.activity(session, row));
        endInsertRows();
        refreshTimesFrom(row);
    });
    connect(&m_context, &WorkshopContext::activityRemoved, this, [this](int session, int row) {
        if (session != m_session)
            return;
        beginRemoveRows({}, row, row);
        m_activities.erase(m_activities.begin() + row);
        endRemoveRows();
        refreshTimesFrom(row);
    });
    connect(&m_context, &WorkshopContext::activityMoved, this, [this](int session, int from, int to) {
        if (session != m_session)
            return;
        // Qt counts the destination before the move: moving down lands one past the target.
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
        Activity moving = std::move(m_activities[std::size_t(from)]);
        m_activities.erase(m_activities.begin() + from);
        m_activities.insert(m_activities.begin() + to, std::move(moving));
        endMoveRows();
        refreshTimesFrom(std::min(from, to));
    });
    reload();
}

void ActivityTableModel::reload()
{
    beginResetModel();
    m_session = m_context.sessionIndex();
    const Session *session = m_context.session();
    m_activities = session ? session->activities : std::vector<Activity>{};
    m_schedule = session ? computeSchedule(*session, m_context.primaryZone()) : Schedule{};
    endResetModel();
}

void ActivityTableModel::refreshTimesFrom(int row)
{
    const Session *session = m_context.session();
    m_schedule = session ? computeSchedule(*session, m_context.primaryZone()) : Schedule{};
    if (!m_activities.empty() && row < int(m_activities.size()))
        Q_EMIT dataChanged(index(std::max(row, 0), 0), index(int(m_activities.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, Start, SecondStart);
}

const Activity &ActivityTableModel::activityAt(int row) const
{
    return m_activities[std::size_t(row)];
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    if (std::size_t(index.row()) >= m_schedule.activities.size())
        return {};
    const Activity &activity = activityAt(index.row());
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
    if (role == Qt::EditRole) {
        if (index.column() == Minutes)
            return activity.plannedMinutes;
        if (index.column() == Title)
            return activity.title;
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
    if (role == Qt::ToolTipRole) {
        if (index.column() == Minutes)
            return tr("Type new minutes, or press + and − (Ctrl for 5 minutes)");
        if (index.column() == Title && !activity.objective.isEmpty())
            return activity.objective;
    }
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

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == Minutes || index.column() == Title)
        result |= Qt::ItemIsEditable;
    return result;
}

bool ActivityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Activity edited = activityAt(index.row());
    ActivityField field = ActivityField::Whole;
    if (index.column() == Minutes) {
        bool ok = false;
        const int minutes = value.toInt(&ok);
        if (!ok || minutes < 0 || minutes > 600 || minutes == edited.plannedMinutes)
            return false;
        edited.plannedMinutes = minutes;
        edited.minimumMinutes = std::min(edited.minimumMinutes, minutes);
        field = ActivityField::Minutes;
    } else if (index.column() == Title) {
        const QString title = value.toString().trimmed();
        if (title.isEmpty() || title == edited.title)
            return false;
        edited.title = title;
        field = ActivityField::Title;
    } else {
        return false;
    }
    m_context.undoStack()->push(new EditActivityCommand(m_context, m_session, index.row(), edited, field));
    return true;
}

Qt::DropActions ActivityTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList ActivityTableModel::mimeTypes() const
{
    return {rowMimeType};
}

QMimeData *ActivityTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(rowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool ActivityTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return action == Qt::MoveAction && data && data->hasFormat(rowMimeType);
}

bool ActivityTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    const int from = data->data(rowMimeType).toInt();
    // Dropped on a row: take its place; between rows: before `row`; below the last: at the end.
    int target = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (target > from)
        --target;
    target = std::clamp(target, 0, rowCount() - 1);
    if (target != from)
        m_context.undoStack()->push(new MoveActivityCommand(m_context, m_session, from, target));
    // The move is done through the undo command; returning false keeps the view from also
    // removing the dragged row as it would after an ordinary move.
    return false;
}

} // namespace sala
