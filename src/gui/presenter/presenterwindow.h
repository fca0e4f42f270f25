#pragma once
// The presenter timer: a compact window that stays on top of the meeting app, without a frame
// so that it can be shared into the call as it is. Drag it anywhere to move it (to another
// screen too), drag the corner to resize it; it reopens where it was.

#include <QWidget>

class QSizeGrip;

namespace sala {

class ChimePlayer;
class TimerFace;

class PresenterWindow final : public QWidget {
    Q_OBJECT
public:
    explicit PresenterWindow(ChimePlayer &chimes, QWidget *parent = nullptr);
    ~PresenterWindow() override;

    TimerFace *face() const { return m_face; }
    // Hides the timer because the facilitator closed it (Esc, its menu): remembered, unlike a
    // hide on the way out of Sala, so a restarted Sala brings it back only when it was open.
    void closeByUser();

Q_SIGNALS:
    void visibilityChanged(bool visible);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rememberGeometry();

    ChimePlayer &m_chimes;
    TimerFace *m_face;
    QSizeGrip *m_grip;
    QPoint m_dragOffset;
    bool m_dragging = false;
};

} // namespace sala
