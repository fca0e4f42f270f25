#pragma once
// What the render tests read out of a PDF's bytes without a PDF library: its pages and the
// fonts it embeds.

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

namespace sala::test {

// Page objects ("/Type /Page"), not the page tree ("/Type /Pages").
inline qsizetype pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    qsizetype count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

// Whether a font whose PostScript name starts with `name` is among the PDF's font resources.
// Font dictionaries are never compressed, so the name is in the bytes (a subset may carry an
// "ABCDEF+" tag in front of it).
inline bool pdfUsesFont(const QByteArray &pdf, const char *name)
{
    const QRegularExpression baseFont(QStringLiteral("/BaseFont\\s*/([A-Z]{6}\\+)?")
                                      + QRegularExpression::escape(QString::fromLatin1(name)));
    return baseFont.match(QString::fromLatin1(pdf)).hasMatch();
}

// A4 is 595 × 842 points, either way round.
inline bool pdfIsA4(const QByteArray &pdf, bool landscape = false)
{
    static const QRegularExpression portrait(QStringLiteral("/MediaBox \\[0 0 595(\\.\\d+)? 84[12](\\.\\d+)?\\]"));
    static const QRegularExpression wide(QStringLiteral("/MediaBox \\[0 0 84[12](\\.\\d+)? 595(\\.\\d+)?\\]"));
    return (landscape ? wide : portrait).match(QString::fromLatin1(pdf)).hasMatch();
}

} // namespace sala::test
