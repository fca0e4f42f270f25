#include "views/planview.h"

#include "commands/plancommands.h"
#include "dialogs/addactivitydialog.h"
#include "domain/names.h"
#include "models/activitytablemodel.h"
#include "plan/plancheck.h"
#include "views/activityeditor.h"
#include "workshopcontext.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QTimeEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace sala {

PlanView::PlanView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new ActivityTableModel(context, this)), m_summary(new QLabel(this)),
      m_sessionTitle(new QLineEdit(this)), m_sessionDate(new QDateEdit(this)), m_sessionStart(new QTimeEdit(this)),
      m_hasTargetEnd(new QCheckBox(tr("Target &end:"), this)), m_targetEnd(new QTimeEdit(this)), m_table(new QTableView(this)),
      m_checks(new QListWidget(this)), m_editor(new ActivityEditor(context, this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Session summary"));

    m_sessionTitle->setAccessibleName(tr("Session title"));
    m_sessionDate->setCalendarPopup(true);
    m_sessionDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_sessionDate->setAccessibleName(tr("Session date"));
    m_sessionStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_sessionStart->setAccessibleName(tr("Planned start"));
    m_targetEnd->setDisplayFormat(QStringLiteral("HH:mm"));
    m_targetEnd->setAccessibleName(tr("Target end"));
    auto *titleLabel = new QLabel(tr("Sess&ion:"), this);
    titleLabel->setBuddy(m_sessionTitle);
    auto *dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_sessionDate);
    auto *startLabel = new QLabel(tr("S&tart:"), this);
    startLabel->setBuddy(m_sessionStart);
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(titleLabel);
    sessionRow->addWidget(m_sessionTitle, 1);
    sessionRow->addWidget(dateLabel);
    sessionRow->addWidget(m_sessionDate);
    sessionRow->addWidget(startLabel);
    sessionRow->addWidget(m_sessionStart);
    sessionRow->addWidget(m_hasTargetEnd);
    sessionRow->addWidget(m_targetEnd);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setDragDropMode(QAbstractItemView::InternalMove);
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Columns are sized to their contents when a session opens, not on every edit: measuring
    // every row after each nudge made a long plan sluggish.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityTableModel::Title, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Activities of the session"));
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    setFocusProxy(m_table); // opening Plan mode puts the keyboard on the running order

    m_checks->setAccessibleName(tr("Plan checks"));
    m_checks->setMaximumHeight(m_checks->fontMetrics().lineSpacing() * 4 + 12);
    m_checks->setWordWrap(true);

    createActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_add, m_duplicate, m_delete, m_moveUp, m_moveDown});
    toolbar->addSeparator();
    toolbar->addActions({m_newSession, m_copySession, m_deleteSession});

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(toolbar);
    leftLayout->addWidget(m_table, 1);
    auto *checksLabel = new QLabel(tr("Plan &checks:"), left);
    checksLabel->setBuddy(m_checks);
    leftLayout->addWidget(checksLabel);
    leftLayout->addWidget(m_checks);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({700, 460});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(sessionRow);
    layout->addWidget(splitter, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int column = 0; column < ActivityTableModel::ColumnCount; ++column)
            if (column != ActivityTableModel::Title)
                m_table->resizeColumnToContents(column);
        updateSessionFields();
        if (m_model->rowCount() > 0)
            selectRow(0);
        else
            m_editor->setRow(-1);
        updateSummary();
        updateChecks();
        updateActionStates();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateSummary();
        updateChecks();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) { selectRow(first); });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first) {
        selectRow(std::min(first, m_model->rowCount() - 1));
        updateSummary();
        updateChecks();
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int destination) {
                selectRow(destination > start ? destination - 1 : destination);
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_editor->setRow(current.isValid() ? current.row() : -1);
        updateActionStates();
    });
    connect(&m_context, &WorkshopContext::sessionFieldsChanged, this, [this] {
        updateSessionFields();
        updateSummary();
        updateChecks();
    });
    connect(&m_context, &WorkshopContext::workshopFieldsChanged, this, [this] {
        updateSummary();
        updateChecks();
    });
    connect(&m_context, &WorkshopContext::sessionsInsertedOrRemoved, this, &PlanView::updateActionStates);
    connect(&m_context, &WorkshopContext::rosterChanged, this, &PlanView::updateChecks); // rooms depend on head count

    connect(m_sessionTitle, &QLineEdit::editingFinished, this, &PlanView::commitSessionFields);
    connect(m_sessionDate, &QDateEdit::editingFinished, this, &PlanView::commitSessionFields);
    connect(m_sessionStart, &QTimeEdit::editingFinished, this, &PlanView::commitSessionFields);
    connect(m_targetEnd, &QTimeEdit::editingFinished, this, &PlanView::commitSessionFields);
    connect(m_hasTargetEnd, &QCheckBox::toggled, this, &PlanView::commitSessionFields);
    connect(m_checks, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = item->data(Qt::UserRole).toInt();
        if (row >= 0) {
            selectRow(row);
            m_table->setFocus();
        }
    });
    connect(m_checks, &QListWidget::itemClicked, m_checks, &QListWidget::itemActivated);

    updateSessionFields();
    updateSummary();
    updateChecks();
    updateActionStates();
}

