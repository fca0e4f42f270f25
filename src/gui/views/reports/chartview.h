#pragma once
// A chart of the attendance report on screen: the same QPainter drawing as the PDF report
// (charts.h), so the screen and the paper never disagree. No Qt Charts: one drawing serves both
// and the render library needs no widgets.

#include "charts.h"

#include <QWidget>

#include <variant>

namespace sala {

class ChartView final : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setRoomChart(RoomChart chart);
    void setBarChart(BarChart chart);
    // A sentence saying what the chart shows, for screen readers.
    void setSummary(const QString &summary);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::variant<std::monostate, RoomChart, BarChart> m_chart;
};

} // namespace sala
