#include "views/activityeditor.h"

#include "domain/names.h"
#include "kindstyle.h"
#include "workshopcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace sala {
namespace {

constexpr int typingPauseMs = 700;

void setTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

QPlainTextEdit *makeTextEdit(QWidget *parent, const QString &accessibleName, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    // Tall enough for the usual text, so the whole form fits without scrolling on a laptop.
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height);
    edit->setMinimumWidth(120);
    return edit;
}

QSpinBox *makeSpin(QWidget *parent, int minimum, int maximum, const QString &suffix, const QString &accessibleName)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    spin->setAccessibleName(accessibleName);
    return spin;
}

} // namespace

std::vector<Material> parseMaterials(const QString &text)
{
    std::vector<Material> result;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype bar = line.indexOf(u'|');
        if (bar < 0)
            result.push_back({line.trimmed(), QString()});
        else
            result.push_back({line.left(bar).trimmed(), line.mid(bar + 1).trimmed()});
    }
    return result;
}

QString formatMaterials(const std::vector<Material> &materials)
{
    QStringList lines;
    for (const Material &m : materials)
        lines << (m.link.isEmpty() ? m.label : m.label + QStringLiteral(" | ") + m.link);
    return lines.join(u'\n');
}

std::vector<Broadcast> parseBroadcasts(const QString &text)
{
    std::vector<Broadcast> result;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype bar = line.indexOf(u'|');
        bool ok = false;
        const int minutes = bar > 0 ? line.left(bar).trimmed().toInt(&ok) : 0;
        if (ok && minutes >= 0)
            result.push_back({minutes, line.mid(bar + 1).trimmed()});
        else
            result.push_back({2, line.trimmed()}); // the usual "2 minutes left" moment
    }
    return result;
}

QString formatBroadcasts(const std::vector<Broadcast> &broadcasts)
{
    QStringList lines;
    for (const Broadcast &b : broadcasts)
        lines << QStringLiteral("%1 | %2").arg(b.minutesBeforeEnd).arg(b.text);
    return lines.join(u'\n');
}

ActivityEditor::ActivityEditor(WorkshopContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(typingPauseMs);
    connect(m_typingTimer, &QTimer::timeout, this, &ActivityEditor::commitPending);
    build();

    connect(&m_context, &WorkshopContext::activityChanged, this, [this](int session, int row) {
        if (session == m_context.sessionIndex() && row == m_row)
            load();
    });
    setRow(-1);
}

