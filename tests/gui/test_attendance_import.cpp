// The attendance import dialog as a trainer uses it, offscreen: a Zoom file chosen, what it was
// read as, the day order asked when the dates read both ways, the review of every person
// (confirm, pick from the roster, add, ignore), nothing stored until Import, then one undo step.

#include "core/attendancelibrary.h"
#include "gui/demostore.h"

#include "attendance/attendancestore.h"
#include "commands/attendancecommands.h"
#include "dialogs/attendanceimportdialog.h"
#include "dialogs/filedialog.h"
#include "liveroster.h"
#include "mainwindow.h"
#include "models/attendancereviewmodel.h"
#include "views/reportsview.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace sala;
using namespace sala::test;

namespace {

// The demo workshop, its session on 1 December 2026, opened as the main window opens it.
struct Fixture {
    DemoStore demo;
    std::unique_ptr<WorkshopContext> context;
    QTemporaryDir files;

    Fixture()
    {
        context = std::make_unique<WorkshopContext>(*demo.store);
        REQUIRE(context->reloadWorkshops());
        REQUIRE(context->selectWorkshop(context->workshops().front().id));
        REQUIRE(context->session());
    }
    qint64 sessionId() const { return context->session()->id; }
    qint64 idOf(const QString &name) const
    {
        for (const Participant &p : context->roster())
            if (p.name == name)
                return p.id;
        FAIL("no participant named " << name.toStdString());
        return 0;
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = files.filePath(name);
        writeBytes(path, bytes);
        return path;
    }
    qint64 importsOfSession() const
    {
        auto imports = AttendanceImportStore(*demo.store).importsOf(sessionId());
        REQUIRE(imports.ok());
        return qint64(imports->size());
    }
};

// A second meeting of the demo session (the first one froze and the host started another).
QByteArray restartedMeeting()
{
    const QString d = QStringLiteral("12/01/2026");
    return zoomExport(d, {
                             zoomRow(QStringLiteral("Khun Pimchanok Thongdee"), QString(), d, QStringLiteral("10:50:00 AM"),
                                     QStringLiteral("12:00:00 PM"), 70),
                             zoomRow(QStringLiteral("Somchay Wongsuwan"), QString(), d, QStringLiteral("10:50:00 AM"),
                                     QStringLiteral("12:00:00 PM"), 70),
                             zoomRow(QStringLiteral("Redmi Note 8"), QString(), d, QStringLiteral("10:52:00 AM"),
                                     QStringLiteral("11:40:00 AM"), 48),
                             zoomRow(QStringLiteral("Pak Bambang Sutrisno"), QStringLiteral("bambang@example.org"), d,
                                     QStringLiteral("10:55:00 AM"), QStringLiteral("12:00:00 PM"), 65),
                         });
}

int rowNamed(const AttendanceReviewModel &model, const QString &name)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.item(row).name == name)
            return row;
    FAIL("no row for " << name.toStdString());
    return -1;
}

AttendanceReviewModel::ReviewStatus statusOf(const AttendanceReviewModel &model, const QString &name)
{
    return model.status(rowNamed(model, name));
}

} // namespace

