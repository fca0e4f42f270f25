#pragma once
// Breakouts mode: every breakout activity of the session with its grouping, rooms, rounds, roles
// and broadcast texts; for the selected activity, its rooms round by round, generated from the
// roster, dragged, locked and re-solved, with the attribute mix and repeated pairs shown, and
// exported for Zoom, Teams and Meet. Every change is an undo command stored at once.

#include "commands/breakoutcommands.h"
#include "groups/breakoutsetstore.h"
#include "groups/rostergroups.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;
class QTreeWidget;

namespace sala {

class BreakoutRoomsModel;
class WorkshopContext;

class BreakoutsView final : public QWidget, public BreakoutRoomsTarget {
    Q_OBJECT
public:
    explicit BreakoutsView(WorkshopContext &context, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QTreeView *rooms() const { return m_rooms; }
    BreakoutRoomsModel *roomsModel() const { return m_model; }
    QLabel *status() const { return m_status; }
    QComboBox *roundBox() const { return m_round; }
    QComboBox *lateArrivalBox() const { return m_late; }

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

    bool applyBreakoutSet(qint64 activityId, const BreakoutSet &set) override;

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
    const Activity *activity() const;
    QStringList balance() const;
    std::vector<GroupRound> currentRounds() const;
    void report(const QString &message, bool problem);

    bool m_stale = true;
    WorkshopContext &m_context;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_heading;
    QComboBox *m_round;
    QPushButton *m_generate;
    QPushButton *m_resolve;
    std::vector<std::pair<QString, QCheckBox *>> m_balance;
    QLabel *m_stats;
    QTreeView *m_rooms;
    BreakoutRoomsModel *m_model;
    QComboBox *m_late;
    QPushButton *m_place;
    QPushButton *m_export;
    QLabel *m_status;

    int m_activityRow = -1;
    qint64 m_activityId = 0;
    BreakoutSet m_set;
    RosterProblem m_problem;
    QStringList m_notes;  // from the last solve
};

// Rooms needed for `people` with groups of `groupSize` (or exactly `groupCount` groups).
int roomsNeeded(int people, int groupSize, int groupCount);

} // namespace sala
