#include "views/reports/attendancepanel.h"

#include "attendancereportpdf.h"
#include "certificatespdf.h"
#include "commands/attendancecommands.h"
#include "attendance/attendancestore.h"
#include "dialogs/attendancereviewdialog.h"
#include "dialogs/certificatetemplatedialog.h"
#include "dialogs/filedialog.h"
#include "models/collatingproxymodel.h"
#include "reports/attendancecsv.h"
#include "reports/attendancexlsx.h"
#include "reports/certificates.h"
#include "views/reports/attendancematrixmodel.h"
#include "views/reports/breakdownmodel.h"
#include "views/reports/certificatelistmodel.h"
#include "views/reports/chartview.h"
#include "views/reports/reportsettings.h"
#include "views/reports/sessionattendancemodel.h"
#include "workshopcontext.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace sala {
namespace {

QTableView *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *table = new QTableView(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setAccessibleName(accessibleName);
    table->setWordWrap(false);
    return table;
}

QSpinBox *percentBox(QWidget *parent, const QString &accessibleName, int value)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 100);
    box->setSuffix(QStringLiteral(" %"));
    box->setValue(value);
    box->setAccessibleName(accessibleName);
    return box;
}

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
    return b;
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Io,
                     AttendancePanel::tr("Could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return success();
}

// The wait cursor while a PDF with charts is drawn.
class BusyCursor final {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    Q_DISABLE_COPY_MOVE(BusyCursor)
};

} // namespace

