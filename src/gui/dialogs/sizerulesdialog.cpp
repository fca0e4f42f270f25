#include "dialogs/sizerulesdialog.h"

#include "statuscolors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sala {

SizeRulesDialog::SizeRulesDialog(const std::vector<SizeRule> &rules, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 5, this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Enterprise Size Rules"));
    resize(760, 380);
    auto *intro = new QLabel(tr("An enterprise is micro, small or medium when its head count is at most the number given "
                                "for its country; above medium it is large. The values Sala starts with follow national "
                                "definitions as published up to 2024. <b>Check them against the current definitions</b>, "
                                "which may also differ by sector. An empty country applies to every country without a row."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Country code"), tr("Micro up to"), tr("Small up to"), tr("Medium up to"), tr("Note")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Size rules"));
    for (const SizeRule &rule : rules)
        addRow(rule);
    m_table->resizeColumnsToContents();
    m_problem->setStyleSheet(statusLabelStyle(StatusTone::Problem));
    m_problem->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Country"), this);
    auto *remove = new QPushButton(tr("&Remove Row"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({QString(), 9, 49, 249, QString()});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->currentItem());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        check();
    });
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this, &SizeRulesDialog::check);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    check();
}

void SizeRulesDialog::addRow(const SizeRule &rule)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(rule.country));
    for (int c = 1; c <= 3; ++c) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, c == 1 ? rule.microMax : c == 2 ? rule.smallMax : rule.mediumMax);
        m_table->setItem(row, c, item);
    }
    m_table->setItem(row, 4, new QTableWidgetItem(rule.note));
}

std::vector<SizeRule> SizeRulesDialog::rules() const
{
    std::vector<SizeRule> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto text = [&](int column) {
            return m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString();
        };
        const QString country = text(0).toUpper();
        if (!country.isEmpty() && country.size() != 2)
            continue;
        result.push_back({country, text(1).toInt(), text(2).toInt(), text(3).toInt(), text(4)});
    }
    return result;
}

void SizeRulesDialog::check()
{
    QString problem;
    for (const SizeRule &rule : rules())
        if (rule.microMax < 0 || rule.smallMax < rule.microMax || rule.mediumMax < rule.smallMax)
            problem = tr("The limits for %1 must rise from micro to small to medium.")
                          .arg(rule.country.isEmpty() ? tr("other countries") : rule.country);
    m_problem->setText(problem);
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace sala
