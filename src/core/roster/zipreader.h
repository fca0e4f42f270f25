#pragma once
// Reads the members of a ZIP archive held in memory, as XLSX workbooks need: stored and
// deflated members (inflated with zlib), CRC-checked, with a size cap against archives that
// expand without end. No ZIP64, no encryption: workbooks of registration lists need neither.

#include "util/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace sala {

class ZipReader final {
public:
    // Reads the archive's directory; `displayName` names the file in messages.
    static Expected<ZipReader> open(QByteArray archive, const QString &displayName);

    QStringList names() const;
    bool contains(const QString &name) const;
    // The member's bytes, inflated and checked.
    Expected<QByteArray> read(const QString &name) const;

    // No member may inflate beyond this; a registration workbook is a few megabytes.
    static constexpr qint64 maximumMemberSize = 256LL * 1024 * 1024;

private:
    struct Entry {
        QString name;
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localHeaderOffset = 0;
    };
    ZipReader() = default;
    Error damaged(const QString &detail) const;

    QByteArray m_archive;
    QString m_displayName;
    std::vector<Entry> m_entries;
};

} // namespace sala
