#pragma once
// Recognises the people an attendance export names among a workshop's roster: the same e-mail
// address, a known alias, the same name once case, spacing, accents and titles are set aside, or,
// as a proposal the trainer must confirm, a similar name. Every match says why, in words.

#include "domain/participant.h"

#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

namespace sala {

enum class MatchRule {
    None,
    Email, // the same address, case aside
    Alias, // one of the person's aliases
    Name,  // the name or preferred name, after normalizing and removing titles
    Fuzzy, // a similar name, or an exact one shared by several people: a proposal only
};

// "email", "alias", "name", "fuzzy"; empty for None. Stored, never changed.
QString key(MatchRule rule);

struct IdentityMatch {
    MatchRule rule = MatchRule::None;
    qint64 participantId = 0; // the person found, or proposed for a Fuzzy match; 0 for None
    int percent = 0;          // how similar, for Fuzzy; 100 for the exact rules
    QString reason;           // "same e-mail a.b@example.org", "alias ‘Noi’", "82% similar to ‘Somchai Jaidee’"
    // E-mail, alias and name matches are applied at once; a fuzzy one waits for review.
    bool isApplied() const { return rule == MatchRule::Email || rule == MatchRule::Alias || rule == MatchRule::Name; }
    bool operator==(const IdentityMatch &) const = default;
};

// How an export names one person: the name it is known by (Zoom: the original name), any other
// names the same person showed in the file (Zoom's display name) and the e-mail address.
struct IdentityNames {
    QString name;
    QStringList otherNames;
    QString email;
};

struct MatchCandidate {
    qint64 participantId = 0;
    int percent = 0;
    QString matched; // the roster's name or alias that came closest, as written
};

// Case folded, accents of Latin letters removed through Unicode decomposition (Thai, Lao and
// Khmer marks are vowels and tones, so they stay), apostrophes dropped, other punctuation as
// spaces, single spaces: "  Ma. Cristina  DELA-CRUZ " → "ma cristina dela cruz".
QString normalizedPersonName(const QString &name);

struct TitlesRemoved {
    QString name;        // normalized, without the titles
    QStringList removed; // the titles as usually written: "Khun", "Nang Sao", "Ma'am"
};
// Removes leading titles and honorifics (Mr, Mrs, Ms, Miss, Dr, Khun, Pak, Ibu, Encik, Puan, Cik,
// Tuan, Sir, Ma'am, Atty, Engr, Nai, Nang, Nang Sao, Lok, Lok Srey, Sao, Thao and their Thai, Lao
// and Khmer spellings) from a normalized name. A name that is nothing but a title keeps it.
TitlesRemoved withoutTitles(const QString &normalizedName);

// What is left of a phone's default meeting name once the device is removed: "Dara's iPhone" →
// "Dara"; empty for "iPhone", "Galaxy A12" and other names that are only a device.
QString withoutDeviceName(const QString &name);
bool isDeviceName(const QString &name);

// 0–100: normalized optimal-string-alignment (Damerau–Levenshtein) distance over the names as
// written and with their words sorted, and a weighted token-set overlap when two or more words
// are shared. Inputs are normalized first.
int similarityPercent(const QString &a, const QString &b);

// A name prepared once for many comparisons.
struct ComparableName {
    QString text;   // normalized
    QString sorted; // its words sorted
    QStringList tokens;
    qsizetype tokenChars = 0;
    // Letters counted by code point modulo 64: a cheap lower bound on the edit distance, so that
    // a search of a large roster compares most names without aligning them.
    std::array<quint8, 64> histogram{};
};
ComparableName comparableName(const QString &normalizedName);

class IdentityMatcher final {
public:
    // Erased people are left out: nothing is left to match them by.
    explicit IdentityMatcher(const std::vector<Participant> &roster);

    IdentityMatch match(const IdentityNames &identity) const;
    // The roster people whose names come closest, best first: the list the trainer picks from.
    std::vector<MatchCandidate> similar(const IdentityNames &identity, std::size_t limit) const;

    // A proposal needs at least this similarity.
    static constexpr int proposalThreshold = 75;

private:
    struct NameKey {
        std::size_t person = 0;
        QString written; // as on the roster
        QString normalized;
        TitlesRemoved stripped;
        ComparableName comparable; // of the name without titles
        bool alias = false;
        bool preferred = false;
    };
    struct Variant {
        QString written;
        QString normalized;
        TitlesRemoved stripped;
    };
    std::vector<Variant> variantsOf(const IdentityNames &identity) const;
    IdentityMatch exactOrAmbiguous(const std::vector<std::size_t> &people, MatchRule rule, const QString &reason) const;

    std::vector<qint64> m_ids;
    std::vector<QString> m_names; // each person's name as written, for messages
    std::vector<NameKey> m_keys;
    using Index = std::unordered_map<QString, std::vector<std::size_t>>;
    Index m_byEmail;    // folded address → people
    Index m_byAlias;    // normalized alias → keys
    Index m_byName;     // normalized name or preferred name → keys
    Index m_byStripped; // any key without titles → keys
};

} // namespace sala
