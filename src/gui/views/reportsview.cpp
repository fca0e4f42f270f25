#include "views/reportsview.h"

#include "domain/names.h"
#include "kindstyle.h"
#include "workshopcontext.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace sala {
namespace {

QTableWidget *makeTable(QWidget *parent, const QString &accessibleName)
{
    auto *table = new QTableWidget(parent);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setAccessibleName(accessibleName);
    return table;
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QWidget *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

} // namespace

ReportsView::ReportsView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_timeByKind(makeTable(this, tr("Planned time by kind"))),
      m_rosterByCountry(makeTable(this, tr("Roster by country and sex")))
{
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(boxed(tr("Planned time by kind of activity"), m_timeByKind, this), 1);
    layout->addWidget(boxed(tr("Enrolled participants by country and sex"), m_rosterByCountry, this), 1);
    connect(&m_context, &WorkshopContext::sessionChanged, this, &ReportsView::reloadPlan);
    connect(&m_context, &WorkshopContext::workshopChanged, this, &ReportsView::reloadRoster);
    reloadPlan();
    reloadRoster();
}

void ReportsView::reloadPlan()
{
    std::map<ActivityKind, int> minutes;
    int total = 0;
    if (const Session *session = m_context.session()) {
        for (const Activity &a : session->activities) {
            minutes[a.kind] += a.plannedMinutes;
            total += a.plannedMinutes;
        }
    }
    m_timeByKind->clear();
    m_timeByKind->setColumnCount(3);
    m_timeByKind->setHorizontalHeaderLabels({tr("Kind"), tr("Minutes"), tr("Share")});
    m_timeByKind->setRowCount(int(minutes.size()) + 1);
    int row = 0;
    for (const auto &[kind, value] : minutes) {
        m_timeByKind->setItem(row, 0, new QTableWidgetItem(kindIcon(kind), displayName(kind)));
        m_timeByKind->setItem(row, 1, numberItem(value));
        auto *share = new QTableWidgetItem(QStringLiteral("%1 %").arg(QLocale().toString(100.0 * value / std::max(total, 1), 'f', 0)));
        share->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_timeByKind->setItem(row, 2, share);
        ++row;
    }
    auto *totalLabel = new QTableWidgetItem(tr("Total"));
    QFont bold = totalLabel->font();
    bold.setBold(true);
    totalLabel->setFont(bold);
    m_timeByKind->setItem(row, 0, totalLabel);
    m_timeByKind->setItem(row, 1, numberItem(total));
}

void ReportsView::reloadRoster()
{
    std::map<QString, std::map<Sex, int>> counts;
    for (const Participant &p : m_context.roster())
        ++counts[p.country][p.sex];
    const std::vector<Sex> &sexes = allSexes();
    m_rosterByCountry->clear();
    m_rosterByCountry->setColumnCount(int(sexes.size()) + 2);
    QStringList headers{tr("Country")};
    for (Sex sex : sexes)
        headers << displayName(sex);
    headers << tr("Total");
    m_rosterByCountry->setHorizontalHeaderLabels(headers);
    m_rosterByCountry->setRowCount(int(counts.size()) + 1);
    int row = 0;
    std::map<Sex, int> columnTotals;
    for (const auto &[country, bySex] : counts) {
        m_rosterByCountry->setItem(row, 0, new QTableWidgetItem(country.isEmpty() ? tr("Not stated") : countryName(country)));
        int rowTotal = 0;
        for (std::size_t c = 0; c < sexes.size(); ++c) {
            const auto it = bySex.find(sexes[c]);
            const int value = it == bySex.end() ? 0 : it->second;
            rowTotal += value;
            columnTotals[sexes[c]] += value;
            m_rosterByCountry->setItem(row, int(c) + 1, numberItem(value));
        }
        m_rosterByCountry->setItem(row, int(sexes.size()) + 1, numberItem(rowTotal));
        ++row;
    }
    m_rosterByCountry->setItem(row, 0, new QTableWidgetItem(tr("Total")));
    int grand = 0;
    for (std::size_t c = 0; c < sexes.size(); ++c) {
        grand += columnTotals[sexes[c]];
        m_rosterByCountry->setItem(row, int(c) + 1, numberItem(columnTotals[sexes[c]]));
    }
    m_rosterByCountry->setItem(row, int(sexes.size()) + 1, numberItem(grand));
}

} // namespace sala
