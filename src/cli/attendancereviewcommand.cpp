#include "attendancereviewcommand.h"

#include "attendance/attendancestore.h"
#include "attendance/storedreview.h"
#include "clisupport.h"
#include "exitcodes.h"
#include "store/rosterstore.h"
#include "store/store.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sala::cli {
namespace {

// Strings of this file in their own translation context (a plain tr() helper would file them
// under the namespace for lupdate and look them up elsewhere at run time).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

using json = nlohmann::ordered_json;

// A positive number from an option, or 0 with the usage error printed.
qint64 numberOption(const AttendanceReviewRequest &request, const QString &name, const QString &hint, int &exit)
{
    const QCommandLineParser &parser = request.parser;
    if (!parser.isSet(name)) {
        exit = reportUsage(request.err, hint);
        return 0;
    }
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        exit = reportUsage(request.err, Text::tr("--%1 needs a number such as 3, not “%2”").arg(name, parser.value(name)));
        return 0;
    }
    return value;
}

QString proposalText(const StoredReviewItem &stored, const std::map<qint64, QString> &names)
{
    const IdentityMatch &m = stored.item.match;
    const auto name = names.find(m.participantId);
    const QString who = name == names.end() ? QString::number(m.participantId) : name->second;
    if (m.isApplied())
        return Text::tr("now matches %1 (participant %2): %3").arg(who).arg(m.participantId).arg(m.reason);
    if (m.rule == MatchRule::Fuzzy)
        return Text::tr("proposed: %1 (participant %2): %3").arg(who).arg(m.participantId).arg(m.reason);
    return Text::tr("not on the roster");
}

} // namespace

int runAttendanceUnmatched(const AttendanceReviewRequest &request)
{
    int exit = Ok;
    const qint64 sessionId = numberOption(request, QStringLiteral("session"),
                                          Text::tr(
                                              "attendance unmatched needs --session ID; sala-cli plan list shows the numbers"),
                                          exit);
    if (sessionId == 0)
        return exit;
    const QString format = request.parser.isSet(QStringLiteral("format")) ? request.parser.value(QStringLiteral("format"))
                                                                          : QStringLiteral("text");
    if (format != u"text" && format != u"json")
        return reportUsage(request.err, Text::tr("attendance unmatched writes text or json, not “%1”").arg(format));

    auto opened = Store::open(request.databasePath);
    if (!opened)
        return reportFailure(request.err, opened.error());
    Store &store = *opened.value();
    auto items = storedReviewItems(store, sessionId);
    if (!items) {
        if (items.error().code == ErrorCode::NotFound)
            return reportFailure(request.err, {ErrorCode::NotFound, Text::tr("There is no session with number %1; sala-cli plan "
                                                                             "list shows the numbers.")
                                                                        .arg(sessionId)});
        return reportFailure(request.err, items.error());
    }
    std::map<qint64, QString> names;
    if (auto people = RosterStore(store).liveParticipants())
        for (const Participant &p : people.value())
            names[p.id] = p.name;

    if (format == u"json") {
        json list = json::array();
        for (const StoredReviewItem &stored : items.value()) {
            const IdentityMatch &m = stored.item.match;
            json entry;
            entry["id"] = stored.identityIds.front();
            entry["identities"] = stored.identityIds;
            entry["name"] = stored.item.name.toStdString();
            entry["email"] = stored.item.email.isEmpty() ? json(nullptr) : json(stored.item.email.toStdString());
            entry["minutes"] = (stored.item.seconds + 30) / 60;
            if (m.rule == MatchRule::None) {
                entry["proposal"] = nullptr;
            } else {
                json proposal;
                proposal["participant"] = m.participantId;
                proposal["rule"] = key(m.rule).toStdString();
                proposal["reason"] = m.reason.toStdString();
                entry["proposal"] = proposal;
            }
            list.push_back(entry);
        }
        json root;
        root["session"] = sessionId;
        root["unmatched"] = list;
        request.out << QString::fromStdString(root.dump(2)) << Qt::endl;
        return Ok;
    }

    if (items->empty()) {
        request.out << Text::tr("Everyone in the attendance imported into session %1 is matched, added or ignored.").arg(sessionId)
                    << Qt::endl;
        return Ok;
    }
    request.out << Text::tr("%n people in the attendance of session %1 are not matched to the roster:", nullptr,
                            int(items->size()))
                       .arg(sessionId)
                << Qt::endl;
    request.out << Text::tr("id\tname\te-mail\tminutes\tproposal") << Qt::endl;
    for (const StoredReviewItem &stored : items.value())
        request.out << stored.identityIds.front() << u'\t' << stored.item.name << u'\t' << stored.item.email << u'\t'
                    << (stored.item.seconds + 30) / 60 << u'\t' << proposalText(stored, names) << Qt::endl;
    request.out << Text::tr("Match one with: sala-cli attendance match --identity ID --participant PID (or --ignore).")
                << Qt::endl;
    return Ok;
}

int runAttendanceMatch(const AttendanceReviewRequest &request)
{
    int exit = Ok;
    const qint64 identityId = numberOption(
        request, QStringLiteral("identity"),
        Text::tr("attendance match needs --identity ID; sala-cli attendance unmatched --session ID lists them"), exit);
    if (identityId == 0)
        return exit;
    const bool ignore = request.parser.isSet(QStringLiteral("ignore"));
    const bool pick = request.parser.isSet(QStringLiteral("participant"));
    if (ignore == pick)
        return reportUsage(request.err, Text::tr("attendance match needs either --participant PID or --ignore"));
    qint64 participantId = 0;
    if (pick) {
        participantId = numberOption(request, QStringLiteral("participant"), QString(), exit);
        if (participantId == 0)
            return exit;
    }

    auto opened = Store::open(request.databasePath);
    if (!opened)
        return reportFailure(request.err, opened.error());
    Store &store = *opened.value();
    auto identity = AttendanceImportStore(store).identity(identityId);
    if (!identity)
        return reportFailure(request.err, identity.error());
    // The same person named by other files of the session is decided with it, as in the app.
    StoredDecision decision;
    decision.identityIds = {identityId};
    IdentityMatch found;
    auto items = storedReviewItems(store, identity->sessionId);
    if (!items)
        return reportFailure(request.err, items.error());
    for (const StoredReviewItem &stored : items.value())
        if (std::find(stored.identityIds.begin(), stored.identityIds.end(), identityId) != stored.identityIds.end()) {
            decision.identityIds = stored.identityIds;
            found = stored.item.match;
        }
    if (ignore)
        decision.decision = {IdentityResolution::Ignore, 0};
    else if (found.isApplied() && found.participantId == participantId)
        decision.decision = {IdentityResolution::Automatic, 0}; // Sala's own e-mail, alias or name match
    else
        decision.decision = {IdentityResolution::Participant, participantId};

    auto resolution = resolveStoredIdentities(store, {decision});
    if (!resolution)
        return reportFailure(request.err, resolution.error());
    const QString who = identity->identity.name.isEmpty() ? identity->identity.email : identity->identity.name;
    if (ignore)
        request.out << Text::tr("Ignored “%1” in session %2.").arg(who).arg(identity->sessionId) << Qt::endl;
    else
        request.out
            << Text::tr("Matched “%1” in session %2 to participant %3.").arg(who).arg(identity->sessionId).arg(participantId)
            << Qt::endl;
    for (const auto &[participant, alias] : resolution->addedAliases)
        request.out << Text::tr("  saved “%1” as an alias of participant %2").arg(alias).arg(participant) << Qt::endl;
    return Ok;
}

} // namespace sala::cli
