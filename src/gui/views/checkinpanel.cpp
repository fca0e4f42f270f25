#include "views/checkinpanel.h"

#include "commands/rostercommands.h"
#include "liveroster.h"
#include "plan/schedule.h"
#include "roster/catchup.h"
#include "workshopcontext.h"

#include <QClipboard>
#include <QCollator>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sala {
namespace {

constexpr qint64 walkInRow = -1;
// When nothing is typed, the people still to come are listed, up to this many.
constexpr int waitingListLength = 40;

QString displayedName(const Participant &p)
{
    if (!p.preferredName.isEmpty() && p.preferredName != p.name)
        return CheckInPanel::tr("%1 (%2)").arg(p.name, p.preferredName);
    return p.name;
}

} // namespace

CheckInPanel::CheckInPanel(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_roster(LiveRoster::of(context)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }), m_title(new QLabel(this)), m_counts(new QLabel(this)),
      m_search(new QLineEdit(this)), m_results(new QListWidget(this)), m_status(new QLabel(this)),
      m_catchUp(new QPlainTextEdit(this)), m_catchUpButton(new QPushButton(tr("Catch-up &message"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    QFont countsFont = m_counts->font();
    countsFont.setPointSizeF(countsFont.pointSizeF() * 1.25);
    m_counts->setFont(countsFont);
    m_counts->setAccessibleName(tr("Present and expected"));
    m_counts->setWordWrap(true);

    m_search->setPlaceholderText(tr("Type a name, alias or email, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a participant to check in"));
    m_results->setAccessibleName(tr("Matching participants"));
    m_results->setUniformItemSizes(true);
    m_results->setFocusPolicy(Qt::ClickFocus);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Last check-in"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_catchUp->setReadOnly(true);
    m_catchUp->setPlaceholderText(tr("Ctrl+M writes a catch-up message for latecomers here and copies it."));
    m_catchUp->setAccessibleName(tr("Catch-up message"));
    m_catchUpButton->setToolTip(tr("What has happened and what the group is doing now, ready to paste into the chat (Ctrl+M)"));

    auto *keys = new QLabel(tr("Enter: present · Ctrl+L: late · Ctrl+D: left · Ctrl+R: rejoined · Ctrl+Enter: walk-in · "
                               "Ctrl+M: catch-up message"),
                            this);
    keys->setWordWrap(true);
    QFont small = keys->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    keys->setFont(small);
    keys->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_counts);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 3);
    layout->addWidget(m_status);
    layout->addWidget(keys);
    auto *catchUpRow = new QHBoxLayout;
    catchUpRow->addWidget(m_catchUpButton);
    catchUpRow->addStretch(1);
    layout->addLayout(catchUpRow);
    layout->addWidget(m_catchUp, 2);

    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CheckInPanel::refreshResults);
    connect(m_results, &QListWidget::itemActivated, this, [this] { checkInSelected(); });
    connect(m_catchUpButton, &QPushButton::clicked, this, [this] { showCatchUp(); });

    connect(&m_roster, &LiveRoster::reset, this, [this] {
        rebuildIndex();
        refreshResults();
        updateCounts();
    });
    for (auto signal : {&LiveRoster::participantAdded, &LiveRoster::participantRemoved, &LiveRoster::participantChanged})
        connect(&m_roster, signal, this, [this] {
            rebuildIndex();
            refreshResults();
            updateCounts();
        });
    connect(&m_roster, &LiveRoster::attendanceChanged, this, [this] {
        refreshResults();
        updateCounts();
    });
    connect(&m_roster, &LiveRoster::expectationChanged, this, &CheckInPanel::updateCounts);
    rebuildIndex();
    refreshResults();
    updateCounts();
    setFocusProxy(m_search);
}

void CheckInPanel::setClock(std::function<QDateTime()> utcNow)
{
    m_clock = std::move(utcNow);
    refreshResults();
}

