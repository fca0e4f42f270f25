#include "attendance/attendancestore.h"

#include "attendance/attendancesummary.h"
#include "plan/schedule.h"
#include "roster/attendance.h"
#include "store/planstore.h"
#include "store/sqlerror.h"
#include "store/store.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace sala {
namespace {

// Strings of this file in their own translation context (a plain tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::AttendanceStore)
};

// "2026-03-10T06:29:40Z" into `out`, written by hand from the seconds since the epoch (the
// civil-date algorithm of Howard Hinnant's "chrono-compatible low-level date algorithms"): a large
// import stores two per stay, and QDateTime's own conversions cost more than the rest of the row.
// False for a year without four digits.
template <typename Char>
bool writeUtc(const QDateTime &when, Char (&out)[20])
{
    const qint64 msecs = when.toMSecsSinceEpoch();
    const qint64 secs = msecs >= 0 ? msecs / 1000 : (msecs - 999) / 1000;
    const qint64 days = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
    const int secondOfDay = int(secs - days * 86400);
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
    if (year < 0 || year > 9999)
        return false;
    const auto put = [&out](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            out[at + i] = Char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    out[4] = Char('-');
    put(5, month, 2);
    out[7] = Char('-');
    put(8, day, 2);
    out[10] = Char('T');
    put(11, secondOfDay / 3600, 2);
    out[13] = Char(':');
    put(14, secondOfDay / 60 % 60, 2);
    out[16] = Char(':');
    put(17, secondOfDay % 60, 2);
    out[19] = Char('Z');
    return true;
}

QString utcText(const QDateTime &when)
{
    char16_t buffer[20];
    if (!writeUtc(when, buffer))
        return when.toUTC().toString(Qt::ISODate);
    return QString::fromUtf16(buffer, 20);
}

QDateTime timeFromText(const QString &text)
{
    // The form utcText writes, read without the general ISO parser.
    if (text.size() == 20 && text[4] == u'-' && text[10] == u'T' && text[19] == u'Z') {
        const auto number = [&text](int from, int digits) {
            int value = 0;
            for (int i = from; i < from + digits; ++i) {
                const int digit = text[i].unicode() - u'0';
                if (digit < 0 || digit > 9)
                    return -1;
                value = value * 10 + digit;
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::utc());
    }
    return QDateTime::fromString(text, Qt::ISODate).toUTC();
}

QVariant optionalTime(const std::optional<QDateTime> &when)
{
    return when ? QVariant(utcText(*when)) : QVariant(QMetaType(QMetaType::QString));
}

std::optional<QDateTime> optionalTimeFrom(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDateTime when = timeFromText(value.toString());
    return when.isValid() ? std::optional<QDateTime>(when) : std::nullopt;
}

// The SQLite connection under Qt SQL's.
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// Binds a time as the text utcText writes, without a QString on the way. `buffer` and
// `fallback` must outlive the step.
void bindUtc(sqlite3_stmt *statement, int index, const QDateTime &when, char (&buffer)[20], QByteArray &fallback)
{
    if (writeUtc(when, buffer)) {
        sqlite3_bind_text(statement, index, buffer, 20, nullptr); // nullptr: SQLITE_STATIC
        return;
    }
    fallback = utcText(when).toUtf8();
    sqlite3_bind_text(statement, index, fallback.constData(), int(fallback.size()), nullptr);
}

// Text as Qt SQL binds it (UTF-16, never NULL: the text columns are NOT NULL); `text` must
// outlive the step.
void bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_text(statement, index, "", 0, nullptr);
    else
        sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * qsizetype(sizeof(char16_t))), nullptr);
}

// The error Qt SQL gives for a failed step, so that messages stay the same.
Error sqliteError(sqlite3 *handle, int code, const QString &what)
{
    return sqlError(QSqlError(QStringLiteral("Unable to fetch row"), QString::fromUtf8(sqlite3_errmsg(handle)),
                              QSqlError::StatementError, QString::number(code)),
                    what);
}

// Runs a statement whose values are bound, and makes it ready for the next ones.
Status stepOnce(sqlite3 *handle, sqlite3_stmt *statement, const QString &what)
{
    const int stepped = sqlite3_step(statement);
    if (stepped != SQLITE_DONE) {
        Error error = sqliteError(handle, stepped, what);
        sqlite3_reset(statement);
        return error;
    }
    sqlite3_reset(statement);
    return success();
}

// One statement of an insert, prepared once and run for many rows; finalized when it goes.
using PreparedRows = std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)>;

