#include "views/breakoutsview.h"

#include "domain/names.h"
#include "plan/schedule.h"
#include "workshopcontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sala {

int roomsNeeded(int people, int groupSize, int groupCount)
{
    if (groupCount > 0)
        return groupCount;
    if (groupSize <= 0 || people <= 0)
        return 0;
    return (people + groupSize - 1) / groupSize;
}

BreakoutsView::BreakoutsView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_tree->setColumnCount(6);
    m_tree->setHeaderLabels({tr("Activity"), tr("Time"), tr("Grouping"), tr("Rooms"), tr("Rounds"), tr("Roles")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Breakout activities"));
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    setFocusProxy(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    for (auto signal : {&WorkshopContext::sessionChanged, &WorkshopContext::workshopChanged, &WorkshopContext::workshopFieldsChanged})
        connect(&m_context, signal, this, &BreakoutsView::markStale);
    connect(&m_context, &WorkshopContext::sessionFieldsChanged, this, &BreakoutsView::markStale);
    for (auto signal : {&WorkshopContext::activityChanged, &WorkshopContext::activityInserted, &WorkshopContext::activityRemoved})
        connect(&m_context, signal, this, &BreakoutsView::markStale);
    connect(&m_context, &WorkshopContext::activityMoved, this, &BreakoutsView::markStale);
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
    m_tree->clear();
    const Session *session = m_context.session();
    const int people = int(m_context.roster().size());
    const Platform platform = m_context.workshop().platform;
    if (!session) {
        m_summary->setText(tr("No session is open."));
        return;
    }
    const Schedule schedule = computeSchedule(*session, m_context.primaryZone());
    int breakoutCount = 0;
    for (std::size_t i = 0; i < session->activities.size(); ++i) {
        const Activity &a = session->activities[i];
        if (!a.breakout)
            continue;
        ++breakoutCount;
        const BreakoutSettings &b = *a.breakout;
        const int rooms = roomsNeeded(people, b.groupSize, b.groupCount);
        QString roomText = b.groupSize > 0 ? tr("%1 rooms of %2").arg(rooms).arg(b.groupSize) : tr("%1 rooms").arg(rooms);
        if (rooms > maximumBreakoutRooms(platform))
            roomText += tr(" — more than %1 allows (%2)").arg(displayName(platform)).arg(maximumBreakoutRooms(platform));
        auto *item = new QTreeWidgetItem(m_tree, {a.title, clockTime(schedule.activities[i].start, m_context.primaryZone()),
                                                  displayName(b.grouping), roomText,
                                                  tr("%1 × %2 min").arg(b.rounds).arg(b.minutesPerRound),
                                                  b.roles.join(QStringLiteral(", "))});
        for (const Broadcast &broadcast : b.broadcasts) {
            auto *child = new QTreeWidgetItem(item, {tr("Broadcast %n min before the end", nullptr, broadcast.minutesBeforeEnd)});
            child->setText(2, broadcast.text);
            child->setFirstColumnSpanned(false);
            child->setToolTip(2, broadcast.text);
        }
    }
    m_tree->expandAll();
    m_summary->setText(tr("%n breakout activities in this session.", nullptr, breakoutCount) + u' '
                       + tr("Rooms are counted for the %n people enrolled; %1 allows up to %2 rooms.", nullptr, people)
                             .arg(displayName(platform))
                             .arg(maximumBreakoutRooms(platform)));
}

} // namespace sala
