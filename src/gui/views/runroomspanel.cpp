#include "views/runroomspanel.h"

#include "commands/breakoutcommands.h"
#include "groups/groupexport.h"
#include "groups/groupsolver.h"
#include "livebreakouts.h"
#include "liveroster.h"
#include "workshopcontext.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace sala {
namespace {

// The same mix as Breakouts mode starts with: a late arrival should not tip a room's balance.
const QStringList suggestionBalance{groupattr::country, groupattr::sex};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

RunRoomsPanel::RunRoomsPanel(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_breakouts(LiveBreakouts::of(context)), m_live(LiveRoster::of(context)),
      m_heading(new QLabel(tr("Rooms"), this)), m_round(new QComboBox(this)), m_pages(new QStackedWidget(this)),
      m_waitingLabel(new QLabel(this)), m_waiting(new QListWidget(this)), m_roomsText(new QTextBrowser(this)),
      m_place(new QPushButton(tr("Place in suggested room"), this)), m_suggestion(new QLabel(this)), m_empty(new QLabel(this)),
      m_openBreakouts(new QPushButton(tr("Open Breakouts mode"), this))
{
    setObjectName(QStringLiteral("runRoomsPanel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAccessibleName(tr("Rooms of the breakout activity"));
    m_round->setAccessibleName(tr("Round shown in the rooms"));
    m_round->setToolTip(tr("The round under way is marked “now”; choose another round to look at it"));
    m_round->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    QFont bold = m_waitingLabel->font();
    bold.setBold(true);
    m_waitingLabel->setFont(bold);
    m_waitingLabel->setBuddy(m_waiting);
    m_waiting->setAccessibleName(tr("In the call but in no room"));
    m_waiting->setAccessibleDescription(tr("People checked in who have no room in this round, with the room Sala "
                                           "suggests; Enter or P places the selected one"));
    m_waiting->setUniformItemSizes(true);
    m_waiting->setTextElideMode(Qt::ElideMiddle);
    m_waiting->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_roomsText->setAccessibleName(tr("Breakout rooms of the round"));
    m_roomsText->setOpenLinks(false);
    m_roomsText->setFocusPolicy(Qt::StrongFocus);

    // A plain button like the other run controls: the run keys stay live when it is pressed.
    m_place->setFocusPolicy(Qt::NoFocus);
    m_place->setAccessibleName(tr("Place in suggested room"));
    m_place->setToolTip(tr("Put the selected person, who is in the call but in no room, into the room Sala suggests: "
                           "the fewest people already met, the smallest room, the best mix. Stored at once; Ctrl+Z "
                           "undoes it (P)"));
    m_suggestion->setWordWrap(true);
    m_suggestion->setAccessibleName(tr("Suggested room"));

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_heading, 1);
    header->addWidget(m_round);

    auto *roomsPage = new QWidget(m_pages);
    auto *roomsLayout = new QVBoxLayout(roomsPage);
    roomsLayout->setContentsMargins(0, 0, 0, 0);
    roomsLayout->addWidget(m_waitingLabel);
    roomsLayout->addWidget(m_waiting);
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_place);
    placeRow->addWidget(m_suggestion, 1);
    roomsLayout->addLayout(placeRow);
    roomsLayout->addWidget(m_roomsText, 1);

    auto *emptyPage = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    m_empty->setWordWrap(true);
    m_empty->setAccessibleName(tr("No rooms saved"));
    m_openBreakouts->setAccessibleName(tr("Open Breakouts mode"));
    m_openBreakouts->setToolTip(tr("Make the rooms of this activity in Breakouts mode (Ctrl+3)"));
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(m_openBreakouts, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);

    m_pages->addWidget(roomsPage);
    m_pages->addWidget(emptyPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_pages, 1);
    setFocusProxy(m_roomsText);

    connect(m_round, &QComboBox::activated, this, [this](int index) { showRound(index); });
    connect(m_waiting, &QListWidget::currentRowChanged, this, &RunRoomsPanel::updateSuggestion);
    connect(m_waiting, &QListWidget::itemActivated, this, [this] { placeSelected(); });
    connect(m_place, &QPushButton::clicked, this, &RunRoomsPanel::placeSelected);
    connect(m_openBreakouts, &QPushButton::clicked, this, [this] { Q_EMIT openBreakoutsRequested(m_activityIndex); });

    // Any activity's rooms: those of the others count as meetings already had.
    connect(&m_breakouts, &LiveBreakouts::changed, this, &RunRoomsPanel::markStale);
    connect(&m_breakouts, &LiveBreakouts::errorOccurred, this, &RunRoomsPanel::message);
    for (auto signal : {&LiveRoster::reset, &LiveRoster::expectationChanged})
        connect(&m_live, signal, this, &RunRoomsPanel::markStale);
    connect(&m_live, &LiveRoster::attendanceChanged, this, &RunRoomsPanel::markStale);
    connect(&m_context, &WorkshopContext::rosterChanged, this, &RunRoomsPanel::markStale);
    connect(&m_context, &WorkshopContext::activityChanged, this, &RunRoomsPanel::markStale);
    connect(&m_context, &WorkshopContext::sessionChanged, this, [this] {
        m_activityIndex = -1;
        m_activityId = 0;
        markStale();
    });
}

void RunRoomsPanel::setRun(int activityIndex, int round)
{
    const Session *session = m_context.session();
    const Activity *activity = session && activityIndex >= 0 && activityIndex < int(session->activities.size())
                                   ? &session->activities[std::size_t(activityIndex)]
                                   : nullptr;
    const qint64 id = activity && activity->breakout ? activity->id : 0;
    round = std::max(0, round);
    if (activityIndex != m_activityIndex || id != m_activityId) {
        m_activityIndex = activityIndex;
        m_activityId = id;
        m_runRound = round;
        m_pinnedRound = -1;
        markStale();
        return;
    }
    if (round != m_runRound) {
        // The next round has begun: show it, whatever round the facilitator was looking at.
        m_runRound = round;
        m_pinnedRound = -1;
        if (m_stale)
            markStale();
        else
            fill();
    }
}

void RunRoomsPanel::showRound(int round)
{
    if (m_rounds.empty())
        return;
    const int clamped = std::clamp(round, 0, int(m_rounds.size()) - 1);
    m_pinnedRound = clamped == std::clamp(m_runRound, 0, int(m_rounds.size()) - 1) ? -1 : clamped;
    fill();
}

void RunRoomsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void RunRoomsPanel::markStale()
{
    m_stale = true;
    if (isVisible())
        rebuild();
}

void RunRoomsPanel::rebuild()
{
    m_stale = false;
    m_set = {};
    m_problem = {};
    m_rounds.clear();
    const Session *session = m_context.session();
    const Activity *activity = session && m_activityIndex >= 0 && m_activityIndex < int(session->activities.size())
                                   ? &session->activities[std::size_t(m_activityIndex)]
                                   : nullptr;
    m_activityId = activity && activity->breakout ? activity->id : 0;
    if (m_activityId != 0) {
        m_set = m_breakouts.forActivity(m_activityId);
        // Everyone who may be in a room: people left out of the session or erased are not.
        const PeopleToGroup who = peopleToGroup(m_context.roster(), m_live, false);
        m_problem = rosterProblem(who.people, *activity->breakout, suggestionBalance, m_breakouts.othersThan(m_activityId));
        m_rounds = roundsOf(m_problem, m_set);
    }
    fill();
}

QString RunRoomsPanel::nameOf(int person) const
{
    return m_problem.problem.people[std::size_t(person)].name;
}

void RunRoomsPanel::fill()
{
    const qint64 keep = selectedUnplaced();
    const QSignalBlocker blocker(m_waiting);
    m_waiting->clear();
    const Session *session = m_context.session();
    if (m_activityId == 0 || !session) {
        m_round->clear();
        m_roomsText->clear();
        m_roomsHtml.clear();
        updateSuggestion();
        return;
    }
    const Activity &activity = session->activities[std::size_t(m_activityIndex)];
    if (m_rounds.empty()) {
        m_pages->setCurrentIndex(1);
        m_empty->setText(tr("No rooms are saved for “%1” yet. Make them in Breakouts mode; they show here round by "
                            "round while the activity runs.")
                             .arg(activity.title));
        m_round->clear();
        m_round->hide();
        m_roomsText->clear();
        m_roomsHtml.clear();
        setFocusProxy(m_openBreakouts);
        updateSuggestion();
        return;
    }
    m_pages->setCurrentIndex(0);
    m_round->show();
    const int count = int(m_rounds.size());
    const int now = std::clamp(m_runRound, 0, count - 1);
    m_shown = m_pinnedRound >= 0 ? std::clamp(m_pinnedRound, 0, count - 1) : now;
    {
        const QSignalBlocker roundBlocker(m_round);
        QStringList labels;
        for (int r = 0; r < count; ++r)
            labels << (r == now ? tr("Round %1 of %2 · now").arg(r + 1).arg(count) : tr("Round %1 of %2").arg(r + 1).arg(count));
        bool same = m_round->count() == count;
        for (int r = 0; same && r < count; ++r)
            same = m_round->itemText(r) == labels[r];
        if (!same) {
            m_round->clear();
            m_round->addItems(labels);
        }
        m_round->setCurrentIndex(m_shown);
    }

    const GroupRound &round = m_rounds[std::size_t(m_shown)];
    std::set<int> placed;
    for (const auto &room : round)
        placed.insert(room.begin(), room.end());

    // People in the call who have no room in this round, by name in the order of the language.
    std::vector<int> waiting;
    for (std::size_t p = 0; p < m_problem.ids.size(); ++p)
        if (!placed.count(int(p)) && isInRoom(m_live.attendanceOf(m_problem.ids[p]).state))
            waiting.push_back(int(p));
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(waiting.begin(), waiting.end(), [&](int a, int b) { return collator.compare(nameOf(a), nameOf(b)) < 0; });
    int select = waiting.empty() ? -1 : 0;
    for (int p : waiting) {
        const qint64 id = m_problem.ids[std::size_t(p)];
        const std::vector<RoomSuggestion> suggestions = suggestRooms(m_problem.problem, m_rounds, m_shown, p);
        const int room = suggestions.empty() ? -1 : suggestions.front().room;
        auto *item = new QListWidgetItem(room < 0 ? nameOf(p) : tr("%1 → %2").arg(nameOf(p), roomName(room, m_set.roomNames)),
                                         m_waiting);
        item->setData(participantRole, id);
        item->setData(suggestedRoomRole, room);
        item->setToolTip(
            tr("In the call but in no room of this round; Enter or P places %1 in the suggested room").arg(nameOf(p)));
        if (id == keep)
            select = m_waiting->count() - 1;
    }
    m_waitingLabel->setText(tr("&Not in a room (%1):").arg(waiting.size()));
    m_waitingLabel->setVisible(!waiting.empty());
    m_waiting->setVisible(!waiting.empty());
    // A few rows are enough: the list is for the people who just arrived.
    const int rows = std::min<int>(int(waiting.size()), 3);
    if (rows > 0)
        m_waiting->setFixedHeight(m_waiting->sizeHintForRow(0) * rows + 2 * m_waiting->frameWidth());
    if (select >= 0)
        m_waiting->setCurrentRow(select);
    setFocusProxy(waiting.empty() ? static_cast<QWidget *>(m_roomsText) : m_waiting);

    // Each room on a line of its own, wrapped to the panel's width. Who has checked out is struck
    // through and marked in words, so print, projector and screen readers all carry it.
    QString html;
    for (std::size_t k = 0; k < round.size(); ++k) {
        QStringList names;
        for (int p : round[k]) {
            const AttendanceState state = m_live.attendanceOf(m_problem.ids[std::size_t(p)]).state;
            // The team is marked in words, so a co-host knows which room has its facilitator.
            const auto role = participantRoleFromKey(m_problem.problem.people[std::size_t(p)].role);
            const QString name = role && *role != ParticipantRole::Participant
                                     ? tr("%1 (%2)").arg(nameOf(p), displayName(*role).toLower())
                                     : nameOf(p);
            names << (state == AttendanceState::Left ? QStringLiteral("<s>%1</s> %2").arg(esc(name), esc(tr("(left)")))
                                                     : esc(name));
        }
        html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:4px;\"><b>%1</b> (%2): %3</p>")
                    .arg(esc(roomName(int(k), m_set.roomNames)))
                    .arg(round[k].size())
                    .arg(names.isEmpty() ? esc(tr("nobody")) : names.join(QStringLiteral(", ")));
    }
    if (m_roomsHtml != html) {
        // Set only when it changes, and where it was scrolled to, so the panel stays still.
        m_roomsHtml = html;
        const int scroll = m_roomsText->verticalScrollBar()->value();
        m_roomsText->setHtml(html);
        m_roomsText->verticalScrollBar()->setValue(scroll);
    }
    updateSuggestion();
}

QList<qint64> RunRoomsPanel::unplaced() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_waiting->count(); ++i)
        ids << m_waiting->item(i)->data(participantRole).toLongLong();
    return ids;
}

