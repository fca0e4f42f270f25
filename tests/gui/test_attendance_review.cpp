// Finishing the attendance review after the import, offscreen, as a trainer does it: Reports says
// how many people are not matched, Review… opens the review, a match changes the report at once,
// and Undo (in the dialog or the window) takes it back.

#include "gui/demostore.h"

#include "attendance/attendanceimport.h"
#include "attendance/storedreview.h"
#include "commands/attendancecommands.h"
#include "dialogs/attendancereviewdialog.h"
#include "mainwindow.h"
#include "support/testsupport.h"
#include "models/attendancereviewmodel.h"
#include "views/reports/attendancepanel.h"
#include "views/reportsview.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace sala;
using namespace sala::test;

namespace {

struct ReportsWindow : DemoStore {
    std::unique_ptr<MainWindow> window;
    AttendancePanel *panel = nullptr;

    ReportsWindow()
    {
        window = std::make_unique<MainWindow>(*store);
        window->resize(1366, 768);
        window->restoreLastWorkshop();
        window->setMode(MainWindow::Reports);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        auto *reports = qobject_cast<ReportsView *>(window->modeWidget(MainWindow::Reports));
        REQUIRE(reports);
        panel = reports->attendance();
        QApplication::processEvents();
    }
    qint64 idOf(const QString &name) const
    {
        for (const Participant &p : window->context().roster())
            if (p.name == name)
                return p.id;
        FAIL("no participant named " << name.toStdString());
        return 0;
    }
    // The minutes the report gives the person in the demo session; -1 when not seen there.
    qint64 secondsOf(qint64 participantId) const
    {
        const AttendanceReport *report = panel->report();
        REQUIRE(report);
        const qint64 session = window->context().session()->id;
        for (const ReportPerson &p : report->people) {
            if (p.participantId != participantId)
                continue;
            for (std::size_t i = 0; i < report->sessions.size(); ++i)
                if (report->sessions[i].sessionId == session && p.sessions[i].seen)
                    return p.sessions[i].seconds;
        }
        return -1;
    }
};

int rowNamed(const AttendanceReviewModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.item(row).name == name)
            return row;
    FAIL("no row for " << name.toStdString());
    return -1;
}

} // namespace

