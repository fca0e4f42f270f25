#include "groups/designs.h"

#include "groups/galoisfield.h"
#include "groups/groupbounds.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <random>

namespace sala::designs {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::GroupSolver)
};

// ---------------------------------------------------------------------------------------------
// Development over Z_m

// Searches base rounds (one or more, one after the other) whose shifts by 0..m-1 never bring a
// pair together twice. A pair's orbit under the shifts is named by its levels and the difference
// of its positions; the base rounds together may use each orbit once. Differences of m/2 within
// a level are left out: their orbit has only m/2 pairs, so the shifts would cover each of them
// twice.
class CyclicSearch final {
public:
    CyclicSearch(int m, int levels, int fixedPoints, int size, int baseRounds = 1)
        : m_m(m), m_levels(levels), m_size(size), m_points(m * levels + fixedPoints), m_half((m - 1) / 2),
          m_baseRounds(std::max(1, baseRounds))
    {
        m_orbitCount = levels * m_half + levels * (levels - 1) / 2 * m + fixedPoints * levels;
        m_reserved.assign(std::size_t(m_orbitCount), 0);
    }

    int orbitCount() const { return m_orbitCount; }

    // Keeps the orbit of differences ±d within `level` out of the base rounds, for a round
    // built outside the search that covers it.
    void reservePureDifference(int level, int d)
    {
        const int o = level * m_half + std::min(d, m_m - d) - 1;
        if (o >= 0 && o < m_orbitCount)
            m_reserved[std::size_t(o)] = 1;
    }

    // One attempt with the candidates in the order `rng` gives; false when the budget ran out.
    bool attempt(std::mt19937_64 &rng, long budget)
    {
        m_rng = &rng;
        m_budget = budget;
        m_nodes = 0;
        m_aborted = false;
        m_placed.assign(std::size_t(m_points), 0);
        m_used = m_reserved;
        m_blocks.clear();
        m_roundsDone = 0;
        return placeNext();
    }

    Rounds develop() const
    {
        Rounds rounds;
        const std::size_t perRound = m_blocks.size() / std::size_t(m_baseRounds);
        for (std::size_t base = 0; base < std::size_t(m_baseRounds); ++base)
            for (int shift = 0; shift < m_m; ++shift) {
                std::vector<std::vector<int>> round;
                for (std::size_t b = base * perRound; b < (base + 1) * perRound; ++b) {
                    std::vector<int> group;
                    for (int point : m_blocks[b])
                        group.push_back(shifted(point, shift));
                    std::sort(group.begin(), group.end());
                    round.push_back(std::move(group));
                }
                rounds.push_back(std::move(round));
            }
        return rounds;
    }

private:
    int shifted(int point, int shift) const
    {
        if (point >= m_m * m_levels)
            return point;
        const int level = point / m_m;
        return level * m_m + (point % m_m + shift) % m_m;
    }

    // The orbit of the pair {a, b}, or −1 when no base round may hold it.
    int orbit(int a, int b) const
    {
        const int finite = m_m * m_levels;
        if (a >= finite && b >= finite)
            return -1;
        if (a >= finite)
            std::swap(a, b);
        if (b >= finite)
            return m_levels * m_half + m_levels * (m_levels - 1) / 2 * m_m + (b - finite) * m_levels + a / m_m;
        int levelA = a / m_m;
        int levelB = b / m_m;
        int x = a % m_m;
        int y = b % m_m;
        if (levelA == levelB) {
            int d = ((y - x) % m_m + m_m) % m_m;
            d = std::min(d, m_m - d);
            if (d == 0 || 2 * d == m_m)
                return -1;
            return levelA * m_half + d - 1;
        }
        if (levelA > levelB) {
            std::swap(levelA, levelB);
            std::swap(x, y);
        }
        // Index of the level pair (levelA < levelB) in the order (0,1), (0,2), …, (1,2), …
        const int pairIndex = levelA * m_levels - levelA * (levelA + 1) / 2 + (levelB - levelA - 1);
        return m_levels * m_half + pairIndex * m_m + ((y - x) % m_m + m_m) % m_m;
    }

