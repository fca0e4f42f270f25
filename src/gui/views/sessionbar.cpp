#include "views/sessionbar.h"

#include "domain/names.h"
#include "kindstyle.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace sala {

SessionBar::SessionBar(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Session progress"));
}

void SessionBar::setRun(const Session *session, const RunState &state)
{
    std::vector<Segment> segments;
    int total = 0;
    if (session) {
        for (std::size_t i = 0; i < session->activities.size(); ++i) {
            const Activity &a = session->activities[i];
            const bool done = state.status == RunStatus::Finished || (state.current >= 0 && int(i) < state.current)
                              || (i < state.activities.size() && state.activities[i].visits > 0 && int(i) != state.current);
            segments.push_back({a.title, a.kind, a.plannedMinutes, done, int(i) == state.current});
            total += a.plannedMinutes;
        }
    }
    // The marker sits inside the current segment by the share of its time used, so it moves in
    // steps of whole seconds along with the countdown.
    double position = 0.0;
    if (state.status == RunStatus::Finished) {
        position = 1.0;
    } else if (state.current >= 0 && total > 0) {
        int before = 0;
        for (int i = 0; i < state.current; ++i)
            before += segments[std::size_t(i)].minutes;
        // Whole seconds only, like the clock beside it.
        const qint64 shownMs = state.spentMs - state.spentMs % 1000;
        const double share = state.allowedMs > 0 ? std::clamp(double(shownMs) / double(state.allowedMs), 0.0, 1.0) : 1.0;
        position = (before + share * segments[std::size_t(state.current)].minutes) / total;
    }
    const int pixel = int(position * width());
    const bool moved = pixel != int(m_position * width());
    if (segments == m_segments && !moved)
        return;
    m_segments = std::move(segments);
    m_totalMinutes = total;
    m_position = position;
    setAccessibleDescription(state.current >= 0 ? tr("Activity %1 of %2, %3 % of the planned session")
                                                      .arg(state.current + 1)
                                                      .arg(m_segments.size())
                                                      .arg(int(position * 100))
                                                : tr("%n activities", nullptr, int(m_segments.size())));
    update();
}

int SessionBar::segmentAt(const QPoint &point) const
{
    if (m_totalMinutes <= 0)
        return -1;
    double x = 0;
    for (std::size_t i = 0; i < m_segments.size(); ++i) {
        const double w = double(m_segments[i].minutes) / m_totalMinutes * width();
        if (point.x() >= x && point.x() < x + w)
            return int(i);
        x += w;
    }
    return -1;
}

bool SessionBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = segmentAt(help->pos());
        if (index >= 0) {
            const Segment &s = m_segments[std::size_t(index)];
            QToolTip::showText(help->globalPos(),
                               tr("%1. %2 (%3, %4 min)").arg(index + 1).arg(s.title, displayName(s.kind)).arg(s.minutes), this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void SessionBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = QRectF(rect()).adjusted(1, 5, -1, -5);
    painter.fillRect(bar, palette().color(QPalette::Mid));
    if (m_totalMinutes <= 0)
        return;
    double x = bar.left();
    for (const Segment &s : m_segments) {
        const double w = double(s.minutes) / m_totalMinutes * bar.width();
        const QRectF segment(x, bar.top(), w, bar.height());
        QColor colour = kindColor(s.kind);
        if (s.done)
            colour = colour.lighter(150);
        painter.fillRect(segment, colour);
        if (s.done) {
            // Done is shown by hatching as well as by the paler colour.
            painter.fillRect(segment, QBrush(QColor(0, 0, 0, 70), Qt::BDiagPattern));
        }
        painter.setPen(QPen(palette().color(QPalette::Window), 1));
        painter.drawLine(QPointF(segment.right(), bar.top()), QPointF(segment.right(), bar.bottom()));
        if (s.current) {
            painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(segment.adjusted(1, 1, -1, -1));
        }
        x += w;
    }
    const double markerX = bar.left() + m_position * bar.width();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::WindowText));
    const QPolygonF down{{markerX - 5, 0.0}, {markerX + 5, 0.0}, {markerX, 6.0}};
    const QPolygonF up{{markerX - 5, double(height())}, {markerX + 5, double(height())}, {markerX, height() - 6.0}};
    painter.drawPolygon(down);
    painter.drawPolygon(up);
    painter.fillRect(QRectF(markerX - 1, bar.top(), 2, bar.height()), palette().color(QPalette::WindowText));
}

} // namespace sala
