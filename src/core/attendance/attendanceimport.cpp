#include "attendance/attendanceimport.h"

#include "attendance/attendancereader.h"
#include "attendance/attendancestore.h"
#include "attendance/exportidentity.h"
#include "store/planstore.h"
#include "store/rosterstore.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <unordered_map>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceImport)
};

constexpr int maximumOtherNames = 6;

// Wall-clock readings of one zone turned into UTC. A zone's offset changes at most once in an
// hour, so an hour whose start and end have the same offset is looked up once: a large export has
// two readings per stay, nearly all within a few hours.
class ToUtc final {
public:
    explicit ToUtc(const QTimeZone &zone) : m_zone(zone) {}

    QDateTime operator()(const QDateTime &wallClock)
    {
        const qint64 msecs = wallClock.toMSecsSinceEpoch(); // the reading, as if it were UTC
        const qint64 hour = msecs >= 0 ? msecs / 3'600'000 : (msecs - 3'599'999) / 3'600'000;
        auto found = m_offsets.find(hour);
        if (found == m_offsets.end())
            found = m_offsets.emplace(hour, steadyOffset(hour)).first;
        if (!found->second) // a change of offset within this hour: exact, the slow way
            return QDateTime(wallClock.date(), wallClock.time(), m_zone).toUTC();
        // Qt::UTC rather than QTimeZone::utc(): the same instant without building a zone and a
        // shared copy of it for each of the 200,000 times of a large export.
        return QDateTime::fromMSecsSinceEpoch(msecs - qint64(*found->second) * 1000, Qt::UTC);
    }
    std::optional<QDateTime> operator()(const std::optional<QDateTime> &wallClock)
    {
        return wallClock ? std::optional<QDateTime>((*this)(*wallClock)) : std::nullopt;
    }

private:
    std::optional<int> steadyOffset(qint64 hour) const
    {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(hour * 3'600'000, QTimeZone::utc());
        const QDateTime end = start.addSecs(3599);
        const int first = QDateTime(start.date(), start.time(), m_zone).offsetFromUtc();
        const int last = QDateTime(end.date(), end.time(), m_zone).offsetFromUtc();
        return first == last ? std::optional<int>(first) : std::nullopt;
    }

    QTimeZone m_zone;
    std::unordered_map<qint64, std::optional<int>> m_offsets;
};

QString dateOrderKey(const std::optional<DateOrder> &order)
{
    if (!order)
        return {};
    return *order == DateOrder::DayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy");
}

// Teams Live Events reports give UTC by the vendor's definition; every other layout gives the
// wall clock of the account that exported it.
bool layoutIsUtc(const QString &layout)
{
    return exportLayoutFromKey(layout) == ExportLayout::TeamsLiveEvents;
}

StoredIdentity storedIdentity(const AttendanceImportIdentity &identity, const IdentityDecision &decision, qint64 participantId,
                              const QString &fileName, ToUtc &inUtc)
{
    StoredIdentity stored;
    stored.key = identity.summary.key;
    stored.name = identity.summary.name;
    stored.email = identity.summary.email;
    stored.seconds = identity.summary.seconds;
    stored.totalsOnly = identity.summary.totalsOnly;
    stored.firstJoin = inUtc(identity.summary.firstJoin);
    stored.lastLeave = inUtc(identity.summary.lastLeave);
    stored.intervals.reserve(identity.summary.intervals.size());
    for (const auto &[start, end] : identity.summary.intervals)
        stored.intervals.emplace_back(inUtc(start), inUtc(end));

    const IdentityMatch &match = identity.match;
    switch (decision.resolution) {
    case IdentityResolution::Automatic:
        if (match.isApplied()) {
            stored.participantId = match.participantId;
            stored.matchedHow = key(match.rule);
            stored.reason = match.reason;
        } else if (match.rule == MatchRule::Fuzzy) {
            stored.reason = Text::tr("proposed: %1").arg(match.reason);
        }
        break;
    case IdentityResolution::Participant:
        stored.participantId = participantId;
        stored.matchedHow = QStringLiteral("confirmed");
        stored.reason = match.participantId == participantId && match.rule != MatchRule::None
                            ? Text::tr("confirmed by the trainer: %1").arg(match.reason)
                            : Text::tr("chosen by the trainer");
        break;
    case IdentityResolution::AddToRoster:
        stored.participantId = participantId;
        stored.matchedHow = QStringLiteral("added");
        stored.reason = Text::tr("added to the roster from “%1”").arg(fileName);
        break;
    case IdentityResolution::Ignore:
        stored.matchedHow = QStringLiteral("ignored");
        stored.reason = Text::tr("ignored by the trainer");
        break;
    }
    return stored;
}

} // namespace

