// Roster mode, the import dialog and the check-in panel as a trainer uses them, offscreen: every
// edit is stored at once and undoable, imports show their problems by line before anything is
// stored, and check-in works from the keyboard alone.

#include "core/rosterworkbooks.h"
#include "support/testsupport.h"

#include "commands/rostercommands.h"
#include "demo/demoseeder.h"
#include "dialogs/filedialog.h"
#include "dialogs/participantdialog.h"
#include "dialogs/rosterimportdialog.h"
#include "domain/names.h"
#include "liveroster.h"
#include "models/importpreviewmodel.h"
#include "models/participanttablemodel.h"
#include "roster/catchup.h"
#include "roster/personaldatalog.h"
#include "settings.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "views/checkinpanel.h"
#include "views/rosterview.h"
#include "workshopcontext.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sala;
using namespace sala::test;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SALA_FIXTURES_DIR "/roster/") + name + QStringLiteral("/input.csv");
}

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<WorkshopContext> context;
    qint64 workshopId = 0;

    explicit Fixture(QDate sessionDate = QDate(2026, 12, 1))
    {
        appSettings().clear();
        auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        auto seeded = seedDemo(*store, sessionDate);
        REQUIRE(seeded.ok());
        workshopId = seeded->workshopId;
        context = std::make_unique<WorkshopContext>(*store);
        REQUIRE(context->reloadWorkshops());
        REQUIRE(context->selectWorkshop(workshopId));
    }
    LiveRoster &roster() const { return LiveRoster::of(*context); }
    QUndoStack &undo() const { return *context->undoStack(); }
    Participant stored(qint64 id) const
    {
        auto p = RosterStore(*store).participant(id);
        REQUIRE(p.ok());
        return p.value();
    }
    qint64 idOf(const QString &name) const
    {
        for (const Participant &p : roster().people())
            if (p.name == name)
                return p.id;
        FAIL("no participant " << name.toStdString());
        return 0;
    }
};

QStringList columnTexts(const QAbstractItemModel *model, int column)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

int rowOfName(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ParticipantTableModel::Name).data().toString() == name)
            return row;
    return -1;
}

// QTest types Latin-1 only; Khmer, Thai and Lao arrive as key events carrying their text, as an
// input method delivers them.
void type(QWidget *target, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClicks(target, QString(c));
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(target, &release);
    }
    QApplication::processEvents();
}

void key(QWidget *target, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(target, k, modifiers);
    QApplication::processEvents();
}

} // namespace

