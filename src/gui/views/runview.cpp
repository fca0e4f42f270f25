#include "views/runview.h"

#include "statuscolors.h"
#include "commands/plancommands.h"
#include "domain/names.h"
#include "kindstyle.h"
#include "mainwindow.h"
#include "plan/schedule.h"
#include "presenter/livesession.h"
#include "presenter/presenterwindow.h"
#include "presenter/runsettings.h"
#include "presenter/timerface.h"
#include "views/breakoutsview.h"
#include "views/runhelpoverlay.h"
#include "views/runroomspanel.h"
#include "views/sessionbar.h"
#include "workshopcontext.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCollator>
#include <QCoreApplication>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace sala {

QString relativeStart(const QDateTime &now, const QDateTime &start)
{
    const qint64 minutes = now.secsTo(start) / 60;
    auto span = [](qint64 m) {
        const qint64 days = m / (24 * 60);
        const qint64 hours = (m % (24 * 60)) / 60;
        const qint64 mins = m % 60;
        if (days > 0)
            return QCoreApplication::translate("sala::RunView", "%1 d %2 h").arg(days).arg(hours);
        if (hours > 0)
            return QCoreApplication::translate("sala::RunView", "%1 h %2 min").arg(hours).arg(mins);
        return QCoreApplication::translate("sala::RunView", "%1 min").arg(mins);
    };
    if (minutes >= 0)
        return QCoreApplication::translate("sala::RunView", "Starts in %1").arg(span(minutes));
    return QCoreApplication::translate("sala::RunView", "Started %1 ago").arg(span(-minutes));
}

namespace {

enum RundownColumn { MarkColumn, StartColumn, SecondStartColumn, PlannedColumn, ActualColumn, TitleColumn, RundownColumnCount };

QPushButton *runButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(tip);
    button->setAccessibleDescription(tip);
    // The Run-mode keys do what these buttons do, and a focused button would eat Space.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

// "4:30" → 270 s, "5" → 300 s, "1:05:00" → 3900 s; -1 when it is none of these.
qint64 parseTimeLeft(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,3})(?::(\\d{1,2}))?(?::(\\d{1,2}))?\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    if (match.captured(3).isEmpty()) {
        if (match.captured(2).isEmpty())
            return match.captured(1).toLongLong() * 60;
        if (match.captured(2).toInt() >= 60)
            return -1;
        return match.captured(1).toLongLong() * 60 + match.captured(2).toLongLong();
    }
    if (match.captured(2).toInt() >= 60 || match.captured(3).toInt() >= 60)
        return -1;
    return match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong();
}

bool isTextEntry(const QWidget *widget)
{
    if (!widget)
        return false;
    if (const auto *line = qobject_cast<const QLineEdit *>(widget))
        return !line->isReadOnly();
    if (qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *text = qobject_cast<const QTextEdit *>(widget))
        return !text->isReadOnly();
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return !plain->isReadOnly();
    return false;
}

bool isRunKey(int key)
{
    switch (key) {
    case Qt::Key_Space:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
    case Qt::Key_S:
    case Qt::Key_R:
    case Qt::Key_C:
    case Qt::Key_B:
    case Qt::Key_T:
    case Qt::Key_A:
    case Qt::Key_P:
    case Qt::Key_End:
    case Qt::Key_F1:
    case Qt::Key_Question: return true;
    default: return false;
    }
}

QString nameForList(const Participant &p)
{
    if (p.preferredName.isEmpty() || p.preferredName == p.name)
        return p.name;
    return QCoreApplication::translate("sala::RunView", "%1 (%2)").arg(p.preferredName, p.name);
}

} // namespace

