#include "attendance/durations.h"

#include <QString>

#include <array>
#include <cmath>

namespace sala {
namespace {

// Unit words, case folded and without a trailing full stop: English as Zoom, Teams and Meet
// write them, Polish as Teams translates them, the languages of Sala's trainers, Japanese, and
// the common European languages a translated report may use.
struct UnitWord {
    QStringView word;
    qint64 seconds;
};

constexpr UnitWord unitWords[] = {
    {u"d", 86400},    {u"day", 86400},   {u"days", 86400},   {u"h", 3600},       {u"hr", 3600},      {u"hrs", 3600},
    {u"hour", 3600},  {u"hours", 3600},  {u"godz", 3600},    {u"godzina", 3600}, {u"godziny", 3600}, {u"godzin", 3600},
    {u"std", 3600},   {u"stunde", 3600}, {u"stunden", 3600}, {u"heure", 3600},   {u"heures", 3600},  {u"hora", 3600},
    {u"horas", 3600}, {u"jam", 3600},    {u"oras", 3600},    {u"ชม", 3600},      {u"ชั่วโมง", 3600},   {u"ម៉ោង", 3600},
    {u"ຊົ່ວໂມງ", 3600}, {u"ຊມ", 3600},     {u"時間", 3600},    {u"m", 60},         {u"min", 60},       {u"mins", 60},
    {u"minute", 60},  {u"minutes", 60},  {u"minuta", 60},    {u"minuty", 60},    {u"minut", 60},     {u"minuten", 60},
    {u"minuto", 60},  {u"minutos", 60},  {u"minit", 60},     {u"นาที", 60},       {u"នាទី", 60},       {u"ນາທີ", 60},
    {u"分", 60},      {u"s", 1},         {u"sec", 1},        {u"secs", 1},       {u"second", 1},     {u"seconds", 1},
    {u"sek", 1},      {u"sekunda", 1},   {u"sekundy", 1},    {u"sekund", 1},     {u"sekunde", 1},    {u"sekunden", 1},
    {u"seconde", 1},  {u"secondes", 1},  {u"segundo", 1},    {u"segundos", 1},   {u"saat", 1},       {u"วินาที", 1},
    {u"វិនាទី", 1},     {u"ວິນາທີ", 1},      {u"秒", 1},         {u"mn", 60},        {u"minuut", 60},    {u"uur", 3600},
    {u"seconden", 1}, {u"timmar", 3600}, {u"tim", 3600},     {u"minuter", 60},   {u"sekunder", 1},   {u"ore", 3600},
    {u"minuti", 60},  {u"secondi", 1},
};

qint64 unitSeconds(QStringView word)
{
    const QString folded = word.toString().toCaseFolded();
    for (const UnitWord &unit : unitWords)
        if (folded == unit.word)
            return unit.seconds;
    return 0;
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isWordChar(QChar c)
{
    return c.isLetter() || c.isMark();
}

// A number with an optional decimal part ("12", "12.5", "12,5"); -1 when there is none.
double readNumber(QStringView text, qsizetype &pos)
{
    const qsizetype start = pos;
    double value = 0;
    int digits = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        if (++digits > 12)
            return -1;
        value = value * 10 + (text[pos].unicode() - u'0');
        ++pos;
    }
    if (pos == start)
        return -1;
    if (pos + 1 < text.size() && (text[pos] == u'.' || text[pos] == u',') && isDigit(text[pos + 1])) {
        ++pos;
        double scale = 0.1;
        int fraction = 0;
        while (pos < text.size() && isDigit(text[pos])) {
            if (++fraction <= 6)
                value += scale * (text[pos].unicode() - u'0');
            scale /= 10;
            ++pos;
        }
    }
    return value;
}

std::optional<qint64> clockForm(QStringView text)
{
    // h:mm:ss or mm:ss
    std::array<qint64, 3> parts{};
    int count = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        if (count == 3)
            return std::nullopt;
        qint64 value = 0;
        int digits = 0;
        while (pos < text.size() && isDigit(text[pos])) {
            if (++digits > 9)
                return std::nullopt;
            value = value * 10 + (text[pos].unicode() - u'0');
            ++pos;
        }
        if (digits == 0)
            return std::nullopt;
        parts[std::size_t(count++)] = value;
        if (pos < text.size()) {
            if (text[pos] != u':')
                return std::nullopt;
            ++pos;
            if (pos == text.size())
                return std::nullopt;
        }
    }
    if (count == 3 && parts[1] < 60 && parts[2] < 60)
        return parts[0] * 3600 + parts[1] * 60 + parts[2];
    if (count == 2 && parts[1] < 60)
        return parts[0] * 60 + parts[1];
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseDuration(QStringView text, DurationUnit bareUnit)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 200)
        return std::nullopt;
    if (text.contains(u':'))
        return clockForm(text);
    qsizetype pos = 0;
    double total = 0;
    int pairs = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        if (pos == text.size())
            break;
        const double number = readNumber(text, pos);
        if (number < 0)
            return std::nullopt;
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        const qsizetype wordStart = pos;
        while (pos < text.size() && isWordChar(text[pos]))
            ++pos;
        const QStringView word = text.mid(wordStart, pos - wordStart);
        if (pos < text.size() && text[pos] == u'.')
            ++pos; // "godz.", "Std.", "min."
        if (word.isEmpty()) {
            // A bare number is the whole text or nothing.
            if (pairs > 0 || pos < text.size())
                return std::nullopt;
            total = number * (bareUnit == DurationUnit::Minutes ? 60 : 1);
            return qint64(std::llround(total));
        }
        const qint64 unit = unitSeconds(word);
        if (unit == 0)
            return std::nullopt;
        total += number * double(unit);
        ++pairs;
    }
    if (pairs == 0)
        return std::nullopt;
    return qint64(std::llround(total));
}

} // namespace sala
