#pragma once
// Finds people on a roster from a few typed letters of any of their names, aliases or e-mail
// addresses, fast enough to answer each keystroke on a roster of thousands. Letters match the
// start of a word first ("dar" finds "Sok Dara"), then anywhere; accents and case are ignored.

#include "domain/participant.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sala {

struct CheckInMatch {
    std::size_t index = 0; // into the roster the index was built from
    int score = 0;         // higher is better
    QString matched;       // the name, alias or address that matched, as written
};

class CheckInIndex final {
public:
    CheckInIndex() = default;
    explicit CheckInIndex(const std::vector<Participant> &roster) { rebuild(roster); }

    // Erased people are left out: there is nothing left to find them by.
    void rebuild(const std::vector<Participant> &roster);
    std::vector<CheckInMatch> search(const QString &typed, std::size_t limit = 10) const;

    // Lower case, accents removed, punctuation as spaces, single spaces: what matching compares.
    static QString fold(const QString &text);

private:
    struct Key {
        std::size_t person = 0;
        QString text;   // as written
        QString folded; // fold(text), with a leading space so " dar" finds word starts
        int weight = 0; // names before aliases before addresses
    };
    std::vector<Key> m_keys;
};

} // namespace sala
