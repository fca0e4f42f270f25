#include "attendance/attendanceexport.h"

#include <array>

namespace sala {
namespace {

struct LayoutInfo {
    ExportLayout layout;
    const char16_t *key;
    ExportPlatform platform;
    bool totalsOnly;
};

constexpr std::array<LayoutInfo, 14> layouts{{
    {ExportLayout::ZoomParticipantsTitleCase, u"zoom-participants-title-case", ExportPlatform::Zoom, false},
    {ExportLayout::ZoomParticipantsSentenceCase, u"zoom-participants-sentence-case", ExportPlatform::Zoom, false},
    {ExportLayout::ZoomParticipantsLocalized, u"zoom-participants-localized", ExportPlatform::Zoom, false},
    {ExportLayout::ZoomUniqueUsers, u"zoom-unique-users", ExportPlatform::Zoom, true},
    {ExportLayout::ZoomAdmin, u"zoom-admin", ExportPlatform::Zoom, false},
    {ExportLayout::ZoomWebinar, u"zoom-webinar", ExportPlatform::Zoom, false},
    {ExportLayout::ZoomMeetingReport, u"zoom-meeting-report", ExportPlatform::Zoom, false},
    {ExportLayout::TeamsLegacy, u"teams-legacy", ExportPlatform::Teams, false},
    {ExportLayout::TeamsLegacyExcel, u"teams-legacy-excel", ExportPlatform::Teams, false},
    {ExportLayout::TeamsSummary2021, u"teams-summary-2021", ExportPlatform::Teams, false},
    {ExportLayout::TeamsSectioned, u"teams-sectioned", ExportPlatform::Teams, false},
    {ExportLayout::TeamsSectionedTotals, u"teams-sectioned-totals", ExportPlatform::Teams, true},
    {ExportLayout::TeamsLiveEvents, u"teams-live-events", ExportPlatform::Teams, false},
    {ExportLayout::Meet, u"meet", ExportPlatform::Meet, false},
}};

const LayoutInfo &infoOf(ExportLayout layout)
{
    for (const LayoutInfo &info : layouts)
        if (info.layout == layout)
            return info;
    return layouts.front();
}

} // namespace

QString key(ExportPlatform platform)
{
    switch (platform) {
    case ExportPlatform::Zoom: return QStringLiteral("zoom");
    case ExportPlatform::Teams: return QStringLiteral("teams");
    case ExportPlatform::Meet: return QStringLiteral("meet");
    }
    return {};
}

std::optional<ExportPlatform> exportPlatformFromKey(const QString &key)
{
    for (const ExportPlatform platform : {ExportPlatform::Zoom, ExportPlatform::Teams, ExportPlatform::Meet})
        if (sala::key(platform) == key)
            return platform;
    return std::nullopt;
}

QString displayName(ExportPlatform platform)
{
    // Product names are not translated.
    switch (platform) {
    case ExportPlatform::Zoom: return QStringLiteral("Zoom");
    case ExportPlatform::Teams: return QStringLiteral("Microsoft Teams");
    case ExportPlatform::Meet: return QStringLiteral("Google Meet");
    }
    return {};
}

QString key(ExportLayout layout)
{
    return QString::fromUtf16(infoOf(layout).key);
}

std::optional<ExportLayout> exportLayoutFromKey(const QString &key)
{
    for (const LayoutInfo &info : layouts)
        if (key == QStringView(info.key))
            return info.layout;
    return std::nullopt;
}

ExportPlatform platformOf(ExportLayout layout)
{
    return infoOf(layout).platform;
}

bool givesTotalsOnly(ExportLayout layout)
{
    return infoOf(layout).totalsOnly;
}

const std::vector<ExportLayout> &allExportLayouts()
{
    static const std::vector<ExportLayout> all = [] {
        std::vector<ExportLayout> list;
        for (const LayoutInfo &info : layouts)
            list.push_back(info.layout);
        return list;
    }();
    return all;
}

} // namespace sala
