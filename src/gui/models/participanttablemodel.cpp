#include "models/participanttablemodel.h"

#include "commands/rostercommands.h"
#include "domain/names.h"
#include "liveroster.h"
#include "plan/schedule.h"
#include "roster/rosternames.h"
#include "roster/rostersettingsstore.h"
#include "roster/valueparsers.h"
#include "workshopcontext.h"

#include <QBrush>
#include <QDateTime>
#include <QFont>
#include <QPalette>
#include <QUndoStack>

namespace sala {
namespace {

template <typename Enum>
QStringList namesOf(const std::vector<Enum> &values)
{
    QStringList names;
    for (const Enum value : values)
        names << displayName(value);
    return names;
}

template <typename Enum>
int indexIn(const std::vector<Enum> &values, Enum value)
{
    const auto it = std::find(values.begin(), values.end(), value);
    return it == values.end() ? -1 : int(it - values.begin());
}

} // namespace

ParticipantTableModel::ParticipantTableModel(LiveRoster &roster, QObject *parent) : QAbstractTableModel(parent), m_roster(roster)
{
    reloadSizeRules();
    connect(&m_roster, &LiveRoster::reset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&m_roster, &LiveRoster::participantChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(&m_roster, &LiveRoster::participantAboutToBeAdded, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(&m_roster, &LiveRoster::participantAdded, this, [this] { endInsertRows(); });
    connect(&m_roster, &LiveRoster::participantAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(&m_roster, &LiveRoster::participantRemoved, this, [this] { endRemoveRows(); });
    connect(&m_roster, &LiveRoster::attendanceChanged, this, [this](qint64 participantId) {
        if (const int row = m_roster.rowOf(participantId); row >= 0)
            Q_EMIT dataChanged(index(row, Attendance), index(row, Attendance));
    });
    connect(&m_roster, &LiveRoster::expectationChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, Expected), index(rowCount() - 1, Expected));
    });
}

void ParticipantTableModel::reloadSizeRules()
{
    if (auto rules = RosterSettingsStore(m_roster.context().store()).sizeRules())
        m_rules = std::move(rules.value());
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SizeClass), index(rowCount() - 1, SizeClass));
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roster.people().size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Participant &ParticipantTableModel::participantAt(int row) const
{
    return m_roster.people()[std::size_t(row)];
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Participant &p = participantAt(index.row());
    const bool erased = p.erasedAt.has_value();

    if (role == ParticipantIdRole)
        return p.id;
    if (role == SearchTextRole) {
        if (erased)
            return QString();
        return QString(
            QStringList{p.name, p.preferredName, p.organization, p.email, p.phone, p.sector, countryName(p.country)}.join(u' ')
            + u' ' + p.aliases.join(u' ') + u' ' + p.otherEmails.join(u' '));
    }
    if (role == ChoicesRole) {
        switch (Column(index.column())) {
        case OrganizationType: return namesOf(allOrganizationTypes());
        case Sex: return namesOf(allSexes());
        case AgeBand: return namesOf(allAgeBands());
        case Role: return namesOf(allParticipantRoles());
        default: return {};
        }
    }
    if (role == Qt::CheckStateRole) {
        if (index.column() == Consent)
            return p.consentGiven ? Qt::Checked : Qt::Unchecked;
        if (index.column() == Expected)
            return m_roster.isExpected(p.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role == Qt::EditRole) {
        switch (Column(index.column())) {
        case OrganizationType: return indexIn(allOrganizationTypes(), p.organizationType);
        case Sex: return indexIn(allSexes(), p.sex);
        case AgeBand: return indexIn(allAgeBands(), p.ageBand);
        case Role: return indexIn(allParticipantRoles(), p.role);
        case Country: return p.country;
        case Employees: return p.employees ? QVariant(*p.employees) : QVariant(QString());
        default: break;
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (Column(index.column())) {
        case Name:
            if (erased && !raw)
                return tr("(personal data erased)");
            return p.name;
        case PreferredName: return p.preferredName;
        case Role: return raw ? QVariant(int(p.role)) : QVariant(displayName(p.role));
        case Email: return p.email;
        case Phone: return p.phone;
        case Organization: return p.organization;
        case OrganizationType: return raw ? QVariant(int(p.organizationType)) : QVariant(displayName(p.organizationType));
        case Country: return raw ? p.country : countryName(p.country);
        case Sex: return raw ? QVariant(int(p.sex)) : QVariant(displayName(p.sex));
        case AgeBand:
            return raw ? QVariant(int(p.ageBand))
                       : QVariant(p.ageBand == sala::AgeBand::NotStated ? QString() : displayName(p.ageBand));
        case Employees: return p.employees ? QVariant(*p.employees) : QVariant();
        case SizeClass: {
            const EnterpriseSize size = classifyEnterprise(p.employees, p.country, m_rules);
            return raw ? QVariant(int(size)) : QVariant(size == EnterpriseSize::Unknown ? QString() : displayName(size));
        }
        case Sector: return p.sector;
        case Consent:
            if (raw)
                return p.consentGiven;
            return p.consentGiven ? tr("Given") : tr("Not given");
        case Expected:
            if (raw)
                return m_roster.isExpected(p.id);
            return m_roster.isExpected(p.id) ? tr("Expected") : tr("Not this session");
        case Attendance: {
            const PersonAttendance attendance = m_roster.attendanceOf(p.id);
            if (raw)
                return int(attendance.state);
            if (attendance.state == AttendanceState::NotArrived)
                return QString();
            const QDateTime when = attendance.state == AttendanceState::Present || attendance.state == AttendanceState::Late
                                       ? attendance.firstArrival.value_or(QDateTime())
                                       : attendance.lastChange.value_or(QDateTime());
            return tr("%1 %2").arg(displayName(attendance.state), clockTime(when, m_roster.context().primaryZone()));
        }
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::FontRole && erased && index.column() == Name) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ForegroundRole) {
        if (erased)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Consent && !p.consentGiven)
            return QBrush(QColor(0xB0, 0x3A, 0x2E)); // the flag people must not miss
    }
    if (role == Qt::FontRole && index.column() == Role && p.role != ParticipantRole::Participant && !erased) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (erased)
            return tr("Personal data erased on %1; only anonymous counts are kept.")
                .arg(QLocale().toString(p.erasedAt->toLocalTime(), QLocale::ShortFormat));
        if (index.column() == Name && !p.aliases.isEmpty())
            return tr("Also known as: %1").arg(p.aliases.join(QStringLiteral(", ")));
        if (index.column() == Consent && p.consentGiven) {
            QString tip = p.consentAt
                              ? tr("Given on %1").arg(QLocale().toString(p.consentAt->toLocalTime(), QLocale::ShortFormat))
                              : tr("Given (time not recorded)");
            if (!p.consentNotice.isEmpty())
                tip += u'\n' + tr("Privacy notice %1").arg(p.consentNotice);
            QStringList purposes;
            for (const QString &purpose : p.consentPurposes)
                purposes << consentPurposeName(purpose);
            if (!purposes.isEmpty())
                tip += u'\n' + purposes.join(u'\n');
            return tip;
        }
    }
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
    case Role: return tr("Role");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    case Organization: return tr("Organization");
    case OrganizationType: return tr("Organization type");
    case Country: return tr("Country");
    case Sex: return tr("Sex");
    case AgeBand: return tr("Age");
    case Employees: return tr("Employees");
    case SizeClass: return tr("Size");
    case Sector: return tr("Sector");
    case Consent: return tr("Consent");
    case Expected: return tr("This session");
    case Attendance: return tr("Check-in");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ParticipantTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || participantAt(index.row()).erasedAt)
        return flags;
    switch (Column(index.column())) {
    case SizeClass:
    case Attendance: return flags;
    case Consent: return flags | Qt::ItemIsUserCheckable;
    case Expected: return m_roster.sessionId() == 0 ? flags : flags | Qt::ItemIsUserCheckable;
    default: return flags | Qt::ItemIsEditable;
    }
}

