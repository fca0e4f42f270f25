// The breakout problem file (sala-cli groups make PROBLEM.json): parsing, then the checks that
// decide whether the problem can be solved. The solver itself is not run: its time grows with
// the problem and is measured by the benchmarks instead.

#include "fuzzinput.h"
#include "groups/groupinstance.h"
#include "groups/groupsjson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sala;
    const GroupsParse parse = parseGroupProblem(fuzz::bytes(data, size));
    fuzz::require(parse.problem.has_value() == parse.issues.empty(), "a problem exactly when no issues");
    if (!parse.problem) {
        (void)describeGroupIssues(QStringLiteral("fuzz.json"), parse.issues);
        return 0;
    }
    const GroupsParse again = parseGroupProblem(groupsToJson(*parse.problem));
    fuzz::require(again.problem.has_value() && *again.problem == *parse.problem, "a written problem reads back the same");
    (void)prepareGroupProblem(*parse.problem);
    return 0;
}
