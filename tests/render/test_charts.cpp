// The attendance charts built with Qt Charts: the bars and the curve carry the report's numbers,
// series differ by more than colour, fonts come from the caller, the screen's ChartView shows the
// chart or says why there is none, and the drawing really lands on the page.

#include "attendancereportpdf.h"
#include "charts.h"
#include "core/reportfixture.h"
#include "render/pdfinspect.h"
#include "support/testsupport.h"
#include "views/reports/chartview.h"

#include <catch2/catch.hpp>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QPalette>
#include <QTemporaryDir>
#include <QValueAxis>

using namespace sala;

namespace {

AttendanceReport fixtureReport()
{
    const test::ReportFixture f;
    return buildAttendanceReport(f.workshop, f.roster, f.rules, f.attendance, {}, QLocale(QLocale::English));
}

QFont thaiFont()
{
    QFont font(QStringLiteral("Noto Sans Thai"));
    font.setPointSizeF(9);
    return font;
}

QAbstractBarSeries *barSeries(QChart &chart)
{
    REQUIRE(chart.series().size() == 1);
    return qobject_cast<QAbstractBarSeries *>(chart.series().front());
}

// The set of the series called `name`; Qt lists them bottom-up, the chart reads top-down.
QBarSet *setNamed(QChart &chart, const QString &name)
{
    for (QBarSet *set : barSeries(chart)->barSets()) {
        if (set->label() == name)
            return set;
    }
    FAIL("no bar set named " << name.toStdString());
    return nullptr;
}

template <typename Axis>
Axis *axisOf(QChart &chart, Qt::Orientation orientation)
{
    const QList<QAbstractAxis *> axes = chart.axes(orientation);
    REQUIRE(axes.size() == 1);
    return qobject_cast<Axis *>(axes.front());
}

// Pixels close to `colour`: the bars and the curve are drawn in their series' colour.
int pixelsNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("makeBarChart_breakdown_oneBarSetPerSeriesWithTheGroupsValues", "[reports][charts]")
{
    const BarChart data = breakdownBarChart(fixtureReport().breakdowns[0]); // by sex
    const std::unique_ptr<QChart> chart = makeBarChart(data, QFont(), paperChartStyle());
    REQUIRE(chart);
    CHECK(chart->title() == data.title);
    QAbstractBarSeries *series = barSeries(*chart);
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 3);
    const qsizetype groupCount = qsizetype(data.groups.size());
    for (qsizetype s = 0; s < data.series.size(); ++s) {
        const QBarSet *set = setNamed(*chart, data.series[s]);
        REQUIRE(set->count() == groupCount);
        for (qsizetype g = 0; g < groupCount; ++g)
            CHECK(set->at(groupCount - 1 - g) == data.groups[std::size_t(g)].values[std::size_t(s)]);
    }
    CHECK(data.groups[0].label == QStringLiteral("Female"));
    CHECK(setNamed(*chart, QStringLiteral("Attended"))->at(groupCount - 1) == 4);  // women attended
    CHECK(setNamed(*chart, QStringLiteral("Completed"))->at(groupCount - 1) == 2); // women completed
    CHECK(series->isLabelsVisible());

    auto *groups = axisOf<QBarCategoryAxis>(*chart, Qt::Vertical);
    REQUIRE(groups);
    QStringList bottomUp;
    for (const BarChart::Group &group : data.groups)
        bottomUp.prepend(group.label);
    CHECK(groups->categories() == bottomUp);
    auto *people = axisOf<QValueAxis>(*chart, Qt::Horizontal);
    REQUIRE(people);
    CHECK(people->titleText() == QStringLiteral("People"));
    CHECK(people->max() > 4); // room for the number beside the longest bar
}

TEST_CASE("makeBarChart_seriesDifferByPatternNotColourAlone", "[reports][charts]")
{
    const BarChart data = breakdownBarChart(fixtureReport().breakdowns[0]);
    const std::unique_ptr<QChart> chart = makeBarChart(data, QFont(), paperChartStyle());
    REQUIRE(chart);
    const Qt::BrushStyle attended = setNamed(*chart, QStringLiteral("Attended"))->brush().style();
    const Qt::BrushStyle completed = setNamed(*chart, QStringLiteral("Completed"))->brush().style();
    const Qt::BrushStyle participated = setNamed(*chart, QStringLiteral("Participated"))->brush().style();
    CHECK(attended == Qt::SolidPattern);
    CHECK(completed != Qt::SolidPattern);
    CHECK(completed != Qt::NoBrush);
    CHECK(participated != Qt::SolidPattern);
    CHECK(participated != Qt::NoBrush);
    CHECK(participated != completed);
    // The legend shows each set with its pattern.
    CHECK(chart->legend()->isVisible());
    CHECK(chart->legend()->markers(barSeries(*chart)).size() == 3);
}

