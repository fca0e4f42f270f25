// Breakouts mode as a facilitator uses it on the demo workshop: rooms generated from the roster
// without repeated pairs and with countries spread, dragged or moved from the keyboard, locked and
// re-solved, renamed, a late arrival placed, exported for Zoom and printed, only the people who
// take part grouped, every change undoable and stored at once.

#include "demo/demoseeder.h"
#include "dialogs/filedialog.h"
#include "groups/breakoutsetstore.h"
#include "groups/groupsolver.h"
#include "groups/rostergroups.h"
#include "gui/demostore.h"
#include "liveroster.h"
#include "mainwindow.h"
#include "models/breakoutroomsmodel.h"
#include "render/pdfinspect.h"
#include "roomspdf.h"
#include "settings.h"
#include "support/testsupport.h"
#include "store/store.h"
#include "views/breakoutsview.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <set>

using namespace sala;

namespace {

struct Breakouts : test::DemoStore {
    std::unique_ptr<MainWindow> window;
    BreakoutsView *view = nullptr;

    Breakouts()
    {
        window = std::make_unique<MainWindow>(*store);
        window->restoreLastWorkshop();
        window->resize(1280, 800);
        window->setMode(MainWindow::Breakouts);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        view = qobject_cast<BreakoutsView *>(window->modeWidget(MainWindow::Breakouts));
        REQUIRE(view);
    }

    WorkshopContext &context() const { return window->context(); }
    QUndoStack &undo() const { return *context().undoStack(); }

    // The first breakout activity with this many rounds and groups of this size.
    int activityRow(int rounds, int size) const
    {
        const Session *session = context().session();
        for (std::size_t i = 0; i < session->activities.size(); ++i) {
            const auto &b = session->activities[i].breakout;
            if (b && b->rounds == rounds && b->groupSize == size)
                return int(i);
        }
        FAIL("no such breakout activity in the demo");
        return -1;
    }

    BreakoutSet stored() const
    {
        auto set = BreakoutSetStore(*store).forActivity(view->activityId());
        REQUIRE(set.ok());
        return set.value().value_or(BreakoutSet{});
    }

    std::vector<GroupRound> rounds() const { return roundsOf(view->problem(), view->currentSet()); }

    // Where a participant sits in the shown round, as the model shows it.
    int roomOf(int person) const
    {
        BreakoutRoomsModel *model = view->roomsModel();
        for (int room = 0; room < model->rowCount(); ++room) {
            const QModelIndex parent = model->index(room, 0);
            for (int row = 0; row < model->rowCount(parent); ++row)
                if (model->index(row, 0, parent).data(BreakoutRoomsModel::RawValueRole).toInt() == person)
                    return room;
        }
        return -1;
    }

    QModelIndex personIndex(int person) const
    {
        BreakoutRoomsModel *model = view->roomsModel();
        const int room = roomOf(person);
        const QModelIndex parent = model->index(room, 0);
        for (int row = 0; row < model->rowCount(parent); ++row)
            if (model->index(row, 0, parent).data(BreakoutRoomsModel::RawValueRole).toInt() == person)
                return model->index(row, 0, parent);
        return {};
    }

    void drop(int person, int room)
    {
        BreakoutRoomsModel *model = view->roomsModel();
        std::unique_ptr<QMimeData> data(model->mimeData({personIndex(person)}));
        REQUIRE(data);
        CHECK_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->index(room, 0)));
        QApplication::processEvents();
    }
};

} // namespace

