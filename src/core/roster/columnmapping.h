#pragma once
// Which participant field each column of a registration export fills. Suggestions come from the
// headers of the known sources (Google Forms, Microsoft Forms, Eventbrite, KoboToolbox) and from
// common question wording in English, Thai, Khmer, Lao, Malay and Filipino; the user edits
// them, and Sala remembers the result per source.

#include "roster/csvreader.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sala {

enum class ImportField {
    Ignore,
    Name, // several columns (first name, last name) are joined in column order
    PreferredName,
    Alias,
    Email,
    Phone,
    Organization,
    OrganizationType,
    Country,
    Sex,
    AgeBand,
    Employees,
    Sector,
    Languages,
    NeedsInterpretation,
    Notes,
    ConsentGiven,
    ConsentAt, // when consent was given, or when the form was sent
    ConsentNotice,
    Role, // the person's role in the workshop: participant, facilitator, interpreter, observer
};

QString key(ImportField field);
std::optional<ImportField> importFieldFromKey(const QString &key);
QString displayName(ImportField field);
const std::vector<ImportField> &allImportFields();

enum class RegistrationSource { Spreadsheet, GoogleForms, MicrosoftForms, Eventbrite, KoboToolbox };

QString key(RegistrationSource source);
std::optional<RegistrationSource> registrationSourceFromKey(const QString &key);
QString displayName(RegistrationSource source);

struct ColumnMapping {
    std::vector<ImportField> fields; // one per column; columns past the end are ignored
    ImportField at(int column) const
    {
        return column >= 0 && std::size_t(column) < fields.size() ? fields[std::size_t(column)] : ImportField::Ignore;
    }
    bool maps(ImportField field) const;
    bool operator==(const ColumnMapping &) const = default;
};

// Index of the header record among the first records: the first one in which at least two
// cells look like known headers, else the first record.
int findHeaderRecord(const std::vector<CsvRecord> &records);

// Records that are not participants: KoboToolbox's optional row of HXL tags under the header.
bool isAnnotationRecord(const CsvRecord &record);

RegistrationSource detectSource(const QStringList &headers);
ColumnMapping suggestMapping(const QStringList &headers, RegistrationSource source);

// A saved mapping is keyed by header text, so it applies to the next export of the same form
// even when columns moved. Headers it does not know keep the suggestion.
QString mappingToJson(const QStringList &headers, const ColumnMapping &mapping);
ColumnMapping applySavedMapping(const QString &json, const QStringList &headers, const ColumnMapping &fallback);

} // namespace sala
