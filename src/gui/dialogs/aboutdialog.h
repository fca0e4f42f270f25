#pragma once
// About Sala: the version, the database in use and the licences of the libraries Sala is built on.

#include <QDialog>

namespace sala {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    // The text shown, for tests and for copying into a support request.
    static QString aboutHtml(const QString &databasePath);
};

} // namespace sala
