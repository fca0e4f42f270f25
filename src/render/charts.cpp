#include "charts.h"

#include "plan/schedule.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::Charts)
};

const QColor ink(0x1b, 0x1b, 0x1b);
const QColor grid(0xd0, 0xd4, 0xd9);
const QColor axis(0x55, 0x5b, 0x63);
const QColor curveFill(0x9e, 0xc5, 0xe8);
const QColor curveLine(0x1f, 0x4e, 0x79);
const QColor scheduleLine(0x9c, 0x4a, 0x00);

// Series colours with a pattern each, so that a black-and-white print still tells them apart.
struct SeriesStyle {
    QColor colour;
    Qt::BrushStyle pattern; // drawn over the colour in white
};

SeriesStyle seriesStyle(std::size_t index)
{
    static const SeriesStyle styles[] = {
        {QColor(0x1f, 0x4e, 0x79), Qt::NoBrush},
        {QColor(0x2e, 0x7d, 0x32), Qt::BDiagPattern},
        {QColor(0xb2, 0x5b, 0x00), Qt::CrossPattern},
        {QColor(0x6a, 0x3d, 0x9a), Qt::Dense5Pattern},
    };
    return styles[index % (sizeof(styles) / sizeof(styles[0]))];
}

void fillSeries(QPainter &painter, const QRectF &rect, std::size_t series)
{
    const SeriesStyle style = seriesStyle(series);
    painter.fillRect(rect, style.colour);
    if (style.pattern != Qt::NoBrush) {
        QBrush brush(Qt::white, style.pattern);
        // Patterns are in device pixels; scale them with the drawing so a 3× image looks the same.
        brush.setTransform(
            QTransform::fromScale(painter.transform().m11() > 1.5 ? 2 : 1, painter.transform().m22() > 1.5 ? 2 : 1));
        painter.fillRect(rect, brush);
    }
}

// A round number at or above `value` for the top of an axis: 1, 2, 5, 10, 20, 50, …
int niceCeiling(int value)
{
    if (value <= 5)
        return std::max(value, 1);
    int step = 1;
    while (true) {
        for (int m : {1, 2, 5}) {
            if (m * step * 5 >= value)
                return ((value + m * step - 1) / (m * step)) * m * step;
        }
        step *= 10;
    }
}

int tickStep(int top)
{
    for (int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
        if (top / step <= 6)
            return step;
    }
    return std::max(top / 5, 1);
}

void drawEmpty(QPainter &painter, const QRectF &area, const QString &text, const QFont &font)
{
    painter.setFont(font);
    painter.setPen(axis);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, text);
}

} // namespace

BarChart breakdownBarChart(const Breakdown &breakdown)
{
    BarChart chart;
    chart.series = {Text::tr("Attended"), Text::tr("Completed"), Text::tr("Participated")};
    for (const BreakdownRow &row : breakdown.rows)
        chart.groups.push_back({row.label, {row.attended, row.completed, row.participated}});
    chart.emptyText = Text::tr("Nobody on the roster yet.");
    return chart;
}

RoomChart roomChart(const AttendanceReport &report, std::size_t sessionIndex)
{
    RoomChart chart;
    if (sessionIndex < report.sessions.size())
        chart.curve = report.sessions[sessionIndex].curve;
    chart.zone = report.zone();
    chart.emptyText = Text::tr("No joins and leaves are known for this session yet.");
    return chart;
}

