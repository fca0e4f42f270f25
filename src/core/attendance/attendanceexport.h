#pragma once
// What Sala reads from a Zoom, Teams or Google Meet attendance export before anything is stored:
// the meeting, one row per row of the file, and which layout the file was recognised as.
//
// Times: exports give the wall-clock time of the exporting account without a zone. Sala keeps
// them as QDateTime values with the Qt::UTC spec that mean "this wall-clock reading, zone not yet
// decided"; they become instants only when imported with a zone the user confirms. (Teams Live
// Events reports are the one layout whose times are UTC by the vendor's definition; see
// docs/attendance-formats.md.)

#include "roster/valueparsers.h" // DateOrder

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace sala {

enum class ExportPlatform { Zoom, Teams, Meet };

// "zoom", "teams", "meet"; stable, used in files and on the command line.
QString key(ExportPlatform platform);
std::optional<ExportPlatform> exportPlatformFromKey(const QString &key);
// The product name as its vendor writes it ("Microsoft Teams").
QString displayName(ExportPlatform platform);

// Every layout Sala reads. The keys are stable (docs/attendance-formats.md has the table).
enum class ExportLayout {
    ZoomParticipantsTitleCase,    // zoom-participants-title-case
    ZoomParticipantsSentenceCase, // zoom-participants-sentence-case
    ZoomParticipantsLocalized,    // zoom-participants-localized
    ZoomUniqueUsers,              // zoom-unique-users
    ZoomAdmin,                    // zoom-admin
    ZoomWebinar,                  // zoom-webinar
    ZoomMeetingReport,            // zoom-meeting-report
    TeamsLegacy,                  // teams-legacy
    TeamsLegacyExcel,             // teams-legacy-excel
    TeamsSummary2021,             // teams-summary-2021
    TeamsSectioned,               // teams-sectioned
    TeamsSectionedTotals,         // teams-sectioned-totals
    TeamsLiveEvents,              // teams-live-events
    Meet,                         // meet
};

QString key(ExportLayout layout);
std::optional<ExportLayout> exportLayoutFromKey(const QString &key);
ExportPlatform platformOf(ExportLayout layout);
// Layouts with one total per person and no join and leave times of each stay.
bool givesTotalsOnly(ExportLayout layout);
const std::vector<ExportLayout> &allExportLayouts();

struct ExportMeeting {
    QString title;
    QString id; // Zoom's meeting or webinar number without spaces; Teams' meeting id as written
    std::optional<QDateTime> start, end;
};

// One row as the file gives it. Layouts that give totals only have `seconds` without join and
// leave; Teams attendance lists (one line per join or leave) become one row per stay, numbered
// by the line of the join.
struct ExportRow {
    int line = 0;         // 1-based line of the file
    QString name;         // as shown in the meeting; for Zoom the part before "(original name)"
    QString originalName; // Zoom only: the name in the parentheses of "Name (Original Name)"
    QString email;        // as written; for Teams the e-mail, else the participant id (UPN)
    std::optional<QDateTime> join, leave;
    std::optional<qint64> seconds; // the duration the file states, when it states one
    QString role;                  // Teams and webinar roles as written ("Organizer", "panelist")
};

struct AttendanceExport {
    QString fileName; // as given to the reader
    ExportPlatform platform = ExportPlatform::Zoom;
    QString layout; // key(ExportLayout)
    ExportMeeting meeting;
    std::vector<ExportRow> rows;
    QByteArray sha256; // of the file's bytes, lower-case hex: the same file imported twice
};

struct ExportReadOptions {
    // The order of numeric dates when the user has said it; otherwise the file decides.
    std::optional<DateOrder> dateOrder;
    // The date of the session the file belongs to: tells day-first from month-first when the file
    // cannot, and gives the date to Meet's times of day.
    std::optional<QDate> sessionDate;
};

} // namespace sala
