#pragma once
// Importing Zoom, Teams and Meet attendance exports into the current session: the files and
// what each was read as, the day order when the dates read both ways, the time zone of the
// times, and the review of every person (matched with the reason, proposed, not matched) where
// the trainer confirms, picks someone from the roster, adds to the roster or ignores. Nothing is
// written until Import, which is one step on the undo stack.

#include "attendance/attendanceimport.h"

#include <QDialog>

#include <map>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;

namespace sala {

class AttendanceReviewModel;
class WorkshopContext;

class AttendanceImportDialog final : public QDialog {
    Q_OBJECT
public:
    AttendanceImportDialog(WorkshopContext &context, QWidget *parent = nullptr);
    ~AttendanceImportDialog() override;

    // Asks for a file (FileDialog) and reads it; returns false when none was chosen.
    bool addFile();
    // Reads a file without asking, as addFile does after the question.
    void addPath(const QString &path);
    void removeFile(int index);

    // The request as Import would store it.
    AttendanceImport request() const;
    // Stores it as one undo step; false, with the reason shown, when it cannot be stored.
    bool importNow();

    // The review's actions on the selected person.
    void confirmOrPickSelected();
    void addSelectedToRoster();
    void ignoreSelected();
    void resetSelected();

    QTableWidget *fileTable() const { return m_files; }
    QComboBox *dayOrderPicker() const { return m_dayOrder; }
    QComboBox *timeZonePicker() const { return m_zone; }
    QLabel *problemLabel() const { return m_problems; }
    QTableView *reviewTable() const { return m_review; }
    AttendanceReviewModel *reviewModel() const { return m_model; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *candidateList() const { return m_candidates; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }

private:
    struct FileEntry {
        QString path;
        std::optional<AttendanceImportFile> read;
        QString problem; // why it could not be read; empty when read
        bool needsDayOrder = false;
        QString earlierImport; // "imported on …" when this file replaces an earlier import
    };

    void readAll();
    void readEntry(FileEntry &entry);
    void refillFiles();
    void refillReview();
    void refillCandidates();
    void updateState();
    int selectedRow() const;

    WorkshopContext &m_context;
    qint64 m_sessionId = 0;
    QDate m_sessionDate;
    IdentityMatcher m_matcher;
    std::map<qint64, QString> m_rosterNames;
    std::vector<FileEntry> m_entries;

    QLabel *m_sessionLabel;
    QTableWidget *m_files;
    QPushButton *m_addFile;
    QPushButton *m_removeFile;
    QComboBox *m_dayOrder;
    QComboBox *m_zone;
    QLabel *m_problems;
    AttendanceReviewModel *m_model;
    QTableView *m_review;
    QLineEdit *m_search;
    QListWidget *m_candidates;
    QPushButton *m_match;
    QPushButton *m_add;
    QPushButton *m_ignore;
    QPushButton *m_reset;
    QLabel *m_summary;
    QPushButton *m_import;
};

// Opens the dialog for the context's current session (Reports and the File menu call this).
void openAttendanceImport(WorkshopContext &context, QWidget *parent);

} // namespace sala
