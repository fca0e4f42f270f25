#pragma once
// Reads the answers people type into registration forms (“Female”, “หญิง”, “Lao PDR”, “10–49”,
// “I agree”) into Sala's values. Each returns nothing when the text cannot be read, so that the
// importer can name the line, the column and what it expected.

#include "domain/participant.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace sala {

// Empty text is "not stated".
std::optional<Sex> parseSex(const QString &text);
// ISO 3166-1 alpha-2 code from a code (KH, KHM), an English name or a name in the language of
// one of the home countries; empty text gives an empty code.
std::optional<QString> parseCountry(const QString &text);
std::optional<OrganizationType> parseOrganizationType(const QString &text);
// A band ("25–34", "under 18", "65+"), or an age in years.
std::optional<AgeBand> parseAgeBand(const QString &text);

struct EmployeeCount {
    std::optional<int> value; // empty text: not given
};
// "12", "10–49" (the upper bound), "50+" (the lower), "none".
std::optional<EmployeeCount> parseEmployees(const QString &text);

// Yes/no answers in the languages of the region; empty text is no.
std::optional<bool> parseYesNo(const QString &text);
// Like parseYesNo, and also reads a consent statement ("I agree to …", "I do not agree").
std::optional<bool> parseConsent(const QString &text);
// BCP 47 codes from names or codes separated by commas, slashes or "and".
std::optional<QStringList> parseLanguages(const QString &text);

bool isPlausibleEmail(const QString &text);
// Several addresses in one cell, separated by ; , or spaces.
QStringList splitEmails(const QString &text);

// How a column writes its dates: which of day and month comes first in numeric dates.
enum class DateOrder { MonthFirst, DayFirst };
// Chooses the order that reads every value of the column, month-first when both do (the US
// default of Google Sheets, Microsoft Forms and Eventbrite); nothing when neither reads them all.
std::optional<DateOrder> chooseDateOrder(const QStringList &values);
// Reads ISO 8601, Google Forms' "2026/09/27 3:00:00 PM GMT+3", numeric dates in `order`,
// "Mar 22, 2025 19:13:27". Times without a zone are in `zone`.
std::optional<QDateTime> parseDateTime(const QString &text, DateOrder order, const QTimeZone &zone);

} // namespace sala
