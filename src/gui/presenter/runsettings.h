#pragma once
// Settings of Run mode: the default wrap-up warning (a preference) and where the presenter
// timer was (session state). Chimes on or off is Preferences::soundsEnabled.

#include "settings.h"

#include <QByteArray>

namespace sala {

namespace RunPreferences {
// Seconds before the end of an activity when its timer turns to wrap-up, unless the activity
// has its own; never more than a quarter of the activity.
inline const Setting<int> defaultWrapUpSeconds{QStringLiteral("preferences/wrapUpSeconds"), 120};
} // namespace RunPreferences

namespace PresenterState {
inline const Setting<QByteArray> geometry{QStringLiteral("state/presenterGeometry"), QByteArray()};
inline const Setting<bool> visible{QStringLiteral("state/presenterVisible"), false};
} // namespace PresenterState

} // namespace sala