    bool placeNext()
    {
        if (++m_nodes > m_budget) {
            m_aborted = true;
            return false;
        }
        int first = -1;
        for (int p = 0; p < m_points && first < 0; ++p)
            if (!m_placed[std::size_t(p)])
                first = p;
        if (first < 0) {
            // A base round is complete: the next one starts from nobody placed.
            if (m_roundsDone + 1 >= m_baseRounds)
                return true;
            const std::vector<char> placed = m_placed;
            m_placed.assign(std::size_t(m_points), 0);
            ++m_roundsDone;
            if (placeNext())
                return true;
            --m_roundsDone;
            m_placed = placed;
            return false;
        }
        std::vector<int> candidates;
        for (int q = first + 1; q < m_points; ++q) {
            if (m_placed[std::size_t(q)])
                continue;
            const int o = orbit(first, q);
            if (o >= 0 && !m_used[std::size_t(o)])
                candidates.push_back(q);
        }
        std::shuffle(candidates.begin(), candidates.end(), *m_rng);
        m_placed[std::size_t(first)] = 1;
        std::vector<int> block{first};
        const bool found = choose(candidates, 0, block);
        if (!found)
            m_placed[std::size_t(first)] = 0;
        return found;
    }

    bool choose(const std::vector<int> &candidates, std::size_t from, std::vector<int> &block)
    {
        if (int(block.size()) == m_size) {
            m_blocks.push_back(block);
            if (placeNext())
                return true;
            m_blocks.pop_back();
            return false;
        }
        const std::size_t needed = std::size_t(m_size) - block.size();
        for (std::size_t i = from; i + needed <= candidates.size(); ++i) {
            const int q = candidates[i];
            std::array<int, 64> orbits{};
            std::size_t count = 0;
            bool fits = block.size() <= orbits.size();
            for (std::size_t k = 0; fits && k < block.size(); ++k) {
                const int o = orbit(block[k], q);
                fits = o >= 0 && !m_used[std::size_t(o)];
                for (std::size_t j = 0; fits && j < count; ++j)
                    fits = orbits[j] != o;
                if (fits)
                    orbits[count++] = o;
            }
            if (!fits)
                continue;
            for (std::size_t j = 0; j < count; ++j)
                m_used[std::size_t(orbits[j])] = 1;
            m_placed[std::size_t(q)] = 1;
            block.push_back(q);
            if (choose(candidates, i + 1, block))
                return true;
            block.pop_back();
            m_placed[std::size_t(q)] = 0;
            for (std::size_t j = 0; j < count; ++j)
                m_used[std::size_t(orbits[j])] = 0;
            if (m_aborted)
                return false;
        }
        return false;
    }

    int m_m;
    int m_levels;
    int m_size;
    int m_points;
    int m_half;
    int m_baseRounds;
    int m_roundsDone = 0;
    int m_orbitCount = 0;
    std::vector<char> m_reserved;
    std::mt19937_64 *m_rng = nullptr;
    long m_budget = 0;
    long m_nodes = 0;
    bool m_aborted = false;
    std::vector<char> m_placed;
    std::vector<char> m_used;
    std::vector<std::vector<int>> m_blocks;
};

// ---------------------------------------------------------------------------------------------
// 32 in fours over ten rounds

// People are pairs (x, i): x a binary triple (0..7, added by XOR), i one of four levels. Every
// round is closed under adding a triple to x, which sorts pairs into orbits: "pure" ones within a
// level, named by the difference d ≠ 0 (4 pairs each), and "mixed" ones between levels i < j,
// named by d (8 pairs each). Each person meets 30 of 31 others, so exactly one pure difference per
// level stays unused. Counting what each kind of round covers leaves one shape that works:
//  - six transversal rounds, groups {(g + a_i, i)}: each covers one mixed orbit per level pair;
//  - one round of cosets: each level split into the two cosets of a subgroup K_i of order 4,
//    covering its three pure differences;
//  - three paired rounds, one per way of pairing the levels ({01,23}, {02,13}, {03,12}): levels
//    i, j share the groups {(g, i), (g + h, i), (g + e, j), (g + e + h, j)}, covering pure h in
//    both levels and the mixed e and e + h.
// So for each level pair the six transversal rounds must leave two mixed differences {e, e + h}
// for the paired round, each level's three h must differ, and a subgroup K_i must avoid them.
// A short search over the transversal rounds finds such a choice.
struct TransversalChoice {
    std::vector<std::array<int, 4>> shifts; // a_i for each transversal round, a_0 = 0
};