AttendancePanel::AttendancePanel(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_completion(percentBox(this, tr("Completion threshold, percent of the workshop's scheduled time"),
                              ReportSettings::completionPercent.value())),
      m_participation(percentBox(this, tr("Participation threshold, percent of the workshop's scheduled time"),
                                 ReportSettings::participationPercent.value())),
      m_summary(new QLabel(this)), m_emptyNote(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_matrixModel(new AttendanceMatrixModel(this)), m_matrixTable(makeTable(this, tr("Participants and sessions"))),
      m_sessionSelector(new QComboBox(this)), m_sessionNote(new QLabel(this)), m_sessionModel(new SessionAttendanceModel(this)),
      m_sessionTable(makeTable(this, tr("People in the session"))), m_roomChart(new ChartView(this)),
      m_breakdownSelector(new QComboBox(this)), m_breakdownModel(new BreakdownModel(this)),
      m_breakdownTable(makeTable(this, tr("Breakdown table"))), m_breakdownChart(new ChartView(this)),
      m_certificateModel(new CertificateListModel(this)), m_certificateTable(makeTable(this, tr("Who earned a certificate"))),
      m_certificateNote(new QLabel(this)),
      m_exportCsv(button(tr("Export &CSV…"), tr("Save the participants × sessions table as CSV for a spreadsheet"), this)),
      m_exportXlsx(button(tr("Export E&xcel…"), tr("Save the summary, participants and sessions as an Excel workbook"), this)),
      m_exportPdf(button(tr("Export P&DF…"), tr("Save the attendance report with its charts as a PDF for the funder"), this)),
      m_certificates(button(tr("Certi&ficates…"), tr("Save one certificate per person who earned one, as a PDF"), this)),
      m_certificateList(button(tr("Export &List…"), tr("Save who earned a certificate as CSV"), this)),
      m_template(
          button(tr("Certificate &Template…"), tr("Edit the titles, texts and signatory of this workshop's certificates"), this)),
      m_unmatchedBar(new QFrame(this)), m_unmatchedNote(new QLabel(m_unmatchedBar)),
      m_review(button(tr("Rev&iew…"),
                      tr("Match, add or ignore the people the attendance exports named but Sala could not "
                         "match to the roster"),
                      m_unmatchedBar))
{
    ensurePolished();
    m_participation->setMaximum(m_completion->value());
    auto *completionLabel = new QLabel(tr("C&ompletion at:"), this);
    completionLabel->setBuddy(m_completion);
    auto *participationLabel = new QLabel(tr("Partici&pation at:"), this);
    participationLabel->setBuddy(m_participation);
    m_completion->setToolTip(tr("A person completes the workshop with at least this share of its total scheduled time"));
    m_participation->setToolTip(tr("A person earns a participation certificate with at least this share, below completion"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(completionLabel);
    bar->addWidget(m_completion);
    bar->addSpacing(12);
    bar->addWidget(participationLabel);
    bar->addWidget(m_participation);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_exportCsv);
    bar->addWidget(m_exportXlsx);
    bar->addWidget(m_exportPdf);
    bar->addWidget(m_certificates);

    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Attendance summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAccessibleName(tr("Attendance note"));
    m_emptyNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyNote->setMargin(12);

    // People left unmatched count nowhere: the line stands out until they are reviewed.
    m_unmatchedBar->setFrameShape(QFrame::StyledPanel);
    m_unmatchedBar->setStyleSheet(QStringLiteral("QFrame { background: #fff4e0; } QLabel { color: #5c3300; }"));
    m_unmatchedNote->setWordWrap(true);
    m_unmatchedNote->setAccessibleName(tr("People not matched"));
    auto *unmatchedLayout = new QHBoxLayout(m_unmatchedBar);
    unmatchedLayout->setContentsMargins(8, 4, 8, 4);
    unmatchedLayout->addWidget(m_unmatchedNote, 1);
    unmatchedLayout->addWidget(m_review);
    m_unmatchedBar->hide();

    m_tabs->setAccessibleName(tr("Attendance views"));
    m_tabs->addTab(buildParticipantsTab(), tr("Participants"));
    m_tabs->addTab(buildSessionsTab(), tr("Sessions"));
    m_tabs->addTab(buildBreakdownsTab(), tr("Breakdowns"));
    m_tabs->addTab(buildCertificatesTab(), tr("Certificates"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_unmatchedBar);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_tabs, 1);

    connect(m_completion, &QSpinBox::valueChanged, this, &AttendancePanel::thresholdsChanged);
    connect(m_participation, &QSpinBox::valueChanged, this, &AttendancePanel::thresholdsChanged);
    connect(m_exportCsv, &QPushButton::clicked, this, &AttendancePanel::exportCsv);
    connect(m_exportXlsx, &QPushButton::clicked, this, &AttendancePanel::exportXlsx);
    connect(m_exportPdf, &QPushButton::clicked, this, &AttendancePanel::exportPdf);
    connect(m_certificates, &QPushButton::clicked, this, &AttendancePanel::exportCertificates);
    connect(m_certificateList, &QPushButton::clicked, this, &AttendancePanel::exportCertificateList);
    connect(m_template, &QPushButton::clicked, this, &AttendancePanel::editCertificateTemplate);
    connect(m_review, &QPushButton::clicked, this, &AttendancePanel::reviewUnmatched);
    // Check-ins change the roster many times during a live session; a hidden panel reads the
    // database again only when it is shown.
    auto reloadIfShown = [this] {
        if (isVisible())
            reload();
    };
    connect(&m_context, &WorkshopContext::workshopChanged, this, reloadIfShown);
    connect(&m_context, &WorkshopContext::rosterChanged, this, reloadIfShown);
    connect(&m_context, &WorkshopContext::sessionsInsertedOrRemoved, this, reloadIfShown);
    // An import (or its undo) changes what the report shows while Reports is open.
    connect(&AttendanceImportSignals::of(m_context), &AttendanceImportSignals::importsChanged, this, reloadIfShown);
    // The line about unmatched people speaks of the session the trainer is on.
    connect(&m_context, &WorkshopContext::sessionChanged, this, [this] {
        if (isVisible())
            showUnmatched();
    });
    reload();
}

AttendancePanel::~AttendancePanel() = default;

QWidget *AttendancePanel::buildParticipantsTab()
{
    auto *proxy = new CollatingProxyModel(AttendanceMatrixModel::RawValueRole, this);
    proxy->setSourceModel(m_matrixModel);
    proxy->setSortRole(AttendanceMatrixModel::RawValueRole);
    m_matrixTable->setModel(proxy);
    m_matrixTable->setSortingEnabled(true);
    m_matrixTable->sortByColumn(-1, Qt::AscendingOrder); // the report's own order: by name
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixTable->horizontalHeader()->setStretchLastSection(false);
    return m_matrixTable;
}

QWidget *AttendancePanel::buildSessionsTab()
{
    auto *page = new QWidget(this);
    m_sessionSelector->setAccessibleName(tr("Session"));
    auto *label = new QLabel(tr("&Session:"), page);
    label->setBuddy(m_sessionSelector);
    m_sessionNote->setWordWrap(true);
    m_sessionNote->setAccessibleName(tr("About this session's attendance"));
    m_sessionNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *exportSession = button(tr("Export Session C&SV…"), tr("Save this session's people, minutes, joins and leaves as CSV"),
                                 page);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_sessionSelector, 1);
    top->addWidget(exportSession);

    m_sessionTable->setModel(m_sessionModel);
    m_sessionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_roomChart->setAccessibleName(tr("People in the room over the session"));
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_sessionTable);
    split->addWidget(m_roomChart);
    // The table's seven columns first; the chart takes what is left.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 480});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_sessionNote);
    layout->addWidget(split, 1);
    connect(m_sessionSelector, &QComboBox::currentIndexChanged, this, &AttendancePanel::showSession);
    connect(exportSession, &QPushButton::clicked, this, [this] {
        const int index = m_sessionSelector->currentIndex();
        if (!m_report || index < 0)
            return;
        const QString path = askForFile(tr("Export Session Attendance as CSV"), QStringLiteral(".csv"), tr("CSV (*.csv)"),
                                        tr("%1 - attendance").arg(m_report->sessions[std::size_t(index)].title));
        if (path.isEmpty())
            return;
        finishExport(writeFile(path, sessionAttendanceCsv(*m_report, std::size_t(index))), AttendanceExportKind::SessionCsv, path);
    });
    return page;
}

QWidget *AttendancePanel::buildBreakdownsTab()
{
    auto *page = new QWidget(this);
    m_breakdownSelector->setAccessibleName(tr("Breakdown"));
    for (Breakdown::Dimension dimension : {Breakdown::Dimension::Sex, Breakdown::Dimension::Country,
                                           Breakdown::Dimension::OrganizationType, Breakdown::Dimension::EnterpriseSize})
        m_breakdownSelector->addItem(displayName(dimension));
    auto *label = new QLabel(tr("&Breakdown:"), page);
    label->setBuddy(m_breakdownSelector);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_breakdownSelector);
    top->addStretch(1);

    m_breakdownTable->setModel(m_breakdownModel);
    m_breakdownTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_breakdownChart->setAccessibleName(tr("Breakdown chart"));
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(m_breakdownTable);
    split->addWidget(m_breakdownChart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({720, 480});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_breakdownSelector, &QComboBox::currentIndexChanged, this, &AttendancePanel::showBreakdown);
    return page;
}

