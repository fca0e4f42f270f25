// sala-cli: headless access to Sala's library database.

#include "commands.h"

#include "sala_version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Sala"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(sala::version));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return sala::cli::run(QCoreApplication::arguments(), out, err);
}
