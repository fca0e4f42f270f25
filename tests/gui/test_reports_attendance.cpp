// Reports mode's Attendance part as a trainer uses it after a workshop: the empty state before any
// import, the participants × sessions table with statuses in words, thresholds that are
// remembered, a session with its chart, breakdowns, the exports (each logged as personal data),
// the certificate template, and a 1366 × 768 window with nothing cut off.

#include "attendance/workshopattendance.h"
#include "commands/attendancecommands.h"
#include "dialogs/certificatetemplatedialog.h"
#include "dialogs/filedialog.h"
#include "gui/demostore.h"
#include "mainwindow.h"
#include "render/pdfinspect.h"
#include "reports/certificates.h"
#include "roster/personaldatalog.h"
#include "roster/xlsxreader.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "support/testsupport.h"
#include "views/reports/attendancematrixmodel.h"
#include "views/reports/attendancepanel.h"
#include "views/reports/breakdownmodel.h"
#include "views/reports/chartview.h"
#include "views/reports/reportsettings.h"
#include "views/reports/sessionattendancemodel.h"
#include "views/reportsview.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sala;

namespace {

// The report is about the participants: the demo's facilitator and interpreter are not counted.
int participantsOn(const std::vector<Participant> &roster)
{
    return int(std::count_if(roster.begin(), roster.end(), [](const Participant &p) { return isCounted(p.role); }));
}

// The demo session (1 December 2026, 09:00–12:00 in Bangkok) with the first ten people of the
// roster in the room the whole time, the next five for half of it, the next three for ten
// minutes, and everyone else absent.
Expected<WorkshopAttendance> handMadeAttendance(Store &store, qint64 workshopId)
{
    auto workshop = PlanStore(store).loadWorkshop(workshopId);
    REQUIRE(workshop.ok());
    auto roster = RosterStore(store).participantsOf(workshopId);
    REQUIRE(roster.ok());
    WorkshopAttendance attendance;
    attendance.workshopId = workshopId;
    SessionAttendanceRecord session;
    session.sessionId = workshop->sessions.at(0).id;
    session.title = workshop->sessions.at(0).title;
    session.scheduledStart = QDateTime(QDate(2026, 12, 1), QTime(2, 0), QTimeZone::utc());
    session.scheduledEnd = session.scheduledStart.addSecs(3 * 3600);
    session.scheduledSeconds = 3 * 3600;
    session.sourceFiles = {QStringLiteral("participants_8412345678.csv")};
    for (std::size_t i = 0; i < roster->size() && i < 18; ++i) {
        const qint64 seconds = i < 10 ? 3 * 3600 : i < 15 ? 90 * 60 : 10 * 60;
        PersonSessionAttendance person;
        person.participantId = roster->at(i).id;
        person.seconds = seconds;
        person.firstJoin = session.scheduledStart;
        person.lastLeave = session.scheduledStart.addSecs(seconds);
        person.intervals = {{*person.firstJoin, *person.lastLeave}};
        person.matchedHow = QStringLiteral("email");
        session.people.push_back(person);
    }
    attendance.sessions.push_back(session);
    return attendance;
}

struct AttendanceReports : test::DemoStore {
    std::unique_ptr<MainWindow> window;
    ReportsView *reports = nullptr;
    AttendancePanel *panel = nullptr;

    explicit AttendanceReports(bool handMade = true)
    {
        window = std::make_unique<MainWindow>(*store);
        window->resize(1366, 768);
        window->restoreLastWorkshop();
        window->setMode(MainWindow::Reports);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        reports = qobject_cast<ReportsView *>(window->modeWidget(MainWindow::Reports));
        REQUIRE(reports);
        panel = reports->attendance();
        REQUIRE(panel);
        if (handMade)
            panel->setAttendanceLoader(&handMadeAttendance);
        QApplication::processEvents();
    }

