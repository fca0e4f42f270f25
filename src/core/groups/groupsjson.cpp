#include "groups/groupsjson.h"

#include "groups/groupinstance.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string>

namespace sala {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::GroupsJson)
};

constexpr int largestCount = 10000;

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString text(const Json &value)
{
    return QString::fromStdString(value.get<std::string>());
}

// A value as the trainer would recognise it in their editor.
QString shown(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::array: return Text::tr("a list");
    case Json::value_t::object: return Text::tr("an object");
    case Json::value_t::string: {
        QString t = text(value);
        if (t.size() > 60)
            t = t.left(59) + u'…';
        return QString::fromStdString(Json(utf8(t)).dump(-1, ' ', false, Json::error_handler_t::replace));
    }
    default: return QString::fromStdString(value.dump());
    }
}

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

QString child(const QString &parent, const char *name)
{
    return pointerChild(parent, QLatin1String(name));
}

QString child(const QString &parent, std::size_t index)
{
    return pointerChild(parent, qsizetype(index));
}

class Reader final {
public:
    std::vector<GroupIssue> takeIssues() { return std::move(m_issues); }

    void report(const QString &location, const QString &message) { m_issues.push_back({location, message}); }

    static const Json *member(const Json &object, const char *name)
    {
        const auto found = object.find(name);
        if (found == object.end() || found->is_null())
            return nullptr;
        return &*found;
    }