QWidget *AttendancePanel::buildCertificatesTab()
{
    auto *page = new QWidget(this);
    m_certificateTable->setModel(m_certificateModel);
    m_certificateTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_certificateNote->setWordWrap(true);
    m_certificateNote->setAccessibleName(tr("About the certificates"));
    m_certificateNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *side = new QVBoxLayout;
    side->addWidget(m_template);
    side->addWidget(m_certificateList);
    auto *pdf = button(tr("Certificates &PDF…"), m_certificates->toolTip(), page);
    connect(pdf, &QPushButton::clicked, this, &AttendancePanel::exportCertificates);
    side->addWidget(pdf);
    side->addWidget(m_certificateNote);
    side->addStretch(1);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_certificateTable, 3);
    layout->addLayout(side, 1);
    return page;
}

void AttendancePanel::setAttendanceLoader(AttendanceLoader loader)
{
    m_loader = std::move(loader);
    reload();
}

AttendanceThresholds AttendancePanel::thresholds() const
{
    return {m_completion->value(), m_participation->value()};
}

void AttendancePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload(); // imports and check-ins happen in other modes
}

void AttendancePanel::thresholdsChanged()
{
    m_participation->setMaximum(m_completion->value());
    ReportSettings::completionPercent.setValue(m_completion->value());
    ReportSettings::participationPercent.setValue(m_participation->value());
    reload();
}

