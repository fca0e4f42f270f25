#include "clisupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace sala::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

} // namespace

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

int reportFailure(QTextStream &err, const Error &error)
{
    err << Text::tr("sala-cli: %1").arg(error.message) << Qt::endl;
    return exitCodeFor(error);
}

int reportUsage(QTextStream &err, const QString &message)
{
    err << Text::tr("sala-cli: %1 (see sala-cli --help)").arg(message) << Qt::endl;
    return UsageError;
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::Io, Text::tr("Cannot write “%1”: %2").arg(nativePath(path), file.errorString())};
    return success();
}

} // namespace sala::cli
