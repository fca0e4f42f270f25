#include "app/logging.h"

#include <QDir>
#include <QLoggingCategory>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace sala {
namespace {

void bridgeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray text = message.toUtf8();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg: spdlog::debug("[{}] {}", category, text.constData()); break;
    case QtInfoMsg: spdlog::info("[{}] {}", category, text.constData()); break;
    case QtWarningMsg: spdlog::warn("[{}] {}", category, text.constData()); break;
    case QtCriticalMsg: spdlog::error("[{}] {}", category, text.constData()); break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text.constData());
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

void initLogging(const LoggingOptions &options)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!options.directory.isEmpty()) {
        const QString file = QDir(options.directory).filePath(QStringLiteral("sala.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 1024 * 1024, 3));
        } catch (const spdlog::spdlog_ex &) {
            // A log file we cannot write must never stop a facilitator from working.
        }
    }
    if (options.alsoToStderr || sinks.empty())
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    auto logger = std::make_shared<spdlog::logger>("sala", sinks.begin(), sinks.end());
    logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);

    QLoggingCategory::setFilterRules(options.verbose ? QStringLiteral("sala.*.debug=true") : QStringLiteral("sala.*.debug=false"));
    qInstallMessageHandler(bridgeQtMessage);
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace sala
