#include "attendance/exportdates.h"

#include "attendance/exporttable.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cstdlib>

namespace sala {
namespace {

// Strings of this file in their own translation context, where lupdate files them too.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceExport)
};

struct Token {
    enum Kind : quint8 { Number, Word, Colon, Slash, Dash, Dot, Comma };
    Kind kind = Number;
    int value = 0;
    int digits = 0;
    QStringView word;
};

constexpr int maxTokens = 16;

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Splits a cell into numbers, words and separators; false for anything else or too many parts.
bool tokenize(QStringView text, std::array<Token, maxTokens> &tokens, int &count)
{
    count = 0;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text[i];
        if (c.isSpace()) { // includes the no-break and narrow no-break spaces of ICU time formats
            ++i;
            continue;
        }
        if (count == maxTokens)
            return false;
        Token &token = tokens[std::size_t(count)];
        if (isAsciiDigit(c)) {
            token.kind = Token::Number;
            token.value = 0;
            token.digits = 0;
            while (i < size && isAsciiDigit(text[i])) {
                if (++token.digits > 9)
                    return false;
                token.value = token.value * 10 + (text[i].unicode() - u'0');
                ++i;
            }
        } else if (c.isLetter()) {
            const qsizetype start = i;
            while (i < size && text[i].isLetter())
                ++i;
            token.kind = Token::Word;
            token.word = text.mid(start, i - start);
        } else {
            switch (c.unicode()) {
            case u':': token.kind = Token::Colon; break;
            case u'/': token.kind = Token::Slash; break;
            case u'-': token.kind = Token::Dash; break;
            case u'.': token.kind = Token::Dot; break;
            case u',': token.kind = Token::Comma; break;
            default: return false;
            }
            ++i;
        }
        ++count;
    }
    return true;
}

int monthFromName(QStringView word)
{
    static const std::array<QStringView, 12> names{u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                                   u"july",    u"august",   u"september", u"october", u"november", u"december"};
    if (word.size() < 3)
        return 0;
    for (std::size_t m = 0; m < names.size(); ++m) {
        const QStringView name = names[m];
        if (word.size() == 3 && word.compare(name.left(3), Qt::CaseInsensitive) == 0)
            return int(m) + 1;
        if (word.compare(name, Qt::CaseInsensitive) == 0)
            return int(m) + 1;
    }
    if (word.compare(u"sept", Qt::CaseInsensitive) == 0)
        return 9;
    return 0;
}

bool isDateSeparator(Token::Kind kind)
{
    return kind == Token::Slash || kind == Token::Dash || kind == Token::Dot;
}

int fullYear(const Token &token)
{
    if (token.digits == 4)
        return token.value;
    if (token.digits == 2)
        return 2000 + token.value;
    return -1;
}

// The date tokens in front of the time: numeric (either order), year first, or with a month name.
bool readDate(const std::array<Token, maxTokens> &t, int n, WrittenDateTime &out)
{
    // Trailing commas ("6/1/2021, 2:59:38 PM") and ISO's "T" belong to neither part.
    while (
        n > 0
        && (t[std::size_t(n - 1)].kind == Token::Comma
            || (t[std::size_t(n - 1)].kind == Token::Word && t[std::size_t(n - 1)].word.compare(u"T", Qt::CaseInsensitive) == 0)))
        --n;
    if (n == 0) {
        out.shape = WrittenDateTime::Shape::TimeOnly;
        return true;
    }
    auto at = [&t](int i) -> const Token & { return t[std::size_t(i)]; };
    if (n == 5 && at(0).kind == Token::Number && at(2).kind == Token::Number && at(4).kind == Token::Number
        && isDateSeparator(at(1).kind) && at(1).kind == at(3).kind) {
        if (at(0).digits == 4) {
            if (at(2).digits > 2 || at(4).digits > 2)
                return false;
            out.shape = WrittenDateTime::Shape::YearFirst;
            out.year = qint16(at(0).value);
            out.first = qint8(at(2).value);
            out.second = qint8(at(4).value);
            return QDate::isValid(out.year, out.first, out.second);
        }
        if (at(0).digits > 2 || at(2).digits > 2)
            return false;
        const int year = fullYear(at(4));
        if (year < 0)
            return false;
        out.shape = WrittenDateTime::Shape::Numeric;
        out.year = qint16(year);
        out.first = qint8(at(0).value);
        out.second = qint8(at(2).value);
        return QDate::isValid(out.year, out.first, out.second) || QDate::isValid(out.year, out.second, out.first);
    }
    int month = 0;
    int day = 0;
    int year = -1;
    if ((n == 3 || n == 4) && at(0).kind == Token::Word && at(1).kind == Token::Number) {
        // "Mar 22, 2025" / "March 22 2025"
        const Token &yearToken = at(n - 1);
        if (yearToken.kind != Token::Number || (n == 4 && at(2).kind != Token::Comma))
            return false;
        month = monthFromName(at(0).word);
        day = at(1).value;
        year = yearToken.digits == 4 ? yearToken.value : -1;
    } else if (n == 3 && at(0).kind == Token::Number && at(1).kind == Token::Word && at(2).kind == Token::Number) {
        // "22 Mar 2025"
        month = monthFromName(at(1).word);
        day = at(0).value;
        year = at(2).digits == 4 ? at(2).value : -1;
    } else if (n == 5 && at(0).kind == Token::Number && at(2).kind == Token::Word && at(4).kind == Token::Number
               && isDateSeparator(at(1).kind) && at(1).kind == at(3).kind) {
        // "22-Mar-2025"
        month = monthFromName(at(2).word);
        day = at(0).value;
        year = fullYear(at(4));
    } else {
        return false;
    }
    if (month == 0 || year < 0 || day > 31 || !QDate::isValid(year, month, day))
        return false;
    out.shape = WrittenDateTime::Shape::MonthName;
    out.year = qint16(year);
    out.first = qint8(month);
    out.second = qint8(day);
    return true;
}

