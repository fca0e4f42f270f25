#include "io/planjson.h"

#include "domain/names.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>

namespace sala {
namespace {

// Files are written ordered, so that members appear in the documented order. They are read
// into the plain type: ordered objects keep members in a vector whose growth copies each value
// deeply, which a deeply nested file turns into a stack overflow.
using OrderedJson = nlohmann::ordered_json;
using Json = nlohmann::json;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::PlanJson)
};

const QString timeFormat = QStringLiteral("HH:mm");
constexpr int maximumMinutes = 600; // ten hours: no single activity or round runs longer
constexpr int maximumGroups = 1000;
constexpr int maximumRounds = 100;

constexpr std::array allPlatforms{Platform::Zoom, Platform::Teams, Platform::Meet, Platform::Other};
constexpr std::array allGroupings{Grouping::HomeGroups, Grouping::NewMix, Grouping::TriosPairs, Grouping::ByLanguage,
                                  Grouping::Manual};

// ---------------------------------------------------------------------------------------------
// Writing

std::string utf8(const QString &text)
{
    return text.toStdString();
}

OrderedJson breakoutJson(const BreakoutSettings &breakout)
{
    OrderedJson json = OrderedJson::object();
    json["grouping"] = utf8(key(breakout.grouping));
    json["groupSize"] = breakout.groupSize;
    json["groupCount"] = breakout.groupCount;
    json["rounds"] = breakout.rounds;
    json["minutesPerRound"] = breakout.minutesPerRound;
    OrderedJson roles = OrderedJson::array();
    for (const QString &role : breakout.roles)
        roles.push_back(utf8(role));
    json["roles"] = std::move(roles);
    OrderedJson broadcasts = OrderedJson::array();
    for (const Broadcast &broadcast : breakout.broadcasts) {
        OrderedJson item = OrderedJson::object();
        item["minutesBeforeEnd"] = broadcast.minutesBeforeEnd;
        item["text"] = utf8(broadcast.text);
        broadcasts.push_back(std::move(item));
    }
    json["broadcasts"] = std::move(broadcasts);
    return json;
}

OrderedJson activityJson(const Activity &activity)
{
    OrderedJson json = OrderedJson::object();
    json["kind"] = utf8(key(activity.kind));
    json["title"] = utf8(activity.title);
    json["minutes"] = activity.plannedMinutes;
    json["objective"] = utf8(activity.objective);
    json["instructions"] = utf8(activity.instructions);
    json["facilitatorNotes"] = utf8(activity.facilitatorNotes);
    OrderedJson materials = OrderedJson::array();
    for (const Material &material : activity.materials) {
        OrderedJson item = OrderedJson::object();
        item["label"] = utf8(material.label);
        item["link"] = utf8(material.link);
        materials.push_back(std::move(item));
    }
    json["materials"] = std::move(materials);
    if (activity.fixedStart)
        json["fixedStart"] = utf8(activity.fixedStart->toString(timeFormat));
    json["mayShorten"] = activity.mayShorten;
    json["minimumMinutes"] = activity.minimumMinutes;
    if (activity.breakout)
        json["breakout"] = breakoutJson(*activity.breakout);
    return json;
}

OrderedJson sessionJson(const Session &session)
{
    OrderedJson json = OrderedJson::object();
    json["title"] = utf8(session.title);
    json["date"] = utf8(session.date.toString(Qt::ISODate));
    json["plannedStart"] = utf8(session.plannedStart.toString(timeFormat));
    if (session.targetEnd)
        json["targetEnd"] = utf8(session.targetEnd->toString(timeFormat));
    OrderedJson activities = OrderedJson::array();
    for (const Activity &activity : session.activities)
        activities.push_back(activityJson(activity));
    json["activities"] = std::move(activities);
    return json;
}

OrderedJson documentHead(const char *kind)
{
    OrderedJson json = OrderedJson::object();
    json["format"] = "sala-plan";
    json["version"] = planFormatVersion;
    json["kind"] = kind;
    return json;
}

QByteArray serialize(const OrderedJson &json)
{
    // Replacing ill-formed text instead of throwing keeps export total; QString always yields
    // well-formed UTF-8, so this only guards against the impossible.
    std::string text = json.dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    text += '\n';
    return QByteArray::fromStdString(text);
}

// ---------------------------------------------------------------------------------------------
// Reading

