#pragma once
// The record of everything done with personal data: each export that holds it (what, when,
// which file) and each erasure. Entries carry ids, never names, so the log itself keeps no
// personal data after an erasure.

#include "util/expected.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace sala {

class Store;

struct PersonalDataLogEntry {
    enum class Action { RosterExport, AccessExport, Erasure, RetentionErasure };
    qint64 id = 0;
    QDateTime at; // UTC
    Action action = Action::RosterExport;
    QString description;
    QString file;
    qint64 workshopId = 0;
    qint64 participantId = 0;
    int recordCount = 0;
    int withoutConsent = 0;              // people in the export who have not given consent
    QString via = QStringLiteral("app"); // "app" or "cli"
};

QString key(PersonalDataLogEntry::Action action);
QString displayName(PersonalDataLogEntry::Action action);

class PersonalDataLog final {
public:
    explicit PersonalDataLog(Store &store) : m_store(store) {}

    // Adds the entry (stamping the time when unset) and fills in its id.
    Status record(PersonalDataLogEntry &entry);
    // Newest first. With a participant: entries about them and roster exports of their workshops.
    Expected<std::vector<PersonalDataLogEntry>> entries() const;
    Expected<std::vector<PersonalDataLogEntry>> entriesAbout(qint64 participantId) const;

private:
    Store &m_store;
};

} // namespace sala
