#include "roster/rosternames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RosterNames)
};

constexpr std::array<std::pair<AgeBand, const char16_t *>, 8> ageBandKeys{{
    {AgeBand::NotStated, u"not-stated"},
    {AgeBand::Under18, u"under-18"},
    {AgeBand::From18To24, u"18-24"},
    {AgeBand::From25To34, u"25-34"},
    {AgeBand::From35To44, u"35-44"},
    {AgeBand::From45To54, u"45-54"},
    {AgeBand::From55To64, u"55-64"},
    {AgeBand::From65, u"65+"},
}};

constexpr std::array<std::pair<EnterpriseSize, const char16_t *>, 5> sizeKeys{{
    {EnterpriseSize::Unknown, u""},
    {EnterpriseSize::Micro, u"micro"},
    {EnterpriseSize::Small, u"small"},
    {EnterpriseSize::Medium, u"medium"},
    {EnterpriseSize::Large, u"large"},
}};

} // namespace

QString key(AgeBand value)
{
    for (const auto &[band, text] : ageBandKeys)
        if (band == value)
            return QString::fromUtf16(text);
    return QStringLiteral("not-stated");
}

std::optional<AgeBand> ageBandFromKey(const QString &key)
{
    for (const auto &[band, text] : ageBandKeys)
        if (key == QStringView(text))
            return band;
    return std::nullopt;
}

QString displayName(AgeBand value)
{
    switch (value) {
    case AgeBand::NotStated: return Text::tr("Not stated");
    case AgeBand::Under18: return Text::tr("Under 18");
    case AgeBand::From18To24: return Text::tr("18–24");
    case AgeBand::From25To34: return Text::tr("25–34");
    case AgeBand::From35To44: return Text::tr("35–44");
    case AgeBand::From45To54: return Text::tr("45–54");
    case AgeBand::From55To64: return Text::tr("55–64");
    case AgeBand::From65: return Text::tr("65 and over");
    }
    return {};
}

const std::vector<AgeBand> &allAgeBands()
{
    static const std::vector<AgeBand> bands = [] {
        std::vector<AgeBand> result;
        for (const auto &entry : ageBandKeys)
            result.push_back(entry.first);
        return result;
    }();
    return bands;
}

QString key(EnterpriseSize value)
{
    for (const auto &[size, text] : sizeKeys)
        if (size == value)
            return QString::fromUtf16(text);
    return {};
}

std::optional<EnterpriseSize> enterpriseSizeFromKey(const QString &key)
{
    for (const auto &[size, text] : sizeKeys)
        if (key == QStringView(text))
            return size;
    return std::nullopt;
}

QString displayName(EnterpriseSize value)
{
    switch (value) {
    case EnterpriseSize::Unknown: return Text::tr("Unknown");
    case EnterpriseSize::Micro: return Text::tr("Micro");
    case EnterpriseSize::Small: return Text::tr("Small");
    case EnterpriseSize::Medium: return Text::tr("Medium");
    case EnterpriseSize::Large: return Text::tr("Large");
    }
    return {};
}

const std::vector<OrganizationType> &allOrganizationTypes()
{
    static const std::vector<OrganizationType> types{OrganizationType::Enterprise,
                                                     OrganizationType::BdsProvider,
                                                     OrganizationType::EmployersOrganization,
                                                     OrganizationType::BusinessAssociation,
                                                     OrganizationType::Ngo,
                                                     OrganizationType::Government,
                                                     OrganizationType::Other};
    return types;
}

const QStringList &consentPurposeKeys()
{
    static const QStringList keys{QStringLiteral("training"), QStringLiteral("reporting"), QStringLiteral("follow-up"),
                                  QStringLiteral("photos")};
    return keys;
}

QString consentPurposeName(const QString &key)
{
    if (key == u"training")
        return Text::tr("Running the training");
    if (key == u"reporting")
        return Text::tr("Anonymous reports to the funder");
    if (key == u"follow-up")
        return Text::tr("Follow-up contact after the workshop");
    if (key == u"photos")
        return Text::tr("Photos and screenshots");
    return key;
}

const QStringList &homeCountries()
{
    static const QStringList countries{QStringLiteral("KH"), QStringLiteral("LA"), QStringLiteral("MY"), QStringLiteral("PH"),
                                       QStringLiteral("TH")};
    return countries;
}

} // namespace sala