void PlanView::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip, QWidget *scope) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        scope->addAction(action);
        return action;
    };
    m_add = make(tr("&Add…"), QKeySequence(Qt::Key_Insert), tr("Add an activity from the method library"), this);
    m_duplicate = make(tr("D&uplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), tr("Duplicate the selected activity"), this);
    m_delete = make(tr("&Delete"), QKeySequence(QKeySequence::Delete), tr("Delete the selected activity"), m_table);
    m_moveUp = make(tr("Move &up"), QKeySequence(Qt::CTRL | Qt::Key_Up), tr("Move the selected activity earlier"), m_table);
    m_moveDown = make(tr("Move dow&n"), QKeySequence(Qt::CTRL | Qt::Key_Down), tr("Move the selected activity later"), m_table);
    m_newSession = make(tr("New session"), QKeySequence(), tr("Add an empty session to this workshop"), this);
    m_copySession = make(tr("Copy session"), QKeySequence(), tr("Copy this session, with all its activities, as a new session"),
                         this);
    m_deleteSession = make(tr("Delete session"), QKeySequence(), tr("Delete this session and its activities"), this);

    const std::array<std::pair<QKeySequence, int>, 6> nudges{{{QKeySequence(Qt::Key_Plus), 1},
                                                              {QKeySequence(Qt::Key_Equal), 1},
                                                              {QKeySequence(Qt::Key_Minus), -1},
                                                              {QKeySequence(Qt::CTRL | Qt::Key_Plus), 5},
                                                              {QKeySequence(Qt::CTRL | Qt::Key_Equal), 5},
                                                              {QKeySequence(Qt::CTRL | Qt::Key_Minus), -5}}};
    for (const auto &[key, delta] : nudges) {
        auto *nudge = new QAction(this);
        nudge->setShortcut(key);
        nudge->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(nudge);
        connect(nudge, &QAction::triggered, this, [this, d = delta] { nudgeMinutes(d); });
    }

    connect(m_add, &QAction::triggered, this, &PlanView::addFromLibrary);
    connect(m_duplicate, &QAction::triggered, this, [this] {
        if (const Activity *current = m_context.activity(m_context.sessionIndex(), currentRow()))
            insertActivity(*current);
    });
    connect(m_delete, &QAction::triggered, this, [this] {
        if (m_context.activity(m_context.sessionIndex(), currentRow()))
            m_context.undoStack()->push(new RemoveActivityCommand(m_context, m_context.sessionIndex(), currentRow()));
    });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(1); });
    connect(m_newSession, &QAction::triggered, this, [this] {
        Session session;
        session.title = tr("Session %1").arg(m_context.workshop().sessions.size() + 1);
        const Session *current = m_context.session();
        session.date = current ? current->date.addDays(7) : QDate::currentDate();
        session.plannedStart = current ? current->plannedStart : QTime(9, 0);
        m_context.undoStack()->push(
            new InsertSessionCommand(m_context, int(m_context.workshop().sessions.size()), session, tr("Add a session")));
    });
    connect(m_copySession, &QAction::triggered, this, [this] {
        const Session *current = m_context.session();
        if (!current)
            return;
        Session copy = *current;
        copy.title = tr("%1 (copy)").arg(current->title);
        m_context.undoStack()->push(new InsertSessionCommand(m_context, m_context.sessionIndex() + 1, copy,
                                                             tr("Copy the session “%1”").arg(current->title)));
    });
    connect(m_deleteSession, &QAction::triggered, this, [this] {
        if (m_context.session())
            m_context.undoStack()->push(new RemoveSessionCommand(m_context, m_context.sessionIndex()));
    });
}

