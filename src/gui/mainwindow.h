#pragma once
// The main window: five modes (Plan, Roster, Breakouts, Run, Reports) over one workshop and
// session, picked in the toolbar. The open database is always named in the status bar.

#include <QMainWindow>

#include <array>

class QActionGroup;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace sala {

class RunView;
class Store;
class WorkshopContext;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    enum Mode { Plan, Roster, Breakouts, Run, Reports, ModeCount };

    explicit MainWindow(Store &store, QWidget *parent = nullptr);
    ~MainWindow() override;

    WorkshopContext &context() const { return *m_context; }
    Mode currentMode() const;
    void setMode(Mode mode);
    // The mode's view; views that hold no menu actions are built here on first use.
    QWidget *modeWidget(Mode mode) const;
    QAction *modeAction(Mode mode) const { return m_modeActions[std::size_t(mode)]; }
    QComboBox *workshopPicker() const { return m_workshopPicker; }
    QComboBox *sessionPicker() const { return m_sessionPicker; }
    QLabel *databaseLabel() const { return m_databaseLabel; }

    // Opens the last workshop the user had open, or the first one.
    void restoreLastWorkshop();
    void backUpDatabase();
    void newWorkshop();
    void newFromTemplate();
    void editWorkshopSettings();
    void saveActivityAsTemplate();
    void saveSessionAsTemplate();
    void importPlan();
    void exportSession();
    void exportWorkshop();
    void writeRunSheet();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createModes();
    void createMenus();
    void createPickers();
    void connectRosterAndRun(RunView *run);
    void refillWorkshopPicker();
    void refillSessionPicker();
    void showShortcuts();
    void showError(const QString &message);

    Store &m_store;
    WorkshopContext *m_context;
    QStackedWidget *m_stack;
    QActionGroup *m_modeGroup;
    std::array<QAction *, ModeCount> m_modeActions{};
    // Which modes have their view yet; the others are built on first use by modeWidget().
    mutable std::array<bool, ModeCount> m_built{};
    QComboBox *m_workshopPicker = nullptr;
    QComboBox *m_sessionPicker = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QAction *m_workshopSettings = nullptr;
};

} // namespace sala
