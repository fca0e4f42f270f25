#include "run/runevent.h"

#include <array>
#include <utility>

namespace sala {
namespace {

const std::array<std::pair<RunEventKind, const char16_t *>, 11> &keys()
{
    static const std::array<std::pair<RunEventKind, const char16_t *>, 11> table{{
        {RunEventKind::Start, u"start"},
        {RunEventKind::Next, u"next"},
        {RunEventKind::Previous, u"previous"},
        {RunEventKind::Jump, u"jump"},
        {RunEventKind::Pause, u"pause"},
        {RunEventKind::Resume, u"resume"},
        {RunEventKind::Adjust, u"adjust"},
        {RunEventKind::SetRemaining, u"set-remaining"},
        {RunEventKind::OpenRooms, u"open-rooms"},
        {RunEventKind::Finish, u"finish"},
        {RunEventKind::Reset, u"reset"},
    }};
    return table;
}

} // namespace

QString key(RunEventKind kind)
{
    for (const auto &[k, text] : keys())
        if (k == kind)
            return QString::fromUtf16(text);
    return {};
}

std::optional<RunEventKind> runEventKindFromKey(const QString &text)
{
    for (const auto &[k, name] : keys())
        if (text == QStringView(name))
            return k;
    return std::nullopt;
}

} // namespace sala
