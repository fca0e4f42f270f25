// Plan mode on a 300-activity plan, offscreen: what a nudge, a drag and a scroll cost the GUI.

#include <catch2/catch.hpp>

#include "bigplan.h"
#include "mainwindow.h"
#include "store/planstore.h"
#include "store/store.h"
#include "views/planview.h"
#include "workshopcontext.h"

#include <QApplication>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

using namespace sala;

TEST_CASE("plan editor with 300 activities", "[bench][gui]")
{
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("sala.db")));
    REQUIRE(store.ok());
    Workshop workshop = bench::bigWorkshop();
    REQUIRE(PlanStore(*store.value()).insertWorkshop(workshop).ok());

    MainWindow window(*store.value());
    window.restoreLastWorkshop();
    window.setMode(MainWindow::Plan);
    window.resize(1280, 800);
    window.show();
    auto *plan = qobject_cast<PlanView *>(window.modeWidget(MainWindow::Plan));
    REQUIRE(plan->table()->model()->rowCount() == 300);
    plan->selectRow(150);

    int direction = 1;
    BENCHMARK("nudge one activity by a minute (undo command, store, model, checks)")
    {
        plan->nudgeMinutes(direction);
        direction = -direction;
        QApplication::processEvents();
    };
    BENCHMARK("move an activity one place down and back (two undo commands)")
    {
        plan->moveDownAction()->trigger();
        plan->moveUpAction()->trigger();
        QApplication::processEvents();
    };
    QScrollBar *bar = plan->table()->verticalScrollBar();
    int step = 0;
    BENCHMARK("scroll a page and paint the table")
    {
        bar->setValue((step += bar->pageStep()) % std::max(1, bar->maximum()));
        plan->table()->viewport()->repaint();
    };
}