void AttendancePanel::reload()
{
    const int session = std::max(m_sessionSelector->currentIndex(), 0);
    const int breakdown = std::max(m_breakdownSelector->currentIndex(), 0);
    m_report.reset();
    QString problem;
    if (m_context.hasWorkshop()) {
        auto loaded = loadAttendanceReport(m_context.store(), m_context.workshop().id, thresholds(), m_loader);
        if (loaded)
            m_report = std::make_shared<const AttendanceReport>(std::move(loaded.value()));
        else
            problem = loaded.error().message;
    } else {
        problem = tr("Open or create a workshop to see its attendance.");
    }

    const bool hasAttendance = m_report && m_report->hasAttendance();
    if (!problem.isEmpty())
        m_emptyNote->setText(problem);
    else if (!hasAttendance)
        m_emptyNote->setText(tr("No attendance has been imported for this workshop yet. Use Import attendance… to read the "
                                "attendance export that Zoom, Microsoft Teams or Google Meet gives after each session; people "
                                "checked in live during a session count too. The tables, charts, exports and certificates "
                                "appear here once there is attendance."));
    m_emptyNote->setVisible(!problem.isEmpty() || !hasAttendance);
    m_tabs->setVisible(hasAttendance);
    for (QPushButton *b : {m_exportCsv, m_exportXlsx, m_exportPdf, m_certificates, m_certificateList})
        b->setEnabled(hasAttendance);
    m_template->setEnabled(m_context.hasWorkshop());

    if (m_report) {
        const AttendanceReport &r = *m_report;
        QString text = tr("%1 enrolled · %2 attended · %3 completed · %4 participated")
                           .arg(QLocale().toString(r.enrolled), QLocale().toString(r.attended), QLocale().toString(r.completed),
                                QLocale().toString(r.participated));
        if (const QString team = r.teamSummary(); !team.isEmpty())
            text += QStringLiteral(" · ") + team;
        if (const int missing = r.sessionsWithoutAttendance(); missing > 0 && hasAttendance)
            text +=
                u'\n'
                + tr("%1 of %2 sessions have no attendance yet; their time counts as missed.").arg(missing).arg(r.sessions.size());
        m_summary->setText(text);
    } else {
        m_summary->clear();
    }

    m_matrixModel->setReport(m_report);
    m_certificateModel->setReport(m_report);
    {
        const QSignalBlocker blocker(m_sessionSelector);
        m_sessionSelector->clear();
        if (m_report) {
            const QLocale locale;
            for (std::size_t i = 0; i < m_report->sessions.size(); ++i) {
                const ReportSession &s = m_report->sessions[i];
                QString item = tr("%1. %2").arg(i + 1).arg(s.title);
                if (s.date.isValid())
                    item += QStringLiteral(" — ") + locale.toString(s.date, QLocale::ShortFormat);
                m_sessionSelector->addItem(item);
            }
            m_sessionSelector->setCurrentIndex(std::min(session, m_sessionSelector->count() - 1));
        }
    }
    showSession(m_sessionSelector->currentIndex());
    {
        const QSignalBlocker blocker(m_breakdownSelector);
        m_breakdownSelector->setCurrentIndex(breakdown);
    }
    showBreakdown(breakdown);

    showUnmatched();

    if (m_report) {
        const int holders = int(m_report->certificateHolders().size());
        m_certificateNote->setText(tr("%1 people earned a certificate: completion at %2 % or more of the workshop's scheduled "
                                      "time, participation at %3 % or more. People whose personal data was erased get none.")
                                       .arg(holders)
                                       .arg(m_report->thresholds.completionPercent)
                                       .arg(m_report->thresholds.participationPercent));
    }
}

