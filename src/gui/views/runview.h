#pragma once
// Run mode: the session's rundown as the facilitator will step through it, with both clocks and
// the time until the start.

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace sala {

class WorkshopContext;

class RunView final : public QWidget {
    Q_OBJECT
public:
    explicit RunView(WorkshopContext &context, QWidget *parent = nullptr);

    QTreeWidget *rundown() const { return m_rundown; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reload();

    WorkshopContext &m_context;
    QLabel *m_headline;
    QLabel *m_startsIn;
    QTreeWidget *m_rundown;
};

// "in 2 days 3 h", "in 45 min", "started 10 min ago": how far `start` is from `now`.
QString relativeStart(const QDateTime &now, const QDateTime &start);

} // namespace sala
