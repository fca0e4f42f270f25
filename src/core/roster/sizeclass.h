#pragma once
// Micro, small and medium enterprises by head count, from a per-country rule table that the
// user edits (the shipped values are starting points; national definitions change).

#include "roster/rosternames.h"

#include <QString>

#include <optional>
#include <vector>

namespace sala {

struct SizeRule {
    QString country; // ISO 3166-1 alpha-2; empty for every country without its own rule
    int microMax = 9;
    int smallMax = 49;
    int mediumMax = 249;
    QString note;
    bool operator==(const SizeRule &) const = default;
};

// The class of an enterprise with `employees` people in `country`; Unknown without a head
// count. Uses the country's rule, else the rule for any country, else 9/49/249.
EnterpriseSize classifyEnterprise(std::optional<int> employees, const QString &country, const std::vector<SizeRule> &rules);

} // namespace sala
