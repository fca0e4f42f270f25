#include "dialogs/preferencesdialog.h"

#include "preferences.h"
#include "presenter/runsettings.h"
#include "translations.h"
#include "ui_preferencesdialog.h"

#include <QLocale>
#include <QTimeZone>

namespace sala {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);

    m_ui->languageCombo->addItem(tr("Same as the system"), QString());
    for (const InterfaceLanguage &language : interfaceLanguages())
        m_ui->languageCombo->addItem(language.nativeName, language.code);
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(Preferences::language.value())));

    m_ui->zoneCombo->addItem(tr("None"), QString());
    // The zones these trainers meet most come first; every other zone follows.
    const QStringList common{QStringLiteral("Asia/Bangkok"),   QStringLiteral("Asia/Phnom_Penh"),
                             QStringLiteral("Asia/Vientiane"), QStringLiteral("Asia/Kuala_Lumpur"),
                             QStringLiteral("Asia/Manila"),    QStringLiteral("Asia/Singapore"),
                             QStringLiteral("Asia/Jakarta"),   QStringLiteral("Asia/Ho_Chi_Minh"),
                             QStringLiteral("Europe/Geneva"),  QStringLiteral("UTC")};
    for (const QString &zone : common)
        m_ui->zoneCombo->addItem(zone, zone);
    m_ui->zoneCombo->insertSeparator(m_ui->zoneCombo->count());
    const QList<QByteArray> all = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : all) {
        const QString zone = QString::fromUtf8(id);
        if (!common.contains(zone) && zone.contains(u'/'))
            m_ui->zoneCombo->addItem(zone, zone);
    }
    m_ui->zoneCombo->setCurrentIndex(std::max(0, m_ui->zoneCombo->findData(Preferences::secondTimeZone.value())));
    m_ui->soundsCheck->setChecked(Preferences::soundsEnabled.value());
    m_ui->wrapUpSpin->setValue(RunPreferences::defaultWrapUpSeconds.value() / 60);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::apply()
{
    Preferences::language.setValue(m_ui->languageCombo->currentData().toString());
    Preferences::secondTimeZone.setValue(m_ui->zoneCombo->currentData().toString());
    Preferences::soundsEnabled.setValue(m_ui->soundsCheck->isChecked());
    RunPreferences::defaultWrapUpSeconds.setValue(m_ui->wrapUpSpin->value() * 60);
}

} // namespace sala