Status insertIntervals(QSqlDatabase db, const std::vector<std::pair<qint64, const StoredIdentity *>> &identities)
{
    // A 100,000-row export is mostly stays. Through Qt SQL each value of each stay was a QVariant
    // and each time a UTF-16 string that SQLite converted again, which cost more than SQLite's
    // insert: the stays go through SQLite's own interface instead, on the same connection and in
    // the same transaction, with the times written as UTF-8 in place. Many rows per statement
    // still pay: each run of a statement opens its cursors (the table, its key, the identities
    // for the foreign key) once.
    constexpr int batch = 400;
    const QString what = Text::tr("save the stays");
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return sqlError(db.lastError(), what);
    const auto failure = [handle, &what](int code) { return sqliteError(handle, code, what); };
    const auto prepare = [handle](int rows, PreparedRows &into) {
        QByteArray sql("INSERT INTO attendance_interval (identity_id, position, started_at, ended_at) VALUES (?, ?, ?, ?)");
        for (int i = 1; i < rows; ++i)
            sql += ", (?, ?, ?, ?)";
        sqlite3_stmt *prepared = nullptr;
        const int code = sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &prepared, nullptr);
        into.reset(prepared);
        return code;
    };

    struct Row {
        qint64 identity;
        int position;
        const TimeInterval *interval;
    };
    std::vector<Row> pending;
    pending.reserve(batch);
    struct Times {
        char started[20];
        char ended[20];
        QByteArray startedFallback, endedFallback;
    };
    std::vector<Times> times(batch);
    // Writes the pending rows through `statement`, which has exactly that many.
    const auto write = [&](sqlite3_stmt *statement) -> Status {
        int at = 1;
        for (std::size_t i = 0; i < pending.size(); ++i) {
            sqlite3_bind_int64(statement, at++, pending[i].identity);
            sqlite3_bind_int(statement, at++, pending[i].position);
            bindUtc(statement, at++, pending[i].interval->first, times[i].started, times[i].startedFallback);
            bindUtc(statement, at++, pending[i].interval->second, times[i].ended, times[i].endedFallback);
        }
        return stepOnce(handle, statement, what);
    };
    PreparedRows full(nullptr, sqlite3_finalize);
    for (const auto &[id, identity] : identities) {
        int position = 0;
        for (const TimeInterval &interval : identity->intervals) {
            pending.push_back({id, position++, &interval});
            if (pending.size() < std::size_t(batch))
                continue;
            if (!full)
                if (const int code = prepare(batch, full); code != SQLITE_OK)
                    return failure(code);
            if (Status s = write(full.get()); !s)
                return s;
            pending.clear();
        }
    }
    if (pending.empty())
        return success();
    PreparedRows rest(nullptr, sqlite3_finalize);
    if (const int code = prepare(int(pending.size()), rest); code != SQLITE_OK)
        return failure(code);
    return write(rest.get());
}

// Stays closer than a reconnect are one stay, as within a file.
std::vector<TimeInterval> unite(std::vector<TimeInterval> intervals)
{
    std::sort(intervals.begin(), intervals.end());
    std::vector<TimeInterval> merged;
    for (const TimeInterval &interval : intervals) {
        if (!merged.empty() && merged.back().second.secsTo(interval.first) <= reconnectGapSeconds)
            merged.back().second = std::max(merged.back().second, interval.second);
        else
            merged.push_back(interval);
    }
    return merged;
}

int howRank(const QString &how)
{
    static const QStringList order{QStringLiteral("email"), QStringLiteral("alias"), QStringLiteral("name"),
                                   QStringLiteral("confirmed"), QStringLiteral("added")};
    const qsizetype index = order.indexOf(how);
    return index < 0 ? int(order.size()) : int(index);
}

// The stays a live check-in shows: from each arrival to the next "left", the last one to the
// scheduled end.
std::map<qint64, std::vector<TimeInterval>> checkInStays(const std::vector<AttendanceEvent> &events, const QDateTime &scheduledEnd)
{
    std::map<qint64, std::optional<QDateTime>> open;
    std::map<qint64, std::vector<TimeInterval>> stays;
    for (const AttendanceEvent &e : events) {
        auto &since = open[e.participantId];
        stays[e.participantId]; // present in the map even without a stay
        if (e.kind == AttendanceKind::Left) {
            if (since && *since < e.at)
                stays[e.participantId].emplace_back(*since, e.at);
            since.reset();
        } else if (!since) {
            since = e.at;
        }
    }
    for (const auto &[participant, since] : open)
        if (since && scheduledEnd.isValid() && *since < scheduledEnd)
            stays[participant].emplace_back(*since, scheduledEnd);
    return stays;
}

} // namespace

