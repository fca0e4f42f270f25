#include "attendance/attendancesummary.h"

#include "attendance/exportidentity.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace sala {
namespace {

struct Accumulator {
    IdentitySummary summary;
    std::vector<std::pair<qint64, qint64>> stays; // milliseconds since the epoch of the naive times
    qint64 totals = 0;
    bool hasTotals = false;
};

void widen(std::optional<QDateTime> &first, std::optional<QDateTime> &last, const QDateTime &from, const QDateTime &to)
{
    if (!first || from < *first)
        first = from;
    if (!last || to > *last)
        last = to;
}

QDateTime wallClock(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

// Sorts and merges the stays in place; the rest of the summary follows from them.
void finish(Accumulator &acc)
{
    IdentitySummary &s = acc.summary;
    auto &stays = acc.stays;
    std::sort(stays.begin(), stays.end());
    std::size_t merged = 0;
    for (std::size_t i = 0; i < stays.size(); ++i) {
        if (merged > 0 && stays[i].first - stays[merged - 1].second <= reconnectGapSeconds * 1000)
            stays[merged - 1].second = std::max(stays[merged - 1].second, stays[i].second);
        else
            stays[merged++] = stays[i];
    }
    stays.resize(merged);
    qint64 msecs = 0;
    s.intervals.reserve(stays.size());
    for (const auto &[from, to] : stays) {
        msecs += to - from;
        s.intervals.emplace_back(wallClock(from), wallClock(to));
    }
    s.seconds = acc.totals + msecs / 1000;
    if (!stays.empty())
        widen(s.firstJoin, s.lastLeave, s.intervals.front().first, s.intervals.back().second);
    s.totalsOnly = stays.empty() && acc.hasTotals;
}

std::vector<IdentitySummary> summarizeAll(const std::vector<const AttendanceExport *> &files)
{
    std::vector<Accumulator> people;
    QHash<QString, std::size_t> index;
    for (std::size_t f = 0; f < files.size(); ++f) {
        const AttendanceExport &file = *files[f];
        const auto layout = exportLayoutFromKey(file.layout);
        const bool totalsLayout = layout && givesTotalsOnly(*layout);
        for (const ExportRow &row : file.rows) {
            const QString name = identityName(row, file.platform);
            const QString email = identityEmail(row, file.platform);
            QString key = identityKey(name, email);
            if (name.trimmed().isEmpty() && email.isEmpty())
                key = QStringLiteral("row:%1:%2").arg(f).arg(row.line); // nobody to tell apart: their own
            auto found = index.constFind(key);
            if (found == index.constEnd()) {
                found = index.insert(key, people.size());
                Accumulator acc;
                acc.summary.key = key;
                acc.summary.name = name.trimmed();
                acc.summary.email = email;
                people.push_back(std::move(acc));
            }
            Accumulator &acc = people[*found];
            const bool stay = !totalsLayout && row.join && row.leave;
            if (stay) {
                const qint64 from = row.join->toMSecsSinceEpoch();
                const qint64 to = row.leave->toMSecsSinceEpoch();
                if (to >= from)
                    acc.stays.emplace_back(from, to);
                continue;
            }
            if (row.seconds) {
                acc.totals += std::max<qint64>(0, *row.seconds);
                acc.hasTotals = true;
            }
            // Totals layouts may still say when the person first came and last left.
            if (row.join && row.leave)
                widen(acc.summary.firstJoin, acc.summary.lastLeave, *row.join, *row.leave);
        }
    }
    for (Accumulator &acc : people)
        finish(acc);
    // One sort key per person instead of a collation per comparison.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::vector<QCollatorSortKey> keys;
    keys.reserve(people.size());
    for (const Accumulator &acc : people)
        keys.push_back(collator.sortKey(acc.summary.name));
    std::vector<std::size_t> order(people.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const int byName = keys[a].compare(keys[b]);
        return byName != 0 ? byName < 0 : people[a].summary.key < people[b].summary.key;
    });
    std::vector<IdentitySummary> result;
    result.reserve(people.size());
    for (const std::size_t i : order)
        result.push_back(std::move(people[i].summary));
    return result;
}

} // namespace

std::vector<IdentitySummary> summarize(const AttendanceExport &file)
{
    return summarizeAll({&file});
}

std::vector<IdentitySummary> summarize(const std::vector<AttendanceExport> &files)
{
    std::vector<const AttendanceExport *> all;
    for (const AttendanceExport &file : files)
        all.push_back(&file);
    return summarizeAll(all);
}

} // namespace sala
