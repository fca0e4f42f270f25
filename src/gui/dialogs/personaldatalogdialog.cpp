#include "dialogs/personaldatalogdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sala {

PersonalDataLogDialog::PersonalDataLogDialog(const std::vector<PersonalDataLogEntry> &entries, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(entries.size()), 6, this))
{
    setWindowTitle(tr("Personal Data Log"));
    resize(900, 420);
    auto *intro = new QLabel(tr("Every export that contained personal data, and every erasure, as Sala recorded it. The log "
                                "holds numbers, not names, so it keeps nothing of the people it mentions."),
                             this);
    intro->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Details"), tr("People"), tr("Without consent"), tr("File")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Personal data log"));
    for (int row = 0; row < int(entries.size()); ++row) {
        const PersonalDataLogEntry &e = entries[std::size_t(row)];
        const QStringList cells{QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                                displayName(e.action) + (e.via == u"cli" ? tr(" (command line)") : QString()),
                                e.description,
                                QString::number(e.recordCount),
                                e.action == PersonalDataLogEntry::Action::RosterExport ? QString::number(e.withoutConsent)
                                                                                       : QString(),
                                e.file};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
}

} // namespace sala
