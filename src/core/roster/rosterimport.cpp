#include "roster/rosterimport.h"

#include "domain/names.h"
#include "roster/valueparsers.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <map>
#include <optional>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::RosterImport)
};

QString quoted(const QString &text)
{
    const QString shown = text.size() > 60 ? text.left(57) + QStringLiteral("…") : text;
    return Text::tr("“%1”").arg(shown);
}

// The role a row sets: only when the file names one, so that importing a file without roles
// again leaves the facilitators and interpreters as they were.
std::optional<ParticipantRole> roleOf(const ImportRow &row)
{
    return row.roleGiven ? std::optional<ParticipantRole>(row.participant.role) : std::nullopt;
}

QString allowedSexes()
{
    return Text::tr("female, male, another or not stated");
}

// Everything one row says, gathered per field before it is read.
struct RowValues {
    std::map<ImportField, std::vector<std::pair<int, QString>>> byField; // column index, text

    const std::vector<std::pair<int, QString>> &of(ImportField field) const
    {
        static const std::vector<std::pair<int, QString>> none;
        auto it = byField.find(field);
        return it == byField.end() ? none : it->second;
    }
    // The first non-empty value and its column, or an empty text and the first column.
    std::pair<int, QString> first(ImportField field) const
    {
        const auto &values = of(field);
        for (const auto &v : values)
            if (!v.second.trimmed().isEmpty())
                return {v.first, v.second.trimmed()};
        return {values.empty() ? -1 : values.front().first, QString()};
    }
};

class RowReader {
public:
    RowReader(const FileHeader &header, const ColumnMapping &mapping, const ImportOptions &options,
              const std::map<int, DateOrder> &dateOrders, RegistrationSource source)
        : m_header(header), m_mapping(mapping), m_options(options), m_dateOrders(dateOrders), m_source(source)
    {
    }