TEST_CASE("makeBarChart_fontsComeFromTheGivenFont", "[reports][charts]")
{
    const QFont font = thaiFont();
    const std::unique_ptr<QChart> chart = makeBarChart(breakdownBarChart(fixtureReport().breakdowns[1]), font, paperChartStyle());
    REQUIRE(chart);
    CHECK(chart->titleFont().family() == font.family());
    CHECK(chart->legend()->font().family() == font.family());
    CHECK(chart->legend()->font().pointSizeF() == Approx(9));
    for (QAbstractAxis *axis : chart->axes())
        CHECK(axis->labelsFont().family() == font.family());
    for (QBarSet *set : barSeries(*chart)->barSets())
        CHECK(set->labelFont().family() == font.family());
}

TEST_CASE("makeBarChart_noGroups_nothingToDraw", "[reports][charts]")
{
    BarChart data = breakdownBarChart(Breakdown{});
    CHECK(data.groups.empty());
    CHECK_FALSE(makeBarChart(data, QFont(), paperChartStyle()));
    CHECK_FALSE(data.emptyText.isEmpty());
}

TEST_CASE("makeRoomChart_areaFollowsTheCurveMinuteByMinute", "[reports][charts]")
{
    const AttendanceReport report = fixtureReport();
    const RoomChart data = roomChart(report, 0);
    REQUIRE_FALSE(data.curve.empty());
    const std::unique_ptr<QChart> chart = makeRoomChart(data, QFont(), paperChartStyle());
    REQUIRE(chart);
    CHECK(chart->title().contains(QLocale().toString(data.curve.peak)));

    QAreaSeries *area = nullptr;
    int dashed = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *a = qobject_cast<QAreaSeries *>(series))
            area = a;
        else if (auto *line = qobject_cast<QLineSeries *>(series); line && line->pen().style() == Qt::DashLine)
            ++dashed;
    }
    REQUIRE(area);
    const QList<QPointF> points = area->upperSeries()->points();
    const std::vector<int> &counts = data.curve.counts;
    REQUIRE(points.size() == qsizetype(counts.size() * 2));
    for (std::size_t minute = 0; minute < counts.size(); ++minute) {
        CHECK(points[qsizetype(minute * 2)] == QPointF(qreal(minute), counts[minute]));
        CHECK(points[qsizetype(minute * 2 + 1)] == QPointF(qreal(minute + 1), counts[minute]));
    }
    CHECK(dashed == 2); // the scheduled start and end: a line style, not a colour
}

TEST_CASE("makeRoomChart_clockTimesInTheWorkshopsZone", "[reports][charts]")
{
    // The session starts at 02:00 UTC, 09:00 in Bangkok, whatever this computer's zone is.
    const std::unique_ptr<QChart> chart = makeRoomChart(roomChart(fixtureReport(), 0), QFont(), paperChartStyle());
    REQUIRE(chart);
    auto *time = axisOf<QCategoryAxis>(*chart, Qt::Horizontal);
    REQUIRE(time);
    const QStringList labels = time->categoriesLabels();
    CHECK(labels.contains(QStringLiteral("09:00")));
    CHECK_FALSE(labels.contains(QStringLiteral("02:00")));
    CHECK(time->endValue(QStringLiteral("09:00")) == Approx(10)); // ten minutes after the first joined
    CHECK(time->titleText().contains(QStringLiteral("ICT")));
    auto *people = axisOf<QValueAxis>(*chart, Qt::Vertical);
    REQUIRE(people);
    CHECK(people->min() == 0);
    CHECK(people->max() >= roomChart(fixtureReport(), 0).curve.peak);
}

TEST_CASE("makeRoomChart_emptyCurve_nothingToDrawButWords", "[reports][charts]")
{
    const RoomChart data = roomChart(fixtureReport(), 99); // no such session
    CHECK(data.curve.empty());
    CHECK_FALSE(makeRoomChart(data, QFont(), paperChartStyle()));
    const QImage image = roomChartImage(data, QSizeF(400, 150), QFont(), 1.0);
    CHECK(image.size() == QSize(400, 150));
    CHECK(pixelsNear(image, Qt::white) < 400 * 150); // the words saying so
}