QString child(const QString &parent, const char *name)
{
    return parent + u'/' + QLatin1String(name);
}

QString child(const QString &parent, std::size_t index)
{
    return parent + u'/' + QString::number(index);
}

// A value from the file as the trainer would recognise it in their editor.
QString shown(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::array: return Text::tr("a list");
    case Json::value_t::object: return Text::tr("an object");
    case Json::value_t::string: {
        QString text = QString::fromStdString(value.get<std::string>());
        constexpr qsizetype longest = 60;
        if (text.size() > longest)
            text = text.left(longest - 1) + u'…';
        return QString::fromStdString(Json(utf8(text)).dump(-1, ' ', false, Json::error_handler_t::replace));
    }
    default: return QString::fromStdString(value.dump());
    }
}

// A JSON number with no fractional part, as JSON Schema counts integers (so 30.0 is 30).
std::optional<std::int64_t> wholeNumber(const Json &value)
{
    if (value.is_number_unsigned()) {
        const auto number = value.get<std::uint64_t>();
        if (number > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        return std::int64_t(number);
    }
    if (value.is_number_integer())
        return value.get<std::int64_t>();
    if (value.is_number_float()) {
        const double number = value.get<double>();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 1e15)
            return static_cast<std::int64_t>(number);
    }
    return std::nullopt;
}

template <typename Enum, std::size_t N>
QString keyList(const std::array<Enum, N> &values)
{
    QStringList keys;
    for (Enum value : values)
        keys << key(value);
    return keys.join(QStringLiteral(", "));
}

QString kindList()
{
    QStringList keys;
    for (ActivityKind kind : allActivityKinds())
        keys << key(kind);
    return keys.join(QStringLiteral(", "));
}

// QTimeZone alone is too lenient: it reads any bare word such as "Manila" as a POSIX rule and
// so accepts it, as a zone other than the one meant. A name Qt does not list (an alias such as
// Asia/Saigon) must at least have the IANA Area/Location shape.
bool knownZone(const QString &id)
{
    const QByteArray bytes = id.toUtf8();
    if (!QTimeZone(bytes).isValid())
        return false;
    if (QTimeZone::isTimeZoneIdAvailable(bytes))
        return true;
    const QStringList parts = id.split(u'/');
    if (parts.size() < 2)
        return false;
    for (const QString &part : parts) {
        if (part.isEmpty())
            return false;
        for (QChar c : part)
            if (c.unicode() >= 128 || !(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'+'))
                return false;
    }
    return true;
}

enum class Need { Optional, Required, NonBlank };

// Walks a parsed file, building the plan and noting every rule the file breaks on the way.
class PlanReader final {
public:
    std::vector<PlanProblem> takeProblems() { return std::move(m_problems); }

    void report(const QString &location, const QString &message) { m_problems.push_back({location, message}); }

    // A member that is absent or null counts as not given.
    static const Json *member(const Json &object, const char *name)
    {
        const auto found = object.find(name);
        if (found == object.end() || found->is_null())
            return nullptr;
        return &*found;
    }

    void missing(const QString &location, const char *name, const QString &owner)
    {
        report(location, Text::tr("%1 is missing; every %2 needs one").arg(QLatin1String(name), owner));
    }

    QString text(const Json &object, const QString &parent, const char *name, Need need, const QString &owner,
                 const QString &fallback = QStringLiteral(""))
    {
        const QString location = child(parent, name);
        const Json *value = member(object, name);
        if (!value) {
            if (need != Need::Optional)
                missing(location, name, owner);
            return fallback;
        }
        if (!value->is_string()) {
            report(location, Text::tr("%1 must be text in double quotes, not %2").arg(QLatin1String(name), shown(*value)));
            return fallback;
        }
        QString result = QString::fromStdString(value->get<std::string>());
        if (need == Need::NonBlank && result.trimmed().isEmpty())
            report(location, Text::tr("%1 is empty; every %2 needs one").arg(QLatin1String(name), owner));
        return result;
    }

    // `fallback` is the value when the member is absent; without one the member is required.
    std::optional<int> number(const Json &object, const QString &parent, const char *name, int minimum, int maximum,
                              std::optional<int> fallback, const QString &owner)
    {
        const QString location = child(parent, name);
        const Json *value = member(object, name);
        if (!value) {
            if (!fallback)
                missing(location, name, owner);
            return fallback;
        }
        const std::optional<std::int64_t> whole = wholeNumber(*value);
        if (!whole || *whole < minimum || *whole > maximum) {
            report(location, Text::tr("%1 must be a whole number between %2 and %3, not %4")
                                 .arg(QLatin1String(name), QString::number(minimum), QString::number(maximum), shown(*value)));
            return std::nullopt;
        }
        return int(*whole);
    }

