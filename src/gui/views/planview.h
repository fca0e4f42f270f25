#pragma once
// Plan mode: the session's running order with clock times in both zones, and every detail of the
// selected activity.

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace sala {

class ActivityTableModel;
class WorkshopContext;

class PlanView final : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(WorkshopContext &context, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void updateSummary();
    void showDetails();

    WorkshopContext &m_context;
    ActivityTableModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace sala
