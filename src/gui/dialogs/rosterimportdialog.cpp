#include "dialogs/rosterimportdialog.h"

#include "liveroster.h"
#include "models/importpreviewmodel.h"
#include "roster/rostersettingsstore.h"
#include "settings.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "workshopcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sala {
namespace {

// The notice version typed last time, offered again for the next file.
const Setting<QString> lastConsentNotice{QStringLiteral("state/roster/lastConsentNotice"), QString()};

QString duplicateActionName(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Merge: return RosterImportDialog::tr("Merge into that record");
    case DuplicateAction::AddAsNew: return RosterImportDialog::tr("Add as a separate person");
    case DuplicateAction::Skip: return RosterImportDialog::tr("Skip this row");
    }
    return {};
}

} // namespace

RosterImportDialog::RosterImportDialog(LiveRoster &roster, const QString &path, QWidget *parent)
    : QDialog(parent), m_roster(roster), m_path(path), m_plan(std::make_unique<ImportPlan>()), m_fileLabel(new QLabel(this)),
      m_sheet(new QComboBox(this)), m_mapping(new QTableWidget(this)), m_previewModel(new ImportPreviewModel(this)),
      m_preview(new QTableView(this)), m_problems(new QListWidget(this)), m_duplicates(new QTableWidget(this)),
      m_notice(new QLineEdit(lastConsentNotice.value(), this)),
      m_skip(new QCheckBox(tr("&Skip the rows with problems and import the others"), this)), m_summary(new QLabel(this)),
      m_import(nullptr)
{
    setWindowTitle(tr("Import Participants — %1").arg(QFileInfo(path).fileName()));
    // Trainers' laptops are often 1366×768: the dialog must fit with its title bar.
    QSize size(1100, 760);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.92);
    resize(size);

    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sheet->setAccessibleName(tr("Sheet"));
    m_sheetLabel = new QLabel(tr("S&heet:"), this);
    m_sheetLabel->setBuddy(m_sheet);

    m_mapping->setColumnCount(4);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Header in the file"), tr("First value"), tr("Imported as")});
    m_mapping->verticalHeader()->hide();
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->setAccessibleName(tr("Column mapping"));

    m_preview->setModel(m_previewModel);
    m_preview->verticalHeader()->hide();
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Rows read from the file"));
    m_preview->setWordWrap(false);

    m_problems->setAccessibleName(tr("Problems"));
    m_duplicates->setColumnCount(5);
    m_duplicates->setHorizontalHeaderLabels({tr("Line"), tr("In the file"), tr("Already known as"), tr("Why"), tr("Do")});
    m_duplicates->verticalHeader()->hide();
    m_duplicates->horizontalHeader()->setStretchLastSection(true);
    m_duplicates->setAccessibleName(tr("Possible duplicates"));

    m_notice->setPlaceholderText(tr("e.g. 2026-01"));
    m_notice->setAccessibleName(tr("Privacy notice version"));
    m_notice->setToolTip(tr("Recorded with the consent of everyone in this file who agreed, unless a column gives it."));
    m_summary->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_fileLabel, 1);
    top->addWidget(m_sheetLabel);
    top->addWidget(m_sheet);

    auto *columnsBox = new QGroupBox(tr("&Columns — choose what each one holds"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_mapping);
    auto *rowsBox = new QGroupBox(tr("Rows"), this);
    auto *rowsLayout = new QVBoxLayout(rowsBox);
    rowsLayout->addWidget(m_preview);
    auto *problemsBox = new QGroupBox(tr("&Problems (by line in the file)"), this);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->addWidget(m_problems);
    problemsLayout->addWidget(m_skip);
    auto *duplicatesBox = new QGroupBox(tr("Possible &duplicates"), this);
    auto *duplicatesLayout = new QVBoxLayout(duplicatesBox);
    duplicatesLayout->addWidget(m_duplicates);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(problemsBox);
    bottom->addWidget(duplicatesBox);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(columnsBox);
    splitter->addWidget(rowsBox);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);

    auto *noticeRow = new QHBoxLayout;
    auto *noticeLabel = new QLabel(tr("Privacy &notice version agreed to:"), this);
    noticeLabel->setBuddy(m_notice);
    noticeRow->addWidget(noticeLabel);
    noticeRow->addWidget(m_notice);
    noticeRow->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(noticeRow);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_skip, &QCheckBox::toggled, this, &RosterImportDialog::updateState);
    connect(m_notice, &QLineEdit::editingFinished, this, &RosterImportDialog::replan);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = item->data(Qt::UserRole).toInt();
        m_preview->selectRow(row);
        m_preview->scrollTo(m_previewModel->index(row, 0));
    });
    connect(m_sheet, &QComboBox::activated, this, [this](int index) { readFile(m_sheet->itemText(index)); });

    if (auto existing = RosterStore(m_roster.context().store()).liveParticipants())
        m_existing = std::move(existing.value());
    readFile({});
}

