// The attendance export readers (Zoom, Teams, Meet reports in every layout Sala knows): any
// bytes give the rows of a meeting or an error, with and without the session's date given.

#include "attendance/attendancereader.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sala;
    const QByteArray input = fuzz::bytes(data, size);
    ExportReadOptions options;
    const auto plain = parseAttendanceExport(input, QStringLiteral("participants_84784749718.csv"), options);
    if (!plain.ok())
        fuzz::require(!plain.error().message.isEmpty(), "a refusal says why");
    // A file name that carries a date, and the session's date given: other paths through dates.
    options.sessionDate = QDate(2026, 3, 2);
    (void)parseAttendanceExport(input, QStringLiteral("2026-03-02 09-00 Cash Flow Clinic.csv"), options);
    return 0;
}
