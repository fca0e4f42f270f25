#include "startup.h"

#include "app/logging.h"
#include "app/paths.h"
#include "demo/demoseeder.h"
#include "mainwindow.h"
#include "preferences.h"
#include "sala_version.h"
#include "store/backup.h"
#include "store/store.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <spdlog/spdlog.h>

namespace sala {
namespace {

// For start-up measurements (bench/startup.sh): quits once the main window has painted for the
// first time, which is when a trainer sees it. The whole first frame is painted in one go, so
// quitting from the event loop afterwards lets it finish.
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

Expected<std::unique_ptr<Store>> openDatabaseOrOfferBackup(const QString &path, QWidget *parent, bool *askedUser)
{
    if (askedUser)
        *askedUser = false;
    auto store = Store::open(path);
    if (store.ok())
        return store;
    const ErrorCode code = store.error().code;
    const QStringList backups = backupsBeside(QFileInfo(path).absoluteFilePath());
    if ((code != ErrorCode::Corrupt && code != ErrorCode::NotSqlite) || backups.isEmpty())
        return store;

    const QFileInfo backup(backups.first());
    QMessageBox box(QMessageBox::Warning, QApplication::translate("sala::Startup", "Sala cannot open its database"),
                    store.error().message, QMessageBox::NoButton, parent);
    box.setInformativeText(
        QApplication::translate("sala::Startup", "Sala can open a copy of the newest backup, “%1” from %2, and leave the damaged "
                                                 "file as it is so that it can still be recovered. Changes made after that "
                                                 "backup are not in it.")
            .arg(backup.fileName(), QLocale().toString(backup.lastModified(), QLocale::LongFormat)));
    QPushButton *open = box.addButton(QApplication::translate("sala::Startup", "Open a Copy of the Backup"),
                                      QMessageBox::AcceptRole);
    box.addButton(QApplication::translate("sala::Startup", "Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(open);
    if (askedUser)
        *askedUser = true;
    box.exec();
    if (box.clickedButton() != open)
        return store;

    auto copy = copyNewestBackup(path);
    if (!copy)
        return copy.error();
    spdlog::warn("the database could not be opened; opening a copy of its newest backup instead");
    return Store::open(copy.value());
}

int runSala(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sala"));
    QApplication::setApplicationVersion(QString::fromLatin1(sala::version));
    QApplication::setDesktopFileName(QStringLiteral("org.sala.Sala"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/sala/icons/sala.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("sala::Startup", "Sala: a facilitator console for live online workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QApplication::translate("sala::Startup", "Open the database at <path> instead of the default one."),
                      QApplication::translate("sala::Startup", "path")});
    parser.addOption({QStringLiteral("verbose"), QApplication::translate("sala::Startup", "Log debugging detail.")});
    QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"), QStringLiteral("Quit once the main window is shown."));
    quitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenShown);
    parser.process(app);

    initLogging({logDirectory(), parser.isSet(QStringLiteral("verbose")), parser.isSet(QStringLiteral("verbose"))});
    const QString language = installTranslations(Preferences::language.value());
    spdlog::info("Sala {} starting, interface language {}", sala::version, language.toStdString());

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    bool askedUser = false;
    auto store = openDatabaseOrOfferBackup(path, nullptr, &askedUser);
    if (!store) {
        spdlog::error("cannot open the database: {}", store.error().message.toStdString());
        if (!askedUser)
            QMessageBox::critical(nullptr, QApplication::translate("sala::Startup", "Sala cannot open its database"),
                                  store.error().message);
        shutdownLogging();
        return 2;
    }
    if (shouldSeedDemoOnFirstStart(*store.value())) {
        if (auto seeded = seedDemo(*store.value(), demoSessionDate(QDate::currentDate())); !seeded)
            QMessageBox::warning(nullptr, QApplication::translate("sala::Startup", "Sala"),
                                 QApplication::translate("sala::Startup", "The demo workshop could not be created: %1")
                                     .arg(seeded.error().message));
        else
            spdlog::info("created the demo workshop");
    }

    int result = 0;
    {
        MainWindow window(*store.value());
        std::unique_ptr<QuitWhenPainted> quitter;
        if (parser.isSet(quitWhenShown))
            quitter = std::make_unique<QuitWhenPainted>(&window);
        window.restoreLastWorkshop();
        window.show();
        result = QApplication::exec();
    }
    store.value().reset();
    shutdownLogging();
    return result;
}

} // namespace sala