    void knownMembers(const Json &object, const QString &at, const std::set<std::string> &known)
    {
        QStringList names;
        for (const std::string &name : known)
            names << QString::fromStdString(name);
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!known.count(it.key()))
                report(pointerChild(at, QString::fromStdString(it.key())),
                       Text::tr("unknown member \"%1\"; known here: %2")
                           .arg(QString::fromStdString(it.key()), names.join(QStringLiteral(", "))));
    }

    std::optional<int> number(const Json &value, const QString &at, int minimum, int maximum)
    {
        const std::optional<std::int64_t> whole = wholeNumber(value);
        if (!whole || *whole < minimum || *whole > maximum) {
            report(at, Text::tr("must be a whole number from %1 to %2, not %3").arg(minimum).arg(maximum).arg(shown(value)));
            return std::nullopt;
        }
        return int(*whole);
    }

    std::optional<int> numberMember(const Json &object, const QString &parent, const char *name, int minimum, int maximum)
    {
        const Json *value = member(object, name);
        if (!value)
            return std::nullopt;
        return number(*value, child(parent, name), minimum, maximum);
    }

    const Json *list(const Json &object, const QString &parent, const char *name)
    {
        const Json *value = member(object, name);
        if (value && !value->is_array()) {
            report(child(parent, name), Text::tr("must be a list in square brackets [ ], not %1").arg(shown(*value)));
            return nullptr;
        }
        return value;
    }

    QStringList strings(const Json &object, const QString &parent, const char *name)
    {
        QStringList result;
        const Json *values = list(object, parent, name);
        if (!values)
            return result;
        for (std::size_t i = 0; i < values->size(); ++i) {
            const Json &value = values->at(i);
            if (value.is_string() && !text(value).trimmed().isEmpty())
                result << text(value);
            else
                report(child(child(parent, name), i), Text::tr("must be a name in double quotes, not %1").arg(shown(value)));
        }
        return result;
    }

    int person(const Json &value, const QString &at)
    {
        if (!value.is_string()) {
            report(at, Text::tr("must be a participant id in double quotes, not %1").arg(shown(value)));
            return -1;
        }
        const auto found = m_ids.find(text(value));
        if (found == m_ids.end()) {
            report(at, Text::tr("no participant has the id %1; add them to \"participants\" or correct the id").arg(shown(value)));
            return -1;
        }
        return found->second;
    }

    std::vector<int> people(const Json &value, const QString &at)
    {
        std::vector<int> result;
        if (!value.is_array()) {
            report(at, Text::tr("must be a list of participant ids, not %1").arg(shown(value)));
            return result;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            const int p = person(value.at(i), child(at, i));
            if (p >= 0)
                result.push_back(p);
        }
        return result;
    }

    std::vector<GroupRound> rounds(const Json &root, const char *name)
    {
        std::vector<GroupRound> result;
        const QString at = child(QString(), name);
        const Json *value = list(root, QString(), name);
        if (!value)
            return result;
        for (std::size_t r = 0; r < value->size(); ++r) {
            const Json &round = value->at(r);
            const QString roundAt = child(at, r);
            if (!round.is_array()) {
                report(roundAt, Text::tr("each round must be a list of rooms, each a list of ids, not %1").arg(shown(round)));
                continue;
            }
            GroupRound rooms;
            for (std::size_t g = 0; g < round.size(); ++g)
                rooms.push_back(people(round.at(g), child(roundAt, g)));
            result.push_back(std::move(rooms));
        }
        return result;
    }

    void participants(const Json &root, GroupProblem &problem)
    {
        const QString at = QStringLiteral("/participants");
        const Json *value = list(root, QString(), "participants");
        if (!value) {
            if (!member(root, "participants"))
                report(at, Text::tr("participants is missing; list the people to group, for example [{\"id\": \"p01\"}]"));
            return;
        }
        static const std::set<std::string> known{"id", "name", "email", "role", "attrs"};
        for (std::size_t i = 0; i < value->size(); ++i) {
            const Json &item = value->at(i);
            const QString itemAt = child(at, i);
            GroupPerson person;
            if (!item.is_object()) {
                report(itemAt, Text::tr("each participant must be an object in braces { }, not %1").arg(shown(item)));
                problem.people.push_back(person);
                continue;
            }
            knownMembers(item, itemAt, known);
            const Json *id = member(item, "id");
            if (!id)
                report(child(itemAt, "id"), Text::tr("id is missing; every participant needs one"));
            else if (!id->is_string() || text(*id).trimmed().isEmpty())
                report(child(itemAt, "id"), Text::tr("id must be non-empty text in double quotes, not %1").arg(shown(*id)));
            else {
                person.id = text(*id);
                if (!m_ids.emplace(person.id, int(i)).second)
                    report(child(itemAt, "id"),
                           Text::tr("%1 is the id of an earlier participant too; ids must differ").arg(shown(*id)));
            }
            for (const auto &[name, field] :
                 {std::pair{"name", &person.name}, std::pair{"email", &person.email}, std::pair{"role", &person.role}}) {
                const Json *v = member(item, name);
                if (!v)
                    continue;
                if (v->is_string())
                    *field = text(*v);
                else
                    report(child(itemAt, name), Text::tr("must be text in double quotes, not %1").arg(shown(*v)));
            }
            if (person.role.trimmed().isEmpty())
                person.role = QStringLiteral("participant");
            if (const Json *attrs = member(item, "attrs")) {
                const QString attrsAt = child(itemAt, "attrs");
                if (!attrs->is_object()) {
                    report(attrsAt, Text::tr("attrs must be an object such as {\"country\": \"TH\"}, not %1").arg(shown(*attrs)));
                } else {
                    for (auto it = attrs->begin(); it != attrs->end(); ++it) {
                        const QString name = QString::fromStdString(it.key());
                        if (it->is_string())
                            person.attrs[name] = text(*it);
                        else if (it->is_number_integer() || it->is_number_unsigned())
                            person.attrs[name] = QString::number(it->get<std::int64_t>());
                        else if (!it->is_null())
                            report(pointerChild(attrsAt, name), Text::tr("must be text in double quotes, not %1").arg(shown(*it)));
                    }
                }
            }
            problem.people.push_back(std::move(person));
        }
    }

    void attendance(const Json &root, GroupProblem &problem)
    {
        const Json *value = member(root, "attendance");
        if (!value)
            return;
        const QString at = QStringLiteral("/attendance");
        if (!value->is_object()) {
            report(at, Text::tr("attendance must be an object such as {\"p07\": [0, 1]}, not %1").arg(shown(*value)));
            return;
        }
        for (auto it = value->begin(); it != value->end(); ++it) {
            const QString id = QString::fromStdString(it.key());
            const QString itemAt = pointerChild(at, id);
            const auto found = m_ids.find(id);
            if (found == m_ids.end()) {
                report(itemAt, Text::tr("no participant has the id \"%1\"").arg(id));
                continue;
            }
            if (!it->is_array()) {
                report(itemAt, Text::tr("must be the list of rounds the person attends, such as [0, 1], not %1").arg(shown(*it)));
                continue;
            }
            std::vector<int> rounds;
            for (std::size_t k = 0; k < it->size(); ++k)
                if (const std::optional<int> r = number(it->at(k), child(itemAt, k), 0, largestCount))
                    rounds.push_back(*r);
            problem.attendance[found->second] = rounds;
        }
    }

    std::vector<std::vector<int>> sets(const Json &object, const QString &parent, const char *name)
    {
        std::vector<std::vector<int>> result;
        const Json *value = list(object, parent, name);
        if (!value)
            return result;
        for (std::size_t k = 0; k < value->size(); ++k)
            result.push_back(people(value->at(k), child(child(parent, name), k)));
        return result;
    }

    void constraints(const Json &root, GroupProblem &problem)
    {
        const Json *value = member(root, "constraints");
        if (!value)
            return;
        const QString at = QStringLiteral("/constraints");
        if (!value->is_object()) {
            report(at, Text::tr("constraints must be an object in braces { }, not %1").arg(shown(*value)));
            return;
        }
        const Json &json = *value;
        knownMembers(json, at,
                     {"num_groups", "group_size", "min_size", "max_size", "group_sizes", "keep_apart", "keep_together", "pinned",
                      "homogeneous_attrs", "balance_attrs", "exclude_roles_from_pairs", "max_meetings"});
        GroupConstraints &c = problem.constraints;
        c.numGroups = numberMember(json, at, "num_groups", 1, largestCount).value_or(0);
        c.groupSize = numberMember(json, at, "group_size", 1, largestCount).value_or(0);
        c.minSize = numberMember(json, at, "min_size", 1, largestCount).value_or(0);
        c.maxSize = numberMember(json, at, "max_size", 1, largestCount).value_or(0);
        if (c.minSize > 0 && c.maxSize > 0 && c.minSize > c.maxSize)
            report(child(at, "min_size"), Text::tr("min_size (%1) is above max_size (%2)").arg(c.minSize).arg(c.maxSize));
        if (const Json *sizes = list(json, at, "group_sizes"))
            for (std::size_t k = 0; k < sizes->size(); ++k)
                if (const std::optional<int> s = number(sizes->at(k), child(child(at, "group_sizes"), k), 1, largestCount))
                    c.groupSizes.push_back(*s);
        if (c.numGroups > 0 && !c.groupSizes.empty() && int(c.groupSizes.size()) != c.numGroups)
            report(child(at, "group_sizes"), Text::tr("%1 sizes given for %2 rooms (num_groups); give one size per room")
                                                 .arg(c.groupSizes.size())
                                                 .arg(c.numGroups));
        c.keepApart = sets(json, at, "keep_apart");
        c.keepTogether = sets(json, at, "keep_together");
        if (const Json *pins = list(json, at, "pinned")) {
            for (std::size_t k = 0; k < pins->size(); ++k) {
                const Json &item = pins->at(k);
                const QString itemAt = child(child(at, "pinned"), k);
                if (!item.is_object()) {
                    report(itemAt,
                           Text::tr("each pin must be an object such as {\"id\": \"f1\", \"group\": 0}, not %1").arg(shown(item)));
                    continue;
                }
                knownMembers(item, itemAt, {"id", "group", "rounds"});
                GroupPin pin;
                if (const Json *id = member(item, "id"))
                    pin.person = person(*id, child(itemAt, "id"));
                else
                    report(child(itemAt, "id"), Text::tr("id is missing; say whom to pin"));
                if (const Json *group = member(item, "group"))
                    pin.room = number(*group, child(itemAt, "group"), 0, largestCount).value_or(0);
                else
                    report(child(itemAt, "group"), Text::tr("group is missing; give the room number, counting from 0"));
                if (const Json *rounds = list(item, itemAt, "rounds")) {
                    std::vector<int> list;
                    for (std::size_t i = 0; i < rounds->size(); ++i)
                        if (const std::optional<int> r = number(rounds->at(i), child(child(itemAt, "rounds"), i), 0, largestCount))
                            list.push_back(*r);
                    pin.rounds = list;
                }
                c.pinned.push_back(pin);
            }
        }
        c.homogeneousAttrs = strings(json, at, "homogeneous_attrs");
        c.balanceAttrs = strings(json, at, "balance_attrs");
        c.excludeRolesFromPairs = strings(json, at, "exclude_roles_from_pairs");
        c.maxMeetings = numberMember(json, at, "max_meetings", 1, largestCount).value_or(1);
    }

    std::optional<GroupProblem> problem(const Json &root)
    {
        if (!root.is_object()) {
            report({}, Text::tr("This is not a breakout problem: it holds %1 instead of an object with \"participants\".")
                           .arg(shown(root)));
            return std::nullopt;
        }
        knownMembers(root, QString(),
                     {"participants", "num_rounds", "rounds", "history", "planned", "attendance", "constraints", "statistics"});
        GroupProblem result;
        participants(root, result);
        result.numRounds = numberMember(root, QString(), "num_rounds", 1, maximumGroupRounds).value_or(0);
        result.fixedRounds = rounds(root, "rounds");
        result.history = rounds(root, "history");
        result.planned = rounds(root, "planned");
        attendance(root, result);
        constraints(root, result);
        if (!m_issues.empty())
            return std::nullopt;
        return result;
    }

