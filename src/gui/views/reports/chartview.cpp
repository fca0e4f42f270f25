#include "views/reports/chartview.h"

#include <QPainter>

namespace sala {

ChartView::ChartView(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // The drawing is on white like the paper report, whatever the window's colours.
    setAutoFillBackground(true);
    QPalette white = palette();
    white.setColor(QPalette::Window, Qt::white);
    setPalette(white);
}

void ChartView::setRoomChart(RoomChart chart)
{
    m_chart = std::move(chart);
    updateGeometry();
    update();
}

void ChartView::setBarChart(BarChart chart)
{
    m_chart = std::move(chart);
    updateGeometry();
    update();
}

void ChartView::setSummary(const QString &summary)
{
    setAccessibleDescription(summary);
    setToolTip(summary);
}

QSize ChartView::sizeHint() const
{
    if (const auto *bars = std::get_if<BarChart>(&m_chart))
        return {420, int(barChartHeight(int(bars->groups.size()), font())) + 8};
    return {600, 220};
}

QSize ChartView::minimumSizeHint() const
{
    return {240, 140};
}

void ChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(8, 6, -8, -6);
    if (const auto *room = std::get_if<RoomChart>(&m_chart))
        paintRoomChart(painter, area, *room, font());
    else if (const auto *bars = std::get_if<BarChart>(&m_chart))
        paintBarChart(painter, area, *bars, font());
}

} // namespace sala