Expected<AttendanceImport> newAttendanceImport(Store &store, qint64 sessionId)
{
    PlanStore plans(store);
    auto workshopId = plans.workshopOfSession(sessionId);
    if (!workshopId)
        return workshopId.error();
    auto workshop = plans.loadWorkshop(workshopId.value());
    if (!workshop)
        return workshop.error();
    AttendanceImport import;
    import.workshopId = workshop->id;
    import.sessionId = sessionId;
    import.timeZone = workshop->timeZone;
    for (const Session &session : workshop->sessions)
        if (session.id == sessionId)
            import.sessionDate = session.date;
    return import;
}

Expected<IdentityMatcher> rosterMatcher(Store &store, qint64 workshopId)
{
    auto roster = RosterStore(store).participantsOf(workshopId);
    if (!roster)
        return roster.error();
    return IdentityMatcher(roster.value());
}

Expected<AttendanceImportFile> readImportFile(const QString &path, const ExportReadOptions &options,
                                              const IdentityMatcher &matcher)
{
    auto file = readAttendanceExport(path, options);
    if (!file)
        return file.error();
    AttendanceImportFile prepared = prepareImportFile(std::move(file).value(), matcher, options.dateOrder);
    prepared.path = path;
    return prepared;
}

AttendanceImportFile prepareImportFile(AttendanceExport file, const IdentityMatcher &matcher, std::optional<DateOrder> dateOrder)
{
    AttendanceImportFile prepared;
    prepared.path = file.fileName;
    prepared.rowCount = int(file.rows.size());
    prepared.dateOrder = dateOrder;

    // The other names each person showed: Zoom's display name beside the original name.
    QHash<QString, QStringList> others;
    // A row written exactly like an earlier one adds no other name: most rows of a large export
    // are the same people again, and their keys need not be made again. Rows are told apart by a
    // hash of what they show and compared when the hashes meet.
    std::unordered_map<std::size_t, const ExportRow *> seen;
    seen.reserve(file.rows.size() / 8);
    for (const ExportRow &row : file.rows) {
        const std::size_t shown = qHashMulti(0, row.name, row.originalName, row.email);
        const auto [earlier, first] = seen.try_emplace(shown, &row);
        if (!first && earlier->second->name == row.name && earlier->second->originalName == row.originalName
            && earlier->second->email == row.email)
            continue;
        const QString name = identityName(row, file.platform);
        const QString email = identityEmail(row, file.platform);
        if (name.trimmed().isEmpty() && email.isEmpty())
            continue;
        QStringList &list = others[identityKey(name, email)];
        for (const QString &candidate : {row.name, row.originalName}) {
            const QString trimmed = candidate.trimmed();
            if (!trimmed.isEmpty() && trimmed != name.trimmed() && !list.contains(trimmed) && list.size() < maximumOtherNames)
                list << trimmed;
        }
    }
    for (IdentitySummary &summary : summarize(file)) {
        AttendanceImportIdentity identity;
        identity.otherNames = others.value(summary.key);
        if (!summary.key.startsWith(u"row:"))
            identity.match = matcher.match({summary.name, identity.otherNames, summary.email});
        identity.summary = std::move(summary);
        prepared.identities.push_back(std::move(identity));
    }
    file.rows.clear();
    file.rows.shrink_to_fit();
    prepared.file = std::move(file);
    return prepared;
}

