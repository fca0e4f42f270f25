#include "views/reports/certificatelistmodel.h"

#include "domain/names.h"
#include "views/reports/attendancematrixmodel.h"

#include <QLocale>

namespace sala {

CertificateListModel::CertificateListModel(QObject *parent) : QAbstractTableModel(parent) {}

void CertificateListModel::setReport(std::shared_ptr<const AttendanceReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    m_rows = m_report ? m_report->certificateHolders() : std::vector<const ReportPerson *>();
    endResetModel();
}

int CertificateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CertificateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ReportPerson &person = *m_rows[std::size_t(index.row())];
    const bool raw = role == RawValueRole;
    if (index.column() == Certificate && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const auto tone = completionTone(person.status);
        if (tone)
            return role == Qt::BackgroundRole ? statusBackground(*tone) : statusOnBackground(*tone);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Share || index.column() == Hours))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (Column(index.column())) {
    case Name: return person.reportName();
    case Certificate:
        if (raw)
            return key(person.status);
        return person.status == CompletionStatus::Completed ? tr("Completion") : tr("Participation");
    case Share: return raw ? QVariant(person.sharePercent) : QVariant(tr("%1 %").arg(person.sharePercent));
    case Hours: return raw ? QVariant(person.credited) : QVariant(hoursText(person.credited, QLocale()));
    case Country:
        return raw ? QVariant(person.country) : QVariant(person.country.isEmpty() ? QString() : countryName(person.country));
    case ColumnCount: break;
    }
    return {};
}

QVariant CertificateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Certificate: return tr("Certificate");
    case Share: return tr("Workshop share");
    case Hours: return tr("Hours counted");
    case Country: return tr("Country");
    case ColumnCount: break;
    }
    return {};
}

} // namespace sala