bool ParticipantTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Participant &current = participantAt(index.row());
    if (current.erasedAt)
        return false;
    QUndoStack *stack = m_roster.context().undoStack();
    if (role == Qt::CheckStateRole && index.column() == Expected) {
        const bool expected = value.toInt() == Qt::Checked;
        if (expected == m_roster.isExpected(current.id))
            return false;
        stack->push(new SetExpectedCommand(m_roster, {current.id}, expected));
        return true;
    }
    Participant edited = current;
    if (role == Qt::CheckStateRole && index.column() == Consent) {
        edited.consentGiven = value.toInt() == Qt::Checked;
        // Ticking the box records consent given now; unticking withdraws it.
        edited.consentAt = edited.consentGiven ? std::optional(QDateTime::currentDateTimeUtc()) : std::nullopt;
        if (!edited.consentGiven) {
            edited.consentNotice.clear();
            edited.consentPurposes.clear();
        }
    } else if (role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        auto choice = [&](auto values, auto &field) {
            bool ok = false;
            const int i = value.toInt(&ok);
            if (!ok || i < 0 || i >= int(values.size()))
                return false;
            field = values[std::size_t(i)];
            return true;
        };
        switch (Column(index.column())) {
        case Name:
            if (text.isEmpty())
                return false; // a person always has a name
            edited.name = text;
            break;
        case PreferredName: edited.preferredName = text; break;
        case Email:
            if (!text.isEmpty() && !isPlausibleEmail(text))
                return false;
            edited.email = text;
            break;
        case Phone: edited.phone = text; break;
        case Organization: edited.organization = text; break;
        case Sector: edited.sector = text; break;
        case OrganizationType:
            if (!choice(allOrganizationTypes(), edited.organizationType))
                return false;
            break;
        case Sex:
            if (!choice(allSexes(), edited.sex))
                return false;
            break;
        case AgeBand:
            if (!choice(allAgeBands(), edited.ageBand))
                return false;
            break;
        case Role:
            if (!choice(allParticipantRoles(), edited.role))
                return false;
            break;
        case Country: {
            const auto country = parseCountry(text);
            if (!country)
                return false;
            edited.country = *country;
            break;
        }
        case Employees: {
            const auto count = parseEmployees(text);
            if (!count)
                return false;
            edited.employees = count->value;
            break;
        }
        default: return false;
        }
    } else {
        return false;
    }
    if (edited == current)
        return false;
    stack->push(new EditParticipantsCommand(
        m_roster, {edited},
        tr("Change the %1 of “%2”").arg(headerData(index.column(), Qt::Horizontal).toString().toLower(), current.name)));
    return true;
}

} // namespace sala