TEST_CASE("attendanceImportDialog_readsTheFileAndReviewsEveryPerson", "[gui][attendance]")
{
    Fixture f;
    const QString path = f.write(QStringLiteral("participants_restart.csv"), restartedMeeting());
    AttendanceImportDialog dialog(*f.context);
    QAbstractItemModelTester tester(dialog.reviewModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    FileDialog::setNextFileName(path);
    REQUIRE(dialog.addFile());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    QTableWidget *files = dialog.fileTable();
    REQUIRE(files->rowCount() == 1);
    CHECK(files->item(0, 0)->text() == u"participants_restart.csv");
    CHECK(files->item(0, 1)->text().startsWith(u"Zoom"));
    CHECK(files->item(0, 3)->text() == u"4");
    CHECK(dialog.timeZonePicker()->currentText() == u"Asia/Bangkok");
    CHECK(dialog.importButton()->isEnabled());

    const AttendanceReviewModel &model = *dialog.reviewModel();
    REQUIRE(model.rowCount() == 4);
    using S = AttendanceReviewModel::ReviewStatus;
    CHECK(statusOf(model, QStringLiteral("Khun Pimchanok Thongdee")) == S::Matched);
    CHECK(statusOf(model, QStringLiteral("Somchay Wongsuwan")) == S::Proposed);
    CHECK(statusOf(model, QStringLiteral("Redmi Note 8")) == S::NotMatched);
    CHECK(statusOf(model, QStringLiteral("Pak Bambang Sutrisno")) == S::NotMatched);
    // What needs the trainer comes first; the matched row says why.
    CHECK(model.status(model.rowCount() - 1) == S::Matched);
    const int pim = rowNamed(model, QStringLiteral("Khun Pimchanok Thongdee"));
    CHECK(model.index(pim, AttendanceReviewModel::Reason).data().toString() == u"name matches after removing ‘Khun’");
    CHECK(model.index(pim, AttendanceReviewModel::Participant).data().toString() == u"Pimchanok Thongdee");
    CHECK(dialog.summaryLabel()->text().contains(u"1 proposed"));

    // The proposal: selecting it puts the proposed person first in the list; Match confirms.
    dialog.reviewTable()->selectRow(rowNamed(model, QStringLiteral("Somchay Wongsuwan")));
    REQUIRE(dialog.candidateList()->count() > 0);
    CHECK(dialog.candidateList()->item(0)->text().startsWith(u"Somchai Wongsuwan — "));
    CHECK(dialog.candidateList()->currentRow() == 0);
    QTest::keyClick(dialog.searchField(), Qt::Key_Return);
    CHECK(statusOf(model, QStringLiteral("Somchay Wongsuwan")) == S::Picked);

    // A phone: search the roster by a few letters and press Enter.
    dialog.reviewTable()->selectRow(rowNamed(model, QStringLiteral("Redmi Note 8")));
    QTest::keyClicks(dialog.searchField(), QStringLiteral("kavi"));
    REQUIRE(dialog.candidateList()->count() >= 1);
    CHECK(dialog.candidateList()->currentItem()->text().startsWith(u"Kavitha a/p Ramasamy"));
    QTest::keyClick(dialog.searchField(), Qt::Key_Return);
    const int redmi = rowNamed(model, QStringLiteral("Redmi Note 8"));
    CHECK(model.status(redmi) == S::Picked);
    CHECK(model.index(redmi, AttendanceReviewModel::Participant).data().toString() == u"Kavitha a/p Ramasamy");

    // A guest who is not on the roster yet.
    dialog.reviewTable()->selectRow(rowNamed(model, QStringLiteral("Pak Bambang Sutrisno")));
    dialog.addSelectedToRoster();
    CHECK(statusOf(model, QStringLiteral("Pak Bambang Sutrisno")) == S::Added);
    dialog.resetSelected();
    CHECK(statusOf(model, QStringLiteral("Pak Bambang Sutrisno")) == S::NotMatched);
    dialog.ignoreSelected();
    CHECK(statusOf(model, QStringLiteral("Pak Bambang Sutrisno")) == S::Ignored);
    dialog.addSelectedToRoster();

    QDir().mkpath(QStringLiteral(SALA_SCREENSHOT_DIR));
    dialog.resize(1256, 706); // what fits a 1366×768 laptop
    dialog.grab().save(QStringLiteral(SALA_SCREENSHOT_DIR "/attendance-import.png"));

    // Nothing is stored before Import.
    CHECK(f.importsOfSession() == 1); // the demo's own export
    CHECK(dialog.reviewModel()->decisions().size() == 3);
    CHECK(f.context->undoStack()->count() == 0);
}

TEST_CASE("attendanceImportDialog_importIsOneUndoStep", "[gui][attendance]")
{
    Fixture f;
    LiveRoster &roster = LiveRoster::of(*f.context);
    roster.reload();
    const std::size_t people = roster.people().size();
    const QString path = f.write(QStringLiteral("participants_restart.csv"), restartedMeeting());
    QSignalSpy changed(&AttendanceImportSignals::of(*f.context), &AttendanceImportSignals::importsChanged);

    AttendanceImportDialog dialog(*f.context);
    dialog.addPath(path);
    AttendanceReviewModel &model = *dialog.reviewModel();
    const qint64 somchai = f.idOf(QStringLiteral("Somchai Wongsuwan"));
    model.setDecision(rowNamed(model, QStringLiteral("Somchay Wongsuwan")), {IdentityResolution::Participant, somchai});
    model.setDecision(rowNamed(model, QStringLiteral("Pak Bambang Sutrisno")), {IdentityResolution::AddToRoster, 0});
    model.setDecision(rowNamed(model, QStringLiteral("Redmi Note 8")), {IdentityResolution::Ignore, 0});
    CHECK(f.importsOfSession() == 1);

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.importsOfSession() == 2);
    CHECK(changed.count() == 1);
    CHECK(changed.front().front().toLongLong() == f.sessionId());
    QUndoStack &undo = *f.context->undoStack();
    REQUIRE(undo.count() == 1);
    CHECK(undo.undoText() == u"Import Attendance from “participants_restart.csv”");
    CHECK(roster.people().size() == people + 1);
    CHECK(roster.byId(somchai)->aliases.contains(QStringLiteral("Somchay Wongsuwan")));

    auto attendance = loadWorkshopAttendance(*f.demo.store, f.context->workshop().id);
    REQUIRE(attendance.ok());
    CHECK(attendance->sessions.front().sourceFiles.size() == 2);

    undo.undo();
    CHECK(f.importsOfSession() == 1);
    CHECK(roster.people().size() == people);
    CHECK_FALSE(roster.byId(somchai)->aliases.contains(QStringLiteral("Somchay Wongsuwan")));
    CHECK(changed.count() == 2);

    undo.redo();
    CHECK(f.importsOfSession() == 2);
    CHECK(roster.people().size() == people + 1);
}