private:
    std::vector<GroupIssue> m_issues;
    std::map<QString, int> m_ids;
};

OrderedJson roundsJson(const GroupProblem &problem, const std::vector<GroupRound> &rounds)
{
    OrderedJson json = OrderedJson::array();
    for (const GroupRound &round : rounds) {
        OrderedJson rooms = OrderedJson::array();
        for (const auto &room : round) {
            OrderedJson ids = OrderedJson::array();
            for (int p : room)
                ids.push_back(utf8(problem.people[std::size_t(p)].id));
            rooms.push_back(std::move(ids));
        }
        json.push_back(std::move(rooms));
    }
    return json;
}

OrderedJson setsJson(const GroupProblem &problem, const std::vector<std::vector<int>> &sets)
{
    OrderedJson json = OrderedJson::array();
    for (const auto &set : sets) {
        OrderedJson ids = OrderedJson::array();
        for (int p : set)
            ids.push_back(utf8(problem.people[std::size_t(p)].id));
        json.push_back(std::move(ids));
    }
    return json;
}

OrderedJson namesJson(const QStringList &names)
{
    OrderedJson json = OrderedJson::array();
    for (const QString &name : names)
        json.push_back(utf8(name));
    return json;
}

OrderedJson constraintsJson(const GroupProblem &problem)
{
    const GroupConstraints &c = problem.constraints;
    OrderedJson json = OrderedJson::object();
    if (c.numGroups > 0)
        json["num_groups"] = c.numGroups;
    if (c.groupSize > 0)
        json["group_size"] = c.groupSize;
    if (c.minSize > 0)
        json["min_size"] = c.minSize;
    if (c.maxSize > 0)
        json["max_size"] = c.maxSize;
    if (!c.groupSizes.empty())
        json["group_sizes"] = c.groupSizes;
    if (!c.keepApart.empty())
        json["keep_apart"] = setsJson(problem, c.keepApart);
    if (!c.keepTogether.empty())
        json["keep_together"] = setsJson(problem, c.keepTogether);
    if (!c.pinned.empty()) {
        OrderedJson pins = OrderedJson::array();
        for (const GroupPin &pin : c.pinned) {
            OrderedJson item = OrderedJson::object();
            item["id"] = utf8(problem.people[std::size_t(pin.person)].id);
            item["group"] = pin.room;
            item["rounds"] = pin.rounds ? OrderedJson(*pin.rounds) : OrderedJson(nullptr);
            pins.push_back(std::move(item));
        }
        json["pinned"] = std::move(pins);
    }
    if (!c.homogeneousAttrs.isEmpty())
        json["homogeneous_attrs"] = namesJson(c.homogeneousAttrs);
    if (!c.balanceAttrs.isEmpty())
        json["balance_attrs"] = namesJson(c.balanceAttrs);
    if (!c.excludeRolesFromPairs.isEmpty())
        json["exclude_roles_from_pairs"] = namesJson(c.excludeRolesFromPairs);
    json["max_meetings"] = c.maxMeetings;
    return json;
}

