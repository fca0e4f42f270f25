// The main window offscreen: it opens on the demo workshop, every mode is reachable from the
// keyboard, and a picture of each mode is written under the build folder for people to look at.

#include "demo/demoseeder.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/filedialog.h"
#include "dialogs/preferencesdialog.h"
#include "gui/demostore.h"
#include "mainwindow.h"
#include "models/activitytablemodel.h"
#include "plan/schedule.h"
#include "preferences.h"
#include "presenter/runsettings.h"
#include "store/store.h"
#include "views/breakoutsview.h"
#include "views/planview.h"
#include "views/reportsview.h"
#include "views/rosterview.h"
#include "views/runview.h"
#include "views/checkinpanel.h"
#include "liveroster.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace sala;

namespace {

using DemoFixture = test::DemoStore;

// Opens the last workshop, as Sala does at start, and shows the window.
void showOnLastWorkshop(MainWindow &window)
{
    window.restoreLastWorkshop();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
}

void pressShortcut(QWidget &window, QKeyCombination keys)
{
    QTest::keyClick(&window, keys.key(), keys.keyboardModifiers());
    QApplication::processEvents();
}

} // namespace

TEST_CASE("mainWindow_rosterLoadedWhileHidden_sizesItsColumnsWhenShown", "[gui]")
{
    // The roster arrives while Plan mode is shown; its columns are measured when Roster mode
    // first appears, not at the start, and then fit their contents.
    DemoFixture fixture;
    MainWindow window(*fixture.store);
    showOnLastWorkshop(window);
    REQUIRE(window.currentMode() == MainWindow::Plan);
    auto *roster = qobject_cast<RosterView *>(window.modeWidget(MainWindow::Roster));
    REQUIRE(roster);
    QTableView *table = roster->table();
    REQUIRE(table->model()->rowCount() > 0);

    window.setMode(MainWindow::Roster);
    QApplication::processEvents();
    const QHeaderView *header = table->horizontalHeader();
    int checked = 0;
    for (int column = 0; column < header->count() - 1; ++column) { // the last column stretches
        if (header->isSectionHidden(column))
            continue;
        const QAbstractItemView *view = table; // sizeHintForColumn is public there
        const int fit = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
        INFO("column " << column);
        CHECK(table->columnWidth(column) == fit);
        ++checked;
    }
    CHECK(checked >= 3);
}