    bool flag(const Json &object, const QString &parent, const char *name)
    {
        const Json *value = member(object, name);
        if (!value)
            return false;
        if (!value->is_boolean()) {
            report(child(parent, name),
                   Text::tr("%1 must be true or false (without quotes), not %2").arg(QLatin1String(name), shown(*value)));
            return false;
        }
        return value->get<bool>();
    }

    std::optional<QTime> time(const Json &object, const QString &parent, const char *name, bool required, const QString &owner)
    {
        const QString location = child(parent, name);
        const Json *value = member(object, name);
        if (!value) {
            if (required)
                missing(location, name, owner);
            return std::nullopt;
        }
        if (value->is_string()) {
            const QString text = QString::fromStdString(value->get<std::string>());
            bool shaped = text.size() == 5 && text.at(2) == u':';
            for (int i : {0, 1, 3, 4})
                shaped = shaped && text.at(i) >= u'0' && text.at(i) <= u'9';
            if (shaped) {
                const QTime result = QTime::fromString(text, timeFormat);
                if (result.isValid())
                    return result;
            }
        }
        report(location, Text::tr("time must be HH:MM (24-hour), not %1").arg(shown(*value)));
        return std::nullopt;
    }

    QDate date(const Json &object, const QString &parent, const char *name, const QString &owner)
    {
        const QString location = child(parent, name);
        const Json *value = member(object, name);
        if (!value) {
            missing(location, name, owner);
            return {};
        }
        if (value->is_string()) {
            const QString text = QString::fromStdString(value->get<std::string>());
            bool shaped = text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-';
            for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
                shaped = shaped && text.at(i) >= u'0' && text.at(i) <= u'9';
            if (shaped) {
                const QDate result = QDate::fromString(text, Qt::ISODate);
                if (!result.isValid())
                    report(location, Text::tr("date %1 does not exist in the calendar").arg(shown(*value)));
                return result;
            }
        }
        report(location, Text::tr("date must be YYYY-MM-DD, for example 2026-12-01, not %1").arg(shown(*value)));
        return {};
    }

    QString zone(const Json &object, const QString &parent, const char *name, Need need, const QString &owner)
    {
        const QString id = text(object, parent, name, need, owner);
        if (id.isEmpty())
            return id;
        if (!knownZone(id))
            report(child(parent, name), Text::tr("time zone %1 is not a known IANA time zone; use a name such as "
                                                 "\"Asia/Bangkok\" or \"Asia/Manila\"")
                                            .arg(shown(*member(object, name))));
        return id;
    }

    template <typename Enum, typename Range>
    std::optional<Enum> choice(const Json &object, const QString &parent, const char *name, const Range &values,
                               std::optional<Enum> fallback, const char *unknownMessage, const QString &allowed,
                               const QString &owner)
    {
        const QString location = child(parent, name);
        const Json *value = member(object, name);
        if (!value) {
            if (!fallback)
                missing(location, name, owner);
            return fallback;
        }
        if (value->is_string()) {
            const QString text = QString::fromStdString(value->get<std::string>());
            for (Enum candidate : values)
                if (key(candidate) == text)
                    return candidate;
        }
        report(location, Text::tr(unknownMessage).arg(shown(*value), allowed));
        return std::nullopt;
    }

    // The list's items, or nothing when the member is absent or not a list.
    const Json *list(const Json &object, const QString &parent, const char *name)
    {
        const Json *value = member(object, name);
        if (value && !value->is_array()) {
            report(child(parent, name),
                   Text::tr("%1 must be a list in square brackets [ ], not %2").arg(QLatin1String(name), shown(*value)));
            return nullptr;
        }
        return value;
    }

    bool isObject(const Json &value, const QString &location, const QString &what)
    {
        if (value.is_object())
            return true;
        report(location, Text::tr("each %1 must be an object in braces { }, not %2").arg(what, shown(value)));
        return false;
    }

