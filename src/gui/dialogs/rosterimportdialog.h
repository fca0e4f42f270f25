#pragma once
// Importing a registration export: what Sala read (encoding, delimiter, sheet, source), the
// column mapping to edit, every row with its problems by line, and the duplicates to merge or
// keep apart. Nothing is stored until Import, and then all at once.

#include "roster/registrationfile.h"
#include "roster/rosterimport.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;

namespace sala {

class ImportPreviewModel;
class LiveRoster;

class RosterImportDialog final : public QDialog {
    Q_OBJECT
public:
    RosterImportDialog(LiveRoster &roster, const QString &path, QWidget *parent = nullptr);
    ~RosterImportDialog() override;

    // False when the file could not be read at all; the reason is shown in the dialog.
    bool isReadable() const { return m_file.has_value(); }
    const ImportPlan &plan() const { return *m_plan; }
    const std::optional<ImportOutcome> &outcome() const { return m_outcome; }

    // Changes the field of a column, as choosing it in the mapping table does.
    void setField(int column, ImportField field);
    void setDuplicateAction(std::size_t duplicate, DuplicateAction action);

    QLabel *fileLabel() const { return m_fileLabel; }
    QComboBox *sheetPicker() const { return m_sheet; }
    QTableWidget *mappingTable() const { return m_mapping; }
    QTableView *preview() const { return m_preview; }
    QListWidget *problemList() const { return m_problems; }
    QTableWidget *duplicateTable() const { return m_duplicates; }
    QCheckBox *skipProblemRows() const { return m_skip; }
    QLineEdit *noticeField() const { return m_notice; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

private:
    void readFile(const QString &sheet);
    void replan();
    void fillMapping();
    void fillProblems();
    void fillDuplicates();
    void updateState();
    void import();

    LiveRoster &m_roster;
    QString m_path;
    std::optional<RegistrationFile> m_file;
    FileHeader m_header;
    RegistrationSource m_source = RegistrationSource::Spreadsheet;
    ColumnMapping m_columnMapping;
    std::vector<Participant> m_existing;
    std::unique_ptr<ImportPlan> m_plan;
    std::optional<ImportOutcome> m_outcome;

    QLabel *m_fileLabel;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel = nullptr;
    QTableWidget *m_mapping;
    ImportPreviewModel *m_previewModel;
    QTableView *m_preview;
    QListWidget *m_problems;
    QTableWidget *m_duplicates;
    QLineEdit *m_notice;
    QCheckBox *m_skip;
    QLabel *m_summary;
    QPushButton *m_import;
};

} // namespace sala
