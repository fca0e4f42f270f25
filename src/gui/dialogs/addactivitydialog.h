#pragma once
// Picks an activity to add: a blank one, one of the built-in methods, or one of the user's own
// saved activities. Search as you type; Enter adds the highlighted one.

#include "domain/plan.h"

#include <QDialog>

#include <vector>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace sala {

class Store;

class AddActivityDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AddActivityDialog(Store &store, QWidget *parent = nullptr);

    Activity chosenActivity() const;
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void showPreview();

    std::vector<Activity> m_activities; // index 0 is the blank activity
    QLineEdit *m_search;
    QListWidget *m_list;
    QTextBrowser *m_preview;
};

} // namespace sala
