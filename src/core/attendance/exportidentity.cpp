#include "attendance/exportidentity.h"

#include <array>

namespace sala {
namespace {

bool isOpen(QChar c)
{
    return c == u'(' || c == QChar(0xFF08);
}

bool isClose(QChar c)
{
    return c == u')' || c == QChar(0xFF09);
}

} // namespace

ZoomName splitZoomName(QStringView cell)
{
    cell = cell.trimmed();
    if (cell.isEmpty() || !isClose(cell.back()))
        return {cell.toString(), {}};
    int depth = 0;
    for (qsizetype i = cell.size() - 1; i >= 0; --i) {
        if (isClose(cell[i])) {
            ++depth;
        } else if (isOpen(cell[i]) && --depth == 0) {
            const QStringView before = cell.left(i).trimmed();
            const QStringView inside = cell.mid(i + 1, cell.size() - i - 2).trimmed();
            if (before.isEmpty() || inside.isEmpty())
                return {cell.toString(), {}};
            return {before.toString(), inside.toString()};
        }
    }
    return {cell.toString(), {}};
}

QString withoutTeamsSuffix(QStringView name)
{
    name = name.trimmed();
    const qsizetype ext = name.indexOf(u"#EXT#", 0, Qt::CaseInsensitive);
    if (ext > 0)
        name = name.left(ext).trimmed();
    static const std::array<QStringView, 4> suffixes{u"(guest)", u"(unverified)", u"(external)", u"(ext)"};
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QStringView suffix : suffixes)
            if (name.size() > suffix.size() && name.endsWith(suffix, Qt::CaseInsensitive)) {
                name = name.chopped(suffix.size()).trimmed();
                stripped = true;
            }
    }
    return name.toString();
}

QString emailFromTeamsAccount(QStringView account)
{
    account = account.trimmed();
    const qsizetype ext = account.indexOf(u"#EXT#", 0, Qt::CaseInsensitive);
    if (ext <= 0)
        return account.toString();
    const QStringView local = account.left(ext);
    // The guest's own address with its @ turned into the last underscore.
    const qsizetype underscore = local.lastIndexOf(u'_');
    if (underscore <= 0 || underscore == local.size() - 1)
        return local.toString();
    return local.left(underscore).toString() + u'@' + local.mid(underscore + 1).toString();
}

QString identityName(const ExportRow &row, ExportPlatform platform)
{
    switch (platform) {
    case ExportPlatform::Zoom: return row.originalName.isEmpty() ? row.name : row.originalName;
    case ExportPlatform::Teams: return withoutTeamsSuffix(row.name);
    case ExportPlatform::Meet: return row.name;
    }
    return row.name;
}

QString identityEmail(const ExportRow &row, ExportPlatform platform)
{
    // Phone numbers, ids and masked values are not addresses.
    const QString email = platform == ExportPlatform::Teams ? emailFromTeamsAccount(row.email) : row.email.trimmed();
    return email.contains(u'@') ? email : QString();
}

QString identityKey(const QString &name, const QString &email)
{
    if (!email.isEmpty())
        return QStringLiteral("email:") + email.toCaseFolded();
    return QStringLiteral("name:") + name.simplified().toCaseFolded();
}

} // namespace sala