void CheckInPanel::setCurrentActivity(std::optional<int> index)
{
    m_currentActivity = index;
}

void CheckInPanel::setLateAfterMinutes(int minutes)
{
    m_lateAfterMinutes = std::max(0, minutes);
}

QDateTime CheckInPanel::now() const
{
    return m_clock().toUTC();
}

void CheckInPanel::rebuildIndex()
{
    m_index.rebuild(m_roster.people());
}

QString CheckInPanel::describe(const Participant &p) const
{
    QString text = displayedName(p);
    if (!p.organization.isEmpty())
        text += QStringLiteral(" — ") + p.organization;
    const PersonAttendance attendance = m_roster.attendanceOf(p.id);
    const QTimeZone zone = m_context.primaryZone();
    switch (attendance.state) {
    case AttendanceState::NotArrived:
        if (!m_roster.isExpected(p.id))
            text += QStringLiteral(" · ") + tr("not expected this session");
        break;
    case AttendanceState::Present:
        text += QStringLiteral(" · ") + tr("present since %1").arg(clockTime(*attendance.firstArrival, zone));
        break;
    case AttendanceState::Late:
        text += QStringLiteral(" · ") + tr("late, since %1").arg(clockTime(*attendance.firstArrival, zone));
        break;
    case AttendanceState::Left:
        text += QStringLiteral(" · ") + tr("left at %1").arg(clockTime(*attendance.lastChange, zone));
        break;
    case AttendanceState::Rejoined:
        text += QStringLiteral(" · ") + tr("rejoined at %1").arg(clockTime(*attendance.lastChange, zone));
        break;
    }
    return text;
}

void CheckInPanel::refreshResults()
{
    const Session *session = m_context.session();
    m_title->setText(session ? tr("Check-in — %1").arg(session->title) : tr("Check-in — choose a session first"));
    m_search->setEnabled(session != nullptr);

    const qint64 keep = selectedId();
    m_results->clear();
    if (!session)
        return;
    const auto &people = m_roster.people();
    const QString typed = m_search->text().trimmed();
    std::vector<std::size_t> shown;
    if (typed.isEmpty()) {
        // Nothing typed: the people still expected, in the order their names sort.
        for (std::size_t i = 0; i < people.size(); ++i)
            if (!people[i].erasedAt && m_roster.isExpected(people[i].id)
                && m_roster.attendanceOf(people[i].id).state == AttendanceState::NotArrived)
                shown.push_back(i);
        QCollator collator;
        std::sort(shown.begin(), shown.end(),
                  [&](std::size_t a, std::size_t b) { return collator.compare(people[a].name, people[b].name) < 0; });
        const std::size_t waiting = shown.size();
        if (shown.size() > std::size_t(waitingListLength))
            shown.resize(std::size_t(waitingListLength));
        for (const std::size_t i : shown) {
            auto *item = new QListWidgetItem(describe(people[i]), m_results);
            item->setData(Qt::UserRole, people[i].id);
        }
        if (waiting > shown.size()) {
            auto *more = new QListWidgetItem(tr("… and %n more still to come; type to find them", nullptr,
                                                int(waiting - shown.size())),
                                             m_results);
            more->setFlags(Qt::NoItemFlags);
        }
    } else {
        std::vector<CheckInMatch> matches = m_index.search(typed, 12);
        // People still to arrive come first: they are the ones being looked for.
        std::stable_sort(matches.begin(), matches.end(), [&](const CheckInMatch &a, const CheckInMatch &b) {
            const bool aWaiting = m_roster.attendanceOf(people[a.index].id).state == AttendanceState::NotArrived;
            const bool bWaiting = m_roster.attendanceOf(people[b.index].id).state == AttendanceState::NotArrived;
            return aWaiting && !bWaiting;
        });
        for (const CheckInMatch &match : matches) {
            const Participant &p = people[match.index];
            QString text = describe(p);
            if (match.matched != p.name && match.matched != p.preferredName)
                text += QStringLiteral(" · ") + tr("as “%1”").arg(match.matched);
            auto *item = new QListWidgetItem(text, m_results);
            item->setData(Qt::UserRole, p.id);
        }
        auto *walkIn = new QListWidgetItem(tr("+ Add “%1” as a walk-in (Ctrl+Enter)").arg(typed), m_results);
        walkIn->setData(Qt::UserRole, walkInRow);
    }
    // The selection follows the person when the list is rebuilt, else the first row.
    int row = 0;
    for (int i = 0; i < m_results->count(); ++i)
        if (keep != 0 && m_results->item(i)->data(Qt::UserRole).toLongLong() == keep)
            row = i;
    if (m_results->count() > 0 && (m_results->item(row)->flags() & Qt::ItemIsEnabled))
        m_results->setCurrentRow(row);
}

