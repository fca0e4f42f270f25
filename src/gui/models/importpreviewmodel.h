#pragma once
// The rows of a registration file as Sala read them, before anything is stored: each with its
// line number and either its problems or the person it duplicates.

#include "roster/rosterimport.h"

#include <QAbstractTableModel>

namespace sala {

class ImportPreviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Line, Status, Name, Email, Phone, Organization, Country, Sex, Consent, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, HasProblemRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPlan(const ImportPlan *plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const ImportPlan *m_plan = nullptr;
};

} // namespace sala
