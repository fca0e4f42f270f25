#include "attendance/identitymatch.h"

#include "attendance/exportidentity.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::IdentityMatch)
};

struct Title {
    QString normalized;
    QString written;
};

// Longest first, so that "Nang Sao" wins over "Nang" and "Lok Srey" over "Lok".
const std::vector<Title> &titles()
{
    static const std::vector<Title> list = [] {
        // clang-format off
        const std::vector<std::pair<const char16_t *, const char16_t *>> raw{
            // English and the Philippines
            {u"Mr", u"Mr"}, {u"Mrs", u"Mrs"}, {u"Ms", u"Ms"}, {u"Miss", u"Miss"}, {u"Mx", u"Mx"}, {u"Dr", u"Dr"},
            {u"Prof", u"Prof"}, {u"Sir", u"Sir"}, {u"Ma'am", u"Ma'am"}, {u"Madam", u"Madam"}, {u"Mdm", u"Mdm"},
            {u"Atty", u"Atty"}, {u"Engr", u"Engr"},
            // Malaysia
            {u"Encik", u"Encik"}, {u"En", u"En"}, {u"Puan", u"Puan"}, {u"Pn", u"Pn"}, {u"Cik", u"Cik"},
            {u"Tuan", u"Tuan"}, {u"Pak", u"Pak"}, {u"Ibu", u"Ibu"}, {u"Haji", u"Haji"}, {u"Hajah", u"Hajah"},
            {u"Hj", u"Hj"}, {u"Dato'", u"Dato'"}, {u"Datuk", u"Datuk"}, {u"Datin", u"Datin"}, {u"Tan Sri", u"Tan Sri"},
            {u"Puan Sri", u"Puan Sri"},
            // Thailand, in Latin letters and in Thai ("K." is how Khun is shortened in chats)
            {u"Khun", u"Khun"}, {u"K", u"K."}, {u"Nai", u"Nai"}, {u"Nang", u"Nang"}, {u"Nang Sao", u"Nang Sao"},
            {u"คุณ", u"คุณ"}, {u"นาย", u"นาย"}, {u"นาง", u"นาง"}, {u"นางสาว", u"นางสาว"}, {u"น.ส.", u"น.ส."},
            // Laos
            {u"Thao", u"Thao"}, {u"Sao", u"Sao"}, {u"ທ້າວ", u"ທ້າວ"}, {u"ນາງ", u"ນາງ"}, {u"ສາວ", u"ສາວ"},
            {u"ທ່ານ", u"ທ່ານ"},
            // Cambodia
            {u"Lok", u"Lok"}, {u"Lok Srey", u"Lok Srey"}, {u"Lok Srei", u"Lok Srei"}, {u"Neak Srey", u"Neak Srey"},
            {u"Kanha", u"Kanha"}, {u"លោក", u"លោក"}, {u"លោកស្រី", u"លោកស្រី"}, {u"អ្នកស្រី", u"អ្នកស្រី"},
            {u"កញ្ញា", u"កញ្ញា"},
        };
        // clang-format on
        std::vector<Title> result;
        for (const auto &[text, written] : raw)
            result.push_back({normalizedPersonName(QString::fromUtf16(text)), QString::fromUtf16(written)});
        std::stable_sort(result.begin(), result.end(),
                         [](const Title &a, const Title &b) { return a.normalized.count(u' ') > b.normalized.count(u' '); });
        return result;
    }();
    return list;
}

// Thai and Lao registration forms write the title joined to the name: "นางสาวศิริพร".
const std::vector<Title> &joinedTitles()
{
    static const std::vector<Title> list = [] {
        std::vector<Title> result;
        for (const char16_t *text : {u"นางสาว", u"นาย", u"นาง", u"คุณ", u"ທ້າວ", u"ນາງ"})
            result.push_back({normalizedPersonName(QString::fromUtf16(text)), QString::fromUtf16(text)});
        return result;
    }();
    return list;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC) || c == u'`';
}

