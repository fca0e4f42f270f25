#include "views/runview.h"

#include "domain/names.h"
#include "kindstyle.h"
#include "plan/schedule.h"
#include "workshopcontext.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
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

RunView::RunView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_headline(new QLabel(this)), m_startsIn(new QLabel(this)),
      m_rundown(new QTreeWidget(this))
{
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    QFont medium = m_startsIn->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.3);
    m_startsIn->setFont(medium);
    m_startsIn->setWordWrap(true);
    m_startsIn->setAccessibleName(tr("Time until the session starts"));

    m_rundown->setColumnCount(5);
    m_rundown->setRootIsDecorated(false);
    m_rundown->setAlternatingRowColors(true);
    m_rundown->setAccessibleName(tr("Rundown"));
    m_rundown->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rundown->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_startsIn);
    layout->addWidget(m_rundown, 1);
    connect(&m_context, &WorkshopContext::sessionChanged, this, &RunView::reload);
    reload();
}

void RunView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();  // "starts in" must be current each time the mode is opened
}

void RunView::reload()
{
    m_rundown->clear();
    const Session *session = m_context.session();
    if (!session) {
        m_headline->setText(tr("No session is open."));
        m_startsIn->clear();
        return;
    }
    const QTimeZone zone = m_context.primaryZone();
    const QTimeZone second = m_context.secondaryZone();
    const Schedule schedule = computeSchedule(*session, zone);
    const QString zoneName = zoneAbbreviation(zone, schedule.start);
    const QString secondName = second.isValid() ? zoneAbbreviation(second, schedule.start) : QString();
    m_rundown->setHeaderLabels({tr("Start (%1)").arg(zoneName), second.isValid() ? tr("Start (%1)").arg(secondName) : QString(),
                                tr("Min"), tr("Kind"), tr("Activity")});
    m_rundown->setColumnHidden(1, !second.isValid());

    m_headline->setText(session->title);
    QString when = tr("%1, %2–%3 %4").arg(QLocale().toString(session->date, QLocale::LongFormat), clockTime(schedule.start, zone),
                                          clockTime(schedule.end, zone), zoneName);
    if (second.isValid())
        when += tr(" (%1–%2 %3)").arg(clockTime(schedule.start, second), clockTime(schedule.end, second), secondName);
    m_startsIn->setText(when + QStringLiteral(" · ") + relativeStart(QDateTime::currentDateTime(), schedule.start));

    for (std::size_t i = 0; i < session->activities.size(); ++i) {
        const Activity &a = session->activities[i];
        const ScheduledActivity &slot = schedule.activities[i];
        auto *item = new QTreeWidgetItem(m_rundown, {clockTime(slot.start, zone), second.isValid() ? clockTime(slot.start, second) : QString(),
                                                     QString::number(a.plannedMinutes), displayName(a.kind), a.title});
        item->setIcon(3, kindIcon(a.kind));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace sala
