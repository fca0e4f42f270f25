#include "dialogs/filedialog.h"

#include <QFileDialog>

#include <optional>

namespace sala::FileDialog {
namespace {
std::optional<QString> nextFileName;
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestion, const QString &filter)
{
    if (nextFileName) {
        const QString answer = *nextFileName;
        nextFileName.reset();
        return answer;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestion, filter);
}

QString getOpenFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter)
{
    if (nextFileName) {
        const QString answer = *nextFileName;
        nextFileName.reset();
        return answer;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

void setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

} // namespace sala::FileDialog
