#include "util/eradates.h"

namespace sala {

QString peopleDate(const QDate &date, const QLocale &locale, bool buddhistEra)
{
    if (!date.isValid())
        return {};
    const QString format = locale.dateFormat(QLocale::LongFormat);
    if (!buddhistEra)
        return locale.toString(date, format);

    QLocale digits(locale);
    digits.setNumberOptions(QLocale::OmitGroupSeparator);
    // Digits are no format letters, so the year goes into the pattern as it is.
    const QString year = digits.toString(buddhistEraYear(date.year()));
    // Every run of 'y' outside quoted text is the year; quoted text ('…', with '' for a quote)
    // is copied as it is.
    QString pattern;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            quoted = !quoted;
            pattern += c;
        } else if (!quoted && c == u'y') {
            while (i + 1 < format.size() && format.at(i + 1) == u'y')
                ++i;
            pattern += year;
        } else {
            pattern += c;
        }
    }
    return locale.toString(date, pattern);
}

QString peopleDateSpan(const QDate &first, const QDate &last, const QLocale &locale, bool buddhistEra)
{
    if (!first.isValid() || !last.isValid() || first == last)
        return peopleDate(first.isValid() ? first : last, locale, buddhistEra);
    return peopleDate(first, locale, buddhistEra) + QStringLiteral(" – ") + peopleDate(last, locale, buddhistEra);
}

} // namespace sala
