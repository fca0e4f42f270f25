#pragma once
// Logging through spdlog to a rotating file in the data folder, with Qt's own messages bridged
// into it. At the default level nothing personal is written: only events and counts.

#include <QString>

namespace sala {

struct LoggingOptions {
    QString directory;    // where sala.log rotates; empty means standard error only
    bool verbose = false; // debug level and Qt's debug categories
    bool alsoToStderr = false;
};

void initLogging(const LoggingOptions &options);
void shutdownLogging();

} // namespace sala
