// Run mode as a facilitator uses it during a call: the demo session run from the keyboard alone,
// the presenter timer in every phase, clipboard copies, the trim and its undo, and a restart
// that finds the run where it was. Time is a ManualClock; nothing here sleeps.

#include "demo/demoseeder.h"
#include "dialogs/filedialog.h"
#include "groups/breakoutsetstore.h"
#include "gui/demostore.h"
#include "liveroster.h"
#include "mainwindow.h"
#include "presenter/livesession.h"
#include "presenter/presenterwindow.h"
#include "presenter/timerface.h"
#include "run/runlogstore.h"
#include "settings.h"
#include "store/planstore.h"
#include "store/store.h"
#include "views/breakoutsview.h"
#include "views/reportsview.h"
#include "views/runhelpoverlay.h"
#include "views/runroomspanel.h"
#include "views/runview.h"
#include "views/sessionbar.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QCollator>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sala;

namespace {

const QTimeZone bangkok("Asia/Bangkok");

QDateTime demoStart()
{
    return QDateTime(QDate(2026, 12, 1), QTime(9, 0), bangkok).toUTC();
}

constexpr qint64 minutes(qint64 m)
{
    return m * 60'000;
}

struct RunFixture : test::DemoStore {
    ManualClock clock{demoStart()};
    std::unique_ptr<MainWindow> window;

    RunFixture() { openWindow(); }

    // A new Sala on the same database and clock, as after a crash and a restart.
    void openWindow()
    {
        window.reset();
        window = std::make_unique<MainWindow>(*store);
        window->restoreLastWorkshop();
        run()->live().setClock(clock);
        qobject_cast<ReportsView *>(window->modeWidget(MainWindow::Reports))->setClock(clock);
        window->setMode(MainWindow::Run);
        window->resize(1280, 800);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    RunView *run() const { return qobject_cast<RunView *>(window->modeWidget(MainWindow::Run)); }
    LiveSession &live() const { return run()->live(); }
    const RunState &state() const { return live().state(); }
    const Session &session() const { return *window->context().session(); }

    void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(window.get(), k, modifiers);
        QApplication::processEvents();
    }
    // Time passes; the panel's timer would have fired, so the session refreshes.
    void wait(qint64 ms)
    {
        clock.advance(ms);
        live().refresh();
        QApplication::processEvents();
    }
    QString shownTime() const { return run()->face()->face().time; }
};

void saveShot(QWidget *widget, const QString &name)
{
    const QDir out(QStringLiteral(SALA_SCREENSHOT_DIR));
    REQUIRE(out.mkpath(QStringLiteral(".")));
    QApplication::processEvents();
    const QString file = out.filePath(name + QStringLiteral(".png"));
    QFile::remove(file);
    REQUIRE(widget->grab().save(file));
}

} // namespace

