#pragma once
// Runs the real sala-cli executable as a user would, with a private home folder so that its
// default paths and logs stay inside the test's temporary folder.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace sala::test {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run runCli(const QStringList &arguments, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SALA_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace sala::test