void AttendancePanel::showUnmatched()
{
    m_unmatchedSession = 0;
    std::map<qint64, int> waiting;
    if (m_context.hasWorkshop()) {
        auto counts = AttendanceImportStore(m_context.store()).waitingPeopleBySession(m_context.workshop().id);
        if (counts)
            waiting = std::move(counts).value();
    }
    // The session the trainer is on when it has any, else the first in the plan that has.
    const Session *current = m_context.session();
    const Session *shown = current && waiting.count(current->id) ? current : nullptr;
    int total = 0;
    for (const Session &s : m_context.workshop().sessions) {
        const auto found = waiting.find(s.id);
        if (found == waiting.end())
            continue;
        total += found->second;
        if (!shown)
            shown = &s;
    }
    if (!shown) {
        m_unmatchedBar->hide();
        return;
    }
    m_unmatchedSession = shown->id;
    const int here = waiting[shown->id];
    QString text = shown == current ? tr("%n people in this session's attendance are not matched to the roster and count "
                                         "nowhere yet.",
                                         nullptr, here)
                                    : tr("%n people in the attendance of “%1” are not matched to the roster and count nowhere "
                                         "yet.",
                                         nullptr, here)
                                          .arg(shown->title);
    if (total > here)
        text += u' ' + tr("%n more in other sessions.", nullptr, total - here);
    m_unmatchedNote->setText(text);
    m_unmatchedBar->show();
}

void AttendancePanel::reviewUnmatched()
{
    if (m_unmatchedSession != 0)
        openAttendanceReview(m_context, m_unmatchedSession, this);
}

void AttendancePanel::showSession(int index)
{
    m_sessionModel->setReport(m_report, index);
    if (!m_report || index < 0 || index >= int(m_report->sessions.size())) {
        m_roomChart->setRoomChart({});
        m_sessionNote->clear();
        return;
    }
    const ReportSession &s = m_report->sessions[std::size_t(index)];
    const RoomChart chart = sala::roomChart(*m_report, std::size_t(index));
    m_roomChart->setRoomChart(chart);
    m_roomChart->setSummary(chart.curve.empty() ? chart.emptyText
                                                : tr("At most %1 people were in the room at once.").arg(chart.curve.peak));
    QStringList notes;
    if (!s.hasAttendance) {
        notes << tr("No attendance imported for this session yet.");
    } else {
        notes << tr("%1 attendees, %2 minutes on average, of %3 scheduled.")
                     .arg(s.attendees)
                     .arg(s.averageMinutes())
                     .arg(roundedMinutes(s.scheduledSeconds));
        if (!s.sourceFiles.isEmpty())
            notes << tr("From %1.").arg(s.sourceFiles.join(QStringLiteral(", ")));
        if (s.unmatchedIdentities > 0)
            notes << tr("%1 people in the exports are not matched to the roster yet.").arg(s.unmatchedIdentities);
        if (s.curve.withoutIntervals > 0)
            notes << tr("%1 people are known only by their total minutes and are not in the chart.").arg(s.curve.withoutIntervals);
    }
    m_sessionNote->setText(notes.join(u' '));
}

void AttendancePanel::showBreakdown(int index)
{
    m_breakdownModel->setBreakdown(m_report, index);
    if (!m_report || index < 0 || index >= int(m_report->breakdowns.size())) {
        m_breakdownChart->setBarChart({});
        return;
    }
    const Breakdown &b = m_report->breakdowns[std::size_t(index)];
    m_breakdownChart->setBarChart(breakdownBarChart(b));
    m_breakdownChart->setSummary(
        tr("%1: attended, completed and participated per group; the same numbers as the table.").arg(b.title));
}

QString AttendancePanel::askForFile(const QString &caption, const QString &suffix, const QString &filter, const QString &what)
{
    QString name = what;
    static const QRegularExpression unsafe(QStringLiteral("[\\/:*?\"<>|]+"));
    name.replace(unsafe, QStringLiteral("-"));
    const QString suggestion =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name.left(80).trimmed() + suffix);
    return FileDialog::getSaveFileName(this, caption, suggestion, filter);
}

