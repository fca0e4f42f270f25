#pragma once
// The keys of Run mode, laid over the run panel by F1 or ? and gone again with F1, ? or Esc.

#include <QWidget>

class QLabel;

namespace sala {

class RunHelpOverlay final : public QWidget {
    Q_OBJECT
public:
    explicit RunHelpOverlay(QWidget *parent);

    // Every key and what it does, as listed; tests compare it with the keys RunView handles.
    static QList<QPair<QString, QString>> keys();
    QString text() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QLabel *m_table;
};

} // namespace sala
