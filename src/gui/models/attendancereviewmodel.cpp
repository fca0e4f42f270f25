#include "models/attendancereviewmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace sala {

AttendanceReviewModel::AttendanceReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void AttendanceReviewModel::reset(std::vector<AttendanceReviewItem> items, std::map<qint64, QString> rosterNames)
{
    beginResetModel();
    m_items = std::move(items);
    m_rosterNames = std::move(rosterNames);
    // What needs the trainer first; the collation order of the names within each part.
    std::stable_partition(m_items.begin(), m_items.end(), [this](const AttendanceReviewItem &item) {
        const auto found = m_decisions.find(item.key);
        const bool decided = found != m_decisions.end() && found->second.resolution != IdentityResolution::Automatic;
        return !decided && !item.match.isApplied();
    });
    endResetModel();
}

int AttendanceReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttendanceReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

IdentityDecision AttendanceReviewModel::decision(int row) const
{
    const auto found = m_decisions.find(item(row).key);
    return found == m_decisions.end() ? IdentityDecision{} : found->second;
}

void AttendanceReviewModel::setDecision(int row, IdentityDecision decision)
{
    if (row < 0 || row >= rowCount())
        return;
    if (decision.resolution == IdentityResolution::Automatic)
        m_decisions.erase(item(row).key);
    else
        m_decisions[item(row).key] = decision;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

AttendanceReviewModel::ReviewStatus AttendanceReviewModel::status(int row) const
{
    const AttendanceReviewItem &i = item(row);
    switch (decision(row).resolution) {
    case IdentityResolution::Participant: return ReviewStatus::Picked;
    case IdentityResolution::AddToRoster: return ReviewStatus::Added;
    case IdentityResolution::Ignore: return ReviewStatus::Ignored;
    case IdentityResolution::Automatic: break;
    }
    if (i.match.isApplied())
        return ReviewStatus::Matched;
    return i.match.rule == MatchRule::Fuzzy ? ReviewStatus::Proposed : ReviewStatus::NotMatched;
}

qint64 AttendanceReviewModel::participantOf(int row) const
{
    const IdentityDecision d = decision(row);
    if (d.resolution == IdentityResolution::Participant)
        return d.participantId;
    return d.resolution == IdentityResolution::Automatic ? item(row).match.participantId : 0;
}

int AttendanceReviewModel::rowOfKey(const QString &key) const
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        if (m_items[i].key == key)
            return int(i);
    return -1;
}

QString AttendanceReviewModel::statusName(ReviewStatus status)
{
    switch (status) {
    case ReviewStatus::Matched: return tr("Matched");
    case ReviewStatus::Proposed: return tr("Proposed — confirm?");
    case ReviewStatus::NotMatched: return tr("Not matched");
    case ReviewStatus::Picked: return tr("Matched by you");
    case ReviewStatus::Added: return tr("Add to roster");
    case ReviewStatus::Ignored: return tr("Ignored");
    }
    return {};
}

QVariant AttendanceReviewModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    const AttendanceReviewItem &i = item(row);
    const ReviewStatus s = status(row);
    if (role == IdentityKeyRole)
        return i.key;
    if (role == RawValueRole) {
        switch (Column(index.column())) {
        case Name: return i.key;
        case Email: return i.email;
        case Minutes: return i.seconds;
        case Status: return int(s);
        case Participant: return participantOf(row);
        case Reason: return i.match.reason;
        case ColumnCount: break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Name && !i.otherNames.isEmpty())
        return tr("Also shown as: %1").arg(i.otherNames.join(QStringLiteral(", ")));
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return data(index, Qt::DisplayRole);
    if (role == Qt::TextAlignmentRole && index.column() == Minutes)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status && needsReview(s))
        return QBrush(QColor(0x9c, 0x4a, 0x00)); // dark amber: readable on white, and the word says it too
    if (role == Qt::FontRole && index.column() == Status && needsReview(s)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        if (i.name.isEmpty())
            return tr("(no name)");
        return i.otherNames.isEmpty() ? i.name : tr("%1 (%2)").arg(i.name, i.otherNames.front());
    case Email: return i.email;
    case Minutes: return QLocale().toString((i.seconds + 30) / 60);
    case Status: return statusName(s);
    case Participant: {
        if (s == ReviewStatus::Added)
            return tr("new: %1").arg(i.name.isEmpty() ? i.email : i.name);
        const qint64 id = s == ReviewStatus::Proposed ? i.match.participantId : participantOf(row);
        const auto found = m_rosterNames.find(id);
        if (found == m_rosterNames.end())
            return QString();
        return s == ReviewStatus::Proposed ? tr("%1?").arg(found->second) : found->second;
    }
    case Reason:
        switch (s) {
        case ReviewStatus::Picked:
            return decision(row).participantId == i.match.participantId && i.match.rule != MatchRule::None
                       ? tr("confirmed by you: %1").arg(i.match.reason)
                       : tr("chosen by you");
        case ReviewStatus::Added: return tr("will be added to the workshop’s roster");
        case ReviewStatus::Ignored: return tr("left out of the reports");
        case ReviewStatus::NotMatched: return tr("no one on the roster with this e-mail or name");
        case ReviewStatus::Matched:
        case ReviewStatus::Proposed: return i.match.reason;
        }
        return {};
    case ColumnCount: break;
    }
    return {};
}

QVariant AttendanceReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("In the file");
    case Email: return tr("E-mail");
    case Minutes: return tr("Minutes");
    case Status: return tr("Status");
    case Participant: return tr("Roster participant");
    case Reason: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}

QString AttendanceReviewModel::summary() const
{
    int matched = 0, proposed = 0, waiting = 0, added = 0, ignored = 0;
    for (int row = 0; row < rowCount(); ++row) {
        switch (status(row)) {
        case ReviewStatus::Matched:
        case ReviewStatus::Picked: ++matched; break;
        case ReviewStatus::Proposed: ++proposed; break;
        case ReviewStatus::NotMatched: ++waiting; break;
        case ReviewStatus::Added: ++added; break;
        case ReviewStatus::Ignored: ++ignored; break;
        }
    }
    QString text = tr("%n people in the file(s): ", nullptr, rowCount()) + tr("%1 matched").arg(matched);
    if (proposed > 0)
        text += tr(", %1 proposed").arg(proposed);
    if (waiting > 0)
        text += tr(", %1 not matched").arg(waiting);
    if (added > 0)
        text += tr(", %1 to add to the roster").arg(added);
    if (ignored > 0)
        text += tr(", %1 ignored").arg(ignored);
    text += u'.';
    if (proposed + waiting > 0)
        text += u' ' + tr("Proposed and unmatched people are left out of the reports until they are matched.");
    return text;
}

} // namespace sala
