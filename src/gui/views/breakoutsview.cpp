#include "views/breakoutsview.h"

#include "statuscolors.h"
#include "commands/breakoutcommands.h"
#include "dialogs/filedialog.h"
#include "domain/names.h"
#include "groups/groupbounds.h"
#include "groups/groupexport.h"
#include "groups/groupinstance.h"
#include "groups/groupsolver.h"
#include "liveroster.h"
#include "models/breakoutroomsmodel.h"
#include "plan/schedule.h"
#include "roomspdf.h"
#include "workshopcontext.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <atomic>
#include <map>
#include <set>
#include <tuple>

namespace sala {
namespace {

constexpr int activityRowRole = Qt::UserRole + 1;
constexpr qint64 solveTimeLimitMs = 2000;

QString attributeValue(const GroupPerson &person, const QString &attribute)
{
    const auto found = person.attrs.find(attribute);
    return found == person.attrs.end() ? QString() : found->second;
}

bool isParticipant(const GroupPerson &person)
{
    return person.role == key(ParticipantRole::Participant);
}

QString sexShort(const QString &key)
{
    const std::optional<Sex> sex = sexFromKey(key);
    return sex ? displayName(*sex) : QString();
}

} // namespace

int roomsNeeded(int people, int groupSize, int groupCount)
{
    if (groupCount > 0)
        return groupCount;
    if (groupSize <= 0 || people <= 0)
        return 0;
    // As the solver sizes them: about the size asked, sizes differing by at most one.
    GroupConstraints constraints;
    constraints.groupSize = groupSize;
    return int(roomSizes(people, constraints, 0).sizes.size());
}

BreakoutsView::BreakoutsView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_breakouts(LiveBreakouts::of(context)), m_summary(new QLabel(this)),
      m_tree(new QTreeWidget(this)), m_heading(new QLabel(this)), m_round(new QComboBox(this)),
      m_generate(new QPushButton(tr("&Generate"), this)), m_resolve(new QPushButton(tr("Re-solve &unlocked"), this)),
      m_onlyCheckedIn(new QCheckBox(tr("Only people &checked in"), this)), m_grouped(new QLabel(this)), m_stats(new QLabel(this)),
      m_rooms(new QTreeView(this)), m_model(new BreakoutRoomsModel(this)), m_late(new QComboBox(this)),
      m_place(new QPushButton(tr("&Place"), this)), m_export(new QPushButton(tr("E&xport"), this)), m_status(new QLabel(this)),
      m_moveTo(new QAction(tr("&Move to Room…"), this)), m_moveUp(new QAction(tr("Move to the &Previous Room"), this)),
      m_moveDown(new QAction(tr("Move to the &Next Room"), this))
{
    m_summary->setWordWrap(true);
    m_tree->setColumnCount(6);
    m_tree->setHeaderLabels({tr("Activity"), tr("Time"), tr("Grouping"), tr("Rooms"), tr("Rounds"), tr("Roles")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Breakout activities"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    setFocusProxy(m_tree);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_round->setAccessibleName(tr("Round"));
    m_generate->setShortcut(QKeySequence(tr("Ctrl+G")));
    m_generate->setToolTip(tr("Rooms for every round from the roster, with as few repeated pairs as possible (Ctrl+G)"));
    m_resolve->setToolTip(tr("Keep locked people and rooms where they are and find the best rooms for everyone else"));
    m_stats->setWordWrap(true);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rooms->setModel(m_model);
    m_rooms->setAccessibleName(tr("Breakout rooms"));
    m_rooms->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_rooms->setDragEnabled(true);
    m_rooms->setAcceptDrops(true);
    m_rooms->setDropIndicatorShown(true);
    m_rooms->setDragDropMode(QAbstractItemView::DragDrop);
    m_rooms->setDefaultDropAction(Qt::MoveAction);
    m_rooms->setAlternatingRowColors(true);
    m_rooms->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_rooms->header()->setStretchLastSection(true);
    m_rooms->setColumnWidth(BreakoutRoomsModel::Name, 300);
    m_rooms->setToolTip(tr("Drag people to another room, or select them and press M (Alt+Up, Alt+Down: the room "
                           "before or after)"));
    m_rooms->setContextMenuPolicy(Qt::CustomContextMenu);
    // The keys belong to the rooms list: M types into no other field of this mode.
    const std::array<std::tuple<QAction *, QKeySequence, QString>, 3> moves{{
        {m_moveTo, QKeySequence(Qt::Key_M), tr("Move the selected people to a room you choose")},
        {m_moveUp, QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the selected people to the room before theirs")},
        {m_moveDown, QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move the selected people to the room after theirs")},
    }};
    for (const auto &[action, key, tip] : moves) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        m_rooms->addAction(action);
    }

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_heading, 1);
    auto *roundLabel = new QLabel(tr("&Round:"), this);
    roundLabel->setBuddy(m_round);
    controls->addWidget(roundLabel);
    controls->addWidget(m_round);
    controls->addWidget(m_generate);
    controls->addWidget(m_resolve);

    auto *balanceRow = new QHBoxLayout;
    balanceRow->addWidget(new QLabel(tr("Spread evenly:"), this));
    const std::vector<std::pair<QString, QString>> attributes{{groupattr::country, tr("Country")},
                                                              {groupattr::sex, tr("Sex")},
                                                              {groupattr::sector, tr("Sector")},
                                                              {groupattr::organization, tr("Organization type")}};
    for (const auto &[attribute, label] : attributes) {
        auto *box = new QCheckBox(label, this);
        box->setChecked(attribute == groupattr::country || attribute == groupattr::sex);
        balanceRow->addWidget(box);
        m_balance.emplace_back(attribute, box);
    }
    balanceRow->addStretch(1);

    m_onlyCheckedIn->setAccessibleName(tr("Only people checked in"));
    m_onlyCheckedIn->setToolTip(tr("Group only the people checked in to this session now (present, late or rejoined). "
                                   "On by default once anyone has checked in."));
    m_grouped->setWordWrap(true);
    m_grouped->setAccessibleName(tr("Who is grouped"));
    m_grouped->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *whoRow = new QHBoxLayout;
    whoRow->addWidget(m_onlyCheckedIn);
    whoRow->addWidget(m_grouped, 1);

    auto *bottom = new QHBoxLayout;
    auto *lateLabel = new QLabel(tr("&Late arrival:"), this);
    lateLabel->setBuddy(m_late);
    m_late->setAccessibleName(tr("Late arrival"));
    m_late->setMinimumContentsLength(18);
    m_place->setToolTip(tr("Put the person into the room Sala suggests: the fewest people already met, the smallest "
                           "room, the best mix"));
    bottom->addWidget(lateLabel);
    bottom->addWidget(m_late);
    bottom->addWidget(m_place);
    bottom->addStretch(1);
    bottom->addWidget(m_export);
    m_export->setAccessibleName(tr("Export and print the rooms"));
    auto *menu = new QMenu(this);
    menu->addAction(tr("Print rooms (PDF)…"), this, [this] { printRoomsPdf(); });
    menu->addSeparator();
    menu->addAction(tr("Zoom pre-assignment CSV…"), this, [this] { exportZoomCsv(); });
    menu->addAction(tr("Copy room list (Teams, Meet, chat)"), this, [this] { copyRoomList(); });
    menu->addAction(tr("Save room list…"), this, [this] { saveRoomList(); });
    menu->addSeparator();
    menu->addAction(tr("Save this round as home groups"), this, [this] { saveHomeGroups(); });
    menu->addAction(tr("Use home groups for every round"), this, [this] { useHomeGroups(); });
    m_export->setMenu(menu);

    auto *panel = new QWidget(this);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(0, 0, 0, 0);
    panelLayout->addLayout(controls);
    panelLayout->addLayout(balanceRow);
    panelLayout->addLayout(whoRow);
    panelLayout->addWidget(m_stats);
    panelLayout->addWidget(m_rooms, 1);
    panelLayout->addLayout(bottom);
    panelLayout->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    for (auto signal : {&WorkshopContext::sessionChanged, &WorkshopContext::workshopChanged,
                        &WorkshopContext::workshopFieldsChanged, &WorkshopContext::rosterChanged})
        connect(&m_context, signal, this, &BreakoutsView::markStale);
    connect(&m_context, &WorkshopContext::sessionFieldsChanged, this, &BreakoutsView::markStale);
    for (auto signal : {&WorkshopContext::activityChanged, &WorkshopContext::activityInserted, &WorkshopContext::activityRemoved})
        connect(&m_context, signal, this, &BreakoutsView::markStale);
    connect(&m_context, &WorkshopContext::activityMoved, this, &BreakoutsView::markStale);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &BreakoutsView::activitySelected);
    connect(m_round, &QComboBox::currentIndexChanged, this, &BreakoutsView::showRound);
    connect(m_generate, &QPushButton::clicked, this, &BreakoutsView::generate);
    connect(m_resolve, &QPushButton::clicked, this, &BreakoutsView::resolve);
    connect(m_place, &QPushButton::clicked, this, [this] {
        if (m_late->currentIndex() >= 0)
            placeLateArrival(m_late->currentData().toLongLong());
    });
    connect(m_model, &BreakoutRoomsModel::moveRequested, this, &BreakoutsView::movePeople);
    connect(m_model, &BreakoutRoomsModel::personLockRequested, this, &BreakoutsView::setPersonLocked);
    connect(m_model, &BreakoutRoomsModel::roomLockRequested, this, &BreakoutsView::setRoomLocked);
    connect(m_model, &BreakoutRoomsModel::renameRequested, this, &BreakoutsView::renameRoom);
    connect(m_moveTo, &QAction::triggered, this, &BreakoutsView::showMoveMenu);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelectedBy(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelectedBy(1); });
    connect(m_rooms, &QWidget::customContextMenuRequested, this, &BreakoutsView::showRoomsMenu);
    connect(m_onlyCheckedIn, &QCheckBox::toggled, this, [this] {
        const Session *session = m_context.session();
        m_checkedInChoiceSession = session ? session->id : 0;
        markStale();
    });
    connect(&m_breakouts, &LiveBreakouts::changed, this, &BreakoutsView::roomsChanged);
    connect(&m_breakouts, &LiveBreakouts::errorOccurred, this, [this](const QString &message) { report(message, true); });
    // Who came decides who is grouped.
    LiveRoster &live = LiveRoster::of(m_context);
    connect(&live, &LiveRoster::reset, this, &BreakoutsView::markStale);
    connect(&live, &LiveRoster::expectationChanged, this, &BreakoutsView::markStale);
    connect(&live, &LiveRoster::attendanceChanged, this, &BreakoutsView::markStale);
    reload();
}

void BreakoutsView::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void BreakoutsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void BreakoutsView::reload()
{
    m_stale = false;
    const int keepRow = m_activityRow;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const Session *session = m_context.session();
    const LiveRoster &live = LiveRoster::of(m_context);
    if (session && m_checkedInChoiceSession != session->id) {
        const QSignalBlocker checkBlocker(m_onlyCheckedIn);
        m_onlyCheckedIn->setChecked(!live.events().empty());
    }
    m_who = peopleToGroup(m_context.roster(), live, m_onlyCheckedIn->isChecked());
    updateGroupedText();
    // The team joins rooms without adding any: the rooms are counted for the participants.
    const int participants = int(std::count_if(m_who.people.begin(), m_who.people.end(),
                                               [](const Participant &p) { return p.role == ParticipantRole::Participant; }));
    const Platform platform = m_context.workshop().platform;
    if (!session) {
        m_summary->setText(tr("No session is open."));
        m_activityRow = -1;
        m_activityId = 0;
        refreshRooms();
        return;
    }
    const Schedule schedule = computeSchedule(*session, m_context.primaryZone());
    int breakoutCount = 0;
    QTreeWidgetItem *keep = nullptr;
    for (std::size_t i = 0; i < session->activities.size(); ++i) {
        const Activity &a = session->activities[i];
        if (!a.breakout)
            continue;
        ++breakoutCount;
        const BreakoutSettings &b = *a.breakout;
        const int rooms = roomsNeeded(participants, b.groupSize, b.groupCount);
        QString roomText = b.groupSize > 0 ? tr("%n rooms of about %1", nullptr, rooms).arg(b.groupSize)
                                           : tr("%n rooms", nullptr, rooms);
        if (rooms > maximumBreakoutRooms(platform))
            roomText += tr(" — more than %1 allows (%2)").arg(displayName(platform)).arg(maximumBreakoutRooms(platform));
        auto *item = new QTreeWidgetItem(m_tree, {a.title, clockTime(schedule.activities[i].start, m_context.primaryZone()),
                                                  displayName(b.grouping), roomText,
                                                  tr("%1 × %2 min").arg(b.rounds).arg(b.minutesPerRound),
                                                  b.roles.join(QStringLiteral(", "))});
        item->setData(0, activityRowRole, int(i));
        if (!keep || int(i) == keepRow)
            keep = item;
        for (const Broadcast &broadcast : b.broadcasts) {
            auto *child = new QTreeWidgetItem(item, {tr("Broadcast %n min before the end", nullptr, broadcast.minutesBeforeEnd)});
            child->setText(2, broadcast.text);
            child->setFirstColumnSpanned(false);
            child->setToolTip(2, broadcast.text);
            child->setData(0, activityRowRole, int(i));
        }
    }
    m_tree->expandAll();
    m_summary->setText(tr("%n breakout activities in this session.", nullptr, breakoutCount) + u' '
                       + tr("Rooms are counted for the %n people grouped; %1 allows up to %2 rooms.", nullptr, participants)
                             .arg(displayName(platform))
                             .arg(maximumBreakoutRooms(platform)));
    m_tree->setCurrentItem(keep);
    activitySelected();
}

void BreakoutsView::activitySelected()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    m_activityRow = item ? item->data(0, activityRowRole).toInt() : -1;
    const Activity *a = activity();
    m_activityId = a ? a->id : 0;
    refreshRooms();
}

