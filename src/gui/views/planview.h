#pragma once
// Plan mode: the session's running order with clock times in both zones, plan checks, and an
// editor for every field. Every edit is an undo command stored at once.

#include <QWidget>

class QAction;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTimeEdit;

namespace sala {

class ActivityEditor;
class ActivityTableModel;
class WorkshopContext;
struct Activity;

class PlanView final : public QWidget {
    Q_OBJECT
public:
    explicit PlanView(WorkshopContext &context, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ActivityEditor *editor() const { return m_editor; }
    QListWidget *checks() const { return m_checks; }
    int currentRow() const;
    void selectRow(int row);

    // The actions of this mode, for menus and the shortcut list.
    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QList<QAction *> sessionActions() const;

    // Inserts `activity` after the current row (or at the end) as one undo step.
    void insertActivity(const Activity &activity);
    void nudgeMinutes(int delta);

private:
    void createActions();
    void updateSummary();
    void updateSessionFields();
    void commitSessionFields();
    void updateChecks();
    void updateActionStates();
    void moveCurrent(int delta);
    void addFromLibrary();

    WorkshopContext &m_context;
    ActivityTableModel *m_model;
    QLabel *m_summary;
    QLineEdit *m_sessionTitle;
    QDateEdit *m_sessionDate;
    QTimeEdit *m_sessionStart;
    QCheckBox *m_hasTargetEnd;
    QTimeEdit *m_targetEnd;
    QTableView *m_table;
    QListWidget *m_checks;
    ActivityEditor *m_editor;
    QAction *m_add = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_newSession = nullptr;
    QAction *m_copySession = nullptr;
    QAction *m_deleteSession = nullptr;
};

} // namespace sala