void CheckInPanel::updateCounts()
{
    int late = 0;
    int left = 0;
    for (const Participant &p : m_roster.people()) {
        const AttendanceState state = m_roster.attendanceOf(p.id).state;
        late += state == AttendanceState::Late ? 1 : 0;
        left += state == AttendanceState::Left ? 1 : 0;
    }
    QString text = tr("<b>%1</b> present of <b>%2</b> expected").arg(m_roster.presentCount()).arg(m_roster.expectedCount());
    QStringList details;
    if (late > 0)
        details << tr("%n late", nullptr, late);
    if (left > 0)
        details << tr("%n left", nullptr, left);
    if (!details.isEmpty())
        text += QStringLiteral(" · ") + details.join(QStringLiteral(" · "));
    m_counts->setText(text);
}

qint64 CheckInPanel::selectedId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return 0;
    return item->data(Qt::UserRole).toLongLong();
}

void CheckInPanel::record(qint64 participantId, AttendanceKind kind)
{
    const Participant *p = m_roster.byId(participantId);
    if (!p || !m_context.session())
        return;
    const QDateTime at = now();
    AttendanceEvent event{0, m_roster.sessionId(), participantId, kind, at};
    const QString time = clockTime(at, m_context.primaryZone());
    QString text;
    switch (kind) {
    case AttendanceKind::Arrived: text = tr("%1 present at %2").arg(p->name, time); break;
    case AttendanceKind::Late: text = tr("%1 late, arrived at %2").arg(p->name, time); break;
    case AttendanceKind::Left: text = tr("%1 left at %2").arg(p->name, time); break;
    case AttendanceKind::Rejoined: text = tr("%1 rejoined at %2").arg(p->name, time); break;
    }
    m_context.undoStack()->push(new CheckInCommand(m_roster, event, text));
    done(text);
}

void CheckInPanel::done(const QString &message)
{
    m_status->setText(QStringLiteral("✓ ") + message + QStringLiteral(" — ") + tr("Ctrl+Z undoes it"));
    m_search->clear();
    m_search->setFocus();
}

void CheckInPanel::checkInSelected()
{
    const qint64 id = selectedId();
    if (id == walkInRow) {
        addWalkIn();
        return;
    }
    if (id <= 0)
        return;
    const PersonAttendance attendance = m_roster.attendanceOf(id);
    switch (attendance.state) {
    case AttendanceState::NotArrived: {
        const Session *session = m_context.session();
        const Schedule schedule = computeSchedule(*session, m_context.primaryZone());
        const bool late = now() > schedule.start.addSecs(qint64(m_lateAfterMinutes) * 60);
        record(id, late ? AttendanceKind::Late : AttendanceKind::Arrived);
        return;
    }
    case AttendanceState::Left: record(id, AttendanceKind::Rejoined); return;
    case AttendanceState::Present:
    case AttendanceState::Late:
    case AttendanceState::Rejoined:
        m_status->setText(tr("%1 is already here (since %2).")
                              .arg(m_roster.byId(id)->name,
                                   clockTime(attendance.firstArrival.value_or(*attendance.lastChange), m_context.primaryZone())));
        m_search->selectAll();
        return;
    }
}

