#pragma once
// The attendance charts, drawn with QPainter so that Reports mode on screen and the PDF report on
// paper show the same drawing: people in the room minute by minute, and grouped bar charts of the
// breakdowns. Series differ by fill pattern and carry their numbers, never by colour alone.

#include "reports/attendancereport.h"

#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

class QPainter;

namespace sala {

struct RoomChart {
    RoomCurve curve;
    QTimeZone zone;    // clock times along the bottom are in this zone
    QString emptyText; // shown when the curve is empty
};

struct BarChart {
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

// Draws into `area` (logical units) with `font` as the base font; the painter's pen, brush and
// font are restored afterwards.
void paintRoomChart(QPainter &painter, const QRectF &area, const RoomChart &chart, const QFont &font);
void paintBarChart(QPainter &painter, const QRectF &area, const BarChart &chart, const QFont &font);

// The height a bar chart needs for `groups` groups at `font`'s size, for the GUI's layouts.
qreal barChartHeight(int groups, const QFont &font);

// A chart drawn on an image of `logicalSize` CSS pixels at `scale` device pixels each, white
// behind, for embedding in documents.
QImage roomChartImage(const RoomChart &chart, const QSizeF &logicalSize, const QFont &font, qreal scale = 3.0);
QImage barChartImage(const BarChart &chart, const QSizeF &logicalSize, const QFont &font, qreal scale = 3.0);

} // namespace sala
