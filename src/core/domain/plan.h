#pragma once
// Plain domain types for a workshop plan: a workshop holds sessions, a session holds timed
// activities. No Qt object model, no SQL: converters and the store work around these.

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>
#include <vector>

namespace sala {

enum class Platform { Zoom, Teams, Meet, Other };

enum class ActivityKind {
    Welcome, // welcome / briefing
    Icebreaker,
    Input,      // input / presentation
    Individual, // individual work
    Breakout,   // breakout group work
    Plenary,    // plenary debrief / harvest
    Poll,       // poll / quiz
    Energizer,
    Break,
    ActionPlanning,
    Evaluation,
    Other,
};

enum class Grouping { HomeGroups, NewMix, TriosPairs, ByLanguage, Manual };

struct Material {
    QString label;
    QString link; // URL or file name, may be empty
    bool operator==(const Material &) const = default;
};

struct Broadcast {
    int minutesBeforeEnd = 2;
    QString text;
    bool operator==(const Broadcast &) const = default;
};

struct BreakoutSettings {
    Grouping grouping = Grouping::HomeGroups;
    int groupSize = 0;  // 0 when the count is given instead
    int groupCount = 0; // 0 when the size is given instead
    int rounds = 1;
    int minutesPerRound = 0;
    QStringList roles; // reader, timekeeper, reporter by default
    std::vector<Broadcast> broadcasts;
    bool operator==(const BreakoutSettings &) const = default;
};

struct Activity {
    qint64 id = 0;
    ActivityKind kind = ActivityKind::Other;
    QString title;
    int plannedMinutes = 0;
    QString objective;
    QString instructions;     // text to paste into the meeting chat
    QString facilitatorNotes; // private to the facilitator and producer
    std::vector<Material> materials;
    std::optional<QTime> fixedStart;
    bool mayShorten = false;
    int minimumMinutes = 0; // only meaningful when mayShorten
    std::optional<BreakoutSettings> breakout;
    bool operator==(const Activity &) const = default;
};

struct Session {
    qint64 id = 0;
    QString title;
    QDate date;
    QTime plannedStart;
    std::optional<QTime> targetEnd;
    std::vector<Activity> activities;
    bool operator==(const Session &) const = default;
};

struct Workshop {
    qint64 id = 0;
    QString title;
    QString organizer;
    Platform platform = Platform::Zoom;
    QString timeZone;       // IANA name, e.g. Asia/Bangkok
    QString secondTimeZone; // IANA name or empty
    QString language;       // BCP 47 code of the delivery language, e.g. "en", "th"
    QString description;
    std::vector<Session> sessions;
    bool operator==(const Workshop &) const = default;
};

} // namespace sala
