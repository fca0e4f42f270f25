#pragma once
// Breakouts mode: every breakout activity of the session with its grouping, rooms, rounds, roles
// and broadcast texts; for the selected activity, its rooms round by round, generated from the
// roster (without people left out of the session or erased, and optionally only those checked
// in), dragged or moved from the keyboard, locked and re-solved, with the attribute mix and
// repeated pairs shown, exported for Zoom, Teams and Meet and printed. Every change is an undo
// command stored at once.

#include "groups/breakoutsetstore.h"
#include "groups/rostergroups.h"
#include "livebreakouts.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace sala {

class BreakoutRoomsModel;
class WorkshopContext;
struct RoomsSheet;

class BreakoutsView final : public QWidget {
    Q_OBJECT
public:
    explicit BreakoutsView(WorkshopContext &context, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QTreeView *rooms() const { return m_rooms; }
    BreakoutRoomsModel *roomsModel() const { return m_model; }
    QLabel *status() const { return m_status; }
    QComboBox *roundBox() const { return m_round; }
    QComboBox *lateArrivalBox() const { return m_late; }
    QCheckBox *onlyCheckedInBox() const { return m_onlyCheckedIn; }
    // How many people are grouped, and why the others are not.
    QLabel *groupedLabel() const { return m_grouped; }
    QAction *moveToRoomAction() const { return m_moveTo; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

    // The activity at `row` of the session, if it has breakout settings.
    void selectActivity(int row);
    qint64 activityId() const { return m_activityId; }
    void setRound(int round);
    int round() const;
    const BreakoutSet &currentSet() const { return m_set; }
    const RosterProblem &problem() const { return m_problem; }
    void setBalanced(const QString &attribute, bool balanced);

    // Rooms for every round of the activity; re-solving keeps what is locked. False, with the
    // reason in the status line, when the roster cannot be grouped as asked.
    bool generate();
    bool resolve();
    void movePeople(const QList<int> &people, int room);
    // The people selected in the rooms (problem indices), else the current person.
    QList<int> selectedPeople() const;
    void selectPeople(const QList<int> &people);
    void moveSelectedToRoom(int room);
    // Alt+Up, Alt+Down: each selected person to the room before or after their own.
    void moveSelectedBy(int step);
    // The rooms of the shown round to move the selection to; M shows it at the current person.
    QMenu *moveMenu(QWidget *parent);
    void setPersonLocked(int person, bool locked);
    void setRoomLocked(int room, bool locked);
    void renameRoom(int room, const QString &name);
    // Puts a person who arrived late into the room Sala suggests for the shown round.
    bool placeLateArrival(qint64 participantId);
    void saveHomeGroups();
    bool useHomeGroups();

    QString roomListText() const;
    void copyRoomList();
    bool saveRoomList();
    // Zoom's pre-assignment CSV for the shown round, to a file chosen through FileDialog.
    bool exportZoomCsv();
    // Every round of the activity as a printable PDF, to a file chosen through FileDialog.
    RoomsSheet roomsSheet() const;
    bool printRoomsPdf();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    // Plan edits happen in another mode; the list is rebuilt when it is next shown.
    void markStale();
    void activitySelected();
    void refreshRooms();
    void showRound();
    bool solve(bool keepLocks);
    void change(BreakoutSet after, const QString &text);
    void moveEach(const std::vector<std::pair<int, int>> &moves); // (person, room)
    void roomsChanged(qint64 activityId);
    void showMoveMenu();
    void showRoomsMenu(const QPoint &at);
    void updateGroupedText();
    const Activity *activity() const;
    QStringList balance() const;
    std::vector<GroupRound> currentRounds() const;
    void report(const QString &message, bool problem);

    bool m_stale = true;
    WorkshopContext &m_context;
    LiveBreakouts &m_breakouts;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_heading;
    QComboBox *m_round;
    QPushButton *m_generate;
    QPushButton *m_resolve;
    std::vector<std::pair<QString, QCheckBox *>> m_balance;
    QCheckBox *m_onlyCheckedIn;
    QLabel *m_grouped;
    QLabel *m_stats;
    QTreeView *m_rooms;
    BreakoutRoomsModel *m_model;
    QComboBox *m_late;
    QPushButton *m_place;
    QPushButton *m_export;
    QLabel *m_status;
    QAction *m_moveTo;
    QAction *m_moveUp;
    QAction *m_moveDown;

    int m_activityRow = -1;
    qint64 m_activityId = 0;
    BreakoutSet m_set;
    RosterProblem m_problem;
    QStringList m_notes; // from the last solve
    // "Only people checked in" follows the session's check-ins until the user sets it.
    qint64 m_checkedInChoiceSession = 0;
    PeopleToGroup m_who;
};

// Rooms needed for `people` with groups of `groupSize` (or exactly `groupCount` groups).
int roomsNeeded(int people, int groupSize, int groupCount);

} // namespace sala
