#include "run/trimsuggestion.h"

#include <algorithm>
#include <numeric>

namespace sala {

std::optional<TrimSuggestion> suggestTrim(const RunPlan &plan, const RunState &state)
{
    if (state.status == RunStatus::Finished || state.behindMs < 60'000)
        return std::nullopt;
    const auto &activities = plan.session.activities;
    // The running activity is left to the facilitator (+/−); only what is still to come is cut.
    const int first = state.current < 0 ? 0 : state.current + 1;

    struct Candidate {
        int index;
        int slack;
        qint64 share = 0; // numerator of the proportional share, for the largest remainders
        int cut = 0;
    };
    std::vector<Candidate> candidates;
    for (int i = first; i < int(activities.size()); ++i) {
        const Activity &a = activities[std::size_t(i)];
        const int slack = a.mayShorten ? a.plannedMinutes - std::max(a.minimumMinutes, 0) : 0;
        if (slack > 0)
            candidates.push_back({i, slack});
    }
    if (candidates.empty())
        return std::nullopt;

    TrimSuggestion suggestion;
    suggestion.neededMinutes = int((state.behindMs + 59'999) / 60'000);
    const int totalSlack = std::accumulate(candidates.begin(), candidates.end(), 0,
                                           [](int sum, const Candidate &c) { return sum + c.slack; });
    const int toCut = std::min(suggestion.neededMinutes, totalSlack);

    // Largest-remainder shares: each gets its whole part of toCut * slack / totalSlack, and the
    // minutes left over go to the largest fractions (the bigger activity on a tie).
    int given = 0;
    for (Candidate &c : candidates) {
        const qint64 numerator = qint64(toCut) * c.slack;
        c.cut = int(numerator / totalSlack);
        c.share = numerator % totalSlack;
        given += c.cut;
    }
    std::vector<Candidate *> order;
    for (Candidate &c : candidates)
        order.push_back(&c);
    std::stable_sort(order.begin(), order.end(), [](const Candidate *a, const Candidate *b) {
        return a->share != b->share ? a->share > b->share : a->slack > b->slack;
    });
    for (Candidate *c : order) {
        if (given >= toCut)
            break;
        if (c->cut < c->slack) {
            ++c->cut;
            ++given;
        }
    }

    std::vector<int> minutes;
    for (const Activity &a : activities)
        minutes.push_back(a.plannedMinutes);
    for (const Candidate &c : candidates) {
        if (c.cut == 0)
            continue;
        const Activity &a = activities[std::size_t(c.index)];
        suggestion.cuts.push_back({c.index, a.id, a.plannedMinutes, a.plannedMinutes - c.cut});
        minutes[std::size_t(c.index)] -= c.cut;
        suggestion.savedMinutes += c.cut;
    }
    if (state.current < 0)
        suggestion.projectedEndAfter = projectEnd(plan, 0, std::max(state.now, state.plannedStart), minutes);
    else
        suggestion.projectedEndAfter = projectEnd(plan, first, state.now.addMSecs(std::max<qint64>(0, state.remainingMs)),
                                                  minutes, state.planShiftMs);
    return suggestion;
}

Session applyTrim(Session session, const TrimSuggestion &suggestion)
{
    for (const TrimCut &cut : suggestion.cuts) {
        if (cut.index >= 0 && cut.index < int(session.activities.size()))
            session.activities[std::size_t(cut.index)].plannedMinutes = cut.toMinutes;
    }
    return session;
}

} // namespace sala
