#include "views/rosterview.h"

#include "statuscolors.h"
#include "commands/rostercommands.h"
#include "dialogs/filedialog.h"
#include "dialogs/participantdialog.h"
#include "dialogs/personaldatalogdialog.h"
#include "dialogs/rosterimportdialog.h"
#include "dialogs/sizerulesdialog.h"
#include "domain/names.h"
#include "liveroster.h"
#include "models/collatingproxymodel.h"
#include "models/participanttablemodel.h"
#include "models/rosterfilterproxymodel.h"
#include "roster/personaldatalog.h"
#include "roster/rosterexport.h"
#include "roster/rosternames.h"
#include "roster/rostersettingsstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "views/checkinpanel.h"
#include "workshopcontext.h"

#include <QAction>
#include <QCollator>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <map>

namespace sala {
namespace {

// Enumerated columns (sex, organization type, age) are edited with a list of their values.
class ChoiceDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QStringList choices = index.data(ParticipantTableModel::ChoicesRole).toStringList();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->addItems(choices);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(index.data(Qt::EditRole).toInt());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentIndex(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }
};

// Where exports are offered and imports looked for; the home folder when there is no Documents.
QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

std::vector<SizeRule> sizeRulesOf(Store &store)
{
    auto rules = RosterSettingsStore(store).sizeRules();
    return rules ? std::move(rules.value()) : std::vector<SizeRule>();
}

QString safeFileName(const QString &text)
{
    QString name = text;
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|]+"));
    name.replace(unsafe, QStringLiteral("-"));
    return name.left(80).trimmed();
}

} // namespace

