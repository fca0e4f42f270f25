#include "rostercommands.h"

#include "domain/names.h"
#include "clisupport.h"
#include "exitcodes.h"
#include "roster/columnmapping.h"
#include "roster/registrationfile.h"
#include "roster/rosterexport.h"
#include "roster/rosterimport.h"
#include "roster/rosternames.h"
#include "roster/rostersettingsstore.h"
#include "store/backup.h"
#include "store/migrator.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTimeZone>

#include <optional>

namespace sala::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

int fail(const RosterRequest &request, const Error &error)
{
    return reportFailure(request.err, error);
}

int usage(const RosterRequest &request, const QString &message)
{
    return reportUsage(request.err, message);
}

std::optional<qint64> idOption(const RosterRequest &request, const QString &name, QString &problem)
{
    if (!request.parser.isSet(name)) {
        problem = Text::tr("--%1 is required").arg(name);
        return std::nullopt;
    }
    const QString value = request.parser.value(name);
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    problem = Text::tr("--%1 needs a number such as 3, not “%2”").arg(name, value);
    return std::nullopt;
}

// Dry runs and `show` only read; everything else may write.
Expected<std::unique_ptr<Store>> openStore(const RosterRequest &request, bool readOnly)
{
    auto store = Store::open(request.databasePath, readOnly ? Store::Mode::ReadOnly : Store::Mode::ReadWrite);
    if (!store)
        return store.error();
    if (readOnly && store.value()->schemaVersion() < Migrator::latestVersion())
        return Error{ErrorCode::Usage,
                     Text::tr("“%1” was written by an older Sala and has no roster details yet. Open it once in "
                              "Sala, or run the command without --dry-run, to upgrade it.")
                         .arg(nativePath(store.value()->path()))};
    return store;
}

QString duplicateActionName(DuplicateAction action)
{
    switch (action) {
    case DuplicateAction::Merge: return Text::tr("merge");
    case DuplicateAction::AddAsNew: return Text::tr("add as a separate person");
    case DuplicateAction::Skip: return Text::tr("skip");
    }
    return {};
}

// The mapping asked for by --mapping: a saved mapping's name, or a source's key (google-forms,
// microsoft-forms, eventbrite, kobotoolbox, spreadsheet) for that source's suggestions.
Expected<ColumnMapping> chooseMapping(const RosterRequest &request, Store &store, const FileHeader &header,
                                      RegistrationSource detected)
{
    RosterSettingsStore settings(store);
    if (request.parser.isSet(QStringLiteral("mapping"))) {
        const QString name = request.parser.value(QStringLiteral("mapping"));
        auto saved = settings.mapping(name);
        if (!saved)
            return saved.error();
        if (saved->has_value()) {
            const SavedMapping &m = *saved.value();
            return applySavedMapping(m.columns, header.headers, suggestMapping(header.headers, m.source));
        }
        if (const auto source = registrationSourceFromKey(name))
            return suggestMapping(header.headers, *source);
        QStringList names{QStringLiteral("google-forms"), QStringLiteral("microsoft-forms"), QStringLiteral("eventbrite"),
                          QStringLiteral("kobotoolbox"), QStringLiteral("spreadsheet")};
        if (auto all = settings.mappings(); all.ok())
            for (const SavedMapping &m : all.value())
                if (!names.contains(m.name))
                    names << m.name;
        return Error{ErrorCode::Usage,
                     Text::tr("there is no mapping named “%1”; use one of: %2").arg(name, names.join(QStringLiteral(", ")))};
    }
    const ColumnMapping suggested = suggestMapping(header.headers, detected);
    auto remembered = settings.latestMappingFor(detected);
    if (remembered.ok() && remembered->has_value())
        return applySavedMapping(remembered.value()->columns, header.headers, suggested);
    return suggested;
}