    ImportRow read(const CsvRecord &record) const
    {
        ImportRow row;
        row.line = record.line;
        RowValues values;
        for (int column = 0; column < record.cells.size(); ++column) {
            const QString &cell = record.cells[column];
            if (column >= m_header.headers.size()) {
                if (!cell.trimmed().isEmpty())
                    problem(row, column,
                            Text::tr("this row has more cells than the header has columns (%1 instead of %2); "
                                     "a delimiter or quote inside a cell may be broken")
                                .arg(record.cells.size())
                                .arg(m_header.headers.size()));
                continue;
            }
            const ImportField field = m_mapping.at(column);
            if (field != ImportField::Ignore)
                values.byField[field].emplace_back(column, cell);
        }
        Participant &p = row.participant;
        p.source = m_options.sourceLabel;

        // Several name columns (first name, last name) are joined as they stand in the file.
        QStringList nameParts;
        for (const auto &[column, text] : values.of(ImportField::Name))
            if (!text.trimmed().isEmpty())
                nameParts << text.simplified();
        p.name = nameParts.join(u' ');
        if (p.name.isEmpty()) {
            const int column = values.first(ImportField::Name).first;
            problem(row, column, Text::tr("there is no name in this row; fill it in or skip the row"));
        }
        p.preferredName = values.first(ImportField::PreferredName).second.simplified();
        for (const auto &[column, text] : values.of(ImportField::Alias)) {
            const QString alias = text.simplified();
            if (!alias.isEmpty() && alias != p.name && !p.aliases.contains(alias))
                p.aliases << alias;
        }

        for (const auto &[column, text] : values.of(ImportField::Email)) {
            for (const QString &address : splitEmails(text)) {
                // Microsoft Forms writes "anonymous" when the form did not ask who answered.
                if (address.compare(u"anonymous", Qt::CaseInsensitive) == 0)
                    continue;
                if (!isPlausibleEmail(address)) {
                    problem(row, column, Text::tr("%1 is not an email address").arg(quoted(address)));
                    continue;
                }
                if (p.email.isEmpty())
                    p.email = address;
                else if (address.compare(p.email, Qt::CaseInsensitive) != 0
                         && !p.otherEmails.contains(address, Qt::CaseInsensitive))
                    p.otherEmails << address;
            }
        }
        p.phone = values.first(ImportField::Phone).second.simplified();
        p.organization = values.first(ImportField::Organization).second.simplified();
        p.sector = values.first(ImportField::Sector).second.simplified();

        if (const auto [column, text] = values.first(ImportField::OrganizationType); !text.isEmpty()) {
            if (const auto type = parseOrganizationType(text))
                p.organizationType = *type;
            else
                problem(row, column,
                        Text::tr("%1 is not an organization type Sala knows; use enterprise, BDS provider, "
                                 "employers' organization, business association, NGO, government or other")
                            .arg(quoted(text)));
        }
        if (const auto [column, text] = values.first(ImportField::Country); !text.isEmpty()) {
            if (const auto country = parseCountry(text))
                p.country = *country;
            else
                problem(row, column,
                        Text::tr("%1 is not a country Sala knows; write its English name or its two-letter "
                                 "code such as KH, LA, MY, PH or TH")
                            .arg(quoted(text)));
        }
        if (const auto [column, text] = values.first(ImportField::Sex); !text.isEmpty()) {
            if (const auto sex = parseSex(text))
                p.sex = *sex;
            else
                problem(row, column, Text::tr("%1 is not one of %2").arg(quoted(text), allowedSexes()));
        }
        if (const auto [column, text] = values.first(ImportField::Role); !text.isEmpty()) {
            if (const auto role = parseParticipantRole(text)) {
                p.role = *role;
                row.roleGiven = true;
            } else {
                problem(row, column,
                        Text::tr("%1 is not a role Sala knows; write participant, facilitator (or co-facilitator, "
                                 "trainer), interpreter or observer (or producer, host), or leave it empty")
                            .arg(quoted(text)));
            }
        }
        if (const auto [column, text] = values.first(ImportField::AgeBand); !text.isEmpty()) {
            if (const auto band = parseAgeBand(text))
                p.ageBand = *band;
            else
                problem(row, column, Text::tr("%1 is not an age or an age band such as 25–34").arg(quoted(text)));
        }
        if (const auto [column, text] = values.first(ImportField::Employees); !text.isEmpty()) {
            if (const auto count = parseEmployees(text))
                p.employees = count->value;
            else
                problem(row, column,
                        Text::tr("%1 is not a number of employees; write a number such as 12 or a range "
                                 "such as 10–49")
                            .arg(quoted(text)));
        }
        for (const auto &[column, text] : values.of(ImportField::Languages)) {
            if (text.trimmed().isEmpty())
                continue;
            if (const auto languages = parseLanguages(text)) {
                for (const QString &code : *languages)
                    if (!p.languages.contains(code))
                        p.languages << code;
            } else {
                problem(row, column,
                        Text::tr("%1 holds a language Sala does not know; write language names such as Thai, "
                                 "Khmer, English or codes such as th, km, en, separated by commas")
                            .arg(quoted(text)));
            }
        }
        if (const auto [column, text] = values.first(ImportField::NeedsInterpretation); !text.isEmpty()) {
            if (const auto yes = parseYesNo(text))
                p.needsInterpretation = *yes;
            else
                problem(row, column, Text::tr("%1 is neither yes nor no").arg(quoted(text)));
        }
        QStringList notes;
        const auto &noteValues = values.of(ImportField::Notes);
        for (const auto &[column, text] : noteValues) {
            if (text.trimmed().isEmpty())
                continue;
            notes << (noteValues.size() > 1 ? Text::tr("%1: %2").arg(m_header.headers[column].trimmed(), text.trimmed())
                                            : text.trimmed());
        }
        p.notes = notes.join(u'\n');

        if (const auto [column, text] = values.first(ImportField::ConsentGiven); column >= 0) {
            if (const auto given = parseConsent(text))
                p.consentGiven = *given;
            else
                problem(row, column, Text::tr("%1 is neither a yes nor a no to the consent question").arg(quoted(text)));
        }
        if (p.consentGiven) {
            if (const auto [column, text] = values.first(ImportField::ConsentAt); !text.isEmpty()) {
                const auto order = m_dateOrders.find(column);
                const QTimeZone zone = isUtcColumn(column) ? QTimeZone::utc() : m_options.zone;
                const auto when = parseDateTime(text, order == m_dateOrders.end() ? DateOrder::MonthFirst : order->second, zone);
                if (when)
                    p.consentAt = when->toUTC();
                else
                    problem(row, column,
                            Text::tr("%1 is not a date and time Sala can read; write it as 2026-03-02 14:05").arg(quoted(text)));
            }
            p.consentNotice = values.first(ImportField::ConsentNotice).second;
            if (p.consentNotice.isEmpty())
                p.consentNotice = m_options.consentNotice;
            p.consentPurposes = m_options.consentPurposes;
        }
        return row;
    }

private:
    void problem(ImportRow &row, int column, const QString &message) const
    {
        ImportProblem problem;
        problem.line = row.line;
        problem.column = column + 1;
        problem.header = column >= 0 && column < m_header.headers.size() ? m_header.headers[column].trimmed() : QString();
        problem.message = message;
        row.problems.push_back(problem);
    }

