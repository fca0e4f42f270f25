#pragma once
// A thin seam over QFileDialog so that flows which ask for a file name can be tested: a test
// queues the answer with setNextFileName and no dialog opens.

#include <QString>

class QWidget;

namespace sala::FileDialog {

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestion, const QString &filter);
QString getOpenFileName(QWidget *parent, const QString &caption, const QString &folder, const QString &filter);
void setNextFileName(const QString &fileName);

} // namespace sala::FileDialog
