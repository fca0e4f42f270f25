#include "dialogs/participantdialog.h"

#include "statuscolors.h"
#include "domain/names.h"
#include "roster/rosternames.h"
#include "roster/valueparsers.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sala {
namespace {

QPlainTextEdit *shortTextEdit(const QString &text, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QStringList linesOf(const QPlainTextEdit *edit)
{
    QStringList lines;
    for (const QString &line : edit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

} // namespace

void ParticipantDialog::fillCountries(QComboBox *combo)
{
    combo->addItem(tr("(not stated)"), QString());
    for (const QString &code : homeCountries())
        combo->addItem(countryName(code), code);
    combo->insertSeparator(combo->count());
    std::vector<std::pair<QString, QString>> others;
    for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
        const QString code = QLocale::territoryToCode(QLocale::Territory(t));
        if (code.size() == 2 && !homeCountries().contains(code))
            others.emplace_back(countryName(code), code);
    }
    QCollator collator;
    std::sort(others.begin(), others.end(), [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    for (const auto &[name, code] : others)
        combo->addItem(name, code);
}

ParticipantDialog::ParticipantDialog(const Participant &participant, std::vector<SizeRule> rules, const QString &title,
                                     QWidget *parent)
    : QDialog(parent), m_original(participant), m_rules(std::move(rules)), m_name(new QLineEdit(participant.name, this)),
      m_preferred(new QLineEdit(participant.preferredName, this)),
      m_aliases(shortTextEdit(participant.aliases.join(u'\n'), 3, this)), m_role(new QComboBox(this)),
      m_email(new QLineEdit(participant.email, this)),
      m_otherEmails(new QLineEdit(participant.otherEmails.join(QStringLiteral("; ")), this)),
      m_phone(new QLineEdit(participant.phone, this)), m_organization(new QLineEdit(participant.organization, this)),
      m_organizationType(new QComboBox(this)), m_country(new QComboBox(this)), m_sex(new QComboBox(this)),
      m_ageBand(new QComboBox(this)), m_employees(new QSpinBox(this)), m_sizeClass(new QLabel(this)),
      m_sector(new QLineEdit(participant.sector, this)),
      m_languages(new QLineEdit(participant.languages.join(QStringLiteral(", ")), this)),
      m_interpretation(new QCheckBox(tr("Needs &interpretation"), this)), m_notes(shortTextEdit(participant.notes, 4, this)),
      m_consent(new QCheckBox(tr("&Consent given"), this)), m_consentAt(new QDateTimeEdit(this)),
      m_notice(new QLineEdit(participant.consentNotice, this)), m_problem(new QLabel(this)), m_ok(nullptr)
{
    setWindowTitle(title);
    for (const OrganizationType type : allOrganizationTypes())
        m_organizationType->addItem(displayName(type), int(type));
    m_organizationType->setCurrentIndex(m_organizationType->findData(int(participant.organizationType)));
    fillCountries(m_country);
    if (m_country->findData(participant.country) < 0)
        m_country->addItem(participant.country, participant.country);
    m_country->setCurrentIndex(m_country->findData(participant.country));
    for (const ParticipantRole role : allParticipantRoles())
        m_role->addItem(displayName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(participant.role)));
    m_role->setAccessibleName(tr("Role in this workshop"));
    m_role->setToolTip(tr("Facilitators and interpreters go into breakout rooms but are never counted; observers (a "
                          "producer or co-host, a visitor) are neither placed in rooms nor counted. Reports count "
                          "participants only."));
    for (const Sex sex : allSexes())
        m_sex->addItem(displayName(sex), int(sex));
    m_sex->setCurrentIndex(m_sex->findData(int(participant.sex)));
    for (const AgeBand band : allAgeBands())
        m_ageBand->addItem(displayName(band), int(band));
    m_ageBand->setCurrentIndex(m_ageBand->findData(int(participant.ageBand)));
    m_employees->setRange(-1, 10'000'000);
    m_employees->setSpecialValueText(tr("not given"));
    m_employees->setValue(participant.employees.value_or(-1));
    m_languages->setPlaceholderText(tr("e.g. Khmer, English or km, en"));
    m_interpretation->setChecked(participant.needsInterpretation);
    m_consent->setChecked(participant.consentGiven);
    m_consentAt->setCalendarPopup(true);
    m_consentAt->setDateTime(participant.consentAt ? participant.consentAt->toLocalTime() : QDateTime::currentDateTime());
    m_notice->setPlaceholderText(tr("version of the privacy notice, e.g. 2026-01"));

    m_name->setAccessibleName(tr("Name as written"));
    m_name->setToolTip(tr("Exactly as the person writes it; Sala never splits names into given and family names."));
    m_aliases->setAccessibleName(tr("Aliases, one per line"));
    m_aliases->setToolTip(tr("Other names the person appears under, such as a Zoom display name; one per line."));
    m_otherEmails->setAccessibleName(tr("Other email addresses"));
    m_problem->setStyleSheet(statusLabelStyle(StatusTone::Problem));
    m_problem->setWordWrap(true);

    auto *person = new QWidget(this);
    auto *personForm = new QFormLayout(person);
    personForm->addRow(tr("&Name:"), m_name);
    personForm->addRow(tr("&Preferred name:"), m_preferred);
    personForm->addRow(tr("&Aliases:"), m_aliases);
    personForm->addRow(tr("&Role:"), m_role);
    personForm->addRow(tr("&Email:"), m_email);
    personForm->addRow(tr("Other e&mails:"), m_otherEmails);
    personForm->addRow(tr("P&hone:"), m_phone);
    personForm->addRow(tr("Cou&ntry:"), m_country);
    personForm->addRow(tr("&Sex:"), m_sex);
    personForm->addRow(tr("A&ge:"), m_ageBand);
    personForm->addRow(tr("&Languages:"), m_languages);
    personForm->addRow(QString(), m_interpretation);

    auto *organization = new QWidget(this);
    auto *organizationForm = new QFormLayout(organization);
    organizationForm->addRow(tr("&Organization:"), m_organization);
    organizationForm->addRow(tr("&Type:"), m_organizationType);
    organizationForm->addRow(tr("&Employees:"), m_employees);
    organizationForm->addRow(tr("Size class:"), m_sizeClass);
    organizationForm->addRow(tr("Se&ctor:"), m_sector);

    auto *consent = new QWidget(this);
    auto *consentLayout = new QVBoxLayout(consent);
    auto *consentForm = new QFormLayout;
    consentForm->addRow(QString(), m_consent);
    consentForm->addRow(tr("&When:"), m_consentAt);
    consentForm->addRow(tr("Privacy &notice:"), m_notice);
    consentLayout->addLayout(consentForm);
    auto *purposes = new QGroupBox(tr("Agreed purposes"), consent);
    auto *purposeLayout = new QVBoxLayout(purposes);
    for (const QString &key : consentPurposeKeys()) {
        auto *box = new QCheckBox(consentPurposeName(key), purposes);
        box->setChecked(participant.consentPurposes.contains(key));
        purposeLayout->addWidget(box);
        m_purposes.emplace_back(key, box);
    }
    consentLayout->addWidget(purposes);
    auto *notesLabel = new QLabel(tr("N&otes:"), consent);
    notesLabel->setBuddy(m_notes);
    consentLayout->addWidget(notesLabel);
    consentLayout->addWidget(m_notes);
    if (!participant.source.isEmpty())
        consentLayout->addWidget(new QLabel(tr("Source: %1").arg(participant.source), consent));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(person, tr("Person"));
    tabs->addTab(organization, tr("Organization"));
    tabs->addTab(consent, tr("Consent and notes"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_name, m_email, m_otherEmails, m_languages})
        connect(edit, &QLineEdit::textChanged, this, &ParticipantDialog::updateState);
    connect(m_consent, &QCheckBox::toggled, this, &ParticipantDialog::updateState);
    connect(m_employees, &QSpinBox::valueChanged, this, &ParticipantDialog::updateState);
    connect(m_country, &QComboBox::currentIndexChanged, this, &ParticipantDialog::updateState);
    updateState();
    m_name->setFocus();
}

QString ParticipantDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Every participant needs a name, written as they write it.");
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !isPlausibleEmail(email))
        return tr("“%1” is not an email address.").arg(email);
    for (const QString &other : splitEmails(m_otherEmails->text()))
        if (!isPlausibleEmail(other))
            return tr("“%1” is not an email address.").arg(other);
    if (!parseLanguages(m_languages->text()))
        return tr("Write languages as names or codes separated by commas, such as “Khmer, English” or “km, en”.");
    return {};
}

void ParticipantDialog::updateState()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (m_ok)
        m_ok->setEnabled(text.isEmpty());
    m_consentAt->setEnabled(m_consent->isChecked());
    m_notice->setEnabled(m_consent->isChecked());
    for (const auto &[key, box] : m_purposes)
        box->setEnabled(m_consent->isChecked());
    const int employees = m_employees->value();
    const EnterpriseSize size = classifyEnterprise(employees < 0 ? std::nullopt : std::optional(employees),
                                                   m_country->currentData().toString(), m_rules);
    m_sizeClass->setText(size == EnterpriseSize::Unknown ? tr("— (no head count)") : displayName(size));
}

