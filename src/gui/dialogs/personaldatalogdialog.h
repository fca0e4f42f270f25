#pragma once
// Shows the personal data log: every export that held personal data (what, when, which file)
// and every erasure, newest first.

#include "roster/personaldatalog.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace sala {

class PersonalDataLogDialog final : public QDialog {
    Q_OBJECT
public:
    PersonalDataLogDialog(const std::vector<PersonalDataLogEntry> &entries, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

} // namespace sala
