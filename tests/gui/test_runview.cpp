// Run mode as a facilitator uses it during a call: the demo session run from the keyboard alone,
// the presenter timer in every phase, clipboard copies, the trim and its undo, and a restart
// that finds the run where it was. Time is a ManualClock; nothing here sleeps.

#include "demo/demoseeder.h"
#include "dialogs/filedialog.h"
#include "gui/demostore.h"
#include "mainwindow.h"
#include "presenter/livesession.h"
#include "presenter/presenterwindow.h"
#include "presenter/timerface.h"
#include "run/runlogstore.h"
#include "settings.h"
#include "store/planstore.h"
#include "store/store.h"
#include "views/reportsview.h"
#include "views/runhelpoverlay.h"
#include "views/runview.h"
#include "views/sessionbar.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
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
#include <QTreeWidget>
#include <QUndoStack>

using namespace sala;

namespace {

const QTimeZone bangkok("Asia/Bangkok");

QDateTime demoStart()
{
    return QDateTime(QDate(2026, 12, 1), QTime(9, 0), bangkok).toUTC();
}

constexpr qint64 minutes(qint64 m) { return m * 60'000; }

struct RunFixture : test::DemoStore {
    ManualClock clock{demoStart()};
    std::unique_ptr<MainWindow> window;

    RunFixture()
    {
        openWindow();
    }

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

    f.key(Qt::Key_Space);  // start
    CHECK(f.state().status == RunStatus::Running);
    CHECK(f.state().current == 0);
    f.wait(minutes(3));
    CHECK(f.shownTime() == u"5:00");
    f.key(Qt::Key_Space);  // pause for a connection problem
    f.wait(minutes(2));
    CHECK(f.shownTime() == u"5:00");
    CHECK(f.run()->face()->face().look == FaceState::Look::Paused);
    f.key(Qt::Key_Space);
    f.wait(minutes(5));
    CHECK(f.state().status == RunStatus::Overtime);

    f.key(Qt::Key_Right);
    CHECK(f.state().current == 1);
    CHECK(f.shownTime() == u"10:00");
    f.key(Qt::Key_Equal);                        // +1
    f.key(Qt::Key_Plus, Qt::ShiftModifier);      // +5
    CHECK(f.shownTime() == u"16:00");
    f.key(Qt::Key_Minus);                        // −1
    f.key(Qt::Key_Minus, Qt::ShiftModifier);     // −5
    CHECK(f.shownTime() == u"10:00");
    f.key(Qt::Key_Left);                         // back: the welcome goes on in overtime
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
    CHECK(reports->timingTable()->item(0, 3)->text() == u"8:00");  // the pause does not count
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
        {Qt::Key_Equal, Qt::NoModifier, 60},                 // "=" key
        {Qt::Key_Plus, Qt::KeypadModifier, 60},              // keypad +
        {Qt::Key_Plus, Qt::ShiftModifier, 300},              // Shift+= gives "+": five minutes
        {Qt::Key_Equal, Qt::ShiftModifier, 300},
        {Qt::Key_Minus, Qt::NoModifier, -60},
        {Qt::Key_Minus, Qt::KeypadModifier, -60},
        {Qt::Key_Minus, Qt::ShiftModifier, -300},
        {Qt::Key_Underscore, Qt::ShiftModifier, -300},       // Shift+− gives "_" on most layouts
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
    CHECK(f.state().status == RunStatus::NotStarted);  // no key did anything else

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
    f.key(Qt::Key_R);  // the rooms are open: their round counts from now
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
    f.wait(minutes(4));  // 1:35 left: wrap-up
    CHECK(chimes.count() == 1);
    CHECK(f.live().chimes().requests(ChimePlayer::Chime::WrapUp) == 1);
    capture(QStringLiteral("wrap-up"));
    // Screen readers get the phase in words.
    CHECK(presenter->face()->accessibleDescription().startsWith(u"Wrap up"));
    f.wait(minutes(2) + 40'000);  // past zero
    CHECK(f.live().chimes().requests(ChimePlayer::Chime::TimeUp) == 1);
    capture(QStringLiteral("overtime"));
    f.key(Qt::Key_Space);
    capture(QStringLiteral("paused"));
    f.key(Qt::Key_End);
    capture(QStringLiteral("finished"));

    REQUIRE(faces.size() == 6);
    for (std::size_t i = 0; i < faces.size(); ++i) {
        for (std::size_t j = i + 1; j < faces.size(); ++j) {
            CHECK(faces[i].look != faces[j].look);        // a different shape is drawn for each look
            CHECK(faces[i].caption != faces[j].caption);  // and a different word
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
    f.key(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);  // View ▸ Presenter Timer
    REQUIRE(f.run()->presenter()->isVisible());
    f.openWindow();  // the old window goes without a word, as in a crash
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
        f.wait(100);  // 0.35 s → 1.25 s: the display changes once, at 1 s
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
    f.wait(minutes(22));  // the icebreaker runs 12 minutes over
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

    f.key(Qt::Key_Z, Qt::ControlModifier);  // one undo step for the whole trim
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
    CHECK(f.live().chimes().requests(ChimePlayer::Chime::TimeUp) == 0);  // no chime for the past
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
    f.key(Qt::Key_Space);  // the keys work again once the field is closed
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
    CHECK(checkIn->parentWidget() == f.run()->peopleBox());
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