void BreakoutsView::selectActivity(int row)
{
    // Asked from another mode (Run mode's rooms) while this one was hidden and out of date.
    if (m_stale)
        reload();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, activityRowRole).toInt() == row)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

const Activity *BreakoutsView::activity() const
{
    const Session *session = m_context.session();
    if (!session || m_activityRow < 0 || m_activityRow >= int(session->activities.size()))
        return nullptr;
    const Activity &a = session->activities[std::size_t(m_activityRow)];
    return a.breakout ? &a : nullptr;
}

QStringList BreakoutsView::balance() const
{
    QStringList attributes;
    for (const auto &[attribute, box] : m_balance)
        if (box->isChecked())
            attributes << attribute;
    return attributes;
}

void BreakoutsView::setBalanced(const QString &attribute, bool balanced)
{
    for (const auto &[name, box] : m_balance)
        if (name == attribute)
            box->setChecked(balanced);
}

std::vector<GroupRound> BreakoutsView::currentRounds() const
{
    return roundsOf(m_problem, m_set);
}

int BreakoutsView::round() const
{
    return std::max(0, m_round->currentIndex());
}

void BreakoutsView::setRound(int round)
{
    m_round->setCurrentIndex(round);
}

void BreakoutsView::report(const QString &message, bool problem)
{
    m_status->setText(message);
    m_status->setStyleSheet(problem ? statusLabelStyle(StatusTone::Problem) : QString());
}

