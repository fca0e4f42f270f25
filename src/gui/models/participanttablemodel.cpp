#include "models/participanttablemodel.h"

#include "domain/names.h"
#include "workshopcontext.h"

namespace sala {

ParticipantTableModel::ParticipantTableModel(WorkshopContext &context, QObject *parent)
    : QAbstractTableModel(parent), m_context(context)
{
    connect(&m_context, &WorkshopContext::workshopChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_context.roster().size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Participant &p = m_context.roster()[std::size_t(index.row())];

    if (role == SearchTextRole) {
        return QString(QStringList{p.name, p.preferredName, p.organization, p.email, p.sector, countryName(p.country)}.join(u' ')
                       + u' ' + p.aliases.join(u' '));
    }
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (Column(index.column())) {
        case Name: return p.name;
        case PreferredName: return p.preferredName;
        case Country: return role == RawValueRole ? p.country : countryName(p.country);
        case Sex: return role == RawValueRole ? QVariant(int(p.sex)) : QVariant(displayName(p.sex));
        case Organization: return p.organization;
        case OrganizationType:
            return role == RawValueRole ? QVariant(int(p.organizationType)) : QVariant(displayName(p.organizationType));
        case Sector: return p.sector;
        case Employees: return p.employees ? QVariant(*p.employees) : QVariant();
        case Consent:
            if (role == RawValueRole)
                return p.consentGiven;
            return p.consentGiven ? tr("Given") : tr("Not given");
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !p.aliases.isEmpty())
        return tr("Also known as: %1").arg(p.aliases.join(QStringLiteral(", ")));
    if (role == Qt::TextAlignmentRole && index.column() == Employees)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case PreferredName: return tr("Preferred name");
    case Country: return tr("Country");
    case Sex: return tr("Sex");
    case Organization: return tr("Organization");
    case OrganizationType: return tr("Organization type");
    case Sector: return tr("Sector");
    case Employees: return tr("Employees");
    case Consent: return tr("Consent");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sala