RunView::RunView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_live(nullptr), m_presenterAction(new QAction(tr("&Presenter Timer"), this)),
      m_bar(new SessionBar(this)), m_face(new TimerFace(this)), m_position(new QLabel(this)), m_title(new QLabel(this)),
      m_next(new QLabel(this)), m_round(new QLabel(this)), m_drift(new QLabel(this)), m_ends(new QLabel(this)),
      m_message(new QLabel(this)),
      m_previousButton(runButton(tr("◀ Previous"), tr("Back to the previous activity (Left arrow)"), this)),
      m_pauseButton(runButton(tr("Start"), tr("Start, pause or resume (Space)"), this)),
      m_nextButton(runButton(tr("Next ▶"), tr("On to the next activity (Right arrow)"), this)),
      m_roomsButton(runButton(tr("Rooms open"), tr("The breakout rooms are open now: count the rounds from here (R)"), this)),
      m_finishButton(runButton(tr("Finish"), tr("Finish the session (End)"), this)), m_moreButton(new QToolButton(this)),
      m_timeLeftEditor(new QLineEdit(this)), m_trimBox(new QWidget(this)), m_trimText(new QLabel(m_trimBox)),
      m_broadcastBox(new QWidget(this)), m_broadcastTitle(new QLabel(m_broadcastBox)),
      m_broadcastText(new QLabel(m_broadcastBox)),
      m_copyBroadcast(
          runButton(tr("Copy broadcast"), tr("Copy the broadcast text for the platform's broadcast box (B)"), m_broadcastBox)),
      m_instructionsBox(new QGroupBox(tr("Participant instructions"), this)), m_instructions(new QTextBrowser(m_instructionsBox)),
      m_copyInstructions(
          runButton(tr("Copy instructions"), tr("Copy the instructions for the meeting chat (C)"), m_instructionsBox)),
      m_roomsPanel(new RunRoomsPanel(context, this)), m_rundown(new QTreeWidget(this)), m_peopleBox(new QGroupBox(this)),
      m_enrolled(new QListWidget(m_peopleBox)), m_peopleWidget(m_enrolled), m_help(nullptr)
{
    setObjectName(QStringLiteral("runView"));
    setFocusPolicy(Qt::StrongFocus);

    // Header: where we are, the big countdown, and the facts around it.
    m_face->setMinimumHeight(170);
    m_face->setShowTitle(false); // the title stands beside it, larger
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.7);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Current activity"));
    m_position->setAccessibleName(tr("Activity number and kind"));
    m_next->setWordWrap(true);
    m_next->setAccessibleName(tr("Next activity"));
    m_round->setAccessibleName(tr("Breakout round"));
    QFont driftFont = m_drift->font();
    driftFont.setPointSizeF(driftFont.pointSizeF() * 1.25);
    driftFont.setBold(true);
    m_drift->setFont(driftFont);
    m_drift->setAccessibleName(tr("Ahead or behind the plan"));
    m_ends->setWordWrap(true);
    m_ends->setAccessibleName(tr("Projected end"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Run messages"));

    auto *facts = new QVBoxLayout;
    facts->addWidget(m_position);
    facts->addWidget(m_title);
    facts->addWidget(m_next);
    facts->addWidget(m_round);
    facts->addSpacing(6);
    facts->addWidget(m_drift);
    facts->addWidget(m_ends);
    facts->addStretch(1);
    facts->addWidget(m_message);

    auto *header = new QHBoxLayout;
    header->addWidget(m_face, 5);
    header->addLayout(facts, 6);

    // Controls, each with its key in the tooltip.
    auto *minusFive = runButton(tr("−5"), tr("Five minutes less (Shift with −)"), this);
    auto *minusOne = runButton(tr("−1"), tr("One minute less (−)"), this);
    auto *plusOne = runButton(tr("+1"), tr("One minute more (=, or + on the keypad)"), this);
    auto *plusFive = runButton(tr("+5"), tr("Five minutes more (Shift with =, that is +)"), this);
    auto *setTime = runButton(tr("Set…"), tr("Set the time left of this activity (S)"), this);
    m_timeLeftEditor->setPlaceholderText(tr("mm:ss"));
    m_timeLeftEditor->setAccessibleName(tr("Time left"));
    m_timeLeftEditor->setToolTip(tr("Type the time left, such as 5 or 4:30, then press Enter; Esc cancels"));
    m_timeLeftEditor->setMaximumWidth(90);
    m_timeLeftEditor->hide();
    m_timeLeftEditor->installEventFilter(this);
    m_moreButton->setText(tr("More"));
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setFocusPolicy(Qt::NoFocus);
    m_moreButton->setAccessibleName(tr("More run actions"));
    auto *more = new QMenu(m_moreButton);
    m_moreButton->setMenu(more);

    auto *controls = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_previousButton, m_pauseButton, m_nextButton})
        controls->addWidget(w);
    controls->addSpacing(12);
    for (QWidget *w : std::initializer_list<QWidget *>{minusFive, minusOne, plusOne, plusFive, setTime, m_timeLeftEditor})
        controls->addWidget(w);
    controls->addSpacing(12);
    controls->addWidget(m_roomsButton);
    controls->addStretch(1);
    controls->addWidget(m_finishButton);
    controls->addWidget(m_moreButton);

    // The trim suggestion appears only when the session runs late.
    m_trimBox->setObjectName(QStringLiteral("trimBox"));
    m_trimBox->setAutoFillBackground(true);
    QPalette trimPalette = m_trimBox->palette();
    trimPalette.setColor(QPalette::Window, statusBackground(StatusTone::Warning));
    trimPalette.setColor(QPalette::WindowText, statusOnBackground(StatusTone::Warning));
    m_trimBox->setPalette(trimPalette);
    m_trimText->setWordWrap(true);
    m_trimText->setAccessibleName(tr("Suggested trim"));
    auto *applyTrimButton = runButton(tr("Apply trim"), tr("Shorten the activities as suggested; Ctrl+Z undoes it (T)"),
                                      m_trimBox);
    auto *trimLayout = new QHBoxLayout(m_trimBox);
    trimLayout->setContentsMargins(8, 4, 8, 4);
    trimLayout->addWidget(m_trimText, 1);
    trimLayout->addWidget(applyTrimButton);
    m_trimBox->hide();

    // Broadcasts of the breakout: the one due is announced here.
    m_broadcastBox->setObjectName(QStringLiteral("broadcastBox"));
    m_broadcastBox->setAutoFillBackground(true);
    QFont broadcastTitleFont = m_broadcastTitle->font();
    broadcastTitleFont.setBold(true);
    m_broadcastTitle->setFont(broadcastTitleFont);
    m_broadcastText->setWordWrap(true);
    m_broadcastText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_broadcastText->setAccessibleName(tr("Broadcast text"));
    auto *broadcastLayout = new QGridLayout(m_broadcastBox);
    broadcastLayout->setContentsMargins(8, 4, 8, 4);
    broadcastLayout->addWidget(m_broadcastTitle, 0, 0);
    broadcastLayout->addWidget(m_broadcastText, 1, 0);
    broadcastLayout->addWidget(m_copyBroadcast, 0, 1, 2, 1, Qt::AlignVCenter);
    broadcastLayout->setColumnStretch(0, 1);
    m_broadcastBox->hide();

    m_instructions->setFocusPolicy(Qt::NoFocus);
    m_instructions->setOpenExternalLinks(false);
    m_instructions->setAccessibleName(tr("Participant instructions"));
    auto *instructionsLayout = new QVBoxLayout(m_instructionsBox);
    instructionsLayout->addWidget(m_instructions, 1);
    instructionsLayout->addWidget(m_copyInstructions, 0, Qt::AlignRight);

    m_rundown->setColumnCount(RundownColumnCount);
    m_rundown->setRootIsDecorated(false);
    m_rundown->setAlternatingRowColors(true);
    m_rundown->setAccessibleName(tr("Rundown"));
    m_rundown->setToolTip(tr("Enter or double-click jumps to an activity"));
    m_rundown->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rundown->header()->setStretchLastSection(true);

    // The rooms stand between the instructions and the rundown while a breakout activity runs.
    m_roomsPanel->hide();
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_instructionsBox);
    lower->addWidget(m_roomsPanel);
    lower->addWidget(m_rundown);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setStretchFactor(2, 3);
    lower->setChildrenCollapsible(false);

    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(m_bar);
    mainLayout->addLayout(header);
    mainLayout->addLayout(controls);
    mainLayout->addWidget(m_trimBox);
    mainLayout->addWidget(m_broadcastBox);
    mainLayout->addWidget(lower, 1);

    // People: the enrolled list until a check-in panel takes its place (setPeopleWidget).
    m_enrolled->setAccessibleName(tr("Enrolled participants"));
    m_enrolled->setSelectionMode(QAbstractItemView::NoSelection);
    m_enrolled->setFocusPolicy(Qt::NoFocus);
    m_enrolled->setTextElideMode(Qt::ElideRight);
    m_enrolled->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_enrolled->setUniformItemSizes(true);
    auto *peopleLayout = new QVBoxLayout(m_peopleBox);
    peopleLayout->addWidget(m_enrolled);
    m_peopleBox->setMinimumWidth(std::max(200, fontMetrics().averageCharWidth() * 30));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(main);
    split->addWidget(m_peopleBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_help = new RunHelpOverlay(this);

    // Actions.
    connect(m_previousButton, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_Left, {}); });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_Space, {}); });
    connect(m_nextButton, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_Right, {}); });
    connect(minusFive, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_Minus, Qt::ShiftModifier); });
    connect(minusOne, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_Minus, {}); });
    connect(plusOne, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_Equal, {}); });
    connect(plusFive, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_Plus, Qt::ShiftModifier); });
    connect(setTime, &QPushButton::clicked, this, &RunView::editTimeLeft);
    connect(m_timeLeftEditor, &QLineEdit::returnPressed, this, &RunView::commitTimeLeft);
    connect(m_roomsButton, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_R, {}); });
    connect(m_finishButton, &QPushButton::clicked, this, [this] { handleKey(Qt::Key_End, {}); });
    connect(applyTrimButton, &QPushButton::clicked, this, &RunView::applyTrim);
    connect(m_copyBroadcast, &QPushButton::clicked, this, &RunView::copyBroadcast);
    connect(m_copyInstructions, &QPushButton::clicked, this, &RunView::copyInstructions);
    connect(m_roomsPanel, &RunRoomsPanel::message, this, &RunView::showMessage);
    connect(m_roomsPanel, &RunRoomsPanel::openBreakoutsRequested, this, &RunView::openBreakouts);
    connect(m_rundown, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int index = m_rundown->indexOfTopLevelItem(item);
        m_live->perform([index](RunEngine &engine) { return engine.jumpTo(index); });
    });

    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_presenterAction->setStatusTip(tr("A compact timer that stays on top, to share into the call"));
    connect(m_presenterAction, &QAction::toggled, this, [this](bool on) {
        PresenterState::visible.setValue(on);
        presenter()->setVisible(on);
    });

    QAction *wrapUp = more->addAction(tr("Wrap-up warning for this activity…"));
    connect(wrapUp, &QAction::triggered, this, [this] {
        const RunState &s = m_live->state();
        const int index = s.current >= 0 ? s.current : 0;
        const Session *session = m_context.session();
        if (!session || index >= int(session->activities.size()))
            return;
        bool ok = false;
        const int minutes = QInputDialog::getInt(this, tr("Wrap-up warning"),
                                                 tr("Minutes before the end of “%1” when the timer turns to wrap-up:")
                                                     .arg(session->activities[std::size_t(index)].title),
                                                 int(wrapUpMsFor(m_live->engine().plan(), session->activities[std::size_t(index)])
                                                     / 60'000),
                                                 0, 120, 1, &ok);
        if (ok)
            m_live->perform([index, minutes](RunEngine &engine) { return engine.setWrapUpSeconds(index, minutes * 60); });
    });
    QAction *mute = more->addAction(tr("Mute chimes"));
    mute->setCheckable(true);
    more->addAction(m_presenterAction);
    more->addSeparator();
    QAction *startOver = more->addAction(tr("Start over…"));
    startOver->setStatusTip(tr("Clear the run (after a rehearsal); the log keeps it as history"));
    connect(startOver, &QAction::triggered, this, [this] {
        if (QMessageBox::question(this, tr("Start Over"),
                                  tr("Start the session over? The timer goes back to the first activity and the timing report "
                                     "starts afresh. The run so far stays in the log."))
            == QMessageBox::Yes)
            m_live->perform([](RunEngine &engine) { return engine.reset(); });
    });

    // The rundown follows the plan; it is rebuilt before the live session hears of the change.
    connect(&m_context, &WorkshopContext::sessionChanged, this, &RunView::buildRundown);
    connect(&m_context, &WorkshopContext::workshopChanged, this, &RunView::buildRundown);
    connect(&m_context, &WorkshopContext::workshopChanged, this, &RunView::updatePeople);
    connect(&m_context, &WorkshopContext::workshopFieldsChanged, this, &RunView::buildRundown);
    connect(&m_context, &WorkshopContext::sessionFieldsChanged, this, &RunView::buildRundown);
    connect(&m_context, &WorkshopContext::activityChanged, this, &RunView::buildRundown);
    connect(&m_context, &WorkshopContext::activityInserted, this, &RunView::buildRundown);
    connect(&m_context, &WorkshopContext::activityRemoved, this, &RunView::buildRundown);
    connect(&m_context, &WorkshopContext::activityMoved, this, &RunView::buildRundown);

    m_live = new LiveSession(context, this);
    mute->setChecked(m_live->chimes().muted());
    connect(mute, &QAction::toggled, this, [this](bool on) { m_live->chimes().setMuted(on); });
    connect(&m_live->chimes(), &ChimePlayer::mutedChanged, mute, &QAction::setChecked);
    connect(m_live, &LiveSession::stateChanged, this, &RunView::updateFromState);
    connect(m_live, &LiveSession::broadcastDue, this, &RunView::announceBroadcast);
    connect(m_live, &LiveSession::actionRefused, this, &RunView::showMessage);
    connect(m_live, &LiveSession::phaseChanged, this, [this](TimerPhase phase) {
        if (phase == TimerPhase::WrapUp)
            showMessage(tr("Wrap-up time for this activity."));
        else if (phase == TimerPhase::Overtime)
            showMessage(tr("Time is up: the activity is in overtime."));
    });

    buildRundown();
    updatePeople();
    updateFromState();
    // The timer was open when Sala last stopped (closed, or killed mid-session): open it again.
    if (PresenterState::visible.value())
        QTimer::singleShot(0, this, [this] { m_presenterAction->setChecked(true); });
}