Participant ParticipantDialog::participant() const
{
    Participant p = m_original;
    p.name = m_name->text().trimmed();
    p.preferredName = m_preferred->text().trimmed();
    p.aliases = linesOf(m_aliases);
    p.email = m_email->text().trimmed();
    p.otherEmails = splitEmails(m_otherEmails->text());
    p.phone = m_phone->text().trimmed();
    p.organization = m_organization->text().trimmed();
    p.organizationType = OrganizationType(m_organizationType->currentData().toInt());
    p.country = m_country->currentData().toString();
    p.role = ParticipantRole(m_role->currentData().toInt());
    p.sex = Sex(m_sex->currentData().toInt());
    p.ageBand = AgeBand(m_ageBand->currentData().toInt());
    p.employees = m_employees->value() < 0 ? std::nullopt : std::optional(m_employees->value());
    p.sector = m_sector->text().trimmed();
    p.languages = parseLanguages(m_languages->text()).value_or(QStringList());
    p.needsInterpretation = m_interpretation->isChecked();
    p.notes = m_notes->toPlainText().trimmed();
    p.consentGiven = m_consent->isChecked();
    if (p.consentGiven) {
        // Keep the stored instant unless the user changed it (the editor shows minutes only).
        const QDateTime shown = m_consentAt->dateTime();
        if (!m_original.consentAt || m_original.consentAt->toLocalTime().toString(Qt::ISODate) != shown.toString(Qt::ISODate))
            p.consentAt = shown.toUTC();
        p.consentNotice = m_notice->text().trimmed();
        p.consentPurposes.clear();
        for (const auto &[key, box] : m_purposes)
            if (box->isChecked())
                p.consentPurposes << key;
    } else {
        p.consentAt.reset();
        p.consentNotice.clear();
        p.consentPurposes.clear();
    }
    return p;
}

} // namespace sala