QString alreadyImportedMessage(const QString &fileName, const StoredImport &earlier)
{
    const QString when = QLocale().toString(earlier.importedAt.toLocalTime(), QLocale::ShortFormat);
    if (earlier.fileName == fileName)
        return Text::tr("“%1” was already imported into this session on %2. Import it as a replacement to review it again.")
            .arg(fileName, when);
    return Text::tr("“%1” is the same file as “%2”, imported into this session on %3. Import it as a replacement to review it "
                    "again.")
        .arg(fileName, earlier.fileName, when);
}

Status AttendanceImportStore::insert(StoredImport &import)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    auto earlier = importOfFile(import.sessionId, import.sha256);
    if (!earlier)
        return earlier.error();
    if (earlier.value())
        return Error{ErrorCode::InvalidData, alreadyImportedMessage(import.fileName, *earlier.value())};

    const QString what = Text::tr("save the attendance of “%1”").arg(import.fileName);
    if (!import.importedAt.isValid())
        import.importedAt = QDateTime::currentDateTimeUtc();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO attendance_import (session_id, file_name, platform, layout, sha256, time_zone, date_order, imported_at, "
        "meeting_title, meeting_id, meeting_start, meeting_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(import.sessionId);
    query.addBindValue(textValue(import.fileName));
    query.addBindValue(textValue(import.platform));
    query.addBindValue(textValue(import.layout));
    query.addBindValue(QString::fromLatin1(import.sha256));
    query.addBindValue(textValue(import.timeZone));
    query.addBindValue(textValue(import.dateOrder));
    query.addBindValue(utcText(import.importedAt));
    query.addBindValue(textValue(import.meetingTitle));
    query.addBindValue(textValue(import.meetingId));
    query.addBindValue(optionalTime(import.meetingStart));
    query.addBindValue(optionalTime(import.meetingEnd));
    if (Status s = exec(query, what); !s)
        return s;
    import.id = query.lastInsertId().toLongLong();

    // Through SQLite's own interface, as the stays (insertIntervals).
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return sqlError(db.lastError(), what);
    const char *const sql =
        "INSERT INTO attendance_identity (import_id, identity_key, name, email, participant_id, matched_how, "
        "match_reason, seconds, totals_only, first_join, last_leave) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    sqlite3_stmt *prepared = nullptr;
    const int code = sqlite3_prepare_v2(handle, sql, -1, &prepared, nullptr);
    const PreparedRows identity(prepared, sqlite3_finalize);
    if (code != SQLITE_OK)
        return sqliteError(handle, code, what);
    char firstJoin[20];
    char lastLeave[20];
    QByteArray firstFallback, lastFallback;
    std::vector<std::pair<qint64, const StoredIdentity *>> withIds;
    withIds.reserve(import.identities.size());
    for (StoredIdentity &person : import.identities) {
        sqlite3_bind_int64(prepared, 1, import.id);
        bindText(prepared, 2, person.key);
        bindText(prepared, 3, person.name);
        bindText(prepared, 4, person.email);
        if (person.participantId > 0)
            sqlite3_bind_int64(prepared, 5, person.participantId);
        else
            sqlite3_bind_null(prepared, 5);
        bindText(prepared, 6, person.matchedHow);
        bindText(prepared, 7, person.reason);
        sqlite3_bind_int64(prepared, 8, std::max<qint64>(0, person.seconds));
        sqlite3_bind_int(prepared, 9, person.totalsOnly ? 1 : 0);
        if (person.firstJoin)
            bindUtc(prepared, 10, *person.firstJoin, firstJoin, firstFallback);
        else
            sqlite3_bind_null(prepared, 10);
        if (person.lastLeave)
            bindUtc(prepared, 11, *person.lastLeave, lastLeave, lastFallback);
        else
            sqlite3_bind_null(prepared, 11);
        if (Status s = stepOnce(handle, prepared, what); !s)
            return s;
        person.id = sqlite3_last_insert_rowid(handle);
        withIds.emplace_back(person.id, &person);
    }
    if (Status s = insertIntervals(db, withIds); !s)
        return s;
    return transaction.commit();
}

