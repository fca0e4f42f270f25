#pragma once
// Certificates of completion and participation: the trainer's template with placeholders, kept
// per workshop in the database (app_meta), and the filled-in certificate of each person who
// earned one.

#include "reports/attendancereport.h"
#include "util/expected.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace sala {

class Store;

struct CertificateTemplate {
    QString completionTitle;
    QString completionBody;
    QString participationTitle;
    QString participationBody;
    QString signatoryName;
    QString signatoryRole;
    bool includeParticipation = true; // participation certificates too, not only completion
    bool buddhistEra = false;         // years of the Buddhist Era (Gregorian + 543) in {dates}
    bool operator==(const CertificateTemplate &) const = default;

    // The shipped wording, in the interface language.
    static CertificateTemplate defaults();
};

// The placeholders a title or body may hold: {name}, {workshop}, {dates}, {organizer}, {hours},
// {attendedHours}.
const QStringList &certificatePlaceholders();
// Placeholders in `text` that are not among those; the template dialog warns about them.
QStringList unknownPlaceholders(const QString &text);

struct CertificateValues {
    QString name;
    QString workshop;
    QString dates;
    QString organizer;
    QString hours;         // the workshop's scheduled hours
    QString attendedHours; // the person's counted hours
};

// `text` with each known placeholder replaced; anything else in braces stays as written.
QString fillPlaceholders(const QString &text, const CertificateValues &values);

struct Certificate {
    qint64 participantId = 0;
    CompletionStatus award = CompletionStatus::Completed;
    QString title;
    QString body; // filled in; lines separated by '\n'
    QString name; // the person's name as written, for emphasis where the body names them
    QString signatoryName;
    QString signatoryRole;
};

// The locale certificates are written in: the workshop's delivery language, else the system's.
QLocale certificateLocale(const AttendanceReport &report);

// One certificate per person who earned one (participation only when the template includes it),
// in the order of AttendanceReport::certificateHolders.
std::vector<Certificate> buildCertificates(const AttendanceReport &report, const CertificateTemplate &tmpl, const QLocale &locale);

QString certificateTemplateToJson(const CertificateTemplate &tmpl);
// Missing fields keep their defaults; text that is not a JSON object gives the defaults.
CertificateTemplate certificateTemplateFromJson(const QString &json);

// Reads and writes the template of a workshop through the database's app_meta table, so it
// travels with the database and sala-cli uses the same one.
class CertificateTemplateStore final {
public:
    explicit CertificateTemplateStore(Store &store) : m_store(store) {}

    // The workshop's template, or the defaults when none was saved.
    CertificateTemplate load(qint64 workshopId) const;
    Status save(qint64 workshopId, const CertificateTemplate &tmpl);

    static QString metaKey(qint64 workshopId);

private:
    Store &m_store;
};

} // namespace sala
