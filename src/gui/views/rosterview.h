#pragma once
// Roster mode: the workshop's participants with search as you type, filters, sorting by the
// interface language's collation, inline and bulk edits (each an undo step), counts by sex and
// country always in view, and the lawful handling of personal data: import, consent, export,
// access requests, erasure and retention. The check-in panel can be shown beside the table.

#include "domain/participant.h"

#include <QWidget>

#include <functional>
#include <set>
#include <vector>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace sala {

class CheckInPanel;
class CollatingProxyModel;
class LiveRoster;
class ParticipantTableModel;
class RosterFilterProxyModel;
class WorkshopContext;

class RosterView final : public QWidget {
    Q_OBJECT
public:
    explicit RosterView(WorkshopContext &context, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    QLabel *countsLabel() const { return m_counts; }
    QLabel *messageLabel() const { return m_message; }
    QComboBox *countryFilter() const { return m_countryFilter; }
    QComboBox *sexFilter() const { return m_sexFilter; }
    QComboBox *organizationTypeFilter() const { return m_typeFilter; }
    QComboBox *consentFilter() const { return m_consentFilter; }
    QComboBox *sessionFilter() const { return m_sessionFilter; }
    QFrame *retentionBanner() const { return m_retentionBanner; }
    CheckInPanel *checkInPanel() const { return m_checkIn; }
    ParticipantTableModel *model() const { return m_model; }

    // The actions of this mode, for the Roster menu and the shortcut list.
    QList<QAction *> menuActions() const;
    QAction *importAction() const { return m_importAction; }
    QAction *checkInAction() const { return m_checkInAction; }

    // Rows selected in the table, as participant ids; selection by id, for the same.
    std::vector<qint64> selectedIds() const;
    void selectIds(const std::vector<qint64> &ids);

    // Opens the import dialog on `path` (after asking for a file when empty).
    void importFile(const QString &given = {});
    // One undo step changing every selected (not erased) person.
    void changeSelected(const std::function<void(Participant &)> &change, const QString &undoText);
    void setSelectedExpected(bool expected);
    void removeSelected();
    void eraseSelected();
    void exportAccessRequest();
    void exportRoster();
    // Shows the retention banner when a workshop's retention period has ended.
    void checkRetention();

    // Questions that need a yes before something irreversible; a test answers them itself.
    void setConfirmation(std::function<bool(const QString &title, const QString &text)> confirm);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void refillFilters();
    void sizeColumns();
    void applyFilters();
    void updateCounts();
    void updateActionStates();
    void addParticipant();
    void editCurrent();
    void editSizeRules();
    void editRetention();
    void showLog();
    void showMessage(const QString &message);

    WorkshopContext &m_context;
    LiveRoster &m_roster;
    ParticipantTableModel *m_model;
    RosterFilterProxyModel *m_filter;
    CollatingProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_countryFilter;
    QComboBox *m_sexFilter;
    QComboBox *m_typeFilter;
    QComboBox *m_consentFilter;
    QComboBox *m_sessionFilter;
    QLabel *m_counts;
    QTableView *m_table;
    QLabel *m_message;
    QFrame *m_retentionBanner;
    QLabel *m_retentionText;
    qint64 m_retentionWorkshop = 0;
    bool m_columnsStale = false; // sized when next shown: measuring a hidden roster slowed the start
    std::set<qint64> m_retentionDismissed;
    QSplitter *m_splitter;
    CheckInPanel *m_checkIn;
    std::function<bool(const QString &, const QString &)> m_confirm;

    QAction *m_importAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_eraseAction = nullptr;
    QAction *m_accessAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_retentionAction = nullptr;
    QAction *m_sizeRulesAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_checkInAction = nullptr;
    QList<QAction *> m_bulkActions;
};

} // namespace sala
