#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sala {

const std::vector<InterfaceLanguage> &interfaceLanguages()
{
    static const std::vector<InterfaceLanguage> languages{
        {QStringLiteral("en"), QStringLiteral("English")},       {QStringLiteral("km"), QStringLiteral("ខ្មែរ")},
        {QStringLiteral("lo"), QStringLiteral("ລາວ")},           {QStringLiteral("th"), QStringLiteral("ไทย")},
        {QStringLiteral("ms"), QStringLiteral("Bahasa Melayu")}, {QStringLiteral("fil"), QStringLiteral("Filipino")},
    };
    return languages;
}

QString installTranslations(const QString &preferredCode)
{
    const QLocale locale = preferredCode.isEmpty() ? QLocale::system() : QLocale(preferredCode);
    QLocale::setDefault(locale);

    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *salaTranslator = new QTranslator(QCoreApplication::instance());
    if (salaTranslator->load(locale, QStringLiteral("sala"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(salaTranslator);
    return locale.name();
}

} // namespace sala
