#pragma once
// What every sala-cli command family shares: errors as one line on standard error, mapped to an
// exit code, and output files written whole or not at all.

#include "exitcodes.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace sala::cli {

QString nativePath(const QString &path);
// Prints "sala-cli: <message>" and returns the exit code for the error.
int reportFailure(QTextStream &err, const Error &error);
// Prints "sala-cli: <message> (see sala-cli --help)" and returns UsageError.
int reportUsage(QTextStream &err, const QString &message);
// Through QSaveFile: an existing file is replaced only when the new one is complete.
Status writeAtomically(const QString &path, const QByteArray &bytes);

} // namespace sala::cli
