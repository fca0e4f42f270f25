#pragma once
// Importing a registration export into a workshop's roster: the preview (every row read with
// its problems named by line and column, duplicates found) and the commit, which is one
// transaction: everything or nothing.

#include "domain/participant.h"
#include "roster/columnmapping.h"
#include "roster/duplicates.h"
#include "roster/registrationfile.h"
#include "util/expected.h"

#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace sala {

class Store;

struct ImportOptions {
    // Privacy notice version recorded for people who consent in this file (when no column says).
    QString consentNotice;
    QStringList consentPurposes{QStringLiteral("training"), QStringLiteral("reporting")};
    // Where times without a zone were written: the workshop's zone.
    QTimeZone zone = QTimeZone::utc();
    // Stored as each person's source; "Google Forms: registrations.csv" when empty.
    QString sourceLabel;
};

struct ImportProblem {
    int line = 0;
    int column = 0; // 1-based; 0 when the problem is the whole row
    QString header;
    QString message;
};

struct ImportRow {
    int line = 0;
    Participant participant;
    bool roleGiven = false; // the file names the person's role; otherwise an existing role stays
    std::vector<ImportProblem> problems;
};

enum class DuplicateAction { Merge, AddAsNew, Skip };

struct DuplicateMatch {
    std::size_t row = 0;   // index into ImportPlan::rows
    qint64 existingId = 0; // a person already in the database …
    int earlierRow = -1;   // … or an earlier row of the same file
    DuplicateReason reason = DuplicateReason::SameEmail;
    QString otherName; // the name of the person matched, for display
    DuplicateAction action = DuplicateAction::Merge;
};

struct FileHeader {
    int recordIndex = 0; // index of the header in RegistrationFile::records
    int line = 0;
    QStringList headers;
};

struct ImportPlan {
    QString path;
    RegistrationSource source = RegistrationSource::Spreadsheet;
    FileHeader header;
    ColumnMapping mapping;
    QString mappingProblem; // set when the mapping cannot work at all (no name column)
    std::vector<ImportRow> rows;
    std::vector<DuplicateMatch> duplicates;

    int rowsWithProblems() const;
    std::vector<ImportProblem> problems() const;
    const DuplicateMatch *duplicateOf(std::size_t row) const;
};

FileHeader findHeader(const RegistrationFile &file);

// Reads every row with the mapping and looks for duplicates among `existing` (the database's
// people) and earlier rows. Changes nothing.
ImportPlan planImport(const RegistrationFile &file, const ColumnMapping &mapping, const ImportOptions &options,
                      const std::vector<Participant> &existing);

// "line 7, column 6 “Sex”: “Fmale” is not …"
QString describe(const ImportProblem &problem);
// Every problem of the plan, one per line, at most `limit` of them and a count of the rest.
QString describeProblems(const ImportPlan &plan, int limit = 20);

// What an existing record becomes when an imported row is merged into it: empty fields are
// filled, aliases, addresses and languages are added, the imported name is kept as an alias,
// consent is taken when the record had none.
Participant mergeParticipants(const Participant &existing, const Participant &incoming);

enum class ProblemRows { Refuse, Skip };

struct ImportOutcome {
    int added = 0;
    int merged = 0;
    int skippedDuplicates = 0;
    int skippedProblemRows = 0;
    std::vector<qint64> participantIds; // everyone the import put on the roster
};

// Writes the plan into the workshop's roster in one transaction. With problem rows and
// ProblemRows::Refuse nothing is written and the error lists the problems.
Expected<ImportOutcome> commitImport(Store &store, qint64 workshopId, const ImportPlan &plan, ProblemRows problemRows);

} // namespace sala
