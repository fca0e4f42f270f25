// The plan file reader (File ▸ Import Plan, sala-cli plan import): every input either parses
// or lists problems, and what parses is written and read back to the same plan.

#include "fuzzinput.h"
#include "io/planjson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace sala;
    const PlanParse parse = parsePlan(fuzz::bytes(data, size));
    fuzz::require(parse.document.has_value() == parse.problems.empty(), "a document exactly when no problems");
    if (!parse.document) {
        (void)describeProblems(QStringLiteral("fuzz.json"), parse.problems);
        return 0;
    }
    const PlanDocument &document = *parse.document;
    const QByteArray written = document.isSession ? sessionToJson(document.workshop.sessions.front())
                                                  : workshopToJson(document.workshop);
    const PlanParse again = parsePlan(written);
    fuzz::require(again.problems.empty(), "a written plan reads back without problems");
    fuzz::require(again.document->isSession == document.isSession, "the document kind survives a round trip");
    const QByteArray rewritten = document.isSession ? sessionToJson(again.document->workshop.sessions.front())
                                                    : workshopToJson(again.document->workshop);
    fuzz::require(rewritten == written, "writing is stable after one round trip");
    return 0;
}
