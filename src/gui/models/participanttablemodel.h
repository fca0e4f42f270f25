#pragma once
// The open workshop's roster as a table, names exactly as written. Cells edit in place; each
// edit is an undo command stored at once. Erased people stay as anonymous rows, so counts match
// past reports.

#include "roster/sizeclass.h"

#include <QAbstractTableModel>

#include <vector>

namespace sala {

class LiveRoster;
struct Participant;

class ParticipantTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        PreferredName,
        Role, // participant, facilitator, interpreter or observer in this workshop
        Email,
        Phone,
        Organization,
        OrganizationType,
        Country,
        Sex,
        AgeBand,
        Employees,
        SizeClass,
        Sector,
        Consent,
        Expected,   // expected at the current session
        Attendance, // check-in state at the current session
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1,
        SearchTextRole,
        ChoicesRole, // display names an enumerated column can take, in order; edit with the index
        ParticipantIdRole,
    };

    explicit ParticipantTableModel(LiveRoster &roster, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Participant &participantAt(int row) const;
    // The enterprise size rules changed (they are edited in their own dialog).
    void reloadSizeRules();

private:
    LiveRoster &m_roster;
    std::vector<SizeRule> m_rules;
};

} // namespace sala
