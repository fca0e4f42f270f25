#include "roster/sizeclass.h"

#include <algorithm>

namespace sala {

EnterpriseSize classifyEnterprise(std::optional<int> employees, const QString &country, const std::vector<SizeRule> &rules)
{
    if (!employees || *employees < 0)
        return EnterpriseSize::Unknown;
    auto rule = std::find_if(rules.begin(), rules.end(), [&](const SizeRule &r) { return r.country == country; });
    if (rule == rules.end())
        rule = std::find_if(rules.begin(), rules.end(), [](const SizeRule &r) { return r.country.isEmpty(); });
    const SizeRule fallback;
    const SizeRule &applied = rule == rules.end() ? fallback : *rule;
    if (*employees <= applied.microMax)
        return EnterpriseSize::Micro;
    if (*employees <= applied.smallMax)
        return EnterpriseSize::Small;
    if (*employees <= applied.mediumMax)
        return EnterpriseSize::Medium;
    return EnterpriseSize::Large;
}

} // namespace sala