TEST_CASE("attendanceReview_fromReports_matchChangesTheReportAndUndoTakesItBack", "[gui][attendance][review]")
{
    ReportsWindow w;
    QUndoStack &stack = *w.window->context().undoStack();
    const qint64 heng = w.idOf(QStringLiteral("Heng Vuthy")); // on his phone, which Zoom names "iPhone"
    REQUIRE(w.panel->unmatchedBar()->isVisible());
    CHECK(w.panel->unmatchedNote()->text().contains(u"people in this session's attendance are not matched"));
    CHECK(w.secondsOf(heng) == -1);
    const int attended = w.panel->report()->attended;

    bool reviewed = false;
    QTimer::singleShot(0, w.window.get(), [&] {
        auto *dialog = qobject_cast<AttendanceReviewDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QAbstractItemModelTester tester(dialog->reviewModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
        AttendanceReviewModel &model = *dialog->reviewModel();
        const int before = model.rowCount();
        dialog->reviewTable()->selectRow(rowNamed(model, QStringLiteral("iPhone")));
        dialog->searchField()->setText(QStringLiteral("Heng Vu"));
        REQUIRE(dialog->candidateList()->currentItem());
        CHECK(dialog->candidateList()->currentItem()->text().startsWith(u"Heng Vuthy"));
        QTest::keyClick(dialog->searchField(), Qt::Key_Return);

        // Saved at once: one undo step, the row gone, the report behind the dialog changed.
        CHECK(stack.count() == 1);
        CHECK(stack.undoText() == u"Match “iPhone” to Heng Vuthy");
        CHECK(model.rowCount() == before - 1);
        CHECK(w.secondsOf(heng) > 2 * 3600);
        CHECK(w.panel->report()->attended == attended + 1);

        REQUIRE(dialog->undoButton()->isEnabled());
        QTest::mouseClick(dialog->undoButton(), Qt::LeftButton);
        CHECK(model.rowCount() == before);
        CHECK(w.secondsOf(heng) == -1);
        CHECK_FALSE(dialog->undoButton()->isEnabled());

        stack.redo();
        CHECK(model.rowCount() == before - 1);
        reviewed = true;
        dialog->reject();
    });
    QTest::mouseClick(w.panel->reviewButton(), Qt::LeftButton);
    REQUIRE(reviewed);

    // The window's Undo reverts it too, and the reports follow.
    CHECK(w.secondsOf(heng) > 2 * 3600);
    stack.undo();
    CHECK(w.secondsOf(heng) == -1);
    CHECK(w.panel->report()->attended == attended);
    stack.redo();
    CHECK(w.secondsOf(heng) > 2 * 3600);
}

TEST_CASE("attendanceReview_confirmingANameSavesAnAliasAndUndoRemovesIt", "[gui][attendance][review]")
{
    ReportsWindow w;
    WorkshopContext &context = w.window->context();
    const qint64 session = w.panel->unmatchedSession();
    REQUIRE(session == context.session()->id);
    AttendanceReviewDialog dialog(context, session);
    AttendanceReviewModel &model = *dialog.reviewModel();
    REQUIRE(model.rowCount() > 0);
    CHECK(dialog.sessionPicker()->count() == 1);
    CHECK(dialog.summaryLabel()->text().contains(u"not matched yet"));

    // Nobody on the roster is named "Galaxy A12", but the trainer knows it is Kavitha's phone;
    // a phone's name is never kept as an alias.
    const qint64 kavitha = w.idOf(QStringLiteral("Kavitha a/p Ramasamy"));
    dialog.reviewTable()->selectRow(rowNamed(model, QStringLiteral("Galaxy A12")));
    dialog.searchField()->setText(QStringLiteral("Kavitha"));
    REQUIRE(dialog.confirmOrPickSelected());
    auto stored = storedReviewItems(*w.store, session);
    REQUIRE(stored.ok());
    CHECK(std::none_of(stored->begin(), stored->end(), [](const StoredReviewItem &i) { return i.item.name == u"Galaxy A12"; }));
    const auto aliasesOfKavitha = [&] {
        for (const Participant &p : context.roster())
            if (p.id == kavitha)
                return p.aliases;
        return QStringList();
    };
    CHECK_FALSE(aliasesOfKavitha().contains(QStringLiteral("Galaxy A12")));

    // Ignoring the other phone leaves it out, one more step.
    const int rows = model.rowCount();
    dialog.reviewTable()->selectRow(0);
    REQUIRE(dialog.ignoreSelected());
    CHECK(model.rowCount() == rows - 1);
    CHECK(context.undoStack()->count() == 2);
    context.undoStack()->undo();
    context.undoStack()->undo();
    CHECK(model.rowCount() == rows + 1);
}

TEST_CASE("attendanceReview_proposalsAndStrangers_fitALaptopScreen", "[gui][attendance][review]")
{
    ReportsWindow w;
    WorkshopContext &context = w.window->context();
    const qint64 session = context.session()->id;
    // A second meeting of the session, imported without review: a misspelt name, a stranger and
    // a phone.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("participants_restart.csv"));
    writeBytes(path,
               QByteArrayLiteral("Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants,\n"
                                 "84123456789,\"Keep the Doors Open\",12/01/2026 10:50:00 AM,12/01/2026 12:00:00 PM,"
                                 "trainer@example.org,70,3,\n\n"
                                 "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"
                                 "Pak Bambang Sutrisno,bambang@example.org,12/01/2026 10:55:00 AM,12/01/2026 12:00:00 PM,65,No\n"
                                 "Vilayvan Sisouphan,,12/01/2026 10:50:00 AM,12/01/2026 12:00:00 PM,70,Yes\n"
                                 "Redmi Note 8,,12/01/2026 10:52:00 AM,12/01/2026 11:40:00 AM,48,Yes\n"));
    auto import = newAttendanceImport(*w.store, session);
    REQUIRE(import.ok());
    auto matcher = rosterMatcher(*w.store, import->workshopId);
    REQUIRE(matcher.ok());
    ExportReadOptions options;
    options.sessionDate = import->sessionDate;
    auto file = readImportFile(path, options, matcher.value());
    INFO((file ? QString() : file.error().message).toStdString());
    REQUIRE(file.ok());
    import->files.push_back(std::move(file).value());
    REQUIRE(importAttendance(*w.store, import.value()).ok());
    w.panel->reload();
    CHECK(w.panel->unmatchedNote()->text().startsWith(u"5 people"));

    AttendanceReviewDialog dialog(context, session, w.window.get());
    dialog.resize(1120, 620); // its size on a 1366 × 768 laptop
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    AttendanceReviewModel &model = *dialog.reviewModel();
    REQUIRE(model.rowCount() == 5);
    const int vilayvan = rowNamed(model, QStringLiteral("Vilayvan Sisouphan"));
    CHECK(model.status(vilayvan) == AttendanceReviewModel::ReviewStatus::Proposed);
    CHECK(model.index(vilayvan, AttendanceReviewModel::Participant).data().toString() == u"Vilayvanh Sisouphanh?");
    CHECK(model.status(rowNamed(model, QStringLiteral("Pak Bambang Sutrisno")))
          == AttendanceReviewModel::ReviewStatus::NotMatched);
    CHECK(dialog.width() <= 1366);
    CHECK(dialog.height() <= 768);
    QDir().mkpath(QStringLiteral(SALA_SCREENSHOT_DIR));
    dialog.grab().save(QStringLiteral(SALA_SCREENSHOT_DIR "/attendance-review.png"));
}
