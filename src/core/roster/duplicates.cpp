#include "roster/duplicates.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sala {
namespace {

QStringList sortedWords(const QString &key)
{
    QStringList words = key.split(u' ', Qt::SkipEmptyParts);
    words.sort();
    return words;
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(std::size_t(b.size()) + 1);
    std::vector<int> current(std::size_t(b.size()) + 1);
    for (std::size_t j = 0; j < previous.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[std::size_t(j)] = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[std::size_t(b.size())];
}

double ratio(const QString &a, const QString &b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    if (longest == 0)
        return 1.0;
    return 1.0 - double(editDistance(a, b)) / double(longest);
}

} // namespace

QString describe(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameEmail: return QCoreApplication::translate("sala::Duplicates", "same email");
    case DuplicateReason::SamePhone: return QCoreApplication::translate("sala::Duplicates", "same phone");
    case DuplicateReason::SimilarName: return QCoreApplication::translate("sala::Duplicates", "similar name, same organization");
    }
    return {};
}

QString emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QString phoneKey(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    return digits.size() >= 8 ? digits.right(8) : QString();
}

QString nameKey(const QString &name)
{
    QString key = name.normalized(QString::NormalizationForm_KC).toCaseFolded();
    static const QRegularExpression punctuation(QStringLiteral("[.,'’\"()\\-_/]+"));
    key.replace(punctuation, QStringLiteral(" "));
    return key.simplified();
}

QString organizationKey(const QString &organization)
{
    QString key = nameKey(organization);
    static const QRegularExpression suffixes(
        QStringLiteral("\\b(co|ltd|limited|inc|corp|corporation|company|sdn bhd|sdn|bhd|plc|llc|enterprise|enterprises)\\b"));
    key.replace(suffixes, QStringLiteral(" "));
    return key.simplified();
}

double nameSimilarity(const QString &a, const QString &b)
{
    const QString ka = nameKey(a);
    const QString kb = nameKey(b);
    if (ka.isEmpty() || kb.isEmpty())
        return 0.0;
    const QString sa = sortedWords(ka).join(u' ');
    const QString sb = sortedWords(kb).join(u' ');
    return std::max(ratio(ka, kb), ratio(sa, sb));
}

bool similarNames(const QString &a, const QString &b)
{
    if (nameSimilarity(a, b) >= 0.85)
        return true;
    // "Maria Cristina Dela Cruz" and "Maria Cristina R. Dela Cruz": one holds every word of the other.
    QStringList wa = sortedWords(nameKey(a));
    QStringList wb = sortedWords(nameKey(b));
    if (wa.size() > wb.size())
        std::swap(wa, wb);
    if (wa.size() < 2)
        return false;
    return std::all_of(wa.begin(), wa.end(), [&](const QString &w) { return wb.contains(w); });
}

void DuplicateIndex::add(const Participant &participant)
{
    const std::size_t index = m_people.size();
    m_people.push_back({participant.name, participant.organization});
    if (const QString k = emailKey(participant.email); !k.isEmpty())
        m_byEmail.emplace(k, index);
    for (const QString &other : participant.otherEmails)
        if (const QString k = emailKey(other); !k.isEmpty())
            m_byEmail.emplace(k, index);
    if (const QString k = phoneKey(participant.phone); !k.isEmpty())
        m_byPhone.emplace(k, index);
    if (const QString k = organizationKey(participant.organization); !k.isEmpty())
        m_byOrganization.emplace(k, index);
}

std::optional<DuplicateHit> DuplicateIndex::find(const Participant &participant) const
{
    QStringList emails{participant.email};
    emails << participant.otherEmails;
    for (const QString &email : emails) {
        const QString k = emailKey(email);
        if (k.isEmpty())
            continue;
        if (auto it = m_byEmail.find(k); it != m_byEmail.end())
            return DuplicateHit{it->second, DuplicateReason::SameEmail};
    }
    if (const QString k = phoneKey(participant.phone); !k.isEmpty())
        if (auto it = m_byPhone.find(k); it != m_byPhone.end())
            return DuplicateHit{it->second, DuplicateReason::SamePhone};
    if (const QString k = organizationKey(participant.organization); !k.isEmpty() && !participant.name.isEmpty()) {
        const auto [begin, end] = m_byOrganization.equal_range(k);
        std::optional<DuplicateHit> best;
        for (auto it = begin; it != end; ++it)
            if (similarNames(participant.name, m_people[it->second].name))
                if (!best || it->second < best->index)
                    best = DuplicateHit{it->second, DuplicateReason::SimilarName};
        return best;
    }
    return std::nullopt;
}

} // namespace sala