// "AM", "pm", "a.m.": 0 for none, 1 for AM, 2 for PM, -1 for anything else.
int meridiem(const std::array<Token, maxTokens> &t, int from, int count)
{
    if (from >= count)
        return 0;
    std::array<char16_t, 4> letters{};
    int n = 0;
    for (int i = from; i < count; ++i) {
        const Token &token = t[std::size_t(i)];
        if (token.kind == Token::Dot)
            continue;
        if (token.kind != Token::Word)
            return -1;
        for (const QChar c : token.word) {
            if (n == 2)
                return -1;
            letters[std::size_t(n++)] = c.toLower().unicode();
        }
    }
    if (n != 2 || letters[1] != u'm')
        return -1;
    if (letters[0] == u'a')
        return 1;
    if (letters[0] == u'p')
        return 2;
    return -1;
}

QDate dateIn(const WrittenDateTime &value, DateOrder order)
{
    switch (value.shape) {
    case WrittenDateTime::Shape::TimeOnly: return {};
    case WrittenDateTime::Shape::YearFirst:
    case WrittenDateTime::Shape::MonthName: return QDate(value.year, value.first, value.second);
    case WrittenDateTime::Shape::Numeric:
        return order == DateOrder::DayFirst ? QDate(value.year, value.second, value.first)
                                            : QDate(value.year, value.first, value.second);
    }
    return {};
}

int matchesNear(const std::vector<WrittenDateTime> &values, DateOrder order, const QDate &reference)
{
    int matches = 0;
    for (const WrittenDateTime &value : values) {
        const QDate date = dateIn(value, order);
        if (date.isValid() && std::abs(date.daysTo(reference)) <= 1)
            ++matches;
    }
    return matches;
}

std::optional<DateOrder> orderMatching(const std::vector<WrittenDateTime> &values, const QDate &reference)
{
    if (!reference.isValid())
        return std::nullopt;
    const int dayFirst = matchesNear(values, DateOrder::DayFirst, reference);
    const int monthFirst = matchesNear(values, DateOrder::MonthFirst, reference);
    if (dayFirst > monthFirst)
        return DateOrder::DayFirst;
    if (monthFirst > dayFirst)
        return DateOrder::MonthFirst;
    return std::nullopt;
}

QString orderName(DateOrder order)
{
    return order == DateOrder::DayFirst ? Text::tr("day first") : Text::tr("month first");
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

constexpr std::size_t ambiguousSamples = 64;

} // namespace

std::optional<WrittenDateTime> scanDateTime(QStringView text)
{
    std::array<Token, maxTokens> t;
    int count = 0;
    if (!tokenize(text, t, count) || count < 3)
        return std::nullopt;
    // The time is the first "number : number".
    int colon = -1;
    for (int i = 1; i + 1 < count; ++i)
        if (t[std::size_t(i)].kind == Token::Colon) {
            colon = i;
            break;
        }
    if (colon < 1)
        return std::nullopt;
    const Token &hour = t[std::size_t(colon) - 1];
    const Token &minute = t[std::size_t(colon) + 1];
    if (hour.kind != Token::Number || minute.kind != Token::Number || hour.digits > 2 || minute.digits > 2)
        return std::nullopt;
    int hours = hour.value;
    int seconds = 0;
    int next = colon + 2;
    if (next + 1 < count && t[std::size_t(next)].kind == Token::Colon && t[std::size_t(next) + 1].kind == Token::Number) {
        if (t[std::size_t(next) + 1].digits > 2)
            return std::nullopt;
        seconds = t[std::size_t(next) + 1].value;
        next += 2;
        // Fractions of a second are dropped.
        if (next + 1 < count && t[std::size_t(next)].kind == Token::Dot && t[std::size_t(next) + 1].kind == Token::Number)
            next += 2;
    }
    const int half = meridiem(t, next, count);
    if (half < 0)
        return std::nullopt;
    if (half > 0) {
        if (hours < 1 || hours > 12)
            return std::nullopt;
        hours = (hours % 12) + (half == 2 ? 12 : 0);
    }
    if (hours > 23 || minute.value > 59 || seconds > 59)
        return std::nullopt;
    WrittenDateTime out;
    out.hour = qint8(hours);
    out.minute = qint8(minute.value);
    out.secondOfMinute = qint8(seconds);
    if (!readDate(t, colon - 1, out))
        return std::nullopt;
    return out;
}

