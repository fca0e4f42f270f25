// Plan mode as a trainer uses it: every edit is stored at once, can be undone and redone, and
// the whole plan can be built and reordered from the keyboard.

#include "commands/plancommands.h"
#include "dialogs/addactivitydialog.h"
#include "dialogs/filedialog.h"
#include "plan/library.h"
#include "demo/demoseeder.h"
#include "gui/demostore.h"
#include "mainwindow.h"
#include "models/activitytablemodel.h"
#include "settings.h"
#include "store/planstore.h"
#include "store/store.h"
#include "views/activityeditor.h"
#include "views/breakoutsview.h"
#include "views/planview.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTimer>
#include <QFile>
#include <QFileInfo>

using namespace sala;

namespace {

struct Editor : test::DemoStore {
    std::unique_ptr<MainWindow> window;
    PlanView *plan = nullptr;

    Editor()
    {
        window = std::make_unique<MainWindow>(*store);
        window->restoreLastWorkshop();
        window->setMode(MainWindow::Plan);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        plan = qobject_cast<PlanView *>(window->modeWidget(MainWindow::Plan));
        REQUIRE(plan);
    }

    WorkshopContext &context() const { return window->context(); }
    QUndoStack &undo() const { return *context().undoStack(); }
    QAbstractItemModel *model() const { return plan->table()->model(); }

    // What the database holds now, read fresh: proves each edit was stored at once.
    Session stored() const
    {
        auto loaded = PlanStore(*store).loadWorkshop(context().workshop().id);
        REQUIRE(loaded.ok());
        return loaded->sessions.at(std::size_t(context().sessionIndex()));
    }
    QStringList storedTitles() const
    {
        QStringList titles;
        const Session session = stored();
        for (const Activity &a : session.activities)
            titles << a.title;
        return titles;
    }
    void key(QWidget *target, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(target, k, modifiers);
        QApplication::processEvents();
    }
};

} // namespace

TEST_CASE("planEditor_minutesEditedInPlaceAreStoredAndUndoable", "[gui][plan]")
{
    Editor e;
    QAbstractItemModelTester tester(e.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex minutes = e.model()->index(1, ActivityTableModel::Minutes);
    REQUIRE(e.model()->setData(minutes, 12));
    CHECK(e.stored().activities[1].plannedMinutes == 12);
    // Later activities move: activity 3 now starts two minutes later.
    CHECK(e.model()->index(2, ActivityTableModel::Start).data().toString().startsWith(u"09:20"));

    e.undo().undo();
    CHECK(e.stored().activities[1].plannedMinutes == 10);
    CHECK(e.model()->index(2, ActivityTableModel::Start).data().toString().startsWith(u"09:18"));
    e.undo().redo();
    CHECK(e.stored().activities[1].plannedMinutes == 12);

    CHECK_FALSE(e.model()->setData(minutes, -3));
    CHECK_FALSE(e.model()->setData(minutes, QStringLiteral("ten")));
}

TEST_CASE("planEditor_repeatedNudgesMergeIntoOneUndoStep", "[gui][plan]")
{
    Editor e;
    e.plan->selectRow(4);
    const int before = e.undo().count();
    e.plan->table()->setFocus();
    for (int i = 0; i < 5; ++i)
        e.key(e.plan->table(), Qt::Key_Plus);
    e.key(e.plan->table(), Qt::Key_Minus, Qt::ControlModifier); // −5 in one press
    e.key(e.plan->table(), Qt::Key_Plus, Qt::ControlModifier);  // +5
    CHECK(e.stored().activities[4].plannedMinutes == 10);
    CHECK(e.undo().count() == before + 1);
    e.undo().undo();
    CHECK(e.stored().activities[4].plannedMinutes == 5);
}

TEST_CASE("planEditor_insertDuplicateDeleteAndMoveFromTheKeyboard", "[gui][plan]")
{
    Editor e;
    const QStringList original = e.storedTitles();
    e.plan->selectRow(0);
    e.plan->table()->setFocus();

    e.key(e.plan->table(), Qt::Key_D, Qt::ControlModifier); // duplicate lands below
    QStringList expected = original;
    expected.insert(1, original[0]);
    CHECK(e.storedTitles() == expected);
    CHECK(e.plan->currentRow() == 1);

    e.key(e.plan->table(), Qt::Key_Down, Qt::ControlModifier); // move the copy later
    expected.move(1, 2);
    CHECK(e.storedTitles() == expected);
    CHECK(e.plan->currentRow() == 2);

    e.key(e.plan->table(), Qt::Key_Delete);
    expected.removeAt(2);
    CHECK(e.storedTitles() == original);

    // Undo walks all three steps back, and each step is stored.
    e.undo().undo();
    CHECK(e.storedTitles().size() == original.size() + 1);
    e.undo().undo();
    e.undo().undo();
    CHECK(e.storedTitles() == original);
    CHECK_FALSE(e.undo().canUndo());
}

TEST_CASE("planEditor_dragAndDropReordersAsOneUndoStep", "[gui][plan]")
{
    Editor e;
    const QStringList original = e.storedTitles();
    auto *model = e.model();
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(0, 0)}));
    REQUIRE(data);
    // Dropped between rows 3 and 4: the first activity becomes the third.
    model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, {});
    QStringList expected = original;
    expected.move(0, 2);
    CHECK(e.storedTitles() == expected);
    e.undo().undo();
    CHECK(e.storedTitles() == original);
}

