#include "presenter/presenterwindow.h"

#include "presenter/chimeplayer.h"
#include "presenter/runsettings.h"
#include "presenter/timerface.h"

#include <QContextMenuEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QMenu>
#include <QMouseEvent>
#include <QScreen>
#include <QSizeGrip>
#include <QWindow>

namespace sala {

PresenterWindow::PresenterWindow(ChimePlayer &chimes, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint), m_chimes(chimes),
      m_face(new TimerFace(this)), m_grip(new QSizeGrip(this))
{
    setObjectName(QStringLiteral("presenterWindow"));
    setWindowTitle(tr("Sala timer"));
    setAccessibleName(tr("Presenter timer"));
    setMinimumSize(200, 110);
    // The owner's keys (Space, arrows, +/−) work here too; see RunView.
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Drag to move, drag the corner to resize, right-click for options"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_face, 0, 0);
    layout->addWidget(m_grip, 0, 0, Qt::AlignBottom | Qt::AlignRight);
    m_grip->setAccessibleName(tr("Resize"));

    if (!restoreGeometry(PresenterState::geometry.value())) {
        resize(420, 230);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QRect available = screen->availableGeometry();
            move(available.right() - width() - 24, available.top() + 24);
        }
    }
}

PresenterWindow::~PresenterWindow() = default;

void PresenterWindow::rememberGeometry()
{
    if (isVisible())
        PresenterState::geometry.setValue(saveGeometry());
}

void PresenterWindow::closeByUser()
{
    PresenterState::visible.setValue(false);
    hide();
}

void PresenterWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    Q_EMIT visibilityChanged(true);
}

void PresenterWindow::hideEvent(QHideEvent *event)
{
    rememberGeometry();
    QWidget::hideEvent(event);
    Q_EMIT visibilityChanged(false);
}

void PresenterWindow::moveEvent(QMoveEvent *event)
{
    QWidget::moveEvent(event);
    rememberGeometry();
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rememberGeometry();
}

void PresenterWindow::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    // The window manager moves the window itself where it can (across screens, with snapping);
    // otherwise the window follows the mouse.
    if (windowHandle() && windowHandle()->startSystemMove()) {
        event->accept();
        return;
    }
    m_dragging = true;
    m_dragOffset = event->globalPosition().toPoint() - frameGeometry().topLeft();
    event->accept();
}

void PresenterWindow::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        move(event->globalPosition().toPoint() - m_dragOffset);
        event->accept();
        return;
    }
    QWidget::mouseMoveEvent(event);
}

void PresenterWindow::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void PresenterWindow::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A small window can give the digits all its height.
    m_face->setShowTitle(!m_face->showsTitle());
    event->accept();
}

void PresenterWindow::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *mute = menu.addAction(tr("Mute chimes"));
    mute->setCheckable(true);
    mute->setChecked(m_chimes.muted());
    connect(mute, &QAction::toggled, this, [this](bool on) { m_chimes.setMuted(on); });
    QAction *title = menu.addAction(tr("Show activity title"));
    title->setCheckable(true);
    title->setChecked(m_face->showsTitle());
    connect(title, &QAction::toggled, m_face, &TimerFace::setShowTitle);
    menu.addSeparator();
    menu.addAction(tr("Close timer"), this, &PresenterWindow::closeByUser);
    menu.exec(event->globalPos());
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeByUser();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace sala
