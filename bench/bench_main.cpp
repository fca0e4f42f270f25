// Catch2 runner for benchmarks, with standard paths in test mode so nothing touches user data.
// GUI benchmarks get a QApplication on the offscreen platform.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QStandardPaths>

#ifdef SALA_BENCH_GUI
#include <QApplication>
using BenchApplication = QApplication;
#else
#include <QCoreApplication>
using BenchApplication = QCoreApplication;
#endif

int main(int argc, char *argv[])
{
#ifdef SALA_BENCH_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    QStandardPaths::setTestModeEnabled(true);
    BenchApplication app(argc, argv);
    BenchApplication::setApplicationName(QStringLiteral("Sala"));
    return Catch::Session().run(argc, argv);
}