void BreakoutsView::refreshRooms()
{
    const Activity *a = activity();
    const bool enabled = a != nullptr;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_round, m_generate, m_resolve, m_rooms, m_late, m_place, m_export})
        widget->setEnabled(enabled);
    m_set = {};
    m_problem = {};
    m_notes.clear();
    if (!a) {
        m_heading->setText(tr("Select a breakout activity above to see its rooms."));
        m_model->setSnapshot({});
        m_stats->clear();
        const QSignalBlocker blocker(m_round);
        m_round->clear();
        return;
    }
    m_set = m_breakouts.forActivity(a->id);
    m_problem = rosterProblem(m_who.people, *a->breakout, balance(), m_breakouts.othersThan(a->id));
    m_heading->setText(tr("Rooms for “%1”").arg(a->title));
    const int rounds = std::max(std::max(1, a->breakout->rounds), int(m_set.rounds.size()));
    {
        const QSignalBlocker blocker(m_round);
        const int keep = m_round->currentIndex();
        m_round->clear();
        for (int r = 0; r < rounds; ++r)
            m_round->addItem(tr("Round %1 of %2").arg(r + 1).arg(rounds));
        m_round->setCurrentIndex(std::clamp(keep, 0, rounds - 1));
    }
    showRound();
}

void BreakoutsView::showRound()
{
    const std::vector<GroupRound> rounds = currentRounds();
    const int r = round();
    BreakoutRoomsSnapshot snapshot;
    std::set<int> placed;
    QStringList mixAttributes = balance();
    if (mixAttributes.isEmpty())
        mixAttributes = {groupattr::country, groupattr::sex};
    if (r < int(rounds.size())) {
        std::map<int, QStringList> metAgain;
        for (const auto &[a, b] : repeatedPairsInRound(m_problem.problem, rounds, r)) {
            metAgain[a] << m_problem.problem.people[std::size_t(b)].name;
            metAgain[b] << m_problem.problem.people[std::size_t(a)].name;
        }
        const GroupRound &round = rounds[std::size_t(r)];
        for (std::size_t k = 0; k < round.size(); ++k) {
            BreakoutRoomsSnapshot::Room room;
            room.name = roomName(int(k), m_set.roomNames);
            room.locked = m_set.lockedRooms.count({r, int(k)}) > 0;
            QStringList mix;
            for (const QString &attribute : mixAttributes) {
                std::map<QString, int> counts;
                for (int p : round[k])
                    if (isParticipant(m_problem.problem.people[std::size_t(p)])) // the team is not in the mix
                        ++counts[attributeValue(m_problem.problem.people[std::size_t(p)], attribute)];
                for (const auto &[value, count] : counts) {
                    QString shown = attribute == groupattr::sex ? sexShort(value) : value;
                    if (shown.isEmpty())
                        shown = tr("not stated");
                    mix << QStringLiteral("%1 %2").arg(shown).arg(count);
                }
            }
            room.mix = mix.join(QStringLiteral(" · "));
            for (int p : round[k]) {
                placed.insert(p);
                const GroupPerson &person = m_problem.problem.people[std::size_t(p)];
                BreakoutRoomsSnapshot::Person entry;
                entry.index = p;
                entry.id = m_problem.ids[std::size_t(p)];
                entry.name = person.name;
                QStringList details;
                if (!isParticipant(person))
                    details << displayName(participantRoleFromKey(person.role).value_or(ParticipantRole::Participant));
                for (const QString &attribute : {groupattr::country, groupattr::sex, groupattr::sector, groupattr::language}) {
                    const QString value = attributeValue(person, attribute);
                    if (!value.isEmpty() && (attribute != groupattr::language || !isParticipant(person)))
                        details << (attribute == groupattr::sex ? sexShort(value) : value);
                }
                entry.details = details.join(QStringLiteral(" · "));
                entry.locked = m_set.lockedPeople.count({r, entry.id}) > 0;
                if (const auto found = metAgain.find(p); found != metAgain.end())
                    entry.metAgain = found->second;
                room.people.push_back(std::move(entry));
            }
            snapshot.rooms.push_back(std::move(room));
        }
    }
    m_model->setSnapshot(std::move(snapshot));
    m_rooms->expandAll();

    {
        const QSignalBlocker blocker(m_late);
        m_late->clear();
        for (std::size_t p = 0; p < m_problem.problem.people.size(); ++p)
            if (!placed.count(int(p)) && r < int(rounds.size()))
                m_late->addItem(m_problem.problem.people[p].name, m_problem.ids[p]);
    }
    m_place->setEnabled(m_late->count() > 0);

    if (rounds.empty()) {
        m_stats->setText(m_problem.problem.people.empty()
                             ? tr("The roster is empty: add participants in Roster mode (Ctrl+2) first.")
                             : tr("No rooms yet for %n people. Generate (Ctrl+G) makes them for every round.", nullptr,
                                  int(m_problem.problem.people.size())));
        return;
    }
    const GroupStatistics stats = evaluateSchedule(m_problem.problem, rounds);
    int bound = 0;
    GroupProblem boundProblem = m_problem.problem;
    boundProblem.numRounds = int(rounds.size());
    const Preparation preparation = prepareGroupProblem(boundProblem);
    if (preparation.issues.empty())
        for (const GroupInstance &part : preparation.prepared.parts)
            bound += repeatLowerBound(part);
    int imbalance = 0;
    for (int v : stats.imbalancePerRound)
        imbalance += v;
    QString text = tr("Repeated pairs over all rounds: %1").arg(stats.repeatedPairs);
    if (preparation.issues.empty())
        text += tr(" (no schedule can have fewer than %1)").arg(bound);
    text += QStringLiteral(" · ") + tr("people beyond an even mix: %1").arg(imbalance);
    if (!m_notes.isEmpty())
        text += u'\n' + m_notes.join(u'\n');
    m_stats->setText(text);
}

