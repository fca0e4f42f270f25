#pragma once
// Narrows the roster table to people matching the chosen filters: country, sex, organization
// type, consent and whether they are expected at the current session. Search text and sorting
// are left to the collating proxy above it.

#include "domain/participant.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace sala {

class RosterFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    struct Filters {
        QString country; // ISO code; empty for every country
        std::optional<Sex> sex;
        std::optional<OrganizationType> organizationType;
        std::optional<bool> consent;
        std::optional<bool> expected;
        bool operator==(const Filters &) const = default;
    };

    explicit RosterFilterProxyModel(QObject *parent = nullptr);

    const Filters &filters() const { return m_filters; }
    void setFilters(const Filters &filters);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filters m_filters;
};

} // namespace sala
