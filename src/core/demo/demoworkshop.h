#pragma once
// Sample data for a first start, so a new facilitator sees a complete, realistic plan and roster
// before entering their own.

#include "domain/participant.h"
#include "domain/plan.h"

#include <vector>

namespace sala {

// The demo workshop shown on first start: a 3-hour online ABL session on business continuity.
Workshop demoWorkshop(QDate sessionDate);

// 28 invented participants from KH, LA, MY, PH and TH.
std::vector<Participant> demoRoster();

// The team on the demo roster, enrolled with their roles: the facilitator who hosts the meeting
// and a Lao–English interpreter. Never counted as participants.
std::vector<Participant> demoTeam();

} // namespace sala