RunView::~RunView()
{
    qApp->removeEventFilter(this);
}

QWidget *RunView::helpOverlay() const
{
    return m_help;
}

PresenterWindow *RunView::presenter()
{
    if (!m_presenter) {
        // Parented for lifetime only: it is a window of its own.
        m_presenter = new PresenterWindow(m_live->chimes(), this);
        connect(m_presenter, &PresenterWindow::visibilityChanged, this, [this](bool visible) {
            if (visible) {
                m_presenter->face()->setFace(faceFor(m_live->state(), m_context.session()));
                qApp->installEventFilter(this);
            } else if (!isVisible()) {
                qApp->removeEventFilter(this);
            }
            const QSignalBlocker blocker(m_presenterAction);
            m_presenterAction->setChecked(visible);
        });
    }
    return m_presenter;
}

void RunView::setPeopleWidget(QWidget *widget)
{
    if (!widget || widget == m_peopleWidget)
        return;
    // With large system fonts on a small screen the panel may be taller than the window: it
    // scrolls rather than squeezing its text.
    auto *scroll = new QScrollArea(m_peopleBox);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(widget);
    delete m_peopleBox->layout()->replaceWidget(m_peopleWidget, scroll); // the layout item is handed back to us
    m_peopleWidget->hide();
    scroll->show();
    m_peopleWidget = scroll;
}