TEST_CASE("mainWindow_opensOnTheDemoWorkshop", "[gui]")
{
    DemoFixture fixture;
    MainWindow window(*fixture.store);
    showOnLastWorkshop(window);

    CHECK(window.windowTitle().contains(u"Keep the Doors Open"));
    CHECK(window.workshopPicker()->currentText().contains(u"Keep the Doors Open"));
    CHECK(window.sessionPicker()->count() == 1);
    CHECK(window.databaseLabel()->text().contains(QDir::toNativeSeparators(fixture.store->path())));
    CHECK(window.currentMode() == MainWindow::Plan);

    auto *plan = qobject_cast<PlanView *>(window.modeWidget(MainWindow::Plan));
    REQUIRE(plan);
    CHECK(plan->table()->model()->rowCount() == 12);
    const QString firstStart = plan->table()->model()->index(0, ActivityTableModel::Start).data().toString();
    const QTimeZone bangkok("Asia/Bangkok");
    CHECK(firstStart.startsWith(clockTime(QDateTime(QDate(2026, 12, 1), QTime(9, 0), bangkok), bangkok)));
    CHECK_FALSE(firstStart.contains(u"00:00")); // minutes, never seconds
    // The demo names Manila as its second zone: 09:00 ICT is 10:00 PHT.
    const QString secondStart = plan->table()->model()->index(0, ActivityTableModel::SecondStart).data().toString();
    CHECK(secondStart.startsWith(clockTime(QDateTime(QDate(2026, 12, 1), QTime(9, 0), bangkok), QTimeZone("Asia/Manila"))));
    CHECK(secondStart.contains(u"10"));

    auto *roster = qobject_cast<RosterView *>(window.modeWidget(MainWindow::Roster));
    REQUIRE(roster);
    const int people = roster->table()->model()->rowCount();
    CHECK(people >= 25);
    // The counts are of participants; the demo's facilitator and interpreter are rows, not counted.
    const int participants = int(std::count_if(window.context().roster().begin(), window.context().roster().end(),
                                               [](const Participant &p) { return isCounted(p.role); }));
    CHECK(participants == people - 2);
    CHECK(roster->countsLabel()->text().startsWith(QString::number(participants)));
    roster->searchField()->setText(QStringLiteral("binti"));
    CHECK(roster->table()->model()->rowCount() > 0);
    CHECK(roster->table()->model()->rowCount() < people);
    roster->searchField()->clear();

    auto *breakouts = qobject_cast<BreakoutsView *>(window.modeWidget(MainWindow::Breakouts));
    REQUIRE(breakouts);
    window.setMode(MainWindow::Breakouts); // the list is built when the mode is shown
    CHECK(breakouts->tree()->topLevelItemCount() == 4);

    auto *run = qobject_cast<RunView *>(window.modeWidget(MainWindow::Run));
    REQUIRE(run);
    CHECK(run->rundown()->topLevelItemCount() == 12);

    auto *reports = qobject_cast<ReportsView *>(window.modeWidget(MainWindow::Reports));
    REQUIRE(reports);
    const QTableWidget *byCountry = reports->rosterByCountry();
    CHECK(byCountry->rowCount() == 6); // five countries and the total
    const int totalColumn = byCountry->columnCount() - 1;
    CHECK(byCountry->item(byCountry->rowCount() - 1, totalColumn)->text() == QLocale().toString(participants));
}

TEST_CASE("mainWindow_everyModeIsReachableFromTheKeyboard", "[gui]")
{
    DemoFixture fixture;
    MainWindow window(*fixture.store);
    window.restoreLastWorkshop();
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    const std::array<Qt::Key, MainWindow::ModeCount> keys{Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5};
    // Backwards first, so that each press has to change the mode.
    for (int mode = MainWindow::ModeCount - 1; mode >= 0; --mode) {
        pressShortcut(window, QKeyCombination(Qt::ControlModifier, keys[std::size_t(mode)]));
        CHECK(window.currentMode() == MainWindow::Mode(mode));
        CHECK(window.modeAction(MainWindow::Mode(mode))->isChecked());
    }
}

TEST_CASE("mainWindow_remembersModeAndWorkshopAcrossRestarts", "[gui]")
{
    DemoFixture fixture;
    {
        MainWindow window(*fixture.store);
        window.restoreLastWorkshop();
        window.setMode(MainWindow::Roster);
        window.close();
    }
    MainWindow again(*fixture.store);
    again.restoreLastWorkshop();
    CHECK(again.currentMode() == MainWindow::Roster);
    CHECK(again.context().hasWorkshop());
    CHECK_FALSE(SessionState::windowGeometry.value().isEmpty());
}

TEST_CASE("mainWindow_writesAScreenshotOfEachMode", "[gui][screenshots]")
{
    DemoFixture fixture;
    MainWindow window(*fixture.store);
    window.restoreLastWorkshop();
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QDir out(QStringLiteral(SALA_SCREENSHOT_DIR));
    REQUIRE(out.mkpath(QStringLiteral(".")));
    const std::array<QString, MainWindow::ModeCount> names{QStringLiteral("plan"), QStringLiteral("roster"),
                                                           QStringLiteral("breakouts"), QStringLiteral("run"),
                                                           QStringLiteral("reports")};
    for (int mode = 0; mode < MainWindow::ModeCount; ++mode) {
        window.setMode(MainWindow::Mode(mode));
        QApplication::processEvents();
        const QString file = out.filePath(names[std::size_t(mode)] + QStringLiteral(".png"));
        QFile::remove(file);
        REQUIRE(window.grab().save(file));
        CHECK(QImage(file).size() == window.size() * window.devicePixelRatio());
    }
}

