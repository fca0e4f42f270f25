#include "models/importpreviewmodel.h"

#include "statuscolors.h"
#include "domain/names.h"

#include <QBrush>
#include <QColor>

namespace sala {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPlan(const ImportPlan *plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : int(m_plan->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ImportRow &row = m_plan->rows[std::size_t(index.row())];
    const Participant &p = row.participant;
    const bool problem = !row.problems.empty();
    if (role == HasProblemRole)
        return problem;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (Column(index.column())) {
        case Line: return row.line;
        case Status: {
            if (problem) {
                QStringList messages;
                for (const ImportProblem &each : row.problems)
                    messages << (each.header.isEmpty() ? each.message : tr("%1: %2").arg(each.header, each.message));
                return messages.join(QStringLiteral("; "));
            }
            if (const DuplicateMatch *match = m_plan->duplicateOf(std::size_t(index.row())))
                return tr("Matches %1 (%2)").arg(match->otherName, describe(match->reason));
            return tr("OK");
        }
        case Name: return p.name;
        case Email: return p.email;
        case Phone: return p.phone;
        case Organization: return p.organization;
        case Country: return role == RawValueRole ? p.country : countryName(p.country);
        case Sex: return role == RawValueRole ? QVariant(int(p.sex)) : QVariant(displayName(p.sex));
        case Consent:
            if (role == RawValueRole)
                return p.consentGiven;
            return p.consentGiven ? tr("Given") : tr("Not given");
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Status && problem)
        return data(index, Qt::DisplayRole);
    if (role == Qt::BackgroundRole && problem)
        return QBrush(statusBackground(StatusTone::Problem));
    if (role == Qt::ForegroundRole && problem)
        return QBrush(statusOnBackground(StatusTone::Problem));
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Line: return tr("Line");
    case Status: return tr("Check");
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    case Organization: return tr("Organization");
    case Country: return tr("Country");
    case Sex: return tr("Sex");
    case Consent: return tr("Consent");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sala