    int logEntries() const
    {
        auto entries = PersonalDataLog(*store).entries();
        REQUIRE(entries.ok());
        return int(entries->size());
    }
};

// Text that does not fit: a one-line label or a button narrower than its text needs, a wrapped
// label shorter than its wrapped text.
QStringList clippedTexts(QWidget *root)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->width() <= 0)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->text().isEmpty()) {
            const bool clipped = label->wordWrap() ? label->heightForWidth(label->width()) > label->height() + 2
                                                   : label->minimumSizeHint().width() > label->width() + 2;
            if (clipped)
                found << label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty()) {
            if (button->sizeHint().width() > button->width() + 2)
                found << button->text();
        }
    }
    return found;
}

} // namespace

TEST_CASE("reportsAttendance_nothingImported_saysSoAndPointsToImport", "[gui][reports]")
{
    AttendanceReports r(false); // the attendance stored in the database: a new workshop has none
    Workshop fresh;
    fresh.title = QStringLiteral("Cash flow clinic");
    fresh.timeZone = QStringLiteral("Asia/Manila");
    Session session;
    session.title = QStringLiteral("Clinic");
    session.date = QDate(2027, 1, 12);
    session.plannedStart = QTime(14, 0);
    fresh.sessions.push_back(session);
    REQUIRE(r.window->context().createWorkshop(fresh));
    QApplication::processEvents();

    CHECK(r.panel->emptyNote()->isVisible());
    CHECK(r.panel->emptyNote()->text().contains(QStringLiteral("Import attendance")));
    CHECK_FALSE(r.panel->tabs()->isVisible());
    CHECK_FALSE(r.panel->exportCsvButton()->isEnabled());
    CHECK_FALSE(r.panel->exportPdfButton()->isEnabled());
    CHECK_FALSE(r.panel->certificatesButton()->isEnabled());
}

TEST_CASE("reportsAttendance_demo_showsTheImportedZoomExport", "[gui][reports]")
{
    AttendanceReports r(false); // the demo session carries an imported Zoom export
    REQUIRE(r.panel->report());
    CHECK(r.panel->report()->hasAttendance());
    CHECK(r.panel->report()->attended > 0);
    CHECK(r.panel->report()->completed > 0);
    CHECK_FALSE(r.panel->emptyNote()->isVisible());
    CHECK(r.panel->exportPdfButton()->isEnabled());
}

TEST_CASE("reportsAttendance_importOrCheckIn_readAgainWhenShownOnly", "[gui][reports]")
{
    AttendanceReports r;
    int reads = 0;
    r.panel->setAttendanceLoader([&reads](Store &store, qint64 workshopId) {
        ++reads;
        return handMadeAttendance(store, workshopId);
    });
    const int before = reads;
    Q_EMIT AttendanceImportSignals::of(r.window->context()).importsChanged(0);
    CHECK(reads == before + 1);

    r.window->setMode(MainWindow::Run);
    QApplication::processEvents();
    const int hidden = reads;
    Q_EMIT r.window->context().rosterChanged(); // a check-in during the session
    Q_EMIT r.window->context().rosterChanged();
    CHECK(reads == hidden);
    r.window->setMode(MainWindow::Reports);
    QApplication::processEvents();
    CHECK(reads > hidden);
}