TEST_CASE("breakouts_generateForTheDemo_noRepeatedPairsAndCountriesSpread", "[gui][breakouts]")
{
    Breakouts b;
    QAbstractItemModelTester tester(b.view->roomsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    b.view->selectActivity(b.activityRow(3, 5));
    REQUIRE(b.view->generate());
    const std::vector<GroupRound> rounds = b.rounds();
    REQUIRE(rounds.size() == 3);
    const int people = int(b.view->problem().problem.people.size());
    REQUIRE(people == int(b.context().roster().size()));
    for (const GroupRound &round : rounds) {
        std::multiset<int> placed;
        for (const auto &room : round) {
            placed.insert(room.begin(), room.end());
            CHECK(room.size() >= 4);
            CHECK(room.size() <= 5);
        }
        CHECK(placed.size() == std::size_t(people));
        CHECK(std::set<int>(placed.begin(), placed.end()).size() == std::size_t(people));
    }
    GroupProblem problem = b.view->problem().problem;
    problem.constraints.balanceAttrs = {groupattr::country};
    const GroupStatistics stats = evaluateSchedule(problem, rounds);
    CHECK(stats.repeatedPairs == 0);
    for (int imbalance : stats.imbalancePerRound)
        CHECK(imbalance == 0);
    // Stored at once, and shown room by room with its mix.
    CHECK(b.stored() == b.view->currentSet());
    CHECK(b.view->roomsModel()->rowCount() == int(rounds.front().size()));
    CHECK(b.view->roomsModel()->index(0, BreakoutRoomsModel::Details).data().toString().contains(QStringLiteral("·")));
    CHECK(b.view->status()->text().contains(QStringLiteral("Repeated pairs: 0")));

    b.undo().undo();
    CHECK(b.stored().isEmpty());
    CHECK(b.view->roomsModel()->rowCount() == 0);
    b.undo().redo();
    CHECK(b.stored().rounds.size() == 3);
}

TEST_CASE("breakouts_dragAPersonIntoARoomTheyMet_movesAndHighlightsTheRepeat", "[gui][breakouts]")
{
    Breakouts b;
    QAbstractItemModelTester tester(b.view->roomsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    b.view->selectActivity(b.activityRow(3, 5));
    REQUIRE(b.view->generate());
    const std::vector<GroupRound> rounds = b.rounds();
    // Someone from round 1's first room, moved in round 2 into the room of a round-1 roommate.
    const int mover = rounds[0][0][0];
    const int roommate = rounds[0][0][1];
    b.view->setRound(1);
    const int target = b.roomOf(roommate);
    REQUIRE(b.roomOf(mover) != target);
    b.drop(mover, target);
    CHECK(b.roomOf(mover) == target);
    CHECK(b.personIndex(mover).data(BreakoutRoomsModel::RepeatedRole).toBool());
    CHECK(b.personIndex(roommate).data(BreakoutRoomsModel::RepeatedRole).toBool());
    CHECK(b.undo().undoText().startsWith(QStringLiteral("Move ")));
    CHECK(b.stored() == b.view->currentSet());

    b.undo().undo();
    CHECK(b.roomOf(mover) != target);
    CHECK_FALSE(b.personIndex(mover).data(BreakoutRoomsModel::RepeatedRole).toBool());
}

TEST_CASE("breakouts_lockedPersonAndRoom_stayWhenTheRestIsResolved", "[gui][breakouts]")
{
    Breakouts b;
    b.view->selectActivity(b.activityRow(3, 5));
    REQUIRE(b.view->generate());
    BreakoutRoomsModel *model = b.view->roomsModel();
    const std::vector<GroupRound> before = b.rounds();
    const int person = before[0][2][0];
    REQUIRE(model->setData(b.personIndex(person), Qt::Checked, Qt::CheckStateRole));
    REQUIRE(model->setData(model->index(4, 0), Qt::Checked, Qt::CheckStateRole));
    QApplication::processEvents();
    CHECK(b.personIndex(person).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(model->index(4, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(b.stored().lockedRooms.count({0, 4}) == 1);

    REQUIRE(b.view->resolve());
    const std::vector<GroupRound> after = b.rounds();
    CHECK(b.roomOf(person) == 2);
    CHECK(std::set<int>(after[0][4].begin(), after[0][4].end()) == std::set<int>(before[0][4].begin(), before[0][4].end()));
    CHECK(b.stored().lockedPeople.size() == 1);
    b.undo().undo(); // the re-solve
    b.undo().undo(); // the room lock
    CHECK(b.stored().lockedRooms.empty());
}

TEST_CASE("breakouts_renamedRoom_goesIntoTheZoomExport", "[gui][breakouts]")
{
    Breakouts b;
    b.view->selectActivity(b.activityRow(1, 5));
    REQUIRE(b.view->generate());
    BreakoutRoomsModel *model = b.view->roomsModel();
    REQUIRE(model->setData(model->index(0, 0), QStringLiteral("Cash flow, part 1"), Qt::EditRole));
    QApplication::processEvents();
    CHECK(b.stored().roomNames.value(0) == QStringLiteral("Cash flow, part 1"));
    CHECK(model->index(0, 0).data().toString().startsWith(QStringLiteral("Cash flow, part 1")));

    const QString path = b.dir.filePath(QStringLiteral("zoom.csv"));
    FileDialog::setNextFileName(path);
    REQUIRE(b.view->exportZoomCsv());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines.first() == QStringLiteral("Pre-assign Room Name,Email Address"));
    CHECK(lines.at(1).startsWith(QStringLiteral("\"Cash flow, part 1\",")));
    int withEmail = 0;
    for (const GroupPerson &person : b.view->problem().problem.people)
        withEmail += person.email.isEmpty() ? 0 : 1;
    CHECK(lines.size() == 1 + withEmail);
    if (withEmail < int(b.view->problem().problem.people.size()))
        CHECK(b.view->status()->text().contains(QStringLiteral("without an e-mail address")));

    const QString list = b.view->roomListText();
    CHECK(list.startsWith(QStringLiteral("Round 1\nCash flow, part 1: ")));
    b.view->copyRoomList();
    CHECK(QGuiApplication::clipboard()->text() == list);
}

TEST_CASE("breakouts_lateArrival_placedInTheSuggestedRoomAndUndoable", "[gui][breakouts]")
{
    Breakouts b;
    b.view->selectActivity(b.activityRow(3, 5));
    REQUIRE(b.view->generate());
    std::vector<Participant> roster = b.context().roster();
    Participant late;
    late.id = 100000;
    late.name = QStringLiteral("Nguyễn Thị Lan");
    late.preferredName = QStringLiteral("Lan");
    late.country = QStringLiteral("LA");
    roster.push_back(late);
    b.context().setRoster(roster);
    QApplication::processEvents();
    REQUIRE(b.view->lateArrivalBox()->findData(late.id) >= 0);
    const std::size_t before = b.rounds()[0].size();
    REQUIRE(b.view->placeLateArrival(late.id));
    const int person = b.view->problem().indexOf(late.id);
    const int room = b.roomOf(person);
    REQUIRE(room >= 0);
    const std::vector<GroupRound> rounds = b.rounds();
    CHECK(rounds[0].size() == before);
    // Sala chose one of the smallest rooms.
    for (const auto &members : rounds[0])
        CHECK(rounds[0][std::size_t(room)].size() <= members.size() + 1);
    CHECK(b.view->status()->text().contains(QStringLiteral("Lan joins")));
    CHECK(b.view->lateArrivalBox()->findData(late.id) < 0);
    b.undo().undo();
    CHECK(b.roomOf(person) < 0);
}

TEST_CASE("breakouts_homeGroups_reusedByAnotherActivity", "[gui][breakouts]")
{
    Breakouts b;
    const int first = b.activityRow(1, 5);
    b.view->selectActivity(first);
    REQUIRE(b.view->generate());
    const auto home = b.view->currentSet().rounds.front();
    b.view->saveHomeGroups();
    b.view->selectActivity(b.activityRow(3, 5));
    REQUIRE(b.view->useHomeGroups());
    REQUIRE(b.view->currentSet().rounds.size() == 3);
    for (const auto &round : b.view->currentSet().rounds)
        CHECK(round == home);
    b.undo().undo();
    CHECK(b.view->currentSet().isEmpty());
}

TEST_CASE("breakouts_roomsSurviveAReopen", "[gui][breakouts]")
{
    Breakouts b;
    const int row = b.activityRow(3, 3);
    b.view->selectActivity(row);
    REQUIRE(b.view->generate());
    const BreakoutSet generated = b.view->currentSet();
    // Another activity and back: the rooms come from the database.
    b.view->selectActivity(b.activityRow(1, 5));
    CHECK(b.view->currentSet().isEmpty());
    b.view->selectActivity(row);
    CHECK(b.view->currentSet() == generated);
    QDir().mkpath(QStringLiteral(SALA_SCREENSHOT_DIR));
    b.view->setRound(1);
    b.window->grab().save(QStringLiteral(SALA_SCREENSHOT_DIR "/breakouts-mode.png"));
}

TEST_CASE("breakouts_altDownAltUpAndM_moveTheSelectedPeopleAsUndoableSteps", "[gui][breakouts][keys]")
{
    Breakouts b;
    QAbstractItemModelTester tester(b.view->roomsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    b.view->selectActivity(b.activityRow(3, 5));
    REQUIRE(b.view->generate());
    // A search that takes a moment shows a progress window; the keys go to the main window again.
    b.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(b.window.get()));
    QTreeView *rooms = b.view->rooms();
    const std::vector<GroupRound> generated = b.rounds();
    const int person = generated[0][0][0];
    rooms->setFocus();
    b.view->selectPeople({person});
    REQUIRE(b.view->selectedPeople() == QList<int>{person});
    const int stepsBefore = b.undo().index();

    QTest::keyClick(rooms, Qt::Key_Down, Qt::AltModifier);
    QApplication::processEvents();
    CHECK(b.roomOf(person) == 1);
    CHECK(b.view->selectedPeople() == QList<int>{person}); // still selected: Alt+Down again goes on
    QTest::keyClick(rooms, Qt::Key_Down, Qt::AltModifier);
    QApplication::processEvents();
    CHECK(b.roomOf(person) == 2);
    CHECK(b.undo().index() == stepsBefore + 2);
    CHECK(b.undo().undoText() == u"Move " + b.view->problem().problem.people[std::size_t(person)].name + u" to Room 3");
    CHECK(b.stored() == b.view->currentSet());
    QTest::keyClick(rooms, Qt::Key_Up, Qt::AltModifier);
    QApplication::processEvents();
    CHECK(b.roomOf(person) == 1);
    b.undo().undo();
    b.undo().undo();
    b.undo().undo();
    CHECK(b.roomOf(person) == 0);
    CHECK(b.stored() == b.view->currentSet());

    // In the first room there is no room before.
    b.view->selectPeople({person});
    QTest::keyClick(rooms, Qt::Key_Up, Qt::AltModifier);
    QApplication::processEvents();
    CHECK(b.roomOf(person) == 0);
    CHECK(b.view->status()->text() == u"Already in the first room.");

    // Two people from different rooms, M, then 4: both go to Room 4 in one step.
    const int other = generated[0][1][0];
    b.view->selectPeople({person, other});
    REQUIRE(b.view->selectedPeople().size() == 2);
    bool menuShown = false;
    QTimer::singleShot(0, b.view, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        menuShown = menu != nullptr;
        if (menu)
            QTest::keyClick(menu, Qt::Key_4);
    });
    const int steps = b.undo().index();
    QTest::keyClick(rooms, Qt::Key_M);
    QApplication::processEvents();
    CHECK(menuShown);
    CHECK(b.roomOf(person) == 3);
    CHECK(b.roomOf(other) == 3);
    CHECK(b.undo().index() == steps + 1);
    CHECK(b.undo().undoText() == u"Move 2 people to Room 4");
    b.undo().undo();
    CHECK(b.roomOf(person) == 0);
    CHECK(b.roomOf(other) == 1);

    // The same moves through the menu the right mouse button opens; the shortcut is in the tooltip.
    b.view->selectPeople({other});
    std::unique_ptr<QMenu> menu(b.view->moveMenu(nullptr));
    REQUIRE(menu->actions().size() == int(generated[0].size()));
    CHECK_FALSE(menu->actions().at(1)->isEnabled()); // the room they are in
    menu->actions().at(5)->trigger();
    CHECK(b.roomOf(other) == 5);
    CHECK(b.view->moveToRoomAction()->toolTip().endsWith(u"(M)"));
    CHECK_FALSE(b.view->moveDownAction()->shortcut().isEmpty());
}

TEST_CASE("breakouts_whoIsGrouped_notThoseLeftOutOrErasedAndOnlyCheckedInOnceCheckInBegins", "[gui][breakouts][attendance]")
{
    Breakouts b;
    LiveRoster &live = LiveRoster::of(b.context());
    const std::vector<Participant> roster = b.context().roster();
    REQUIRE(roster.size() == 30); // 28 participants, the demo's facilitator and interpreter
    b.view->selectActivity(b.activityRow(3, 5));
    CHECK(b.view->problem().problem.people.size() == 30);
    CHECK(b.view->groupedLabel()->text() == u"Grouping all 30 people on the roster. Team: 1 facilitator(s), 1 interpreter(s).");
    CHECK_FALSE(b.view->onlyCheckedInBox()->isChecked()); // nobody has checked in

    REQUIRE(live.setExpected({roster[0].id}, false));
    REQUIRE(live.erase({roster[1].id}));
    QApplication::processEvents();
    b.view->selectActivity(b.activityRow(3, 5));
    CHECK(b.view->problem().problem.people.size() == 28);
    CHECK(b.view->problem().indexOf(roster[0].id) < 0);
    CHECK(b.view->problem().indexOf(roster[1].id) < 0);
    CHECK(b.view->groupedLabel()->text()
          == u"Grouping 28 of 30 people; not grouped: 1 left out of this session, 1 whose data was erased. Team: 1 "
             u"facilitator(s), 1 interpreter(s).");

    // The first check-in turns "Only people checked in" on.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::vector<qint64> came;
    for (int i = 2; i < 12; ++i) {
        AttendanceEvent event;
        event.sessionId = b.context().session()->id;
        event.participantId = roster[std::size_t(i)].id;
        event.kind = i == 11 ? AttendanceKind::Late : AttendanceKind::Arrived;
        event.at = now;
        REQUIRE(live.recordAttendance(event));
        came.push_back(event.participantId);
    }
    AttendanceEvent left{0, b.context().session()->id, came.back(), AttendanceKind::Left, now.addSecs(60)};
    REQUIRE(live.recordAttendance(left));
    QApplication::processEvents();
    CHECK(b.view->onlyCheckedInBox()->isChecked());
    CHECK(b.view->problem().problem.people.size() == 9);
    CHECK(b.view->groupedLabel()->text()
          == u"Grouping 9 of 30 people; not grouped: 18 not checked in, 1 checked out of the call, 1 left out of this "
             u"session, 1 whose data was erased.");
    REQUIRE(b.view->generate());
    std::set<qint64> grouped;
    for (const auto &room : b.view->currentSet().rounds.front())
        grouped.insert(room.begin(), room.end());
    CHECK(grouped == std::set<qint64>(came.begin(), came.end() - 1));
    CHECK(b.view->status()->text().contains(u"Grouping 9 of 30 people"));

    // Once the facilitator decides, further check-ins leave the choice alone.
    b.view->onlyCheckedInBox()->setChecked(false);
    QApplication::processEvents();
    CHECK(b.view->problem().problem.people.size() == 28);
    AttendanceEvent another{0, b.context().session()->id, roster[20].id, AttendanceKind::Arrived, now.addSecs(120)};
    REQUIRE(live.recordAttendance(another));
    QApplication::processEvents();
    CHECK_FALSE(b.view->onlyCheckedInBox()->isChecked());
    CHECK_FALSE(b.view->onlyCheckedInBox()->accessibleName().isEmpty());
}

TEST_CASE("breakouts_printRooms_writesAPdfPageForEachRoundWithTimesAndMarks", "[gui][breakouts][pdf]")
{
    Breakouts b;
    const int row = b.activityRow(3, 5);
    b.view->selectActivity(row);
    FileDialog::setNextFileName(b.dir.filePath(QStringLiteral("none.pdf")));
    CHECK_FALSE(b.view->printRoomsPdf()); // no rooms yet
    CHECK(b.view->status()->text().contains(u"no rooms to print"));
    FileDialog::setNextFileName(QString());

    REQUIRE(b.view->generate());
    const int locked = b.rounds()[1][2][0];
    b.view->setRound(1);
    REQUIRE(b.view->roomsModel()->setData(b.personIndex(locked), Qt::Checked, Qt::CheckStateRole));
    QApplication::processEvents();

    const RoomsSheet sheet = b.view->roomsSheet();
    REQUIRE(sheet.rounds.size() == 3);
    CHECK(sheet.activityTitle == b.context().session()->activities[std::size_t(row)].title);
    CHECK(sheet.workshopTitle == b.context().workshop().title);
    // Three rounds of six minutes from 10:48 in Bangkok, with Manila's clock beside it.
    CHECK(sheet.rounds[0].times == u"10:48–10:54 ICT · 11:48–11:54 PHT");
    CHECK(sheet.rounds[1].times == u"10:54–11:00 ICT · 11:54–12:00 PHT");
    const RoomsSheet::Person &marked = sheet.rounds[1].rooms[2].people.front();
    CHECK(marked.locked);
    CHECK(marked.name == b.view->problem().problem.people[std::size_t(locked)].name);
    bool someoneFromCambodia = false;
    for (const auto &room : sheet.rounds[0].rooms)
        for (const auto &person : room.people)
            someoneFromCambodia = someoneFromCambodia || person.details.startsWith(u"Cambodia · Khmer");
    CHECK(someoneFromCambodia);

    const QString path = b.dir.filePath(QStringLiteral("rooms.pdf"));
    FileDialog::setNextFileName(path);
    REQUIRE(b.view->printRoomsPdf());
    const QByteArray pdf = test::readBytes(path);
    CHECK(pdf.startsWith("%PDF"));
    CHECK(test::pdfPageCount(pdf) == 3);
    CHECK(b.view->status()->text().contains(u"a page per round"));
    // Kept beside the screenshots, to look at.
    QDir().mkpath(QStringLiteral(SALA_SCREENSHOT_DIR));
    QFile::remove(QStringLiteral(SALA_SCREENSHOT_DIR "/breakout-rooms.pdf"));
    QFile::copy(path, QStringLiteral(SALA_SCREENSHOT_DIR "/breakout-rooms.pdf"));
}

TEST_CASE("breakouts_modeScreenshot_atTheLaptopSize", "[gui][breakouts][screenshots]")
{
    Breakouts b;
    b.window->resize(1366, 768);
    b.view->selectActivity(b.activityRow(3, 5));
    REQUIRE(b.view->generate());
    QApplication::processEvents();
    // Every control of the rooms panel fits: no clipped labels on a 1366 × 768 laptop.
    for (QWidget *w : std::initializer_list<QWidget *>{b.view->onlyCheckedInBox(), b.view->roundBox(), b.view->lateArrivalBox()})
        CHECK(w->width() >= w->minimumSizeHint().width());
    QDir().mkpath(QStringLiteral(SALA_SCREENSHOT_DIR));
    b.window->grab().save(QStringLiteral(SALA_SCREENSHOT_DIR "/breakouts-1366.png"));
}

TEST_CASE("breakouts_demoTeam_facilitatorInTheFirstRoomEveryRoundMarkedAndNotCounted", "[gui][breakouts][roles]")
{
    Breakouts b;
    b.view->selectActivity(b.activityRow(3, 5));
    REQUIRE(b.view->generate());
    const RosterProblem &problem = b.view->problem();
    int facilitator = -1;
    int interpreter = -1;
    for (std::size_t p = 0; p < problem.problem.people.size(); ++p) {
        if (problem.problem.people[p].role == u"facilitator")
            facilitator = int(p);
        if (problem.problem.people[p].role == u"interpreter")
            interpreter = int(p);
    }
    REQUIRE(facilitator >= 0);
    REQUIRE(interpreter >= 0);
    const std::vector<GroupRound> rounds = b.rounds();
    REQUIRE(rounds.size() == 3);
    for (const GroupRound &round : rounds) {
        CHECK(std::count(round[0].begin(), round[0].end(), facilitator) == 1);
        // The team comes on top of an even share of the 28 participants.
        for (const auto &room : round) {
            const auto team = std::count_if(room.begin(), room.end(), [&](int p) { return p == facilitator || p == interpreter; });
            const auto participants = std::ptrdiff_t(room.size()) - team;
            CHECK(participants >= 4);
            CHECK(participants <= 5);
        }
    }
    CHECK(b.view->groupedLabel()->text().contains(u"Team: 1 facilitator(s), 1 interpreter(s)."));
    // Shown as facilitator in the rooms and marked on the printed sheet.
    bool shown = false;
    const QAbstractItemModel *rooms = b.view->roomsModel();
    const QModelIndex first = rooms->index(0, 0);
    for (int row = 0; row < rooms->rowCount(first); ++row)
        shown = shown || rooms->index(row, BreakoutRoomsModel::Details, first).data().toString().startsWith(u"Facilitator");
    CHECK(shown);
    const RoomsSheet sheet = b.view->roomsSheet();
    int marked = 0;
    for (const auto &round : sheet.rounds)
        for (const auto &room : round.rooms)
            for (const auto &person : room.people)
                marked += person.facilitator ? 1 : 0;
    CHECK(marked == 3);
}
