#include "models/breakoutroomsmodel.h"

#include "statuscolors.h"
#include <QBrush>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>
#include <QPalette>
#include <QTimer>

namespace sala {

QString BreakoutRoomsModel::mimeType()
{
    return QStringLiteral("application/x-sala-breakout-people");
}

BreakoutRoomsModel::BreakoutRoomsModel(QObject *parent) : QAbstractItemModel(parent) {}

void BreakoutRoomsModel::setSnapshot(BreakoutRoomsSnapshot snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

QModelIndex BreakoutRoomsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_snapshot.rooms.size()) ? createIndex(row, column, roomTag) : QModelIndex();
    if (parent.internalId() != roomTag || parent.row() >= int(m_snapshot.rooms.size()))
        return {};
    if (row >= int(m_snapshot.rooms[std::size_t(parent.row())].people.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex BreakoutRoomsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == roomTag)
        return {};
    return createIndex(int(child.internalId() - 1), 0, roomTag);
}

int BreakoutRoomsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_snapshot.rooms.size());
    if (parent.column() != 0 || parent.internalId() != roomTag)
        return 0;
    return int(m_snapshot.rooms[std::size_t(parent.row())].people.size());
}

int BreakoutRoomsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant BreakoutRoomsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (index.internalId() == roomTag) {
        const BreakoutRoomsSnapshot::Room &room = m_snapshot.rooms[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Name)
                return tr("%1 (%n people)", nullptr, int(room.people.size())).arg(room.name);
            return room.mix;
        case Qt::EditRole: return index.column() == Name ? QVariant(room.name) : QVariant();
        case Qt::CheckStateRole: return index.column() == Name ? QVariant(room.locked ? Qt::Checked : Qt::Unchecked) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ToolTipRole:
            return room.locked ? tr("Locked: re-solving keeps everyone in this room") : tr("Tick to lock the room");
        case RawValueRole: return index.row();
        case IsRoomRole: return true;
        case RepeatedRole: return false;
        default: return {};
        }
    }
    const BreakoutRoomsSnapshot::Person &person =
        m_snapshot.rooms[std::size_t(index.internalId() - 1)].people[std::size_t(index.row())];
    const bool repeated = !person.metAgain.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return repeated ? tr("%1 — meets again").arg(person.name) : person.name;
        return person.details;
    case Qt::CheckStateRole: return index.column() == Name ? QVariant(person.locked ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ForegroundRole:
        // Dark red reads on both the normal and the alternate row colour.
        return repeated ? QVariant(QBrush(statusText(StatusTone::Problem))) : QVariant();
    case Qt::ToolTipRole:
        return repeated ? tr("Has met %1 before").arg(person.metAgain.join(QStringLiteral(", ")))
                        : (person.locked ? tr("Locked: re-solving keeps this person here") : QString());
    case RawValueRole: return person.index;
    case IsRoomRole: return false;
    case RepeatedRole: return repeated;
    default: return {};
    }
}

QVariant BreakoutRoomsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Room and people (tick to lock)");
    case Details: return tr("Mix");
    default: return {};
    }
}

Qt::ItemFlags BreakoutRoomsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    if (index.internalId() == roomTag)
        return index.column() == Name ? flags | Qt::ItemIsEditable : flags;
    return flags | Qt::ItemIsDragEnabled;
}

bool BreakoutRoomsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != Name)
        return false;
    const bool isRoom = index.internalId() == roomTag;
    if (role == Qt::CheckStateRole) {
        const bool locked = value.toInt() == Qt::Checked;
        if (isRoom) {
            const int room = index.row();
            QTimer::singleShot(0, this, [this, room, locked] { Q_EMIT roomLockRequested(room, locked); });
        } else {
            const int person = index.data(RawValueRole).toInt();
            QTimer::singleShot(0, this, [this, person, locked] { Q_EMIT personLockRequested(person, locked); });
        }
        return true;
    }
    if (role == Qt::EditRole && isRoom) {
        const QString name = value.toString().trimmed();
        const int room = index.row();
        QTimer::singleShot(0, this, [this, room, name] { Q_EMIT renameRequested(room, name); });
        return true;
    }
    return false;
}

QMimeData *BreakoutRoomsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> people;
    for (const QModelIndex &index : indexes)
        if (index.isValid() && index.column() == Name && index.internalId() != roomTag)
            people << index.data(RawValueRole).toInt();
    if (people.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << people;
    data->setData(mimeType(), bytes);
    return data;
}

int BreakoutRoomsModel::targetRoom(int row, const QModelIndex &parent) const
{
    if (parent.isValid())
        return parent.internalId() == roomTag ? parent.row() : int(parent.internalId() - 1);
    return row >= 0 && row < int(m_snapshot.rooms.size()) ? row : -1;
}

bool BreakoutRoomsModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                         const QModelIndex &parent) const
{
    return data && data->hasFormat(mimeType()) && (action == Qt::MoveAction || action == Qt::CopyAction)
           && targetRoom(row, parent) >= 0;
}

bool BreakoutRoomsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<int> people;
    QDataStream stream(data->data(mimeType()));
    stream >> people;
    const int room = targetRoom(row, parent);
    if (people.isEmpty())
        return false;
    QTimer::singleShot(0, this, [this, people, room] { Q_EMIT moveRequested(people, room); });
    // Nothing is removed by the view: the move arrives as new rooms through the undo command.
    return false;
}

} // namespace sala
