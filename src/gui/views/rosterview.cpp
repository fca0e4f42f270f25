#include "views/rosterview.h"

#include "domain/names.h"
#include "models/collatingproxymodel.h"
#include "models/participanttablemodel.h"
#include "workshopcontext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <map>

namespace sala {

RosterView::RosterView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new ParticipantTableModel(context, this)),
      m_proxy(new CollatingProxyModel(ParticipantTableModel::SearchTextRole, this)), m_search(new QLineEdit(this)),
      m_counts(new QLabel(this)), m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ParticipantTableModel::RawValueRole);
    m_proxy->setSortLocaleAware(true);

    m_search->setPlaceholderText(tr("Search names, aliases, organizations, emails…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the roster"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CollatingProxyModel::setSearchText);

    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("Roster counts"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Participants"));

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_counts);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &RosterView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RosterView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RosterView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RosterView::updateCounts);
    updateCounts();
}

void RosterView::updateCounts()
{
    const auto &roster = m_context.roster();
    std::map<Sex, int> bySex;
    std::map<QString, int> byCountry;
    for (const Participant &p : roster) {
        ++bySex[p.sex];
        ++byCountry[p.country];
    }
    QStringList sexParts;
    for (Sex sex : allSexes())
        if (bySex[sex] > 0)
            sexParts << tr("%1 %2").arg(displayName(sex)).arg(bySex[sex]);
    QStringList countryParts;
    for (const auto &[country, count] : byCountry)
        countryParts << tr("%1 %2").arg(country.isEmpty() ? tr("no country") : countryName(country)).arg(count);

    QString text = tr("%n participant(s)", nullptr, int(roster.size()));
    if (m_proxy->rowCount() != int(roster.size()))
        text += tr(" (%n shown)", nullptr, m_proxy->rowCount());
    if (!roster.empty())
        text += QStringLiteral(" · ") + sexParts.join(QStringLiteral(", ")) + QStringLiteral(" · ")
                + countryParts.join(QStringLiteral(", "));
    m_counts->setText(text);
}

} // namespace sala