qint64 RunRoomsPanel::selectedUnplaced() const
{
    const QListWidgetItem *item = m_waiting->currentItem();
    return item ? item->data(participantRole).toLongLong() : 0;
}

void RunRoomsPanel::selectUnplaced(qint64 participantId)
{
    for (int i = 0; i < m_waiting->count(); ++i)
        if (m_waiting->item(i)->data(participantRole).toLongLong() == participantId)
            m_waiting->setCurrentRow(i);
}

int RunRoomsPanel::suggestedRoom(qint64 participantId) const
{
    for (int i = 0; i < m_waiting->count(); ++i)
        if (m_waiting->item(i)->data(participantRole).toLongLong() == participantId)
            return m_waiting->item(i)->data(suggestedRoomRole).toInt();
    return -1;
}

void RunRoomsPanel::updateSuggestion()
{
    qint64 id = selectedUnplaced();
    const QList<qint64> waiting = unplaced();
    if (id == 0 && !waiting.isEmpty())
        id = waiting.first();
    const int room = id != 0 ? suggestedRoom(id) : -1;
    m_place->setEnabled(room >= 0);
    QString text;
    if (room >= 0) {
        const QString name = nameOf(m_problem.indexOf(id));
        text = tr("%1 → %2").arg(name, roomName(room, m_set.roomNames));
    } else if (hasRooms()) {
        text = tr("Everyone checked in has a room.");
    }
    if (m_suggestion->text() != text)
        m_suggestion->setText(text);
}

