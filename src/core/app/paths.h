#pragma once
// Where Sala keeps its files by default.

#include <QString>

namespace sala {

// AppDataLocation/sala.db; the folder is created readable by the user alone.
QString defaultDatabasePath();
// AppDataLocation/logs
QString logDirectory();

} // namespace sala
