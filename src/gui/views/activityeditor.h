#pragma once
// The detail pane of Plan mode: every field of one activity, editable. Each change becomes an
// undo command and is stored at once; typing is stored after a short pause and whenever the
// field loses focus, so nothing typed is lost.

#include "commands/plancommands.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QTimer;

namespace sala {

class WorkshopContext;

class ActivityEditor final : public QWidget {
    Q_OBJECT
public:
    explicit ActivityEditor(WorkshopContext &context, QWidget *parent = nullptr);

    // Shows the activity at `row` of the current session; -1 shows nothing.
    void setRow(int row);
    int row() const { return m_row; }
    // Stores any text typed but not yet stored.
    void commitPending();

    QLineEdit *titleEdit() const { return m_title; }
    QSpinBox *minutesEdit() const { return m_minutes; }
    QPlainTextEdit *instructionsEdit() const { return m_instructions; }
    QGroupBox *breakoutBox() const { return m_breakout; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void load();
    void commit(ActivityField field);
    void watchText(QPlainTextEdit *edit, ActivityField field);

    WorkshopContext &m_context;
    int m_row = -1;
    bool m_loading = false;
    ActivityField m_pendingField = ActivityField::Whole;
    QTimer *m_typingTimer = nullptr;

    QLabel *m_heading = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QSpinBox *m_minutes = nullptr;
    QCheckBox *m_mayShorten = nullptr;
    QSpinBox *m_minimum = nullptr;
    QCheckBox *m_hasFixedStart = nullptr;
    QTimeEdit *m_fixedStart = nullptr;
    QPlainTextEdit *m_objective = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPlainTextEdit *m_materials = nullptr;
    QGroupBox *m_breakout = nullptr;
    QComboBox *m_grouping = nullptr;
    QSpinBox *m_groupSize = nullptr;
    QSpinBox *m_groupCount = nullptr;
    QSpinBox *m_rounds = nullptr;
    QSpinBox *m_minutesPerRound = nullptr;
    QLineEdit *m_roles = nullptr;
    QPlainTextEdit *m_broadcasts = nullptr;
};

// "Label | link" lines to materials and back; a line without "|" is a label alone.
std::vector<Material> parseMaterials(const QString &text);
QString formatMaterials(const std::vector<Material> &materials);
// "N | text" lines to broadcasts (N minutes before the end) and back.
std::vector<Broadcast> parseBroadcasts(const QString &text);
QString formatBroadcasts(const std::vector<Broadcast> &broadcasts);

} // namespace sala
