#pragma once
// Roster mode: the workshop's participants with search as you type, locale-aware sorting and
// counts by sex and country that are always in view.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace sala {

class CollatingProxyModel;
class ParticipantTableModel;
class WorkshopContext;

class RosterView final : public QWidget {
    Q_OBJECT
public:
    explicit RosterView(WorkshopContext &context, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QLabel *countsLabel() const { return m_counts; }

private:
    void updateCounts();

    WorkshopContext &m_context;
    ParticipantTableModel *m_model;
    CollatingProxyModel *m_proxy;
    QLineEdit *m_search;
    QLabel *m_counts;
    QTableView *m_table;
};

} // namespace sala
