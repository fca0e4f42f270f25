// sala-cli: headless access to Sala's library database.

#include "commands.h"

#include "sala_version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

// Run sheets are laid out with Qt's text engine, which needs a GUI application object, and the
// attendance report's charts come from Qt Charts, which needs a QApplication. Only `plan sheet`,
// `report timing`, `report attendance` and `report certificates` pay for one, on the offscreen
// platform, so every other command stays a plain console program that works over SSH and in CI
// without a display.
bool needsGuiApplication(int argc, char *argv[])
{
    bool report = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "sheet") == 0 || std::strcmp(argv[i], "timing") == 0 || std::strcmp(argv[i], "certificates") == 0)
            return true;
        if (report && std::strcmp(argv[i], "attendance") == 0)
            return true;
        report = report || std::strcmp(argv[i], "report") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // QApplication takes options such as --session for itself, so it gets the program name
    // alone and sala-cli reads its own arguments from the untouched list.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    int guiArgc = 1;
    if (needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Platform start-up notes (such as a missing XDG_RUNTIME_DIR) are not the user's business
        // on a console; the log takes over Qt's messages once it is set up.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            if (type == QtCriticalMsg || type == QtFatalMsg)
                QTextStream(stderr) << message << Qt::endl;
        });
        app = std::make_unique<QApplication>(guiArgc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Sala"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sala::version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sala::cli::run(arguments, out, err);
}