bool RunRoomsPanel::placeSelected()
{
    if (m_stale && isVisible())
        rebuild();
    qint64 id = selectedUnplaced();
    if (id == 0 && !unplaced().isEmpty())
        id = unplaced().first();
    const int person = m_problem.indexOf(id);
    if (id == 0 || person < 0 || m_shown >= int(m_set.rounds.size())) {
        Q_EMIT message(hasRooms() ? tr("Everyone checked in has a room in this round: nobody to place.")
                                  : tr("No rooms are saved for this activity yet: make them in Breakouts mode (Ctrl+3)."));
        return false;
    }
    const std::vector<RoomSuggestion> suggestions = suggestRooms(m_problem.problem, m_rounds, m_shown, person);
    if (suggestions.empty())
        return false;
    const RoomSuggestion &best = suggestions.front();
    BreakoutSet after = m_set;
    auto &rooms = after.rounds[std::size_t(m_shown)];
    for (auto &members : rooms)
        members.erase(std::remove(members.begin(), members.end(), id), members.end());
    rooms[std::size_t(best.room)].push_back(id);
    const QString name = nameOf(person);
    const QString target = roomName(best.room, m_set.roomNames);
    const qint64 activityId = m_activityId;
    const int repeats = best.repeats;
    // Stored at once; LiveBreakouts then tells this panel and Breakouts mode.
    m_context.undoStack()->push(
        new ChangeBreakoutRoomsCommand(m_breakouts, activityId, m_set, std::move(after), tr("Place %1 in %2").arg(name, target)));
    Q_EMIT message(repeats == 0 ? tr("%1 joins %2: nobody there met %1 before. Ctrl+Z undoes it.").arg(name, target)
                                : tr("%1 joins %2, the best room left; people there who met %1 before: %3. Ctrl+Z undoes it.")
                                      .arg(name, target)
                                      .arg(repeats));
    return true;
}

} // namespace sala
