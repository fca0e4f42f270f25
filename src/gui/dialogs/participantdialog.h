#pragma once
// Every detail of one participant, and their consent: whether given, when, to which version of
// the privacy notice and for which purposes. Used to add a person and to edit one.

#include "domain/participant.h"
#include "roster/sizeclass.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sala {

class ParticipantDialog final : public QDialog {
    Q_OBJECT
public:
    ParticipantDialog(const Participant &participant, std::vector<SizeRule> rules, const QString &title,
                      QWidget *parent = nullptr);

    // The edited participant; valid after the dialog was accepted.
    Participant participant() const;

    QLineEdit *nameField() const { return m_name; }
    QCheckBox *consentBox() const { return m_consent; }
    QComboBox *roleBox() const { return m_role; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

    // Countries for pickers: Sala's five home countries first, then every other by name.
    static void fillCountries(QComboBox *combo);

private:
    QString problem() const;
    void updateState();

    Participant m_original;
    std::vector<SizeRule> m_rules;
    QLineEdit *m_name;
    QLineEdit *m_preferred;
    QPlainTextEdit *m_aliases;
    QComboBox *m_role;
    QLineEdit *m_email;
    QLineEdit *m_otherEmails;
    QLineEdit *m_phone;
    QLineEdit *m_organization;
    QComboBox *m_organizationType;
    QComboBox *m_country;
    QComboBox *m_sex;
    QComboBox *m_ageBand;
    QSpinBox *m_employees;
    QLabel *m_sizeClass;
    QLineEdit *m_sector;
    QLineEdit *m_languages;
    QCheckBox *m_interpretation;
    QPlainTextEdit *m_notes;
    QCheckBox *m_consent;
    QDateTimeEdit *m_consentAt;
    QLineEdit *m_notice;
    std::vector<std::pair<QString, QCheckBox *>> m_purposes;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace sala