constexpr std::array<std::array<int, 2>, 6> levelPairs{{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}};

int parity(int x)
{
    return (x ^ (x >> 1) ^ (x >> 2)) & 1;
}

// The two mixed differences the transversal rounds leave for a level pair, lowest first.
std::array<int, 2> leftOver(const TransversalChoice &choice, int i, int j)
{
    std::array<bool, 8> used{};
    for (const auto &a : choice.shifts)
        used[std::size_t(a[std::size_t(i)] ^ a[std::size_t(j)])] = true;
    std::array<int, 2> rest{-1, -1};
    std::size_t count = 0;
    for (int d = 0; d < 8; ++d)
        if (!used[std::size_t(d)] && count < 2)
            rest[count++] = d;
    return rest;
}

// A nonzero functional f with f(h) = 1 for every h, so that its kernel avoids them all.
int avoidingFunctional(const std::vector<int> &hs)
{
    for (int f = 1; f < 8; ++f) {
        bool all = true;
        for (int h : hs)
            all = all && parity(h & f) == 1;
        if (all)
            return f;
    }
    return 0;
}

bool completes(const TransversalChoice &choice)
{
    for (int level = 0; level < 4; ++level) {
        std::vector<int> hs;
        for (const auto &pair : levelPairs)
            if (pair[0] == level || pair[1] == level) {
                const auto rest = leftOver(choice, pair[0], pair[1]);
                hs.push_back(rest[0] ^ rest[1]);
            }
        if (hs[0] == hs[1] || hs[0] == hs[2] || hs[1] == hs[2] || avoidingFunctional(hs) == 0)
            return false;
    }
    return true;
}