std::optional<QDateTime> resolveDateTime(const WrittenDateTime &value, DateOrder order, const QDate &day)
{
    const QDate date = value.shape == WrittenDateTime::Shape::TimeOnly ? day : dateIn(value, order);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(value.hour, value.minute, value.secondOfMinute), Qt::UTC);
}

std::optional<QDate> dateInFileName(const QString &fileName)
{
    // Year first: 2024-03-05, 2025_06_23, 2024.03.05, 20240305.
    static const QRegularExpression yearFirst(QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)([-_. ]?)(\\d\\d)\\2(\\d\\d)(?!\\d)"));
    static const QRegularExpression yearLast(QStringLiteral("(?<!\\d)(\\d{1,2})([-_.])(\\d{1,2})\\2((?:19|20)\\d\\d)(?!\\d)"));
    QRegularExpressionMatchIterator it = yearFirst.globalMatch(fileName);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate date(m.captured(1).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
        if (date.isValid())
            return date;
    }
    it = yearLast.globalMatch(fileName);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int a = m.captured(1).toInt();
        const int b = m.captured(3).toInt();
        const int year = m.captured(4).toInt();
        if (a > 12 && QDate::isValid(year, b, a))
            return QDate(year, b, a);
        if (b > 12 && QDate::isValid(year, a, b))
            return QDate(year, a, b);
    }
    return std::nullopt;
}

void DateOrderVote::add(const WrittenDateTime &value, int line, QStringView text)
{
    if (value.shape == WrittenDateTime::Shape::TimeOnly) {
        m_timeOnly = true;
        return;
    }
    if (value.shape != WrittenDateTime::Shape::Numeric || value.first == value.second)
        return;
    const bool dayFirst = QDate::isValid(value.year, value.second, value.first);
    const bool monthFirst = QDate::isValid(value.year, value.first, value.second);
    if (dayFirst && monthFirst) {
        if (m_ambiguous.line == 0)
            m_ambiguous = {line, text.toString()};
        if (m_ambiguousValues.size() < ambiguousSamples)
            m_ambiguousValues.push_back(value);
    } else if (dayFirst) {
        if (m_dayFirst.line == 0)
            m_dayFirst = {line, text.toString()};
    } else if (monthFirst) {
        if (m_monthFirst.line == 0)
            m_monthFirst = {line, text.toString()};
    }
}

Expected<DateOrder> DateOrderVote::decide(const QString &fileName, const ExportReadOptions &options) const
{
    if (m_dayFirst.line > 0 && m_monthFirst.line > 0)
        return fileError(fileName,
                         Text::tr("the dates are written in two orders: “%1” on line %2 can only be day first, “%3” on line %4 "
                                  "only month first. Download the report again without editing it.")
                             .arg(m_dayFirst.text)
                             .arg(m_dayFirst.line)
                             .arg(m_monthFirst.text)
                             .arg(m_monthFirst.line));
    std::optional<DateOrder> evidence;
    const Sample *sample = nullptr;
    if (m_dayFirst.line > 0) {
        evidence = DateOrder::DayFirst;
        sample = &m_dayFirst;
    } else if (m_monthFirst.line > 0) {
        evidence = DateOrder::MonthFirst;
        sample = &m_monthFirst;
    }
    if (options.dateOrder) {
        if (evidence && *evidence != *options.dateOrder)
            return lineError(fileName, sample->line,
                             Text::tr("“%1” can only be read %2, but the dates were said to be %3. Leave the order out and "
                                      "Sala reads it from the file.")
                                 .arg(sample->text, orderName(*evidence), orderName(*options.dateOrder)));
        return *options.dateOrder;
    }
    if (evidence)
        return *evidence;
    if (m_ambiguousValues.empty())
        return DateOrder::MonthFirst; // every date reads the same either way
    if (const auto named = dateInFileName(QFileInfo(fileName).fileName()))
        if (const auto order = orderMatching(m_ambiguousValues, *named))
            return *order;
    if (options.sessionDate)
        if (const auto order = orderMatching(m_ambiguousValues, *options.sessionDate))
            return *order;
    const WrittenDateTime &value = m_ambiguousValues.front();
    return Error{ErrorCode::AmbiguousDateOrder,
                 Text::tr("“%1”: the dates can be read day first or month first (“%2” on line %3 is %4 or %5), and nothing "
                          "in the file says which. Tell Sala which order the file uses.")
                     .arg(displayFileName(fileName), m_ambiguous.text)
                     .arg(m_ambiguous.line)
                     .arg(longDate(dateIn(value, DateOrder::DayFirst)), longDate(dateIn(value, DateOrder::MonthFirst)))};
}

} // namespace sala
