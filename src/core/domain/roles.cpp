#include "domain/roles.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::ParticipantRole)
};

constexpr std::array<std::pair<ParticipantRole, const char16_t *>, 4> roleKeys{{
    {ParticipantRole::Participant, u"participant"},
    {ParticipantRole::Facilitator, u"facilitator"},
    {ParticipantRole::Interpreter, u"interpreter"},
    {ParticipantRole::Observer, u"observer"},
}};

struct RoleWords {
    ParticipantRole role;
    std::vector<const char16_t *> words; // whole values, folded, hyphens and underscores as spaces
};

// Words trainers write in a "Role" column, in English and in the languages of the region.
const std::vector<RoleWords> &roleWords()
{
    static const std::vector<RoleWords> table{
        {ParticipantRole::Participant,
         {u"participant", u"attendee", u"learner", u"trainee", u"delegate", u"student", u"ผู้เข้าร่วม", u"ผู้เข้าอบรม", u"peserta",
          u"kalahok", u"អ្នកចូលរួម", u"ຜູ້ເຂົ້າຮ່ວມ"}},
        {ParticipantRole::Facilitator,
         {u"facilitator", u"co facilitator", u"cofacilitator", u"lead facilitator", u"trainer", u"co trainer", u"lead trainer",
          u"coach", u"resource person", u"วิทยากร", u"ผู้ช่วยวิทยากร", u"fasilitator", u"jurulatih", u"tagapagpadaloy",
          u"tagapagsanay", u"អ្នកសម្របសម្រួល", u"គ្រូបង្គោល", u"ຄູຝຶກ", u"ວິທະຍາກອນ"}},
        {ParticipantRole::Interpreter,
         {u"interpreter", u"interpretation", u"translator", u"ล่าม", u"jurubahasa", u"penterjemah", u"tagasalin", u"អ្នកបកប្រែ",
          u"ນາຍພາສາ"}},
        {ParticipantRole::Observer,
         {u"observer", u"producer", u"host", u"co host", u"cohost", u"organizer", u"organiser", u"donor", u"visitor",
          u"ผู้สังเกตการณ์", u"pemerhati", u"tagamasid", u"អ្នកសង្កេតការណ៍", u"ຜູ້ສັງເກດການ"}},
    };
    return table;
}

} // namespace

QString key(ParticipantRole role)
{
    for (const auto &[r, text] : roleKeys)
        if (r == role)
            return QString::fromUtf16(text);
    return QStringLiteral("participant");
}

std::optional<ParticipantRole> participantRoleFromKey(const QString &key)
{
    for (const auto &[r, text] : roleKeys)
        if (key == QStringView(text))
            return r;
    return std::nullopt;
}

QString displayName(ParticipantRole role)
{
    switch (role) {
    case ParticipantRole::Participant: return Text::tr("Participant");
    case ParticipantRole::Facilitator: return Text::tr("Facilitator");
    case ParticipantRole::Interpreter: return Text::tr("Interpreter");
    case ParticipantRole::Observer: return Text::tr("Observer");
    }
    return {};
}

QString countedName(ParticipantRole role, int count)
{
    switch (role) {
    case ParticipantRole::Participant: return Text::tr("%n participant(s)", nullptr, count);
    case ParticipantRole::Facilitator: return Text::tr("%n facilitator(s)", nullptr, count);
    case ParticipantRole::Interpreter: return Text::tr("%n interpreter(s)", nullptr, count);
    case ParticipantRole::Observer: return Text::tr("%n observer(s)", nullptr, count);
    }
    return {};
}

const std::vector<ParticipantRole> &allParticipantRoles()
{
    static const std::vector<ParticipantRole> roles{ParticipantRole::Participant, ParticipantRole::Facilitator,
                                                    ParticipantRole::Interpreter, ParticipantRole::Observer};
    return roles;
}

std::optional<ParticipantRole> parseParticipantRole(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[-_–/.]+"));
    const QString folded = QString(text).replace(separators, QStringLiteral(" ")).simplified().toCaseFolded();
    if (folded.isEmpty())
        return std::nullopt;
    if (const auto byKey = participantRoleFromKey(folded))
        return byKey;
    for (const RoleWords &entry : roleWords())
        for (const char16_t *word : entry.words)
            if (folded == QStringView(word))
                return entry.role;
    // Translated names from Sala's own interface, so that a file exported in Thai reads back.
    for (const ParticipantRole role : allParticipantRoles())
        if (folded == displayName(role).toCaseFolded())
            return role;
    return std::nullopt;
}

} // namespace sala
