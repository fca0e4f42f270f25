#pragma once
// One breakdown of the attendance report (by sex, country, organization type or enterprise size):
// counts of the enrolled, attendees, completers and participants with their percentages, and a
// total row.

#include "reports/attendancereport.h"

#include <QAbstractTableModel>

#include <memory>

namespace sala {

class BreakdownModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Group,
        Enrolled,
        Attended,
        AttendedShare,
        Completed,
        CompletedShare,
        Participated,
        ParticipatedShare,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit BreakdownModel(QObject *parent = nullptr);

    // Shows `report.breakdowns[index]`; the total is the last row.
    void setBreakdown(std::shared_ptr<const AttendanceReport> report, int index);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Breakdown *breakdown() const;

    std::shared_ptr<const AttendanceReport> m_report;
    int m_index = -1;
};

} // namespace sala