    std::optional<BreakoutSettings> breakout(const Json &object, const QString &parent)
    {
        const char *name = "breakout";
        const Json *value = member(object, name);
        if (!value)
            return std::nullopt;
        const QString at = child(parent, name);
        if (!value->is_object()) {
            report(at, Text::tr("breakout must be an object in braces { }, not %1").arg(shown(*value)));
            return std::nullopt;
        }
        const Json &json = *value;
        const QString owner = Text::tr("breakout");
        BreakoutSettings result;
        result.grouping = choice<Grouping>(json, at, "grouping", allGroupings, Grouping::HomeGroups,
                                           QT_TRANSLATE_NOOP("sala::PlanJson", "unknown grouping %1; use one of: %2"),
                                           keyList(allGroupings), owner)
                              .value_or(Grouping::HomeGroups);
        const std::optional<int> size = number(json, at, "groupSize", 0, maximumGroups, 0, owner);
        const std::optional<int> count = number(json, at, "groupCount", 0, maximumGroups, 0, owner);
        if (size && count && *size == 0 && *count == 0)
            report(at, Text::tr("give groupSize or groupCount a number above 0, so that Sala knows how to form the groups"));
        result.groupSize = size.value_or(0);
        result.groupCount = count.value_or(0);
        result.rounds = number(json, at, "rounds", 1, maximumRounds, 1, owner).value_or(1);
        result.minutesPerRound = number(json, at, "minutesPerRound", 1, maximumMinutes, std::nullopt, owner).value_or(0);

        if (const Json *roles = list(json, at, "roles")) {
            const QString rolesAt = child(at, "roles");
            for (std::size_t i = 0; i < roles->size(); ++i) {
                const Json &role = roles->at(i);
                if (role.is_string())
                    result.roles << QString::fromStdString(role.get<std::string>());
                else
                    report(child(rolesAt, i), Text::tr("each role must be text in double quotes, not %1").arg(shown(role)));
            }
        }
        if (const Json *broadcasts = list(json, at, "broadcasts")) {
            const QString broadcastsAt = child(at, "broadcasts");
            const QString broadcastOwner = Text::tr("broadcast");
            for (std::size_t i = 0; i < broadcasts->size(); ++i) {
                const Json &item = broadcasts->at(i);
                const QString itemAt = child(broadcastsAt, i);
                if (!isObject(item, itemAt, broadcastOwner))
                    continue;
                Broadcast broadcast;
                broadcast.minutesBeforeEnd =
                    number(item, itemAt, "minutesBeforeEnd", 0, maximumMinutes, std::nullopt, broadcastOwner).value_or(0);
                broadcast.text = text(item, itemAt, "text", Need::NonBlank, broadcastOwner);
                result.broadcasts.push_back(std::move(broadcast));
            }
        }
        return result;
    }

    Activity activity(const Json &json, const QString &at)
    {
        const QString owner = Text::tr("activity");
        Activity result;
        result.kind = choice<ActivityKind>(json, at, "kind", allActivityKinds(), std::nullopt,
                                           QT_TRANSLATE_NOOP("sala::PlanJson", "unknown activity kind %1; use one of: %2"),
                                           kindList(), owner)
                          .value_or(ActivityKind::Other);
        result.title = text(json, at, "title", Need::NonBlank, owner);
        const std::optional<int> minutes = number(json, at, "minutes", 0, maximumMinutes, std::nullopt, owner);
        result.plannedMinutes = minutes.value_or(0);
        result.objective = text(json, at, "objective", Need::Optional, owner);
        result.instructions = text(json, at, "instructions", Need::Optional, owner);
        result.facilitatorNotes = text(json, at, "facilitatorNotes", Need::Optional, owner);
        if (const Json *materials = list(json, at, "materials")) {
            const QString materialsAt = child(at, "materials");
            const QString materialOwner = Text::tr("material");
            for (std::size_t i = 0; i < materials->size(); ++i) {
                const Json &item = materials->at(i);
                const QString itemAt = child(materialsAt, i);
                if (!isObject(item, itemAt, materialOwner))
                    continue;
                Material material;
                material.label = text(item, itemAt, "label", Need::Required, materialOwner);
                material.link = text(item, itemAt, "link", Need::Optional, materialOwner);
                result.materials.push_back(std::move(material));
            }
        }
        result.fixedStart = time(json, at, "fixedStart", false, owner);
        result.mayShorten = flag(json, at, "mayShorten");
        const std::optional<int> minimum = number(json, at, "minimumMinutes", 0, maximumMinutes, 0, owner);
        result.minimumMinutes = minimum.value_or(0);
        if (result.mayShorten && minimum) {
            const QString minimumAt = child(at, "minimumMinutes");
            if (*minimum < 1)
                report(minimumAt, Text::tr("minimumMinutes must be at least 1 when mayShorten is true; give the shortest "
                                           "the activity may become, or set mayShorten to false"));
            else if (minutes && *minimum > *minutes)
                report(minimumAt, Text::tr("minimumMinutes (%1) cannot be more than minutes (%2); lower it or lengthen the "
                                           "activity")
                                      .arg(QString::number(*minimum), QString::number(*minutes)));
        }
        result.breakout = breakout(json, at);
        return result;
    }

