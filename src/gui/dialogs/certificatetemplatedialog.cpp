#include "dialogs/certificatetemplatedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sala {
namespace {

QPlainTextEdit *bodyEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
    return edit;
}

} // namespace

CertificateTemplateDialog::CertificateTemplateDialog(const CertificateTemplate &tmpl, QWidget *parent)
    : QDialog(parent), m_completionTitle(new QLineEdit(this)), m_completionBody(bodyEdit(this, tr("Completion text"))),
      m_participationTitle(new QLineEdit(this)), m_participationBody(bodyEdit(this, tr("Participation text"))),
      m_signatoryName(new QLineEdit(this)), m_signatoryRole(new QLineEdit(this)),
      m_includeParticipation(new QCheckBox(tr("Make certificates of &participation too"), this)),
      m_buddhistEra(new QCheckBox(tr("Write years in the &Buddhist Era (2026 → 2569), as Thai certificates do"), this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Certificate Template"));
    m_completionTitle->setAccessibleName(tr("Completion title"));
    m_participationTitle->setAccessibleName(tr("Participation title"));
    m_signatoryName->setAccessibleName(tr("Signatory name"));
    m_signatoryRole->setAccessibleName(tr("Signatory role"));
    m_includeParticipation->setAccessibleName(tr("Make certificates of participation too"));
    m_buddhistEra->setAccessibleName(tr("Write years in the Buddhist Era"));
    m_signatoryRole->setPlaceholderText(tr("e.g. Programme Director"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Completion &title:"), m_completionTitle);
    form->addRow(tr("Completion te&xt:"), m_completionBody);
    form->addRow(QString(), m_includeParticipation);
    form->addRow(tr("Participation t&itle:"), m_participationTitle);
    form->addRow(tr("Participation t&ext:"), m_participationBody);
    form->addRow(tr("Signatory &name:"), m_signatoryName);
    form->addRow(tr("Signatory &role:"), m_signatoryRole);
    form->addRow(QString(), m_buddhistEra);

    auto *placeholders = new QLabel(tr("Placeholders: %1. Each line of a text is a line on the certificate; the person's name "
                                       "is set large.")
                                        .arg(certificatePlaceholders().join(QStringLiteral(", "))),
                                    this);
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Template problems"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                         this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setText(tr("Restore &Defaults"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setValue(CertificateTemplate::defaults()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(placeholders);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_completionTitle, m_participationTitle})
        connect(edit, &QLineEdit::textChanged, this, &CertificateTemplateDialog::check);
    for (QPlainTextEdit *edit : {m_completionBody, m_participationBody})
        connect(edit, &QPlainTextEdit::textChanged, this, &CertificateTemplateDialog::check);
    connect(m_includeParticipation, &QCheckBox::toggled, this, [this](bool on) {
        m_participationTitle->setEnabled(on);
        m_participationBody->setEnabled(on);
    });
    setValue(tmpl);
    resize(640, sizeHint().height());
}

void CertificateTemplateDialog::setValue(const CertificateTemplate &tmpl)
{
    m_completionTitle->setText(tmpl.completionTitle);
    m_completionBody->setPlainText(tmpl.completionBody);
    m_participationTitle->setText(tmpl.participationTitle);
    m_participationBody->setPlainText(tmpl.participationBody);
    m_signatoryName->setText(tmpl.signatoryName);
    m_signatoryRole->setText(tmpl.signatoryRole);
    m_includeParticipation->setChecked(tmpl.includeParticipation);
    m_participationTitle->setEnabled(tmpl.includeParticipation);
    m_participationBody->setEnabled(tmpl.includeParticipation);
    m_buddhistEra->setChecked(tmpl.buddhistEra);
    check();
}

CertificateTemplate CertificateTemplateDialog::value() const
{
    CertificateTemplate tmpl;
    tmpl.completionTitle = m_completionTitle->text().trimmed();
    tmpl.completionBody = m_completionBody->toPlainText().trimmed();
    tmpl.participationTitle = m_participationTitle->text().trimmed();
    tmpl.participationBody = m_participationBody->toPlainText().trimmed();
    tmpl.signatoryName = m_signatoryName->text().trimmed();
    tmpl.signatoryRole = m_signatoryRole->text().trimmed();
    tmpl.includeParticipation = m_includeParticipation->isChecked();
    tmpl.buddhistEra = m_buddhistEra->isChecked();
    return tmpl;
}

void CertificateTemplateDialog::check()
{
    QStringList unknown;
    for (const QString &text : {m_completionTitle->text(), m_completionBody->toPlainText(), m_participationTitle->text(),
                                m_participationBody->toPlainText()}) {
        for (const QString &placeholder : unknownPlaceholders(text)) {
            if (!unknown.contains(placeholder))
                unknown << placeholder;
        }
    }
    // Unknown placeholders are printed as typed; say so rather than refuse, a brace may be meant.
    m_problem->setText(unknown.isEmpty()
                           ? QString()
                           : tr("Sala does not know %1 and will print it as written. Known placeholders: %2.")
                                 .arg(unknown.join(QStringLiteral(", ")), certificatePlaceholders().join(QStringLiteral(", "))));
    m_problem->setVisible(!unknown.isEmpty());
}

} // namespace sala