std::vector<AttendanceReviewItem> reviewItems(const AttendanceImport &import)
{
    std::vector<AttendanceReviewItem> items;
    QHash<QString, std::size_t> byKey;
    for (const AttendanceImportFile &file : import.files) {
        for (const AttendanceImportIdentity &identity : file.identities) {
            auto found = byKey.constFind(identity.summary.key);
            if (found == byKey.constEnd()) {
                found = byKey.insert(identity.summary.key, items.size());
                AttendanceReviewItem item;
                item.key = identity.summary.key;
                item.name = identity.summary.name;
                item.email = identity.summary.email;
                item.otherNames = identity.otherNames;
                item.match = identity.match;
                items.push_back(std::move(item));
            }
            AttendanceReviewItem &item = items[*found];
            item.seconds += identity.summary.seconds;
            ++item.files;
            for (const QString &name : identity.otherNames)
                if (!item.otherNames.contains(name))
                    item.otherNames << name;
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(items.begin(), items.end(), [&collator](const AttendanceReviewItem &a, const AttendanceReviewItem &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return items;
}

QStringList newAliases(const Participant &participant, const QString &name, const QStringList &otherNames)
{
    QStringList known;
    for (const QString &text : QStringList{participant.name, participant.preferredName} + participant.aliases)
        if (const QString normalized = normalizedPersonName(text); !normalized.isEmpty())
            known << normalized;
    QStringList aliases;
    for (const QString &text : QStringList{name} + otherNames) {
        const QString written = text.trimmed();
        // A phone's name would match whoever uses that phone model next.
        if (written.isEmpty() || written.contains(u'@') || withoutDeviceName(written) != written)
            continue;
        const QString normalized = normalizedPersonName(written);
        if (normalized.isEmpty() || known.contains(normalized))
            continue;
        known << normalized;
        aliases << written;
    }
    return aliases;
}

Status checkAttendanceImport(Store &store, const AttendanceImport &import)
{
    if (import.files.empty())
        return Error{ErrorCode::Usage, Text::tr("There is no file to import.")};
    // Only the zones of the time zone database: QTimeZone also takes POSIX rules such as
    // "Bangkok", which would silently mean UTC.
    if (import.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(import.timeZone.toUtf8()))
        return Error{ErrorCode::InvalidData, Text::tr("“%1” is not a time zone Sala knows. Use a name such as Asia/Bangkok, "
                                                      "Asia/Manila or Asia/Kuala_Lumpur.")
                                                 .arg(import.timeZone)};
    for (std::size_t i = 0; i < import.files.size(); ++i)
        for (std::size_t j = i + 1; j < import.files.size(); ++j)
            if (import.files[i].file.sha256 == import.files[j].file.sha256)
                return Error{ErrorCode::InvalidData,
                             Text::tr("“%1” and “%2” are the same file. Import it once.")
                                 .arg(QFileInfo(import.files[i].path).fileName(), QFileInfo(import.files[j].path).fileName())};
    AttendanceImportStore imports(store);
    if (!import.replaceEarlier) {
        for (const AttendanceImportFile &file : import.files) {
            auto earlier = imports.importOfFile(import.sessionId, file.file.sha256);
            if (!earlier)
                return earlier.error();
            if (earlier.value())
                return Error{ErrorCode::InvalidData, alreadyImportedMessage(QFileInfo(file.path).fileName(), *earlier.value())};
        }
    }
    return success();
}

Expected<AttendanceImportOutcome> importAttendance(Store &store, const AttendanceImport &import)
{
    if (Status s = checkAttendanceImport(store, import); !s)
        return s.error();
    const QTimeZone zone(import.timeZone.toUtf8());

    Transaction transaction(store.database());
    if (!transaction.active())
        return transaction.startError();
    AttendanceImportStore imports(store);
    AttendanceImportOutcome outcome;
    for (const AttendanceImportFile &file : import.files) {
        auto earlier = imports.importOfFile(import.sessionId, file.file.sha256);
        if (!earlier)
            return earlier.error();
        if (!earlier.value())
            continue;
        auto all = imports.importsOf(import.sessionId);
        if (!all)
            return all.error();
        for (const StoredImport &stored : all.value())
            if (stored.id == earlier.value()->id)
                outcome.replaced.push_back(stored);
        if (Status s = imports.remove({earlier.value()->id}); !s)
            return s.error();
    }

    RosterStore rosters(store);
    std::map<qint64, Participant> byId;
    if (!import.decisions.empty()) { // the roster is needed only for the trainer's decisions
        auto roster = rosters.participantsOf(import.workshopId);
        if (!roster)
            return roster.error();
        for (const Participant &p : roster.value())
            byId[p.id] = p;
    }

    std::map<QString, qint64> chosen; // identity key → participant, for the trainer's decisions
    const QString firstFile = QFileInfo(import.files.front().path).fileName();
    const std::vector<AttendanceReviewItem> items = import.decisions.empty() ? std::vector<AttendanceReviewItem>()
                                                                             : reviewItems(import);
    for (const AttendanceReviewItem &item : items) {
        const auto decision = import.decisions.find(item.key);
        if (decision == import.decisions.end())
            continue;
        if (decision->second.resolution == IdentityResolution::AddToRoster) {
            std::vector<Participant> people(1);
            Participant &p = people.front();
            p.name = item.name.trimmed().isEmpty() ? item.email : item.name.trimmed();
            p.email = item.email;
            p.source = Text::tr("attendance export “%1”").arg(firstFile);
            if (Status s = rosters.insertParticipants(people, import.workshopId); !s)
                return s.error();
            chosen[item.key] = p.id;
            byId[p.id] = p;
            outcome.addedParticipants.push_back(p.id);
        } else if (decision->second.resolution == IdentityResolution::Participant) {
            const qint64 id = decision->second.participantId;
            const auto person = byId.find(id);
            if (person == byId.end() || person->second.erasedAt)
                return Error{ErrorCode::NotFound, Text::tr("“%1” was matched to participant %2, who is not on this workshop’s "
                                                           "roster. Pick someone on the roster and import again.")
                                                      .arg(item.name)
                                                      .arg(id)};
            chosen[item.key] = id;
            for (const QString &alias : newAliases(person->second, item.name, item.otherNames)) {
                if (Status s = imports.addAlias(id, alias); !s)
                    return s.error();
                person->second.aliases << alias;
                outcome.addedAliases.emplace_back(id, alias);
            }
        }
    }

    for (const AttendanceImportFile &file : import.files) {
        const bool utc = layoutIsUtc(file.file.layout);
        ToUtc inUtc(utc ? QTimeZone::utc() : zone);
        StoredImport stored;
        stored.sessionId = import.sessionId;
        stored.fileName = QFileInfo(file.path).fileName();
        stored.platform = key(file.file.platform);
        stored.layout = file.file.layout;
        stored.sha256 = file.file.sha256;
        stored.timeZone = utc ? QStringLiteral("UTC") : import.timeZone;
        stored.dateOrder = dateOrderKey(file.dateOrder);
        stored.meetingTitle = file.file.meeting.title;
        stored.meetingId = file.file.meeting.id;
        stored.meetingStart = inUtc(file.file.meeting.start);
        stored.meetingEnd = inUtc(file.file.meeting.end);
        stored.identities.reserve(file.identities.size());
        for (const AttendanceImportIdentity &identity : file.identities) {
            const auto decision = import.decisions.find(identity.summary.key);
            const IdentityDecision choice = decision == import.decisions.end() ? IdentityDecision{} : decision->second;
            const auto participant = chosen.find(identity.summary.key);
            StoredIdentity person = storedIdentity(identity, choice, participant == chosen.end() ? 0 : participant->second,
                                                   stored.fileName, inUtc);
            if (person.participantId > 0)
                ++outcome.matched;
            else if (person.matchedHow == u"ignored")
                ++outcome.ignored;
            else
                ++outcome.waiting;
            stored.identities.push_back(std::move(person));
        }
        if (Status s = imports.insert(stored); !s)
            return s.error();
        outcome.importIds.push_back(stored.id);
    }
    if (Status s = transaction.commit(); !s)
        return s.error();
    return outcome;
}

Status undoAttendanceImport(Store &store, const AttendanceImportOutcome &outcome)
{
    Transaction transaction(store.database());
    if (!transaction.active())
        return transaction.startError();
    AttendanceImportStore imports(store);
    if (Status s = imports.remove(outcome.importIds); !s)
        return s;
    for (const auto &[participant, alias] : outcome.addedAliases)
        if (Status s = imports.removeAlias(participant, alias); !s)
            return s;
    RosterStore rosters(store);
    for (const qint64 id : outcome.addedParticipants)
        if (Status s = rosters.deleteParticipant(id); !s)
            return s;
    for (StoredImport earlier : outcome.replaced) {
        earlier.id = 0;
        for (StoredIdentity &identity : earlier.identities)
            identity.id = 0;
        if (Status s = imports.insert(earlier); !s)
            return s;
    }
    return transaction.commit();
}

} // namespace sala
