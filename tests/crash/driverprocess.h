#pragma once
// Runs the crash driver and kills it after it has printed a given number of lines, without any
// sleep: the test waits for the driver's output, never for time to pass.

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStringList>

namespace sala::test {

struct KilledDriver {
    QList<QByteArray> lines; // complete lines only; an unfinished last line is left out
    bool killedWhileRunning = false;
    QByteArray errors;
};

// Starts the driver with `arguments`, reads until it has printed `killAfter` complete lines
// whose first word is in `counted` (every line when empty) or has ended, then kills it with
// SIGKILL and collects what it printed up to its death.
inline KilledDriver runAndKill(const QStringList &arguments, int killAfter, const QList<QByteArray> &counted = {})
{
    QProcess driver;
    driver.setProcessChannelMode(QProcess::SeparateChannels);
    driver.start(QStringLiteral(SALA_CRASH_DRIVER_PATH), arguments);
    REQUIRE(driver.waitForStarted(30000));
    QByteArray output;
    auto countLines = [&] {
        int n = 0;
        const QList<QByteArray> lines = output.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            if (counted.isEmpty() || counted.contains(lines[i].split(' ').value(0)))
                ++n;
        return n;
    };
    while (countLines() < killAfter && driver.state() == QProcess::Running) {
        if (!driver.waitForReadyRead(60000))
            break;
        output += driver.readAllStandardOutput();
    }
    KilledDriver result;
    result.killedWhileRunning = driver.state() == QProcess::Running;
    driver.kill(); // SIGKILL: no destructors, no checkpoint, no unlock
    REQUIRE(driver.waitForFinished(30000));
    output += driver.readAllStandardOutput();
    result.errors = driver.readAllStandardError();
    QList<QByteArray> lines = output.split('\n');
    lines.removeLast(); // the part after the last newline was never finished
    result.lines = lines;
    return result;
}

} // namespace sala::test
