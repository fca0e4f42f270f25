#include "roster/zipreader.h"

#include <QCoreApplication>
#include <QDir>

#include <zlib.h>

#include <algorithm>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::ZipReader)
};

quint16 u16(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + at;
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const QByteArray &bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData()) + at;
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

constexpr quint32 endOfDirectorySignature = 0x06054b50;
constexpr quint32 directorySignature = 0x02014b50;
constexpr quint32 localSignature = 0x04034b50;

} // namespace

Error ZipReader::damaged(const QString &detail) const
{
    return Error{ErrorCode::InvalidData, Text::tr("“%1” is not a readable Excel workbook (%2). Open it in Excel or LibreOffice "
                                                  "and save it again as .xlsx, or save it as CSV UTF-8.")
                                             .arg(QDir::toNativeSeparators(m_displayName), detail)};
}

Expected<ZipReader> ZipReader::open(QByteArray archive, const QString &displayName)
{
    ZipReader zip;
    zip.m_archive = std::move(archive);
    zip.m_displayName = displayName;
    const QByteArray &a = zip.m_archive;
    const qsizetype size = a.size();
    if (size < 22 || u32(a, 0) != localSignature)
        return zip.damaged(Text::tr("it is not a ZIP archive"));

    // The end record sits in the last 22 bytes plus a comment of up to 64 KiB.
    qsizetype end = -1;
    for (qsizetype at = size - 22; at >= 0 && at >= size - 22 - 65535; --at) {
        if (u32(a, at) == endOfDirectorySignature) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return zip.damaged(Text::tr("the archive's directory is missing; the file may be cut short"));
    const quint16 count = u16(a, end + 10);
    const quint32 directorySize = u32(a, end + 12);
    const quint32 directoryOffset = u32(a, end + 16);
    if (directoryOffset == 0xFFFFFFFFu || count == 0xFFFF)
        return zip.damaged(Text::tr("it uses ZIP64, which Sala does not read"));
    if (qint64(directoryOffset) + qint64(directorySize) > end)
        return zip.damaged(Text::tr("the archive's directory points outside the file"));

    qsizetype at = directoryOffset;
    for (quint16 i = 0; i < count; ++i) {
        if (at + 46 > size || u32(a, at) != directorySignature)
            return zip.damaged(Text::tr("entry %1 of the directory is broken").arg(i + 1));
        Entry entry;
        entry.flags = u16(a, at + 8);
        entry.method = u16(a, at + 10);
        entry.crc = u32(a, at + 16);
        entry.compressedSize = u32(a, at + 20);
        entry.size = u32(a, at + 24);
        const quint16 nameLength = u16(a, at + 28);
        const quint16 extraLength = u16(a, at + 30);
        const quint16 commentLength = u16(a, at + 32);
        entry.localHeaderOffset = u32(a, at + 42);
        if (at + 46 + nameLength > size)
            return zip.damaged(Text::tr("entry %1 of the directory is broken").arg(i + 1));
        entry.name = QString::fromUtf8(a.mid(at + 46, nameLength));
        zip.m_entries.push_back(entry);
        at += 46 + nameLength + extraLength + commentLength;
    }
    return zip;
}

QStringList ZipReader::names() const
{
    QStringList result;
    for (const Entry &entry : m_entries)
        result << entry.name;
    return result;
}

bool ZipReader::contains(const QString &name) const
{
    return std::any_of(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.name == name; });
}

Expected<QByteArray> ZipReader::read(const QString &name) const
{
    const auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.name == name; });
    if (it == m_entries.end())
        return damaged(Text::tr("the part “%1” is missing").arg(name));
    const Entry &entry = *it;
    if (entry.flags & 0x1)
        return Error{ErrorCode::InvalidData, Text::tr("“%1” is protected with a password. Remove the password in Excel "
                                                      "(File ▸ Info ▸ Protect Workbook) and import it again.")
                                                 .arg(QDir::toNativeSeparators(m_displayName))};
    if (entry.size > maximumMemberSize)
        return damaged(Text::tr("the part “%1” is too large").arg(name));

    const qsizetype local = entry.localHeaderOffset;
    if (local + 30 > m_archive.size() || u32(m_archive, local) != localSignature)
        return damaged(Text::tr("the part “%1” is broken").arg(name));
    const qsizetype dataStart = local + 30 + u16(m_archive, local + 26) + u16(m_archive, local + 28);
    if (dataStart + qint64(entry.compressedSize) > m_archive.size())
        return damaged(Text::tr("the part “%1” is cut short").arg(name));
    const QByteArray compressed = QByteArray::fromRawData(m_archive.constData() + dataStart, qsizetype(entry.compressedSize));

    QByteArray data;
    if (entry.method == 0) {
        data = QByteArray(compressed.constData(), compressed.size());
    } else if (entry.method == 8) {
        data.resize(qsizetype(entry.size));
        z_stream stream{};
        if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
            return damaged(Text::tr("the decompressor could not start"));
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
        stream.avail_in = uInt(compressed.size());
        stream.next_out = reinterpret_cast<Bytef *>(data.data());
        stream.avail_out = uInt(data.size());
        const int result = inflate(&stream, Z_FINISH);
        const uLong produced = stream.total_out;
        inflateEnd(&stream);
        if (result != Z_STREAM_END || produced != entry.size)
            return damaged(Text::tr("the part “%1” does not decompress").arg(name));
    } else {
        return damaged(Text::tr("the part “%1” uses compression method %2").arg(name).arg(entry.method));
    }
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size()));
    if (crc != entry.crc)
        return damaged(Text::tr("the part “%1” fails its checksum").arg(name));
    return data;
}

} // namespace sala
