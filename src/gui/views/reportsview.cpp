#include "views/reportsview.h"

#include "dialogs/attendanceimportdialog.h"
#include "dialogs/filedialog.h"
#include "domain/names.h"
#include "kindstyle.h"
#include "presenter/runsettings.h"
#include "run/clock.h"
#include "run/runengine.h"
#include "run/timingreport.h"
#include "timingreportpdf.h"
#include "views/reports/attendancepanel.h"
#include "workshopcontext.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace sala {
namespace {

QTableWidget *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setAccessibleName(accessibleName);
    return table;
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QWidget *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

enum TimingColumn {
    TimingNumber,
    TimingActivity,
    TimingPlanned,
    TimingActual,
    TimingDifference,
    TimingPauses,
    TimingAdded,
    TimingStarted,
    TimingColumnCount
};

QTableWidgetItem *rightAligned(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

SystemClock &systemClock()
{
    static SystemClock clock;
    return clock;
}

TimingReport currentTiming(const WorkshopContext &context, Clock &clock)
{
    const Session *session = context.session();
    if (!session)
        return {};
    RunEngine engine(clock, &context.store());
    RunPlan plan;
    plan.session = *session;
    plan.zone = context.primaryZone();
    plan.defaultWrapUpSeconds = RunPreferences::defaultWrapUpSeconds.value();
    if (!engine.load(plan))
        return buildTimingReport(context.workshop(), *session, computeRunState(plan, {}, clock.utcNow()));
    return buildTimingReport(context.workshop(), *session, engine.state());
}

} // namespace

ReportsView::ReportsView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_clock(&systemClock()), m_tabs(new QTabWidget(this)),
      m_attendance(new AttendancePanel(context, this)), m_timeByKind(makeTable(this, tr("Planned time by kind"))),
      m_rosterByCountry(makeTable(this, tr("Roster by country and sex"))), m_timing(makeTable(this, tr("Planned versus actual"))),
      m_findings(new QLabel(this)), m_exportCsv(new QPushButton(tr("Export CSV…"), this)),
      m_exportPdf(new QPushButton(tr("Export PDF…"), this))
{
    auto *top = new QHBoxLayout;
    top->addWidget(boxed(tr("Planned time by kind of activity"), m_timeByKind, this), 1);
    top->addWidget(boxed(tr("Enrolled participants by country and sex"), m_rosterByCountry, this), 1);

    m_findings->setWordWrap(true);
    m_findings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->setAccessibleName(tr("Where the time went"));
    m_exportCsv->setToolTip(tr("Save the planned-versus-actual table as a CSV file for a spreadsheet"));
    m_exportPdf->setToolTip(tr("Save the planned-versus-actual report as a PDF"));
    auto *timingBox = new QGroupBox(tr("Planned versus actual (this session's run)"), this);
    auto *timingLayout = new QVBoxLayout(timingBox);
    timingLayout->addWidget(m_findings);
    timingLayout->addWidget(m_timing, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(m_exportPdf);
    timingLayout->addLayout(buttons);

    auto *planning = new QWidget(this);
    auto *planningLayout = new QVBoxLayout(planning);
    planningLayout->addLayout(top, 2);
    planningLayout->addWidget(timingBox, 3);
    m_tabs->setAccessibleName(tr("Reports"));
    m_tabs->addTab(m_attendance, tr("Attendance"));
    m_tabs->addTab(planning, tr("Plan and timing"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    // Exports from Zoom, Teams and Meet come in here (and through File ▸ Import Attendance).
    auto *importAttendance = new QPushButton(tr("Import attendance…"), this);
    importAttendance->setObjectName(QStringLiteral("importAttendanceButton"));
    importAttendance->setToolTip(tr("Read a participants report downloaded from Zoom, Teams or Google Meet into this session"));
    m_tabs->setCornerWidget(importAttendance, Qt::TopRightCorner);
    connect(importAttendance, &QPushButton::clicked, this, [this] { openAttendanceImport(m_context, this); });
    connect(&m_context, &WorkshopContext::sessionChanged, this, &ReportsView::reloadPlan);
    connect(&m_context, &WorkshopContext::sessionChanged, this, &ReportsView::reloadTiming);
    connect(&m_context, &WorkshopContext::workshopChanged, this, &ReportsView::reloadRoster);
    connect(&m_context, &WorkshopContext::rosterChanged, this, &ReportsView::reloadRoster);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsView::exportTimingCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsView::exportTimingPdf);
    reloadPlan();
    reloadRoster();
    reloadTiming();
}

void ReportsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadTiming(); // the run goes on while Reports is hidden
}

void ReportsView::setClock(Clock &clock)
{
    m_clock = &clock;
    reloadTiming();
}

void ReportsView::reloadTiming()
{
    const TimingReport report = currentTiming(m_context, *m_clock);
    m_timing->clear();
    m_timing->setColumnCount(TimingColumnCount);
    m_timing->setHorizontalHeaderLabels(
        {tr("#"), tr("Activity"), tr("Planned"), tr("Actual"), tr("Difference"), tr("Pauses"), tr("Added"), tr("Started")});
    m_timing->setRowCount(int(report.rows.size()) + (report.rows.empty() ? 0 : 1));
    int row = 0;
    int pauses = 0;
    for (const TimingRow &r : report.rows) {
        pauses += r.pauses;
        m_timing->setItem(row, TimingNumber, rightAligned(QString::number(r.position)));
        m_timing->setItem(row, TimingActivity, new QTableWidgetItem(kindIcon(r.kind), r.title));
        m_timing->setItem(row, TimingPlanned, rightAligned(tr("%1 min").arg(r.plannedMinutes)));
        m_timing->setItem(row, TimingActual, rightAligned(r.ran() ? formatDuration(r.actualMs) : tr("not run")));
        auto *difference = rightAligned(r.ran() ? formatDuration(r.differenceMs(), true) : QString());
        if (r.ran() && r.differenceMs() >= 60'000)
            difference->setForeground(QColor(0x9c, 0x1c, 0x1c));
        m_timing->setItem(row, TimingDifference, difference);
        m_timing->setItem(row, TimingPauses,
                          rightAligned(r.pauses > 0 ? tr("%1 × %2").arg(r.pauses).arg(formatDuration(r.pausedMs)) : QString()));
        m_timing->setItem(row, TimingAdded, rightAligned(r.adjustments > 0 ? formatDuration(r.adjustedMs, true) : QString()));
        m_timing->setItem(row, TimingStarted, new QTableWidgetItem(reportClock(report, r.started)));
        ++row;
    }
    if (!report.rows.empty()) {
        auto *total = new QTableWidgetItem(tr("Total"));
        QFont bold = total->font();
        bold.setBold(true);
        total->setFont(bold);
        m_timing->setItem(row, TimingActivity, total);
        m_timing->setItem(row, TimingPlanned, rightAligned(tr("%1 min").arg(report.plannedMinutes)));
        m_timing->setItem(row, TimingActual, rightAligned(formatDuration(report.actualMs)));
        m_timing->setItem(row, TimingDifference,
                          rightAligned(formatDuration(report.actualMs - qint64(report.plannedMinutes) * 60'000, true)));
        m_timing->setItem(row, TimingPauses,
                          rightAligned(pauses > 0 ? tr("%1 × %2").arg(pauses).arg(formatDuration(report.pausedMs)) : QString()));
        m_timing->setItem(row, TimingAdded,
                          rightAligned(report.adjustedMs != 0 ? formatDuration(report.adjustedMs, true) : QString()));
        m_timing->setItem(row, TimingStarted, new QTableWidgetItem(reportClock(report, report.startedAt)));
    }
    m_findings->setText(report.findings.join(u' '));
    const bool ran = report.status != RunStatus::NotStarted;
    m_exportCsv->setEnabled(ran);
    m_exportPdf->setEnabled(ran);
}

void ReportsView::exportTimingCsv()
{
    exportTiming(false);
}

void ReportsView::exportTimingPdf()
{
    exportTiming(true);
}

void ReportsView::exportTiming(bool pdf)
{
    const Session *session = m_context.session();
    if (!session)
        return;
    QString name = tr("%1 - timing").arg(session->title);
    static const QRegularExpression unsafe(QStringLiteral("[\\/:*?\"<>|]+"));
    name.replace(unsafe, QStringLiteral("-"));
    const QString suggestion = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                   .filePath(name.left(80).trimmed() + (pdf ? QStringLiteral(".pdf") : QStringLiteral(".csv")));
    const QString path = FileDialog::getSaveFileName(this,
                                                     pdf ? tr("Export Timing Report as PDF") : tr("Export Timing Report as CSV"),
                                                     suggestion, pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const TimingReport report = currentTiming(m_context, *m_clock);
    Status written = success();
    if (pdf) {
        written = writeTimingReportPdf(report, path);
    } else {
        QSaveFile file(path);
        const QByteArray bytes = timingReportCsv(report);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            written = Error{ErrorCode::Io, tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    if (!written)
        Q_EMIT m_context.errorOccurred(written.error().message);
}

void ReportsView::reloadPlan()
{
    std::map<ActivityKind, int> minutes;
    int total = 0;
    if (const Session *session = m_context.session()) {
        for (const Activity &a : session->activities) {
            minutes[a.kind] += a.plannedMinutes;
            total += a.plannedMinutes;
        }
    }
    m_timeByKind->clear();
    m_timeByKind->setColumnCount(3);
    m_timeByKind->setHorizontalHeaderLabels({tr("Kind"), tr("Minutes"), tr("Share")});
    m_timeByKind->setRowCount(int(minutes.size()) + 1);
    int row = 0;
    for (const auto &[kind, value] : minutes) {
        m_timeByKind->setItem(row, 0, new QTableWidgetItem(kindIcon(kind), displayName(kind)));
        m_timeByKind->setItem(row, 1, numberItem(value));
        auto *share = new QTableWidgetItem(
            QStringLiteral("%1 %").arg(QLocale().toString(100.0 * value / std::max(total, 1), 'f', 0)));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_timeByKind->setItem(row, 2, share);
        ++row;
    }
    auto *totalLabel = new QTableWidgetItem(tr("Total"));
    QFont bold = totalLabel->font();
    bold.setBold(true);
    totalLabel->setFont(bold);
    m_timeByKind->setItem(row, 0, totalLabel);
    m_timeByKind->setItem(row, 1, numberItem(total));
}

void ReportsView::reloadRoster()
{
    std::map<QString, std::map<Sex, int>> counts;
    for (const Participant &p : m_context.roster())
        if (isCounted(p.role)) // the team is not among the enrolled participants
            ++counts[p.country][p.sex];
    const std::vector<Sex> &sexes = allSexes();
    m_rosterByCountry->clear();
    m_rosterByCountry->setColumnCount(int(sexes.size()) + 2);
    QStringList headers{tr("Country")};
    for (Sex sex : sexes)
        headers << displayName(sex);
    headers << tr("Total");
    m_rosterByCountry->setHorizontalHeaderLabels(headers);
    m_rosterByCountry->setRowCount(int(counts.size()) + 1);
    int row = 0;
    std::map<Sex, int> columnTotals;
    for (const auto &[country, bySex] : counts) {
        m_rosterByCountry->setItem(row, 0, new QTableWidgetItem(country.isEmpty() ? tr("Not stated") : countryName(country)));
        int rowTotal = 0;
        for (std::size_t c = 0; c < sexes.size(); ++c) {
            const auto it = bySex.find(sexes[c]);
            const int value = it == bySex.end() ? 0 : it->second;
            rowTotal += value;
            columnTotals[sexes[c]] += value;
            m_rosterByCountry->setItem(row, int(c) + 1, numberItem(value));
        }
        m_rosterByCountry->setItem(row, int(sexes.size()) + 1, numberItem(rowTotal));
        ++row;
    }
    m_rosterByCountry->setItem(row, 0, new QTableWidgetItem(tr("Total")));
    int grand = 0;
    for (std::size_t c = 0; c < sexes.size(); ++c) {
        grand += columnTotals[sexes[c]];
        m_rosterByCountry->setItem(row, int(c) + 1, numberItem(columnTotals[sexes[c]]));
    }
    m_rosterByCountry->setItem(row, int(sexes.size()) + 1, numberItem(grand));
}

} // namespace sala
