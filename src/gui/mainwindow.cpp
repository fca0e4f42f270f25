#include "mainwindow.h"

#include "dialogs/aboutdialog.h"
#include "dialogs/attendanceimportdialog.h"
#include "dialogs/filedialog.h"
#include "commands/plancommands.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/workshopdialog.h"
#include "io/planjson.h"
#include "io/runsheet.h"
#include "plan/library.h"
#include "runsheetpdf.h"
#include "preferences.h"
#include "store/backup.h"
#include "store/store.h"
#include "views/breakoutsview.h"
#include "views/planview.h"
#include "views/reportsview.h"
#include "views/rosterview.h"
#include "views/runview.h"
#include "views/checkinpanel.h"
#include "liveroster.h"
#include "presenter/livesession.h"
#include "workshopcontext.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace sala {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_context(new WorkshopContext(store, this)), m_stack(new QStackedWidget(this)),
      m_modeGroup(new QActionGroup(this))
{
    setWindowTitle(tr("Sala"));
    setWindowIcon(QIcon(QStringLiteral(":/sala/icons/sala.svg")));
    setCentralWidget(m_stack);

    createModes();
    createPickers();
    createMenus();

    m_databaseLabel = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(store.path())), this);
    m_databaseLabel->setToolTip(tr("Every change is saved to this file at once; there is no Save button."));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_context, &WorkshopContext::errorOccurred, this, &MainWindow::showError);
    connect(m_context, &WorkshopContext::workshopsChanged, this, &MainWindow::refillWorkshopPicker);
    connect(m_context, &WorkshopContext::workshopChanged, this, &MainWindow::refillSessionPicker);
    connect(m_context, &WorkshopContext::sessionsInsertedOrRemoved, this, &MainWindow::refillSessionPicker);
    connect(m_context, &WorkshopContext::sessionFieldsChanged, this, &MainWindow::refillSessionPicker);
    connect(m_context, &WorkshopContext::sessionChanged, this,
            [this] { m_sessionPicker->setCurrentIndex(m_context->sessionIndex()); });
    connect(m_context, &WorkshopContext::workshopFieldsChanged, this, [this] {
        refillWorkshopPicker();
        refillSessionPicker();
    });

    if (!restoreGeometry(SessionState::windowGeometry.value()))
        resize(1200, 760);
    restoreState(SessionState::windowState.value());
    const int lastMode = SessionState::lastMode.value();
    setMode(lastMode >= 0 && lastMode < ModeCount ? Mode(lastMode) : Plan);
}

MainWindow::~MainWindow() = default;

void MainWindow::createModes()
{
    struct ModeSpec {
        Mode mode;
        QString name;
        QString icon;
        QString tip;
    };
    const std::array<ModeSpec, ModeCount> specs{{
        {Plan, tr("&Plan"), QStringLiteral("plan"), tr("The session's activities and timings")},
        {Roster, tr("&Roster"), QStringLiteral("roster"), tr("Participants of the workshop")},
        {Breakouts, tr("&Breakouts"), QStringLiteral("breakouts"), tr("Breakout rooms, rounds and broadcast texts")},
        {Run, tr("R&un"), QStringLiteral("run"), tr("Run the session live")},
        {Reports, tr("Re&ports"), QStringLiteral("reports"), tr("Attendance and planning reports")},
    }};
    // Breakouts and Reports hold no menu actions or shortcuts, so they are built the first time
    // they are shown or asked for (modeWidget): opening Sala does not pay for them.
    m_stack->addWidget(new PlanView(*m_context, m_stack));
    m_stack->addWidget(new RosterView(*m_context, m_stack));
    m_stack->addWidget(new QWidget(m_stack));
    auto *run = new RunView(*m_context, m_stack);
    m_stack->addWidget(run);
    connectRosterAndRun(run);
    m_stack->addWidget(new QWidget(m_stack));
    m_built = {true, true, false, true, false};

    auto *modeBar = new QToolBar(tr("Modes"), this);
    modeBar->setObjectName(QStringLiteral("modeBar"));
    modeBar->setMovable(false);
    modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    modeBar->setIconSize(QSize(32, 32));
    addToolBar(Qt::LeftToolBarArea, modeBar);
    m_modeGroup->setExclusive(true);
    for (const ModeSpec &spec : specs) {
        auto *action = new QAction(QIcon(QStringLiteral(":/sala/icons/%1.svg").arg(spec.icon)), spec.name, this);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(spec.mode))));
        action->setToolTip(tr("%1 (%2)").arg(spec.tip, action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(spec.tip);
        m_modeGroup->addAction(action);
        modeBar->addAction(action);
        m_modeActions[std::size_t(spec.mode)] = action;
        const Mode mode = spec.mode;
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }
}

