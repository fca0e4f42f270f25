#pragma once
// Sorts text with the interface language's collation (so Thai, Khmer and Lao names sort as their
// readers expect) and filters on a search role, matching every typed word.

#include <QCollator>
#include <QSortFilterProxyModel>

namespace sala {

class CollatingProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    CollatingProxyModel(int searchRole, QObject *parent = nullptr);

    void setSearchText(const QString &text);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QCollator m_collator;
    int m_searchRole;
    QStringList m_words;
};

} // namespace sala