    Session session(const Json &json, const QString &at)
    {
        const QString owner = Text::tr("session");
        Session result;
        result.title = text(json, at, "title", Need::NonBlank, owner);
        result.date = date(json, at, "date", owner);
        result.plannedStart = time(json, at, "plannedStart", true, owner).value_or(QTime());
        result.targetEnd = time(json, at, "targetEnd", false, owner);
        if (const Json *activities = list(json, at, "activities")) {
            const QString activitiesAt = child(at, "activities");
            for (std::size_t i = 0; i < activities->size(); ++i) {
                const Json &item = activities->at(i);
                const QString itemAt = child(activitiesAt, i);
                if (isObject(item, itemAt, Text::tr("activity")))
                    result.activities.push_back(activity(item, itemAt));
            }
        }
        return result;
    }

    Workshop workshop(const Json &json, const QString &at)
    {
        const QString owner = Text::tr("workshop");
        Workshop result;
        result.title = text(json, at, "title", Need::NonBlank, owner);
        result.organizer = text(json, at, "organizer", Need::Optional, owner);
        result.platform = choice<Platform>(json, at, "platform", allPlatforms, Platform::Zoom,
                                           QT_TRANSLATE_NOOP("sala::PlanJson", "unknown platform %1; use one of: %2"),
                                           keyList(allPlatforms), owner)
                              .value_or(Platform::Zoom);
        result.timeZone = zone(json, at, "timeZone", Need::NonBlank, owner);
        result.secondTimeZone = zone(json, at, "secondTimeZone", Need::Optional, owner);
        result.language = language(json, at);
        result.description = text(json, at, "description", Need::Optional, owner);
        if (const Json *sessions = list(json, at, "sessions")) {
            const QString sessionsAt = child(at, "sessions");
            for (std::size_t i = 0; i < sessions->size(); ++i) {
                const Json &item = sessions->at(i);
                const QString itemAt = child(sessionsAt, i);
                if (isObject(item, itemAt, Text::tr("session")))
                    result.sessions.push_back(session(item, itemAt));
            }
        }
        return result;
    }

    // BCP 47 in its common shape: a 2–8 letter language, then subtags of 1–8 letters or digits.
    // An empty string is kept as it is: it means the language was not stated.
    QString language(const Json &json, const QString &at)
    {
        const Json *value = member(json, "language");
        const QString result = text(json, at, "language", Need::Optional, Text::tr("workshop"), QStringLiteral("en"));
        if (!value || !value->is_string() || result.isEmpty())
            return result;
        const QStringList parts = result.split(u'-');
        bool valid = parts.first().size() >= 2 && parts.first().size() <= 8;
        for (const QString &part : parts) {
            valid = valid && !part.isEmpty() && part.size() <= 8;
            for (QChar c : part)
                valid = valid && c.unicode() < 128 && c.isLetterOrNumber();
        }
        for (QChar c : parts.first())
            valid = valid && c.isLetter();
        if (!valid)
            report(child(at, "language"),
                   Text::tr("language must be a BCP 47 code such as \"en\", \"th\", \"km\" or \"fil\", not %1").arg(shown(*value)));
        return result;
    }

    // Returns the member as an object, reporting it when it is absent or something else.
    const Json *section(const Json &root, const char *name)
    {
        const QString location = child(QString(), name);
        const Json *value = member(root, name);
        if (!value) {
            report(location, Text::tr("%1 is missing; a file with \"kind\": \"%1\" keeps the plan in a \"%1\" object")
                                 .arg(QLatin1String(name)));
            return nullptr;
        }
        if (!value->is_object()) {
            report(location, Text::tr("%1 must be an object in braces { }, not %2").arg(QLatin1String(name), shown(*value)));
            return nullptr;
        }
        return value;
    }

