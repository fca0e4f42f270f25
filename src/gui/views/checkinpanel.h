#pragma once
// Live check-in for a co-facilitator: type a few letters of any name, alias or email, press
// Enter, and the person is present with the time. Late, left and rejoined are one key each, a
// walk-in is added on the spot, and a ready-to-paste catch-up message greets latecomers. Works
// from the keyboard alone; every action is an undo step on the workshop's undo stack.
//
// A self-contained widget: place it in any mode (Run mode's side panel is meant for it) with
// `new CheckInPanel(context, parent)`; it follows the context's workshop and session.

#include "roster/attendance.h"
#include "roster/checkinsearch.h"

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sala {

class LiveRoster;
class WorkshopContext;
struct Participant;

class CheckInPanel final : public QWidget {
    Q_OBJECT
public:
    explicit CheckInPanel(WorkshopContext &context, QWidget *parent = nullptr);

    // Where the time comes from (UTC); the system clock unless a test or the run says otherwise.
    void setClock(std::function<QDateTime()> utcNow);
    // The activity running now when the run knows it; without one the plan's clock times decide.
    void setCurrentActivity(std::optional<int> index);
    // From this many minutes after the planned start an arrival is marked late (default 10).
    void setLateAfterMinutes(int minutes);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *statusLabel() const { return m_status; }
    QPlainTextEdit *catchUpBox() const { return m_catchUp; }

    // Enter: the selected person arrives (late after the grace period), or rejoins after leaving.
    void checkInSelected();
    // Ctrl+L, Ctrl+D, Ctrl+R: the selected person is late, has left, has rejoined.
    void markSelected(AttendanceKind kind);
    // Ctrl+Enter, or Enter on the last row: adds the typed name as a walk-in, present now.
    void addWalkIn();
    // Ctrl+M: the catch-up message for the selected person (or anyone), also on the clipboard.
    QString showCatchUp();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildIndex();
    void refreshResults();
    void updateCounts();
    QString describe(const Participant &p) const;
    qint64 selectedId() const;
    QDateTime now() const;
    void record(qint64 participantId, AttendanceKind kind);
    void done(const QString &message);

    WorkshopContext &m_context;
    LiveRoster &m_roster;
    std::function<QDateTime()> m_clock;
    std::optional<int> m_currentActivity;
    int m_lateAfterMinutes = 10;
    CheckInIndex m_index;
    QLabel *m_title;
    QLabel *m_counts;
    QLineEdit *m_search;
    QListWidget *m_results;
    QLabel *m_status;
    QPlainTextEdit *m_catchUp;
    QPushButton *m_catchUpButton;
};

} // namespace sala
