#pragma once
// Run mode: the live panel. A large countdown of the current activity with its instructions and
// what comes next, the breakout round, its rooms and the broadcast that is due, a bar of the whole
// session, how far ahead or behind it is in both time zones, and the session's people. Everything
// works from the keyboard (F1 lists the keys); every action is written to the run log at once.

#include <QWidget>

class QAction;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace sala {

class LiveSession;
class PresenterWindow;
class RunHelpOverlay;
class RunRoomsPanel;
class SessionBar;
class TimerFace;
class WorkshopContext;
struct BroadcastCue;

class RunView final : public QWidget {
    Q_OBJECT
public:
    explicit RunView(WorkshopContext &context, QWidget *parent = nullptr);
    ~RunView() override;

    LiveSession &live() const { return *m_live; }
    QTreeWidget *rundown() const { return m_rundown; }
    TimerFace *face() const { return m_face; }
    SessionBar *sessionBar() const { return m_bar; }
    QLabel *driftLabel() const { return m_drift; }
    QLabel *broadcastLabel() const { return m_broadcastText; }
    QLabel *trimLabel() const { return m_trimText; }
    QWidget *helpOverlay() const;
    QLineEdit *timeLeftEditor() const { return m_timeLeftEditor; }
    // The rooms of the breakout activity under way; hidden while other activities run.
    RunRoomsPanel *roomsPanel() const { return m_roomsPanel; }
    // The people of the session; a check-in panel replaces the enrolled list through
    // setPeopleWidget() and receives the same place and title.
    QGroupBox *peopleBox() const { return m_peopleBox; }
    QListWidget *enrolledList() const { return m_enrolled; }
    void setPeopleWidget(QWidget *widget);

    // The presenter timer: created on first use, owned by this view.
    PresenterWindow *presenter();
    QAction *presenterAction() const { return m_presenterAction; }

    // What a key does in Run mode; false when it is not a Run-mode key. Public for tests and
    // for the presenter window, which forwards its keys here.
    bool handleKey(int key, Qt::KeyboardModifiers modifiers);
    void toggleHelp();

    void copyInstructions();
    void copyBroadcast();
    void applyTrim();
    // Says the time left of the running activity in the status line and to a screen reader.
    QString announceTimeLeft();
    void editTimeLeft();
    // P: the selected person without a room (else the first) into the suggested room.
    void placeInSuggestedRoom();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildRundown();
    void updateFromState();
    void updateRundownTimes();
    void updatePeople();
    void announceBroadcast(const BroadcastCue &cue);
    void showMessage(const QString &message);
    void commitTimeLeft();
    bool keysActiveFor(QObject *receiver) const;
    void openBreakouts(int activityIndex);

    WorkshopContext &m_context;
    LiveSession *m_live;
    PresenterWindow *m_presenter = nullptr;
    QAction *m_presenterAction;

    SessionBar *m_bar;
    TimerFace *m_face;
    QLabel *m_position;
    QLabel *m_title;
    QLabel *m_next;
    QLabel *m_round;
    QLabel *m_drift;
    QLabel *m_ends;
    QLabel *m_message;
    QPushButton *m_previousButton;
    QPushButton *m_pauseButton;
    QPushButton *m_nextButton;
    QPushButton *m_roomsButton;
    QPushButton *m_finishButton;
    QToolButton *m_moreButton;
    QLineEdit *m_timeLeftEditor;
    QWidget *m_trimBox;
    QLabel *m_trimText;
    QWidget *m_broadcastBox;
    QLabel *m_broadcastTitle;
    QLabel *m_broadcastText;
    QPushButton *m_copyBroadcast;
    QGroupBox *m_instructionsBox;
    QTextBrowser *m_instructions;
    QPushButton *m_copyInstructions;
    RunRoomsPanel *m_roomsPanel;
    QTreeWidget *m_rundown;
    QGroupBox *m_peopleBox;
    QListWidget *m_enrolled;
    QWidget *m_peopleWidget;
    RunHelpOverlay *m_help;
    QString m_shownInstructions;
};

// "in 2 days 3 h", "in 45 min", "started 10 min ago": how far `start` is from `now`.
QString relativeStart(const QDateTime &now, const QDateTime &start);

} // namespace sala
