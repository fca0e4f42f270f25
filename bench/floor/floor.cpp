// The floor for start-up measurements: the least a Qt Widgets program can do (an empty main
// window, shown once), so that bench/startup.sh can tell what Sala adds on top of Qt itself.
// With --text the window also shows a line of text in a status bar, which makes Qt load its
// fonts: a cost every real window pays and the empty one does not.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>

namespace {

// The same rule as `sala --quit-when-shown`: quit once the window has painted for the first time.
// The whole first frame is painted in one go, so quitting from the event loop afterwards lets it
// finish.
class QuitWhenPainted final : public QObject {
public:
    explicit QuitWhenPainted(QWidget *window) : m_window(window) { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.resize(1200, 760);
    if (QCoreApplication::arguments().contains(QStringLiteral("--text")))
        window.statusBar()->showMessage(QStringLiteral("Database: sala.db"));
    QuitWhenPainted quitter(&window);
    window.show();
    return QApplication::exec();
}
