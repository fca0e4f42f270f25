#pragma once
// Finds people who are already on file: the same e-mail address, the same phone number, or a
// very similar name in the same organization. Names are compared as written, word order aside
// ("Sok Dara" and "Dara Sok"), never split into given and family names.

#include "domain/participant.h"

#include <QString>

#include <optional>
#include <unordered_map>
#include <vector>

namespace sala {

enum class DuplicateReason { SameEmail, SamePhone, SimilarName };

QString describe(DuplicateReason reason);

// Keys for matching: lower-case address; the last eight digits of a phone number, so that
// "+855 12 555 014" and "012 555 014" agree (empty for shorter numbers); a case-folded name.
QString emailKey(const QString &email);
QString phoneKey(const QString &phone);
QString nameKey(const QString &name);
QString organizationKey(const QString &organization);

// 1.0 for the same words in any order, falling towards 0 with the edit distance.
double nameSimilarity(const QString &a, const QString &b);
bool similarNames(const QString &a, const QString &b);

struct DuplicateHit {
    std::size_t index = 0; // into the list searched
    DuplicateReason reason = DuplicateReason::SameEmail;
};

// Looks people up among a list (the database's participants, or rows imported before) by the
// three rules. Built once, asked many times.
class DuplicateIndex final {
public:
    void add(const Participant &participant);
    std::size_t size() const { return m_people.size(); }
    // The first hit, by the strongest reason: e-mail, then phone, then name.
    std::optional<DuplicateHit> find(const Participant &participant) const;

private:
    struct Person {
        QString name;
        QString organization;
    };
    std::vector<Person> m_people;
    std::unordered_multimap<QString, std::size_t> m_byEmail;
    std::unordered_multimap<QString, std::size_t> m_byPhone;
    std::unordered_multimap<QString, std::size_t> m_byOrganization;
};

} // namespace sala