TEST_CASE("runView_demoSessionRunsFromStartToFinishWithTheKeyboardAlone", "[gui][run]")
{
    RunFixture f;
    REQUIRE(f.run()->rundown()->topLevelItemCount() == 12);
    CHECK(f.state().status == RunStatus::NotStarted);
    CHECK(f.shownTime() == u"8:00");

    f.key(Qt::Key_Space); // start
    CHECK(f.state().status == RunStatus::Running);
    CHECK(f.state().current == 0);
    f.wait(minutes(3));
    CHECK(f.shownTime() == u"5:00");
    f.key(Qt::Key_Space); // pause for a connection problem
    f.wait(minutes(2));
    CHECK(f.shownTime() == u"5:00");
    CHECK(f.run()->face()->face().look == FaceState::Look::Paused);
    f.key(Qt::Key_Space);
    f.wait(minutes(5));
    CHECK(f.state().status == RunStatus::Overtime);

    f.key(Qt::Key_Right);
    CHECK(f.state().current == 1);
    CHECK(f.shownTime() == u"10:00");
    f.key(Qt::Key_Equal);                   // +1
    f.key(Qt::Key_Plus, Qt::ShiftModifier); // +5
    CHECK(f.shownTime() == u"16:00");
    f.key(Qt::Key_Minus);                    // −1
    f.key(Qt::Key_Minus, Qt::ShiftModifier); // −5
    CHECK(f.shownTime() == u"10:00");
    f.key(Qt::Key_Left); // back: the welcome goes on in overtime
    CHECK(f.state().current == 0);
    CHECK(f.state().status == RunStatus::Overtime);
    f.key(Qt::Key_Right);

    // Every other activity in turn, each for its planned time.
    for (int i = 1; i < 12; ++i) {
        REQUIRE(f.state().current == i);
        f.wait(minutes(f.session().activities[std::size_t(i)].plannedMinutes));
        f.key(Qt::Key_Right);
    }
    CHECK(f.state().status == RunStatus::Finished);
    CHECK(f.run()->face()->face().look == FaceState::Look::Finished);
    // The welcome ran its 8 minutes with a 2-minute pause inside; everything after it kept to
    // the plan, so the session ends 2 minutes late.
    CHECK(f.state().behindMs == minutes(2));

    // The report afterwards says what happened.
    auto *reports = qobject_cast<ReportsView *>(f.window->modeWidget(MainWindow::Reports));
    reports->reloadTiming();
    CHECK(reports->timingTable()->rowCount() == 13);
    CHECK(reports->timingTable()->item(0, 3)->text() == u"8:00"); // the pause does not count
    CHECK(reports->timingTable()->item(0, 5)->text() == u"1 × 2:00");
    CHECK(reports->timingTable()->item(1, 3)->text() == u"10:00");
    CHECK(reports->timingFindings()->text().contains(u"2 min after the planned end"));
}

TEST_CASE("runView_shiftDecidesBetweenOneAndFiveMinutes", "[gui][run][keys]")
{
    RunFixture f;
    f.key(Qt::Key_Space);
    struct Press {
        Qt::Key key;
        Qt::KeyboardModifiers modifiers;
        qint64 seconds;
    };
    const std::vector<Press> presses{
        {Qt::Key_Equal, Qt::NoModifier, 60},    // "=" key
        {Qt::Key_Plus, Qt::KeypadModifier, 60}, // keypad +
        {Qt::Key_Plus, Qt::ShiftModifier, 300}, // Shift+= gives "+": five minutes
        {Qt::Key_Equal, Qt::ShiftModifier, 300},       {Qt::Key_Minus, Qt::NoModifier, -60},
        {Qt::Key_Minus, Qt::KeypadModifier, -60},      {Qt::Key_Minus, Qt::ShiftModifier, -300},
        {Qt::Key_Underscore, Qt::ShiftModifier, -300}, // Shift+− gives "_" on most layouts
    };
    qint64 expected = 0;
    for (const Press &press : presses) {
        f.key(press.key, press.modifiers);
        expected += press.seconds * 1000;
        CHECK(f.state().activities[0].adjustedMs == expected);
    }
    CHECK(f.state().activities[0].adjustments == int(presses.size()));
    // Ctrl with + is not a Run key: nothing is logged.
    const auto before = f.live().engine().events().size();
    f.key(Qt::Key_Plus, Qt::ControlModifier);
    CHECK(f.live().engine().events().size() == before);
}

TEST_CASE("runView_keysWorkOnlyInRunMode", "[gui][run][keys]")
{
    RunFixture f;
    f.window->setMode(MainWindow::Plan);
    QApplication::processEvents();
    f.key(Qt::Key_Space);
    CHECK(f.state().status == RunStatus::NotStarted);
    f.window->setMode(MainWindow::Run);
    QApplication::processEvents();
    f.key(Qt::Key_Space);
    CHECK(f.state().status == RunStatus::Running);
}

