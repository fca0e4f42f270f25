#pragma once
// Finishing the review of attendance already imported: the people a session's stored imports left
// unmatched, matched again against the roster as it is now, with the same columns and choices as
// the import's review (confirm, pick someone, add to the roster, ignore). Each choice is saved at
// once as one step on the undo stack, so the reports change while the dialog is open.

#include "attendance/identitymatch.h"
#include "attendance/storedreview.h"

#include <QDialog>

#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace sala {

class AttendanceReviewModel;
class WorkshopContext;

class AttendanceReviewDialog final : public QDialog {
    Q_OBJECT
public:
    AttendanceReviewDialog(WorkshopContext &context, qint64 sessionId, QWidget *parent = nullptr);
    ~AttendanceReviewDialog() override;

    qint64 sessionId() const { return m_sessionId; }
    void showSession(qint64 sessionId);
    // Reads the waiting people and the roster again, keeping the selection where it can.
    void reload();

    // The choices on the selected person, each saved as one undo step; false when nothing was
    // saved (the reason went to the context's error report).
    bool confirmOrPickSelected();
    bool addSelectedToRoster();
    bool ignoreSelected();
    // Applies every e-mail, alias and name match Sala finds now, as one undo step.
    bool applyFoundMatches();

    QComboBox *sessionPicker() const { return m_sessionPicker; }
    QTableView *reviewTable() const { return m_review; }
    AttendanceReviewModel *reviewModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *candidateList() const { return m_candidates; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *applyFoundButton() const { return m_applyFound; }
    QPushButton *undoButton() const { return m_undo; }
    // The stored review items in the table's order of keys.
    const std::vector<StoredReviewItem> &items() const { return m_items; }

private:
    void refillSessions();
    void refillCandidates();
    void updateState();
    int selectedRow() const;
    const StoredReviewItem *storedOf(int row) const;
    bool push(std::vector<StoredDecision> decisions, const QString &text);

    WorkshopContext &m_context;
    qint64 m_sessionId;
    IdentityMatcher m_matcher;
    std::map<qint64, QString> m_rosterNames;
    std::vector<StoredReviewItem> m_items;

    QComboBox *m_sessionPicker;
    QLabel *m_intro;
    AttendanceReviewModel *m_model;
    QTableView *m_review;
    QLineEdit *m_search;
    QListWidget *m_candidates;
    QPushButton *m_match;
    QPushButton *m_add;
    QPushButton *m_ignore;
    QPushButton *m_applyFound;
    QPushButton *m_undo;
    QLabel *m_summary;
};

// Opens the review of the session's stored imports (Reports calls this).
void openAttendanceReview(WorkshopContext &context, qint64 sessionId, QWidget *parent);

} // namespace sala
