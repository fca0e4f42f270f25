#pragma once
// A bar of the whole session: one segment per activity, as long as its planned time and in the
// colour of its kind, with the activities done struck through and a marker where the session
// is now. Hovering a segment names the activity.

#include "domain/plan.h"
#include "run/runstate.h"

#include <QWidget>

namespace sala {

class SessionBar final : public QWidget {
    Q_OBJECT
public:
    explicit SessionBar(QWidget *parent = nullptr);

    void setRun(const Session *session, const RunState &state);
    // The share of the planned session behind the marker, 0 to 1.
    double position() const { return m_position; }

    QSize sizeHint() const override { return {600, 30}; }
    QSize minimumSizeHint() const override { return {120, 22}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int segmentAt(const QPoint &point) const;

    struct Segment {
        QString title;
        ActivityKind kind = ActivityKind::Other;
        int minutes = 0;
        bool done = false;
        bool current = false;
        bool operator==(const Segment &) const = default;
    };
    std::vector<Segment> m_segments;
    double m_position = 0.0;
    int m_totalMinutes = 0;
};

} // namespace sala
