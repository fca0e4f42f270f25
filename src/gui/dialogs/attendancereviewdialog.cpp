#include "dialogs/attendancereviewdialog.h"

#include "attendance/attendancestore.h"
#include "commands/attendancecommands.h"
#include "dialogs/attendancereviewtable.h"
#include "models/attendancereviewmodel.h"
#include "roster/checkinsearch.h"
#include "workshopcontext.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sala {
namespace {

constexpr int participantIdRole = Qt::UserRole + 1;

} // namespace

AttendanceReviewDialog::AttendanceReviewDialog(WorkshopContext &context, qint64 sessionId, QWidget *parent)
    : QDialog(parent), m_context(context), m_sessionId(sessionId), m_matcher(context.roster()),
      m_sessionPicker(new QComboBox(this)), m_intro(new QLabel(this)), m_model(new AttendanceReviewModel(this)),
      m_review(new QTableView(this)), m_search(new QLineEdit(this)), m_candidates(new QListWidget(this)),
      m_match(new QPushButton(tr("&Match"), this)), m_add(new QPushButton(tr("Add to Rost&er"), this)),
      m_ignore(new QPushButton(tr("I&gnore"), this)), m_applyFound(new QPushButton(this)),
      m_undo(new QPushButton(tr("&Undo"), this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Finish the Attendance Review"));
    // Trainers' laptops are often 1366×768: the dialog must fit with its title bar.
    QSize size(1120, 620);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);

    m_sessionPicker->setAccessibleName(tr("Session"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These people in the imported attendance are not matched to the roster, so they count nowhere in "
                        "the reports. Each choice is saved at once and the reports change with it; Undo (Ctrl+Z) takes it "
                        "back."));

    // The same table as the import's review.
    setUpAttendanceReviewTable(*m_review, *m_model, tr("People not matched to the roster"), 170);

    m_search->setPlaceholderText(tr("Type a name, alias or e-mail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the roster"));
    m_candidates->setAccessibleName(tr("Roster participants"));
    m_candidates->setTextElideMode(Qt::ElideMiddle);
    m_candidates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_match->setToolTip(tr("This person is the participant selected in the list (or the one proposed). Sala keeps the "
                           "name as an alias, so the next file matches by itself."));
    m_add->setToolTip(tr("Add this person to the workshop's roster as a new participant"));
    m_ignore->setToolTip(tr("Nobody on the roster: a host's second device, an interpreter, an observer"));
    m_applyFound->setToolTip(tr("Apply every match Sala finds now by e-mail address, alias or name, such as for people "
                                "added to the roster since the import"));
    m_undo->setToolTip(tr("Take back the last choice saved here"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Review summary"));

    auto *side = new QWidget(this);
    side->setMinimumWidth(270);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *whoLabel = new QLabel(tr("&Who is this?"), side);
    whoLabel->setBuddy(m_search);
    sideLayout->addWidget(whoLabel);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_candidates, 1);
    auto *actions = new QGridLayout;
    actions->addWidget(m_match, 0, 0);
    actions->addWidget(m_add, 0, 1);
    actions->addWidget(m_ignore, 1, 0);
    actions->addWidget(m_undo, 1, 1);
    sideLayout->addLayout(actions);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_review);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({size.width() - 290, 270}); // the reasons need the room more than the list
    splitter->setChildrenCollapsible(false);

    auto *sessionLabel = new QLabel(tr("&Session:"), this);
    sessionLabel->setBuddy(m_sessionPicker);
    auto *top = new QHBoxLayout;
    top->addWidget(sessionLabel);
    top->addWidget(m_sessionPicker, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_applyFound, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // Enter belongs to the search field and the candidate list, as in the import's review.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    // The window's Undo and Redo are out of reach while this dialog is open.
    auto *undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    addAction(undo);
    auto *redo = new QAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(redo);
    QUndoStack *stack = m_context.undoStack();
    connect(undo, &QAction::triggered, this, [this] {
        if (m_undo->isEnabled())
            m_context.undoStack()->undo();
    });
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(m_undo, &QPushButton::clicked, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::indexChanged, this, &AttendanceReviewDialog::updateState);

    connect(m_sessionPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showSession(m_sessionPicker->itemData(index).toLongLong());
    });
    connect(m_review->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_search->clear();
        refillCandidates();
        updateState();
    });
    connect(m_search, &QLineEdit::textChanged, this, &AttendanceReviewDialog::refillCandidates);
    connect(m_search, &QLineEdit::returnPressed, this, &AttendanceReviewDialog::confirmOrPickSelected);
    connect(m_candidates, &QListWidget::itemActivated, this, &AttendanceReviewDialog::confirmOrPickSelected);
    connect(m_candidates, &QListWidget::currentRowChanged, this, &AttendanceReviewDialog::updateState);
    connect(m_match, &QPushButton::clicked, this, &AttendanceReviewDialog::confirmOrPickSelected);
    connect(m_add, &QPushButton::clicked, this, &AttendanceReviewDialog::addSelectedToRoster);
    connect(m_ignore, &QPushButton::clicked, this, &AttendanceReviewDialog::ignoreSelected);
    connect(m_applyFound, &QPushButton::clicked, this, &AttendanceReviewDialog::applyFoundMatches);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Undo and redo, here or in the window, change the stored identities.
    connect(&AttendanceImportSignals::of(m_context), &AttendanceImportSignals::importsChanged, this,
            &AttendanceReviewDialog::reload);

    reload();
}