void RunView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    qApp->installEventFilter(this);
    m_live->refresh();
}

void RunView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (!m_presenter || !m_presenter->isVisible())
        qApp->removeEventFilter(this);
}

bool RunView::keysActiveFor(QObject *receiver) const
{
    // Widgets only: a key event passes the window object first and is then forwarded to the
    // focused widget, and it must be handled once.
    const auto *widget = qobject_cast<const QWidget *>(receiver);
    if (!widget)
        return false;
    const QWidget *target = widget->window();
    if (m_presenter && target == m_presenter)
        return true;
    return isVisible() && target == window() && !QApplication::activeModalWidget() && !QApplication::activePopupWidget();
}

bool RunView::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_timeLeftEditor && key->key() == Qt::Key_Escape) {
        if (type == QEvent::KeyPress) {
            m_timeLeftEditor->hide();
            setFocus();
        }
        event->accept();
        return true;
    }
    if (!keysActiveFor(watched) || isTextEntry(QApplication::focusWidget()))
        return QWidget::eventFilter(watched, event);
    const bool helpKey = key->key() == Qt::Key_Escape && m_help->isVisible();
    if ((!isRunKey(key->key()) && !helpKey) || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return QWidget::eventFilter(watched, event);
    event->accept();
    // Claiming the override keeps window shortcuts on the same keys (F1, ?) from firing here.
    if (type == QEvent::ShortcutOverride)
        return true;
    if (!key->isAutoRepeat())
        handleKey(key->key(), key->modifiers());
    return true;
}