OrderedJson statisticsJson(const GroupProblem &problem, const GroupSolution &solution)
{
    const GroupStatistics &s = solution.statistics;
    OrderedJson json = OrderedJson::object();
    json["repeated_pairs"] = s.repeatedPairs;
    json["lower_bound"] = s.lowerBound;
    json["reached_lower_bound"] = solution.reachedLowerBound;
    json["repeat_free_rounds_possible"] = s.repeatFreeRoundsBound ? OrderedJson(*s.repeatFreeRoundsBound) : OrderedJson(nullptr);
    json["most_meetings_of_a_pair"] = s.mostMeetings;
    json["imbalance_per_round"] = s.imbalancePerRound;
    int imbalance = 0;
    for (int v : s.imbalancePerRound)
        imbalance += v;
    json["imbalance"] = imbalance;
    json["keep_apart_violations"] = s.keepApartViolations;
    json["keep_together_violations"] = s.keepTogetherViolations;
    if (!problem.planned.empty())
        json["moves"] = s.moves;
    OrderedJson repeats = OrderedJson::array();
    for (const RepeatedPair &pair : s.repeats) {
        OrderedJson item = OrderedJson::object();
        item["ids"] = OrderedJson::array(
            {utf8(problem.people[std::size_t(pair.first)].id), utf8(problem.people[std::size_t(pair.second)].id)});
        item["meetings"] = pair.meetings;
        repeats.push_back(std::move(item));
    }
    json["repeats"] = std::move(repeats);
    json["method"] = utf8(solution.method);
    json["seed"] = solution.seed;
    json["seconds"] = std::round(double(solution.elapsedMs)) / 1000.0;
    json["iterations"] = solution.iterations;
    json["timed_out"] = solution.timedOut;
    json["cancelled"] = solution.cancelled;
    json["notes"] = namesJson(solution.notes);
    return json;
}

} // namespace

