#include "groupcommands.h"

#include "clisupport.h"
#include "exitcodes.h"
#include "groups/groupexport.h"
#include "groups/groupinstance.h"
#include "groups/groupsjson.h"
#include "groups/groupsolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <limits>
#include <optional>

namespace sala::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::cli)
};

int usage(const GroupsRequest &request, const QString &message)
{
    return reportUsage(request.err, message);
}

int fail(const GroupsRequest &request, const Error &error)
{
    return reportFailure(request.err, error);
}

// A whole number option within limits; nullopt with `problem` set when it is not one.
std::optional<long long> numberOption(const GroupsRequest &request, const QString &name, long long minimum, long long maximum,
                                      QString &problem)
{
    const QString value = request.parser.value(name);
    bool ok = false;
    const long long number = value.toLongLong(&ok);
    if (ok && number >= minimum && number <= maximum)
        return number;
    problem = Text::tr("--%1 needs a whole number from %2 to %3, not “%4”").arg(name).arg(minimum).arg(maximum).arg(value);
    return std::nullopt;
}

GroupProblem countProblem(int people, int size)
{
    GroupProblem problem;
    const int width = int(QString::number(people).size());
    for (int i = 1; i <= people; ++i) {
        GroupPerson person;
        person.id = QStringLiteral("p%1").arg(i, std::max(2, width), 10, QLatin1Char('0'));
        problem.people.push_back(person);
    }
    problem.constraints.groupSize = size;
    return problem;
}

int make(const GroupsRequest &request, const QStringList &arguments)
{
    const QCommandLineParser &parser = request.parser;
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QStringLiteral("json");
    if (format != u"json" && format != u"csv" && format != u"zoom-csv" && format != u"text")
        return usage(request, Text::tr("--format for groups must be json, csv, zoom-csv or text, not “%1”").arg(format));
    const bool quick = parser.isSet(QStringLiteral("people")) || parser.isSet(QStringLiteral("size"));
    QString problemText;

    GroupProblem problem;
    QString source;
    if (quick) {
        if (!arguments.isEmpty())
            return usage(request, Text::tr("give either a problem file or --people and --size, not both"));
        if (!parser.isSet(QStringLiteral("people")) || !parser.isSet(QStringLiteral("size"))
            || !parser.isSet(QStringLiteral("rounds")))
            return usage(request, Text::tr("the quick form needs --people N --size P --rounds W"));
        const auto people = numberOption(request, QStringLiteral("people"), 2, maximumGroupPeople, problemText);
        if (!people)
            return usage(request, problemText);
        const auto size = numberOption(request, QStringLiteral("size"), 2, 1000, problemText);
        if (!size)
            return usage(request, problemText);
        problem = countProblem(int(*people), int(*size));
        source = Text::tr("%1 people").arg(*people);
    } else {
        if (arguments.size() != 1)
            return usage(request, Text::tr("groups make needs one problem file, or --people N --size P --rounds W"));
        source = arguments.first();
        QFile file(source);
        if (!QFileInfo(source).isFile())
            return fail(request, {ErrorCode::NotFound,
                                  Text::tr("There is no file “%1”; check the name and the folder.").arg(nativePath(source))});
        if (!file.open(QIODevice::ReadOnly))
            return fail(request, {ErrorCode::Io, Text::tr("Cannot read “%1”: %2").arg(nativePath(source), file.errorString())});
        const GroupsParse parse = parseGroupProblem(file.readAll());
        if (!parse.problem) {
            request.err << describeGroupIssues(nativePath(source), parse.issues) << Qt::endl;
            return InvalidInput;
        }
        problem = *parse.problem;
    }
    if (parser.isSet(QStringLiteral("rounds"))) {
        const auto rounds = numberOption(request, QStringLiteral("rounds"), 1, maximumGroupRounds, problemText);
        if (!rounds)
            return usage(request, problemText);
        problem.numRounds = int(*rounds);
    }
    GroupSolveOptions options;
    if (parser.isSet(QStringLiteral("seed"))) {
        const auto seed = numberOption(request, QStringLiteral("seed"), 0, std::numeric_limits<qint32>::max(), problemText);
        if (!seed)
            return usage(request, problemText);
        options.seed = quint64(*seed);
    }
    options.timeLimitMs = 5000;
    if (parser.isSet(QStringLiteral("time-limit"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("time-limit")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600)
            return usage(request, Text::tr("--time-limit needs seconds above 0 and at most 3600, such as 2 or 0.5, not “%1”")
                                      .arg(parser.value(QStringLiteral("time-limit"))));
        options.timeLimitMs = qint64(std::llround(seconds * 1000));
    }

    const std::vector<GroupIssue> issues = checkGroupProblem(problem);
    if (!issues.empty()) {
        request.err << describeGroupIssues(nativePath(source), issues) << Qt::endl;
        return InvalidInput;
    }
    auto solution = solveGroups(problem, options);
    if (!solution)
        return fail(request, solution.error());
    for (const QString &note : solution->notes)
        request.err << Text::tr("sala-cli: note: %1").arg(note) << Qt::endl;

    int round = 0;
    if (parser.isSet(QStringLiteral("round"))) {
        const auto chosen = numberOption(request, QStringLiteral("round"), 1, qsizetype(solution->rounds.size()), problemText);
        if (!chosen)
            return usage(request, problemText);
        round = int(*chosen) - 1;
    }
    QByteArray output;
    if (format == u"json") {
        output = groupsToJson(problem, &solution.value());
    } else if (format == u"csv") {
        output = scheduleCsv(problem, solution->rounds);
    } else if (format == u"text") {
        output = roomListText(problem, solution->rounds, parser.isSet(QStringLiteral("round")) ? round : -1).toUtf8();
    } else {
        if (solution->rounds.size() > 1 && !parser.isSet(QStringLiteral("round")))
            request.err << Text::tr("sala-cli: note: Zoom keeps one set of pre-assigned rooms per meeting; this is round 1 of "
                                    "%1 (--round N for another)")
                               .arg(solution->rounds.size())
                        << Qt::endl;
        const ZoomCsv csv = zoomPreassignCsv(problem, solution->rounds[std::size_t(round)]);
        for (const QString &warning : csv.warnings)
            request.err << Text::tr("sala-cli: warning: %1").arg(warning) << Qt::endl;
        output = csv.csv;
    }

    if (parser.isSet(QStringLiteral("out"))) {
        const QString path = parser.value(QStringLiteral("out"));
        if (QFileInfo::exists(path) && !parser.isSet(QStringLiteral("force")))
            return fail(request, {ErrorCode::Usage, Text::tr("“%1” exists; add --force to replace it").arg(nativePath(path))});
        if (Status written = writeAtomically(path, output); !written)
            return fail(request, written.error());
        request.err << Text::tr("sala-cli: %1 rounds written to %2 (%3 repeated pairs, lower bound %4)")
                           .arg(solution->rounds.size())
                           .arg(nativePath(path))
                           .arg(solution->statistics.repeatedPairs)
                           .arg(solution->statistics.lowerBound)
                    << Qt::endl;
    } else {
        request.out << QString::fromUtf8(output);
        request.out.flush();
    }
    return Ok;
}

} // namespace

int runGroupsCommand(const GroupsRequest &request)
{
    QStringList words = request.words;
    if (words.isEmpty())
        return usage(request, Text::tr("groups needs a subcommand: make"));
    const QString sub = words.takeFirst();
    if (sub == u"make")
        return make(request, words);
    return usage(request, Text::tr("unknown groups subcommand “%1”").arg(sub));
}

} // namespace sala::cli