AttendanceReviewDialog::~AttendanceReviewDialog() = default;

void AttendanceReviewDialog::showSession(qint64 sessionId)
{
    if (sessionId == m_sessionId)
        return;
    m_sessionId = sessionId;
    reload();
}

void AttendanceReviewDialog::refillSessions()
{
    const QSignalBlocker blocker(m_sessionPicker);
    m_sessionPicker->clear();
    std::map<qint64, int> waiting;
    if (auto counts = AttendanceImportStore(m_context.store()).waitingPeopleBySession(m_context.workshop().id))
        waiting = std::move(counts).value();
    const QLocale locale;
    const auto &sessions = m_context.workshop().sessions;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const Session &s = sessions[i];
        const auto found = waiting.find(s.id);
        const int count = found == waiting.end() ? 0 : found->second;
        if (count == 0 && s.id != m_sessionId)
            continue;
        QString text = tr("%1. %2").arg(i + 1).arg(s.title);
        if (s.date.isValid())
            text += QStringLiteral(" — ") + locale.toString(s.date, QLocale::ShortFormat);
        text += QStringLiteral(" · ") + tr("%n not matched", nullptr, count);
        m_sessionPicker->addItem(text, s.id);
        if (s.id == m_sessionId)
            m_sessionPicker->setCurrentIndex(m_sessionPicker->count() - 1);
    }
}

void AttendanceReviewDialog::reload()
{
    const int previousRow = selectedRow();
    const QString selectedKey = previousRow >= 0 ? m_model->item(previousRow).key : QString();
    m_matcher = IdentityMatcher(m_context.roster());
    m_rosterNames.clear();
    for (const Participant &p : m_context.roster())
        if (!p.erasedAt)
            m_rosterNames[p.id] = p.name;
    refillSessions();

    m_items.clear();
    auto loaded = storedReviewItems(m_context.store(), m_sessionId);
    if (loaded)
        m_items = std::move(loaded).value();
    else
        Q_EMIT m_context.errorOccurred(loaded.error().message);

    // Sala's own matches are not applied until the trainer says so: the table shows them as
    // proposals, with the rule that found them.
    std::vector<AttendanceReviewItem> shown;
    shown.reserve(m_items.size());
    for (const StoredReviewItem &stored : m_items) {
        AttendanceReviewItem item = stored.item;
        if (item.match.isApplied()) {
            item.match.rule = MatchRule::Fuzzy;
            item.match.reason = tr("now on the roster: %1").arg(item.match.reason);
        }
        shown.push_back(std::move(item));
    }
    m_model->reset(std::move(shown), m_rosterNames);
    if (m_model->rowCount() > 0) {
        int row = m_model->rowOfKey(selectedKey);
        if (row < 0)
            row = std::clamp(previousRow, 0, m_model->rowCount() - 1);
        m_review->selectRow(row);
    }
    refillCandidates();
    updateState();
}

