#include "domain/names.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>
#include <utility>

namespace sala {
namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[candidate, text] : table)
        if (candidate == value)
            return QString::fromUtf16(text);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, const QString &key)
{
    for (const auto &[candidate, text] : table)
        if (key == QStringView(text))
            return candidate;
    return std::nullopt;
}

constexpr std::array<std::pair<Platform, const char16_t *>, 4> platformKeys{{
    {Platform::Zoom, u"zoom"},
    {Platform::Teams, u"teams"},
    {Platform::Meet, u"meet"},
    {Platform::Other, u"other"},
}};

constexpr std::array<std::pair<ActivityKind, const char16_t *>, 12> kindKeys{{
    {ActivityKind::Welcome, u"welcome"},
    {ActivityKind::Icebreaker, u"icebreaker"},
    {ActivityKind::Input, u"input"},
    {ActivityKind::Individual, u"individual"},
    {ActivityKind::Breakout, u"breakout"},
    {ActivityKind::Plenary, u"plenary"},
    {ActivityKind::Poll, u"poll"},
    {ActivityKind::Energizer, u"energizer"},
    {ActivityKind::Break, u"break"},
    {ActivityKind::ActionPlanning, u"action-planning"},
    {ActivityKind::Evaluation, u"evaluation"},
    {ActivityKind::Other, u"other"},
}};

constexpr std::array<std::pair<Grouping, const char16_t *>, 5> groupingKeys{{
    {Grouping::HomeGroups, u"home"},
    {Grouping::NewMix, u"mix"},
    {Grouping::TriosPairs, u"trios"},
    {Grouping::ByLanguage, u"language"},
    {Grouping::Manual, u"manual"},
}};

constexpr std::array<std::pair<Sex, const char16_t *>, 4> sexKeys{{
    {Sex::Female, u"female"},
    {Sex::Male, u"male"},
    {Sex::Another, u"another"},
    {Sex::NotStated, u"not-stated"},
}};

constexpr std::array<std::pair<OrganizationType, const char16_t *>, 7> organizationKeys{{
    {OrganizationType::Enterprise, u"enterprise"},
    {OrganizationType::BdsProvider, u"bds-provider"},
    {OrganizationType::EmployersOrganization, u"employers-organization"},
    {OrganizationType::BusinessAssociation, u"business-association"},
    {OrganizationType::Ngo, u"ngo"},
    {OrganizationType::Government, u"government"},
    {OrganizationType::Other, u"other"},
}};

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::Names)
};

} // namespace

QString key(Platform value)
{
    return keyOf(platformKeys, value);
}
QString key(ActivityKind value)
{
    return keyOf(kindKeys, value);
}
QString key(Grouping value)
{
    return keyOf(groupingKeys, value);
}
QString key(Sex value)
{
    return keyOf(sexKeys, value);
}
QString key(OrganizationType value)
{
    return keyOf(organizationKeys, value);
}

std::optional<Platform> platformFromKey(const QString &key)
{
    return valueOf(platformKeys, key);
}
std::optional<ActivityKind> activityKindFromKey(const QString &key)
{
    return valueOf(kindKeys, key);
}
std::optional<Grouping> groupingFromKey(const QString &key)
{
    return valueOf(groupingKeys, key);
}
std::optional<Sex> sexFromKey(const QString &key)
{
    return valueOf(sexKeys, key);
}
std::optional<OrganizationType> organizationTypeFromKey(const QString &key)
{
    return valueOf(organizationKeys, key);
}

QString displayName(Platform value)
{
    switch (value) {
    case Platform::Zoom: return Text::tr("Zoom");
    case Platform::Teams: return Text::tr("Microsoft Teams");
    case Platform::Meet: return Text::tr("Google Meet");
    case Platform::Other: return Text::tr("Other platform");
    }
    return {};
}

QString displayName(ActivityKind value)
{
    switch (value) {
    case ActivityKind::Welcome: return Text::tr("Welcome / briefing");
    case ActivityKind::Icebreaker: return Text::tr("Icebreaker");
    case ActivityKind::Input: return Text::tr("Input / presentation");
    case ActivityKind::Individual: return Text::tr("Individual work");
    case ActivityKind::Breakout: return Text::tr("Breakout group work");
    case ActivityKind::Plenary: return Text::tr("Plenary debrief");
    case ActivityKind::Poll: return Text::tr("Poll / quiz");
    case ActivityKind::Energizer: return Text::tr("Energizer");
    case ActivityKind::Break: return Text::tr("Break");
    case ActivityKind::ActionPlanning: return Text::tr("Action planning");
    case ActivityKind::Evaluation: return Text::tr("Evaluation");
    case ActivityKind::Other: return Text::tr("Other");
    }
    return {};
}

QString displayName(Grouping value)
{
    switch (value) {
    case Grouping::HomeGroups: return Text::tr("Keep home groups");
    case Grouping::NewMix: return Text::tr("New mix");
    case Grouping::TriosPairs: return Text::tr("Trios or pairs");
    case Grouping::ByLanguage: return Text::tr("By language");
    case Grouping::Manual: return Text::tr("Manual");
    }
    return {};
}

QString displayName(Sex value)
{
    switch (value) {
    case Sex::Female: return Text::tr("Female");
    case Sex::Male: return Text::tr("Male");
    case Sex::Another: return Text::tr("Another");
    case Sex::NotStated: return Text::tr("Not stated");
    }
    return {};
}

QString displayName(OrganizationType value)
{
    switch (value) {
    case OrganizationType::Enterprise: return Text::tr("Enterprise");
    case OrganizationType::BdsProvider: return Text::tr("BDS provider");
    case OrganizationType::EmployersOrganization: return Text::tr("Employers' organization");
    case OrganizationType::BusinessAssociation: return Text::tr("Business association");
    case OrganizationType::Ngo: return Text::tr("NGO");
    case OrganizationType::Government: return Text::tr("Government");
    case OrganizationType::Other: return Text::tr("Other");
    }
    return {};
}

const std::vector<ActivityKind> &allActivityKinds()
{
    static const std::vector<ActivityKind> kinds = [] {
        std::vector<ActivityKind> result;
        for (const auto &entry : kindKeys)
            result.push_back(entry.first);
        return result;
    }();
    return kinds;
}

const std::vector<Sex> &allSexes()
{
    static const std::vector<Sex> sexes{Sex::Female, Sex::Male, Sex::Another, Sex::NotStated};
    return sexes;
}

QString countryName(const QString &isoCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(isoCode);
    if (territory == QLocale::AnyTerritory)
        return isoCode;
    return QLocale::territoryToString(territory);
}

int maximumBreakoutRooms(Platform platform)
{
    switch (platform) {
    case Platform::Zoom: return 100;
    case Platform::Teams: return 50;
    case Platform::Meet: return 100;
    case Platform::Other: return 100;
    }
    return 100;
}

} // namespace sala