// The optimal-string-alignment distance: edits, with a swap of neighbours counting as one.
int osaDistance(QStringView a, QStringView b)
{
    const std::size_t n = std::size_t(a.size());
    const std::size_t m = std::size_t(b.size());
    // Rows kept between calls: a roster search aligns thousands of names.
    thread_local std::vector<int> twoBack, previous, current;
    twoBack.assign(m + 1, 0);
    previous.assign(m + 1, 0);
    current.assign(m + 1, 0);
    for (std::size_t j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (std::size_t i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[qsizetype(i - 1)] == b[qsizetype(j - 1)] ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[qsizetype(i - 1)] == b[qsizetype(j - 2)] && a[qsizetype(i - 2)] == b[qsizetype(j - 1)])
                best = std::min(best, twoBack[j - 2] + 1);
            current[j] = best;
        }
        std::swap(twoBack, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

double ratio(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    if (longest == 0)
        return 1.0;
    return 1.0 - double(osaDistance(a, b)) / double(longest);
}

// The most the edit-distance measures can reach: every edit changes the letter counts by at most
// two, and the sorted words have the same letters as the name.
double editRatioBound(const ComparableName &a, const ComparableName &b)
{
    int difference = 0;
    for (std::size_t i = 0; i < a.histogram.size(); ++i)
        difference += std::abs(int(a.histogram[i]) - int(b.histogram[i]));
    const qsizetype longest = std::max(a.text.size(), b.text.size());
    if (longest == 0)
        return 1.0;
    const qsizetype edits = std::max<qsizetype>((difference + 1) / 2, std::abs(a.text.size() - b.text.size()));
    return 1.0 - double(edits) / double(longest);
}

// Words in common, weighted by length: "Maria Cristina Dela Cruz" and "Maria Cristina R. Dela
// Cruz" share almost everything. One shared word is not enough ("Dara" is in many names).
double sharedWords(const ComparableName &a, const ComparableName &b)
{
    qsizetype sharedChars = 0;
    int shared = 0;
    std::vector<bool> used(std::size_t(b.tokens.size()), false);
    for (const QString &token : a.tokens) {
        for (qsizetype j = 0; j < b.tokens.size(); ++j) {
            if (!used[std::size_t(j)] && b.tokens[j] == token) {
                used[std::size_t(j)] = true;
                sharedChars += token.size();
                ++shared;
                break;
            }
        }
    }
    return shared >= 2 ? 2.0 * double(sharedChars) / double(a.tokenChars + b.tokenChars) : 0.0;
}

// The similarity when it can exceed `atLeast`; otherwise a value no greater than `atLeast`.
double similarity(const ComparableName &a, const ComparableName &b, double atLeast = -1.0)
{
    if (a.text.isEmpty() || b.text.isEmpty())
        return 0.0;
    if (a.text == b.text)
        return 1.0;
    double best = sharedWords(a, b);
    if (editRatioBound(a, b) <= std::max(best, atLeast))
        return best;
    best = std::max(best, ratio(a.text, b.text));
    if (a.tokens.size() > 1 || b.tokens.size() > 1)
        best = std::max(best, ratio(a.sorted, b.sorted));
    return best;
}

int percentOf(double value)
{
    return int(std::lround(value * 100.0));
}

QString quoted(const QString &text)
{
    return Text::tr("‘%1’").arg(text);
}

QStringList namePieces(const QString &written)
{
    // "TH – Nok – Baan Nok Bakery": the renaming convention of many workshops.
    static const QRegularExpression separators(QStringLiteral("\\s+[–—|-]\\s+"));
    QStringList pieces = written.split(separators, Qt::SkipEmptyParts);
    if (pieces.size() < 2)
        return {};
    for (QString &piece : pieces)
        piece = piece.trimmed();
    return pieces;
}

} // namespace

ComparableName comparableName(const QString &normalizedName)
{
    ComparableName c;
    c.text = normalizedName;
    c.tokens = normalizedName.split(u' ', Qt::SkipEmptyParts);
    QStringList sortedTokens = c.tokens;
    sortedTokens.sort();
    c.sorted = sortedTokens.join(u' ');
    for (const QString &token : std::as_const(c.tokens))
        c.tokenChars += token.size();
    for (const QChar ch : normalizedName) {
        quint8 &count = c.histogram[ch.unicode() % c.histogram.size()];
        if (count < 255)
            ++count;
    }
    return c;
}

QString key(MatchRule rule)
{
    switch (rule) {
    case MatchRule::None: return {};
    case MatchRule::Email: return QStringLiteral("email");
    case MatchRule::Alias: return QStringLiteral("alias");
    case MatchRule::Name: return QStringLiteral("name");
    case MatchRule::Fuzzy: return QStringLiteral("fuzzy");
    }
    return {};
}

QString normalizedPersonName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    char16_t previousBase = 0;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        // Combining marks are dropped only after Latin letters: in Thai, Lao and Khmer they are
        // vowels and tone marks that tell names apart.
        if (category == QChar::Mark_NonSpacing && previousBase < 0x0250)
            continue;
        if (category == QChar::Other_Format || isApostrophe(c))
            continue; // zero-width spaces of Thai text; "Ma'am", "Dato'"
        if (c.isLetterOrNumber() || c.isMark()) {
            out += c;
            if (!c.isMark())
                previousBase = c.unicode();
        } else if (!out.isEmpty() && !out.endsWith(u' ')) {
            out += u' ';
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out.toCaseFolded();
}

TitlesRemoved withoutTitles(const QString &normalizedName)
{
    TitlesRemoved result;
    QStringList tokens = normalizedName.split(u' ', Qt::SkipEmptyParts);
    bool removed = true;
    while (removed && tokens.size() > 1) {
        removed = false;
        for (const Title &title : titles()) {
            const QStringList parts = title.normalized.split(u' ');
            if (parts.size() >= tokens.size())
                continue;
            if (std::equal(parts.begin(), parts.end(), tokens.begin())) {
                tokens.erase(tokens.begin(), tokens.begin() + parts.size());
                result.removed << title.written;
                removed = true;
                break;
            }
        }
    }
    if (!tokens.isEmpty()) {
        for (const Title &title : joinedTitles()) {
            QString &first = tokens.first();
            if (first.size() >= title.normalized.size() + 2 && first.startsWith(title.normalized)) {
                first.remove(0, title.normalized.size());
                result.removed << title.written;
                break;
            }
        }
    }
    result.name = tokens.join(u' ');
    return result;
}

bool isDeviceName(const QString &name)
{
    static const QStringList devices{
        QStringLiteral("iphone"),  QStringLiteral("ipad"),    QStringLiteral("android"), QStringLiteral("galaxy"),
        QStringLiteral("samsung"), QStringLiteral("redmi"),   QStringLiteral("xiaomi"),  QStringLiteral("oppo"),
        QStringLiteral("vivo"),    QStringLiteral("realme"),  QStringLiteral("huawei"),  QStringLiteral("pixel"),
        QStringLiteral("nokia"),   QStringLiteral("infinix"), QStringLiteral("tecno"),   QStringLiteral("poco"),
        QStringLiteral("macbook"), QStringLiteral("desktop"), QStringLiteral("laptop"),
    };
    const QString normalized = normalizedPersonName(name);
    const QString first = normalized.section(u' ', 0, 0);
    return !first.isEmpty() && devices.contains(first);
}

QString withoutDeviceName(const QString &name)
{
    static const QRegularExpression owned(
        QStringLiteral("^(.+?)['’]s\\s+(iphone|ipad|galaxy|android|samsung|redmi|xiaomi|oppo|vivo|realme|huawei|pixel|"
                       "macbook|laptop|desktop|phone|tablet)\\b.*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = name.trimmed();
    const auto match = owned.match(trimmed);
    if (match.hasMatch())
        return match.captured(1).trimmed();
    return isDeviceName(trimmed) ? QString() : trimmed;
}

int similarityPercent(const QString &a, const QString &b)
{
    return percentOf(similarity(comparableName(normalizedPersonName(a)), comparableName(normalizedPersonName(b))));
}

IdentityMatcher::IdentityMatcher(const std::vector<Participant> &roster)
{
    for (const Participant &p : roster) {
        if (p.erasedAt)
            continue;
        const std::size_t person = m_ids.size();
        m_ids.push_back(p.id);
        m_names.push_back(p.name);
        QStringList emails{p.email};
        emails << p.otherEmails;
        for (const QString &email : std::as_const(emails)) {
            const QString folded = email.trimmed().toCaseFolded();
            if (folded.isEmpty())
                continue;
            auto &people = m_byEmail[folded];
            if (std::find(people.begin(), people.end(), person) == people.end())
                people.push_back(person);
        }
        const auto addKey = [&](const QString &written, bool alias, bool preferred) {
            const QString normalized = normalizedPersonName(written);
            if (normalized.isEmpty())
                return;
            const std::size_t index = m_keys.size();
            const TitlesRemoved stripped = withoutTitles(normalized);
            m_keys.push_back({person, written.trimmed(), normalized, stripped, comparableName(stripped.name), alias, preferred});
            (alias ? m_byAlias : m_byName)[normalized].push_back(index);
            m_byStripped[m_keys.back().stripped.name].push_back(index);
        };
        addKey(p.name, false, false);
        if (!p.preferredName.trimmed().isEmpty())
            addKey(p.preferredName, false, true);
        for (const QString &alias : p.aliases)
            if (!isDeviceName(alias))
                addKey(alias, true, false);
    }
}

std::vector<IdentityMatcher::Variant> IdentityMatcher::variantsOf(const IdentityNames &identity) const
{
    QStringList written;
    const auto add = [&written](const QString &text) {
        const QString name = withoutDeviceName(text);
        if (!name.isEmpty() && !written.contains(name))
            written << name;
    };
    QStringList names{identity.name};
    names << identity.otherNames;
    for (const QString &name : std::as_const(names)) {
        add(name);
        add(withoutTeamsSuffix(name));
        const ZoomName zoom = splitZoomName(name);
        if (!zoom.originalName.isEmpty()) {
            add(zoom.name);
            // "Dara (TA)" keeps its own parentheses: only a name of two words or more is taken for
            // Zoom's original name, so that a role is never mistaken for a nickname.
            if (zoom.originalName.contains(u' '))
                add(zoom.originalName);
        }
    }
    for (const QString &name : std::as_const(names))
        for (const QString &piece : namePieces(name))
            if (piece.size() > 2) // "TH", "PH": the country in front
                add(piece);
    std::vector<Variant> variants;
    for (const QString &text : std::as_const(written)) {
        const QString normalized = normalizedPersonName(text);
        if (!normalized.isEmpty())
            variants.push_back({text, normalized, withoutTitles(normalized)});
    }
    return variants;
}

IdentityMatch IdentityMatcher::exactOrAmbiguous(const std::vector<std::size_t> &people, MatchRule rule,
                                                const QString &reason) const
{
    if (people.size() == 1)
        return {rule, m_ids[people.front()], 100, reason};
    QStringList names;
    for (const std::size_t person : people)
        names << quoted(m_names[person]);
    // Several people fit: propose the first and let the trainer choose.
    return {MatchRule::Fuzzy, m_ids[people.front()], 100,
            Text::tr("%1, but %n people on the roster fit: %2", nullptr, int(people.size()))
                .arg(reason, names.join(QStringLiteral(", ")))};
}

IdentityMatch IdentityMatcher::match(const IdentityNames &identity) const
{
    const QString email = identity.email.trimmed();
    if (email.contains(u'@')) {
        const auto found = m_byEmail.find(email.toCaseFolded());
        if (found != m_byEmail.end())
            return exactOrAmbiguous(found->second, MatchRule::Email, Text::tr("same e-mail %1").arg(email));
    }

    const std::vector<Variant> variants = variantsOf(identity);
    const auto peopleOf = [this](const std::vector<std::size_t> &keys) {
        std::vector<std::size_t> people;
        for (const std::size_t k : keys)
            if (std::find(people.begin(), people.end(), m_keys[k].person) == people.end())
                people.push_back(m_keys[k].person);
        return people;
    };

    for (const Variant &v : variants) {
        const auto found = m_byAlias.find(v.normalized);
        if (found != m_byAlias.end())
            return exactOrAmbiguous(peopleOf(found->second), MatchRule::Alias,
                                    Text::tr("alias %1").arg(quoted(m_keys[found->second.front()].written)));
    }

    for (const Variant &v : variants) {
        const auto found = m_byName.find(v.normalized);
        if (found == m_byName.end())
            continue;
        const NameKey &k = m_keys[found->second.front()];
        QString reason;
        if (k.preferred)
            reason = Text::tr("preferred name %1").arg(quoted(k.written));
        else if (k.written == v.written.trimmed())
            reason = Text::tr("same name %1").arg(quoted(k.written));
        else
            reason = Text::tr("same name as %1 apart from case, spacing or accents").arg(quoted(k.written));
        return exactOrAmbiguous(peopleOf(found->second), MatchRule::Name, reason);
    }

    for (const Variant &v : variants) {
        if (v.stripped.name.isEmpty())
            continue;
        const auto found = m_byStripped.find(v.stripped.name);
        if (found == m_byStripped.end())
            continue;
        QStringList removed = v.stripped.removed;
        for (const std::size_t k : found->second)
            for (const QString &title : m_keys[k].stripped.removed)
                if (!removed.contains(title))
                    removed << title;
        QStringList shown;
        for (const QString &title : std::as_const(removed))
            shown << quoted(title);
        const QString reason = Text::tr("name matches after removing %1").arg(shown.join(Text::tr(" and ")));
        return exactOrAmbiguous(peopleOf(found->second), MatchRule::Name, reason);
    }

    // Similar names are proposals only.
    // Anything that could round up to the threshold is compared in full.
    const double cutoff = (proposalThreshold - 0.5) / 100.0 - 1e-9;
    double best = 0.0;
    std::size_t bestKey = 0;
    for (const Variant &v : variants) {
        const ComparableName mine = comparableName(v.stripped.name);
        if (mine.text.size() < 4)
            continue;
        for (std::size_t k = 0; k < m_keys.size(); ++k) {
            const QString &theirs = m_keys[k].stripped.name;
            if (theirs.size() < 4)
                continue;
            // Below this length ratio no measure can reach the threshold.
            const double lengths = double(std::min(theirs.size(), mine.text.size()))
                                   / double(std::max(theirs.size(), mine.text.size()));
            if (lengths < 0.5)
                continue;
            const double value = similarity(mine, m_keys[k].comparable, std::max(best, cutoff));
            if (value > best) {
                best = value;
                bestKey = k;
            }
        }
    }
    if (percentOf(best) >= proposalThreshold) {
        const NameKey &k = m_keys[bestKey];
        return {MatchRule::Fuzzy, m_ids[k.person], percentOf(best),
                Text::tr("%1% similar to %2").arg(percentOf(best)).arg(quoted(k.written))};
    }
    return {};
}

std::vector<MatchCandidate> IdentityMatcher::similar(const IdentityNames &identity, std::size_t limit) const
{
    const std::vector<Variant> variants = variantsOf(identity);
    std::vector<ComparableName> mine;
    for (const Variant &v : variants)
        mine.push_back(comparableName(v.stripped.name));
    std::vector<MatchCandidate> best(m_ids.size());
    for (std::size_t person = 0; person < m_ids.size(); ++person)
        best[person] = {m_ids[person], -1, m_names[person]};
    for (const NameKey &k : m_keys) {
        for (const ComparableName &c : mine) {
            const int percent = percentOf(similarity(c, k.comparable));
            if (percent > best[k.person].percent)
                best[k.person] = {m_ids[k.person], percent, k.written};
        }
    }
    std::stable_sort(best.begin(), best.end(),
                     [](const MatchCandidate &a, const MatchCandidate &b) { return a.percent > b.percent; });
    if (best.size() > limit)
        best.resize(limit);
    for (MatchCandidate &c : best)
        c.percent = std::max(c.percent, 0);
    return best;
}

} // namespace sala