TEST_CASE("runView_helpOverlay_listsEveryKeyAndTogglesWithF1AndQuestionMark", "[gui][run][keys]")
{
    RunFixture f;
    QWidget *overlay = f.run()->helpOverlay();
    CHECK_FALSE(overlay->isVisible());
    f.key(Qt::Key_F1);
    CHECK(overlay->isVisible());
    f.key(Qt::Key_F1);
    CHECK_FALSE(overlay->isVisible());
    f.key(Qt::Key_Question, Qt::ShiftModifier);
    CHECK(overlay->isVisible());
    saveShot(f.window.get(), QStringLiteral("run-help"));
    f.key(Qt::Key_Escape);
    CHECK_FALSE(overlay->isVisible());
    CHECK(f.state().status == RunStatus::NotStarted); // no key did anything else

    const QString text = static_cast<RunHelpOverlay *>(overlay)->text();
    for (const QString &key : {QStringLiteral("Space"), QStringLiteral("Right"), QStringLiteral("Left"),
                               QStringLiteral("Shift with ="), QStringLiteral("Shift with −"), QStringLiteral("F1")})
        CHECK(text.contains(key));
    // Each button names its key in its tooltip.
    CHECK(f.run()->findChildren<QPushButton *>().size() > 8);
}

TEST_CASE("runView_copiesInstructionsAndTheDueBroadcastToTheClipboard", "[gui][run]")
{
    RunFixture f;
    f.key(Qt::Key_Space);
    f.key(Qt::Key_C);
    CHECK(QApplication::clipboard()->text() == f.session().activities[0].instructions);

    // Activity 1 of the demo: one round of 20 minutes, a broadcast 2 minutes before its end.
    f.run()->rundown()->setCurrentItem(f.run()->rundown()->topLevelItem(3));
    Q_EMIT f.run()->rundown()->itemActivated(f.run()->rundown()->topLevelItem(3), 0);
    QApplication::processEvents();
    REQUIRE(f.state().current == 3);
    CHECK(f.run()->broadcastLabel()->isVisible());
    f.key(Qt::Key_R); // the rooms are open: their round counts from now
    f.wait(minutes(18) - 1);
    CHECK(f.state().dueCue == -1);
    QSignalSpy due(&f.live(), &LiveSession::broadcastDue);
    f.wait(1);
    CHECK(due.count() == 1);
    CHECK(f.state().dueCue == 0);
    f.key(Qt::Key_B);
    CHECK(QApplication::clipboard()->text() == f.session().activities[3].breakout->broadcasts[0].text);
    saveShot(f.window.get(), QStringLiteral("run-broadcast-due"));
}

