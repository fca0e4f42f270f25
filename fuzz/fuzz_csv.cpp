// Text decoding and the CSV reader on arbitrary bytes: any encoding guess, any delimiter.

#include "fuzzinput.h"
#include "roster/csvreader.h"
#include "roster/textdecoder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sala;
    const QByteArray input = fuzz::bytes(data, size);
    const DecodedText decoded = decodeText(input);
    fuzz::require(detectEncoding(input) == decoded.encoding, "detectEncoding agrees with decodeText");
    const QChar delimiter = detectDelimiter(decoded.text);
    // Tab, semicolon, comma, or what an Excel "sep=" line names: never a line break or a quote.
    fuzz::require(delimiter != u'\r' && delimiter != u'\n' && delimiter != u'"', "the delimiter can separate cells");
    const Expected<CsvTable> table = parseCsv(decoded.text, QStringLiteral("fuzz.csv"));
    if (table.ok()) {
        int previousLine = 0;
        for (const CsvRecord &record : table->records) {
            fuzz::require(record.line > previousLine, "records start on increasing lines");
            previousLine = record.line;
        }
    } else {
        fuzz::require(!table.error().message.isEmpty(), "a refusal says why");
    }
    // Each delimiter forced, as the import dialog lets the user choose one.
    for (const QChar forced : {QChar(u','), QChar(u';'), QChar(u'\t')})
        (void)parseCsv(decoded.text, QStringLiteral("fuzz.csv"), forced);
    return 0;
}
