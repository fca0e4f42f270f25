#pragma once
// Small helpers shared by the tests: temporary folders, raw file bytes and raw SQL access that
// bypasses the Store (to build odd or damaged databases on purpose).

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace sala::test {

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);

// Runs SQL statements on `path` through a plain connection, outside the Store.
void rawExec(const QString &path, const QStringList &statements);
// The first column of the first row of `sql` run on `path`.
QVariant rawValue(const QString &path, const QString &sql);

// Octal POSIX permission bits of a file or folder, e.g. 0600.
int posixMode(const QString &path);

} // namespace sala::test
