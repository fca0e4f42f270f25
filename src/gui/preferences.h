#pragma once
// What the user chose in the Preferences dialog, and the remembered session state.

#include "settings.h"

#include <QByteArray>

namespace sala {

namespace Preferences {
// BCP 47 code such as "th" or "km"; empty follows the system.
inline const Setting<QString> language{QStringLiteral("preferences/language"), QString()};
// IANA zone shown beside the workshop's own when the workshop names none; empty shows none.
inline const Setting<QString> secondTimeZone{QStringLiteral("preferences/secondTimeZone"), QString()};
inline const Setting<bool> soundsEnabled{QStringLiteral("preferences/soundsEnabled"), true};
} // namespace Preferences

namespace SessionState {
inline const Setting<QByteArray> windowGeometry{QStringLiteral("state/windowGeometry"), QByteArray()};
inline const Setting<QByteArray> windowState{QStringLiteral("state/windowState"), QByteArray()};
inline const Setting<qlonglong> lastWorkshop{QStringLiteral("state/lastWorkshop"), 0};
inline const Setting<int> lastSession{QStringLiteral("state/lastSession"), 0};
inline const Setting<int> lastMode{QStringLiteral("state/lastMode"), 0};
} // namespace SessionState

} // namespace sala
