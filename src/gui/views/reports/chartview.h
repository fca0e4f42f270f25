#pragma once
// A chart of the attendance report on screen: the Qt Charts chart that the PDF report prints too
// (charts.h), in the window's colours and font, or a sentence saying why there is nothing to draw.

#include "charts.h"

#include <QWidget>

#include <variant>

class QChartView;
class QLabel;
class QStackedLayout;

namespace sala {

class ChartView final : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setRoomChart(const RoomChart &chart);
    void setBarChart(const BarChart &chart);
    // A sentence saying what the chart shows, for screen readers.
    void setSummary(const QString &summary);

    // What is shown: the chart, or nullptr and the empty label's text.
    QChart *chart() const;
    QChartView *chartView() const { return m_view; }
    QLabel *emptyLabel() const { return m_empty; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::variant<std::monostate, RoomChart, BarChart> m_chart;
    QStackedLayout *m_stack;
    QLabel *m_empty;
    QChartView *m_view;
    bool m_hasChart = false;
};

} // namespace sala