RosterImportDialog::~RosterImportDialog()
{
    m_previewModel->setPlan(nullptr);
}

void RosterImportDialog::readFile(const QString &sheet)
{
    auto file = readRegistrationFile(m_path, sheet);
    if (!file) {
        m_file.reset();
        m_fileLabel->setText(file.error().message);
        m_plan = std::make_unique<ImportPlan>();
        m_previewModel->setPlan(m_plan.get());
        m_sheet->hide();
        m_sheetLabel->hide();
        updateState();
        return;
    }
    m_file = std::move(file.value());
    m_header = findHeader(*m_file);
    m_source = detectSource(m_header.headers);
    m_columnMapping = suggestMapping(m_header.headers, m_source);
    // The mapping the user settled on for this source last time wins over the suggestion.
    if (auto remembered = RosterSettingsStore(m_roster.context().store()).latestMappingFor(m_source);
        remembered.ok() && remembered->has_value())
        m_columnMapping = applySavedMapping(remembered.value()->columns, m_header.headers, m_columnMapping);
    m_columnMapping.fields.resize(std::size_t(m_header.headers.size()), ImportField::Ignore);

    const bool workbook = m_file->kind == RegistrationFile::Kind::Xlsx;
    m_sheet->setVisible(workbook && m_file->sheetNames.size() > 1);
    m_sheetLabel->setVisible(m_sheet->isVisibleTo(this));
    m_sheet->clear();
    m_sheet->addItems(m_file->sheetNames);
    m_sheet->setCurrentText(m_file->sheet);
    fillMapping();
    replan();
}

void RosterImportDialog::fillMapping()
{
    m_mapping->setRowCount(int(m_header.headers.size()));
    const std::vector<CsvRecord> &records = m_file->records;
    const std::size_t firstData = std::size_t(m_header.recordIndex) + 1;
    for (int column = 0; column < m_header.headers.size(); ++column) {
        QString sample;
        for (std::size_t r = firstData; r < records.size() && sample.isEmpty(); ++r)
            if (column < records[r].cells.size() && !isAnnotationRecord(records[r]))
                sample = records[r].cells[column].simplified();
        auto *number = new QTableWidgetItem(QString::number(column + 1));
        number->setFlags(Qt::ItemIsEnabled);
        auto *header = new QTableWidgetItem(m_header.headers[column].simplified());
        header->setFlags(Qt::ItemIsEnabled);
        header->setToolTip(m_header.headers[column]);
        auto *example = new QTableWidgetItem(sample.left(80));
        example->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(column, 0, number);
        m_mapping->setItem(column, 1, header);
        m_mapping->setItem(column, 2, example);
        auto *combo = new QComboBox(m_mapping);
        for (const ImportField field : allImportFields())
            combo->addItem(displayName(field), int(field));
        combo->setCurrentIndex(combo->findData(int(m_columnMapping.at(column))));
        combo->setAccessibleName(tr("Field for column %1").arg(column + 1));
        connect(combo, &QComboBox::activated, this,
                [this, column, combo](int) { setField(column, ImportField(combo->currentData().toInt())); });
        m_mapping->setCellWidget(column, 3, combo);
    }
    m_mapping->resizeColumnsToContents();
    m_mapping->setColumnWidth(1, std::min(m_mapping->columnWidth(1), 380));
    m_mapping->setColumnWidth(2, std::min(m_mapping->columnWidth(2), 260));
}

void RosterImportDialog::setField(int column, ImportField field)
{
    if (column < 0 || std::size_t(column) >= m_columnMapping.fields.size())
        return;
    m_columnMapping.fields[std::size_t(column)] = field;
    if (auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(column, 3)))
        combo->setCurrentIndex(combo->findData(int(field)));
    replan();
}

void RosterImportDialog::replan()
{
    if (!m_file)
        return;
    ImportOptions options;
    const Workshop &workshop = m_roster.context().workshop();
    options.zone = QTimeZone(workshop.timeZone.toUtf8());
    if (!options.zone.isValid())
        options.zone = QTimeZone::systemTimeZone();
    options.consentNotice = m_notice->text().trimmed();
    auto plan = std::make_unique<ImportPlan>(planImport(*m_file, m_columnMapping, options, m_existing));
    // Choices already made for duplicates survive a change of mapping when the same rows match.
    for (DuplicateMatch &match : plan->duplicates)
        if (const DuplicateMatch *before = m_plan->duplicateOf(match.row);
            before && before->existingId == match.existingId && before->earlierRow == match.earlierRow)
            match.action = before->action;
    m_previewModel->setPlan(plan.get());
    m_plan = std::move(plan);
    m_preview->resizeColumnsToContents();
    if (m_preview->columnWidth(ImportPreviewModel::Status) > 420)
        m_preview->setColumnWidth(ImportPreviewModel::Status, 420);
    fillProblems();
    fillDuplicates();
    updateState();
}

