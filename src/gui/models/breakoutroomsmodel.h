#pragma once
// The rooms of one breakout round as a tree: rooms at the top, their people under them. Rooms show
// their attribute mix and can be renamed and locked; people can be locked and dragged to another
// room, and those who meet someone again are marked. The model only asks for changes (signals);
// the view turns each into an undo command and hands the model the new rooms.

#include <QAbstractItemModel>
#include <QStringList>

#include <vector>

namespace sala {

struct BreakoutRoomsSnapshot {
    struct Person {
        int index = -1; // index into the breakout problem
        qint64 id = 0;  // participant id
        QString name;
        QString details; // country, sex, sector
        bool locked = false;
        QStringList metAgain; // names of people in the room this person has met before
    };
    struct Room {
        QString name;
        QString mix; // attribute mix, e.g. "KH 2 · TH 2 · F 3 · M 1"
        bool locked = false;
        std::vector<Person> people;
    };
    std::vector<Room> rooms;
};

class BreakoutRoomsModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { Name, Details, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // room number, or the person's problem index
        IsRoomRole,
        RepeatedRole, // true for a person who meets someone in the room again
    };
    static QString mimeType();

    explicit BreakoutRoomsModel(QObject *parent = nullptr);

    void setSnapshot(BreakoutRoomsSnapshot snapshot);
    const BreakoutRoomsSnapshot &snapshot() const { return m_snapshot; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {mimeType()}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    // Emitted after the current event, so that the view is done with its indexes when the rooms change.
    void moveRequested(const QList<int> &people, int room);
    void personLockRequested(int person, bool locked);
    void roomLockRequested(int room, bool locked);
    void renameRequested(int room, const QString &name);

private:
    static constexpr quintptr roomTag = 0; // internal id of room rows; people carry room + 1
    int targetRoom(int row, const QModelIndex &parent) const;

    BreakoutRoomsSnapshot m_snapshot;
};

} // namespace sala