TEST_CASE("rosterView_modelsKeepTheQtContract", "[gui][roster]")
{
    Fixture w;
    RosterView view(*w.context);
    QAbstractItemModelTester source(view.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester shown(view.table()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.searchField()->setText(QStringLiteral("binti"));
    view.countryFilter()->setCurrentIndex(view.countryFilter()->findData(QStringLiteral("MY")));
    Participant walkIn;
    walkIn.name = QStringLiteral("Nguyen Thi Lan");
    w.undo().push(new AddParticipantCommand(w.roster(), walkIn, QStringLiteral("add")));
    w.undo().undo();
    w.undo().redo();
    CHECK(view.model()->rowCount() == 31); // 28 participants, the demo's facilitator and interpreter, the walk-in
}

TEST_CASE("rosterView_sortsNamesWithTheInterfaceLanguagesCollation", "[gui][roster]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Thai, QLocale::Thailand));
    Fixture w;
    for (const QString &name : {QStringLiteral("ไก่ ใจดี"), QStringLiteral("กา สมบูรณ์"), QStringLiteral("ขวด ทองดี")}) {
        Participant p;
        p.name = name;
        p.country = QStringLiteral("TH");
        REQUIRE(w.roster().add(p));
    }
    RosterView view(*w.context);
    view.table()->sortByColumn(ParticipantTableModel::Name, Qt::AscendingOrder);
    const QStringList sorted = columnTexts(view.table()->model(), ParticipantTableModel::Name);
    QLocale::setDefault(before);
    // Thai collation files ไก่ under ก, after กา and before ข; code point order would put it last.
    const qsizetype ka = sorted.indexOf(QStringLiteral("กา สมบูรณ์"));
    const qsizetype kai = sorted.indexOf(QStringLiteral("ไก่ ใจดี"));
    const qsizetype khuat = sorted.indexOf(QStringLiteral("ขวด ทองดี"));
    REQUIRE(ka >= 0);
    CHECK(ka < kai);
    CHECK(kai < khuat);
}

TEST_CASE("rosterView_searchAndFiltersNarrowTheTableAndTheCountsFollow", "[gui][roster]")
{
    Fixture w;
    RosterView view(*w.context);
    QAbstractItemModel *shown = view.table()->model();
    CHECK(shown->rowCount() == 30); // with the demo's facilitator and interpreter, who are not counted
    CHECK(view.countsLabel()->text().startsWith(QStringLiteral("28 participant")));

    view.countryFilter()->setCurrentIndex(view.countryFilter()->findData(QStringLiteral("LA")));
    QMetaObject::invokeMethod(view.countryFilter(), "activated", Q_ARG(int, view.countryFilter()->currentIndex()));
    const int laos = shown->rowCount();
    CHECK(laos == 6); // five participants and the Lao interpreter
    CHECK(view.countsLabel()->text().contains(QStringLiteral("(5 shown)")));
    CHECK(view.countsLabel()->text().contains(QStringLiteral("Laos 5")));

    view.sexFilter()->setCurrentIndex(view.sexFilter()->findData(int(Sex::Female)));
    QMetaObject::invokeMethod(view.sexFilter(), "activated", Q_ARG(int, view.sexFilter()->currentIndex()));
    CHECK(shown->rowCount() == 3);
    CHECK(view.countsLabel()->text().contains(QStringLiteral("Female 3")));

    view.searchField()->setText(QStringLiteral("noy")); // an email, not a name
    CHECK(shown->rowCount() == 1);
    view.searchField()->clear();
    view.sexFilter()->setCurrentIndex(0);
    view.countryFilter()->setCurrentIndex(0);
    QMetaObject::invokeMethod(view.countryFilter(), "activated", Q_ARG(int, 0));

    view.consentFilter()->setCurrentIndex(view.consentFilter()->findData(false));
    QMetaObject::invokeMethod(view.consentFilter(), "activated", Q_ARG(int, view.consentFilter()->currentIndex()));
    CHECK(shown->rowCount() >= 1);
    for (int row = 0; row < shown->rowCount(); ++row)
        CHECK(shown->index(row, ParticipantTableModel::Consent).data().toString() == u"Not given");
}

TEST_CASE("rosterView_inlineEditsAreStoredAtOnceAndUndoable", "[gui][roster]")
{
    Fixture w;
    RosterView view(*w.context);
    QAbstractItemModel *shown = view.table()->model();
    const int row = rowOfName(shown, QStringLiteral("Sok Dara"));
    REQUIRE(row >= 0);
    const qint64 id = w.idOf(QStringLiteral("Sok Dara"));

    REQUIRE(shown->setData(shown->index(row, ParticipantTableModel::Organization),
                           QStringLiteral("Dara Motorbike & Tuk-Tuk Repair")));
    CHECK(w.stored(id).organization == u"Dara Motorbike & Tuk-Tuk Repair");
    REQUIRE(shown->setData(shown->index(row, ParticipantTableModel::Sex), 0)); // the first choice in the list
    CHECK(w.stored(id).sex == allSexes()[0]);
    REQUIRE(shown->setData(shown->index(row, ParticipantTableModel::Country), QStringLiteral("Lao PDR")));
    CHECK(w.stored(id).country == u"LA");
    CHECK_FALSE(shown->setData(shown->index(rowOfName(shown, QStringLiteral("Sok Dara")), ParticipantTableModel::Email),
                               QStringLiteral("not an address")));
    CHECK_FALSE(
        shown->setData(shown->index(rowOfName(shown, QStringLiteral("Sok Dara")), ParticipantTableModel::Name), QString()));

    w.undo().undo();
    w.undo().undo();
    w.undo().undo();
    const Participant back = w.stored(id);
    CHECK(back.organization == u"Dara Motorbike Repair");
    CHECK(back.country == u"KH");
    CHECK(back.sex == Sex::Male);
    w.undo().redo();
    CHECK(w.stored(id).organization == u"Dara Motorbike & Tuk-Tuk Repair");

    // Ticking consent records it with the time; unticking withdraws it.
    const qint64 lim = w.idOf(QStringLiteral("Lim Sokunthea"));
    const int limRow = rowOfName(shown, QStringLiteral("Lim Sokunthea"));
    REQUIRE(shown->setData(shown->index(limRow, ParticipantTableModel::Consent), Qt::Checked, Qt::CheckStateRole));
    CHECK(w.stored(lim).consentGiven);
    CHECK(w.stored(lim).consentAt.has_value());
}

TEST_CASE("rosterView_bulkChangeOfTheSelectionIsOneUndoStep", "[gui][roster]")
{
    Fixture w;
    RosterView view(*w.context);
    const std::vector<qint64> ids{w.idOf(QStringLiteral("Sok Dara")), w.idOf(QStringLiteral("Chan Sreymom")),
                                  w.idOf(QStringLiteral("Tan Mei Ling"))};
    view.selectIds(ids);
    CHECK(view.selectedIds() == ids);
    const int steps = w.undo().count();
    view.changeSelected([](Participant &p) { p.organizationType = OrganizationType::BusinessAssociation; },
                        QStringLiteral("Change the organization type of the selection"));
    CHECK(w.undo().count() == steps + 1);
    for (const qint64 id : ids)
        CHECK(w.stored(id).organizationType == OrganizationType::BusinessAssociation);
    w.undo().undo();
    for (const qint64 id : ids)
        CHECK(w.stored(id).organizationType == OrganizationType::Enterprise);

    view.setSelectedExpected(false);
    auto excluded = RosterStore(*w.store).excludedFrom(w.roster().sessionId());
    REQUIRE(excluded.ok());
    CHECK(excluded->size() == 3);
    CHECK(w.roster().expectedCount() == 25);
    w.undo().undo();
    CHECK(w.roster().expectedCount() == 28);

    view.selectIds(ids);
    view.removeSelected();
    // The rows and the roster include the demo's facilitator and interpreter.
    CHECK(view.table()->model()->rowCount() == 27);
    CHECK(RosterStore(*w.store).participantsOf(w.workshopId)->size() == 27);
    w.undo().undo();
    CHECK(view.table()->model()->rowCount() == 30);
    CHECK(RosterStore(*w.store).participantsOf(w.workshopId)->size() == 30);
}

TEST_CASE("rosterView_eraseAsksFirstThenLeavesAnAnonymousRow", "[gui][roster][privacy]")
{
    Fixture w;
    RosterView view(*w.context);
    const qint64 id = w.idOf(QStringLiteral("Meas Bopha"));
    view.selectIds({id});
    QString asked;
    view.setConfirmation([&](const QString &, const QString &text) {
        asked = text;
        return false;
    });
    view.eraseSelected();
    CHECK(asked.contains(QStringLiteral("Meas Bopha")));
    CHECK(asked.contains(QStringLiteral("cannot be undone")));
    CHECK_FALSE(w.stored(id).erasedAt.has_value());

    view.table()->model()->setData(view.table()->model()->index(rowOfName(view.table()->model(), QStringLiteral("Meas Bopha")),
                                                                ParticipantTableModel::Sector),
                                   QStringLiteral("Crafts"));
    REQUIRE(w.undo().count() > 0);
    view.setConfirmation([](const QString &, const QString &) { return true; });
    view.eraseSelected();
    const Participant erased = w.stored(id);
    CHECK(erased.erasedAt.has_value());
    CHECK(erased.name.isEmpty());
    CHECK(w.undo().count() == 0);          // the history held her data
    CHECK(view.model()->rowCount() == 30); // with the demo's team
    CHECK(rowOfName(view.table()->model(), QStringLiteral("(personal data erased)")) >= 0);
    CHECK(view.messageLabel()->text().contains(QStringLiteral("Erased")));
}

TEST_CASE("rosterView_exportsAreWrittenAndLogged", "[gui][roster][privacy]")
{
    Fixture w;
    RosterView view(*w.context);
    const QString csv = w.dir.filePath(QStringLiteral("roster.csv"));
    FileDialog::setNextFileName(csv);
    view.exportRoster();
    CHECK(QFile::exists(csv));
    CHECK(view.messageLabel()->text().contains(QStringLiteral("NO CONSENT")));

    view.selectIds({w.idOf(QStringLiteral("Sok Dara"))});
    const QString access = w.dir.filePath(QStringLiteral("access.json"));
    FileDialog::setNextFileName(access);
    view.exportAccessRequest();
    CHECK(readBytes(access).contains("\"Sok Dara\""));

    auto log = PersonalDataLog(*w.store).entries();
    REQUIRE(log.ok());
    REQUIRE(log->size() == 2);
    CHECK(log->at(0).action == PersonalDataLogEntry::Action::AccessExport);
    CHECK(log->at(1).action == PersonalDataLogEntry::Action::RosterExport);
}

TEST_CASE("rosterView_retentionBannerOffersToEraseAFinishedWorkshop", "[gui][roster][retention]")
{
    Fixture w(QDate(2020, 1, 6));
    REQUIRE(RosterStore(*w.store).setRetentionMonths(w.workshopId, 12).ok());
    RosterView view(*w.context);
    view.show();
    view.checkRetention();
    REQUIRE(view.retentionBanner()->isVisible());
    view.setConfirmation([](const QString &, const QString &) { return true; });
    QPushButton *erase = nullptr;
    for (QPushButton *button : view.retentionBanner()->findChildren<QPushButton *>())
        if (button->text().contains(QStringLiteral("Erase")))
            erase = button;
    REQUIRE(erase);
    erase->click();
    CHECK_FALSE(view.retentionBanner()->isVisible());
    for (const Participant &p : w.roster().people())
        CHECK(p.erasedAt.has_value());
    CHECK(view.countsLabel()->text().startsWith(QStringLiteral("28 participant")));
}

TEST_CASE("importDialog_googleFormsFileIsPreviewedThenImportedAtOnce", "[gui][roster][import]")
{
    Fixture w;
    RosterImportDialog dialog(w.roster(), fixture(QStringLiteral("google-forms")));
    REQUIRE(dialog.isReadable());
    QAbstractItemModelTester tester(dialog.preview()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog.fileLabel()->text().contains(QStringLiteral("Google Forms layout")));
    CHECK(dialog.fileLabel()->text().contains(QStringLiteral("UTF-8, comma-separated")));
    CHECK(dialog.mappingTable()->rowCount() == 17);
    CHECK(dialog.preview()->model()->rowCount() == 6);
    CHECK(dialog.problemList()->count() == 0);
    CHECK(dialog.importButton()->isEnabled());
    CHECK(RosterStore(*w.store).participantsOf(w.workshopId)->size() == 30); // nothing yet (28 and the team)

    dialog.noticeField()->setText(QStringLiteral("2026-02"));
    QMetaObject::invokeMethod(dialog.noticeField(), "editingFinished");
    dialog.importButton()->click();
    REQUIRE(dialog.outcome().has_value());
    CHECK(dialog.outcome()->added == 6);
    CHECK(w.roster().people().size() == 36);
    const Participant imported = w.stored(w.idOf(QStringLiteral("Nattapong Srisuk")));
    CHECK(imported.consentNotice == u"2026-02");
    CHECK(w.context->roster().size() == 36); // every mode sees the new people
}

TEST_CASE("importDialog_problemsAreListedByLineAndBlockTheImportUntilSkipped", "[gui][roster][import]")
{
    Fixture w;
    RosterImportDialog dialog(w.roster(), fixture(QStringLiteral("bad-values")));
    REQUIRE(dialog.problemList()->count() == 5);
    CHECK(dialog.problemList()->item(0)->text().startsWith(QStringLiteral("line 3, column 2 “Email”")));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(dialog.summaryLabel()->text().contains(QStringLiteral("5 with problems")));
    const QModelIndex status = dialog.preview()->model()->index(1, ImportPreviewModel::Status);
    CHECK(status.data(ImportPreviewModel::HasProblemRole).toBool());
    CHECK(status.data().toString().contains(QStringLiteral("not an email address")));

    dialog.skipProblemRows()->setChecked(true);
    CHECK(dialog.importButton()->isEnabled());
    dialog.importButton()->click();
    REQUIRE(dialog.outcome().has_value());
    CHECK(dialog.outcome()->added == 1);
    CHECK(dialog.outcome()->skippedProblemRows == 5);
}

TEST_CASE("importDialog_duplicatesAreShownAndTheChoiceIsFollowed", "[gui][roster][import][duplicates]")
{
    Fixture w;
    RosterImportDialog dialog(w.roster(), fixture(QStringLiteral("duplicates")));
    REQUIRE(dialog.duplicateTable()->rowCount() == 4);
    CHECK(dialog.duplicateTable()->item(0, 2)->text() == u"Sok Dara");
    auto *action = qobject_cast<QComboBox *>(dialog.duplicateTable()->cellWidget(0, 4));
    REQUIRE(action);
    CHECK(action->currentText().startsWith(QStringLiteral("Merge")));
    dialog.setDuplicateAction(0, DuplicateAction::Skip);
    CHECK(action->currentText().startsWith(QStringLiteral("Skip")));
    dialog.importButton()->click();
    REQUIRE(dialog.outcome().has_value());
    CHECK(dialog.outcome()->merged == 3);
    CHECK(dialog.outcome()->skippedDuplicates == 1);
    CHECK(w.roster().people().size() == 32); // 28 participants and the team, and 2 added
}

TEST_CASE("importDialog_changingTheMappingReadsTheRowsAgainAndIsRemembered", "[gui][roster][import][mapping]")
{
    Fixture w;
    {
        RosterImportDialog dialog(w.roster(), fixture(QStringLiteral("eventbrite")));
        const int company = dialog.mappingTable()->rowCount() - 1;
        CHECK(dialog.mappingTable()->item(company, 1)->text() == u"Company");
        CHECK(dialog.preview()->model()->index(0, ImportPreviewModel::Organization).data().toString() == u"Mendoza Bakeshop");
        dialog.setField(company, ImportField::Notes);
        CHECK(dialog.preview()->model()->index(0, ImportPreviewModel::Organization).data().toString().isEmpty());
        dialog.importButton()->click();
        REQUIRE(dialog.outcome().has_value());
    }
    // The next Eventbrite file starts from the mapping the user settled on.
    RosterImportDialog again(w.roster(), fixture(QStringLiteral("eventbrite")));
    auto *combo = qobject_cast<QComboBox *>(again.mappingTable()->cellWidget(again.mappingTable()->rowCount() - 1, 3));
    REQUIRE(combo);
    CHECK(combo->currentText() == displayName(ImportField::Notes));
}

TEST_CASE("importDialog_workbookWithSeveralSheetsOffersThem", "[gui][roster][import][xlsx]")
{
    Fixture w;
    const QString path = w.dir.filePath(QStringLiteral("kobo.xlsx"));
    writeBytes(path, koboWorkbook());
    RosterImportDialog dialog(w.roster(), path);
    REQUIRE(dialog.isReadable());
    CHECK(dialog.sheetPicker()->count() == 2);
    CHECK(dialog.fileLabel()->text().contains(QStringLiteral("KoboToolbox layout")));
    CHECK(dialog.preview()->model()->rowCount() == 2);

    RosterImportDialog broken(w.roster(), fixture(QStringLiteral("unterminated-quote")));
    CHECK_FALSE(broken.isReadable());
    CHECK(broken.fileLabel()->text().contains(QStringLiteral("line 3, column 3")));
    CHECK_FALSE(broken.importButton()->isEnabled());
}

TEST_CASE("checkInPanel_keyboardAloneChecksPeopleInLateLeftAndRejoined", "[gui][roster][checkin]")
{
    Fixture w;
    const QTimeZone bangkok("Asia/Bangkok");
    QDateTime now(QDate(2026, 12, 1), QTime(9, 2), bangkok);
    CheckInPanel panel(*w.context);
    panel.setClock([&now] { return now.toUTC(); });
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    panel.searchField()->setFocus();
    CHECK(panel.countsLabel()->text().contains(QStringLiteral("<b>0</b> present of <b>28</b> expected")));
    CHECK(panel.results()->count() > 20); // everyone still to come

    type(panel.searchField(), QStringLiteral("dara"));
    CHECK(panel.results()->currentItem()->text().startsWith(QStringLiteral("Sok Dara (Dara)")));
    key(panel.searchField(), Qt::Key_Return);
    const qint64 dara = w.idOf(QStringLiteral("Sok Dara"));
    CHECK(w.roster().attendanceOf(dara).state == AttendanceState::Present);
    CHECK(panel.searchField()->text().isEmpty());
    CHECK(panel.statusLabel()->text().contains(QStringLiteral("Sok Dara present at 09:02")));
    CHECK(panel.countsLabel()->text().contains(QStringLiteral("<b>1</b> present")));

    // A Khmer alias finds her; arriving after the grace period makes her late.
    now = QDateTime(QDate(2026, 12, 1), QTime(9, 14), bangkok);
    type(panel.searchField(), QStringLiteral("ស្រីមុំ"));
    key(panel.searchField(), Qt::Key_Return);
    const qint64 sreymom = w.idOf(QStringLiteral("Chan Sreymom"));
    CHECK(w.roster().attendanceOf(sreymom).state == AttendanceState::Late);

    // Dara drops out and comes back.
    now = now.addSecs(600);
    type(panel.searchField(), QStringLiteral("dara.sok"));
    key(panel.searchField(), Qt::Key_D, Qt::ControlModifier);
    CHECK(w.roster().attendanceOf(dara).state == AttendanceState::Left);
    CHECK(panel.countsLabel()->text().contains(QStringLiteral("1 left")));
    now = now.addSecs(120);
    type(panel.searchField(), QStringLiteral("dara"));
    key(panel.searchField(), Qt::Key_Return); // Enter on someone who left means rejoined
    CHECK(w.roster().attendanceOf(dara).state == AttendanceState::Rejoined);
    CHECK(w.roster().presentCount() == 2);

    // Picking the second match with the arrow keys.
    type(panel.searchField(), QStringLiteral("binti"));
    REQUIRE(panel.results()->count() >= 3);
    key(panel.searchField(), Qt::Key_Down);
    const qint64 second = panel.results()->currentItem()->data(Qt::UserRole).toLongLong();
    key(panel.searchField(), Qt::Key_Return);
    CHECK(isInRoom(w.roster().attendanceOf(second).state));

    // A walk-in is added and present in one go; undo takes them away again.
    type(panel.searchField(), QStringLiteral("Nguyen Van An"));
    key(panel.searchField(), Qt::Key_Return, Qt::ControlModifier);
    CHECK(w.roster().people().size() == 31); // 28 participants, the team and the walk-in
    const qint64 walkIn = w.idOf(QStringLiteral("Nguyen Van An"));
    CHECK(isInRoom(w.roster().attendanceOf(walkIn).state));
    CHECK(w.stored(walkIn).source.startsWith(QStringLiteral("Walk-in")));
    w.undo().undo();
    CHECK(w.roster().people().size() == 30);
    CHECK_FALSE(RosterStore(*w.store).participant(walkIn).ok());

    // Every check-in was stored at once.
    auto events = AttendanceStore(*w.store).eventsOf(w.roster().sessionId());
    REQUIRE(events.ok());
    CHECK(events->size() == 5);
}

TEST_CASE("checkInPanel_catchUpMessageIsReadyToPaste", "[gui][roster][checkin][catchup]")
{
    Fixture w;
    const QTimeZone bangkok("Asia/Bangkok");
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 40), bangkok);
    CheckInPanel panel(*w.context);
    panel.setClock([now] { return now.toUTC(); });
    panel.show();
    panel.searchField()->setFocus();
    type(panel.searchField(), QStringLiteral("souk"));
    key(panel.searchField(), Qt::Key_M, Qt::ControlModifier);
    const QString message = panel.catchUpBox()->toPlainText();
    CHECK(message.startsWith(QStringLiteral("Welcome, Souk!")));
    const Session &session = w.context->workshop().sessions.front();
    const int current = activityAt(session, bangkok, now);
    REQUIRE(current > 0);
    CHECK(message.contains(session.activities[std::size_t(current)].title));
    CHECK(QGuiApplication::clipboard()->text() == message);

    // The run may say which activity is on when it runs behind the plan.
    panel.setCurrentActivity(0);
    CHECK(panel.showCatchUp().contains(QStringLiteral("Now, until 09:08: ") + session.activities[0].title));
}

