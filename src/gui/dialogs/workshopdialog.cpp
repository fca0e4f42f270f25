#include "dialogs/workshopdialog.h"

#include "domain/names.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sala {

QStringList WorkshopDialog::zoneChoices()
{
    QStringList zones{QStringLiteral("Asia/Bangkok"),      QStringLiteral("Asia/Phnom_Penh"),  QStringLiteral("Asia/Vientiane"),
                      QStringLiteral("Asia/Kuala_Lumpur"), QStringLiteral("Asia/Manila"),      QStringLiteral("Asia/Singapore"),
                      QStringLiteral("Asia/Jakarta"),      QStringLiteral("Asia/Ho_Chi_Minh"), QStringLiteral("Asia/Yangon")};
    const QList<QByteArray> all = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : all) {
        const QString zone = QString::fromUtf8(id);
        if (!zones.contains(zone) && zone.contains(u'/'))
            zones << zone;
    }
    return zones;
}

WorkshopDialog::WorkshopDialog(const Workshop &workshop, const QString &title, QWidget *parent)
    : QDialog(parent), m_workshop(workshop), m_title(new QLineEdit(workshop.title, this)),
      m_organizer(new QLineEdit(workshop.organizer, this)), m_platform(new QComboBox(this)), m_zone(new QComboBox(this)),
      m_secondZone(new QComboBox(this)), m_language(new QComboBox(this)),
      m_description(new QPlainTextEdit(workshop.description, this))
{
    setWindowTitle(title);
    for (Platform p : {Platform::Zoom, Platform::Teams, Platform::Meet, Platform::Other})
        m_platform->addItem(displayName(p), int(p));
    m_platform->setCurrentIndex(m_platform->findData(int(workshop.platform)));

    const QStringList zones = zoneChoices();
    m_zone->addItems(zones);
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    const QString zone = workshop.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : workshop.timeZone;
    m_zone->setCurrentText(zone);
    m_secondZone->addItem(tr("None"), QString());
    for (const QString &z : zones)
        m_secondZone->addItem(z, z);
    m_secondZone->setCurrentIndex(std::max(0, m_secondZone->findData(workshop.secondTimeZone)));

    for (const InterfaceLanguage &language : interfaceLanguages())
        m_language->addItem(language.nativeName, language.code);
    const int languageIndex = m_language->findData(workshop.language);
    if (languageIndex < 0 && !workshop.language.isEmpty())
        m_language->addItem(workshop.language, workshop.language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(workshop.language)));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().lineSpacing() * 5 + 12);

    m_title->setAccessibleName(tr("Workshop title"));
    m_organizer->setAccessibleName(tr("Organizer"));
    m_platform->setAccessibleName(tr("Platform"));
    m_zone->setAccessibleName(tr("Time zone"));
    m_secondZone->setAccessibleName(tr("Second time zone"));
    m_language->setAccessibleName(tr("Language of delivery"));
    m_description->setAccessibleName(tr("Description"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Organizer:"), m_organizer);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("Time &zone:"), m_zone);
    form->addRow(tr("&Second time zone:"), m_secondZone);
    form->addRow(tr("&Language of delivery:"), m_language);
    form->addRow(tr("&Description:"), m_description);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_title->text().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Give the workshop a title."));
            m_title->setFocus();
            return;
        }
        if (!QTimeZone(m_zone->currentText().toUtf8()).isValid()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("“%1” is not a time zone Sala knows. Choose one from the list, such as Asia/Bangkok.")
                                     .arg(m_zone->currentText()));
            m_zone->setFocus();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

Workshop WorkshopDialog::workshop() const
{
    Workshop result = m_workshop;
    result.title = m_title->text().trimmed();
    result.organizer = m_organizer->text().trimmed();
    result.platform = Platform(m_platform->currentData().toInt());
    result.timeZone = m_zone->currentText().trimmed();
    result.secondTimeZone = m_secondZone->currentData().toString();
    result.language = m_language->currentData().toString();
    result.description = m_description->toPlainText();
    return result;
}

} // namespace sala