    // KoboToolbox writes its submission time in UTC without saying so.
    bool isUtcColumn(int column) const
    {
        return m_source == RegistrationSource::KoboToolbox && column >= 0 && column < m_header.headers.size()
               && m_header.headers[column].trimmed() == u"_submission_time";
    }

    const FileHeader &m_header;
    const ColumnMapping &m_mapping;
    const ImportOptions &m_options;
    const std::map<int, DateOrder> &m_dateOrders;
    RegistrationSource m_source;
};

bool namesAgree(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() || similarNames(a, b);
}

} // namespace

int ImportPlan::rowsWithProblems() const
{
    int count = 0;
    for (const ImportRow &row : rows)
        if (!row.problems.empty())
            ++count;
    return count;
}

std::vector<ImportProblem> ImportPlan::problems() const
{
    std::vector<ImportProblem> all;
    for (const ImportRow &row : rows)
        all.insert(all.end(), row.problems.begin(), row.problems.end());
    return all;
}

const DuplicateMatch *ImportPlan::duplicateOf(std::size_t row) const
{
    for (const DuplicateMatch &match : duplicates)
        if (match.row == row)
            return &match;
    return nullptr;
}

FileHeader findHeader(const RegistrationFile &file)
{
    FileHeader header;
    if (file.records.empty())
        return header;
    header.recordIndex = findHeaderRecord(file.records);
    const CsvRecord &record = file.records[std::size_t(header.recordIndex)];
    header.line = record.line;
    header.headers = record.cells;
    // Trailing empty header cells (a padded export) are not columns.
    while (!header.headers.isEmpty() && header.headers.last().trimmed().isEmpty())
        header.headers.removeLast();
    return header;
}

