#include "models/rosterfilterproxymodel.h"

#include "models/participanttablemodel.h"

namespace sala {

RosterFilterProxyModel::RosterFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void RosterFilterProxyModel::setFilters(const Filters &filters)
{
    if (filters == m_filters)
        return;
    m_filters = filters;
    invalidateFilter();
}

bool RosterFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    using M = ParticipantTableModel;
    auto raw = [&](int column) { return sourceModel()->index(sourceRow, column, sourceParent).data(M::RawValueRole); };
    if (!m_filters.country.isEmpty() && raw(M::Country).toString() != m_filters.country)
        return false;
    if (m_filters.sex && raw(M::Sex).toInt() != int(*m_filters.sex))
        return false;
    if (m_filters.organizationType && raw(M::OrganizationType).toInt() != int(*m_filters.organizationType))
        return false;
    if (m_filters.consent && raw(M::Consent).toBool() != *m_filters.consent)
        return false;
    if (m_filters.expected && raw(M::Expected).toBool() != *m_filters.expected)
        return false;
    return true;
}

} // namespace sala
