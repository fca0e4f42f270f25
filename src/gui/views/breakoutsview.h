#pragma once
// Breakouts mode: every breakout activity of the session with its grouping, the rooms it needs
// for the people on the roster, rounds, roles and broadcast texts.

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sala {

class WorkshopContext;

class BreakoutsView final : public QWidget {
    Q_OBJECT
public:
    explicit BreakoutsView(WorkshopContext &context, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();
    // Plan edits happen in another mode; the list is rebuilt when it is next shown.
    void markStale();
    bool m_stale = true;

    WorkshopContext &m_context;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

// Rooms needed for `people` with groups of `groupSize` (or exactly `groupCount` groups).
int roomsNeeded(int people, int groupSize, int groupCount);

} // namespace sala