ImportPlan planImport(const RegistrationFile &file, const ColumnMapping &mapping, const ImportOptions &givenOptions,
                      const std::vector<Participant> &existing)
{
    ImportPlan plan;
    plan.path = file.path;
    plan.header = findHeader(file);
    plan.source = detectSource(plan.header.headers);
    plan.mapping = mapping;
    plan.mapping.fields.resize(std::size_t(plan.header.headers.size()), ImportField::Ignore);
    if (!plan.mapping.maps(ImportField::Name)) {
        plan.mappingProblem = Text::tr("No column is mapped to Name. Choose the column (or the first and last name columns) "
                                       "that holds each person's name.");
        return plan;
    }

    ImportOptions options = givenOptions;
    if (options.sourceLabel.isEmpty())
        options.sourceLabel = Text::tr("%1: %2").arg(displayName(plan.source), QFileInfo(file.path).fileName());

    const auto firstData = file.records.begin() + plan.header.recordIndex + 1;
    // Day-first or month-first is decided per column from all of its values.
    std::map<int, DateOrder> dateOrders;
    for (int column = 0; column < int(plan.mapping.fields.size()); ++column) {
        if (plan.mapping.at(column) != ImportField::ConsentAt)
            continue;
        QStringList values;
        for (auto it = firstData; it != file.records.end(); ++it)
            if (column < it->cells.size())
                values << it->cells[column];
        dateOrders[column] = chooseDateOrder(values).value_or(DateOrder::MonthFirst);
    }

    const RowReader reader(plan.header, plan.mapping, options, dateOrders, plan.source);
    plan.rows.reserve(std::size_t(file.records.end() - firstData));
    for (auto it = firstData; it != file.records.end(); ++it) {
        if (isAnnotationRecord(*it))
            continue;
        plan.rows.push_back(reader.read(*it));
    }

    DuplicateIndex known;
    for (const Participant &p : existing)
        known.add(p);
    DuplicateIndex earlier;
    std::vector<std::size_t> earlierRows;
    for (std::size_t i = 0; i < plan.rows.size(); ++i) {
        const ImportRow &row = plan.rows[i];
        if (!row.problems.empty())
            continue;
        DuplicateMatch match;
        match.row = i;
        if (const auto hit = known.find(row.participant)) {
            match.existingId = existing[hit->index].id;
            match.otherName = existing[hit->index].name;
            match.reason = hit->reason;
        } else if (const auto inFile = earlier.find(row.participant)) {
            match.earlierRow = int(earlierRows[inFile->index]);
            match.otherName = plan.rows[earlierRows[inFile->index]].participant.name;
            match.reason = inFile->reason;
        } else {
            earlier.add(row.participant);
            earlierRows.push_back(i);
            continue;
        }
        // One address shared by different people (a buyer's e-mail on every Eventbrite ticket)
        // is offered as a separate person; the user may still merge.
        if (match.reason != DuplicateReason::SimilarName && !namesAgree(match.otherName, row.participant.name))
            match.action = DuplicateAction::AddAsNew;
        if (match.action == DuplicateAction::AddAsNew && match.existingId == 0) {
            earlier.add(row.participant);
            earlierRows.push_back(i);
        }
        plan.duplicates.push_back(match);
    }
    return plan;
}

QString describe(const ImportProblem &problem)
{
    if (problem.column <= 0)
        return Text::tr("line %1: %2").arg(problem.line).arg(problem.message);
    if (problem.header.isEmpty())
        return Text::tr("line %1, column %2: %3").arg(problem.line).arg(problem.column).arg(problem.message);
    return Text::tr("line %1, column %2 “%3”: %4").arg(problem.line).arg(problem.column).arg(problem.header, problem.message);
}

QString describeProblems(const ImportPlan &plan, int limit)
{
    if (!plan.mappingProblem.isEmpty())
        return plan.mappingProblem;
    const std::vector<ImportProblem> problems = plan.problems();
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && int(i) < limit; ++i)
        lines << describe(problems[i]);
    if (int(problems.size()) > limit)
        lines << Text::tr("… and %n more problem(s)", nullptr, int(problems.size()) - limit);
    return lines.join(u'\n');
}

Participant mergeParticipants(const Participant &existing, const Participant &incoming)
{
    Participant merged = existing;
    auto fill = [](QString &target, const QString &value) {
        if (target.trimmed().isEmpty())
            target = value;
    };
    if (!incoming.name.isEmpty() && incoming.name != existing.name && !merged.aliases.contains(incoming.name))
        merged.aliases << incoming.name;
    for (const QString &alias : incoming.aliases)
        if (alias != merged.name && !merged.aliases.contains(alias))
            merged.aliases << alias;
    fill(merged.preferredName, incoming.preferredName);
    QStringList emails{incoming.email};
    emails << incoming.otherEmails;
    for (const QString &email : emails) {
        if (email.isEmpty())
            continue;
        if (merged.email.isEmpty())
            merged.email = email;
        else if (email.compare(merged.email, Qt::CaseInsensitive) != 0 && !merged.otherEmails.contains(email, Qt::CaseInsensitive))
            merged.otherEmails << email;
    }
    fill(merged.phone, incoming.phone);
    fill(merged.organization, incoming.organization);
    fill(merged.country, incoming.country);
    fill(merged.sector, incoming.sector);
    if (merged.sex == Sex::NotStated)
        merged.sex = incoming.sex;
    if (merged.ageBand == AgeBand::NotStated)
        merged.ageBand = incoming.ageBand;
    if (!merged.employees)
        merged.employees = incoming.employees;
    for (const QString &language : incoming.languages)
        if (!merged.languages.contains(language))
            merged.languages << language;
    merged.needsInterpretation = merged.needsInterpretation || incoming.needsInterpretation;
    if (!incoming.notes.isEmpty() && !merged.notes.contains(incoming.notes))
        merged.notes = merged.notes.isEmpty() ? incoming.notes : merged.notes + u'\n' + incoming.notes;
    if (!merged.consentGiven && incoming.consentGiven) {
        merged.consentGiven = true;
        merged.consentAt = incoming.consentAt;
        merged.consentNotice = incoming.consentNotice;
        merged.consentPurposes = incoming.consentPurposes;
    }
    return merged;
}