void ActivityEditor::build()
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);

    m_kind = new QComboBox(this);
    for (ActivityKind kind : allActivityKinds())
        m_kind->addItem(kindIcon(kind), displayName(kind), int(kind));
    m_kind->setAccessibleName(tr("Kind of activity"));
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_minutes = makeSpin(this, 0, 600, tr(" min"), tr("Planned minutes"));
    m_mayShorten = new QCheckBox(tr("May be shortened to"), this);
    m_minimum = makeSpin(this, 1, 600, tr(" min"), tr("Shortest acceptable minutes"));
    m_hasFixedStart = new QCheckBox(tr("Must start at"), this);
    m_fixedStart = new QTimeEdit(this);
    m_fixedStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_fixedStart->setAccessibleName(tr("Fixed start time"));
    m_objective = makeTextEdit(this, tr("Objective"), 3);
    m_instructions = makeTextEdit(this, tr("Instructions for the chat"), 7);
    m_instructions->setPlaceholderText(tr("The text you paste into the meeting chat. Number the steps for group work."));
    m_notes = makeTextEdit(this, tr("Facilitator notes"), 4);
    m_notes->setPlaceholderText(tr("Private: only you and your producer see these."));
    m_materials = makeTextEdit(this, tr("Materials"), 3);
    m_materials->setPlaceholderText(tr("One per line: name | link or file"));

    m_breakout = new QGroupBox(tr("Breakout rooms"), this);
    m_breakout->setCheckable(true);
    m_breakout->setAccessibleName(tr("Breakout rooms"));
    m_grouping = new QComboBox(m_breakout);
    for (Grouping g : {Grouping::HomeGroups, Grouping::NewMix, Grouping::TriosPairs, Grouping::ByLanguage, Grouping::Manual})
        m_grouping->addItem(displayName(g), int(g));
    m_grouping->setAccessibleName(tr("Grouping"));
    m_groupSize = makeSpin(m_breakout, 0, 100, QString(), tr("People per group"));
    m_groupSize->setSpecialValueText(tr("any"));
    m_groupCount = makeSpin(m_breakout, 0, 200, QString(), tr("Number of groups"));
    m_groupCount->setSpecialValueText(tr("any"));
    m_rounds = makeSpin(m_breakout, 1, 20, QString(), tr("Rounds"));
    m_minutesPerRound = makeSpin(m_breakout, 1, 240, tr(" min"), tr("Minutes per round"));
    m_roles = new QLineEdit(m_breakout);
    m_roles->setAccessibleName(tr("Roles"));
    m_roles->setPlaceholderText(tr("Reader, Timekeeper, Reporter"));
    m_broadcasts = makeTextEdit(m_breakout, tr("Broadcast texts"), 3);
    m_broadcasts->setPlaceholderText(
        tr("One per line: minutes before the end | text\n2 | 2 minutes left — reporters, get ready"));

    auto *sizes = new QHBoxLayout;
    sizes->addWidget(new QLabel(tr("Size:"), m_breakout));
    sizes->addWidget(m_groupSize);
    sizes->addWidget(new QLabel(tr("or groups:"), m_breakout));
    sizes->addWidget(m_groupCount);
    sizes->addStretch();
    auto *rounds = new QHBoxLayout;
    rounds->addWidget(m_rounds);
    rounds->addWidget(new QLabel(tr("×"), m_breakout));
    rounds->addWidget(m_minutesPerRound);
    rounds->addStretch();
    auto *breakoutForm = new QFormLayout(m_breakout);
    breakoutForm->addRow(tr("Grouping:"), m_grouping);
    breakoutForm->addRow(tr("Groups:"), sizes);
    breakoutForm->addRow(tr("Rounds:"), rounds);
    breakoutForm->addRow(tr("Roles:"), m_roles);
    breakoutForm->addRow(tr("Broadcasts:"), m_broadcasts);

    auto *timing = new QHBoxLayout;
    timing->addWidget(m_minutes);
    timing->addSpacing(12);
    timing->addWidget(m_mayShorten);
    timing->addWidget(m_minimum);
    timing->addStretch();
    auto *fixed = new QHBoxLayout;
    fixed->addWidget(m_hasFixedStart);
    fixed->addWidget(m_fixedStart);
    fixed->addStretch();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Minutes:"), timing);
    form->addRow(QString(), fixed);
    form->addRow(tr("&Objective:"), m_objective);
    form->addRow(tr("&Instructions:"), m_instructions);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("M&aterials:"), m_materials);
    for (QWidget *field :
         {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_objective),
          static_cast<QWidget *>(m_instructions), static_cast<QWidget *>(m_notes), static_cast<QWidget *>(m_materials)})
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setBuddy(field);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(timing)))
        label->setBuddy(m_minutes);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_breakout);
    layout->addStretch();

    connect(m_kind, &QComboBox::activated, this, [this] { commit(ActivityField::Kind); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(ActivityField::Title); });
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] { commit(ActivityField::Minutes); });
    for (QCheckBox *box : {m_mayShorten, m_hasFixedStart})
        connect(box, &QCheckBox::toggled, this, [this] { commit(ActivityField::Timing); });
    connect(m_minimum, &QSpinBox::valueChanged, this, [this] { commit(ActivityField::Timing); });
    connect(m_fixedStart, &QTimeEdit::timeChanged, this, [this] { commit(ActivityField::Timing); });
    connect(m_breakout, &QGroupBox::toggled, this, [this] { commit(ActivityField::Breakout); });
    connect(m_grouping, &QComboBox::activated, this, [this] { commit(ActivityField::Breakout); });
    for (QSpinBox *spin : {m_groupSize, m_groupCount, m_rounds, m_minutesPerRound})
        connect(spin, &QSpinBox::valueChanged, this, [this] { commit(ActivityField::Breakout); });
    connect(m_roles, &QLineEdit::editingFinished, this, [this] { commit(ActivityField::Breakout); });
    watchText(m_objective, ActivityField::Objective);
    watchText(m_instructions, ActivityField::Instructions);
    watchText(m_notes, ActivityField::Notes);
    watchText(m_materials, ActivityField::Materials);
    watchText(m_broadcasts, ActivityField::Breakout);
}

void ActivityEditor::watchText(QPlainTextEdit *edit, ActivityField field)
{
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] {
        if (m_loading)
            return;
        if (m_typingTimer->isActive() && m_pendingField != field)
            commitPending();
        m_pendingField = field;
        m_typingTimer->start();
    });
}

bool ActivityEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && m_typingTimer->isActive())
        commitPending();
    return QWidget::eventFilter(watched, event);
}

void ActivityEditor::commitPending()
{
    if (!m_typingTimer->isActive() && m_pendingField == ActivityField::Whole)
        return;
    m_typingTimer->stop();
    const ActivityField field = m_pendingField;
    m_pendingField = ActivityField::Whole;
    if (field != ActivityField::Whole)
        commit(field);
}

void ActivityEditor::setRow(int row)
{
    commitPending();
    m_row = m_context.activity(m_context.sessionIndex(), row) ? row : -1;
    load();
}