TEST_CASE("runView_presenterTimer_showsEachPhaseByTextShapeAndColour", "[gui][run][presenter][screenshots]")
{
    RunFixture f;
    f.run()->presenterAction()->trigger();
    PresenterWindow *presenter = f.run()->presenter();
    REQUIRE(presenter->isVisible());
    CHECK(presenter->windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    CHECK(presenter->windowFlags().testFlag(Qt::FramelessWindowHint));
    presenter->resize(480, 260);
    QApplication::processEvents();

    std::vector<FaceState> faces;
    auto capture = [&](const QString &name) {
        const FaceState face = presenter->face()->face();
        CHECK(face == f.run()->face()->face());
        faces.push_back(face);
        saveShot(presenter, QStringLiteral("presenter-") + name);
        saveShot(f.window.get(), QStringLiteral("run-") + name);
    };
    capture(QStringLiteral("ready"));
    f.key(Qt::Key_Space);
    f.wait(minutes(2) + 25'000);
    capture(QStringLiteral("normal"));
    QSignalSpy chimes(&f.live().chimes(), &ChimePlayer::chimed);
    f.wait(minutes(4)); // 1:35 left: wrap-up
    CHECK(chimes.count() == 1);
    CHECK(f.live().chimes().requests(ChimePlayer::Chime::WrapUp) == 1);
    capture(QStringLiteral("wrap-up"));
    // Screen readers get the phase in words.
    CHECK(presenter->face()->accessibleDescription().startsWith(u"Wrap up"));
    f.wait(minutes(2) + 40'000); // past zero
    CHECK(f.live().chimes().requests(ChimePlayer::Chime::TimeUp) == 1);
    capture(QStringLiteral("overtime"));
    f.key(Qt::Key_Space);
    capture(QStringLiteral("paused"));
    f.key(Qt::Key_End);
    capture(QStringLiteral("finished"));

    REQUIRE(faces.size() == 6);
    for (std::size_t i = 0; i < faces.size(); ++i) {
        for (std::size_t j = i + 1; j < faces.size(); ++j) {
            CHECK(faces[i].look != faces[j].look);       // a different shape is drawn for each look
            CHECK(faces[i].caption != faces[j].caption); // and a different word
            CHECK(faceBackground(faces[i].look) != faceBackground(faces[j].look));
        }
    }
    CHECK(faces[3].time == u"+1:05");
    CHECK(faces[2].caption == u"WRAP UP");
    CHECK(faces[3].caption == u"OVERTIME");
    // Chimes are the facilitator's: they never fail where there is no sound device.
    CHECK(f.live().chimes().requests(ChimePlayer::Chime::WrapUp) == 1);

    // The window remembers where it was.
    presenter->move(40, 50);
    presenter->resize(500, 280);
    presenter->closeByUser();
    CHECK_FALSE(f.run()->presenterAction()->isChecked());
    PresenterWindow again(f.live().chimes());
    CHECK(again.pos() == QPoint(40, 50));
    CHECK(again.size() == QSize(500, 280));
    // Closed by hand, it stays closed when Sala starts again.
    f.openWindow();
    QApplication::processEvents();
    CHECK_FALSE(f.run()->presenterAction()->isChecked());
}

TEST_CASE("runView_presenterOpenAtACrash_isOpenAgainAfterTheRestart", "[gui][run][presenter][restart]")
{
    RunFixture f;
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); // View ▸ Presenter Timer
    REQUIRE(f.run()->presenter()->isVisible());
    f.openWindow(); // the old window goes without a word, as in a crash
    QApplication::processEvents();
    CHECK(f.run()->presenterAction()->isChecked());
    CHECK(f.run()->presenter()->isVisible());
}

TEST_CASE("runView_repaintsOnlyWhenTheDisplayedSecondChanges", "[gui][run][cost]")
{
    RunFixture f;
    f.key(Qt::Key_Space);
    f.wait(250);
    // The timer sleeps until the countdown's next whole second, not for a fixed tick.
    CHECK(f.live().ticker().isActive());
    CHECK(f.live().ticker().interval() == 751);
    QApplication::processEvents();
    const int painted = f.run()->face()->paintCount();
    for (int i = 0; i < 10; ++i)
        f.wait(100); // 0.35 s → 1.25 s: the display changes once, at 1 s
    CHECK(f.run()->face()->paintCount() == painted + 1);
    const int again = f.run()->face()->paintCount();
    f.live().refresh();
    QApplication::processEvents();
    CHECK(f.run()->face()->paintCount() == again);
}

TEST_CASE("runView_trimSuggestionIsAppliedWithTAndUndoneWithCtrlZ", "[gui][run][trim]")
{
    RunFixture f;
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    f.key(Qt::Key_Space);
    f.wait(minutes(8));
    f.key(Qt::Key_Right);
    f.wait(minutes(22)); // the icebreaker runs 12 minutes over
    CHECK(f.run()->trimLabel()->isVisible());
    CHECK(f.run()->driftLabel()->text().contains(u"12 min behind"));
    CHECK(f.run()->trimLabel()->text().contains(u"12 min in all"));
    CHECK(f.run()->trimLabel()->text().contains(u"To end by 12:00"));
    const std::vector<Activity> before = f.session().activities;

    f.key(Qt::Key_T);
    int saved = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        const Activity &now = f.session().activities[i];
        CHECK(now.plannedMinutes >= (now.mayShorten ? now.minimumMinutes : before[i].plannedMinutes));
        saved += before[i].plannedMinutes - now.plannedMinutes;
    }
    CHECK(saved == 12);
    CHECK(f.state().behindMs == 0);
    CHECK_FALSE(f.run()->trimLabel()->isVisible());
    // Stored at once, like every plan edit.
    auto stored = PlanStore(*f.store).loadWorkshop(f.window->context().workshop().id);
    REQUIRE(stored.ok());
    CHECK(stored->sessions.front().activities[5].plannedMinutes == f.session().activities[5].plannedMinutes);

    f.key(Qt::Key_Z, Qt::ControlModifier); // one undo step for the whole trim
    for (std::size_t i = 0; i < before.size(); ++i)
        CHECK(f.session().activities[i].plannedMinutes == before[i].plannedMinutes);
    CHECK(f.state().behindMs == minutes(12));
}

TEST_CASE("runView_restartAfterAKill_showsTheRightActivityAndTimeLeft", "[gui][run][restart]")
{
    RunFixture f;
    f.key(Qt::Key_Space);
    f.wait(minutes(8));
    f.key(Qt::Key_Right);
    f.wait(minutes(3));
    f.key(Qt::Key_Equal);
    CHECK(f.shownTime() == u"8:00");
    // Nothing is saved on the way out: the window simply goes, as in a crash.
    f.clock.advance(minutes(10));
    f.clock.restart(5);
    f.openWindow();
    CHECK(f.state().current == 1);
    CHECK(f.run()->rundown()->topLevelItem(1)->text(0) == u"▶");
    CHECK(f.state().status == RunStatus::Overtime);
    CHECK(f.shownTime() == u"+2:00");
    CHECK(f.live().chimes().requests(ChimePlayer::Chime::TimeUp) == 0); // no chime for the past
}

TEST_CASE("runView_setTimeLeftIsTypedAfterS", "[gui][run][keys]")
{
    RunFixture f;
    f.key(Qt::Key_Space);
    f.key(Qt::Key_S);
    QLineEdit *editor = f.run()->timeLeftEditor();
    REQUIRE(editor->isVisible());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("4:30"));
    QTest::keyClick(editor, Qt::Key_Return);
    QApplication::processEvents();
    CHECK_FALSE(editor->isVisible());
    CHECK(f.shownTime() == u"4:30");
    f.key(Qt::Key_S);
    QTest::keyClick(editor, Qt::Key_Escape);
    CHECK_FALSE(editor->isVisible());
    f.key(Qt::Key_Space); // the keys work again once the field is closed
    CHECK(f.state().paused());
}

