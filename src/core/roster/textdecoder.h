#pragma once
// Turns the bytes of a registration export into text. The encoding is read from the bytes: a
// byte-order mark, UTF-16 without one, valid UTF-8, else a legacy single-byte code page
// (Windows-874/TIS-620 when the bytes look like Thai, Windows-1252 otherwise).

#include <QByteArray>
#include <QString>

namespace sala {

enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252, Windows874 };

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hadByteOrderMark = false;
};

DecodedText decodeText(const QByteArray &bytes);

// Detection alone, for callers that only report what a file is.
TextEncoding detectEncoding(const QByteArray &bytes);

// "UTF-8", "UTF-16 LE", "Windows-1252", "Thai (TIS-620 / Windows-874)".
QString encodingName(TextEncoding encoding);

// Decoding with Sala's own tables, used when Qt's converters lack the code page; public so
// that tests can hold the tables against Qt's.
QString decodeWindows1252(const QByteArray &bytes);
QString decodeWindows874(const QByteArray &bytes);

} // namespace sala