bool RunView::handleKey(int key, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const bool shift = modifiers & Qt::ShiftModifier;
    auto act = [this](const std::function<Status(RunEngine &)> &action) { m_live->perform(action); };
    switch (key) {
    case Qt::Key_Space: act([](RunEngine &e) { return e.togglePause(); }); return true;
    case Qt::Key_Right: act([](RunEngine &e) { return e.next(); }); return true;
    case Qt::Key_Left: act([](RunEngine &e) { return e.previous(); }); return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        // Shift decides: "=" is one minute, Shift with that key (the "+" on most keyboards) five.
        act([shift](RunEngine &e) { return e.adjust(shift ? 300 : 60); });
        return true;
    case Qt::Key_Minus: act([shift](RunEngine &e) { return e.adjust(shift ? -300 : -60); }); return true;
    case Qt::Key_Underscore: act([](RunEngine &e) { return e.adjust(-300); }); return true;
    case Qt::Key_S: editTimeLeft(); return true;
    case Qt::Key_R: act([](RunEngine &e) { return e.openRooms(); }); return true;
    case Qt::Key_C: copyInstructions(); return true;
    case Qt::Key_B: copyBroadcast(); return true;
    case Qt::Key_T: applyTrim(); return true;
    case Qt::Key_P: placeInSuggestedRoom(); return true;
    case Qt::Key_A: announceTimeLeft(); return true;
    case Qt::Key_End: act([](RunEngine &e) { return e.finish(); }); return true;
    case Qt::Key_F1:
    case Qt::Key_Question: toggleHelp(); return true;
    case Qt::Key_Escape:
        if (m_help->isVisible()) {
            m_help->hide();
            return true;
        }
        return false;
    default: return false;
    }
}

void RunView::toggleHelp()
{
    m_help->setGeometry(rect());
    m_help->setVisible(!m_help->isVisible());
    if (m_help->isVisible())
        m_help->raise();
}

void RunView::showMessage(const QString &message)
{
    m_message->setText(message);
    // Messages fade after a while so that an old one is never taken for news.
    QTimer::singleShot(8000, m_message, [label = m_message, message] {
        if (label->text() == message)
            label->clear();
    });
}

