#include "views/planview.h"

#include "domain/names.h"
#include "models/activitytablemodel.h"
#include "workshopcontext.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sala {
namespace {

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

} // namespace

PlanView::PlanView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new ActivityTableModel(context, this)), m_summary(new QLabel(this)),
      m_table(new QTableView(this)), m_details(new QTextBrowser(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAccessibleName(tr("Session summary"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityTableModel::Title, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Activities of the session"));
    m_table->setWordWrap(false);

    m_details->setOpenExternalLinks(false);
    m_details->setAccessibleName(tr("Activity details"));
    m_details->setPlaceholderText(tr("Select an activity to see its objective, instructions, notes and breakout settings."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateSummary();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
        else
            m_details->clear();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanView::showDetails);
    updateSummary();
}

void PlanView::updateSummary()
{
    const Session *session = m_context.session();
    if (!session) {
        m_summary->setText(m_context.hasWorkshop() ? tr("This workshop has no sessions yet.")
                                                   : tr("No workshop is open. Choose one in the toolbar."));
        return;
    }
    const Schedule &schedule = m_model->schedule();
    const QTimeZone zone = m_context.primaryZone();
    const QTimeZone second = m_context.secondaryZone();
    QString times = tr("%1–%2 %3")
                        .arg(clockTime(schedule.start, zone), clockTime(schedule.end, zone), zoneAbbreviation(zone, schedule.start));
    if (second.isValid())
        times += tr(" · %1–%2 %3").arg(clockTime(schedule.start, second), clockTime(schedule.end, second),
                                       zoneAbbreviation(second, schedule.start));
    QString target;
    if (schedule.minutesPastTarget) {
        const int past = *schedule.minutesPastTarget;
        if (past > 0)
            target = tr("<b>Ends %n min after the target end.</b>", nullptr, past);
        else if (past < 0)
            target = tr("Ends %n min before the target end.", nullptr, -past);
        else
            target = tr("Ends exactly at the target end.");
    }
    m_summary->setText(tr("<b>%1</b> — %2<br>%3 · %4 · %n activities, %5 min in all. %6", nullptr,
                          int(session->activities.size()))
                           .arg(session->title.toHtmlEscaped(), QLocale().toString(session->date, QLocale::LongFormat), times,
                                m_context.workshop().title.toHtmlEscaped())
                           .arg(schedule.totalMinutes)
                           .arg(target));
}

void PlanView::showDetails()
{
    const Session *session = m_context.session();
    const QModelIndex current = m_table->currentIndex();
    if (!session || !current.isValid() || std::size_t(current.row()) >= session->activities.size()) {
        m_details->clear();
        return;
    }
    const Activity &a = session->activities[std::size_t(current.row())];
    QString html = QStringLiteral("<h2>%1</h2><p><i>%2</i> · %3</p>")
                       .arg(a.title.toHtmlEscaped(), displayName(a.kind).toHtmlEscaped(), tr("%n minutes", nullptr, a.plannedMinutes));
    if (a.mayShorten)
        html += QStringLiteral("<p>%1</p>").arg(tr("May be shortened to %n minutes if the session runs late.", nullptr, a.minimumMinutes));
    auto section = [&html](const QString &title, const QString &body) {
        if (!body.trimmed().isEmpty())
            html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(title.toHtmlEscaped(), paragraphs(body));
    };
    section(tr("Objective"), a.objective);
    section(tr("Instructions for the chat"), a.instructions);
    section(tr("Facilitator notes (private)"), a.facilitatorNotes);
    if (!a.materials.empty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Materials"));
        for (const Material &m : a.materials)
            html += QStringLiteral("<li>%1%2</li>").arg(m.label.toHtmlEscaped(), m.link.isEmpty() ? QString() : u" — " + m.link.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (a.breakout) {
        const BreakoutSettings &b = *a.breakout;
        html += QStringLiteral("<h3>%1</h3><p>").arg(tr("Breakout rooms"));
        html += tr("Grouping: %1").arg(displayName(b.grouping)) + QStringLiteral("<br>");
        if (b.groupSize > 0)
            html += tr("Groups of %1").arg(b.groupSize) + QStringLiteral("<br>");
        if (b.groupCount > 0)
            html += tr("%n groups", nullptr, b.groupCount) + QStringLiteral("<br>");
        html += tr("%n round(s) of %1 minutes", nullptr, b.rounds).arg(b.minutesPerRound) + QStringLiteral("<br>");
        if (!b.roles.isEmpty())
            html += tr("Roles: %1").arg(b.roles.join(QStringLiteral(", ")).toHtmlEscaped());
        html += QStringLiteral("</p>");
        for (const Broadcast &broadcast : b.broadcasts)
            html += QStringLiteral("<p><b>%1</b> %2</p>")
                        .arg(tr("Broadcast %n min before the end:", nullptr, broadcast.minutesBeforeEnd), broadcast.text.toHtmlEscaped());
    }
    m_details->setHtml(html);
}

} // namespace sala
