#pragma once
// The Attendance part of Reports mode: thresholds, the participants × sessions table with each
// person's status, each session with its people and the people-in-the-room chart, breakdowns by
// sex, country, organization type and enterprise size, the certificate list, and the exports.

#include "reports/attendancereport.h"
#include "reports/attendancereportio.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace sala {

class AttendanceMatrixModel;
class BreakdownModel;
class CertificateListModel;
class ChartView;
class SessionAttendanceModel;
class WorkshopContext;

class AttendancePanel final : public QWidget {
    Q_OBJECT
public:
    explicit AttendancePanel(WorkshopContext &context, QWidget *parent = nullptr);
    ~AttendancePanel() override;

    // Where the attendance comes from; the database's imports by default. Tests give their own.
    void setAttendanceLoader(AttendanceLoader loader);
    // Reads the workshop's attendance again; Reports does it each time it is shown.
    void reload();

    const AttendanceReport *report() const { return m_report.get(); }

    // Ask for a file name (FileDialog) and write there.
    void exportCsv();
    void exportXlsx();
    void exportPdf();
    void exportCertificateList();
    void exportCertificates();
    void editCertificateTemplate();
    // Opens the review of the people the session's imports left unmatched (the line's Review…).
    void reviewUnmatched();

    QSpinBox *completionThreshold() const { return m_completion; }
    QSpinBox *participationThreshold() const { return m_participation; }
    QLabel *emptyNote() const { return m_emptyNote; }
    QLabel *summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *matrixTable() const { return m_matrixTable; }
    QComboBox *sessionSelector() const { return m_sessionSelector; }
    QTableView *sessionTable() const { return m_sessionTable; }
    ChartView *roomChart() const { return m_roomChart; }
    QComboBox *breakdownSelector() const { return m_breakdownSelector; }
    QTableView *breakdownTable() const { return m_breakdownTable; }
    ChartView *breakdownChart() const { return m_breakdownChart; }
    QTableView *certificateTable() const { return m_certificateTable; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportXlsxButton() const { return m_exportXlsx; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    QPushButton *certificatesButton() const { return m_certificates; }
    // "N people in this session's attendance are not matched — Review…"; hidden when there are none.
    QFrame *unmatchedBar() const { return m_unmatchedBar; }
    QLabel *unmatchedNote() const { return m_unmatchedNote; }
    QPushButton *reviewButton() const { return m_review; }
    qint64 unmatchedSession() const { return m_unmatchedSession; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildParticipantsTab();
    QWidget *buildSessionsTab();
    QWidget *buildBreakdownsTab();
    QWidget *buildCertificatesTab();
    void thresholdsChanged();
    void showSession(int index);
    void showBreakdown(int index);
    AttendanceThresholds thresholds() const;
    QString askForFile(const QString &caption, const QString &suffix, const QString &filter, const QString &what);
    // Tells the trainer why an export failed, or records a written one in the personal data log.
    void finishExport(const Status &written, AttendanceExportKind kind, const QString &path);
    void showUnmatched();

    WorkshopContext &m_context;
    AttendanceLoader m_loader;
    std::shared_ptr<const AttendanceReport> m_report;

    QSpinBox *m_completion;
    QSpinBox *m_participation;
    QLabel *m_summary;
    QLabel *m_emptyNote;
    QTabWidget *m_tabs;
    AttendanceMatrixModel *m_matrixModel;
    QTableView *m_matrixTable;
    QComboBox *m_sessionSelector;
    QLabel *m_sessionNote;
    SessionAttendanceModel *m_sessionModel;
    QTableView *m_sessionTable;
    ChartView *m_roomChart;
    QComboBox *m_breakdownSelector;
    BreakdownModel *m_breakdownModel;
    QTableView *m_breakdownTable;
    ChartView *m_breakdownChart;
    CertificateListModel *m_certificateModel;
    QTableView *m_certificateTable;
    QLabel *m_certificateNote;
    QPushButton *m_exportCsv;
    QPushButton *m_exportXlsx;
    QPushButton *m_exportPdf;
    QPushButton *m_certificates;
    QPushButton *m_certificateList;
    QPushButton *m_template;
    QFrame *m_unmatchedBar;
    QLabel *m_unmatchedNote;
    QPushButton *m_review;
    qint64 m_unmatchedSession = 0;
};

} // namespace sala