TEST_CASE("planEditor_detailPaneStoresEveryFieldItEdits", "[gui][plan]")
{
    Editor e;
    e.plan->selectRow(2);
    ActivityEditor *editor = e.plan->editor();
    REQUIRE(editor->row() == 2);

    editor->instructionsEdit()->setPlainText(QStringLiteral("1. ອ່ານຂັ້ນຕອນ\n2. Share one idea"));
    editor->commitPending();
    CHECK(e.stored().activities[2].instructions == u"1. ອ່ານຂັ້ນຕອນ\n2. Share one idea");

    editor->titleEdit()->setText(QStringLiteral("How ABL works (short)"));
    Q_EMIT editor->titleEdit()->editingFinished();
    CHECK(e.stored().activities[2].title == u"How ABL works (short)");

    editor->breakoutBox()->setChecked(true);
    const Session withRooms = e.stored();
    REQUIRE(withRooms.activities[2].breakout.has_value());
    CHECK(withRooms.activities[2].breakout->roles.size() == 3); // reader, timekeeper, reporter

    editor->minutesEdit()->setValue(7);
    CHECK(e.stored().activities[2].plannedMinutes == 7);

    // Four separate edits, four undo steps, back to the demo as it was.
    for (int i = 0; i < 4; ++i)
        e.undo().undo();
    const Session restored = e.stored();
    CHECK(restored.activities[2].title == u"How ABL works today");
    CHECK_FALSE(restored.activities[2].breakout.has_value());
    CHECK(restored.activities[2].plannedMinutes == 5);
    CHECK_FALSE(restored.activities[2].instructions.contains(u"ອ່ານ"));
}

TEST_CASE("planEditor_sessionsAreCopiedEditedAndDeletedWithUndo", "[gui][plan]")
{
    Editor e;
    const auto copy = e.plan->sessionActions().at(1);
    copy->trigger();
    CHECK(e.context().workshop().sessions.size() == 2);
    CHECK(e.context().sessionIndex() == 1);
    CHECK(e.stored().title.endsWith(u"(copy)"));
    CHECK(e.stored().activities.size() == 12);
    CHECK(e.window->sessionPicker()->count() == 2);

    Session edited = *e.context().session();
    edited.title = QStringLiteral("Day 2");
    edited.date = QDate(2026, 12, 8);
    e.undo().push(new EditSessionCommand(e.context(), 1, edited));
    CHECK(e.stored().title == u"Day 2");

    e.plan->sessionActions().at(2)->trigger(); // delete session 2
    CHECK(e.context().workshop().sessions.size() == 1);
    e.undo().undo();
    CHECK(e.context().workshop().sessions.size() == 2);
    CHECK(e.context().workshop().sessions[1].title == u"Day 2");
    e.undo().undo();
    e.undo().undo();
    auto loaded = PlanStore(*e.store).loadWorkshop(e.context().workshop().id);
    REQUIRE(loaded.ok());
    CHECK(loaded->sessions.size() == 1);
}