TEST_CASE("runView_peopleArea_listsTheEnrolledByCollationAndTakesACheckInPanel", "[gui][run]")
{
    RunFixture f;
    QListWidget *list = f.run()->enrolledList();
    CHECK(list->count() == int(f.window->context().roster().size()));
    CHECK(f.run()->peopleBox()->title().contains(QString::number(list->count())));
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->text();
    QStringList sorted = names;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), collator);
    CHECK(names == sorted);

    auto *checkIn = new QLabel(QStringLiteral("check-in"));
    f.run()->setPeopleWidget(checkIn);
    CHECK(f.run()->peopleBox()->isAncestorOf(checkIn));
    CHECK(checkIn->isVisible());
    CHECK_FALSE(list->isVisible());
}

TEST_CASE("reportsView_timingReportMatchesTheRunAndExportsCsvAndPdf", "[gui][run][report]")
{
    RunFixture f;
    f.key(Qt::Key_Space);
    f.wait(minutes(9));
    f.key(Qt::Key_Right);
    f.wait(minutes(4));
    f.key(Qt::Key_End);
    f.window->setMode(MainWindow::Reports);
    QApplication::processEvents();
    auto *reports = qobject_cast<ReportsView *>(f.window->modeWidget(MainWindow::Reports));
    QTableWidget *table = reports->timingTable();
    REQUIRE(table->rowCount() == 13);
    CHECK(table->item(0, 3)->text() == u"9:00");
    CHECK(table->item(0, 4)->text() == u"+1:00");
    CHECK(table->item(1, 3)->text() == u"4:00");
    CHECK(table->item(2, 3)->text() == u"not run");
    saveShot(f.window.get(), QStringLiteral("reports-timing"));

    const QString csv = f.dir.filePath(QStringLiteral("timing.csv"));
    FileDialog::setNextFileName(csv);
    reports->exportTimingCsv();
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"));
    CHECK(lines[1].contains(u",welcome,8,540,9.0,1.0,"));

    const QString pdf = f.dir.filePath(QStringLiteral("timing.pdf"));
    FileDialog::setNextFileName(pdf);
    reports->exportTimingPdf();
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
}

