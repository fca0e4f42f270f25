#pragma once
// One session of the attendance report: each person seen in it with minutes, share of the
// session, first join and last leave in the workshop's time zone, and how they were recognised.

#include "reports/attendancereport.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace sala {

class SessionAttendanceModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Minutes, Share, FirstJoin, LastLeave, Matched, CheckedIn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit SessionAttendanceModel(QObject *parent = nullptr);

    void setReport(std::shared_ptr<const AttendanceReport> report, int sessionIndex);
    int sessionIndex() const { return m_session; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const AttendanceReport> m_report;
    int m_session = -1;
    std::vector<const ReportPerson *> m_rows; // the people seen in the session
};

} // namespace sala
