#include "dialogs/attendanceimportdialog.h"

#include "attendance/attendancestore.h"
#include "commands/attendancecommands.h"
#include "dialogs/attendancereviewtable.h"
#include "dialogs/filedialog.h"
#include "domain/names.h"
#include "models/attendancereviewmodel.h"
#include "roster/checkinsearch.h"
#include "store/store.h"
#include "workshopcontext.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sala {
namespace {

enum FileColumn { FileName, FilePlatform, FileMeeting, FileRows, FilePeople, FileNote, FileColumnCount };

enum DayOrderChoice { FromTheFile, DayFirst, MonthFirst };

constexpr int participantIdRole = Qt::UserRole + 1;

QString meetingText(const ExportMeeting &meeting)
{
    QStringList parts;
    if (!meeting.title.isEmpty())
        parts << meeting.title;
    if (meeting.start)
        parts << QLocale().toString(meeting.start->date(), QLocale::ShortFormat) + u' '
                     + QLocale().toString(meeting.start->time(), QLocale::ShortFormat);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

AttendanceImportDialog::AttendanceImportDialog(WorkshopContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_matcher(context.roster()), m_sessionLabel(new QLabel(this)),
      m_files(new QTableWidget(this)), m_addFile(new QPushButton(tr("&Add File…"), this)),
      m_removeFile(new QPushButton(tr("&Remove File"), this)), m_dayOrder(new QComboBox(this)), m_zone(new QComboBox(this)),
      m_problems(new QLabel(this)), m_model(new AttendanceReviewModel(this)), m_review(new QTableView(this)),
      m_search(new QLineEdit(this)), m_candidates(new QListWidget(this)), m_match(new QPushButton(tr("&Match"), this)),
      m_add(new QPushButton(tr("Add to Rost&er"), this)), m_ignore(new QPushButton(tr("I&gnore"), this)),
      m_reset(new QPushButton(tr("Undo C&hoice"), this)), m_summary(new QLabel(this)), m_import(nullptr)
{
    setWindowTitle(tr("Import Attendance"));
    // Trainers' laptops are often 1366×768: the dialog must fit with its title bar.
    QSize size(1180, 720);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);

    if (const Session *session = context.session()) {
        m_sessionId = session->id;
        m_sessionDate = session->date;
        m_sessionLabel->setText(tr("Attendance for <b>%1</b> · %2 · roster of %n people", nullptr, int(context.roster().size()))
                                    .arg(session->title.toHtmlEscaped(), QLocale().toString(session->date, QLocale::LongFormat)));
    }
    m_sessionLabel->setWordWrap(true);
    for (const Participant &p : context.roster())
        if (!p.erasedAt)
            m_rosterNames[p.id] = p.name;

    m_files->setColumnCount(FileColumnCount);
    m_files->setHorizontalHeaderLabels({tr("File"), tr("Read as"), tr("Meeting"), tr("Rows"), tr("People"), tr("Note")});
    m_files->verticalHeader()->hide();
    m_files->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->horizontalHeader()->setStretchLastSection(true);
    m_files->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_files->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_files->setSelectionMode(QAbstractItemView::SingleSelection);
    m_files->setAccessibleName(tr("Attendance files"));
    m_files->setMaximumHeight(m_files->fontMetrics().height() * 7);

    m_dayOrder->addItem(tr("As the file shows"), FromTheFile);
    m_dayOrder->addItem(tr("Day first (31/12/2026)"), DayFirst);
    m_dayOrder->addItem(tr("Month first (12/31/2026)"), MonthFirst);
    m_dayOrder->setAccessibleName(tr("Day order of the dates"));
    m_dayOrder->setToolTip(tr("Only needed when every date in a file reads both ways, such as 03/04/2026."));

    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(id);
    m_zone->addItems(zones);
    m_zone->setCurrentText(context.workshop().timeZone);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setAccessibleName(tr("Time zone of the times in the files"));
    m_zone->setToolTip(tr("Exports give the clock time of the account that downloaded them, without a zone. This is the "
                          "workshop's zone unless the host's account is set to another."));
    m_zone->setMinimumContentsLength(22);

    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #9c1c1c;"));
    m_problems->setAccessibleName(tr("Problems with the files"));

    setUpAttendanceReviewTable(*m_review, *m_model, tr("People in the files"), 190);

    m_search->setPlaceholderText(tr("Type a name, alias or e-mail…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the roster"));
    m_candidates->setAccessibleName(tr("Roster participants"));
    m_candidates->setTextElideMode(Qt::ElideMiddle);
    m_candidates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_match->setToolTip(tr("This person is the participant selected in the list (or the one proposed). Sala keeps the "
                           "name as an alias, so the next file matches by itself."));
    m_add->setToolTip(tr("Add this person to the workshop's roster as a new participant"));
    m_ignore->setToolTip(tr("Nobody on the roster: a host's second device, an interpreter, an observer"));
    m_reset->setToolTip(tr("Go back to what Sala found"));
    m_summary->setWordWrap(true);

    auto *filesButtons = new QVBoxLayout;
    filesButtons->addWidget(m_addFile);
    filesButtons->addWidget(m_removeFile);
    filesButtons->addStretch(1);
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1);
    filesRow->addLayout(filesButtons);
    auto *options = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("&Day order:"), this);
    dayLabel->setBuddy(m_dayOrder);
    auto *zoneLabel = new QLabel(tr("&Time zone of the times:"), this);
    zoneLabel->setBuddy(m_zone);
    options->addWidget(dayLabel);
    options->addWidget(m_dayOrder);
    options->addSpacing(16);
    options->addWidget(zoneLabel);
    options->addWidget(m_zone);
    options->addStretch(1);
    auto *filesBox = new QGroupBox(tr("Files"), this);
    auto *filesLayout = new QVBoxLayout(filesBox);
    filesLayout->addLayout(filesRow);
    filesLayout->addLayout(options);
    filesLayout->addWidget(m_problems);

