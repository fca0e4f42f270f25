#pragma once
// The countdown as a picture that scales with its widget: activity title, time left and the
// phase. Each phase differs by colour, by a word and by a shape, so colour is never the only
// cue; it is drawn for screen sharing into a call. Phase changes are announced to screen readers.

#include "run/runstate.h"

#include <QWidget>

namespace sala {

// What the face shows, derived from a RunState; equal faces are not painted again.
struct FaceState {
    enum class Look { Ready, Normal, WrapUp, Overtime, Paused, Finished };
    Look look = Look::Ready;
    QString title;         // the activity
    QString time;          // "12:34", "+1:05"
    QString caption;       // the phase in words: "TIME LEFT", "WRAP UP", "OVERTIME", "PAUSED"
    QString detail;        // a second line such as "Round 2 of 3 · 4:12"
    double progress = 0.0; // share of the activity's time used, 0 to 1
    bool operator==(const FaceState &) const = default;
};

FaceState faceFor(const RunState &state, const Session *session);

// Colours of each look: background and text, with contrast of at least 4.5:1.
QColor faceBackground(FaceState::Look look);
QColor faceForeground(FaceState::Look look);

class TimerFace final : public QWidget {
    Q_OBJECT
public:
    explicit TimerFace(QWidget *parent = nullptr);

    const FaceState &face() const { return m_face; }
    void setFace(const FaceState &face);
    bool showsTitle() const { return m_showTitle; }
    void setShowTitle(bool show);
    // Times painted since creation; proves that unchanged seconds cause no repaint.
    int paintCount() const { return m_paintCount; }

    QSize sizeHint() const override { return {480, 240}; }
    QSize minimumSizeHint() const override { return {160, 90}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FaceState m_face;
    bool m_showTitle = true;
    int m_paintCount = 0;
};

} // namespace sala
