#pragma once
// The attendance thresholds the trainer last chose in Reports mode, remembered between runs.

#include "settings.h"

namespace sala::ReportSettings {

inline const Setting<int> completionPercent{QStringLiteral("preferences/attendanceCompletionPercent"), 80};
inline const Setting<int> participationPercent{QStringLiteral("preferences/attendanceParticipationPercent"), 50};

} // namespace sala::ReportSettings