TEST_CASE("checkInPanel_aRoomOf300IsCheckedInFromTheKeyboard", "[gui][roster][checkin]")
{
    Fixture w;
    std::vector<Participant> people;
    for (int i = 0; i < 300; ++i) {
        Participant p;
        p.name = QStringLiteral("Participant %1 ทดสอบ").arg(i, 3, 10, QLatin1Char('0'));
        p.email = QStringLiteral("p%1@example.org").arg(i, 3, 10, QLatin1Char('0'));
        people.push_back(p);
    }
    REQUIRE(RosterStore(*w.store).insertParticipants(people, w.workshopId).ok());
    w.context->reloadCurrent();
    QDateTime now(QDate(2026, 12, 1), QTime(8, 55), QTimeZone("Asia/Bangkok"));
    CheckInPanel panel(*w.context);
    panel.setClock([&now] { return now.toUTC(); });
    panel.show();
    panel.searchField()->setFocus();
    CHECK(panel.countsLabel()->text().contains(QStringLiteral("of <b>328</b> expected")));
    for (int i = 0; i < 300; ++i) {
        type(panel.searchField(), QStringLiteral("p%1@").arg(i, 3, 10, QLatin1Char('0')));
        key(panel.searchField(), Qt::Key_Return);
        now = now.addSecs(2);
    }
    int present = 0;
    for (const Participant &p : people)
        present += isInRoom(w.roster().attendanceOf(p.id).state) ? 1 : 0;
    CHECK(present == 300);
    CHECK(panel.countsLabel()->text().contains(QStringLiteral("<b>300</b> present of <b>328</b> expected")));
}

