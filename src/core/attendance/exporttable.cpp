#include "attendance/exporttable.h"

#include "roster/textdecoder.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceExport)
};

// Control characters other than tab and line breaks, and replacement characters from bytes that
// no encoding explains, do not occur in exported text.
bool looksBinary(QStringView text)
{
    const QStringView start = text.left(64 * 1024);
    qsizetype odd = 0;
    for (const QChar c : start) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFD || u == 0x7F)
            ++odd;
    }
    return odd > 0 && odd * 50 >= start.size();
}

} // namespace

QChar detectExportDelimiter(QStringView text)
{
    if (text.startsWith(u"sep=", Qt::CaseInsensitive) && text.size() >= 5)
        return text[4];
    qsizetype tabs = 0;
    qsizetype semicolons = 0;
    qsizetype commas = 0;
    int lines = 0;
    bool quoted = false;
    bool lineHasContent = false;
    const qsizetype limit = std::min<qsizetype>(text.size(), 64 * 1024);
    for (qsizetype i = 0; i < limit && lines < 30; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
            lineHasContent = true;
            continue;
        }
        if (quoted)
            continue;
        switch (c.unicode()) {
        case u'\t': ++tabs; break;
        case u';': ++semicolons; break;
        case u',': ++commas; break;
        case u'\n':
        case u'\r':
            if (lineHasContent)
                ++lines;
            lineHasContent = false;
            continue;
        default: break;
        }
        lineHasContent = true;
    }
    if (tabs > 0)
        return u'\t';
    return semicolons > commas ? QChar(u';') : QChar(u',');
}

namespace {

// Where a cell's text lies until every cell is read; `unescaped` may still grow until then.
struct CellSpan {
    qsizetype offset = 0;
    qsizetype length = 0;
    bool copied = false;
};

class Tokenizer final {
public:
    Tokenizer(ExportTable &table, QChar delimiter) : m_table(table), m_text(table.text), m_sep(delimiter) {}

    Status run()
    {
        const qsizetype size = m_text.size();
        qsizetype pos = 0;
        int line = 1;
        if (m_text.startsWith(u"sep=", Qt::CaseInsensitive)) { // Excel's delimiter line
            while (pos < size && m_text[pos] != u'\n' && m_text[pos] != u'\r')
                ++pos;
        }
        std::vector<CellSpan> spans;
        struct Pending {
            int line;
            std::size_t first;
            std::size_t count;
        };
        std::vector<Pending> records;
        const QChar *data = m_text.constData();
        bool atLineStart = pos == 0;
        while (pos < size) {
            if (!atLineStart) {
                // The line break after a record (or after the "sep=" line).
                pos += (data[pos] == u'\r' && pos + 1 < size && data[pos + 1] == u'\n') ? 2 : 1;
                ++line;
                atLineStart = true;
                continue;
            }
            atLineStart = false;
            const std::size_t first = spans.size();
            const int recordLine = line;
            for (;;) {
                const int column = int(spans.size() - first) + 1;
                CellSpan span;
                if (pos < size && data[pos] == u'"') {
                    const int startLine = line;
                    ++pos;
                    const qsizetype start = pos;
                    bool copy = false;
                    bool closed = false;
                    while (pos < size) {
                        const char16_t c = data[pos].unicode();
                        if (c == u'"') {
                            if (pos + 1 < size && data[pos + 1] == u'"') {
                                copy = true;
                                pos += 2;
                                continue;
                            }
                            closed = true;
                            break;
                        }
                        if (c == u'\n' || c == u'\r') {
                            copy = copy || c == u'\r';
                            if (!(c == u'\r' && pos + 1 < size && data[pos + 1] == u'\n'))
                                ++line;
                        }
                        ++pos;
                    }
                    if (!closed)
                        return cellError(startLine, column,
                                         Text::tr("a quoted cell starts here but its closing quote never comes. The file may "
                                                  "have been cut short; download it again."));
                    span = copy ? unescape(QStringView(data + start, pos - start)) : CellSpan{start, pos - start, false};
                    ++pos; // the closing quote
                    while (pos < size && data[pos] == u' ' && m_sep != u' ')
                        ++pos;
                    if (pos < size && data[pos] != m_sep && data[pos] != u'\n' && data[pos] != u'\r')
                        return cellError(line, column,
                                         Text::tr("there is text after the closing quote of this cell. A quote inside a quoted "
                                                  "cell must be written twice (\"\")."));
                } else {
                    const qsizetype start = pos;
                    while (pos < size) {
                        const QChar c = data[pos];
                        if (c == m_sep || c == u'\n' || c == u'\r')
                            break;
                        ++pos;
                    }
                    span = CellSpan{start, pos - start, false};
                }
                spans.push_back(span);
                if (pos < size && data[pos] == m_sep) {
                    ++pos;
                    continue;
                }
                break;
            }
            // Zoom ends lines with a comma and Teams pads rows with tabs: empty cells at the end
            // say nothing, and a line of nothing but delimiters is a blank line.
            std::size_t count = spans.size() - first;
            while (count > 0 && isBlank(viewOf(spans[first + count - 1])))
                --count;
            if (count == 0)
                spans.resize(first);
            else
                records.push_back({recordLine, first, count});
        }
        m_table.cellViews.reserve(spans.size());
        for (const CellSpan &span : spans)
            m_table.cellViews.push_back(viewOf(span));
        m_table.records.reserve(records.size());
        for (const Pending &record : records)
            m_table.records.push_back({record.line, m_table.cellViews.data() + record.first, qsizetype(record.count)});
        return success();
    }

private:
    Error cellError(int line, int column, const QString &what) const
    {
        return Error{
            ErrorCode::InvalidData,
            Text::tr("“%1”, line %2, column %3: %4").arg(displayFileName(m_table.fileName)).arg(line).arg(column).arg(what)};
    }