TEST_CASE("chartStyle_darkPalette_lightSeriesOnDark", "[reports][charts]")
{
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    const ChartStyle style = chartStyle(dark);
    CHECK(style.dark);
    CHECK(style.background == QColor(0x20, 0x20, 0x20));
    CHECK(style.muted.lightnessF() > 0.5);
    const std::unique_ptr<QChart> chart = makeBarChart(breakdownBarChart(fixtureReport().breakdowns[0]), QFont(), style);
    REQUIRE(chart);
    for (QBarSet *set : barSeries(*chart)->barSets()) {
        CHECK(set->brush().color().lightnessF() > 0.5);
        CHECK(set->labelColor() == QColor(0xee, 0xee, 0xee));
    }
    CHECK(chart->backgroundBrush().color() == QColor(0x20, 0x20, 0x20));
    CHECK_FALSE(chartStyle(QPalette(Qt::white)).dark);
}

TEST_CASE("renderChart_withoutEventLoop_drawsTheBarsInTheTarget", "[reports][charts]")
{
    const BarChart data = breakdownBarChart(fixtureReport().breakdowns[0]);
    const std::unique_ptr<QChart> chart = makeBarChart(data, QFont(), paperChartStyle());
    REQUIRE(chart);
    const QColor solid = setNamed(*chart, QStringLiteral("Attended"))->brush().color();
    QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderChart(*chart, painter, QRectF(300, 0, 300, 400)); // the right half only
    }
    const QImage left = image.copy(0, 0, 300, 400);
    const QImage right = image.copy(300, 0, 300, 400);
    CHECK(pixelsNear(left, Qt::white) == 300 * 400);
    CHECK(pixelsNear(right, solid) > 300); // the solid "attended" bars
    CHECK(chart->scene() == nullptr);
}

TEST_CASE("barChartImage_drawsPatternsAndNumbers", "[reports][charts]")
{
    const BarChart data = breakdownBarChart(fixtureReport().breakdowns[0]);
    const QImage image = barChartImage(data, QSizeF(500, barChartHeight(3, QFont())), QFont(), 2.0);
    CHECK(image.size() == QSize(1000, int(barChartHeight(3, QFont()) * 2)));
    CHECK(pixelsNear(image, QColor(0x1f, 0x4e, 0x79)) > 500);
    CHECK(pixelsNear(image, QColor(0x2e, 0x7d, 0x32)) > 200); // the hatched "completed" bars
}

TEST_CASE("chartView_showsTheChartOrTheEmptyText", "[reports][charts][gui]")
{
    ChartView view;
    view.resize(500, 300);
    view.show();
    const AttendanceReport report = fixtureReport();
    view.setRoomChart(roomChart(report, 0));
    REQUIRE(view.chart());
    CHECK(view.chartView()->isVisible());
    CHECK(view.chartView()->renderHints().testFlag(QPainter::Antialiasing));
    CHECK_FALSE(view.emptyLabel()->isVisible());

    const RoomChart empty = roomChart(report, 99);
    view.setRoomChart(empty);
    CHECK(view.chart() == nullptr);
    CHECK(view.emptyLabel()->isVisible());
    CHECK(view.emptyLabel()->text() == empty.emptyText);
    CHECK_FALSE(view.chartView()->isVisible());

    view.setBarChart(breakdownBarChart(report.breakdowns[0]));
    REQUIRE(view.chart());
    CHECK(view.chart()->series().size() == 1);
    CHECK(view.sizeHint().height() >= int(barChartHeight(3, view.font())));
    view.setSummary(QStringLiteral("By sex: attended, completed and participated"));
    CHECK(view.accessibleDescription() == QStringLiteral("By sex: attended, completed and participated"));
}

TEST_CASE("chartView_followsTheWindowsPalette", "[reports][charts][gui]")
{
    ChartView view;
    view.setBarChart(breakdownBarChart(fixtureReport().breakdowns[0]));
    QPalette dark = view.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xf0, 0xf0, 0xf0));
    view.setPalette(dark);
    REQUIRE(view.chart());
    CHECK(view.chart()->backgroundBrush().color() == QColor(0x1e, 0x1e, 0x1e));
    CHECK(view.chart()->titleBrush().color() == QColor(0xf0, 0xf0, 0xf0));
}

TEST_CASE("writeAttendanceReportPdf_withCharts_pagesAndChartImages", "[reports][charts][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("attendance.pdf"));
    REQUIRE(writeAttendanceReportPdf(fixtureReport(), path).ok());
    const QByteArray pdf = test::readBytes(path);
    CHECK(test::pdfPageCount(pdf) >= 6); // title, four breakdowns, sessions, participants
    // Four breakdown charts and two session curves.
    CHECK(pdf.count("/Subtype /Image") >= 6);
}
