#pragma once
// What a person does in a workshop: learn (a participant, counted in every report) or belong to
// the team that runs it. The role belongs to the enrolment, not to the person, because a trainer
// may facilitate one workshop and attend another.

#include <QString>

#include <optional>
#include <vector>

namespace sala {

enum class ParticipantRole {
    Participant, // learns, is grouped and counted
    Facilitator, // a facilitator or co-facilitator: one per breakout room, never counted
    Interpreter, // stays with the language they interpret, never counted
    Observer,    // a producer or co-host, a donor's visitor: neither grouped nor counted
};

// Stable keys, stored in the database and written to exports.
QString key(ParticipantRole role);
std::optional<ParticipantRole> participantRoleFromKey(const QString &key);
QString displayName(ParticipantRole role);
// Plural, with the count: "2 facilitators".
QString countedName(ParticipantRole role, int count);
const std::vector<ParticipantRole> &allParticipantRoles();

// The role a registration file or a spreadsheet means by a word such as "co-facilitator",
// "trainer", "producer", "ล่าม" or "peserta"; nullopt when the word is not one Sala knows.
std::optional<ParticipantRole> parseParticipantRole(const QString &text);

// Whether the person is counted in attendance, breakdowns, completion and certificates.
inline bool isCounted(ParticipantRole role)
{
    return role == ParticipantRole::Participant;
}
// Whether the person goes into breakout rooms.
inline bool isPlacedInRooms(ParticipantRole role)
{
    return role != ParticipantRole::Observer;
}

} // namespace sala
