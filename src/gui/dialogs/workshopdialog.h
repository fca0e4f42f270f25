#pragma once
// The workshop's own settings: title, organizer, platform, time zones, language, description.
// Used both to create a workshop and to edit the open one.

#include "domain/plan.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace sala {

class WorkshopDialog final : public QDialog {
    Q_OBJECT
public:
    WorkshopDialog(const Workshop &workshop, const QString &title, QWidget *parent = nullptr);

    // The workshop passed in, with the fields of this dialog applied.
    Workshop workshop() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *zoneCombo() const { return m_zone; }

    // IANA zones, those these trainers meet most first.
    static QStringList zoneChoices();

private:
    Workshop m_workshop;
    QLineEdit *m_title;
    QLineEdit *m_organizer;
    QComboBox *m_platform;
    QComboBox *m_zone;
    QComboBox *m_secondZone;
    QComboBox *m_language;
    QPlainTextEdit *m_description;
};

} // namespace sala
