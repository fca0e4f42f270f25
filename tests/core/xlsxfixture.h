#pragma once
// Writes small Excel workbooks for the tests, the way Excel lays them out: a ZIP archive of XML
// parts, deflated, with shared strings, a date style and one or more sheets. Only what the
// importer reads; enough to hold Microsoft Forms and KoboToolbox layouts without committing
// binary files.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <zlib.h>

#include <map>
#include <vector>

namespace sala::test {

// A cell: text, a number, or a date (written as Excel's serial day number with a date style).
struct XlsxCell {
    enum class Kind { Text, InlineText, Number, Date, Empty };
    Kind kind = Kind::Empty;
    QString text;
    double number = 0;
    static XlsxCell t(const QString &s) { return {Kind::Text, s, 0}; }
    static XlsxCell inl(const QString &s) { return {Kind::InlineText, s, 0}; }
    static XlsxCell n(double v) { return {Kind::Number, {}, v}; }
    static XlsxCell date(double serial) { return {Kind::Date, {}, serial}; }
    static XlsxCell empty() { return {}; }
};

struct XlsxSheet {
    QString name;
    std::vector<std::vector<XlsxCell>> rows;
};

namespace detail {

inline void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xFF));
    out.append(char((v >> 8) & 0xFF));
}

inline void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

inline QByteArray zip(const std::vector<std::pair<QString, QByteArray>> &parts)
{
    QByteArray out;
    QByteArray directory;
    for (const auto &[name, data] : parts) {
        const QByteArray nameBytes = name.toUtf8();
        const QByteArray packed = rawDeflate(data);
        const quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(data.constData()), uInt(data.size())));
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, 8);
        put16(out, 0);
        put16(out, 0x21);
        put32(out, crc);
        put32(out, quint32(packed.size()));
        put32(out, quint32(data.size()));
        put16(out, quint32(nameBytes.size()));
        put16(out, 0);
        out += nameBytes;
        out += packed;

        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, 0);
        put16(directory, 8);
        put16(directory, 0);
        put16(directory, 0x21);
        put32(directory, crc);
        put32(directory, quint32(packed.size()));
        put32(directory, quint32(data.size()));
        put16(directory, quint32(nameBytes.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += nameBytes;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(parts.size()));
    put16(out, quint32(parts.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

inline QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

inline QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace detail

// The workbook's bytes. Text cells go through the shared-string table, as Excel writes them.
inline QByteArray xlsxBytes(const std::vector<XlsxSheet> &sheets)
{
    using namespace detail;
    QStringList shared;
    std::map<QString, int> sharedIndex;
    std::vector<std::pair<QString, QByteArray>> parts;
    QString workbook = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><workbookPr/><sheets>");
    QString rels = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (std::size_t s = 0; s < sheets.size(); ++s) {
        const XlsxSheet &sheet = sheets[s];
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>").arg(escaped(sheet.name)).arg(s + 1);
        rels += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                               "relationships/worksheet\" Target=\"worksheets/sheet%1.xml\"/>")
                    .arg(s + 1);
        QString xml = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
            xml += QStringLiteral("<row r=\"%1\">").arg(r + 1);
            for (std::size_t c = 0; c < sheet.rows[r].size(); ++c) {
                const XlsxCell &cell = sheet.rows[r][c];
                const QString ref = columnName(int(c)) + QString::number(r + 1);
                switch (cell.kind) {
                case XlsxCell::Kind::Empty: break;
                case XlsxCell::Kind::Text: {
                    auto [it, inserted] = sharedIndex.try_emplace(cell.text, int(shared.size()));
                    if (inserted)
                        shared << cell.text;
                    xml += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(it->second);
                    break;
                }
                case XlsxCell::Kind::InlineText:
                    xml += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%2</t></is></c>")
                               .arg(ref, escaped(cell.text));
                    break;
                case XlsxCell::Kind::Number:
                    xml += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref).arg(cell.number, 0, 'g', 15);
                    break;
                case XlsxCell::Kind::Date:
                    xml += QStringLiteral("<c r=\"%1\" s=\"1\"><v>%2</v></c>").arg(ref).arg(cell.number, 0, 'g', 15);
                    break;
                }
            }
            xml += QStringLiteral("</row>");
        }
        xml += QStringLiteral("</sheetData></worksheet>");
        parts.emplace_back(QStringLiteral("xl/worksheets/sheet%1.xml").arg(s + 1), xml.toUtf8());
    }
    workbook += QStringLiteral("</sheets></workbook>");
    rels += QStringLiteral("</Relationships>");

    QString sst = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                 "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"%1\" "
                                 "uniqueCount=\"%1\">")
                      .arg(shared.size());
    for (const QString &text : shared)
        sst += QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(escaped(text));
    sst += QStringLiteral("</sst>");
    const QString styles = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"m/d/yy\\ h:mm:ss\"/></numFmts>"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
    const QString contentTypes = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                                "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");

    std::vector<std::pair<QString, QByteArray>> all{
        {QStringLiteral("[Content_Types].xml"), contentTypes.toUtf8()},
        {QStringLiteral("xl/workbook.xml"), workbook.toUtf8()},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), rels.toUtf8()},
        {QStringLiteral("xl/sharedStrings.xml"), sst.toUtf8()},
        {QStringLiteral("xl/styles.xml"), styles.toUtf8()},
    };
    all.insert(all.end(), parts.begin(), parts.end());
    return zip(all);
}

} // namespace sala::test