QList<QAction *> PlanView::sessionActions() const
{
    return {m_newSession, m_copySession, m_deleteSession};
}

int PlanView::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlanView::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    // Minutes are what trainers change most: typing a number on the selected row edits them.
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, ActivityTableModel::Minutes),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_editor->setRow(row);
}

void PlanView::insertActivity(const Activity &activity)
{
    if (!m_context.session())
        return;
    const int row = currentRow() >= 0 ? currentRow() + 1 : m_model->rowCount();
    m_context.undoStack()->push(
        new InsertActivityCommand(m_context, m_context.sessionIndex(), row, activity, tr("Add “%1”").arg(activity.title)));
}

void PlanView::nudgeMinutes(int delta)
{
    const Activity *current = m_context.activity(m_context.sessionIndex(), currentRow());
    if (!current)
        return;
    Activity edited = *current;
    edited.plannedMinutes = std::clamp(current->plannedMinutes + delta, 0, 600);
    edited.minimumMinutes = std::min(edited.minimumMinutes, edited.plannedMinutes);
    if (edited.plannedMinutes != current->plannedMinutes)
        m_context.undoStack()->push(
            new EditActivityCommand(m_context, m_context.sessionIndex(), currentRow(), edited, ActivityField::Minutes));
}

void PlanView::moveCurrent(int delta)
{
    const int from = currentRow();
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= m_model->rowCount())
        return;
    m_context.undoStack()->push(new MoveActivityCommand(m_context, m_context.sessionIndex(), from, to));
}

void PlanView::addFromLibrary()
{
    if (!m_context.session())
        return;
    m_editor->commitPending();
    AddActivityDialog dialog(m_context.store(), this);
    if (dialog.exec() == QDialog::Accepted)
        insertActivity(dialog.chosenActivity());
}

void PlanView::updateActionStates()
{
    const bool hasSession = m_context.session() != nullptr;
    const int row = currentRow();
    m_add->setEnabled(hasSession);
    m_duplicate->setEnabled(row >= 0);
    m_delete->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_newSession->setEnabled(m_context.hasWorkshop());
    m_copySession->setEnabled(hasSession);
    m_deleteSession->setEnabled(hasSession);
    for (QWidget *w : {static_cast<QWidget *>(m_sessionTitle), static_cast<QWidget *>(m_sessionDate),
                       static_cast<QWidget *>(m_sessionStart), static_cast<QWidget *>(m_hasTargetEnd)})
        w->setEnabled(hasSession);
    m_targetEnd->setEnabled(hasSession && m_hasTargetEnd->isChecked());
}

