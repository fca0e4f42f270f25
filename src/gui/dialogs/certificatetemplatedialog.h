#pragma once
// Edits a workshop's certificate template: titles and texts with placeholders such as {name} and
// {dates}, the signatory, whether participation certificates are made, and Buddhist Era years.

#include "reports/certificates.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sala {

class CertificateTemplateDialog final : public QDialog {
    Q_OBJECT
public:
    explicit CertificateTemplateDialog(const CertificateTemplate &tmpl, QWidget *parent = nullptr);

    CertificateTemplate value() const;

    QLineEdit *completionTitle() const { return m_completionTitle; }
    QPlainTextEdit *completionBody() const { return m_completionBody; }
    QLineEdit *signatoryName() const { return m_signatoryName; }
    QCheckBox *buddhistEra() const { return m_buddhistEra; }
    QLabel *problem() const { return m_problem; }

private:
    void setValue(const CertificateTemplate &tmpl);
    void check();

    QLineEdit *m_completionTitle;
    QPlainTextEdit *m_completionBody;
    QLineEdit *m_participationTitle;
    QPlainTextEdit *m_participationBody;
    QLineEdit *m_signatoryName;
    QLineEdit *m_signatoryRole;
    QCheckBox *m_includeParticipation;
    QCheckBox *m_buddhistEra;
    QLabel *m_problem;
};

} // namespace sala
