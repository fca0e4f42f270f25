#include "charts.h"

#include "plan/schedule.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QValueAxis>

#include <algorithm>
#include <set>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain Text::tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::Charts)
};

// Series colours with a pattern each, so that a black-and-white print or a reader who cannot tell
// the colours apart still tells the series apart. Dark backgrounds get lighter tones.
struct SeriesLook {
    QColor light;
    QColor dark;
    Qt::BrushStyle pattern;
};

SeriesLook seriesLook(std::size_t index)
{
    static const SeriesLook looks[] = {
        {QColor(0x1f, 0x4e, 0x79), QColor(0x8c, 0xc0, 0xf0), Qt::SolidPattern},
        {QColor(0x2e, 0x7d, 0x32), QColor(0x8f, 0xd6, 0x94), Qt::BDiagPattern},
        {QColor(0xb2, 0x5b, 0x00), QColor(0xff, 0xb8, 0x6b), Qt::DiagCrossPattern},
        {QColor(0x6a, 0x3d, 0x9a), QColor(0xc9, 0xa8, 0xef), Qt::Dense4Pattern},
    };
    return looks[index % (sizeof(looks) / sizeof(looks[0]))];
}

QColor curveLine(const ChartStyle &style)
{
    return style.dark ? QColor(0x8c, 0xc0, 0xf0) : QColor(0x1f, 0x4e, 0x79);
}

QColor scheduleLine(const ChartStyle &style)
{
    return style.dark ? QColor(0xff, 0xb8, 0x6b) : QColor(0x9c, 0x4a, 0x00);
}

QFont scaledFont(const QFont &font, qreal factor, bool bold = false)
{
    QFont scaled = font;
    if (font.pointSizeF() > 0)
        scaled.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        scaled.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    scaled.setBold(bold);
    return scaled;
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

// The frame every chart shares: background, title, legend and numbers in the reader's locale.
std::unique_ptr<QChart> baseChart(const QString &title, const QFont &font, const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setDropShadowEnabled(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setTitle(title);
    chart->setTitleFont(scaledFont(font, 1.1, true));
    chart->setTitleBrush(style.text);
    QLegend *legend = chart->legend();
    legend->setFont(font);
    legend->setLabelColor(style.text);
    legend->setAlignment(Qt::AlignBottom);
    legend->setMarkerShape(QLegend::MarkerShapeRectangle);
    legend->setBackgroundVisible(false);
    return chart;
}

void styleAxis(QAbstractAxis &axis, const QString &title, const QFont &font, const ChartStyle &style)
{
    axis.setTitleText(title);
    axis.setTitleFont(scaledFont(font, 0.95));
    axis.setTitleBrush(style.text);
    axis.setLabelsFont(scaledFont(font, 0.9));
    axis.setLabelsColor(style.muted);
    axis.setLinePenColor(style.muted);
    axis.setGridLineColor(style.grid);
    axis.setShadesVisible(false);
}

QValueAxis *peopleAxis(int top, const QFont &font, const ChartStyle &style)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(tickStep(top));
    axis->setMinorTickCount(0);
    // "%d" prints nothing once numbers are localized (Qt 6.4); no decimals is the same.
    axis->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(*axis, Text::tr("People"), font, style);
    return axis;
}

} // namespace

BarChart breakdownBarChart(const Breakdown &breakdown)
{
    BarChart chart;
    chart.title = breakdown.title;
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

ChartStyle paperChartStyle()
{
    return {};
}

ChartStyle chartStyle(const QPalette &palette)
{
    ChartStyle style;
    style.background = palette.color(QPalette::Base);
    style.text = palette.color(QPalette::Text);
    style.dark = style.background.lightnessF() < 0.5;
    // Halfway between text and background for the axes, a little off the background for the grid.
    auto mix = [&](qreal share) {
        const QColor &a = style.text;
        const QColor &b = style.background;
        return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                                float(a.greenF() * share + b.greenF() * (1 - share)),
                                float(a.blueF() * share + b.blueF() * (1 - share)));
    };
    style.muted = mix(0.7);
    style.grid = mix(0.18);
    return style;
}

bool canDrawCharts()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}