Status AttendanceImportStore::remove(const std::vector<qint64> &importIds)
{
    QSqlDatabase db = m_store.database();
    Transaction transaction(db);
    if (!transaction.active())
        return transaction.startError();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM attendance_import WHERE id = ?"));
    for (const qint64 id : importIds) {
        query.addBindValue(id);
        if (Status s = exec(query, Text::tr("remove an attendance import")); !s)
            return s;
    }
    return transaction.commit();
}

Expected<std::optional<StoredImport>> AttendanceImportStore::importOfFile(qint64 sessionId, const QByteArray &sha256) const
{
    auto found = readImports(QStringLiteral("session_id = ? AND sha256 = ?"), {sessionId, QString::fromLatin1(sha256)}, false);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<StoredImport>();
    return std::optional<StoredImport>(found->front());
}

Expected<std::vector<StoredImport>> AttendanceImportStore::importsOf(qint64 sessionId) const
{
    return readImports(QStringLiteral("session_id = ?"), {sessionId}, true);
}

Expected<std::vector<StoredImport>> AttendanceImportStore::readImports(const QString &where, const QVariantList &binds,
                                                                       bool withIdentities) const
{
    const QString what = Text::tr("read the attendance imports");
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, session_id, file_name, platform, layout, sha256, time_zone, date_order, imported_at, "
                       "meeting_title, meeting_id, meeting_start, meeting_end FROM attendance_import WHERE ")
        + where + QStringLiteral(" ORDER BY id"));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (Status s = exec(query, what); !s)
        return s.error();
    std::vector<StoredImport> imports;
    std::unordered_map<qint64, std::size_t> byId;
    while (query.next()) {
        StoredImport i;
        i.id = query.value(0).toLongLong();
        i.sessionId = query.value(1).toLongLong();
        i.fileName = query.value(2).toString();
        i.platform = query.value(3).toString();
        i.layout = query.value(4).toString();
        i.sha256 = query.value(5).toString().toLatin1();
        i.timeZone = query.value(6).toString();
        i.dateOrder = query.value(7).toString();
        i.importedAt = timeFromText(query.value(8).toString());
        i.meetingTitle = query.value(9).toString();
        i.meetingId = query.value(10).toString();
        i.meetingStart = optionalTimeFrom(query.value(11));
        i.meetingEnd = optionalTimeFrom(query.value(12));
        byId[i.id] = imports.size();
        imports.push_back(std::move(i));
    }
    if (!withIdentities || imports.empty())
        return imports;

    const QString inImports = QStringLiteral("SELECT id FROM attendance_import WHERE ") + where;
    QSqlQuery people(m_store.database());
    people.setForwardOnly(true);
    people.prepare(QStringLiteral("SELECT id, import_id, identity_key, name, email, participant_id, matched_how, match_reason, "
                                  "seconds, totals_only, first_join, last_leave FROM attendance_identity WHERE import_id IN (")
                   + inImports + QStringLiteral(") ORDER BY import_id, id"));
    for (const QVariant &value : binds)
        people.addBindValue(value);
    if (Status s = exec(people, what); !s)
        return s.error();
    std::unordered_map<qint64, std::pair<std::size_t, std::size_t>> identityAt;
    while (people.next()) {
        StoredIdentity p;
        p.id = people.value(0).toLongLong();
        const std::size_t owner = byId.at(people.value(1).toLongLong());
        p.key = people.value(2).toString();
        p.name = people.value(3).toString();
        p.email = people.value(4).toString();
        p.participantId = people.value(5).isNull() ? 0 : people.value(5).toLongLong();
        p.matchedHow = people.value(6).toString();
        p.reason = people.value(7).toString();
        p.seconds = people.value(8).toLongLong();
        p.totalsOnly = people.value(9).toInt() != 0;
        p.firstJoin = optionalTimeFrom(people.value(10));
        p.lastLeave = optionalTimeFrom(people.value(11));
        identityAt[p.id] = {owner, imports[owner].identities.size()};
        imports[owner].identities.push_back(std::move(p));
    }

    QSqlQuery stays(m_store.database());
    stays.setForwardOnly(true);
    stays.prepare(QStringLiteral("SELECT identity_id, started_at, ended_at FROM attendance_interval WHERE identity_id IN "
                                 "(SELECT id FROM attendance_identity WHERE import_id IN (")
                  + inImports + QStringLiteral(")) ORDER BY identity_id, position"));
    for (const QVariant &value : binds)
        stays.addBindValue(value);
    if (Status s = exec(stays, what); !s)
        return s.error();
    while (stays.next()) {
        const auto found = identityAt.find(stays.value(0).toLongLong());
        if (found == identityAt.end())
            continue;
        const auto [owner, index] = found->second;
        imports[owner].identities[index].intervals.emplace_back(timeFromText(stays.value(1).toString()),
                                                                timeFromText(stays.value(2).toString()));
    }
    return imports;
}

