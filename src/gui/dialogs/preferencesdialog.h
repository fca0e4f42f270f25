#pragma once
// Preferences: interface language, a second time zone to display and chimes on or off.

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace sala {

class PreferencesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // Writes the choices to the settings; called when the user presses OK.
    void apply();

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace sala