    auto *side = new QWidget(this);
    side->setMinimumWidth(270);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *whoLabel = new QLabel(tr("&Who is this?"), side);
    whoLabel->setBuddy(m_search);
    sideLayout->addWidget(whoLabel);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_candidates, 1);
    auto *actions = new QGridLayout;
    actions->addWidget(m_match, 0, 0);
    actions->addWidget(m_add, 0, 1);
    actions->addWidget(m_ignore, 1, 0);
    actions->addWidget(m_reset, 1, 1);
    sideLayout->addLayout(actions);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_review);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *reviewBox = new QGroupBox(tr("Review the people"), this);
    auto *reviewLayout = new QVBoxLayout(reviewBox);
    reviewLayout->addWidget(splitter, 1);
    reviewLayout->addWidget(m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Not the accept role: the button box would make Import the default button, and Enter in the
    // search field (which matches the selected person) would import everything.
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sessionLabel);
    layout->addWidget(filesBox);
    layout->addWidget(reviewBox, 1);
    layout->addWidget(buttons);

    // No button takes Enter: it belongs to the search field and the candidate list.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);

    connect(m_addFile, &QPushButton::clicked, this, [this] { addFile(); });
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row >= 0)
            removeFile(row);
    });
    connect(m_files, &QTableWidget::itemSelectionChanged, this, &AttendanceImportDialog::updateState);
    connect(m_dayOrder, &QComboBox::currentIndexChanged, this, &AttendanceImportDialog::readAll);
    connect(m_review->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_search->clear();
        refillCandidates();
        updateState();
    });
    connect(m_search, &QLineEdit::textChanged, this, &AttendanceImportDialog::refillCandidates);
    connect(m_search, &QLineEdit::returnPressed, this, &AttendanceImportDialog::confirmOrPickSelected);
    connect(m_candidates, &QListWidget::itemActivated, this, &AttendanceImportDialog::confirmOrPickSelected);
    connect(m_candidates, &QListWidget::currentRowChanged, this, &AttendanceImportDialog::updateState);
    connect(m_match, &QPushButton::clicked, this, &AttendanceImportDialog::confirmOrPickSelected);
    connect(m_add, &QPushButton::clicked, this, &AttendanceImportDialog::addSelectedToRoster);
    connect(m_ignore, &QPushButton::clicked, this, &AttendanceImportDialog::ignoreSelected);
    connect(m_reset, &QPushButton::clicked, this, &AttendanceImportDialog::resetSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AttendanceImportDialog::updateState);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (importNow())
            accept();
    });
    updateState();
}

AttendanceImportDialog::~AttendanceImportDialog() = default;