int importFile(const RosterRequest &request, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usage(request, Text::tr("roster import needs exactly one registration file"));
    QString problem;
    const auto workshopId = idOption(request, QStringLiteral("workshop"), problem);
    if (!workshopId)
        return usage(request, problem + Text::tr("; sala-cli plan list shows the workshop numbers"));
    const bool dryRun = request.parser.isSet(QStringLiteral("dry-run"));
    const bool skipInvalid = request.parser.isSet(QStringLiteral("skip-invalid"));
    std::optional<DuplicateAction> forced;
    if (request.parser.isSet(QStringLiteral("duplicates"))) {
        const QString value = request.parser.value(QStringLiteral("duplicates"));
        if (value == u"merge")
            forced = DuplicateAction::Merge;
        else if (value == u"new")
            forced = DuplicateAction::AddAsNew;
        else if (value == u"skip")
            forced = DuplicateAction::Skip;
        else
            return usage(request, Text::tr("--duplicates must be merge, new or skip, not “%1”").arg(value));
    }

    const QString &path = arguments.first();
    auto file = readRegistrationFile(path, request.parser.value(QStringLiteral("sheet")));
    if (!file)
        return fail(request, file.error());

    auto opened = openStore(request, dryRun);
    if (!opened)
        return fail(request, opened.error());
    Store &store = *opened.value();
    auto workshop = PlanStore(store).loadWorkshop(*workshopId);
    if (!workshop)
        return fail(request, Error{ErrorCode::NotFound, Text::tr("There is no workshop with number %1; sala-cli plan list shows "
                                                                 "the numbers.")
                                                            .arg(*workshopId)});

    const FileHeader header = findHeader(file.value());
    const RegistrationSource detected = detectSource(header.headers);
    auto mapping = chooseMapping(request, store, header, detected);
    if (!mapping) {
        if (mapping.error().code == ErrorCode::Usage)
            return usage(request, mapping.error().message);
        return fail(request, mapping.error());
    }
    auto existing = RosterStore(store).liveParticipants();
    if (!existing)
        return fail(request, existing.error());
    ImportOptions options;
    options.zone = QTimeZone(workshop->timeZone.toUtf8());
    if (!options.zone.isValid())
        options.zone = QTimeZone::utc();
    ImportPlan plan = planImport(file.value(), mapping.value(), options, existing.value());
    if (forced)
        for (DuplicateMatch &match : plan.duplicates)
            match.action = *forced;

    QTextStream &out = request.out;
    out << Text::tr("%1: %2, %3 layout, header on line %4, %5.")
               .arg(nativePath(path), describeFile(file.value()), displayName(plan.source))
               .arg(plan.header.line)
               .arg(Text::tr("%n row(s)", nullptr, int(plan.rows.size())))
        << Qt::endl;
    out << Text::tr("Columns:") << Qt::endl;
    for (int i = 0; i < plan.header.headers.size(); ++i)
        if (plan.mapping.at(i) != ImportField::Ignore)
            out << Text::tr("  %1 “%2” → %3")
                       .arg(i + 1)
                       .arg(plan.header.headers[i].simplified().left(60), displayName(plan.mapping.at(i)))
                << Qt::endl;
    if (!plan.mappingProblem.isEmpty())
        return fail(request, Error{ErrorCode::InvalidData, Text::tr("%1: %2").arg(nativePath(path), plan.mappingProblem)});

    for (const ImportProblem &p : plan.problems())
        request.err << Text::tr("%1: %2").arg(nativePath(path), describe(p)) << Qt::endl;
    for (const DuplicateMatch &match : plan.duplicates) {
        const ImportRow &row = plan.rows[match.row];
        const QString other =
            match.existingId != 0
                ? Text::tr("participant %1 “%2”").arg(match.existingId).arg(match.otherName)
                : Text::tr("line %1 “%2”").arg(plan.rows[std::size_t(match.earlierRow)].line).arg(match.otherName);
        out << Text::tr("Duplicate: line %1 “%2” matches %3 (%4) → %5")
                   .arg(row.line)
                   .arg(row.participant.name, other, describe(match.reason), duplicateActionName(match.action))
            << Qt::endl;
    }
    const int withProblems = plan.rowsWithProblems();
    if (withProblems > 0 && !skipInvalid) {
        request.err << Text::tr("sala-cli: %n row(s) of %1 have problems, so nothing was imported. Fix them in the file, or add "
                                "--skip-invalid to import the other rows.",
                                nullptr, withProblems)
                           .arg(nativePath(path))
                    << Qt::endl;
        return InvalidInput;
    }
    if (dryRun) {
        int merges = 0;
        int skips = 0;
        for (const DuplicateMatch &match : plan.duplicates) {
            merges += match.action == DuplicateAction::Merge ? 1 : 0;
            skips += match.action == DuplicateAction::Skip ? 1 : 0;
        }
        const int rows = int(plan.rows.size()) - withProblems;
        out << Text::tr("Dry run: %1 would be added, %2 merged into existing records, %3 skipped; nothing was changed.")
                   .arg(rows - merges - skips)
                   .arg(merges)
                   .arg(skips + withProblems)
            << Qt::endl;
        return Ok;
    }
    auto outcome = commitImport(store, *workshopId, plan, skipInvalid ? ProblemRows::Skip : ProblemRows::Refuse);
    if (!outcome)
        return fail(request, outcome.error());
    SavedMapping remembered{key(plan.source), plan.source, mappingToJson(plan.header.headers, plan.mapping), {}};
    if (Status s = RosterSettingsStore(store).saveMapping(remembered); !s)
        request.err
            << Text::tr("sala-cli: the import worked, but the column mapping could not be remembered: %1").arg(s.error().message)
            << Qt::endl;
    out << Text::tr(
               "Imported into workshop %1 “%2”: %3 added, %4 merged into existing records, %5 duplicate(s) skipped, %6 row(s) "
               "with problems skipped.")
               .arg(*workshopId)
               .arg(workshop->title)
               .arg(outcome->added)
               .arg(outcome->merged)
               .arg(outcome->skippedDuplicates)
               .arg(outcome->skippedProblemRows)
        << Qt::endl;
    return Ok;
}