    std::optional<PlanDocument> document(const Json &root)
    {
        if (!root.is_object()) {
            report({}, Text::tr("This is not a Sala plan file: it holds %1 instead of an object with "
                                "\"format\": \"sala-plan\".")
                           .arg(shown(root)));
            return std::nullopt;
        }
        const Json *format = member(root, "format");
        if (!format) {
            report(QStringLiteral("/format"),
                   Text::tr("This is not a Sala plan file: it has no \"format\": \"sala-plan\" member."));
            return std::nullopt;
        }
        if (!format->is_string() || format->get<std::string>() != "sala-plan") {
            report(QStringLiteral("/format"),
                   Text::tr("This is not a Sala plan file: its format is %1, not \"sala-plan\".").arg(shown(*format)));
            return std::nullopt;
        }

        const QString versionAt = QStringLiteral("/version");
        if (const Json *version = member(root, "version")) {
            const std::optional<std::int64_t> whole = wholeNumber(*version);
            if (!whole || *whole < 1) {
                report(versionAt, Text::tr("version must be a whole number such as 1, not %1").arg(shown(*version)));
            } else if (*whole > planFormatVersion) {
                // Nothing else in a newer file can be judged by this build's rules.
                m_problems.clear();
                report(versionAt, Text::tr("This plan was saved by a newer version of Sala (format version %1); update "
                                           "Sala to open it.")
                                      .arg(QString::number(*whole)));
                return std::nullopt;
            }
        } else {
            report(versionAt, Text::tr("version is missing; this Sala writes \"version\": %1").arg(planFormatVersion));
        }

        enum class Kind { Unknown, Workshop, Session };
        Kind kind = Kind::Unknown;
        const Json *kindValue = member(root, "kind");
        const QString kindAt = QStringLiteral("/kind");
        const QString kindChoices = Text::tr("use \"workshop\" for a whole workshop or \"session\" for one session");
        if (!kindValue)
            report(kindAt, Text::tr("kind is missing; %1").arg(kindChoices));
        else if (kindValue->is_string() && kindValue->get<std::string>() == "workshop")
            kind = Kind::Workshop;
        else if (kindValue->is_string() && kindValue->get<std::string>() == "session")
            kind = Kind::Session;
        else
            report(kindAt, Text::tr("unknown kind %1; %2").arg(shown(*kindValue), kindChoices));
        if (kind == Kind::Unknown) {
            // Still check the plan itself, so that one pass lists everything to fix.
            const bool hasWorkshop = member(root, "workshop") != nullptr;
            const bool hasSession = member(root, "session") != nullptr;
            if (hasWorkshop == hasSession)
                return std::nullopt;
            kind = hasWorkshop ? Kind::Workshop : Kind::Session;
        }

        PlanDocument result;
        if (kind == Kind::Workshop) {
            if (const Json *json = section(root, "workshop"))
                result.workshop = workshop(*json, QStringLiteral("/workshop"));
        } else {
            result.isSession = true;
            if (const Json *json = section(root, "session"))
                result.workshop.sessions.push_back(session(*json, QStringLiteral("/session")));
        }
        if (!m_problems.empty())
            return std::nullopt;
        return result;
    }

private:
    std::vector<PlanProblem> m_problems;
};

// ---------------------------------------------------------------------------------------------
// Syntax errors

struct SyntaxText {
    QString what;
    QString hint;
};

