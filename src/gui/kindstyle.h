#pragma once
// How an activity kind looks in lists: a colour swatch icon that always sits next to the kind's
// name, so colour is never the only cue.

#include "domain/plan.h"

#include <QColor>
#include <QIcon>

namespace sala {

QColor kindColor(ActivityKind kind);
QIcon kindIcon(ActivityKind kind);

} // namespace sala
