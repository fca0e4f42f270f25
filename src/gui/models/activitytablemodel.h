#pragma once
// The current session's activities as a table: clock times in both zones, minutes, kind and the
// running total. Minutes and titles are edited in place and rows can be dragged to a new place;
// every such edit becomes an undo command. The model keeps a snapshot of the session so that
// Qt's begin/end notifications always describe the data the view sees.

#include "plan/schedule.h"

#include <QAbstractTableModel>

namespace sala {

class WorkshopContext;

class ActivityTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Start, SecondStart, Minutes, Kind, Title, RunningTotal, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit ActivityTableModel(WorkshopContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    const Schedule &schedule() const { return m_schedule; }

private:
    void reload();
    void refreshTimesFrom(int row);
    const Activity &activityAt(int row) const;

    WorkshopContext &m_context;
    int m_session = -1;
    std::vector<Activity> m_activities;
    Schedule m_schedule;
};

} // namespace sala
