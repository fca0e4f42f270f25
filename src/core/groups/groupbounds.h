#pragma once
// What no schedule can beat: the counting lower bound on repeated pairs, and the most rounds
// that can be free of repeats for a group size, with the reason in plain words.

#include "groups/groupinstance.h"

#include <QString>

#include <optional>

namespace sala {

// Repeats the solved rounds of `instance` must have at least, provided keep-apart pairs never
// meet: each person meets a number of others set by the room sizes, and only so many of them can
// be met without a repeat. Where mathematics knows more than counting (23 people in rooms of 5
// and 4 over 6 rounds), the bound is the proven one.
int repeatLowerBound(const GroupInstance &instance);

// Where mathematics proves more than counting for `instance`: the repeats no schedule can avoid,
// and why in a facilitator's words. Nothing where counting is all Sala knows.
struct ProvenRepeatBound {
    int repeats = 0;
    QString reason;
};
std::optional<ProvenRepeatBound> provenRepeatBound(const GroupInstance &instance);

struct RepeatFreeLimit {
    int rounds = 0;
    QString reason;
};

// For `people` in equal rooms of `size` (people divisible by size): the most rounds in which no
// pair meets twice, as far as mathematics knows it exactly or by counting.
std::optional<RepeatFreeLimit> repeatFreeLimit(int people, int size);

} // namespace sala
