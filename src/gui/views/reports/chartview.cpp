#include "views/reports/chartview.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QStackedLayout>

namespace sala {

ChartView::ChartView(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedLayout(this)), m_empty(new QLabel(this)), m_view(new QChartView(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setRenderHint(QPainter::Antialiasing, true);
    m_view->setFrameShape(QFrame::NoFrame);
    // The chart is a picture: keyboard focus belongs to the table beside it.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    rebuild();
}

void ChartView::setRoomChart(const RoomChart &chart)
{
    m_chart = chart;
    rebuild();
}

void ChartView::setBarChart(const BarChart &chart)
{
    m_chart = chart;
    rebuild();
}

void ChartView::setSummary(const QString &summary)
{
    setAccessibleDescription(summary);
    m_view->setAccessibleDescription(summary);
    setToolTip(summary);
}

QChart *ChartView::chart() const
{
    return m_hasChart ? m_view->chart() : nullptr;
}

QSize ChartView::sizeHint() const
{
    if (const auto *bars = std::get_if<BarChart>(&m_chart))
        return {420, int(barChartHeight(int(bars->groups.size()), font())) + 8};
    return {600, 300};
}

QSize ChartView::minimumSizeHint() const
{
    return {240, 160};
}

void ChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The chart takes its colours and fonts from the window's when it is built.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

void ChartView::rebuild()
{
    std::unique_ptr<QChart> built;
    QString emptyText;
    const ChartStyle style = chartStyle(palette());
    if (const auto *room = std::get_if<RoomChart>(&m_chart)) {
        built = makeRoomChart(*room, font(), style);
        emptyText = room->emptyText;
    } else if (const auto *bars = std::get_if<BarChart>(&m_chart)) {
        built = makeBarChart(*bars, font(), style);
        emptyText = bars->emptyText;
    }
    m_hasChart = built != nullptr;
    // QChartView hands the previous chart back instead of deleting it.
    QChart *previous = m_view->chart();
    m_view->setChart(m_hasChart ? built.release() : new QChart);
    delete previous;
    m_empty->setText(emptyText);
    m_stack->setCurrentWidget(m_hasChart ? static_cast<QWidget *>(m_view) : m_empty);
    updateGeometry();
}

} // namespace sala
