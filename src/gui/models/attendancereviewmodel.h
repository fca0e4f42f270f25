#pragma once
// The people an attendance import names, one row each, with what Sala found and what the trainer
// decided: matched (with the reason), proposed (a similar name to confirm), not matched, picked,
// added to the roster or ignored. Rows needing a decision come first.

#include "attendance/attendanceimport.h"

#include <QAbstractTableModel>

#include <map>
#include <vector>

namespace sala {

class AttendanceReviewModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Email, Minutes, Status, Participant, Reason, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // key, address, seconds, ReviewStatus, participant id, reason
        IdentityKeyRole,
    };
    // What the row comes to once imported.
    enum class ReviewStatus { Matched, Proposed, NotMatched, Picked, Added, Ignored };

    explicit AttendanceReviewModel(QObject *parent = nullptr);

    // The people of the import and the roster's names by participant id. Decisions already taken
    // for the same identity keys are kept.
    void reset(std::vector<AttendanceReviewItem> items, std::map<qint64, QString> rosterNames);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const AttendanceReviewItem &item(int row) const { return m_items[std::size_t(row)]; }
    IdentityDecision decision(int row) const;
    void setDecision(int row, IdentityDecision decision);
    ReviewStatus status(int row) const;
    int rowOfKey(const QString &key) const;

    const std::map<QString, IdentityDecision> &decisions() const { return m_decisions; }
    // "7 people: 4 matched, 1 proposed, 2 not matched": the summary under the table.
    QString summary() const;

    static QString statusName(ReviewStatus status);

private:
    static bool needsReview(ReviewStatus status)
    {
        return status == ReviewStatus::Proposed || status == ReviewStatus::NotMatched;
    }
    qint64 participantOf(int row) const;

    std::vector<AttendanceReviewItem> m_items;
    std::map<qint64, QString> m_rosterNames;
    std::map<QString, IdentityDecision> m_decisions; // by identity key; kept across re-reads of the files
};

} // namespace sala
