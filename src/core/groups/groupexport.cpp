#include "groups/groupexport.h"

#include <QCoreApplication>

#include <map>

namespace sala {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(sala::GroupExport)
};

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString shownName(const GroupPerson &person)
{
    return person.name.trimmed().isEmpty() ? person.id : person.name.trimmed();
}

const QString lineEnd = QStringLiteral("\r\n");

} // namespace

QString roomName(int room, const QStringList &roomNames)
{
    if (room >= 0 && room < roomNames.size() && !roomNames.at(room).trimmed().isEmpty())
        return roomNames.at(room).trimmed();
    return Text::tr("Room %1").arg(room + 1);
}

ZoomCsv zoomPreassignCsv(const GroupProblem &problem, const GroupRound &round, const QStringList &roomNames)
{
    ZoomCsv result;
    QString out = QStringLiteral("Pre-assign Room Name,Email Address") + lineEnd;
    QStringList withoutEmail;
    std::map<QString, QStringList> byAddress;
    int people = 0;
    int rooms = 0;
    for (std::size_t k = 0; k < round.size(); ++k) {
        if (!round[k].empty())
            ++rooms;
        for (int p : round[k]) {
            const GroupPerson &person = problem.people[std::size_t(p)];
            ++people;
            const QString email = person.email.trimmed();
            if (email.isEmpty()) {
                withoutEmail << shownName(person);
                continue;
            }
            byAddress[email.toLower()] << shownName(person);
            out += csvField(roomName(int(k), roomNames)) + u',' + csvField(email) + lineEnd;
            ++result.rows;
        }
    }
    result.csv = out.toUtf8();
    if (!withoutEmail.isEmpty())
        result.warnings << Text::tr("Left out, without an e-mail address (assign them in the meeting): %1")
                               .arg(withoutEmail.join(QStringLiteral(", ")));
    for (const auto &[address, names] : byAddress)
        if (names.size() > 1)
            result.warnings << Text::tr("%1 share the address %2; Zoom places one account in one room")
                                   .arg(names.join(QStringLiteral(", ")), address);
    if (rooms > zoomPreassignMaxRooms)
        result.warnings << Text::tr("Zoom pre-assigns at most %1 rooms; this round has %2").arg(zoomPreassignMaxRooms).arg(rooms);
    if (people > zoomPreassignMaxPeople)
        result.warnings
            << Text::tr("Zoom pre-assigns at most %1 people; this round has %2").arg(zoomPreassignMaxPeople).arg(people);
    return result;
}

QString roomListText(const GroupProblem &problem, const std::vector<GroupRound> &rounds, int round, const QStringList &roomNames)
{
    QStringList blocks;
    for (std::size_t r = 0; r < rounds.size(); ++r) {
        if (round >= 0 && int(r) != round)
            continue;
        QStringList lines;
        lines << Text::tr("Round %1").arg(r + 1);
        for (std::size_t k = 0; k < rounds[r].size(); ++k) {
            QStringList names;
            for (int p : rounds[r][k])
                names << shownName(problem.people[std::size_t(p)]);
            lines << roomName(int(k), roomNames) + QStringLiteral(": ") + names.join(QStringLiteral(", "));
        }
        blocks << lines.join(u'\n');
    }
    return blocks.join(QStringLiteral("\n\n")) + u'\n';
}

QByteArray scheduleCsv(const GroupProblem &problem, const std::vector<GroupRound> &rounds, const QStringList &roomNames)
{
    QString out = QStringLiteral("round,room,room_name,id,name,email") + lineEnd;
    for (std::size_t r = 0; r < rounds.size(); ++r)
        for (std::size_t k = 0; k < rounds[r].size(); ++k)
            for (int p : rounds[r][k]) {
                const GroupPerson &person = problem.people[std::size_t(p)];
                out += QString::number(r + 1) + u',' + QString::number(k + 1) + u',' + csvField(roomName(int(k), roomNames))
                       + u',' + csvField(person.id) + u',' + csvField(person.name) + u',' + csvField(person.email) + lineEnd;
            }
    return out.toUtf8();
}

} // namespace sala