bool AttendanceImportDialog::addFile()
{
    const QString folder = m_entries.empty() ? QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)
                                             : QFileInfo(m_entries.back().path).absolutePath();
    const QString path = FileDialog::getOpenFileName(this, tr("Add Attendance File"), folder,
                                                     tr("Attendance exports (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    addPath(path);
    return true;
}

void AttendanceImportDialog::addPath(const QString &path)
{
    FileEntry entry;
    entry.path = path;
    readEntry(entry);
    m_entries.push_back(std::move(entry));
    refillFiles();
    refillReview();
}

void AttendanceImportDialog::removeFile(int index)
{
    if (index < 0 || index >= int(m_entries.size()))
        return;
    m_entries.erase(m_entries.begin() + index);
    refillFiles();
    refillReview();
}

void AttendanceImportDialog::readAll()
{
    for (FileEntry &entry : m_entries)
        readEntry(entry);
    refillFiles();
    refillReview();
}

void AttendanceImportDialog::readEntry(FileEntry &entry)
{
    entry.read.reset();
    entry.problem.clear();
    entry.needsDayOrder = false;
    entry.earlierImport.clear();
    ExportReadOptions options;
    options.sessionDate = m_sessionDate;
    auto file = readImportFile(entry.path, options, m_matcher);
    if (!file && file.error().code == ErrorCode::AmbiguousDateOrder) {
        const int choice = m_dayOrder->currentData().toInt();
        if (choice == FromTheFile) {
            entry.needsDayOrder = true;
            entry.problem = file.error().message + u' ' + tr("Choose the day order above.");
            return;
        }
        options.dateOrder = choice == DayFirst ? DateOrder::DayFirst : DateOrder::MonthFirst;
        file = readImportFile(entry.path, options, m_matcher);
    }
    if (!file) {
        entry.problem = file.error().message;
        return;
    }
    auto earlier = AttendanceImportStore(m_context.store()).importOfFile(m_sessionId, file->file.sha256);
    if (earlier && earlier.value())
        entry.earlierImport = tr("Imported before (%1): importing again replaces that import and its review.")
                                  .arg(QLocale().toString(earlier.value()->importedAt.toLocalTime(), QLocale::ShortFormat));
    entry.read = std::move(file).value();
}

void AttendanceImportDialog::refillFiles()
{
    m_files->setRowCount(int(m_entries.size()));
    QStringList problems;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const FileEntry &entry = m_entries[i];
        const int row = int(i);
        auto *name = new QTableWidgetItem(QFileInfo(entry.path).fileName());
        name->setToolTip(QDir::toNativeSeparators(entry.path));
        m_files->setItem(row, FileName, name);
        if (entry.read) {
            const AttendanceExport &file = entry.read->file;
            m_files->setItem(row, FilePlatform, new QTableWidgetItem(tr("%1 (%2)").arg(displayName(file.platform), file.layout)));
            m_files->setItem(row, FileMeeting, new QTableWidgetItem(meetingText(file.meeting)));
            m_files->setItem(row, FileRows, new QTableWidgetItem(QLocale().toString(entry.read->rowCount)));
            m_files->setItem(row, FilePeople, new QTableWidgetItem(QLocale().toString(qint64(entry.read->identities.size()))));
            m_files->setItem(row, FileNote, new QTableWidgetItem(entry.earlierImport));
        } else {
            for (const int column : {FilePlatform, FileMeeting, FileRows, FilePeople})
                m_files->setItem(row, column, new QTableWidgetItem());
            m_files->setItem(row, FileNote,
                             new QTableWidgetItem(entry.needsDayOrder ? tr("Needs the day order") : tr("Not read")));
            problems << entry.problem;
        }
    }
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

AttendanceImport AttendanceImportDialog::request() const
{
    AttendanceImport import;
    import.workshopId = m_context.workshop().id;
    import.sessionId = m_sessionId;
    import.sessionDate = m_sessionDate;
    import.timeZone = m_zone->currentText().trimmed();
    for (const FileEntry &entry : m_entries) {
        if (!entry.read)
            continue;
        import.files.push_back(*entry.read);
        if (!entry.earlierImport.isEmpty())
            import.replaceEarlier = true;
    }
    import.decisions = m_model->decisions();
    return import;
}

void AttendanceImportDialog::refillReview()
{
    const QString selectedKey = selectedRow() >= 0 ? m_model->item(selectedRow()).key : QString();
    m_model->reset(reviewItems(request()), m_rosterNames);
    const int row = m_model->rowOfKey(selectedKey);
    if (m_model->rowCount() > 0)
        m_review->selectRow(row >= 0 ? row : 0);
    refillCandidates();
    updateState();
}

int AttendanceImportDialog::selectedRow() const
{
    const QModelIndexList rows = m_review->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void AttendanceImportDialog::refillCandidates()
{
    m_candidates->clear();
    const int row = selectedRow();
    if (row < 0)
        return;
    const AttendanceReviewItem &item = m_model->item(row);
    const QString typed = m_search->text().trimmed();
    std::vector<std::pair<qint64, QString>> list; // participant, label
    if (typed.isEmpty()) {
        // The people whose names come closest first, the proposal on top.
        for (const MatchCandidate &c : m_matcher.similar({item.name, item.otherNames, item.email}, 12))
            list.emplace_back(c.participantId, tr("%1 — %2%").arg(m_rosterNames[c.participantId]).arg(c.percent));
    } else {
        const auto &roster = m_context.roster();
        for (const CheckInMatch &m : CheckInIndex(roster).search(typed, 30)) {
            const Participant &p = roster[m.index];
            list.emplace_back(p.id, m.matched == p.name ? p.name : tr("%1 (%2)").arg(p.name, m.matched));
        }
    }
    const qint64 current = item.match.participantId;
    for (const auto &[id, label] : list) {
        auto *entry = new QListWidgetItem(label, m_candidates);
        entry->setData(participantIdRole, id);
    }
    for (int i = 0; i < m_candidates->count(); ++i)
        if (m_candidates->item(i)->data(participantIdRole).toLongLong() == current) {
            m_candidates->setCurrentRow(i);
            break;
        }
    if (m_candidates->currentRow() < 0 && m_candidates->count() > 0 && !typed.isEmpty())
        m_candidates->setCurrentRow(0);
}

void AttendanceImportDialog::confirmOrPickSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    qint64 id = 0;
    if (const QListWidgetItem *chosen = m_candidates->currentItem())
        id = chosen->data(participantIdRole).toLongLong();
    else
        id = m_model->item(row).match.participantId;
    if (id == 0)
        return;
    m_model->setDecision(row, {IdentityResolution::Participant, id});
    m_review->setFocus();
}

void AttendanceImportDialog::addSelectedToRoster()
{
    if (const int row = selectedRow(); row >= 0)
        m_model->setDecision(row, {IdentityResolution::AddToRoster, 0});
}

void AttendanceImportDialog::ignoreSelected()
{
    if (const int row = selectedRow(); row >= 0)
        m_model->setDecision(row, {IdentityResolution::Ignore, 0});
}

void AttendanceImportDialog::resetSelected()
{
    if (const int row = selectedRow(); row >= 0)
        m_model->setDecision(row, {});
}

void AttendanceImportDialog::updateState()
{
    const bool anyRead = std::any_of(m_entries.begin(), m_entries.end(), [](const FileEntry &e) { return e.read.has_value(); });
    const bool allRead = std::all_of(m_entries.begin(), m_entries.end(), [](const FileEntry &e) { return e.read.has_value(); });
    m_import->setEnabled(anyRead && allRead && m_sessionId != 0);
    m_removeFile->setEnabled(m_files->currentRow() >= 0);
    const int row = selectedRow();
    const bool selected = row >= 0;
    m_search->setEnabled(selected);
    m_candidates->setEnabled(selected);
    m_match->setEnabled(selected && (m_candidates->currentItem() || m_model->item(row).match.participantId != 0));
    m_add->setEnabled(selected);
    m_ignore->setEnabled(selected);
    m_reset->setEnabled(selected && m_model->decision(row).resolution != IdentityResolution::Automatic);
    if (!anyRead)
        m_summary->setText(m_entries.empty() ? tr("Add the participants report you downloaded from Zoom, Teams or Google Meet.")
                                             : QString());
    else
        m_summary->setText(m_model->summary());
}

bool AttendanceImportDialog::importNow()
{
    const AttendanceImport import = request();
    if (Status s = checkAttendanceImport(m_context.store(), import); !s) {
        m_problems->setText(s.error().message);
        m_problems->setVisible(true);
        return false;
    }
    QUndoStack *stack = m_context.undoStack();
    const int before = stack->index();
    stack->push(new ImportAttendanceCommand(m_context, import));
    // A command that failed marks itself obsolete and the stack drops it; the reason went to
    // the context's error report.
    return stack->index() > before;
}

void openAttendanceImport(WorkshopContext &context, QWidget *parent)
{
    if (!context.session())
        return;
    AttendanceImportDialog dialog(context, parent);
    if (!dialog.addFile())
        return;
    dialog.exec();
}

} // namespace sala