bool BreakoutsView::generate()
{
    return solve(false);
}

bool BreakoutsView::resolve()
{
    return solve(true);
}

bool BreakoutsView::solve(bool keepLocks)
{
    const Activity *a = activity();
    if (!a)
        return false;
    RosterProblem problem = rosterProblem(m_who.people, *a->breakout, balance(), m_breakouts.othersThan(a->id));
    problem.problem.numRounds = std::max(problem.problem.numRounds, int(m_set.rounds.size()));
    if (keepLocks)
        pinLocks(problem, m_set);
    const std::vector<GroupIssue> issues = checkGroupProblem(problem.problem);
    if (!issues.empty()) {
        QStringList lines;
        for (const GroupIssue &issue : issues)
            lines << issue.message;
        report(tr("These rooms cannot be made: %1").arg(lines.join(QStringLiteral("; "))), true);
        return false;
    }
    std::atomic<bool> cancel{false};
    QProgressDialog progress(tr("Finding the best rooms…"), tr("Stop"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    GroupSolveOptions options;
    options.timeLimitMs = solveTimeLimitMs;
    options.cancel = &cancel;
    options.progress = [&](const GroupProgress &p) {
        progress.setValue(int(std::min<qint64>(99, p.elapsedMs * 100 / std::max<qint64>(1, p.timeLimitMs))));
        QCoreApplication::processEvents();
        if (progress.wasCanceled())
            cancel = true;
    };
    auto solution = solveGroups(problem.problem, options);
    progress.reset();
    if (!solution) {
        report(solution.error().message, true);
        return false;
    }
    BreakoutSet keep;
    keep.roomNames = m_set.roomNames;
    if (keepLocks) {
        keep.lockedPeople = m_set.lockedPeople;
        keep.lockedRooms = m_set.lockedRooms;
    }
    BreakoutSet after = setOf(problem, solution->rounds, keep);
    const QString text = keepLocks ? tr("Re-solve the rooms of “%1”").arg(a->title) : tr("Generate rooms for “%1”").arg(a->title);
    change(std::move(after), text);
    m_notes = solution->notes;
    showRound();
    report(tr("Rooms made for every round. Repeated pairs: %1; no schedule can have fewer than %2.")
                   .arg(solution->statistics.repeatedPairs)
                   .arg(solution->statistics.lowerBound)
               + u' ' + m_grouped->text(),
           false);
    return true;
}

void BreakoutsView::change(BreakoutSet after, const QString &text)
{
    if (after == m_set || m_activityId == 0)
        return;
    m_context.undoStack()->push(new ChangeBreakoutRoomsCommand(m_breakouts, m_activityId, m_set, std::move(after), text));
}

void BreakoutsView::roomsChanged(qint64 activityId)
{
    // Rooms change here and in Run mode's rooms panel, each time through the store.
    if (activityId != m_activityId) {
        // Another activity's rooms are meetings this one should avoid repeating.
        markStale();
        return;
    }
    m_set = m_breakouts.forActivity(activityId);
    const int rounds = std::max(m_round->count(), int(m_set.rounds.size()));
    if (rounds != m_round->count()) {
        const QSignalBlocker blocker(m_round);
        m_round->clear();
        for (int r = 0; r < rounds; ++r)
            m_round->addItem(tr("Round %1 of %2").arg(r + 1).arg(rounds));
    }
    showRound();
}

void BreakoutsView::movePeople(const QList<int> &people, int room)
{
    std::vector<std::pair<int, int>> moves;
    for (int p : people)
        moves.emplace_back(p, room);
    moveEach(moves);
}

void BreakoutsView::moveEach(const std::vector<std::pair<int, int>> &moves)
{
    const int r = round();
    if (r >= int(m_set.rounds.size()))
        return;
    BreakoutSet after = m_set;
    auto &rooms = after.rounds[std::size_t(r)];
    QStringList names;
    std::set<int> targets;
    QList<int> moved;
    for (const auto &[p, room] : moves) {
        if (p < 0 || p >= int(m_problem.ids.size()) || room < 0 || room >= int(rooms.size()))
            continue;
        const qint64 id = m_problem.ids[std::size_t(p)];
        auto &target = rooms[std::size_t(room)];
        if (std::find(target.begin(), target.end(), id) != target.end())
            continue;
        for (auto &members : rooms)
            members.erase(std::remove(members.begin(), members.end(), id), members.end());
        target.push_back(id);
        names << m_problem.problem.people[std::size_t(p)].name;
        targets.insert(room);
        moved << p;
    }
    if (names.isEmpty())
        return;
    QString text;
    if (targets.size() > 1) {
        text = tr("Move %n people to other rooms", nullptr, int(names.size()));
    } else {
        const QString target = roomName(*targets.begin(), m_set.roomNames);
        text = names.size() == 1 ? tr("Move %1 to %2").arg(names.first(), target)
                                 : tr("Move %n people to %1", nullptr, int(names.size())).arg(target);
    }
    change(std::move(after), text);
    // The same people stay selected, so that Alt+Down again moves them one room further.
    selectPeople(moved);
    report(text + u'.' + u' ' + tr("Ctrl+Z undoes it."), false);
}

QList<int> BreakoutsView::selectedPeople() const
{
    QList<int> people;
    for (const QModelIndex &index : m_rooms->selectionModel()->selectedRows(BreakoutRoomsModel::Name))
        if (!index.data(BreakoutRoomsModel::IsRoomRole).toBool())
            people << index.data(BreakoutRoomsModel::RawValueRole).toInt();
    const QModelIndex current = m_rooms->currentIndex();
    if (people.isEmpty() && current.isValid() && !current.data(BreakoutRoomsModel::IsRoomRole).toBool())
        people << current.data(BreakoutRoomsModel::RawValueRole).toInt();
    return people;
}

void BreakoutsView::selectPeople(const QList<int> &people)
{
    QItemSelection selection;
    QModelIndex first;
    for (int room = 0; room < m_model->rowCount(); ++room) {
        const QModelIndex parent = m_model->index(room, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (!people.contains(index.data(BreakoutRoomsModel::RawValueRole).toInt()))
                continue;
            selection.select(index, m_model->index(row, BreakoutRoomsModel::ColumnCount - 1, parent));
            if (!first.isValid())
                first = index;
        }
    }
    if (!first.isValid())
        return;
    m_rooms->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    m_rooms->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_rooms->scrollTo(first);
}

void BreakoutsView::moveSelectedToRoom(int room)
{
    movePeople(selectedPeople(), room);
}

void BreakoutsView::moveSelectedBy(int step)
{
    const int r = round();
    const std::vector<GroupRound> rounds = currentRounds();
    if (r >= int(rounds.size()))
        return;
    const GroupRound &shown = rounds[std::size_t(r)];
    std::vector<std::pair<int, int>> moves;
    for (int p : selectedPeople())
        for (std::size_t k = 0; k < shown.size(); ++k)
            if (std::find(shown[k].begin(), shown[k].end(), p) != shown[k].end()) {
                const int target = int(k) + step;
                if (target >= 0 && target < int(shown.size()))
                    moves.emplace_back(p, target);
            }
    if (moves.empty()) {
        if (!selectedPeople().isEmpty())
            report(step < 0 ? tr("Already in the first room.") : tr("Already in the last room."), false);
        return;
    }
    moveEach(moves);
}

QMenu *BreakoutsView::moveMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Move to Room"), parent);
    menu->setAccessibleName(tr("Move to room"));
    const QList<int> people = selectedPeople();
    const int r = round();
    const std::vector<GroupRound> rounds = currentRounds();
    if (people.isEmpty() || r >= int(rounds.size())) {
        menu->addAction(tr("Select people in the rooms first"))->setEnabled(false);
        return menu;
    }
    const GroupRound &shown = rounds[std::size_t(r)];
    for (std::size_t k = 0; k < shown.size(); ++k) {
        // Digits pick the first nine rooms from the keyboard.
        const QString name = roomName(int(k), m_set.roomNames);
        QString text = tr("%1 (%n people)", nullptr, int(shown[k].size())).arg(name);
        if (k < 9)
            text = QStringLiteral("&%1  ").arg(k + 1) + text;
        QAction *action = menu->addAction(text);
        const bool allThere = std::all_of(people.begin(), people.end(), [&](int p) {
            return std::find(shown[k].begin(), shown[k].end(), p) != shown[k].end();
        });
        action->setEnabled(!allThere);
        const int room = int(k);
        connect(action, &QAction::triggered, this, [this, room] { moveSelectedToRoom(room); });
    }
    return menu;
}

void BreakoutsView::showMoveMenu()
{
    std::unique_ptr<QMenu> menu(moveMenu(this));
    const QRect rect = m_rooms->visualRect(m_rooms->currentIndex());
    const QPoint at = rect.isValid() ? rect.bottomLeft() : QPoint(0, 0);
    menu->exec(m_rooms->viewport()->mapToGlobal(at));
}

void BreakoutsView::showRoomsMenu(const QPoint &at)
{
    QMenu menu(this);
    QMenu *rooms = moveMenu(&menu);
    rooms->setTitle(m_moveTo->text());
    menu.addMenu(rooms);
    menu.addAction(m_moveUp);
    menu.addAction(m_moveDown);
    menu.exec(m_rooms->viewport()->mapToGlobal(at));
}

void BreakoutsView::setPersonLocked(int person, bool locked)
{
    if (person < 0 || person >= int(m_problem.ids.size()))
        return;
    BreakoutSet after = m_set;
    const std::pair<int, qint64> lock{round(), m_problem.ids[std::size_t(person)]};
    if (locked)
        after.lockedPeople.insert(lock);
    else
        after.lockedPeople.erase(lock);
    const QString name = m_problem.problem.people[std::size_t(person)].name;
    change(std::move(after), locked ? tr("Lock %1").arg(name) : tr("Unlock %1").arg(name));
}

void BreakoutsView::setRoomLocked(int room, bool locked)
{
    BreakoutSet after = m_set;
    const std::pair<int, int> lock{round(), room};
    if (locked)
        after.lockedRooms.insert(lock);
    else
        after.lockedRooms.erase(lock);
    const QString name = roomName(room, m_set.roomNames);
    change(std::move(after), locked ? tr("Lock %1").arg(name) : tr("Unlock %1").arg(name));
}

void BreakoutsView::renameRoom(int room, const QString &name)
{
    if (room < 0)
        return;
    BreakoutSet after = m_set;
    while (after.roomNames.size() <= room)
        after.roomNames << QString();
    const QString old = roomName(room, m_set.roomNames);
    after.roomNames[room] = name.trimmed() == tr("Room %1").arg(room + 1) ? QString() : name.trimmed();
    while (!after.roomNames.isEmpty() && after.roomNames.last().isEmpty())
        after.roomNames.removeLast();
    // The text first: the set is moved into the command, and argument order is unspecified.
    const QString text = tr("Rename %1 to %2").arg(old, roomName(room, after.roomNames));
    change(std::move(after), text);
}

bool BreakoutsView::placeLateArrival(qint64 participantId)
{
    const int person = m_problem.indexOf(participantId);
    const std::vector<GroupRound> rounds = currentRounds();
    const int r = round();
    if (person < 0 || r >= int(rounds.size()))
        return false;
    const std::vector<RoomSuggestion> suggestions = suggestRooms(m_problem.problem, rounds, r, person);
    if (suggestions.empty())
        return false;
    const RoomSuggestion &best = suggestions.front();
    BreakoutSet after = m_set;
    auto &rooms = after.rounds[std::size_t(r)];
    for (auto &members : rooms)
        members.erase(std::remove(members.begin(), members.end(), participantId), members.end());
    rooms[std::size_t(best.room)].push_back(participantId);
    const QString name = m_problem.problem.people[std::size_t(person)].name;
    const QString target = roomName(best.room, m_set.roomNames);
    change(std::move(after), tr("Place %1 in %2").arg(name, target));
    report(best.repeats == 0
               ? tr("%1 joins %2: nobody there met %1 before.").arg(name, target)
               : tr("%1 joins %2, the best room left; people there who met %1 before: %3.").arg(name, target).arg(best.repeats),
           false);
    return true;
}

void BreakoutsView::saveHomeGroups()
{
    const int r = round();
    if (r >= int(m_set.rounds.size()))
        return;
    BreakoutSet home;
    home.rounds = {m_set.rounds[std::size_t(r)]};
    home.roomNames = m_set.roomNames;
    if (Status s = BreakoutSetStore(m_context.store()).saveHomeGroups(m_context.workshop().id, home); !s) {
        report(s.error().message, true);
        return;
    }
    report(tr("These rooms are now the workshop's home groups; any breakout activity can use them."), false);
}

bool BreakoutsView::useHomeGroups()
{
    const Activity *a = activity();
    if (!a)
        return false;
    auto home = BreakoutSetStore(m_context.store()).homeGroups(m_context.workshop().id);
    if (!home.ok() || !home.value() || home.value()->rounds.empty()) {
        report(home.ok() ? tr("This workshop has no home groups yet: make rooms, then Export ▸ Save this round as "
                              "home groups.")
                         : home.error().message,
               true);
        return false;
    }
    // People on the roster but not in the home groups join the smallest rooms.
    std::vector<std::vector<qint64>> rooms;
    std::set<qint64> known;
    for (const auto &room : home.value()->rounds.front()) {
        std::vector<qint64> members;
        for (qint64 id : room)
            if (m_problem.indexOf(id) >= 0) {
                members.push_back(id);
                known.insert(id);
            }
        rooms.push_back(std::move(members));
    }
    for (qint64 id : m_problem.ids)
        if (!known.count(id) && !rooms.empty())
            std::min_element(rooms.begin(), rooms.end(), [](const auto &x, const auto &y) {
                return x.size() < y.size();
            })->push_back(id);
    BreakoutSet after;
    after.roomNames = home.value()->roomNames;
    for (int r = 0; r < std::max(1, a->breakout->rounds); ++r)
        after.rounds.push_back(rooms);
    change(std::move(after), tr("Use home groups for “%1”").arg(a->title));
    return true;
}

QString BreakoutsView::roomListText() const
{
    const std::vector<GroupRound> rounds = currentRounds();
    if (round() >= int(rounds.size()))
        return {};
    return sala::roomListText(m_problem.problem, rounds, round(), m_set.roomNames);
}

void BreakoutsView::copyRoomList()
{
    const QString text = roomListText();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    report(tr("The room list of round %1 is on the clipboard: paste it into the chat, Teams or Meet.").arg(round() + 1), false);
}

bool BreakoutsView::saveRoomList()
{
    const QString text = roomListText();
    if (text.isEmpty())
        return false;
    const QString path = FileDialog::getSaveFileName(this, tr("Save Room List"),
                                                     tr("breakout-rooms-round-%1.txt").arg(round() + 1), tr("Text files (*.txt)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        report(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    report(tr("Room list saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool BreakoutsView::exportZoomCsv()
{
    const std::vector<GroupRound> rounds = currentRounds();
    const int r = round();
    if (r >= int(rounds.size()))
        return false;
    const QString path = FileDialog::getSaveFileName(this, tr("Export Zoom Pre-assignment"),
                                                     tr("zoom-rooms-round-%1.csv").arg(r + 1), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    const ZoomCsv csv = zoomPreassignCsv(m_problem.problem, rounds[std::size_t(r)], m_set.roomNames);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.csv) != csv.csv.size() || !file.commit()) {
        report(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()), true);
        return false;
    }
    QString message = tr("Zoom pre-assignment for round %1 saved to %2, people: %3. Upload it when scheduling the "
                         "meeting: Breakout Room pre-assign ▸ Import from CSV.")
                          .arg(r + 1)
                          .arg(QDir::toNativeSeparators(path))
                          .arg(csv.rows);
    for (const QString &warning : csv.warnings)
        message += u'\n' + warning;
    report(message, !csv.warnings.isEmpty());
    return true;
}

void BreakoutsView::updateGroupedText()
{
    const int roster = int(m_context.roster().size()) - m_who.observers;
    const int grouped = int(m_who.people.size());
    QString text;
    if (!m_context.session()) {
        text.clear();
    } else if (grouped == 0 && m_onlyCheckedIn->isChecked() && m_who.notArrived + m_who.leftCall > 0) {
        text = tr("Nobody is checked in to this session now: untick “Only people checked in” to group everyone "
                  "expected.");
    } else if (m_who.leftOut() == 0) {
        text = tr("Grouping all %n people on the roster.", nullptr, grouped);
    } else {
        QStringList why;
        if (m_who.notArrived > 0)
            why << tr("%n not checked in", nullptr, m_who.notArrived);
        if (m_who.leftCall > 0)
            why << tr("%n checked out of the call", nullptr, m_who.leftCall);
        if (m_who.notExpected > 0)
            why << tr("%n left out of this session", nullptr, m_who.notExpected);
        if (m_who.erased > 0)
            why << tr("%n whose data was erased", nullptr, m_who.erased);
        text = tr("Grouping %1 of %n people; not grouped: %2.", nullptr, roster).arg(grouped).arg(why.join(QStringLiteral(", ")));
    }
    // The team goes into the rooms without adding any; observers stay in the main room.
    std::map<ParticipantRole, int> team;
    for (const Participant &p : m_who.people)
        if (!isCounted(p.role))
            ++team[p.role];
    QStringList teamParts;
    for (const auto &[role, count] : team)
        teamParts << countedName(role, count);
    if (m_who.observers > 0)
        teamParts << tr("%n observer(s) in the main room", nullptr, m_who.observers);
    if (!text.isEmpty() && !teamParts.isEmpty())
        text += u' ' + tr("Team: %1.").arg(teamParts.join(QStringLiteral(", ")));
    if (m_grouped->text() != text)
        m_grouped->setText(text);
}

RoomsSheet BreakoutsView::roomsSheet() const
{
    RoomsSheet sheet;
    const Activity *a = activity();
    const Session *session = m_context.session();
    if (!a || !session)
        return sheet;
    sheet.workshopTitle = m_context.workshop().title;
    sheet.sessionTitle = session->title;
    sheet.activityTitle = a->title;
    if (session->date.isValid())
        sheet.date = QLocale().toString(session->date, QLocale::LongFormat);

    // Round times from the plan: the activity's start, then one round after another.
    const QTimeZone zone = m_context.primaryZone();
    const QTimeZone second = m_context.secondaryZone();
    const Schedule schedule = computeSchedule(*session, zone);
    const ScheduledActivity *slot = m_activityRow >= 0 && m_activityRow < int(schedule.activities.size())
                                        ? &schedule.activities[std::size_t(m_activityRow)]
                                        : nullptr;
    const auto span = [&](const QDateTime &from, const QDateTime &to) {
        QString text = tr("%1–%2 %3").arg(clockTime(from, zone), clockTime(to, zone), zoneAbbreviation(zone, from));
        if (second.isValid())
            text += QStringLiteral(" · ")
                    + tr("%1–%2 %3").arg(clockTime(from, second), clockTime(to, second), zoneAbbreviation(second, from));
        return text;
    };

    std::map<qint64, const Participant *> byId;
    for (const Participant &p : m_context.roster())
        byId[p.id] = &p;
    const std::vector<GroupRound> rounds = currentRounds();
    const int minutes = a->breakout->minutesPerRound;
    for (std::size_t r = 0; r < rounds.size(); ++r) {
        RoomsSheet::Round round;
        if (slot && slot->start.isValid() && minutes > 0) {
            const QDateTime from = slot->start.addSecs(qint64(r) * minutes * 60);
            round.times = span(from, from.addSecs(qint64(minutes) * 60));
        } else if (slot && slot->start.isValid() && rounds.size() == 1) {
            round.times = span(slot->start, slot->end);
        }
        for (std::size_t k = 0; k < rounds[r].size(); ++k) {
            RoomsSheet::Room room;
            room.name = roomName(int(k), m_set.roomNames);
            room.locked = m_set.lockedRooms.count({int(r), int(k)}) > 0;
            for (int p : rounds[r][k]) {
                const GroupPerson &person = m_problem.problem.people[std::size_t(p)];
                const qint64 id = m_problem.ids[std::size_t(p)];
                RoomsSheet::Person entry;
                entry.name = person.name;
                entry.locked = m_set.lockedPeople.count({int(r), id}) > 0;
                entry.facilitator = person.role == key(ParticipantRole::Facilitator);
                QStringList details;
                // The facilitator has a mark of its own; an interpreter is named in the details.
                if (person.role == key(ParticipantRole::Interpreter))
                    details << displayName(ParticipantRole::Interpreter);
                if (const auto found = byId.find(id); found != byId.end()) {
                    const Participant &participant = *found->second;
                    if (!participant.country.isEmpty())
                        details << countryName(participant.country);
                    QStringList languages;
                    for (const QString &code : participant.languages) {
                        const QLocale::Language language = QLocale(code).language();
                        languages << (language == QLocale::C || language == QLocale::AnyLanguage
                                          ? code
                                          : QLocale::languageToString(language));
                    }
                    if (!languages.isEmpty())
                        details << languages.join(QStringLiteral(", "));
                }
                entry.details = details.join(QStringLiteral(" · "));
                room.people.push_back(std::move(entry));
            }
            round.rooms.push_back(std::move(room));
        }
        sheet.rounds.push_back(std::move(round));
    }
    return sheet;
}

bool BreakoutsView::printRoomsPdf()
{
    const Activity *a = activity();
    if (!a)
        return false;
    if (currentRounds().empty()) {
        report(tr("There are no rooms to print yet: Generate (Ctrl+G) makes them."), true);
        return false;
    }
    const QString path = FileDialog::getSaveFileName(this, tr("Print Rooms (PDF)"), tr("breakout-rooms.pdf"),
                                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = writeRoomsPdf(roomsSheet(), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        report(written.error().message, true);
        return false;
    }
    report(tr("The rooms of every round of “%1” are in %2, a page per round.").arg(a->title, QDir::toNativeSeparators(path)),
           false);
    return true;
}

} // namespace sala
