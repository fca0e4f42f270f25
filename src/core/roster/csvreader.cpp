#include "roster/csvreader.h"

#include <QCoreApplication>
#include <QDir>

#include <array>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::CsvReader)
};

// "sep=;" is how Excel marks the delimiter of a file written for another locale.
bool separatorLine(QStringView text, QChar &delimiter, qsizetype &lineEnd)
{
    if (!text.startsWith(u"sep=", Qt::CaseInsensitive) || text.size() < 5)
        return false;
    lineEnd = 5;
    if (lineEnd < text.size() && text[lineEnd] == u'\r')
        ++lineEnd;
    if (lineEnd < text.size() && text[lineEnd] == u'\n')
        ++lineEnd;
    if (lineEnd < text.size() && lineEnd == 5 && !text[lineEnd].isSpace())
        return false;
    // "sep=" followed by the line break (or a quote) names no usable delimiter: an ordinary line.
    if (text[4] == u'\r' || text[4] == u'\n' || text[4] == u'"')
        return false;
    delimiter = text[4];
    return true;
}

} // namespace

QChar detectDelimiter(QStringView text)
{
    QChar declared;
    qsizetype skip = 0;
    if (separatorLine(text, declared, skip))
        return declared;
    // Counts in the first non-blank line, outside quotes.
    std::array<qsizetype, 3> counts{0, 0, 0};
    const std::array<QChar, 3> candidates{u'\t', u';', u','};
    bool quoted = false;
    bool seenContent = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            seenContent = true;
            continue;
        }
        if (quoted)
            continue;
        if (c == u'\n' || c == u'\r') {
            if (seenContent)
                break;
            continue;
        }
        seenContent = true;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (c == candidates[i])
                ++counts[i];
    }
    std::size_t best = 2;
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

Expected<CsvTable> parseCsv(QStringView text, const QString &fileName, QChar delimiter)
{
    CsvTable table;
    qsizetype pos = 0;
    {
        QChar declared;
        qsizetype skip = 0;
        if (separatorLine(text, declared, skip)) {
            pos = skip;
            if (delimiter.isNull())
                delimiter = declared;
        }
    }
    table.delimiter = delimiter.isNull() ? detectDelimiter(text.mid(pos)) : delimiter;
    const QChar sep = table.delimiter;
    const qsizetype size = text.size();
    int line = pos > 0 ? 2 : 1;

    auto fail = [&](int atLine, int column, const QString &what) -> Error {
        return Error{
            ErrorCode::InvalidData,
            Text::tr("“%1”, line %2, column %3: %4").arg(QDir::toNativeSeparators(fileName)).arg(atLine).arg(column).arg(what)};
    };

    CsvRecord record;
    record.line = line;
    QString cell;
    bool recordHasContent = false;
    auto endCell = [&] {
        record.cells << cell;
        if (!cell.isEmpty())
            recordHasContent = true;
        cell.clear();
    };
    auto endRecord = [&] {
        endCell();
        if (recordHasContent)
            table.records.push_back(std::move(record));
        record = CsvRecord{};
        recordHasContent = false;
    };

    while (pos < size) {
        record.line = record.cells.isEmpty() && cell.isEmpty() ? line : record.line;
        // One cell per pass.
        if (text[pos] == u'"') {
            const int startLine = line;
            const int column = int(record.cells.size()) + 1;
            recordHasContent = true;
            ++pos;
            bool closed = false;
            while (pos < size) {
                const QChar c = text[pos];
                if (c == u'"') {
                    if (pos + 1 < size && text[pos + 1] == u'"') {
                        cell += u'"';
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    closed = true;
                    break;
                }
                if (c == u'\r') {
                    // Line breaks inside a cell become plain \n whatever the file used.
                    cell += u'\n';
                    ++line;
                    pos += (pos + 1 < size && text[pos + 1] == u'\n') ? 2 : 1;
                    continue;
                }
                if (c == u'\n')
                    ++line;
                cell += c;
                ++pos;
            }
            if (!closed)
                return fail(startLine, column,
                            Text::tr("a quoted cell starts here but its closing quote never comes. Check that quotes "
                                     "inside cells are doubled (\"\"), then export the file again."));
            // Spaces after the closing quote are harmless; anything else means broken quoting.
            while (pos < size && (text[pos] == u' ') && sep != u' ')
                ++pos;
            if (pos < size && text[pos] != sep && text[pos] != u'\n' && text[pos] != u'\r')
                return fail(line, column,
                            Text::tr("there is text after the closing quote of this cell. A quote inside a quoted cell "
                                     "must be written twice (\"\")."));
        } else {
            while (pos < size) {
                const QChar c = text[pos];
                if (c == sep || c == u'\n' || c == u'\r')
                    break;
                cell += c;
                ++pos;
            }
        }
        if (pos >= size)
            break;
        const QChar c = text[pos];
        if (c == sep) {
            endCell();
            ++pos;
            if (pos >= size) {
                endRecord();
                break;
            }
            continue;
        }
        // A line break ends the record: \r\n, \n or a lone \r.
        pos += (c == u'\r' && pos + 1 < size && text[pos + 1] == u'\n') ? 2 : 1;
        endRecord();
        ++line;
    }
    if (!record.cells.isEmpty() || !cell.isEmpty() || recordHasContent)
        endRecord();
    return table;
}

} // namespace sala