void RunView::copyInstructions()
{
    const RunState &s = m_live->state();
    const Session *session = m_context.session();
    const int index = s.current >= 0 ? s.current : s.nextIndex();
    if (!session || index < 0 || index >= int(session->activities.size()))
        return;
    const QString text = session->activities[std::size_t(index)].instructions;
    if (text.trimmed().isEmpty()) {
        showMessage(tr("“%1” has no participant instructions.").arg(session->activities[std::size_t(index)].title));
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    showMessage(tr("Instructions copied: paste them into the meeting chat."));
}

void RunView::copyBroadcast()
{
    const RunState &s = m_live->state();
    const int cue = s.dueCue >= 0 ? s.dueCue : (s.cues.empty() ? -1 : 0);
    if (cue < 0) {
        showMessage(tr("This activity has no broadcast texts."));
        return;
    }
    QGuiApplication::clipboard()->setText(s.cues[std::size_t(cue)].text);
    showMessage(tr("Broadcast copied: paste it into the platform's broadcast box."));
}

QString RunView::announceTimeLeft()
{
    const Session *session = m_context.session();
    QString text;
    if (!m_live || !session) {
        text = tr("No session is open.");
    } else {
        const RunState &s = m_live->state();
        if (!s.started()) {
            text = tr("The session has not started.");
        } else if (s.current < 0 || s.current >= int(session->activities.size())) {
            text = tr("The session is finished.");
        } else {
            const QString title = session->activities[std::size_t(s.current)].title;
            const qint64 seconds = (std::abs(s.remainingMs) + 999) / 1000;
            const qint64 minutes = seconds / 60;
            const qint64 rest = seconds % 60;
            const QString minutesText = minutes == 1 ? tr("1 minute") : tr("%1 minutes").arg(minutes);
            const QString secondsText = rest == 1 ? tr("1 second") : tr("%1 seconds").arg(rest);
            const QString amount = minutes == 0 ? secondsText
                                   : rest == 0  ? minutesText
                                                : tr("%1 and %2", "minutes and seconds").arg(minutesText, secondsText);
            if (s.remainingMs < 0)
                text = tr("“%1” is %2 over its time.").arg(title, amount);
            else
                text = tr("%1 left in “%2”.").arg(amount, title);
            if (s.round && !s.round->over)
                text += QStringLiteral(" ") + tr("Round %1 of %2.").arg(s.round->number).arg(s.round->count);
            if (s.paused())
                text += QStringLiteral(" ") + tr("The timer is paused.");
            else if (s.phase == TimerPhase::WrapUp)
                text += QStringLiteral(" ") + tr("Time to wrap up.");
        }
    }
    showMessage(text);
    m_message->setAccessibleDescription(text);
    QAccessibleEvent changed(m_message, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    QAccessibleEvent alert(m_message, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    return text;
}

void RunView::applyTrim()
{
    // A copy: each edit below changes the plan, and the live session then suggests anew.
    const std::optional<TrimSuggestion> suggestion = m_live->trimSuggestion();
    if (!suggestion) {
        showMessage(tr("There is nothing to trim: the session is on time, or nothing left may be shortened."));
        return;
    }
    const int sessionIndex = m_context.sessionIndex();
    QUndoStack *undo = m_context.undoStack();
    // One undo step for the whole trim, through the same commands as edits in Plan mode.
    undo->beginMacro(tr("Trim the rest of the session to end on time"));
    for (const TrimCut &cut : suggestion->cuts) {
        const Activity *activity = m_context.activity(sessionIndex, cut.index);
        if (!activity || activity->id != cut.activityId)
            continue;
        Activity shorter = *activity;
        shorter.plannedMinutes = cut.toMinutes;
        undo->push(new EditActivityCommand(m_context, sessionIndex, cut.index, shorter, ActivityField::Minutes));
    }
    undo->endMacro();
    showMessage(tr("Trimmed %1 min from the rest of the session; Ctrl+Z undoes it.").arg(suggestion->savedMinutes));
}

void RunView::editTimeLeft()
{
    if (m_live->state().current < 0) {
        showMessage(tr("Start the session first: the time left is that of the running activity."));
        return;
    }
    m_timeLeftEditor->setText(formatCountdown(std::max<qint64>(0, m_live->state().remainingMs)));
    m_timeLeftEditor->show();
    m_timeLeftEditor->setFocus();
    m_timeLeftEditor->selectAll();
}

void RunView::commitTimeLeft()
{
    const qint64 seconds = parseTimeLeft(m_timeLeftEditor->text());
    if (seconds < 0) {
        showMessage(
            tr("“%1” is not a time: type minutes such as 5, or minutes and seconds such as 4:30.").arg(m_timeLeftEditor->text()));
        return;
    }
    m_timeLeftEditor->hide();
    setFocus();
    m_live->perform([seconds](RunEngine &engine) { return engine.setRemaining(seconds); });
}

void RunView::placeInSuggestedRoom()
{
    if (!m_roomsPanel->hasBreakout()) {
        showMessage(tr("The activity under way has no breakout rooms: P places late arrivals during breakouts."));
        return;
    }
    m_roomsPanel->placeSelected();
}

void RunView::openBreakouts(int activityIndex)
{
    // Run mode lives in the main window; Breakouts mode is one of its modes.
    auto *main = qobject_cast<MainWindow *>(window());
    if (!main)
        return;
    main->setMode(MainWindow::Breakouts);
    if (auto *breakouts = qobject_cast<BreakoutsView *>(main->modeWidget(MainWindow::Breakouts)))
        breakouts->selectActivity(activityIndex);
}

void RunView::announceBroadcast(const BroadcastCue &cue)
{
    showMessage(tr("Broadcast due now (round %1): press B to copy it.").arg(cue.round));
}

void RunView::updatePeople()
{
    std::vector<const Participant *> people;
    for (const Participant &p : m_context.roster())
        people.push_back(&p);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(people.begin(), people.end(), [&collator](const Participant *a, const Participant *b) {
        return collator.compare(nameForList(*a), nameForList(*b)) < 0;
    });
    m_enrolled->clear();
    for (const Participant *p : people) {
        auto *item = new QListWidgetItem(nameForList(*p), m_enrolled);
        item->setToolTip(p->organization.isEmpty() ? countryName(p->country)
                                                   : tr("%1, %2").arg(p->organization, countryName(p->country)));
    }
    m_peopleBox->setTitle(tr("People enrolled (%1)").arg(people.size()));
}

void RunView::buildRundown()
{
    m_rundown->clear();
    const Session *session = m_context.session();
    const QTimeZone zone = m_context.primaryZone();
    const QTimeZone second = m_context.secondaryZone();
    if (!session) {
        m_rundown->setHeaderLabels({QString(), tr("Start"), QString(), tr("Planned"), tr("Actual"), tr("Activity")});
        return;
    }
    const Schedule schedule = computeSchedule(*session, zone);
    m_rundown->setHeaderLabels({QString(), tr("Start (%1)").arg(zoneAbbreviation(zone, schedule.start)),
                                second.isValid() ? tr("Start (%1)").arg(zoneAbbreviation(second, schedule.start)) : QString(),
                                tr("Planned"), tr("Actual"), tr("Activity")});
    m_rundown->setColumnHidden(SecondStartColumn, !second.isValid());
    for (std::size_t i = 0; i < session->activities.size(); ++i) {
        const Activity &a = session->activities[i];
        const ScheduledActivity &slot = schedule.activities[i];
        auto *item = new QTreeWidgetItem(m_rundown);
        item->setText(StartColumn, clockTime(slot.start, zone));
        if (second.isValid())
            item->setText(SecondStartColumn, clockTime(slot.start, second));
        item->setText(PlannedColumn, tr("%1 min").arg(a.plannedMinutes));
        item->setText(TitleColumn, a.title);
        item->setIcon(TitleColumn, kindIcon(a.kind));
        item->setToolTip(TitleColumn, displayName(a.kind));
        item->setTextAlignment(PlannedColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(ActualColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_live)
        updateRundownTimes();
}

void RunView::updateRundownTimes()
{
    const RunState &s = m_live->state();
    for (int i = 0; i < m_rundown->topLevelItemCount() && i < int(s.activities.size()); ++i) {
        QTreeWidgetItem *item = m_rundown->topLevelItem(i);
        const ActivityRun &run = s.activities[std::size_t(i)];
        const bool current = i == s.current;
        // The mark is a symbol and a word for screen readers, never a colour alone.
        const QString mark = current ? QStringLiteral("▶") : run.visits > 0 ? QStringLiteral("✓") : QString();
        if (item->text(MarkColumn) != mark) {
            item->setText(MarkColumn, mark);
            item->setData(MarkColumn, Qt::AccessibleTextRole, current ? tr("now") : run.visits > 0 ? tr("done") : QString());
            QFont font = item->font(TitleColumn);
            font.setBold(current);
            for (int c = 0; c < RundownColumnCount; ++c)
                item->setFont(c, font);
        }
        const QString actual = run.visits > 0 ? formatDuration(current ? run.spentMs / 1000 * 1000 : run.spentMs) : QString();
        if (item->text(ActualColumn) != actual)
            item->setText(ActualColumn, actual);
    }
}

void RunView::updateFromState()
{
    const RunState &s = m_live->state();
    const Session *session = m_context.session();
    const FaceState face = faceFor(s, session);
    m_face->setFace(face);
    if (m_presenter && m_presenter->isVisible())
        m_presenter->face()->setFace(face);
    m_bar->setRun(session, s);
    if (m_rundown->topLevelItemCount() != (session ? int(session->activities.size()) : 0))
        buildRundown();
    updateRundownTimes();

    const int count = session ? int(session->activities.size()) : 0;
    const int shownIndex = s.current >= 0 ? s.current : (s.status == RunStatus::NotStarted && count > 0 ? 0 : -1);
    const Activity *activity = shownIndex >= 0 && session ? &session->activities[std::size_t(shownIndex)] : nullptr;

    if (!session) {
        setTextIfChanged(m_position, QString());
        setTextIfChanged(m_title, tr("No session is open."));
    } else if (s.status == RunStatus::Finished) {
        setTextIfChanged(m_position, tr("Session finished"));
        setTextIfChanged(m_title, session->title);
    } else if (activity) {
        const QString where = s.status == RunStatus::NotStarted ? tr("First activity of %1").arg(count)
                                                                : tr("Activity %1 of %2").arg(shownIndex + 1).arg(count);
        setTextIfChanged(m_position, tr("%1 · %2").arg(where, displayName(activity->kind)));
        setTextIfChanged(m_title, activity->title);
    } else {
        setTextIfChanged(m_position, QString());
        setTextIfChanged(m_title, tr("This session has no activities yet."));
    }

    const int nextIndex = s.status == RunStatus::NotStarted ? (count > 1 ? 1 : -1) : s.nextIndex();
    if (nextIndex >= 0 && session) {
        const Activity &next = session->activities[std::size_t(nextIndex)];
        setTextIfChanged(m_next, tr("Next: %1 (%2, %3 min)").arg(next.title, displayName(next.kind)).arg(next.plannedMinutes));
    } else {
        setTextIfChanged(m_next, s.status == RunStatus::Finished || count == 0 ? QString() : tr("Next: the end of the session"));
    }

    if (s.round) {
        const QString rounds = s.round->over ? tr("All %1 rounds are done.").arg(s.round->count)
                                             : tr("Round %1 of %2 · %3 left in this round")
                                                   .arg(s.round->number)
                                                   .arg(s.round->count)
                                                   .arg(formatCountdown(s.round->remainingMs));
        setTextIfChanged(m_round, rounds);
    } else if (activity && activity->breakout && s.status == RunStatus::NotStarted) {
        setTextIfChanged(m_round,
                         tr("%1 rounds of %2 min").arg(activity->breakout->rounds).arg(activity->breakout->minutesPerRound));
    } else {
        setTextIfChanged(m_round, QString());
    }
    m_round->setVisible(!m_round->text().isEmpty());

    // Ahead or behind in words and a symbol, with both clocks of the projected end.
    const QTimeZone zone = m_context.primaryZone();
    const QTimeZone second = m_context.secondaryZone();
    auto bothClocks = [&](const QDateTime &when) {
        QString text = clockTime(when, zone) + u' ' + zoneAbbreviation(zone, when);
        if (second.isValid())
            text += QStringLiteral(" · ") + clockTime(when, second) + u' ' + zoneAbbreviation(second, when);
        return text;
    };
    const qint64 driftMinutes = (std::abs(s.behindMs) + 30'000) / 60'000;
    QString drift;
    QString driftColour;
    if (!session || count == 0) {
        drift.clear();
    } else if (driftMinutes == 0) {
        drift = tr("● On time");
        driftColour = statusText(StatusTone::Good).name();
    } else if (s.behindMs > 0) {
        drift = tr("▼ %1 min behind").arg(driftMinutes);
        driftColour = statusText(StatusTone::Problem).name();
    } else {
        drift = tr("▲ %1 min ahead").arg(driftMinutes);
        driftColour = statusText(StatusTone::Info).name();
    }
    setTextIfChanged(m_drift, drift);
    const QString driftStyle = driftColour.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(driftColour);
    if (m_drift->styleSheet() != driftStyle)
        m_drift->setStyleSheet(driftStyle);
    QString ends;
    if (session && count > 0) {
        if (s.status == RunStatus::Finished)
            ends = tr("Finished at %1; planned end %2").arg(bothClocks(s.finishedAt), bothClocks(s.plannedEnd));
        else
            ends = tr("Projected end %1; planned %2").arg(bothClocks(s.projectedEnd), bothClocks(s.plannedEnd));
        if (s.status == RunStatus::NotStarted)
            ends += QStringLiteral("\n")
                    + tr("Planned start %1 · %2").arg(bothClocks(s.plannedStart), relativeStart(s.now, s.plannedStart));
    }
    setTextIfChanged(m_ends, ends);

    // Buttons say what they will do now.
    const QString pauseText = s.status == RunStatus::NotStarted ? tr("▶ Start") : s.paused() ? tr("▶ Resume") : tr("❚❚ Pause");
    if (m_pauseButton->text() != pauseText)
        m_pauseButton->setText(pauseText);
    m_pauseButton->setEnabled(count > 0 && s.status != RunStatus::Finished);
    m_previousButton->setEnabled(s.started() && (s.status == RunStatus::Finished || s.current > 0));
    m_nextButton->setEnabled(count > 0 && s.status != RunStatus::Finished);
    m_roomsButton->setVisible(s.round.has_value() || (activity && activity->breakout));
    m_roomsButton->setEnabled(s.round.has_value());
    // The rooms follow the run: the round under way, or the last once every round is over.
    m_roomsPanel->setRun(s.current, s.round ? s.round->number - 1 : 0);
    if (m_roomsPanel->isVisibleTo(this) != m_roomsPanel->hasBreakout()) {
        m_roomsPanel->setVisible(m_roomsPanel->hasBreakout());
        // After the splitter has taken the panel in: the instructions give up the most room to the
        // rooms (they were pasted when the activity began); without rooms the two share it as before.
        QTimer::singleShot(0, this, [this] {
            auto *lower = qobject_cast<QSplitter *>(m_roomsPanel->parentWidget());
            const int width = lower ? lower->width() : 0;
            if (width <= 0)
                return;
            if (m_roomsPanel->isVisibleTo(this))
                lower->setSizes({width * 27 / 100, width * 32 / 100, width * 41 / 100});
            else
                lower->setSizes({width * 2 / 5, 0, width * 3 / 5});
        });
    }
    m_finishButton->setEnabled(s.started() && s.status != RunStatus::Finished);

    // Trim suggestion.
    const auto &trim = m_live->trimSuggestion();
    if (trim && session) {
        QStringList cuts;
        for (const TrimCut &cut : trim->cuts)
            if (cut.index < count)
                cuts << tr("%1 %2→%3 min")
                            .arg(session->activities[std::size_t(cut.index)].title)
                            .arg(cut.fromMinutes)
                            .arg(cut.toMinutes);
        // Cuts are whole minutes, rounded up, so that the session ends at the planned end or just before.
        QString text =
            trim->absorbsAll()
                ? tr("To end by %1, shorten (%2 min in all): %3.")
                      .arg(bothClocks(s.plannedEnd))
                      .arg(trim->savedMinutes)
                      .arg(cuts.join(QStringLiteral("; ")))
                : tr("Even at their minimums the activities still to come save only %1 of %2 min; the session then ends at %3. "
                     "Shorten: %4.")
                      .arg(trim->savedMinutes)
                      .arg(trim->neededMinutes)
                      .arg(bothClocks(trim->projectedEndAfter), cuts.join(QStringLiteral("; ")));
        setTextIfChanged(m_trimText, text);
        m_trimBox->show();
    } else {
        m_trimBox->hide();
        setTextIfChanged(m_trimText, QString());
    }

    // Broadcasts: the one due, else the next to come.
    if (!s.cues.empty()) {
        const bool due = s.dueCue >= 0;
        const BroadcastCue &cue = s.cues[std::size_t(due ? s.dueCue : 0)];
        int upcoming = -1;
        for (std::size_t i = 0; i < s.cues.size(); ++i)
            if (s.cues[i].dueAtMs > s.spentMs) {
                upcoming = int(i);
                break;
            }
        const Activity &a = session->activities[std::size_t(s.current)];
        const int before = a.breakout && std::size_t(cue.index) < a.breakout->broadcasts.size()
                               ? a.breakout->broadcasts[std::size_t(cue.index)].minutesBeforeEnd
                               : 0;
        QString title;
        if (due)
            title = tr("▶ Broadcast due now (round %1 of %2)").arg(cue.round).arg(s.round ? s.round->count : 1);
        else
            title = tr("Next broadcast: round %1, when %2 min are left").arg(cue.round).arg(before);
        if (due && upcoming >= 0)
            title += QStringLiteral(" · ") + tr("next in round %1").arg(s.cues[std::size_t(upcoming)].round);
        setTextIfChanged(m_broadcastTitle, title);
        setTextIfChanged(m_broadcastText, cue.text);
        const QColor background = due ? statusBackground(StatusTone::Warning) : palette().color(QPalette::AlternateBase);
        if (m_broadcastBox->palette().color(QPalette::Window) != background) {
            QPalette p = m_broadcastBox->palette();
            p.setColor(QPalette::Window, background);
            p.setColor(QPalette::WindowText,
                       due ? statusOnBackground(StatusTone::Warning) : palette().color(QPalette::WindowText));
            m_broadcastBox->setPalette(p);
        }
        m_broadcastBox->show();
    } else {
        m_broadcastBox->hide();
    }

    // Instructions of the activity shown, set only when it changes so the scroll position stays.
    const QString instructions = activity ? activity->instructions : QString();
    if (m_shownInstructions != instructions || m_instructions->document()->isEmpty() != instructions.isEmpty()) {
        m_shownInstructions = instructions;
        m_instructions->setPlainText(instructions);
    }
    // Beside the rooms the title stays short, so the instructions can give up width without clipping it.
    const QString instructionsTitle = activity && !m_roomsPanel->hasBreakout()
                                          ? tr("Participant instructions: %1").arg(activity->title)
                                          : tr("Participant instructions");
    if (m_instructionsBox->title() != instructionsTitle)
        m_instructionsBox->setTitle(instructionsTitle);
    m_copyInstructions->setEnabled(!instructions.trimmed().isEmpty());
}

} // namespace sala
