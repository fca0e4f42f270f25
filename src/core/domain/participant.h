#pragma once
// A person on a workshop roster. The name is stored exactly as written: names are never split
// into given and family parts, because Khmer, Thai, Lao, Malay and Filipino names do not follow
// one rule.

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace sala {

enum class Sex { NotStated, Female, Male, Another };

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
    QString name;           // as written
    QString preferredName;  // what they like to be called, e.g. a Thai nickname
    QStringList aliases;    // other names they appear under, e.g. a Zoom display name
    QString email;
    QString phone;
    QString organization;
    OrganizationType organizationType = OrganizationType::Enterprise;
    QString country;  // ISO 3166-1 alpha-2: KH, LA, MY, PH, TH, ...
    Sex sex = Sex::NotStated;
    QString sector;
    std::optional<int> employees;  // enterprise size as a head count
    QStringList languages;         // BCP 47 codes
    bool consentGiven = false;
    std::optional<QDateTime> consentAt;
    QString source;  // where the record came from, e.g. "demo", "Google Forms export"
    bool operator==(const Participant &) const = default;
};

} // namespace sala