std::unique_ptr<QChart> makeRoomChart(const RoomChart &chart, const QFont &font, const ChartStyle &style)
{
    const RoomCurve &curve = chart.curve;
    if (curve.empty())
        return nullptr;
    auto result = baseChart(Text::tr("People in the room, peak %1").arg(QLocale().toString(curve.peak)), font, style);
    const int minutes = int(curve.counts.size());
    const int top = niceCeiling(std::max(curve.peak, 1));

    // The curve as steps: one flat segment per minute, as the counts are per minute.
    auto *upper = new QLineSeries;
    for (int i = 0; i < minutes; ++i) {
        const qreal people = curve.counts[std::size_t(i)];
        upper->append(i, people);
        upper->append(i + 1, people);
    }
    auto *area = new QAreaSeries(upper);
    upper->setParent(area); // an area series does not own the line it spans, the chart owns the area
    area->setName(Text::tr("People in the room"));
    result->addSeries(area);

    // The scheduled start and end as dashed lines, one legend entry for both.
    std::vector<QLineSeries *> marks;
    if (curve.scheduledMinutes > 0) {
        for (int minute : {curve.leadMinutes, curve.leadMinutes + curve.scheduledMinutes}) {
            if (minute < 0 || minute > minutes)
                continue;
            auto *mark = new QLineSeries;
            mark->setName(Text::tr("Scheduled start and end"));
            mark->append(minute, 0);
            mark->append(minute, top);
            result->addSeries(mark);
            marks.push_back(mark);
        }
    }

    // Clock times along the bottom on round minutes of the workshop's zone; a category axis
    // because the session's zone need not be this computer's.
    auto *timeAxis = new QCategoryAxis;
    timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    timeAxis->setStartValue(-1);
    timeAxis->setRange(0, minutes);
    int every = 5;
    for (int candidate : {5, 10, 15, 30, 60, 120, 240}) {
        every = candidate;
        if (minutes / candidate <= 7)
            break;
    }
    const QDateTime startLocal = curve.start.toTimeZone(chart.zone);
    const int startMinuteOfDay = startLocal.time().hour() * 60 + startLocal.time().minute();
    std::set<QString> used;
    QString widest;
    for (int m = (every - startMinuteOfDay % every) % every; m <= minutes; m += every) {
        const QString label = clockTime(curve.start.addSecs(qint64(m) * 60), chart.zone);
        if (used.insert(label).second)
            timeAxis->append(label, m);
        if (label.size() > widest.size())
            widest = label;
    }
    // A time at the very end is centred on the plot's edge; Qt clips what passes the chart.
    const int overhang = qRound(QFontMetricsF(scaledFont(font, 0.9)).horizontalAdvance(widest) / 2) + 4;
    result->setMargins(QMargins(4, 4, std::max(4, overhang), 4));
    styleAxis(*timeAxis, Text::tr("Clock time (%1)").arg(zoneAbbreviation(chart.zone, curve.start)), font, style);
    result->addAxis(timeAxis, Qt::AlignBottom);
    QValueAxis *people = peopleAxis(top, font, style);
    result->addAxis(people, Qt::AlignLeft);

    // Styles after the series joined the chart, which gives them its theme's colours first.
    const QColor line = curveLine(style);
    QColor fill = line;
    fill.setAlphaF(style.dark ? 0.45f : 0.35f);
    area->setBrush(fill);
    area->setPen(QPen(line, 1.5));
    area->attachAxis(timeAxis);
    area->attachAxis(people);
    for (std::size_t i = 0; i < marks.size(); ++i) {
        marks[i]->setPen(QPen(scheduleLine(style), 1.5, Qt::DashLine));
        marks[i]->attachAxis(timeAxis);
        marks[i]->attachAxis(people);
        for (QLegendMarker *marker : result->legend()->markers(marks[i])) {
            marker->setShape(QLegend::MarkerShapeFromSeries); // a dashed line in the legend too
            marker->setVisible(i == 0);
        }
    }
    return result;
}