Expected<ImportOutcome> commitImport(Store &store, qint64 workshopId, const ImportPlan &plan, ProblemRows problemRows)
{
    if (!plan.mappingProblem.isEmpty())
        return Error{ErrorCode::InvalidData, plan.mappingProblem};
    const int withProblems = plan.rowsWithProblems();
    if (withProblems > 0 && problemRows == ProblemRows::Refuse)
        return Error{ErrorCode::InvalidData,
                     Text::tr("“%1” has %n row(s) with problems, so nothing was imported. Fix them in the file, or skip "
                              "those rows:\n",
                              nullptr, withProblems)
                             .arg(QDir::toNativeSeparators(plan.path))
                         + describeProblems(plan)};

    ImportOutcome outcome;
    outcome.skippedProblemRows = problemRows == ProblemRows::Skip ? withProblems : 0;
    RosterStore roster(store);
    Transaction transaction(store.database());
    if (!transaction.active())
        return transaction.startError();

    // What each row became, so that later rows can merge into it.
    std::vector<std::optional<Participant>> written(plan.rows.size());
    std::map<qint64, std::size_t> rowOfId;
    for (std::size_t i = 0; i < plan.rows.size(); ++i) {
        const ImportRow &row = plan.rows[i];
        if (!row.problems.empty())
            continue;
        const DuplicateMatch *match = plan.duplicateOf(i);
        const DuplicateAction action = match ? match->action : DuplicateAction::AddAsNew;
        if (action == DuplicateAction::Skip) {
            ++outcome.skippedDuplicates;
            continue;
        }
        if (match && action == DuplicateAction::Merge) {
            Participant target;
            if (match->existingId != 0) {
                if (auto it = rowOfId.find(match->existingId); it != rowOfId.end()) {
                    target = *written[it->second];
                } else {
                    auto loaded = roster.participant(match->existingId);
                    if (!loaded)
                        return loaded.error();
                    target = std::move(loaded.value());
                }
            } else if (match->earlierRow >= 0 && written[std::size_t(match->earlierRow)]) {
                target = *written[std::size_t(match->earlierRow)];
            } else {
                // The earlier row was skipped: this row stands on its own.
                Participant fresh = row.participant;
                if (Status s = roster.insertParticipant(fresh); !s)
                    return s.error();
                if (Status s = roster.enrol(workshopId, fresh.id, roleOf(row)); !s)
                    return s.error();
                rowOfId[fresh.id] = i;
                outcome.participantIds.push_back(fresh.id);
                written[i] = std::move(fresh);
                ++outcome.added;
                continue;
            }
            Participant merged = mergeParticipants(target, row.participant);
            if (Status s = roster.updateParticipant(merged); !s)
                return s.error();
            if (Status s = roster.enrol(workshopId, merged.id, roleOf(row)); !s)
                return s.error();
            if (std::find(outcome.participantIds.begin(), outcome.participantIds.end(), merged.id) == outcome.participantIds.end())
                outcome.participantIds.push_back(merged.id);
            // Every row that shares this record sees the merged version.
            for (auto &w : written)
                if (w && w->id == merged.id)
                    w = merged;
            rowOfId[merged.id] = i;
            written[i] = std::move(merged);
            ++outcome.merged;
            continue;
        }
        Participant fresh = row.participant;
        if (Status s = roster.insertParticipant(fresh); !s)
            return s.error();
        if (Status s = roster.enrol(workshopId, fresh.id, roleOf(row)); !s)
            return s.error();
        rowOfId[fresh.id] = i;
        outcome.participantIds.push_back(fresh.id);
        written[i] = std::move(fresh);
        ++outcome.added;
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return outcome;
}

} // namespace sala