void PlanView::updateSessionFields()
{
    const Session *session = m_context.session();
    const QSignalBlocker b1(m_sessionTitle), b2(m_sessionDate), b3(m_sessionStart), b4(m_hasTargetEnd), b5(m_targetEnd);
    if (!session) {
        m_sessionTitle->clear();
        return;
    }
    if (m_sessionTitle->text() != session->title)
        m_sessionTitle->setText(session->title);
    m_sessionDate->setDate(session->date);
    m_sessionStart->setTime(session->plannedStart);
    m_hasTargetEnd->setChecked(session->targetEnd.has_value());
    m_targetEnd->setTime(session->targetEnd.value_or(session->plannedStart.addSecs(3 * 3600)));
    m_targetEnd->setEnabled(session->targetEnd.has_value());
}

void PlanView::commitSessionFields()
{
    const Session *session = m_context.session();
    if (!session)
        return;
    Session edited = *session;
    if (!m_sessionTitle->text().trimmed().isEmpty())
        edited.title = m_sessionTitle->text().trimmed();
    edited.date = m_sessionDate->date();
    edited.plannedStart = m_sessionStart->time();
    edited.targetEnd = m_hasTargetEnd->isChecked() ? std::optional<QTime>(m_targetEnd->time()) : std::nullopt;
    m_targetEnd->setEnabled(m_hasTargetEnd->isChecked());
    if (edited.title == session->title && edited.date == session->date && edited.plannedStart == session->plannedStart
        && edited.targetEnd == session->targetEnd)
        return;
    m_context.undoStack()->push(new EditSessionCommand(m_context, m_context.sessionIndex(), edited));
}

void PlanView::updateSummary()
{
    const Session *session = m_context.session();
    if (!session) {
        m_summary->setText(m_context.hasWorkshop() ? tr("This workshop has no sessions yet. Use “New session” to add one.")
                                                   : tr("No workshop is open. Create one with File ▸ New Workshop."));
        return;
    }
    const Schedule &schedule = m_model->schedule();
    const QTimeZone zone = m_context.primaryZone();
    const QTimeZone second = m_context.secondaryZone();
    QString times =
        tr("%1–%2 %3").arg(clockTime(schedule.start, zone), clockTime(schedule.end, zone), zoneAbbreviation(zone, schedule.start));
    if (second.isValid())
        times += tr(" · %1–%2 %3")
                     .arg(clockTime(schedule.start, second), clockTime(schedule.end, second),
                          zoneAbbreviation(second, schedule.start));
    QString target;
    if (schedule.minutesPastTarget) {
        const int past = *schedule.minutesPastTarget;
        if (past > 0)
            target = tr("<b>Ends %n min after the target end.</b>", nullptr, past);
        else if (past < 0)
            target = tr("Ends %n min before the target end.", nullptr, -past);
        else
            target = tr("Ends exactly at the target end.");
    }
    m_summary->setText(
        tr("<b>%1</b> — %2 · %3 · %n activities, %4 min in all. %5", nullptr, int(session->activities.size()))
            .arg(m_context.workshop().title.toHtmlEscaped(), QLocale().toString(session->date, QLocale::LongFormat), times)
            .arg(schedule.totalMinutes)
            .arg(target));
}

void PlanView::updateChecks()
{
    m_checks->clear();
    const Session *session = m_context.session();
    if (!session)
        return;
    const auto issues = checkSession({&m_context.workshop(), session, int(m_context.roster().size())});
    if (issues.empty()) {
        auto *item = new QListWidgetItem(tr("✓ No problems found in this plan."), m_checks);
        item->setData(Qt::UserRole, -1);
        return;
    }
    for (const PlanIssue &issue : issues) {
        const QString prefix = issue.severity == PlanIssue::Severity::Problem ? tr("Problem:") : tr("Check:");
        const QString where = issue.activityIndex >= 0 ? tr("#%1 ").arg(issue.activityIndex + 1) : QString();
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2%3").arg(prefix, where, issue.message), m_checks);
        item->setData(Qt::UserRole, issue.activityIndex);
        item->setIcon(style()->standardIcon(issue.severity == PlanIssue::Severity::Problem ? QStyle::SP_MessageBoxCritical
                                                                                           : QStyle::SP_MessageBoxWarning));
    }
}

} // namespace sala
