#pragma once
// The sala-cli commands, apart from main() so that they read as one table of verbs.

#include <QStringList>
#include <QTextStream>

namespace sala::cli {

// Runs sala-cli with `arguments` (including the program name); returns the exit code.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace sala::cli