int exportRosterFile(const RosterRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("roster export takes no file name; give it with --out"));
    QString problem;
    const auto workshopId = idOption(request, QStringLiteral("workshop"), problem);
    if (!workshopId)
        return usage(request, problem + Text::tr("; sala-cli plan list shows the workshop numbers"));
    const QString formatName = request.parser.value(QStringLiteral("format"));
    const auto format = rosterExportFormatFromKey(formatName);
    if (!request.parser.isSet(QStringLiteral("format")) || !format)
        return usage(request, Text::tr("roster export needs --format csv or --format json"));
    if (!request.parser.isSet(QStringLiteral("out")))
        return usage(request, Text::tr("roster export needs --out FILE"));
    const QString path = QFileInfo(request.parser.value(QStringLiteral("out"))).absoluteFilePath();
    if (QFileInfo::exists(path) && !request.parser.isSet(QStringLiteral("force")))
        return fail(request,
                    Error{ErrorCode::Io, Text::tr("“%1” already exists; add --force to replace it, or choose another name.")
                                             .arg(nativePath(path))});
    auto store = openStore(request, false);
    if (!store)
        return fail(request, store.error());
    if (auto workshop = PlanStore(*store.value()).loadWorkshop(*workshopId); !workshop)
        return fail(request, Error{ErrorCode::NotFound, Text::tr("There is no workshop with number %1; sala-cli plan list shows "
                                                                 "the numbers.")
                                                            .arg(*workshopId)});
    auto outcome = exportRoster(*store.value(), *workshopId, *format, path, QStringLiteral("cli"));
    if (!outcome)
        return fail(request, outcome.error());
    request.out << Text::tr("Wrote %1 to %2; the export is recorded in the personal data log.")
                       .arg(Text::tr("%n participant(s)", nullptr, outcome->people), nativePath(path))
                << Qt::endl;
    if (outcome->withoutConsent > 0)
        request.out << Text::tr("%n of them have not given consent; they are marked “NO CONSENT” in the file.", nullptr,
                                outcome->withoutConsent)
                    << Qt::endl;
    return Ok;
}

int erase(const RosterRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("roster erase takes only --participant ID"));
    QString problem;
    const auto participantId = idOption(request, QStringLiteral("participant"), problem);
    if (!participantId)
        return usage(request, problem);
    auto store = openStore(request, false);
    if (!store)
        return fail(request, store.error());
    auto person = RosterStore(*store.value()).participant(*participantId);
    if (!person)
        return fail(request, person.error());
    if (person->erasedAt) {
        request.out << Text::tr("The personal data of participant %1 was already erased on %2.")
                           .arg(*participantId)
                           .arg(person->erasedAt->toString(Qt::ISODate))
                    << Qt::endl;
        return Ok;
    }
    auto outcome = RosterStore(*store.value()).erase(*participantId, QStringLiteral("cli"));
    if (!outcome)
        return fail(request, outcome.error());
    request.out << Text::tr("Erased the personal data of participant %1 from %2. Counts by sex, country, organization type and "
                            "attendance are kept without the person.")
                       .arg(*participantId)
                       .arg(nativePath(store.value()->path()))
                << Qt::endl;
    const QStringList backups = backupsBeside(store.value()->path());
    if (!backups.isEmpty())
        request.out << Text::tr("Backups made before now still hold the data; delete them if they are no longer needed: %1")
                           .arg(backups.join(QStringLiteral(", ")))
                    << Qt::endl;
    return Ok;
}