bool searchTransversals(TransversalChoice &choice, int from)
{
    if (choice.shifts.size() == 6)
        return completes(choice);
    for (int code = from; code < 512; ++code) {
        const std::array<int, 4> a{0, code & 7, (code >> 3) & 7, (code >> 6) & 7};
        bool distinct = true;
        for (const auto &pair : levelPairs)
            for (const auto &b : choice.shifts)
                distinct = distinct
                           && (a[std::size_t(pair[0])] ^ a[std::size_t(pair[1])])
                                  != (b[std::size_t(pair[0])] ^ b[std::size_t(pair[1])]);
        if (!distinct)
            continue;
        choice.shifts.push_back(a);
        if (searchTransversals(choice, code + 1))
            return true;
        choice.shifts.pop_back();
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Kirkman and nearly Kirkman triple systems

// One way to build a triple system by development: points Z_m × levels plus fixed points,
// `baseRounds` base rounds each shifted over Z_m, and for `cosetRound` one more round that every
// shift leaves as it is (the fixed points together, each level cut into the cosets of the
// subgroup of order 3). Counting the pair orbits shows each shape uses every orbit exactly once.
struct TripleShape {
    int m = 0;
    int levels = 0;
    int fixedPoints = 0;
    int baseRounds = 1;
    bool cosetRound = false;
};

// The shapes for `people` in threes, the ones whose base rounds are found fastest first.
std::vector<TripleShape> tripleShapes(int people)
{
    std::vector<TripleShape> shapes;
    if (people % 6 == 3 && people >= 9) {
        // Kirkman: (v − 1) / 2 rounds.
        if (((people - 1) / 2) % 2 == 1)
            shapes.push_back({(people - 1) / 2, 2, 1, 1, false});
        if ((people - 1) % 4 == 0 && ((people - 1) / 4) % 2 == 1)
            shapes.push_back({(people - 1) / 4, 4, 1, 2, false});
        if (((people - 3) / 2) % 2 == 1)
            shapes.push_back({(people - 3) / 2, 2, 3, 1, true});
    } else if (people % 6 == 0 && people >= 18) {
        // Nearly Kirkman: (v − 2) / 2 rounds; the pairs that never meet form a perfect matching
        // (the two fixed points, and the differences m/2 within a level, whose orbits are short).
        if ((people - 2) % 4 == 0)
            shapes.push_back({(people - 2) / 4, 4, 2, 2, false});
        shapes.push_back({(people - 2) / 2, 2, 2, 1, false});
    }
    return shapes;
}

std::optional<Rounds> developTriples(const TripleShape &shape, const std::function<bool()> &expired, int &attemptsLeft)
{
    CyclicSearch search(shape.m, shape.levels, shape.fixedPoints, 3, shape.baseRounds);
    if (shape.cosetRound)
        for (int level = 0; level < shape.levels; ++level)
            search.reservePureDifference(level, shape.m / 3);
    // A fixed seed: the system is the same whatever the solver's seed, and so is the time it takes.
    std::mt19937_64 rng(1);
    constexpr long budget = 4000;
    for (; attemptsLeft > 0; --attemptsLeft) {
        if (expired && expired())
            return std::nullopt;
        if (!search.attempt(rng, budget))
            continue;
        Rounds rounds = search.develop();
        if (shape.cosetRound) {
            const int finite = shape.m * shape.levels;
            const int third = shape.m / 3;
            std::vector<std::vector<int>> round;
            for (int level = 0; level < shape.levels; ++level)
                for (int x = 0; x < third; ++x)
                    round.push_back({level * shape.m + x, level * shape.m + x + third, level * shape.m + x + 2 * third});
            round.push_back({finite, finite + 1, finite + 2});
            rounds.push_back(std::move(round));
        }
        return rounds;
    }
    return std::nullopt;
}

std::optional<Rounds> tripleSystem(int people, const std::function<bool()> &expired)
{
    int attemptsLeft = 400;
    for (const TripleShape &shape : tripleShapes(people)) {
        if (shape.m < 3 || (shape.cosetRound && shape.m % 3 != 0))
            continue;
        // Each shape gets a share, so that one without a quick base round does not starve the next.
        int share = std::min(attemptsLeft, 200);
        attemptsLeft -= share;
        if (std::optional<Rounds> rounds = developTriples(shape, expired, share); rounds && isRepeatFree(*rounds, people))
            return rounds;
        attemptsLeft += share;
    }
    return std::nullopt;
}

} // namespace

std::optional<Rounds> kirkmanTripleSystem(int people, const std::function<bool()> &expired)
{
    if (people % 6 != 3 || people < 9)
        return std::nullopt;
    return tripleSystem(people, expired);
}

std::optional<Rounds> nearlyKirkmanTripleSystem(int people, const std::function<bool()> &expired)
{
    if (people % 6 != 0 || people < 18)
        return std::nullopt;
    return tripleSystem(people, expired);
}

std::optional<Rounds> roundRobin(int people)
{
    if (people < 2 || people % 2 != 0)
        return std::nullopt;
    const int turning = people - 1;
    Rounds rounds;
    for (int r = 0; r < turning; ++r) {
        std::vector<std::vector<int>> round;
        round.push_back({r, turning});
        for (int i = 1; i < people / 2; ++i) {
            std::vector<int> pair{(r + i) % turning, (r - i + turning) % turning};
            std::sort(pair.begin(), pair.end());
            round.push_back(std::move(pair));
        }
        rounds.push_back(std::move(round));
    }
    return rounds;
}

std::optional<Rounds> affineResolution(int groups, int size)
{
    if (size < 2 || size > groups)
        return std::nullopt;
    const std::optional<GaloisField> field = GaloisField::make(groups);
    if (!field)
        return std::nullopt;
    const int q = groups;
    Rounds rounds;
    for (int slope = 0; slope < q; ++slope) {
        std::vector<std::vector<int>> round;
        for (int intercept = 0; intercept < q; ++intercept) {
            std::vector<int> group;
            for (int x = 0; x < size; ++x)
                group.push_back(x * q + field->add(field->multiply(slope, x), intercept));
            round.push_back(std::move(group));
        }
        rounds.push_back(std::move(round));
    }
    if (size == q) {
        std::vector<std::vector<int>> columns;
        for (int x = 0; x < q; ++x) {
            std::vector<int> group;
            for (int y = 0; y < q; ++y)
                group.push_back(x * q + y);
            columns.push_back(std::move(group));
        }
        rounds.push_back(std::move(columns));
    }
    return rounds;
}

std::optional<Rounds> cyclicDevelopment(int m, int levels, int fixedPoints, int size, unsigned long long seed,
                                        const std::function<bool()> &expired, int attempts)
{
    const int points = m * levels + fixedPoints;
    if (m < 2 || levels < 1 || fixedPoints < 0 || size < 2 || points % size != 0)
        return std::nullopt;
    const int groups = points / size;
    if (fixedPoints > groups)
        return std::nullopt;
    CyclicSearch search(m, levels, fixedPoints, size);
    if (search.orbitCount() < groups * size * (size - 1) / 2)
        return std::nullopt;
    std::mt19937_64 rng(seed);
    constexpr long budget = 4000;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (expired && expired())
            return std::nullopt;
        if (search.attempt(rng, budget))
            return search.develop();
    }
    return std::nullopt;
}

