#include "roster/xlsxreader.h"

#include "roster/zipreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cmath>
#include <map>
#include <set>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::XlsxReader)
};

struct Workbook {
    struct Sheet {
        QString name;
        QString relationId;
    };
    std::vector<Sheet> sheets;
    bool date1904 = false;
};

Error xmlError(const QString &file, const QString &part, const QXmlStreamReader &xml)
{
    return Error{ErrorCode::InvalidData, Text::tr("“%1” is damaged: its part “%2” is not valid XML (line %3: %4). Open it in "
                                                  "Excel or LibreOffice and save it again.")
                                             .arg(QDir::toNativeSeparators(file), part)
                                             .arg(xml.lineNumber())
                                             .arg(xml.errorString())};
}

Expected<Workbook> readWorkbook(const QByteArray &xmlBytes, const QString &file)
{
    Workbook workbook;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"sheet") {
            Workbook::Sheet sheet;
            sheet.name = xml.attributes().value(QStringLiteral("name")).toString();
            // The relationship id's prefix varies (r:, or a strict-OOXML namespace); match the local name.
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                if (attribute.name() == u"id")
                    sheet.relationId = attribute.value().toString();
            workbook.sheets.push_back(sheet);
        } else if (name == u"workbookPr") {
            const QStringView value = xml.attributes().value(QStringLiteral("date1904"));
            workbook.date1904 = value == u"1" || value == u"true";
        }
    }
    if (xml.hasError())
        return xmlError(file, QStringLiteral("xl/workbook.xml"), xml);
    return workbook;
}

// Relationship id → part name inside the archive.
Expected<std::map<QString, QString>> readRelations(const QByteArray &xmlBytes, const QString &file)
{
    std::map<QString, QString> targets;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            QString target = xml.attributes().value(QStringLiteral("Target")).toString();
            if (target.startsWith(u'/'))
                target = target.mid(1);
            else
                target = QStringLiteral("xl/") + target;
            targets[xml.attributes().value(QStringLiteral("Id")).toString()] = QDir::cleanPath(target);
        }
    }
    if (xml.hasError())
        return xmlError(file, QStringLiteral("xl/_rels/workbook.xml.rels"), xml);
    return targets;
}

// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run; phonetic
// guides (<rPh>) are not part of the value.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

Expected<QStringList> readSharedStrings(const QByteArray &xmlBytes, const QString &file)
{
    QStringList strings;
    QXmlStreamReader xml(xmlBytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings << readStringItem(xml);
    }
    if (xml.hasError())
        return xmlError(file, QStringLiteral("xl/sharedStrings.xml"), xml);
    return strings;
}

bool isDateFormatCode(QString code)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    code.remove(quoted);
    code = code.toLower();
    if (code == u"general")
        return false;
    return code.contains(u'd') || code.contains(u'y') || code.contains(u'h') || code.contains(u's');
}

// Index into cellXfs → whether that style shows a date or time.
Expected<std::vector<bool>> readDateStyles(const QByteArray &xmlBytes, const QString &file)
{
    std::set<int> customDates;
    std::vector<bool> styles;
    QXmlStreamReader xml(xmlBytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt") {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                if (isDateFormatCode(xml.attributes().value(QStringLiteral("formatCode")).toString()))
                    customDates.insert(id);
            } else if (xml.name() == u"cellXfs") {
                inCellXfs = true;
            } else if (xml.name() == u"xf" && inCellXfs) {
                const int id = xml.attributes().value(QStringLiteral("numFmtId")).toInt();
                const bool builtInDate = (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36)
                                         || (id >= 50 && id <= 58);
                styles.push_back(builtInDate || customDates.count(id) > 0);
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return xmlError(file, QStringLiteral("xl/styles.xml"), xml);
    return styles;
}

// Excel's last row and column (XFD); a reference beyond them comes from a damaged file and
// would otherwise make millions of empty cells.
constexpr int maximumRows = 1048576;
constexpr int maximumColumns = 16384;
constexpr int noColumn = -1;
constexpr int columnOutOfRange = -2;

// "BC12" → 54 (0-based column); noColumn when the reference has no letters, columnOutOfRange
// when they name a column past XFD.
int columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        if (c < u'A' || c > u'Z')
            break;
        if (++letters > 3)
            return columnOutOfRange;
        column = column * 26 + (c.unicode() - u'A' + 1);
    }
    if (letters == 0)
        return noColumn;
    return column > maximumColumns ? columnOutOfRange : column - 1;
}