int show(const RosterRequest &request, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usage(request, Text::tr("roster show takes only --participant ID"));
    QString problem;
    const auto participantId = idOption(request, QStringLiteral("participant"), problem);
    if (!participantId)
        return usage(request, problem);
    const QString format = request.parser.value(QStringLiteral("format"));
    if (format != u"json" && format != u"text")
        return usage(request, Text::tr("--format must be json or text, not “%1”").arg(format));
    auto store = openStore(request, true);
    if (!store)
        return fail(request, store.error());
    if (format == u"json") {
        auto bytes = accessRequestJson(*store.value(), *participantId, QDateTime::currentDateTimeUtc());
        if (!bytes)
            return fail(request, bytes.error());
        request.out << QString::fromUtf8(bytes.value());
        request.out.flush();
        return Ok;
    }
    auto person = RosterStore(*store.value()).participant(*participantId);
    if (!person)
        return fail(request, person.error());
    const Participant &p = person.value();
    QTextStream &out = request.out;
    if (p.erasedAt) {
        out << Text::tr("Participant %1: personal data erased on %2. Kept: %3, %4, %5, age %6.")
                   .arg(p.id)
                   .arg(p.erasedAt->toString(Qt::ISODate), displayName(p.sex), countryName(p.country),
                        displayName(p.organizationType), displayName(p.ageBand))
            << Qt::endl;
        return Ok;
    }
    auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out << QStringLiteral("%1 %2").arg(label, -22).arg(value) << Qt::endl;
    };
    line(Text::tr("Participant:"), QString::number(p.id));
    line(Text::tr("Name:"), p.name);
    line(Text::tr("Preferred name:"), p.preferredName);
    line(Text::tr("Also known as:"), p.aliases.join(QStringLiteral("; ")));
    line(Text::tr("Email:"), (QStringList{p.email} + p.otherEmails).join(QStringLiteral("; ")));
    line(Text::tr("Phone:"), p.phone);
    line(Text::tr("Organization:"), p.organization);
    line(Text::tr("Organization type:"), displayName(p.organizationType));
    line(Text::tr("Country:"), countryName(p.country));
    line(Text::tr("Sex:"), displayName(p.sex));
    line(Text::tr("Age band:"), displayName(p.ageBand));
    line(Text::tr("Employees:"), p.employees ? QString::number(*p.employees) : QString());
    line(Text::tr("Sector:"), p.sector);
    line(Text::tr("Languages:"), p.languages.join(QStringLiteral(", ")));
    line(Text::tr("Interpretation:"), p.needsInterpretation ? Text::tr("needed") : QString());
    line(Text::tr("Notes:"), p.notes);
    line(Text::tr("Consent:"), p.consentGiven
                                   ? Text::tr("given %1, notice %2, for %3")
                                         .arg(p.consentAt ? p.consentAt->toString(Qt::ISODate) : Text::tr("(time not recorded)"),
                                              p.consentNotice.isEmpty() ? Text::tr("(not recorded)") : p.consentNotice,
                                              p.consentPurposes.join(QStringLiteral(", ")))
                                   : Text::tr("NOT GIVEN"));
    line(Text::tr("Source:"), p.source);
    return Ok;
}

} // namespace

int runRosterCommand(const RosterRequest &request)
{
    QStringList words = request.words;
    if (words.isEmpty())
        return usage(request, Text::tr("roster needs a subcommand: import, export, erase or show"));
    const QString sub = words.takeFirst();
    if (sub == u"import")
        return importFile(request, words);
    if (sub == u"export")
        return exportRosterFile(request, words);
    if (sub == u"erase")
        return erase(request, words);
    if (sub == u"show")
        return show(request, words);
    return usage(request, Text::tr("unknown roster subcommand “%1”").arg(sub));
}

} // namespace sala::cli
