#include "views/runhelpoverlay.h"

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>

namespace sala {

QList<QPair<QString, QString>> RunHelpOverlay::keys()
{
    return {
        {tr("Space"), tr("Start the session; then pause and resume")},
        {tr("→ Right"), tr("Next activity (on the last one: finish)")},
        {tr("← Left"), tr("Previous activity (it goes on where it stopped)")},
        {tr("= or keypad +"), tr("One minute more")},
        {tr("− or keypad −"), tr("One minute less")},
        {tr("Shift with = (that is, +)"), tr("Five minutes more")},
        {tr("Shift with − (that is, _)"), tr("Five minutes less")},
        {tr("S"), tr("Set the time left (type 5 or 4:30, then Enter)")},
        {tr("R"), tr("The breakout rooms are open now: count the rounds from here")},
        {tr("C"), tr("Copy the participant instructions for the chat")},
        {tr("B"), tr("Copy the broadcast text that is due")},
        {tr("T"), tr("Apply the suggested trim (Ctrl+Z undoes it)")},
        {tr("A"), tr("Say the time left (shown here and read by a screen reader)")},
        {tr("P"), tr("Place the selected late arrival in the suggested room")},
        {tr("End"), tr("Finish the session")},
        {tr("Ctrl+Shift+P"), tr("Show or hide the presenter timer")},
        {tr("F1 or ?"), tr("Show or hide this list (Esc closes it too)")},
    };
}

RunHelpOverlay::RunHelpOverlay(QWidget *parent) : QWidget(parent), m_table(new QLabel(this))
{
    setObjectName(QStringLiteral("runHelpOverlay"));
    setAccessibleName(tr("Keys of Run mode"));
    setAttribute(Qt::WA_NoSystemBackground);
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing='8'>").arg(tr("Keys in Run mode").toHtmlEscaped());
    const auto list = keys();
    for (const auto &[key, what] : list)
        html +=
            QStringLiteral("<tr><td align='right'><b>%1</b></td><td>%2</td></tr>").arg(key.toHtmlEscaped(), what.toHtmlEscaped());
    html += QStringLiteral("</table><p>%1</p>")
                .arg(tr("The keys work whenever Run mode is shown, also in the presenter timer, "
                        "except while you type in a text field. Shift decides between one and "
                        "five minutes: = and − give one, Shift with the same key gives five.")
                         .toHtmlEscaped());
    m_table->setText(html);
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    m_table->setAutoFillBackground(true);
    m_table->setMargin(18);
    m_table->setMaximumWidth(640);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 0, Qt::AlignCenter);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    hide();
}

QString RunHelpOverlay::text() const
{
    return m_table->text();
}

bool RunHelpOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void RunHelpOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0, 0, 0, 150));
}

void RunHelpOverlay::mousePressEvent(QMouseEvent *event)
{
    hide();
    event->accept();
}

} // namespace sala
