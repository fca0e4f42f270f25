#pragma once
// Stable keys (stored in the database and plan files) and translated display names for the
// domain's enumerations. Keys never change once released; names follow the interface language.

#include "domain/participant.h"
#include "domain/plan.h"

#include <QString>

#include <optional>
#include <vector>

namespace sala {

QString key(Platform value);
QString key(ActivityKind value);
QString key(Grouping value);
QString key(Sex value);
QString key(OrganizationType value);

std::optional<Platform> platformFromKey(const QString &key);
std::optional<ActivityKind> activityKindFromKey(const QString &key);
std::optional<Grouping> groupingFromKey(const QString &key);
std::optional<Sex> sexFromKey(const QString &key);
std::optional<OrganizationType> organizationTypeFromKey(const QString &key);

QString displayName(Platform value);
QString displayName(ActivityKind value);
QString displayName(Grouping value);
QString displayName(Sex value);
QString displayName(OrganizationType value);

const std::vector<ActivityKind> &allActivityKinds();
const std::vector<Sex> &allSexes();

// Localized country name for an ISO 3166-1 alpha-2 code; the code itself when unknown.
QString countryName(const QString &isoCode);

// Zoom, Teams and Meet cap the number of breakout rooms differently.
int maximumBreakoutRooms(Platform platform);

} // namespace sala
