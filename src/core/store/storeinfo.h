#pragma once
// Facts about an open store for `sala-cli db info` and the About dialog.

#include "util/expected.h"

#include <QString>

#include <utility>
#include <vector>

namespace sala {

class Store;

struct StoreInfo {
    QString path;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    qint64 sizeBytes = 0;
    std::vector<std::pair<QString, qint64>> tableCounts; // in schema order
};

Expected<StoreInfo> storeInfo(Store &store);

// Runs SQLite's full integrity check and the foreign key check; an empty list means healthy.
Expected<QStringList> integrityProblems(Store &store);

} // namespace sala