void CheckInPanel::markSelected(AttendanceKind kind)
{
    const qint64 id = selectedId();
    if (id <= 0)
        return;
    const AttendanceState state = m_roster.attendanceOf(id).state;
    // Leaving needs being here; rejoining needs having left.
    if (kind == AttendanceKind::Left && !isInRoom(state)) {
        m_status->setText(tr("%1 has not arrived, so cannot leave.").arg(m_roster.byId(id)->name));
        return;
    }
    if (kind == AttendanceKind::Rejoined && state != AttendanceState::Left) {
        m_status->setText(tr("%1 has not left, so cannot rejoin.").arg(m_roster.byId(id)->name));
        return;
    }
    record(id, kind);
}

void CheckInPanel::addWalkIn()
{
    const QString name = m_search->text().simplified();
    if (name.isEmpty() || !m_context.session() || !m_context.hasWorkshop())
        return;
    Participant walkIn;
    walkIn.name = name;
    walkIn.source = tr("Walk-in at %1").arg(m_context.session()->title);
    const QDateTime at = now();
    const Schedule schedule = computeSchedule(*m_context.session(), m_context.primaryZone());
    const bool late = at > schedule.start.addSecs(qint64(m_lateAfterMinutes) * 60);
    AttendanceEvent event{0, m_roster.sessionId(), 0, late ? AttendanceKind::Late : AttendanceKind::Arrived, at};
    const QString text = tr("Walk-in %1 added and present at %2").arg(name, clockTime(at, m_context.primaryZone()));
    m_context.undoStack()->push(new AddParticipantCommand(m_roster, walkIn, text, event));
    done(text + QStringLiteral(". ") + tr("Ask for their details and consent later in Roster mode."));
}

QString CheckInPanel::showCatchUp()
{
    const Session *session = m_context.session();
    if (!session)
        return {};
    const QTimeZone zone = m_context.primaryZone();
    const int current = m_currentActivity.value_or(activityAt(*session, zone, now()));
    QString greeting;
    if (const qint64 id = selectedId(); id > 0)
        if (const Participant *p = m_roster.byId(id))
            greeting = p->preferredName.isEmpty() ? p->name : p->preferredName;
    const QString message = catchUpMessage(*session, current, zone, greeting);
    m_catchUp->setPlainText(message);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(message);
    m_status->setText(tr("The catch-up message is on the clipboard: paste it into the meeting chat."));
    return message;
}

bool CheckInPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search && watched != m_results)
        return QWidget::eventFilter(watched, event);
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool control = key->modifiers() & Qt::ControlModifier;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool ours = enter || key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_Escape
                      || (control
                          && (key->key() == Qt::Key_L || key->key() == Qt::Key_D || key->key() == Qt::Key_R
                              || key->key() == Qt::Key_M));
    if (!ours)
        return QWidget::eventFilter(watched, event);
    // Claim the key before any window shortcut sees it.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    if (enter) {
        if (control)
            addWalkIn();
        else
            checkInSelected();
    } else if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
        const int step = key->key() == Qt::Key_Up ? -1 : 1;
        int row = m_results->currentRow() + step;
        while (row >= 0 && row < m_results->count() && !(m_results->item(row)->flags() & Qt::ItemIsEnabled))
            row += step;
        if (row >= 0 && row < m_results->count())
            m_results->setCurrentRow(row);
    } else if (key->key() == Qt::Key_Escape) {
        m_search->clear();
    } else if (key->key() == Qt::Key_L) {
        markSelected(AttendanceKind::Late);
    } else if (key->key() == Qt::Key_D) {
        markSelected(AttendanceKind::Left);
    } else if (key->key() == Qt::Key_R) {
        markSelected(AttendanceKind::Rejoined);
    } else if (key->key() == Qt::Key_M) {
        showCatchUp();
    }
    return true;
}

} // namespace sala