void AttendancePanel::finishExport(const Status &written, AttendanceExportKind kind, const QString &path)
{
    if (!written) {
        Q_EMIT m_context.errorOccurred(written.error().message);
        return;
    }
    if (Status s = logAttendanceExport(m_context.store(), *m_report, kind, path, QStringLiteral("app")); !s)
        Q_EMIT m_context.errorOccurred(
            tr("The file was written, but Sala could not record the export in the personal data log: %1").arg(s.error().message));
}

void AttendancePanel::exportCsv()
{
    if (!m_report)
        return;
    const QString path = askForFile(tr("Export Attendance as CSV"), QStringLiteral(".csv"), tr("CSV (*.csv)"),
                                    tr("%1 - attendance").arg(m_report->workshopTitle));
    if (path.isEmpty())
        return;
    finishExport(writeFile(path, attendanceMatrixCsv(*m_report)), AttendanceExportKind::MatrixCsv, path);
}

void AttendancePanel::exportXlsx()
{
    if (!m_report)
        return;
    const QString path = askForFile(tr("Export Attendance as Excel Workbook"), QStringLiteral(".xlsx"),
                                    tr("Excel workbook (*.xlsx)"), tr("%1 - attendance").arg(m_report->workshopTitle));
    if (path.isEmpty())
        return;
    finishExport(writeAttendanceXlsx(*m_report, path), AttendanceExportKind::Workbook, path);
}

void AttendancePanel::exportPdf()
{
    if (!m_report)
        return;
    const QString path = askForFile(tr("Export Attendance Report as PDF"), QStringLiteral(".pdf"), tr("PDF (*.pdf)"),
                                    tr("%1 - attendance").arg(m_report->workshopTitle));
    if (path.isEmpty())
        return;
    Status written = success();
    {
        const BusyCursor busy;
        written = writeAttendanceReportPdf(*m_report, path);
    }
    finishExport(written, AttendanceExportKind::Pdf, path);
}

void AttendancePanel::exportCertificateList()
{
    if (!m_report)
        return;
    const QString path = askForFile(tr("Export Certificate List as CSV"), QStringLiteral(".csv"), tr("CSV (*.csv)"),
                                    tr("%1 - certificates").arg(m_report->workshopTitle));
    if (path.isEmpty())
        return;
    finishExport(writeFile(path, certificateListCsv(*m_report)), AttendanceExportKind::CertificateList, path);
}

void AttendancePanel::exportCertificates()
{
    if (!m_report)
        return;
    const CertificateTemplate tmpl = CertificateTemplateStore(m_context.store()).load(m_report->workshopId);
    const std::vector<Certificate> certificates = buildCertificates(*m_report, tmpl, certificateLocale(*m_report));
    if (certificates.empty()) {
        Q_EMIT m_context.errorOccurred(
            tr("Nobody has earned a certificate yet at these thresholds (completion %1 %, participation %2 %), "
               "so there is nothing to print.")
                .arg(m_report->thresholds.completionPercent)
                .arg(m_report->thresholds.participationPercent));
        return;
    }
    const QString path = askForFile(tr("Save Certificates as PDF"), QStringLiteral(".pdf"), tr("PDF (*.pdf)"),
                                    tr("%1 - certificates").arg(m_report->workshopTitle));
    if (path.isEmpty())
        return;
    Status written = success();
    {
        const BusyCursor busy;
        written = writeCertificatesPdf(certificates, tr("Certificates: %1").arg(m_report->workshopTitle), path);
    }
    finishExport(written, AttendanceExportKind::Certificates, path);
}

void AttendancePanel::editCertificateTemplate()
{
    if (!m_context.hasWorkshop())
        return;
    const qint64 workshopId = m_context.workshop().id;
    CertificateTemplateStore templates(m_context.store());
    CertificateTemplateDialog dialog(templates.load(workshopId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = templates.save(workshopId, dialog.value()); !s)
        Q_EMIT m_context.errorOccurred(s.error().message);
}

} // namespace sala