Error outsideTheSheet(const QString &file, const QString &part, const QString &what)
{
    return Error{ErrorCode::InvalidData, Text::tr("“%1” is damaged: its part “%2” has %3, outside Excel's rows and columns. Open "
                                                  "it in Excel or LibreOffice and save it again.")
                                             .arg(QDir::toNativeSeparators(file), part, what)};
}

QString numberText(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok)
        return raw;
    // Phone numbers and head counts arrive as numbers; show them without a decimal part.
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

struct SheetContext {
    const QStringList &shared;
    const std::vector<bool> &dateStyles;
    bool date1904;
};

Expected<std::vector<CsvRecord>> readSheet(const QByteArray &xmlBytes, const QString &file, const QString &part,
                                           const SheetContext &context)
{
    std::vector<CsvRecord> rows;
    QXmlStreamReader xml(xmlBytes);
    int nextRow = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != u"row")
            continue;
        CsvRecord record;
        const QString r = xml.attributes().value(QStringLiteral("r")).toString();
        bool numbered = true;
        record.line = r.isEmpty() ? nextRow : r.toInt(&numbered);
        if (!numbered || record.line < 1 || record.line > maximumRows)
            return outsideTheSheet(file, part,
                                   Text::tr("a row numbered “%1”").arg(r.isEmpty() ? QString::number(record.line) : r));
        nextRow = record.line + 1;
        int nextColumn = 0;
        bool hasContent = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == u"row")
                break;
            if (!xml.isStartElement() || xml.name() != u"c")
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            int column = columnOf(attributes.value(QStringLiteral("r")));
            if (column == columnOutOfRange)
                return outsideTheSheet(file, part, Text::tr("a cell “%1”").arg(attributes.value(QStringLiteral("r"))));
            if (column == noColumn)
                column = nextColumn;
            if (column >= maximumColumns)
                return outsideTheSheet(file, part, Text::tr("more than %1 cells in row %2").arg(maximumColumns).arg(record.line));
            nextColumn = column + 1;
            const QString type = attributes.value(QStringLiteral("t")).toString();
            const int style = attributes.value(QStringLiteral("s")).toInt();
            QString rawValue;
            QString inlineText;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"v")
                    rawValue = xml.readElementText();
                else if (xml.name() == u"is")
                    inlineText = readStringItem(xml);
            }
            QString value;
            if (type == u"s") {
                const int index = rawValue.toInt();
                if (index >= 0 && index < context.shared.size())
                    value = context.shared[index];
            } else if (type == u"inlineStr") {
                value = inlineText;
            } else if (type == u"b") {
                value = rawValue == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == u"str" || type == u"e" || type == u"d") {
                value = rawValue;
            } else if (!rawValue.isEmpty()) {
                bool ok = false;
                const double serial = rawValue.toDouble(&ok);
                const bool isDate = style >= 0 && std::size_t(style) < context.dateStyles.size()
                                    && context.dateStyles[std::size_t(style)];
                value = ok && isDate ? excelSerialToIso(serial, context.date1904) : numberText(rawValue);
            }
            if (value.isEmpty())
                continue;
            // Cells a spreadsheet leaves out are empty strings in between.
            while (record.cells.size() < column)
                record.cells << QString();
            record.cells << value;
            hasContent = true;
        }
        if (hasContent)
            rows.push_back(std::move(record));
    }
    if (xml.hasError())
        return xmlError(file, part, xml);
    return rows;
}

} // namespace

bool looksLikeZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