TEST_CASE("reportsAttendance_matrix_statusInWordsWithColour", "[gui][reports]")
{
    AttendanceReports r;
    CHECK_FALSE(r.panel->emptyNote()->isVisible());
    CHECK(r.panel->tabs()->isVisible());
    QAbstractItemModel *view = r.panel->matrixTable()->model();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view);
    REQUIRE(proxy);
    auto *model = qobject_cast<AttendanceMatrixModel *>(proxy->sourceModel());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    REQUIRE(model->rowCount() == participantsOn(r.window->context().roster()));
    const int status = model->trailingColumn(AttendanceMatrixModel::Status);
    int completed = 0;
    int absent = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, status);
        const QString key = index.data(AttendanceMatrixModel::RawValueRole).toString();
        if (key == u"completed") {
            ++completed;
            CHECK(index.data().toString() == QStringLiteral("Completed"));
            CHECK(index.data(Qt::BackgroundRole).value<QColor>().isValid());
        } else if (key == u"absent") {
            ++absent;
            CHECK(index.data().toString() == QStringLiteral("Absent"));
            CHECK_FALSE(index.data(Qt::BackgroundRole).isValid());
        }
    }
    CHECK(completed == 10);
    CHECK(absent == model->rowCount() - 18);
    CHECK(model->headerData(model->sessionColumn(0), Qt::Horizontal).toString() == QStringLiteral("S1"));
    CHECK(r.panel->summary()->text().contains(QStringLiteral("10 completed")));
    CHECK(r.panel->summary()->text().contains(QStringLiteral("5 participated")));

    // Sorting by status keeps the model's contract; the report's own order is by name.
    r.panel->matrixTable()->sortByColumn(status, Qt::AscendingOrder);
    CHECK(view->rowCount() == model->rowCount());
}

TEST_CASE("reportsAttendance_thresholds_recomputeAndAreRemembered", "[gui][reports]")
{
    AttendanceReports r;
    r.panel->completionThreshold()->setValue(100);
    CHECK(r.panel->report()->thresholds.completionPercent == 100);
    CHECK(r.panel->report()->completed == 10); // the whole session
    r.panel->participationThreshold()->setValue(60);
    CHECK(r.panel->report()->participated == 0); // 50 % is no longer enough
    r.panel->completionThreshold()->setValue(40);
    CHECK(r.panel->participationThreshold()->value() == 40); // never above completion
    CHECK(r.panel->report()->completed == 15);
    CHECK(ReportSettings::completionPercent.value() == 40);
    CHECK(ReportSettings::participationPercent.value() == 40);

    AttendancePanel again(r.window->context());
    CHECK(again.completionThreshold()->value() == 40);
    CHECK(again.participationThreshold()->value() == 40);
}

TEST_CASE("reportsAttendance_sessionTab_peopleAndTheRoomChart", "[gui][reports]")
{
    AttendanceReports r;
    r.panel->tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    CHECK(r.panel->sessionSelector()->count() == 1);
    auto *model = qobject_cast<SessionAttendanceModel *>(r.panel->sessionTable()->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model->rowCount() == 18);
    CHECK(model->index(0, SessionAttendanceModel::FirstJoin).data().toString().startsWith(QStringLiteral("09")));
    CHECK(r.panel->roomChart()->accessibleDescription().contains(QStringLiteral("18"))); // the peak
    CHECK(r.panel->roomChart()->isVisible());
}