namespace {

// The demo's "Activity 3 — Crisis Month business game": three rounds of six minutes in fives.
constexpr int crisisGame = 7;

struct RoomsFixture : RunFixture {
    RunRoomsPanel *panel() const { return run()->roomsPanel(); }
    WorkshopContext &context() const { return window->context(); }
    const Activity &activity(int index) const { return session().activities[std::size_t(index)]; }

    // Rooms of five for every round, everyone on the roster but `absent`; each round mixes anew.
    BreakoutSet storeRooms(int index, qint64 absent = 0)
    {
        std::vector<qint64> ids;
        for (const Participant &p : context().roster())
            if (p.id != absent)
                ids.push_back(p.id);
        BreakoutSet set;
        const int rooms = int(ids.size() + 4) / 5;
        for (int r = 0; r < activity(index).breakout->rounds; ++r) {
            std::vector<std::vector<qint64>> round(static_cast<std::size_t>(rooms));
            for (std::size_t i = 0; i < ids.size(); ++i)
                round[(i * std::size_t(r + 1) + i / std::size_t(rooms)) % std::size_t(rooms)].push_back(ids[i]);
            set.rounds.push_back(round);
        }
        REQUIRE(BreakoutSetStore(*store).saveForActivity(context().workshop().id, activity(index).id, set).ok());
        return set;
    }

    BreakoutSet stored(int index) const
    {
        auto set = BreakoutSetStore(*store).forActivity(activity(index).id);
        REQUIRE(set.ok());
        return set.value().value_or(BreakoutSet{});
    }

    void jumpTo(int index)
    {
        if (!state().started())
            key(Qt::Key_Space);
        QTreeWidgetItem *item = run()->rundown()->topLevelItem(index);
        run()->rundown()->setCurrentItem(item);
        Q_EMIT run()->rundown()->itemActivated(item, 0);
        QApplication::processEvents();
        REQUIRE(state().current == index);
    }

    void attend(qint64 participantId, AttendanceKind kind)
    {
        AttendanceEvent event;
        event.sessionId = session().id;
        event.participantId = participantId;
        event.kind = kind;
        event.at = live().engine().now();
        REQUIRE(LiveRoster::of(context()).recordAttendance(event));
        QApplication::processEvents();
    }

    const Participant &person(int row) const { return context().roster()[std::size_t(row)]; }
    static QString shownName(const Participant &p) { return p.preferredName.isEmpty() ? p.name : p.preferredName; }

    // The room holding `participantId` in round `round` of the stored rooms, -1 for none.
    int roomOf(int index, int round, qint64 participantId) const
    {
        const BreakoutSet set = stored(index);
        const auto &rooms = set.rounds[std::size_t(round)];
        for (std::size_t k = 0; k < rooms.size(); ++k)
            if (std::find(rooms[k].begin(), rooms[k].end(), participantId) != rooms[k].end())
                return int(k);
        return -1;
    }
};

} // namespace

