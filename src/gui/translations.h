#pragma once
// The interface languages Sala ships, and loading the chosen one at start-up.

#include <QString>

#include <vector>

namespace sala {

struct InterfaceLanguage {
    QString code;       // BCP 47: km, lo, th, ms, fil
    QString nativeName; // the language's name in itself, so anyone can find their own
};

const std::vector<InterfaceLanguage> &interfaceLanguages();

// Installs Sala's and Qt's translators for the preferred language (or the system's); returns
// the locale name that was applied.
QString installTranslations(const QString &preferredCode);

} // namespace sala
