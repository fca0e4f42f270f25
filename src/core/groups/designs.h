#pragma once
// Classical schedules in which no pair meets twice: round robin for pairs, affine planes and
// resolvable transversal designs over finite fields, schedules developed from base rounds over a
// cyclic group (Kirkman and nearly Kirkman triple systems among them), and 32 people in fours over
// ten rounds built over the group of binary triples. Rounds use people 0..n-1.

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace sala::designs {

using Rounds = std::vector<std::vector<std::vector<int>>>;

struct Design {
    Rounds rounds;
    QString method; // plain words, e.g. "affine plane over GF(8)"
};

// The circle method: n even, pairs, n − 1 rounds.
std::optional<Rounds> roundRobin(int people);

// `groups` a prime power q and size k ≤ q: kq people in q groups of k over q rounds, and q + 1
// rounds when k = q (the affine plane of order q). Person x·q + y is the point (x, y).
std::optional<Rounds> affineResolution(int groups, int size);

// Points Z_m × levels plus `fixedPoints` points that every shift leaves in place; a base round is
// searched (deterministically for the seed) in which no two pairs fall in the same orbit under the
// shifts, and shifting it gives m rounds. Stops with nothing once `expired` says so or the search
// budget runs out.
std::optional<Rounds> cyclicDevelopment(int m, int levels, int fixedPoints, int size, unsigned long long seed,
                                        const std::function<bool()> &expired, int attempts = 60);

// A Kirkman triple system: `people` ≡ 3 (mod 6), at least 9, in threes over (people − 1) / 2
// rounds in which every pair meets exactly once. Built by development over Z_m (base rounds
// searched with a fixed seed, so the result and its time do not depend on the solver's seed);
// nothing when no shape tried gives one before `expired` says so.
std::optional<Rounds> kirkmanTripleSystem(int people, const std::function<bool()> &expired);

// A nearly Kirkman triple system: `people` ≡ 0 (mod 6), at least 18 (none exists for 6 and 12),
// in threes over (people − 2) / 2 rounds in which no pair meets twice; the pairs that never meet
// form a perfect matching.
std::optional<Rounds> nearlyKirkmanTripleSystem(int people, const std::function<bool()> &expired);

// 32 people in 8 groups of 4 over 10 rounds (the most the counting bound allows, 31 / 3).
std::optional<Rounds> thirtyTwoInFours();

// The repeat-free schedule with the most rounds (up to `rounds`) that the constructions above give
// for `people` in groups of `size`, or nothing when none applies.
std::optional<Design> repeatFreeDesign(int people, int size, int rounds, unsigned long long seed,
                                       const std::function<bool()> &expired);

// Every person 0..people-1 once per round, equal groups, and no pair together twice.
bool isRepeatFree(const Rounds &rounds, int people);

} // namespace sala::designs