TEST_CASE("runRooms_breakoutUnderWay_showsTheRoomsOfTheRoundThatRuns", "[gui][run][rooms]")
{
    RoomsFixture f;
    const BreakoutSet set = f.storeRooms(crisisGame);
    CHECK_FALSE(f.panel()->isVisible()); // the welcome is not a breakout

    f.jumpTo(crisisGame);
    REQUIRE(f.panel()->isVisible());
    CHECK(f.panel()->roundBox()->count() == 3);
    CHECK(f.panel()->roundBox()->currentText() == u"Round 1 of 3 · now");
    const QString firstRound = f.panel()->roomsText()->toPlainText();
    for (std::size_t k = 0; k < set.rounds[0].size(); ++k)
        CHECK(firstRound.contains(QStringLiteral("Room %1 (%2): ").arg(k + 1).arg(set.rounds[0][k].size())));
    // People are shown by the name they like to be called.
    const Participant &someone = f.person(0);
    CHECK(firstRound.contains(RoomsFixture::shownName(someone)));
    CHECK_FALSE(f.panel()->waitingList()->isVisible()); // nobody is checked in yet

    f.wait(minutes(6)); // the second round begins
    CHECK(f.panel()->shownRound() == 1);
    CHECK(f.panel()->roundBox()->currentText() == u"Round 2 of 3 · now");
    CHECK(f.panel()->roomsText()->toPlainText() != firstRound);

    // A look back at round 1 holds until the run moves on to round 3.
    f.panel()->showRound(0);
    CHECK(f.panel()->roomsText()->toPlainText() == firstRound);
    f.wait(minutes(1));
    CHECK(f.panel()->shownRound() == 0);
    f.wait(minutes(5));
    CHECK(f.panel()->shownRound() == 2);
    CHECK(f.panel()->roundBox()->currentText() == u"Round 3 of 3 · now");
    // After the last round (the debrief) the last round stays in view.
    f.wait(minutes(10));
    CHECK(f.panel()->shownRound() == 2);

    f.key(Qt::Key_Right); // a micro-break: no rooms
    CHECK_FALSE(f.panel()->isVisible());
}

TEST_CASE("runRooms_lateArrival_placedWithPInTheSuggestedRoomStoredAndUndoable", "[gui][run][rooms]")
{
    RoomsFixture f;
    const Participant late = f.person(3);
    f.storeRooms(crisisGame, late.id);
    f.jumpTo(crisisGame);
    f.attend(f.person(0).id, AttendanceKind::Arrived);
    CHECK_FALSE(f.panel()->waitingList()->isVisible()); // present, and in a room
    CHECK_FALSE(f.panel()->placeButton()->isEnabled());

    f.attend(late.id, AttendanceKind::Late);
    REQUIRE(f.panel()->waitingList()->isVisible());
    REQUIRE(f.panel()->unplaced() == QList<qint64>{late.id});
    const int suggested = f.panel()->suggestedRoom(late.id);
    REQUIRE(suggested >= 0);
    const QString room = QStringLiteral("Room %1").arg(suggested + 1);
    CHECK(f.panel()->suggestionLabel()->text() == RoomsFixture::shownName(late) + u" → " + room);
    CHECK(f.panel()->placeButton()->isEnabled());
    CHECK(f.panel()->placeButton()->toolTip().endsWith(u"(P)"));
    // The suggestion is one of the smallest rooms: nobody there has met this person.
    const BreakoutSet before = f.stored(crisisGame);
    for (const auto &members : before.rounds[0])
        CHECK(before.rounds[0][std::size_t(suggested)].size() <= members.size());

    f.key(Qt::Key_P);
    CHECK(f.roomOf(crisisGame, 0, late.id) == suggested);
    CHECK(f.roomOf(crisisGame, 1, late.id) == -1); // only the round under way
    CHECK(f.panel()->unplaced().isEmpty());
    CHECK(f.panel()->roomsText()->toPlainText().contains(RoomsFixture::shownName(late)));
    QUndoStack *undo = f.context().undoStack();
    CHECK(undo->undoText() == u"Place " + RoomsFixture::shownName(late) + u" in " + room);

    // Breakouts mode shows the same rooms at once.
    auto *breakouts = qobject_cast<BreakoutsView *>(f.window->modeWidget(MainWindow::Breakouts));
    breakouts->selectActivity(crisisGame);
    CHECK(breakouts->currentSet() == f.stored(crisisGame));

    f.key(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.roomOf(crisisGame, 0, late.id) == -1);
    CHECK(breakouts->currentSet() == f.stored(crisisGame));
    CHECK(f.panel()->unplaced() == QList<qint64>{late.id});
    // State did not move on: the run goes on as before.
    CHECK(f.state().current == crisisGame);
}