void ActivityEditor::load()
{
    const Activity *activity = m_context.activity(m_context.sessionIndex(), m_row);
    const bool has = activity != nullptr;
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (child != m_heading)
            child->setEnabled(has);
    if (!has) {
        m_heading->setText(tr("Select an activity to edit it, or press Insert to add one."));
        return;
    }
    m_loading = true;
    const QSignalBlocker blockers[] = {QSignalBlocker(m_kind),          QSignalBlocker(m_minutes),
                                       QSignalBlocker(m_mayShorten),    QSignalBlocker(m_minimum),
                                       QSignalBlocker(m_hasFixedStart), QSignalBlocker(m_fixedStart),
                                       QSignalBlocker(m_breakout),      QSignalBlocker(m_grouping),
                                       QSignalBlocker(m_groupSize),     QSignalBlocker(m_groupCount),
                                       QSignalBlocker(m_rounds),        QSignalBlocker(m_minutesPerRound)};
    m_heading->setText(tr("Activity %1: %2").arg(m_row + 1).arg(activity->title));
    m_kind->setCurrentIndex(m_kind->findData(int(activity->kind)));
    setTextKeepingCursor(m_title, activity->title);
    m_minutes->setValue(activity->plannedMinutes);
    m_mayShorten->setChecked(activity->mayShorten);
    m_minimum->setMaximum(std::max(1, activity->plannedMinutes));
    m_minimum->setValue(std::max(1, activity->minimumMinutes));
    m_minimum->setEnabled(activity->mayShorten);
    m_hasFixedStart->setChecked(activity->fixedStart.has_value());
    m_fixedStart->setEnabled(activity->fixedStart.has_value());
    if (activity->fixedStart)
        m_fixedStart->setTime(*activity->fixedStart);
    else if (const Session *session = m_context.session())
        m_fixedStart->setTime(session->plannedStart);
    setTextKeepingCursor(m_objective, activity->objective);
    setTextKeepingCursor(m_instructions, activity->instructions);
    setTextKeepingCursor(m_notes, activity->facilitatorNotes);
    setTextKeepingCursor(m_materials, formatMaterials(activity->materials));
    m_breakout->setChecked(activity->breakout.has_value());
    const BreakoutSettings breakout = activity->breakout.value_or(BreakoutSettings{});
    m_grouping->setCurrentIndex(m_grouping->findData(int(breakout.grouping)));
    m_groupSize->setValue(breakout.groupSize);
    m_groupCount->setValue(breakout.groupCount);
    m_rounds->setValue(breakout.rounds);
    m_minutesPerRound->setValue(std::max(1, breakout.minutesPerRound));
    if (!m_roles->hasFocus())
        setTextKeepingCursor(m_roles, breakout.roles.join(QStringLiteral(", ")));
    setTextKeepingCursor(m_broadcasts, formatBroadcasts(breakout.broadcasts));
    m_loading = false;
}

void ActivityEditor::commit(ActivityField field)
{
    const Activity *current = m_context.activity(m_context.sessionIndex(), m_row);
    if (m_loading || !current)
        return;
    Activity edited = *current;
    switch (field) {
    case ActivityField::Kind: edited.kind = ActivityKind(m_kind->currentData().toInt()); break;
    case ActivityField::Title:
        if (m_title->text().trimmed().isEmpty()) {
            m_title->setText(current->title); // an activity always has a name
            return;
        }
        edited.title = m_title->text().trimmed();
        break;
    case ActivityField::Minutes:
        edited.plannedMinutes = m_minutes->value();
        edited.minimumMinutes = std::min(edited.minimumMinutes, edited.plannedMinutes);
        break;
    case ActivityField::Timing:
        edited.mayShorten = m_mayShorten->isChecked();
        edited.minimumMinutes = edited.mayShorten ? std::min(m_minimum->value(), edited.plannedMinutes) : 0;
        edited.fixedStart = m_hasFixedStart->isChecked() ? std::optional<QTime>(m_fixedStart->time()) : std::nullopt;
        break;
    case ActivityField::Objective: edited.objective = m_objective->toPlainText(); break;
    case ActivityField::Instructions: edited.instructions = m_instructions->toPlainText(); break;
    case ActivityField::Notes: edited.facilitatorNotes = m_notes->toPlainText(); break;
    case ActivityField::Materials: edited.materials = parseMaterials(m_materials->toPlainText()); break;
    case ActivityField::Breakout:
        if (m_breakout->isChecked()) {
            BreakoutSettings b;
            b.grouping = Grouping(m_grouping->currentData().toInt());
            b.groupSize = m_groupSize->value();
            b.groupCount = m_groupCount->value();
            b.rounds = m_rounds->value();
            b.minutesPerRound = m_minutesPerRound->value();
            const QStringList roles = m_roles->text().split(u',', Qt::SkipEmptyParts);
            for (const QString &role : roles)
                if (!role.trimmed().isEmpty())
                    b.roles << role.trimmed();
            b.broadcasts = parseBroadcasts(m_broadcasts->toPlainText());
            if (!current->breakout && b.roles.isEmpty())
                b.roles = {tr("Reader"), tr("Timekeeper"), tr("Reporter")};
            edited.breakout = std::move(b);
        } else {
            edited.breakout.reset();
        }
        break;
    case ActivityField::Whole: return;
    }
    if (edited == *current)
        return;
    m_context.undoStack()->push(new EditActivityCommand(m_context, m_context.sessionIndex(), m_row, edited, field));
}

} // namespace sala
