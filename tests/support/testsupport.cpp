#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sys/stat.h>

namespace sala::test {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

namespace {
template <typename Fn>
void withConnection(const QString &path, Fn fn)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

void rawExec(const QString &path, const QStringList &statements)
{
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            const bool ok = query.exec(sql);
            INFO(query.lastError().text().toStdString());
            REQUIRE(ok);
        }
    });
}

QVariant rawValue(const QString &path, const QString &sql)
{
    QVariant value;
    withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery query(db);
        INFO(sql.toStdString());
        REQUIRE(query.exec(sql));
        if (query.next())
            value = query.value(0);
    });
    return value;
}

int posixMode(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
}

} // namespace sala::test