GroupsParse parseGroupProblem(const QByteArray &bytes)
{
    GroupsParse result;
    Json root;
    try {
        root = Json::parse(bytes.cbegin(), bytes.cend());
    } catch (const Json::parse_error &error) {
        const qsizetype stop = std::min<qsizetype>(qsizetype(error.byte > 0 ? error.byte - 1 : 0), bytes.size());
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < stop; ++i)
            if (bytes.at(i) == '\n') {
                ++line;
                lineStart = i + 1;
            }
        const int column = int(QString::fromUtf8(bytes.mid(lineStart, stop - lineStart)).size()) + 1;
        std::string detail = error.what();
        if (const auto dash = detail.find(" - "); dash != std::string::npos)
            detail = detail.substr(dash + 3);
        result.issues.push_back({QString(), Text::tr("line %1, column %2: the file is not valid JSON (%3)")
                                                .arg(line)
                                                .arg(column)
                                                .arg(QString::fromStdString(detail))});
        return result;
    } catch (const Json::exception &error) {
        // Valid JSON syntax the reader still cannot hold, such as a number beyond a double
        // (1e400): reported like a syntax error instead of ending the program.
        std::string detail = error.what();
        if (const auto bracket = detail.find("] "); bracket != std::string::npos)
            detail = detail.substr(bracket + 2);
        result.issues.push_back({QString(), Text::tr("the file cannot be read (%1)").arg(QString::fromStdString(detail))});
        return result;
    }
    Reader reader;
    result.problem = reader.problem(root);
    result.issues = reader.takeIssues();
    if (!result.issues.empty())
        result.problem.reset();
    return result;
}

QByteArray groupsToJson(const GroupProblem &problem, const GroupSolution *solution)
{
    OrderedJson json = OrderedJson::object();
    OrderedJson people = OrderedJson::array();
    for (const GroupPerson &person : problem.people) {
        OrderedJson item = OrderedJson::object();
        item["id"] = utf8(person.id);
        if (!person.name.isEmpty())
            item["name"] = utf8(person.name);
        if (!person.email.isEmpty())
            item["email"] = utf8(person.email);
        item["role"] = utf8(person.role);
        OrderedJson attrs = OrderedJson::object();
        for (const auto &[name, value] : person.attrs)
            attrs[utf8(name)] = utf8(value);
        item["attrs"] = std::move(attrs);
        people.push_back(std::move(item));
    }
    json["participants"] = std::move(people);
    const std::vector<GroupRound> &rounds = solution ? solution->rounds : problem.fixedRounds;
    json["num_rounds"] = solution ? int(solution->rounds.size()) : problem.numRounds;
    if (!solution && problem.numRounds == 0)
        json.erase("num_rounds");
    json["rounds"] = roundsJson(problem, rounds);
    if (!problem.history.empty())
        json["history"] = roundsJson(problem, problem.history);
    if (!problem.planned.empty())
        json["planned"] = roundsJson(problem, problem.planned);
    if (!problem.attendance.empty()) {
        OrderedJson attendance = OrderedJson::object();
        for (const auto &[person, list] : problem.attendance)
            attendance[utf8(problem.people[std::size_t(person)].id)] = list;
        json["attendance"] = std::move(attendance);
    }
    json["constraints"] = constraintsJson(problem);
    if (solution)
        json["statistics"] = statisticsJson(problem, *solution);
    std::string out = json.dump(2, ' ', false, OrderedJson::error_handler_t::replace);
    out += '\n';
    return QByteArray::fromStdString(out);
}

QString describeGroupIssues(const QString &fileName, const std::vector<GroupIssue> &issues)
{
    QStringList lines;
    for (const GroupIssue &issue : issues) {
        QString line = fileName + QStringLiteral(": ");
        if (!issue.location.isEmpty())
            line += issue.location + QStringLiteral(": ");
        lines << line + issue.message;
    }
    return lines.join(u'\n');
}

} // namespace sala