std::unique_ptr<QChart> makeBarChart(const BarChart &chart, const QFont &font, const ChartStyle &style)
{
    if (chart.groups.empty())
        return nullptr;
    auto result = baseChart(chart.title, font, style);
    // Bars run across so that long group names (organization types, countries) stay readable.
    // Qt draws the first category at the bottom and the first set of a group lowest: groups and
    // sets go in backwards so that the chart reads from the top like the table beside it.
    auto *series = new QHorizontalBarSeries;
    int largest = 0;
    for (qsizetype s = chart.series.size() - 1; s >= 0; --s) {
        auto *set = new QBarSet(chart.series[s]);
        for (std::size_t g = chart.groups.size(); g-- > 0;) {
            const BarChart::Group &group = chart.groups[g];
            const int value = std::size_t(s) < group.values.size() ? group.values[std::size_t(s)] : 0;
            set->append(value);
            largest = std::max(largest, value);
        }
        series->append(set);
    }
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(6);
    result->addSeries(series);

    QStringList labels;
    for (std::size_t g = chart.groups.size(); g-- > 0;)
        labels << chart.groups[g].label;
    auto *groupAxis = new QBarCategoryAxis;
    groupAxis->append(labels);
    styleAxis(*groupAxis, QString(), font, style);
    groupAxis->setGridLineVisible(false);
    groupAxis->setTitleVisible(false);
    result->addAxis(groupAxis, Qt::AlignLeft);
    result->legend()->setReverseMarkers(true);
    // Room on the right of the longest bar for its number.
    QValueAxis *people = peopleAxis(niceCeiling(largest + largest / 6 + 1), font, style);
    result->addAxis(people, Qt::AlignBottom);
    series->attachAxis(groupAxis);
    series->attachAxis(people);

    const QFont labelFont = scaledFont(font, 0.9);
    const QList<QBarSet *> sets = series->barSets();
    for (qsizetype s = 0; s < sets.size(); ++s) {
        const SeriesLook look = seriesLook(std::size_t(sets.size() - 1 - s));
        const QColor colour = style.dark ? look.dark : look.light;
        QBrush brush(colour, look.pattern);
        if (look.pattern != Qt::SolidPattern && style.patternScale != 1.0)
            brush.setTransform(QTransform::fromScale(style.patternScale, style.patternScale));
        sets[s]->setBrush(brush);
        sets[s]->setPen(QPen(colour, 1.2));
        sets[s]->setLabelColor(style.text);
        sets[s]->setLabelFont(labelFont);
    }
    return result;
}

void renderChart(QChart &chart, QPainter &painter, const QRectF &target)
{
    QGraphicsScene scene;
    scene.addItem(&chart);
    const QRectF area(QPointF(0, 0), target.size());
    chart.setGeometry(area);
    // Qt Charts lays itself out on posted events; a document has no event loop to wait for.
    for (int round = 0; round < 3; ++round) {
        chart.layout()->activate();
        QCoreApplication::sendPostedEvents();
    }
    scene.setSceneRect(area);
    scene.render(&painter, target, area, Qt::IgnoreAspectRatio);
    scene.removeItem(&chart);
}

qreal barChartHeight(int groups, const QFont &font)
{
    const qreal line = QFontMetricsF(font).height();
    // Title, legend, the people axis with its labels and title, and margins; then three bars per
    // group, each tall enough for its number.
    return line * 9 + groups * line * 3.6;
}

namespace {

QImage chartImage(std::unique_ptr<QChart> chart, const QString &emptyText, const QSizeF &logicalSize, const QFont &font,
                  qreal scale)
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
    const QRectF area(QPointF(0, 0), logicalSize);
    if (chart) {
        renderChart(*chart, painter, area);
    } else {
        painter.setFont(font);
        painter.setPen(paperChartStyle().muted);
        painter.drawText(area.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, emptyText);
    }
    painter.end();
    return image;
}

ChartStyle imageStyle(qreal scale)
{
    ChartStyle style = paperChartStyle();
    style.patternScale = std::max<qreal>(1.0, scale / 1.5);
    return style;
}

} // namespace

QImage roomChartImage(const RoomChart &chart, const QSizeF &logicalSize, const QFont &font, qreal scale)
{
    Q_ASSERT(canDrawCharts());
    return chartImage(canDrawCharts() ? makeRoomChart(chart, font, imageStyle(scale)) : nullptr, chart.emptyText, logicalSize,
                      font, scale);
}

QImage barChartImage(const BarChart &chart, const QSizeF &logicalSize, const QFont &font, qreal scale)
{
    Q_ASSERT(canDrawCharts());
    return chartImage(canDrawCharts() ? makeBarChart(chart, font, imageStyle(scale)) : nullptr, chart.emptyText, logicalSize,
                      font, scale);
}

} // namespace sala
