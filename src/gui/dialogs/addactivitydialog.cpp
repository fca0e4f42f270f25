#include "dialogs/addactivitydialog.h"

#include "domain/names.h"
#include "kindstyle.h"
#include "plan/library.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sala {

AddActivityDialog::AddActivityDialog(Store &store, QWidget *parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListWidget(this)), m_preview(new QTextBrowser(this))
{
    setWindowTitle(tr("Add an Activity"));
    Activity blank;
    blank.kind = ActivityKind::Other;
    blank.title = tr("New activity");
    blank.plannedMinutes = 10;
    m_activities.push_back(blank);

    QStringList sources{tr("Blank")};
    if (auto mine = TemplateStore(store).list(); mine.ok()) {
        for (const UserTemplate &t : mine.value())
            if (t.kind == UserTemplate::Kind::Activity && !t.session.activities.empty()) {
                m_activities.push_back(t.session.activities.front());
                sources << tr("My activities");
            }
    }
    if (auto methods = builtInMethods(); methods.ok()) {
        for (const Activity &a : methods.value()) {
            m_activities.push_back(a);
            sources << tr("Method library");
        }
    }

    for (std::size_t i = 0; i < m_activities.size(); ++i) {
        const Activity &a = m_activities[i];
        auto *item = new QListWidgetItem(
            kindIcon(a.kind),
            tr("%1 — %2, %3 min · %4").arg(a.title, displayName(a.kind)).arg(a.plannedMinutes).arg(sources[qsizetype(i)]), m_list);
        item->setData(Qt::UserRole, int(i));
        item->setData(Qt::UserRole + 1,
                      QStringList{a.title, displayName(a.kind), a.objective, a.instructions, sources[qsizetype(i)]}.join(u' '));
    }

    m_search->setPlaceholderText(tr("Search methods: troika, energizer, case study…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the method library"));
    m_search->installEventFilter(this);
    m_list->setAccessibleName(tr("Activities to add"));
    m_preview->setAccessibleName(tr("Preview of the activity"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(860, 520);

    connect(m_search, &QLineEdit::textChanged, this, &AddActivityDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &AddActivityDialog::showPreview);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    m_search->setFocus();
}

bool AddActivityDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search field walk the list, so the keyboard never has to leave it.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down || key->key() == Qt::Key_PageUp
            || key->key() == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddActivityDialog::filter(const QString &text)
{
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString haystack = item->data(Qt::UserRole + 1).toString();
        const bool visible = std::all_of(words.begin(), words.end(),
                                         [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); });
        item->setHidden(!visible);
        if (visible && !firstVisible)
            firstVisible = item;
    }
    if (firstVisible && (m_list->currentItem() == nullptr || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstVisible);
}

void AddActivityDialog::showPreview()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_preview->clear();
        return;
    }
    const Activity &a = m_activities[std::size_t(item->data(Qt::UserRole).toInt())];
    QString html = QStringLiteral("<h3>%1</h3><p><i>%2</i> · %3</p>")
                       .arg(a.title.toHtmlEscaped(), displayName(a.kind).toHtmlEscaped(),
                            tr("%n minutes", nullptr, a.plannedMinutes));
    auto section = [&html](const QString &title, const QString &body) {
        if (!body.trimmed().isEmpty())
            html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                        .arg(title.toHtmlEscaped(), body.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    };
    section(tr("Objective"), a.objective);
    section(tr("Instructions"), a.instructions);
    section(tr("Facilitator notes"), a.facilitatorNotes);
    if (a.breakout)
        section(tr("Breakout"), tr("%1 · %2 round(s) of %3 min")
                                    .arg(displayName(a.breakout->grouping))
                                    .arg(a.breakout->rounds)
                                    .arg(a.breakout->minutesPerRound));
    m_preview->setHtml(html);
}

Activity AddActivityDialog::chosenActivity() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->isHidden())
        return m_activities.front();
    return m_activities[std::size_t(item->data(Qt::UserRole).toInt())];
}

} // namespace sala
