#pragma once
// The participants × sessions table of the attendance report: one row per person, the minutes and
// share of each session, the workshop total, share and completion status (in words, with a
// colour behind it).

#include "reports/attendancereport.h"
#include "statuscolors.h"

#include <QAbstractTableModel>
#include <QColor>

#include <memory>
#include <optional>

namespace sala {

class AttendanceMatrixModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // Columns before the sessions; then one column per session; then TrailingColumn.
    enum LeadingColumn { Name, Sex, Country, OrganizationType, EnterpriseSize, LeadingColumnCount };
    enum TrailingColumn { TotalMinutes, Share, Status, TrailingColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // seconds, percentages and status keys, for sorting and tests
        ParticipantIdRole,
    };

    explicit AttendanceMatrixModel(QObject *parent = nullptr);

    void setReport(std::shared_ptr<const AttendanceReport> report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The column of session `index`, and of a trailing column.
    int sessionColumn(int sessionIndex) const { return LeadingColumnCount + sessionIndex; }
    int trailingColumn(TrailingColumn column) const { return LeadingColumnCount + sessionCount() + column; }

private:
    int sessionCount() const;

    std::shared_ptr<const AttendanceReport> m_report;
};

// The tone of a status's cell, shared by every table that shows one; none for the absent.
std::optional<StatusTone> completionTone(CompletionStatus status);

} // namespace sala