TEST_CASE("reportsAttendance_breakdowns_tableAndChartAgree", "[gui][reports]")
{
    AttendanceReports r;
    r.panel->tabs()->setCurrentIndex(2);
    r.panel->breakdownSelector()->setCurrentIndex(1); // by country
    QApplication::processEvents();
    auto *model = qobject_cast<BreakdownModel *>(r.panel->breakdownTable()->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int total = model->rowCount() - 1;
    CHECK(model->index(total, BreakdownModel::Enrolled).data(BreakdownModel::RawValueRole).toInt()
          == participantsOn(r.window->context().roster()));
    CHECK(model->index(total, BreakdownModel::Attended).data(BreakdownModel::RawValueRole).toInt() == 18);
    CHECK(model->index(total, BreakdownModel::Group).data(BreakdownModel::RawValueRole).toString() == QStringLiteral("total"));
    CHECK(r.panel->breakdownChart()->isVisible());
}

TEST_CASE("reportsAttendance_exports_writeEachFileAndLogIt", "[gui][reports]")
{
    AttendanceReports r;
    QTemporaryDir dir;
    const int before = r.logEntries();

    FileDialog::setNextFileName(dir.filePath(QStringLiteral("attendance.csv")));
    r.panel->exportCsv();
    const QByteArray csv = test::readBytes(dir.filePath(QStringLiteral("attendance.csv")));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.count("\r\n") == participantsOn(r.window->context().roster()) + 1);

    FileDialog::setNextFileName(dir.filePath(QStringLiteral("attendance.xlsx")));
    r.panel->exportXlsx();
    const auto workbook = readXlsx(test::readBytes(dir.filePath(QStringLiteral("attendance.xlsx"))),
                                   QStringLiteral("attendance.xlsx"), QStringLiteral("Sessions"));
    REQUIRE(workbook.ok());
    CHECK(workbook->rows.size() == 2);

    FileDialog::setNextFileName(dir.filePath(QStringLiteral("attendance.pdf")));
    r.panel->exportPdf();
    CHECK(test::readBytes(dir.filePath(QStringLiteral("attendance.pdf"))).startsWith("%PDF-"));

    FileDialog::setNextFileName(dir.filePath(QStringLiteral("certificates.csv")));
    r.panel->exportCertificateList();
    CHECK(test::readBytes(dir.filePath(QStringLiteral("certificates.csv"))).count("\r\n") == 16); // 10 + 5 and the header

    FileDialog::setNextFileName(dir.filePath(QStringLiteral("certificates.pdf")));
    r.panel->exportCertificates();
    CHECK(test::pdfPageCount(test::readBytes(dir.filePath(QStringLiteral("certificates.pdf")))) == 15);

    CHECK(r.logEntries() == before + 5);
    auto entries = PersonalDataLog(*r.store).entries();
    REQUIRE(entries.ok());
    CHECK(entries->front().file == dir.filePath(QStringLiteral("certificates.pdf")));
    CHECK(entries->front().recordCount == 15);
}

TEST_CASE("reportsAttendance_exportCancelled_writesAndLogsNothing", "[gui][reports]")
{
    AttendanceReports r;
    const int before = r.logEntries();
    FileDialog::setNextFileName(QString()); // the trainer pressed Cancel
    r.panel->exportXlsx();
    CHECK(r.logEntries() == before);
}

TEST_CASE("certificateTemplateDialog_editsTheTemplateAndWarnsAboutUnknownPlaceholders", "[gui][reports][certificates]")
{
    test::DemoStore fixture;
    CertificateTemplate tmpl = CertificateTemplate::defaults();
    CertificateTemplateDialog dialog(tmpl);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.problem()->isHidden());
    dialog.completionBody()->setPlainText(QStringLiteral("{name} finished {workshop} at {venue}"));
    CHECK(dialog.problem()->isVisible());
    CHECK(dialog.problem()->text().contains(QStringLiteral("{venue}")));
    dialog.signatoryName()->setText(QStringLiteral("  Maria Santos "));
    dialog.buddhistEra()->setChecked(true);
    const CertificateTemplate edited = dialog.value();
    CHECK(edited.completionBody == QStringLiteral("{name} finished {workshop} at {venue}"));
    CHECK(edited.signatoryName == QStringLiteral("Maria Santos"));
    CHECK(edited.buddhistEra);
    CHECK(edited.completionTitle == tmpl.completionTitle);
}

TEST_CASE("reportsAttendance_at1366x768_nothingClipped", "[gui][reports][a11y]")
{
    AttendanceReports r;
    QDir().mkpath(QStringLiteral(SALA_SCREENSHOT_DIR));
    const QStringList names{QStringLiteral("participants"), QStringLiteral("sessions"), QStringLiteral("breakdowns"),
                            QStringLiteral("certificates")};
    for (int tab = 0; tab < r.panel->tabs()->count(); ++tab) {
        r.panel->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        INFO("tab " << names.value(tab).toStdString());
        r.window->grab().save(QStringLiteral(SALA_SCREENSHOT_DIR "/reports-attendance-%1.png").arg(names.value(tab)));
        const QStringList clipped = clippedTexts(r.panel);
        for (const QString &text : clipped)
            UNSCOPED_INFO("clipped: " << text.toStdString());
        CHECK(clipped.isEmpty());
    }
}