std::optional<Rounds> thirtyTwoInFours()
{
    TransversalChoice choice;
    choice.shifts.push_back({0, 0, 0, 0});
    if (!searchTransversals(choice, 1))
        return std::nullopt;
    const auto person = [](int x, int level) { return level * 8 + x; };
    Rounds rounds;
    for (const auto &a : choice.shifts) {
        std::vector<std::vector<int>> round;
        for (int g = 0; g < 8; ++g) {
            std::vector<int> group;
            for (int level = 0; level < 4; ++level)
                group.push_back(person(g ^ a[std::size_t(level)], level));
            round.push_back(std::move(group));
        }
        rounds.push_back(std::move(round));
    }
    std::vector<std::vector<int>> cosets;
    for (int level = 0; level < 4; ++level) {
        std::vector<int> hs;
        for (const auto &pair : levelPairs)
            if (pair[0] == level || pair[1] == level) {
                const auto rest = leftOver(choice, pair[0], pair[1]);
                hs.push_back(rest[0] ^ rest[1]);
            }
        const int f = avoidingFunctional(hs);
        std::vector<int> kernel;
        std::vector<int> other;
        for (int x = 0; x < 8; ++x)
            (parity(x & f) == 0 ? kernel : other).push_back(person(x, level));
        cosets.push_back(std::move(kernel));
        cosets.push_back(std::move(other));
    }
    rounds.push_back(std::move(cosets));
    constexpr std::array<std::array<int, 4>, 3> pairings{{{0, 1, 2, 3}, {0, 2, 1, 3}, {0, 3, 1, 2}}};
    for (const auto &pairing : pairings) {
        std::vector<std::vector<int>> round;
        for (std::size_t half = 0; half < 2; ++half) {
            const int i = pairing[2 * half];
            const int j = pairing[2 * half + 1];
            const auto rest = leftOver(choice, i, j);
            const int e = rest[0];
            const int h = rest[0] ^ rest[1];
            std::array<bool, 8> done{};
            for (int g = 0; g < 8; ++g) {
                if (done[std::size_t(g)])
                    continue;
                done[std::size_t(g)] = done[std::size_t(g ^ h)] = true;
                round.push_back({person(g, i), person(g ^ h, i), person(g ^ e, j), person(g ^ e ^ h, j)});
            }
        }
        rounds.push_back(std::move(round));
    }
    return rounds;
}

