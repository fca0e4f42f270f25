// Starting Sala on a damaged database: a dialog says what is wrong and offers to open a copy of
// the newest backup; the damaged file is never written. Driven offscreen, as a user would.

#include "support/testsupport.h"

#include "startup.h"
#include "store/backup.h"
#include "store/migrator.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

using namespace sala;
using namespace sala::test;

namespace {

QString damagedDatabaseWithBackup(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    const QString dump = QString::fromUtf8(readBytes(QStringLiteral(SALA_FIXTURES_DIR "/store/schema-1.sql")));
    rawExec(path, Migrator::statements(dump));
    {
        REQUIRE(Store::open(path).ok());
    } // the upgrade leaves a backup beside it
    REQUIRE(backupsBeside(path).size() == 1);
    const QByteArray whole = readBytes(path);
    writeBytes(path, whole.left(whole.size() / 2)); // cut short, as by a full disk or a failed copy
    return path;
}

struct SeenDialog {
    bool shown = false;
    QString text;
    QString informative;
    QStringList buttons;
};

// Answers the next modal message box by clicking the button whose text is `answer`.
void answerNextDialog(SeenDialog &seen, const QString &answer)
{
    QTimer::singleShot(0, qApp, [&seen, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen.shown = true;
        seen.text = box->text();
        seen.informative = box->informativeText();
        const QList<QAbstractButton *> buttons = box->buttons();
        QAbstractButton *chosen = nullptr;
        for (QAbstractButton *button : buttons) {
            seen.buttons << button->text();
            if (button->text() == answer)
                chosen = button;
        }
        if (chosen)
            chosen->click();
        else
            box->reject();
    });
}

} // namespace

TEST_CASE("startup_damagedDatabaseWithBackup_offersACopyOfTheNewestBackupAndOpensIt", "[crash][gui][backup]")
{
    QTemporaryDir dir;
    const QString path = damagedDatabaseWithBackup(dir);
    const QByteArray damaged = readBytes(path);
    const QString backup = backupsBeside(path).value(0);

    SeenDialog seen;
    answerNextDialog(seen, QStringLiteral("Open a Copy of the Backup"));
    bool asked = false;
    auto store = openDatabaseOrOfferBackup(path, nullptr, &asked);

    CHECK(asked);
    REQUIRE(seen.shown);
    CHECK(seen.text.contains(u"damaged"));
    CHECK(seen.text.contains(QDir::toNativeSeparators(path)));
    CHECK(seen.informative.contains(QFileInfo(backup).fileName()));
    CHECK(seen.buttons.contains(QStringLiteral("Quit")));
    REQUIRE(store.ok());
    const QString opened = store.value()->path();
    CHECK(opened != path);
    CHECK(QFileInfo(opened).fileName().startsWith(u"sala.restored-"));
    CHECK(store.value()->schemaVersion() == Migrator::latestVersion());
    QSqlQuery query(store.value()->database());
    REQUIRE(query.exec(QStringLiteral("SELECT title FROM workshop WHERE id = 1")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == u"Cash flow in a crisis");
    CHECK(readBytes(path) == damaged);
}

TEST_CASE("startup_damagedDatabase_quitLeavesEverythingAsItWas", "[crash][gui][backup]")
{
    QTemporaryDir dir;
    const QString path = damagedDatabaseWithBackup(dir);
    const QByteArray damaged = readBytes(path);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);

    SeenDialog seen;
    answerNextDialog(seen, QStringLiteral("Quit"));
    bool asked = false;
    auto store = openDatabaseOrOfferBackup(path, nullptr, &asked);

    CHECK(asked);
    CHECK(seen.shown);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::Corrupt);
    CHECK(readBytes(path) == damaged);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == files);
}

TEST_CASE("startup_damagedDatabaseWithoutBackup_returnsTheRefusalWithoutAsking", "[crash][gui][backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sala.db"));
    writeBytes(path, QByteArrayLiteral("SQLite format 3") + QByteArray(1, '\0') + QByteArray(5000, 'x'));

    SeenDialog seen;
    answerNextDialog(seen, QStringLiteral("Quit"));
    bool asked = true;
    auto store = openDatabaseOrOfferBackup(path, nullptr, &asked);
    QApplication::processEvents(); // let the answering timer run: it must find no dialog

    CHECK_FALSE(asked);
    CHECK_FALSE(seen.shown);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().code == ErrorCode::Corrupt);
}
