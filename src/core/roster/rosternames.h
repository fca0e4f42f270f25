#pragma once
// Stable keys and translated names for the roster's own enumerations: age bands, enterprise size
// classes, consent purposes and check-in states. Keys are stored and never change.

#include "domain/participant.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sala {

enum class EnterpriseSize { Unknown, Micro, Small, Medium, Large };

QString key(AgeBand value);
std::optional<AgeBand> ageBandFromKey(const QString &key);
QString displayName(AgeBand value);
const std::vector<AgeBand> &allAgeBands();

QString key(EnterpriseSize value);
std::optional<EnterpriseSize> enterpriseSizeFromKey(const QString &key);
QString displayName(EnterpriseSize value);

const std::vector<OrganizationType> &allOrganizationTypes();

// Purposes a person may agree to; the keys are what is stored.
const QStringList &consentPurposeKeys();
QString consentPurposeName(const QString &key);

// The countries Sala's trainers work in, first in every country list.
const QStringList &homeCountries();

} // namespace sala