Status AttendanceImportStore::addAlias(qint64 participantId, const QString &alias)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO participant_alias (participant_id, alias) VALUES (?, ?) "
                                 "ON CONFLICT (participant_id, alias) DO NOTHING"));
    query.addBindValue(participantId);
    query.addBindValue(alias);
    return exec(query, Text::tr("save the alias “%1”").arg(alias));
}

Status AttendanceImportStore::removeAlias(qint64 participantId, const QString &alias)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM participant_alias WHERE participant_id = ? AND alias = ?"));
    query.addBindValue(participantId);
    query.addBindValue(alias);
    return exec(query, Text::tr("remove the alias “%1”").arg(alias));
}

Expected<WorkshopAttendance> loadWorkshopAttendance(Store &store, qint64 workshopId)
{
    auto workshop = PlanStore(store).loadWorkshop(workshopId);
    if (!workshop)
        return workshop.error();
    QTimeZone zone(workshop->timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();

    std::set<qint64> enrolled;
    {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("SELECT participant_id FROM enrolment WHERE workshop_id = ?"));
        query.addBindValue(workshopId);
        if (Status s = exec(query, Text::tr("read the roster")); !s)
            return s.error();
        while (query.next())
            enrolled.insert(query.value(0).toLongLong());
    }

    AttendanceImportStore imports(store);
    AttendanceStore checkIns(store);
    WorkshopAttendance result;
    result.workshopId = workshopId;
    for (const Session &session : workshop->sessions) {
        SessionAttendanceRecord record;
        record.sessionId = session.id;
        record.title = session.title;
        const Schedule schedule = computeSchedule(session, zone);
        record.scheduledStart = schedule.start.toUTC();
        QDateTime end = schedule.end;
        if (session.targetEnd) {
            end = QDateTime(session.date, *session.targetEnd, zone);
            if (end <= schedule.start)
                end = end.addDays(1);
        }
        record.scheduledEnd = end.toUTC();
        record.scheduledSeconds = std::max<qint64>(0, record.scheduledStart.secsTo(record.scheduledEnd));

        auto stored = imports.importsOf(session.id);
        if (!stored)
            return stored.error();
        struct Person {
            std::vector<TimeInterval> intervals;
            std::map<qint64, qint64> totalsByImport; // the largest total of each file: two devices count once
            QString how;
            bool inExport = false;
        };
        std::map<qint64, Person> people;
        for (const StoredImport &import : stored.value()) {
            if (!record.sourceFiles.contains(import.fileName))
                record.sourceFiles << import.fileName;
            for (const StoredIdentity &identity : import.identities) {
                if (identity.matchedHow.isEmpty())
                    ++record.unmatchedIdentities;
                if (identity.participantId == 0 || !enrolled.count(identity.participantId))
                    continue;
                Person &person = people[identity.participantId];
                person.inExport = true;
                if (person.how.isEmpty() || howRank(identity.matchedHow) < howRank(person.how))
                    person.how = identity.matchedHow;
                if (identity.totalsOnly) {
                    qint64 &total = person.totalsByImport[import.id];
                    total = std::max(total, identity.seconds);
                } else {
                    person.intervals.insert(person.intervals.end(), identity.intervals.begin(), identity.intervals.end());
                }
            }
        }

        auto events = checkIns.eventsOf(session.id);
        if (!events)
            return events.error();
        const auto stays = checkInStays(events.value(), record.scheduledEnd);

        std::set<qint64> everyone;
        for (const auto &[id, person] : people)
            everyone.insert(id);
        for (const auto &[id, intervals] : stays)
            if (enrolled.count(id))
                everyone.insert(id);
        for (const qint64 id : everyone) {
            PersonSessionAttendance entry;
            entry.participantId = id;
            const auto checkedIn = stays.find(id);
            entry.checkedInLive = checkedIn != stays.end();
            const auto found = people.find(id);
            std::vector<TimeInterval> intervals;
            qint64 totals = 0;
            if (found != people.end()) {
                intervals = found->second.intervals;
                for (const auto &[import, seconds] : found->second.totalsByImport)
                    totals += seconds;
                entry.matchedHow = found->second.how;
            } else {
                intervals = checkedIn->second;
                entry.matchedHow = QStringLiteral("check-in");
            }
            entry.intervals = unite(std::move(intervals));
            for (const TimeInterval &interval : entry.intervals)
                entry.seconds += interval.first.secsTo(interval.second);
            // A session exported twice, once with stays and once with totals, must not count twice.
            entry.seconds = std::max(entry.seconds, totals);
            if (!entry.intervals.empty()) {
                entry.firstJoin = entry.intervals.front().first;
                entry.lastLeave = entry.intervals.back().second;
            }
            record.people.push_back(std::move(entry));
        }
        result.sessions.push_back(std::move(record));
    }
    return result;
}

