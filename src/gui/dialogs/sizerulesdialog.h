#pragma once
// Edits the per-country head counts that make an enterprise micro, small or medium. The shipped
// values are starting points: national definitions change and some depend on the sector.

#include "roster/sizeclass.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTableWidget;

namespace sala {

class SizeRulesDialog final : public QDialog {
    Q_OBJECT
public:
    SizeRulesDialog(const std::vector<SizeRule> &rules, QWidget *parent = nullptr);

    // The rules as edited; rows without a valid country code are left out.
    std::vector<SizeRule> rules() const;
    QTableWidget *table() const { return m_table; }

private:
    void addRow(const SizeRule &rule);
    void check();

    QTableWidget *m_table;
    QLabel *m_problem;
};

} // namespace sala