// nlohmann's parse error text, e.g. "syntax error while parsing object key - unexpected '}';
// expected string literal", turned into words for someone who edits JSON by hand only rarely.
SyntaxText plainSyntaxError(const std::string &raw)
{
    std::string detail = raw;
    if (const auto dash = detail.find(" - "); dash != std::string::npos)
        detail = detail.substr(dash + 3);

    if (const auto lastRead = detail.find("; last read: '"); lastRead != std::string::npos) {
        const std::string lexer = detail.substr(0, lastRead);
        const auto startsWith = [&lexer](const char *prefix) { return lexer.rfind(prefix, 0) == 0; };
        if (startsWith("invalid literal"))
            return {Text::tr("an unknown word"), Text::tr("text needs double quotes; only true, false and null go without them")};
        if (startsWith("invalid string: missing closing quote"))
            return {Text::tr("a text without its closing double quote"), {}};
        if (startsWith("invalid string: control character U+000A"))
            return {Text::tr("a line break inside a text"), Text::tr("write a line break as \\n")};
        if (startsWith("invalid string: control character"))
            return {Text::tr("a control character inside a text"), {}};
        if (startsWith("invalid string: ill-formed UTF-8"))
            return {Text::tr("bytes that are not UTF-8 text"), Text::tr("save the file as UTF-8")};
        if (startsWith("invalid string"))
            return {Text::tr("a badly written backslash escape inside a text"), {}};
        if (startsWith("invalid number"))
            return {Text::tr("a badly written number"), {}};
        if (startsWith("invalid BOM"))
            return {Text::tr("damaged bytes at the start of the file"), Text::tr("save the file again as UTF-8")};
        return {QString::fromStdString(lexer), {}};
    }
    if (detail.find("number overflow") != std::string::npos)
        return {Text::tr("a number too large to read"), {}};

    std::string expected;
    if (const auto at = detail.find("; expected "); at != std::string::npos) {
        expected = detail.substr(at + 11);
        detail = detail.substr(0, at);
    }
    SyntaxText result;
    if (detail == "unexpected end of input")
        return {Text::tr("unexpected end of input"), Text::tr("the file may have been cut off, or a closing } or ] is missing")};
    if (detail == "unexpected string literal")
        result.what = Text::tr("unexpected text in double quotes");
    else if (detail == "unexpected number literal")
        result.what = Text::tr("unexpected number");
    else if (detail.size() == 14 && detail.rfind("unexpected '", 0) == 0 && detail.back() == '\'')
        result.what = Text::tr("unexpected \"%1\"").arg(QChar(QLatin1Char(detail[12])));
    else if (detail.rfind("unexpected ", 0) == 0 && detail.size() > 19 && detail.substr(detail.size() - 8) == " literal")
        result.what = Text::tr("unexpected %1").arg(QString::fromStdString(detail.substr(11, detail.size() - 19)));
    else
        result.what = QString::fromStdString(detail);

    if (expected == "end of input")
        result.hint = Text::tr("there is more after the end of the plan");
    else if (expected == "string literal")
        result.hint = Text::tr("expected a name in double quotes; a comma before a closing } is not allowed");
    else if (expected == "':'")
        result.hint = Text::tr("expected a colon after the name");
    else if (expected == "'}'")
        result.hint = Text::tr("expected a comma or a closing }");
    else if (expected == "']'")
        result.hint = Text::tr("expected a comma or a closing ]");
    else if (expected == "'[', '{', or a literal")
        result.hint = Text::tr("expected a value");
    return result;
}

struct SyntaxFault {
    std::size_t bytesRead = 0; // includes the byte at which reading stopped
    std::string message;
};

// Replays a parse that failed, to learn where it stopped and why. Unlike the exception, this
// also gives the place of a number too large to read.
class SyntaxErrorCapture final : public nlohmann::json_sax<Json> {
public:
    const std::optional<SyntaxFault> &fault() const { return m_fault; }

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t &) override { return true; }
    bool string(string_t &) override { return true; }
    bool binary(binary_t &) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t &) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string &, const nlohmann::detail::exception &error) override
    {
        m_fault = SyntaxFault{position, error.what()};
        return false;
    }

private:
    std::optional<SyntaxFault> m_fault;
};

bool escapedQuote(const QByteArray &data, qsizetype at)
{
    qsizetype backslashes = 0;
    for (qsizetype i = at - 1; i >= 0 && data.at(i) == '\\'; --i)
        ++backslashes;
    return backslashes % 2 == 1;
}

bool wordByte(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-' || c == '.';
}