QString excelSerialToIso(double serial, bool date1904)
{
    // Excel's dates run from day 0 to 9999-12-31; anything else stays the number it is.
    constexpr double lastDay = 2958465;
    if (!std::isfinite(serial) || serial < 0 || serial >= lastDay + 1)
        return QString::number(serial, 'g', 15);
    double days = std::floor(serial);
    qint64 seconds = qint64(std::llround((serial - days) * 86400.0));
    if (seconds >= 86400) {
        days += 1;
        seconds -= 86400;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(qint64(days));
    else if (days >= 61) // Excel counts a 29 February 1900 that never was
        date = QDate(1899, 12, 30).addDays(qint64(days));
    else
        date = QDate(1899, 12, 31).addDays(qint64(days));
    if (seconds == 0)
        return date.toString(Qt::ISODate);
    return QDateTime(date, QTime(0, 0).addSecs(int(seconds))).toString(Qt::ISODate);
}

Expected<SheetTable> readXlsx(const QByteArray &bytes, const QString &displayName, const QString &sheet)
{
    auto zip = ZipReader::open(bytes, displayName);
    if (!zip)
        return zip.error();
    if (!zip->contains(QStringLiteral("xl/workbook.xml")))
        return Error{ErrorCode::InvalidData,
                     Text::tr("“%1” is a ZIP archive but not an Excel workbook (.xlsx). If it came from Google Forms, unzip "
                              "it and import the CSV file inside.")
                         .arg(QDir::toNativeSeparators(displayName))};
    auto workbookXml = zip->read(QStringLiteral("xl/workbook.xml"));
    if (!workbookXml)
        return workbookXml.error();
    auto workbook = readWorkbook(workbookXml.value(), displayName);
    if (!workbook)
        return workbook.error();
    if (workbook->sheets.empty())
        return Error{ErrorCode::InvalidData, Text::tr("“%1” has no sheets.").arg(QDir::toNativeSeparators(displayName))};

    SheetTable table;
    for (const Workbook::Sheet &s : workbook->sheets)
        table.sheetNames << s.name;
    const Workbook::Sheet *chosen = &workbook->sheets.front();
    if (!sheet.isEmpty()) {
        chosen = nullptr;
        for (const Workbook::Sheet &s : workbook->sheets)
            if (s.name.compare(sheet, Qt::CaseInsensitive) == 0)
                chosen = &s;
        if (!chosen)
            return Error{ErrorCode::NotFound,
                         Text::tr("“%1” has no sheet named “%2”. Its sheets are: %3.")
                             .arg(QDir::toNativeSeparators(displayName), sheet, table.sheetNames.join(QStringLiteral(", ")))};
    }
    table.sheet = chosen->name;

    QString part;
    if (zip->contains(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        auto relsXml = zip->read(QStringLiteral("xl/_rels/workbook.xml.rels"));
        if (!relsXml)
            return relsXml.error();
        auto relations = readRelations(relsXml.value(), displayName);
        if (!relations)
            return relations.error();
        if (auto it = relations->find(chosen->relationId); it != relations->end())
            part = it->second;
    }
    if (part.isEmpty() || !zip->contains(part)) {
        // Some writers skip the relationships; sheetN.xml follows the sheet's position.
        const auto position = chosen - workbook->sheets.data();
        part = QStringLiteral("xl/worksheets/sheet%1.xml").arg(position + 1);
    }

    QStringList shared;
    if (zip->contains(QStringLiteral("xl/sharedStrings.xml"))) {
        auto sharedXml = zip->read(QStringLiteral("xl/sharedStrings.xml"));
        if (!sharedXml)
            return sharedXml.error();
        auto strings = readSharedStrings(sharedXml.value(), displayName);
        if (!strings)
            return strings.error();
        shared = std::move(strings.value());
    }
    std::vector<bool> dateStyles;
    if (zip->contains(QStringLiteral("xl/styles.xml"))) {
        auto stylesXml = zip->read(QStringLiteral("xl/styles.xml"));
        if (!stylesXml)
            return stylesXml.error();
        auto styles = readDateStyles(stylesXml.value(), displayName);
        if (!styles)
            return styles.error();
        dateStyles = std::move(styles.value());
    }
    auto sheetXml = zip->read(part);
    if (!sheetXml)
        return sheetXml.error();
    auto rows = readSheet(sheetXml.value(), displayName, part, SheetContext{shared, dateStyles, workbook->date1904});
    if (!rows)
        return rows.error();
    table.rows = std::move(rows.value());
    return table;
}

} // namespace sala
