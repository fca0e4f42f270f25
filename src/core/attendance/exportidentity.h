#pragma once
// How a row of an export names a person: Zoom's "Name (Original Name)", Teams' "(Guest)",
// "(Unverified)" and "(External)" suffixes and #EXT# guest accounts, and the key that tells one
// person from another within the exports of one meeting.

#include "attendance/attendanceexport.h"

#include <QString>
#include <QStringView>

namespace sala {

struct ZoomName {
    QString name;         // before the last balanced parentheses; the whole cell when there are none
    QString originalName; // inside them; empty when there are none
};
// "Noy (Phoutthasone Keomany)" → "Noy" and "Phoutthasone Keomany". A name that only ever had
// parentheses of its own ("Dara (TA)") cannot be told apart: the caller keeps both parts.
ZoomName splitZoomName(QStringView cell);

// "Marcelo Reyes (Guest)" → "Marcelo Reyes"; also "(Unverified)", "(External)", "(EXT)" and a
// trailing "#EXT#…" part.
QString withoutTeamsSuffix(QStringView name);

// "somchai.j_example.org#EXT#@tenant.onmicrosoft.com" → "somchai.j@example.org"; other text as is.
QString emailFromTeamsAccount(QStringView account);

// The name and e-mail that identify the row's person (see docs/attendance-formats.md).
QString identityName(const ExportRow &row, ExportPlatform platform);
QString identityEmail(const ExportRow &row, ExportPlatform platform);
// "email:somchai.j@example.org" when there is an address, else "name:" and the name with case
// and spaces folded.
QString identityKey(const QString &name, const QString &email);

} // namespace sala