// Where the offending token starts, given the index of the byte at which reading stopped: an
// editor's cursor should land on the unexpected word or text, not just after it.
qsizetype offendingStart(const QByteArray &data, qsizetype stop, const std::string &message)
{
    const std::string head = message.substr(0, std::min(message.find("; expected "), message.find("; last read: ")));
    const auto says = [&head](const char *words) { return head.find(words) != std::string::npos; };
    if (says("missing closing quote")) {
        for (qsizetype i = data.size() - 1; i >= 0; --i)
            if (data.at(i) == '"' && !escapedQuote(data, i))
                return i;
        return stop;
    }
    if (stop >= data.size())
        return data.size();
    if (says("control character") || says("ill-formed UTF-8"))
        return stop; // the fault is the very byte inside the text
    if (says("unexpected string literal")) {
        for (qsizetype i = stop - 1; i >= 0; --i)
            if (data.at(i) == '"' && !escapedQuote(data, i))
                return i;
        return stop;
    }
    if (says("literal") || says("number")) {
        qsizetype start = stop;
        while (start > 0 && wordByte(data.at(start - 1)))
            --start;
        return start;
    }
    return stop;
}

QString syntaxMessage(const QByteArray &data)
{
    SyntaxErrorCapture capture;
    Json::sax_parse(data.cbegin(), data.cend(), &capture);
    if (!capture.fault())
        return Text::tr("The file is not valid JSON.");
    const SyntaxFault &fault = *capture.fault();
    const SyntaxText text = plainSyntaxError(fault.message);
    const qsizetype stop = std::clamp<qsizetype>(qsizetype(fault.bytesRead) - 1, 0, data.size());
    const qsizetype offending = offendingStart(data, stop, fault.message);

    // Columns count characters, not bytes, so that they match an editor on Thai, Lao or Khmer.
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offending; ++i)
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    int column = 1;
    for (qsizetype i = lineStart; i < offending; ++i)
        if ((static_cast<unsigned char>(data.at(i)) & 0xC0) != 0x80)
            ++column;

    if (text.hint.isEmpty())
        return Text::tr("The file is not valid JSON: %1 at line %2, column %3.")
            .arg(text.what, QString::number(line), QString::number(column));
    return Text::tr("The file is not valid JSON: %1 at line %2, column %3 (%4).")
        .arg(text.what, QString::number(line), QString::number(column), text.hint);
}

PlanParse parseChecked(const QByteArray &bytes)
{
    PlanParse result;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty()) {
        result.problems.push_back({QString(), Text::tr("The file is empty. A Sala plan file is JSON text that starts with {.")});
        return result;
    }

    Json root;
    try {
        root = Json::parse(data.cbegin(), data.cend());
    } catch (const Json::exception &) {
        result.problems.push_back({QString(), syntaxMessage(data)});
        return result;
    }

    PlanReader reader;
    result.document = reader.document(root);
    result.problems = reader.takeProblems();
    if (!result.problems.empty())
        result.document.reset();
    return result;
}

} // namespace

QByteArray workshopToJson(const Workshop &workshop)
{
    OrderedJson json = documentHead("workshop");
    OrderedJson body = OrderedJson::object();
    body["title"] = utf8(workshop.title);
    body["organizer"] = utf8(workshop.organizer);
    body["platform"] = utf8(key(workshop.platform));
    body["timeZone"] = utf8(workshop.timeZone);
    body["secondTimeZone"] = utf8(workshop.secondTimeZone);
    body["language"] = utf8(workshop.language);
    body["description"] = utf8(workshop.description);
    OrderedJson sessions = OrderedJson::array();
    for (const Session &session : workshop.sessions)
        sessions.push_back(sessionJson(session));
    body["sessions"] = std::move(sessions);
    json["workshop"] = std::move(body);
    return serialize(json);
}

QByteArray sessionToJson(const Session &session)
{
    OrderedJson json = documentHead("session");
    json["session"] = sessionJson(session);
    return serialize(json);
}

PlanParse parsePlan(const QByteArray &bytes)
{
    // The converter is a boundary: whatever the library throws becomes a problem, never a crash.
    try {
        return parseChecked(bytes);
    } catch (const std::exception &error) {
        PlanParse result;
        result.problems.push_back(
            {QString(), Text::tr("Sala could not read the file (%1). Please report this with the file attached.")
                            .arg(QString::fromLocal8Bit(error.what()))});
        return result;
    }
}

QString problemLine(const PlanProblem &problem)
{
    if (problem.location.isEmpty())
        return problem.message;
    return QStringLiteral("%1: %2").arg(problem.location, problem.message);
}

QString describeProblems(const QString &fileName, const std::vector<PlanProblem> &problems)
{
    QStringList lines;
    for (const PlanProblem &problem : problems)
        lines << QStringLiteral("%1: %2").arg(fileName, problemLine(problem));
    return lines.join(u'\n');
}

} // namespace sala