void paintRoomChart(QPainter &painter, const QRectF &area, const RoomChart &chart, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const RoomCurve &curve = chart.curve;
    if (curve.empty()) {
        drawEmpty(painter, area, chart.emptyText, font);
        painter.restore();
        return;
    }
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    painter.setFont(small);
    const QFontMetricsF metrics(small, painter.device());
    const int top = niceCeiling(std::max(curve.peak, 1));
    const int step = tickStep(top);
    const qreal left = area.left() + metrics.horizontalAdvance(QLocale().toString(top)) + 10;
    const qreal bottom = area.bottom() - metrics.height() * 2.4;
    const qreal topY = area.top() + metrics.height() * 1.4;
    const QRectF plot(QPointF(left, topY), QPointF(area.right() - 6, bottom));
    const int minutes = int(curve.counts.size());
    auto xOf = [&](qreal minute) { return plot.left() + plot.width() * minute / std::max(minutes, 1); };
    auto yOf = [&](qreal people) { return plot.bottom() - plot.height() * people / top; };

    // Grid and the people axis.
    painter.setPen(QPen(grid, 0));
    for (int value = 0; value <= top; value += step) {
        const qreal y = yOf(value);
        painter.setPen(QPen(grid, 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(axis);
        painter.drawText(QRectF(area.left(), y - metrics.height() / 2, left - area.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(value));
    }

    // The curve as steps: one flat segment per minute.
    QPainterPath path;
    path.moveTo(xOf(0), yOf(0));
    for (int i = 0; i < minutes; ++i) {
        path.lineTo(xOf(i), yOf(curve.counts[std::size_t(i)]));
        path.lineTo(xOf(i + 1), yOf(curve.counts[std::size_t(i)]));
    }
    path.lineTo(xOf(minutes), yOf(0));
    path.closeSubpath();
    painter.fillPath(path, curveFill);
    painter.strokePath(path, QPen(curveLine, 1.2));

    // Clock times along the bottom, on round minutes of the workshop's zone.
    const int span = minutes;
    int every = 5;
    for (int candidate : {5, 10, 15, 30, 60, 120, 240}) {
        every = candidate;
        if (span / candidate <= 8)
            break;
    }
    painter.setPen(axis);
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const QDateTime startLocal = curve.start.toTimeZone(chart.zone);
    const int startMinuteOfDay = startLocal.time().hour() * 60 + startLocal.time().minute();
    const int firstTick = (every - startMinuteOfDay % every) % every;
    for (int m = firstTick; m <= span; m += every) {
        const qreal x = xOf(m);
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        const QString label = clockTime(curve.start.addSecs(qint64(m) * 60), chart.zone);
        const qreal width = metrics.horizontalAdvance(label);
        const qreal labelLeft = std::clamp(x - width / 2 - 2, area.left(), area.right() - width - 4);
        painter.drawText(QRectF(labelLeft, plot.bottom() + 4, width + 4, metrics.height()), Qt::AlignCenter, label);
    }

    // The scheduled start and end, marked with words as well as a dashed line.
    QPen dashed(scheduleLine, 1.2, Qt::DashLine);
    auto mark = [&](int minute, const QString &text, Qt::Alignment alignment) {
        if (minute < 0 || minute > minutes)
            return;
        const qreal x = xOf(minute);
        painter.setPen(dashed);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(scheduleLine);
        const qreal width = metrics.horizontalAdvance(text) + 4;
        const qreal labelLeft = alignment & Qt::AlignRight ? x - width - 2 : x + 2;
        painter.drawText(QRectF(std::clamp(labelLeft, area.left(), area.right() - width), area.top(), width, metrics.height()),
                         Qt::AlignCenter, text);
    };
    if (curve.scheduledMinutes > 0) {
        mark(curve.leadMinutes, Text::tr("start"), Qt::AlignLeft);
        mark(curve.leadMinutes + curve.scheduledMinutes, Text::tr("end"), Qt::AlignRight);
    }

    painter.setPen(ink);
    const QString caption = Text::tr("People in the room, peak %1").arg(QLocale().toString(curve.peak));
    painter.drawText(QRectF(area.left(), bottom + metrics.height() * 1.2, area.width(), metrics.height() * 1.2),
                     Qt::AlignHCenter | Qt::AlignVCenter, caption);
    painter.restore();
}

qreal barChartHeight(int groups, const QFont &font)
{
    const QFontMetricsF metrics(font);
    const qreal bar = metrics.height() * 0.8;
    return metrics.height() * 2.2 + groups * (3 * bar + metrics.height() * 0.6) + 4;
}

void paintBarChart(QPainter &painter, const QRectF &area, const BarChart &chart, const QFont &font)
{
    painter.save();
    if (chart.groups.empty()) {
        drawEmpty(painter, area, chart.emptyText, font);
        painter.restore();
        return;
    }
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const std::size_t seriesCount = std::max<std::size_t>(std::size_t(chart.series.size()), 1);

    // The legend on top: a swatch with the series' colour and pattern, then its name.
    qreal x = area.left();
    const qreal swatch = metrics.height() * 0.8;
    for (std::size_t s = 0; s < std::size_t(chart.series.size()); ++s) {
        const QRectF box(x, area.top() + (metrics.height() - swatch) / 2, swatch * 1.4, swatch);
        fillSeries(painter, box, s);
        painter.setPen(ink);
        const qreal width = metrics.horizontalAdvance(chart.series[int(s)]);
        painter.drawText(QRectF(box.right() + 4, area.top(), width + 4, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         chart.series[int(s)]);
        x = box.right() + 4 + width + 18;
    }

    int top = 1;
    for (const BarChart::Group &group : chart.groups) {
        for (int value : group.values)
            top = std::max(top, value);
    }
    qreal labelWidth = 0;
    for (const BarChart::Group &group : chart.groups)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(group.label));
    labelWidth = std::min(labelWidth + 8, area.width() * 0.35);
    const qreal numberWidth = metrics.horizontalAdvance(QLocale().toString(top)) + 8;
    const qreal barLeft = area.left() + labelWidth;
    const qreal barSpace = std::max<qreal>(area.right() - barLeft - numberWidth, 10);
    const qreal bar = metrics.height() * 0.8;
    const qreal groupHeight = seriesCount * bar + metrics.height() * 0.6;
    qreal y = area.top() + metrics.height() * 1.6;

    for (const BarChart::Group &group : chart.groups) {
        painter.setPen(ink);
        const QString label = metrics.elidedText(group.label, Qt::ElideRight, labelWidth - 8);
        painter.drawText(QRectF(area.left(), y, labelWidth - 8, seriesCount * bar), Qt::AlignRight | Qt::AlignVCenter, label);
        for (std::size_t s = 0; s < group.values.size(); ++s) {
            const int value = group.values[s];
            const QRectF rect(barLeft, y + s * bar + 1, barSpace * value / top, bar - 2);
            if (value > 0)
                fillSeries(painter, rect, s);
            painter.setPen(ink);
            painter.drawText(QRectF(rect.right() + 4, rect.top() - 1, numberWidth, bar), Qt::AlignLeft | Qt::AlignVCenter,
                             QLocale().toString(value));
        }
        y += groupHeight;
    }
    painter.setPen(QPen(axis, 0));
    painter.drawLine(QPointF(barLeft, area.top() + metrics.height() * 1.4), QPointF(barLeft, y - metrics.height() * 0.4));
    painter.restore();
}

namespace {

template <typename Paint>
QImage chartImage(const QSizeF &logicalSize, qreal scale, Paint paint)
{
    QImage image((logicalSize * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // 96 dots per inch, as the documents' CSS pixels: point sizes keep their size on the page.
    image.setDotsPerMeterX(3780);
    image.setDotsPerMeterY(3780);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.scale(scale, scale);
    paint(painter, QRectF(QPointF(0, 0), logicalSize));
    painter.end();
    return image;
}

} // namespace

QImage roomChartImage(const RoomChart &chart, const QSizeF &logicalSize, const QFont &font, qreal scale)
{
    return chartImage(logicalSize, scale,
                      [&](QPainter &painter, const QRectF &area) { paintRoomChart(painter, area, chart, font); });
}

QImage barChartImage(const BarChart &chart, const QSizeF &logicalSize, const QFont &font, qreal scale)
{
    return chartImage(logicalSize, scale,
                      [&](QPainter &painter, const QRectF &area) { paintBarChart(painter, area, chart, font); });
}

} // namespace sala