    // Doubled quotes become one; line breaks inside the cell become plain \n.
    CellSpan unescape(QStringView raw)
    {
        CellSpan span{m_table.unescaped.size(), 0, true};
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw[i];
            if (c == u'"' && i + 1 < raw.size() && raw[i + 1] == u'"') {
                m_table.unescaped += u'"';
                ++i;
            } else if (c == u'\r') {
                m_table.unescaped += u'\n';
                if (i + 1 < raw.size() && raw[i + 1] == u'\n')
                    ++i;
            } else {
                m_table.unescaped += c;
            }
        }
        span.length = m_table.unescaped.size() - span.offset;
        return span;
    }

    QStringView viewOf(const CellSpan &span) const
    {
        return QStringView(span.copied ? m_table.unescaped : m_text).mid(span.offset, span.length);
    }

    ExportTable &m_table;
    const QString &m_text;
    QChar m_sep;
};

} // namespace

bool ExportRecord::sameCells(const ExportRecord &other) const
{
    if (count != other.count)
        return false;
    for (qsizetype i = 0; i < count; ++i)
        if (cells[i] != other.cells[i])
            return false;
    return true;
}

Expected<ExportTable> readExportTable(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("PK\x03\x04"))
        return fileError(fileName, Text::tr("this is an Excel workbook (.xlsx) or another packed file, not a CSV export. "
                                            "Open it in a spreadsheet and save it as “CSV UTF-8”, or download the CSV "
                                            "report from the meeting platform."));
    ExportTable table;
    table.fileName = fileName;
    table.text = decodeText(bytes).text;
    if (isBlank(table.text))
        return fileError(fileName, Text::tr("the file is empty. Download the attendance report again."));
    if (looksBinary(table.text))
        return fileError(fileName, Text::tr("the file does not contain text, so it is not an attendance report. Check that "
                                            "you chose the CSV file the meeting platform downloaded."));
    table.delimiter = detectExportDelimiter(table.text);
    Tokenizer tokenizer(table, table.delimiter);
    if (Status read = tokenizer.run(); !read)
        return read.error();
    return table;
}

QString foldHeader(QStringView cell)
{
    QString folded;
    folded.reserve(cell.size());
    for (const QChar c : cell) {
        if (c.isSpace() || c == QChar(0xFEFF))
            continue;
        switch (c.unicode()) {
        case 0xFF08: folded += u'('; continue;
        case 0xFF09: folded += u')'; continue;
        case 0xFF1A: folded += u':'; continue;
        default: break;
        }
        folded += c;
    }
    while (folded.endsWith(u':'))
        folded.chop(1);
    return folded.toCaseFolded();
}

std::vector<QString> foldHeaders(const ExportRecord &record)
{
    std::vector<QString> folded;
    folded.reserve(std::size_t(record.size()));
    for (const QStringView cell : record)
        folded.push_back(foldHeader(cell));
    return folded;
}

int findColumn(const std::vector<QString> &folded, std::initializer_list<QStringView> aliases, int from)
{
    for (std::size_t i = std::size_t(std::max(from, 0)); i < folded.size(); ++i)
        for (const QStringView alias : aliases)
            if (folded[i] == alias)
                return int(i);
    return -1;
}

QStringView cellAt(const ExportRecord &record, int column)
{
    if (column < 0 || column >= record.size())
        return {};
    return record[column].trimmed();
}

int nonEmptyCells(const ExportRecord &record)
{
    int n = 0;
    for (const QStringView cell : record)
        if (!isBlank(cell))
            ++n;
    return n;
}

bool isBlank(QStringView text)
{
    for (const QChar c : text)
        if (!c.isSpace() && c != QChar(0xFEFF))
            return false;
    return true;
}

QString describeCells(const ExportRecord &record)
{
    QStringList quoted;
    for (qsizetype i = 0; i < record.size() && i < 8; ++i)
        quoted << u'“' + record[i].trimmed().toString() + u'”';
    if (record.size() > 8)
        quoted << QStringLiteral("…");
    return quoted.join(QStringLiteral(", "));
}

QString displayFileName(const QString &fileName)
{
    return QDir::toNativeSeparators(fileName);
}

Error fileError(const QString &fileName, const QString &what)
{
    return Error{ErrorCode::InvalidData, Text::tr("“%1”: %2").arg(displayFileName(fileName), what)};
}

Error lineError(const QString &fileName, int line, const QString &what)
{
    return Error{ErrorCode::InvalidData, Text::tr("“%1”, line %2: %3").arg(displayFileName(fileName)).arg(line).arg(what)};
}

} // namespace sala