namespace {

constexpr auto waitingColumns = "SELECT ai.id, ai.import_id, i.session_id, i.file_name, ai.identity_key, ai.name, ai.email, "
                                "ai.participant_id, ai.matched_how, ai.match_reason, ai.seconds, ai.totals_only, ai.first_join, "
                                "ai.last_leave FROM attendance_identity ai JOIN attendance_import i ON i.id = ai.import_id ";

WaitingIdentity waitingFrom(const QSqlQuery &query)
{
    WaitingIdentity w;
    w.identity.id = query.value(0).toLongLong();
    w.importId = query.value(1).toLongLong();
    w.sessionId = query.value(2).toLongLong();
    w.fileName = query.value(3).toString();
    w.identity.key = query.value(4).toString();
    w.identity.name = query.value(5).toString();
    w.identity.email = query.value(6).toString();
    w.identity.participantId = query.value(7).isNull() ? 0 : query.value(7).toLongLong();
    w.identity.matchedHow = query.value(8).toString();
    w.identity.reason = query.value(9).toString();
    w.identity.seconds = query.value(10).toLongLong();
    w.identity.totalsOnly = query.value(11).toInt() != 0;
    w.identity.firstJoin = optionalTimeFrom(query.value(12));
    w.identity.lastLeave = optionalTimeFrom(query.value(13));
    return w;
}

} // namespace

Expected<std::vector<WaitingIdentity>> AttendanceImportStore::waitingIdentities(qint64 sessionId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(waitingColumns)
                  + QStringLiteral("WHERE i.session_id = ? AND ai.matched_how = '' AND ai.identity_key NOT LIKE 'erased:%' "
                                   "ORDER BY ai.import_id, ai.id"));
    query.addBindValue(sessionId);
    if (Status s = exec(query, Text::tr("read the people waiting for review")); !s)
        return s.error();
    std::vector<WaitingIdentity> found;
    while (query.next())
        found.push_back(waitingFrom(query));
    return found;
}

Expected<WaitingIdentity> AttendanceImportStore::identity(qint64 identityId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(waitingColumns) + QStringLiteral("WHERE ai.id = ?"));
    query.addBindValue(identityId);
    if (Status s = exec(query, Text::tr("read a person of an attendance import")); !s)
        return s.error();
    if (!query.next())
        return Error{ErrorCode::NotFound,
                     Text::tr("There is no person number %1 in the imported attendance. Its import may have been removed or "
                              "imported again; list the people waiting for review again.")
                         .arg(identityId)};
    return waitingFrom(query);
}

Expected<std::map<qint64, int>> AttendanceImportStore::waitingPeopleBySession(qint64 workshopId) const
{
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT i.session_id, count(DISTINCT ai.identity_key) FROM attendance_identity ai "
                                 "JOIN attendance_import i ON i.id = ai.import_id JOIN session s ON s.id = i.session_id "
                                 "WHERE s.workshop_id = ? AND ai.matched_how = '' AND ai.identity_key NOT LIKE 'erased:%' "
                                 "GROUP BY i.session_id"));
    query.addBindValue(workshopId);
    if (Status s = exec(query, Text::tr("count the people waiting for review")); !s)
        return s.error();
    std::map<qint64, int> counts;
    while (query.next())
        counts[query.value(0).toLongLong()] = query.value(1).toInt();
    return counts;
}

Status AttendanceImportStore::setMatch(qint64 identityId, qint64 participantId, const QString &matchedHow, const QString &reason)
{
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("UPDATE attendance_identity SET participant_id = ?, matched_how = ?, match_reason = ? WHERE id = ?"));
    query.addBindValue(participantId > 0 ? QVariant(participantId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(textValue(matchedHow));
    query.addBindValue(textValue(reason));
    query.addBindValue(identityId);
    return exec(query, Text::tr("save the match of a person in the imported attendance"));
}

} // namespace sala
