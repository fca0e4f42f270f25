#include "dialogs/aboutdialog.h"

#include "sala_version.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtGlobal>

#include <nlohmann/json.hpp>
#include <spdlog/version.h>

namespace sala {

QString AboutDialog::aboutHtml(const QString &databasePath)
{
    const QString json = QStringLiteral("%1.%2.%3")
                             .arg(NLOHMANN_JSON_VERSION_MAJOR)
                             .arg(NLOHMANN_JSON_VERSION_MINOR)
                             .arg(NLOHMANN_JSON_VERSION_PATCH);
    const QString spdlog = QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH);
    QString html;
    html += QStringLiteral("<h2>Sala %1</h2>").arg(QString::fromLatin1(sala::version));
    html += tr("<p>A facilitator console for live online workshops: prepare activity-based sessions, run them on "
               "Zoom, Teams or Google Meet, and report attendance.</p>");
    html += tr("<p>Everything stays on this computer. Sala makes no network connections.</p>");
    html += tr("<p>Database: %1</p>").arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped());
    html += tr("<p>Sala is free software under the Apache License 2.0.</p>");
    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Built with"));
    html += tr("<li>Qt %1 — GNU LGPL version 3</li>").arg(QString::fromLatin1(qVersion()));
    html += tr("<li>SQLite — public domain</li>");
    html += tr("<li>nlohmann/json %1 — MIT licence</li>").arg(json);
    html += tr("<li>spdlog %1 and {fmt} — MIT licence</li>").arg(spdlog);
    html += tr("<li>Noto fonts for Khmer, Lao and Thai — SIL Open Font License 1.1</li>");
    html += tr("<li>Catch2 (tests only) — Boost Software License 1.0</li>");
    html += QStringLiteral("</ul>");
    return html;
}

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Sala"));
    auto *icon = new QLabel(this);
    icon->setPixmap(windowIcon().pixmap(64, 64));
    auto *text = new QTextBrowser(this);
    text->setHtml(aboutHtml(databasePath));
    text->setAccessibleName(tr("About Sala"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(520, 460);
}

} // namespace sala
