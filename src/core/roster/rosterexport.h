#pragma once
// Personal data leaving Sala: a workshop's roster as CSV or JSON, and everything stored about
// one person (JSON) to answer an access request. Each export is written to its file at once and
// recorded in the personal data log; people without consent are flagged in every export.

#include "domain/participant.h"
#include "roster/sizeclass.h"
#include "util/expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace sala {

class Store;
struct Workshop;

enum class RosterExportFormat { Csv, Json };

std::optional<RosterExportFormat> rosterExportFormatFromKey(const QString &key);

struct ExportOutcome {
    QString path;
    int people = 0;
    int withoutConsent = 0;
};

// UTF-8 with a byte-order mark, so that Excel shows Thai, Khmer and Lao names correctly.
QByteArray rosterCsv(const std::vector<Participant> &roster, const std::vector<SizeRule> &rules);
QByteArray rosterJson(const Workshop &workshop, const std::vector<Participant> &roster, const std::vector<SizeRule> &rules,
                      const QDateTime &exportedAt);

// Writes the workshop's roster (erased people left out) and logs it; `via` is "app" or "cli".
Expected<ExportOutcome> exportRoster(Store &store, qint64 workshopId, RosterExportFormat format, const QString &path,
                                     const QString &via);

// Everything Sala stores about the person: fields, consent, enrolments, attendance and the log
// entries of exports that included them.
Expected<QByteArray> accessRequestJson(Store &store, qint64 participantId, const QDateTime &now);
Expected<ExportOutcome> exportAccessRequest(Store &store, qint64 participantId, const QString &path, const QString &via);

} // namespace sala