TEST_CASE("runRooms_personWhoCheckedOut_isStruckThroughAndMarkedLeftInTheirRoom", "[gui][run][rooms]")
{
    RoomsFixture f;
    f.storeRooms(crisisGame);
    f.jumpTo(crisisGame);
    const Participant &gone = f.person(5);
    f.attend(gone.id, AttendanceKind::Arrived);
    f.attend(gone.id, AttendanceKind::Left);
    const QString name = RoomsFixture::shownName(gone);
    CHECK(f.panel()->roomsText()->toPlainText().contains(name + u" (left)"));
    CHECK(f.panel()->roomsText()->toHtml().contains(u"line-through"));
    // Someone who left is not waiting for a room either.
    CHECK(f.panel()->unplaced().isEmpty());
    f.attend(gone.id, AttendanceKind::Rejoined);
    CHECK_FALSE(f.panel()->roomsText()->toPlainText().contains(name + u" (left)"));
}

TEST_CASE("runRooms_breakoutWithoutSavedRooms_offersToOpenBreakoutsMode", "[gui][run][rooms]")
{
    RoomsFixture f;
    f.jumpTo(3); // Activity 1: no rooms made
    REQUIRE(f.panel()->isVisible());
    CHECK(f.panel()->emptyLabel()->isVisible());
    CHECK(f.panel()->emptyLabel()->text().contains(u"No rooms are saved"));
    f.key(Qt::Key_P); // nothing to place: said so, nothing stored
    CHECK(f.stored(3).isEmpty());
    saveShot(f.window.get(), QStringLiteral("run-rooms-none"));

    QTest::mouseClick(f.panel()->openBreakoutsButton(), Qt::LeftButton);
    QApplication::processEvents();
    CHECK(f.window->modeAction(MainWindow::Breakouts)->isChecked());
    auto *breakouts = qobject_cast<BreakoutsView *>(f.window->modeWidget(MainWindow::Breakouts));
    CHECK(breakouts->activityId() == f.activity(3).id);
}

TEST_CASE("runRooms_reachedWithTabAndEveryControlNamedForScreenReaders", "[gui][run][rooms][keys]")
{
    RoomsFixture f;
    REQUIRE(QTest::qWaitForWindowActive(f.window.get()));
    const Participant late = f.person(2);
    f.storeRooms(crisisGame, late.id);
    f.jumpTo(crisisGame);
    f.attend(late.id, AttendanceKind::Late);
    for (QWidget *w : std::initializer_list<QWidget *>{f.panel()->roundBox(), f.panel()->waitingList(), f.panel()->roomsText(),
                                                       f.panel()->placeButton(), f.panel()->openBreakoutsButton()})
        CHECK_FALSE(w->accessibleName().isEmpty());

    f.run()->setFocus();
    bool reached = false;
    for (int i = 0; i < 12 && !reached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        reached = QApplication::focusWidget() == f.panel()->waitingList();
    }
    REQUIRE(reached);
    // Enter on the selected person places them, as P does.
    QTest::keyClick(f.panel()->waitingList(), Qt::Key_Return);
    CHECK(f.roomOf(crisisGame, 0, late.id) >= 0);
    saveShot(f.window.get(), QStringLiteral("run-rooms"));
}

TEST_CASE("runView_keyA_saysTheTimeLeftOfTheRunningActivity", "[gui][run][keys][a11y]")
{
    RunFixture f;
    f.key(Qt::Key_A);
    CHECK(f.run()->announceTimeLeft() == QStringLiteral("The session has not started."));

    f.key(Qt::Key_Space); // the 8-minute welcome starts
    f.wait(90'000);
    f.key(Qt::Key_A);
    const QString said = f.run()->announceTimeLeft();
    CHECK(said.startsWith(QStringLiteral("6 minutes and 30 seconds left in “")));
    CHECK(said.contains(f.session().activities[0].title));

    f.key(Qt::Key_Space); // paused: said too, since a paused timer looks like a running one to the ear
    CHECK(f.run()->announceTimeLeft().endsWith(QStringLiteral("The timer is paused.")));
    f.key(Qt::Key_Space);
    f.wait(7 * 60'000);
    CHECK(f.run()->announceTimeLeft().contains(QStringLiteral("over its time")));
}
