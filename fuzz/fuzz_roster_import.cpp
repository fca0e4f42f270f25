// The roster import up to the preview: bytes → registration file (CSV or XLSX) → header →
// suggested mapping → every row read and checked, duplicates found. Nothing is stored.

#include "fuzzinput.h"
#include "roster/columnmapping.h"
#include "roster/registrationfile.h"
#include "roster/rosterimport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sala;
    const Expected<RegistrationFile> file = readRegistrationBytes(fuzz::bytes(data, size), QStringLiteral("fuzz.csv"));
    if (!file.ok())
        return 0;
    (void)describeFile(file.value());
    const FileHeader header = findHeader(file.value());
    fuzz::require(file->records.empty() || std::size_t(header.recordIndex) < file->records.size(),
                  "the header is one of the records");
    const RegistrationSource source = detectSource(header.headers);
    const ColumnMapping mapping = suggestMapping(header.headers, source);
    const ColumnMapping restored = applySavedMapping(mappingToJson(header.headers, mapping), header.headers, {});
    for (int i = 0; i < header.headers.size(); ++i)
        if (!header.headers[i].trimmed().isEmpty())
            fuzz::require(restored.at(i) == mapping.at(i), "a saved mapping applies to every column as it was saved");

    ImportOptions options;
    options.zone = QTimeZone(QByteArrayLiteral("Asia/Bangkok"));
    const ImportPlan plan = planImport(file.value(), mapping, options, {});
    for (const DuplicateMatch &match : plan.duplicates)
        fuzz::require(match.row < plan.rows.size(), "a duplicate names a row of the plan");
    (void)describeProblems(plan);
    return 0;
}
