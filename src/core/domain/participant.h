#pragma once
// A person on a workshop roster. The name is stored exactly as written: names are never split
// into given and family parts, because Khmer, Thai, Lao, Malay and Filipino names do not follow
// one rule.

#include "domain/roles.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sala {

enum class Sex { NotStated, Female, Male, Another };

// Age in bands, never a birth date: reports need the band and nothing finer.
enum class AgeBand { NotStated, Under18, From18To24, From25To34, From35To44, From45To54, From55To64, From65 };

enum class OrganizationType {
    Enterprise,
    BdsProvider,
    EmployersOrganization,
    BusinessAssociation,
    Ngo,
    Government,
    Other,
};

struct Participant {
    qint64 id = 0;
    QString name;            // as written
    QString preferredName;   // what they like to be called, e.g. a Thai nickname
    QStringList aliases;     // other names they appear under, e.g. a Zoom display name
    QString email;           // the main address, used for matching and exports
    QStringList otherEmails; // further addresses the person registered with
    QString phone;
    QString organization;
    OrganizationType organizationType = OrganizationType::Enterprise;
    QString country; // ISO 3166-1 alpha-2: KH, LA, MY, PH, TH, ...
    Sex sex = Sex::NotStated;
    QString sector;
    std::optional<int> employees; // enterprise size as a head count
    QStringList languages;        // BCP 47 codes
    AgeBand ageBand = AgeBand::NotStated;
    bool needsInterpretation = false;
    QString notes;
    bool consentGiven = false;
    std::optional<QDateTime> consentAt;
    QString consentNotice;       // version of the privacy notice agreed to, e.g. "2026-01"
    QStringList consentPurposes; // keys such as "training", "reporting", "follow-up", "photos"
    QString source;              // where the record came from, e.g. "demo", "Google Forms export"
    // The role in the workshop whose roster the record was read from or is written into: it is
    // kept on the enrolment, so a record read outside a roster says Participant.
    ParticipantRole role = ParticipantRole::Participant;
    // Set when the person's personal data was erased; the row keeps only anonymous facts.
    std::optional<QDateTime> erasedAt;
    bool operator==(const Participant &) const = default;
};

} // namespace sala
