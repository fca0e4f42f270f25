#pragma once
// Reports mode: the workshop's attendance as funders ask for it (AttendancePanel), and beside it
// the planned time of the session by kind of activity, the roster by country and sex, and the
// planned-versus-actual timing of the run.

#include "util/expected.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sala {

class AttendancePanel;
class Clock;
class WorkshopContext;

class ReportsView final : public QWidget {
    Q_OBJECT
public:
    explicit ReportsView(WorkshopContext &context, QWidget *parent = nullptr);

    AttendancePanel *attendance() const { return m_attendance; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *timeByKind() const { return m_timeByKind; }
    QTableWidget *rosterByCountry() const { return m_rosterByCountry; }
    QTableWidget *timingTable() const { return m_timing; }
    QLabel *timingFindings() const { return m_findings; }

    // Read the run log again; Reports does it each time it is shown.
    void reloadTiming();
    // The clock a running session is measured by; tests give theirs.
    void setClock(Clock &clock);
    // Ask for a file name (FileDialog) and write the timing report there.
    void exportTimingCsv();
    void exportTimingPdf();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadPlan();
    void reloadRoster();
    void exportTiming(bool pdf);

    WorkshopContext &m_context;
    Clock *m_clock;
    QTabWidget *m_tabs;
    AttendancePanel *m_attendance;
    QTableWidget *m_timeByKind;
    QTableWidget *m_rosterByCountry;
    QTableWidget *m_timing;
    QLabel *m_findings;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
};

} // namespace sala
