#include "roster/textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>
#include <array>
#include <optional>

namespace sala {
namespace {

constexpr char16_t undefined = u'\uFFFD';

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Its five unassigned bytes decode to
// the C1 controls of the same value, as web browsers do.
constexpr std::array<char16_t, 32> windows1252High{
    u'\u20AC', u'\u0081', u'\u201A', u'\u0192', u'\u201E', u'\u2026', u'\u2020', u'\u2021', u'\u02C6', u'\u2030', u'\u0160',
    u'\u2039', u'\u0152', u'\u008D', u'\u017D', u'\u008F', u'\u0090', u'\u2018', u'\u2019', u'\u201C', u'\u201D', u'\u2022',
    u'\u2013', u'\u2014', u'\u02DC', u'\u2122', u'\u0161', u'\u203A', u'\u0153', u'\u009D', u'\u017E', u'\u0178',
};

char16_t windows874(unsigned char byte)
{
    if (byte < 0x80)
        return char16_t(byte);
    switch (byte) {
    case 0x80: return u'\u20AC';
    case 0x85: return u'\u2026';
    case 0x91: return u'\u2018';
    case 0x92: return u'\u2019';
    case 0x93: return u'\u201C';
    case 0x94: return u'\u201D';
    case 0x95: return u'\u2022';
    case 0x96: return u'\u2013';
    case 0x97: return u'\u2014';
    case 0xA0: return u'\u00A0';
    default: break;
    }
    // TIS-620 puts the Thai block U+0E01–U+0E5B at 0xA1–0xFB, with a gap at 0xDB–0xDE.
    if (byte >= 0xA1 && byte <= 0xDA)
        return char16_t(0x0E01 + (byte - 0xA1));
    if (byte >= 0xDF && byte <= 0xFB)
        return char16_t(0x0E3F + (byte - 0xDF));
    return undefined;
}

bool isThaiByte(unsigned char byte)
{
    return (byte >= 0xA1 && byte <= 0xDA) || (byte >= 0xDF && byte <= 0xFB);
}

// Thai text is written without spaces between words, so its bytes come in long runs of the
// Thai range; Western text has an accented letter here and there between ASCII letters. Bytes
// that TIS-620 leaves undefined (0xDB–0xDE, 0xFC–0xFF) are common Latin letters in 1252.
bool looksLikeThai(const QByteArray &bytes)
{
    qsizetype high = 0;
    qsizetype inRuns = 0;
    qsizetype undefinedInThai = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char byte = data[i];
        if (byte < 0x80)
            continue;
        ++high;
        if ((byte >= 0xDB && byte <= 0xDE) || byte >= 0xFC)
            ++undefinedInThai;
        if (!isThaiByte(byte))
            continue;
        const bool before = i > 0 && isThaiByte(data[i - 1]);
        const bool after = i + 1 < size && isThaiByte(data[i + 1]);
        if (before || after)
            ++inRuns;
    }
    if (high < 2)
        return false;
    return undefinedInThai * 50 <= high && inRuns * 10 >= high * 7;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// UTF-16 without a byte-order mark: in Latin-script text every other byte of the first line is
// zero. Looks at the start only, which is the header row.
std::optional<TextEncoding> bomlessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 200);
    if (n < 4)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < n; ++i)
        if (bytes[i] == 0)
            ++(i % 2 == 0 ? zeroEven : zeroOdd);
    const qsizetype pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 8 && zeroEven == 0)
        return TextEncoding::Utf16LE;
    if (zeroEven * 10 >= pairs * 8 && zeroOdd == 0)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

const char *codecName(TextEncoding encoding)
{
    return encoding == TextEncoding::Windows874 ? "windows-874" : "windows-1252";
}

QString decodeSingleByte(const QByteArray &bytes, TextEncoding encoding)
{
    QStringDecoder decoder(codecName(encoding));
    if (decoder.isValid())
        return decoder(bytes);
    return encoding == TextEncoding::Windows874 ? decodeWindows874(bytes) : decodeWindows1252(bytes);
}

} // namespace

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        *out++ = QChar(byte >= 0x80 && byte < 0xA0 ? windows1252High[byte - 0x80] : char16_t(byte));
    }
    return text;
}

QString decodeWindows874(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes)
        *out++ = QChar(windows874(static_cast<unsigned char>(c)));
    return text;
}

TextEncoding detectEncoding(const QByteArray &bytes)
{
    return decodeText(bytes.left(64 * 1024)).encoding;
}

DecodedText decodeText(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.startsWith("\xFF\xFE")) {
        result.encoding = TextEncoding::Utf16LE;
        result.hadByteOrderMark = true;
        result.text = QStringDecoder(QStringConverter::Utf16LE)(bytes.mid(2));
        return result;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16BE;
        result.hadByteOrderMark = true;
        result.text = QStringDecoder(QStringConverter::Utf16BE)(bytes.mid(2));
        return result;
    }
    // Some exporters write the UTF-8 mark twice; every copy goes.
    qsizetype start = 0;
    while (bytes.mid(start, 3) == QByteArrayView("\xEF\xBB\xBF")) {
        start += 3;
        result.hadByteOrderMark = true;
    }
    const QByteArray body = start > 0 ? bytes.mid(start) : bytes;
    if (!result.hadByteOrderMark) {
        if (const auto utf16 = bomlessUtf16(body)) {
            result.encoding = *utf16;
            result.text = QStringDecoder(*utf16 == TextEncoding::Utf16LE ? QStringConverter::Utf16LE
                                                                         : QStringConverter::Utf16BE)(body);
            return result;
        }
    }
    if (result.hadByteOrderMark || isValidUtf8(body)) {
        result.encoding = TextEncoding::Utf8;
        result.text = QStringDecoder(QStringConverter::Utf8)(body);
        return result;
    }
    result.encoding = looksLikeThai(body) ? TextEncoding::Windows874 : TextEncoding::Windows1252;
    result.text = decodeSingleByte(body, result.encoding);
    return result;
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16 LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16 BE");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    case TextEncoding::Windows874: return QCoreApplication::translate("sala::TextDecoder", "Thai (TIS-620 / Windows-874)");
    }
    return {};
}

} // namespace sala
