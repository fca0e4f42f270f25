#pragma once
// The current workshop's roster as a table. Names are shown exactly as written.

#include <QAbstractTableModel>

namespace sala {

class WorkshopContext;

class ParticipantTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, PreferredName, Country, Sex, Organization, OrganizationType, Sector, Employees, Consent, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, SearchTextRole };

    explicit ParticipantTableModel(WorkshopContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    WorkshopContext &m_context;
};

} // namespace sala
