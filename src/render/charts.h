#pragma once
// The attendance charts, built with Qt Charts so that Reports mode on screen and the PDF report on
// paper show the same chart: people in the room minute by minute, and grouped bar charts of the
// breakdowns. Series differ by fill pattern or line style and carry their numbers, never by colour alone.

#include "reports/attendancereport.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <vector>

class QChart;
class QPainter;
class QPalette;

namespace sala {

struct RoomChart {
    RoomCurve curve;
    QTimeZone zone;    // clock times along the bottom are in this zone
    QString emptyText; // shown when the curve is empty
};

struct BarChart {
    QString title;      // e.g. "By sex"
    QStringList series; // one name per value of each group, e.g. "Attended", "Completed"
    struct Group {
        QString label;
        std::vector<int> values;
    };
    std::vector<Group> groups;
    QString emptyText;
};

// Attended, completed and participated people per group of a breakdown.
BarChart breakdownBarChart(const Breakdown &breakdown);
// The curve of the report's session `sessionIndex`.
RoomChart roomChart(const AttendanceReport &report, std::size_t sessionIndex);

// The colours a chart is drawn in: the paper's, or those of a window's palette, light or dark.
struct ChartStyle {
    QColor background = Qt::white;
    QColor text{0x1b, 0x1b, 0x1b};
    QColor muted{0x55, 0x5b, 0x63}; // axes and their labels
    QColor grid{0xd0, 0xd4, 0xd9};
    bool dark = false; // lighter series colours that stand out on a dark background
    // Hatching is drawn in device pixels; an image drawn at 3 device pixels per logical one
    // passes 3 so that the hatching keeps its spacing.
    qreal patternScale = 1.0;
};

ChartStyle paperChartStyle();
ChartStyle chartStyle(const QPalette &palette);

// Whether this program can build charts: Qt Charts draws through QGraphicsWidget, which needs a
// QApplication (the offscreen platform is enough).
bool canDrawCharts();

// The chart of each kind with every font derived from `font` (so that Khmer, Lao and Thai labels
// find their glyphs), or nullptr when there is nothing to draw: show the chart's emptyText then.
std::unique_ptr<QChart> makeRoomChart(const RoomChart &chart, const QFont &font, const ChartStyle &style);
std::unique_ptr<QChart> makeBarChart(const BarChart &chart, const QFont &font, const ChartStyle &style);

// Lays `chart` out at the size of `target` and draws it there; a PDF painter gets vectors. The
// chart must not be in a scene; it is in none afterwards.
void renderChart(QChart &chart, QPainter &painter, const QRectF &target);

// The height a bar chart needs for `groups` groups at `font`'s size, for layouts.
qreal barChartHeight(int groups, const QFont &font);

// A chart drawn on an image of `logicalSize` CSS pixels at `scale` device pixels each, on the
// paper's white, for embedding in documents; the empty text when there is nothing to draw.
QImage roomChartImage(const RoomChart &chart, const QSizeF &logicalSize, const QFont &font, qreal scale = 3.0);
QImage barChartImage(const BarChart &chart, const QSizeF &logicalSize, const QFont &font, qreal scale = 3.0);

} // namespace sala
