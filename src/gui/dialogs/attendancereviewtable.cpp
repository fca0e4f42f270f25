#include "dialogs/attendancereviewtable.h"

#include "models/attendancereviewmodel.h"

#include <QHeaderView>
#include <QTableView>

namespace sala {

void setUpAttendanceReviewTable(QTableView &table, AttendanceReviewModel &model, const QString &accessibleName, int nameWidth)
{
    table.setModel(&model);
    table.verticalHeader()->hide();
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setSelectionMode(QAbstractItemView::SingleSelection);
    table.setEditTriggers(QAbstractItemView::NoEditTriggers);
    table.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table.horizontalHeader()->setStretchLastSection(true);
    table.setWordWrap(false);
    table.setAlternatingRowColors(true);
    table.setAccessibleName(accessibleName);
    table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 8);
    // Narrow enough on a 1366-pixel screen that "Why" keeps room to read.
    table.setColumnWidth(AttendanceReviewModel::Name, nameWidth);
    table.setColumnWidth(AttendanceReviewModel::Email, 150);
    table.setColumnWidth(AttendanceReviewModel::Minutes, 60);
    table.setColumnWidth(AttendanceReviewModel::Status, 135);
    table.setColumnWidth(AttendanceReviewModel::Participant, 170);
}

} // namespace sala