RosterView::RosterView(WorkshopContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_roster(LiveRoster::of(context)), m_model(new ParticipantTableModel(m_roster, this)),
      m_filter(new RosterFilterProxyModel(this)), m_proxy(new CollatingProxyModel(ParticipantTableModel::SearchTextRole, this)),
      m_search(new QLineEdit(this)), m_countryFilter(new QComboBox(this)), m_sexFilter(new QComboBox(this)),
      m_typeFilter(new QComboBox(this)), m_consentFilter(new QComboBox(this)), m_sessionFilter(new QComboBox(this)),
      m_counts(new QLabel(this)), m_table(new QTableView(this)), m_message(new QLabel(this)), m_retentionBanner(new QFrame(this)),
      m_retentionText(new QLabel(this)), m_splitter(new QSplitter(Qt::Horizontal, this)), m_checkIn(nullptr),
      m_confirm([this](const QString &title, const QString &text) {
          return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                 == QMessageBox::Yes;
      })
{
    m_filter->setSourceModel(m_model);
    m_proxy->setSourceModel(m_filter);
    m_proxy->setSortRole(ParticipantTableModel::RawValueRole);
    m_proxy->setSortLocaleAware(true);

    m_search->setPlaceholderText(tr("Search names, aliases, organizations, emails…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the roster"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CollatingProxyModel::setSearchText);

    m_sexFilter->addItem(tr("Any sex"));
    for (const Sex sex : allSexes())
        m_sexFilter->addItem(displayName(sex), int(sex));
    m_typeFilter->addItem(tr("Any organization"));
    for (const OrganizationType type : allOrganizationTypes())
        m_typeFilter->addItem(displayName(type), int(type));
    m_consentFilter->addItem(tr("Consent: any"));
    m_consentFilter->addItem(tr("Consent given"), true);
    m_consentFilter->addItem(tr("No consent"), false);
    m_sessionFilter->addItem(tr("Every enrolled person"));
    m_sessionFilter->addItem(tr("Expected this session"), true);
    m_sessionFilter->addItem(tr("Not expected this session"), false);
    m_countryFilter->setAccessibleName(tr("Filter by country"));
    m_sexFilter->setAccessibleName(tr("Filter by sex"));
    m_typeFilter->setAccessibleName(tr("Filter by organization type"));
    m_consentFilter->setAccessibleName(tr("Filter by consent"));
    m_sessionFilter->setAccessibleName(tr("Filter by enrolment in this session"));
    for (QComboBox *combo : {m_countryFilter, m_sexFilter, m_typeFilter, m_consentFilter, m_sessionFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, &RosterView::applyFilters);
    }

    m_counts->setWordWrap(true);
    m_counts->setAccessibleName(tr("Roster counts"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Last action"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ChoiceDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ParticipantTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    // Column widths from the first rows only: measuring every row of a large roster slowed the start.
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->setAccessibleName(tr("Participants"));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!(index.flags() & Qt::ItemIsEditable))
            editCurrent();
    });

    m_retentionBanner->setFrameShape(QFrame::StyledPanel);
    m_retentionBanner->setStyleSheet(
        QStringLiteral("QFrame { background: %1; } QLabel { color: %2; }")
            .arg(statusBackground(StatusTone::Warning).name(), statusOnBackground(StatusTone::Warning).name()));
    m_retentionText->setWordWrap(true);
    auto *eraseNow = new QPushButton(tr("Erase Its Personal &Data…"), m_retentionBanner);
    auto *notNow = new QPushButton(tr("Not &Now"), m_retentionBanner);
    auto *bannerLayout = new QHBoxLayout(m_retentionBanner);
    bannerLayout->addWidget(m_retentionText, 1);
    bannerLayout->addWidget(eraseNow);
    bannerLayout->addWidget(notNow);
    m_retentionBanner->hide();
    connect(notNow, &QPushButton::clicked, this, [this] {
        m_retentionDismissed.insert(m_retentionWorkshop);
        checkRetention();
    });
    connect(eraseNow, &QPushButton::clicked, this, [this] {
        const qint64 workshopId = m_retentionWorkshop;
        if (!m_confirm(tr("Erase Personal Data"),
                       tr("Erase the personal data of everyone on this workshop's roster who is not on the roster of another "
                          "workshop still in use? Names, contacts and notes are removed from the database file; counts by "
                          "sex, country, organization type and attendance stay for reports. This cannot be undone.")))
            return;
        if (workshopId == m_context.workshop().id) {
            m_roster.eraseWorkshopPersonalData();
        } else {
            auto outcome = RosterStore(m_context.store()).eraseWorkshopPersonalData(workshopId);
            if (!outcome)
                Q_EMIT m_context.errorOccurred(outcome.error().message);
        }
        showMessage(tr("The workshop's personal data was erased; anonymous counts are kept."));
        checkRetention();
    });

    createActions();

    auto *searchRow = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *filters = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_countryFilter);
    filters->addWidget(filterLabel);
    for (QComboBox *combo : {m_countryFilter, m_sexFilter, m_typeFilter, m_consentFilter, m_sessionFilter})
        filters->addWidget(combo);
    filters->addStretch(1);

    auto *toolbar = new QToolBar(tr("Roster"), this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_importAction, m_addAction, m_editAction, m_removeAction});
    auto *bulk = new QAction(tr("&Change Selected"), this);
    auto *bulkMenu = new QMenu(this);
    bulkMenu->addActions(m_bulkActions);
    bulk->setMenu(bulkMenu);
    toolbar->addAction(bulk);
    toolbar->addSeparator();
    toolbar->addActions({m_exportAction, m_accessAction, m_eraseAction});
    toolbar->addSeparator();
    toolbar->addAction(m_checkInAction);

    auto *tableSide = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(searchRow);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_counts);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_message);
    m_checkIn = new CheckInPanel(m_context, this);
    m_checkIn->hide();
    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(m_checkIn);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_retentionBanner);
    layout->addWidget(toolbar);
    layout->addWidget(m_splitter, 1);

    connect(&m_roster, &LiveRoster::reset, this, [this] {
        refillFilters();
        updateCounts();
        sizeColumns();
        updateActionStates();
    });
    for (auto signal : {&LiveRoster::participantAdded, &LiveRoster::participantRemoved, &LiveRoster::participantChanged})
        connect(&m_roster, signal, this, [this] {
            refillFilters();
            updateCounts();
        });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RosterView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RosterView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RosterView::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RosterView::updateCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterView::updateActionStates);
    refillFilters();
    updateCounts();
    sizeColumns();
    updateActionStates();
}

