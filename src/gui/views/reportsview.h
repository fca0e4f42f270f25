#pragma once
// Reports mode: the planned time of the session by kind of activity, and the roster
// disaggregated by country and sex as funders ask for it.

#include <QWidget>

class QLabel;
class QTableWidget;

namespace sala {

class WorkshopContext;

class ReportsView final : public QWidget {
    Q_OBJECT
public:
    explicit ReportsView(WorkshopContext &context, QWidget *parent = nullptr);

    QTableWidget *timeByKind() const { return m_timeByKind; }
    QTableWidget *rosterByCountry() const { return m_rosterByCountry; }

private:
    void reloadPlan();
    void reloadRoster();

    WorkshopContext &m_context;
    QTableWidget *m_timeByKind;
    QTableWidget *m_rosterByCountry;
};

} // namespace sala