void MainWindow::connectRosterAndRun(RunView *run)
{
    // Check-in happens beside the timer; the panel follows the run's clock and activity.
    auto *checkIn = new CheckInPanel(*m_context);
    run->setPeopleWidget(checkIn);
    LiveSession *live = &run->live();
    checkIn->setClock([live] { return live->engine().now(); });
    connect(live, &LiveSession::stateChanged, checkIn, [live, checkIn] {
        const int current = live->engine().state().current;
        checkIn->setCurrentActivity(current >= 0 ? std::optional<int>(current) : std::nullopt);
    });

    // Reports, plan checks and room counts read the context's roster; keep it the live one.
    LiveRoster &roster = LiveRoster::of(*m_context);
    auto sync = [this, &roster] { m_context->setRoster(roster.people()); };
    connect(&roster, &LiveRoster::reset, this, sync);
    connect(&roster, &LiveRoster::participantChanged, this, sync);
    connect(&roster, &LiveRoster::participantAdded, this, sync);
    connect(&roster, &LiveRoster::participantRemoved, this, sync);
}

void MainWindow::createPickers()
{
    auto *bar = new QToolBar(tr("Workshop"), this);
    bar->setObjectName(QStringLiteral("workshopBar"));
    bar->setMovable(false);
    addToolBar(Qt::TopToolBarArea, bar);

    m_workshopPicker = new QComboBox(bar);
    m_workshopPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_workshopPicker->setMinimumContentsLength(30);
    m_workshopPicker->setAccessibleName(tr("Workshop"));
    m_sessionPicker = new QComboBox(bar);
    m_sessionPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sessionPicker->setMinimumContentsLength(20);
    m_sessionPicker->setAccessibleName(tr("Session"));

    auto *workshopLabel = new QLabel(tr("&Workshop:"), bar);
    workshopLabel->setBuddy(m_workshopPicker);
    auto *sessionLabel = new QLabel(tr("&Session:"), bar);
    sessionLabel->setBuddy(m_sessionPicker);
    workshopLabel->setContentsMargins(6, 0, 4, 0);
    sessionLabel->setContentsMargins(12, 0, 4, 0);
    bar->addWidget(workshopLabel);
    bar->addWidget(m_workshopPicker);
    bar->addWidget(sessionLabel);
    bar->addWidget(m_sessionPicker);

    connect(m_workshopPicker, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_workshopPicker->itemData(index).toLongLong();
        if (id != m_context->workshop().id && m_context->selectWorkshop(id))
            SessionState::lastWorkshop.setValue(id);
    });
    connect(m_sessionPicker, &QComboBox::activated, this, [this](int index) {
        m_context->selectSession(index);
        SessionState::lastSession.setValue(index);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newWorkshop = file->addAction(tr("&New Workshop…"), this, &MainWindow::newWorkshop);
    newWorkshop->setShortcut(QKeySequence::New);
    file->addAction(tr("New from &Template…"), this, &MainWindow::newFromTemplate);
    m_workshopSettings = file->addAction(tr("Workshop &Settings…"), this, &MainWindow::editWorkshopSettings);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Plan…"), this, &MainWindow::importPlan);
    import->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Export Session…"), this, &MainWindow::exportSession);
    file->addAction(tr("Export &Workshop…"), this, &MainWindow::exportWorkshop);
    QAction *attendance = file->addAction(tr("Import &Attendance…"), this, [this] { openAttendanceImport(*m_context, this); });
    attendance->setStatusTip(tr("Read a participants report from Zoom, Teams or Google Meet into the current session"));
    QAction *sheet = file->addAction(tr("&Run Sheet…"), this, &MainWindow::writeRunSheet);
    sheet->setShortcut(QKeySequence::Print);
    sheet->setStatusTip(tr("Write the session's run sheet as PDF, HTML or Markdown for printing"));
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    backup->setStatusTip(tr("Write a copy of the whole database to a file of your choice"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_context->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_context->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_context->reloadCurrent(); // the second time zone may have changed
    });
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    auto *plan = qobject_cast<PlanView *>(modeWidget(Plan));
    QMenu *planMenu = menuBar()->addMenu(tr("&Plan"));
    planMenu->addActions(
        {plan->addAction(), plan->duplicateAction(), plan->deleteAction(), plan->moveUpAction(), plan->moveDownAction()});
    planMenu->addSeparator();
    planMenu->addActions(plan->sessionActions());
    planMenu->addSeparator();
    planMenu->addAction(tr("Save Activity as &Template"), this, &MainWindow::saveActivityAsTemplate);
    planMenu->addAction(tr("Save Session as Te&mplate"), this, &MainWindow::saveSessionAsTemplate);

    // The roster's actions work on Roster mode, so opening their menu shows it.
    QMenu *rosterMenu = menuBar()->addMenu(tr("R&oster"));
    rosterMenu->addActions(qobject_cast<RosterView *>(modeWidget(Roster))->menuActions());
    connect(rosterMenu, &QMenu::aboutToShow, this, [this] { setMode(Roster); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QAction *action : m_modeActions)
        view->addAction(action);
    view->addSeparator();
    view->addAction(qobject_cast<RunView *>(modeWidget(Run))->presenterAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcuts({QKeySequence(Qt::Key_F1), QKeySequence(Qt::SHIFT | Qt::Key_Question)});
    help->addAction(tr("&About Sala"), this, [this] {
        AboutDialog dialog(m_store.path(), this);
        dialog.exec();
    });
}

MainWindow::Mode MainWindow::currentMode() const
{
    return Mode(m_stack->currentIndex());
}

void MainWindow::setMode(Mode mode)
{
    modeWidget(mode);
    m_stack->setCurrentIndex(int(mode));
    m_stack->currentWidget()->setFocus();
    m_modeActions[std::size_t(mode)]->setChecked(true);
    SessionState::lastMode.setValue(int(mode));
}

QWidget *MainWindow::modeWidget(Mode mode) const
{
    if (!m_built[std::size_t(mode)]) {
        QWidget *view = nullptr;
        if (mode == Breakouts)
            view = new BreakoutsView(*m_context, m_stack);
        else
            view = new ReportsView(*m_context, m_stack);
        QWidget *placeholder = m_stack->widget(int(mode));
        m_stack->removeWidget(placeholder);
        delete placeholder;
        m_stack->insertWidget(int(mode), view);
        m_built[std::size_t(mode)] = true;
    }
    return m_stack->widget(int(mode));
}

void MainWindow::restoreLastWorkshop()
{
    if (!m_context->reloadWorkshops() || m_context->workshops().empty())
        return;
    qint64 id = SessionState::lastWorkshop.value();
    const auto &list = m_context->workshops();
    if (std::none_of(list.begin(), list.end(), [id](const WorkshopSummary &w) { return w.id == id; }))
        id = list.front().id;
    if (!m_context->selectWorkshop(id))
        return;
    const int session = SessionState::lastSession.value();
    if (session > 0 && session < int(m_context->workshop().sessions.size()))
        m_context->selectSession(session);
    refillSessionPicker();
}

void MainWindow::refillWorkshopPicker()
{
    m_workshopPicker->clear();
    for (const WorkshopSummary &w : m_context->workshops())
        m_workshopPicker->addItem(w.title, w.id);
    m_workshopPicker->setCurrentIndex(m_workshopPicker->findData(m_context->workshop().id));
    m_workshopPicker->setEnabled(m_workshopPicker->count() > 0);
}

void MainWindow::refillSessionPicker()
{
    m_workshopPicker->setCurrentIndex(m_workshopPicker->findData(m_context->workshop().id));
    m_sessionPicker->clear();
    const auto &sessions = m_context->workshop().sessions;
    for (const Session &session : sessions)
        m_sessionPicker->addItem(tr("%1 · %2").arg(session.title, QLocale().toString(session.date, QLocale::ShortFormat)));
    m_sessionPicker->setCurrentIndex(m_context->sessionIndex());
    m_sessionPicker->setEnabled(!sessions.empty());
    setWindowTitle(m_context->hasWorkshop() ? tr("%1 — Sala").arg(m_context->workshop().title) : tr("Sala"));
}

void MainWindow::newWorkshop()
{
    Workshop blank;
    blank.timeZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    blank.language = QStringLiteral("en");
    WorkshopDialog dialog(blank, tr("New Workshop"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Workshop workshop = dialog.workshop();
    Session first;
    first.title = tr("Session 1");
    first.date = QDate::currentDate().addDays(7);
    first.plannedStart = QTime(9, 0);
    workshop.sessions.push_back(first);
    if (m_context->createWorkshop(workshop)) {
        SessionState::lastWorkshop.setValue(m_context->workshop().id);
        setMode(Plan);
    }
}

void MainWindow::newFromTemplate()
{
    auto templates = builtInTemplates();
    if (!templates) {
        showError(templates.error().message);
        return;
    }
    std::vector<Workshop> choices;
    QStringList names;
    for (const SessionTemplate &t : templates.value()) {
        choices.push_back(t.workshop);
        names << tr("%1 (%n session(s))", nullptr, int(t.workshop.sessions.size())).arg(t.name);
    }
    if (auto mine = TemplateStore(m_store).list(); mine.ok()) {
        for (const UserTemplate &t : mine.value()) {
            if (t.kind != UserTemplate::Kind::Session)
                continue;
            Workshop w;
            w.title = t.title;
            w.timeZone = m_context->hasWorkshop() ? m_context->workshop().timeZone
                                                  : QString::fromUtf8(QTimeZone::systemTimeZoneId());
            w.language = QStringLiteral("en");
            w.sessions = {t.session};
            choices.push_back(w);
            names << tr("%1 (my session template)").arg(t.title);
        }
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("New from Template"), tr("Start a new workshop from:"), names, 0, false,
                                                 &ok);
    if (!ok)
        return;
    Workshop workshop = choices[std::size_t(names.indexOf(picked))];
    workshop.id = 0;
    if (m_context->createWorkshop(workshop)) {
        SessionState::lastWorkshop.setValue(m_context->workshop().id);
        setMode(Plan);
    }
}

void MainWindow::editWorkshopSettings()
{
    if (!m_context->hasWorkshop())
        return;
    WorkshopDialog dialog(m_context->workshop(), tr("Workshop Settings"), this);
    if (dialog.exec() == QDialog::Accepted && !(dialog.workshop() == m_context->workshop()))
        m_context->undoStack()->push(new EditWorkshopCommand(*m_context, dialog.workshop()));
}

void MainWindow::saveActivityAsTemplate()
{
    auto *plan = qobject_cast<PlanView *>(modeWidget(Plan));
    const Activity *activity = m_context->activity(m_context->sessionIndex(), plan->currentRow());
    if (!activity)
        return;
    if (auto saved = TemplateStore(m_store).saveActivity(*activity); !saved)
        showError(saved.error().message);
    else
        statusBar()->showMessage(tr("“%1” is now in your method library (Plan ▸ Add).").arg(activity->title), 8000);
}

void MainWindow::saveSessionAsTemplate()
{
    const Session *session = m_context->session();
    if (!session)
        return;
    if (auto saved = TemplateStore(m_store).saveSession(*session); !saved)
        showError(saved.error().message);
    else
        statusBar()->showMessage(tr("“%1” is saved as a template (File ▸ New from Template).").arg(session->title), 8000);
}

namespace {

QString documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// File names people can read: "Keep the Doors Open - Session 1.json".
QString fileNameFor(const QString &title, const QString &extension)
{
    QString name = title;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    name.replace(unsafe, QStringLiteral("-"));
    return QDir(documentsFolder()).filePath(name.left(80).trimmed() + extension);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Io, QCoreApplication::translate("sala::MainWindow", "Could not write “%1”: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

} // namespace

void MainWindow::importPlan()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Import Plan"), documentsFolder(),
                                                     tr("Sala plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Could not read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    const PlanParse parse = parsePlan(file.readAll());
    if (!parse.document) {
        QMessageBox box(QMessageBox::Warning, tr("Import Plan"),
                        tr("“%1” cannot be imported; nothing was changed. Problems found: %n", nullptr, int(parse.problems.size()))
                            .arg(QFileInfo(path).fileName()),
                        QMessageBox::Close, this);
        QStringList lines;
        for (const PlanProblem &problem : parse.problems)
            lines << problemLine(problem);
        box.setInformativeText(lines.mid(0, 8).join(u'\n'));
        box.setDetailedText(lines.join(u'\n'));
        box.exec();
        return;
    }
    if (!parse.document->isSession) {
        if (m_context->createWorkshop(parse.document->workshop)) {
            SessionState::lastWorkshop.setValue(m_context->workshop().id);
            setMode(Plan);
            statusBar()->showMessage(tr("Imported the workshop “%1”.").arg(m_context->workshop().title), 8000);
        }
        return;
    }
    if (!m_context->hasWorkshop()) {
        showError(tr("“%1” holds one session. Open or create the workshop it belongs to first, then import it again.")
                      .arg(QFileInfo(path).fileName()));
        return;
    }
    const Session &session = parse.document->workshop.sessions.front();
    m_context->undoStack()->push(new InsertSessionCommand(*m_context, int(m_context->workshop().sessions.size()), session,
                                                          tr("Import the session “%1”").arg(session.title)));
    setMode(Plan);
}

void MainWindow::exportSession()
{
    const Session *session = m_context->session();
    if (!session)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Export Session"),
                                                     fileNameFor(session->title, QStringLiteral(".json")),
                                                     tr("Sala plans (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = writeFileAtomically(path, sessionToJson(*session)); !s)
        showError(s.error().message);
    else
        statusBar()->showMessage(tr("Session exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportWorkshop()
{
    if (!m_context->hasWorkshop())
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Export Workshop"),
                                                     fileNameFor(m_context->workshop().title, QStringLiteral(".json")),
                                                     tr("Sala plans (*.json)"));
    if (path.isEmpty())
        return;
    if (Status s = writeFileAtomically(path, workshopToJson(m_context->workshop())); !s)
        showError(s.error().message);
    else
        statusBar()->showMessage(tr("Workshop exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::writeRunSheet()
{
    const Session *session = m_context->session();
    if (!session)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Run Sheet"), fileNameFor(session->title, QStringLiteral(".pdf")),
                                                     tr("PDF (*.pdf);;Web page (*.html);;Markdown (*.md)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    Status written = success();
    if (suffix == u"html" || suffix == u"htm")
        written = writeFileAtomically(path, runSheetHtml(m_context->workshop(), *session).toUtf8());
    else if (suffix == u"md")
        written = writeFileAtomically(path, runSheetMarkdown(m_context->workshop(), *session).toUtf8());
    else
        written = writeRunSheetPdf(m_context->workshop(), *session, path);
    if (!written)
        showError(written.error().message);
    else
        statusBar()->showMessage(tr("Run sheet written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::backUpDatabase()
{
    const QFileInfo info(m_store.path());
    const QString suggestion = info.absoluteDir().filePath(
        QStringLiteral("%1-backup-%2.db").arg(info.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString target = FileDialog::getSaveFileName(this, tr("Back Up Database"), suggestion, tr("Sala databases (*.db)"));
    if (target.isEmpty())
        return;
    if (Status status = backupDatabase(m_store.database(), target); !status) {
        showError(status.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::showShortcuts()
{
    QString text = QStringLiteral("<table cellspacing='6'>");
    auto row = [&text](const QString &keys, const QString &what) {
        text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    for (QAction *action : m_modeActions)
        row(action->shortcut().toString(QKeySequence::NativeText), action->text().remove(u'&'));
    row(QKeySequence(Qt::ALT | Qt::Key_W).toString(QKeySequence::NativeText), tr("Choose the workshop"));
    row(QKeySequence(Qt::ALT | Qt::Key_S).toString(QKeySequence::NativeText), tr("Choose the session"));
    row(QKeySequence(QKeySequence::Preferences).isEmpty()
            ? QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText)
            : QKeySequence(QKeySequence::Preferences).toString(QKeySequence::NativeText),
        tr("Preferences"));
    row(QStringLiteral("F1"), tr("This list of shortcuts"));
    row(QKeySequence(QKeySequence::Quit).toString(QKeySequence::NativeText), tr("Quit"));
    text += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::Information, tr("Keyboard Shortcuts"), text, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    QMessageBox::warning(this, tr("Sala"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    SessionState::windowGeometry.setValue(saveGeometry());
    SessionState::windowState.setValue(saveState());
    appSettings().sync();
    event->accept();
}

} // namespace sala
