#pragma once
// Everything the `sala` executable does, so that its main() stays one line.

#include "util/expected.h"

#include <QString>

#include <memory>

class QWidget;

namespace sala {

class Store;

int runSala(int argc, char *argv[]);

// Opens the database at `path`. When the file is damaged and Sala has a backup of it, a dialog
// says what is wrong and offers to open a copy of the newest backup; the damaged file is left
// as it is, for recovery. Any other refusal is returned as it is. `askedUser` tells whether the
// dialog was shown, so that a refusal the user has already seen is not shown twice.
Expected<std::unique_ptr<Store>> openDatabaseOrOfferBackup(const QString &path, QWidget *parent = nullptr,
                                                           bool *askedUser = nullptr);

} // namespace sala
