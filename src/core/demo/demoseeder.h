#pragma once
// Writes the demo workshop, its roster and the attendance of its session into a store, in one
// transaction.

#include "util/expected.h"

#include <QDate>

namespace sala {

class Store;

struct DemoResult {
    qint64 workshopId = 0;
    bool alreadyPresent = false; // the demo was in the store before; nothing was written
};

// The first weekday after `today`, so that the demo session lies ahead of the trainer.
QDate demoSessionDate(QDate today);

Expected<DemoResult> seedDemo(Store &store, QDate sessionDate);

// True when Sala has never offered the demo in this store and the store has no workshop yet.
bool shouldSeedDemoOnFirstStart(Store &store);

} // namespace sala
