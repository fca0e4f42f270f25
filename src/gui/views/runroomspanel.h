#pragma once
// Run mode's rooms: while a breakout activity runs, the rooms of the round under way with their
// people by preferred name, marking who has checked out, and the people in the call who are in no
// room yet. One action (P) places such a person in the room Sala suggests, stored at once and
// undoable like any edit. Without saved rooms it offers to open Breakouts mode.

#include "groups/breakoutsetstore.h"
#include "groups/rostergroups.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTextBrowser;

namespace sala {

class LiveBreakouts;
class LiveRoster;
class WorkshopContext;

class RunRoomsPanel final : public QWidget {
    Q_OBJECT
public:
    // On the rows of people in no room: their participant id, and the room Sala suggests.
    static constexpr int participantRole = Qt::UserRole + 1;
    static constexpr int suggestedRoomRole = Qt::UserRole + 2;

    explicit RunRoomsPanel(WorkshopContext &context, QWidget *parent = nullptr);

    // The run moved on: the running activity (its index in the session, -1 for none) and the
    // round under way (from 0). Cheap when nothing changed; it is called every displayed second.
    void setRun(int activityIndex, int round);
    // Whether the running activity is a breakout activity, so the panel has something to show.
    bool hasBreakout() const { return m_activityId != 0; }
    bool hasRooms() const { return !m_rounds.empty(); }

    // Looks at another round; the panel follows the run again when the run's round changes.
    void showRound(int round);
    int shownRound() const { return m_shown; }
    int runRound() const { return m_runRound; }

    // The people in the call but in no room of the shown round (participant ids, in list order).
    QList<qint64> unplaced() const;
    qint64 selectedUnplaced() const;
    void selectUnplaced(qint64 participantId);
    // The room Sala suggests for someone in no room, -1 when there is none.
    int suggestedRoom(qint64 participantId) const;
    // Places the selected person (else the first in no room) in the suggested room.
    bool placeSelected();

    // People in the call but in no room of the shown round, with the room Sala suggests.
    QListWidget *waitingList() const { return m_waiting; }
    // Every room of the shown round with its people.
    QTextBrowser *roomsText() const { return m_roomsText; }
    QComboBox *roundBox() const { return m_round; }
    QPushButton *placeButton() const { return m_place; }
    QLabel *suggestionLabel() const { return m_suggestion; }
    QPushButton *openBreakoutsButton() const { return m_openBreakouts; }
    QLabel *emptyLabel() const { return m_empty; }

Q_SIGNALS:
    void openBreakoutsRequested(int activityIndex);
    // Something worth telling the facilitator, such as where a person was placed.
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Reads the rooms and the people again.
    void rebuild();
    void markStale();
    void fill();
    void updateSuggestion();
    QString nameOf(int person) const;

    WorkshopContext &m_context;
    LiveBreakouts &m_breakouts;
    LiveRoster &m_live;
    QLabel *m_heading;
    QComboBox *m_round;
    QStackedWidget *m_pages;
    QLabel *m_waitingLabel;
    QListWidget *m_waiting;
    QTextBrowser *m_roomsText;
    QPushButton *m_place;
    QLabel *m_suggestion;
    QLabel *m_empty;
    QPushButton *m_openBreakouts;

    bool m_stale = true;
    int m_activityIndex = -1;
    qint64 m_activityId = 0;
    int m_runRound = 0;
    int m_pinnedRound = -1; // the round the facilitator chose to look at, -1 to follow the run
    int m_shown = 0;
    BreakoutSet m_set;
    RosterProblem m_problem;
    std::vector<GroupRound> m_rounds;
    QString m_roomsHtml; // as last shown
};

} // namespace sala