void RosterView::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            addAction(action);
        }
        action->setStatusTip(tip);
        action->setToolTip(key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        return action;
    };
    m_importAction = make(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                          tr("Add people from a registration export: Google Forms, Microsoft Forms, Eventbrite, KoboToolbox "
                             "or any spreadsheet"));
    m_addAction = make(tr("&Add…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Type in a new participant"));
    m_editAction = make(tr("&Details…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                        tr("Every detail and the consent of the selected person"));
    m_removeAction = make(tr("&Remove"), QKeySequence(QKeySequence::Delete),
                          tr("Take the selected people off this workshop's roster (their record stays)"));
    m_exportAction = make(tr("E&xport…"), QKeySequence(), tr("Write the roster as CSV or JSON; the export is logged"));
    m_accessAction = make(tr("Access &Request…"), QKeySequence(),
                          tr("Write everything stored about the selected person to a JSON file, to answer an access request"));
    m_eraseAction = make(tr("Erase…"), QKeySequence(),
                         tr("Remove the selected people's personal data from the database file for good"));
    m_retentionAction = make(tr("Retention &Period…"), QKeySequence(), tr("How long this workshop's personal data is kept"));
    m_sizeRulesAction = make(tr("Enterprise &Size Rules…"), QKeySequence(),
                             tr("Head counts of micro, small and medium enterprises"));
    m_logAction = make(tr("Personal Data &Log…"), QKeySequence(), tr("Every export of personal data and every erasure"));
    m_checkInAction = make(tr("&Check-in"), QKeySequence(Qt::CTRL | Qt::Key_K),
                           tr("Show the live check-in panel beside the roster"));
    m_checkInAction->setCheckable(true);

    connect(m_importAction, &QAction::triggered, this, [this] { importFile(); });
    connect(m_addAction, &QAction::triggered, this, &RosterView::addParticipant);
    connect(m_editAction, &QAction::triggered, this, &RosterView::editCurrent);
    connect(m_removeAction, &QAction::triggered, this, &RosterView::removeSelected);
    connect(m_exportAction, &QAction::triggered, this, &RosterView::exportRoster);
    connect(m_accessAction, &QAction::triggered, this, &RosterView::exportAccessRequest);
    connect(m_eraseAction, &QAction::triggered, this, &RosterView::eraseSelected);
    connect(m_retentionAction, &QAction::triggered, this, &RosterView::editRetention);
    connect(m_sizeRulesAction, &QAction::triggered, this, &RosterView::editSizeRules);
    connect(m_logAction, &QAction::triggered, this, &RosterView::showLog);
    connect(m_checkInAction, &QAction::toggled, this, [this](bool on) {
        m_checkIn->setVisible(on);
        if (on)
            m_checkIn->setFocus();
    });

    // Bulk changes: one undo step for the whole selection.
    auto bulk = [this](const QString &text, const std::function<void(Participant &)> &change, const QString &undoText) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, change, undoText] { changeSelected(change, undoText); });
        m_bulkActions << action;
    };
    auto *country = new QAction(tr("Country…"), this);
    connect(country, &QAction::triggered, this, [this] {
        QComboBox probe;
        ParticipantDialog::fillCountries(&probe);
        QStringList names;
        for (int i = 0; i < probe.count(); ++i)
            names << probe.itemText(i);
        bool ok = false;
        const QString picked = QInputDialog::getItem(this, tr("Change Country"), tr("Country of the selected people:"), names, 1,
                                                     false, &ok);
        if (!ok)
            return;
        const QString code = probe.itemData(int(names.indexOf(picked))).toString();
        changeSelected([code](Participant &p) { p.country = code; }, tr("Change the country of the selection"));
    });
    m_bulkActions << country;
    for (const ParticipantRole role : allParticipantRoles())
        bulk(
            tr("Role: %1").arg(displayName(role)), [role](Participant &p) { p.role = role; },
            tr("Change the role of the selection"));
    for (const Sex sex : allSexes())
        bulk(
            tr("Sex: %1").arg(displayName(sex)), [sex](Participant &p) { p.sex = sex; }, tr("Change the sex of the selection"));
    for (const OrganizationType type : allOrganizationTypes())
        bulk(
            tr("Organization type: %1").arg(displayName(type)), [type](Participant &p) { p.organizationType = type; },
            tr("Change the organization type of the selection"));
    for (const AgeBand band : allAgeBands())
        bulk(
            tr("Age: %1").arg(displayName(band)), [band](Participant &p) { p.ageBand = band; },
            tr("Change the age of the selection"));
    bulk(
        tr("Consent Given Now"),
        [](Participant &p) {
            if (!p.consentGiven) {
                p.consentGiven = true;
                p.consentAt = QDateTime::currentDateTimeUtc();
            }
        },
        tr("Record consent for the selection"));
    bulk(
        tr("Consent Withdrawn"),
        [](Participant &p) {
            p.consentGiven = false;
            p.consentAt.reset();
            p.consentNotice.clear();
            p.consentPurposes.clear();
        },
        tr("Withdraw consent for the selection"));
    auto *expected = new QAction(tr("Expected at This Session"), this);
    connect(expected, &QAction::triggered, this, [this] { setSelectedExpected(true); });
    auto *notExpected = new QAction(tr("Not Expected at This Session"), this);
    connect(notExpected, &QAction::triggered, this, [this] { setSelectedExpected(false); });
    m_bulkActions << expected << notExpected;
}

