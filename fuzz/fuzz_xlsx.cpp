// The Excel reader on two kinds of input. Bytes starting with "PK" go to the ZIP reader as they
// are (damaged directories, sizes, CRCs, deflate streams). Anything else is read as parts of a
// workbook, "NAME\n" then the part's XML, parts separated by a 0x01 byte; they are packed into a
// valid archive first, so that the fuzzer reaches the XML of sheets, shared strings and styles
// instead of failing at the CRC.

#include "fuzzinput.h"
#include "roster/xlsxreader.h"
#include "roster/zipreader.h"

#include <QList>

#include <zlib.h>

namespace {

void put16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xFF));
    out.append(char((value >> 8) & 0xFF));
}

void put32(QByteArray &out, quint32 value)
{
    put16(out, value & 0xFFFF);
    put16(out, value >> 16);
}

// A ZIP archive of stored (uncompressed) members.
QByteArray storedZip(const QList<QByteArray> &parts)
{
    QByteArray out;
    QByteArray directory;
    quint16 count = 0;
    for (const QByteArray &part : parts) {
        const qsizetype newline = part.indexOf('\n');
        if (newline <= 0)
            continue;
        const QByteArray name = part.left(newline);
        const QByteArray content = part.mid(newline + 1);
        const auto crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
        const auto offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, 0); // stored
        put32(out, 0); // time and date
        put32(out, crc);
        put32(out, quint32(content.size()));
        put32(out, quint32(content.size()));
        put16(out, quint32(name.size()));
        put16(out, 0);
        out += name;
        out += content;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(content.size()));
        put32(directory, quint32(content.size()));
        put16(directory, quint32(name.size()));
        put32(directory, 0); // extra and comment lengths
        put32(directory, 0); // disk number and internal attributes
        put32(directory, 0); // external attributes
        put32(directory, offset);
        directory += name;
        ++count;
    }
    const auto directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put32(out, 0);
    put16(out, count);
    put16(out, count);
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sala;
    const QByteArray input = fuzz::bytes(data, size);
    const QByteArray archive = input.startsWith("PK") ? input : storedZip(input.split('\x01'));

    if (Expected<ZipReader> zip = ZipReader::open(archive, QStringLiteral("fuzz.xlsx")); zip.ok()) {
        const QStringList names = zip->names();
        for (const QString &name : names) {
            fuzz::require(zip->contains(name), "every listed member is there");
            const Expected<QByteArray> member = zip->read(name);
            fuzz::require(!member.ok() || member->size() <= ZipReader::maximumMemberSize, "members stay within the cap");
        }
    }
    const Expected<SheetTable> table = readXlsx(archive, QStringLiteral("fuzz.xlsx"));
    if (table.ok()) {
        fuzz::require(table->sheetNames.contains(table->sheet), "the sheet read is one of the workbook's");
        // Every other sheet too, as the import dialog offers them.
        for (const QString &sheet : table->sheetNames)
            (void)readXlsx(archive, QStringLiteral("fuzz.xlsx"), sheet);
    }
    return 0;
}