TEST_CASE("rosterView_roleIsAColumnEditedInPlaceAndUndoable_andTheTeamIsNotCounted", "[gui][roster][roles]")
{
    Fixture w;
    RosterView view(*w.context);
    QAbstractItemModel *shown = view.table()->model();
    // The demo's facilitator and interpreter are on the roster but not among the participants.
    CHECK(shown->rowCount() == 30);
    CHECK(view.countsLabel()->text().startsWith(QStringLiteral("28 participant")));
    CHECK(view.countsLabel()->text().contains(QStringLiteral("team (not counted): 1 facilitator(s), 1 interpreter(s)")));
    CHECK(w.roster().expectedCount() == 28);
    const int pui = rowOfName(shown, QStringLiteral("Pornthip Suwannarat"));
    REQUIRE(pui >= 0);
    CHECK(shown->index(pui, ParticipantTableModel::Role).data().toString() == u"Facilitator");
    CHECK(shown->headerData(ParticipantTableModel::Role, Qt::Horizontal).toString() == u"Role");

    const qint64 id = w.idOf(QStringLiteral("Sok Dara"));
    const int row = rowOfName(shown, QStringLiteral("Sok Dara"));
    const QStringList choices =
        shown->index(row, ParticipantTableModel::Role).data(ParticipantTableModel::ChoicesRole).toStringList();
    REQUIRE(choices.size() == 4);
    const int facilitator = int(choices.indexOf(QStringLiteral("Facilitator")));
    REQUIRE(shown->setData(shown->index(row, ParticipantTableModel::Role), facilitator));
    auto roleInStore = [&] {
        const auto people = RosterStore(*w.store).participantsOf(w.workshopId);
        REQUIRE(people.ok());
        for (const Participant &p : people.value())
            if (p.id == id)
                return p.role;
        FAIL("Sok Dara is not on the roster");
        return ParticipantRole::Participant;
    };
    CHECK(roleInStore() == ParticipantRole::Facilitator);
    CHECK(view.countsLabel()->text().startsWith(QStringLiteral("27 participant")));
    CHECK(view.countsLabel()->text().contains(QStringLiteral("2 facilitator(s)")));
    w.undo().undo();
    CHECK(roleInStore() == ParticipantRole::Participant);
    CHECK(view.countsLabel()->text().startsWith(QStringLiteral("28 participant")));
    w.undo().redo();
    CHECK(roleInStore() == ParticipantRole::Facilitator);

    // Taken off the roster and put back by undo, the person keeps their role.
    view.selectIds({id});
    view.removeSelected();
    w.undo().undo();
    CHECK(roleInStore() == ParticipantRole::Facilitator);
}

TEST_CASE("participantDialog_roleComboEditsTheRole", "[gui][roster][roles]")
{
    Participant p;
    p.name = QStringLiteral("Bounmy Sayasith");
    p.role = ParticipantRole::Interpreter;
    ParticipantDialog dialog(p, {SizeRule{}}, QStringLiteral("Participant"));
    CHECK(dialog.roleBox()->currentText() == u"Interpreter");
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(int(ParticipantRole::Observer)));
    CHECK(dialog.participant().role == ParticipantRole::Observer);
}