TEST_CASE("mainWindow_backUpWritesTheChosenFile", "[gui]")
{
    DemoFixture fixture;
    MainWindow window(*fixture.store);
    const QString target = fixture.dir.filePath(QStringLiteral("chosen-backup.db"));
    FileDialog::setNextFileName(target);
    window.backUpDatabase();
    CHECK(QFile::exists(target));
}

TEST_CASE("models_keepTheQtModelContract", "[gui][models]")
{
    DemoFixture fixture;
    WorkshopContext context(*fixture.store);
    ActivityTableModel activities(context);
    QAbstractItemModelTester activityTester(&activities, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(context.reloadWorkshops());
    REQUIRE(context.selectWorkshop(context.workshops().front().id));
    CHECK(activities.rowCount() == 12);
    CHECK(activities.index(4, ActivityTableModel::Minutes).data(ActivityTableModel::RawValueRole).toInt() == 5);
    context.selectSession(-1);
    CHECK(activities.rowCount() == 0);
}

TEST_CASE("preferences_applyWritesTheChoices", "[gui][preferences]")
{
    appSettings().clear();
    PreferencesDialog dialog;
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    auto *zone = dialog.findChild<QComboBox *>(QStringLiteral("zoneCombo"));
    REQUIRE(language);
    REQUIRE(zone);
    language->setCurrentIndex(language->findData(QStringLiteral("th")));
    zone->setCurrentIndex(zone->findData(QStringLiteral("Asia/Kuala_Lumpur")));
    auto *wrapUp = dialog.findChild<QSpinBox *>(QStringLiteral("wrapUpSpin"));
    REQUIRE(wrapUp);
    CHECK(wrapUp->value() == 2); // the default
    wrapUp->setValue(3);
    dialog.apply();
    CHECK(RunPreferences::defaultWrapUpSeconds.value() == 180);
    CHECK(Preferences::language.value() == u"th");
    CHECK(Preferences::secondTimeZone.value() == u"Asia/Kuala_Lumpur");
    CHECK(appSettings().value(QStringLiteral("preferences/language")).toString() == u"th");
    // Preferences and session state are kept apart.
    CHECK_FALSE(appSettings().contains(QStringLiteral("state/language")));
    appSettings().clear();
}

TEST_CASE("about_namesVersionDatabaseAndLicences", "[gui]")
{
    const QString html = AboutDialog::aboutHtml(QStringLiteral("/tmp/x/sala.db"));
    for (const char *part : {"Sala 0.", "Apache License 2.0", "LGPL", "SQLite", "nlohmann/json", "spdlog", "sala.db"})
        CHECK(html.contains(QString::fromLatin1(part)));
}

TEST_CASE("mainWindow_checkInSitsBesideTheTimerAndTheRosterStaysInStep", "[gui][roster][run]")
{
    DemoFixture fixture;
    MainWindow window(*fixture.store);
    window.restoreLastWorkshop();
    auto *run = qobject_cast<RunView *>(window.modeWidget(MainWindow::Run));
    REQUIRE(run);
    CHECK(run->peopleBox()->findChild<CheckInPanel *>() != nullptr);

    // A walk-in added through the live roster reaches the reports at once.
    Participant walkIn;
    walkIn.name = QStringLiteral("Vilayvanh Keovongsa");
    walkIn.country = QStringLiteral("LA");
    walkIn.sex = Sex::Female;
    const std::size_t before = window.context().roster().size();
    const auto participants = std::count_if(window.context().roster().begin(), window.context().roster().end(),
                                            [](const Participant &p) { return isCounted(p.role); });
    REQUIRE(LiveRoster::of(window.context()).add(walkIn));
    CHECK(window.context().roster().size() == before + 1);
    auto *reports = qobject_cast<ReportsView *>(window.modeWidget(MainWindow::Reports));
    const QTableWidget *byCountry = reports->rosterByCountry();
    CHECK(byCountry->item(byCountry->rowCount() - 1, byCountry->columnCount() - 1)->text()
          == QLocale().toString(int(participants + 1)));
}