int AttendanceReviewDialog::selectedRow() const
{
    const QModelIndexList rows = m_review->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

const StoredReviewItem *AttendanceReviewDialog::storedOf(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    const QString key = m_model->item(row).key;
    const auto found = std::find_if(m_items.begin(), m_items.end(),
                                    [&key](const StoredReviewItem &s) { return s.item.key == key; });
    return found == m_items.end() ? nullptr : &*found;
}

void AttendanceReviewDialog::refillCandidates()
{
    m_candidates->clear();
    const int row = selectedRow();
    if (row < 0)
        return;
    const AttendanceReviewItem &item = m_model->item(row);
    const QString typed = m_search->text().trimmed();
    std::vector<std::pair<qint64, QString>> list; // participant, label
    if (typed.isEmpty()) {
        // Names with nothing in common ("iPhone") would only be noise: typing finds anyone.
        for (const MatchCandidate &c : m_matcher.similar({item.name, item.otherNames, item.email}, 12))
            if (c.percent > 0)
                list.emplace_back(c.participantId, tr("%1 — %2%").arg(m_rosterNames[c.participantId]).arg(c.percent));
    } else {
        const auto &roster = m_context.roster();
        for (const CheckInMatch &m : CheckInIndex(roster).search(typed, 30)) {
            const Participant &p = roster[m.index];
            if (!p.erasedAt)
                list.emplace_back(p.id, m.matched == p.name ? p.name : tr("%1 (%2)").arg(p.name, m.matched));
        }
    }
    for (const auto &[id, label] : list) {
        auto *entry = new QListWidgetItem(label, m_candidates);
        entry->setData(participantIdRole, id);
    }
    const qint64 proposed = item.match.participantId;
    for (int i = 0; i < m_candidates->count(); ++i)
        if (m_candidates->item(i)->data(participantIdRole).toLongLong() == proposed) {
            m_candidates->setCurrentRow(i);
            break;
        }
    if (m_candidates->currentRow() < 0 && m_candidates->count() > 0 && !typed.isEmpty())
        m_candidates->setCurrentRow(0);
}

bool AttendanceReviewDialog::push(std::vector<StoredDecision> decisions, const QString &text)
{
    QUndoStack *stack = m_context.undoStack();
    const int before = stack->index();
    stack->push(new ResolveAttendanceCommand(m_context, m_sessionId, std::move(decisions), text));
    // A command that failed marks itself obsolete and the stack drops it; the reason went to the
    // context's error report.
    const bool saved = stack->index() > before;
    if (saved)
        m_review->setFocus();
    return saved;
}

bool AttendanceReviewDialog::confirmOrPickSelected()
{
    const StoredReviewItem *stored = storedOf(selectedRow());
    if (!stored)
        return false;
    qint64 id = 0;
    if (const QListWidgetItem *chosen = m_candidates->currentItem())
        id = chosen->data(participantIdRole).toLongLong();
    else
        id = stored->item.match.participantId;
    if (id == 0)
        return false;
    // Sala's own e-mail, alias or name match, once confirmed, is stored as that rule.
    const bool sameAsFound = stored->item.match.isApplied() && stored->item.match.participantId == id;
    const IdentityDecision decision{sameAsFound ? IdentityResolution::Automatic : IdentityResolution::Participant, id};
    const QString name = m_rosterNames.count(id) ? m_rosterNames.at(id) : QString::number(id);
    return push({{stored->identityIds, decision}},
                tr("Match “%1” to %2").arg(stored->item.name.isEmpty() ? stored->item.email : stored->item.name, name));
}

bool AttendanceReviewDialog::addSelectedToRoster()
{
    const StoredReviewItem *stored = storedOf(selectedRow());
    if (!stored)
        return false;
    return push({{stored->identityIds, {IdentityResolution::AddToRoster, 0}}},
                tr("Add “%1” to the Roster").arg(stored->item.name.isEmpty() ? stored->item.email : stored->item.name));
}

bool AttendanceReviewDialog::ignoreSelected()
{
    const StoredReviewItem *stored = storedOf(selectedRow());
    if (!stored)
        return false;
    return push({{stored->identityIds, {IdentityResolution::Ignore, 0}}},
                tr("Ignore “%1” in the Attendance").arg(stored->item.name.isEmpty() ? stored->item.email : stored->item.name));
}

bool AttendanceReviewDialog::applyFoundMatches()
{
    std::vector<StoredDecision> decisions;
    for (const StoredReviewItem &stored : m_items)
        if (stored.item.match.isApplied())
            decisions.push_back({stored.identityIds, {IdentityResolution::Automatic, 0}});
    if (decisions.empty())
        return false;
    const int count = int(decisions.size());
    return push(std::move(decisions), tr("Apply %n Attendance Match(es)", nullptr, count));
}

void AttendanceReviewDialog::updateState()
{
    const int row = selectedRow();
    const StoredReviewItem *stored = storedOf(row);
    const bool selected = stored != nullptr;
    m_search->setEnabled(selected);
    m_candidates->setEnabled(selected);
    m_match->setEnabled(selected && (m_candidates->currentItem() || stored->item.match.participantId != 0));
    m_add->setEnabled(selected);
    m_ignore->setEnabled(selected);

    const int found = int(
        std::count_if(m_items.begin(), m_items.end(), [](const StoredReviewItem &s) { return s.item.match.isApplied(); }));
    m_applyFound->setText(found > 0 ? tr("&Apply %n Match(es) Sala Found", nullptr, found) : tr("&Apply Matches Sala Found"));
    m_applyFound->setEnabled(found > 0);

    // Only this review's own steps: the dialog must not take back an edit made elsewhere.
    const QUndoStack *stack = m_context.undoStack();
    const QUndoCommand *last = stack->index() > 0 ? stack->command(stack->index() - 1) : nullptr;
    m_undo->setEnabled(dynamic_cast<const ResolveAttendanceCommand *>(last) != nullptr);

    QString summary = m_items.empty() ? tr("Everyone in this session's imported attendance is matched, added or ignored.")
                                      : tr("%n people not matched yet.", nullptr, int(m_items.size()));
    if (found > 0)
        summary += u' ' + tr("For %n of them Sala now finds an e-mail, alias or name on the roster.", nullptr, found);
    m_summary->setText(summary);
}

void openAttendanceReview(WorkshopContext &context, qint64 sessionId, QWidget *parent)
{
    if (!context.hasWorkshop() || sessionId == 0)
        return;
    AttendanceReviewDialog dialog(context, sessionId, parent);
    dialog.exec();
}

} // namespace sala
