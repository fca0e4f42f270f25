#include "startup.h"

#include "app/logging.h"
#include "app/paths.h"
#include "demo/demoseeder.h"
#include "mainwindow.h"
#include "preferences.h"
#include "sala_version.h"
#include "store/store.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>

#include <spdlog/spdlog.h>

namespace sala {

int runSala(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sala"));
    QApplication::setApplicationVersion(QString::fromLatin1(sala::version));
    QApplication::setDesktopFileName(QStringLiteral("org.sala.Sala"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/sala/icons/sala.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("sala::Startup", "Sala: a facilitator console for live online workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("sala::Startup", "Open the database at <path> instead of the default one."),
                      QApplication::translate("sala::Startup", "path")});
    parser.addOption({QStringLiteral("verbose"), QApplication::translate("sala::Startup", "Log debugging detail.")});
    parser.process(app);

    initLogging({logDirectory(), parser.isSet(QStringLiteral("verbose")), parser.isSet(QStringLiteral("verbose"))});
    const QString language = installTranslations(Preferences::language.value());
    spdlog::info("Sala {} starting, interface language {}", sala::version, language.toStdString());

    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : defaultDatabasePath();
    auto store = Store::open(path);
    if (!store) {
        spdlog::error("cannot open the database: {}", store.error().message.toStdString());
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
        window.restoreLastWorkshop();
        window.show();
        result = QApplication::exec();
    }
    store.value().reset();
    shutdownLogging();
    return result;
}

} // namespace sala