bool isRepeatFree(const Rounds &rounds, int people)
{
    if (people < 0)
        return false;
    std::vector<char> met(std::size_t(people) * std::size_t(people), 0);
    for (const auto &round : rounds) {
        std::vector<char> seen(std::size_t(people), 0);
        std::size_t size = round.empty() ? 0 : round.front().size();
        for (const auto &group : round) {
            if (group.size() != size)
                return false;
            for (int p : group) {
                if (p < 0 || p >= people || seen[std::size_t(p)])
                    return false;
                seen[std::size_t(p)] = 1;
            }
            for (std::size_t a = 0; a < group.size(); ++a)
                for (std::size_t b = a + 1; b < group.size(); ++b) {
                    char &cell = met[std::size_t(group[a]) * std::size_t(people) + std::size_t(group[b])];
                    char &mirror = met[std::size_t(group[b]) * std::size_t(people) + std::size_t(group[a])];
                    if (cell)
                        return false;
                    cell = mirror = 1;
                }
        }
        for (char s : seen)
            if (!s)
                return false;
    }
    return true;
}

std::optional<Design> repeatFreeDesign(int people, int size, int rounds, unsigned long long seed,
                                       const std::function<bool()> &expired)
{
    if (size < 2 || people < 2 * size || people % size != 0 || rounds < 1)
        return std::nullopt;
    const int groups = people / size;
    const std::optional<RepeatFreeLimit> limit = repeatFreeLimit(people, size);
    const int target = std::min(rounds, limit ? limit->rounds : (people - 1) / (size - 1));
    // Searches that fail cost their whole budget, so all of them share one.
    int attemptsLeft = 240;
    std::optional<Design> best;
    const auto consider = [&](std::optional<Rounds> found, const QString &method) {
        if (!found || !isRepeatFree(*found, people))
            return;
        if (int(found->size()) > target)
            found->resize(static_cast<std::size_t>(target));
        if (!best || found->size() > best->rounds.size())
            best = Design{std::move(*found), method};
    };
    const auto done = [&] { return best && int(best->rounds.size()) >= target; };

    if (size == 2)
        consider(roundRobin(people), Text::tr("round robin"));
    if (!done() && isPrimePower(groups) && size <= groups)
        consider(affineResolution(groups, size), size == groups
                                                     ? Text::tr("affine plane of order %1").arg(groups)
                                                     : Text::tr("resolvable transversal design over GF(%1)").arg(groups));
    if (!done() && people == 32 && size == 4)
        consider(thirtyTwoInFours(), Text::tr("32 in fours over the binary triples"));
    if (!done() && size == 3 && people % 6 == 3)
        consider(kirkmanTripleSystem(people, expired), Text::tr("Kirkman triple system of order %1").arg(people));
    if (!done() && size == 3 && people % 6 == 0)
        consider(nearlyKirkmanTripleSystem(people, expired), Text::tr("nearly Kirkman triple system of order %1").arg(people));
    // Shifting a base round over Z_m gives m rounds: try the smallest m that reaches the target.
    for (int m = std::max(target, 2); !done() && m < people; ++m) {
        for (int fixedPoints = 0; !done() && fixedPoints <= std::min(groups, size); ++fixedPoints) {
            if ((people - fixedPoints) % m != 0)
                continue;
            const int levels = (people - fixedPoints) / m;
            if ((expired && expired()) || attemptsLeft <= 0)
                return best;
            CyclicSearch probe(m, levels, fixedPoints, size);
            if (probe.orbitCount() < groups * size * (size - 1) / 2 || fixedPoints > groups)
                continue;
            const int attempts = std::min(attemptsLeft, 60);
            attemptsLeft -= attempts;
            consider(cyclicDevelopment(m, levels, fixedPoints, size, seed, expired, attempts),
                     Text::tr("base round shifted over Z%1").arg(m));
        }
        // Larger groups than the rounds sought are rarely worth the search time.
        if (m > 2 * target + 2)
            break;
    }
    return best;
}

} // namespace sala::designs