TEST_CASE("planEditor_checksListTheProblemAndSelectTheActivity", "[gui][plan]")
{
    Editor e;
    CHECK(e.plan->checks()->count() == 1); // "no problems"
    e.plan->selectRow(5);
    e.plan->nudgeMinutes(5); // the plan now ends 5 minutes past 12:00
    REQUIRE(e.plan->checks()->count() >= 1);
    bool found = false;
    for (int i = 0; i < e.plan->checks()->count(); ++i)
        found = found || e.plan->checks()->item(i)->text().contains(u"after the target end");
    CHECK(found);

    // Make activity 6 group work without instructions and click its check.
    e.plan->editor()->instructionsEdit()->clear();
    e.plan->editor()->commitPending();
    e.plan->selectRow(0);
    QListWidgetItem *missing = nullptr;
    for (int i = 0; i < e.plan->checks()->count(); ++i)
        if (e.plan->checks()->item(i)->text().contains(u"without instructions"))
            missing = e.plan->checks()->item(i);
    REQUIRE(missing);
    Q_EMIT e.plan->checks()->itemActivated(missing);
    CHECK(e.plan->currentRow() == 5);
}

TEST_CASE("planEditor_undoHistoryIsPerWorkshop", "[gui][plan]")
{
    Editor e;
    e.plan->selectRow(0);
    e.plan->nudgeMinutes(1);
    CHECK(e.undo().canUndo());
    Workshop other;
    other.title = QStringLiteral("Cash flow");
    other.timeZone = QStringLiteral("Asia/Manila");
    REQUIRE(e.context().createWorkshop(other));
    CHECK_FALSE(e.undo().canUndo());
    CHECK(e.window->workshopPicker()->count() == 2);
}

TEST_CASE("planFiles_exportThenImportGivesTheSamePlanAndRunSheetsAreWritten", "[gui][plan][files]")
{
    Editor e;
    const QString sessionFile = e.dir.filePath(QStringLiteral("session.json"));
    FileDialog::setNextFileName(sessionFile);
    e.window->exportSession();
    REQUIRE(QFile::exists(sessionFile));

    const QString workshopFile = e.dir.filePath(QStringLiteral("workshop.json"));
    FileDialog::setNextFileName(workshopFile);
    e.window->exportWorkshop();
    REQUIRE(QFile::exists(workshopFile));

    // The session comes back as a second session of the same workshop, undoably.
    FileDialog::setNextFileName(sessionFile);
    e.window->importPlan();
    REQUIRE(e.context().workshop().sessions.size() == 2);
    Session imported = e.context().workshop().sessions[1];
    Session original = e.context().workshop().sessions[0];
    imported.id = original.id;
    for (std::size_t i = 0; i < imported.activities.size(); ++i)
        imported.activities[i].id = original.activities[i].id;
    CHECK(imported == original);
    e.undo().undo();
    CHECK(e.context().workshop().sessions.size() == 1);

    // The workshop comes back as a new workshop, opened at once.
    const qint64 first = e.context().workshop().id;
    FileDialog::setNextFileName(workshopFile);
    e.window->importPlan();
    CHECK(e.context().workshop().id != first);
    CHECK(e.context().workshop().title == u"Keep the Doors Open: A Six-Step Business Continuity Plan for Small Businesses");
    CHECK(e.window->workshopPicker()->count() == 2);

    for (const char *name : {"sheet.pdf", "sheet.html", "sheet.md"}) {
        const QString path = e.dir.filePath(QString::fromLatin1(name));
        FileDialog::setNextFileName(path);
        e.window->writeRunSheet();
        CHECK(QFileInfo(path).size() > 1000);
    }
}

TEST_CASE("planFiles_invalidFileChangesNothing", "[gui][plan][files]")
{
    Editor e;
    const QString bad = e.dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "sala-plan", "version": 1, "kind": "session", "session": {"title": ""}})");
    file.close();
    const int workshops = e.window->workshopPicker()->count();
    const std::size_t sessions = e.context().workshop().sessions.size();
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    FileDialog::setNextFileName(bad);
    e.window->importPlan();
    CHECK(e.window->workshopPicker()->count() == workshops);
    CHECK(e.context().workshop().sessions.size() == sessions);
    CHECK_FALSE(e.undo().canUndo());
}

