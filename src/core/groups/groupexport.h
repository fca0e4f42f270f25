#pragma once
// Breakout rooms for the meeting platforms: Zoom's pre-assignment CSV (one round, matched on the
// participants' Zoom e-mail addresses), a plain list per room to paste into Teams, Meet or the
// chat (neither imports a file), and a CSV of the whole schedule for spreadsheets.

#include "groups/groupproblem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace sala {

// Zoom's documented limits for pre-assigned breakout rooms.
inline constexpr int zoomPreassignMaxRooms = 100;
inline constexpr int zoomPreassignMaxPeople = 1000;

struct ZoomCsv {
    QByteArray csv; // header "Pre-assign Room Name,Email Address", one row per person
    int rows = 0;
    QStringList warnings; // people left out, limits exceeded, shared addresses
};

// "Room 1", "Room 2", … unless `roomNames` names the room.
QString roomName(int room, const QStringList &roomNames = {});

ZoomCsv zoomPreassignCsv(const GroupProblem &problem, const GroupRound &round, const QStringList &roomNames = {});

// "Round 1" then "Room 1: Name, Name, …" per room, a blank line between rounds; `round` −1 for all.
QString roomListText(const GroupProblem &problem, const std::vector<GroupRound> &rounds, int round = -1,
                     const QStringList &roomNames = {});

// round,room,id,name,email with rounds and rooms counted from 1, for a spreadsheet.
QByteArray scheduleCsv(const GroupProblem &problem, const std::vector<GroupRound> &rounds, const QStringList &roomNames = {});

} // namespace sala
