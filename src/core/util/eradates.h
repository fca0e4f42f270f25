#pragma once
// Dates as people write them on certificates: the locale's long date, optionally with the year of
// the Buddhist Era (Gregorian year + 543), as Thai documents usually print it.

#include <QDate>
#include <QLocale>
#include <QString>

namespace sala {

// The year of the Buddhist Era for a Gregorian year: 2026 → 2569.
constexpr int buddhistEraYear(int gregorianYear)
{
    return gregorianYear + 543;
}

// The locale's long date format; with `buddhistEra`, the year in it is replaced by the Buddhist
// Era year written in the locale's digits. An invalid date gives an empty string.
QString peopleDate(const QDate &date, const QLocale &locale, bool buddhistEra);

// Two dates as a span ("1 December 2026 – 3 December 2026"); one date when both are the same.
QString peopleDateSpan(const QDate &first, const QDate &last, const QLocale &locale, bool buddhistEra);

} // namespace sala
