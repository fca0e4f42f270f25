#pragma once
// The message a co-facilitator pastes into the meeting chat for someone who joins late: what
// the group has done so far and what it is doing now, from the session's plan.

#include "domain/plan.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace sala {

// Index of the activity running at `now` by the plan's clock times; -1 before the start and the
// number of activities after the end.
int activityAt(const Session &session, const QTimeZone &zone, const QDateTime &now);

// `current` is the running activity's index (see activityAt); `name` is who it greets, or empty
// for a message to every latecomer. Plain text, short enough for a phone screen.
QString catchUpMessage(const Session &session, int current, const QTimeZone &zone, const QString &name = {});

} // namespace sala