void RosterImportDialog::fillProblems()
{
    m_problems->clear();
    if (!m_plan->mappingProblem.isEmpty()) {
        m_problems->addItem(m_plan->mappingProblem);
        return;
    }
    for (std::size_t r = 0; r < m_plan->rows.size(); ++r) {
        for (const ImportProblem &problem : m_plan->rows[r].problems) {
            auto *item = new QListWidgetItem(describe(problem), m_problems);
            item->setData(Qt::UserRole, int(r));
        }
    }
}

void RosterImportDialog::fillDuplicates()
{
    m_duplicates->setRowCount(int(m_plan->duplicates.size()));
    for (std::size_t i = 0; i < m_plan->duplicates.size(); ++i) {
        const DuplicateMatch &match = m_plan->duplicates[i];
        const ImportRow &row = m_plan->rows[match.row];
        const QString known =
            match.existingId != 0
                ? match.otherName
                : tr("%1 (line %2 of this file)").arg(match.otherName).arg(m_plan->rows[std::size_t(match.earlierRow)].line);
        const QStringList cells{QString::number(row.line), row.participant.name, known, describe(match.reason)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setFlags(Qt::ItemIsEnabled);
            m_duplicates->setItem(int(i), c, item);
        }
        auto *combo = new QComboBox(m_duplicates);
        for (const DuplicateAction action : {DuplicateAction::Merge, DuplicateAction::AddAsNew, DuplicateAction::Skip})
            combo->addItem(duplicateActionName(action), int(action));
        combo->setCurrentIndex(combo->findData(int(match.action)));
        combo->setAccessibleName(tr("What to do with line %1").arg(row.line));
        connect(combo, &QComboBox::activated, this,
                [this, i, combo](int) { setDuplicateAction(i, DuplicateAction(combo->currentData().toInt())); });
        m_duplicates->setCellWidget(int(i), 4, combo);
    }
    m_duplicates->resizeColumnsToContents();
}

void RosterImportDialog::setDuplicateAction(std::size_t duplicate, DuplicateAction action)
{
    if (duplicate >= m_plan->duplicates.size())
        return;
    m_plan->duplicates[duplicate].action = action;
    if (auto *combo = qobject_cast<QComboBox *>(m_duplicates->cellWidget(int(duplicate), 4)))
        combo->setCurrentIndex(combo->findData(int(action)));
    updateState();
    m_previewModel->setPlan(m_plan.get());
}

void RosterImportDialog::updateState()
{
    if (m_file) {
        m_fileLabel->setText(tr("<b>%1</b> — %2 — %3 layout — header on line %4")
                                 .arg(QDir::toNativeSeparators(m_path).toHtmlEscaped(), describeFile(*m_file).toHtmlEscaped(),
                                      displayName(m_source).toHtmlEscaped())
                                 .arg(m_header.line));
    }
    const int rows = int(m_plan->rows.size());
    const int problems = m_plan->rowsWithProblems();
    int merges = 0;
    int skips = 0;
    for (const DuplicateMatch &match : m_plan->duplicates) {
        merges += match.action == DuplicateAction::Merge ? 1 : 0;
        skips += match.action == DuplicateAction::Skip ? 1 : 0;
    }
    const bool blocked = !m_file || !m_plan->mappingProblem.isEmpty() || rows == problems
                         || (problems > 0 && !m_skip->isChecked());
    m_skip->setEnabled(problems > 0);
    m_import->setEnabled(!blocked);
    QString summary;
    if (!m_file)
        summary = tr("Nothing can be imported from this file.");
    else if (!m_plan->mappingProblem.isEmpty())
        summary = m_plan->mappingProblem;
    else
        summary = tr("%1 row(s): %2 new, %3 merged into people already on file, %4 skipped, %5 with problems.")
                      .arg(rows)
                      .arg(rows - problems - merges - skips)
                      .arg(merges)
                      .arg(skips)
                      .arg(problems);
    if (problems > 0 && !m_skip->isChecked())
        summary += u' ' + tr("Fix the problems in the file and open it again, or skip those rows.");
    m_summary->setText(summary);
}

void RosterImportDialog::import()
{
    if (!m_import->isEnabled())
        return;
    WorkshopContext &context = m_roster.context();
    auto outcome = commitImport(context.store(), context.workshop().id, *m_plan,
                                m_skip->isChecked() ? ProblemRows::Skip : ProblemRows::Refuse);
    if (!outcome) {
        QMessageBox::warning(this, windowTitle(), outcome.error().message);
        return;
    }
    m_outcome = outcome.value();
    lastConsentNotice.setValue(m_notice->text().trimmed());
    // Forgetting the mapping costs the user a few clicks next time; the import itself worked.
    if (Status remembered = RosterSettingsStore(context.store())
                                .saveMapping(
                                    {key(m_plan->source), m_plan->source, mappingToJson(m_header.headers, m_columnMapping), {}});
        !remembered)
        qWarning("the column mapping could not be remembered");
    // Every mode reads the new roster; the undo history stays.
    context.reloadCurrent();
    accept();
}

} // namespace sala