TEST_CASE("attendanceImportDialog_ambiguousDates_askTheDayOrderBeforeImporting", "[gui][attendance]")
{
    Fixture f;
    const QString d = QStringLiteral("03/04/2026"); // the demo session is on 1 December: no help
    const QString path = f.write(QStringLiteral("participants.csv"),
                                 zoomExport(d, {zoomRow(QStringLiteral("Ploy"), QString(), d, QStringLiteral("09:00:00 AM"),
                                                        QStringLiteral("10:00:00 AM"), 60)}));
    AttendanceImportDialog dialog(*f.context);
    dialog.addPath(path);
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.fileTable()->item(0, 5)->text() == u"Needs the day order");
    CHECK(dialog.problemLabel()->text().contains(u"Choose the day order above."));
    CHECK(dialog.reviewModel()->rowCount() == 0);

    dialog.dayOrderPicker()->setCurrentIndex(1); // day first
    CHECK(dialog.importButton()->isEnabled());
    CHECK(dialog.problemLabel()->text().isEmpty());
    REQUIRE(dialog.reviewModel()->rowCount() == 1);
    CHECK(dialog.request().files.front().dateOrder == DateOrder::DayFirst);
}

TEST_CASE("attendanceImportDialog_fileImportedBefore_isReplacedAfterSayingSo", "[gui][attendance]")
{
    Fixture f;
    const QString path = f.write(QStringLiteral("participants_restart.csv"), restartedMeeting());
    {
        AttendanceImportDialog first(*f.context);
        first.addPath(path);
        REQUIRE(first.importNow());
    }
    AttendanceImportDialog again(*f.context);
    again.addPath(path);
    CHECK(again.fileTable()->item(0, 5)->text().contains(u"replaces that import"));
    CHECK(again.importButton()->isEnabled());
    REQUIRE(again.importNow());
    CHECK(f.importsOfSession() == 2); // the demo's and this one, once
    f.context->undoStack()->undo();
    CHECK(f.importsOfSession() == 2); // the first import of the file is back
}

TEST_CASE("attendanceImportDialog_wrongTimeZone_staysOpenAndSaysWhy", "[gui][attendance]")
{
    Fixture f;
    AttendanceImportDialog dialog(*f.context);
    dialog.addPath(f.write(QStringLiteral("participants_restart.csv"), restartedMeeting()));
    dialog.timeZonePicker()->setCurrentText(QStringLiteral("Bangkok"));
    CHECK_FALSE(dialog.importNow());
    CHECK(dialog.problemLabel()->text().contains(u"“Bangkok” is not a time zone"));
    CHECK(f.importsOfSession() == 1);
    CHECK(f.context->undoStack()->count() == 0);
}

TEST_CASE("attendanceImport_reachableFromTheFileMenuAndReports", "[gui][attendance]")
{
    DemoStore demo;
    MainWindow window(*demo.store);
    window.restoreLastWorkshop();
    QStringList fileActions;
    for (QAction *action : window.menuBar()->actions().front()->menu()->actions())
        fileActions << action->text();
    CHECK(fileActions.contains(QStringLiteral("Import &Attendance…")));
    auto *reports = qobject_cast<ReportsView *>(window.modeWidget(MainWindow::Reports));
    REQUIRE(reports);
    auto *button = reports->findChild<QPushButton *>(QStringLiteral("importAttendanceButton"));
    REQUIRE(button);
    CHECK(button->text() == u"Import attendance…");
}
