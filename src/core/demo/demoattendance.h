#pragma once
// The attendance of the demo session as Zoom would export it, so that Reports has real data on a
// first start: late arrivals, dropped connections, a person on two devices, nicknames, a title,
// an alias, and two phones that kept their default names.

#include <QByteArray>
#include <QDate>
#include <QString>

namespace sala {

// Zoom's participants report (title case, with the meeting block) of the demo session.
QByteArray demoAttendanceExport(QDate sessionDate);
// The name Zoom gives the download: participants_<meeting id>_<yyyy_MM_dd>.csv.
QString demoAttendanceFileName(QDate sessionDate);

} // namespace sala
