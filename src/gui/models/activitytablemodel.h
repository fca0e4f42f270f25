#pragma once
// The current session's activities as a table: clock times in both zones, minutes, kind and the
// running total. Read from the WorkshopContext; refreshed when the session changes.

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

    const Schedule &schedule() const { return m_schedule; }

private:
    void reload();

    WorkshopContext &m_context;
    Schedule m_schedule;
};

} // namespace sala
