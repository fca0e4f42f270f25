#pragma once
// Who earned a certificate: completion first, then participation, each by name, with their share
// of the workshop and the hours counted.

#include "reports/attendancereport.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace sala {

class CertificateListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Certificate, Share, Hours, Country, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit CertificateListModel(QObject *parent = nullptr);

    void setReport(std::shared_ptr<const AttendanceReport> report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const AttendanceReport> m_report;
    std::vector<const ReportPerson *> m_rows;
};

} // namespace sala