QList<QAction *> RosterView::menuActions() const
{
    return {m_importAction, m_addAction,     m_editAction,      m_removeAction,    m_exportAction, m_accessAction,
            m_eraseAction,  m_checkInAction, m_retentionAction, m_sizeRulesAction, m_logAction};
}

void RosterView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_columnsStale)
        sizeColumns();
    checkRetention();
}

void RosterView::sizeColumns()
{
    m_columnsStale = !isVisible();
    if (!m_columnsStale)
        m_table->resizeColumnsToContents();
}

void RosterView::refillFilters()
{
    const QString current = m_countryFilter->currentData().toString();
    std::map<QString, QString> countries; // name → code
    for (const Participant &p : m_roster.people())
        if (!p.country.isEmpty())
            countries[countryName(p.country)] = p.country;
    std::vector<std::pair<QString, QString>> sorted(countries.begin(), countries.end());
    QCollator collator;
    std::sort(sorted.begin(), sorted.end(), [&](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    m_countryFilter->clear();
    m_countryFilter->addItem(tr("Every country"), QString());
    for (const auto &[name, code] : sorted)
        m_countryFilter->addItem(name, code);
    m_countryFilter->setCurrentIndex(std::max(0, m_countryFilter->findData(current)));
}

void RosterView::applyFilters()
{
    RosterFilterProxyModel::Filters filters;
    filters.country = m_countryFilter->currentData().toString();
    if (m_sexFilter->currentIndex() > 0)
        filters.sex = Sex(m_sexFilter->currentData().toInt());
    if (m_typeFilter->currentIndex() > 0)
        filters.organizationType = OrganizationType(m_typeFilter->currentData().toInt());
    if (m_consentFilter->currentIndex() > 0)
        filters.consent = m_consentFilter->currentData().toBool();
    if (m_sessionFilter->currentIndex() > 0)
        filters.expected = m_sessionFilter->currentData().toBool();
    m_filter->setFilters(filters);
    updateCounts();
}

void RosterView::updateCounts()
{
    // Counts follow what is shown, so a filter answers "how many women from Laos?" at a glance.
    // They count participants; the team (facilitators, interpreters, observers) is named apart.
    std::map<Sex, int> bySex;
    std::map<QString, int> byCountry;
    std::map<ParticipantRole, int> team;
    int noConsent = 0;
    int shown = 0;
    const int rows = m_proxy->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QModelIndex source = m_filter->mapToSource(m_proxy->mapToSource(m_proxy->index(row, 0)));
        const Participant &p = m_model->participantAt(source.row());
        if (!p.consentGiven && !p.erasedAt)
            ++noConsent;
        if (!isCounted(p.role)) {
            ++team[p.role];
            continue;
        }
        ++shown;
        ++bySex[p.sex];
        ++byCountry[p.country];
    }
    const int total = int(std::count_if(m_roster.people().begin(), m_roster.people().end(),
                                        [](const Participant &p) { return isCounted(p.role); }));
    QString text = tr("%n participant(s)", nullptr, total);
    if (shown != total)
        text += tr(" (%n shown)", nullptr, shown);
    QStringList sexParts;
    for (const Sex sex : allSexes())
        if (bySex[sex] > 0)
            sexParts << tr("%1 %2").arg(displayName(sex)).arg(bySex[sex]);
    QStringList countryParts;
    for (const auto &[country, count] : byCountry)
        countryParts << tr("%1 %2").arg(country.isEmpty() ? tr("no country") : countryName(country)).arg(count);
    if (shown > 0)
        text += QStringLiteral(" · ") + sexParts.join(QStringLiteral(", ")) + QStringLiteral(" · ")
                + countryParts.join(QStringLiteral(", "));
    QStringList teamParts;
    for (const auto &[role, count] : team)
        teamParts << countedName(role, count);
    if (!teamParts.isEmpty())
        text += QStringLiteral(" · ") + tr("team (not counted): %1").arg(teamParts.join(QStringLiteral(", ")));
    if (noConsent > 0)
        text += QStringLiteral(" · ") + tr("%n without consent", nullptr, noConsent);
    m_counts->setText(text);
}

void RosterView::updateActionStates()
{
    const std::vector<qint64> ids = selectedIds();
    const bool hasWorkshop = m_context.hasWorkshop();
    bool anyLive = false;
    for (const qint64 id : ids)
        if (const Participant *p = m_roster.byId(id); p && !p->erasedAt)
            anyLive = true;
    m_importAction->setEnabled(hasWorkshop);
    m_addAction->setEnabled(hasWorkshop);
    m_editAction->setEnabled(ids.size() == 1 && anyLive);
    m_removeAction->setEnabled(!ids.empty());
    m_accessAction->setEnabled(ids.size() == 1);
    m_eraseAction->setEnabled(anyLive);
    m_exportAction->setEnabled(hasWorkshop);
    m_retentionAction->setEnabled(hasWorkshop);
    for (QAction *action : std::as_const(m_bulkActions))
        action->setEnabled(anyLive);
}

std::vector<qint64> RosterView::selectedIds() const
{
    std::vector<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids.push_back(row.data(ParticipantTableModel::ParticipantIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RosterView::selectIds(const std::vector<qint64> &ids)
{
    m_table->clearSelection();
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (std::find(ids.begin(), ids.end(), index.data(ParticipantTableModel::ParticipantIdRole).toLongLong()) != ids.end())
            selection.select(index, m_proxy->index(row, ParticipantTableModel::ColumnCount - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!selection.isEmpty())
        m_table->selectionModel()->setCurrentIndex(selection.indexes().first(), QItemSelectionModel::NoUpdate);
}

void RosterView::changeSelected(const std::function<void(Participant &)> &change, const QString &undoText)
{
    std::vector<Participant> after;
    for (const qint64 id : selectedIds()) {
        const Participant *p = m_roster.byId(id);
        if (!p || p->erasedAt)
            continue;
        Participant edited = *p;
        change(edited);
        if (!(edited == *p))
            after.push_back(std::move(edited));
    }
    if (after.empty())
        return;
    m_context.undoStack()->push(new EditParticipantsCommand(m_roster, std::move(after), undoText));
}

void RosterView::setSelectedExpected(bool expected)
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty() || m_roster.sessionId() == 0)
        return;
    m_context.undoStack()->push(new SetExpectedCommand(m_roster, ids, expected));
}

void RosterView::removeSelected()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.empty())
        return;
    m_context.undoStack()->push(new RemoveFromRosterCommand(m_roster, ids));
    showMessage(tr("Removed from this workshop's roster; Ctrl+Z brings them back. Their record stays: use Erase to remove "
                   "their personal data."));
}

void RosterView::addParticipant()
{
    if (!m_context.hasWorkshop())
        return;
    Participant fresh;
    fresh.source = tr("Typed in");
    ParticipantDialog dialog(fresh, sizeRulesOf(m_context.store()), tr("Add Participant"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Participant person = dialog.participant();
    auto *command = new AddParticipantCommand(m_roster, person, tr("Add “%1”").arg(person.name));
    m_context.undoStack()->push(command);
    selectIds({command->participantId()});
}

void RosterView::editCurrent()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const Participant *current = m_roster.byId(ids.front());
    if (!current || current->erasedAt)
        return;
    ParticipantDialog dialog(*current, sizeRulesOf(m_context.store()), tr("Participant — %1").arg(current->name), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Participant edited = dialog.participant();
    if (edited == *current)
        return;
    m_context.undoStack()->push(new EditParticipantsCommand(m_roster, {edited}, tr("Edit “%1”").arg(edited.name)));
}

void RosterView::importFile(const QString &given)
{
    if (!m_context.hasWorkshop())
        return;
    QString path = given;
    if (path.isEmpty())
        path = FileDialog::getOpenFileName(this, tr("Import Participants"), documentsFolder(),
                                           tr("Registration exports (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    RosterImportDialog dialog(m_roster, path, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome())
        return;
    const ImportOutcome &outcome = *dialog.outcome();
    showMessage(tr("Imported from %1: %2 added, %3 merged into existing records, %4 skipped.")
                    .arg(QFileInfo(path).fileName())
                    .arg(outcome.added)
                    .arg(outcome.merged)
                    .arg(outcome.skippedDuplicates + outcome.skippedProblemRows));
    selectIds(outcome.participantIds);
}

void RosterView::eraseSelected()
{
    std::vector<qint64> ids;
    QStringList names;
    for (const qint64 id : selectedIds())
        if (const Participant *p = m_roster.byId(id); p && !p->erasedAt) {
            ids.push_back(id);
            names << p->name;
        }
    if (ids.empty())
        return;
    const QString text =
        tr("Erase the personal data of %1? Their names, contact details, notes and consent record are removed from the "
           "database file itself; counts by sex, country, organization type and attendance stay for past reports. This "
           "cannot be undone, and it clears the undo history. Backups made earlier still hold the data.")
            .arg(names.size() <= 3 ? names.join(QStringLiteral(", ")) : tr("%n people", nullptr, int(names.size())));
    if (!m_confirm(tr("Erase Personal Data"), text))
        return;
    if (m_roster.erase(ids))
        showMessage(tr("Erased the personal data of %n person(s); anonymous counts are kept.", nullptr, int(ids.size())));
}

void RosterView::exportAccessRequest()
{
    const std::vector<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const Participant *p = m_roster.byId(ids.front());
    if (!p)
        return;
    const QString suggestion =
        QDir(documentsFolder()).filePath(safeFileName(tr("Access request - participant %1").arg(p->id)) + QStringLiteral(".json"));
    const QString path = FileDialog::getSaveFileName(this, tr("Export Access Request"), suggestion, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    auto outcome = sala::exportAccessRequest(m_context.store(), p->id, path, QStringLiteral("app"));
    if (!outcome) {
        Q_EMIT m_context.errorOccurred(outcome.error().message);
        return;
    }
    showMessage(tr("Everything stored about %1 is in %2. The export is recorded in the personal data log.")
                    .arg(p->erasedAt ? tr("participant %1").arg(p->id) : p->name, QDir::toNativeSeparators(path)));
}

void RosterView::exportRoster()
{
    if (!m_context.hasWorkshop())
        return;
    const QString suggestion =
        QDir(documentsFolder()).filePath(safeFileName(m_context.workshop().title + tr(" - roster")) + QStringLiteral(".csv"));
    const QString path = FileDialog::getSaveFileName(this, tr("Export Roster"), suggestion, tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const RosterExportFormat format = QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0
                                          ? RosterExportFormat::Json
                                          : RosterExportFormat::Csv;
    auto outcome = sala::exportRoster(m_context.store(), m_context.workshop().id, format, path, QStringLiteral("app"));
    if (!outcome) {
        Q_EMIT m_context.errorOccurred(outcome.error().message);
        return;
    }
    QString text = tr("Wrote %n participant(s) to %1; the export is recorded in the personal data log.", nullptr, outcome->people)
                       .arg(QDir::toNativeSeparators(path));
    if (outcome->withoutConsent > 0)
        text += u' ' + tr("%n without consent are marked “NO CONSENT”.", nullptr, outcome->withoutConsent);
    showMessage(text);
}

void RosterView::editSizeRules()
{
    RosterSettingsStore settings(m_context.store());
    auto rules = settings.sizeRules();
    if (!rules) {
        Q_EMIT m_context.errorOccurred(rules.error().message);
        return;
    }
    SizeRulesDialog dialog(rules.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = settings.setSizeRules(dialog.rules()); !s) {
        Q_EMIT m_context.errorOccurred(s.error().message);
        return;
    }
    m_model->reloadSizeRules();
}

void RosterView::editRetention()
{
    if (!m_context.hasWorkshop())
        return;
    RosterStore store(m_context.store());
    auto stored = store.retentionMonths(m_context.workshop().id);
    // A plain int: GCC 12 at -O3 wrongly warns that a copied std::optional<int> may be unset.
    const int currentMonths = stored && stored.value() ? *stored.value() : 0;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Retention Period"));
    auto *months = new QSpinBox(&dialog);
    months->setRange(0, 240);
    months->setSpecialValueText(tr("not set"));
    months->setSuffix(tr(" months"));
    months->setValue(currentMonths);
    auto *intro = new QLabel(tr("Keep the personal data of this workshop's participants for this long after its last session. "
                                "When the period has passed, Sala offers to erase it and keeps the anonymous counts."),
                             &dialog);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&Keep for:"), months);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const std::optional<int> chosen = months->value() == 0 ? std::nullopt : std::optional(months->value());
    if (Status s = store.setRetentionMonths(m_context.workshop().id, chosen); !s) {
        Q_EMIT m_context.errorOccurred(s.error().message);
        return;
    }
    m_retentionDismissed.erase(m_context.workshop().id);
    checkRetention();
}

void RosterView::checkRetention()
{
    auto due = RosterStore(m_context.store()).retentionDue(QDate::currentDate());
    m_retentionBanner->hide();
    m_retentionWorkshop = 0;
    if (!due)
        return;
    for (const RetentionDue &workshop : due.value()) {
        if (m_retentionDismissed.count(workshop.workshopId))
            continue;
        m_retentionWorkshop = workshop.workshopId;
        m_retentionText->setText(tr("The retention period of “%1” ended on %2: the personal data of %n participant(s) is "
                                    "still stored. Erase it now? Anonymous counts for reports are kept.",
                                    nullptr, workshop.people)
                                     .arg(workshop.title, QLocale().toString(workshop.due, QLocale::LongFormat)));
        m_retentionBanner->show();
        return;
    }
}

void RosterView::showLog()
{
    auto entries = PersonalDataLog(m_context.store()).entries();
    if (!entries) {
        Q_EMIT m_context.errorOccurred(entries.error().message);
        return;
    }
    PersonalDataLogDialog dialog(entries.value(), this);
    dialog.exec();
}

void RosterView::showMessage(const QString &message)
{
    m_message->setText(message);
}

void RosterView::setConfirmation(std::function<bool(const QString &, const QString &)> confirm)
{
    m_confirm = std::move(confirm);
}

} // namespace sala