TEST_CASE("planEditor_buildASessionFromAnEmptyWorkshopWithTheKeyboardAlone", "[gui][plan][keyboard]")
{
    Editor e;
    e.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(e.window.get()));

    // Types into whatever has the keyboard focus once the modal dialog is up, as a person would.
    auto typeIntoNextDialog = [&](const QString &text) {
        auto *poll = new QTimer(e.window.get());
        poll->setInterval(5);
        QObject::connect(poll, &QTimer::timeout, e.window.get(), [poll, text] {
            QWidget *dialog = QApplication::activeModalWidget();
            QWidget *focus = QApplication::focusWidget();
            if (!dialog || !focus || !dialog->isAncestorOf(focus))
                return;
            poll->stop();
            poll->deleteLater();
            QTest::keyClicks(focus, text);
            QTest::keyClick(focus, Qt::Key_Return);
        });
        poll->start();
    };

    // Ctrl+N: the new-workshop dialog; type a title and press Enter.
    typeIntoNextDialog(QStringLiteral("Cash flow clinic"));
    e.key(e.window.get(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(e.context().workshop().title == u"Cash flow clinic");
    REQUIRE(e.context().session() != nullptr);
    CHECK(e.context().session()->activities.empty());

    // Insert opens the method library; typing filters it and Enter adds the highlighted method.
    auto addByKeyboard = [&](const QString &search) {
        typeIntoNextDialog(search);
        e.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(e.window.get()));
        e.plan->table()->setFocus();
        e.key(e.plan->table(), Qt::Key_Insert);
    };
    addByKeyboard(QStringLiteral("troika"));
    addByKeyboard(QStringLiteral("check-out"));
    addByKeyboard(QStringLiteral("welcome"));
    QStringList titles = e.storedTitles();
    REQUIRE(titles.size() == 3);
    CHECK(titles[0].contains(u"Troika", Qt::CaseInsensitive));

    // The welcome landed last; Ctrl+Up twice makes it first.
    e.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(e.window.get()));
    e.plan->table()->setFocus();
    e.key(e.plan->table(), Qt::Key_Up, Qt::ControlModifier);
    e.key(e.plan->table(), Qt::Key_Up, Qt::ControlModifier);
    titles = e.storedTitles();
    CHECK(titles[0].contains(u"welcome", Qt::CaseInsensitive));

    // Typing a number on the selected row sets its minutes.
    // The first key opens the cell's editor; the next keys go where the focus then is.
    QTest::keyClick(e.plan->table(), Qt::Key_1);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("2"));
    e.key(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(e.stored().activities[0].plannedMinutes == 12);

    // Ctrl+Z walks every step back to the empty session.
    for (int i = 0; i < 6 && e.context().session() && !e.context().session()->activities.empty(); ++i)
        e.key(e.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(e.stored().activities.empty());
}

TEST_CASE("planEditor_breakoutsModeFollowsPlanEdits", "[gui][plan]")
{
    Editor e;
    auto *breakouts = qobject_cast<BreakoutsView *>(e.window->modeWidget(MainWindow::Breakouts));
    REQUIRE(breakouts);
    e.window->setMode(MainWindow::Breakouts);
    CHECK(breakouts->tree()->topLevelItemCount() == 4);
    e.window->setMode(MainWindow::Plan);
    e.plan->selectRow(1);
    e.plan->editor()->breakoutBox()->setChecked(true); // the icebreaker becomes group work
    e.window->setMode(MainWindow::Breakouts);
    QApplication::processEvents();
    CHECK(breakouts->tree()->topLevelItemCount() == 5);
    e.undo().undo();
    CHECK(breakouts->tree()->topLevelItemCount() == 4);
}

TEST_CASE("planTemplates_savedActivitiesAndSessionsAreOfferedAgain", "[gui][plan][library]")
{
    Editor e;
    e.plan->selectRow(5); // the case study
    e.window->saveActivityAsTemplate();
    e.window->saveSessionAsTemplate();

    AddActivityDialog dialog(*e.store);
    dialog.searchField()->setText(QStringLiteral("my activities noodle"));
    QListWidgetItem *current = dialog.list()->currentItem();
    REQUIRE(current);
    CHECK_FALSE(current->isHidden());
    Activity saved = e.context().workshop().sessions[0].activities[5];
    saved.id = 0; // a template is not the stored row
    CHECK(dialog.chosenActivity() == saved);

    dialog.searchField()->setText(QStringLiteral("troika"));
    CHECK(dialog.chosenActivity().title.contains(u"Troika", Qt::CaseInsensitive));
    CHECK(dialog.list()->count() >= 1 + 1 + 25); // blank, the saved one, the library

    auto mine = TemplateStore(*e.store).list();
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 2);
    CHECK(mine->at(1).kind == UserTemplate::Kind::Session);
    CHECK(mine->at(1).session.activities.size() == 12);
}
