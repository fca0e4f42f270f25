#include "roster/checkinsearch.h"

#include <algorithm>
#include <unordered_map>

namespace sala {

QString CheckInIndex::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    QChar previousBase;
    for (const QChar c : decomposed) {
        // Combining marks are dropped only after Latin letters: in Thai, Lao and Khmer they are
        // vowels and tone marks that tell names apart.
        if (c.category() == QChar::Mark_NonSpacing && previousBase.unicode() < 0x0250)
            continue;
        previousBase = c;
        if (c.isLetterOrNumber() || c.isMark())
            folded += c.toCaseFolded();
        else if (c == u'@')
            folded += u' ';
        else if (!folded.endsWith(u' '))
            folded += u' ';
    }
    return folded.trimmed();
}

void CheckInIndex::rebuild(const std::vector<Participant> &roster)
{
    m_keys.clear();
    m_keys.reserve(roster.size() * 4);
    for (std::size_t i = 0; i < roster.size(); ++i) {
        const Participant &p = roster[i];
        if (p.erasedAt)
            continue;
        auto add = [&](const QString &text, int weight) {
            if (text.trimmed().isEmpty())
                return;
            m_keys.push_back({i, text, u' ' + fold(text), weight});
        };
        add(p.name, 3);
        add(p.preferredName, 3);
        for (const QString &alias : p.aliases)
            add(alias, 2);
        add(p.email, 1);
        for (const QString &email : p.otherEmails)
            add(email, 1);
    }
}

std::vector<CheckInMatch> CheckInIndex::search(const QString &typed, std::size_t limit) const
{
    const QStringList words = fold(typed).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    std::vector<QString> wordStarts;
    wordStarts.reserve(std::size_t(words.size()));
    for (const QString &word : words)
        wordStarts.push_back(u' ' + word);

    std::unordered_map<std::size_t, CheckInMatch> best;
    for (const Key &key : m_keys) {
        int score = 0;
        bool all = true;
        for (std::size_t w = 0; w < wordStarts.size(); ++w) {
            if (key.folded.startsWith(wordStarts[w]))
                score += 30;
            else if (key.folded.contains(wordStarts[w]))
                score += 20;
            else if (key.folded.contains(words[qsizetype(w)]))
                score += 5;
            else {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        score = score * 4 + key.weight;
        if (key.folded.size() == wordStarts.front().size() && words.size() == 1)
            score += 50; // the whole key typed out
        auto [it, inserted] = best.try_emplace(key.person, CheckInMatch{key.person, score, key.text});
        if (!inserted && score > it->second.score)
            it->second = CheckInMatch{key.person, score, key.text};
    }
    std::vector<CheckInMatch> result;
    result.reserve(best.size());
    for (auto &entry : best)
        result.push_back(std::move(entry.second));
    std::sort(result.begin(), result.end(), [](const CheckInMatch &a, const CheckInMatch &b) {
        return a.score != b.score ? a.score > b.score : a.index < b.index;
    });
    if (result.size() > limit)
        result.resize(limit);
    return result;
}

} // namespace sala
